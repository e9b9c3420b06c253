"""Read-only queries behind the Payments and settlements workspace: journals, open items, transactions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.models import (
    Customer,
    CustomerTransaction,
    JournalMark,
    PaymentJournal,
    PaymentJournalLine,
)
from ardesk.services import definitions, lookup, settlement_engine, settlement_loading
from ardesk.services.settlement_engine import MarkPreview

ZERO = Decimal("0.00")
#: Transaction kinds that a bookkeeper sees as payments (NSF and deposit slips apply to them).
PAYMENT_KINDS = ("payment", "prepayment")


@dataclass(frozen=True)
class JournalRow:
    """A payment journal as the journals list shows it."""

    number: str
    description: str
    status: str  # open | posted
    lines: int
    total: Decimal  # the typed amounts; lines without an amount count as zero
    posted_date: dt.date | None


@dataclass(frozen=True)
class CustomerChoice:
    account: str
    name: str
    currency: str


@dataclass(frozen=True)
class OpenItemRow:
    """One open customer transaction on the settle screen, with the discount the settlement engine
    offers when it is marked alone on `on`."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    currency: str
    amount: Decimal
    balance: Decimal
    discount_date: dt.date | None  # the discount period the date falls in (None: no discount)
    discount_percent: Decimal
    discount_available: Decimal  # signed like the balance: a credit note's is negative (given back)
    marked_in: str | None  # "PJ-000001 line 2" when an unposted journal line holds a mark on it
    #: The settlement engine's preview of marking this item alone on `on` (amount to settle, discount);
    #: the discount fields above are its discount to take.
    offer: MarkPreview | None = None


@dataclass(frozen=True)
class TransactionRow:
    """A customer transaction, open or closed, with the cash discount it took."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    currency: str
    amount: Decimal
    balance: Decimal
    discount_taken: Decimal
    closed_date: dt.date | None
    reference: str | None


def journals(s: Session, company_id: int, *, open_only: bool = False) -> list[JournalRow]:
    """Payment journals, open ones first, newest first within each status."""
    stats = (
        select(
            PaymentJournalLine.journal_id,
            func.count(PaymentJournalLine.id).label("n"),
            func.coalesce(func.sum(PaymentJournalLine.amount), 0).label("total"),
        )
        .group_by(PaymentJournalLine.journal_id)
        .subquery()
    )
    q = (
        select(
            PaymentJournal.number,
            PaymentJournal.description,
            PaymentJournal.status,
            func.coalesce(stats.c.n, 0),
            func.coalesce(stats.c.total, 0),
            PaymentJournal.posted_date,
        )
        .outerjoin(stats, stats.c.journal_id == PaymentJournal.id)
        .where(PaymentJournal.company_id == company_id)
    )
    if open_only:
        q = q.where(PaymentJournal.status == "open")
    q = q.order_by((PaymentJournal.status == "open").desc(), PaymentJournal.id.desc())
    return [
        JournalRow(number, description or "", status, int(n), Decimal(total).quantize(ZERO), posted)
        for number, description, status, n, total, posted in s.execute(q).all()
    ]


def customer_choices(s: Session, company_id: int) -> list[CustomerChoice]:
    q = (
        select(Customer.account, Customer.name, Customer.currency)
        .where(Customer.company_id == company_id)
        .order_by(Customer.account)
    )
    return [CustomerChoice(*row) for row in s.execute(q).all()]


def _customer(s: Session, company_id: int, account: str) -> int | None:
    return s.scalar(select(Customer.id).where(Customer.company_id == company_id, Customer.account == account))


def open_items(s: Session, company_id: int, account: str, on: dt.date) -> list[OpenItemRow]:
    """The customer's open transactions, oldest first, each with what the settlement engine offers when
    it is marked alone on `on` (its preview: the cash discount of the period `on` falls in, DOMAIN 4.5;
    a credit note's only with the parameter, rule 7) and the journal holding a mark. One pass: the
    schedules, marks and parameters are read once for all rows."""
    customer = _customer(s, company_id, account)
    if customer is None:
        return []
    txns = s.scalars(
        select(CustomerTransaction)
        .where(
            CustomerTransaction.company_id == company_id,
            CustomerTransaction.customer_id == customer,
            definitions.is_open(),
        )
        .order_by(CustomerTransaction.date, CustomerTransaction.id)
    ).all()
    if not txns:
        return []
    ids = [t.id for t in txns]
    schedules = settlement_loading.discount_periods(s, ids)
    marks = {
        tid: f"{journal} line {seq}"
        for tid, journal, seq in s.execute(
            select(JournalMark.transaction_id, PaymentJournal.number, PaymentJournalLine.seq)
            .join(PaymentJournalLine, PaymentJournalLine.id == JournalMark.line_id)
            .join(PaymentJournal, PaymentJournal.id == PaymentJournalLine.journal_id)
            .where(JournalMark.company_id == company_id, JournalMark.transaction_id.in_(ids))
        ).all()
    }
    rules = settlement_loading.policy(lookup.parameters(s, company_id))
    items = [settlement_engine.item(settlement_loading.open_of(t, schedules[t.id]), 0, on, rules) for t in txns]
    rows = []
    for t, it, offer in zip(txns, items, settlement_engine.offers(items, rules), strict=True):
        discount = offer.discount_to_take
        rows.append(
            OpenItemRow(
                t.number,
                t.kind,
                t.date,
                t.due_date,
                t.currency,
                t.amount,
                t.balance,
                offer.cash_discount_date if discount else None,
                it.period.percent if discount else ZERO,
                discount,
                marks.get(t.id),
                offer,
            )
        )
    return rows


def customer_transactions(
    s: Session, company_id: int, account: str, *, open_only: bool = False
) -> list[TransactionRow]:
    """Every transaction of the customer, open and closed, oldest first."""
    customer = _customer(s, company_id, account)
    if customer is None:
        return []
    q = select(
        CustomerTransaction.number,
        CustomerTransaction.kind,
        CustomerTransaction.date,
        CustomerTransaction.due_date,
        CustomerTransaction.currency,
        CustomerTransaction.amount,
        CustomerTransaction.balance,
        CustomerTransaction.discount_taken,
        CustomerTransaction.closed_date,
        CustomerTransaction.reference,
    ).where(CustomerTransaction.company_id == company_id, CustomerTransaction.customer_id == customer)
    if open_only:
        q = q.where(definitions.is_open())
    q = q.order_by(CustomerTransaction.date, CustomerTransaction.id)
    # SQLAlchemy types a select() of 10 columns as those 10 and *tuple[Any, ...]: not too many for the row.
    return [TransactionRow(*row) for row in s.execute(q).all()]  # type: ignore[call-arg]
