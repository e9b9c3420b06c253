"""Money: Decimal only, one rounding rule, exact storage in minor units."""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ardesk.errors import ValidationError
from ardesk.models.base import MoneyType, ScaledDecimal
from ardesk.money import currency_places, in_range, line_amount, money, percent, percent_of, round_money, round_to


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2.205", "2.21"),
        ("-2.205", "-2.21"),
        ("2.2049", "2.20"),
        ("0.005", "0.01"),
        ("-0.005", "-0.01"),
        ("5.0505", "5.05"),
        ("9.898", "9.90"),
    ],
)
def test_round_half_away_from_zero(value, expected):
    assert round_money(D(value)) == D(expected)


@pytest.mark.parametrize("value", [1.5, True, None, "abc", D("NaN"), D("Infinity"), [1]])
def test_money_refuses_what_is_not_an_exact_amount(value):
    with pytest.raises(ValidationError) as err:
        money(value, "amount")
    assert err.value.field == "amount"


def test_money_checks_decimals_of_the_currency():
    assert money(D("12.5"), "amount", currency="EUR") == D("12.50")
    assert money(D("1200"), "amount", currency="JPY") == D("1200.00")
    with pytest.raises(ValidationError, match="more than 0 decimals"):
        money(D("12.5"), "amount", currency="JPY")
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        money(D("0.001"), "amount", currency="EUR")
    with pytest.raises(ValidationError, match="negative"):
        money(D("-1"), "amount", positive=True)


def test_percent_range_and_percent_of():
    assert percent(D("2"), "p") == D("2")
    with pytest.raises(ValidationError):
        percent(D("101"), "p")
    with pytest.raises(ValidationError):
        percent(2.0, "p")
    assert percent_of(D("1000.00"), D("1")) == D("10.00")
    assert percent_of(D("-100.00"), D("2.5")) == D("-2.50")


@given(st.decimals(min_value=D("-99999999999.99"), max_value=D("99999999999.99"), places=2))
def test_scaled_decimal_round_trips_exactly(value):
    col = ScaledDecimal(2)
    stored = col.process_bind_param(value, None)
    assert isinstance(stored, int)
    assert col.process_result_value(stored, None) == value


def test_scaled_decimal_refuses_floats_and_extra_decimals():
    col = ScaledDecimal(2)
    with pytest.raises(TypeError):
        col.process_bind_param(0.1, None)
    with pytest.raises(ValueError):
        col.process_bind_param(D("0.001"), None)


@pytest.mark.parametrize("currency, places", [("JPY", 0), ("KRW", 0), ("EUR", 2), ("USD", 2), ("KWD", 3), ("BHD", 3)])
def test_each_currency_has_its_minor_unit(currency, places):
    assert currency_places(currency) == places
    assert round_to(D("1234.5678"), currency) == D("1234.5678").quantize(D(1).scaleb(-places), ROUND_HALF_UP)
    assert money(D("1"), "amount", currency=currency).as_tuple().exponent == -places
    with pytest.raises(ValidationError, match=f"more than {places} decimals") as err:
        money(D(1) + D(1).scaleb(-places - 1), "lines[2].amount", currency=currency)
    assert err.value.field == "lines[2].amount"


def test_percent_of_and_line_amounts_round_to_the_currency():
    assert percent_of(D("1234"), D("1"), 0) == D("12")  # JPY 1,234 at 1 %: 12, not 12.34
    assert percent_of(D("1.235"), D("10"), 3) == D("0.124")  # KWD: three decimals, half up
    assert line_amount(D("1"), D("100.5"), 0) == D("101")  # JPY 1 × 100.5 books 101
    assert line_amount(D("3"), D("0.3335"), 3) == D("1.001")


@pytest.mark.parametrize(
    "make",
    [
        lambda: money(D("1e40"), "amount"),
        lambda: money(D("1e400"), "amount", currency="EUR"),
        lambda: line_amount(D("999999999"), D("99999999999"), 2),
        lambda: round_money(D("1e40")),
        lambda: in_range(D("10000000000000"), "amount"),
    ],
)
def test_the_amount_limit_is_a_validation_error_not_an_overflow(make):
    with pytest.raises(ValidationError, match="out of range"):
        make()


@given(st.decimals(min_value=D("-9999999999999.999"), max_value=D("9999999999999.999"), places=3))
def test_amounts_round_trip_through_thousandths(value):
    col = MoneyType()
    stored = col.process_bind_param(value, None)
    assert isinstance(stored, int) and stored == int(value * 1000)
    back = col.process_result_value(stored, None)
    assert back == value
    assert back.as_tuple().exponent in (-2, -3)  # two decimals unless the third is used
