"""Invoices and credit notes: drafts (editable) and posted documents (immutable) (DOMAIN 3.1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, Percent, Rate, ScaledDecimal


class Invoice(CompanyOwned, Base):
    __tablename__ = "invoice"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft|posted
    kind: Mapped[str] = mapped_column(String(12), default="invoice")  # invoice|credit_note
    number: Mapped[str | None] = mapped_column(String(30))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    invoice_account_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    document_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    terms_id: Mapped[int | None] = mapped_column(ForeignKey("terms_of_payment.id"))
    cash_discount_id: Mapped[int | None] = mapped_column(ForeignKey("cash_discount.id"))
    posting_profile_id: Mapped[int | None] = mapped_column(ForeignKey("posting_profile.id"))
    method_of_payment_id: Mapped[int | None] = mapped_column(ForeignKey("method_of_payment.id"))
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal(1))
    language: Mapped[str] = mapped_column(String(5), default="en")
    notes: Mapped[str | None] = mapped_column(Text)
    lines_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    charges_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("voucher.id"))
    transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
    #: A credit note's original invoice; a corrected invoice's original (DOMAIN 3.6).
    original_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    correction: Mapped[str | None] = mapped_column(String(12))  # cancelling|corrected
    reason: Mapped[str | None] = mapped_column(String(200))
    #: Recurring invoices: the run that made the draft, the assignment and the occurrence it bills.
    recurrence_id: Mapped[str | None] = mapped_column(String(30), index=True)
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("recurring_assignment.id"))
    period_date: Mapped[dt.date | None] = mapped_column(Date)


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (UniqueConstraint("invoice_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(4), default=Decimal(1))
    unit_price: Mapped[Decimal | None] = mapped_column(ScaledDecimal(4))
    amount: Mapped[Decimal] = mapped_column(Money())
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"))
    packing_slip_line_id: Mapped[int | None] = mapped_column(ForeignKey("packing_slip_line.id"))


class InvoiceCharge(Base):
    """A header charge (freight, handling) posted to the charge code's ledger account (DOMAIN 2.11)."""

    __tablename__ = "invoice_charge"
    __table_args__ = (UniqueConstraint("invoice_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    charge_code_id: Mapped[int] = mapped_column(ForeignKey("charge_code.id"))
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money())
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))


class InvoiceTax(Base):
    """Tax summary per code: tax = round(Σ line net × rate), rounded once per code (DOMAIN 0)."""

    __tablename__ = "invoice_tax"
    __table_args__ = (UniqueConstraint("invoice_id", "sales_tax_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    sales_tax_id: Mapped[int] = mapped_column(ForeignKey("sales_tax.id"))
    percent: Mapped[Decimal] = mapped_column(Percent())
    base: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
