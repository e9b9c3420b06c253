"""The Credit and collections workspace's customer list (DOMAIN 5.1-5.3), filtered, sorted and paged in SQL.

The rules, in one place:

* The figures per customer are services.aging's: its aggregate (one GROUP BY customer over the items open as
  of the date, one SUM(CASE ...) per bucket) or, when the definition has a stored snapshot of that very date,
  the snapshot (DOMAIN 5.1: a snapshot is a cached result). Amounts are in the accounting currency.
* The list holds the customers with an overdue balance as of the date (services.definitions: open debits
  that fell due before it), or with overdue_only=False every customer with items open on the date.
* Credit use is the total as a percentage of the credit limit. No limit: None, or 0 without "mandatory
  credit limit" (DOMAIN 5.3 basic mode); a mandatory limit of 0 is exceeded by any positive balance.
* The last payment is the latest payment or prepayment dated on or before the date; the last letter is the
  latest posted (not reversed or cancelled) collection letter dated on or before it.
* Held and disputed items are open transactions whose collection status is hold or disputed.
* Ids first, rows later: collection_ids filters and sorts every customer in the database and returns only
  ids; collection_rows reads one page. The extras (last payment, last letter, oldest overdue item, held
  items) are joined to the id query only when the list is sorted by them, and to a page restricted to its
  ids, so a page of 200 customers reads their transactions through the (company, customer) index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Float, Select, Subquery, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    AgingSnapshot,
    AgingSnapshotCustomer,
    AgingSnapshotLine,
    CollectionLetter,
    CollectionState,
    Customer,
)
from ardesk.models import CustomerTransaction as CT
from ardesk.services import aging, definitions, lookup
from ardesk.services.aging import AgingDefinitionRow
from ardesk.services.payment_queries import PAYMENT_KINDS

ZERO = Decimal("0.00")
#: Columns the list sorts by besides the buckets, which sort as "b0", "b1", ... (their place in the definition).
SORT_COLUMNS = (
    "account",
    "name",
    "total",
    "overdue",
    "credit_limit",
    "credit_use",
    "days_overdue",
    "last_payment",
    "last_letter",
    "status",
)
#: Collection statuses that stop letters and interest on an item (services.activities).
HELD = ("hold", "disputed")


@dataclass(frozen=True)
class CollectionSummary:
    """The company's aged balances as of a date, from the same source as the list: buckets (label, amount)
    in the definition's order, their total, the overdue part, how many customers have items open and how
    many of them have an overdue balance. snapshot_taken_on: the day the snapshot that gave the figures was
    taken; None when they were computed now."""

    definition: str
    basis: str
    as_of: dt.date
    buckets: tuple[tuple[str, Decimal], ...]
    total: Decimal
    overdue: Decimal
    customers: int
    overdue_customers: int
    snapshot_taken_on: dt.date | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.buckets)


@dataclass(frozen=True)
class CollectionList:
    """One filter of the list: the customer ids in display order, and the summary when it was asked for
    (None also when the company has no aging definition)."""

    ids: list[int]
    summary: CollectionSummary | None = None


@dataclass(frozen=True)
class CollectionRow:
    """One customer in the collections list as of a date; amounts in the accounting currency."""

    id: int
    account: str
    name: str
    buckets: tuple[Decimal, ...]  # in the definition's order
    total: Decimal
    overdue: Decimal
    credit_limit: Decimal | None
    mandatory_credit_limit: bool
    invoicing_hold: str  # no | invoice | all (DOMAIN 5.3 block)
    collection_status: str  # "" | hold | disputed (DOMAIN 5.2)
    oldest_due: dt.date | None  # the date the oldest overdue item fell due
    last_payment: dt.date | None
    letter_step: int  # the step of the last letter; 0: none
    letter_code: str
    letter_date: dt.date | None
    held_items: int  # open transactions on hold or in dispute

    @property
    def limit(self) -> Decimal | None:
        """The credit limit in force (DOMAIN 5.3): None for no limit, which a 0 without mandatory is."""
        if self.credit_limit is None or (self.credit_limit == 0 and not self.mandatory_credit_limit):
            return None
        return self.credit_limit

    @property
    def credit_use(self) -> Decimal | None:
        """The total as a whole percentage of the limit; None without a (positive) limit."""
        limit = self.limit
        if not limit:
            return None
        return (self.total * 100 / limit).quantize(Decimal(1), ROUND_HALF_UP)

    @property
    def over_limit(self) -> bool:
        limit = self.limit
        return limit is not None and self.total > limit


@dataclass(frozen=True)
class CollectionItem:
    """One of a customer's transactions open on a date (the detail of the collections page): its balance on
    that date in the transaction currency, days_overdue when it is overdue then (else None), and its
    collection status with the promise to pay and the letter step it has reached."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    currency: str
    amount: Decimal
    balance: Decimal
    days_overdue: int | None
    status: str  # "" | hold | disputed | promise | promise_broken
    promise_date: dt.date | None = None
    promise_amount: Decimal | None = None
    letter_step: int = 0


