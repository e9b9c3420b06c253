"""Card number rules without a database: Luhn, brand, expiry, CVV, last four and masking (DOMAIN 8).

PCI DSS: no message here ever repeats a card number or a CVV; a ValidationError names the field and
what is wrong, never the digits given."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ardesk.errors import ValidationError

#: Brand codes and the names a bookkeeper knows them by (product names: not translated).
BRAND_NAMES: dict[str, str] = {
    "visa": "Visa",
    "mastercard": "MasterCard",
    "amex": "American Express",
    "discover": "Discover",
}

#: The lengths each brand issues.
_LENGTHS: dict[str, tuple[int, ...]] = {
    "visa": (13, 16, 19),
    "mastercard": (16,),
    "amex": (15,),
    "discover": (16, 17, 18, 19),
}

#: How far ahead an expiry date may lie: cards are issued for at most a few years.
MAX_YEARS_AHEAD = 20

_SEPARATORS = re.compile(r"[ \-]")
_EXPIRY = re.compile(r"\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*")


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check of a string of digits: every second digit from the right doubled."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def brand(digits: str) -> str | None:
    """The brand code from the number's first digits (IIN ranges): Visa 4, MasterCard 51-55 and
    2221-2720, American Express 34 and 37, Discover 6011 and 65; None for any other."""
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in ("34", "37"):
        return "amex"
    if "51" <= digits[:2] <= "55" or (len(digits) >= 4 and 2221 <= int(digits[:4]) <= 2720):
        return "mastercard"
    if digits.startswith(("6011", "65")):
        return "discover"
    return None


def card_digits(number: object, field: str = "card_number") -> str:
    """The digits of a card number as typed (spaces and dashes between groups allowed), unchecked."""
    if not isinstance(number, str):
        raise ValidationError(field, "must be text, got {type_name}", type_name=type(number).__name__)
    digits = _SEPARATORS.sub("", number.strip())
    if not digits:
        raise ValidationError(field, "must not be empty")
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(field, "a card number has only digits (spaces and dashes between groups)")
    return digits


def _either(lengths: tuple[int, ...]) -> str:
    """(13, 16, 19) -> "13, 16 or 19"."""
    *first, last = (str(n) for n in lengths)
    return f"{', '.join(first)} or {last}" if first else last


def check_card_number(number: object, field: str = "card_number") -> tuple[str, str]:
    """(digits, brand code) of a valid card number: a known brand, its length and the Luhn check digit."""
    digits = card_digits(number, field)
    code = brand(digits)
    if code is None:
        raise ValidationError(field, "is not a Visa, MasterCard, American Express or Discover card number")
    if len(digits) not in _LENGTHS[code]:
        raise ValidationError(
            field,
            "{brand} card numbers have {lengths} digits",
            brand=BRAND_NAMES[code],
            lengths=_either(_LENGTHS[code]),
        )
    if not luhn_valid(digits):
        raise ValidationError(field, "the check digit is wrong: a digit was mistyped")
    return digits, code


def parse_expiry(value: object, field: str = "expiry") -> tuple[int, int]:
    """(month, year) from "MM/YY", "MM/YYYY" or a (month, year) pair; two-digit years are 20YY."""
    if isinstance(value, str):
        m = _EXPIRY.fullmatch(value)
        if m is None:
            raise ValidationError(field, "give the expiry as MM/YY or MM/YYYY")
        month, year = int(m.group(1)), int(m.group(2))
        if len(m.group(2)) == 2:
            year += 2000
    elif (
        isinstance(value, tuple | list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        month, year = value
        if 0 <= year < 100:
            year += 2000
    else:
        raise ValidationError(
            field, "give the expiry as MM/YY, MM/YYYY or (month, year), got {type_name}", type_name=type(value).__name__
        )
    if not 1 <= month <= 12:
        raise ValidationError(field, "the month must be 1 to 12, got {month}", month=month)
    if not 2000 <= year <= 9998:
        raise ValidationError(field, "the year {year} is not a card's expiry year", year=year)
    return month, year


def last_valid_day(month: int, year: int) -> dt.date:
    """A card is valid through the last day of its expiry month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def check_expiry(value: object, on: dt.date, field: str = "expiry") -> tuple[int, int]:
    """(month, year) of a card still valid on the business date `on` (never the clock)."""
    month, year = parse_expiry(value, field)
    if on > last_valid_day(month, year):
        raise ValidationError(field, "the card expired at the end of {month:02d}/{year}", month=month, year=year)
    if year > on.year + MAX_YEARS_AHEAD:
        raise ValidationError(
            field, "{month:02d}/{year} is more than {years} years ahead", month=month, year=year, years=MAX_YEARS_AHEAD
        )
    return month, year


def check_cvv(value: object, brand_code: str, field: str = "cvv") -> None:
    """The card verification value, when given: 4 digits for American Express, 3 for the others.
    It is only passed to the processor, never kept."""
    if value is None or value == "":
        return
    length = 4 if brand_code == "amex" else 3
    if not isinstance(value, str) or len(value) != length or not value.isascii() or not value.isdigit():
        raise ValidationError(
            field, "{brand} security codes have {length} digits", brand=BRAND_NAMES[brand_code], length=length
        )


def last4(digits: str) -> str:
    return digits[-4:]


def mask(last_four: str) -> str:
    """How a card is shown: "•••• 1234"."""
    return f"•••• {last_four}"
