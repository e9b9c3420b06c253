"""Interest on one overdue transaction (DOMAIN 2.9, 5.5) on plain values: rate versions in, note lines out.

Reads no database: the caller gives the transaction's due date, its balance history, the versions of
its interest code, the currency's decimals and where the last posted note for it ended.

Choices made (DOMAIN 5.5's [ARDESK] rules and its open points), each tested:
* Days: interest runs on the days d with start < d <= end; a line's `start` bears none, its `end`
  does, so consecutive notes (3/1–3/31, then 3/31–4/30) neither skip nor repeat a day.
* Interest start = due date + the grace days of the version in effect on the due date (the first
  version's when the due date precedes every version). Later versions' grace days are not used: the
  start of the delay is fixed once. Days before the first version's valid_from bear no interest.
* `after` (end of the last posted note for the transaction): only days after max(interest start,
  after) are charged. Everything that depends on the past (capitalized interest, the interval grid,
  day and month numbers of the ranges) is still counted from the interest start.
* Declining balance: the base of day d is the balance at the end of day d-1, so a payment on day P
  lowers the base from P+1 and an item paid in full on P bears interest up to P. A balance of zero
  or less bears none. Several change points on one day: the last is that day's closing balance.
* Lines: the window is cut at every version boundary (a version from V covers days >= V), at every
  balance change, at each anniversary of the interest start (only when a version compounds) and
  where a stepped range band changes; one line per piece. Lines with 0 days, with a base of 0, or
  whose interest rounds to 0 are not produced (nothing to post).
* yearly_per_day: base × percent / 100 / 365 × days, 365 in leap years too (so a delay year that
  holds 29 February has 366/365 of the yearly rate). Rounded half-up per line to `places`.
* compound_yearly: years run from the interest start to its calendar anniversaries (relativedelta,
  a 29 February start has its anniversary on 28 February). At an anniversary the interest of the year
  just ended is added to the base, when the version in effect on the next day compounds. The amount
  added is the exact interest of that year (all its days, also those of earlier notes, before any
  minimum/maximum) rounded once to `places`, so it does not depend on how notes cut the year. It is
  part of the base on the days whose version compounds and whose transaction balance is above zero
  (a paid item stops bearing interest; the capitalized interest is owed on the interest notes).
* Interval methods (percent_per_interval, amount_per_interval): intervals are laid from the interest
  start (interval k = days start + (k-1)·n < d <= start + k·n; months with relativedelta from the
  interest start, not chained), not from each line's start, so a cut by a payment, a version or an
  earlier note neither loses nor repeats an interval. A completed interval is charged on the line
  holding its last day, at that line's base and version; with count_started_intervals an interval is
  charged on the line holding its first day. For a line that starts on the grid this is the usual
  n = days ÷ interval days (or whole months). A version that changes the interval lays its own grid
  from the interest start. percent: base × p / 100 × n; amount: amount × n.
* range_by="amount": the band with the highest from_value <= the line's base (capitalized interest
  included) gives the value for the whole line.
* range_by="days"/"months" (stepped): the first day bearing interest is day 1 and lies in month 1
  (month m = the days after start + (m-1) months up to start + m months). Each interval takes the
  value of the band that holds the day (or month) number of the interval's first day; with
  yearly_per_day each day takes the band of its own number. A band change cuts the window where the
  first interval of the new band begins, so each line has one rate and a line never mixes bands.
* minimum/maximum apply per line after rounding: strictly below the minimum => no line; above the
  maximum => capped at it. They do not change the interest capitalized.
* Validation (DOMAIN 11 rule 9): versions not empty, dates unique and ascending, range from_values
  strictly ascending from 0 (whole numbers for days/months), interval > 0, known method/unit/range_by,
  the percent or amount the method needs (unless ranges give it), ranges only with range_by, values
  and limits not negative, grace_days >= 0, minimum <= maximum; Decimal only (floats refused)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from ardesk.errors import Term, ValidationError
from ardesk.money import round_money

METHODS = ("yearly_per_day", "percent_per_interval", "amount_per_interval")
UNITS = ("day", "month")
RANGE_BY = (None, "amount", "days", "months")
INTERVAL_METHODS = ("percent_per_interval", "amount_per_interval")
ONE_DAY = dt.timedelta(days=1)
YEAR_DAYS_TIMES_100 = Decimal(36500)  # 365 days × 100 (percent)
HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class RateVersion:
    """One date-effective version of an interest code (DOMAIN 2.9), in effect on days >= valid_from."""

    valid_from: dt.date
    method: str = "yearly_per_day"  # | "percent_per_interval" | "amount_per_interval"
    percent: Decimal | None = None  # yearly % for yearly_per_day; % per interval for percent_per_interval
    amount: Decimal | None = None  # amount per interval for amount_per_interval
    every: tuple[int, str] = (1, "month")  # interval for the two interval methods; unit "day" | "month"
    range_by: str | None = None  # None | "amount" | "days" | "months"
    ranges: tuple[tuple[Decimal, Decimal], ...] = ()  # (from_value, value): a percent or an amount per method
    grace_days: int = 0
    minimum: Decimal | None = None  # per note line: strictly below => no line
    maximum: Decimal | None = None  # per note line: above => capped
    compound_yearly: bool = False
    count_started_intervals: bool = False  # default: completed intervals only


@dataclass(frozen=True)
class InterestLine:
    """One note line: interest on the days d with start < d <= end at one base, rate and version."""

    start: dt.date
    end: dt.date
    days: int
    base: Decimal  # amount bearing interest (capitalized interest included when compounding)
    rate: Decimal | None  # the percent used; for amount_per_interval the amount per interval
    interest: Decimal  # rounded to `places`
    valid_from: dt.date  # the version used


# --- validation ---------------------------------------------------------------------------------


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _check_decimal(value: object, field: str, *, negative: bool = False) -> Decimal:
    if isinstance(value, float):
        raise ValidationError(field, "must be an exact decimal, not float {value!r}", value=value)
    if not isinstance(value, Decimal):
        raise ValidationError(field, "must be a Decimal, not {type_name}", type_name=type(value).__name__)
    if not value.is_finite():
        raise ValidationError(field, "must be a finite number")
    if not negative and value < 0:
        raise ValidationError(field, "must not be negative, got {value}", value=value)
    return value


def _check_int(value: object, field: str, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number, not {type_name}", type_name=type(value).__name__)
    if value < low:
        raise ValidationError(field, "must be at least {low}, got {value}", low=low, value=value)
    return value


def _check_version(v: RateVersion, f: str) -> None:
    if not _is_date(v.valid_from):
        raise ValidationError(f"{f}.valid_from", "must be a date")
    if v.method not in METHODS:
        raise ValidationError(
            f"{f}.method",
            "unknown method {method!r} (one of {choices})",
            method=v.method,
            choices=", ".join(METHODS),
        )
    if not isinstance(v.every, tuple) or len(v.every) != 2:
        raise ValidationError(f"{f}.every", "must be (number, unit)")
    _check_int(v.every[0], f"{f}.every", 1)
    if v.every[1] not in UNITS:
        raise ValidationError(f"{f}.every", "unknown unit {every!r} (day or month)", every=v.every[1])
    if v.range_by not in RANGE_BY:
        raise ValidationError(
            f"{f}.range_by",
            "unknown range kind {range_by!r} (amount, days or months)",
            range_by=v.range_by,
        )
    for name in ("percent", "amount", "minimum", "maximum"):
        value = getattr(v, name)
        if value is not None:
            _check_decimal(value, f"{f}.{name}")
    if v.range_by is None:
        if v.ranges:
            raise ValidationError(f"{f}.ranges", "ranges are given but range_by is not set")
        needed = "amount" if v.method == "amount_per_interval" else "percent"
        if getattr(v, needed) is None:
            if needed == "amount":
                raise ValidationError(f"{f}.amount", "the method {method} needs an amount", method=v.method)
            raise ValidationError(f"{f}.percent", "the method {method} needs a percent", method=v.method)
    else:
        _check_ranges(v, f"{f}.ranges")
    _check_int(v.grace_days, f"{f}.grace_days", 0)
    if v.minimum is not None and v.maximum is not None and v.minimum > v.maximum:
        raise ValidationError(
            f"{f}.minimum",
            "minimum {minimum} is above maximum {maximum}",
            minimum=v.minimum,
            maximum=v.maximum,
        )
    for name in ("compound_yearly", "count_started_intervals"):
        if not isinstance(getattr(v, name), bool):
            raise ValidationError(f"{f}.{name}", "must be True or False")


def _check_ranges(v: RateVersion, field: str) -> None:
    if not isinstance(v.ranges, tuple) or not v.ranges:
        raise ValidationError(field, "range_by {range_by!r} needs at least one range line", range_by=v.range_by)
    previous: Decimal | None = None
    for i, line in enumerate(v.ranges):
        if not isinstance(line, tuple) or len(line) != 2:
            raise ValidationError(field, "line {line} must be (from_value, value)", line=i + 1)
        start = _check_decimal(line[0], field)
        _check_decimal(line[1], field)
        if previous is None and start != 0:
            raise ValidationError(field, "the first line must start at 0, not {start}", start=start)
        if previous is not None and start <= previous:
            raise ValidationError(
                field,
                "line {line}: from values must be ascending ({start} after {previous})",
                line=i + 1,
                start=start,
                previous=previous,
            )
        if v.range_by in ("days", "months") and start != start.to_integral_value():
            raise ValidationError(
                field,
                "line {line}: a {range_by} number is whole, not {start}",
                line=i + 1,
                range_by=Term("day") if v.range_by == "days" else Term("month"),
                start=start,
            )
        previous = start


def validate_versions(versions: Sequence[RateVersion], field: str = "versions") -> None:
    """Refuse a set of versions DOMAIN 11 rule 9 (and the fields' own types) does not allow."""
    if not versions:
        raise ValidationError(field, "an interest code needs at least one version")
    for i, version in enumerate(versions):
        f = f"{field}[{i}]"
        if not isinstance(version, RateVersion):
            raise ValidationError(f, "must be a RateVersion, not {type_name}", type_name=type(version).__name__)
        _check_version(version, f)
        if i and version.valid_from <= versions[i - 1].valid_from:
            raise ValidationError(
                f"{f}.valid_from",
                "{valid_from} must come after the previous version's {previous} (dates unique and ascending)",
                valid_from=version.valid_from,
                previous=versions[i - 1].valid_from,
            )


def _check_balances(balances: Sequence[tuple[dt.date, Decimal]]) -> tuple[list[dt.date], list[Decimal]]:
    days: list[dt.date] = []
    amounts: list[Decimal] = []
    for i, point in enumerate(balances):
        if (  # what an interest run gives: checked without the field's text
            type(point) is tuple
            and len(point) == 2
            and type(point[0]) is dt.date
            and type(point[1]) is Decimal
            and point[1].is_finite()
        ):
            day, amount = point
        else:
            f = f"balances[{i}]"
            if not isinstance(point, tuple) or len(point) != 2 or not _is_date(point[0]):
                raise ValidationError(f, "must be (date, balance)")
            day, amount = point[0], _check_decimal(point[1], f, negative=True)
        if days and day < days[-1]:
            raise ValidationError(
                f"balances[{i}]",
                "{day} comes before {days}: change points must be ascending",
                day=day,
                days=days[-1],
            )
        if days and day == days[-1]:
            amounts[-1] = amount  # the last change of a day is its closing balance
        else:
            days.append(day)
            amounts.append(amount)
    return days, amounts


def _check_dates(due_date: object, to_date: object, after: object) -> None:
    if type(due_date) is dt.date and type(to_date) is dt.date and (after is None or type(after) is dt.date):
        return
    for name, value in (("due_date", due_date), ("to_date", to_date), ("after", after)):
        if not (value is None and name == "after") and not _is_date(value):
            raise ValidationError(name, "must be a date")


# --- calendar helpers ---------------------------------------------------------------------------


def _grid_end(start: dt.date, every: tuple[int, str], k: int) -> dt.date:
    """The last day of interval k (k >= 0; k = 0 gives the interest start itself)."""
    n, unit = every
    if unit == "day":
        return start + dt.timedelta(days=k * n)
    return start + relativedelta(months=k * n)


def _interval_of(start: dt.date, every: tuple[int, str], day: dt.date) -> int:
    """The number (1, 2, …) of the interval that holds `day` (> start)."""
    n, unit = every
    if unit == "day":
        return -(-(day - start).days // n)
    months = (day.year - start.year) * 12 + day.month - start.month
    k = max(1, -(-months // n))
    while _grid_end(start, every, k) < day:
        k += 1
    while k > 1 and _grid_end(start, every, k - 1) >= day:
        k -= 1
    return k


def _number(start: dt.date, range_by: str, day: dt.date) -> int:
    """The day number (range_by "days") or month number ("months") of `day`; the first day bearing interest is 1."""
    if range_by == "days":
        return (day - start).days
    return _interval_of(start, (1, "month"), day)


def _band(ranges: tuple[tuple[Decimal, Decimal], ...], key: Decimal | int) -> Decimal:
    value = ranges[0][1]
    for from_value, band_value in ranges:
        if from_value > key:
            break
        value = band_value
    return value


def _band_starts(start: dt.date, v: RateVersion) -> list[dt.date]:
    """The first day of each stepped band after the first (days/months ranges)."""
    found = []
    for from_value, _ in v.ranges:
        number = int(from_value)
        if number <= 1:
            continue
        if v.range_by == "days":
            found.append(start + dt.timedelta(days=number))
        else:
            found.append(start + relativedelta(months=number - 1) + ONE_DAY)
    return found


# --- the calculation ----------------------------------------------------------------------------


class _Calc:
    def __init__(
        self,
        start: dt.date,
        versions: Sequence[RateVersion],
        days: list[dt.date],
        amounts: list[Decimal],
        valid: list[dt.date],
    ) -> None:
        self.start = start
        self.versions = versions
        self.valid = valid  # the versions' valid_from
        self.days = days
        self.amounts = amounts

    def version_on(self, day: dt.date) -> RateVersion | None:
        i = bisect.bisect_right(self.valid, day)
        return self.versions[i - 1] if i else None

    def balance_at_end_of(self, day: dt.date) -> Decimal:
        i = bisect.bisect_right(self.days, day)
        return self.amounts[i - 1] if i else ZERO

    def value(self, v: RateVersion, base: Decimal, first_day: dt.date) -> Decimal:
        """The percent or amount of version v for a unit (day or interval) that begins on first_day."""
        if v.range_by is None:
            value = v.amount if v.method == "amount_per_interval" else v.percent
            assert value is not None  # validate_versions
            return value
        if v.range_by == "amount":
            return _band(v.ranges, base)
        return _band(v.ranges, _number(self.start, v.range_by, first_day))

    def band_cuts(self, v: RateVersion, to_date: dt.date) -> list[dt.date]:
        """Where a stepped band of v changes: the day before the first unit of the new band."""
        cuts = []
        for first in _band_starts(self.start, v):
            if first > to_date:
                break
            if v.method in INTERVAL_METHODS:
                k = _interval_of(self.start, v.every, first)
                begins = _grid_end(self.start, v.every, k - 1) + ONE_DAY
                cut = first - ONE_DAY if begins == first else _grid_end(self.start, v.every, k)
            else:
                cut = first - ONE_DAY
            if self.version_on(cut) is v and self.version_on(cut + ONE_DAY) is v:
                cuts.append(cut)
        return cuts

    def segment(self, v: RateVersion, base: Decimal, s: dt.date, e: dt.date) -> tuple[Decimal, Decimal]:
        """(rate, exact interest) of version v at `base` on the days s < d <= e."""
        if v.method not in INTERVAL_METHODS:
            rate = self.value(v, base, s + ONE_DAY)
            return rate, base * rate * (e - s).days / YEAR_DAYS_TIMES_100
        k1 = _interval_of(self.start, v.every, s + ONE_DAY)
        k2 = _interval_of(self.start, v.every, e)
        first_of_k1 = _grid_end(self.start, v.every, k1 - 1) + ONE_DAY
        if v.count_started_intervals:
            n = k2 - k1 + (1 if first_of_k1 == s + ONE_DAY else 0)
        else:
            n = k2 - k1 + (1 if _grid_end(self.start, v.every, k2) == e else 0)
        rate = self.value(v, base, first_of_k1)
        if v.method == "amount_per_interval":
            return rate, rate * n
        return rate, base * rate / HUNDRED * n


class Calculator:
    """interest_lines for many transactions on one set of versions, validated once (an interest run)."""

    def __init__(self, versions: Sequence[RateVersion]) -> None:
        validate_versions(versions)
        self.versions = tuple(versions)
        self.valid = [v.valid_from for v in self.versions]
        self.version_cuts = {v.valid_from - ONE_DAY for v in self.versions}
        self.stepped = [v for v in self.versions if v.range_by in ("days", "months")]
        self.compounds = any(v.compound_yearly for v in self.versions)

    def lines(
        self,
        *,
        due_date: dt.date,
        to_date: dt.date,
        balances: Sequence[tuple[dt.date, Decimal]],
        places: int = 2,
        after: dt.date | None = None,
    ) -> list[InterestLine]:
        """interest_lines on this calculator's versions."""
        _check_dates(due_date, to_date, after)
        if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= 8:
            raise ValidationError("places", "must be a whole number from 0 to 8, got {places!r}", places=places)
        days, amounts = _check_balances(balances)
        versions = self.versions

        i = bisect.bisect_right(self.valid, due_date)
        grace_version = versions[i - 1] if i else versions[0]
        start = due_date + dt.timedelta(days=grace_version.grace_days)
        begin = start if after is None else max(start, after)
        if to_date <= begin:
            return []
        calc = _Calc(start, versions, days, amounts, self.valid)

        cuts: set[dt.date] = {begin, *days}
        cuts.update(self.version_cuts)
        for v in self.stepped:
            cuts.update(calc.band_cuts(v, to_date))
        anniversaries: list[dt.date] = []
        if self.compounds:
            year = 1
            while (anniversary := start + relativedelta(years=year)) < to_date:
                anniversaries.append(anniversary)
                year += 1
            cuts.update(anniversaries)
        ends = [*sorted(c for c in cuts if start < c < to_date), to_date]

        lines: list[InterestLine] = []
        capitalized = ZERO
        year_interest = ZERO
        s = start
        for e in ends:
            v = calc.version_on(s + ONE_DAY)
            balance = calc.balance_at_end_of(s)
            if v is not None and balance > 0:
                base = balance + capitalized if v.compound_yearly else balance
                rate, exact = calc.segment(v, base, s, e)
                year_interest += exact
                interest = round_money(exact, places)
                if v.maximum is not None and interest > v.maximum:
                    interest = round_money(v.maximum, places)
                keep = interest != 0 and (v.minimum is None or interest >= v.minimum)
                if s >= begin and keep:
                    lines.append(InterestLine(s, e, (e - s).days, base, rate, interest, v.valid_from))
            if anniversaries and e == anniversaries[0]:
                anniversaries.pop(0)
                following = calc.version_on(e + ONE_DAY)
                if following is not None and following.compound_yearly:
                    capitalized += round_money(year_interest, places)
                year_interest = ZERO
            s = e
        return lines


def interest_lines(
    *,
    due_date: dt.date,
    to_date: dt.date,
    balances: Sequence[tuple[dt.date, Decimal]],
    versions: Sequence[RateVersion],
    places: int = 2,
    after: dt.date | None = None,
) -> list[InterestLine]:
    """The interest note lines of one transaction for the days after its due date (plus grace days,
    or after `after`) up to and including to_date. balances: (day, balance at the end of that day)
    change points, ascending, the first the document date with the original amount."""
    return Calculator(versions).lines(due_date=due_date, to_date=to_date, balances=balances, places=places, after=after)


def total(lines: Iterable[InterestLine]) -> Decimal:
    """The interest of all lines (already rounded per line)."""
    return sum((line.interest for line in lines), ZERO)
