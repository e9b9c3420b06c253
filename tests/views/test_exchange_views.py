"""Export buttons (customers, payments, aging), the customer import preview and File > Back up / Restore."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ardesk.views.collections.aging_report import AgingReportPage
from ardesk.views.customers.import_dialog import ERROR_BACKGROUND, CustomerImportDialog
from ardesk.views.customers.page import CustomersPage
from ardesk.views.main_window import MainWindow
from ardesk.views.payments.page import PaymentsPage
from tests.views.conftest import TODAY

pytestmark = pytest.mark.gui


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))


def test_customers_export_to_excel_and_csv(ctx, qtbot, wait_loaded, monkeypatch, tmp_path) -> None:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    _save_as(monkeypatch, tmp_path / "klanten.xlsx")
    with qtbot.waitSignal(page.exporter.done, timeout=10000) as written:
        page.export_button.click()
    assert written.args == [tmp_path / "klanten.xlsx"]
    sheet = load_workbook(tmp_path / "klanten.xlsx").active
    accounts = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert accounts == [c.account for c in ctx.company.customers()]
    # A name typed without a suffix gets the one of the filter chosen.
    _save_as(monkeypatch, tmp_path / "klanten", "CSV file for Excel (*.csv)")
    with qtbot.waitSignal(page.exporter.done, timeout=10000):
        page.export_customers()
    rows = list(csv.reader((tmp_path / "klanten.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["account", "name"] and len(rows) == len(accounts) + 1


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_preview_shows_errors_on_their_cells(ctx, qtbot, tmp_path) -> None:
    path = _csv(
        tmp_path / "in.csv",
        "account;name;iban;credit_limit\n"
        "N001;Nieuwe Klant;NL91ABNA0417164300;1.000,00\n"
        "N002;Foute Klant;NL00XXXX0000000000;veel\n",
    )
    before = len(ctx.company.customers())
    dialog = CustomerImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("1 of 2 rows have errors")
    model = dialog.model
    assert model.rowCount() == 2 and model.columnCount() == 6  # row, 4 columns, problems
    iban = model.index(1, model.keys.index("iban"))
    assert model.data(iban, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert model.data(iban, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, model.keys.index("iban")), Qt.ItemDataRole.BackgroundRole) is None
    problems = model.data(model.index(1, model.keys.index("problems")))
    assert "iban:" in problems and "credit_limit:" in problems
    assert len(ctx.company.customers()) == before


def test_import_creates_all_rows_when_there_are_no_errors(ctx, qtbot, tmp_path) -> None:
    path = _csv(tmp_path / "in.csv", "account,name,email\nN001,Nieuwe Klant,a@b.nl\nN002,Tweede Klant,\n")
    dialog = CustomerImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.import_button.text() == "Import 2 customers"
    assert dialog.summary.text() == "2 customers ready to import."
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    assert dialog.imported == 2
    assert ctx.company.customer("N001").email == "a@b.nl" and ctx.company.customer("N002").name == "Tweede Klant"


def test_an_unreadable_file_is_told_in_the_dialog(ctx, qtbot, tmp_path) -> None:
    dialog = CustomerImportDialog(ctx, _csv(tmp_path / "in.csv", "account,name,shoe_size\n1,A,42\n"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert "'shoe_size' is not a customer field" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_customers_page_opens_the_import_preview(ctx, qtbot, wait_loaded, monkeypatch, tmp_path) -> None:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    path = _csv(tmp_path / "in.csv", "account,name\nN001,Nieuwe Klant\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def run(dialog: CustomerImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
        dialog.import_all()
        qtbot.waitUntil(lambda: dialog.imported == 1, timeout=10000)
        return 1

    monkeypatch.setattr(CustomerImportDialog, "exec", run)
    dialog = page.import_csv()
    assert dialog is not None and dialog.imported == 1
    assert ctx.company.customer("N001").name == "Nieuwe Klant"


def test_payments_page_exports_open_items_and_a_customers_transactions(
    ctx, qtbot, wait_loaded, monkeypatch, tmp_path
) -> None:
    page = PaymentsPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    _save_as(monkeypatch, tmp_path / "open.xlsx")
    with qtbot.waitSignal(page.exporter.done, timeout=10000):
        page.export_open_items()
    sheet = load_workbook(tmp_path / "open.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[-1] == "Days overdue" and sheet.max_row > 2
    customer = next(r.customer for r in ctx.company.aging(TODAY))
    page.transactions.set_customer(customer)
    page._enable_export_actions()
    assert page.export_customer_action.isEnabled()
    _save_as(monkeypatch, tmp_path / "one.csv")
    with qtbot.waitSignal(page.exporter.done, timeout=10000):
        page.export_customer_action.trigger()
    rows = list(csv.reader((tmp_path / "one.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {r[4] for r in rows[1:]} == {customer}
    assert len(rows) - 1 == len(ctx.company.transactions(customer))


def test_aging_page_exports_excel(ctx, qtbot, wait_loaded, monkeypatch, tmp_path) -> None:
    page = AgingReportPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    _save_as(monkeypatch, tmp_path / "aging", "Excel workbooks (*.xlsx)")
    page.export_csv()  # the same button: the Excel filter chosen
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved"), timeout=10000)
    sheet = load_workbook(tmp_path / "aging.xlsx").active
    assert [r[0].value for r in sheet.iter_rows(min_row=2)] == [r.customer for r in ctx.company.aging(TODAY)]


# --- File > Back up / Restore -------------------------------------------------------------------------------


@pytest.fixture
def window(demo_books, runner, qtbot):
    w = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    return w


def test_file_menu_backs_up_and_restores(window, demo_books, qtbot, tmp_path) -> None:
    actions = window.backup_actions
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&File" and actions.backup_action.isEnabled()
    backup = tmp_path / "saved.db"
    actions.backup_to(backup)
    qtbot.waitUntil(lambda: actions.last_backup is not None, timeout=10000)
    assert "Backed up the books" in window.statusBar().currentMessage()
    window.ctx.company.create_customer("LATER", "Entered after the backup")
    told: list[str] = []
    actions.inform = lambda title, text: told.append(text)
    actions.confirm = lambda title, text: False
    assert actions.restore_from(backup) is None  # cancelled: nothing happens
    actions.confirm = lambda title, text: True
    result = actions.restore_from(backup)
    assert result is not None and result.kept is not None and result.kept.exists()
    assert window.books is not demo_books and window.ctx.company.code == "DEMO"
    assert "LATER" not in [c.account for c in window.ctx.company.customers()]
    assert told and told[-1].startswith(f"The books were restored from {backup}.")
    window.show_page("customers")
    window.close()


def test_a_refused_restore_reopens_the_books_as_they_were(window, qtbot, tmp_path) -> None:
    actions = window.backup_actions
    junk = tmp_path / "junk.db"
    junk.write_text("not a backup")
    told: list[str] = []
    actions.inform = lambda title, text: told.append(text)
    actions.confirm = lambda title, text: True
    assert actions.restore_from(junk) is None
    assert told == [f"backup: {junk} is not an ardesk book (not an SQLite database)"]
    assert window.ctx.company.customers()  # the same books, open again
    window.close()
