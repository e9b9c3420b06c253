"""Ledger checks that return problems as values: receivables reconciliation (DOMAIN 9)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.models import Account, CustomerTransaction, LedgerEntry
from ardesk.services import definitions


@dataclass(frozen=True)
class ReconciliationRow:
    account: str
    subledger: Decimal
    ledger: Decimal
    difference: Decimal


def reconcile_receivables(s: Session, company_id: int) -> list[ReconciliationRow]:
    """Per summary account: open customer transactions (accounting currency) against the GL balance."""
    sub = dict(
        s.execute(
            select(CustomerTransaction.account_id, func.sum(CustomerTransaction.balance_acc))
            .where(CustomerTransaction.company_id == company_id, definitions.is_open())
            .group_by(CustomerTransaction.account_id)
        ).all()
    )
    summary = s.execute(
        select(Account.id, Account.number).where(Account.company_id == company_id, Account.summary.is_(True))
    ).all()
    ids = {aid for aid, _ in summary} | set(sub)
    numbers = dict(s.execute(select(Account.id, Account.number).where(Account.id.in_(ids))).all())
    gl = dict(
        s.execute(
            select(LedgerEntry.account_id, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.company_id == company_id, LedgerEntry.account_id.in_(ids))
            .group_by(LedgerEntry.account_id)
        ).all()
    )
    zero = Decimal("0.00")
    rows = [
        ReconciliationRow(numbers[a], sub.get(a) or zero, gl.get(a) or zero, (sub.get(a) or zero) - (gl.get(a) or zero))
        for a in ids
    ]
    return sorted(rows, key=lambda r: r.account)
