"""The Customer statements page: one statement on screen and as PDF, print runs of many with progress and cancel."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ardesk.api import Books, Line, Mark
from ardesk.views.collections.statements import BatchChoice, BatchDialog, StatementsPage, previous_month
from ardesk.views.context import AppContext
from ardesk.views.invoicing.progress import ProgressRun

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 4, 15)
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture
def small_ctx(tmp_path, runner):
    """Three customers, March 2026:

    1001  10 Feb invoice 1,000.00 (before the period); 10 Mar invoice 300.00; 15 Mar payment 400.00 on the
          February invoice: opening 1,000.00, closing 900.00
    1002   5 Mar invoice 200.00
    1003   6 Mar invoice 150.00
    """
    books = Books.open(tmp_path / "small.db", exclusive=True)
    co = books.create_company("NL01", "De Vries B.V.", currency="EUR")
    co.create_terms_of_payment("N30", days=30)
    for account, name in (("1001", "Jansen B.V."), ("1002", "Bakker & Zn."), ("1003", "Visser V.O.F.")):
        co.create_customer(account, name, terms="N30")
    february = co.post_free_text_invoice("1001", dt.date(2026, 2, 10), [Line("Advice", D("1000.00"))]).number
    co.post_free_text_invoice("1001", dt.date(2026, 3, 10), [Line("Support", D("300.00"))])
    co.post_payment("1001", dt.date(2026, 3, 15), D("400.00"), marks=[Mark(february, D("400.00"))])
    co.post_free_text_invoice("1002", dt.date(2026, 3, 5), [Line("Goods", D("200.00"))])
    co.post_free_text_invoice("1003", dt.date(2026, 3, 6), [Line("Goods", D("150.00"))])
    yield AppContext(books, co, "en", runner, today=lambda: TODAY)
    runner.wait()
    books.close()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warn(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "information", warn)
    return shown


@pytest.fixture
def page(small_ctx, qtbot, wait_loaded, warnings) -> StatementsPage:
    p = StatementsPage(small_ctx)
    qtbot.addWidget(p)
    p.resize(1060, 700)
    p.show()
    wait_loaded(p)
    return p


def show(qtbot, page: StatementsPage, account: str) -> None:
    page.customer.set_account(account)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_statement()


def test_the_period_is_the_previous_month_by_default(page):
    assert previous_month(dt.date(2026, 1, 20)) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert (page.start.value(), page.end.value()) == MARCH
    assert page.stack.currentIndex() == 0  # the placeholder until a customer is chosen
    assert not page.print_button.isEnabled()


def test_typing_an_account_and_enter_shows_the_statement(page, qtbot):
    page.customer.setFocus()
    qtbot.keyClicks(page.customer.edit, "1001")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.customer.edit, Qt.Key.Key_Return)
    st = page.statement
    assert st is not None and st.customer == "1001"
    assert (st.opening_balance, st.closing_balance) == (D("1000.00"), D("900.00"))
    assert page.stack.currentIndex() == 1 and page.print_button.isEnabled()
    assert page.heading.text() == "1001  Jansen B.V."
    assert page.tiles["opening"].value.text() == "1,000.00"
    assert page.tiles["debit"].value.text() == "300.00"
    assert page.tiles["credit"].value.text() == "400.00"
    assert page.tiles["closing"].value.text() == "900.00"


def test_the_lines_run_from_the_opening_to_the_closing_balance(page, qtbot):
    show(qtbot, page, "1001")
    model = page.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == ["Date", "Number", "Type", "Description", "Due date", "Debit", "Credit", "Balance"]
    assert cells[0][0] == "01/03/2026" and cells[0][3] == "Opening balance" and cells[0][7] == "1,000.00"
    assert [(row[2], row[5], row[6], row[7]) for row in cells[1:-1]] == [
        ("Invoice", "300.00", "", "1,300.00"),
        ("Payment", "", "400.00", "900.00"),
    ]
    assert cells[-1][0] == "31/03/2026" and cells[-1][3] == "Closing balance" and cells[-1][7] == "900.00"
    assert model.index(0, 7).data(Qt.ItemDataRole.FontRole).bold()
    assert [page.items_model.index(r, 5).data() for r in range(page.items_model.rowCount())] == ["600.00", "300.00"]
    assert sum(D(v.replace(",", "")) for v in page.aging_values.values()) == D("900.00")


def test_a_new_period_reads_the_statement_again(page, qtbot):
    show(qtbot, page, "1001")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.start.setDate(dt.date(2026, 2, 1))  # type: ignore[arg-type]
    assert page.statement.start == dt.date(2026, 2, 1)
    assert (page.statement.opening_balance, page.statement.closing_balance) == (D("0.00"), D("900.00"))


def test_no_customer_or_a_reversed_period_is_told(page):
    page.show_statement()
    assert page.last_message.startswith("Choose a customer first")
    page.customer.set_account("1001")
    page.start.setDate(dt.date(2026, 4, 1))  # type: ignore[arg-type]
    page.show_statement()
    assert page.last_message == "The period starts after it ends."
    assert page.statement is None


def test_print_pdf_saves_the_shown_statement(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "jansen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    show(qtbot, page, "1001")
    page.print_pdf()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved"), timeout=15000)
    assert page.last_message == f"Saved the statement in {target}."
    assert target.read_bytes().startswith(b"%PDF")


def test_a_folder_that_does_not_exist_is_told_not_raised(page, qtbot, warnings, tmp_path):
    show(qtbot, page, "1001")
    missing = tmp_path / "nowhere"
    page.save_pdf(page.statement, missing / "x.pdf")
    page.print_batch(BatchChoice(*MARCH), missing)
    assert warnings == [f"The folder {missing} does not exist."] * 2
    assert not missing.exists()


def test_a_file_that_cannot_be_written_is_told(page, qtbot, warnings, tmp_path):
    show(qtbot, page, "1001")
    folder_in_the_way = tmp_path / "taken.pdf"
    folder_in_the_way.mkdir()
    page.save_pdf(page.statement, folder_in_the_way)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert warnings[0].endswith(f"{folder_in_the_way} is a folder, not a file")  # refused before writing


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    folders: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: folders.append(url.toLocalFile()) or True)
    return folders


def test_a_batch_of_three_writes_three_files_and_offers_the_folder(page, qtbot, tmp_path, opened):
    out = tmp_path / "statements"
    out.mkdir()
    told: list[str] = []
    page.ask_open_folder = lambda text: told.append(text) or True
    page.print_batch(BatchChoice(*MARCH), out)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert sorted(p.name for p in out.iterdir()) == ["1001.pdf", "1002.pdf", "1003.pdf"]
    assert told == [f"Statements printed: 3, into the folder {out}."]
    assert opened == [str(out)]


def test_cancel_in_the_progress_dialog_stops_after_the_first(page, qtbot, tmp_path, monkeypatch, opened):
    """The worker waits after the first statement until Cancel has been pressed in the dialog."""
    out = tmp_path / "statements"
    out.mkdir()
    first, pressed = threading.Event(), threading.Event()
    original = ProgressRun.progress

    def progress(self, done, total):
        if done == 1:
            first.set()
            pressed.wait(10)
        return original(self, done, total)

    monkeypatch.setattr(ProgressRun, "progress", progress)
    told: list[str] = []
    page.ask_open_folder = lambda text: told.append(text) or False
    page.print_batch(BatchChoice(*MARCH), out)
    qtbot.waitUntil(first.is_set, timeout=20000)
    dialog = page.batch_run.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Print statements"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert [p.name for p in out.iterdir()] == ["1001.pdf"]
    assert told[0].splitlines() == [
        f"Statements printed: 1, into the folder {out}.",
        "Stopped early: the statements printed so far are kept.",
    ]
    assert opened == []


def test_cancel_through_the_progress_callback_writes_no_combined_file(page, qtbot, tmp_path, monkeypatch, warnings):
    monkeypatch.setattr(ProgressRun, "progress", lambda self, done, total: False)  # Cancel pressed at once
    target = tmp_path / "all.pdf"
    page.print_batch(BatchChoice(*MARCH, combined=True), target)
    qtbot.waitUntil(lambda: bool(page.last_message), timeout=20000)
    assert page.last_message == "Cancelled: the combined file was not written."
    assert not target.exists()


def test_a_combined_batch_of_a_group_or_the_ticked_customers(page, qtbot, tmp_path, opened):
    told: list[str] = []
    page.ask_open_folder = lambda text: told.append(text) or True
    target = tmp_path / "march.pdf"
    page.print_batch(BatchChoice(*MARCH, customers=("1002", "1003"), combined=True), target)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told == [f"Statements printed: 2, into the file {target}."]
    assert target.read_bytes().startswith(b"%PDF") and opened == [str(tmp_path)]


def test_the_batch_dialog_reads_the_choice(page, small_ctx):
    small_ctx.company.create_customer_group("BIG", "Big customers")
    dialog = BatchDialog(small_ctx, small_ctx.company.customer_groups(), *MARCH, parent=page)
    assert dialog.choice() == BatchChoice(*MARCH)  # every customer with a balance, one PDF each
    dialog.selected_button.setChecked(True)
    dialog.accept()
    assert dialog.error.text() == "Add at least one customer." and dialog.result() == 0
    dialog.tick(["1001", "1003", "9999"])  # an unknown account is left out
    dialog.combined.setChecked(True)
    dialog.with_balance.setChecked(False)
    assert dialog.choice() == BatchChoice(*MARCH, customers=("1001", "1003"), with_balance_only=False, combined=True)
    dialog.group_button.setChecked(True)
    assert dialog.choice().group == "BIG" and dialog.choice().customers is None


def test_open_batch_asks_what_and_where_then_prints(page, qtbot, tmp_path, monkeypatch, opened):
    out = tmp_path / "run"
    out.mkdir()
    show(qtbot, page, "1002")

    def drive(dialog):
        assert dialog.ticked() == ["1002"] and dialog.all_button.isChecked()
        dialog.selected_button.setChecked(True)
        return BatchDialog.DialogCode.Accepted

    page.exec_dialog = drive
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    told: list[str] = []
    page.ask_open_folder = lambda text: told.append(text) or False
    page.open_batch()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert [p.name for p in out.iterdir()] == ["1002.pdf"]


def test_a_customer_with_another_currency_chooses_it(page, qtbot, small_ctx):
    co = small_ctx.company
    co.set_exchange_rate("USD", dt.date(2026, 1, 1), D("0.9"))
    co.post_free_text_invoice("1001", dt.date(2026, 3, 12), [Line("Dollars", D("200.00"))], currency="USD")
    show(qtbot, page, "1001")
    assert page.statement.currency == "EUR" and page.statement.closing_balance == D("900.00")
    assert not page.currency.isHidden()
    assert [page.currency.itemText(i) for i in range(page.currency.count())] == ["EUR", "USD"]
    page.currency.setCurrentIndex(1)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.currency.activated.emit(1)
    assert (page.statement.currency, page.statement.closing_balance) == ("USD", D("200.00"))
    assert page.tiles["closing"].value.text() == "200.00"
    assert [page.currency.itemText(i) for i in range(page.currency.count())] == ["EUR", "USD"]
    total = page.aging_grid.itemAtPosition(page.aging_grid.rowCount() - 2, 0)
    assert total is not None and total.widget().text() == "All currencies in EUR"
