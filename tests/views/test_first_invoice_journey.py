"""A first Dutch invoice from empty books, through the GUI only: the welcome's company form, the set-up pages,
the customer editor, the invoice editor and Save PDF; the API only reads the books at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from ardesk.api import Books
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.invoicing.editor import InvoiceDialog
from ardesk.views.invoicing.lines_model import COLUMNS
from ardesk.views.main_window import MainWindow
from ardesk.views.setup.code_dialogs import CashDiscountDialog
from ardesk.views.setup.posting_profile_dialog import PostingProfileDialog
from ardesk.views.welcome import CREATE, WelcomeDialog
from tests.reports.test_invoice_pdf import read_pages

from .conftest import TODAY

pytestmark = pytest.mark.gui


# --- helpers --------------------------------------------------------------------------------------------------
@pytest.fixture
def books(tmp_path: Path) -> Iterator[Books]:
    with Books.open(tmp_path / "books.db") as b:
        yield b


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Every Yes/No question asked, answered Yes; every warning box shown, recorded (none expected)."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: pytest.fail(f"warning shown: {text}"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    return asked


def keys(dialog: QDialog, text: str) -> None:
    """Type where the keyboard focus is, one key at a time."""
    for ch in text:
        QTest.keyClick(dialog.focusWidget(), ch)


def key(dialog: QDialog, k: Qt.Key) -> None:
    QTest.keyClick(dialog.focusWidget(), k)
    QApplication.processEvents()  # the lines delegate closes its editor on Enter through a queued call


def create_company_through_the_welcome(books: Books, qtbot, monkeypatch) -> WelcomeDialog:
    """Empty books: the welcome's "Create my company" opens the company form, filled in as a person would."""

    def fill(dialog: NewCompanyDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Maak uw bedrijf aan"
        assert (dialog.country.code(), dialog.language.code(), dialog.currency.currentText()) == ("NL", "nl", "EUR")
        qtbot.keyClicks(dialog.code, "ZON")
        qtbot.keyClicks(dialog.name, "Bakkerij De Zon B.V.")
        qtbot.keyClicks(dialog.form.address, "Kerkstraat 1")
        qtbot.keyClick(dialog.form.address, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.form.address, "1011 AA  AMSTERDAM")
        qtbot.keyClicks(dialog.form.coc_number, "12345678")
        qtbot.keyClicks(dialog.form.vat_number, "NL123456789B01")
        qtbot.keyClicks(dialog.form.iban, "NL91 ABNA 0417 1643 00")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewCompanyDialog, "exec", fill)
    welcome = WelcomeDialog(books, "nl")
    qtbot.addWidget(welcome)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert welcome.choice == CREATE and welcome.company is not None
    return welcome


def drive(page: Any, qtbot, fill: Callable[[Any], None]) -> list[Any]:
    """The page's set-up dialog is filled in by fill(dialog) instead of run modally."""
    opened: list[Any] = []

    def run(dialog: Any) -> Any:
        qtbot.addWidget(dialog)
        opened.append(dialog)
        fill(dialog)
        return dialog

    page.open_dialog = run
    return opened


def open_page(window: MainWindow, key: str, qtbot) -> Any:
    """Choose a page in the navigation (as a click does) and wait for its data."""
    window.navigation.select(key)
    page = window.pages[key]
    assert window.stack.currentWidget() is page
    page.ensure_loaded()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    return page


