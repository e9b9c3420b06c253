"""IBAN and BIC checks (ISO 13616 mod-97 checksum, ISO 9362 shape), offline."""

from __future__ import annotations

import re

from ardesk.errors import ValidationError

#: IBAN lengths of SEPA countries and a few common others.
IBAN_LENGTH = {
    "AD": 24,
    "AT": 20,
    "BE": 16,
    "BG": 22,
    "CH": 21,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "EE": 20,
    "ES": 24,
    "FI": 18,
    "FR": 27,
    "GB": 22,
    "GI": 23,
    "GR": 27,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IS": 26,
    "IT": 27,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MT": 31,
    "NL": 18,
    "NO": 15,
    "PL": 28,
    "PT": 25,
    "RO": 24,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "VA": 22,
}


def normalize_iban(value: object, field: str = "iban") -> str:
    """The IBAN in electronic form (no spaces, upper case) after checking country length and mod-97."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    iban = re.sub(r"\s+", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", iban):
        raise ValidationError(field, "{value!r} is not an IBAN", value=value)
    expected = IBAN_LENGTH.get(iban[:2])
    if expected and len(iban) != expected:
        raise ValidationError(
            field,
            "an IBAN from {iban} has {expected} characters, this one {count}",
            iban=iban[:2],
            expected=expected,
            count=len(iban),
        )
    digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise ValidationError(field, "{value!r} has a wrong check digit; please check for typing errors", value=value)
    return iban


def normalize_bic(value: object, field: str = "bic") -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    bic = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", bic):
        raise ValidationError(field, "{value!r} is not a BIC (8 or 11 letters and digits)", value=value)
    return bic


def format_iban(iban: str) -> str:
    """Print form: groups of four."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
