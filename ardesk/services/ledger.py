"""General-ledger read-outs: account balances, voucher lines, trial balance."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError
from ardesk.models import Account, LedgerEntry, Voucher
from ardesk.services import lookup
from ardesk.services.records import TrialBalanceRow, VoucherLine

ZERO = Decimal("0.00")


def balance(s: Session, company_id: int, account_or_role: str, as_of: dt.date | None = None) -> Decimal:
    """Debit minus credit of an account (by number or role) up to and including as_of."""
    account = lookup.account_or_role(s, company_id, account_or_role, "account")
    q = select(func.sum(LedgerEntry.amount)).where(
        LedgerEntry.company_id == company_id, LedgerEntry.account_id == account.id
    )
    if as_of is not None:
        q = q.where(LedgerEntry.date <= as_of)
    return s.scalar(q) or ZERO


def voucher_lines(s: Session, company_id: int, number: str) -> list[VoucherLine]:
    voucher = s.scalar(select(Voucher).where(Voucher.company_id == company_id, Voucher.number == number))
    if voucher is None:
        raise NotFoundError("voucher", "there is no voucher {number!r}", number=number)
    rows = s.execute(
        select(Account.number, LedgerEntry.amount, LedgerEntry.text)
        .join(Account, Account.id == LedgerEntry.account_id)
        .where(LedgerEntry.voucher_id == voucher.id)
        .order_by(LedgerEntry.id)
    ).all()
    return [VoucherLine(num, amt if amt > 0 else ZERO, -amt if amt < 0 else ZERO, text) for num, amt, text in rows]


def trial_balance(s: Session, company_id: int, as_of: dt.date | None = None) -> list[TrialBalanceRow]:
    """One row per account with postings: the net balance shown on the debit or the credit side."""
    total = func.sum(LedgerEntry.amount)
    q = (
        select(Account.number, Account.name, total)
        .join(LedgerEntry, LedgerEntry.account_id == Account.id)
        .where(Account.company_id == company_id)
        .group_by(Account.number, Account.name)
        .order_by(Account.number)
    )
    if as_of is not None:
        q = q.where(LedgerEntry.date <= as_of)
    out = []
    for number, name, amount in s.execute(q).all():
        amount = amount or ZERO
        out.append(TrialBalanceRow(number, name, amount if amount > 0 else ZERO, -amount if amount < 0 else ZERO))
    return out
