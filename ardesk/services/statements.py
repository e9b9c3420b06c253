"""Customer statements (DOMAIN 10): opening balance, the movements with a running balance, open items and aging."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session, aliased

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import Company, Customer, Settlement
from ardesk.models import CustomerTransaction as CT
from ardesk.reports.documents import AgingBucketDoc, OpenItemDoc, StatementDoc, StatementLineDoc
from ardesk.services import aging, definitions, lookup, printing
from ardesk.services.adjustments import ADJUSTMENT_KINDS
from ardesk.services.text import a_date

# Currency (DOMAIN 10 "in the customer's currency"): a statement lists the transactions of ONE currency, by
# default the customer's own, with a running balance in that currency; settlement never crosses currencies
# (settlements.apply), so each currency's balance stands on its own, exact to the minor unit. A customer with
# transactions in another currency gets one more statement per such currency (Statement.other_currencies names
# them; the batch selects (customer, currency) pairs). Nothing is converted.

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class StatementLine:
    """A transaction of the period; amount signed (a payment or credit note is negative), balance the
    running balance after it."""

    date: dt.date
    number: str
    kind: str  # invoice | credit_note | payment | cash_discount | interest_note | fee | write_off | ...
    amount: Decimal
    balance: Decimal
    due_date: dt.date | None = None
    description: str = ""  # the adjusted document of an adjustment, else the transaction's reference


@dataclass(frozen=True)
class StatementItem:
    """An item open at the end date, with its balance as of that date (definitions.as_of)."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    amount: Decimal
    balance: Decimal
    days_overdue: int  # end date minus the date it falls due; negative: not due yet
    overdue: bool  # definitions: open, a debit, and falls due before the end date


@dataclass(frozen=True)
class Statement:
    """A customer's statement for [start, end] in one currency (DOMAIN 10)."""

    customer: str  # account
    name: str
    currency: str
    start: dt.date
    end: dt.date
    opening_balance: Decimal  # everything dated before start
    lines: tuple[StatementLine, ...]
    closing_balance: Decimal  # opening balance + the lines = everything dated on or before end
    open_items: tuple[StatementItem, ...]
    aging: dict[str, Decimal] = field(hash=False)  # label -> balance as of end, the default definition's order
    aging_currency: str = ""  # the currency of the aging figures: the accounting currency (see aging_of)
    overdue: Decimal = ZERO  # of the open items, what is overdue on the end date
    other_currencies: tuple[str, ...] = ()  # currencies with a statement of their own for the same period


def period(start: object, end: object) -> tuple[dt.date, dt.date]:
    """The statement period, checked: two dates, start not after end."""
    first, last = a_date(start, "start"), a_date(end, "end")
    if first > last:
        raise ValidationError("start", "{first} is after the end date {last}", first=first, last=last)
    return first, last


def statement(
    s: Session, company: Company, customer: Customer, start: dt.date, end: dt.date, currency: str | None = None
) -> Statement:
    """The customer's statement for [start, end] in `currency` (default: the customer's currency)."""
    return statements_of(s, company, [customer], [(customer.id, currency or customer.currency)], start, end)[0]


def statements_of(
    s: Session,
    company: Company,
    customers: Sequence[Customer],
    pairs: Sequence[tuple[int, str]],
    start: dt.date,
    end: dt.date,
) -> list[Statement]:
    """The statements of (customer id, currency) pairs for [start, end], in their order; customers: the rows of
    those ids. Each figure is read for up to 500 customers at once (one query per kind of figure, whatever
    their number): a batch costs a few queries per 500 statements, not per statement.

    Opening balances are SQL sums over the customers' transactions (no pass over their history in Python); a
    transaction belongs to the period by its posting date (CustomerTransaction.date), the date "balance as of"
    uses too, so a closing balance equals its open items' balances as of end (definitions.as_of)."""
    by_id = {c.id: c for c in customers}
    out: dict[tuple[int, str], Statement] = {}
    for part in lookup.chunks(list(dict.fromkeys(pairs))):
        ids = list(dict.fromkeys(cid for cid, _ in part))
        figures = _Figures.read(s, company, ids, start, end)
        for cid, currency in part:
            out[(cid, currency)] = figures.statement(by_id[cid], currency, start, end, company.currency)
    return [out[pair] for pair in pairs]


