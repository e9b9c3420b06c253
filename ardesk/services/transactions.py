"""Customer transactions (open items): creation with their discount schedule, and read-out as records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.models import Customer, CustomerTransaction, DiscountScheduleRow, Voucher
from ardesk.services.records import Document, ScheduleRow, Transaction


def open_item(s: Session, *, company_id: int, customer_id: int, voucher: Voucher, number: str, kind: str,
              date: dt.date, amount: Decimal, amount_acc: Decimal, currency: str, account_id: int,
              posting_profile_id: int, due_date: dt.date | None = None, document_date: dt.date | None = None,
              exchange_rate: Decimal = Decimal(1), cash_discount_id: int | None = None,
              method_of_payment_id: int | None = None, reference: str | None = None, text: str = "",
              schedule: list[tuple[ScheduleRow, Decimal]] = ()) -> CustomerTransaction:
    """Write a posted customer transaction; its whole amount is open until settled."""
    txn = CustomerTransaction(
        company_id=company_id, customer_id=customer_id, voucher_id=voucher.id, number=number, kind=kind,
        date=date, document_date=document_date or date, due_date=due_date, currency=currency,
        exchange_rate=exchange_rate, amount=amount, amount_acc=amount_acc, account_id=account_id,
        posting_profile_id=posting_profile_id, cash_discount_id=cash_discount_id,
        method_of_payment_id=method_of_payment_id, reference=reference, text=text[:200],
        balance=amount, balance_acc=amount_acc, discount_taken=Decimal(0),
        closed_date=date if amount == 0 else None,
    )
    s.add(txn)
    s.flush()
    s.add_all(DiscountScheduleRow(transaction_id=txn.id, seq=i, discount_date=row.discount_date, percent=pct,
                                  discount=row.discount, amount_to_pay=row.amount_to_pay)
              for i, (row, pct) in enumerate(schedule))
    s.flush()
    return txn


def schedule_of(s: Session, txn_id: int) -> tuple[ScheduleRow, ...]:
    return tuple(ScheduleRow(r.discount_date, r.discount, r.amount_to_pay) for r in s.scalars(
        select(DiscountScheduleRow).where(DiscountScheduleRow.transaction_id == txn_id)
        .order_by(DiscountScheduleRow.seq)))


def document(s: Session, txn: CustomerTransaction) -> Document:
    voucher = s.get(Voucher, txn.voucher_id)
    customer = s.get(Customer, txn.customer_id)
    return Document(number=txn.number, voucher=voucher.number, kind=txn.kind, customer=customer.account,
                    date=txn.date, due_date=txn.due_date, amount=txn.amount, balance=txn.balance,
                    discount_schedule=schedule_of(s, txn.id), currency=txn.currency)


def transaction_record(txn: CustomerTransaction, voucher_number: str) -> Transaction:
    return Transaction(number=txn.number, voucher=voucher_number, kind=txn.kind, date=txn.date,
                       due_date=txn.due_date, amount=txn.amount, balance=txn.balance, closed_date=txn.closed_date)


def customer_transactions(s: Session, company_id: int, customer_id: int, *,
                          open_only: bool = False) -> list[Transaction]:
    q = (select(CustomerTransaction, Voucher.number).join(Voucher, Voucher.id == CustomerTransaction.voucher_id)
         .where(CustomerTransaction.company_id == company_id, CustomerTransaction.customer_id == customer_id))
    if open_only:
        q = q.where(CustomerTransaction.closed_date.is_(None))
    q = q.order_by(CustomerTransaction.date, CustomerTransaction.id)
    return [transaction_record(t, v) for t, v in s.execute(q).all()]


def find_by_number(s: Session, company_id: int, number: str) -> CustomerTransaction | None:
    """The document's main transaction: the first one posted under this number."""
    return s.scalar(select(CustomerTransaction).where(CustomerTransaction.company_id == company_id,
                                                      CustomerTransaction.number == number)
                    .order_by(CustomerTransaction.id).limit(1))
