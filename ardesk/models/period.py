"""Fiscal years and their ledger months, open, on hold or closed (DOMAIN 9, 11.1), and the kept reasons
of a period close."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned

#: open: postings allowed; on_hold: refused for now, opened again without a reason; closed: refused,
#: reopened only with a reason (which is kept).
PERIOD_STATES = ("open", "on_hold", "closed")


class FiscalYear(CompanyOwned, Base):
    """A fiscal year: consecutive calendar months, each a LedgerPeriod."""

    __tablename__ = "fiscal_year"
    __table_args__ = (UniqueConstraint("company_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)


class LedgerPeriod(CompanyOwned, Base):
    """A calendar month: of a fiscal year, or one closed without a fiscal year around it."""

    __tablename__ = "ledger_period"
    __table_args__ = (UniqueConstraint("company_id", "period_end"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="open", server_default="open")
    reopen_reason: Mapped[str | None] = mapped_column(String(200))
    fiscal_year_id: Mapped[int | None] = mapped_column(ForeignKey("fiscal_year.id"))


class CloseOverride(CompanyOwned, Base):
    """A line of the period-close checklist the bookkeeper let pass, and why (DOMAIN 9: the guided close)."""

    __tablename__ = "period_close_override"
    __table_args__ = (UniqueConstraint("company_id", "period_end", "line"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_end: Mapped[dt.date] = mapped_column(Date)
    line: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(String(200))
