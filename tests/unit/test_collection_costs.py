"""The Dutch BIK scale of extrajudicial collection costs (DOMAIN 5.7), hand-computed."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from ardesk.errors import ValidationError
from ardesk.services.collection_costs import collection_costs


@pytest.mark.parametrize(
    "principal, costs",
    [
        ("100.00", "40.00"),  # 15.00 is below the minimum
        ("2500.00", "375.00"),  # 15 % of 2,500
        ("3000.00", "425.00"),  # 375 + 10 % of 500
        ("10000.00", "875.00"),  # 375 + 250 + 5 % of 5,000
    ],
)
def test_domain_examples(principal, costs):
    assert collection_costs(D(principal)) == D(costs)


@pytest.mark.parametrize(
    "principal, costs",
    [
        ("266.66", "40.00"),  # 39.999 → the minimum
        ("300.00", "45.00"),  # above the minimum: 15 %
        ("1234.57", "185.19"),  # 185.1855 → half up
        ("5000.10", "625.01"),  # 625 + 5 % of 0.10 = 625.005 → half up
        ("200000.00", "2775.00"),  # 875 + 1 % of 190,000
        ("300000.00", "3275.00"),  # 2,775 + 0.5 % of 100,000
        ("1000000.00", "6775.00"),  # 2,775 + 0.5 % of 800,000: exactly the cap
        ("1000200.00", "6775.00"),  # would be 6,776.00: capped
        ("1E+15", "6775.00"),  # huge: capped
    ],
)
def test_scale_minimum_and_cap(principal, costs):
    assert collection_costs(D(principal)) == D(costs)


def test_result_has_cents():
    assert str(collection_costs(D("2500"))) == "375.00"
    assert str(collection_costs(D("1E+15"))) == "6775.00"


@pytest.mark.parametrize("principal", ["0", "0.00", "-100.00"])
def test_nothing_owed_gives_zero(principal):
    assert str(collection_costs(D(principal))) == "0.00"


@pytest.mark.parametrize("principal", [100.0, 100, "100.00", None, D("NaN"), D("Infinity")])
def test_anything_but_a_finite_decimal_is_refused(principal):
    with pytest.raises(ValidationError) as caught:
        collection_costs(principal)
    assert caught.value.field == "principal"
