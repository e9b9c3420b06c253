"""Opening the books: new files, migrations, backups before upgrades, the instance lock, pragmas."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from decimal import Decimal as D

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from ardesk.api import Books, DatabaseError, DatabaseInUseError, Line
from ardesk.db import schema
from ardesk.db.engine import make_engine
from ardesk.models import Base
from tests.conftest import PG_URL

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="SQLite file behaviour")


def _triggers(path) -> list[str]:
    with sqlite3.connect(path) as c:
        return sorted(r[0] for r in c.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"))


@sqlite_only
def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    migrated, created = tmp_path / "migrated.db", tmp_path / "created.db"
    schema.upgrade(make_engine(f"sqlite:///{migrated}"))
    Books.open(created).close()
    with create_engine(f"sqlite:///{migrated}").connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert _triggers(migrated) == _triggers(created)
    assert len(_triggers(created)) >= 18


@pytest.mark.skipif(not PG_URL, reason="needs ARDESK_TEST_DATABASE_URL")
def test_migrations_on_postgresql_match_the_models():
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("DROP DATABASE IF EXISTS ardesk_migrations")
        conn.exec_driver_sql("CREATE DATABASE ardesk_migrations")
    engine = make_engine(make_url(PG_URL).set(database="ardesk_migrations").render_as_string(hide_password=False))
    try:
        schema.upgrade(engine)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            names = conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'trg_%'")).scalar()
        assert names >= 18
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP DATABASE ardesk_migrations")
        admin.dispose()


@sqlite_only
def test_an_older_file_is_backed_up_then_upgraded_with_its_data(tmp_path):
    path = tmp_path / "books.db"
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine, "0001")
    with engine.begin() as conn:  # a company as release 0001 stored it
        conn.execute(
            insert(Base.metadata.tables["company"]).values(
                id=1, code="OLD", name="Old & Co", currency="EUR", language="nl"
            )
        )
    engine.dispose()
    with Books.open(path) as books:
        assert books.schema_state == "upgraded"
        assert [c.name for c in books.companies()] == ["Old & Co"]
        assert schema.current_revision(books.engine) == schema.head_revision()
    [backup] = tmp_path.glob("books.before-upgrade-0001-*.db")
    with sqlite3.connect(backup) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert c.execute("SELECT name FROM company").fetchall() == [("Old & Co",)]
    with Books.open(path) as books:
        assert books.schema_state == "current"
    assert len(list(tmp_path.glob("*.before-upgrade-*"))) == 1


@sqlite_only
def test_upgrading_keeps_posted_invoices_and_their_protection(tmp_path):
    path = tmp_path / "books.db"
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine, "0001")
    t = Base.metadata.tables
    with engine.begin() as conn:
        conn.execute(insert(t["company"]).values(id=1, code="OLD", name="Old", currency="EUR", language="en"))
        # Raw SQL: the model's later columns (with Python-side defaults) are not in the 0001 tables.
        conn.exec_driver_sql(
            "INSERT INTO account (id, company_id, number, name, kind, summary) VALUES (1, 1, '8000', 'Revenue',"
            " 'revenue', 0)"
        )
        conn.exec_driver_sql("INSERT INTO customer_group (id, company_id, code, name) VALUES (1, 1, 'STD', 'Standard')")
        conn.exec_driver_sql(
            "INSERT INTO customer (id, company_id, account, name, group_id, currency, language,"
            " mandatory_credit_limit, on_hold) VALUES (1, 1, 'C1', 'C', 1, 'EUR', 'en', 0, 'no')"
        )
        conn.exec_driver_sql(
            "INSERT INTO invoice (id, company_id, status, kind, number, customer_id, date, document_date, currency,"
            " exchange_rate, language, lines_total, tax_total, total) VALUES"
            " (1, 1, 'draft', 'invoice', 'INV-1', 1, '2026-01-05', '2026-01-05', 'EUR', 100000000, 'en',"
            " 1000, 0, 1000)"
        )
        conn.exec_driver_sql(
            "INSERT INTO invoice_line (invoice_id, seq, description, quantity, amount, account_id)"
            " VALUES (1, 0, 'Old line', 10000, 1000, 1)"
        )
        conn.exec_driver_sql("UPDATE invoice SET status = 'posted' WHERE id = 1")
    engine.dispose()
    with Books.open(path) as books, books.engine.connect() as conn:
        # 10.00 was stored in cents (1000); since 0007 amounts are thousandths (KWD has three decimals).
        assert conn.exec_driver_sql("SELECT number, total, charges_total FROM invoice").all() == [("INV-1", 10000, 0)]
        assert conn.exec_driver_sql("SELECT description FROM invoice_line").scalar() == "Old line"
        with pytest.raises(Exception, match="posted history"):
            conn.exec_driver_sql("DELETE FROM invoice_line")
        with pytest.raises(Exception, match="posted history"):
            conn.exec_driver_sql("UPDATE invoice SET total = 1")


@sqlite_only
def test_a_file_from_a_newer_ardesk_is_refused(tmp_path):
    path = tmp_path / "books.db"
    Books.open(path).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version"):
        Books.open(path)


@sqlite_only
def test_a_second_instance_on_the_same_file_gets_a_clear_message(tmp_path):
    path = tmp_path / "books.db"
    first = Books.open(path, exclusive=True)
    with pytest.raises(DatabaseInUseError, match="already open"):
        Books.open(path, exclusive=True)
    first.close()
    Books.open(path, exclusive=True).close()


@sqlite_only
def test_books_open_locks_the_file_by_default_so_a_second_script_is_refused(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "books.db"
    first = Books.open(path)
    with pytest.raises(DatabaseInUseError, match="already open in another ardesk") as err:
        Books.open(path)
    assert str(path) in str(err.value)
    script = (
        "import sys\nfrom ardesk.api import Books, DatabaseInUseError\n"
        "try:\n    Books.open(sys.argv[1])\nexcept DatabaseInUseError as e:\n    print('refused:', e)\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert other.stdout.startswith("refused: The books in"), other.stdout + other.stderr
    with Books.open(path, exclusive=False) as reader:  # a read-only helper of the holder (the print workers)
        assert reader.companies() == []
    first.close()
    with Books.open(path) as again:
        again.create_company("NL01", "De Vries")
    with Books.open(path) as again:
        assert [c.code for c in again.companies()] == ["NL01"]


@sqlite_only
def test_file_databases_use_wal_and_foreign_keys(tmp_path):
    with Books.open(tmp_path / "books.db") as books, books.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@sqlite_only
def test_database_url_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("ARDESK_DATABASE_URL", f"sqlite:///{path}")
    with Books.open() as books:
        books.create_company("ENV", "From the environment")
    assert path.exists()


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Books.open(tmp_path / "no" / "such" / "folder.db")


@sqlite_only
def test_books_survive_closing_and_reopening(tmp_path):
    path = os.fspath(tmp_path / "books.db")
    with Books.open(path) as books:
        co = books.create_company("NL01", "De Vries")
        co.create_customer("1001", "Jansen")
        inv = co.post_free_text_invoice("1001", date(2026, 3, 2), [Line("x", D("12.34"))])
    with Books.open(path) as books:
        assert books.company("NL01").document(inv.number).amount == D("12.34")


def test_the_head_constant_is_the_newest_migration():
    assert schema.head_revision() == schema.HEAD


@sqlite_only
def test_reopening_books_whose_protection_was_removed_restores_it_and_warns(tmp_path):
    path = tmp_path / "books.db"
    Books.open(path).close()
    complete = _triggers(path)
    with sqlite3.connect(path) as c:
        c.execute("DROP TRIGGER trg_ctrans_balance_explained")
        c.execute("DROP TRIGGER trg_ledger_entry_no_update")
    with Books.open(path) as books:
        assert len(books.warnings) == 1
        assert "trg_ctrans_balance_explained" in books.warnings[0] and "restored" in books.warnings[0]
    assert _triggers(path) == complete
    with Books.open(path) as books:
        assert books.warnings == []