# --- where the figures come from --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    definition: AgingDefinitionRow
    snapshot_id: int | None
    taken_on: dt.date | None


def _source(s: Session, company_id: int, as_of: dt.date, definition: str | None) -> _Source | None:
    """The definition (named, else the default) and its snapshot if one was taken as of this very date."""
    found = aging.find_definition(s, company_id, definition)
    if found is None:
        if definition is not None:
            aging.resolve_definition(s, company_id, definition)  # raises NotFoundError naming it
        return None
    snap = s.execute(
        select(AgingSnapshot.id, AgingSnapshot.taken_on).where(
            AgingSnapshot.company_id == company_id,
            AgingSnapshot.definition_id == found.id,
            AgingSnapshot.as_of == as_of,
            AgingSnapshot.basis == found.basis,
        )
    ).first()
    return _Source(found, snap[0], snap[1]) if snap else _Source(found, None, None)


def _figures(company_id: int, as_of: dt.date, src: _Source, customers: Sequence[int] | None = None) -> Subquery:
    """customer_id, b0..bn, total, overdue per customer with items open on the date: aging.aggregate (zero
    totals included), or the same columns read back from the snapshot."""
    if src.snapshot_id is None:
        return aging.aggregate(company_id, as_of, src.definition, customers, include_zero=True)
    line, head = AgingSnapshotLine, AgingSnapshotCustomer
    pivot = select(
        line.customer_id,
        *(func.sum(case((line.seq == i, line.amount))).label(f"b{i}") for i in range(len(src.definition.buckets))),
    ).where(line.snapshot_id == src.snapshot_id)
    if customers is not None:
        pivot = pivot.where(line.customer_id.in_(list(customers)))
    lines = pivot.group_by(line.customer_id).subquery("snapshot_lines")
    q = (
        select(
            head.customer_id.label("customer_id"),
            *(lines.c[f"b{i}"] for i in range(len(src.definition.buckets))),
            head.total.label("total"),
            head.overdue.label("overdue"),
        )
        .outerjoin(lines, lines.c.customer_id == head.customer_id)
        .where(head.snapshot_id == src.snapshot_id)
    )
    if customers is not None:
        q = q.where(head.customer_id.in_(list(customers)))
    return q.subquery("aging")


def _summary(s: Session, company_id: int, as_of: dt.date, src: _Source) -> CollectionSummary:
    """The bucket totals over every customer, summed by the database from the list's own source."""
    fig = _figures(company_id, as_of, src)
    n = len(src.definition.buckets)
    row = s.execute(
        select(
            *(func.sum(fig.c[f"b{i}"]) for i in range(n)),
            func.sum(fig.c.total),
            func.sum(fig.c.overdue),
            func.count(),
            func.sum(case((fig.c.overdue > 0, 1), else_=0)),
        )
    ).one()
    return _summary_of(src, as_of, tuple(row))


