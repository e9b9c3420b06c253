"""Money and percentages: Decimal only, floats refused, one rounding rule (half away from zero)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ardesk.errors import ValidationError

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
HUNDRED = Decimal(100)

#: Decimals used to store amounts (DOMAIN 0: 2 decimals in transaction and accounting currency).
MONEY_PLACES = 2


def currency_places(currency: str) -> int:
    """Decimals a currency allows (EUR 2, JPY 0); never more than the stored 2."""
    try:
        from babel.numbers import get_currency_precision

        return min(get_currency_precision(currency), MONEY_PLACES)
    except Exception:  # unknown code: the storage precision
        return MONEY_PLACES


_QUANTUM = {places: Decimal(1).scaleb(-places) for places in range(0, 9)}


def round_money(value: Decimal, places: int = MONEY_PLACES) -> Decimal:
    """The one rounding rule (DOMAIN 0): half-up, i.e. half away from zero, −2.205 → −2.21."""
    return value.quantize(_QUANTUM[places], rounding=ROUND_HALF_UP)


def as_decimal(value: object, field: str) -> Decimal:
    """Accept a Decimal (or int, or a numeric string from a form); refuse floats and junk."""
    if isinstance(value, bool | float):
        raise ValidationError(field, f"must be an exact decimal amount, not {type(value).__name__} {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(field, f"{value!r} is not a number") from None
    else:
        raise ValidationError(field, f"must be a decimal amount, not {type(value).__name__}")
    if not result.is_finite():
        raise ValidationError(field, "must be a finite number")
    return result


def money(value: object, field: str, *, currency: str | None = None, positive: bool = False,
          allow_zero: bool = True, max_abs: Decimal = Decimal("1e13")) -> Decimal:
    """Validate an amount: exact decimal, no more decimals than the currency allows."""
    amount = as_decimal(value, field)
    places = currency_places(currency) if currency else MONEY_PLACES
    if amount != amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):
        raise ValidationError(field, f"{amount} has more than {places} decimals")
    if abs(amount) >= max_abs:
        raise ValidationError(field, f"{amount} is out of range")
    if positive and amount < 0:
        raise ValidationError(field, f"must not be negative, got {amount}")
    if not allow_zero and amount == 0:
        raise ValidationError(field, "must not be zero")
    return amount.quantize(CENT)


def percent(value: object, field: str, *, low: Decimal = Decimal(0), high: Decimal = HUNDRED) -> Decimal:
    """Validate a percentage given as Decimal: Decimal("2") means 2 %."""
    pct = as_decimal(value, field)
    if pct < low or pct > high:
        raise ValidationError(field, f"must be between {low} and {high} percent, got {pct}")
    if pct != pct.quantize(Decimal("0.000001")):
        raise ValidationError(field, f"{pct} has more than 6 decimals")
    return pct


def percent_of(amount: Decimal, pct: Decimal) -> Decimal:
    """round(amount × pct / 100) with the one rounding rule."""
    return round_money(amount * pct / HUNDRED)
