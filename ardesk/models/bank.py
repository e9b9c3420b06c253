"""Imported bank statements and their lines, kept so that a statement is imported once (issue 10)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money


class BankStatement(CompanyOwned, Base):
    """One imported statement file: which account, which days, and the payment journal it became."""

    __tablename__ = "bank_statement"
    __table_args__ = (
        UniqueConstraint("company_id", "file_hash"),
        Index("ix_bank_statement_account", "company_id", "account_iban", "from_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    format: Mapped[str] = mapped_column(String(10))  # camt.053 | mt940
    statement_id: Mapped[str] = mapped_column(String(35))
    account_iban: Mapped[str] = mapped_column(String(34))
    currency: Mapped[str] = mapped_column(String(3))
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date] = mapped_column(Date)
    opening_balance: Mapped[Decimal] = mapped_column(Money())
    closing_balance: Mapped[Decimal] = mapped_column(Money())
    entry_count: Mapped[int] = mapped_column(Integer)
    #: SHA-256 of the file's bytes: the same file is refused a second time.
    file_hash: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200), default="")
    journal_id: Mapped[int | None] = mapped_column(ForeignKey("payment_journal.id"))


class BankStatementLine(CompanyOwned, Base):
    """One entry of a statement with what the matcher made of it; a matched credit became a journal line."""

    __tablename__ = "bank_statement_line"
    __table_args__ = (UniqueConstraint("statement_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statement.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    booking_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())  # signed: + money in
    currency: Mapped[str] = mapped_column(String(3))
    counterparty_name: Mapped[str] = mapped_column(String(140), default="")
    counterparty_iban: Mapped[str | None] = mapped_column(String(34))
    reference: Mapped[str | None] = mapped_column(String(140))
    remittance: Mapped[str] = mapped_column(String(500), default="")
    bank_reference: Mapped[str | None] = mapped_column(String(100))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    confidence: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(20), default="unknown")
    journal_line_id: Mapped[int | None] = mapped_column(ForeignKey("payment_journal_line.id"))
