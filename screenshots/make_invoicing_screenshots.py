"""Regenerate the Invoicing screenshots offscreen: `.venv/bin/python screenshots/make_invoicing_screenshots.py`."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books, DetailLine
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.invoicing.editor import InvoiceDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)
LINES = [
    ("Advieswerkzaamheden (uur)", "4", "95.00", "BTW21"),
    ("Installatie en montage (uur)", "6", "62.50", "BTW21"),
    ("Kantoorartikelen (st)", "12", "4.35", "BTW21"),
    ("Vakliteratuur (st)", "2", "39.95", "BTW9"),
    ("Lunch en catering (pers)", "14", "16.50", "BTW9"),
    ("Zaalhuur (dag)", "1", "450.00", "BTW21"),
    ("Voorrijkosten (st)", "3", "45.00", "BTW21"),
    ("Bloemstukken (st)", "5", "22.75", "BTW9"),
]


def save(app: QApplication, widget: QWidget, name: str) -> None:
    app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def shots(app: QApplication, books: Books, language: str) -> None:
    translators = install_translators(app, language)
    window = MainWindow(books, books.company("DEMO"), language, Runner(), today=lambda: TODAY)
    window.resize(1280, 800)
    window.show()
    window.show_page("invoicing")
    page = window.pages["invoicing"]
    wait_loaded(app, page)
    suffix = "" if language == "en" else f"-{language}"
    save(app, window, f"invoicing-workspace{suffix}.png")
    if language == "en":
        page.set_status("overdue")
        wait_loaded(app, page)
        save(app, window, "invoicing-overdue.png")
        page.set_status("all")
        wait_loaded(app, page)
        dialog = InvoiceDialog(window.ctx, None, parent=window)
        dialog.customer.set_account("10050")
        dialog._customer_left()
        dialog.lines.set_lines([DetailLine(d, Decimal(q), Decimal(p), Decimal(0), "401100", t) for d, q, p, t in LINES])
        dialog.show()
        save(app, dialog, "invoicing-editor.png")
        dialog.lines.setData(dialog.lines.index(3, 2), "39,95,0")
        dialog.save_draft()
        save(app, dialog, "invoicing-editor-error.png")
        dialog.reject()
        original = window.ctx.company.invoice_detail(number="INV-000070")
        dialog = InvoiceDialog(window.ctx, None, mode="credit_note", original=original, parent=window)
        dialog.reason.setText("Returned goods")
        dialog.show()
        save(app, dialog, "invoicing-credit-note.png")
        dialog.reject()
    window.close()
    window.runner.wait()
    app.processEvents()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        books = Books.open(Path(folder) / "demo.db", exclusive=True)
        create_demo(books, TODAY)
        for language in ("en", "nl"):
            shots(app, books, language)
        books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
