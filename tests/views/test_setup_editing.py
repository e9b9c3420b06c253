"""Set-up code pages through their widgets: create, edit, deactivate and delete codes; refusals change nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ardesk.views.navigation import PAGES
from ardesk.views.setup.code_dialogs import CashDiscountDialog, NumberSequenceDialog, SalesTaxDialog
from ardesk.views.setup.pages import (
    INACTIVE,
    CashDiscountsPage,
    ChargeCodesPage,
    CustomerGroupsPage,
    MethodsOfPaymentPage,
    NumberSequencesPage,
    PostingProfilesPage,
    SalesTaxPage,
    TermsPage,
)
from ardesk.views.setup.posting_profile_dialog import PostingProfileDialog
from ardesk.views.setup.profile_collections_dialog import ProfileCollectionsDialog
from ardesk.views.widgets.customer_picker import CustomerPicker

pytestmark = pytest.mark.gui


@pytest.fixture
def open_page(ctx, qtbot, wait_loaded):
    def make(cls):
        page = cls(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        wait_loaded(page)
        return page

    return make


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The texts of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def drive(page, qtbot, fill):
    """Let the page's dialogs be filled in by fill(dialog) instead of run; returns the dialogs opened."""
    opened = []

    def run(dialog):
        qtbot.addWidget(dialog)
        opened.append(dialog)
        fill(dialog)
        return dialog

    page.open_dialog = run
    return opened


def select(page, code: str) -> None:
    row = next(i for i, r in enumerate(page.model.rows()) if r.code == code)
    page.view.setCurrentIndex(page.model.index(row, 0))


def click(qtbot, page, button) -> None:
    """Click a toolbar button and wait for the page to load what changed."""
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(page, code: str, title: str) -> str:
    row = next(i for i, r in enumerate(page.model.rows()) if r.code == code)
    column = next(i for i, c in enumerate(page.model.columns) if c.title == title)
    return page.model.data(page.model.index(row, column))


# --- cash discounts ------------------------------------------------------------------------------------------
def test_a_cash_discount_with_two_periods_is_created_and_edited_through_the_dialog(open_page, qtbot, ctx):
    page = open_page(CashDiscountsPage)

    def new(dialog: CashDiscountDialog) -> None:
        dialog.code.setText("4%7D")
        dialog.description.setText("4 % within 7 days, 1.5 % within 30")
        dialog.account.set_code("710100")
        dialog.periods.set_rows([["7", "4"], ["30", "1.5"]])
        dialog.accept()

    opened = drive(page, qtbot, new)
    click(qtbot, page, page.new_button)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    [row] = [r for r in ctx.company.cash_discounts() if r.code == "4%7D"]
    assert row.periods == ((7, D("4")), (30, D("1.5"))) and row.account == "710100"
    assert cell(page, "4%7D", "Periods") == "4% within 7 days; 1.5% within 30 days"
    assert page.current().code == "4%7D"  # the new code is selected

    def edit(dialog: CashDiscountDialog) -> None:
        assert dialog.code.isReadOnly() and dialog.code.text() == "4%7D"
        assert [(dialog.periods.text(r, 0), dialog.periods.text(r, 1)) for r in range(2)] == [("7", "4"), ("30", "1.5")]
        dialog.periods.set_text(1, 1, "2")
        dialog.add_period()
        dialog.periods.set_text(2, 0, "60")
        dialog.periods.set_text(2, 1, "0.5")
        dialog.description.setText("Three periods")
        dialog.accept()

    drive(page, qtbot, edit)
    click(qtbot, page, page.edit_button_)
    [row] = [r for r in ctx.company.cash_discounts() if r.code == "4%7D"]
    assert row.periods == ((7, D("4")), (30, D("2")), (60, D("0.5"))) and row.description == "Three periods"
    assert cell(page, "4%7D", "Periods") == "4% within 7 days; 2% within 30 days; 0.5% within 60 days"


def test_a_period_out_of_order_marks_its_cell_and_writes_nothing(ctx, qtbot):
    before = ctx.company.cash_discounts()
    dialog = CashDiscountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("BAD")
    dialog.periods.set_rows([["14", "2"], ["10", "1"]])
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.periods_error.text() == "Period 2, Within days: periods must be in ascending order of days"
    assert dialog.periods.item(1, 0).background().color().name() == "#fde8e7"
    assert (dialog.periods.currentRow(), dialog.periods.currentColumn()) == (1, 0)
    dialog.periods.set_text(1, 1, "x")
    dialog.accept()
    assert "'x' is not a percentage" in dialog.periods_error.text()
    assert ctx.company.cash_discounts() == before


