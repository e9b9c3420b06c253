"""Regenerate the Payments screenshots offscreen: `.venv/bin/python screenshots/make_payments_screenshots.py`."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books, Company, Line, Mark
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.payments.journal import JournalDialog
from ardesk.views.payments.page import PaymentsPage
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.settle_model import COLUMNS
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)  # fixed, so the screenshots only change when the program does
#: A fixed folder (not a random temp name): the status bar shows the database path.
WORK = Path(tempfile.gettempdir()) / "payments_work"
#: Venlose Kassenbouw (cash discount 2 % within 8 days): INV-000068 of 14/11 can still take 2 % on 20/11.
DISCOUNT_CUSTOMER, DISCOUNTED, OTHER = "10280", "INV-000068", "INV-000039"
PAY_DATE = dt.date(2026, 11, 20)
#: The journal descriptions and a reference are data the user typed: in the user's language.
TEXTS = {
    "en": {
        "statement": "Bank statement 14",
        "corrections": "October corrections",
        "late": "late",
        "goods": "Cash register",
        "return": "Returned scanner",
    },
    "nl": {
        "statement": "Bankafschrift 14",
        "corrections": "Correcties oktober",
        "late": "te laat",
        "goods": "Kassasysteem",
        "return": "Retour scanner",
    },
}


def settle_events(app: QApplication, runner: Runner) -> None:
    """Let background work (page loads, settlement previews) finish and its results arrive."""
    for _ in range(3):
        runner.wait()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(app: QApplication, widget: QWidget, name: str, runner: Runner) -> None:
    settle_events(app, runner)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def previewed(app: QApplication, dialog: SettleDialog) -> None:
    """Preview the marks now (not after the debounce) and wait for the answer."""
    dialog.preview_now()
    deadline = time.monotonic() + 10
    while dialog.previewing and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def balance(company: Company, number: str) -> Decimal:
    return company.document(number).balance


def statement_journal(company: Company, texts: dict[str, str]) -> str:
    """PJ-000001: an open bank statement, one line paying INV-000010 in full, one unapplied."""
    number = company.create_payment_journal(texts["statement"])
    company.add_payment_line(
        number, "10010", PAY_DATE, balance(company, "INV-000010"), marks=[Mark("INV-000010")], reference="ST14-1"
    )
    company.add_payment_line(number, "10020", dt.date(2026, 11, 21), Decimal("500.00"), reference="ST14-2")
    return number


def corrections_journal(company: Company, texts: dict[str, str]) -> str:
    """PJ-000002: its second line is dated in October, which is then closed, so posting it fails."""
    number = company.create_payment_journal(texts["corrections"])
    company.add_payment_line(number, "10100", PAY_DATE, balance(company, "INV-000033"), marks=[Mark("INV-000033")])
    company.add_payment_line(number, "10110", dt.date(2026, 10, 15), Decimal("428.21"), reference=texts["late"])
    company.close_period(dt.date(2026, 10, 31))
    return number


def credit_after_discount(company: Company, texts: dict[str, str]) -> str:
    """With cash discounts on credit notes: a 1,000.00 invoice of 10/11 paid on 12/11 less its 2 %, then a
    100.00 credit note of 14/11 on it (2 % until 22/11). Returns the credit note's number."""
    company.set_parameters(cash_discount_on_credit_notes=True)
    invoice = company.post_free_text_invoice(
        DISCOUNT_CUSTOMER, dt.date(2026, 11, 10), [Line(texts["goods"], Decimal("1000.00"), tax="BTW21")]
    )
    company.post_payment(DISCOUNT_CUSTOMER, dt.date(2026, 11, 12), marks=[Mark(invoice.number)])
    return company.post_credit_note(
        DISCOUNT_CUSTOMER,
        dt.date(2026, 11, 14),
        [Line(texts["return"], Decimal("100.00"), tax="BTW21")],
        original=invoice.number,
    ).number


def settle_dialog(window: MainWindow, customer: str, date: dt.date, **kw: object) -> SettleDialog:
    dialog = SettleDialog(window.ctx, window, customer=customer, date=date, **kw)  # type: ignore[arg-type]
    dialog.show()
    return dialog


