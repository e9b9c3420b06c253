"""Fiscal years and ledger months: open, on hold or closed, and the check every posting makes (DOMAIN 9
step 8, 11.1).

The rules, in one place:

* A ledger period is a calendar month. A fiscal year is 1-24 consecutive months starting on the first of
  a month (a first or last year may be short or long); creating one creates its months, open.
* A month is **open** (postings allowed), **on hold** (postings refused for now, e.g. while the VAT
  return is prepared; released again without a reason) or **closed** (postings refused; reopened only
  with a reason, which is kept).
* ARDESK choice: a company without fiscal years may still close any month (API.md close_period); a
  posting is refused only by a month on hold or closed, never for lying outside every fiscal year, so
  books keep working before anybody sets up a year.
* Closing asks nothing of earlier months (API.md). The guided close (services.close_checklist) refuses
  a close while a checklist line is red and not overridden with a reason; the reasons are kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ardesk.errors import Term, ValidationError
from ardesk.models import CloseOverride, Company, FiscalYear, LedgerPeriod
from ardesk.services import audit
from ardesk.services.lookup import code_text
from ardesk.services.setup_cache import remembered
from ardesk.services.text import a_date, name_text

#: The states as words inside a message.
STATE_TERMS: dict[str, Term] = {"open": Term("open"), "on_hold": Term("on hold"), "closed": Term("closed")}
#: States that refuse a posting dated in the month.
BLOCKING = ("on_hold", "closed")


@dataclass(frozen=True)
class PeriodInfo:
    """A ledger month and its state (open | on_hold | closed); reopen_reason: the reason of its last
    reopening after a close (None: never reopened)."""

    period_start: dt.date
    period_end: dt.date
    state: str
    reopen_reason: str | None = None

    @property
    def closed(self) -> bool:
        return self.state == "closed"


@dataclass(frozen=True)
class FiscalYearInfo:
    code: str
    start: dt.date
    end: dt.date
    periods: tuple[PeriodInfo, ...]


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def a_period_end(value: object, field: str) -> dt.date:
    """A month end given by the user (the last day of a month), else a ValidationError naming the field."""
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


def _period(s: Session, company_id: int, end: dt.date) -> LedgerPeriod | None:
    return s.scalar(select(LedgerPeriod).where(LedgerPeriod.company_id == company_id, LedgerPeriod.period_end == end))


# --- fiscal years ---------------------------------------------------------------------------------------


def create_fiscal_year(
    s: Session, company: Company, start: object, months: object = 12, code: object = None
) -> FiscalYearInfo:
    """A fiscal year of `months` months from `start` (the first of a month), with its months open; months
    already closed (before the year existed) join it as they are."""
    first = a_date(start, "start")
    if first.day != 1:
        raise ValidationError("start", "a fiscal year starts on the first of a month, not on {day}", day=first)
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 24:
        raise ValidationError("months", "a fiscal year has 1 to 24 months, not {months}", months=months)
    last = first + relativedelta(months=months) - dt.timedelta(days=1)
    default = str(first.year) if first.month == 1 else f"{first.year}-{last.year}"
    name = code_text(default if code is None else code, "code")
    if s.scalar(select(FiscalYear.id).where(FiscalYear.company_id == company.id, FiscalYear.code == name)):
        raise ValidationError("code", "there is already a fiscal year {code!r}", code=name)
    clash = s.scalar(
        select(FiscalYear.code).where(
            FiscalYear.company_id == company.id, FiscalYear.start_date <= last, FiscalYear.end_date >= first
        )
    )
    if clash is not None:
        raise ValidationError("start", "the fiscal year would overlap fiscal year {code}", code=clash)
    year = FiscalYear(company_id=company.id, code=name, start_date=first, end_date=last)
    s.add(year)
    s.flush()
    existing = {
        p.period_end: p
        for p in s.scalars(
            select(LedgerPeriod).where(
                LedgerPeriod.company_id == company.id,
                LedgerPeriod.period_end >= first,
                LedgerPeriod.period_end <= last,
            )
        )
    }
    for n in range(months):
        begin = first + relativedelta(months=n)
        end = month_end(begin)
        row = existing.get(end)
        if row is None:
            s.add(
                LedgerPeriod(
                    company_id=company.id, period_start=begin, period_end=end, state="open", fiscal_year_id=year.id
                )
            )
        else:
            row.fiscal_year_id = year.id
    s.flush()
    return _year_info(s, company.id, year)


def _year_info(s: Session, company_id: int, year: FiscalYear) -> FiscalYearInfo:
    rows = s.scalars(
        select(LedgerPeriod)
        .where(LedgerPeriod.company_id == company_id, LedgerPeriod.fiscal_year_id == year.id)
        .order_by(LedgerPeriod.period_end)
    )
    return FiscalYearInfo(year.code, year.start_date, year.end_date, tuple(_info(p) for p in rows))


def _info(p: LedgerPeriod) -> PeriodInfo:
    return PeriodInfo(p.period_start, p.period_end, p.state, p.reopen_reason)


def fiscal_years(s: Session, company_id: int) -> list[FiscalYearInfo]:
    """Every fiscal year of the company with its months, oldest first."""
    years = s.scalars(select(FiscalYear).where(FiscalYear.company_id == company_id).order_by(FiscalYear.start_date))
    return [_year_info(s, company_id, y) for y in years]


def periods(s: Session, company_id: int) -> list[PeriodInfo]:
    """Every month the books know (of a fiscal year, or closed once without one), newest first."""
    rows = s.scalars(
        select(LedgerPeriod).where(LedgerPeriod.company_id == company_id).order_by(LedgerPeriod.period_end.desc())
    )
    return [_info(p) for p in rows]


# --- states -----------------------------------------------------------------------------------------------


def close_period(
    s: Session, company: Company, period_end: object, overrides: Mapping[str, object] | None = None
) -> None:
    """Close the month that ends on period_end; earlier months are not touched (API). overrides: the
    checklist lines the bookkeeper let pass, with the reason for each (kept, services.close_checklist)."""
    end = a_period_end(period_end, "period_end")
    reasons = {code_text(k, "overrides", max_len=30): name_text(v, "overrides") for k, v in (overrides or {}).items()}
    row = _period(s, company.id, end)
    if row is None:
        s.add(LedgerPeriod(company_id=company.id, period_start=end.replace(day=1), period_end=end, state="closed"))
    elif row.state == "closed":
        raise ValidationError("period_end", "the period ending {end} is already closed", end=end)
    else:
        row.state = "closed"
    s.execute(delete(CloseOverride).where(CloseOverride.company_id == company.id, CloseOverride.period_end == end))
    for line, why in sorted(reasons.items()):
        s.add(CloseOverride(company_id=company.id, period_end=end, line=line, reason=why))
    s.flush()
    let_pass = "; ".join(f"{line}: {why}" for line, why in sorted(reasons.items()))
    audit.record(s, company.id, "close_period", end.isoformat(), details=let_pass)


def reopen_period(s: Session, company: Company, period_end: object, reason: object) -> None:
    """Open a closed month again; the reason is kept (DOMAIN 9: corrections to a closed month are rare
    and must be explained)."""
    end = a_period_end(period_end, "period_end")
    why = name_text(reason, "reason")
    row = _period(s, company.id, end)
    if row is None or row.state != "closed":
        raise ValidationError("period_end", "the period ending {end} is not closed", end=end)
    row.state, row.reopen_reason = "open", why
    s.flush()
    audit.record(s, company.id, "reopen_period", end.isoformat(), details=why)


def hold_period(s: Session, company: Company, period_end: object) -> None:
    """Put an open month on hold: postings dated in it are refused until it is released."""
    end = a_period_end(period_end, "period_end")
    row = _period(s, company.id, end)
    if row is not None and row.state != "open":
        raise ValidationError(
            "period_end", "only an open period can be put on hold; {end} is {state}", end=end, state=row.state
        )
    if row is None:
        s.add(LedgerPeriod(company_id=company.id, period_start=end.replace(day=1), period_end=end, state="on_hold"))
    else:
        row.state = "on_hold"
    s.flush()
    audit.record(s, company.id, "hold_period", end.isoformat())


def release_period(s: Session, company: Company, period_end: object) -> None:
    """Open a month that is on hold again (no reason needed: nothing was closed)."""
    end = a_period_end(period_end, "period_end")
    row = _period(s, company.id, end)
    if row is None or row.state != "on_hold":
        raise ValidationError("period_end", "the period ending {end} is not on hold", end=end)
    row.state = "open"
    s.flush()
    audit.record(s, company.id, "release_period", end.isoformat())


def overrides(s: Session, company_id: int, period_end: dt.date) -> dict[str, str]:
    """The checklist lines let pass when the month was last closed, with their reasons."""
    return dict(
        s.execute(
            select(CloseOverride.line, CloseOverride.reason).where(
                CloseOverride.company_id == company_id, CloseOverride.period_end == period_end
            )
        ).all()
    )


# --- the check every posting makes -----------------------------------------------------------------------


def closed_ranges(s: Session, company_id: int) -> list[tuple[dt.date, dt.date]]:
    """The (start, end) of every month that refuses postings: closed or on hold."""
    return remembered(
        s,
        company_id,
        ("closed",),
        lambda: [
            (p.period_start, p.period_end)
            for p in s.scalars(
                select(LedgerPeriod).where(LedgerPeriod.company_id == company_id, LedgerPeriod.state.in_(BLOCKING))
            )
        ],
    )


def refuse_closed(closed: list[tuple[dt.date, dt.date]], date: dt.date, field: str = "date") -> None:
    """Refuse a posting dated inside one of the closed or on-hold (start, end) months."""
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
    """The ends of the months closed now (not those on hold), oldest first."""
    return list(
        s.scalars(
            select(LedgerPeriod.period_end)
            .where(LedgerPeriod.company_id == company_id, LedgerPeriod.state == "closed")
            .order_by(LedgerPeriod.period_end)
        )
    )
