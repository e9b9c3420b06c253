"""Aging (DOMAIN 5.1): period definitions, each customer's aged balance computed by the database, snapshots.

The rules, in one place:

* Amounts are balances as of the as-of date (services.definitions.AsOf: settlements dated after it are not
  counted, settlements undone after it still are), in the **accounting currency** (balance_acc): customers
  in several currencies add up, and the figures agree with the ledger and the aging summary. A customer's
  own currency is what the statement shows; the aging is the company's view.
* An item's age is the number of days from its basis date to the as-of date: the date it falls due
  (definitions.falls_due: the due date, else the document date) or its document date, as the definition says.
  A bucket (label, from_days, to_days) holds the items whose age is from from_days to to_days, both
  included; None leaves that end open. "Current" (None, 0) therefore holds what is due on the as-of date
  and everything not yet due.
* Every item is open as of the date (definitions.AsOf.is_open), debit or credit: a credit note or an
  unapplied payment is negative and reduces the bucket it falls in.
* A definition covers every age exactly once (the first bucket starts open, each next one starts the day
  after the previous ends, the last ends open), so the buckets of a customer add up to its total.
* Which definition: the one named, else the company's default, else the first by code (DOMAIN 5.1; customer
  pools, which may name one, come later).
* The database does the work: one GROUP BY customer query with one SUM(CASE ...) per bucket
  (bucket_sums), the same expressions the company-wide aging summary (queries.aging_summary) uses.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import ColumnElement, Subquery, and_, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import (
    AgingBucket,
    AgingDefinition,
    AgingSnapshot,
    AgingSnapshotCustomer,
    AgingSnapshotLine,
    Company,
    Customer,
)
from ardesk.models import CustomerTransaction as CT
from ardesk.models.base import table
from ardesk.reports.documents import AgingCustomerDoc, AgingReportDoc
from ardesk.services import definitions, lookup, printing
from ardesk.services.setup_cache import remembered
from ardesk.services.text import name_text

ZERO = Decimal("0.00")
#: What an item's age is counted from: definitions.falls_due() or the document date.
BASES = ("due_date", "document_date")
#: Buckets a definition may have (the screen and the CSV file show them all).
MAX_BUCKETS = 12
#: Buckets the printed aging report has room for (DOMAIN 5.1).
PRINTED_BUCKETS = 6
#: The widest bucket bound, in days (100 years either way).
MAX_DAYS = 36_500


class Bucket(NamedTuple):
    """One period of an aging definition: the items from_days to to_days days (both included) past their
    basis date; None leaves that end open. A plain (label, from_days, to_days) tuple, as the API takes it."""

    label: str
    from_days: int | None
    to_days: int | None


@dataclass(frozen=True)
class AgingDefinitionRow:
    """An aging period definition as the set-up list shows it; buckets in their order."""

    code: str
    basis: str  # due_date | document_date
    default: bool
    buckets: tuple[Bucket, ...]
    id: int = field(default=0, compare=False, repr=False)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(b.label for b in self.buckets)


@dataclass(frozen=True)
class AgingRow:
    """One customer's aged balance as of a date, in the accounting currency: buckets {label: amount} in the
    definition's order (they add up to total); overdue: the part past due (definitions.AsOf.is_overdue:
    debits that fell due before the date; credits are never overdue); credit_limit in the accounting
    currency too (None: no limit)."""

    customer: str  # the customer account
    name: str
    buckets: dict[str, Decimal] = field(hash=False)
    total: Decimal
    overdue: Decimal = ZERO
    credit_limit: Decimal | None = None

    @property
    def over_credit_limit(self) -> bool:
        """The total is above the customer's credit limit."""
        return self.credit_limit is not None and self.total > self.credit_limit


@dataclass(frozen=True)
class AgingSnapshotInfo:
    """A stored aging (DOMAIN 5.1 snapshot): the rows as they were on as_of, taken on taken_on."""

    definition: str
    basis: str
    as_of: dt.date
    taken_on: dt.date
    labels: tuple[str, ...]
    rows: list[AgingRow] = field(hash=False)


# --- definitions -------------------------------------------------------------------------------------


def check_basis(value: object) -> str:
    if value not in BASES:
        raise ValidationError("basis", "must be 'due_date' or 'document_date', got {value!r}", value=value)
    return value  # type: ignore[return-value]


