"""Sales-tax kinds with the legal wording a 0 % line needs on the invoice, and terms of payment in words."""

from __future__ import annotations

from decimal import Decimal

from ardesk.errors import Term, ValidationError

#: standard: any rate; zero: 0 % without special wording; exempt: art. 11 Wet OB 1968 / Article 132-135
#: Directive 2006/112/EC; reverse_charge: the customer accounts for the VAT (art. 12 Wet OB, "btw verlegd");
#: intra_eu: intra-Community supply (art. 138 Directive 2006/112/EC), the customer's VAT number must be on
#: the invoice; export: goods leaving the EU (art. 146 Directive 2006/112/EC).
TAX_KINDS = ("standard", "zero", "exempt", "reverse_charge", "intra_eu", "export")

#: Kinds whose rate must be 0 %.
ZERO_KINDS = frozenset({"zero", "exempt", "reverse_charge", "intra_eu", "export"})
#: The same as a message names them ("a reverse charge code has a rate of 0 %").
ZERO_KIND_TERMS: dict[str, Term] = {
    "zero": Term("zero"),
    "exempt": Term("exempt"),
    "reverse_charge": Term("reverse charge"),
    "intra_eu": Term("intra eu"),
    "export": Term("export"),
}

#: The wording the law asks for (Dutch invoice requirements, art. 35a Wet OB 1968), per language.
LEGAL_TEXTS: dict[str, dict[str, str]] = {
    "exempt": {
        "en": "Exempt from VAT",
        "nl": "Vrijgesteld van btw (art. 11 Wet OB 1968)",
    },
    "reverse_charge": {
        "en": "VAT reverse charge: VAT to be accounted for by the customer",
        "nl": "Btw verlegd",
    },
    "intra_eu": {
        "en": "Intra-Community supply, exempt under Article 138 of Directive 2006/112/EC",
        "nl": "Intracommunautaire levering, 0 % btw (art. 138 Richtlijn 2006/112/EG)",
    },
    "export": {
        "en": "Export outside the EU, zero-rated",
        "nl": "Uitvoer buiten de EU, 0 % btw",
    },
}

#: Kinds whose invoice must show the customer's VAT number beside the wording.
NEEDS_CUSTOMER_VAT = frozenset({"reverse_charge", "intra_eu"})


def tax_kind(value: object, field: str) -> str:
    if value not in TAX_KINDS:
        raise ValidationError(
            field,
            "must be one of {choices}; got {value!r}",
            choices=", ".join(TAX_KINDS),
            value=value,
        )
    return value  # type: ignore[return-value]


def check_tax_rate(kind: str, rate: Decimal) -> None:
    """Exempt, reverse-charge, intra-EU and export codes charge no VAT: their rate is 0 %."""
    if kind in ZERO_KINDS and rate != 0:
        raise ValidationError("percent", "a {kind} code has a rate of 0 %", kind=ZERO_KIND_TERMS.get(kind, kind))


def legal_text(kind: str, language: str, override: str | None = None) -> str | None:
    """What a line of this tax kind prints on the invoice; a code's own text wins over the default."""
    if override:
        return override
    texts = LEGAL_TEXTS.get(kind)
    if texts is None:
        return None
    return texts.get(language, texts["en"])


def terms_text(months: int, days: int, basis: str, language: str) -> str:
    """Terms of payment in the customer's language: "Payment within 30 days of the invoice date"."""
    dutch = language == "nl"
    if basis == "cod":
        return "Betaling onder rembours" if dutch else "Cash on delivery"
    if months == 0 and days == 0:
        return "Direct te voldoen" if dutch else "Due on receipt"
    parts = []
    if months:
        if dutch:
            parts.append(f"{months} {'maand' if months == 1 else 'maanden'}")
        else:
            parts.append(f"{months} {'month' if months == 1 else 'months'}")
    if days:
        if dutch:
            parts.append(f"{days} {'dag' if days == 1 else 'dagen'}")
        else:
            parts.append(f"{days} {'day' if days == 1 else 'days'}")
    span = (" en " if dutch else " and ").join(parts)
    return f"Betaling binnen {span} na factuurdatum" if dutch else f"Payment within {span} of the invoice date"
