"""The one posting function: every business event writes balanced vouchers through post_vouchers.

It takes a batch so that posting 10,000 invoices is a handful of INSERTs; post_voucher is the
same function for one voucher."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ardesk.db.chain import line_text, voucher_hash
from ardesk.errors import ValidationError
from ardesk.models import Company, LedgerEntry, NumberSequence, Voucher
from ardesk.models.base import table
from ardesk.money import currency_places, round_money
from ardesk.services import audit
from ardesk.services.periods import closed_ranges, refuse_closed

#: session.info key: {voucher id: number} of the vouchers this transaction wrote (read back without a query).
VOUCHER_NUMBERS = "ardesk_voucher_numbers"


@dataclass(frozen=True)
class Entry:
    """One side of a voucher: signed amount in accounting currency (debit > 0, credit < 0)."""

    account_id: int
    amount: Decimal
    text: str = ""
    customer_id: int | None = None
    currency: str | None = None
    amount_cur: Decimal | None = None


@dataclass(frozen=True)
class VoucherSpec:
    date: dt.date
    kind: str
    entries: Sequence[Entry]
    text: str = ""
    reverses_id: int | None = None
    #: The business document the voucher posts (an invoice or interest-note number), for the audit trail;
    #: "" when the voucher number is the document's (payments, write-offs, journals).
    document: str = ""


@dataclass(frozen=True)
class Posted:
    id: int
    number: str


#: session.info key: {(company id, code): NumberSequence} of the sequences a NumberPool holds in the session.
POOLS = "ardesk_number_pools"


_SEQ = table(NumberSequence)
_TAKE = (
    update(_SEQ)
    .where(_SEQ.c.company_id == bindparam("b_company"), _SEQ.c.code == bindparam("b_code"))
    .values(next_number=_SEQ.c.next_number + bindparam("b_count"))
    .returning(_SEQ.c.prefix, _SEQ.c.width, _SEQ.c.next_number)
)


_COMPANY = table(Company)
_INSERT_VOUCHERS = insert(table(Voucher)).returning(Voucher.number, Voucher.id)
_INSERT_ENTRIES = insert(table(LedgerEntry))


#: session.info key: the companies whose row this transaction holds locked (lock_company).
LOCKED = "ardesk_locked_companies"


def lock_company(s: Session, company_id: int) -> None:
    """On PostgreSQL, hold the company's row until commit before taking any number or moving its hash chain:
    every posting transaction locks in one order (company, then its sequences), so two users posting at once
    wait for each other instead of deadlocking between a number sequence and the chain end. SQLite has one
    writer at a time and needs nothing."""
    held = s.info.setdefault(LOCKED, set())
    if company_id in held or s.get_bind().dialect.name != "postgresql":
        return
    # FOR NO KEY UPDATE: it still excludes every other poster, but not the FOR KEY SHARE lock that inserting
    # a row referring to the company (an invoice, before posting) takes; FOR UPDATE would deadlock with it.
    s.execute(select(_COMPANY.c.id).where(_COMPANY.c.id == company_id).with_for_update(key_share=True))
    held.add(company_id)


def take_numbers(s: Session, company_id: int, code: str, count: int = 1) -> list[str]:
    """Take the next `count` numbers of a sequence inside the caller's transaction (gap-free,
    DOMAIN 3.7): a rollback gives them back, so only a committed posting consumes numbers. One
    UPDATE ... RETURNING, which also locks the row until commit (two users never get one number)."""
    lock_company(s, company_id)
    held = s.info.get(POOLS, {}).get((company_id, code))
    if held is not None:  # a NumberPool of this transaction holds the row: count on from it
        first = held.next_number
        held.next_number += count
        return [f"{held.prefix}{n:0{held.width}d}" for n in range(first, first + count)]
    row = s.execute(_TAKE, {"b_company": company_id, "b_code": code, "b_count": count}).first()
    if row is None:
        raise ValidationError("number_sequence", "the number sequence {code!r} is not set up", code=code)
    prefix, width, after = row
    return [f"{prefix}{n:0{width}d}" for n in range(after - count, after)]


class NumberPool:
    """Numbers of one sequence handed out one at a time within a transaction, read once (bulk work)."""

    def __init__(self, s: Session, company_id: int, code: str) -> None:
        self.s, self.company_id, self.code = s, company_id, code
        self.seq: NumberSequence | None = None
        self.taken = 0

    def next(self) -> str:
        self.taken += 1
        if self.taken == 1:  # often the only one (a single payment): one UPDATE ... RETURNING
            return take_numbers(self.s, self.company_id, self.code)[0]
        if self.seq is None:
            self.seq = self.s.scalar(
                select(NumberSequence)
                .where(NumberSequence.company_id == self.company_id, NumberSequence.code == self.code)
                .with_for_update()
            )
            if self.seq is None:
                raise ValidationError("number_sequence", "the number sequence {code!r} is not set up", code=self.code)
            self.s.info.setdefault(POOLS, {})[(self.company_id, self.code)] = self.seq
        n = self.seq.next_number
        self.seq.next_number = n + 1
        return f"{self.seq.prefix}{n:0{self.seq.width}d}"


def next_number(s: Session, company_id: int, code: str) -> str:
    return take_numbers(s, company_id, code)[0]


def check_balanced(entries: Sequence[Entry], field: str = "lines", places: int = 2) -> None:
    """Refuse a voucher that does not balance, or whose amounts are finer than the accounting
    currency's minor unit (`places`)."""
    if not entries:
        raise ValidationError(field, "a voucher needs at least one line")
    for i, e in enumerate(entries):
        if not isinstance(e.amount, Decimal) or round_money(e.amount, places) != e.amount:
            raise ValidationError(
                f"{field}[{i}].amount",
                "{amount!r} is finer than the currency's minor unit",
                amount=e.amount,
            )
    total = sum((e.amount for e in entries), Decimal(0))
    if total != 0:
        raise ValidationError(field, "the voucher does not balance: debit minus credit is {total}", total=total)


