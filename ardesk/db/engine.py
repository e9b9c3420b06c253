"""Engines for SQLite (WAL, foreign keys, BEGIN IMMEDIATE for writers) and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

#: Execution option that marks a connection used for a writing unit of work.
WRITE = "ardesk_write"


def make_engine(url: str) -> Engine:
    """An engine with ardesk's connection rules applied."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # TLS whenever the server offers it (libpq's "prefer", stated so that it is not left to defaults);
        # a URL may ask for more (?sslmode=require or verify-full).
        ssl = {} if "sslmode" in parsed.query else {"sslmode": "prefer"}
        return create_engine(url, pool_pre_ping=True, connect_args=ssl)
    memory = parsed.database in (None, "", ":memory:")
    kwargs: dict[str, Any] = {}
    if memory:  # one shared connection, or every session would see an empty database
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)
    _configure_sqlite(engine, wal=not memory)
    return engine


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, issue BEGIN (TECH 8: avoids lock-upgrade deadlocks).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if wal:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # Writers take the write lock at BEGIN, so a second writer waits instead of failing.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")
