"""The payment journals list and the journal window: add and remove lines, post, errors on the right line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from ardesk.api import Mark
from ardesk.views.payments.journal import JournalDialog
from ardesk.views.payments.page import PaymentsPage
from tests.helpers import snapshot

pytestmark = pytest.mark.gui
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def journal_window(ctx, qtbot):
    def open_window(number: str) -> JournalDialog:
        dialog = JournalDialog(ctx, number)
        dialog.confirm = lambda _text: True
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_window


@pytest.fixture
def page(ctx, qtbot, wait_loaded) -> PaymentsPage:
    p = PaymentsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    wait_loaded(p)
    return p


def texts(dialog: JournalDialog, column: str) -> list[str]:
    col = [c.title for c in dialog.model.columns].index(column)
    return [dialog.model.index(r, col).data() for r in range(dialog.model.rowCount())]


def test_add_lines_show_in_the_window_and_remove_one(ctx, journal_window):
    number = ctx.company.create_payment_journal("Bank statement 47")
    dialog = journal_window(number)
    assert dialog.title.text() == f"Payment journal {number}"
    dialog.customer.set_account("10010")
    dialog.date.setDate(DAY)
    dialog.amount.setText("1,250.00")
    dialog.reference.setText("ST47-1")
    dialog.add_line()
    dialog.customer.set_account("10020")
    dialog.amount.setText("300.00")
    dialog.prepayment.setChecked(True)
    dialog.add_line()
    assert texts(dialog, "Customer") == ["10010", "10020"]
    assert texts(dialog, "Amount") == ["1,250.00", "300.00"]
    assert texts(dialog, "Date") == ["20/11/2026", "20/11/2026"]
    assert texts(dialog, "Reference") == ["ST47-1", ""]
    assert texts(dialog, "Prepayment") == ["No", "Yes"]
    amount_col = [c.title for c in dialog.model.columns].index("Amount")
    assert dialog.model.index(0, amount_col).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "Total 1,550.00" in dialog.subtitle.text()
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.remove_line()
    assert [line.customer for line in ctx.company.payment_journal(number).lines] == ["10020"]
    assert texts(dialog, "Customer") == ["10020"]


def test_add_line_errors_show_beside_the_field(ctx, journal_window, demo_books):
    number = ctx.company.create_payment_journal("")
    before = snapshot(demo_books)
    dialog = journal_window(number)
    dialog.add_line()  # no customer
    assert dialog.errors.message("customer") != ""
    dialog.customer.set_account("10010")
    dialog.add_line()  # no amount, no marks
    assert dialog.errors.message("amount") == "give the amount received, or mark what it pays"
    assert dialog.errors.message("customer") == ""
    dialog.amount.setText("-5")
    dialog.add_line()
    assert dialog.errors.message("amount") != ""
    assert snapshot(demo_books) == before


def test_posting_error_is_shown_on_its_line_and_nothing_is_posted(ctx, journal_window, demo_books):
    number = ctx.company.create_payment_journal("Two lines")
    ctx.company.add_payment_line(number, "10010", DAY, Decimal("100.00"))
    ctx.company.add_payment_line(number, "10020", dt.date(2026, 10, 15), Decimal("200.00"))
    ctx.company.close_period(dt.date(2026, 10, 31))
    before = snapshot(demo_books)
    dialog = journal_window(number)
    dialog.post()
    assert dialog.problems.keys() == {2}
    assert "closed period" in dialog.problems[2] and dialog.problems[2].startswith("date: ")
    problem_col = len(dialog.model.columns) - 1
    assert not dialog.view.isColumnHidden(problem_col)
    assert dialog.model.index(1, problem_col).data() == dialog.problems[2]
    assert dialog.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # the line is red
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.view.currentIndex().row() == 1
    assert dialog.problem_label.text().startswith("Nothing was posted. Line 2 (date):")
    assert snapshot(demo_books) == before
    assert ctx.company.payment_journal(number).status == "open"


def test_posting_the_journal_settles_the_marked_invoices(ctx, journal_window, qtbot):
    number = ctx.company.create_payment_journal("Bank statement 48")
    invoice = ctx.company.transactions("10010", open_only=True)[0]
    ctx.company.add_payment_line(number, "10010", DAY, invoice.balance, marks=[Mark(invoice.number)])
    ctx.company.add_payment_line(number, "10020", DAY, Decimal("500.00"))
    before = ctx.company.customer_balance("10020")
    dialog = journal_window(number)
    assert texts(dialog, "Marked") == [invoice.number, ""]
    with qtbot.waitSignal(dialog.posted, timeout=5000) as posted:
        dialog.post()
    payments = posted.args[0]
    assert len(payments) == 2
    assert ctx.company.document(invoice.number).balance == Decimal("0.00")
    assert ctx.company.customer_balance("10020") == before - Decimal("500.00")
    assert texts(dialog, "Payment") == payments
    assert not dialog.post_button.isEnabled() and not dialog.entry.isEnabled()
    assert "Posted" in dialog.subtitle.text()


def test_a_long_journal_posts_in_the_background(ctx, journal_window, qtbot):
    number = ctx.company.create_payment_journal("Many lines")
    for account in ("10010", "10020", "10030"):
        ctx.company.add_payment_line(number, account, DAY, Decimal("10.00"))
    dialog = journal_window(number)
    dialog.background_lines = 2
    with qtbot.waitSignal(dialog.posted, timeout=10000):
        dialog.post()
        assert dialog.posting and not dialog.post_button.isEnabled()
    assert not dialog.posting
    assert ctx.company.payment_journal(number).status == "posted"


def test_page_lists_open_and_posted_journals_and_payments(ctx, qtbot, page):
    open_j = ctx.company.create_payment_journal("Still open")
    posted_j = ctx.company.create_payment_journal("Done")
    ctx.company.add_payment_line(posted_j, "10010", DAY, Decimal("75.00"))
    [payment] = ctx.company.post_payment_journal(posted_j)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ctx.notify_changed()
    rows = {r.number: r for r in page.model.rows()}
    assert rows[open_j].status == "open" and rows[posted_j].status == "posted"
    assert page.model.rows()[0].number == open_j  # open journals first
    assert rows[posted_j].total == Decimal("75.00") and rows[posted_j].posted_date == DAY
    assert [r.number for r in page.payments.rows()] == [payment]
    amount_col = [c.title for c in page.payments.columns].index("Amount received")
    assert page.payments.index(0, amount_col).data() == "75.00"
    assert page.journal_count.text().endswith("1 open")


def test_new_journal_from_the_page_opens_its_window(ctx, page, qtbot):
    dialog = page.new_journal()
    qtbot.addWidget(dialog)
    assert dialog.info is not None and dialog.info.status == "open" and dialog.info.lines == ()
    assert [j.number for j in ctx.company.payment_journals()] == [dialog.number]
    dialog.reject()


def test_page_actions_open_the_dialogs_and_show_a_payments_customer(ctx, page, qtbot):
    ctx.company.post_payment("10050", DAY, marks=[Mark("INV-000011")])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ctx.notify_changed()
    settle = page.open_settle(settle_only=True)
    qtbot.addWidget(settle)
    assert settle.windowTitle() == "Settle open transactions"
    settle.reject()
    enter = page.open_settle("10050")
    qtbot.addWidget(enter)
    assert enter.windowTitle() == "Enter customer payment"
    assert [r.number for r in enter.model.rows()] == ["INV-000040"]
    enter.reject()
    page.tabs.setCurrentIndex(1)
    page.payment_view.setCurrentIndex(page.payments.index(0, 0))
    page.show_payment_customer()
    assert page.tabs.currentWidget() is page.transactions
    assert page.transactions.customer.account() == "10050"
    assert page.transactions.selected().number == page.payments.rows()[0].number


def test_deposit_slip_for_selected_cheque_payments(ctx, qtbot, page, demo_books):
    ctx.company.create_method_of_payment("CHQT", "check")
    one = ctx.company.post_payment("10010", DAY, Decimal("10.00"), method="CHQT", reference="CHQ 501").number
    two = ctx.company.post_payment("10020", DAY, Decimal("20.00"), method="CHQT", reference="CHQ 502").number
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ctx.notify_changed()
    flags = QItemSelectionModel.SelectionFlag
    for row, r in enumerate(page.payments.rows()):
        if r.number in (one, two):
            page.payment_view.selectionModel().select(page.payments.index(row, 0), flags.Select | flags.Rows)
    slip = page.deposit_selected()
    assert slip is not None and slip.startswith("DEP-")
    assert page.payment_message.text() == f"Deposit slip {slip} with 2 payments."
    before = snapshot(demo_books)
    assert page.deposit_selected() is None  # the same payments again: refused, shown, nothing written
    assert "already on a deposit slip" in page.payment_message.text()
    assert snapshot(demo_books) == before
