"""Companies (legal entities), their AR parameters, GL accounts, account roles and number sequences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, Rate

ACCOUNT_KINDS = ("asset", "liability", "equity", "revenue", "expense")


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    address: Mapped[str | None] = mapped_column(String(500))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    vat_number: Mapped[str | None] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(5), default="en")
    #: ISO 3166 country of the company's seat ("NL"); decides domestic vs. foreign customers for VAT.
    country: Mapped[str | None] = mapped_column(String(2))
    #: First month (1-12) of the fiscal year.
    fiscal_year_start: Mapped[int] = mapped_column(Integer, server_default="1")
    # Letterhead (printed on invoices, letters and statements).
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    website: Mapped[str | None] = mapped_column(String(200))
    coc_number: Mapped[str | None] = mapped_column(String(30))  # chamber of commerce (KvK) number
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG or JPEG
    #: Raised by the database at every change of the company's set-up (services.setup_cache).
    setup_version: Mapped[int] = mapped_column(Integer, server_default="0")
    #: The end of the company's voucher hash chain: how many vouchers it holds and the last one's hash.
    chain_seq: Mapped[int] = mapped_column(Integer, server_default="0")
    chain_head: Mapped[str] = mapped_column(String(64), server_default="0" * 64)


class Parameters(CompanyOwned, Base):
    """Accounts receivable parameters (DOMAIN 2.1), one row per company."""

    __tablename__ = "ar_parameters"
    __table_args__ = (UniqueConstraint("company_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    default_posting_profile: Mapped[str] = mapped_column(String(20), default="GEN")
    prepayment_posting_profile: Mapped[str] = mapped_column(String(20), default="PREPAY")
    automatic_settlement: Mapped[bool] = mapped_column(Boolean, default=False)
    cash_discount_administration: Mapped[str] = mapped_column(String(10), default="specific")
    max_penny_difference: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    max_over_underpayment: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    cash_discount_on_partial_payments: Mapped[bool] = mapped_column(Boolean, default=False)
    cash_discount_on_credit_notes: Mapped[bool] = mapped_column(Boolean, default=False)
    prioritize_settlement: Mapped[bool] = mapped_column(Boolean, default=False)
    settlement_priority: Mapped[str | None] = mapped_column(String(200))  # comma-separated kinds
    minimum_reimbursement: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    collection_letter_per: Mapped[str] = mapped_column(String(12), default="transaction")
    stop_fti_posting_on_first_error: Mapped[bool] = mapped_column(Boolean, default=True)
    credit_limit_check: Mapped[str] = mapped_column(String(10), default="balance")  # none|balance
    #: The structured payment reference every invoice gets (issue 10): rf (ISO 11649), nl (16-digit
    #: betalingskenmerk) or none.
    payment_reference: Mapped[str] = mapped_column(String(4), default="rf", server_default="rf")
    sepa_creditor_id: Mapped[str | None] = mapped_column(String(35))
    #: Days between the pre-notification (the invoice) and the collection (SEPA default 14; DOMAIN 7.4).
    prenotification_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    #: Centralized payments (DOMAIN 4.13): companies with the same group pay for each other.
    centralized_group: Mapped[str | None] = mapped_column(String(30))
    centralized_cash_discount_in: Mapped[str | None] = mapped_column(String(10))  # invoice|payment
    centralized_exchange_result_in: Mapped[str | None] = mapped_column(String(10))  # invoice|payment
    #: Which open items a payment without marks settles first (DOMAIN 5.7, 4.9): priority | legal.
    clearing_order: Mapped[str] = mapped_column(String(10), default="priority", server_default="priority")
    #: Interest notes include items paid late inside the window (DOMAIN 5.5, "late-paid items").
    interest_late_paid: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    #: The sane range of business dates (issue 11): a date outside it is a typing error (2205 for 2025).
    earliest_date: Mapped[dt.date] = mapped_column(Date, default=dt.date(1990, 1, 1), server_default="1990-01-01")
    latest_date: Mapped[dt.date] = mapped_column(Date, default=dt.date(2100, 12, 31), server_default="2100-12-31")
    #: The sales-tax code a new invoice line takes when neither the customer nor the line names one.
    default_sales_tax: Mapped[str | None] = mapped_column(String(20))


class Account(CompanyOwned, Base):
    """A general-ledger main account."""

    __tablename__ = "account"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    #: Summary (control) accounts take postings only from customer transactions (DOMAIN 11.1).
    summary: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class AccountRole(CompanyOwned, Base):
    """Maps a role (receivable, bank, cash_discount, ...) to a GL account (DOMAIN 2.12)."""

    __tablename__ = "account_role"
    __table_args__ = (UniqueConstraint("company_id", "role"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(30))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))


class NumberSequence(CompanyOwned, Base):
    """A gap-free counter: a number is consumed only by the transaction that posts (DOMAIN 3.7)."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(20), default="")
    width: Mapped[int] = mapped_column(Integer, default=6)
    next_number: Mapped[int] = mapped_column(Integer, default=1)


class ExchangeRate(CompanyOwned, Base):
    """Units of the company's currency for one unit of `currency`, valid from a date (DOMAIN 4.11)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("company_id", "currency", "valid_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Rate())


class ChangeStamp(Base):
    """A counter per company that every writing call raises as its last statement (issue 11): open windows
    compare it to what they showed and reload lists another user changed. Raised last, so its row lock is
    held only while committing and never waits for another lock (no deadlock with posting's company lock)."""

    __tablename__ = "change_stamp"
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