def _summary_of(src: _Source, as_of: dt.date, sums: Sequence[Any]) -> CollectionSummary:
    """sums: the bucket sums, total, overdue, customers, overdue customers (NULL: none)."""
    n = len(src.definition.buckets)
    values = [ZERO if v is None else v for v in sums[: n + 2]]
    return CollectionSummary(
        definition=src.definition.code,
        basis=src.definition.basis,
        as_of=as_of,
        buckets=tuple(zip(src.definition.labels, values[:n], strict=True)),
        total=values[n],
        overdue=values[n + 1],
        customers=int(sums[n + 2] or 0),
        overdue_customers=int(sums[n + 3] or 0),
        snapshot_taken_on=src.taken_on,
    )


# --- the extras, per customer ------------------------------------------------------------------------------


def _among(q: Select, column: Any, customers: Sequence[int] | None) -> Select:
    return q if customers is None else q.where(column.in_(list(customers)))


def _last_payments(company_id: int, as_of: dt.date, customers: Sequence[int] | None) -> Subquery:
    q = select(CT.customer_id.label("customer_id"), func.max(CT.date).label("last_payment")).where(
        CT.company_id == company_id, CT.kind.in_(PAYMENT_KINDS), CT.date <= as_of
    )
    return _among(q, CT.customer_id, customers).group_by(CT.customer_id).subquery("last_payments")


def _last_letters(company_id: int, as_of: dt.date, customers: Sequence[int] | None) -> Subquery:
    """The latest posted letter per customer (rank 1 of a window over the customer's letters)."""
    letter = CollectionLetter
    rank = func.row_number().over(
        partition_by=letter.customer_id, order_by=(letter.letter_date.desc(), letter.id.desc())
    )
    q = select(
        letter.customer_id.label("customer_id"),
        letter.step_seq.label("step"),
        letter.step_code.label("code"),
        letter.letter_date.label("letter_date"),
        rank.label("rank"),
    ).where(letter.company_id == company_id, letter.state == "posted", letter.letter_date <= as_of)
    ranked = _among(q, letter.customer_id, customers).subquery("letters")
    return select(ranked).where(ranked.c.rank == 1).subquery("last_letters")


def _oldest_due(company_id: int, as_of: dt.date, customers: Sequence[int] | None) -> Subquery:
    """The date the oldest item overdue on the date fell due, per customer."""
    among = None
    if customers is not None:
        among = select(CT.id).where(CT.company_id == company_id, CT.customer_id.in_(list(customers)))
    cut = definitions.as_of(as_of, among)
    oldest = func.min(definitions.falls_due()).label("oldest_due")
    q = cut.join(select(CT.customer_id.label("customer_id"), oldest).select_from(CT))
    q = q.where(CT.company_id == company_id, cut.is_overdue())
    return _among(q, CT.customer_id, customers).group_by(CT.customer_id).subquery("oldest_due")


def _held_items(company_id: int, customers: Sequence[int] | None) -> Subquery:
    """Open transactions on hold or in dispute, per customer; read from the (few) collection states."""
    held = select(CollectionState.transaction_id).where(
        CollectionState.company_id == company_id, CollectionState.status.in_(HELD)
    )
    q = select(CT.customer_id.label("customer_id"), func.count().label("held")).where(
        CT.id.in_(held), CT.company_id == company_id, definitions.is_open()
    )
    return _among(q, CT.customer_id, customers).group_by(CT.customer_id).subquery("held_items")


# --- the list ------------------------------------------------------------------------------------------------


def check_sort(sort: object, definition: AgingDefinitionRow | None) -> str:
    buckets = len(definition.buckets) if definition else 0
    if sort in SORT_COLUMNS or sort in {f"b{i}" for i in range(buckets)}:
        return str(sort)
    raise ValidationError("sort", "cannot sort by {sort!r}", sort=sort)


def _text_matches(text: str) -> ColumnElement[bool] | None:
    """Account or name contains the text, case-insensitively; the user's % and _ are literal characters."""
    if not text.strip():
        return None
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"%{escaped}%"
    return or_(Customer.account.ilike(like, escape="\\"), Customer.name.ilike(like, escape="\\"))


def _limit() -> ColumnElement[Any]:
    """The credit limit in force in SQL: NULL for none (also 0 without mandatory, DOMAIN 5.3)."""
    return case(
        (and_(Customer.credit_limit == 0, Customer.mandatory_credit_limit.is_(False)), None),
        else_=Customer.credit_limit,
    )


