"""Gathers a posted invoice or credit note as an e-invoice (EN 16931): parties with their addresses split into
fields and their identifiers, VAT categories per line, and the VAT breakdown per category and rate."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, Customer, Invoice, SalesTax
from ardesk.money import currency_places
from ardesk.reports.documents import InvoiceDoc
from ardesk.services.printing import gather_invoice
from ardesk.services.tax_texts import legal_text

#: ardesk's tax kinds (services.tax_texts.TAX_KINDS) as VAT category codes (UNCL 5305, EN 16931 BT-151):
#: S standard rate, Z zero rated, E exempt, AE reverse charge, K intra-Community supply, G export outside the EU.
#: A line without a sales-tax code is O, "not subject to VAT".
CATEGORIES = {
    "standard": "S",
    "zero": "Z",
    "exempt": "E",
    "reverse_charge": "AE",
    "intra_eu": "K",
    "export": "G",
}

#: The VATEX exemption reason codes the categories that charge no VAT carry besides the wording (BR-AE-10 etc.).
EXEMPTION_CODES = {"AE": "VATEX-EU-AE", "K": "VATEX-EU-IC", "G": "VATEX-EU-G", "O": "VATEX-EU-O"}

#: Electronic address schemes (Peppol EAS code list) of VAT numbers, by the country the number belongs to
#: (Italy's is IT:IVA 0211).
VAT_SCHEMES = {
    "AD": "9922", "AL": "9923", "AT": "9914", "BA": "9924", "BE": "9925", "BG": "9926", "CH": "9927",
    "CY": "9928", "CZ": "9929", "DE": "9930", "EE": "9931", "ES": "9920", "FR": "9957", "GB": "9932",
    "GR": "9933", "HR": "9934", "HU": "9910", "IE": "9935", "IT": "0211", "LI": "9936", "LT": "9937",
    "LU": "9938", "LV": "9939", "MC": "9940", "ME": "9941", "MK": "9942", "MT": "9943", "NL": "9944",
    "PL": "9945", "PT": "9946", "RO": "9947", "RS": "9948", "SI": "9949", "SK": "9950", "SM": "9951",
    "TR": "9952", "VA": "9953",
}  # fmt: skip
#: The Dutch chamber of commerce (KvK) number as an electronic address and legal identifier (ISO 6523 ICD).
KVK_SCHEME = "0106"
#: An e-mail address as electronic address: the last resort when a party has no registered number (in the
#: EN 16931 code list, not in Peppol's: such a party cannot be reached through the Peppol network).
EMAIL_SCHEME = "EM"
#: Unit of an invoiced quantity (UN/ECE Recommendation 20): ardesk lines have no unit, "one" (C62).
UNIT_CODE = "C62"


@dataclass(frozen=True)
class EParty:
    """Seller or buyer as EN 16931 needs them: postal address in fields, VAT and registration numbers."""

    name: str
    country: str  # ISO 3166-1 alpha-2
    street: str | None = None
    additional_street: str | None = None
    city: str | None = None
    postal_code: str | None = None
    vat_number: str | None = None
    coc_number: str | None = None  # KvK number (legal registration)
    email: str | None = None
    phone: str | None = None
    contact: str | None = None

    @property
    def endpoint(self) -> tuple[str, str] | None:
        """(scheme, id) of the party's electronic address: the KvK number of a Dutch party, else the VAT number,
        else the e-mail address."""
        if self.coc_number and self.country == "NL":
            return KVK_SCHEME, self.coc_number
        if self.vat_number:
            prefix = _vat_country(self.vat_number)
            if prefix in VAT_SCHEMES:
                return VAT_SCHEMES[prefix], self.vat_number
        if self.email:
            return EMAIL_SCHEME, self.email
        return None

    @property
    def legal_id(self) -> tuple[str | None, str] | None:
        """(scheme, id) of the legal registration (BT-30/BT-47): a Dutch KvK number has scheme 0106; another
        country's chamber of commerce number is written without a scheme."""
        if self.coc_number:
            return KVK_SCHEME if self.country == "NL" else None, self.coc_number
        return None


@dataclass(frozen=True)
class ELine:
    """An invoice line with positive amounts for a credit note (the document type carries the sign)."""

    number: int
    name: str
    quantity: Decimal
    price: Decimal  # never negative: a negative line has a negative quantity
    amount: Decimal
    category: str
    rate: Decimal | None  # None for category O


@dataclass(frozen=True)
class ECharge:
    """A document-level charge (freight, handling)."""

    reason: str
    amount: Decimal
    category: str
    rate: Decimal | None


@dataclass(frozen=True)
class ETax:
    """One line of the VAT breakdown: the taxable base and VAT of one category and rate (BG-23)."""

    category: str
    rate: Decimal | None
    base: Decimal
    tax: Decimal
    reason: str | None = None  # exemption wording of E, AE, K, G, O
    reason_code: str | None = None


