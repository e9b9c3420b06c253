"""Closed ledger periods: no posting may be dated inside one (DOMAIN 9, 11.1)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned


class LedgerPeriod(CompanyOwned, Base):
    """A calendar month that was closed (and possibly reopened, with the reason kept)."""

    __tablename__ = "ledger_period"
    __table_args__ = (UniqueConstraint("company_id", "period_end"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=True)
    reopen_reason: Mapped[str | None] = mapped_column(String(200))
