"""Company set-up in the GUI: the New company dialog, the Company page, ledger accounts, exchange rates, parameters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from ardesk.api import Books, Line
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.setup.accounts import AccountDialog, AccountRolesDialog, AccountsPage
from ardesk.views.setup.company_page import CompanyPage
from ardesk.views.setup.exchange_rates import ExchangeRateDialog, ExchangeRatesPage
from ardesk.views.setup.parameters import ParametersPage

from .conftest import TODAY

pytestmark = pytest.mark.gui


def png() -> bytes:
    """A small PNG image, made with Qt."""
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def books(tmp_path):
    with Books.open(tmp_path / "new.db") as b:
        yield b


@pytest.fixture
def window(demo_books, runner, qtbot) -> MainWindow:
    w = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_new_company_dialog_makes_a_dutch_company_that_can_invoice_with_vat_at_once(books, qtbot, themed_app):
    dialog = NewCompanyDialog(books, "en")
    qtbot.addWidget(dialog)
    assert dialog.country.code() == "NL" and dialog.currency.currentText() == "EUR"
    assert "21%, 9%, 0%, exempt, reverse charge" in dialog.form.country_hint.text()
    qtbot.keyClicks(dialog.code, "ZON")
    qtbot.keyClicks(dialog.name, "Bakkerij De Zon B.V.")
    dialog.language.set_code("nl")
    dialog.form.fiscal_year_start.set_code("4")
    qtbot.keyClicks(dialog.form.address, "Kerkstraat 1")
    qtbot.keyClick(dialog.form.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.form.address, "1011 AA  AMSTERDAM")
    qtbot.keyClicks(dialog.form.coc_number, "12345678")
    qtbot.keyClicks(dialog.form.vat_number, "NL123456789B01")
    qtbot.keyClicks(dialog.form.iban, "NL91 ABNA 0417 1643 00")
    qtbot.keyClicks(dialog.form.bic, "ABNANL2A")
    qtbot.keyClicks(dialog.form.email, "info@dezon.nl")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == 1 and dialog.company is not None
    co = books.company("ZON")
    details = co.details()
    assert (details["name"], details["country"], details["language"], details["currency"]) == (
        "Bakkerij De Zon B.V.",
        "NL",
        "nl",
        "EUR",
    )
    assert details["address"] == "Kerkstraat 1\n1011 AA  AMSTERDAM"
    assert (details["iban"], details["bic"], details["coc_number"]) == ("NL91ABNA0417164300", "ABNANL2A", "12345678")
    assert (details["vat_number"], details["email"], details["fiscal_year_start"]) == (
        "NL123456789B01",
        "info@dezon.nl",
        4,
    )
    rates = {t.code: (t.percent, t.kind) for t in co.sales_tax_codes()}
    assert rates == {
        "BTW21": (D("21"), "standard"),
        "BTW9": (D("9"), "standard"),
        "BTW0": (D("0"), "zero"),
        "VRIJ": (D("0"), "exempt"),
        "VERLEGD": (D("0"), "reverse_charge"),
        "ICP": (D("0"), "intra_eu"),
    }
    assert [(t.code, t.days) for t in co.terms_of_payment()] == [("N14", 14), ("N30", 30)]
    co.create_customer("1000", "Klant B.V.", terms="N30")
    invoice = co.post_free_text_invoice("1000", dt.date(2026, 12, 1), [Line("Brood", D("200.00"), tax="BTW21")])
    assert invoice.amount == D("242.00")


def test_a_bad_iban_is_shown_beside_the_iban_and_nothing_is_created(books, qtbot, themed_app):
    dialog = NewCompanyDialog(books, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("ZON")
    dialog.name.setText("Bakkerij De Zon B.V.")
    dialog.form.iban.setText("NL91ABNA0417164301")  # one digit off
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and dialog.company is None
    assert "check digit" in dialog.errors.message("iban")
    assert dialog.errors.message("name") == ""
    assert dialog.form.iban.property("invalid") is True
    assert books.companies() == []


def test_another_country_gets_its_currency_and_neutral_defaults(books, qtbot, themed_app):
    dialog = NewCompanyDialog(books, "en")
    qtbot.addWidget(dialog)
    dialog.code.setText("UK")
    dialog.name.setText("Sunrise Bakery Ltd")
    dialog.country.set_code("GB")
    assert dialog.currency.currentText() == "GBP"  # followed the country
    assert "add your country's VAT rates" in dialog.form.country_hint.text()
    dialog.accept()
    co = books.company("UK")
    assert (co.currency, co.details()["language"]) == ("GBP", "en")
    assert [t.code for t in co.sales_tax_codes()] == ["NOVAT"]


def test_the_dutch_ui_proposes_a_dutch_company(books, qtbot, dutch):
    dialog = NewCompanyDialog(books, "nl")
    qtbot.addWidget(dialog)
    assert (dialog.country.code(), dialog.language.code()) == ("NL", "nl")
    assert dialog.country.itemText(0) == "Nederland"


def test_a_logo_that_is_no_image_is_refused_and_a_png_is_saved(books, qtbot, themed_app, tmp_path):
    dialog = NewCompanyDialog(books, "en")
    qtbot.addWidget(dialog)
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    assert dialog.form.load_logo(text) is False
    assert dialog.errors.message("logo") == "This file is not a PNG or JPEG image."
    assert dialog.form.logo is None
    image = tmp_path / "real.png"
    logo = png()
    image.write_bytes(logo)
    assert dialog.form.load_logo(image) is True
    assert dialog.errors.message("logo") == "" and not dialog.form.logo_preview.pixmap().isNull()
    dialog.code.setText("ZON")
    dialog.name.setText("Bakkerij De Zon B.V.")
    dialog.accept()
    assert books.company("ZON").details()["logo"] == logo


def test_the_company_page_saves_a_changed_address_and_a_new_name_retitles_the_window(window, wait_loaded):
    window.show_page("company")
    page = window.pages["company"]
    assert isinstance(page, CompanyPage)
    wait_loaded(page)
    assert page.form.iban.text() == "NL30 RABO 0301 2345 67"  # shown in groups of four
    assert page.form.fixed.text() == "DEMO  ·  EUR"
    page.form.address.setPlainText("Herengracht 500\n1017 CB  AMSTERDAM")
    assert page.preview.footer_lines()[0].endswith("Herengracht 500 · 1017 CB  AMSTERDAM")
    page.save_button.click()
    assert page.status.text() == "Company details saved."
    assert window.ctx.company.details()["address"] == "Herengracht 500\n1017 CB  AMSTERDAM"
    assert window.ctx.company.details()["iban"] == "NL30RABO0301234567"  # unchanged

    page.form.name.setText("Demo Handel B.V.")
    page.form.iban.setText("NL30 RABO 0301 2345 68")
    page.save_button.click()
    assert "check digit" in page.errors.message("iban")
    assert window.ctx.company.name == "Demo Handelsonderneming B.V."  # nothing saved while a field is wrong
    page.form.iban.setText("NL30 RABO 0301 2345 67")
    page.save_button.click()
    assert window.ctx.company.name == "Demo Handel B.V."
    assert window.windowTitle() == "Demo Handel B.V. - Accounts receivable - ardesk"
    assert "Demo Handel B.V." in window.company_label.text()
    page.save_button.click()
    assert page.status.text() == "Nothing to save."


def test_the_accounts_page_creates_edits_deactivates_and_assigns_roles(ctx, qtbot, wait_loaded, monkeypatch):
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    rows = {r.number: r for r in page.model.rows()}
    assert "Cash discount" in page.model.display(page.model.columns[3], rows["710100"])

    def fill_new(dialog):
        assert isinstance(dialog, AccountDialog)
        dialog.number.setText("710150")
        dialog.name.setText("Kortingen vaste klanten")
        dialog.kind.set_code("expense")
        dialog.accept()
        return dialog

    page.open_dialog = fill_new
    page.new_button.click()
    wait_loaded(page)
    assert ("710150", "Kortingen vaste klanten", "expense", True) in [
        (a.number, a.name, a.kind, a.active) for a in ctx.company.accounts()
    ]
    assert "710150" in [r.number for r in page.model.rows()]

    def duplicate(dialog):
        dialog.number.setText("710150")
        dialog.name.setText("Again")
        dialog.accept()
        assert "already" in dialog.errors.message("number")
        return dialog

    page.open_dialog = duplicate
    page.new_button.click()

    def rename(dialog):
        assert isinstance(dialog, AccountDialog) and dialog.number.isReadOnly()
        dialog.name.setText("Kortingen vaste afnemers")
        dialog.accept()
        return dialog

    wait_loaded(page)
    select(page, "710150")
    page.open_dialog = rename
    page.edit_button.click()
    assert {a.number: a.name for a in ctx.company.accounts()}["710150"] == "Kortingen vaste afnemers"

    def choose_role(dialog):
        assert isinstance(dialog, AccountRolesDialog)
        dialog.combos["cash_discount"].set_code("710150")
        dialog.accept()
        return dialog

    page.open_dialog = choose_role
    page.roles_button.click()
    assert ctx.company.account_for("cash_discount") == "710150"

    wait_loaded(page)
    select(page, "110110")  # the bank: in use, so it cannot be deleted
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    page.ask_yes = lambda title, text: True
    page.delete_button.click()
    assert warnings == [
        "Account 110110 is in use: accounts for automatic postings (1), methods of payment (2). Deactivate it instead."
    ]
    assert "110110" in [a.number for a in ctx.company.accounts()]

    wait_loaded(page)
    select(page, "710200")
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    wait_loaded(page)
    assert not {a.number: a for a in ctx.company.accounts()}["710200"].active
    select(page, "710200")
    assert page.active_button.text() == "Activate"
    page.active_button.click()
    assert {a.number: a for a in ctx.company.accounts()}["710200"].active

    ctx.company.create_account("999999", "Unused", "expense")
    wait_loaded(page)
    select(page, "999999")
    page.delete_button.click()
    assert "999999" not in [a.number for a in ctx.company.accounts()]
    assert page.last_message == "Account 999999 deleted."


def select(page, key: str) -> None:
    """Make the row whose first column is key the current one."""
    rows = page.model.rows()
    index = next(i for i, r in enumerate(rows) if (getattr(r, "number", None) or r.currency) == key)
    page.view.setCurrentIndex(page.model.index(index, 0))


def test_an_exchange_rate_is_added_changed_and_deleted_through_the_page(ctx, qtbot, wait_loaded):
    page = ExchangeRatesPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    assert page.model.rowCount() == 0

    def fill(dialog):
        assert isinstance(dialog, ExchangeRateDialog)
        dialog.currency.setCurrentText("USD")
        dialog.valid_from.setDate(dt.date(2026, 11, 1))
        dialog.rate.setText("0,9")  # not an English number
        dialog.accept()
        assert "is not an amount" in dialog.errors.message("rate")
        dialog.rate.setText("0.9215")
        assert dialog.meaning.text() == "1 USD = 0.9215 EUR"
        dialog.accept()
        return dialog

    page.open_dialog = fill
    page.new_button.click()
    assert ctx.company.exchange_rate("USD", dt.date(2026, 11, 20)) == D("0.9215")
    wait_loaded(page)
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert [page.model.display(c, row) for c in page.model.columns] == [
        "USD",
        "01/11/2026",
        "0.9215",
        "1 USD = 0.9215 EUR",
        "Yes",
    ]

    def own_currency(dialog):
        dialog.currency.setCurrentText("EUR")
        dialog.rate.setText("1")
        dialog.accept()
        assert "company's own currency" in dialog.errors.message("currency")
        return dialog

    page.open_dialog = own_currency
    page.new_button.click()

    def change(dialog):
        assert not dialog.currency.isEnabled() and not dialog.valid_from.isEnabled()
        dialog.rate.setText("0.95")
        dialog.accept()
        return dialog

    page.open_dialog = change
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.edit_button.click()
    assert [(r.currency, r.valid_from, r.rate) for r in ctx.company.exchange_rates()] == [
        ("USD", dt.date(2026, 11, 1), D("0.95"))
    ]

    wait_loaded(page)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.ask_yes = lambda title, text: True
    page.delete_button.click()
    assert ctx.company.exchange_rates() == []
    wait_loaded(page)
    assert page.model.rowCount() == 0 and "keep their rate" in page.last_message


def test_the_parameters_page_saves_the_default_sales_tax_and_the_dutch_rules(ctx, qtbot, wait_loaded):
    page = ParametersPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    tax = page.widgets["default_sales_tax"]
    assert tax.code() == ctx.company.parameters()["default_sales_tax"]
    assert any(tax.itemText(i).startswith("BTW9 - ") for i in range(tax.count()))
    tax.set_code("BTW9")
    page.widgets["clearing_order"].set_code("legal")
    page.widgets["interest_late_paid"].setChecked(False)
    page.widgets["credit_limit_check"].set_code("none")
    page.widgets["prioritize_settlement"].setChecked(True)
    priority = page.widgets["settlement_priority"]
    assert priority.isEnabled()
    priority.list.item(3).setCheckState(Qt.CheckState.Checked)  # invoices
    priority.list.item(0).setCheckState(Qt.CheckState.Checked)  # fees
    priority.list.setCurrentRow(3)
    priority.up.click()
    priority.up.click()
    priority.up.click()  # invoices first, then fees
    page.save_button.click()
    assert page.status.text() == "Parameters saved."
    params = ctx.company.parameters()
    assert params["default_sales_tax"] == "BTW9"
    assert (params["clearing_order"], params["interest_late_paid"], params["credit_limit_check"]) == (
        "legal",
        False,
        "none",
    )
    assert params["prioritize_settlement"] is True and params["settlement_priority"] == "invoice,fee"
    page.refresh()
    assert priority.value() == ["invoice", "fee"]
    page.save_button.click()
    assert page.status.text() == "Nothing to save."
