"""Reads of the recurring-invoice and sales-order screens (DOMAIN 3.3, 3.5): templates and their assignments,
items, sales orders with their lines and packing slips; and ending an assignment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import (
    Account,
    CashDiscount,
    Company,
    Customer,
    Invoice,
    InvoiceTemplate,
    InvoiceTemplateLine,
    Item,
    PackingSlip,
    PackingSlipLine,
    RecurringAssignment,
    SalesOrder,
    SalesOrderLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.money import currency_places, line_amount
from ardesk.services import lookup
from ardesk.services.recurring import occurrence
from ardesk.services.text import a_date

ORDER_STATUSES = ("open", "delivered", "invoiced", "cancelled")


# --- records ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateLineInfo:
    """A template line as the invoice lines editor loads it (the fields of invoice_queries.DetailLine)."""

    description: str
    quantity: Decimal
    unit_price: Decimal | None
    amount: Decimal  # quantity × unit price rounded to the currency, or the amount typed
    account: str
    tax: str | None


@dataclass(frozen=True)
class TemplateRow:
    """A template in the list: its lines' total before tax and how many customers it is billed to."""

    name: str
    description: str
    currency: str | None  # None: each customer's own currency
    lines: int
    amount: Decimal
    assignments: int  # active assignments


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    description: str
    currency: str | None
    terms: str | None
    cash_discount: str | None
    notes: str | None
    lines: tuple[TemplateLineInfo, ...]


@dataclass(frozen=True)
class AssignmentRow:
    """A template billed to a customer (DOMAIN 3.5), with what has been billed so far and the next
    billing date that has no invoice yet (None: the assignment has run out)."""

    id: int
    template: str
    customer: str
    customer_name: str
    pattern: str  # daily|weekly|monthly|yearly
    per: int
    start_date: dt.date
    end_date: dt.date | None
    max_count: int | None
    max_amount: Decimal | None
    defaults_from: str  # template|customer
    active: bool
    billed_count: int
    billed_amount: Decimal
    next_date: dt.date | None


@dataclass(frozen=True)
class ItemRow:
    number: str
    name: str
    unit: str
    unit_price: Decimal
    account: str
    tax: str | None


@dataclass(frozen=True)
class SalesOrderRow:
    """A sales order in the list: amount = Σ quantity × price before tax, in the customer's currency."""

    number: str
    customer: str
    customer_name: str
    date: dt.date
    reference: str | None
    status: str  # open|delivered|invoiced|cancelled
    currency: str
    amount: Decimal
    uninvoiced_slips: int


@dataclass(frozen=True)
class OrderLineRow:
    index: int  # the line index post_packing_slip takes
    item: str | None
    description: str
    unit: str | None
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    delivered: Decimal
    invoiced: Decimal
    tax: str | None

    @property
    def to_deliver(self) -> Decimal:
        return self.quantity - self.delivered

    @property
    def to_invoice(self) -> Decimal:
        return self.delivered - self.invoiced


@dataclass(frozen=True)
class PackingSlipRow:
    number: str
    order: str
    customer: str
    customer_name: str
    date: dt.date
    lines: int
    amount: Decimal  # delivered quantity × order price, before tax
    currency: str
    invoice: str | None  # the posted invoice's number, None while not invoiced


@dataclass(frozen=True)
class SalesOrderDetail:
    number: str
    customer: str
    customer_name: str
    date: dt.date
    reference: str | None
    status: str
    currency: str
    lines: tuple[OrderLineRow, ...]
    slips: tuple[PackingSlipRow, ...]

    @property
    def amount(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))


# --- recurring invoices -------------------------------------------------------------------------------


