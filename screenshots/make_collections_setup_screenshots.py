"""Regenerate the collection letter, interest note and collections set-up screenshots offscreen.

`.venv/bin/python screenshots/make_collections_setup_screenshots.py` writes English, then Dutch (-nl)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.collections.proposals import ProposalPage
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded
from ardesk.views.setup.interest_code_dialog import InterestCodeDialog
from ardesk.views.setup.letter_sequence_dialog import LetterSequenceDialog

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def run(app: QApplication, page: ProposalPage) -> None:
    """Make the page's proposals as of TODAY and wait until they are listed."""
    wait_loaded(app, page)
    page.run_proposals()
    deadline = time.monotonic() + 30
    while (not page.last_message or page.loading) and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    wait_loaded(app, page)


def shots(app: QApplication, books: Books, language: str) -> None:
    translators = install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"
    window = MainWindow(books, books.company("DEMO"), language, Runner(), today=lambda: TODAY)
    window.show()  # the default size: 1280 × 800
    for key, name in (("collection_letters", "collection-letters-run"), ("interest_notes", "interest-notes-run")):
        window.show_page(key)
        page = window.pages[key]
        assert isinstance(page, ProposalPage)
        run(app, page)
        page.view.selectRow(0)
        save(app, window, f"{name}{suffix}.png")
    ctx = window.ctx
    assert ctx is not None
    [sequence] = [s for s in ctx.company.collection_letter_sequences() if s.code == "INCASSO"]
    editor = LetterSequenceDialog(ctx, sequence, window)
    editor.steps.setCurrentCell(1, 0)
    editor.texts.show_language(language)
    editor.texts.insert_default()
    editor.show()
    save(app, editor, f"letter-sequence-editor{suffix}.png")
    editor.reject()
    [code] = [c for c in ctx.company.interest_codes() if c.code == "HANDELSRENTE"]
    dialog = InterestCodeDialog(ctx, code, window)
    dialog.show()
    save(app, dialog, f"interest-code-editor{suffix}.png")
    dialog.reject()
    window.close()
    window.runner.wait()
    app.processEvents()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "demo.db"
        with Books.open(original) as books:
            create_demo(books, TODAY)
            books.company("DEMO").enable_dutch_collection_pack()
        for language in ("en", "nl"):
            copy = Path(folder) / f"demo-{language}.db"
            shutil.copy(original, copy)
            books = Books.open(copy, exclusive=True)
            shots(app, books, language)
            books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
