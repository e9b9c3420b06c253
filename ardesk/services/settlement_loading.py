"""From the books to the settlement engine: marks checked and turned into open items, the marking
locks of payment journals, and the company's settlement policy (DOMAIN 4.1, 4.5, 11.5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Company,
    Customer,
    CustomerTransaction,
    DiscountScheduleRow,
    JournalMark,
    Parameters,
    PaymentJournal,
    PaymentJournalLine,
)
from ardesk.money import currency_places, money
from ardesk.services import centralized, discounts, lookup
from ardesk.services.definitions import is_open
from ardesk.services.settlement_engine import Item, Mark, Open, Policy, item

Schedules = dict[int, tuple[tuple[dt.date, Decimal], ...]]


#: The legal clearing order of art. 6:44 BW (DOMAIN 5.7): costs, then interest, then principal.
LEGAL_ORDER = ("fee", "interest_note", "interest_reinstated")


def policy(params: Parameters) -> Policy:
    """The engine's view of the company's parameters. With the legal clearing order (DOMAIN 5.7) the
    priority of kinds is costs, interest, principal, whatever the priority list says."""
    if params.clearing_order == "legal":
        order: tuple[str, ...] = LEGAL_ORDER
    elif params.prioritize_settlement:
        order = tuple(k for k in (params.settlement_priority or "").split(",") if k)
    else:
        order = ()
    return Policy(
        max_penny_difference=params.max_penny_difference,
        max_over_underpayment=params.max_over_underpayment,
        cash_discount_on_partial_payments=params.cash_discount_on_partial_payments,
        cash_discount_on_credit_notes=params.cash_discount_on_credit_notes,
        unspecific_discount=params.cash_discount_administration == "unspecific",
        priority=order,
    )


def discount_periods(s: Session, ids: Sequence[int]) -> Schedules:
    """The discount periods (date, percent > 0) of each transaction: all the engine looks at."""
    out: dict[int, list[tuple[dt.date, Decimal]]] = {i: [] for i in ids}
    for chunk in lookup.chunks(ids):
        t = DiscountScheduleRow
        for tid, day, pct in s.execute(
            select(t.transaction_id, t.discount_date, t.percent)
            .where(t.transaction_id.in_(chunk), t.percent > 0)
            .order_by(t.transaction_id, t.seq)
        ):
            out[tid].append((day, pct))
    return {k: tuple(v) for k, v in out.items()}


def open_of(txn: CustomerTransaction, schedule: tuple[tuple[dt.date, Decimal], ...] = ()) -> Open:
    """The engine's plain copy of a transaction as it stands now."""
    return Open(
        txn.id,
        txn.number,
        txn.kind,
        txn.date,
        txn.due_date,
        txn.amount,
        txn.balance,
        currency_places(txn.currency),
        txn.discount_taken,
        txn.company_id,
        schedule,
    )


#: Built once (every payment and settle call runs it): open transactions by number, with their marking lock.
_OPEN_BY_NUMBER = (
    select(CustomerTransaction, JournalMark.line_id)
    .outerjoin(JournalMark, JournalMark.transaction_id == CustomerTransaction.id)
    .where(
        CustomerTransaction.company_id == bindparam("company"),
        CustomerTransaction.number.in_(bindparam("numbers", expanding=True)),
        is_open(),
    )
)


def _open_by_number(
    s: Session, company_id: int, numbers: Sequence[str], held: dict[int, int]
) -> dict[str, CustomerTransaction]:
    """The oldest open transaction per number (a reversed document's number can repeat). held: filled
    with the journal line that marks a found transaction, if any (the marking lock, read in the same query)."""
    out: dict[str, CustomerTransaction] = {}
    for chunk in lookup.chunks(list(dict.fromkeys(numbers))):
        # No ORDER BY: it would make SQLite walk the company's index instead of (company, number).
        for txn, line_id in s.execute(_OPEN_BY_NUMBER, {"company": company_id, "numbers": list(chunk)}):
            if txn.number not in out or txn.id < out[txn.number].id:
                out[txn.number] = txn
            if line_id is not None:
                held[txn.id] = line_id
    return out


def locks(s: Session, ids: Sequence[int]) -> dict[int, JournalMark]:
    """The journal marks on these transactions: the marking lock (DOMAIN 4.1)."""
    out: dict[int, JournalMark] = {}
    for chunk in lookup.chunks(ids):
        out.update(
            (m.transaction_id, m) for m in s.scalars(select(JournalMark).where(JournalMark.transaction_id.in_(chunk)))
        )
    return out