def check_buckets(buckets: object) -> tuple[Bucket, ...]:
    """Validated buckets: labels unique and not empty, bounds whole days, ascending, contiguous and
    covering every age (first starts open, each next starts the day after the previous ends, last ends open)."""
    if not isinstance(buckets, list | tuple) or not 1 <= len(buckets) <= MAX_BUCKETS:
        raise ValidationError(
            "buckets",
            "give 1 to {max_buckets} (label, from_days, to_days) buckets",
            max_buckets=MAX_BUCKETS,
        )
    out: list[Bucket] = []
    for i, bucket in enumerate(buckets):
        where = f"buckets[{i}]"
        if not isinstance(bucket, list | tuple) or len(bucket) != 3:
            raise ValidationError(where, "must be (label, from_days, to_days)")
        label, low, high = bucket
        label = name_text(label, f"{where}.label", max_len=40)
        if any(label.casefold() == b.label.casefold() for b in out):
            raise ValidationError(f"{where}.label", "{label!r} is the label of an earlier bucket", label=label)
        for name, v in (("from_days", low), ("to_days", high)):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not -MAX_DAYS <= v <= MAX_DAYS):
                raise ValidationError(
                    f"{where}.{name}",
                    "must be a whole number of days (at most {max_days}) or None",
                    max_days=MAX_DAYS,
                )
        if low is not None and high is not None and high < low:
            raise ValidationError(f"{where}.to_days", "must not be before from_days")
        if not out and low is not None:
            raise ValidationError(f"{where}.from_days", "must be None: the first bucket takes every younger item")
        if out:
            end = out[-1].to_days
            if end is None:
                raise ValidationError(f"buckets[{i - 1}].to_days", "only the last bucket may be open-ended (None)")
            if low != end + 1:
                raise ValidationError(
                    f"{where}.from_days",
                    "must be {day}: the day after the previous bucket ends (no gap, no overlap)",
                    day=end + 1,
                )
        out.append(Bucket(label, low, high))
    if out[-1].to_days is not None:
        raise ValidationError(f"buckets[{len(out) - 1}].to_days", "must be None: the last bucket takes all older items")
    return tuple(out)


def create_definition(
    s: Session, company: Company, code: object, buckets: object, *, basis: object = "due_date", default: bool = False
) -> AgingDefinition:
    """A new aging period definition; default=True makes it the company's default (and no other)."""
    code = lookup.code_text(code, "code")
    if _definition_row(s, company.id, code) is not None:
        raise ValidationError("code", "{code!r} already exists", code=code)
    basis = check_basis(basis)
    checked = check_buckets(buckets)
    if not isinstance(default, bool):
        raise ValidationError("default", "must be True or False, got {default!r}", default=default)
    if default:
        _clear_default(s, company.id)
    row = AgingDefinition(company_id=company.id, code=code, basis=basis, is_default=default)
    s.add(row)
    s.flush()
    _write_buckets(s, row.id, checked)
    return row


def update_definition(
    s: Session, company: Company, code: object, *, buckets: object = None, basis: object = None
) -> AgingDefinitionRow:
    """Replace the buckets and/or the basis of a definition (None: keep). Its snapshot, taken with the old
    ones, is dropped."""
    row = _existing(s, company.id, code, "code")
    checked = check_buckets(buckets) if buckets is not None else None
    new_basis = check_basis(basis) if basis is not None else row.basis
    if checked is not None:
        s.execute(delete(AgingBucket).where(AgingBucket.definition_id == row.id))
        _write_buckets(s, row.id, checked)
    if checked is not None or new_basis != row.basis:
        row.basis = new_basis
        _drop_snapshot(s, company.id, row.id)
    s.flush()
    return _load(s, row)


def set_default_definition(s: Session, company: Company, code: object) -> None:
    """Make the definition the company's default (the parameter default_aging_period_definition)."""
    row = _existing(s, company.id, code, "code")
    _clear_default(s, company.id)
    row.is_default = True
    s.flush()


