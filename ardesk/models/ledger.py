"""Vouchers and their ledger entries: the general ledger, written only by services.posting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money


class Voucher(CompanyOwned, Base):
    """One business event; its entries balance in accounting currency. Immutable once written."""

    __tablename__ = "voucher"
    __table_args__ = (
        UniqueConstraint("company_id", "number"),
        Index("uq_voucher_chain_seq", "company_id", "chain_seq", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(200), default="")
    #: The voucher this one reverses, if it is a reversal.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("voucher.id"))
    #: How many ledger entries the voucher has: the database refuses one more (a posted voucher is whole).
    line_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The voucher's place in the company's hash chain (1, 2, ...) and its hash (ardesk.db.chain).
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    hash: Mapped[str | None] = mapped_column(String(64))


class LedgerEntry(CompanyOwned, Base):
    """A voucher line. amount is signed in accounting currency: debit positive, credit negative."""

    __tablename__ = "ledger_entry"
    __table_args__ = (Index("ix_ledger_entry_account_date", "company_id", "account_id", "date"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3))
    amount_cur: Mapped[Decimal] = mapped_column(Money())
    text: Mapped[str] = mapped_column(String(200), default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
