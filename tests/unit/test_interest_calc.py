"""Interest note lines on plain values (DOMAIN 2.9, 5.5): every method, range kind and cut, hand-computed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.errors import ValidationError
from ardesk.services.interest_calc import InterestLine, RateVersion, interest_lines, total, validate_versions

OLD = date(2000, 1, 1)


def yearly(pct: str, **kw) -> RateVersion:
    return RateVersion(valid_from=kw.pop("valid_from", OLD), percent=D(pct), **kw)


def lines(due: date, to: date, versions, amount: str = "1000.00", payments=(), **kw) -> list[InterestLine]:
    """Lines for one invoice of `amount` dated a month before `due`, with (day, balance after) changes."""
    balances = [(date(due.year - 1, 12, 1), D(amount)), *((day, D(bal)) for day, bal in payments)]
    return interest_lines(due_date=due, to_date=to, balances=balances, versions=versions, **kw)


def summary(result: list[InterestLine]) -> list[tuple]:
    return [(line.start, line.end, line.days, line.base, line.rate, line.interest) for line in result]


# --- yearly percent per day -------------------------------------------------------------------------


def test_yearly_per_day_one_line():
    # 1,000.00 × 8 % / 365 × 30 = 6.5753… → 6.58
    result = lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("8")])
    assert result == [
        InterestLine(date(2025, 1, 31), date(2025, 3, 2), 30, D("1000.00"), D("8"), D("6.58"), OLD),
    ]
    assert total(result) == D("6.58")


def test_leap_year_divides_by_365_too():
    # February 2024 has 29 days: 1,000.00 × 10 % × 29 / 365 = 7.945… → 7.95
    assert summary(lines(date(2024, 2, 1), date(2024, 3, 1), [yearly("10")])) == [
        (date(2024, 2, 1), date(2024, 3, 1), 29, D("1000.00"), D("10"), D("7.95")),
    ]
    # a whole leap year is 366 days: 366 / 365 of the yearly rate
    assert total(lines(date(2024, 1, 1), date(2025, 1, 1), [yearly("10")])) == D("100.27")


def test_rounding_follows_places():
    # 1,000 × 8 % × 30 / 365 = 6.575342…: 0 decimals → 7, 3 decimals → 6.575
    assert total(lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("8")], amount="1000", places=0)) == D("7")
    assert total(lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("8")], places=3)) == D("6.575")


def test_nothing_before_or_on_the_due_date():
    assert lines(date(2025, 1, 31), date(2025, 1, 31), [yearly("8")]) == []
    assert lines(date(2025, 1, 31), date(2025, 1, 10), [yearly("8")]) == []
    assert total([]) == D("0")


def test_version_split_statutory_commercial_rates():
    # 12.5 % to 2024-06-30, 12.25 % from 2024-07-01: one line per version
    versions = [yearly("12.5", valid_from=date(2024, 1, 1)), yearly("12.25", valid_from=date(2024, 7, 1))]
    result = lines(date(2024, 5, 31), date(2024, 7, 31), versions)
    # 1,000 × 12.5 % × 30 / 365 = 10.2739… ; 1,000 × 12.25 % × 31 / 365 = 10.4041…
    assert summary(result) == [
        (date(2024, 5, 31), date(2024, 6, 30), 30, D("1000.00"), D("12.5"), D("10.27")),
        (date(2024, 6, 30), date(2024, 7, 31), 31, D("1000.00"), D("12.25"), D("10.40")),
    ]
    assert [line.valid_from for line in result] == [date(2024, 1, 1), date(2024, 7, 1)]
    assert total(result) == D("20.67")


def test_days_before_the_first_version_bear_nothing():
    # due 2024-01-01, the code only exists from 2024-02-01: 11 days, 1,000 × 10 % × 11 / 365 = 3.0136…
    result = lines(date(2024, 1, 1), date(2024, 2, 11), [yearly("10", valid_from=date(2024, 2, 1))])
    assert summary(result) == [(date(2024, 1, 31), date(2024, 2, 11), 11, D("1000.00"), D("10"), D("3.01"))]


# --- declining balance ---------------------------------------------------------------------------------


def test_partial_payment_lowers_the_base_from_the_next_day():
    # 400.00 paid on 2024-03-15: 44 days on 1,000.00 (12.054… → 12.05), then 46 days on 600.00 (7.561… → 7.56)
    result = lines(date(2024, 1, 31), date(2024, 4, 30), [yearly("10")], payments=[(date(2024, 3, 15), "600.00")])
    assert summary(result) == [
        (date(2024, 1, 31), date(2024, 3, 15), 44, D("1000.00"), D("10"), D("12.05")),
        (date(2024, 3, 15), date(2024, 4, 30), 46, D("600.00"), D("10"), D("7.56")),
    ]
    assert total(result) == D("19.61")


def test_item_paid_late_bears_interest_up_to_its_payment_day():
    result = lines(date(2024, 1, 31), date(2024, 4, 30), [yearly("10")], payments=[(date(2024, 3, 15), "0.00")])
    assert summary(result) == [(date(2024, 1, 31), date(2024, 3, 15), 44, D("1000.00"), D("10"), D("12.05"))]


def test_payment_before_the_due_date_and_overpayment():
    # paid down to 500.00 before the due date: 30 days on 500.00 = 4.109… → 4.11; overpaid: nothing
    assert total(
        lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("10")], payments=[(date(2025, 1, 20), "500.00")])
    ) == D("4.11")
    assert lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("10")], payments=[(date(2025, 1, 20), "-5.00")]) == []


def test_several_changes_on_one_day_the_last_is_the_closing_balance():
    payments = [(date(2025, 2, 10), "700.00"), (date(2025, 2, 10), "500.00")]
    result = lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("10")], payments=payments)
    # 10 days on 1,000 = 2.739… → 2.74; 20 days on 500 = 2.739… → 2.74
    assert summary(result) == [
        (date(2025, 1, 31), date(2025, 2, 10), 10, D("1000.00"), D("10"), D("2.74")),
        (date(2025, 2, 10), date(2025, 3, 2), 20, D("500.00"), D("10"), D("2.74")),
    ]


# --- compounding ---------------------------------------------------------------------------------------


def test_compound_yearly_domain_example_140_68():
    # 500 days on 1,000.00 at 10 %: 365 days → 100.00, then 135 days on 1,100.00 → 40.684… → 40.68
    result = lines(date(2025, 1, 1), date(2026, 5, 16), [yearly("10", compound_yearly=True)])
    assert summary(result) == [
        (date(2025, 1, 1), date(2026, 1, 1), 365, D("1000.00"), D("10"), D("100.00")),
        (date(2026, 1, 1), date(2026, 5, 16), 135, D("1100.00"), D("10"), D("40.68")),
    ]
    assert total(result) == D("140.68")


def test_without_compounding_the_same_500_days_is_simple_interest():
    # 1,000 × 10 % × 500 / 365 = 136.986… → 136.99, one line
    result = lines(date(2025, 1, 1), date(2026, 5, 16), [yearly("10")])
    assert summary(result) == [(date(2025, 1, 1), date(2026, 5, 16), 500, D("1000.00"), D("10"), D("136.99"))]


def test_compounding_after_a_note_still_capitalizes_the_first_year():
    versions = [yearly("10", compound_yearly=True)]
    first = lines(date(2025, 1, 1), date(2026, 3, 1), versions)
    # 100.00 for the year; 59 days on 1,100.00 = 17.780… → 17.78
    assert [line.interest for line in first] == [D("100.00"), D("17.78")]
    second = lines(date(2025, 1, 1), date(2026, 5, 16), versions, after=date(2026, 3, 1))
    # 76 days on 1,100.00 = 22.904… → 22.90
    assert summary(second) == [(date(2026, 3, 1), date(2026, 5, 16), 76, D("1100.00"), D("10"), D("22.90"))]
    assert total(first) + total(second) == D("140.68")


def test_compounding_with_the_statutory_version_split():
    versions = [
        yearly("12.5", valid_from=date(2024, 1, 1), compound_yearly=True),
        yearly("12.25", valid_from=date(2024, 7, 1), compound_yearly=True),
    ]
    result = lines(date(2024, 4, 30), date(2025, 5, 31), versions)
    # year 1: 61 days at 12.5 % = 20.890… → 20.89 and 304 days at 12.25 % = 102.027… → 102.03;
    # the year's 122.917… → 122.92 is capitalized: 31 days on 1,122.92 at 12.25 % = 11.682… → 11.68
    assert summary(result) == [
        (date(2024, 4, 30), date(2024, 6, 30), 61, D("1000.00"), D("12.5"), D("20.89")),
        (date(2024, 6, 30), date(2025, 4, 30), 304, D("1000.00"), D("12.25"), D("102.03")),
        (date(2025, 4, 30), date(2025, 5, 31), 31, D("1122.92"), D("12.25"), D("11.68")),
    ]
    assert total(result) == D("134.60")


# --- grace days and `after` ----------------------------------------------------------------------------


def test_grace_days_move_the_start():
    # due 2024-01-31 + 10 grace days: 20 days to 2024-03-01, 1,000 × 10 % × 20 / 365 = 5.479… → 5.48
    result = lines(date(2024, 1, 31), date(2024, 3, 1), [yearly("10", grace_days=10)])
    assert summary(result) == [(date(2024, 2, 10), date(2024, 3, 1), 20, D("1000.00"), D("10"), D("5.48"))]


def test_grace_days_come_from_the_version_in_effect_on_the_due_date():
    versions = [yearly("10", grace_days=10), yearly("10", valid_from=date(2024, 2, 1), grace_days=0)]
    result = lines(date(2024, 1, 31), date(2024, 3, 1), versions)
    assert [(line.start, line.end, line.interest) for line in result] == [
        (date(2024, 2, 10), date(2024, 3, 1), D("5.48"))
    ]


def test_consecutive_notes_neither_skip_nor_repeat_a_day():
    versions = [yearly("10")]
    march = lines(date(2024, 3, 1), date(2024, 3, 31), versions)
    april = lines(date(2024, 3, 1), date(2024, 4, 30), versions, after=date(2024, 3, 31))
    both = lines(date(2024, 3, 1), date(2024, 4, 30), versions)
    # 30 days each: 1,000 × 10 % × 30 / 365 = 8.219… → 8.22; 60 days = 16.438… → 16.44
    assert summary(march) == [(date(2024, 3, 1), date(2024, 3, 31), 30, D("1000.00"), D("10"), D("8.22"))]
    assert summary(april) == [(date(2024, 3, 31), date(2024, 4, 30), 30, D("1000.00"), D("10"), D("8.22"))]
    assert summary(both) == [(date(2024, 3, 1), date(2024, 4, 30), 60, D("1000.00"), D("10"), D("16.44"))]
    assert sum(line.days for line in march + april) == both[0].days


def test_after_before_the_interest_start_changes_nothing_and_after_the_end_gives_nothing():
    versions = [yearly("10")]
    assert total(lines(date(2024, 3, 1), date(2024, 3, 31), versions, after=date(2024, 2, 1))) == D("8.22")
    assert lines(date(2024, 3, 1), date(2024, 3, 31), versions, after=date(2024, 3, 31)) == []


# --- percent and amount per interval -------------------------------------------------------------------


def test_percent_per_two_months_completed_or_started_intervals():
    version = RateVersion(OLD, "percent_per_interval", percent=D("5"), every=(2, "month"))
    # grid from 2024-01-31: 03-31, 05-31, 07-31 — two completed by 2024-06-15: 1,000 × 5 % × 2
    result = lines(date(2024, 1, 31), date(2024, 6, 15), [version])
    assert summary(result) == [(date(2024, 1, 31), date(2024, 6, 15), 136, D("1000.00"), D("5"), D("100.00"))]
    started = RateVersion(OLD, "percent_per_interval", percent=D("5"), every=(2, "month"), count_started_intervals=True)
    assert total(lines(date(2024, 1, 31), date(2024, 6, 15), [started])) == D("150.00")


def test_percent_per_days_interval():
    version = RateVersion(OLD, "percent_per_interval", percent=D("1"), every=(30, "day"))
    # 95 days: 3 completed intervals of 30 days, 1,000 × 1 % × 3
    assert total(lines(date(2025, 1, 1), date(2025, 4, 6), [version])) == D("30.00")


def test_amount_per_20_days():
    version = RateVersion(OLD, "amount_per_interval", amount=D("25.00"), every=(20, "day"))
    assert summary(lines(date(2024, 1, 1), date(2024, 3, 1), [version])) == [
        (date(2024, 1, 1), date(2024, 3, 1), 60, D("1000.00"), D("25.00"), D("75.00")),
    ]
    assert total(lines(date(2024, 1, 1), date(2024, 2, 29), [version])) == D("50.00")  # 59 days: 2 intervals
    started = RateVersion(
        OLD, "amount_per_interval", amount=D("25.00"), every=(20, "day"), count_started_intervals=True
    )
    assert total(lines(date(2024, 1, 1), date(2024, 2, 29), [started])) == D("75.00")


def test_monthly_intervals_run_from_the_interest_start_across_notes():
    # 2 % per month from 2024-03-01: the first month completes on 04-01, inside the second note
    version = RateVersion(OLD, "percent_per_interval", percent=D("2"))
    assert lines(date(2024, 3, 1), date(2024, 3, 31), [version]) == []
    april = lines(date(2024, 3, 1), date(2024, 4, 30), [version], after=date(2024, 3, 31))
    assert summary(april) == [(date(2024, 3, 31), date(2024, 4, 30), 30, D("1000.00"), D("2"), D("20.00"))]
    # counting started months: month 1 (from 03-02) on the first note, month 2 (from 04-02) on the second
    started = RateVersion(OLD, "percent_per_interval", percent=D("2"), count_started_intervals=True)
    assert total(lines(date(2024, 3, 1), date(2024, 3, 31), [started])) == D("20.00")
    assert total(lines(date(2024, 3, 1), date(2024, 4, 30), [started], after=date(2024, 3, 31))) == D("20.00")


def test_an_interval_spanning_a_payment_is_charged_at_the_base_of_its_last_day():
    version = RateVersion(OLD, "percent_per_interval", percent=D("2"))
    # months end 02-15, 03-15; 400.00 paid on 03-01: month 1 on 1,000.00 = 20.00, month 2 on 600.00 = 12.00
    result = lines(date(2024, 1, 15), date(2024, 3, 20), [version], payments=[(date(2024, 3, 1), "600.00")])
    assert summary(result) == [
        (date(2024, 1, 15), date(2024, 3, 1), 46, D("1000.00"), D("2"), D("20.00")),
        (date(2024, 3, 1), date(2024, 3, 20), 19, D("600.00"), D("2"), D("12.00")),
    ]


# --- ranges --------------------------------------------------------------------------------------------


def test_range_by_amount_picks_one_band_for_the_whole_base():
    # 3M%ByAmt: 0 → 1 %, 1,001 → 2 %, 5,001 → 3 %, every 3 months; 2024-01-15 → 07-15 = 2 intervals
    version = RateVersion(
        OLD,
        "percent_per_interval",
        every=(3, "month"),
        range_by="amount",
        ranges=((D("0"), D("1")), (D("1001"), D("2")), (D("5001"), D("3"))),
    )

    def interest(amount: str) -> list[tuple]:
        return [(line.rate, line.interest) for line in lines(date(2024, 1, 15), date(2024, 7, 15), [version], amount)]

    assert interest("1000.00") == [(D("1"), D("20.00"))]
    assert interest("1000.99") == [(D("1"), D("20.02"))]
    assert interest("3000.00") == [(D("2"), D("120.00"))]
    assert interest("5001.00") == [(D("3"), D("300.06"))]
    assert interest("6000.00") == [(D("3"), D("360.00"))]


def test_range_by_amount_follows_the_declining_base():
    version = RateVersion(OLD, range_by="amount", ranges=((D("0"), D("5")), (D("1000"), D("10"))))
    result = lines(date(2025, 1, 1), date(2025, 3, 2), [version], "2000.00", payments=[(date(2025, 1, 31), "500.00")])
    # 30 days on 2,000 at 10 % = 16.438… → 16.44; 30 days on 500 at 5 % = 2.054… → 2.05
    assert summary(result) == [
        (date(2025, 1, 1), date(2025, 1, 31), 30, D("2000.00"), D("10"), D("16.44")),
        (date(2025, 1, 31), date(2025, 3, 2), 30, D("500.00"), D("5"), D("2.05")),
    ]


def test_range_by_days_amount_per_15_days():
    # 15DAmtXDay: 10.00 per 15 days for days 1–60, 15.00 for days 61–90, 20.00 from day 91; 120 days
    version = RateVersion(
        OLD,
        "amount_per_interval",
        every=(15, "day"),
        range_by="days",
        ranges=((D("0"), D("10.00")), (D("61"), D("15.00")), (D("91"), D("20.00"))),
    )
    result = lines(date(2024, 1, 1), date(2024, 4, 30), [version])
    assert summary(result) == [
        (date(2024, 1, 1), date(2024, 3, 1), 60, D("1000.00"), D("10.00"), D("40.00")),
        (date(2024, 3, 1), date(2024, 3, 31), 30, D("1000.00"), D("15.00"), D("30.00")),
        (date(2024, 3, 31), date(2024, 4, 30), 30, D("1000.00"), D("20.00"), D("40.00")),
    ]
    assert total(result) == D("110.00")


def test_range_by_days_takes_the_band_of_each_intervals_first_day():
    # every 7 days, 15.00 from day 61: interval 9 (days 57–63) starts in the first band → 9 × 10.00,
    # interval 10 (days 64–70) → 15.00; the line is cut after day 63
    version = RateVersion(
        OLD,
        "amount_per_interval",
        every=(7, "day"),
        range_by="days",
        ranges=((D("0"), D("10.00")), (D("61"), D("15.00"))),
    )
    result = lines(date(2024, 1, 1), date(2024, 3, 11), [version])
    assert summary(result) == [
        (date(2024, 1, 1), date(2024, 3, 4), 63, D("1000.00"), D("10.00"), D("90.00")),
        (date(2024, 3, 4), date(2024, 3, 11), 7, D("1000.00"), D("15.00"), D("15.00")),
    ]


def test_range_by_months_percent_per_month():
    # 1M%ByMth: 1.5 % for months 1–3, 2.0 % for months 4–6, 2.5 % from month 7; 8 months on 1,000.00
    version = RateVersion(
        OLD,
        "percent_per_interval",
        range_by="months",
        ranges=((D("0"), D("1.5")), (D("4"), D("2.0")), (D("7"), D("2.5"))),
    )
    result = lines(date(2024, 1, 15), date(2024, 9, 15), [version])
    assert summary(result) == [
        (date(2024, 1, 15), date(2024, 4, 15), 91, D("1000.00"), D("1.5"), D("45.00")),
        (date(2024, 4, 15), date(2024, 7, 15), 91, D("1000.00"), D("2.0"), D("60.00")),
        (date(2024, 7, 15), date(2024, 9, 15), 62, D("1000.00"), D("2.5"), D("50.00")),
    ]
    assert total(result) == D("155.00")


def test_range_by_days_with_yearly_percent_steps_per_day():
    version = RateVersion(OLD, range_by="days", ranges=((D("0"), D("8")), (D("31"), D("12"))))
    # days 1–30 at 8 % = 6.575… → 6.58; days 31–60 at 12 % = 9.863… → 9.86
    result = lines(date(2025, 1, 1), date(2025, 3, 2), [version])
    assert summary(result) == [
        (date(2025, 1, 1), date(2025, 1, 31), 30, D("1000.00"), D("8"), D("6.58")),
        (date(2025, 1, 31), date(2025, 3, 2), 30, D("1000.00"), D("12"), D("9.86")),
    ]


# --- minimum and maximum -------------------------------------------------------------------------------


def test_minimum_drops_a_line_strictly_below_it():
    # 20 days at 8 % = 4.383… → 4.38 < 5.00: no line; 30 days = 6.58 is kept; exactly the minimum is kept
    assert lines(date(2025, 1, 31), date(2025, 2, 20), [yearly("8", minimum=D("5.00"))]) == []
    assert total(lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("8", minimum=D("5.00"))])) == D("6.58")
    assert total(lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("8", minimum=D("6.58"))])) == D("6.58")


def test_maximum_caps_each_line():
    result = lines(date(2025, 1, 31), date(2025, 3, 2), [yearly("8", maximum=D("5.00"))])
    assert [(line.days, line.interest) for line in result] == [(30, D("5.00"))]
    versions = [
        yearly("12.5", valid_from=date(2024, 1, 1), maximum=D("10.30")),
        yearly("12.25", valid_from=date(2024, 7, 1), maximum=D("10.30")),
    ]
    # 10.27 stays, 10.40 is capped at 10.30
    assert [line.interest for line in lines(date(2024, 5, 31), date(2024, 7, 31), versions)] == [D("10.27"), D("10.30")]


# --- validation ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "versions, field",
    [
        ([], "versions"),
        (
            [yearly("8", valid_from=date(2024, 1, 1)), yearly("9", valid_from=date(2024, 1, 1))],
            "versions[1].valid_from",
        ),
        (
            [yearly("8", valid_from=date(2024, 7, 1)), yearly("9", valid_from=date(2024, 1, 1))],
            "versions[1].valid_from",
        ),
        ([RateVersion(OLD, "weekly", percent=D("1"))], "versions[0].method"),
        ([RateVersion(OLD, "percent_per_interval", percent=D("1"), every=(0, "month"))], "versions[0].every"),
        ([RateVersion(OLD, "percent_per_interval", percent=D("1"), every=(1, "week"))], "versions[0].every"),
        ([RateVersion(OLD, percent=D("1"), range_by="weeks", ranges=((D("0"), D("1")),))], "versions[0].range_by"),
        ([RateVersion(OLD)], "versions[0].percent"),
        ([RateVersion(OLD, "percent_per_interval")], "versions[0].percent"),
        ([RateVersion(OLD, "amount_per_interval", percent=D("1"))], "versions[0].amount"),
        ([RateVersion(OLD, range_by="amount")], "versions[0].ranges"),
        ([RateVersion(OLD, percent=D("1"), ranges=((D("0"), D("1")),))], "versions[0].ranges"),
        ([RateVersion(OLD, range_by="amount", ranges=((D("1"), D("1")),))], "versions[0].ranges"),
        (
            [RateVersion(OLD, range_by="amount", ranges=((D("0"), D("1")), (D("500"), D("2")), (D("500"), D("3"))))],
            "versions[0].ranges",
        ),
        ([RateVersion(OLD, range_by="days", ranges=((D("0"), D("1")), (D("30.5"), D("2"))))], "versions[0].ranges"),
        ([RateVersion(OLD, range_by="amount", ranges=((D("0"), 1.5),))], "versions[0].ranges"),
        ([yearly("8", grace_days=-1)], "versions[0].grace_days"),
        ([yearly("8", minimum=D("10"), maximum=D("5"))], "versions[0].minimum"),
        ([yearly("-1")], "versions[0].percent"),
        ([RateVersion(OLD, percent=8.0)], "versions[0].percent"),
    ],
)
def test_invalid_versions_name_the_field(versions, field):
    with pytest.raises(ValidationError) as caught:
        validate_versions(versions)
    assert caught.value.field == field


def test_validation_uses_the_given_field_name_and_accepts_a_good_set():
    good = [yearly("12.5", valid_from=date(2024, 1, 1)), yearly("12.25", valid_from=date(2024, 7, 1))]
    assert validate_versions(good) is None
    with pytest.raises(ValidationError) as caught:
        validate_versions([*good, RateVersion(date(2025, 1, 1), range_by="amount", ranges=((D("5"), D("1")),))], "code")
    assert caught.value.field == "code[2].ranges"


def test_interest_lines_refuses_bad_input():
    due, to = date(2025, 1, 31), date(2025, 3, 2)
    bad_versions = [yearly("8"), RateVersion(date(2024, 1, 1), range_by="days", ranges=((D("1"), D("1")),))]
    cases = [
        ({"balances": [(date(2025, 1, 1), 1000.0)]}, "balances[0]"),
        ({"balances": [(date(2025, 1, 1), D("1000")), (date(2024, 12, 1), D("5"))]}, "balances[1]"),
        ({"places": 9}, "places"),
        ({"versions": bad_versions}, "versions[1].ranges"),
    ]
    for override, field in cases:
        kwargs = {
            "due_date": due,
            "to_date": to,
            "balances": [(date(2025, 1, 1), D("1000"))],
            "versions": [yearly("8")],
        }
        with pytest.raises(ValidationError) as caught:
            interest_lines(**{**kwargs, **override})
        assert caught.value.field == field