def delete_definition(s: Session, company: Company, code: object) -> None:
    """Delete a definition and its snapshot. The company keeps at least one (statements and the
    collections page age by it); deleting the default leaves the first by code to be used."""
    row = _existing(s, company.id, code, "code")
    others = s.scalar(
        select(func.count(AgingDefinition.id)).where(
            AgingDefinition.company_id == company.id, AgingDefinition.id != row.id
        )
    )
    if not others:
        raise ValidationError("code", "{code!r} is the only aging definition; create another one first", code=row.code)
    _drop_snapshot(s, company.id, row.id)
    s.execute(delete(AgingBucket).where(AgingBucket.definition_id == row.id))
    s.delete(row)
    s.flush()


def definitions_list(s: Session, company_id: int) -> list[AgingDefinitionRow]:
    """Every aging definition of the company, by code, with its buckets."""
    rows = s.scalars(
        select(AgingDefinition).where(AgingDefinition.company_id == company_id).order_by(AgingDefinition.code)
    ).all()
    buckets = _buckets_of(s, [r.id for r in rows])
    return [_row(r, buckets.get(r.id, ())) for r in rows]


def find_definition(s: Session, company_id: int, code: object = None) -> AgingDefinitionRow | None:
    """The definition named `code`, else (code None) the default, else the first by code; None if there is
    no such definition. Remembered per set-up version (a set-up table: its changes raise the version)."""
    name = None if code is None else lookup.code_text(code, "definition")

    def load() -> AgingDefinitionRow | None:
        row = _definition_row(s, company_id, name)
        return None if row is None else _load(s, row)

    return remembered(s, company_id, ("aging_definition", name), load)


def resolve_definition(s: Session, company_id: int, code: object = None) -> AgingDefinitionRow:
    """find_definition, raising NotFoundError (field "definition") when there is none."""
    found = find_definition(s, company_id, code)
    if found is None:
        if code is not None:
            raise NotFoundError("definition", "there is no aging definition {code!r}", code=code)
        raise NotFoundError("definition", "there is no aging definition in this company")
    return found


def _definition_row(s: Session, company_id: int, code: str | None) -> AgingDefinition | None:
    q = select(AgingDefinition).where(AgingDefinition.company_id == company_id)
    if code is not None:
        q = q.where(AgingDefinition.code == code)
    else:  # DOMAIN 5.1: the default, else the first in the list
        q = q.order_by(AgingDefinition.is_default.desc(), AgingDefinition.code)
    return s.scalars(q.limit(1)).first()


def _existing(s: Session, company_id: int, code: object, field: str) -> AgingDefinition:
    name = lookup.code_text(code, field)
    row = _definition_row(s, company_id, name)
    if row is None:
        raise NotFoundError(field, "there is no aging definition {name!r}", name=name)
    return row


def _clear_default(s: Session, company_id: int) -> None:
    s.execute(
        update(AgingDefinition)
        .where(AgingDefinition.company_id == company_id, AgingDefinition.is_default.is_(True))
        .values(is_default=False)
        .execution_options(synchronize_session="fetch")
    )


def _write_buckets(s: Session, definition_id: int, buckets: Sequence[Bucket]) -> None:
    s.add_all(
        AgingBucket(definition_id=definition_id, seq=i, label=b.label, from_days=b.from_days, to_days=b.to_days)
        for i, b in enumerate(buckets)
    )
    s.flush()


def _buckets_of(s: Session, ids: Sequence[int]) -> dict[int, tuple[Bucket, ...]]:
    out: dict[int, list[Bucket]] = {}
    if ids:
        q = (
            select(AgingBucket.definition_id, AgingBucket.label, AgingBucket.from_days, AgingBucket.to_days)
            .where(AgingBucket.definition_id.in_(list(ids)))
            .order_by(AgingBucket.definition_id, AgingBucket.seq)
        )
        for definition_id, label, low, high in s.execute(q).all():
            out.setdefault(definition_id, []).append(Bucket(label, low, high))
    return {k: tuple(v) for k, v in out.items()}


def _load(s: Session, row: AgingDefinition) -> AgingDefinitionRow:
    return _row(row, _buckets_of(s, [row.id]).get(row.id, ()))


def _row(row: AgingDefinition, buckets: tuple[Bucket, ...]) -> AgingDefinitionRow:
    return AgingDefinitionRow(row.code, row.basis, bool(row.is_default), buckets, row.id)


# --- the bucket bounds in SQL (the one copy) ------------------------------------------------------------


