"""SEPA direct debit: the customers' mandates, the runs that collected with them and each collection (DOMAIN 7)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money


class Mandate(CompanyOwned, Base):
    """A debtor's authorisation to collect from one account (DOMAIN 7.3). The reference never changes; an
    IBAN amendment keeps the old IBAN in original_iban until the next collection has reported it."""

    __tablename__ = "mandate"
    __table_args__ = (
        UniqueConstraint("company_id", "reference"),
        Index("ix_mandate_customer", "company_id", "customer_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(35))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    scheme: Mapped[str] = mapped_column(String(4), default="CORE")  # CORE|COR1|B2B
    recurring: Mapped[bool] = mapped_column(Boolean, default=True)
    expected_payments: Mapped[int | None] = mapped_column(Integer)
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_at: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(10), default="new")  # new|active|cancelled|expired|completed
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(200), default="")
    last_collection: Mapped[dt.date | None] = mapped_column(Date)
    collections_done: Mapped[int] = mapped_column(Integer, default=0)
    #: The next collection is sent as FRST (a new mandate, or the debtor moved to another bank: SMNDA).
    first_pending: Mapped[bool] = mapped_column(Boolean, default=True)
    original_iban: Mapped[str | None] = mapped_column(String(34))
    amended_on: Mapped[dt.date | None] = mapped_column(Date)


class DirectDebitRun(CompanyOwned, Base):
    """One pain.008 file: the collections of one collection date (DOMAIN 7.5)."""

    __tablename__ = "direct_debit_run"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    message_id: Mapped[str] = mapped_column(String(35), index=True)
    version: Mapped[str] = mapped_column(String(20))
    prepared_on: Mapped[dt.date] = mapped_column(Date)
    collection_date: Mapped[dt.date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Money())
    file_name: Mapped[str] = mapped_column(String(260), default="")
    #: The excluded invoices and why, one "number: reason" per line, as the run reported them.
    excluded: Mapped[str] = mapped_column(String(20000), default="")


class DirectDebitCollection(CompanyOwned, Base):
    """One transaction of a run: an invoice collected under a mandate, and the payment that settled it."""

    __tablename__ = "direct_debit_collection"
    __table_args__ = (Index("ix_direct_debit_collection_e2e", "company_id", "end_to_end_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("direct_debit_run.id"), index=True)
    mandate_id: Mapped[int] = mapped_column(ForeignKey("mandate.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
    payment_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
    end_to_end_id: Mapped[str] = mapped_column(String(35))
    sequence_type: Mapped[str] = mapped_column(String(4))  # FRST|RCUR|FNAL|OOFF
    amount: Mapped[Decimal] = mapped_column(Money())
    #: collected | rejected (refused before settlement: pain.002) | returned (after settlement: camt.054)
    status: Mapped[str] = mapped_column(String(10), default="collected")
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    return_reason: Mapped[str] = mapped_column(String(4), default="")
    return_fee: Mapped[Decimal | None] = mapped_column(Money())
