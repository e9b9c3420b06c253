"""Backups of SQLite books while they are in use (SQLite's online backup API) and restoring one after checking it.

A backup is one self-contained file (journal mode DELETE) with everything committed when it started: the
backup reads the books in one read transaction, so a batch being posted meanwhile is in it whole or not at
all. Restoring checks that the file is an intact ardesk book of a schema version this ardesk knows (an older
one is upgraded when the books are next opened, by schema.prepare), keeps the books it replaces beside them
as NAME.before-restore-N.db, and puts the backup in place with an atomic rename.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ardesk.db import schema
from ardesk.db.lock import InstanceLock
from ardesk.errors import DatabaseError, ValidationError

#: The first bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RestoreResult:
    """What restore did: the books now at target, the copy kept of the books it replaced (None when there
    were none), the backup's schema revision and whether the books are upgraded when next opened."""

    target: Path
    kept: Path | None
    revision: str
    upgrade_on_open: bool


def backup(engine: Engine, path: str | os.PathLike[str]) -> Path:
    """Write a consistent copy of the open SQLite books to path (replacing a file there atomically)."""
    if engine.dialect.name != "sqlite":
        raise DatabaseError(
            "Books on a PostgreSQL server are backed up with the server's own tool (pg_dump), not by ardesk."
        )
    from ardesk.services.text import file_to_write  # the one check of every file ardesk writes

    target = file_to_write(path, "path").resolve()
    source = engine.url.database
    if source and source != ":memory:" and _same_file(Path(source), target):
        raise ValidationError("path", "a backup cannot be written over the open books themselves")
    temp = _temp_beside(target)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection  # the pooled sqlite3 connection, outside any transaction
            dest = sqlite3.connect(temp)
            try:
                raw.backup(dest)  # every page in one step: one read transaction, one committed state
                dest.execute("PRAGMA journal_mode=DELETE")  # the copy is one self-contained file
            finally:
                dest.close()
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target


def backup_file(source: str | os.PathLike[str], path: str | os.PathLike[str]) -> tuple[Path, str]:
    """backup() of the SQLite books in a file that another ardesk may have open (the command line), without
    opening them as books (no lock, no upgrade); the copy is checked as restore checks it. Returns the copy's
    path and its schema revision."""
    from ardesk.db.engine import make_engine

    books = Path(source).expanduser().resolve()
    if not books.is_file():
        raise ValidationError("database", "there is no file {path}", path=str(books))
    engine = make_engine(f"sqlite:///{books}")
    try:
        written = backup(engine, path)
    finally:
        engine.dispose()
    try:
        return written, check_backup(written)
    except ValidationError:
        written.unlink()
        raise


def check_backup(path: str | os.PathLike[str]) -> str:
    """The schema revision of an ardesk book in an SQLite file, after checking it is one: an SQLite file
    that passes PRAGMA integrity_check, with ardesk's tables and a schema version this ardesk knows."""
    file = Path(path)
    if not file.is_file():
        raise ValidationError("backup", "there is no file {path}", path=str(file))
    with open(file, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise ValidationError("backup", "{path} is not an ardesk book (not an SQLite database)", path=str(file))
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ValidationError("backup", "{path} cannot be read: {reason}", path=str(file), reason=str(exc)) from None
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ValidationError(
                "backup", "{path} is damaged and cannot be restored: {reason}", path=str(file), reason=str(exc)
            ) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        raise ValidationError(
            "backup",
            "{path} is damaged and cannot be restored: {reason}",
            path=str(file),
            reason="; ".join(str(p) for p in problems[:3]),
        )
    if "company" not in tables or revision is None:
        raise ValidationError("backup", "{path} is not an ardesk book", path=str(file))
    found = str(revision[0])
    if found not in known_revisions():
        raise ValidationError(
            "backup",
            "This file was written by a newer version of ardesk (schema {revision}); update ardesk to open it.",
            revision=found,
        )
    return found


def known_revisions() -> set[str]:
    """Every schema revision of this ardesk (the migration scripts)."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(schema.alembic_config()).walk_revisions()}


def restore(backup_path: str | os.PathLike[str], target: str | os.PathLike[str]) -> RestoreResult:
    """Put a checked backup in place of the books at target (see the module docstring). Refused while another
    ardesk has target open (its lock); the backup itself is never changed."""
    if not isinstance(backup_path, str | os.PathLike) or not os.fspath(backup_path):
        raise ValidationError("backup", "give the backup file")
    if not isinstance(target, str | os.PathLike) or not os.fspath(target) or "://" in os.fspath(target):
        raise ValidationError("target", "backups are restored to an SQLite file, not {target!r}", target=str(target))
    source = Path(backup_path).expanduser().resolve()
    dest = Path(target).expanduser().resolve()
    if not dest.parent.is_dir():
        raise ValidationError("target", "the folder {parent!r} does not exist", parent=str(dest.parent))
    if _same_file(source, dest):
        raise ValidationError("target", "the backup and the books to restore are the same file")
    check_backup(source)
    lock = InstanceLock(dest)
    lock.acquire()  # DatabaseInUseError while another ardesk has the books open
    temp = _temp_beside(dest)
    try:
        # Copy first and check the copy: what is put in place is exactly what was checked.
        with sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True) as src, sqlite3.connect(temp) as out:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        out.close()
        src.close()
        revision = check_backup(temp)
        kept = _keep(dest) if dest.exists() else None
        os.replace(temp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        lock.release()
    return RestoreResult(dest, kept, revision, revision != schema.HEAD)


def _keep(dest: Path) -> Path:
    """Copy the books about to be replaced to NAME.before-restore-N.db (the first N free), with what their
    write-ahead log held; then remove that log, so it is not applied to the restored file."""
    n = 1
    while (kept := dest.with_name(f"{dest.stem}.before-restore-{n}{dest.suffix or '.db'}")).exists():
        n += 1
    try:
        with sqlite3.connect(dest) as old, sqlite3.connect(kept) as copy:
            old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            old.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        old.close()
        copy.close()
    except sqlite3.DatabaseError:  # not a database at all: kept as it is
        with contextlib.suppress(FileNotFoundError):
            kept.unlink()
        os.replace(dest, kept)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            dest.with_name(dest.name + suffix).unlink()
    return kept


def _temp_beside(target: Path) -> Path:
    """A temporary file in the target's folder (os.replace is atomic within one file system)."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False
