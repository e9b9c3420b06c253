"""Create a new database, or back up and upgrade an older one, with Alembic (TECH 7)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ardesk.db import roles, triggers
from ardesk.errors import ArdeskError, DatabaseError
from ardesk.models import Base

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest migration. Opening books that are already there needs no Alembic import (start-up time);
#: a test checks this against the scripts.
HEAD = "0014"

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare(engine: Engine, warnings: list[ArdeskError] | None = None) -> str:
    """Bring the schema to head. Returns "created", "current" or "upgraded". Protective triggers that
    were removed from current books are restored, with a message appended to `warnings`."""
    has_tables = inspect(engine).has_table("company")
    revision = current_revision(engine)
    if revision == HEAD:
        restore_triggers(engine, warnings)
        return "current"
    if not has_tables and revision is None:
        _create(engine)
        _grant_roles(engine)
        return "created"
    from alembic.script import ScriptDirectory

    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        raise DatabaseError(
            "This file was written by a newer version of ardesk (schema {revision}); update ardesk to open it.",
            revision=revision,
        )
    backup_before_upgrade(engine, revision)
    upgrade(engine)
    _grant_roles(engine)
    return "upgraded"


def _grant_roles(engine: Engine) -> None:
    """New or upgraded tables on PostgreSQL: the ardesk roles' rights on them (db.roles), when the roles exist."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        if roles.roles_exist(conn):
            roles.grant(conn)


def restore_triggers(engine: Engine, warnings: list[ArdeskError] | None = None) -> list[str]:
    """Reinstall the protective triggers when any is missing (removed outside ardesk); returns their names."""
    with engine.connect() as conn:
        gone = triggers.missing(conn)
    if gone:
        with engine.begin() as conn:
            triggers.reinstall(conn)
        if warnings is not None:
            warnings.append(
                ArdeskError(
                    "These books had lost {count} of their protective rules ({names}): someone changed the "
                    "database outside ardesk. They are restored; run Verify books to check the history.",
                    count=len(gone),
                    names=", ".join(gone[:5]) + (" ..." if len(gone) > 5 else ""),
                )
            )
    return gone


def _create(engine: Engine) -> None:
    """A fresh database: tables and triggers from the models, then stamped as head."""
    from alembic import command

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        triggers.install(conn)
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations. On SQLite foreign keys are off meanwhile: batch mode recreates
    tables, and with foreign keys on that would cascade-delete child rows (TECH 7)."""
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection  # outside any transaction: PRAGMA foreign_keys is ignored inside one
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(cfg, revision)
            if revision == "head":
                triggers.reinstall(conn)  # this version's rules, whatever the migrations left
        if sqlite:
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys=ON")
            if problems:
                raise DatabaseError("upgrade left broken references: {problems}", problems=problems[:5])


def backup_before_upgrade(engine: Engine, revision: str | None) -> Path | None:
    """Copy an SQLite file beside itself before its schema changes; returns the copy's path."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    src = Path(engine.url.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name, not a business date
    dst = src.with_name(f"{src.stem}.before-upgrade-{revision or 'base'}-{stamp}{src.suffix}")
    engine.dispose()
    with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
        s.backup(d)  # consistent copy, WAL included
        d.execute("PRAGMA journal_mode=DELETE")  # the copy is one self-contained file
    return dst
