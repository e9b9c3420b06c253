"""Money and percentages: Decimal only, floats refused, one rounding rule, each currency's minor unit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from ardesk.errors import ValidationError

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
HUNDRED = Decimal(100)

#: Decimals every amount column stores (integer thousandths): the most any currency ardesk keeps has
#: (KWD, BHD, OMR: 3). A currency with more decimals (the funds codes CLF, UYW) is refused.
STORAGE_PLACES = 3

#: Decimals of an amount whose currency is not known where it is checked (the company's parameters use
#: their currency's; this is only the fallback).
MONEY_PLACES = 2

#: The largest amount ardesk books, in any currency: ten thousand billion. Every way an amount arises
#: (typed, quantity × price, the sum of many lines, tax) is held to it, so the database's 64-bit
#: integers and the totals of many of them can never overflow.
MAX_AMOUNT = Decimal("1e13")


@cache
def currency_places(currency: str) -> int:
    """Decimals of a currency's minor unit (ISO 4217 through Babel): JPY 0, EUR 2, KWD 3.

    An unknown code gets 2; codes are checked where they are typed (services.text.currency_code)."""
    try:
        from babel.numbers import get_currency_precision

        return min(get_currency_precision(currency), STORAGE_PLACES)
    except Exception:  # unknown code: the usual two
        return MONEY_PLACES


_QUANTUM = {places: Decimal(1).scaleb(-places) for places in range(0, 9)}


def round_money(value: Decimal, places: int = MONEY_PLACES) -> Decimal:
    """The one rounding rule (DOMAIN 0): half-up, i.e. half away from zero, −2.205 → −2.21.

    places: the currency's minor unit (currency_places); callers that know the currency pass it,
    or use round_to."""
    try:
        return value.quantize(_QUANTUM[places], rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than Decimal's precision: far beyond MAX_AMOUNT
        raise ValidationError("amount", "{value:.6E} is out of range", value=value) from None


def round_to(value: Decimal, currency: str) -> Decimal:
    """round_money to the minor unit of `currency` (EUR 12.345 → 12.35, JPY 12.5 → 13, KWD → 3 decimals)."""
    return round_money(value, currency_places(currency))


def as_decimal(value: object, field: str) -> Decimal:
    """Accept a Decimal (or int); refuse floats, text and junk. The API promises Decimal: text typed in a
    form is parsed by the view first (ardesk.i18n.parse_amount), never passed on as a string."""
    if isinstance(value, bool | float):
        raise ValidationError(
            field,
            "must be an exact decimal amount, not {type_name} {value!r}",
            type_name=type(value).__name__,
            value=value,
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        raise ValidationError(field, "must be a decimal number (Decimal), not text {value!r}", value=value)
    else:
        raise ValidationError(field, "must be a decimal amount, not {type_name}", type_name=type(value).__name__)
    if not result.is_finite():
        raise ValidationError(field, "must be a finite number")
    return result


def decimals_of(value: Decimal) -> int:
    """How many decimals a value is written with, trailing zeros not counted: 1.50 → 1, 100 → 0."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def in_range(amount: Decimal, field: str, limit: Decimal = MAX_AMOUNT) -> Decimal:
    """Refuse an amount at or beyond the limit (checked before any quantize, which could overflow)."""
    if abs(amount) >= limit:
        if abs(amount) < Decimal("1e20"):
            raise ValidationError(
                field, "{amount:,} is out of range (at most {limit:,.0f})", amount=amount, limit=limit - 1
            )
        raise ValidationError(field, "{amount:.3E} is out of range", amount=amount)
    return amount


def money(
    value: object,
    field: str,
    *,
    currency: str | None = None,
    positive: bool = False,
    allow_zero: bool = True,
    max_abs: Decimal = MAX_AMOUNT,
) -> Decimal:
    """Validate an amount: exact decimal, within range, no more decimals than the currency allows.

    Returned with exactly the currency's decimals (JPY 1222, EUR 12.30, KWD 1.500)."""
    amount = in_range(as_decimal(value, field), field, max_abs)
    places = currency_places(currency) if currency else MONEY_PLACES
    if decimals_of(amount) > places:
        if currency:
            raise ValidationError(
                field,
                "{amount} has more than {places} decimals ({currency} amounts have {places})",
                amount=amount,
                places=places,
                currency=currency,
            )
        raise ValidationError(field, "{amount} has more than {places} decimals", amount=amount, places=places)
    if positive and amount < 0:
        raise ValidationError(field, "must not be negative, got {amount}", amount=amount)
    if not allow_zero and amount == 0:
        raise ValidationError(field, "must not be zero")
    return amount.quantize(_QUANTUM[places])


def percent(value: object, field: str, *, low: Decimal = Decimal(0), high: Decimal = HUNDRED) -> Decimal:
    """Validate a percentage given as Decimal: Decimal("2") means 2 %."""
    pct = as_decimal(value, field)
    if pct < low or pct > high:
        raise ValidationError(field, "must be between {low} and {high} percent, got {pct}", low=low, high=high, pct=pct)
    if decimals_of(pct) > 6:
        raise ValidationError(field, "{pct} has more than 6 decimals", pct=pct)
    return pct


def percent_of(amount: Decimal, pct: Decimal, places: int = MONEY_PLACES) -> Decimal:
    """round(amount × pct / 100) to `places` decimals with the one rounding rule."""
    return round_money(amount * pct / HUNDRED, places)


def line_amount(quantity: Decimal, unit_price: Decimal, places: int, field: str = "amount") -> Decimal:
    """A line's amount: quantity × unit price rounded per line to the currency (DOMAIN 0), within range."""
    return round_money(in_range(quantity * unit_price, field), places)
