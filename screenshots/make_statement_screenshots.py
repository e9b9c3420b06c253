"""Regenerate the Customer statements and Aging report screenshots offscreen.

Run `.venv/bin/python screenshots/make_statement_screenshots.py`.

The demo company's customers have invoices and credit notes but no payments yet; this script pays two of one
customer's invoices in October (its own copy of the demo), so the statement shows payments and a running
balance that goes down as well as up. English only for now: the Dutch ones come with the translation."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books, Company, Mark
from ardesk.demo import create_demo
from ardesk.i18n import install_translators
from ardesk.views import theme
from ardesk.views.collections.aging_report import AgingReportPage
from ardesk.views.collections.statements import StatementsPage
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)  # fixed, so the screenshots only change when the program does
#: A fixed folder (not a random temp name): the status bar shows the database path.
WORK = Path(tempfile.gettempdir()) / "statements_work"
CUSTOMER = "10180"


def events(app: QApplication, runner: Runner) -> None:
    """Let background work finish and its results arrive."""
    for _ in range(4):
        runner.wait()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(app: QApplication, widget: QWidget, name: str, runner: Runner) -> None:
    events(app, runner)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def payments(co: Company) -> None:
    """The customer pays its oldest invoice in full and part of a newer one in October."""
    open_invoices = [t.number for t in co.transactions(CUSTOMER, open_only=True) if t.kind == "invoice"]
    oldest, newer = open_invoices[0], open_invoices[1]
    co.post_payment(CUSTOMER, dt.date(2026, 10, 12), marks=[Mark(oldest)], reference="Bank 2026-10-12")
    part = Decimal("250.00")
    co.post_payment(CUSTOMER, dt.date(2026, 10, 28), part, marks=[Mark(newer, part)], reference="Bank 2026-10-28")


def main() -> int:
    app = QApplication(sys.argv)
    theme.apply(app)
    install_translators(app, "en")
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "demo-en.db"
    path.unlink(missing_ok=True)
    books = Books.open(path, exclusive=True)
    co = create_demo(books, TODAY)
    payments(co)
    runner = Runner()
    window = MainWindow(books, books.company("DEMO"), "en", runner, today=lambda: TODAY)
    window.show()  # at its default size

    window.show_page("statements")
    statements = window.pages["statements"]
    assert isinstance(statements, StatementsPage)
    wait_loaded(app, statements)
    statements.customer.set_account(CUSTOMER)
    statements.show_statement()
    wait_loaded(app, statements)
    save(app, window, "statement-page.png", runner)

    window.show_page("aging_report")
    aging = window.pages["aging_report"]
    assert isinstance(aging, AgingReportPage)
    wait_loaded(app, aging)
    save(app, window, "aging-report-page.png", runner)

    window.close()
    runner.wait()
    books.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