# --- posting profiles ----------------------------------------------------------------------------------------
def test_a_posting_profile_with_two_lines_through_the_dialog(open_page, qtbot, ctx):
    page = open_page(PostingProfilesPage)
    assert {r.code for r in page.model.rows()} == {"GEN", "PREPAY"}  # one row per profile, not per line

    def new(dialog: PostingProfileDialog) -> None:
        dialog.code.setText("EXPORT")
        dialog.description.setText("Export debtors")
        scope, _who, account, _writeoff = dialog.rows[0]
        assert scope.code() == "all"
        account.set_code("130100")
        dialog.new_line()
        scope, who, account, writeoff = dialog.rows[1]
        assert scope.code() == "group" and who.isEnabled()
        dialog.accept()  # the group line has no group yet: refused, the line marked
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert who.code() is None and dialog.lines_error.text().startswith("Line 2, Customer or group: ")
        assert who.property("invalid") is True and account.property("invalid") is not True
        assert [p.code for p in ctx.company.posting_profile_details()] == ["GEN", "PREPAY"]  # nothing written
        who.set_code("EXPORT")
        account.set_code("130500")
        writeoff.set_code("720100")
        dialog.accept()

    opened = drive(page, qtbot, new)
    click(qtbot, page, page.new_button)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    [profile] = [p for p in ctx.company.posting_profile_details() if p.code == "EXPORT"]
    assert [(x.scope, x.who, x.account, x.writeoff_account) for x in profile.lines] == [
        ("group", "EXPORT", "130500", "720100"),
        ("all", "", "130100", None),
    ]
    assert cell(page, "EXPORT", "Summary accounts") == (
        "Customer group EXPORT: 130500 (write-off 720100); All customers: 130100"
    )

    def edit(dialog: PostingProfileDialog) -> None:
        assert [w.code() for w in dialog.rows[0]] == ["group", "EXPORT", "130500", "720100"]
        dialog.remove_line(0)
        dialog.accept()

    drive(page, qtbot, edit)
    click(qtbot, page, page.edit_button_)
    [profile] = [p for p in ctx.company.posting_profile_details() if p.code == "EXPORT"]
    assert [(x.scope, x.account) for x in profile.lines] == [("all", "130100")]

    collections = drive(page, qtbot, lambda d: None)
    qtbot.mouseClick(page.collections_button, Qt.MouseButton.LeftButton)
    assert isinstance(collections[0], ProfileCollectionsDialog)  # the collections settings stay reachable


# --- sales tax -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, message",
    [("abc", "'abc' is not a percentage"), ("150", "must be between 0 and 100 percent"), ("", "Type a percentage")],
)
def test_a_bad_percent_shows_beside_the_field_and_writes_nothing(ctx, qtbot, text, message):
    before = ctx.company.sales_taxes()
    dialog = SalesTaxDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("BTW5")
    dialog.description.setText("Btw vijf")
    dialog.percent.setText(text)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert message in dialog.errors.message("percent")
    assert dialog.percent.property("invalid") is True
    assert ctx.company.sales_taxes() == before


def test_a_sales_tax_code_of_a_zero_kind_with_its_own_invoice_text(open_page, qtbot, ctx):
    page = open_page(SalesTaxPage)
    assert cell(page, "VERLEGD", "Kind") == "Reverse charge (btw verlegd)"
    assert cell(page, "VERLEGD", "Printed on the invoice") == "Btw verlegd"

    def new(dialog: SalesTaxDialog) -> None:
        dialog.code.setText("EXPORT0")
        dialog.description.setText("Export")
        dialog.percent.setText("21")
        dialog.kind.set_code("export")
        assert dialog.percent.text() == "0" and dialog.percent.isReadOnly()  # a 0 % kind
        dialog.invoice_text.setText("Uitvoer, 0 % btw")
        assert dialog.wording.text() == "A line with this code prints: Uitvoer, 0 % btw"
        dialog.accept()

    drive(page, qtbot, new)
    click(qtbot, page, page.new_button)
    [tax] = [t for t in ctx.company.sales_tax_codes() if t.code == "EXPORT0"]
    assert (tax.percent, tax.kind, tax.invoice_text, tax.account) == (D("0"), "export", "Uitvoer, 0 % btw", "222100")
    assert cell(page, "EXPORT0", "Printed on the invoice") == "Uitvoer, 0 % btw"


