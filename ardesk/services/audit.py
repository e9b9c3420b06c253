"""Writing the audit trail (issue 11): one row per business event, in the transaction that made it.

The user and program version come with the session (Books.writing puts them in session.info: the PostgreSQL
role, or the operating-system user on SQLite); the time is the database's. Rows are only ever inserted: the
database refuses to change or delete them (ardesk.db.triggers)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ardesk import __version__
from ardesk.models import AuditEvent
from ardesk.models.base import table

#: session.info key: the user the books were opened by (Books.writing sets it).
USER = "ardesk_user"

_INSERT = insert(table(AuditEvent))


def user(s: Session) -> str:
    return str(s.info.get(USER) or "unknown")[:100]


def record(
    s: Session, company_id: int, action: str, document: str = "", voucher_id: int | None = None, details: str = ""
) -> None:
    """One audit row: action (post, settle, unsettle, close_period, reopen_period, ...) on a document."""
    record_many(s, company_id, [(action, document, voucher_id, details)])


def record_many(s: Session, company_id: int, events: Sequence[tuple[str, str, int | None, str]]) -> None:
    """Audit rows (action, document, voucher id, details) in one INSERT."""
    if not events:
        return
    who = user(s)
    s.execute(
        _INSERT,
        [
            dict(
                company_id=company_id,
                user=who,
                version=__version__,
                action=action[:30],
                document=document[:30],
                voucher_id=voucher_id,
                details=details[:500],
            )
            for action, document, voucher_id, details in events
        ],
    )
