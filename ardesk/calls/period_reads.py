"""Company reads for the period close and receivables reconciliation screens (DOMAIN 9, 11.1)."""

from __future__ import annotations

from ardesk.calls.door import Door
from ardesk.services import period_history
from ardesk.services.period_history import PeriodState, ReconciliationLine


class PeriodCalls(Door):
    """What the Period close and Receivables reconciliation pages show, mixed into ardesk.api.Company."""

    def period_history(self) -> list[PeriodState]:
        """Every month that was ever closed, newest first: closed now or reopened, with the reason of
        its last reopening (the books keep no earlier reasons, nor who reopened or when)."""
        with self._read() as (s, co):
            return period_history.period_states(s, co.id)

    def receivables_reconciliation(self) -> list[ReconciliationLine]:
        """reconcile_receivables() with each summary account's name, by account."""
        with self._read() as (s, co):
            return period_history.reconciliation(s, co.id)


__all__ = ["PeriodCalls", "PeriodState", "ReconciliationLine"]
