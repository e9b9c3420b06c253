"""The one definition of "open", "overdue" and "balance as of a date" for customer transactions.

Every list, tile, report and test asks these functions instead of writing its own condition:
the Invoicing list (open and overdue tabs, the row status), the Collections page (overdue list
and aging tiles), the Customers list balances, the settle screen's open items and the aging.

The rules, as SQLAlchemy expressions over CustomerTransaction:

* open (now): not closed and something left to settle (closed_date IS NULL and balance != 0);
* falls due: the due date, else the document date (DOMAIN 2.5: no terms, due on the document date);
* balance as of D: the remaining balance at the end of day D, settlements dated after D ignored
  and settlements undone after D still counted (DOMAIN 5.1);
* open as of D: dated on or before D with a balance as of D;
* overdue as of D: open as of D, a debit (balance as of D > 0), and falls due before D. An item due
  on D itself is not overdue yet (the aging's "Current" bucket ends on the as-of date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)

from ardesk.models import CustomerTransaction as CT
from ardesk.models import Settlement


def is_open() -> ColumnElement[bool]:
    """Open now: the transaction is not closed and has a balance left (closed_date IS NULL and
    balance != 0). A closed transaction always has balance 0; the balance test also keeps out the
    zero-amount items some postings leave open."""
    return and_(CT.closed_date.is_(None), CT.balance != 0)


def falls_due() -> ColumnElement[dt.date]:
    """The date a transaction falls due: its due date, else its document date.

    Posted invoices and credit notes always carry a due date (terms.due_date). The items without
    one (payments, unapplied credits, items brought in from elsewhere) fall due on their document
    date: DOMAIN 2.5 makes a document without terms due on its document date, and DOMAIN 5.1 ages
    an item without a due date by its own date. The document date, not the posting date, because
    it is the date the due date is computed from; for payments the two are the same."""
    return func.coalesce(CT.due_date, CT.document_date)


def changes_after(day: dt.date, among: Select | None = None) -> Subquery:
    """Per transaction (transaction_id): how much settlement moved its balance (balance) and its
    accounting-currency balance (balance_acc) after the end of `day`, so that
    balance as of day = balance - change.

    A settlement row takes `amount` off the debit and gives it to the credit (services.settlements).
    Rows in force now but dated after the day did not count yet on the day; rows undone after the
    day (dated on or before it) still counted. Only such rows are read, so for a date near today
    this is a small set (empty when nothing was settled or undone after the day); without an index on
    the settlement dates it is still one pass over the settlement table, so a query about a few
    transactions passes `among` (a select of their ids), which reads only their settlements. The sums
    are in the money columns' storage units: use them through AsOf, which gives them the money type."""
    row = Settlement
    counted_now_not_then = and_(row.unsettled_date.is_(None), row.date > day)
    counted_then_not_now = and_(row.unsettled_date.is_not(None), row.unsettled_date > day, row.date <= day)
    sign = case((counted_now_not_then, -1), else_=1)
    changed = or_(counted_now_not_then, counted_then_not_now)
    debits = select(
        row.debit_id.label("transaction_id"),
        (sign * row.amount).label("balance"),
        (sign * row.amount_acc).label("balance_acc"),
    ).where(changed)
    credits = select(
        row.credit_id.label("transaction_id"),
        (-sign * row.amount).label("balance"),
        (-sign * (row.amount_acc + row.exchange_result)).label("balance_acc"),
    ).where(changed)
    if among is not None:
        debits, credits = debits.where(row.debit_id.in_(among)), credits.where(row.credit_id.in_(among))
    both = union_all(debits, credits).subquery("settled_after")
    return (
        select(
            both.c.transaction_id,
            # BIGINT, the storage type: PostgreSQL sums BIGINT as numeric, which would make every
            # sum built on these slower (benchmarks/README, aging).
            cast(func.sum(both.c.balance), BigInteger).label("balance"),
            cast(func.sum(both.c.balance_acc), BigInteger).label("balance_acc"),
        )
        .group_by(both.c.transaction_id)
        .subquery("changes_after")
    )


@dataclass(frozen=True)
class AsOf:
    """Customer transactions as they stood at the end of a day. A query that uses balance, is_open
    or is_overdue must go through join() first (an outer join on changes_after)."""

    day: dt.date
    changes: Subquery

    def join(self, q: Select) -> Select:
        """q with the settlement changes after the day joined (outer) to CustomerTransaction."""
        return q.outerjoin(self.changes, self.changes.c.transaction_id == CT.id)

    @property
    def balance(self) -> ColumnElement[Decimal]:
        """Balance as of the day, transaction currency (see changes_after)."""
        return type_coerce(CT.balance - func.coalesce(self.changes.c.balance, 0), CT.balance.type)

    @property
    def balance_acc(self) -> ColumnElement[Decimal]:
        """Balance as of the day, accounting currency (what the aging and the ledger add up)."""
        return type_coerce(CT.balance_acc - func.coalesce(self.changes.c.balance_acc, 0), CT.balance_acc.type)

    def is_open(self) -> ColumnElement[bool]:
        """Open as of the day: dated on or before it, with a balance as of the day. (A transaction
        closed now and untouched since the day had no balance then either: the first test only
        lets the database skip the closed ones.)"""
        return and_(
            CT.date <= self.day,
            or_(CT.closed_date.is_(None), self.changes.c.transaction_id.is_not(None)),
            self.balance != 0,
        )

    def is_overdue(self) -> ColumnElement[bool]:
        """Overdue as of the day: open as of the day, a debit (positive balance as of the day:
        invoices, fees, interest notes; credits are never overdue), and falls_due() before the day."""
        return and_(self.is_open(), self.balance > 0, falls_due() < self.day)


def as_of(day: dt.date, among: Select | None = None) -> AsOf:
    """The as-of view of customer transactions at the end of `day` (balance, is_open, is_overdue);
    among: a select of the transaction ids the query is about, when they are few (changes_after)."""
    return AsOf(day, changes_after(day, among))
