"""Read-only queries behind the Invoicing workspace: the filtered draft/posted list (ids first, rows on
demand), its totals and tab counts as SQL aggregates, and one invoice with its lines for the editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import (
    Account,
    AccountRole,
    CashDiscount,
    ChargeCode,
    Customer,
    CustomerGroup,
    CustomerTransaction,
    Invoice,
    InvoiceCharge,
    InvoiceLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.services import definitions

#: The list's status filters: every document, drafts only, posted ones, the posted ones still open,
#: and the ones overdue as of the date the filter carries (definitions: "open", "overdue as of").
STATUSES = ("all", "draft", "posted", "open", "overdue")
SORT_COLUMNS = ("number", "kind", "date", "customer", "name", "due_date", "amount", "balance")


@dataclass(frozen=True)
class InvoiceFilter:
    """What the list shows. Amounts compare with the signed document amount (credit notes negative)."""

    status: str = "all"
    #: The list's date ("today"): open, overdue and balances are as of its end (services.definitions);
    #: None: the documents as they stand now (no overdue tab).
    as_of: dt.date | None = None
    text: str = ""  # number, customer account or name
    customer: str | None = None  # a customer account
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    kinds: tuple[str, ...] = ("invoice", "credit_note")


@dataclass(frozen=True)
class InvoiceRow:
    """One draft or posted invoice/credit note. amount is signed (credit notes negative); balance and
    closed_date are None for drafts. With a date (invoice_rows as_of): balance is the balance as of
    that date and overdue says whether it is overdue on it; closed_date is always today's."""

    id: int
    status: str  # draft | posted
    number: str | None
    kind: str
    date: dt.date
    due_date: dt.date | None
    customer: str
    customer_name: str
    currency: str
    amount: Decimal
    balance: Decimal | None
    closed_date: dt.date | None
    correction: str | None = None
    recurrence_id: str | None = None
    overdue: bool = False


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class DetailLine:
    description: str
    quantity: Decimal
    unit_price: Decimal | None
    amount: Decimal
    account: str
    tax: str | None


@dataclass(frozen=True)
class DetailCharge:
    """A header charge of a draft or posted document (DOMAIN 2.11): as api.Charge takes it."""

    code: str
    amount: Decimal
    description: str


