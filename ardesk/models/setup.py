"""Set-up tables: terms of payment, cash discounts, sales tax, methods of payment, posting profiles, aging."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Percent


class TermsOfPayment(CompanyOwned, Base):
    """Due date = document date + months + days (DOMAIN 2.5); basis "net" or "cod"."""

    __tablename__ = "terms_of_payment"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    basis: Mapped[str] = mapped_column(String(10), default="net")
    months: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer, default=0)

    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class CashDiscount(CompanyOwned, Base):
    """A cash discount code with one or more periods (DOMAIN 2.6)."""

    __tablename__ = "cash_discount"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    #: customer_discount_account; None falls back to the cash_discount role.
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))

    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class CashDiscountPeriod(Base):
    __tablename__ = "cash_discount_period"
    __table_args__ = (UniqueConstraint("cash_discount_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cash_discount_id: Mapped[int] = mapped_column(ForeignKey("cash_discount.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    percent: Mapped[Decimal] = mapped_column(Percent())


class SalesTax(CompanyOwned, Base):
    __tablename__ = "sales_tax"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    percent: Mapped[Decimal] = mapped_column(Percent())
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))

    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    #: standard | zero | exempt | reverse_charge | intra_eu | export: which legal wording a 0 % line prints.
    kind: Mapped[str] = mapped_column(String(15), default="standard", server_default="standard")
    #: Overrides the legal wording of the kind on invoices (None: the wording of services.tax_texts).
    invoice_text: Mapped[str | None] = mapped_column(String(300))


class MethodOfPayment(CompanyOwned, Base):
    __tablename__ = "method_of_payment"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))  # cash|check|card|electronic|bill_of_exchange
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    direct_debit: Mapped[bool] = mapped_column(Boolean, default=False)

    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class PostingProfile(CompanyOwned, Base):
    """Decides the summary (receivable) account of a customer transaction (DOMAIN 2.4)."""

    __tablename__ = "posting_profile"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    settle: Mapped[bool] = mapped_column(Boolean, default=True)
    interest: Mapped[bool] = mapped_column(Boolean, default=True)
    collection_letter: Mapped[bool] = mapped_column(Boolean, default=True)
    interest_code: Mapped[str | None] = mapped_column(String(20))
    collection_letter_sequence: Mapped[str | None] = mapped_column(String(20))

    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class PostingProfileLine(Base):
    __tablename__ = "posting_profile_line"
    __table_args__ = (UniqueConstraint("profile_id", "scope", "who"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("posting_profile.id"), index=True)
    scope: Mapped[str] = mapped_column(String(6))  # table|group|all
    who: Mapped[str] = mapped_column(String(20), default="")  # customer account / group code / ""
    receivable_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    writeoff_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))


class AgingDefinition(CompanyOwned, Base):
    __tablename__ = "aging_definition"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    basis: Mapped[str] = mapped_column(String(15), default="due_date")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class AgingBucket(Base):
    __tablename__ = "aging_bucket"
    __table_args__ = (UniqueConstraint("definition_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    definition_id: Mapped[int] = mapped_column(ForeignKey("aging_definition.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40))
    from_days: Mapped[int | None] = mapped_column(Integer)
    to_days: Mapped[int | None] = mapped_column(Integer)
