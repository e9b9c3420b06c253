"""Regenerate the Credit and collections screenshots: `.venv/bin/python screenshots/make_collections_screenshots.py`.

The demo company has invoices but no collections history yet; this script adds some to its own copy (the
Dutch collection pack, reminders sent, a few part payments, a customer on hold, a disputed invoice, a promise
to pay and a call), so the workspace shows every column and tab filled."""

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
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.collections.page import CollectionsPage
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)  # fixed, so the screenshots only change when the program does
#: A fixed folder (not a random temp name): the status bar shows the database path.
WORK = Path(tempfile.gettempdir()) / "collections_work"
HELD, DISPUTING, PROMISING = "10160", "20070", "10230"
TEXTS = {
    "en": {
        "hold": "Receiver appointed; claim filed with the receiver",
        "dispute": "Customer says 2 of the 6 items were never delivered",
        "promise": "Will pay on Friday, confirmed by phone",
        "call": "Spoke to accounts: invoice was lost, sent it again",
    },
    "nl": {
        "hold": "Curator benoemd; vordering ingediend bij de curator",
        "dispute": "Klant zegt dat 2 van de 6 artikelen niet zijn geleverd",
        "promise": "Betaalt vrijdag, telefonisch bevestigd",
        "call": "Administratie gesproken: factuur kwijt, opnieuw gestuurd",
    },
}


def events(app: QApplication, runner: Runner) -> None:
    """Let background work (the list, the detail) finish and its results arrive."""
    for _ in range(4):
        runner.wait()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(app: QApplication, widget: QWidget, name: str, runner: Runner) -> None:
    events(app, runner)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def oldest_open(co: Company, account: str) -> str:
    return next(t.number for t in co.transactions(account, open_only=True) if t.kind == "invoice")


def history(co: Company, language: str) -> None:
    """Reminders, part payments, a hold, a dispute, a promise and a call (the customers' own words in the
    user's language)."""
    text = TEXTS[language]
    co.enable_dutch_collection_pack()
    for letter in co.create_collection_letters(TODAY - dt.timedelta(days=12)):
        if letter.step == "HERINNERING":
            co.post_collection_letter(letter.number)
    for account, share in (("10010", Decimal("0.5")), ("20010", Decimal(1)), ("10130", Decimal("0.4"))):
        number = oldest_open(co, account)
        amount = (co.document(number).balance * share).quantize(Decimal("0.01"))
        co.post_payment(account, TODAY - dt.timedelta(days=6), amount, marks=[Mark(number, amount)])
    co.set_collection_status(HELD, "hold", TODAY - dt.timedelta(days=3), text["hold"])
    co.set_transaction_status(oldest_open(co, DISPUTING), "disputed", TODAY - dt.timedelta(days=2), text["dispute"])
    promised = oldest_open(co, PROMISING)
    co.add_activity(
        PROMISING,
        "promise",
        TODAY - dt.timedelta(days=1),
        text["promise"],
        transaction=promised,
        promise_date=TODAY + dt.timedelta(days=2),
        promise_amount=co.document(promised).balance,
    )
    co.add_activity(PROMISING, "call", TODAY - dt.timedelta(days=8), text["call"], follow_up=TODAY)


def shots(app: QApplication, language: str) -> None:
    translators = install_translators(app, language)
    path = WORK / f"demo-{language}.db"
    path.unlink(missing_ok=True)
    books = Books.open(path, exclusive=True)
    co = create_demo(books, TODAY)
    history(co, language)
    runner = Runner()
    window = MainWindow(books, books.company("DEMO"), language, runner, today=lambda: TODAY)
    window.resize(1280, 800)
    window.show()
    window.show_page("collections")
    page = window.pages["collections"]
    assert isinstance(page, CollectionsPage)
    wait_loaded(app, page)
    suffix = "" if language == "en" else f"-{language}"
    page.select_account(PROMISING)
    events(app, runner)
    save(app, window, f"collections-workspace{suffix}.png", runner)
    page.select_account(HELD)
    page.detail.show_tab("activities")
    save(app, window, f"collections-hold{suffix}.png", runner)
    page.set_bucket(3)
    wait_loaded(app, page)
    page.detail.show_tab("items")
    save(app, window, f"collections-bucket{suffix}.png", runner)
    window.close()
    runner.wait()
    books.close()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    WORK.mkdir(exist_ok=True)
    for language in ("en", "nl"):
        shots(app, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
