"""Frozen records that services return to the API, the views and the reports (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple


@dataclass(frozen=True)
class CompanyInfo:
    code: str
    name: str
    currency: str


@dataclass(frozen=True)
class CustomerInfo:
    account: str
    name: str
    group: str
    terms: str | None
    cash_discount: str | None
    currency: str
    credit_limit: Decimal | None
    language: str
    posting_profile: str | None
    party: str | None
    balance: Decimal
    address: str | None = None
    email: str | None = None
    iban: str | None = None
    bic: str | None = None
    on_hold: str = "no"
    method_of_payment: str | None = None
    mandatory_credit_limit: bool = False
    consumer: bool = False
    collection_status: str = ""  # "" | hold | disputed (DOMAIN 5.2)
    phone: str | None = None
    vat_number: str | None = None
    country: str | None = None  # ISO 3166 ("NL")
    contact: str | None = None  # contact person
    coc_number: str | None = None  # chamber of commerce (KvK) number
    sales_tax: str | None = None  # the customer's default sales-tax code for new invoice lines


@dataclass(frozen=True)
class VoucherLine:
    account: str
    debit: Decimal
    credit: Decimal
    text: str


@dataclass(frozen=True)
class TrialBalanceRow:
    account: str
    name: str
    debit: Decimal
    credit: Decimal


class ScheduleRow(NamedTuple):
    """One cash discount period: pay amount_to_pay by discount_date and discount is granted."""

    discount_date: dt.date
    discount: Decimal
    amount_to_pay: Decimal


@dataclass(frozen=True)
class Document:
    number: str
    voucher: str
    kind: str
    customer: str
    date: dt.date
    due_date: dt.date | None
    amount: Decimal
    balance: Decimal
    discount_schedule: tuple[ScheduleRow, ...] = field(default_factory=tuple)
    currency: str = ""


@dataclass(frozen=True)
class Transaction:
    number: str
    voucher: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    amount: Decimal
    balance: Decimal
    closed_date: dt.date | None


@dataclass(frozen=True)
class Settlement:
    """One settled pair: amount of the debit closed by the credit; discount/difference when the
    credit is a cash discount or a tolerated difference."""

    id: int
    debit: str
    credit: str
    date: dt.date
    amount: Decimal
    discount: Decimal
    difference: Decimal
    exchange_result: Decimal
    unsettled_date: dt.date | None


@dataclass(frozen=True)
class SalesTaxInfo:
    """A sales-tax code as co.sales_tax_codes() lists it (API "Opening the books")."""

    code: str
    name: str
    percent: Decimal
    active: bool
    kind: str = "standard"  # services.tax_texts.TAX_KINDS
    account: str = ""
    invoice_text: str | None = None  # what a line of this code prints (the code's own text, else the kind's)


@dataclass(frozen=True)
class ExchangeRateRow:
    currency: str
    valid_from: dt.date
    rate: Decimal


@dataclass(frozen=True)
class AccountRow:
    """A GL account as the set-up page lists it, with the roles (API "Accounts and roles") it serves."""

    number: str
    name: str
    kind: str
    summary: bool
    active: bool
    roles: tuple[str, ...] = ()
