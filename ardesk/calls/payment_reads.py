"""Company reads for the refunds screen (DOMAIN 4.12) and the centralized settle screen (DOMAIN 4.13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from ardesk.calls.door import Door
from ardesk.services import group_items, refund_preview
from ardesk.services.group_items import GroupOpenItemRow
from ardesk.services.refund_preview import RefundCandidate


class GroupPaymentCalls(Door):
    """Previews for the reimbursement run and the group's open items, mixed into ardesk.api.Company."""

    def refund_candidates(
        self,
        date: dt.date,
        *,
        customers: Sequence[str] | None = None,
        minimum: Decimal | None = None,
        include_customers_with_open_debits: bool = False,
    ) -> list[RefundCandidate]:
        """What reimburse() with these arguments would refund, posting nothing: every customer with a
        net credit on the date, with why the run leaves it out (skip) and why its refund could not go
        into a SEPA credit transfer file (bank_problem)."""
        with self._read() as (s, co):
            return refund_preview.refund_candidates(
                s,
                co,
                date,
                customers=customers,
                minimum=minimum,
                include_customers_with_open_debits=include_customers_with_open_debits,
            )

    def centralized_companies(self) -> list[str]:
        """The codes of the company's centralized-payments group, its own first; [] without a group."""
        with self._read() as (s, co):
            return group_items.group_companies(s, co)

    def group_open_items(self, customer: str, on: dt.date) -> list[GroupOpenItemRow]:
        """The open debits of the same party in the other companies of the group, as open_items()
        shows them; mark one with Mark(number, company=row.company). [] without a group."""
        with self._read() as (s, co):
            return group_items.group_open_items(s, co, customer, on)


__all__ = ["GroupOpenItemRow", "GroupPaymentCalls", "RefundCandidate"]
