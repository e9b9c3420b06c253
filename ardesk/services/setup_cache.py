"""Set-up read once and reused by later calls until it changes: the parameters, accounts, tax codes,
posting profiles, terms and closed periods a posting looks up.

Every set-up table has triggers that raise company.setup_version on any change (ardesk.db.triggers),
made by this program, another user's or any other client. Each call reads its company row anyway; when
the version it finds is the one the memo was made at, the memo's rows are used instead of new queries.
ARDESK choice: the memo holds detached rows (expunged from the session that read them, so a rollback
cannot expire them); only the posting calls (api.Company._post_call) use it, never a call that
changes set-up, so nobody writes through a remembered row."""

from __future__ import annotations

from collections.abc import Callable
from threading import Lock
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ardesk.models import Base, Company

T = TypeVar("T")
_KEY = "ardesk_setup_memo"


class Memo:
    """What one company's set-up at one version was found to be."""

    def __init__(self, company_id: int, version: int) -> None:
        self.company_id, self.version = company_id, version
        self.values: dict[tuple, Any] = {}


class SetupCache:
    """One per open set of books: a memo per company, replaced when its set-up version moves on."""

    def __init__(self) -> None:
        self._memos: dict[int, Memo] = {}
        self._lock = Lock()

    def clear(self) -> None:
        """Forget everything (the database was emptied or replaced under open books, as tests do)."""
        with self._lock:
            self._memos.clear()

    def attach(self, s: Session, company: Company) -> None:
        """Let this session's lookups use (and fill) the company's memo for the version it reads now."""
        with self._lock:
            memo = self._memos.get(company.id)
            if memo is None or memo.version != company.setup_version:
                memo = self._memos[company.id] = Memo(company.id, company.setup_version)
        s.info[_KEY] = memo


def _detach(s: Session, value: object) -> None:
    if isinstance(value, Base):
        if value in s:
            s.expunge(value)
    elif isinstance(value, dict):
        for v in value.values():
            _detach(s, v)
    elif isinstance(value, list | tuple):
        for v in value:
            _detach(s, v)


def remembered(s: Session, company_id: int, key: tuple, load: Callable[[], T]) -> T:
    """load() once per set-up version when the session has the company's memo, else every time.
    The rows load() returns must only be read."""
    memo: Memo | None = s.info.get(_KEY)
    if memo is None or memo.company_id != company_id:
        return load()
    try:
        return memo.values[key]
    except KeyError:
        value = load()
        _detach(s, value)
        memo.values[key] = value
        return value