def _account_numbers(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {i: n for i, n in s.execute(select(Account.id, Account.number).where(Account.id.in_(ids)))}


def _tax_codes(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {i: c for i, c in s.execute(select(SalesTax.id, SalesTax.code).where(SalesTax.id.in_(ids)))}


def _template_lines(s: Session, template: InvoiceTemplate, currency: str) -> tuple[TemplateLineInfo, ...]:
    rows = list(
        s.scalars(
            select(InvoiceTemplateLine)
            .where(InvoiceTemplateLine.template_id == template.id)
            .order_by(InvoiceTemplateLine.seq)
        )
    )
    accounts = _account_numbers(s, {r.account_id for r in rows})
    taxes = _tax_codes(s, {r.sales_tax_id for r in rows if r.sales_tax_id})
    places = currency_places(currency)
    return tuple(
        TemplateLineInfo(
            r.description,
            r.quantity,
            r.unit_price,
            line_amount(r.quantity, r.unit_price, places) if r.unit_price is not None else (r.amount or Decimal(0)),
            accounts[r.account_id],
            taxes.get(r.sales_tax_id) if r.sales_tax_id else None,
        )
        for r in rows
    )


def templates(s: Session, company: Company) -> list[TemplateRow]:
    """Every invoice template by name."""
    active = dict(
        s.execute(
            select(RecurringAssignment.template_id, func.count())
            .where(RecurringAssignment.company_id == company.id, RecurringAssignment.active.is_(True))
            .group_by(RecurringAssignment.template_id)
        ).all()
    )
    out = []
    for tpl in s.scalars(
        select(InvoiceTemplate).where(InvoiceTemplate.company_id == company.id).order_by(InvoiceTemplate.name)
    ):
        lines = _template_lines(s, tpl, tpl.currency or company.currency)
        out.append(
            TemplateRow(
                tpl.name,
                tpl.description,
                tpl.currency,
                len(lines),
                sum((ln.amount for ln in lines), Decimal("0.00")),
                active.get(tpl.id, 0),
            )
        )
    return out


def _template(s: Session, company: Company, name: object, field: str = "name") -> InvoiceTemplate:
    text = lookup.code_text(name, field, max_len=40)
    tpl = s.scalar(
        select(InvoiceTemplate).where(InvoiceTemplate.company_id == company.id, InvoiceTemplate.name == text)
    )
    if tpl is None:
        raise NotFoundError(field, "there is no template {text!r}", text=text)
    return tpl


def template(s: Session, company: Company, name: object) -> TemplateInfo:
    tpl = _template(s, company, name)
    terms = s.get(TermsOfPayment, tpl.terms_id) if tpl.terms_id else None
    discount = s.get(CashDiscount, tpl.cash_discount_id) if tpl.cash_discount_id else None
    return TemplateInfo(
        tpl.name,
        tpl.description,
        tpl.currency,
        terms.code if terms else None,
        discount.code if discount else None,
        tpl.notes,
        _template_lines(s, tpl, tpl.currency or company.currency),
    )


def _next_date(a: RecurringAssignment, billed: set[dt.date], billed_amount: Decimal) -> dt.date | None:
    """The first billing date without an invoice within the end date and the count limit; a reached
    maximum amount ends the assignment (the run would refuse the next one anyway)."""
    if not a.active or (a.max_amount is not None and billed_amount >= a.max_amount):
        return None
    limit = a.max_count if a.max_count is not None else 100_000
    for k in range(limit):
        day = occurrence(a.start_date, a.pattern, a.per, k)
        if a.end_date is not None and day > a.end_date:
            return None
        if day not in billed:
            return day
    return None


def assignments(s: Session, company: Company, template: object = None, customer: object = None) -> list[AssignmentRow]:
    """The assignments of one template, of one customer, or all; by template, customer and start date."""
    q = (
        select(RecurringAssignment, InvoiceTemplate.name, Customer.account, Customer.name)
        .join(InvoiceTemplate, InvoiceTemplate.id == RecurringAssignment.template_id)
        .join(Customer, Customer.id == RecurringAssignment.customer_id)
        .where(RecurringAssignment.company_id == company.id)
    )
    if template is not None:
        q = q.where(RecurringAssignment.template_id == _template(s, company, template, "template").id)
    if customer is not None:
        q = q.where(Customer.id == lookup.by_code(s, Customer, company.id, customer, "customer").id)
    rows = s.execute(q.order_by(InvoiceTemplate.name, Customer.account, RecurringAssignment.start_date)).all()
    ids = [a.id for a, *_ in rows]
    billed: dict[int, set[dt.date]] = {i: set() for i in ids}
    totals: dict[int, Decimal] = {i: Decimal("0.00") for i in ids}
    for chunk in lookup.chunks(ids):
        for assignment_id, period, total in s.execute(
            select(Invoice.assignment_id, Invoice.period_date, Invoice.total).where(Invoice.assignment_id.in_(chunk))
        ):
            billed[assignment_id].add(period)
            totals[assignment_id] += total
    return [
        AssignmentRow(
            a.id,
            name,
            account,
            customer_name,
            a.pattern,
            a.per,
            a.start_date,
            a.end_date,
            a.max_count,
            a.max_amount,
            a.defaults_from,
            a.active,
            len(billed[a.id]),
            totals[a.id],
            _next_date(a, billed[a.id], totals[a.id]),
        )
        for a, name, account, customer_name in rows
    ]


def end_assignment(s: Session, company: Company, assignment_id: object, end_date: object) -> None:
    """Stop billing after end_date: later occurrences are not drafted; what was billed stays."""
    if not isinstance(assignment_id, int) or isinstance(assignment_id, bool):
        raise ValidationError("assignment", "must be an assignment id")
    row = s.get(RecurringAssignment, assignment_id)
    if row is None or row.company_id != company.id:
        raise NotFoundError("assignment", "there is no assignment {assignment_id}", assignment_id=assignment_id)
    end = a_date(end_date, "end_date")
    if end < row.start_date:
        raise ValidationError("end_date", "must not be before the start date {start_date}", start_date=row.start_date)
    row.end_date = end
    s.flush()


# --- items and sales orders ---------------------------------------------------------------------------


def items(s: Session, company: Company) -> list[ItemRow]:
    rows = list(s.scalars(select(Item).where(Item.company_id == company.id).order_by(Item.number)))
    accounts = _account_numbers(s, {r.account_id for r in rows})
    taxes = _tax_codes(s, {r.sales_tax_id for r in rows if r.sales_tax_id})
    return [
        ItemRow(
            r.number,
            r.name,
            r.unit,
            r.unit_price,
            accounts[r.account_id],
            taxes.get(r.sales_tax_id) if r.sales_tax_id else None,
        )
        for r in rows
    ]


def _slip_lines(s: Session, slip_ids: Sequence[int]) -> dict[int, list[tuple[Decimal, Decimal]]]:
    """Per packing slip: (delivered quantity, order price) of each of its lines."""
    out: dict[int, list[tuple[Decimal, Decimal]]] = {}
    for chunk in lookup.chunks(list(slip_ids)):
        for slip_id, qty, price in s.execute(
            select(PackingSlipLine.slip_id, PackingSlipLine.quantity, SalesOrderLine.unit_price)
            .join(SalesOrderLine, SalesOrderLine.id == PackingSlipLine.order_line_id)
            .where(PackingSlipLine.slip_id.in_(chunk))
        ):
            out.setdefault(slip_id, []).append((qty, price))
    return out


def _total(lines: Sequence[tuple[Decimal, Decimal]], currency: str) -> Decimal:
    """Σ quantity × price, each line rounded to the currency as the invoice will round it (DOMAIN 0)."""
    places = currency_places(currency)
    return sum((line_amount(qty, price, places) for qty, price in lines), Decimal("0.00"))


def sales_orders(s: Session, company: Company, status: object = None) -> list[SalesOrderRow]:
    """Every sales order (or those of one status), newest first."""
    q = (
        select(SalesOrder, Customer.account, Customer.name, Customer.currency)
        .join(Customer, Customer.id == SalesOrder.customer_id)
        .where(SalesOrder.company_id == company.id)
    )
    if status is not None:
        if status not in ORDER_STATUSES:
            raise ValidationError("status", "must be one of {choices}", choices=", ".join(ORDER_STATUSES))
        q = q.where(SalesOrder.status == status)
    rows = s.execute(q.order_by(SalesOrder.date.desc(), SalesOrder.number.desc())).all()
    ids = [o.id for o, *_ in rows]
    amounts: dict[int, list[tuple[Decimal, Decimal]]] = {}
    uninvoiced: dict[int, int] = {}
    for chunk in lookup.chunks(ids):
        for order_id, qty, price in s.execute(
            select(SalesOrderLine.order_id, SalesOrderLine.quantity, SalesOrderLine.unit_price).where(
                SalesOrderLine.order_id.in_(chunk)
            )
        ):
            amounts.setdefault(order_id, []).append((qty, price))
        uninvoiced.update(
            s.execute(
                select(PackingSlip.order_id, func.count())
                .where(PackingSlip.order_id.in_(chunk), PackingSlip.invoice_id.is_(None))
                .group_by(PackingSlip.order_id)
            ).all()
        )
    return [
        SalesOrderRow(
            o.number,
            account,
            name,
            o.date,
            o.reference,
            o.status,
            currency,
            _total(amounts.get(o.id, []), currency),
            uninvoiced.get(o.id, 0),
        )
        for o, account, name, currency in rows
    ]


def _order(s: Session, company: Company, number: object, field: str = "number") -> SalesOrder:
    text = lookup.code_text(number, field, max_len=30)
    order = s.scalar(select(SalesOrder).where(SalesOrder.company_id == company.id, SalesOrder.number == text))
    if order is None:
        raise NotFoundError(field, "there is no sales order {text!r}", text=text)
    return order


def packing_slips(
    s: Session, company: Company, order: object = None, *, uninvoiced: bool = False
) -> list[PackingSlipRow]:
    """Packing slips of one order (or all), oldest first; uninvoiced=True: only those not invoiced yet."""
    q = (
        select(PackingSlip, SalesOrder.number, Customer.account, Customer.name, Customer.currency, Invoice.number)
        .join(SalesOrder, SalesOrder.id == PackingSlip.order_id)
        .join(Customer, Customer.id == SalesOrder.customer_id)
        .outerjoin(Invoice, Invoice.id == PackingSlip.invoice_id)
        .where(PackingSlip.company_id == company.id)
    )
    if order is not None:
        q = q.where(PackingSlip.order_id == _order(s, company, order, "order").id)
    if uninvoiced:
        q = q.where(PackingSlip.invoice_id.is_(None))
    rows = s.execute(q.order_by(PackingSlip.date, PackingSlip.number)).all()
    found = _slip_lines(s, [slip.id for slip, *_ in rows])
    out = []
    for slip, order_number, account, name, currency, invoice in rows:
        out.append(
            PackingSlipRow(
                slip.number,
                order_number,
                account,
                name,
                slip.date,
                len(found.get(slip.id, [])),
                _total(found.get(slip.id, []), currency),
                currency,
                invoice,
            )
        )
    return out


def order_detail(s: Session, company: Company, number: object) -> SalesOrderDetail:
    """A sales order with its lines (ordered, delivered, invoiced) and its packing slips."""
    order = _order(s, company, number)
    customer = s.get(Customer, order.customer_id)
    lines = list(
        s.scalars(select(SalesOrderLine).where(SalesOrderLine.order_id == order.id).order_by(SalesOrderLine.seq))
    )
    item_ids = {ln.item_id for ln in lines if ln.item_id}
    found = {i.id: (i.number, i.unit) for i in s.scalars(select(Item).where(Item.id.in_(item_ids)))} if item_ids else {}
    taxes = _tax_codes(s, {ln.sales_tax_id for ln in lines if ln.sales_tax_id})
    places = currency_places(customer.currency)
    return SalesOrderDetail(
        order.number,
        customer.account,
        customer.name,
        order.date,
        order.reference,
        order.status,
        customer.currency,
        tuple(
            OrderLineRow(
                i,
                found[ln.item_id][0] if ln.item_id else None,
                ln.description,
                found[ln.item_id][1] if ln.item_id else None,
                ln.quantity,
                ln.unit_price,
                line_amount(ln.quantity, ln.unit_price, places),
                ln.delivered,
                ln.invoiced,
                taxes.get(ln.sales_tax_id) if ln.sales_tax_id else None,
            )
            for i, ln in enumerate(lines)
        ),
        tuple(packing_slips(s, company, order.number)),
    )


__all__ = [
    "ORDER_STATUSES",
    "AssignmentRow",
    "ItemRow",
    "OrderLineRow",
    "PackingSlipRow",
    "SalesOrderDetail",
    "SalesOrderRow",
    "TemplateInfo",
    "TemplateLineInfo",
    "TemplateRow",
]
