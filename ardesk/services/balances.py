"""The one rule for open balances: only settlement moves them, and a change made meanwhile by another user is caught.

Every change of a customer transaction's balance, accounting balance, closed date or discount
taken goes through `move` / `take_discount`. They change the row in memory (as committed values,
so the ORM never writes these columns on its own) and queue it; the queue is written after the
session's next flush, once the settlement rows that explain the change are in the database (the
database refuses a balance no settlement row explains: ardesk.db.triggers), with

    UPDATE ... SET balance = ..., version = version + 1 WHERE id = ... AND version = <as read>

A row another user changed since this transaction read it matches no row (on PostgreSQL the
UPDATE waits for the other transaction, then finds the new version), and the whole transaction
is refused with ConcurrencyError: exactly one of two users settling the same money wins
(ARDESK choice: optimistic versions rather than SELECT ... FOR UPDATE on every read, because the
settle screen and the bulk runs read far more than they change)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import bindparam, event, insert, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ardesk.errors import ConcurrencyError
from ardesk.models import CustomerTransaction, Settlement
from ardesk.models.base import table

_PENDING = "ardesk_balances"
#: session.info key: {id: CustomerTransaction} whose balances this transaction wrote (kept for reading back).
WRITTEN = "ardesk_balances_written"


def move(txn: CustomerTransaction, amount: Decimal, amount_acc: Decimal, day: dt.date) -> None:
    """Add the signed (amount, amount_acc) to the open balance; a balance that reaches zero is closed
    on `day` (not before the transaction's own date), one that leaves zero is open again."""
    balance = txn.balance + amount
    set_committed_value(txn, "balance", balance)
    set_committed_value(txn, "balance_acc", txn.balance_acc + amount_acc)
    if balance != 0:
        set_committed_value(txn, "closed_date", None)
    elif txn.closed_date is None:
        set_committed_value(txn, "closed_date", max(day, txn.date))


def take_discount(txn: CustomerTransaction, amount: Decimal) -> None:
    """Record cash discount granted on (or, negative, given back by) the transaction."""
    set_committed_value(txn, "discount_taken", txn.discount_taken + amount)


class _Pending:
    def __init__(self) -> None:
        self.rows: list[dict] = []  # settlement rows written in bulk (Core)
        self.txns: dict[int, CustomerTransaction] = {}  # rows whose balances moved


def queue(s: Session, txns: Iterable[CustomerTransaction], rows: Iterable[dict] = ()) -> None:
    """Write these balances after the next flush (or at commit); `rows`: settlement rows (as dicts
    for one bulk INSERT) that explain them, written first."""
    pending: _Pending = s.info.setdefault(_PENDING, _Pending())
    pending.rows.extend(rows)
    for txn in txns:
        pending.txns[txn.id] = txn


_T = table(CustomerTransaction)
#: The one balance write, built once: only where the version is still the one this transaction read.
_WRITE = (
    update(_T)
    .where(_T.c.id == bindparam("b_id"), _T.c.version == bindparam("b_version"))
    .values(
        balance=bindparam("b_balance"),
        balance_acc=bindparam("b_balance_acc"),
        closed_date=bindparam("b_closed_date"),
        discount_taken=bindparam("b_discount_taken"),
        version=bindparam("b_version") + 1,
    )
)
_INSERT_SETTLEMENTS = insert(table(Settlement))


def write(s: Session, txns: Iterable[CustomerTransaction]) -> None:
    """Write the rows' balances now, each only if nobody changed it since it was read."""
    rows = list({t.id: t for t in txns}.values())
    if not rows:
        return
    result = s.connection().execute(
        _WRITE,
        [
            dict(
                b_id=x.id,
                b_version=x.version,
                b_balance=x.balance,
                b_balance_acc=x.balance_acc,
                b_closed_date=x.closed_date,
                b_discount_taken=x.discount_taken,
            )
            for x in rows
        ],
    )
    if result.rowcount != len(rows):
        numbers = ", ".join(sorted({x.number for x in rows}))[:120]
        raise ConcurrencyError("The open balance of {numbers}", numbers=numbers)
    for x in rows:
        set_committed_value(x, "version", x.version + 1)
    s.info.setdefault(WRITTEN, {}).update((x.id, x) for x in rows)


def write_all(s: Session) -> None:
    """Flush the session (settlement rows the ORM holds), then write whatever is still queued: call it
    before reading balances back with SQL in the same transaction."""
    s.flush()
    flush_pending(s)


def flush_pending(s: Session) -> None:
    """Write what was queued: the bulk settlement rows, then the balances. Only after the ORM's own
    rows are flushed (after_flush, write_all), or the database would refuse unexplained balances."""
    pending: _Pending | None = s.info.pop(_PENDING, None)
    if pending is None:
        return
    if pending.rows:
        s.connection().execute(_INSERT_SETTLEMENTS, pending.rows)
    write(s, pending.txns.values())


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: object) -> None:
    flush_pending(session)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    if _PENDING in session.info:
        write_all(session)  # the settlement rows first, then the balances


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
