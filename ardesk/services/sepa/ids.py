"""The SEPA creditor identifier (AT-02, "incassant-ID"), checked with python-stdnum's ISO 7064 mod 97-10."""

from __future__ import annotations

import re

from stdnum import exceptions as stdnum_errors
from stdnum.eu import at_02

from ardesk.errors import ValidationError
from ardesk.services.text import clean_text, country_code


def creditor_identifier(value: object, field: str, *, check_digits: bool = True) -> str:
    """The creditor identifier in electronic form ("nl57 zzz 999999999999" -> "NL57ZZZ999999999999"):
    country code, two check digits, a three-character business code (ZZZ when none) and the national
    identifier; refused naming the field when the form or (with check_digits) the check digits are wrong."""
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
    if not check_digits:
        return text
    try:
        at_02.validate(text)
    except stdnum_errors.ValidationError:
        raise ValidationError(
            field, "{value!r} has a wrong check digit; please check for typing errors", value=value
        ) from None
    return text
