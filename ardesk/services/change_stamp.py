"""The change stamp (issue 11): a counter per company that every writing call raises, so that open windows
see that another user changed something and reload their lists."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ardesk.models import ChangeStamp
from ardesk.models.base import table

_STAMP = table(ChangeStamp)
_BUMP = update(_STAMP).values(seq=_STAMP.c.seq + 1)


def bump(s: Session, company_id: int) -> None:
    """Raise the company's stamp. Call it as a transaction's last statement: the row lock it takes is then
    held only while committing, so it never waits in a cycle with posting's company lock."""
    s.execute(_BUMP.where(_STAMP.c.company_id == company_id))


def read(s: Session, company_id: int) -> int:
    """The company's stamp now (0 when it has none yet)."""
    return s.scalar(select(_STAMP.c.seq).where(_STAMP.c.company_id == company_id)) or 0