@dataclass(frozen=True)
class InvoiceDetail:
    """A draft or posted document as the editor loads it; codes as the API takes them."""

    id: int
    status: str
    kind: str
    number: str | None
    customer: str
    date: dt.date
    due_date: dt.date | None
    terms: str | None
    cash_discount: str | None
    currency: str
    notes: str | None
    original: str | None
    reason: str | None
    total: Decimal
    lines: tuple[DetailLine, ...] = field(default_factory=tuple)
    charges: tuple[DetailCharge, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CustomerChoice:
    account: str
    name: str
    terms: str | None  # the customer's own, else its group's
    cash_discount: str | None
    tax: str | None
    currency: str
    country: str | None = None  # ISO 3166; with the company's country: domestic or not (VAT)


@dataclass(frozen=True)
class AccountChoice:
    number: str
    name: str


@dataclass(frozen=True)
class TaxChoice:
    code: str
    description: str
    percent: Decimal
    kind: str = "standard"  # services.tax_texts.TAX_KINDS
    active: bool = True


# --- the list -----------------------------------------------------------------------------------


def _signed_amount() -> ColumnElement[Decimal]:
    """The document amount signed from the company's view: credit notes negative."""
    return case((Invoice.kind == "credit_note", -Invoice.total), else_=Invoice.total)


def _status_condition(status: str, cut: definitions.AsOf | None) -> ColumnElement[bool] | None:
    """The tab's condition: "open" and "overdue" as of the list's date (cut, joined by _filtered);
    without a date "open" is open now and there is no overdue list."""
    if status == "all":
        return None
    if status == "draft":
        return Invoice.status == "draft"
    if status == "posted":
        return Invoice.status == "posted"
    if status == "open":
        return and_(Invoice.status == "posted", cut.is_open() if cut is not None else definitions.is_open())
    if status == "overdue":
        if cut is None:
            raise ValidationError("as_of", "the overdue list needs a date")
        return and_(Invoice.status == "posted", cut.is_overdue())
    raise ValidationError("status", "must be one of {choices}", choices=", ".join(STATUSES))


def _cut(f: InvoiceFilter) -> definitions.AsOf | None:
    return definitions.as_of(f.as_of) if f.as_of is not None else None


def _balance(cut: definitions.AsOf | None) -> ColumnElement[Decimal]:
    return cut.balance if cut is not None else CustomerTransaction.balance.expression


def _filtered(
    q: Select, company_id: int, f: InvoiceFilter, cut: definitions.AsOf | None, *, with_status: bool = True
) -> Select:
    """q over the filtered documents; cut: the as-of view of the filter's date (_cut), which q may use."""
    q = q.join(Customer, Customer.id == Invoice.customer_id).outerjoin(
        CustomerTransaction, CustomerTransaction.id == Invoice.transaction_id
    )
    if cut is not None:
        q = cut.join(q)
    q = q.where(Invoice.company_id == company_id, Invoice.kind.in_(list(f.kinds)))
    if with_status:
        condition = _status_condition(f.status, cut)
        if condition is not None:
            q = q.where(condition)
    if f.text.strip():
        escaped = f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"  # the user's % and _ are literal characters, as in the Customers search
        q = q.where(
            or_(
                Invoice.number.ilike(like, escape="\\"),
                Customer.account.ilike(like, escape="\\"),
                Customer.name.ilike(like, escape="\\"),
            )
        )
    if f.customer:
        q = q.where(Customer.account == f.customer)
    if f.date_from is not None:
        q = q.where(Invoice.date >= f.date_from)
    if f.date_to is not None:
        q = q.where(Invoice.date <= f.date_to)
    if f.amount_min is not None:
        q = q.where(_signed_amount() >= f.amount_min)
    if f.amount_max is not None:
        q = q.where(_signed_amount() <= f.amount_max)
    return q


def invoice_ids(
    s: Session, company_id: int, f: InvoiceFilter, *, sort: str = "date", descending: bool = True
) -> list[int]:
    """Every matching invoice id in display order (cheap for 100,000 documents); rows come later."""
    if sort not in SORT_COLUMNS:
        raise ValidationError("sort", "cannot sort by {sort!r}", sort=sort)
    cut = _cut(f)
    keys: dict[str, Any] = {
        "number": Invoice.number,
        "kind": Invoice.kind,
        "date": Invoice.date,
        "customer": Customer.account,
        "name": Customer.name,
        "due_date": func.coalesce(CustomerTransaction.due_date, Invoice.due_date),
        "amount": _signed_amount(),
        "balance": _balance(cut),
    }
    key = keys[sort]
    order = [key.desc() if descending else key.asc(), Invoice.id.desc() if descending else Invoice.id.asc()]
    return list(s.scalars(_filtered(select(Invoice.id), company_id, f, cut).order_by(*order)))


def invoice_rows(s: Session, company_id: int, ids: Sequence[int], as_of: dt.date | None = None) -> list[InvoiceRow]:
    """The rows for the given ids, in the same order (ids that vanished are left out); with as_of,
    balances as of that date and whether each is overdue on it (definitions.AsOf)."""
    if not ids:
        return []
    page = select(Invoice.transaction_id).where(Invoice.id.in_(list(ids)), Invoice.transaction_id.is_not(None))
    cut = definitions.as_of(as_of, page) if as_of is not None else None
    overdue = (
        case((and_(Invoice.status == "posted", cut.is_overdue()), True), else_=False)
        if cut is not None
        else literal(False)
    )
    q = (
        select(
            Invoice.id,
            Invoice.status,
            Invoice.number,
            Invoice.kind,
            Invoice.date,
            func.coalesce(CustomerTransaction.due_date, Invoice.due_date),
            Customer.account,
            Customer.name,
            Invoice.currency,
            func.coalesce(CustomerTransaction.amount, _signed_amount()),
            _balance(cut),
            CustomerTransaction.closed_date,
            Invoice.correction,
            Invoice.recurrence_id,
            overdue,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(CustomerTransaction, CustomerTransaction.id == Invoice.transaction_id)
    )
    if cut is not None:
        q = cut.join(q)
    q = q.where(Invoice.company_id == company_id, Invoice.id.in_(list(ids)))
    found = {row[0]: InvoiceRow(*tuple(row)) for row in s.execute(q).all()}
    return [found[i] for i in ids if i in found]


def invoice_totals(s: Session, company_id: int, f: InvoiceFilter) -> list[CurrencyTotal]:
    """Count, signed amount and open balance (as of the filter's date) of the filtered documents per
    currency, summed in SQL."""
    cut = _cut(f)
    q = _filtered(
        select(
            Invoice.currency,
            func.count(Invoice.id),
            func.sum(_signed_amount()),
            func.sum(func.coalesce(_balance(cut), 0)),
        ),
        company_id,
        f,
        cut,
    )
    rows = s.execute(q.group_by(Invoice.currency).order_by(Invoice.currency)).all()
    return [
        CurrencyTotal(
            cur, n, Decimal(amount or 0).quantize(Decimal("0.01")), Decimal(balance or 0).quantize(Decimal("0.01"))
        )
        for cur, n, amount, balance in rows
    ]


def status_counts(s: Session, company_id: int, f: InvoiceFilter) -> dict[str, int]:
    """How many documents each status tab would show with the other filters of f (one query)."""
    cut = _cut(f)
    counts: list[ColumnElement[Any]] = [func.count(Invoice.id)]
    for status in STATUSES[1:]:
        condition = _status_condition(status, cut) if status != "overdue" or cut is not None else None
        counts.append(func.sum(case((condition, 1), else_=0)) if condition is not None else func.sum(0))
    row = s.execute(_filtered(select(*counts), company_id, f, cut, with_status=False)).one()
    return {status: int(value or 0) for status, value in zip(STATUSES, row, strict=True)}


# --- one document -------------------------------------------------------------------------------


def invoice_detail(
    s: Session, company_id: int, invoice_id: int | None = None, *, number: str | None = None
) -> InvoiceDetail:
    """A draft (by id) or a posted document (by id or number) with its lines, for the editor."""
    q = select(Invoice).where(Invoice.company_id == company_id)
    q = q.where(Invoice.id == invoice_id) if invoice_id is not None else q.where(Invoice.number == number)
    inv = s.scalars(q).first()
    if inv is None:
        raise NotFoundError(
            "number" if number else "draft", "there is no invoice {number}", number=number or invoice_id
        )
    lines = s.execute(
        select(
            InvoiceLine.description,
            InvoiceLine.quantity,
            InvoiceLine.unit_price,
            InvoiceLine.amount,
            Account.number,
            SalesTax.code,
        )
        .join(Account, Account.id == InvoiceLine.account_id)
        .outerjoin(SalesTax, SalesTax.id == InvoiceLine.sales_tax_id)
        .where(InvoiceLine.invoice_id == inv.id)
        .order_by(InvoiceLine.seq)
    ).all()

    charges = s.execute(
        select(ChargeCode.code, InvoiceCharge.amount, InvoiceCharge.description)
        .join(ChargeCode, ChargeCode.id == InvoiceCharge.charge_code_id)
        .where(InvoiceCharge.invoice_id == inv.id)
        .order_by(InvoiceCharge.seq)
    ).all()

    def code(model: Any, row_id: int | None) -> str | None:
        return None if row_id is None else s.scalar(select(model.code).where(model.id == row_id))

    original = s.scalar(select(Invoice.number).where(Invoice.id == inv.original_id)) if inv.original_id else None
    return InvoiceDetail(
        inv.id,
        inv.status,
        inv.kind,
        inv.number,
        s.get(Customer, inv.customer_id).account,
        inv.date,
        inv.due_date,
        code(TermsOfPayment, inv.terms_id),
        code(CashDiscount, inv.cash_discount_id),
        inv.currency,
        inv.notes,
        original,
        inv.reason,
        inv.total,
        tuple(DetailLine(*row) for row in lines),
        tuple(DetailCharge(*row) for row in charges),
    )


# --- choices for the editor ---------------------------------------------------------------------


def customer_choice_select(company_id: int) -> Select:
    """The columns of CustomerChoice for the company's customers, codes joined in (terms: the
    customer's own, else its group's); callers add their filter, order and limit."""
    own, group = aliased(TermsOfPayment), aliased(TermsOfPayment)
    return (
        select(
            Customer.account,
            Customer.name,
            func.coalesce(own.code, group.code),
            CashDiscount.code,
            SalesTax.code,
            Customer.currency,
            Customer.country,
        )
        .join(CustomerGroup, CustomerGroup.id == Customer.group_id)
        .outerjoin(own, own.id == Customer.terms_id)
        .outerjoin(group, group.id == CustomerGroup.terms_id)
        .outerjoin(CashDiscount, CashDiscount.id == Customer.cash_discount_id)
        .outerjoin(SalesTax, SalesTax.id == Customer.sales_tax_id)
        .where(Customer.company_id == company_id)
    )


def customer_choice_rows(s: Session, q: Select) -> list[CustomerChoice]:
    """CustomerChoice records of a query built on customer_choice_select."""
    return [CustomerChoice(*row) for row in s.execute(q)]


def customer_choices(s: Session, company_id: int) -> list[CustomerChoice]:
    """Customers with the defaults an invoice takes from them (terms fall back to the group's)."""
    return customer_choice_rows(s, customer_choice_select(company_id).order_by(Customer.account))


def revenue_accounts(s: Session, company_id: int) -> list[AccountChoice]:
    """Accounts an invoice line may post to: every non-summary account, revenue accounts first."""
    first = case((Account.kind == "revenue", 0), else_=1)
    q = (
        select(Account.number, Account.name)
        .where(Account.company_id == company_id, Account.summary.is_(False))
        .order_by(first, Account.number)
    )
    return [AccountChoice(*row) for row in s.execute(q)]


def revenue_account(s: Session, company_id: int) -> str | None:
    """The account a line takes when none is given (the revenue role)."""
    return s.scalar(
        select(Account.number)
        .join(AccountRole, AccountRole.account_id == Account.id)
        .where(AccountRole.company_id == company_id, AccountRole.role == "revenue")
    )


def tax_choices(s: Session, company_id: int) -> list[TaxChoice]:
    q = (
        select(SalesTax.code, SalesTax.description, SalesTax.percent, SalesTax.kind, SalesTax.active)
        .where(SalesTax.company_id == company_id)
        .order_by(SalesTax.code)
    )
    return [TaxChoice(*row) for row in s.execute(q)]