@dataclass(frozen=True)
class EInvoiceDoc:
    """A posted invoice or credit note ready to write as UBL or CII: amounts are as the document type reads them
    (a credit note's are positive) and rounded to the currency's minor unit."""

    doc: InvoiceDoc
    seller: EParty
    buyer: EParty
    lines: tuple[ELine, ...]
    charges: tuple[ECharge, ...]
    taxes: tuple[ETax, ...]
    line_total: Decimal
    charge_total: Decimal
    tax_exclusive: Decimal
    tax_total: Decimal
    total: Decimal
    places: int  # decimals of the currency's minor unit
    payment_reference: str
    original_date: dt.date | None = None  # issue date of the invoice a credit note corrects

    @property
    def is_credit_note(self) -> bool:
        return self.doc.is_credit_note

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(t.category for t in self.taxes)

    @property
    def note(self) -> str | None:
        """The document's one free-text note: its notes and the reason of a correction."""
        parts = [p for p in (self.doc.reason, self.doc.notes) if p]
        return "\n".join(parts) or None


def gather_einvoice(s: Session, company_id: int, number: str) -> EInvoiceDoc:
    """The posted invoice or credit note `number` as an e-invoice (NotFoundError for any other number)."""
    doc = gather_invoice(s, company_id, number)
    inv = s.scalar(select(Invoice).where(Invoice.company_id == company_id, Invoice.number == doc.number))
    company = s.get(Company, company_id)
    bill_to = s.get(Customer, inv.invoice_account_id or inv.customer_id)
    seller = _party(
        company.name, company.address, company.country, company.vat_number, company.coc_number, company.email,
        company.phone, None, what=company.name,
    )  # fmt: skip
    buyer = _party(
        bill_to.name, bill_to.address, bill_to.country, bill_to.vat_number, bill_to.coc_number, bill_to.email,
        bill_to.phone, bill_to.contact, what=f"{bill_to.account} {bill_to.name}", fallback=seller.country,
    )  # fmt: skip
    sign = Decimal(-1) if doc.is_credit_note else Decimal(1)  # the print signs a credit note negative
    places = currency_places(doc.currency)
    kinds = {t.code: (t.kind, t.rate) for t in doc.taxes}
    wording = {
        t.code: legal_text(t.kind, doc.language, t.invoice_text)
        for t in s.scalars(select(SalesTax).where(SalesTax.company_id == company_id))
    }

    # A line without a sales-tax code charges no VAT: "not subject to VAT" (O) when no line charges VAT, else
    # exempt (E), because EN 16931 allows O only alone on an invoice (BR-O-11).
    taxed = bool(doc.taxes) or any(ln.tax_code for ln in doc.lines) or any(c.tax_code for c in doc.charges)
    untaxed_category = "E" if taxed else "O"

    def category(code: str | None, rate: Decimal | None) -> tuple[str, Decimal | None]:
        if code is None:
            return untaxed_category, None if untaxed_category == "O" else Decimal(0)
        kind, posted_rate = kinds.get(code, ("standard", rate or Decimal(0)))
        cat = CATEGORIES.get(kind, "S")
        if cat == "S" and not posted_rate:
            cat = "Z"  # a "standard" code at 0 %: EN 16931 wants a rate above zero for S (BR-S-05)
        return cat, posted_rate

    lines, untaxed = [], []
    for seq, line in enumerate(doc.lines, start=1):
        amount = sign * line.amount
        if line.quantity is None:
            quantity, price = Decimal(1), amount
        else:
            quantity, price = sign * line.quantity, line.unit_price
        if price < 0:  # EN 16931 BR-27: the price is never negative; the quantity carries the sign
            quantity, price = -quantity, -price
        cat, rate = category(line.tax_code, line.tax_rate)
        lines.append(ELine(seq, line.description, quantity, price, amount, cat, rate))
        if line.tax_code is None:
            untaxed.append(amount)
    charges = []
    for charge in doc.charges:
        cat, rate = category(charge.tax_code, charge.tax_rate)
        charges.append(ECharge(charge.description, sign * charge.amount, cat, rate))
        if charge.tax_code is None:
            untaxed.append(sign * charge.amount)

    # The VAT breakdown: one entry per category and rate (BR-CO-18), from the tax summary as posted.
    breakdown: dict[tuple[str, Decimal | None], list[Decimal]] = {}
    reasons: dict[tuple[str, Decimal | None], str | None] = {}
    for tax in doc.taxes:
        key = category(tax.code, tax.rate)
        base, vat = breakdown.setdefault(key, [Decimal(0), Decimal(0)])
        breakdown[key] = [base + sign * tax.base, vat + sign * tax.tax]
        reasons.setdefault(key, wording.get(tax.code))
    if untaxed:
        key = category(None, None)
        base, vat = breakdown.get(key, [Decimal(0), Decimal(0)])
        breakdown[key] = [base + sum(untaxed, Decimal(0)), vat]
        reasons.setdefault(key, "Niet onderworpen aan btw" if doc.language == "nl" else "Not subject to VAT")
    taxes = tuple(
        ETax(
            cat,
            rate,
            base,
            vat,
            reason=(reasons.get((cat, rate)) or _fallback_reason(cat)) if cat in ("E", "AE", "K", "G", "O") else None,
            reason_code=EXEMPTION_CODES.get(cat),
        )
        for (cat, rate), (base, vat) in breakdown.items()
    )
    original_date = None
    if inv.original_id is not None:
        original_date = s.scalar(select(Invoice.date).where(Invoice.id == inv.original_id))
    # The structured reference (RF... or betalingskenmerk) is printed in groups of four; machines take it compact.
    reference = "".join(str(getattr(doc, "payment_reference", None) or doc.number).split())
    return EInvoiceDoc(
        doc=doc,
        seller=seller,
        buyer=buyer,
        lines=tuple(lines),
        charges=tuple(charges),
        taxes=taxes,
        line_total=sign * doc.lines_total,
        charge_total=sign * doc.charges_total,
        tax_exclusive=sign * (doc.lines_total + doc.charges_total),
        tax_total=sign * doc.tax_total,
        total=sign * doc.total,
        places=places,
        payment_reference=reference,
        original_date=original_date,
    )


