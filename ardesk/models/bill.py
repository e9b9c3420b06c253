"""Bills of exchange (wissels) and the events of their life: draw, remit, settle, protest, redraw, close (DOMAIN 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, Rate


class BillOfExchange(CompanyOwned, Base):
    """One bill drawn on a customer for (part of) an invoice. The claim stays a customer transaction
    until the bank honours it: open_transaction_id is the open debit that carries it now, on the
    summary account of the bill's stage (BoE, remitted, protested); None once settled or closed."""

    __tablename__ = "bill_of_exchange"
    __table_args__ = (
        UniqueConstraint("company_id", "number"),
        Index("ix_bill_of_exchange_state", "company_id", "state", "due_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    #: The invoice's customer transaction the bill was drawn for (a redrawn bill: the first bill's invoice).
    invoice_transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
    open_transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
    amount: Mapped[Decimal] = mapped_column(Money())  # transaction currency
    amount_acc: Mapped[Decimal] = mapped_column(Money())  # accounting currency, at the invoice's rate
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal(1))
    drawn_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    #: drawn | remitted | honored | protested | redrawn | closed
    state: Mapped[str] = mapped_column(String(12), default="drawn")
    #: collection | discount, once remitted to the bank
    remitted_as: Mapped[str | None] = mapped_column(String(12))
    #: What the bank kept of a discounted bill (interest and fee), accounting currency.
    discount_charge: Mapped[Decimal | None] = mapped_column(Money())
    redrawn_from_id: Mapped[int | None] = mapped_column(ForeignKey("bill_of_exchange.id"))
    #: invoice_back | write_off, once a protested bill is closed
    closed_how: Mapped[str | None] = mapped_column(String(12))
    #: The date of the latest step: no later step may be dated before it.
    last_date: Mapped[dt.date] = mapped_column(Date)


class BillEvent(CompanyOwned, Base):
    """One step of a bill with the voucher it posted (draw, remit, settle, protest, redraw, close)."""

    __tablename__ = "bill_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bill_of_exchange.id"), index=True)
    event: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