def test_deactivating_a_tax_code_greys_it_and_a_default_is_refused(open_page, qtbot, ctx, warnings):
    page = open_page(SalesTaxPage)
    select(page, "BTW9")
    assert page.active_button.text() == "Deactivate"
    click(qtbot, page, page.active_button)
    assert not {t.code: t for t in ctx.company.sales_tax_codes()}["BTW9"].active
    assert cell(page, "BTW9", "Active") == "No"
    row = next(i for i, r in enumerate(page.model.rows()) if r.code == "BTW9")
    assert page.model.data(page.model.index(row, 1), Qt.ItemDataRole.ForegroundRole) == INACTIVE
    assert page.current().code == "BTW9" and page.active_button.text() == "Activate"
    assert "Sales tax code BTW9 is deactivated" in page.last_message

    click(qtbot, page, page.active_button)  # and active again
    assert {t.code: t for t in ctx.company.sales_tax_codes()}["BTW9"].active
    assert cell(page, "BTW9", "Active") == "Yes"

    select(page, "BTW21")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert warnings == ["BTW21 is a default of the company; choose another default first"]
    assert {t.code: t for t in ctx.company.sales_tax_codes()}["BTW21"].active


def test_deleting_a_code_in_use_is_refused_and_an_unused_one_is_deleted_after_asking(open_page, qtbot, ctx, warnings):
    page = open_page(SalesTaxPage)
    asked: list[str] = []
    page.ask_yes = lambda _title, text: asked.append(text) or False
    select(page, "BTW21")
    before = ctx.company.sales_taxes()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert warnings[0].startswith("BTW21 is in use (") and warnings[0].endswith("; deactivate it instead")
    assert asked == []  # no question first: it cannot be deleted anyway
    assert ctx.company.sales_taxes() == before

    select(page, "VERLEGD")  # used by nothing
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Sales tax code VERLEGD will be deleted; this cannot be undone. Delete it?"]
    assert "VERLEGD" in {t.code for t in ctx.company.sales_taxes()}  # answered No

    page.ask_yes = lambda _title, _text: True
    click(qtbot, page, page.delete_button)
    assert "VERLEGD" not in {t.code for t in ctx.company.sales_taxes()}
    assert "VERLEGD" not in {r.code for r in page.model.rows()}


# --- number sequences ----------------------------------------------------------------------------------------
def test_lowering_the_next_number_is_refused_and_raising_it_is_saved(open_page, qtbot, ctx):
    page = open_page(NumberSequencesPage)
    assert page.new_button is None and page.delete_button is None  # sequences come with the company
    [invoice] = [s for s in ctx.company.number_sequences() if s.code == "invoice"]
    assert invoice.next_number > 2

    def lower(dialog: NumberSequenceDialog) -> None:
        dialog.next_number.setText("1")
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.errors.message("next_number") == (
            f"must not be lower than {invoice.next_number}: numbers are never used twice"
        )
        assert [s for s in ctx.company.number_sequences() if s.code == "invoice"] == [invoice]
        dialog.next_number.setText(str(invoice.next_number + 100))
        dialog.prefix.setText("F-")
        dialog.width_.setValue(5)
        assert dialog.preview.text() == f"The next document gets F-{invoice.next_number + 100:05d}"
        dialog.accept()

    select(page, "invoice")
    drive(page, qtbot, lower)
    click(qtbot, page, page.edit_button_)
    [after] = [s for s in ctx.company.number_sequences() if s.code == "invoice"]
    assert (after.prefix, after.width, after.next_number) == ("F-", 5, invoice.next_number + 100)
    assert cell(page, "invoice", "Next number") == f"F-{invoice.next_number + 100:05d}"


# --- charge codes, customer groups ---------------------------------------------------------------------------
def test_charge_codes_page_creates_edits_and_deactivates(open_page, qtbot, ctx):
    assert PAGES["charge_codes"][1] is ChargeCodesPage
    page = open_page(ChargeCodesPage)
    assert page.model.rows() == [] and page.placeholder.text().startswith("No charge codes yet")

    def new(dialog) -> None:
        dialog.code.setText("FREIGHT")
        dialog.description.setText("Freight")
        dialog.tax.set_code("BTW21")
        dialog.accept()

    drive(page, qtbot, new)
    click(qtbot, page, page.new_button)
    assert [(c.code, c.description, c.account, c.tax) for c in ctx.company.charge_codes()] == [
        ("FREIGHT", "Freight", "401100", "BTW21")
    ]

    def edit(dialog) -> None:
        dialog.description.setText("Freight and delivery")
        dialog.tax.set_code("BTW9")
        dialog.accept()

    drive(page, qtbot, edit)
    page.view.doubleClicked.emit(page.model.index(0, 0))  # a double-click edits too
    qtbot.waitUntil(lambda: not page.loading)
    assert [(c.description, c.tax) for c in ctx.company.charge_codes()] == [("Freight and delivery", "BTW9")]
    assert cell(page, "FREIGHT", "Sales tax") == "BTW9"
    click(qtbot, page, page.active_button)
    assert [c.active for c in ctx.company.charge_codes()] == [False]
    assert cell(page, "FREIGHT", "Active") == "No"


