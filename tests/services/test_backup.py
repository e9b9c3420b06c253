"""Backups of SQLite books in use (online backup API) and restoring them after the checks."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path
from types import SimpleNamespace

import pytest

from ardesk.api import Books, Company, DatabaseError, DatabaseInUseError, Line, ValidationError
from ardesk.db import backup as backups
from ardesk.db import schema

BATCH = 120  # drafts per batch: progress is called after every 100 checked


def _company(books: Books) -> Company:
    co = books.create_company("NL01", "Kantoorboekhandel De Vries B.V.", currency="EUR")
    co.create_terms_of_payment("N30", days=30)
    co.create_sales_tax("HIGH", D("21"))
    for i in range(5):
        co.create_customer(f"10{i:02}", f"Klant {i}", terms="N30")
    return co


def _drafts(co: Company, count: int, day: dt.date) -> list[int]:
    return [co.save_draft(f"10{i % 5:02}", day, [Line(f"Item {i}", D("10.00") + i, tax="HIGH")]) for i in range(count)]


@pytest.fixture
def file_books(tmp_path: Path) -> Iterator[Books]:
    with Books.open(tmp_path / "books.db") as books:
        yield books


def _check_balanced(path: Path) -> int:
    """Open restored books and check them: every voucher balances (trial balance), the receivables agree with
    the ledger; returns the number of posted invoices."""
    with Books.open(path) as books:
        co = books.company("NL01")
        rows = co.trial_balance()
        assert sum(r.debit for r in rows) == sum(r.credit for r in rows)
        assert all(r.difference == 0 for r in co.reconcile_receivables())
        with books.engine.connect() as conn:
            unbalanced = conn.exec_driver_sql(
                "SELECT voucher_id FROM ledger_entry GROUP BY voucher_id HAVING SUM(amount) <> 0"
            ).fetchall()
        assert unbalanced == []  # every voucher: debits (positive) equal credits (negative)
        return sum(1 for r in co.document_rows(["invoice"]))


def test_backup_during_batch_post_restores_to_a_balanced_book(file_books: Books, tmp_path: Path) -> None:
    co = _company(file_books)
    batches = [_drafts(co, BATCH, dt.date(2026, 1, 5 + b)) for b in range(3)]
    paused, resume = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def progress(done: int, total: int) -> None:
        if not paused.is_set():  # the first batch waits, its write transaction open, for a backup
            paused.set()
            assert resume.wait(30)

    def post() -> None:
        try:
            for i, ids in enumerate(batches):
                result = co.post_drafts(ids, progress=progress if i == 0 else None)
                assert len(result.posted) == BATCH
        except BaseException as exc:
            failures.append(exc)

    poster = threading.Thread(target=post)
    poster.start()
    assert paused.wait(30)
    during = co.backup(tmp_path / "during.bak")  # another connection, while the batch's transaction is open
    resume.set()
    backups_taken: list[Path] = []
    while poster.is_alive() and len(backups_taken) < 20:  # and more while the next batches are written
        backups_taken.append(co.backup(tmp_path / f"loop-{len(backups_taken)}.bak"))
    poster.join(60)
    assert not failures, failures
    after = co.backup(tmp_path / "after.bak")

    counts = []
    for n, taken in enumerate([during, *backups_taken, after]):
        restored = Books.restore(taken, tmp_path / f"restored-{n}.db")
        assert restored.kept is None and not restored.upgrade_on_open
        counts.append(_check_balanced(restored.target))
    assert counts[0] == 0  # the batch had not committed: none of it
    assert counts[-1] == 3 * BATCH
    assert all(c % BATCH == 0 for c in counts), counts  # every batch whole or not at all


def test_backup_restore_round_trip_and_replacing(file_books: Books, tmp_path: Path) -> None:
    co = _company(file_books)
    co.post_drafts(_drafts(co, 3, dt.date(2026, 2, 1)))
    target = tmp_path / "copy.bak"
    target.write_text("an older backup")
    assert co.backup(target) == target.resolve()  # an existing file is replaced
    assert target.read_bytes().startswith(backups.SQLITE_HEADER)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert file_books.backup(tmp_path / "books-level.bak").exists()

    existing = tmp_path / "existing.db"
    with Books.open(existing) as other:
        other.create_company("OLD", "Old books")
    first = Books.restore(target, existing)
    assert first.kept == tmp_path / "existing.before-restore-1.db" and first.revision == schema.HEAD
    second = Books.restore(target, existing)
    assert second.kept == tmp_path / "existing.before-restore-2.db"
    with Books.open(first.kept) as kept:
        assert [c.code for c in kept.companies()] == ["OLD"]
    with Books.open(existing) as restored:
        co2 = restored.company("NL01")
        assert [c.account for c in co2.customers()] == [c.account for c in co.customers()]
        assert len(co2.document_rows(["invoice"])) == 3


def test_backup_refusals(file_books: Books, tmp_path: Path) -> None:
    co = _company(file_books)
    with pytest.raises(ValidationError, match="open books themselves"):
        co.backup(tmp_path / "books.db")
    with pytest.raises(ValidationError):
        co.backup(tmp_path / "no-folder" / "x.bak")
    with pytest.raises(ValidationError):
        co.backup(tmp_path)
    with pytest.raises(DatabaseError, match="pg_dump"):
        backups.backup(SimpleNamespace(dialect=SimpleNamespace(name="postgresql")), tmp_path / "x.bak")  # type: ignore[arg-type]


def test_memory_books_can_be_backed_up(tmp_path: Path) -> None:
    with Books.open(":memory:") as books:
        _company(books)
        path = books.company("NL01").backup(tmp_path / "mem.bak")
    restored = Books.restore(path, tmp_path / "mem.db")
    with Books.open(restored.target) as books:
        assert len(books.company("NL01").customers()) == 5


def test_restore_refuses_what_is_not_an_ardesk_book(file_books: Books, tmp_path: Path) -> None:
    co = _company(file_books)
    good = co.backup(tmp_path / "good.bak")
    target = tmp_path / "target.db"

    text = tmp_path / "notes.txt"
    text.write_text("SQLite is great\n")
    empty = tmp_path / "empty.bak"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE song (title TEXT)")
    conn.close()
    newer = tmp_path / "newer.bak"
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    truncated = tmp_path / "truncated.bak"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])

    for bad, words in [
        (text, "not an ardesk book"),
        (empty, "not an ardesk book"),
        (foreign, "not an ardesk book"),
        (newer, "newer version of ardesk"),
        (truncated, "damaged"),
        (tmp_path / "missing.bak", "no file"),
    ]:
        with pytest.raises(ValidationError, match=words):
            Books.restore(bad, target)
        assert not target.exists()  # nothing put in place
    with pytest.raises(ValidationError, match="same file"):
        Books.restore(good, good)


def test_restore_refuses_books_that_are_open(file_books: Books, tmp_path: Path) -> None:
    co = _company(file_books)
    good = co.backup(tmp_path / "good.bak")
    before = (tmp_path / "books.db").read_bytes()
    with pytest.raises(DatabaseInUseError):
        Books.restore(good, tmp_path / "books.db")
    assert (tmp_path / "books.db").read_bytes() == before
    assert not list(tmp_path.glob("books.before-restore-*"))


def test_restore_of_an_older_schema_is_upgraded_on_open(tmp_path: Path) -> None:
    revisions = sorted(backups.known_revisions())
    assert schema.HEAD in revisions and len(revisions) > 1
    old = tmp_path / "old.bak"
    with Books.open(tmp_path / "src.db") as books:
        _company(books)
        books.backup(old)
    # The checks accept any known revision; Books.open upgrades (tested with real old files in test_database).
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revisions[-2],))
    conn.close()
    assert backups.check_backup(old) == revisions[-2]


def test_backup_of_the_test_books(co: Company, tmp_path: Path) -> None:
    """On the suite's books: SQLite (in memory) is backed up; PostgreSQL is refused and nothing is written."""
    target = tmp_path / "suite.bak"
    if co.books.engine.dialect.name == "postgresql":
        with pytest.raises(DatabaseError, match="pg_dump"):
            co.backup(target)
        assert not target.exists()
    else:
        assert backups.check_backup(co.backup(target)) == schema.HEAD