def shots(app: QApplication, books: Books, language: str) -> None:
    texts = TEXTS[language]
    company = books.company("DEMO")
    statement = statement_journal(company, texts)
    translators = install_translators(app, language)
    runner = Runner()
    window = MainWindow(books, company, language, runner, today=lambda: TODAY)
    window.resize(1280, 800)
    window.show()
    window.show_page("payments")
    page = window.pages["payments"]
    assert isinstance(page, PaymentsPage)
    wait_loaded(app, page)
    ctx = window.ctx
    assert ctx is not None
    suffix = "" if language == "en" else f"-{language}"
    save(app, window, f"payments-page{suffix}.png", runner)

    dialog = JournalDialog(ctx, statement, window)
    dialog.show()
    save(app, dialog, f"payments-journal{suffix}.png", runner)
    dialog.reject()

    corrections = corrections_journal(company, texts)
    dialog = JournalDialog(ctx, corrections, window)
    dialog.confirm = lambda _text: True
    dialog.show()
    dialog.post()  # line 2 lies in the closed October: nothing is posted, the line turns red
    save(app, dialog, f"payments-journal-error{suffix}.png", runner)
    dialog.reject()

    # Enter customer payment: the whole discounted invoice plus part of an older one
    settle = settle_dialog(window, DISCOUNT_CUSTOMER, PAY_DATE, journal=statement)
    settle.model.set_marked(DISCOUNTED, True)
    settle.model.setData(
        settle.model.index(settle.model.row_of(OTHER), COLUMNS.index("amount_to_settle")),
        ctx.amount(Decimal("1000.00")),
        Qt.ItemDataRole.EditRole,
    )
    previewed(app, settle)
    save(app, settle, f"payments-settle{suffix}.png", runner)
    settle.reject()

    # less received than marked: the note explains what happens to the shortfall
    settle = settle_dialog(window, DISCOUNT_CUSTOMER, PAY_DATE, journal=corrections)
    settle.model.set_marked(DISCOUNTED, True)
    settle.amount.setText(ctx.amount(Decimal("1000.00")))
    previewed(app, settle)
    save(app, settle, f"payments-settle-partial{suffix}.png", runner)
    settle.reject()

    # Settle transactions: a credit note against an invoice, no money received
    settle = settle_dialog(window, "10180", TODAY, settle_only=True)
    settle.model.mark_numbers(["CN-000001", "INV-000055"])
    previewed(app, settle)
    save(app, settle, f"payments-settle-only{suffix}.png", runner)
    settle.reject()

    # INV-000010 is held by line 1 of the open bank statement journal
    settle = settle_dialog(window, "10010", TODAY, journal=statement)
    settle.model.set_marked("INV-000010", True)
    previewed(app, settle)
    save(app, settle, f"payments-conflict{suffix}.png", runner)
    settle.reject()

    company.post_payment("10050", dt.date(2026, 11, 18), marks=[Mark("INV-000011")])
    ctx.notify_changed()
    wait_loaded(app, page)
    page.tabs.setCurrentIndex(1)
    save(app, window, f"payments-posted{suffix}.png", runner)

    page.payment_view.setCurrentIndex(page.payments.index(0, 0))
    page.show_payment_customer()  # what double-clicking the payment does
    page.transactions.select("INV-000011")
    save(app, window, f"payments-transactions{suffix}.png", runner)

    # A credit note marked alone, after the customer took the invoice's cash discount: what settling it
    # would refund and the discount it gives back (DOMAIN 4.5 rule 7); nothing to settle it against
    note = credit_after_discount(company, texts)
    settle = settle_dialog(window, DISCOUNT_CUSTOMER, PAY_DATE)
    settle.model.set_marked(note, True)
    previewed(app, settle)
    save(app, settle, f"payments-settle-credit-note{suffix}.png", runner)
    settle.reject()

    window.close()
    runner.wait()
    app.processEvents()
    remove_translators(app, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    demo = WORK / "demo.db"
    with Books.open(demo) as books:
        create_demo(books, TODAY)
    try:
        for language in ("en", "nl"):  # each language starts from the untouched demo company
            shots_db = WORK / "shots.db"
            for old in WORK.glob("shots.db*"):
                old.unlink()
            shutil.copy(demo, shots_db)
            books = Books.open(shots_db, exclusive=True)
            try:
                shots(app, books, language)
            finally:
                books.close()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
