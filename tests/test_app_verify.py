"""`ardesk --verify [PATH]`: the books file's integrity and the voucher hash chain, told on the console."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from ardesk import app as ardesk_app
from ardesk import settings
from ardesk.api import Books
from ardesk.demo import create_demo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "demo.db"
    with Books.open(path) as books:
        create_demo(books, dt.date(2026, 11, 25))
    return path


@pytest.fixture
def book(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "books.db"
    shutil.copy(demo_file, copy)
    return copy


def tamper(path: Path) -> str:
    """Change an amount of the fifth voucher with raw SQL after dropping the trigger that forbids it; its number."""
    with Books.open(path) as books, books.engine.begin() as c:
        number = c.execute(text("SELECT number FROM voucher WHERE chain_seq = 5")).scalar_one()
        c.exec_driver_sql("DROP TRIGGER IF EXISTS trg_ledger_entry_no_update")
        c.execute(
            text(
                "UPDATE ledger_entry SET amount = amount + 1000 WHERE id = (SELECT MIN(e.id) FROM ledger_entry e "
                "JOIN voucher v ON v.id = e.voucher_id WHERE v.number = :n)"
            ),
            {"n": number},
        )
    return number


def test_whole_books_say_ok_and_exit_zero(book: Path, capsys) -> None:
    assert ardesk_app.main(["--verify", str(book)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ") and "80 vouchers in 1 companies verified" in out


def test_an_amount_changed_with_raw_sql_is_named_and_exits_one(book: Path, capsys) -> None:
    number = tamper(book)
    assert ardesk_app.main(["--verify", str(book)]) == 1
    out = capsys.readouterr().out
    assert f"DEMO: voucher {number} was changed outside ardesk" in out
    assert "ok:" not in out


def test_verified_while_ardesk_holds_the_books_open(book: Path, capsys) -> None:
    with Books.open(book):  # locked, as the GUI holds them
        assert ardesk_app.main(["--verify", str(book)]) == 0
    assert "ok: " in capsys.readouterr().out


def test_the_books_of_database_or_demo_are_the_default(monkeypatch, book: Path, capsys) -> None:
    assert ardesk_app.main(["--database", str(book), "--verify"]) == 0
    assert str(book) in capsys.readouterr().out
    monkeypatch.setattr(settings, "demo_database_path", lambda: book)
    tamper(book)
    assert ardesk_app.main(["--demo", "--verify"]) == 1


def test_a_missing_or_damaged_file_is_refused_and_left_alone(book: Path, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nothing.db"
    assert ardesk_app.main(["--verify", str(missing), "--lang", "nl"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert not missing.exists()  # never made into new books
    damaged = tmp_path / "damaged.db"
    data = bytearray(book.read_bytes())
    data[40 * 1024 : 48 * 1024] = b"\xff" * 8 * 1024  # pages in the middle overwritten
    damaged.write_bytes(bytes(data))
    assert ardesk_app.main(["--verify", str(damaged)]) == 1
    assert capsys.readouterr().err.strip()
    assert damaged.read_bytes() == bytes(data)


def test_the_command_line_verifies_without_a_display(book: Path) -> None:
    number = tamper(book)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ardesk", "--verify", str(book)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert number in done.stdout