def basis_date(basis: str) -> ColumnElement[dt.date]:
    """The date an item's age is counted from: definitions.falls_due() (due_date) or its document date."""
    return CT.document_date.expression if basis == "document_date" else definitions.falls_due()


def bucket_condition(basis: str, as_of: dt.date, bucket: Bucket) -> ColumnElement[bool] | None:
    """True for the items whose age on as_of (days past their basis date) is within the bucket; None when
    the bucket takes every item. The bounds become dates, so SQLite and PostgreSQL run the same query
    without date arithmetic."""
    day, conditions = basis_date(basis), []
    if bucket.to_days is not None:  # at most to_days past the basis date
        conditions.append(day >= as_of - dt.timedelta(days=bucket.to_days))
    if bucket.from_days is not None:  # at least from_days past the basis date
        conditions.append(day <= as_of - dt.timedelta(days=bucket.from_days))
    return and_(*conditions) if conditions else None


def bucket_sums(
    definition: AgingDefinitionRow, as_of: dt.date, amount: ColumnElement[Decimal]
) -> list[ColumnElement[Decimal]]:
    """SUM(amount) per bucket, in the definition's order (NULL for a bucket without items)."""
    out: list[ColumnElement[Decimal]] = []
    for bucket in definition.buckets:
        condition = bucket_condition(definition.basis, as_of, bucket)
        out.append(func.sum(amount if condition is None else case((condition, amount), else_=None)))
    return out


# --- aging per customer -----------------------------------------------------------------------------------


def aggregate(
    company_id: int,
    as_of: dt.date,
    definition: AgingDefinitionRow,
    customers: Sequence[int] | None = None,
    *,
    include_zero: bool = False,
) -> Subquery:
    """One row per customer with items open as of the date: customer_id, b0..bn (the buckets), total and
    overdue, all in the accounting currency; include_zero=False leaves out the customers whose total is 0."""
    among = None
    if customers is not None:
        among = select(CT.id).where(CT.company_id == company_id, CT.customer_id.in_(list(customers)))
    cut = definitions.as_of(as_of, among)
    amount = cut.balance_acc
    total = func.sum(amount)
    q = cut.join(
        select(
            CT.customer_id.label("customer_id"),
            *(sum_.label(f"b{i}") for i, sum_ in enumerate(bucket_sums(definition, as_of, amount))),
            total.label("total"),
            func.sum(case((cut.is_overdue(), amount), else_=None)).label("overdue"),
        ).select_from(CT)
    ).where(CT.company_id == company_id, cut.is_open())
    if customers is not None:
        q = q.where(CT.customer_id.in_(list(customers)))
    q = q.group_by(CT.customer_id)
    if not include_zero:
        q = q.having(total != 0)
    return q.subquery("aging")


def aging_rows(
    s: Session,
    company_id: int,
    as_of: dt.date,
    definition: str | AgingDefinitionRow | None = None,
    customers: Sequence[int] | None = None,
    *,
    include_zero: bool = False,
) -> list[AgingRow]:
    """Each customer's aged balance as of the date, by customer account (the module docstring has the
    rules). definition: a code, a resolved definition, or None for the default; customers: only these
    customer ids (a statement asks for one); include_zero: also customers whose balance adds up to 0."""
    found = definition if isinstance(definition, AgingDefinitionRow) else resolve_definition(s, company_id, definition)
    if customers is not None and len(customers) > 500:  # bounded IN-lists (SQLite's parameter limit)
        rows = [
            row
            for part in lookup.chunks(list(customers))
            for row in aging_rows(s, company_id, as_of, found, part, include_zero=include_zero)
        ]
        return sorted(rows, key=lambda r: r.customer)
    agg = aggregate(company_id, as_of, found, customers, include_zero=include_zero)
    q = (
        select(Customer.account, Customer.name, Customer.credit_limit, agg)
        .join(agg, agg.c.customer_id == Customer.id)
        .order_by(Customer.account)
    )
    return [_aging_row(found.labels, account, name, limit, rest) for account, name, limit, _, *rest in s.execute(q)]


