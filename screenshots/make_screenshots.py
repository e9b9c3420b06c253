"""Regenerate the README screenshots offscreen: `.venv/bin/python screenshots/make_screenshots.py`."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)  # fixed, so the screenshots only change when the program does


def save(app: QApplication, widget: QWidget, name: str) -> None:
    app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def window_shots(app: QApplication, books: Books, language: str) -> None:
    translators = install_translators(app, language)
    window = MainWindow(books, books.company("DEMO"), language, Runner(), today=lambda: TODAY)
    window.resize(1280, 800)
    window.show()
    suffix = "" if language == "en" else f"-{language}"
    pages = {
        "customers": "main-window",
        "invoicing": "invoicing",
        "collections": "credit-and-collections",
        "customer_groups": "setup-customer-groups",
        "parameters": "setup-parameters",
    }
    if language != "en":
        pages = {"customers": "main-window", "collections": "credit-and-collections"}
    for key, name in pages.items():
        window.show_page(key)
        wait_loaded(app, window.pages[key])
        save(app, window, f"{name}{suffix}.png")
    if language == "en":
        customers = window.pages["customers"]
        customers.view.selectRow(1)
        dialog = CustomerDialog(window.ctx, customers.model.info(1), window)  # type: ignore[attr-defined]
        dialog.iban.setText("NL91 ABNA 0417 1643 01")
        dialog.credit_limit.setText("25,000.00")
        dialog.show()
        dialog.accept()  # the wrong IBAN check digits keep it open with the message under the field
        save(app, dialog, "customer-editor-error.png")
        dialog.reject()
    window.close()
    window.runner.wait()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        books = Books.open(Path(folder) / "demo.db", exclusive=True)
        create_demo(books, TODAY)
        for language in ("en", "nl"):
            window_shots(app, books, language)
        books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