@dataclass
class _Figures:
    """What a chunk of customers' statements are made of, each kind read by one query for all of them."""

    opening: dict[tuple[int, str], Decimal]
    rows: dict[tuple[int, str], list]
    targets: dict[int, str]
    items: dict[tuple[int, str], list[StatementItem]]
    aging: dict[str, dict[str, Decimal]]  # by customer account
    labels: tuple[str, ...]
    currencies: dict[int, list[str]]  # currencies with a balance at end or a movement in the period

    @classmethod
    def read(cls, s: Session, company: Company, ids: list[int], start: dt.date, end: dt.date) -> _Figures:
        theirs = and_(CT.company_id == company.id, CT.customer_id.in_(ids))
        key = (CT.customer_id, CT.currency)
        # per customer and currency, one pass: the opening balance (SUM before start, in the Money type: exact),
        # the closing balance and the last date, which tell the currencies with a statement of their own
        before = type_coerce(func.sum(case((CT.date < start, CT.amount), else_=0)), CT.amount.type)
        opening: dict[tuple[int, str], Decimal] = {}
        currencies: dict[int, list[str]] = {}
        for cid, cur, amount, closing, last in s.execute(
            select(*key, before, func.sum(CT.amount), func.max(CT.date))
            .where(theirs, CT.date <= end)
            .group_by(*key)
            .order_by(*key)
        ).all():
            opening[(cid, cur)] = amount
            if closing != 0 or last >= start:
                currencies.setdefault(cid, []).append(cur)
        rows: dict[tuple[int, str], list] = {}
        for r in s.execute(
            select(*key, CT.id, CT.date, CT.number, CT.kind, CT.amount, CT.due_date, CT.reference)
            .where(theirs, CT.date >= start, CT.date <= end)
            .order_by(CT.customer_id, CT.currency, CT.date, CT.id)
        ).all():
            rows.setdefault((r.customer_id, r.currency), []).append(r)
        adjustments = [r.id for found in rows.values() for r in found if r.kind in ADJUSTMENT_KINDS]
        definition = aging.resolve_definition(s, company.id)
        aged = aging.aging_rows(s, company.id, end, definition, customers=ids, include_zero=True)
        return cls(
            opening=opening,
            rows=rows,
            targets=_adjusted_documents(s, adjustments),
            items=_open_items(s, company.id, ids, end),
            aging={row.customer: dict(row.buckets) for row in aged},
            labels=definition.labels,
            currencies=currencies,
        )

    def statement(self, customer: Customer, currency: str, start: dt.date, end: dt.date, accounting: str) -> Statement:
        pair = (customer.id, currency)
        opening = self.opening.get(pair, ZERO)
        lines, balance = [], opening
        for r in self.rows.get(pair, []):
            balance += r.amount
            description = self.targets.get(r.id) or r.reference or ""
            lines.append(StatementLine(r.date, r.number, r.kind, r.amount, balance, r.due_date, description))
        items = tuple(self.items.get(pair, []))
        return Statement(
            customer=customer.account,
            name=customer.name,
            currency=currency,
            start=start,
            end=end,
            opening_balance=opening,
            lines=tuple(lines),
            closing_balance=balance,
            open_items=items,
            # the aging (services.aging) is the company's view: every open item, in the accounting currency
            aging=self.aging.get(customer.account) or dict.fromkeys(self.labels, ZERO),
            aging_currency=accounting,
            overdue=sum((i.balance for i in items if i.overdue), ZERO),
            other_currencies=tuple(c for c in self.currencies.get(customer.id, ()) if c != currency),
        )


