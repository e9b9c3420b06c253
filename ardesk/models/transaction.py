"""Customer transactions (open items), their cash discount schedule and settlements (DOMAIN 4.4)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, Percent, Rate

#: Columns of a customer transaction that may change after posting; everything else is history.
MUTABLE_TRANSACTION_COLUMNS = ("balance", "balance_acc", "closed_date", "discount_taken", "version")


class CustomerTransaction(CompanyOwned, Base):
    """A posted debit (invoice, fee, interest note) or credit (payment, credit note, discount).

    amount and balance are signed from the company's view and in transaction currency; the
    balance is the part not yet settled and is the only figure settlement may change.
    """

    __tablename__ = "customer_transaction"
    __table_args__ = (
        UniqueConstraint("company_id", "voucher_id", "number"),
        Index("ix_customer_transaction_open", "company_id", "customer_id", "closed_date", "due_date"),
        Index("ix_customer_transaction_number", "company_id", "number"),
        Index("ix_customer_transaction_payment_reference", "company_id", "payment_reference"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id"), index=True)
    number: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    document_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal(1))
    amount: Mapped[Decimal] = mapped_column(Money())
    amount_acc: Mapped[Decimal] = mapped_column(Money())
    #: The summary (receivable) account this transaction was posted to.
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    posting_profile_id: Mapped[int] = mapped_column(ForeignKey("posting_profile.id"))
    cash_discount_id: Mapped[int | None] = mapped_column(ForeignKey("cash_discount.id"))
    method_of_payment_id: Mapped[int | None] = mapped_column(ForeignKey("method_of_payment.id"))
    reference: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(String(200), default="")
    # --- mutable by settlement only (see MUTABLE_TRANSACTION_COLUMNS) ---
    balance: Mapped[Decimal] = mapped_column(Money())
    balance_acc: Mapped[Decimal] = mapped_column(Money())
    discount_taken: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    closed_date: Mapped[dt.date | None] = mapped_column(Date)
    # --- company_id (not mutable) is declared last, where the mixin put it: the column order is part of
    # the frozen trigger SQL. No index of its own: both composite indexes start with it, and a lone
    # company index tempts SQLite into walking every transaction of the company when a query also
    # sorts by id (benchmarks/README).
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), nullable=False)
    #: Raised by one at every change of balance, balance_acc, closed_date or discount_taken
    #: (services.balances): a change whose version no longer matches was overtaken by another user's.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The structured payment reference printed on the invoice (RF... or a betalingskenmerk): what a
    #: bank statement line names to pay it (issue 10). Set at posting, never changed.
    payment_reference: Mapped[str | None] = mapped_column(String(35))


class DiscountScheduleRow(Base):
    """One period of a transaction's cash discount schedule; the last row is the due date, 0.00."""

    __tablename__ = "discount_schedule"
    __table_args__ = (UniqueConstraint("transaction_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    discount_date: Mapped[dt.date] = mapped_column(Date)
    percent: Mapped[Decimal] = mapped_column(Percent())
    discount: Mapped[Decimal] = mapped_column(Money())
    amount_to_pay: Mapped[Decimal] = mapped_column(Money())


class Settlement(CompanyOwned, Base):
    """A debit and a credit transaction offset against each other (DOMAIN 4.4).

    amount is the part of the debit closed (positive, transaction currency), of which
    discount was granted as cash discount and difference went to a tolerance account.
    """

    __tablename__ = "settlement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The settlement action this row belongs to: unsettling undoes the whole action.
    event: Mapped[str] = mapped_column(String(30), index=True, default="")
    debit_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"), index=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    amount_acc: Mapped[Decimal] = mapped_column(Money())
    discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    difference: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    exchange_result: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("voucher.id"))
    #: Set (once) when the settlement is undone; the row itself stays as history.
    unsettled_date: Mapped[dt.date | None] = mapped_column(Date)
    unsettle_voucher_id: Mapped[int | None] = mapped_column(ForeignKey("voucher.id"))
