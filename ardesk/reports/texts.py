"""Printed labels of invoices and credit notes in English and Dutch, and Babel formatting of printed values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, format_currency, parse_pattern

from ardesk.i18n import babel_locale, format_percent
from ardesk.money import currency_places

#: Label key -> (English, Dutch). Placeholders are filled with already formatted text.
LABELS: dict[str, tuple[str, str]] = {
    "invoice": ("Invoice", "Factuur"),
    "credit_note": ("Credit note", "Creditnota"),
    "continued": ("{title} {number} (continued)", "{title} {number} (vervolg)"),
    "invoice_number": ("Invoice number", "Factuurnummer"),
    "credit_note_number": ("Credit note number", "Creditnotanummer"),
    "invoice_date": ("Invoice date", "Factuurdatum"),
    "credit_note_date": ("Date", "Datum"),
    "due_date": ("Due date", "Vervaldatum"),
    "customer_number": ("Customer number", "Klantnummer"),
    "customer_vat": ("Your VAT number", "Uw btw-nummer"),
    "ordered_by": ("Ordered by", "Besteld door"),
    "original_invoice": ("Original invoice", "Originele factuur"),
    "reason": ("Reason", "Reden"),
    "description": ("Description", "Omschrijving"),
    "quantity": ("Quantity", "Aantal"),
    "unit_price": ("Unit price", "Prijs"),
    "vat": ("VAT", "Btw"),
    "amount": ("Amount", "Bedrag"),
    "subtotal": ("Subtotal", "Subtotaal"),
    "vat_on": ("VAT {rate} on {base}", "Btw {rate} over {base}"),
    "total": ("Total", "Totaal"),
    "total_credit": ("Total credited", "Totaal gecrediteerd"),
    "terms": ("Payment terms", "Betalingsvoorwaarden"),
    "discount_offer": (
        "{percent} discount if paid by {date}: pay {amount}",
        "{percent} korting bij betaling uiterlijk op {date}: u betaalt dan {amount}",
    ),
    "please_pay": (
        "Please pay {amount} by {date} to IBAN {iban}{bic} in the name of {name}, mentioning {reference}.",
        "Wij verzoeken u {amount} uiterlijk op {date} over te maken op IBAN {iban}{bic} ten name van "
        "{name}, onder vermelding van {reference}.",
    ),
    "please_pay_no_iban": (
        "Please pay {amount} by {date}, mentioning {reference}.",
        "Wij verzoeken u {amount} uiterlijk op {date} te betalen, onder vermelding van {reference}.",
    ),
    "bic_suffix": (" (BIC {bic})", " (BIC {bic})"),
    "direct_debit": (
        "We will collect {amount} by SEPA direct debit from your account {iban} on or after {date}.",
        "Wij schrijven {amount} op of na {date} af van uw rekening {iban} via SEPA-incasso.",
    ),
    "mandate": ("Mandate reference {mandate}.", "Machtigingskenmerk {mandate}."),
    "creditor_id": ("Creditor identifier {creditor}.", "Incassant-ID {creditor}."),
    "your_account": ("your account", "uw rekening"),
    "credit_settled": (
        "The amount of {amount} is credited to your account.",
        "Het bedrag van {amount} wordt op uw rekening gecrediteerd.",
    ),
    "credit_for": ("This credit note corrects invoice {original}.", "Deze creditnota corrigeert factuur {original}."),
    "replaces": ("This invoice replaces invoice {original}.", "Deze factuur vervangt factuur {original}."),
    "page": ("Page {page} of {pages}", "Pagina {page} van {pages}"),
    "coc": ("CoC", "KvK"),
    "vat_number": ("VAT no.", "Btw-nr."),
    "phone": ("Phone", "Tel."),
}


def text(key: str, language: str, **values: str) -> str:
    """The label in the document language (English for unknown ones), with placeholders filled."""
    english, dutch = LABELS[key]
    template = dutch if language == "nl" else english
    return template.format(**values) if values else template


@cache
def _locale(language: str) -> Locale:
    """The Babel locale of a document language, parsed once (parsing costs more than formatting)."""
    return Locale.parse(babel_locale(language))


@cache
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


def money(value: Decimal, currency: str, language: str, *, symbol: bool = True) -> str:
    """An amount as the language writes it: nl "€ 1.234,56", en "€1,234.56"; symbol=False: "1.234,56".

    The same text as ardesk.i18n.format_amount, without re-parsing locale and pattern for every amount."""
    if symbol:
        return format_currency(value, currency, locale=_locale(language))
    places = currency_places(currency)
    return _pattern("#,##0" + ("." + "0" * places if places else "")).apply(
        value, _locale(language), decimal_quantization=True
    )


def quantity(value: Decimal, language: str) -> str:
    """A quantity without needless decimals: "2", "1,5" (nl), "0.25" (en)."""
    return _pattern("#,##0.####").apply(value, _locale(language))


def unit_price(value: Decimal, language: str) -> str:
    """A unit price with two to four decimals."""
    return _pattern("#,##0.00##").apply(value, _locale(language))


@lru_cache(maxsize=256)
def percent(value: Decimal, language: str) -> str:
    """A tax or discount rate as the app shows it: "21%" (en), "21 %" (nl)."""
    return format_percent(value, babel_locale(language))


def long_date(value: dt.date, language: str) -> str:
    """An unambiguous date: "9 July 2026", "9 juli 2026"."""
    return format_date(value, format="long", locale=_locale(language))
