"""The guided period close page (checklist, let pass with a reason, close, hold, reopen, fiscal years) and the
general journal dialog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ardesk.api import Line
from ardesk.services import close_checklist
from ardesk.views.main_window import MainWindow
from ardesk.views.navigation import PAGES
from ardesk.views.period.close import MUST_RESOLVE, PAGE_LABELS, PeriodClosePage, navigation_key
from ardesk.views.period.ledger_journal import LedgerJournalDialog

from .conftest import TODAY

pytestmark = pytest.mark.gui

OCTOBER = dt.date(2026, 10, 31)
NOVEMBER = dt.date(2026, 11, 30)


@pytest.fixture
def page(ctx, qtbot, wait_loaded):
    p = PeriodClosePage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    wait_loaded(p)
    return p


def state(page: PeriodClosePage, month: int) -> str:
    return page.model.index(month - 1, 1).data()


def test_the_month_to_close_opens_with_its_checklist(ctx, page):
    assert page.year.currentText() == "2026 (Jan 2026 \u2013 Dec 2026)" and page.model.rowCount() == 12  # the demo's
    assert page.model.index(0, 0).data() == "January 2026" and {state(page, m) for m in range(1, 13)} == {"Open"}
    # the month just ended is the one to close; the demo's October has nothing open
    assert page.selected().end == OCTOBER and page.month_title.text() == "October 2026"
    assert tuple(page.rows) == close_checklist.LINES and {row.state for row in page.rows.values()} == {"ok"}
    assert (
        page.rows["drafts"].sentence.text() == "No draft invoices or credit notes dated on or before 31 October 2026."
    )
    aged = ctx.company.close_checklist(OCTOBER).aging_total
    assert ctx.amount(aged) in page.rows["aging"].sentence.text()
    assert page.close_button.isEnabled() and page.hold_button.text() == "Put on hold"
    assert not page.reopen_button.isEnabled()
    assert page.summary.text() == "Every line is green or let pass: the month can be closed."


def test_a_draft_in_the_month_is_let_pass_with_a_reason_and_the_month_closes(ctx, qtbot, wait_loaded):
    ctx.company.save_draft("10010", dt.date(2026, 10, 15), [Line("Boeken", unit_price=Decimal("20"), tax="BTW9")])
    page = PeriodClosePage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    drafts = page.rows["drafts"]
    assert page.selected().end == OCTOBER
    assert drafts.state == "open" and drafts.badge.text() == "!"
    assert drafts.sentence.text().startswith("1 draft invoice") and "31 October 2026" in drafts.sentence.text()
    assert not page.close_button.isEnabled() and drafts.pass_button.isVisibleTo(page)
    assert not page.rows["journals"].pass_button.isVisibleTo(page)  # green lines need no reason
    # letting it pass needs a reason
    dialog = page.let_pass("drafts")
    dialog.accept()
    assert dialog.errors.message("reason") == "Give the reason." and dialog.isVisible()
    dialog.reason.setText("The customer confirms the order number in November")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert drafts.state == "passed" and drafts.reason.text() == (
        "Let pass: The customer confirms the order number in November"
    )
    assert page.close_button.isEnabled() and drafts.pass_button.text() == "Withdraw"
    asked = []
    page.ask = lambda title, text: asked.append(text) or True
    assert page.close_selected()
    assert "01/10/2026 to 31/10/2026" in asked[0] and ctx.company.closed_periods() == [OCTOBER]
    assert page.last_message == "October 2026 is closed."
    wait_loaded(page)
    assert state(page, 10) == "Closed" and page.selected().end == OCTOBER
    assert page.state_label.text() == "Closed"
    # the books keep the reason; the page shows it after the close
    assert (
        ctx.company.close_checklist(OCTOBER).lines[0].override == "The customer confirms the order number in November"
    )
    assert drafts.reason.isVisibleTo(page)
    assert drafts.reason.text() == "Let pass at the close: The customer confirms the order number in November"
    assert not drafts.pass_button.isVisibleTo(page)
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled() and not page.hold_button.isEnabled()


def test_a_red_line_cannot_be_closed_without_a_reason(ctx, page, wait_loaded):
    page.select_month(NOVEMBER)
    # the checklist is checked in the background: a busy mark meanwhile, no line green yet
    assert page.loading and page.busy.isVisibleTo(page) and page.rows["drafts"].state == "checking"
    assert not page.close_button.isEnabled()
    wait_loaded(page)
    assert not page.busy.isVisibleTo(page)
    drafts = page.rows["drafts"]
    count = next(line.count for line in ctx.company.close_checklist(NOVEMBER).lines if line.key == "drafts")
    assert count > 0 and drafts.sentence.text().startswith(f"{count} draft invoice")
    assert not page.close_button.isEnabled() and not page.close_selected()
    assert ctx.company.closed_periods() == []


def test_the_open_button_shows_the_page_that_resolves_the_line(demo_books, runner, qtbot, wait_loaded):
    window = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show_page("period_close")
    page = window.pages["period_close"]
    assert isinstance(page, PeriodClosePage)
    wait_loaded(page)
    assert page.rows["drafts"].open_button.toolTip() == "Go to Invoicing"
    page.rows["drafts"].open_button.click()
    assert window.current_key() == "invoicing"
    window.show_page("period_close")
    page.rows["aging"].open_button.click()
    assert window.current_key() == "aging_report"


def test_every_checklist_line_names_a_page_of_the_navigation():
    assert {navigation_key(p) for p in close_checklist.PAGES.values()} <= set(PAGES)
    assert all(PAGES[key][0] == label for key, label in PAGE_LABELS.items())
    assert set(MUST_RESOLVE) == set(close_checklist.MUST_RESOLVE)


def test_put_on_hold_and_release(ctx, page, wait_loaded):
    page.hold_button.click()
    assert page.last_message == "October 2026 is on hold: postings dated in it are refused until it is released."
    wait_loaded(page)
    assert state(page, 10) == "On hold" and page.selected().end == OCTOBER
    assert page.model.index(9, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert [p.state for p in ctx.company.period_history() if p.period_end == OCTOBER] == ["on_hold"]
    assert page.hold_button.text() == "Release" and page.close_button.isEnabled()
    assert page.summary.text().startswith("The month is on hold")
    page.hold_button.click()
    wait_loaded(page)
    assert state(page, 10) == "Open" and page.hold_button.text() == "Put on hold"
    assert page.last_message == "October 2026 is open again."


def test_reopen_asks_a_reason_and_the_list_shows_it(ctx, page, wait_loaded):
    ctx.company.close_period(OCTOBER)
    ctx.notify_changed()
    wait_loaded(page)
    assert state(page, 10) == "Closed" and page.model.index(9, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.select_month(OCTOBER)
    wait_loaded(page)
    dialog = page.reopen_selected()
    dialog.accept()
    assert dialog.errors.message("reason") == "Give the reason." and ctx.company.closed_periods() == [OCTOBER]
    dialog.reason.setText("Late credit note for an October delivery")
    dialog.ok.click()
    assert not dialog.isVisible() and ctx.company.closed_periods() == []
    wait_loaded(page)
    assert state(page, 10) == "Open" and page.model.index(9, 2).data() == "Late credit note for an October delivery"
    assert page.model.index(9, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Reopened: Late credit note for an October delivery"
    )
    assert page.last_message == "October 2026 is reopened."


def test_a_new_fiscal_year_is_shown_with_its_months(ctx, page, wait_loaded):
    dialog = page.new_fiscal_year()
    assert dialog.start() == dt.date(2027, 1, 1) and dialog.code.placeholderText() == "2027"  # after the demo's 2026
    dialog.month.setCurrentIndex(3)  # April: a year that does not start in January
    assert dialog.code.placeholderText() == "2027-2028"
    assert dialog.span.text() == "From 1 April 2027 to 31 March 2028; every month starts open."
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert [(y.code, y.start, y.end) for y in ctx.company.fiscal_years()][-1] == (
        "2027-2028",
        dt.date(2027, 4, 1),
        dt.date(2028, 3, 31),
    )
    wait_loaded(page)
    assert page.year.currentData() == "fy:2027-2028"
    assert page.year.currentText() == "2027-2028 (Apr 2027 \u2013 Mar 2028)"
    assert page.model.rowCount() == 12 and page.model.index(0, 0).data() == "April 2027"
    assert page.selected().end == dt.date(2027, 4, 30)  # a year ahead opens on its first month
    assert page.last_message == "Fiscal year 2027-2028 is created."
    # the next one starts after it; a year that overlaps another is refused beside its first month
    again = page.new_fiscal_year()
    assert again.start() == dt.date(2028, 4, 1)
    again.year.setValue(2026)
    again.month.setCurrentIndex(5)
    again.code.setText("BROKEN")
    again.accept()
    assert again.errors.message("start") == "the fiscal year would overlap fiscal year 2026" and again.isVisible()


def test_the_general_journal_posts_a_balanced_voucher(ctx, page):
    bank = ctx.company.balance("110110")
    dialog = page.general_journal()
    assert dialog.date.value() == OCTOBER and not dialog.post_button.isEnabled()
    dialog.description.setText("Bank charges October")
    dialog.set_line(0, "710200", "12.50", "", "Bank charges")
    dialog.set_line(1, "110110", "", "12.00")
    assert dialog.difference.text() == "0.50" and not dialog.post_button.isEnabled()
    dialog.set_line(1, "110110", "", "12.50")
    assert dialog.debit_total.text() == "12.50" and dialog.credit_total.text() == "12.50"
    assert dialog.difference.text() == "0.00" and dialog.post_button.isEnabled()
    assert dialog.grid.rowCount() == 3  # a new empty line follows the last used one
    dialog.post_button.click()
    assert not dialog.isVisible() and dialog.voucher
    assert page.last_message == f"Voucher {dialog.voucher} is posted."
    assert ctx.company.balance("110110") == bank - Decimal("12.50")
    lines = ctx.company.voucher_lines(dialog.voucher)
    assert sorted((v.account, v.debit, v.credit) for v in lines) == [
        ("110110", Decimal("0.00"), Decimal("12.50")),
        ("710200", Decimal("12.50"), Decimal("0.00")),
    ]


def test_the_general_journal_shows_the_refusal_of_a_receivable_account(ctx, page):
    dialog = page.general_journal()
    dialog.set_line(0, "401100", "", "10.00")
    dialog.set_line(1, "130100", "10.00", "")
    assert dialog.post_button.isEnabled()
    dialog.post_button.click()
    assert dialog.isVisible() and not dialog.voucher
    assert dialog.lines_error.text() == (
        "Line 2: 130100 is a receivable (summary) account: customer balances change only through customer "
        "documents, never by a journal"
    )
    assert dialog.grid.cellWidget(1, 0).property("invalid") is True
    # an amount that is no number is told at once, and nothing can be posted
    dialog.set_line(1, "401100", "ten", "")
    assert dialog.lines_error.isVisibleTo(dialog) and "'ten'" in dialog.lines_error.text()
    assert dialog.lines_error.text().startswith("Line 2: ") and not dialog.post_button.isEnabled()


def test_a_closed_month_of_an_older_year_is_shown(ctx, page, wait_loaded):
    ctx.company.close_period(dt.date(2019, 3, 31))
    ctx.notify_changed()
    wait_loaded(page)
    assert page.year.findData("year:2019") >= 0 and page.selected().end == OCTOBER
    page.select_month(dt.date(2019, 3, 31))
    wait_loaded(page)
    assert page.year.currentText() == "2019 (calendar year)" and state(page, 3) == "Closed"
    assert page.month_title.text() == "March 2019" and page.reopen_button.isEnabled()


def test_the_ledger_menu_opens_the_general_journal(demo_books, runner, qtbot):
    window = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert "&Ledger" in [a.text() for a in window.menuBar().actions()]
    window.journal_action.trigger()
    dialog = window.findChild(LedgerJournalDialog)
    assert dialog is not None and dialog.isVisible() and dialog.date.value() == TODAY
    dialog.reject()
