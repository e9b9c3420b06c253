"""Aging snapshots (DOMAIN 5.1): stored per-customer aging of one definition, for fast collections lists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money


class AgingSnapshot(CompanyOwned, Base):
    """The active snapshot of one aging definition in a company: taking a new one replaces it (DOMAIN 5.1,
    one active snapshot per definition per legal entity). A cache of services.aging.aging_rows as of
    `as_of`, amounts in the accounting currency; editing or deleting the definition drops it."""

    __tablename__ = "aging_snapshot"
    __table_args__ = (UniqueConstraint("company_id", "definition_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    definition_id: Mapped[int] = mapped_column(ForeignKey("aging_definition.id"))
    as_of: Mapped[dt.date] = mapped_column(Date)
    #: The definition's basis when the snapshot was taken: due_date | document_date.
    basis: Mapped[str] = mapped_column(String(15))
    #: The day the snapshot was taken (given by the caller: services never read the clock).
    taken_on: Mapped[dt.date] = mapped_column(Date)


class AgingSnapshotCustomer(Base):
    """Header per customer (DOMAIN 5.1): the total and overdue balance as of the snapshot's date, and the
    credit limit the customer had when it was taken."""

    __tablename__ = "aging_snapshot_customer"
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("aging_snapshot.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    total: Mapped[Decimal] = mapped_column(Money())
    overdue: Mapped[Decimal] = mapped_column(Money())
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())


class AgingSnapshotLine(Base):
    """Detail per period (DOMAIN 5.1): the customer's balance in one bucket (seq: the bucket's position in
    the definition, from 0). Buckets that hold nothing have no line."""

    __tablename__ = "aging_snapshot_line"
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("aging_snapshot.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money())
