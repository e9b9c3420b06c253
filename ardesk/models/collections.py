"""Credit and collections tables: interest codes, letter sequences, letters, interest notes, activities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned, Money, Percent


# --- set-up --------------------------------------------------------------------------------------
class InterestCode(CompanyOwned, Base):
    """An interest code (DOMAIN 2.9): its rates live in date-effective versions."""

    __tablename__ = "interest_code"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    #: Interest revenue account; None falls back to the interest_income role.
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InterestVersion(Base):
    """One version of an interest code, in force from valid_from until the next version."""

    __tablename__ = "interest_version"
    __table_args__ = (UniqueConstraint("code_id", "valid_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("interest_code.id"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(24))  # yearly_per_day | percent_per_interval | amount_per_interval
    percent: Mapped[Decimal | None] = mapped_column(Percent())
    amount: Mapped[Decimal | None] = mapped_column(Money())
    every_n: Mapped[int] = mapped_column(Integer, default=1)
    every_unit: Mapped[str] = mapped_column(String(5), default="month")  # day | month
    range_by: Mapped[str | None] = mapped_column(String(6))  # None | amount | days | months
    grace_days: Mapped[int] = mapped_column(Integer, default=0)
    minimum: Mapped[Decimal | None] = mapped_column(Money())
    maximum: Mapped[Decimal | None] = mapped_column(Money())
    compound_yearly: Mapped[bool] = mapped_column(Boolean, default=False)
    count_started: Mapped[bool] = mapped_column(Boolean, default=False)


class InterestRange(Base):
    """A band of a ranged version: from_value (amount, day or month number) and its value."""

    __tablename__ = "interest_range"
    __table_args__ = (UniqueConstraint("version_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("interest_version.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    from_value: Mapped[Decimal] = mapped_column(Percent())
    value: Mapped[Decimal] = mapped_column(Percent())


class LetterSequence(CompanyOwned, Base):
    """A collection letter sequence (DOMAIN 2.10): up to five steps of escalation."""

    __tablename__ = "letter_sequence"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    per: Mapped[str] = mapped_column(String(12), default="transaction")  # transaction | customer
    #: Comma-separated currencies letters are made for; None: every currency.
    currencies: Mapped[str | None] = mapped_column(String(100))
    terms_id: Mapped[int | None] = mapped_column(ForeignKey("terms_of_payment.id"))
    ignore_payments: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LetterStep(Base):
    """One step of a sequence: grace days, minimum overdue balance, fee and block (DOMAIN 2.10)."""

    __tablename__ = "letter_step"
    __table_args__ = (UniqueConstraint("sequence_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence_id: Mapped[int] = mapped_column(ForeignKey("letter_sequence.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # 1..5
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    days: Mapped[int] = mapped_column(Integer, default=0)
    min_overdue: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    fee: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    fee_bik: Mapped[bool] = mapped_column(Boolean, default=False)  # fee = collection costs (BIK scale)
    fee_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    block: Mapped[bool] = mapped_column(Boolean, default=False)


class LetterText(Base):
    """The text of a step in one language; without one the default text of ardesk prints."""

    __tablename__ = "letter_text"
    __table_args__ = (UniqueConstraint("step_id", "language"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("letter_step.id"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    closing: Mapped[str] = mapped_column(String(500), default="")


# --- per transaction ------------------------------------------------------------------------------
class CollectionState(CompanyOwned, Base):
    """The collection state of one customer transaction: hold or dispute, a promise to pay, and the
    letter step it has reached (posted customer transactions themselves stay immutable)."""

    __tablename__ = "collection_state"
    __table_args__ = (UniqueConstraint("transaction_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
    #: "" | hold | disputed | promise | promise_broken. Held and disputed items get no letters or interest.
    status: Mapped[str] = mapped_column(String(16), default="")
    promise_date: Mapped[dt.date | None] = mapped_column(Date)
    promise_amount: Mapped[Decimal | None] = mapped_column(Money())
    letter_step: Mapped[int] = mapped_column(Integer, default=0)
    letter_date: Mapped[dt.date | None] = mapped_column(Date)


class CollectionActivity(CompanyOwned, Base):
    """A note, call, promise to pay, dispute or hold logged on a customer (DOMAIN 5.2)."""

    __tablename__ = "collection_activity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
    kind: Mapped[str] = mapped_column(String(12))  # note | call | promise | dispute | hold | release
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(String(1000), default="")
    follow_up: Mapped[dt.date | None] = mapped_column(Date)
    promise_date: Mapped[dt.date | None] = mapped_column(Date)
    promise_amount: Mapped[Decimal | None] = mapped_column(Money())
    done: Mapped[bool] = mapped_column(Boolean, default=False)


# --- documents ------------------------------------------------------------------------------------
class CollectionLetter(CompanyOwned, Base):
    """A collection letter: created by a run, printed, posted (with its fee), or reversed/cancelled."""

    __tablename__ = "collection_letter"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    sequence_id: Mapped[int] = mapped_column(ForeignKey("letter_sequence.id"))
    step_seq: Mapped[int] = mapped_column(Integer)
    step_code: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    letter_date: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="created")  # created|posted|reversed|cancelled
    printed: Mapped[bool] = mapped_column(Boolean, default=False)
    fee: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    #: The 14-day letter of a consumer (DOMAIN 5.7): states the costs, charges none.
    fourteen_day: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
    posted_date: Mapped[dt.date | None] = mapped_column(Date)
    reversed_date: Mapped[dt.date | None] = mapped_column(Date)
    #: What posting changed on the customer, put back by a reversal.
    set_block: Mapped[bool] = mapped_column(Boolean, default=False)
    hold_before: Mapped[str | None] = mapped_column(String(8))
    customer_step_before: Mapped[int | None] = mapped_column(Integer)
    customer_date_before: Mapped[dt.date | None] = mapped_column(Date)


class CollectionLetterLine(Base):
    """A transaction in a letter: its state at the run, and the step it had before posting."""

    __tablename__ = "collection_letter_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("collection_letter.id"), index=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"), index=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    days_overdue: Mapped[int] = mapped_column(Integer)
    balance: Mapped[Decimal] = mapped_column(Money())
    step_before: Mapped[int] = mapped_column(Integer, default=0)
    date_before: Mapped[dt.date | None] = mapped_column(Date)


class InterestNote(CompanyOwned, Base):
    """An interest note (DOMAIN 5.5): created by a run, posted as a customer transaction of kind
    interest_note with the same number, then possibly waived, reinstated or reversed (DOMAIN 5.6)."""

    __tablename__ = "interest_note"
    __table_args__ = (UniqueConstraint("company_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    interest_code: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    from_date: Mapped[dt.date | None] = mapped_column(Date)
    to_date: Mapped[dt.date] = mapped_column(Date)
    #: created | posted | waived | reinstated | reversed | cancelled
    state: Mapped[str] = mapped_column(String(10), default="created")
    printed: Mapped[bool] = mapped_column(Boolean, default=False)
    total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    transaction_id: Mapped[int | None] = mapped_column(ForeignKey("customer_transaction.id"))
    posted_date: Mapped[dt.date | None] = mapped_column(Date)


class InterestNoteLine(Base):
    """One line: a transaction, one rate version and balance segment (interest on days start < d <= end)."""

    __tablename__ = "interest_note_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("interest_note.id"), index=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    base: Mapped[Decimal] = mapped_column(Money())
    rate: Mapped[Decimal | None] = mapped_column(Percent())
    interest: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(24), default="yearly_per_day")


class InterestAdjustment(CompanyOwned, Base):
    """A waiver, reinstatement or reversal of a posted note (DOMAIN 5.6): the history kept per note."""

    __tablename__ = "interest_adjustment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("interest_note.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # waive | reinstate | reverse
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    transaction_id: Mapped[int] = mapped_column(ForeignKey("customer_transaction.id"))
