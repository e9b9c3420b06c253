"""Closed periods refuse postings dated inside them (DOMAIN 9, 11.1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, ValidationError


def test_posting_into_a_closed_month_is_refused_until_it_is_reopened(co):
    co.close_period(date(2026, 2, 28))
    with pytest.raises(ValidationError, match="closed period") as err:
        co.post_free_text_invoice("1001", date(2026, 2, 27), [Line("x", D("10.00"))])
    assert err.value.field == "date"
    co.post_free_text_invoice("1001", date(2026, 1, 31), [Line("x", D("10.00"))])  # earlier month still open
    co.post_free_text_invoice("1001", date(2026, 3, 1), [Line("x", D("10.00"))])
    co.reopen_period(date(2026, 2, 28), "Late supplier invoice")
    co.post_free_text_invoice("1001", date(2026, 2, 27), [Line("x", D("10.00"))])
    assert co.closed_periods() == []


@pytest.mark.parametrize(
    "call, field",
    [
        (lambda co: co.close_period(date(2026, 2, 27)), "period_end"),
        (lambda co: co.reopen_period(date(2026, 2, 28), "why"), "period_end"),
        (lambda co: co.close_period("2026-02-28"), "period_end"),
    ],
)
def test_bad_period_requests(co, call, field):
    with pytest.raises(ValidationError) as err:
        call(co)
    assert err.value.field == field


def test_closing_twice_and_reopening_without_reason(co):
    co.close_period(date(2026, 2, 28))
    with pytest.raises(ValidationError, match="already closed"):
        co.close_period(date(2026, 2, 28))
    with pytest.raises(ValidationError) as err:
        co.reopen_period(date(2026, 2, 28), "  ")
    assert err.value.field == "reason"
    assert co.closed_periods() == [date(2026, 2, 28)]
