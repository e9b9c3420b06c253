"""The audit trail (issue 11): who did what, when, with which program version; the database refuses to change it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from ardesk.models.base import Base, CompanyOwned


class AuditEvent(CompanyOwned, Base):
    """One business event: action (post, settle, unsettle, close_period, ...), the document or voucher it
    concerns, the user (PostgreSQL role or operating-system user), the program version and the database's
    own time of the event (services never read the clock; the audit time is the server's)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_document", "company_id", "document"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    user: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    document: Mapped[str] = mapped_column(String(30), default="")
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("voucher.id"))
    details: Mapped[str] = mapped_column(String(500), default="")
