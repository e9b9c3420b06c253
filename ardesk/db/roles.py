"""Who may do what on PostgreSQL (issue 11): the server's own roles, enforced by GRANTs and the triggers.

Two group roles hold the privileges, and people log in as their own roles that are members of one:
- ``ardesk_bookkeeper`` reads and writes the books, but may only add to posted history: INSERT and SELECT on
  voucher, ledger_entry and audit_event (no UPDATE, DELETE or TRUNCATE anywhere), nothing on alembic_version
  but SELECT. It does not own the tables, so it cannot drop or disable the triggers either;
- ``ardesk_reader`` (an accountant or auditor) may only SELECT.
The owner of the tables (whoever created the books, e.g. the administrator's role) keeps every right; ardesk
grants again after each upgrade, so tables a new version adds are covered (db.schema.prepare).
ARDESK choice: people get their own login roles rather than a shared one, so the audit trail names them."""

from __future__ import annotations

import re
from typing import NamedTuple

from sqlalchemy import Connection, text

from ardesk.errors import ValidationError

BOOKKEEPER = "ardesk_bookkeeper"
READER = "ardesk_reader"
#: The choice a person is given: role name -> group role.
ROLES = {"bookkeeper": BOOKKEEPER, "reader": READER}
#: Tables whose rows are only ever added: the bookkeeper may not UPDATE or DELETE them.
APPEND_ONLY = ("voucher", "ledger_entry", "audit_event")
#: Tables only migrations write.
SCHEMA_ONLY = ("alembic_version",)

_LOGIN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")


class DatabaseUser(NamedTuple):
    """A login role that may use the books, and the ardesk role it is a member of."""

    name: str
    role: str  # bookkeeper | reader | owner


def roles_exist(conn: Connection) -> bool:
    return bool(
        conn.execute(
            text("SELECT COUNT(*) FROM pg_roles WHERE rolname IN (:b, :r)"), {"b": BOOKKEEPER, "r": READER}
        ).scalar()
        == 2
    )


def create_roles(conn: Connection) -> None:
    """Create the two group roles when missing and grant their privileges on every ardesk table (idempotent).
    Needs a role that may create roles (CREATEROLE) and owns the tables."""
    for role in (BOOKKEEPER, READER):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    grant(conn)


def grant(conn: Connection) -> None:
    """(Re)grant the group roles' privileges on every table and sequence of the books' schema."""
    database = conn.execute(text("SELECT current_database()")).scalar()
    db = _ident(conn, str(database))
    tables = list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    schema_name = _ident(conn, str(conn.execute(text("SELECT current_schema()")).scalar()))
    statements = [
        f"GRANT CONNECT ON DATABASE {db} TO {BOOKKEEPER}, {READER}",
        f"GRANT USAGE ON SCHEMA {schema_name} TO {BOOKKEEPER}, {READER}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema_name} FROM {BOOKKEEPER}, {READER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema_name} TO {BOOKKEEPER}, {READER}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema_name} TO {BOOKKEEPER}",
    ]
    for table in tables:
        name = _ident(conn, table)
        if table in SCHEMA_ONLY:
            continue
        rights = "INSERT" if table in APPEND_ONLY else "INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {rights} ON {name} TO {BOOKKEEPER}")
    for sql in statements:
        conn.exec_driver_sql(sql)


def add_user(conn: Connection, name: str, password: str, role: str) -> DatabaseUser:
    """A login role `name` with `password`, member of the bookkeeper or reader role (create_roles first).
    An existing login role gets the new password and membership (and loses the other ardesk role)."""
    login = _login_name(name)
    if role not in ROLES:
        raise ValidationError("role", "must be one of {choices}", choices=", ".join(ROLES))
    if not isinstance(password, str) or len(password) < 8:
        raise ValidationError("password", "a password needs at least 8 characters")
    if not roles_exist(conn):
        raise ValidationError("role", "create the ardesk roles first (ardesk --create-roles)")
    ident = _ident(conn, login)
    secret = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar()
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(f"{verb} ROLE {ident} LOGIN PASSWORD {secret}")
    for other in ROLES.values():
        if other != ROLES[role]:
            conn.exec_driver_sql(f"REVOKE {other} FROM {ident}")
    conn.exec_driver_sql(f"GRANT {ROLES[role]} TO {ident}")
    return DatabaseUser(login, role)


def users(conn: Connection) -> list[DatabaseUser]:
    """The login roles that are members of an ardesk role, by name."""
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN (:b, :r) ORDER BY m.rolname"
        ),
        {"b": BOOKKEEPER, "r": READER},
    )
    names = {v: k for k, v in ROLES.items()}
    return [DatabaseUser(str(member), names[str(group)]) for member, group in rows]


def may_write(conn: Connection) -> bool:
    """Whether the role logged in may post (INSERT into voucher): the owner or a bookkeeper."""
    return bool(conn.execute(text("SELECT has_table_privilege('voucher', 'INSERT')")).scalar())


def _login_name(name: object) -> str:
    """A login name as PostgreSQL folds an unquoted one: lower case letters, digits, _ . -; not an ardesk role
    and not a PostgreSQL role (pg_*)."""
    if not isinstance(name, str) or not _LOGIN.fullmatch(name.strip().lower()):
        raise ValidationError(
            "name", "a user name has letters, digits, _ . or - and starts with a letter, got {name!r}", name=name
        )
    login = name.strip().lower()
    if login in ROLES.values() or login.startswith("pg_") or login == "postgres":
        raise ValidationError("name", "{name!r} is reserved", name=login)
    return login


def _ident(conn: Connection, name: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar())
