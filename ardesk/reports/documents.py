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
    tax_kind: str = "standard"  # services.tax_texts.TAX_KINDS: reverse charge prints "verlegd", not 0 %


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
    kind: str = "standard"  # services.tax_texts.TAX_KINDS


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
    """A posted invoice or credit note, or a draft invoice as its pro forma, ready to print: totals are final and
    signed as printed."""

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
    #: What the customer mentions when paying (the request to pay falls back to the number). One that is not the
    #: document number (a structured betalingskenmerk) is also printed under the request, beside the IBAN.
    payment_reference: str | None = None
    notes: str | None = None
    original_number: str | None = None  # the invoice a credit note corrects
    reason: str | None = None  # the correction reason of a credit note
    ordered_by: str | None = None  # the ordering customer when another account is billed
    direct_debit: DirectDebitNotice | None = None
    #: The legal wording of the 0 % codes used (reverse charge, intra-EU supply, export, exemption).
    tax_notes: tuple[str, ...] = ()
    #: Set for a draft invoice printed as a pro forma invoice: no number yet (number ""), its reference is
    #: "Pro forma <draft id>", it asks to pay in advance and says it is not a VAT invoice.
    draft_id: int | None = None

    @property
    def is_credit_note(self) -> bool:
        return self.kind == "credit_note"

    @property
    def is_pro_forma(self) -> bool:
        return self.draft_id is not None

    @property
    def logo(self) -> bytes | None:
        return self.company.logo

    @property
    def iban(self) -> str | None:
        return self.company.iban

    @property
    def bic(self) -> str | None:
        return self.company.bic


# --- credit and collections (DOMAIN 5, 10) -------------------------------------------------------
@dataclass(frozen=True)
class AgingBucketDoc:
    """One aging bucket as printed: its label and the amount in it (accounting or statement currency)."""

    label: str
    amount: Decimal


@dataclass(frozen=True)
class StatementLineDoc:
    """One transaction of the statement period with the running balance after it (signed: a payment
    or credit note is negative)."""

    date: dt.date
    number: str
    kind: str  # invoice | credit_note | payment | cash_discount | interest_note | fee | ...
    description: str
    due_date: dt.date | None
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class OpenItemDoc:
    """An item still open at the statement's end date, with its age in days past due (negative: not due)."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    amount: Decimal
    open_balance: Decimal
    days_overdue: int


@dataclass(frozen=True)
class StatementDoc:
    """A customer statement for a period (DOMAIN 10), in the customer's language and currency."""

    company: Letterhead
    customer: Addressee
    language: str  # "en" | "nl"
    currency: str
    start: dt.date
    end: dt.date
    opening_balance: Decimal
    lines: tuple[StatementLineDoc, ...]
    closing_balance: Decimal
    open_items: tuple[OpenItemDoc, ...]
    aging: tuple[AgingBucketDoc, ...]  # as of end, default definition
    payment_reference: str = ""  # what the customer mentions when paying (their account number)
    overdue: Decimal = Decimal("0.00")  # of the closing balance, what is past due on the end date
    aging_currency: str = ""  # set when the aging adds up items in every currency, converted into this one
    other_currencies: tuple[str, ...] = ()  # the customer's other currencies, each on a statement of its own


@dataclass(frozen=True)
class LetterLineDoc:
    """An overdue transaction listed in a collection letter."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    days_overdue: int
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class CollectionLetterDoc:
    """A collection letter (DOMAIN 5.4): the step's text above the overdue items, fee and total."""

    company: Letterhead
    customer: Addressee
    language: str
    currency: str
    number: str
    date: dt.date
    step: str  # the step's code
    step_index: int  # 1 = first reminder ... 5 = last step (collection)
    subject: str  # the letter text's title, already in the customer's language
    body: str  # paragraphs separated by blank lines; placeholders already filled
    lines: tuple[LetterLineDoc, ...]
    overdue_total: Decimal
    fee: Decimal = Decimal("0.00")  # costs charged with this letter (fixed or the BIK scale)
    interest: Decimal = Decimal("0.00")  # open interest notes of the customer, shown for information
    total_due: Decimal = Decimal("0.00")  # overdue_total + fee + interest
    pay_by: dt.date | None = None  # the date the letter asks payment by (14-day letter: date + 15 days)
    payment_reference: str = ""
    closing: str = ""  # the text after the table (signature line), already in the customer's language


@dataclass(frozen=True)
class InterestLineDoc:
    """One line of an interest note: a transaction, one rate version and balance segment."""

    transaction: str
    due_date: dt.date | None
    start: dt.date  # interest runs on the days after start up to and including end
    end: dt.date
    days: int
    base: Decimal
    rate: Decimal | None  # percent (8 = 8 %) or, for the amount methods, the amount per interval
    interest: Decimal
    method: str = "yearly_per_day"


@dataclass(frozen=True)
class InterestNoteDoc:
    """An interest note (DOMAIN 5.5), in the customer's language."""

    company: Letterhead
    customer: Addressee
    language: str
    currency: str
    number: str
    date: dt.date  # the note's date: posting date if posted, else the calculation date
    to_date: dt.date
    interest_code: str
    lines: tuple[InterestLineDoc, ...]
    total: Decimal
    due_date: dt.date | None = None
    payment_reference: str = ""
    state: str = "created"  # created | posted | waived | reversed (a draft prints a watermark)


@dataclass(frozen=True)
class AgingCustomerDoc:
    """One customer row of the aging report; buckets in the definition's order."""

    account: str
    name: str
    buckets: tuple[Decimal, ...]
    total: Decimal
    credit_limit: Decimal | None = None


@dataclass(frozen=True)
class AgingReportDoc:
    """The aging report (DOMAIN 5.1): customers by bucket with totals, in the accounting currency."""

    company: Letterhead
    language: str
    currency: str
    as_of: dt.date
    definition: str
    basis: str  # due_date | document_date
    labels: tuple[str, ...]
    rows: tuple[AgingCustomerDoc, ...]
    totals: tuple[Decimal, ...]
    total: Decimal