def collection_ids(
    s: Session,
    company_id: int,
    as_of: dt.date,
    *,
    text: str = "",
    overdue_only: bool = True,
    bucket: int | None = None,
    definition: str | None = None,
    sort: str = "overdue",
    descending: bool = True,
    summary: bool = True,
) -> CollectionList:
    """The ids of the customers in the list as of the date, in display order (ties by account), with the
    summary of every customer's figures when asked for. bucket: only customers with an amount (not 0) in
    that bucket of the definition (its position, from 0)."""
    src = _source(s, company_id, as_of, definition)
    sort = check_sort(sort, src.definition if src else None)
    if src is None:
        return CollectionList([], None)
    if bucket is not None and (
        isinstance(bucket, bool) or not isinstance(bucket, int) or not 0 <= bucket < len(src.definition.buckets)
    ):
        raise ValidationError(
            "bucket",
            "there is no bucket {bucket!r} in aging definition {code}",
            bucket=bucket,
            code=src.definition.code,
        )
    fig = _figures(company_id, as_of, src)
    wanted = [c for c in (_text_matches(text),) if c is not None]
    if overdue_only:
        wanted.append(fig.c.overdue > 0)
    if bucket is not None:
        wanted.append(fig.c[f"b{bucket}"] != 0)
    n = len(src.definition.buckets)
    if summary:
        # One pass over the figures for both: every customer's row, whether the filter keeps it, and the
        # totals over all of them (window sums), instead of aggregating the transactions a second time.
        shown = case((and_(*wanted), 1), else_=0) if wanted else literal(1)
        totals = [
            *(func.sum(fig.c[f"b{i}"]).over() for i in range(n)),
            func.sum(fig.c.total).over(),
            func.sum(fig.c.overdue).over(),
            func.count().over(),
            func.sum(case((fig.c.overdue > 0, 1), else_=0)).over(),
        ]
        q = select(Customer.id, shown, *totals)
    else:
        q = select(Customer.id).where(*wanted)
    q = q.join(fig, fig.c.customer_id == Customer.id).where(Customer.company_id == company_id)
    key: ColumnElement[Any]
    if (sort.startswith("b") and sort[1:].isdigit()) or sort in ("total", "overdue"):
        key = fig.c[sort]
    elif sort == "credit_limit":
        key = _limit()
    elif sort == "credit_use":
        key = cast(fig.c.total, Float) / func.nullif(_limit(), 0)
    elif sort == "days_overdue":
        oldest = _oldest_due(company_id, as_of, None)
        q = q.outerjoin(oldest, oldest.c.customer_id == Customer.id)
        key, descending = oldest.c.oldest_due, not descending  # more days overdue: an older due date
    elif sort == "last_payment":
        payments = _last_payments(company_id, as_of, None)
        q = q.outerjoin(payments, payments.c.customer_id == Customer.id)
        key = payments.c.last_payment
    elif sort == "last_letter":
        letters = _last_letters(company_id, as_of, None)
        q = q.outerjoin(letters, letters.c.customer_id == Customer.id)
        key = letters.c.letter_date
    elif sort == "status":
        key = func.nullif(Customer.collection_status, "")  # held and disputed customers first
    else:
        key = getattr(Customer, sort)
    empty_last = case((key.is_(None), 1), else_=0)  # both ways: a blank cell says nothing to sort by
    q = q.order_by(empty_last, key.desc() if descending else key.asc(), Customer.account)
    if not summary:
        return CollectionList(list(s.scalars(q)), None)
    rows = s.execute(q).all()
    ids = [r[0] for r in rows if r[1]]
    return CollectionList(ids, _summary_of(src, as_of, rows[0][2:] if rows else (None,) * (n + 4)))


