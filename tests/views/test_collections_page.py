"""The Credit and collections workspace: the list and its buckets, the chart, the detail and its actions, all
through ardesk.api, on the small book of tests/overdue_book (exact figures) and on the demo company."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from ardesk.api import Books
from ardesk.views.collections.dialogs import ActivityDialog, CreditDialog, ReasonDialog
from ardesk.views.collections.page import CollectionsPage
from ardesk.views.collections.table_model import HELD
from ardesk.views.context import AppContext
from ardesk.views.customers.dialogs import CustomerDialog
from tests import overdue_book
from tests.overdue_book import AGING, AS_OF

pytestmark = pytest.mark.gui


@pytest.fixture
def book(tmp_path, runner) -> Iterator[tuple[overdue_book.Book, AppContext]]:
    with Books.open(tmp_path / "overdue.db") as books:
        built = overdue_book.build(books)
        yield built, AppContext(books, built.company, "en", runner, today=lambda: AS_OF)


def settled(qtbot, page: CollectionsPage) -> None:
    """Wait for the list and the detail of the selected customer."""
    qtbot.waitUntil(lambda: not page.loading and not page.detail.loading, timeout=10000)


@pytest.fixture
def page(book, qtbot) -> CollectionsPage:
    _, ctx = book
    p = CollectionsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.ensure_loaded()
    settled(qtbot, p)
    return p


def cell(page: CollectionsPage, account: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = next(i for i in range(page.model.rowCount()) if page.model.info(i).account == account)
    return page.model.index(row, page.model.columns.index(key)).data(role)


def select(qtbot, page: CollectionsPage, account: str) -> None:
    assert page.select_account(account)
    qtbot.waitUntil(lambda: page.detail.account == account and page.detail.info is not None, timeout=10000)
    settled(qtbot, page)


def filled(fill: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """A stand-in for showing a form: fill it in as a user would, press Save, say whether it closed."""

    def run(dialog: QDialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def changed(qtbot, page: CollectionsPage, action: Callable[[], object]) -> object:
    """Run an action that writes; the page reloads (list, summary, detail) because the books changed."""
    with qtbot.waitSignal(page.loaded, timeout=10000):
        result = action()
    settled(qtbot, page)
    return result


# --- the list, the tiles and the chart -----------------------------------------------------------------------


def test_the_list_shows_the_overdue_customers_with_their_bucket_amounts(page):
    assert [r.account for r in page.model.rows()] == ["B", "A"]  # the most overdue first
    assert page.count_label.text().startswith("2 customer")  # "customers" once the English plurals are made
    headings = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headings[:9] == ["Account", "Name", "Current", "1-30", "31-60", "61-90", "Over 90", "Total", "Overdue"]
    assert [cell(page, "A", k) for k in ("b0", "b1", "b2", "total", "overdue")] == [
        "",
        "220.00",
        "100.00",
        "320.00",
        "320.00",
    ]
    assert [cell(page, "B", k) for k in ("b0", "b1", "b2", "total", "overdue")] == [
        "270.00",
        "400.00",
        "-80.00",
        "590.00",
        "400.00",
    ]
    assert cell(page, "A", "days_overdue") == "31" and cell(page, "B", "days_overdue") == "10"
    assert cell(page, "A", "last_payment") == page.ctx.date(AS_OF - dt.timedelta(days=10))
    assert all(page.days_overdue(r) > 0 for r in page.model.rows())
    assert cell(page, "A", "overdue", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_tiles_and_chart_show_the_bucket_totals(page):
    summary = page.summary
    assert dict(summary.buckets) == AGING and summary.total == D("910.00")
    assert [t.caption.text() for t in page.tiles] == [
        "Current",
        "1-30 days",
        "31-60 days",
        "61-90 days",
        "Over 90 days",
        "Total open",
    ]
    assert [t.value.text() for t in page.tiles] == ["270.00", "620.00", "20.00", "0.00", "0.00", "910.00"]
    assert page.chart.amounts() == list(AGING.values())
    assert [b.text for b in page.chart.bars] == ["270.00", "620.00", "20.00", "0.00", "0.00"]
    assert "720.00 overdue at 2 customer" in page.subtitle_label.text()
    assert page.subtitle_label.text().endswith("; computed now")


def test_clicking_a_bar_filters_the_list_to_that_bucket(page, qtbot):
    centre = page.chart.bar_rect(0).center()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))
    assert [r.account for r in page.model.rows()] == ["B"]  # A has nothing current
    assert page.chart.selected == 0 and page.bucket_button.isVisible()
    assert page.bucket_button.text().startswith("Bucket: Current")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))
    assert {r.account for r in page.model.rows()} == {"A", "B"} and page.chart.selected is None
    # From the keyboard: Right twice to 31-60, Space selects it.
    page.chart.setFocus()
    qtbot.keyClick(page.chart, Qt.Key.Key_Right)
    qtbot.keyClick(page.chart, Qt.Key.Key_Right)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.chart, Qt.Key.Key_Space)
    assert {r.account for r in page.model.rows()} == {"A", "B"}  # B's -80.00 is an amount in 31-60 too
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.bucket_button.click()
    assert page.bucket is None and not page.bucket_button.isVisible()


def test_filter_sort_and_the_date(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.search.setText("bouw")
    assert [r.account for r in page.model.rows()] == ["B"]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.search.clear()
    header = page.view.horizontalHeader()
    column = page.model.columns.index("days_overdue")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.sort_key == "days_overdue"
    order = [r.account for r in page.model.rows()]
    assert order == (["A", "B"] if page.model.descending else ["B", "A"])  # A: 31 days, B: 10
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert [r.account for r in page.model.rows()] == ["B", "A"]
    assert header.sortIndicatorSection() == column
    # Ten days later B's invoice b2 is paid (on +5): only the 30.00 that fell due on AS_OF is overdue then.
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_as_of(AS_OF + dt.timedelta(days=10))
    settled(qtbot, page)
    assert (cell(page, "B", "overdue"), cell(page, "B", "days_overdue")) == ("30.00", "10")
    assert page.summary.as_of == AS_OF + dt.timedelta(days=10)
    assert page.ctx.date(AS_OF + dt.timedelta(days=10)) in page.subtitle_label.text()


def test_the_overdue_items_are_those_of_the_one_definition(page, qtbot, book):
    """What tests/views/test_overdue_agrees checked on the old overdue list: the items the detail shows as
    overdue, customer by customer, are the ones overdue on the date, with their balance then and their days."""
    built, _ = book
    shown = {}
    for account in ("A", "B"):
        select(qtbot, page, account)
        shown.update({r.number: (r.balance, r.days_overdue) for r in page.detail.items.rows() if r.days_overdue})
    n = built.numbers
    assert shown == {n[name]: (balance, days) for name, balance, days in overdue_book.OVERDUE}
    assert sum((b for b, _ in shown.values()), D(0)) == page.summary.overdue


# --- the detail and its actions -------------------------------------------------------------------------------


def test_the_detail_shows_the_items_open_on_the_date(page, qtbot, book):
    built, _ = book
    select(qtbot, page, "B")
    items = {r.number: (r.balance, r.days_overdue) for r in page.detail.items.rows()}
    n = built.numbers
    assert items[n["b2"]] == (D("400.00"), 10)  # paid after the date: open on it
    assert items[n["cn"]] == (D("-60.00"), None)
    assert sum(b for b, _ in items.values()) == D("590.00")
    assert page.detail.title.text() == "B  Bouwbedrijf B"
    assert page.detail.tabs.tabText(0) == "&Open items (5)"


def test_hold_and_dispute_change_what_the_api_returns(page, qtbot, book):
    built, ctx = book
    select(qtbot, page, "A")
    actions = page.commands

    def reason(text: str) -> Callable[[QDialog], None]:
        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, ReasonDialog)
            dialog.text.setPlainText(text)

        return fill

    actions.run_form = filled(reason("Receiver appointed"))
    assert changed(qtbot, page, lambda: actions.set_customer_status("hold"))
    assert ctx.company.customer("A").collection_status == "hold"
    assert ("hold", "Receiver appointed") in {(a.kind, a.text) for a in ctx.company.activities("A")}
    assert cell(page, "A", "status") == "On hold"
    assert page.detail.badge.text() == "On hold for collections"

    first = next(i for i, r in enumerate(page.detail.items.rows()) if r.number == built.numbers["a1"])
    page.detail.item_view.setCurrentIndex(page.detail.items.index(first, 0))
    actions.run_form = filled(reason("Wrong quantity"))
    assert changed(qtbot, page, lambda: actions.set_item_status("disputed"))
    assert ctx.company.transaction_statuses("A") == {built.numbers["a1"]: "disputed"}
    assert re.fullmatch(r"On hold, 1 item(\(s\))? held", cell(page, "A", "status"))
    disputed = next(r for r in page.detail.items.rows() if r.number == built.numbers["a1"])
    assert page.detail.names.status_name(disputed.status) == "Disputed"

    actions.run_form = filled(reason("Paid in full agreed"))
    assert changed(qtbot, page, lambda: actions.set_customer_status(""))
    assert ctx.company.customer("A").collection_status == ""
    assert re.fullmatch(r"1 item(\(s\))? held", cell(page, "A", "status"))


def test_a_cancelled_form_writes_nothing(page, qtbot):
    select(qtbot, page, "A")
    page.commands.run_form = lambda dialog: False
    assert not page.commands.set_customer_status("disputed")
    assert page.ctx.company.customer("A").collection_status == ""


def test_a_promise_to_pay_shows_in_the_activities_and_on_the_item(page, qtbot, book):
    built, ctx = book
    select(qtbot, page, "A")
    a2 = next(i for i, r in enumerate(page.detail.items.rows()) if r.number == built.numbers["a2"])
    page.detail.item_view.setCurrentIndex(page.detail.items.index(a2, 0))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        assert dialog.kind.code() == "promise" and dialog.transaction.code() == built.numbers["a2"]
        assert dialog.promise_amount.isVisibleTo(dialog)
        dialog.promise_date.setDate(AS_OF + dt.timedelta(days=3))
        dialog.promise_amount.setText("150.00")
        dialog.text.setPlainText("Pays on Friday")

    page.commands.run_form = filled(fill)
    assert changed(qtbot, page, lambda: page.commands.log("promise", item=True))
    [promise] = [a for a in page.detail.activities.rows() if a.kind == "promise"]
    assert (promise.promise_date, promise.promise_amount, promise.text) == (
        AS_OF + dt.timedelta(days=3),
        D("150.00"),
        "Pays on Friday",
    )
    assert promise.transaction == built.numbers["a2"]
    assert page.detail.activities.index(0, 1).data() == "Promise to pay"
    item = next(r for r in page.detail.items.rows() if r.number == built.numbers["a2"])
    assert page.detail.names.status_name(item.status, item) == "Promised for " + ctx.date(AS_OF + dt.timedelta(days=3))
    # Marking it done.
    page.detail.show_tab("activities")
    page.detail.activity_view.setCurrentIndex(page.detail.activities.index(0, 0))
    assert page.commands.done_button.isEnabled()
    assert changed(qtbot, page, page.commands.complete_activity)
    assert ctx.company.activities("A")[0].done


def test_an_unreadable_promise_amount_stays_beside_its_field(page, qtbot):
    select(qtbot, page, "A")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        dialog.promise_amount.setText("1,2,3")

    page.commands.run_form = filled(fill)
    assert not page.commands.log("promise")
    assert page.ctx.company.activities("A") == []


def test_the_credit_limit_edit_persists_and_shows_the_use(page, qtbot):
    select(qtbot, page, "A")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CreditDialog)
        assert dialog.credit_limit.text() == "" and not dialog.mandatory.isChecked()
        dialog.credit_limit.setText("250.00")
        dialog.mandatory.setChecked(True)
        dialog.on_hold.set_code("invoice")

    page.commands.run_form = filled(fill)
    assert changed(qtbot, page, page.commands.edit_credit)
    saved = page.ctx.company.customer("A")
    assert (saved.credit_limit, saved.mandatory_credit_limit, saved.on_hold) == (D("250.00"), True, "invoice")
    assert cell(page, "A", "credit_limit") == "250.00"
    assert cell(page, "A", "credit_use") == "128%"  # 320 of 250
    assert cell(page, "A", "credit_use", Qt.ItemDataRole.ForegroundRole) is not None  # over the limit: red
    assert "Credit limit 250.00 (128% used)" in page.detail.facts.text()
    assert page.detail.badge.text() == "invoicing blocked"


def test_a_held_customer_is_marked_in_the_list(page, qtbot):
    changed(qtbot, page, lambda: page.ctx.company.set_collection_status("B", "hold", AS_OF) or page.reload())
    assert cell(page, "B", "status") == "On hold"
    assert cell(page, "B", "name", Qt.ItemDataRole.FontRole).bold()
    assert cell(page, "B", "name", Qt.ItemDataRole.ForegroundRole) == HELD
    assert cell(page, "A", "name", Qt.ItemDataRole.FontRole) is None
    assert "On hold" in cell(page, "B", "status", Qt.ItemDataRole.ToolTipRole)


def test_write_off_goes_through_the_payments_write_off(page, qtbot, book):
    built, ctx = book
    select(qtbot, page, "A")
    a1 = next(i for i, r in enumerate(page.detail.items.rows()) if r.number == built.numbers["a1"])
    page.detail.item_view.setCurrentIndex(page.detail.items.index(a1, 0))
    asked = []
    page.detail.all_transactions().ask_write_off = lambda title, text: asked.append(title) or (AS_OF, False)
    assert changed(qtbot, page, page.commands.write_off)
    assert asked == [f"Write off {built.numbers['a1']}"]
    assert ctx.company.document(built.numbers["a1"]).balance == D("0.00")
    assert page.detail.status.text() == f"{built.numbers['a1']} written off."


def test_waive_and_reinstate_an_interest_note_after_confirmation(page, qtbot):
    co = page.ctx.company
    co.enable_dutch_collection_pack()
    [note] = co.create_interest_notes(AS_OF, customers=["A"])
    co.post_interest_note(note.number, AS_OF)
    changed(qtbot, page, page.reload)
    select(qtbot, page, "A")
    page.detail.show_tab("interest")
    page.detail.note_view.setCurrentIndex(page.detail.notes.index(0, 0))
    assert page.commands.waive_button.isEnabled() and not page.commands.reinstate_button.isEnabled()
    questions = []
    page.commands.ask_date = lambda title, text: questions.append(text)  # cancelled: None
    assert not page.commands.adjust_interest("waive")
    assert co.interest_note(note.number).state == "posted"
    assert f"interest note {note.number}" in questions[0]
    page.commands.ask_date = lambda title, text: AS_OF
    assert changed(qtbot, page, lambda: page.commands.adjust_interest("waive"))
    assert co.interest_note(note.number).state == "waived"
    page.detail.note_view.setCurrentIndex(page.detail.notes.index(0, 0))
    assert page.commands.reinstate_button.isEnabled()
    assert changed(qtbot, page, lambda: page.commands.adjust_interest("reinstate"))
    assert co.interest_note(note.number).state == "reinstated"


def test_refresh_snapshot_makes_the_snapshot_the_source(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.snapshot_button.click()
    settled(qtbot, page)
    assert page.summary.snapshot_taken_on == AS_OF
    assert "from the snapshot taken on " + page.ctx.date(AS_OF) in page.subtitle_label.text()
    assert [t.value.text() for t in page.tiles][-1] == "910.00"
    assert page.ctx.company.aging_snapshot().as_of == AS_OF


# --- keyboard, the demo, Dutch --------------------------------------------------------------------------------


def test_keyboard_enter_goes_to_the_items_and_escape_back(page, qtbot):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.detail.item_view.hasFocus() and page.detail.tabs.currentIndex() == 0
    qtbot.keyClick(page.detail.item_view, Qt.Key.Key_Escape)
    assert page.view.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_the_demo_company_workspace(ctx, qtbot, wait_loaded, qtmodeltester):
    page = CollectionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1040, 740)
    page.show()
    wait_loaded(page)
    settled(qtbot, page)
    qtmodeltester.check(page.model)
    rows = page.model.rows()
    assert len(rows) == page.summary.overdue_customers > 10
    assert sum((r.overdue for r in rows), D(0)) == page.summary.overdue
    assert sum((r.total for r in rows), D(0)) <= page.summary.total
    assert page.detail.account == rows[0].account and page.detail.items.rowCount() > 0
    page.detail.show_tab("transactions")
    assert page.detail.all_transactions().customer.account() == rows[0].account


def test_amounts_and_dates_follow_the_dutch_locale(book, qtbot, runner, dutch):
    built, _ = book
    ctx = AppContext(built.company.books, built.company, "nl", runner, today=lambda: AS_OF)
    page = CollectionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    settled(qtbot, page)
    assert [t.value.text() for t in page.tiles][:3] == ["270,00", "620,00", "20,00"]
    assert page.tiles[0].caption.text() == "Niet vervallen"
    assert cell(page, "B", "b2") == "-80,00"
    assert page.title_label.text() == "Krediet en incasso"
    assert ctx.date(AS_OF) == "30-06-2026" and "30-06-2026" in page.subtitle_label.text()


def test_the_customer_editor_saves_mandatory_limit_and_invoicing_hold(ctx, qtbot):
    dialog = CustomerDialog(ctx, ctx.company.customer("10010"))
    qtbot.addWidget(dialog)
    dialog.mandatory_credit_limit.setChecked(True)
    dialog.on_hold.set_code("all")
    dialog.accept()
    assert dialog.result() == 1, dialog.errors.general.text()
    saved = ctx.company.customer("10010")
    assert (saved.mandatory_credit_limit, saved.on_hold) == (True, "all")
    again = CustomerDialog(ctx, saved)
    qtbot.addWidget(again)
    assert again.mandatory_credit_limit.isChecked() and again.on_hold.code() == "all"


def test_settle_opens_the_payments_settle_window_on_the_customer(page, qtbot):
    select(qtbot, page, "B")
    dialog = page.commands.open_settle(settle_only=True)
    qtbot.addWidget(dialog)
    assert dialog.settle_only and dialog.customer.account() == "B"
    assert dialog.windowTitle() == "Settle open transactions"
    dialog.reject()
