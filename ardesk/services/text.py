"""Validation of names, free texts, currency codes, dates and file paths given by users."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from pathlib import Path

from ardesk.errors import Term, ValidationError

#: The states of collection letters and interest notes, as a message names them ("letter B7 is posted").
STATE_TERMS: dict[str, Term] = {
    "created": Term("created"),
    "posted": Term("posted"),
    "reversed": Term("reversed"),
    "cancelled": Term("cancelled"),
    "waived": Term("waived"),
    "reinstated": Term("reinstated"),
}


def term(table: dict[str, Term], value: str) -> str:
    """value's Term from a table of them, for a message; a value the table lacks is shown as it is."""
    return table.get(value, value)


def name_text(value: object, field: str, *, max_len: int = 200, required: bool = True) -> str:
    """A name or description, stored literally (markup characters and leading = + - @ included)."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text, got {type_name}", type_name=type(value).__name__)
    text = value.strip()
    if required and not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > max_len:
        raise ValidationError(field, "is longer than {max_len} characters", max_len=max_len)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise ValidationError(field, "must not contain control characters")
    return text


def optional_text(value: object, field: str, *, max_len: int = 200) -> str | None:
    if value is None or value == "":
        return None
    return name_text(value, field, max_len=max_len)


def email_text(value: object, field: str) -> str | None:
    """An e-mail address (one @, a dot in the domain, no spaces), or None for none."""
    email = optional_text(value, field)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError(field, "{email!r} is not an e-mail address", email=email)
    return email


def currency_code(value: object, field: str) -> str:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        raise ValidationError(field, "must be a three-letter ISO currency code such as EUR, got {value!r}", value=value)
    from babel.numbers import get_currency_name

    if get_currency_name(value, locale="en") == value:
        raise ValidationError(field, "{value!r} is not a known currency", value=value)
    return value


def country_code(value: object, field: str) -> str | None:
    """An ISO 3166 two-letter country code ("nl" -> "NL"); None or "" for none."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "must be a two-letter country code such as NL")
    code = value.strip().upper()
    if code not in _countries():
        raise ValidationError(field, "{value!r} is not a country code (ISO 3166, such as NL, BE, DE)", value=value)
    return code


@functools.cache
def _countries() -> frozenset[str]:
    from babel import Locale  # Babel's territory list: every ISO 3166 country

    return frozenset(str(k) for k in Locale("en").territories if len(str(k)) == 2 and str(k).isalpha())


def a_date(value: object, field: str) -> dt.date:
    """A business date: a datetime.date (a datetime is refused: ardesk dates have no time)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(
            field,
            "must be a date, got {type_name} {value!r}",
            type_name=type(value).__name__,
            value=value,
        )
    if not dt.date(1900, 1, 1) <= value <= dt.date(2999, 12, 31):
        raise ValidationError(field, "{value} is out of range", value=value)
    return value


def file_to_write(value: object, field: str) -> Path:
    """A file to write: a path whose folder exists (a clear message instead of a traceback)."""
    if not isinstance(value, str | os.PathLike):
        raise ValidationError(field, "give the file to write")
    target = Path(value)
    if not target.parent.is_dir():
        raise ValidationError(field, "the folder {parent!r} does not exist", parent=str(target.parent))
    return target