def test_a_customer_group_is_edited_and_its_default_cannot_be_deactivated(open_page, qtbot, ctx, warnings):
    page = open_page(CustomerGroupsPage)

    def edit(dialog) -> None:
        assert dialog.code.isReadOnly() and dialog.name.text() == "Klanten Nederland"
        dialog.name.setText("Nederland")
        dialog.terms.set_code("14D")
        dialog.accept()

    select(page, "NL")
    drive(page, qtbot, edit)
    click(qtbot, page, page.edit_button_)
    assert ("NL", "Nederland", "14D") in {(g.code, g.name, g.terms) for g in ctx.company.customer_groups()}
    select(page, "STD")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert warnings == ["STD is a default of the company; choose another default first"]


def test_a_charge_code_without_sales_tax_keeps_none_when_its_description_is_edited(open_page, qtbot, ctx):
    ctx.company.create_charge_code("ADMIN", "Administration fee")  # arrange
    page = open_page(ChargeCodesPage)

    def edit(dialog) -> None:
        assert dialog.tax.code() is None and dialog.account.code() == "401100"
        dialog.description.setText("Admin fee")
        dialog.accept()

    select(page, "ADMIN")
    drive(page, qtbot, edit)
    click(qtbot, page, page.edit_button_)
    assert [(c.code, c.description, c.tax) for c in ctx.company.charge_codes()] == [("ADMIN", "Admin fee", None)]


def test_terms_and_a_method_of_payment_are_edited_and_an_unused_method_deleted_with_the_delete_key(
    open_page, qtbot, ctx
):
    terms = open_page(TermsPage)

    def edit_terms(dialog) -> None:
        assert (dialog.days.value(), dialog.basis.code()) == (14, "net")
        dialog.days.setValue(21)
        dialog.basis.set_code("cod")
        dialog.accept()

    select(terms, "14D")
    drive(terms, qtbot, edit_terms)
    click(qtbot, terms, terms.edit_button_)
    assert ("14D", 21, "cod") in {(t.code, t.days, t.basis) for t in ctx.company.terms_of_payment()}
    assert cell(terms, "14D", "Basis") == "Cash on delivery"

    page = open_page(MethodsOfPaymentPage)
    assert cell(page, "INCASSO", "Payment type") == "Electronic payment"

    def new(dialog) -> None:
        dialog.code.setText("PIN")
        dialog.description.setText("Pinbetaling")
        dialog.kind.set_code("electronic")
        dialog.direct_debit.setChecked(True)
        dialog.kind.set_code("card")  # a mandate needs electronic payment: unticked and off
        assert not dialog.direct_debit.isChecked() and not dialog.direct_debit.isEnabled()
        dialog.account.set_code("110110")
        dialog.accept()

    drive(page, qtbot, new)
    click(qtbot, page, page.new_button)
    assert ("PIN", "card", "110110", False) in {
        (m.code, m.kind, m.account, m.direct_debit) for m in ctx.company.methods_of_payment()
    }
    page.ask_yes = lambda _title, _text: True
    select(page, "PIN")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "PIN" not in {m.code for m in ctx.company.methods_of_payment()}


def test_a_profile_line_for_one_customer_is_chosen_with_the_customer_picker(open_page, qtbot, ctx):
    """Scope "table" searches the books (CustomerPicker) instead of listing every customer."""
    page = open_page(PostingProfilesPage)

    def new(dialog: PostingProfileDialog) -> None:
        dialog.code.setText("KEY")
        dialog.rows[0][2].set_code("130100")
        dialog.new_line()
        scope = dialog.rows[1][0]
        scope.set_code("table")
        who = dialog.rows[1][1]
        assert isinstance(who, CustomerPicker)
        who.set_account("10010")
        dialog.rows[1][2].set_code("130500")
        scope.set_code("group")  # and back: the picker gives way to the groups
        assert not isinstance(dialog.rows[1][1], CustomerPicker)
        scope.set_code("table")
        dialog.rows[1][1].set_account("10010")
        dialog.accept()

    opened = drive(page, qtbot, new)
    click(qtbot, page, page.new_button)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    [profile] = [p for p in ctx.company.posting_profile_details() if p.code == "KEY"]
    assert [(x.scope, x.who, x.account) for x in profile.lines] == [("table", "10010", "130500"), ("all", "", "130100")]
