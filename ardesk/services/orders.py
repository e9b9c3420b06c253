"""Items, sales orders, packing slips and invoices from packing slips (DOMAIN 3.3, simplified).

An order line tracks what was ordered, delivered (packing slips) and invoiced; invoicing one or
more packing slips of one customer posts one invoice and marks those quantities invoiced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Account,
    Company,
    Customer,
    Invoice,
    InvoiceLine,
    Item,
    PackingSlip,
    PackingSlipLine,
    SalesOrder,
    SalesOrderLine,
    SalesTax,
)
from ardesk.money import as_decimal
from ardesk.services import invoice_posting, invoicing, lookup
from ardesk.services.invoicing import Line
from ardesk.services.posting import next_number
from ardesk.services.text import a_date, name_text, optional_text


@dataclass(frozen=True)
class OrderLine:
    """An order line: an item (price, account, tax from the item unless given) or free text."""

    quantity: Decimal
    item: str | None = None
    unit_price: Decimal | None = None
    description: str | None = None
    account: str | None = None
    tax: str | None = None


@dataclass(frozen=True)
class OrderLineInfo:
    description: str
    quantity: Decimal
    unit_price: Decimal
    delivered: Decimal
    invoiced: Decimal

    @property
    def to_deliver(self) -> Decimal:
        return self.quantity - self.delivered

    @property
    def to_invoice(self) -> Decimal:
        return self.delivered - self.invoiced


@dataclass(frozen=True)
class SalesOrderInfo:
    number: str
    customer: str
    date: dt.date
    status: str
    lines: tuple[OrderLineInfo, ...]


def _quantity(value: object, field: str) -> Decimal:
    qty = as_decimal(value, field)
    if qty <= 0 or qty != qty.quantize(Decimal("0.0001")) or qty >= 10**9:
        raise ValidationError(field, "must be a positive quantity with at most 4 decimals")
    return qty


def _price(value: object, field: str) -> Decimal:
    price = as_decimal(value, field)
    if price < 0 or price != price.quantize(Decimal("0.0001")) or price >= 10**11:
        raise ValidationError(field, "must be a price of at least 0 with at most 4 decimals")
    return price


def create_item(
    s: Session,
    company: Company,
    number: object,
    name: object,
    unit_price: object,
    *,
    unit: object = "pcs",
    account: object = None,
    tax: object = None,
) -> Item:
    number = lookup.code_text(number, "number", max_len=30)
    if s.scalar(select(Item.id).where(Item.company_id == company.id, Item.number == number)) is not None:
        raise ValidationError("number", "item {number!r} already exists", number=number)
    acc = (
        lookup.account_or_role(s, company.id, account, "account")
        if account is not None
        else lookup.role_account(s, company.id, "revenue")
    )
    t = lookup.optional(s, SalesTax, company.id, tax, "tax")
    item = Item(
        company_id=company.id,
        number=number,
        name=name_text(name, "name"),
        unit=lookup.code_text(unit, "unit", max_len=10),
        unit_price=_price(unit_price, "unit_price"),
        account_id=acc.id,
        sales_tax_id=t.id if t else None,
    )
    s.add(item)
    s.flush()
    return item


def create_order(
    s: Session,
    company: Company,
    customer: object,
    date: object,
    lines: Sequence[OrderLine],
    *,
    reference: object = None,
) -> SalesOrder:
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    day = a_date(date, "date")
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("lines", "an order needs at least one line")
    rows = []
    for i, line in enumerate(lines):
        f = f"lines[{i}]"
        if not isinstance(line, OrderLine):
            raise ValidationError(f, "must be an OrderLine")
        item = None
        if line.item is not None:
            item = s.scalar(
                select(Item).where(
                    Item.company_id == company.id, Item.number == lookup.code_text(line.item, f + ".item", max_len=30)
                )
            )
            if item is None:
                raise ValidationError(f + ".item", "there is no item {item!r}", item=line.item)
        price = (
            _price(line.unit_price, f + ".unit_price")
            if line.unit_price is not None
            else (item.unit_price if item else None)
        )
        if price is None:
            raise ValidationError(f + ".unit_price", "give a price for a line without an item")
        desc = (
            name_text(line.description, f + ".description", max_len=500)
            if line.description is not None
            else (item.name if item else None)
        )
        if desc is None:
            raise ValidationError(f + ".description", "give a description for a line without an item")
        acc_id = (
            lookup.account_or_role(s, company.id, line.account, f + ".account").id
            if line.account
            else (item.account_id if item else lookup.role_account(s, company.id, "revenue").id)
        )
        tax = lookup.optional_usable(s, SalesTax, company.id, line.tax, f + ".tax")
        rows.append(
            dict(
                seq=i,
                item_id=item.id if item else None,
                description=desc,
                quantity=_quantity(line.quantity, f + ".quantity"),
                unit_price=price,
                account_id=acc_id,
                sales_tax_id=tax.id if tax else (item.sales_tax_id if item else None),
            )
        )
    order = SalesOrder(
        company_id=company.id,
        number=next_number(s, company.id, "sales_order"),
        customer_id=cust.id,
        date=day,
        reference=optional_text(reference, "reference", max_len=100),
    )
    s.add(order)
    s.flush()
    s.add_all(SalesOrderLine(order_id=order.id, **row) for row in rows)
    s.flush()
    return order


def _order(s: Session, company: Company, number: object, field: str = "order") -> SalesOrder:
    order = s.scalar(
        select(SalesOrder).where(
            SalesOrder.company_id == company.id, SalesOrder.number == lookup.code_text(number, field, max_len=30)
        )
    )
    if order is None:
        raise ValidationError(field, "there is no sales order {number!r}", number=number)
    return order


def _lines(s: Session, order: SalesOrder) -> list[SalesOrderLine]:
    return list(
        s.scalars(select(SalesOrderLine).where(SalesOrderLine.order_id == order.id).order_by(SalesOrderLine.seq))
    )


def _update_status(s: Session, order: SalesOrder) -> None:
    lines = _lines(s, order)
    if all(ln.invoiced >= ln.quantity for ln in lines):
        order.status = "invoiced"
    elif all(ln.delivered >= ln.quantity for ln in lines):
        order.status = "delivered"
    else:
        order.status = "open"


def post_packing_slip(
    s: Session, company: Company, order_number: object, date: object, quantities: Mapping[int, Decimal] | None = None
) -> PackingSlip:
    """Deliver quantities per order line index (None: everything still to deliver)."""
    order = _order(s, company, order_number)
    day = a_date(date, "date")
    if day < order.date:
        raise ValidationError("date", "must not be before the order date {date}", date=order.date)
    lines = _lines(s, order)
    if quantities is None:
        wanted = {i: ln.quantity - ln.delivered for i, ln in enumerate(lines) if ln.quantity > ln.delivered}
    else:
        if not isinstance(quantities, Mapping) or not quantities:
            raise ValidationError("quantities", "give {line index: quantity} for at least one line")
        wanted = {}
        for i, qty in quantities.items():
            if not isinstance(i, int) or not 0 <= i < len(lines):
                raise ValidationError("quantities", "the order has no line {i!r}", i=i)
            wanted[i] = _quantity(qty, f"quantities[{i}]")
            if wanted[i] > lines[i].quantity - lines[i].delivered:
                raise ValidationError(
                    f"quantities[{i}]",
                    "only {left} is left to deliver",
                    left=lines[i].quantity - lines[i].delivered,
                )
    if not wanted:
        raise ValidationError("order", "everything on {number} has been delivered", number=order.number)
    slip = PackingSlip(
        company_id=company.id, number=next_number(s, company.id, "packing_slip"), order_id=order.id, date=day
    )
    s.add(slip)
    s.flush()
    for i, qty in wanted.items():
        s.add(PackingSlipLine(slip_id=slip.id, order_line_id=lines[i].id, quantity=qty))
        lines[i].delivered += qty
    _update_status(s, order)
    s.flush()
    return slip


def invoice_packing_slips(
    s: Session, company: Company, slip_numbers: Sequence[str], date: object, **header: Any
) -> Invoice:
    """One invoice for one or more packing slips of the same customer (DOMAIN 3.3 "invoice from packing slips")."""
    if not isinstance(slip_numbers, list | tuple) or not slip_numbers:
        raise ValidationError("slips", "give at least one packing slip number")
    slips: list[PackingSlip] = []
    for i, number in enumerate(slip_numbers):
        text = lookup.code_text(number, f"slips[{i}]", max_len=30)
        slip = s.scalar(select(PackingSlip).where(PackingSlip.company_id == company.id, PackingSlip.number == text))
        if slip is None:
            raise ValidationError(f"slips[{i}]", "there is no packing slip {number!r}", number=number)
        if slip.invoice_id is not None:
            raise ValidationError(f"slips[{i}]", "packing slip {number} is already invoiced", number=number)
        if any(x.id == slip.id for x in slips):
            raise ValidationError(f"slips[{i}]", "packing slip {number} is given twice", number=number)
        slips.append(slip)
    orders = {slip.order_id: s.get(SalesOrder, slip.order_id) for slip in slips}
    customers = {o.customer_id for o in orders.values()}
    if len(customers) > 1:
        raise ValidationError("slips", "the packing slips belong to different customers")
    lines, links = [], []
    for slip in slips:
        for sl in s.scalars(
            select(PackingSlipLine).where(PackingSlipLine.slip_id == slip.id).order_by(PackingSlipLine.id)
        ):
            ol = s.get(SalesOrderLine, sl.order_line_id)
            lines.append(
                Line(
                    f"{ol.description} ({orders[slip.order_id].number} / {slip.number})",
                    quantity=sl.quantity,
                    unit_price=ol.unit_price,  # amount: in the invoice's currency
                    account=s.get(Account, ol.account_id).number,
                    tax=s.get(SalesTax, ol.sales_tax_id).code if ol.sales_tax_id else None,
                )
            )
            links.append((sl, ol))
    customer = s.get(Customer, customers.pop()).account
    draft = invoicing.save_draft(s, company, customer, date, lines, **header)
    if draft.kind != "invoice":
        raise ValidationError("slips", "packing slips are invoiced with a positive total")
    for inv_line, (sl, ol) in zip(
        s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == draft.id).order_by(InvoiceLine.seq)),
        links,
        strict=True,
    ):
        inv_line.packing_slip_line_id, inv_line.item_id = sl.id, ol.item_id
    s.flush()
    invoice_posting.post_one(s, company, draft)
    for sl, ol in links:
        ol.invoiced += sl.quantity
    for slip in slips:
        slip.invoice_id = draft.id
    for order in orders.values():
        _update_status(s, order)
    s.flush()
    return draft


def order_info(s: Session, company: Company, number: object) -> SalesOrderInfo:
    order = _order(s, company, number, "number")
    return SalesOrderInfo(
        order.number,
        s.get(Customer, order.customer_id).account,
        order.date,
        order.status,
        tuple(
            OrderLineInfo(ln.description, ln.quantity, ln.unit_price, ln.delivered, ln.invoiced)
            for ln in _lines(s, order)
        ),
    )
