"""Checks of an SQLite books file before it is opened and for "Verify books": is it ardesk books, and intact?

Every check reads the file through a read-only SQLite connection, so a file that is refused is left exactly as it
was (opening it as books would switch it to WAL mode, or turn a zero-byte file into new empty books).

When which check runs (Books.open calls check_before_open for an existing SQLite file):

- always: the file is not empty, starts with the SQLite header, and holds ardesk's tables (a file with other
  tables is "not ardesk books"; one with no tables at all holds nothing and becomes new books);
- ``PRAGMA quick_check`` (the structure of every page, without cross-checking indexes against their tables;
  about 0.15 s for 60 MB) after an unclean shutdown, detected by the instance lock
  (db.lock.InstanceLock.unclean: the last program that had the books open did not close them) or by a write-ahead
  log (NAME-wal) left beside the file, and on every opening of a file up to QUICK_CHECK_UP_TO bytes, so a page
  damaged in the middle is refused with a message instead of failing with a raw error on the first read;
- the full ``PRAGMA integrity_check`` in check_file, the "Verify books" step (issue 11 adds the hash chain there).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ardesk.db import schema
from ardesk.db.backup import SQLITE_HEADER, known_revisions
from ardesk.errors import DatabaseError

#: Files up to this size get PRAGMA quick_check on every opening (well under a second); larger ones only after
#: an unclean shutdown.
QUICK_CHECK_UP_TO = 64 * 1024 * 1024


def check_file(path: str | os.PathLike[str], *, full: bool = True) -> list[str]:
    """The problems of the SQLite books in path (an empty list when they are intact ardesk books): full runs
    PRAGMA integrity_check, else quick_check. Read-only: the file is never changed (except that SQLite first
    rolls back a transaction cut off in rollback-journal mode, as any opening would)."""
    file = Path(path)
    try:
        _check(file, full=full, quick=False, recover=True)  # the file and its schema; the pragma below
    except DatabaseError as exc:
        return [exc.message]
    try:
        problems, _tables, _revision = _probe(file, "integrity_check" if full else "quick_check")
    except sqlite3.DatabaseError as exc:
        return [f"the database cannot be read: {exc}"]
    return [] if problems == ["ok"] else problems


def check_before_open(path: Path, *, unclean: bool, holder: bool = True) -> None:
    """Refuse (DatabaseError) a file that is not intact ardesk books, before anything opens it for writing. A file
    with no tables at all is accepted (new books are created in it); quick_check runs after an unclean shutdown
    (or a -wal left beside the file) and for every file up to QUICK_CHECK_UP_TO bytes (module docstring).
    holder=False (a print worker of the program holding the lock, which checked the file): no quick_check."""
    wal = path.with_name(path.name + "-wal")
    unclean = unclean or (wal.exists() and wal.stat().st_size > 0)
    journal = path.with_name(path.name + "-journal")
    unclean = unclean or (journal.exists() and journal.stat().st_size > 0)
    quick = holder and (unclean or path.stat().st_size <= QUICK_CHECK_UP_TO)
    _check(path, full=False, quick=quick, recover=holder)


def _check(file: Path, *, full: bool, quick: bool = True, recover: bool = False) -> None:
    if not file.is_file():
        raise DatabaseError("there is no books file {path}", path=str(file))
    try:
        with open(file, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            "the books in {path} cannot be read: {reason}", path=str(file), reason=exc.strerror
        ) from None
    if not header:
        raise DatabaseError(
            "{path} is empty (0 bytes): it is not ardesk books. ardesk left it as it is; choose another file or "
            "restore a backup.",
            path=str(file),
        )
    if header != SQLITE_HEADER:
        raise DatabaseError(
            "{path} is not ardesk books (not an SQLite database). ardesk left it as it is.", path=str(file)
        )
    pragma = ("integrity_check" if full else "quick_check") if quick else None
    try:
        try:
            problems, tables, revision = _probe(file, pragma)
        except sqlite3.OperationalError as exc:
            if not recover or getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
                raise
            # A transaction cut off in rollback-journal mode (NAME-journal): SQLite rolls it back on the first
            # read of a writable connection, which the read-only probe cannot do. Let it, then check.
            conn = sqlite3.connect(file)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
            problems, tables, revision = _probe(file, pragma)
    except sqlite3.DatabaseError as exc:
        raise _damaged(file, str(exc)) from None
    if problems != ["ok"]:
        raise _damaged(file, "; ".join(problems[:3]))
    if not tables:
        return  # an SQLite file with nothing in it: new books are created there
    if "company" not in tables or revision is None:
        raise DatabaseError(
            "{path} is not ardesk books (it holds other data). ardesk left it as it is.", path=str(file)
        )
    if revision != schema.HEAD and revision not in known_revisions():  # HEAD: no Alembic import (start-up)
        raise DatabaseError(
            "This file was written by a newer version of ardesk (schema {revision}); update ardesk to open it.",
            revision=revision,
        )


def _damaged(file: Path, reason: str) -> DatabaseError:
    return DatabaseError(
        "The books in {path} are damaged ({reason}). ardesk left them as they are; restore a backup.",
        path=str(file),
        reason=reason,
    )


def _probe(file: Path, pragma: str | None) -> tuple[list[str], set[str], str | None]:
    """(the pragma's rows, or ["ok"] when none is run; the table names; alembic's revision) read-only."""
    conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")] if pragma else ["ok"]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    finally:
        conn.close()
    return problems, tables, revision
