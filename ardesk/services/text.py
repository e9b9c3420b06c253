"""Validation of names, free texts, currency codes, dates and file paths given by users."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


#: Unicode categories no typed text may hold: controls (Cc; tab and newline are allowed where a text may
#: have lines), format characters (Cf: zero-width spaces and joiners, bidirectional overrides and isolates,
#: the byte-order mark, soft hyphen), line/paragraph separators, lone surrogates, private use and unassigned
#: code points. They are invisible or reorder what is shown, so two texts that look the same would differ.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def refused_character(text: str, allowed: str = "\n\t") -> str | None:
    """The first character of text that typed text must not hold (see _REFUSED_CATEGORIES), or None."""
    for ch in text:
        if ch not in allowed and (ord(ch) < 32 or unicodedata.category(ch) in _REFUSED_CATEGORIES):
            return ch
    return None


def clean_text(text: str, field: str, allowed: str = "\n\t") -> str:
    """text in Unicode NFC (composed: "é" is stored one way), refused when it holds a control, zero-width or
    bidirectional-override character (the one check of names, texts and codes)."""
    bad = refused_character(text, allowed)
    if bad is not None:
        if ord(bad) < 32 or unicodedata.category(bad) == "Cc":
            raise ValidationError(field, "must not contain control characters")
        raise ValidationError(
            field,
            "must not contain invisible or direction-changing characters such as {char}",
            char=f"U+{ord(bad):04X}",
        )
    return unicodedata.normalize("NFC", text)


def name_text(value: object, field: str, *, max_len: int = 200, required: bool = True) -> str:
    """A name or description, stored literally (markup characters and leading = + - @ included) in NFC;
    control characters other than newline and tab, zero-width and bidi characters are refused."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text, got {type_name}", type_name=type(value).__name__)
    text = clean_text(value.strip(), field)
    if required and not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > max_len:
        raise ValidationError(field, "is longer than {max_len} characters", max_len=max_len)
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


#: The default sane range of business dates (issue 11): a date outside it is a typing error (2205 for 2025),
#: not a real invoice or payment. Each company may set its own range in its parameters (earliest_date,
#: latest_date); api.Company applies it to every call with `dates_within`.
DATE_MIN = dt.date(1990, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
#: The widest range a company may choose.
DATE_FLOOR = dt.date(1900, 1, 1)
DATE_CEILING = dt.date(2199, 12, 31)

_DATE_RANGE: ContextVar[tuple[dt.date, dt.date]] = ContextVar("ardesk_date_range", default=(DATE_MIN, DATE_MAX))


@contextmanager
def dates_within(earliest: dt.date, latest: dt.date) -> Iterator[None]:
    """Let a_date accept business dates from `earliest` to `latest` (the company's range) inside the block."""
    token = _DATE_RANGE.set((earliest, latest))
    try:
        yield
    finally:
        _DATE_RANGE.reset(token)


def a_date(value: object, field: str, *, within: tuple[dt.date, dt.date] | None = None) -> dt.date:
    """A business date: a datetime.date (a datetime is refused: ardesk dates have no time) within the
    company's sane range (default DATE_MIN .. DATE_MAX), or `within` when given."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(
            field,
            "must be a date, got {type_name} {value!r}",
            type_name=type(value).__name__,
            value=value,
        )
    low, high = within or _DATE_RANGE.get()
    if not low <= value <= high:
        raise ValidationError(
            field,
            "{value} is outside the dates ardesk accepts ({low} to {high})",
            value=value,
            low=low,
            high=high,
        )
    return value


def file_to_write(value: object, field: str) -> Path:
    """A file to write: a path, not a folder, in a folder that exists and may be written to (a clear message
    instead of a traceback). Every API call that writes a file checks its path here first."""
    if not isinstance(value, str | os.PathLike) or not os.fspath(value):
        raise ValidationError(field, "give the file to write")
    target = Path(value).expanduser()
    if target.is_dir():
        raise ValidationError(field, "{path} is a folder, not a file", path=str(target))
    folder_to_write(target.parent, field)
    if target.exists() and not os.access(target, os.W_OK):
        raise ValidationError(field, "the file {path!r} cannot be written to (read-only)", path=str(target))
    return target


def folder_to_write(value: object, field: str) -> Path:
    """A folder to write files into: it exists and may be written to."""
    if not isinstance(value, str | os.PathLike) or not os.fspath(value):
        raise ValidationError(field, "give the folder to write to")
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise ValidationError(field, "the folder {parent!r} does not exist", parent=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(field, "the folder {parent!r} cannot be written to (read-only)", parent=str(folder))
    return folder
