"""`ardesk --backup PATH` and `ardesk --restore BACKUP` on the books the other options name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ardesk import app as ardesk_app
from ardesk import settings
from ardesk.api import Books

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "books.db"
    with Books.open(path) as books:
        books.create_company("NL01", "De Vries B.V.").create_customer("1001", "Jansen")
    return path


def test_backup_while_the_books_are_open_and_restore(book: Path, tmp_path: Path, capsys) -> None:
    backup = tmp_path / "saved.bak"
    with Books.open(book) as books:  # held open (locked) as the GUI holds it
        assert ardesk_app.main(["--database", str(book), "--backup", str(backup)]) == 0
        assert "Backed up" in capsys.readouterr().out
        books.company("NL01").create_customer("1002", "Later")
        # The books are open: restoring over them is refused, with the reason, and nothing changes.
        assert ardesk_app.main(["--database", str(book), "--restore", str(backup), "--lang", "en"]) == 2
        assert "already open" in capsys.readouterr().err
    assert ardesk_app.main(["--database", str(book), "--restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "books.before-restore-1.db" in out
    with Books.open(book) as books:
        assert [c.account for c in books.company("NL01").customers()] == ["1001"]
    with Books.open(tmp_path / "books.before-restore-1.db") as kept:
        assert [c.account for c in kept.company("NL01").customers()] == ["1001", "1002"]


def test_errors_are_told_and_exit_non_zero(book: Path, tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.bak"
    junk.write_text("not a database")
    assert ardesk_app.main(["--database", str(book), "--restore", str(junk), "--lang", "nl"]) == 2
    assert "geen ardesk-administratie" in capsys.readouterr().err
    assert ardesk_app.main(["--database", str(tmp_path / "none.db"), "--backup", str(junk), "--lang", "en"]) == 2
    assert "there is no file" in capsys.readouterr().err
    assert ardesk_app.main(["--database", str(book), "--backup", str(book), "--lang", "en"]) == 2
    assert "open books themselves" in capsys.readouterr().err
    url = "postgresql+psycopg://u@localhost/x"
    assert ardesk_app.main(["--database", url, "--backup", str(junk), "--lang", "en"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_demo_and_default_books_are_the_target(monkeypatch, book: Path, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(settings, "demo_database_path", lambda: book)
    assert ardesk_app.main(["--demo", "--backup", str(tmp_path / "demo.bak")]) == 0
    assert str(book) in capsys.readouterr().out
    monkeypatch.delenv(settings.ENV_URL, raising=False)
    monkeypatch.setattr(settings, "default_database_path", lambda: book)
    assert ardesk_app.main(["--backup", str(tmp_path / "own.bak")]) == 0
    assert (tmp_path / "own.bak").exists()


def test_the_command_line_runs_without_a_display(book: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ardesk", "--database", str(book), "--backup", str(tmp_path / "x.bak")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Backed up" in done.stdout
