"""The SEPA mandate rules that need no database: sequence types, expiry, lead time (DOMAIN 7.3, 7.4)."""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from ardesk.errors import Term

#: A mandate not used for 36 months expires (SEPA rulebook; DOMAIN 7.1).
EXPIRY_MONTHS = 36

#: What a mandate can be, and the states in which it can no longer be used (DOMAIN 7.3).
STATUSES = ("new", "active", "cancelled", "expired", "completed")
ENDED = ("cancelled", "expired", "completed")
#: The states as a message names them, in the user's language ("mandate MD-1 is expired").
STATUS_TERMS = {
    "new": Term("new"),
    "active": Term("active"),
    "cancelled": Term("cancelled"),
    "expired": Term("expired"),
    "completed": Term("completed"),
    "collected": Term("collected"),
    "rejected": Term("rejected"),
    "returned": Term("returned"),
}


def next_sequence(recurring: bool, first_pending: bool, collections_done: int, expected: int | None) -> str:
    """The sequence type of the mandate's next collection (DOMAIN 7.4, ARDESK): OOFF for a one-off mandate;
    FNAL when it will be the expected last one; FRST for the first (and the first after the debtor moved to
    another bank, or after the first was rejected); RCUR otherwise. FNAL wins over FRST only when a first
    collection would also be the last, which a recurring mandate's minimum of two collections rules out."""
    if not recurring:
        return "OOFF"
    if expected is not None and collections_done + 1 >= expected:
        return "FNAL"
    return "FRST" if first_pending else "RCUR"


def expiry_date(signed_on: dt.date | None, last_collection: dt.date | None) -> dt.date | None:
    """The day a mandate expires: 36 months after its last collection, or after its signature while it has
    none (DOMAIN 7.3, ARDESK); None while it is not signed."""
    start = last_collection or signed_on
    return None if start is None else start + relativedelta(months=EXPIRY_MONTHS)


def status_on(status: str, signed_on: dt.date | None, last_collection: dt.date | None, day: dt.date) -> str:
    """The status as of a day: an active mandate past its expiry date is expired, even before a run or
    expire_mandates has written so."""
    expires = expiry_date(signed_on, last_collection)
    if status == "active" and expires is not None and day >= expires:
        return "expired"
    return status


def target_holidays(year: int) -> set[dt.date]:
    """The TARGET2 closing days (no SEPA settlement): New Year, Good Friday, Easter Monday, 1 May,
    Christmas and Boxing Day."""
    sunday = easter(year)
    return {
        dt.date(year, 1, 1),
        sunday - dt.timedelta(days=2),
        sunday + dt.timedelta(days=1),
        dt.date(year, 5, 1),
        dt.date(year, 12, 25),
        dt.date(year, 12, 26),
    }


def is_business_day(day: dt.date) -> bool:
    """A TARGET2 business day: Monday to Friday and not a TARGET2 holiday."""
    return day.weekday() < 5 and day not in target_holidays(day.year)


def earliest_collection(prepared_on: dt.date, lead_days: int = 1) -> dt.date:
    """The first collection date a file prepared on a day may ask for: `lead_days` TARGET2 business days
    later (D-1 for Core, COR1 and B2B since the 2016 rulebook; DOMAIN 7.4)."""
    day = prepared_on
    for _ in range(lead_days):
        day += dt.timedelta(days=1)
        while not is_business_day(day):
            day += dt.timedelta(days=1)
    return day