def click_and_reload(qtbot, page: Any, button: Any) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_up_cash_discount_and_posting_profile(window: MainWindow, qtbot) -> None:
    page = open_page(window, "cash_discounts", qtbot)
    assert page.model.rowCount() == 0  # a new company has none

    def new_discount(dialog: CashDiscountDialog) -> None:
        assert dialog.windowTitle().startswith("Nieuwe") and "korting" in dialog.windowTitle()
        qtbot.keyClicks(dialog.code, "2-8")
        qtbot.keyClicks(dialog.description, "2 % binnen 8 dagen, 1 % binnen 14 dagen")
        dialog.periods.set_rows([["8", "2"], ["14", "1"]])
        dialog.accept()

    opened = drive(page, qtbot, new_discount)
    click_and_reload(qtbot, page, page.new_button)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert [r.code for r in page.model.rows()] == ["2-8"]

    page = open_page(window, "posting_profiles", qtbot)

    def new_profile(dialog: PostingProfileDialog) -> None:
        qtbot.keyClicks(dialog.code, "HANDEL")
        qtbot.keyClicks(dialog.description, "Handelsdebiteuren binnenland")
        scope, _who, account, writeoff = dialog.rows[0]
        assert scope.code() == "all"
        account.set_code("130100")
        writeoff.set_code("720100")
        dialog.accept()

    opened = drive(page, qtbot, new_profile)
    click_and_reload(qtbot, page, page.new_button)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert "HANDEL" in [r.code for r in page.model.rows()]

    # Set up > Parameters: the new profile becomes the one invoices post with.
    page = open_page(window, "parameters", qtbot)
    profile = page.widgets["default_posting_profile"]
    assert any(profile.itemText(i).startswith("HANDEL - ") for i in range(profile.count()))
    profile.set_code("HANDEL")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Parameters opgeslagen."


def create_customer(window: MainWindow, qtbot, monkeypatch, account: str, name: str, **fields: str) -> None:
    """Customers page > New customer, typed in the editor."""
    page = open_page(window, "customers", qtbot)

    def fill(dialog: CustomerDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.account, account)
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.address, "Dorpsstraat 5")
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.address, "1234 AB  ERGENS")
        qtbot.keyClicks(dialog.vat_number, fields["vat_number"])
        if "cash_discount" in fields:
            dialog.cash_discount.set_code(fields["cash_discount"])
        if "sales_tax" in fields:
            dialog.sales_tax.set_code(fields["sales_tax"])
        if "terms" in fields:
            dialog.terms.set_code(fields["terms"])
        dialog.accept()
        assert dialog.errors.general is not None and dialog.errors.general.isHidden(), dialog.errors.general.text()
        return dialog.result()

    monkeypatch.setattr(CustomerDialog, "exec", fill)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.currentIndex().isValid(), timeout=5000)
    assert page.model.info(page.view.currentIndex().row()).account == account


def write_invoice(window: MainWindow, qtbot, customer: str, description: str, price: str) -> InvoiceDialog:
    """Invoicing > New invoice: the customer typed, one line typed (its sales tax code left as proposed), Post."""
    page = open_page(window, "invoicing", qtbot)
    seen: list[InvoiceDialog] = []

    def fill(dialog: InvoiceDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        QTest.keyClicks(dialog.customer.edit, customer)
        QTest.keyClick(dialog.customer.edit, Qt.Key.Key_Tab)  # an exact account: that customer
        assert dialog.customer.account() == customer
        dialog.view.setFocus()
        dialog.view.setCurrentIndex(dialog.lines.index(0, 0))
        keys(dialog, description)
        key(dialog, Qt.Key.Key_Tab)
        keys(dialog, "1")
        key(dialog, Qt.Key.Key_Tab)
        keys(dialog, price)
        key(dialog, Qt.Key.Key_Return)  # -> the account, kept as proposed
        seen.append(dialog)
        qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)

    def run(dialog: InvoiceDialog) -> InvoiceDialog:
        fill(dialog)
        return dialog

    page.open_dialog = run
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [dialog] = seen
    assert dialog.posted, (dialog.line_error(), dialog.errors.general.text(), dialog.errors.message("customer"))
    qtbot.waitUntil(lambda: page.current_row() is not None and page.current_row().number == dialog.posted, timeout=5000)
    return dialog


def save_pdf(window: MainWindow, qtbot, monkeypatch, path: Path) -> list[str]:
    """Invoicing > Save PDF... on the selected invoice, the file dialog answering path; the PDF's pages."""
    page = window.pages["invoicing"]
    asked: list[str] = []

    def save_name(_parent: Any, caption: str, proposed: str, _filter: str = "", *a: Any) -> tuple[str, str]:
        asked.append(proposed)
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_message == f"{path} opgeslagen.", timeout=10000)
    assert asked and asked[0].endswith(f"{page.current_row().number}.pdf")
    return read_pages(path)


