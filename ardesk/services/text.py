"""Validation of names, free texts, currency codes, dates and file paths given by users."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ardesk.errors import ValidationError


def name_text(value: object, field: str, *, max_len: int = 200, required: bool = True) -> str:
    """A name or description, stored literally (markup characters and leading = + - @ included)."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, got {type(value).__name__}")
    text = value.strip()
    if required and not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > max_len:
        raise ValidationError(field, f"is longer than {max_len} characters")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise ValidationError(field, "must not contain control characters")
    return text


def optional_text(value: object, field: str, *, max_len: int = 200) -> str | None:
    if value is None or value == "":
        return None
    return name_text(value, field, max_len=max_len)


def currency_code(value: object, field: str) -> str:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        raise ValidationError(field, f"must be a three-letter ISO currency code such as EUR, got {value!r}")
    from babel.numbers import get_currency_name

    if get_currency_name(value, locale="en") == value:
        raise ValidationError(field, f"{value!r} is not a known currency")
    return value


def a_date(value: object, field: str) -> dt.date:
    """A business date: a datetime.date (a datetime is refused: ardesk dates have no time)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(field, f"must be a date, got {type(value).__name__} {value!r}")
    if not dt.date(1900, 1, 1) <= value <= dt.date(2999, 12, 31):
        raise ValidationError(field, f"{value} is out of range")
    return value


def file_to_write(value: object, field: str) -> Path:
    """A file to write: a path whose folder exists (a clear message instead of a traceback)."""
    if not isinstance(value, str | os.PathLike):
        raise ValidationError(field, "give the file to write")
    target = Path(value)
    if not target.parent.is_dir():
        raise ValidationError(field, f"the folder {str(target.parent)!r} does not exist")
    return target