def collection_rows(
    s: Session, company_id: int, ids: Sequence[int], as_of: dt.date, *, definition: str | None = None
) -> list[CollectionRow]:
    """The rows of these customer ids (one page), in their order; a customer without items open on the date
    (paid meanwhile) has zeros."""
    wanted = list(ids)
    src = _source(s, company_id, as_of, definition)
    if not wanted or src is None:
        return []
    n = len(src.definition.buckets)
    out: dict[int, CollectionRow] = {}
    for part in lookup.chunks(wanted):
        fig = _figures(company_id, as_of, src, part)
        payments = _last_payments(company_id, as_of, part)
        letters = _last_letters(company_id, as_of, part)
        oldest = _oldest_due(company_id, as_of, part)
        held = _held_items(company_id, part)
        q = (
            select(
                Customer.id,
                Customer.account,
                Customer.name,
                Customer.credit_limit,
                Customer.mandatory_credit_limit,
                Customer.on_hold,
                Customer.collection_status,
                oldest.c.oldest_due,
                payments.c.last_payment,
                letters.c.step,
                letters.c.code,
                letters.c.letter_date,
                held.c.held,
                fig.c.total,
                fig.c.overdue,
                *(fig.c[f"b{i}"] for i in range(n)),
            )
            .outerjoin(fig, fig.c.customer_id == Customer.id)
            .outerjoin(payments, payments.c.customer_id == Customer.id)
            .outerjoin(letters, letters.c.customer_id == Customer.id)
            .outerjoin(oldest, oldest.c.customer_id == Customer.id)
            .outerjoin(held, held.c.customer_id == Customer.id)
            .where(Customer.company_id == company_id, Customer.id.in_(list(part)))
        )
        for r in s.execute(q):
            amounts = [ZERO if v is None else v for v in r[13:]]
            out[r[0]] = CollectionRow(
                id=r[0],
                account=r[1],
                name=r[2],
                credit_limit=r[3],
                mandatory_credit_limit=bool(r[4]),
                invoicing_hold=r[5] or "no",
                collection_status=r[6] or "",
                oldest_due=r[7],
                last_payment=r[8],
                letter_step=int(r[9] or 0),
                letter_code=r[10] or "",
                letter_date=r[11],
                held_items=int(r[12] or 0),
                total=amounts[0],
                overdue=amounts[1],
                buckets=tuple(amounts[2:]),
            )
    return [out[i] for i in wanted if i in out]


def collection_summary(
    s: Session, company_id: int, as_of: dt.date, definition: str | None = None
) -> CollectionSummary | None:
    """The summary alone (the tiles and the chart); None when the company has no aging definition."""
    src = _source(s, company_id, as_of, definition)
    return None if src is None else _summary(s, company_id, as_of, src)


# --- one customer's open items --------------------------------------------------------------------------------


def collection_items(s: Session, company_id: int, customer: object, as_of: dt.date) -> list[CollectionItem]:
    """The customer's transactions open on the date, the oldest due first, with their balance on that date
    (definitions.AsOf), whether and how long they are overdue then, and their collection status."""
    cust = lookup.by_code(s, Customer, company_id, customer, "customer")
    cut = definitions.as_of(as_of, select(CT.id).where(CT.company_id == company_id, CT.customer_id == cust.id))
    due = definitions.falls_due()
    state = CollectionState
    q = cut.join(
        select(
            CT.number,
            CT.kind,
            CT.date,
            CT.due_date,
            CT.currency,
            CT.amount,
            cut.balance,
            due,
            case((cut.is_overdue(), 1), else_=0),
            state.status,
            state.promise_date,
            state.promise_amount,
            state.letter_step,
        ).outerjoin(state, state.transaction_id == CT.id)
    )
    q = q.where(CT.company_id == company_id, CT.customer_id == cust.id, cut.is_open()).order_by(due, CT.number)
    return [
        CollectionItem(
            number=number,
            kind=kind,
            date=date,
            due_date=due_date,
            currency=currency,
            amount=amount,
            balance=balance,
            days_overdue=(as_of - falls_due).days if overdue else None,
            status=status or "",
            promise_date=promise_date,
            promise_amount=promise_amount,
            letter_step=int(step or 0),
        )
        for (
            number,
            kind,
            date,
            due_date,
            currency,
            amount,
            balance,
            falls_due,
            overdue,
            status,
            promise_date,
            promise_amount,
            step,
        ) in s.execute(q)
    ]
