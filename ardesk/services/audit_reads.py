"""Reading the audit trail (issue 11): the events with their user, time and program version, filtered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import AuditEvent, Company, Voucher


@dataclass(frozen=True)
class AuditRow:
    company: str
    at: dt.datetime
    user: str
    version: str
    action: str
    document: str
    voucher: str | None
    details: str


def events(
    s: Session, company: str | None, *, document: str | None = None, action: str | None = None, limit: int = 1000
) -> list[AuditRow]:
    """Newest first; company, document (a voucher or document number, or a period end) and action filter."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100_000:
        raise ValidationError("limit", "must be a whole number from 1 to 100,000, got {value!r}", value=limit)
    q = (
        select(
            Company.code,
            AuditEvent.at,
            AuditEvent.user,
            AuditEvent.version,
            AuditEvent.action,
            AuditEvent.document,
            Voucher.number,
            AuditEvent.details,
        )
        .join(Company, Company.id == AuditEvent.company_id)
        .outerjoin(Voucher, Voucher.id == AuditEvent.voucher_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    if company is not None:
        q = q.where(Company.code == company)
    if document is not None:
        q = q.where(AuditEvent.document == document)
    if action is not None:
        q = q.where(AuditEvent.action == action)
    return [AuditRow(*row) for row in s.execute(q)]
