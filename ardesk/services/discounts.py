"""Cash discount arithmetic for one open transaction on one date (DOMAIN 4.5).

All figures are magnitudes (positive) of the transaction's open balance; callers add the sign."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ardesk.money import HUNDRED, round_money

ZERO = Decimal("0.00")
MODES = ("normal", "always", "never")


@dataclass(frozen=True)
class Period:
    """The discount period a settlement on `date` falls in: its date and percentage (0: none)."""

    date: dt.date | None
    percent: Decimal

    @property
    def fraction(self) -> Decimal:
        return self.percent / HUNDRED


NONE = Period(None, Decimal(0))


def period(schedule: Sequence[tuple[dt.date, Decimal]], on: dt.date, mode: str) -> Period:
    """The first period (discount date, percent) whose date is on or after `on` (a payment on the
    discount date still qualifies, DOMAIN 2.6). Always: after the last date, the last period's
    percentage (DOMAIN 4.5 rule 5, DERIVED). Never: no discount."""
    periods = [(day, pct) for day, pct in schedule if pct > 0]
    if mode == "never" or not periods:
        return NONE
    for day, pct in periods:
        if on <= day:
            return Period(day, pct)
    return Period(periods[-1][0], periods[-1][1]) if mode == "always" else NONE


def available(remaining: Decimal, p: Period, places: int = 2) -> Decimal:
    """D_avail = round(R × p) to the currency's minor unit: the discount if the whole remainder
    were settled now (JPY 1,234 at 1 %: 12, not 12.34)."""
    return round_money(remaining * p.fraction, places) if p.percent else ZERO


def full(remaining: Decimal, p: Period, places: int = 2) -> tuple[Decimal, Decimal]:
    """(cash, discount) that close the remainder: R − D_avail and D_avail (rule 1)."""
    d = available(remaining, p, places)
    return remaining - d, d


def partial(remaining: Decimal, cash: Decimal, p: Period, *, on_partial: bool, mode: str, places: int = 2) -> Decimal:
    """Discount for a partial `cash` (less than R − D_avail) applied to the remainder (rule 2):
    round(A / (1 − p) × p), capped at D_avail and at what is left after the cash. Without the
    partial-payment parameter a partial payment gets no discount, unless the mark says Always."""
    if not p.percent or cash <= 0 or (not on_partial and mode != "always"):
        return ZERO
    grossed = round_money(cash / (1 - p.fraction) * p.fraction, places)
    return max(ZERO, min(grossed, available(remaining, p, places), remaining - cash))