def _open_items(
    s: Session, company_id: int, ids: list[int], end: dt.date
) -> dict[tuple[int, str], list[StatementItem]]:
    """(customer id, currency) -> the items open at the end of `end`, each with its balance as of that day
    (definitions.as_of: settlements dated later ignored, those undone later still counted), oldest due first."""
    theirs = select(CT.id).where(CT.company_id == company_id, CT.customer_id.in_(ids))
    cut = definitions.as_of(end, among=theirs)
    due = definitions.falls_due()
    q = cut.join(
        select(
            CT.customer_id,
            CT.currency,
            CT.number,
            CT.kind,
            CT.date,
            CT.due_date,
            due,
            CT.amount,
            cut.balance,
            cut.is_overdue(),
        )
        .select_from(CT)
        .where(CT.company_id == company_id, CT.customer_id.in_(ids), cut.is_open())
        .order_by(CT.customer_id, CT.currency, due, CT.date, CT.id)
    )
    out: dict[tuple[int, str], list[StatementItem]] = {}
    for cid, cur, number, kind, date, due_date, falls_due, amount, balance, overdue in s.execute(q).all():
        item = StatementItem(number, kind, date, due_date, amount, balance, (end - falls_due).days, bool(overdue))
        out.setdefault((cid, cur), []).append(item)
    return out


def _adjusted_documents(s: Session, ids: Sequence[int]) -> dict[int, str]:
    """Adjustment transaction id -> the number of the document it adjusted (its settlement's other side):
    "Cash discount INV-0001", "Write-off INV-0002", "Reversal PAY-0003"."""
    found: dict[int, str] = {}
    other = aliased(CT)
    for chunk in lookup.chunks(list(ids), 250):  # each id is bound twice
        as_credit = (
            select(Settlement.id, Settlement.credit_id.label("adj"), other.number)
            .join(other, other.id == Settlement.debit_id)
            .where(Settlement.credit_id.in_(chunk))
        )
        as_debit = (
            select(Settlement.id, Settlement.debit_id.label("adj"), other.number)
            .join(other, other.id == Settlement.credit_id)
            .where(Settlement.debit_id.in_(chunk))
        )
        both = union_all(as_credit, as_debit).subquery()
        for _, adj, number in s.execute(select(both).order_by(both.c.id)).all():
            found.setdefault(adj, number)  # the first settlement: the one that made the adjustment
    return found


# --- the batch --------------------------------------------------------------------------------------


def select_statements(
    s: Session,
    company_id: int,
    start: dt.date,
    end: dt.date,
    *,
    customer_ids: Sequence[int] | None = None,
    group_id: int | None = None,
    with_balance_only: bool = True,
) -> list[tuple[int, str]]:
    """(customer id, currency) of every statement of a batch, in account order, the customer's own currency
    first: those with a closing balance (with_balance_only), else also those with a transaction in the
    period; among the given customers or one customer group. One grouped query."""
    closing = func.sum(CT.amount)
    q = (
        select(CT.customer_id, CT.currency)
        .join(Customer, Customer.id == CT.customer_id)
        .where(CT.company_id == company_id, CT.date <= end)
        .group_by(CT.customer_id, CT.currency, Customer.account, Customer.currency)
        .order_by(Customer.account, (CT.currency != Customer.currency), CT.currency)
    )
    q = q.having(closing != 0 if with_balance_only else or_(closing != 0, func.max(CT.date) >= start))
    if group_id is not None:
        q = q.where(Customer.group_id == group_id)
    if customer_ids is None:
        return [(r[0], r[1]) for r in s.execute(q).all()]
    found: list[tuple[int, str]] = []
    for chunk in lookup.chunks(list(customer_ids)):
        found += [(r[0], r[1]) for r in s.execute(q.where(CT.customer_id.in_(chunk))).all()]
    order = {cid: i for i, cid in enumerate(customer_ids)}
    return sorted(found, key=lambda pair: order[pair[0]])


