"""Payment journals with their lines and marks, and deposit slips (DOMAIN 4.1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, Rate


class PaymentJournal(CompanyOwned, Base):
    """A batch of customer payments, saved unposted and posted together."""

    __tablename__ = "payment_journal"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|posted
    posted_date: Mapped[dt.date | None] = mapped_column(Date)


class PaymentJournalLine(Base):
    __tablename__ = "payment_journal_line"
    __table_args__ = (UniqueConstraint("journal_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("payment_journal.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money())  # None: the marked total
    method_of_payment_id: Mapped[int] = mapped_column(ForeignKey("method_of_payment.id"))
    reference: Mapped[str | None] = mapped_column(String(100))
    prepayment: Mapped[bool] = mapped_column(Boolean, default=False)
    full_settlement: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal(1))
    transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))


class JournalMark(CompanyOwned, Base):
    """An open transaction marked on an unposted journal line. The unique transaction is the
    marking lock: a transaction is marked in at most one unposted journal (DOMAIN 4.1)."""

    __tablename__ = "journal_mark"
    __table_args__ = (UniqueConstraint("company_id", "transaction_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("payment_journal_line.id"), index=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    use_cash_discount: Mapped[str] = mapped_column(String(6), default="normal")


class DepositSlip(CompanyOwned, Base):
    __tablename__ = "deposit_slip"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    total: Mapped[Decimal] = mapped_column(Money())


class DepositSlipLine(Base):
    __tablename__ = "deposit_slip_line"
    __table_args__ = (UniqueConstraint("transaction_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("deposit_slip.id"), index=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
