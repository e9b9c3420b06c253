"""What a bank statement file says, format-free: one statement with its balances and entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class BankEntry:
    """One booked line of a statement. amount is signed from the company's side: + money in (a credit
    on its account), − money out. index counts the statement's entries from 1 (a batch booking split
    into its transactions gives each one its own index)."""

    index: int
    booking_date: dt.date
    value_date: dt.date | None
    amount: Decimal
    currency: str
    counterparty_name: str | None
    counterparty_iban: str | None
    structured_reference: str | None  # as the bank gave it (spaces removed, upper case)
    remittance_text: str
    bank_reference: str | None


@dataclass(frozen=True)
class BankStatement:
    """A statement of one account: opening balance + sum of the entries = closing balance (checked).

    format: "camt053" | "mt940"; from_date/to_date: the period the bank names (CAMT FrToDt), else the
    first booking date (the closing date when there are no entries) and the closing balance date."""

    format: str
    statement_id: str
    account_iban: str
    currency: str
    from_date: dt.date
    to_date: dt.date
    opening_balance: Decimal
    closing_balance: Decimal
    entries: tuple[BankEntry, ...]