def post_vouchers(s: Session, company: Company, specs: Sequence[VoucherSpec], *, sequence: str) -> list[Posted]:
    """Write vouchers whose entries balance, numbered from `sequence`, or raise before writing."""
    closed = closed_ranges(s, company.id)
    places = currency_places(company.currency)
    for spec in specs:
        refuse_closed(closed, spec.date)
        check_balanced(spec.entries, places=places)
    if not specs:
        return []
    s.flush()
    numbers = take_numbers(s, company.id, sequence, len(specs))
    written = [[e for e in v.entries if e.amount != 0 or e.amount_cur] for v in specs]
    chain = _chain(s, company, numbers, specs, written)
    # Ids are matched by voucher number, not by RETURNING order: a sorted RETURNING would make
    # SQLAlchemy insert row by row on SQLite. line_count closes the voucher: no line can be added later.
    by_number = dict(
        s.execute(
            _INSERT_VOUCHERS,
            [
                dict(
                    company_id=company.id,
                    number=n,
                    date=v.date,
                    kind=v.kind,
                    text=v.text[:200],
                    reverses_id=v.reverses_id,
                    line_count=len(lines),
                    chain_seq=seq,
                    hash=digest,
                )
                for n, v, lines, (seq, digest) in zip(numbers, specs, written, chain, strict=True)
            ],
        ).all()
    )
    ids = [by_number[n] for n in numbers]
    s.info.setdefault(VOUCHER_NUMBERS, {}).update(zip(ids, numbers, strict=True))
    rows = [
        dict(
            company_id=company.id,
            voucher_id=vid,
            account_id=e.account_id,
            date=v.date,
            amount=e.amount,
            currency=e.currency or company.currency,
            amount_cur=e.amount if e.amount_cur is None else e.amount_cur,
            text=(e.text or v.text)[:200],
            customer_id=e.customer_id,
        )
        for vid, v, lines in zip(ids, specs, written, strict=True)
        for e in lines
    ]
    if rows:
        s.execute(_INSERT_ENTRIES, rows)
    audit.record_many(
        s, company.id, [("post", v.document or n, vid, v.kind) for vid, n, v in zip(ids, numbers, specs, strict=True)]
    )
    return [Posted(i, n) for i, n in zip(ids, numbers, strict=True)]


def _chain(
    s: Session,
    company: Company,
    numbers: Sequence[str],
    specs: Sequence[VoucherSpec],
    written: Sequence[Sequence[Entry]],
) -> list[tuple[int, str]]:
    """(place in the chain, hash) of each voucher about to be written, and the company's chain end moved past
    them (ardesk.db.chain). The company row is read FOR UPDATE: on PostgreSQL two users posting at once take
    turns here, so the chain never forks."""
    seq, head = s.execute(
        select(_COMPANY.c.chain_seq, _COMPANY.c.chain_head)
        .where(_COMPANY.c.id == company.id)
        .with_for_update(key_share=True)
    ).one()
    out = []
    for n, v, lines in zip(numbers, specs, written, strict=True):
        seq += 1
        head = voucher_hash(
            head,
            seq,
            n,
            v.date,
            v.kind,
            v.text[:200],
            v.reverses_id,
            [
                line_text(
                    e.account_id,
                    e.amount,
                    e.currency or company.currency,
                    e.amount if e.amount_cur is None else e.amount_cur,
                    e.customer_id,
                    (e.text or v.text)[:200],
                )
                for e in lines
            ],
        )
        out.append((seq, head))
    s.execute(update(_COMPANY).where(_COMPANY.c.id == company.id).values(chain_seq=seq, chain_head=head))
    return out


def post_voucher(
    s: Session,
    company: Company,
    date: dt.date,
    kind: str,
    entries: Sequence[Entry],
    *,
    sequence: str,
    text: str = "",
    reverses_id: int | None = None,
    document: str = "",
) -> Posted:
    """Post one voucher (see post_vouchers)."""
    spec = VoucherSpec(date, kind, entries, text, reverses_id, document)
    return post_vouchers(s, company, [spec], sequence=sequence)[0]