def customer_ids(s: Session, company_id: int, accounts: Sequence[object], field: str) -> list[int]:
    """The ids of customer accounts, read 500 at a time; an unknown one raises NotFoundError naming it
    (field[i])."""
    texts = [lookup.code_text(a, f"{field}[{i}]", max_len=30) for i, a in enumerate(accounts)]
    found: dict[str, int] = {}
    for chunk in lookup.chunks(list(dict.fromkeys(texts))):
        q = select(Customer.account, Customer.id).where(Customer.company_id == company_id, Customer.account.in_(chunk))
        found.update((account, cid) for account, cid in s.execute(q).all())
    for i, text in enumerate(texts):
        if text not in found:
            raise NotFoundError(f"{field}[{i}]", "there is no customer {text!r}", text=text)
    return [found[text] for text in texts]


def file_keys(s: Session, pairs: Sequence[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """The name of each statement's file (reports.batch.file_name makes it safe) -> its (customer id,
    currency): the account, with "-CUR" for a currency other than the customer's own."""
    ids = list(dict.fromkeys(cid for cid, _ in pairs))
    own: dict[int, tuple[str, str]] = {}
    for chunk in lookup.chunks(ids):
        q = select(Customer.id, Customer.account, Customer.currency).where(Customer.id.in_(chunk))
        own.update((cid, (account, currency)) for cid, account, currency in s.execute(q).all())
    keys = {}
    for cid, currency in pairs:
        account, theirs = own[cid]
        keys[account if currency == theirs else f"{account}-{currency}"] = (cid, currency)
    return keys


# --- printing ---------------------------------------------------------------------------------------


def gather_statement(
    s: Session, company: Company, customer: Customer, start: dt.date, end: dt.date, currency: str | None = None
) -> StatementDoc:
    """The statement as printed (see document)."""
    return document(company, customer, statement(s, company, customer, start, end, currency))


def gather_many(
    s: Session, company: Company, pairs: Sequence[tuple[int, str]], start: dt.date, end: dt.date
) -> list[StatementDoc]:
    """The printed statements of (customer id, currency) pairs (select_statements), read a chunk at a time."""
    ids = list(dict.fromkeys(cid for cid, _ in pairs))
    customers: dict[int, Customer] = {}
    for chunk in lookup.chunks(ids):
        customers.update((c.id, c) for c in s.scalars(select(Customer).where(Customer.id.in_(chunk))))
    found = statements_of(s, company, list(customers.values()), pairs, start, end)
    return [document(company, customers[cid], st) for (cid, _), st in zip(pairs, found, strict=True)]


def document(company: Company, customer: Customer, st: Statement) -> StatementDoc:
    """The statement as printed: the invoice's letterhead and address block (services.printing), the
    customer's language, the customer's account as the payment reference."""
    language = customer.language if customer.language in ("en", "nl") else "en"
    return StatementDoc(
        company=printing.letterhead(company),
        customer=printing.addressee(customer),
        language=language,
        currency=st.currency,
        start=st.start,
        end=st.end,
        opening_balance=st.opening_balance,
        lines=tuple(
            StatementLineDoc(
                line.date, line.number, line.kind, line.description, line.due_date, line.amount, line.balance
            )
            for line in st.lines
        ),
        closing_balance=st.closing_balance,
        open_items=tuple(
            OpenItemDoc(i.number, i.kind, i.date, i.due_date, i.amount, i.balance, i.days_overdue)
            for i in st.open_items
        ),
        aging=tuple(AgingBucketDoc(aging.printed_label(label, language), amount) for label, amount in st.aging.items()),
        payment_reference=customer.account,
        overdue=st.overdue,
        # "": the aging splits this statement's closing balance; else it adds up every currency, converted
        aging_currency="" if st.aging_currency == st.currency and not st.other_currencies else st.aging_currency,
        other_currencies=st.other_currencies,
    )
