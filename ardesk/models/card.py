"""Card payments: an authorization by the card processor and what became of it (DOMAIN 8).

Never the card number or its security code (PCI DSS): the processor's token, the brand and the last four
digits identify the card."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money


class CardPayment(CompanyOwned, Base):
    """One card authorization: authorized, then captured (posting a customer payment) or voided; or
    declined by the processor. A partial capture closes the authorization (DOMAIN 8)."""

    __tablename__ = "card_payment"
    __table_args__ = (
        UniqueConstraint("company_id", "number"),
        Index("ix_card_payment_customer", "company_id", "customer_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))  # the card_payment sequence, CARD-
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    #: The invoice (main customer transaction) the payment is for, when one was named.
    invoice_transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
    processor: Mapped[str] = mapped_column(String(40))
    token: Mapped[str] = mapped_column(String(100))
    brand: Mapped[str] = mapped_column(String(20))  # visa | mastercard | amex | discover
    last4: Mapped[str] = mapped_column(String(4))
    expiry_month: Mapped[int] = mapped_column(Integer)
    expiry_year: Mapped[int] = mapped_column(Integer)
    holder: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Money())  # authorized (or declined) amount
    currency: Mapped[str] = mapped_column(String(3))
    #: The method of payment (kind card) the capture posts with.
    method_of_payment_id: Mapped[int] = mapped_column(ForeignKey("method_of_payment.id"))
    state: Mapped[str] = mapped_column(String(12))  # authorized | captured | voided | declined
    decline_reason: Mapped[str | None] = mapped_column(String(40))
    authorization_code: Mapped[str | None] = mapped_column(String(40))
    authorized_on: Mapped[dt.date] = mapped_column(Date)
    captured_on: Mapped[dt.date | None] = mapped_column(Date)
    voided_on: Mapped[dt.date | None] = mapped_column(Date)
    captured_amount: Mapped[Decimal | None] = mapped_column(Money())
    #: The customer payment the capture posted.
    payment_transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
