"""Closing and reopening ledger months; the check every posting makes (DOMAIN 9 step 8, 11.1)."""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, LedgerPeriod
from ardesk.services.setup_cache import remembered
from ardesk.services.text import a_date, name_text


def _month_end(value: object, field: str) -> dt.date:
    day = a_date(value, field)
    last = calendar.monthrange(day.year, day.month)[1]
    if day.day != last:
        raise ValidationError(
            field,
            "a period ends on the last day of a month ({day:%Y-%m}-{last:02d}), not on {day}",
            day=day,
            last=last,
        )
    return day


def close_period(s: Session, company: Company, period_end: object) -> None:
    """Close the month that ends on period_end; earlier months are not touched (API)."""
    end = _month_end(period_end, "period_end")
    row = s.scalar(select(LedgerPeriod).where(LedgerPeriod.company_id == company.id, LedgerPeriod.period_end == end))
    if row is None:
        s.add(LedgerPeriod(company_id=company.id, period_start=end.replace(day=1), period_end=end, closed=True))
    elif row.closed:
        raise ValidationError("period_end", "the period ending {end} is already closed", end=end)
    else:
        row.closed = True
    s.flush()


def reopen_period(s: Session, company: Company, period_end: object, reason: object) -> None:
    end = _month_end(period_end, "period_end")
    why = name_text(reason, "reason")
    row = s.scalar(select(LedgerPeriod).where(LedgerPeriod.company_id == company.id, LedgerPeriod.period_end == end))
    if row is None or not row.closed:
        raise ValidationError("period_end", "the period ending {end} is not closed", end=end)
    row.closed, row.reopen_reason = False, why
    s.flush()


def closed_ranges(s: Session, company_id: int) -> list[tuple[dt.date, dt.date]]:
    return remembered(
        s,
        company_id,
        ("closed",),
        lambda: [
            (p.period_start, p.period_end)
            for p in s.scalars(
                select(LedgerPeriod).where(LedgerPeriod.company_id == company_id, LedgerPeriod.closed.is_(True))
            )
        ],
    )


def refuse_closed(closed: list[tuple[dt.date, dt.date]], date: dt.date, field: str = "date") -> None:
    """Refuse a posting dated inside one of the closed (start, end) months."""
    for start, end in closed:
        if start <= date <= end:
            raise ValidationError(
                field,
                "{date} lies in a closed period ({end:%B %Y}); reopen it or use a later date",
                date=date,
                end=end,
            )


def check_open(s: Session, company_id: int, date: dt.date, field: str = "date") -> None:
    refuse_closed(closed_ranges(s, company_id), date, field)


def closed_periods(s: Session, company_id: int) -> list[dt.date]:
    return list(
        s.scalars(
            select(LedgerPeriod.period_end)
            .where(LedgerPeriod.company_id == company_id, LedgerPeriod.closed.is_(True))
            .order_by(LedgerPeriod.period_end)
        )
    )
