"""Customer groups and customers (DOMAIN 2.2, 2.3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money


class CustomerGroup(CompanyOwned, Base):
    __tablename__ = "customer_group"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    terms_id: Mapped[int | None] = mapped_column(ForeignKey("terms_of_payment.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Customer(CompanyOwned, Base):
    __tablename__ = "customer"
    __table_args__ = (UniqueConstraint("company_id", "account"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("customer_group.id"))
    terms_id: Mapped[int | None] = mapped_column(ForeignKey("terms_of_payment.id"))
    cash_discount_id: Mapped[int | None] = mapped_column(ForeignKey("cash_discount.id"))
    posting_profile_id: Mapped[int | None] = mapped_column(ForeignKey("posting_profile.id"))
    method_of_payment_id: Mapped[int | None] = mapped_column(ForeignKey("method_of_payment.id"))
    sales_tax_id: Mapped[int | None] = mapped_column(ForeignKey("sales_tax.id"))
    #: Bill-to customer; None means the customer itself.
    invoice_account_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(5), default="en")
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())
    mandatory_credit_limit: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Invoicing and delivery on hold: "no" | "invoice" | "all" (DOMAIN 2.2, 5.3).
    on_hold: Mapped[str] = mapped_column(String(8), default="no")
    address: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    vat_number: Mapped[str | None] = mapped_column(String(30))
    #: ISO 3166 country code; with the company's country it decides whether a sale is domestic (VAT).
    country: Mapped[str | None] = mapped_column(String(2))
    contact: Mapped[str | None] = mapped_column(String(200))
    coc_number: Mapped[str | None] = mapped_column(String(30))  # chamber of commerce (KvK) number
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    #: Address-book id shared by the same person's customer records in several companies.
    party: Mapped[str | None] = mapped_column(String(30), index=True)
    #: A consumer (not a business): gets the 14-day letter before collection costs (DOMAIN 5.7).
    consumer: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: Collections: "" | hold | disputed; a held or disputed customer gets no letters and no interest.
    collection_status: Mapped[str] = mapped_column(String(10), default="", server_default="")
    #: Letters per customer (DOMAIN 5.4): the step the customer has reached and the last letter's date.
    letter_step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
