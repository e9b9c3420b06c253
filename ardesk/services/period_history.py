"""Reads for the period close and reconciliation screens (DOMAIN 9, 11.1): the state of each month
that was ever closed, and the receivables reconciliation with the accounts' names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.models import Account, LedgerPeriod
from ardesk.services import checks


@dataclass(frozen=True)
class PeriodState:
    """A month that was closed at some time: closed now or reopened. reopen_reason: the reason given
    at its last reopening (None: never reopened). The books keep only the last reason, not who
    reopened it or when."""

    period_start: dt.date
    period_end: dt.date
    closed: bool
    reopen_reason: str | None


@dataclass(frozen=True)
class ReconciliationLine:
    """One summary account: the open customer transactions (subledger) against the GL balance."""

    account: str
    name: str
    subledger: Decimal
    ledger: Decimal
    difference: Decimal


def period_states(s: Session, company_id: int) -> list[PeriodState]:
    """Every month that was ever closed, newest first."""
    rows = s.execute(
        select(LedgerPeriod.period_start, LedgerPeriod.period_end, LedgerPeriod.closed, LedgerPeriod.reopen_reason)
        .where(LedgerPeriod.company_id == company_id)
        .order_by(LedgerPeriod.period_end.desc())
    ).all()
    return [PeriodState(start, end, bool(closed), reason) for start, end, closed, reason in rows]


def reconciliation(s: Session, company_id: int) -> list[ReconciliationLine]:
    """checks.reconcile_receivables with each account's name."""
    rows = checks.reconcile_receivables(s, company_id)
    names = dict(
        s.execute(
            select(Account.number, Account.name).where(
                Account.company_id == company_id, Account.number.in_([r.account for r in rows])
            )
        ).all()
    )
    return [ReconciliationLine(r.account, names.get(r.account, ""), r.subledger, r.ledger, r.difference) for r in rows]