def _aging_row(
    labels: Sequence[str], account: str, name: str, limit: Decimal | None, values: Sequence[Decimal | None]
) -> AgingRow:
    """values: the bucket sums in order, then total and overdue (NULL sums are 0)."""
    amounts = [ZERO if v is None else v for v in values]
    n = len(labels)
    return AgingRow(account, name, dict(zip(labels, amounts[:n], strict=True)), amounts[n], amounts[n + 1], limit)


# --- snapshots -----------------------------------------------------------------------------------------------


def take_snapshot(
    s: Session,
    company: Company,
    as_of: dt.date,
    definition: object = None,
    *,
    taken_on: dt.date,
    include_zero: bool = False,
) -> AgingSnapshotInfo:
    """Store the aging as of the date as the definition's snapshot, replacing the one it had (one active
    snapshot per definition and company). The aggregated rows are read once and written in two bulk
    INSERTs (header per customer, line per non-empty bucket): what aging_rows gives, by construction."""
    found = resolve_definition(s, company.id, definition)
    _drop_snapshot(s, company.id, found.id)
    snapshot = AgingSnapshot(
        company_id=company.id, definition_id=found.id, as_of=as_of, basis=found.basis, taken_on=taken_on
    )
    s.add(snapshot)
    s.flush()
    agg = aggregate(company.id, as_of, found, include_zero=include_zero)
    q = select(Customer.credit_limit, agg).join(agg, agg.c.customer_id == Customer.id)
    n = len(found.buckets)
    headers, lines = [], []
    for limit, customer_id, *values in s.execute(q):
        total, overdue = values[n], values[n + 1]
        headers.append(
            {
                "snapshot_id": snapshot.id,
                "customer_id": customer_id,
                "total": total or ZERO,
                "overdue": overdue or ZERO,
                "credit_limit": limit,
            }
        )
        lines += [
            {"snapshot_id": snapshot.id, "customer_id": customer_id, "seq": seq, "amount": amount}
            for seq, amount in enumerate(values[:n])
            if amount
        ]
    if headers:
        s.execute(insert(table(AgingSnapshotCustomer)), headers)
    if lines:
        s.execute(insert(table(AgingSnapshotLine)), lines)
    info = read_snapshot(s, company.id, found)
    assert info is not None
    return info


def read_snapshot(
    s: Session, company_id: int, definition: str | AgingDefinitionRow | None = None
) -> AgingSnapshotInfo | None:
    """The stored snapshot of the definition (default: the default one), or None when none was taken. The
    buckets are pivoted back into columns by the database; account and name are today's."""
    found = definition if isinstance(definition, AgingDefinitionRow) else resolve_definition(s, company_id, definition)
    snapshot = s.scalar(
        select(AgingSnapshot).where(AgingSnapshot.company_id == company_id, AgingSnapshot.definition_id == found.id)
    )
    if snapshot is None:
        return None
    line, head = AgingSnapshotLine, AgingSnapshotCustomer
    pivot = (
        select(line.customer_id, *(func.sum(case((line.seq == i, line.amount))) for i in range(len(found.buckets))))
        .where(line.snapshot_id == snapshot.id)
        .group_by(line.customer_id)
        .subquery("lines")
    )
    q = (
        select(Customer.account, Customer.name, head.credit_limit, *list(pivot.c)[1:], head.total, head.overdue)
        .join(head, head.customer_id == Customer.id)
        .outerjoin(pivot, pivot.c.customer_id == head.customer_id)
        .where(head.snapshot_id == snapshot.id)
        .order_by(Customer.account)
    )
    rows = [_aging_row(found.labels, account, name, limit, rest) for account, name, limit, *rest in s.execute(q)]
    return AgingSnapshotInfo(found.code, snapshot.basis, snapshot.as_of, snapshot.taken_on, found.labels, rows)


def _drop_snapshot(s: Session, company_id: int, definition_id: int) -> None:
    """Delete the definition's snapshot: its lines, its customer headers, itself (three set-based DELETEs)."""
    mine = (AgingSnapshot.company_id == company_id, AgingSnapshot.definition_id == definition_id)
    ids = select(AgingSnapshot.id).where(*mine)
    unsynced = {"synchronize_session": False}  # no snapshot row outlives the call that loaded it
    for model in (AgingSnapshotLine, AgingSnapshotCustomer):
        s.execute(delete(model).where(model.snapshot_id.in_(ids)), execution_options=unsynced)
    s.execute(delete(AgingSnapshot).where(*mine), execution_options=unsynced)


