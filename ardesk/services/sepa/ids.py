"""The SEPA creditor identifier (AT-02, "incassant-ID"), checked with python-stdnum's ISO 7064 mod 97-10."""

from __future__ import annotations

import re

from stdnum import exceptions as stdnum_errors
from stdnum.eu import at_02

from ardesk.errors import ValidationError
from ardesk.services.bank import normalize_bic
from ardesk.services.text import clean_text, country_code

#: The BIC of the SEPA schemas (pain.001.001.03, pain.008.001.02): a location code starting with 0 or 1
#: (test and passive BICs) or ending with O is refused by them, though ISO 9362 allows it.
_SEPA_BIC = re.compile(r"[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")


def sepa_bic(value: object, field: str) -> str:
    """A BIC (bank.normalize_bic) that the SEPA schemas accept, such as ABNANL2A; DEUTDE0F is refused."""
    bic = normalize_bic(value, field)
    if not _SEPA_BIC.fullmatch(bic):
        raise ValidationError(
            field,
            "{value!r} is not a BIC a SEPA bank accepts: its location code (7th and 8th characters) is not valid",
            value=value,
        )
    return bic


def creditor_identifier(value: object, field: str) -> str:
    """The creditor identifier in electronic form ("nl57 zzz 999999999999" -> "NL57ZZZ999999999999"):
    country code, two check digits, a three-character business code (ZZZ when none) and the national
    identifier; refused naming the field when the form or the check digits are wrong."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text, got {type_name}", type_name=type(value).__name__)
    clean_text(value, field, allowed="")
    text = re.sub(r"\s+", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}", text):
        raise ValidationError(
            field,
            "{value!r} is not a SEPA creditor identifier (country, check digits, business code, national id)",
            value=value,
        )
    country_code(text[:2], field)
    try:
        at_02.validate(text)
    except stdnum_errors.ValidationError:
        raise ValidationError(
            field, "{value!r} has a wrong check digit; please check for typing errors", value=value
        ) from None
    return text
