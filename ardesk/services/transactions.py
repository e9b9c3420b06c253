"""Customer transactions (open items): creation with their discount schedule, and read-out as records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, make_transient_to_detached

from ardesk.models import Company, Customer, CustomerTransaction, DiscountScheduleRow, Settlement, Voucher
from ardesk.models.base import table
from ardesk.money import currency_places, round_money
from ardesk.services import balances, definitions, lookup
from ardesk.services.posting import VOUCHER_NUMBERS, Entry, post_voucher
from ardesk.services.records import Document, ScheduleRow, Transaction
from ardesk.services.records import Settlement as SettlementRecord

#: session.info key: {transaction id: discount schedule} of the transactions this transaction wrote.
NEW_SCHEDULES = "ardesk_new_schedules"


@dataclass(frozen=True)
class OpenItem:
    """What a posting writes as a customer transaction; its whole amount is open until settled."""

    customer_id: int
    voucher_id: int
    number: str
    kind: str
    date: dt.date
    amount: Decimal
    amount_acc: Decimal
    currency: str
    account_id: int
    posting_profile_id: int
    due_date: dt.date | None = None
    document_date: dt.date | None = None
    exchange_rate: Decimal = Decimal(1)
    cash_discount_id: int | None = None
    method_of_payment_id: int | None = None
    reference: str | None = None
    text: str = ""
    schedule: Sequence[tuple[ScheduleRow, Decimal]] = ()
    payment_reference: str | None = None


def _values(company_id: int, i: OpenItem) -> dict:
    """The row a posting writes for an open item: its whole amount open."""
    return dict(
        company_id=company_id,
        customer_id=i.customer_id,
        voucher_id=i.voucher_id,
        number=i.number,
        kind=i.kind,
        date=i.date,
        document_date=i.document_date or i.date,
        due_date=i.due_date,
        currency=i.currency,
        exchange_rate=i.exchange_rate,
        amount=i.amount,
        amount_acc=i.amount_acc,
        account_id=i.account_id,
        posting_profile_id=i.posting_profile_id,
        cash_discount_id=i.cash_discount_id,
        method_of_payment_id=i.method_of_payment_id,
        reference=i.reference,
        text=i.text[:200],
        balance=i.amount,
        balance_acc=i.amount_acc,
        discount_taken=Decimal(0),
        closed_date=i.date if i.amount == 0 else None,
        version=0,
        payment_reference=i.payment_reference,
    )


_INSERT_OPEN = insert(table(CustomerTransaction)).returning(
    CustomerTransaction.voucher_id, CustomerTransaction.number, CustomerTransaction.id
)
_INSERT_SCHEDULE = insert(table(DiscountScheduleRow))


def _write(s: Session, values: list[dict], items: Sequence[OpenItem]) -> list[int]:
    # Matched by (voucher, number), unique per company, instead of by RETURNING order (see posting).
    returned = s.execute(
        _INSERT_OPEN,
        values,
    ).all()
    by_key = {(v, n): tid for v, n, tid in returned}
    ids = [by_key[(i.voucher_id, i.number)] for i in items]
    s.info.setdefault(NEW_SCHEDULES, {}).update(
        (tid, tuple(row for row, _ in item.schedule)) for tid, item in zip(ids, items, strict=True)
    )
    rows = [
        dict(
            transaction_id=tid,
            seq=n,
            discount_date=row.discount_date,
            percent=pct,
            discount=row.discount,
            amount_to_pay=row.amount_to_pay,
        )
        for tid, item in zip(ids, items, strict=True)
        for n, (row, pct) in enumerate(item.schedule)
    ]
    if rows:
        s.execute(_INSERT_SCHEDULE, rows)
    return ids


def open_items(s: Session, company_id: int, items: Sequence[OpenItem]) -> list[int]:
    """Write posted customer transactions with their discount schedules; returns their ids."""
    if not items:
        return []
    return _write(s, [_values(company_id, i) for i in items], items)


def open_rows(s: Session, company_id: int, items: Sequence[OpenItem]) -> list[CustomerTransaction]:
    """open_items, returned as live rows of the session for settlement, made from what was written
    (SQLAlchemy's make_transient_to_detached: no query reads them back)."""
    if not items:
        return []
    values = [_values(company_id, i) for i in items]
    out = []
    for tid, v in zip(_write(s, values, items), values, strict=True):
        row = CustomerTransaction(id=tid, **v)
        make_transient_to_detached(row)
        s.add(row)
        out.append(row)
    return out


def open_item(s: Session, company_id: int, item: OpenItem) -> CustomerTransaction:
    """One customer transaction (see open_items), returned as a live row for settlement."""
    return open_rows(s, company_id, [item])[0]


def post_charge(
    s: Session,
    company: Company,
    like: CustomerTransaction | None,
    *,
    kind: str,
    date: dt.date,
    amount: Decimal,
    counter_account_id: int,
    sequence: str,
    text: str,
    customer_id: int | None = None,
    account_id: int | None = None,
    posting_profile_id: int | None = None,
    currency: str | None = None,
    exchange_rate: Decimal | None = None,
    number: str | None = None,
    due_date: dt.date | None = None,
) -> CustomerTransaction:
    """A customer transaction that charges (amount > 0) or credits (amount < 0) the customer against one
    other account (a fee, interest, their waivers), posted as a two-line voucher: the summary account
    takes the amount, counter_account_id the other side. Customer, summary account, posting profile,
    currency and rate come from `like` (the transaction it belongs to) unless given; number: the
    document's own (else the voucher's); due on `date` unless due_date."""
    customer_id = like.customer_id if customer_id is None else customer_id
    account_id = like.account_id if account_id is None else account_id
    profile_id = like.posting_profile_id if posting_profile_id is None else posting_profile_id
    currency = (like.currency if like is not None else company.currency) if currency is None else currency
    rate = (like.exchange_rate if like is not None else Decimal(1)) if exchange_rate is None else exchange_rate
    amount_acc = round_money(amount * rate, currency_places(company.currency))
    voucher = post_voucher(
        s,
        company,
        date,
        kind,
        [
            Entry(account_id, amount_acc, text, customer_id, currency, amount),
            Entry(counter_account_id, -amount_acc, text, currency=currency, amount_cur=-amount),
        ],
        sequence=sequence,
        text=text,
        document=number or "",
    )
    return open_item(
        s,
        company.id,
        OpenItem(
            customer_id=customer_id,
            voucher_id=voucher.id,
            number=number or voucher.number,
            kind=kind,
            date=date,
            due_date=due_date or date,
            amount=amount,
            amount_acc=amount_acc,
            currency=currency,
            exchange_rate=rate,
            account_id=account_id,
            posting_profile_id=profile_id,
            text=text,
        ),
    )


def document(s: Session, txn: CustomerTransaction) -> Document:
    return documents(s, [txn])[0]


def documents(s: Session, txns: Sequence[CustomerTransaction]) -> list[Document]:
    """document() for many transactions with three queries, or none for what this transaction wrote."""
    vouchers: dict[int, str] = dict(s.info.get(VOUCHER_NUMBERS, {}))
    new: dict[int, tuple[ScheduleRow, ...]] = s.info.get(NEW_SCHEDULES, {})
    schedules: dict[int, list[ScheduleRow]] = {t.id: list(new[t.id]) for t in txns if t.id in new}
    accounts = {c.id: c.account for c in lookup.seen_customers(s).values()}
    # Read what is not known: only transactions of earlier transactions, in three queries per chunk.
    unknown = [
        t for t in txns if t.voucher_id not in vouchers or t.customer_id not in accounts or t.id not in schedules
    ]
    for chunk in lookup.chunks(unknown):
        vouchers.update(
            s.execute(select(Voucher.id, Voucher.number).where(Voucher.id.in_({t.voucher_id for t in chunk}))).all()
        )
        accounts.update(
            s.execute(
                select(Customer.id, Customer.account).where(Customer.id.in_({t.customer_id for t in chunk}))
            ).all()
        )
        for t in chunk:
            schedules[t.id] = []
        for r in s.scalars(
            select(DiscountScheduleRow)
            .where(DiscountScheduleRow.transaction_id.in_([t.id for t in chunk]))
            .order_by(DiscountScheduleRow.transaction_id, DiscountScheduleRow.seq)
        ):
            schedules[r.transaction_id].append(ScheduleRow(r.discount_date, r.discount, r.amount_to_pay))
    return [
        Document(
            number=t.number,
            voucher=vouchers[t.voucher_id],
            kind=t.kind,
            customer=accounts[t.customer_id],
            date=t.date,
            due_date=t.due_date,
            amount=t.amount,
            balance=t.balance,
            discount_schedule=tuple(schedules.get(t.id, ())),
            currency=t.currency,
        )
        for t in txns
    ]


def transaction_record(txn: CustomerTransaction, voucher_number: str) -> Transaction:
    return Transaction(
        number=txn.number,
        voucher=voucher_number,
        kind=txn.kind,
        date=txn.date,
        due_date=txn.due_date,
        amount=txn.amount,
        balance=txn.balance,
        closed_date=txn.closed_date,
    )


def customer_transactions(
    s: Session, company_id: int, customer_id: int, *, open_only: bool = False
) -> list[Transaction]:
    q = (
        select(CustomerTransaction, Voucher.number)
        .join(Voucher, Voucher.id == CustomerTransaction.voucher_id)
        .where(CustomerTransaction.company_id == company_id, CustomerTransaction.customer_id == customer_id)
    )
    if open_only:
        q = q.where(definitions.is_open())
    q = q.order_by(CustomerTransaction.date, CustomerTransaction.id)
    return [transaction_record(t, v) for t, v in s.execute(q).all()]


def find_by_number(s: Session, company_id: int, number: str) -> CustomerTransaction | None:
    """The document's main transaction: the first one posted under this number."""
    return s.scalar(
        select(CustomerTransaction)
        .where(CustomerTransaction.company_id == company_id, CustomerTransaction.number == number)
        .order_by(CustomerTransaction.id)
        .limit(1)
    )


def settlement_record(s: Session, row: Settlement) -> SettlementRecord:
    written = s.info.get(balances.WRITTEN, {})
    debit = written.get(row.debit_id) or s.get(CustomerTransaction, row.debit_id)
    credit = written.get(row.credit_id) or s.get(CustomerTransaction, row.credit_id)
    return SettlementRecord(
        row.id,
        debit.number,
        credit.number,
        row.date,
        row.amount,
        row.discount,
        row.difference,
        row.exchange_result,
        row.unsettled_date,
    )


def settlements_of(s: Session, company_id: int, number: str) -> list[SettlementRecord]:
    ids = select(CustomerTransaction.id).where(
        CustomerTransaction.company_id == company_id, CustomerTransaction.number == number
    )
    rows = s.scalars(
        select(Settlement).where(Settlement.debit_id.in_(ids) | Settlement.credit_id.in_(ids)).order_by(Settlement.id)
    )
    return [settlement_record(s, r) for r in rows]
