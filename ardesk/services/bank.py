"""IBAN and BIC checks through schwifty (its per-country IBAN registry: length, structure, mod-97), offline."""

from __future__ import annotations

import re

from schwifty import BIC, IBAN
from schwifty import exceptions as sw

from ardesk.errors import ValidationError
from ardesk.services.text import clean_text


def normalize_iban(value: object, field: str = "iban") -> str:
    """The IBAN in electronic form (no spaces, upper case); refused naming what is wrong: not an IBAN, a
    country without IBANs (or unknown), the wrong length for its country, or a wrong check digit.

    The one IBAN check of ardesk: customers, the company, refunds and bank statement files use it."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    clean_text(value, field, allowed="")
    iban = re.sub(r"\s+", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", iban):
        raise ValidationError(field, "{value!r} is not an IBAN", value=value)
    try:
        IBAN(iban)
    except sw.InvalidCountryCode:
        raise ValidationError(
            field, "{value!r} is not an IBAN: {country!r} is not a country with IBANs", value=value, country=iban[:2]
        ) from None
    except sw.InvalidLength:
        raise ValidationError(
            field,
            "an IBAN from {iban} has {expected} characters, this one {count}",
            iban=iban[:2],
            expected=IBAN(iban, allow_invalid=True).spec.iban_length,
            count=len(iban),
        ) from None
    except sw.InvalidChecksumDigits:
        raise ValidationError(
            field, "{value!r} has a wrong check digit; please check for typing errors", value=value
        ) from None
    except sw.SchwiftyException:  # structure: letters where the country has digits, and the like
        raise ValidationError(field, "{value!r} is not an IBAN", value=value) from None
    return iban


#: The BIC of the SEPA schemas (pain.001.001.03, pain.008.001.02): a location code starting with 0 or 1
#: (test and passive BICs) or ending with O is refused by them, though ISO 9362 allows it.
_SEPA_BIC = re.compile(r"[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")


def normalize_bic(value: object, field: str = "bic") -> str:
    """A BIC (ISO 9362) in upper case: 8 or 11 letters and digits with a known country code (schwifty), and
    a location code that the SEPA schemas accept (ABNANL2A; DEUTDE0F is refused): the one BIC check of
    ardesk, so a BIC entered for a customer or the company can go into every payment file."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    clean_text(value, field, allowed="")
    bic = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", bic):
        raise ValidationError(field, "{value!r} is not a BIC (8 or 11 letters and digits)", value=value)
    try:
        BIC(bic)
    except sw.InvalidCountryCode:
        raise ValidationError(
            field, "{value!r} is not a BIC: {country!r} is not a country code", value=value, country=bic[4:6]
        ) from None
    except sw.SchwiftyException:
        raise ValidationError(field, "{value!r} is not a BIC (8 or 11 letters and digits)", value=value) from None
    if not _SEPA_BIC.fullmatch(bic):
        raise ValidationError(
            field,
            "{value!r} is not a BIC a SEPA bank accepts: its location code (7th and 8th characters) is not valid",
            value=value,
        )
    return bic


def same_bank(a: str, b: str) -> bool:
    """Two IBANs at the same bank: same country and the same bank code in schwifty's registry."""
    code_a, code_b = IBAN(a).bank_code, IBAN(b).bank_code
    return a[:2] == b[:2] and bool(code_a) and code_a == code_b


def format_iban(iban: str) -> str:
    """Print form: groups of four."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