def _fallback_reason(category: str) -> str:
    return {
        "E": "Exempt from VAT",
        "AE": "Reverse charge",
        "K": "Intra-Community supply",
        "G": "Export outside the EU",
        "O": "Not subject to VAT",
    }[category]


def _vat_country(vat_number: str) -> str:
    """The ISO country of a VAT number's prefix (Greece writes EL)."""
    prefix = vat_number[:2].upper()
    return "GR" if prefix == "EL" else prefix


def _party(
    name: str,
    address: str | None,
    country: str | None,
    vat_number: str | None,
    coc_number: str | None,
    email: str | None,
    phone: str | None,
    contact: str | None,
    *,
    what: str,
    fallback: str | None = None,
) -> EParty:
    """A party with its free-text address split into street, postal code, city and country."""
    lines = [ln.strip() for ln in (address or "").splitlines() if ln.strip()]
    named = country_of_name(lines[-1]) if lines else None
    if named:
        lines.pop()
    vat_country = _vat_country(vat_number) if vat_number and vat_number[:2].isalpha() else None
    code = country or named or (vat_country if vat_country in _countries() else None) or fallback
    if code is None:
        raise ValidationError(
            "country",
            "the country of {party} is not known: give it a country, or end its address with the country",
            party=what,
        )
    street, additional, city, postal = _split_address(lines)
    return EParty(
        name=name,
        country=code,
        street=street,
        additional_street=additional,
        city=city,
        postal_code=postal,
        vat_number=vat_number or None,
        coc_number=coc_number or None,
        email=email or None,
        phone=phone or None,
        contact=contact or None,
    )


#: Postal code and city on one line: Dutch "1015 CJ Amsterdam", "B-1000 Brussel", "10115 Berlin"; British
#: "Bristol BS1 5TX" (city first).
_CODE_CITY = (
    re.compile(r"^(\d{4}\s?[A-Za-z]{2})\s+(.+)$"),
    re.compile(r"^((?:[A-Z]{1,2}-)?\d{4,5})\s+(.+)$"),
)
_CITY_CODE = re.compile(r"^(.+?)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")


def _split_address(lines: list[str]) -> tuple[str | None, str | None, str | None, str | None]:
    """(street, additional street, city, postal code) of an address without its country line."""
    for index in range(len(lines) - 1, -1, -1):
        text = " ".join(lines[index].split())
        city = postal = None
        for pattern in _CODE_CITY:
            if match := pattern.match(text):
                postal, city = match.group(1), match.group(2)
                break
        else:
            if match := _CITY_CODE.match(text):
                city, postal = match.group(1), match.group(2)
        if city:
            before = lines[:index]
            street = before[-1] if before else None
            additional = ", ".join(before[:-1]) or None
            return street, additional, city, postal
    if not lines:
        return None, None, None, None
    if len(lines) == 1:
        return None, None, lines[0], None
    return lines[-2], ", ".join(lines[:-2]) or None, lines[-1], None


def country_of_name(text: str) -> str | None:
    """The ISO code of a country named in English, Dutch, German or French ("The Netherlands" -> "NL")."""
    key = text.strip().lower().removeprefix("the ").strip(" .")
    return _country_names().get(key)


@functools.cache
def _country_names() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {"uk": "GB", "holland": "NL", "usa": "US"}
    for language in ("en", "nl", "de", "fr"):
        for code, name in Locale(language).territories.items():
            if len(str(code)) == 2 and str(code).isalpha():
                names.setdefault(str(name).lower().removeprefix("the ").strip(), str(code))
    return names


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(_country_names().values())
