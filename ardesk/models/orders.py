"""Items, sales orders and packing slips: the simple order module (DOMAIN 3.3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, ScaledDecimal


class Item(CompanyOwned, Base):
    __tablename__ = "item"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10), default="pcs")
    unit_price: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))


class SalesOrder(CompanyOwned, Base):
    __tablename__ = "sales_order"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open|delivered|invoiced|cancelled
    reference: Mapped[str | None] = mapped_column(String(100))


class SalesOrderLine(Base):
    __tablename__ = "sales_order_line"
    __table_args__ = (UniqueConstraint("order_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"))
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    unit_price: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))
    delivered: Mapped[Decimal] = mapped_column(ScaledDecimal(4), default=Decimal(0))
    invoiced: Mapped[Decimal] = mapped_column(ScaledDecimal(4), default=Decimal(0))


class PackingSlip(CompanyOwned, Base):
    __tablename__ = "packing_slip"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))


class PackingSlipLine(Base):
    __tablename__ = "packing_slip_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("packing_slip.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("sales_order_line.id"))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
