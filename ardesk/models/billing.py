"""Charges codes, free-text invoice templates and recurring assignments (DOMAIN 2.11, 3.5)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, ScaledDecimal


class ChargeCode(CompanyOwned, Base):
    """Debit = customer (added to the invoice), credit = this ledger account."""

    __tablename__ = "charge_code"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class InvoiceTemplate(CompanyOwned, Base):
    __tablename__ = "invoice_template"
    __table_args__ = (UniqueConstraint("company_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200), default="")
    terms_id: Mapped[int | None] = mapped_column(ForeignKey("terms_of_payment.id"))
    cash_discount_id: Mapped[int | None] = mapped_column(ForeignKey("cash_discount.id"))
    posting_profile_id: Mapped[int | None] = mapped_column(ForeignKey("posting_profile.id"))
    method_of_payment_id: Mapped[int | None] = mapped_column(ForeignKey("method_of_payment.id"))
    currency: Mapped[str | None] = mapped_column(String(3))
    notes: Mapped[str | None] = mapped_column(Text)


class InvoiceTemplateLine(Base):
    __tablename__ = "invoice_template_line"
    __table_args__ = (UniqueConstraint("template_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("invoice_template.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(4), default=Decimal(1))
    unit_price: Mapped[Decimal | None] = mapped_column(ScaledDecimal(4))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))


class RecurringAssignment(CompanyOwned, Base):
    """A template billed to a customer every `per` days/weeks/months/years from start_date.

    Occurrence k falls on start_date + k × per units, always counted from the start date, so
    monthly billing on the 31st gives 31 Jan, 28/29 Feb, 31 Mar (DOMAIN 3.5, ARDESK)."""

    __tablename__ = "recurring_assignment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("invoice_template.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    pattern: Mapped[str] = mapped_column(String(8))  # daily|weekly|monthly|yearly
    per: Mapped[int] = mapped_column(Integer, default=1)
    max_count: Mapped[int | None] = mapped_column(Integer)
    max_amount: Mapped[Decimal | None] = mapped_column(Money())
    defaults_from: Mapped[str] = mapped_column(String(10), default="template")  # template|customer
    active: Mapped[bool] = mapped_column(Boolean, default=True)