@pytest.fixture
def window_on_new_company(books, qtbot, monkeypatch, runner, dutch) -> MainWindow:
    welcome = create_company_through_the_welcome(books, qtbot, monkeypatch)
    assert welcome.company is not None
    window = MainWindow(books, welcome.company, "nl", runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


# --- the journeys ---------------------------------------------------------------------------------------------
def test_a_first_dutch_invoice_with_cash_discount_from_empty_books_prints_its_letterhead_and_vat(
    books, window_on_new_company, qtbot, monkeypatch, questions, tmp_path
):
    window = window_on_new_company
    assert window.ctx.company_name == "Bakkerij De Zon B.V."
    set_up_cash_discount_and_posting_profile(window, qtbot)
    create_customer(
        window,
        qtbot,
        monkeypatch,
        "1000",
        "Hotel Zeezicht B.V.",
        vat_number="NL859123456B01",
        cash_discount="2-8",
        terms="N30",
    )
    dialog = write_invoice(window, qtbot, "1000", "Brood en banket november", "500")
    tax_cell = dialog.lines.data(dialog.lines.index(0, COLUMNS.index("tax")))
    assert tax_cell.replace("\u00a0", " ") == "BTW21  (21 %)"  # proposed: the company's default sales tax code
    assert dialog.cash_discount.code() == "2-8"  # from the customer
    assert questions == []  # nothing to ask about: VAT charged, no credit limit

    text = "\n".join(save_pdf(window, qtbot, monkeypatch, tmp_path / "factuur.pdf"))
    assert "Bakkerij De Zon B.V." in text
    assert "Kerkstraat 1" in text and "1011 AA AMSTERDAM" in text.replace("  ", " ")
    assert "KvK 12345678" in text and "Btw-nr. NL123456789B01" in text and "IBAN NL91 ABNA 0417 1643 00" in text
    assert "Hotel Zeezicht B.V." in text and "Uw btw-nummer NL859123456B01" in text
    assert "Btw 21 % over € 500,00 € 105,00" in text and "Totaal € 605,00" in text
    assert "2 % korting bij betaling uiterlijk op 3 december 2026: u betaalt dan € 592,90" in text
    assert "1 % korting bij betaling uiterlijk op 9 december 2026" in text
    assert "Vervaldatum 25 december 2026" in text
    assert "Betalingsvoorwaarden: Betaling binnen 30 dagen na factuurdatum" in text
    assert "Wij verzoeken u € 605,00 uiterlijk op 25 december 2026 over te maken op IBAN NL91 ABNA 0417 1643 00" in text

    company = books.company("ZON")
    assert company.balance("receivable") == D("605.00")
    assert company.balance("222100") == D("-105.00")
    assert company.balance("401100") == D("-500.00")
    assert company.customer_balance("1000") == D("605.00")
    [discount] = company.cash_discounts()
    assert discount.periods == ((8, D("2")), (14, D("1")))
    [profile] = [p for p in company.posting_profile_details() if p.code == "HANDEL"]
    assert [(x.scope, x.account, x.writeoff_account) for x in profile.lines] == [("all", "130100", "720100")]
    assert company.parameters()["default_posting_profile"] == "HANDEL"


def test_a_reverse_charge_invoice_prints_btw_verlegd_with_the_customers_vat_number(
    books, window_on_new_company, qtbot, monkeypatch, questions, tmp_path
):
    window = window_on_new_company
    create_customer(
        window, qtbot, monkeypatch, "2000", "Bouwbedrijf Stevig B.V.", vat_number="NL001234567B01", sales_tax="VERLEGD"
    )
    dialog = write_invoice(window, qtbot, "2000", "Onderaanneming metselwerk", "1000")
    assert dialog.lines.data(dialog.lines.index(0, COLUMNS.index("tax"))).startswith("VERLEGD")  # the customer's
    assert questions == []  # the customer has a VAT number: nothing to ask

    text = "\n".join(save_pdf(window, qtbot, monkeypatch, tmp_path / "verlegd.pdf"))
    assert "Btw verlegd (btw-nummer afnemer: NL001234567B01)" in text
    assert "Uw btw-nummer NL001234567B01" in text and "KvK 12345678 · Btw-nr. NL123456789B01" in text
    assert "Totaal € 1.000,00" in text

    company = books.company("ZON")
    assert company.balance("receivable") == D("1000.00")
    assert company.balance("222100") == D("0.00")
    assert company.balance("401100") == D("-1000.00")