# --- the aging report and the CSV file ----------------------------------------------------------------------


def printed_label(label: str, language: str) -> str:
    """A bucket's label as printed: the default definition's English "Current" and "Over 90" in Dutch."""
    from ardesk.reports import texts

    key = {"Current": "aging_current", "Over 90": "aging_over_90"}.get(label)
    return texts.text(key, language) if key else label


def gather_report(
    s: Session, company: Company, as_of: dt.date, definition: object = None, language: str | None = None
) -> AgingReportDoc:
    """The aging report as printed (reports.aging): every customer with a balance, bucket totals, the
    invoice's letterhead; in the company's language unless another is asked for."""
    found = resolve_definition(s, company.id, definition)
    if len(found.buckets) > PRINTED_BUCKETS:
        raise ValidationError(
            "definition",
            "{code!r} has {count} buckets; the printed report has room for {printed_buckets}",
            code=found.code,
            count=len(found.buckets),
            printed_buckets=PRINTED_BUCKETS,
        )
    lang = _language(language or company.language)
    rows = aging_rows(s, company.id, as_of, found)
    totals = tuple(sum((r.buckets[label] for r in rows), ZERO) for label in found.labels)
    return AgingReportDoc(
        company=printing.letterhead(company),
        language=lang,
        currency=company.currency,
        as_of=as_of,
        definition=found.code,
        basis=found.basis,
        labels=tuple(printed_label(label, lang) for label in found.labels),
        rows=tuple(
            AgingCustomerDoc(r.customer, r.name, tuple(r.buckets.values()), r.total, r.credit_limit) for r in rows
        ),
        totals=totals,
        total=sum((r.total for r in rows), ZERO),
    )


#: Characters a spreadsheet reads as the start of a formula (CSV injection): such text gets a leading '.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: str) -> str:
    """Text that a spreadsheet shows as text: a leading = + - @ (or tab, carriage return) is neutralised."""
    return "'" + value if value.startswith(FORMULA_START) else value


def write_csv(
    path: str | os.PathLike[str], rows: Sequence[AgingRow], labels: Sequence[str], language: str, currency: str
) -> None:
    """The aging as a CSV file that Excel opens by double-click in the language's region: UTF-8 with a byte
    order mark (without it Excel reads ANSI); Dutch: ";" between cells and a decimal comma (Excel NL's list
    separator), English: "," and a decimal point. Amounts without thousands separators, so they stay
    numbers; text cells neutralised (spreadsheet_text). One row per customer, no total row, so the file
    sorts and sums as a table."""
    from ardesk.reports import texts

    lang = _language(language)
    comma = lang == "nl"

    def amount(value: Decimal | None) -> str:
        text = "" if value is None else f"{value:f}"
        return text.replace(".", ",") if comma else text

    header = [
        texts.text("aging_account", lang),
        texts.text("aging_name", lang),
        *(_csv_label(label, lang) for label in labels),
        texts.text("total", lang),
        texts.text("aging_overdue", lang),
        texts.text("aging_credit_limit", lang),
        texts.text("aging_currency", lang),
    ]
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if comma else ",", lineterminator="\r\n")
        writer.writerow([spreadsheet_text(cell) for cell in header])
        for row in rows:
            writer.writerow(
                [
                    spreadsheet_text(row.customer),
                    spreadsheet_text(row.name),
                    *(amount(row.buckets[label]) for label in labels),
                    amount(row.total),
                    amount(row.overdue),
                    amount(row.credit_limit),
                    currency,
                ]
            )


def _csv_label(label: str, language: str) -> str:
    """A bucket's column heading in the CSV file: a label of digits and dashes ("1-30") gets "days" after it,
    or Excel turns the heading into a date (30 January)."""
    from ardesk.reports import texts

    if any(ch.isdigit() for ch in label) and all(ch.isdigit() or ch in "-/. " for ch in label):
        return texts.text("aging_days", language, label=label)
    return printed_label(label, language)


def _language(value: object) -> str:
    if value not in ("en", "nl"):
        raise ValidationError("language", "must be 'en' or 'nl', got {value!r}", value=value)
    return value  # type: ignore[return-value]