def marked_elsewhere(s: Session, field: str, number: str, line_id: int) -> ValidationError:
    """The refusal of a transaction locked by a mark on an unposted journal line."""
    journal, seq = s.execute(
        select(PaymentJournal.number, PaymentJournalLine.seq)
        .join(PaymentJournalLine, PaymentJournalLine.journal_id == PaymentJournal.id)
        .where(PaymentJournalLine.id == line_id)
    ).one()
    return ValidationError(
        field,
        "{number} is marked in payment journal {journal}, line {seq}, which is not posted yet; "
        "post that journal or remove the mark there first",
        number=number,
        journal=journal,
        seq=seq,
    )


def load_items(
    s: Session,
    company: Company,
    customer: Customer,
    on: dt.date,
    marks: Sequence[Mark],
    rules: Policy,
    *,
    journal_line_id: int | None = None,
    currency: str | None = None,
) -> tuple[list[Item], dict[int, CustomerTransaction]]:
    """Check the marks and find their open transactions (DOMAIN 11.5), with a few queries for any
    number of marks; errors name the first bad mark. Returns the engine's items and, by id, the
    transactions they stand for (for settlement_recording)."""
    if not isinstance(marks, list | tuple):
        raise ValidationError("marks", "must be a list of Mark")
    owners: dict[object, tuple[Company, Customer]] = {}
    wanted: dict[int, list[str]] = {}
    for i, mark in enumerate(marks):
        f = f"marks[{i}]"
        if not isinstance(mark, Mark):
            raise ValidationError(f, "must be a Mark")
        if mark.use_cash_discount not in discounts.MODES:
            raise ValidationError(f + ".use_cash_discount", "must be 'normal', 'always' or 'never'")
        if mark.company not in owners:
            # A document of another company of the group: a centralized payment (DOMAIN 4.13).
            owner = centralized.partner(s, company, mark.company, f + ".company")
            owners[mark.company] = (owner, centralized.party_customer(s, customer, owner, f + ".company"))
        if not isinstance(mark.number, str) or not mark.number:
            raise ValidationError(f + ".number", "give a document number")
        wanted.setdefault(owners[mark.company][0].id, []).append(mark.number)
    held: dict[int, int] = {}  # transaction id -> the journal line that marks it
    found = {cid: _open_by_number(s, cid, numbers, held) for cid, numbers in wanted.items()}
    # Only a transaction with a cash discount code has discount periods (invoice_posting).
    schedules = discount_periods(s, [t.id for f in found.values() for t in f.values() if t.cash_discount_id])
    items: list[Item] = []
    txns: dict[int, CustomerTransaction] = {}
    for i, mark in enumerate(marks):
        f = f"marks[{i}]"
        owner, owner_customer = owners[mark.company]
        txn = found[owner.id].get(mark.number)
        if txn is None:
            known = s.scalar(
                select(CustomerTransaction.id)
                .where(CustomerTransaction.company_id == owner.id, CustomerTransaction.number == mark.number)
                .limit(1)
            )
            if known:
                raise ValidationError(f + ".number", "{number} is already settled", number=mark.number)
            raise ValidationError(f + ".number", "there is no document {number!r}", number=mark.number)
        if txn.customer_id != owner_customer.id:
            raise ValidationError(f + ".number", "{number} belongs to another customer", number=mark.number)
        if txn.kind == "bill_of_exchange":  # the claim of a bill the bank collects (services.bills, DOMAIN 6)
            raise ValidationError(
                f + ".number", "{number} is a bill of exchange; the bank settles it", number=mark.number
            )
        if owner is not company and txn.balance < 0:
            raise ValidationError(
                f + ".number",
                "{number} is a credit of {code}; settle it there",
                number=mark.number,
                code=owner.code,
            )
        if currency is not None and txn.currency != currency:
            raise ValidationError(
                f + ".number",
                "{number} is in {currency}, the payment in {payment_currency}",
                number=mark.number,
                currency=txn.currency,
                payment_currency=currency,
            )
        if txn.id in txns:
            raise ValidationError(f + ".number", "{number} is marked twice", number=mark.number)
        txns[txn.id] = txn
        line_id = held.get(txn.id)
        if line_id is not None and line_id != journal_line_id:
            raise marked_elsewhere(s, f + ".number", mark.number, line_id)
        requested = None
        if mark.amount is not None:
            requested = money(mark.amount, f + ".amount", currency=txn.currency, positive=True, allow_zero=False)
            if requested > abs(txn.balance):
                raise ValidationError(
                    f + ".amount",
                    "{requested} is more than the {open} open on {number}",
                    requested=requested,
                    open=abs(txn.balance),
                    number=mark.number,
                )
        items.append(
            item(
                open_of(txn, schedules.get(txn.id, ())), i, on, rules, mode=mark.use_cash_discount, requested=requested
            )
        )
    return items, txns
