"""Frozen print documents: everything a layout draws, gathered by a service with final totals (no DB, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Letterhead:
    """The sending company as printed at the top and in the footer of every page."""

    name: str
    address: str | None = None  # several lines, "\n"-separated
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    vat_number: str | None = None
    coc_number: str | None = None  # chamber of commerce (KvK) registration
    iban: str | None = None  # electronic form; layouts print it in groups of four
    bic: str | None = None
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class Addressee:
    """The bill-to customer: the address block behind the envelope window."""

    account: str
    name: str
    address: str | None = None
    vat_number: str | None = None


@dataclass(frozen=True)
class InvoiceLineDoc:
    """One printed line. Amounts are signed as printed: a credit note's lines are negative."""

    description: str
    quantity: Decimal | None  # None: the amount was typed directly, no quantity × price
    unit_price: Decimal | None
    amount: Decimal
    tax_code: str | None = None
    tax_rate: Decimal | None = None  # percent, Decimal("21") = 21 %


@dataclass(frozen=True)
class ChargeDoc:
    """A header charge (freight, handling) added below the lines."""

    description: str
    amount: Decimal
    tax_code: str | None = None
    tax_rate: Decimal | None = None


@dataclass(frozen=True)
class TaxDoc:
    """The tax summary of one rate: tax = round(base × rate), as posted."""

    code: str
    rate: Decimal
    base: Decimal
    tax: Decimal


@dataclass(frozen=True)
class DiscountOffer:
    """One cash discount period: pay amount_to_pay on or before discount_date."""

    discount_date: dt.date
    percent: Decimal
    discount: Decimal
    amount_to_pay: Decimal


@dataclass(frozen=True)
class DirectDebitNotice:
    """SEPA pre-notification (DOMAIN 7.4): amount and date of the collection, mandate and creditor ids."""

    amount: Decimal
    collection_date: dt.date
    creditor_id: str | None = None
    mandate_id: str | None = None
    debtor_iban: str | None = None


@dataclass(frozen=True)
class InvoiceDoc:
    """A posted invoice or credit note, ready to print: totals are final and signed as printed."""

    company: Letterhead
    customer: Addressee
    number: str
    kind: str  # "invoice" | "credit_note"
    date: dt.date
    due_date: dt.date | None
    currency: str
    language: str  # "en" | "nl"
    lines: tuple[InvoiceLineDoc, ...]
    taxes: tuple[TaxDoc, ...]
    lines_total: Decimal
    tax_total: Decimal
    total: Decimal
    charges: tuple[ChargeDoc, ...] = ()
    charges_total: Decimal = Decimal("0.00")
    terms: str | None = None  # payment terms text, e.g. "30 days net"
    discount_offers: tuple[DiscountOffer, ...] = ()
    payment_reference: str = ""  # what the customer mentions when paying; the invoice number
    notes: str | None = None
    original_number: str | None = None  # the invoice a credit note corrects
    reason: str | None = None  # the correction reason of a credit note
    ordered_by: str | None = None  # the ordering customer when another account is billed
    direct_debit: DirectDebitNotice | None = None

    @property
    def is_credit_note(self) -> bool:
        return self.kind == "credit_note"

    @property
    def logo(self) -> bytes | None:
        return self.company.logo

    @property
    def iban(self) -> str | None:
        return self.company.iban

    @property
    def bic(self) -> str | None:
        return self.company.bic
