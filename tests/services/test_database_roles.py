"""Who may do what on PostgreSQL (issue 11, item 2): the bookkeeper and reader roles, enforced by the server's
GRANTs and triggers; passwords from the keyring; TLS when the server offers it. Runs on the throwaway server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal as D

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ardesk.api import Books, Company, DatabaseError, Line, PermissionDeniedError, ValidationError
from ardesk.db import credentials
from tests.conftest import PG_URL
from tests.helpers import snapshot

ON_PG = bool(PG_URL) and PG_URL.startswith("postgresql")
pytestmark = [
    pytest.mark.postgresql_only,
    pytest.mark.skipif(not ON_PG, reason="database roles need ARDESK_TEST_DATABASE_URL=postgresql..."),
]

DAY = dt.date(2026, 3, 2)
PASSWORD = "geheim-123"


def as_user(name: str, password: str | None = PASSWORD) -> str:
    url = make_url(PG_URL).set(username=name)._replace(password=password)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def people(books: Books, co: Company) -> Iterator[Company]:
    """The owner creates the roles and two people: alice may post, rita may only read."""
    books.create_roles()
    books.add_user("alice", PASSWORD, "bookkeeper")
    books.add_user("Rita", PASSWORD, "reader")
    co.post_free_text_invoice("1001", DAY, [Line("Goods", D("121.00"))])
    yield co


def expect_denied(url: str, sql: str) -> None:
    """Raw SQL as that user is refused by the server (a privilege or a trigger), not by ardesk."""
    engine = create_engine(url)
    try:
        with pytest.raises(DBAPIError) as exc, engine.begin() as conn:
            conn.execute(text(sql))
        assert exc.value.orig.sqlstate in ("42501", "P0001"), exc.value  # insufficient privilege / trigger
    finally:
        engine.dispose()


def test_the_people_and_their_roles_are_listed(books: Books, people: Company) -> None:
    listed = {(u.name, u.role) for u in books.database_users()}
    assert {("alice", "bookkeeper"), ("rita", "reader")} <= listed


def test_a_reader_reads_but_cannot_post_through_the_api(books: Books, people: Company) -> None:
    before = snapshot(books)
    with Books.open(as_user("rita")) as theirs:
        assert not theirs.may_write
        co = theirs.company(people.code)
        assert [t.number for t in co.transactions("1001")] == [t.number for t in people.transactions("1001")]
        with pytest.raises(PermissionDeniedError, match="may only read"):
            co.post_free_text_invoice("1001", DAY, [Line("Goods", D("10.00"))])
        with pytest.raises(PermissionDeniedError):
            co.create_customer("1002", "Bakkerij Oost")
    assert snapshot(books) == before


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO customer_group (company_id, code, name) SELECT id, 'X', 'X' FROM company",
        "UPDATE customer SET name = 'Changed'",
        "DELETE FROM audit_event",
        "UPDATE voucher SET text = 'x'",
        "DROP TRIGGER trg_voucher_no_update ON voucher",
    ],
)
def test_a_reader_cannot_write_with_raw_sql(books: Books, people: Company, sql: str) -> None:
    before = snapshot(books)
    expect_denied(as_user("rita"), sql)
    assert snapshot(books) == before


def test_a_bookkeeper_posts_and_the_audit_trail_names_them(books: Books, people: Company) -> None:
    with Books.open(as_user("alice")) as theirs:
        assert theirs.may_write
        co = theirs.company(people.code)
        number = co.post_free_text_invoice("1001", DAY, [Line("Service", D("50.00"))]).number
        co.post_payment("1001", DAY, D("50.00"))
    posted = [a for a in books.audit_trail(people.code, action="post") if a.user == "alice"]
    assert len(posted) == 2 and number in {a.document for a in posted}


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE voucher SET text = 'x'",
        "DELETE FROM ledger_entry",
        "UPDATE audit_event SET \"user\" = 'someone else'",
        "ALTER TABLE voucher DISABLE TRIGGER ALL",
        "DROP TRIGGER trg_ledger_entry_no_update ON ledger_entry",
        "TRUNCATE audit_event",
        "UPDATE alembic_version SET version_num = '0001'",
    ],
)
def test_a_bookkeeper_cannot_change_posted_history_with_raw_sql(books: Books, people: Company, sql: str) -> None:
    before = snapshot(books)
    expect_denied(as_user("alice"), sql)
    assert snapshot(books) == before


def test_a_changed_role_takes_effect(books: Books, people: Company) -> None:
    books.add_user("rita", PASSWORD + "!", "bookkeeper")
    assert ("rita", "bookkeeper") in {(u.name, u.role) for u in books.database_users()}
    with Books.open(as_user("rita", PASSWORD + "!")) as theirs:
        assert theirs.may_write
    books.add_user("rita", PASSWORD, "reader")
    with Books.open(as_user("rita")) as theirs:
        assert not theirs.may_write


@pytest.mark.parametrize(
    ("name", "password", "role", "field"),
    [
        ("alice; DROP TABLE voucher", PASSWORD, "reader", "name"),
        ("ardesk_bookkeeper", PASSWORD, "reader", "name"),
        ("postgres", PASSWORD, "reader", "name"),
        ("bob", "short", "reader", "password"),
        ("bob", PASSWORD, "admin", "role"),
    ],
)
def test_bad_users_are_refused(books: Books, people: Company, name: str, password: str, role: str, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        books.add_user(name, password, role)
    assert exc.value.field == field
    assert "bob" not in {u.name for u in books.database_users()}


def test_a_wrong_password_is_refused(people: Company) -> None:
    with pytest.raises(DatabaseError, match="password authentication failed"):
        Books.open(as_user("alice", "not-the-password"))


# --- the password in the keyring ---------------------------------------------------------------------------
class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_the_password_comes_from_the_keyring_and_never_with_the_url(people: Company, memory_keyring) -> None:
    bare = as_user("alice", None)
    with pytest.raises(DatabaseError):  # nothing kept yet: no password
        Books.open(bare)
    credentials.remember(bare, PASSWORD)
    server = make_url(PG_URL)
    assert memory_keyring.kept == {("ardesk", f"alice@{server.host}:{server.port}/{server.database}"): PASSWORD}
    assert credentials.without_password(as_user("alice")) == bare
    with Books.open(bare) as theirs:
        assert theirs.may_write
        assert PASSWORD not in str(theirs.url)  # shown and remembered without it
    credentials.forget(bare)
    with pytest.raises(DatabaseError):
        Books.open(bare)


def test_without_a_keyring_the_password_is_not_kept(people: Company) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not credentials.usable()
        with pytest.raises(DatabaseError, match="no keyring"):
            credentials.remember(as_user("alice", None), PASSWORD)
        assert credentials.with_password(as_user("alice", None)) == as_user("alice", None)
    finally:
        keyring.set_keyring(before)


def test_the_connection_uses_tls_when_the_server_offers_it(books: Books) -> None:
    with books.engine.connect() as conn:
        offered = conn.exec_driver_sql("SHOW ssl").scalar() == "on"
    if not offered:
        pytest.skip("this server does not offer TLS (scripts/pg.sh offers it when openssl is installed)")
    assert books.connection_security().startswith("TLS")


def test_the_command_line_creates_roles_and_users(books: Books, co: Company, capsys, memory_keyring) -> None:
    from ardesk import server_admin
    from ardesk.app import parse_args

    answers = iter([PASSWORD, PASSWORD])
    args = parse_args(["--database", PG_URL, "--create-roles", "--add-user", "carol", "--role", "reader"])
    assert server_admin.run(args, "en", ask=lambda _: next(answers)) == 0
    assert "carol may now sign in as a reader." in capsys.readouterr().out
    with Books.open(as_user("carol")) as theirs:
        assert not theirs.may_write
    answers = iter([PASSWORD, "something else"])
    args = parse_args(["--database", PG_URL, "--add-user", "dave"])
    assert server_admin.run(args, "nl", ask=lambda _: next(answers)) == 2
    assert "de twee wachtwoorden verschillen" in capsys.readouterr().err
    assert "dave" not in {u.name for u in books.database_users()}
    # The password typed once is checked and kept; the URL then opens without it.
    bare = as_user("carol", None)
    assert server_admin.run(parse_args(["--database", bare, "--remember-password"]), "en", ask=lambda _: "wrong") == 2
    assert not memory_keyring.kept
    assert server_admin.run(parse_args(["--database", bare, "--remember-password"]), "en", ask=lambda _: PASSWORD) == 0
    with Books.open(bare) as theirs:
        assert theirs.company(co.code).name == co.name
    assert server_admin.run(parse_args(["--database", bare, "--forget-password"]), "en") == 0
    assert not memory_keyring.kept
