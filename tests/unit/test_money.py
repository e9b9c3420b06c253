"""Money: Decimal only, one rounding rule, exact storage in minor units."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ardesk.errors import ValidationError
from ardesk.models.base import ScaledDecimal
from ardesk.money import money, percent, percent_of, round_money


@pytest.mark.parametrize("value, expected", [
    ("2.205", "2.21"), ("-2.205", "-2.21"), ("2.2049", "2.20"), ("0.005", "0.01"), ("-0.005", "-0.01"),
    ("5.0505", "5.05"), ("9.898", "9.90"),
])
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
