"""The `ardesk` command: --self-test, --demo (created once), --database errors, first run, --lang."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ardesk import app as ardesk_app
from ardesk.api import Books
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.welcome import WelcomeDialog

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def shown(monkeypatch, qapp) -> list[MainWindow]:
    """main() runs as usual, but returns at once instead of waiting for the window to close."""
    windows: list[MainWindow] = []

    def no_loop(app, window: MainWindow) -> int:
        windows.append(window)
        window.runner.wait()
        app.processEvents()
        window.close()
        return 0

    monkeypatch.setattr(ardesk_app, "run_event_loop", no_loop)
    return windows


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown_errors: list[tuple[str, str]] = []
    monkeypatch.setattr(ardesk_app, "show_error", lambda title, text: shown_errors.append((title, text)))
    return shown_errors


@pytest.fixture(autouse=True)
def welcome_chooses_create_company(monkeypatch) -> None:
    """Empty books open the welcome first; these tests choose "Create my company" (tests/views/test_welcome.py
    covers the welcome itself)."""
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: dialog.create_company())


def test_self_test_passes_offscreen_and_quickly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "ardesk", "--self-test", "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    seconds = time.perf_counter() - started
    print(f"\n--self-test took {seconds:.1f} s (wall, interpreter start included)\n{done.stdout}")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    from ardesk.views.navigation import SECTIONS

    pages = sum(len(entries) for _, entries in SECTIONS)
    assert sum(line.startswith("ok ") for line in lines) == pages + 2  # the demo, every page and the editor
    assert "Credit and collections" in done.stdout and "self-test passed" in lines[-1]
    assert seconds < 30  # 5-7 s on the project machine; generous for a loaded CI box


def test_books_in_use_by_another_instance_give_a_message_and_exit_2(tmp_path, errors, shown):
    path = tmp_path / "shared.db"
    with Books.open(path, exclusive=True):
        assert ardesk_app.main(["--database", str(path), "--lang", "en"]) == 2
    assert errors[0][0] == "The books are in use"
    assert "already open in another ardesk window" in errors[0][1]
    assert shown == []


def test_books_that_cannot_be_opened_give_a_message_and_exit_2(tmp_path, errors, shown):
    assert ardesk_app.main(["--database", str(tmp_path / "missing" / "x.db"), "--lang", "en"]) == 2
    assert errors[0][0] == "The books could not be opened" and "does not exist" in errors[0][1]


def test_demo_is_created_once_then_opened(tmp_path, monkeypatch, errors, shown):
    demo = tmp_path / "demo.db"
    monkeypatch.setattr(ardesk_app.settings, "demo_database_path", lambda: demo)
    assert ardesk_app.main(["--demo", "--lang", "en"]) == 0
    assert shown[0].ctx.company.code == "DEMO"
    with Books.open(demo) as books:
        first = len(books.company("DEMO").customers()), books.company("DEMO").document("INV-000001")
    assert ardesk_app.main(["--demo", "--lang", "en"]) == 0
    with Books.open(demo) as books:
        assert [c.code for c in books.companies()] == ["DEMO"]
        assert (len(books.company("DEMO").customers()), books.company("DEMO").document("INV-000001")) == first
    assert len(shown) == 2 and errors == []


def test_empty_books_offer_the_create_company_dialog(tmp_path, monkeypatch, shown):
    def fill_in(dialog: NewCompanyDialog) -> int:
        dialog.code.setText("ACME")
        dialog.name.setText("Acme & Zonen B.V.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewCompanyDialog, "exec", fill_in)
    path = tmp_path / "fresh.db"
    assert ardesk_app.main(["--database", str(path), "--lang", "en"]) == 0
    assert shown[0].ctx.company.code == "ACME"
    assert shown[0].ctx.company_name == "Acme & Zonen B.V."


def test_cancelling_the_create_company_dialog_exits_quietly(tmp_path, monkeypatch, shown):
    monkeypatch.setattr(NewCompanyDialog, "exec", lambda dialog: 0)
    assert ardesk_app.main(["--database", str(tmp_path / "fresh.db"), "--lang", "en"]) == 0
    assert shown == []


def test_lang_nl_shows_the_dutch_navigation_and_is_undone_afterwards(tmp_path, monkeypatch, shown):
    monkeypatch.setattr(
        NewCompanyDialog,
        "exec",
        lambda dialog: (
            dialog.code.setText("NL"),
            dialog.name.setText("Bakkerij B.V."),
            dialog.accept(),
            dialog.result(),
        )[-1],
    )
    assert ardesk_app.main(["--database", str(tmp_path / "nl.db"), "--lang", "nl"]) == 0
    labels = shown[0].navigation.labels()
    assert labels[0] == "Klanten" and "Betalingsvoorwaarden" in labels
    assert QCoreApplication.translate("Navigation", "Customers") == "Customers"  # translators removed again


def test_database_url_from_the_environment(tmp_path, monkeypatch, shown):
    path = tmp_path / "env.db"
    with Books.open(path) as books:
        books.create_company("ENV", "From the environment")
    monkeypatch.setenv("ARDESK_DATABASE_URL", f"sqlite:///{path}")
    assert ardesk_app.main(["--lang", "en"]) == 0
    assert shown[0].ctx.company.code == "ENV"
