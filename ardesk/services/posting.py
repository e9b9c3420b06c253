"""The one posting function: every business event writes one balanced voucher through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, LedgerEntry, NumberSequence, Voucher
from ardesk.money import round_money
from ardesk.services.periods import check_open


@dataclass(frozen=True)
class Entry:
    """One side of a voucher: signed amount in accounting currency (debit > 0, credit < 0)."""

    account_id: int
    amount: Decimal
    text: str = ""
    customer_id: int | None = None
    currency: str | None = None
    amount_cur: Decimal | None = None


def next_number(s: Session, company_id: int, code: str) -> str:
    """Take the next number of a sequence inside the caller's transaction (gap-free, DOMAIN 3.7):
    a rollback gives the number back, so only a committed posting consumes one."""
    seq = s.scalar(
        select(NumberSequence)
        .where(NumberSequence.company_id == company_id, NumberSequence.code == code)
        .with_for_update()
    )
    if seq is None:
        raise ValidationError("number_sequence", f"the number sequence {code!r} is not set up")
    number = f"{seq.prefix}{seq.next_number:0{seq.width}d}"
    seq.next_number += 1
    return number


def post_voucher(s: Session, company: Company, date: dt.date, kind: str, entries: Sequence[Entry], *,
                 sequence: str, text: str = "", reverses_id: int | None = None) -> Voucher:
    """Write one voucher whose entries balance, or raise before anything is written."""
    check_open(s, company.id, date)
    if not entries:
        raise ValidationError("lines", "a voucher needs at least one line")
    for i, e in enumerate(entries):
        if not isinstance(e.amount, Decimal) or round_money(e.amount) != e.amount:
            raise ValidationError(f"lines[{i}].amount", f"{e.amount!r} is not an amount in cents")
    total = sum((e.amount for e in entries), Decimal(0))
    if total != 0:
        raise ValidationError("lines", f"the voucher does not balance: debit minus credit is {total}")
    voucher = Voucher(company_id=company.id, number=next_number(s, company.id, sequence), date=date,
                      kind=kind, text=text[:200], reverses_id=reverses_id)
    s.add(voucher)
    s.flush()
    s.add_all(
        LedgerEntry(company_id=company.id, voucher_id=voucher.id, account_id=e.account_id, date=date,
                    amount=e.amount, currency=e.currency or company.currency,
                    amount_cur=e.amount if e.amount_cur is None else e.amount_cur,
                    text=(e.text or text)[:200], customer_id=e.customer_id)
        for e in entries if e.amount != 0 or len(entries) == 1
    )
    s.flush()
    return voucher

