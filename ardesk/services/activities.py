"""Collections activities and holds (DOMAIN 5.2): notes, calls, promises to pay, disputes and holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import CollectionActivity, CollectionState, Company, Customer, CustomerTransaction
from ardesk.money import money
from ardesk.services import lookup
from ardesk.services.text import a_date, name_text

#: What a bookkeeper logs on the collections page.
ACTIVITY_KINDS = ("note", "call", "promise", "dispute", "hold", "release")
#: A transaction's collection status (DOMAIN 5.2): held and disputed items get no letters and no interest.
TRANSACTION_STATUSES = ("", "hold", "disputed", "promise", "promise_broken")


@dataclass(frozen=True)
class Activity:
    id: int
    customer: str
    kind: str
    date: dt.date
    text: str
    transaction: str | None = None
    follow_up: dt.date | None = None
    promise_date: dt.date | None = None
    promise_amount: Decimal | None = None
    done: bool = False


def _optional_date(value: object, field: str) -> dt.date | None:
    return None if value is None else a_date(value, field)


def _transaction(s: Session, company_id: int, customer: Customer | None, number: object) -> CustomerTransaction:
    text = lookup.code_text(number, "transaction", max_len=30)
    q = select(CustomerTransaction).where(
        CustomerTransaction.company_id == company_id, CustomerTransaction.number == text
    )
    if customer is not None:
        q = q.where(CustomerTransaction.customer_id == customer.id)
    txn = s.scalars(q.order_by(CustomerTransaction.id).limit(1)).first()
    if txn is None:
        if customer is not None:
            raise ValidationError(
                "transaction", "there is no document {text!r} of {account}", text=text, account=customer.account
            )
        raise ValidationError("transaction", "there is no document {text!r}", text=text)
    return txn


def add_activity(
    s: Session,
    company: Company,
    customer: object,
    kind: object,
    date: object,
    text: object = "",
    *,
    transaction: object = None,
    follow_up: object = None,
    promise_date: object = None,
    promise_amount: object = None,
) -> CollectionActivity:
    """Log an activity; a promise to pay on a transaction also sets its status to promise."""
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    if kind not in ACTIVITY_KINDS:
        raise ValidationError("kind", "must be one of {choices}", choices=", ".join(ACTIVITY_KINDS))
    day = a_date(date, "date")
    txn = None if transaction is None else _transaction(s, company.id, cust, transaction)
    promised = _optional_date(promise_date, "promise_date")
    amount = None if promise_amount is None else money(promise_amount, "promise_amount", positive=True)
    if kind == "promise" and promised is None:
        raise ValidationError("promise_date", "a promise to pay needs the date promised")
    row = CollectionActivity(
        company_id=company.id,
        customer_id=cust.id,
        transaction_id=txn.id if txn else None,
        kind=kind,
        date=day,
        text=name_text(text, "text", max_len=1000, required=False),
        follow_up=_optional_date(follow_up, "follow_up"),
        promise_date=promised,
        promise_amount=amount,
    )
    s.add(row)
    if kind == "promise" and txn is not None:
        st = _state(s, company.id, txn.id)
        st.status, st.promise_date, st.promise_amount = "promise", promised, amount
    s.flush()
    return row


def complete_activity(s: Session, company: Company, activity_id: object, done: bool = True) -> None:
    row = s.get(CollectionActivity, activity_id) if isinstance(activity_id, int) else None
    if row is None or row.company_id != company.id:
        raise ValidationError("activity", "there is no activity {activity_id!r}", activity_id=activity_id)
    row.done = bool(done)
    s.flush()


def activities(
    s: Session, company_id: int, customer: object = None, *, open_only: bool = False, due_by: object = None
) -> list[Activity]:
    """Activities newest first; open_only: not done; due_by: follow-ups on or before the date."""
    q = (
        select(CollectionActivity, Customer.account, CustomerTransaction.number)
        .join(Customer, Customer.id == CollectionActivity.customer_id)
        .outerjoin(CustomerTransaction, CustomerTransaction.id == CollectionActivity.transaction_id)
        .where(CollectionActivity.company_id == company_id)
    )
    if customer is not None:
        q = q.where(CollectionActivity.customer_id == lookup.by_code(s, Customer, company_id, customer, "customer").id)
    if open_only:
        q = q.where(CollectionActivity.done.is_(False))
    if due_by is not None:
        q = q.where(CollectionActivity.follow_up <= a_date(due_by, "due_by"))
    q = q.order_by(CollectionActivity.date.desc(), CollectionActivity.id.desc())
    return [
        Activity(a.id, account, a.kind, a.date, a.text, number, a.follow_up, a.promise_date, a.promise_amount, a.done)
        for a, account, number in s.execute(q)
    ]


def _state(s: Session, company_id: int, transaction_id: int) -> CollectionState:
    st = s.scalar(select(CollectionState).where(CollectionState.transaction_id == transaction_id).with_for_update())
    if st is None:
        st = CollectionState(company_id=company_id, transaction_id=transaction_id, status="", letter_step=0)
        s.add(st)
    return st


def set_transaction_status(
    s: Session,
    company: Company,
    number: object,
    status: object,
    date: object,
    text: object = "",
) -> None:
    """Put one transaction on hold or in dispute, or clear it (DOMAIN 5.2); logged as an activity."""
    day = a_date(date, "date")
    status = "" if status is None else status
    if status not in TRANSACTION_STATUSES:
        raise ValidationError("status", "must be '', 'hold', 'disputed', 'promise' or 'promise_broken'")
    txn = _transaction(s, company.id, None, number)
    st = _state(s, company.id, txn.id)
    st.status = str(status)
    if status not in ("promise", "promise_broken"):
        st.promise_date = st.promise_amount = None
    kind = {"hold": "hold", "disputed": "dispute"}.get(str(status), "release")
    s.add(
        CollectionActivity(
            company_id=company.id,
            customer_id=txn.customer_id,
            transaction_id=txn.id,
            kind=kind,
            date=day,
            text=name_text(text, "text", max_len=1000, required=False),
        )
    )
    s.flush()


def set_customer_status(
    s: Session, company: Company, customer: object, status: object, date: object, text: object = ""
) -> None:
    """Put a whole customer on hold or in dispute for collections, or clear it; logged as an activity."""
    day = a_date(date, "date")
    status = "" if status is None else status
    if status not in ("", "hold", "disputed"):
        raise ValidationError("status", "must be '', 'hold' or 'disputed'")
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    cust.collection_status = str(status)
    kind = {"hold": "hold", "disputed": "dispute"}.get(str(status), "release")
    s.add(
        CollectionActivity(
            company_id=company.id,
            customer_id=cust.id,
            kind=kind,
            date=day,
            text=name_text(text, "text", max_len=1000, required=False),
        )
    )
    s.flush()


def break_promises(s: Session, company_id: int, as_of: dt.date) -> int:
    """Promises to pay whose date has passed become promise_broken (DOMAIN 5.1 update_collection_status)."""
    rows = s.scalars(
        select(CollectionState).where(
            CollectionState.company_id == company_id,
            CollectionState.status == "promise",
            CollectionState.promise_date < as_of,
        )
    ).all()
    for st in rows:
        st.status = "promise_broken"
    s.flush()
    return len(rows)


def transaction_statuses(s: Session, company_id: int, customer: object) -> dict[str, str]:
    """The collection status of the customer's transactions that have one (number -> status)."""
    cust = lookup.by_code(s, Customer, company_id, customer, "customer")
    rows = s.execute(
        select(CustomerTransaction.number, CollectionState.status)
        .join(CollectionState, CollectionState.transaction_id == CustomerTransaction.id)
        .where(CustomerTransaction.customer_id == cust.id, CollectionState.status != "")
    ).all()
    return dict(rows)
