"""The pieces the order, recurring and set-up screens share: the form dialog base (widgets/form_dialog), the
"draft the recurring invoices due" flow (invoicing/recurring_run) and the save/revert form page (widgets/form_page)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ardesk.views.invoicing.recurring_run import DueDateDialog, draft_due_invoices
from ardesk.views.orders.recurring import EndDialog, RecurringPage, TemplateDialog
from ardesk.views.orders.sales_orders import ItemDialog
from ardesk.views.setup.company_page import CompanyPage
from ardesk.views.setup.dialogs import CodeDialog
from ardesk.views.setup.parameters import ParametersPage
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.form_page import FormPage

from .conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def information(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", information)
    return shown


def test_order_recurring_and_setup_dialogs_share_one_base(ctx, qtbot):
    assert issubclass(CodeDialog, FormDialog)
    for dialog in (ItemDialog(ctx), TemplateDialog(ctx, None)):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, FormDialog)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Save) is not None


def test_an_item_dialog_shows_the_refusal_beside_the_field_and_ctrl_s_saves(ctx, qtbot):
    dialog = ItemDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.number.setText("CHAIR-2")
    dialog.name.setText("Office chair")
    qtbot.keyClick(dialog.focusWidget() or dialog.number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors.message("unit_price") == "type the price" and not dialog.result()
    dialog.price.setText("129.50")
    qtbot.keyClick(dialog.focusWidget() or dialog.number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.errors.message("unit_price") == ""
    assert {i.number: i.unit_price for i in ctx.company.items()}["CHAIR-2"] == Decimal("129.50")


def test_a_template_line_error_is_cleared_by_the_next_save(ctx, qtbot):
    dialog = TemplateDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("WEEKLY")
    dialog.lines.setData(dialog.lines.index(0, 0), "Cleaning")
    dialog.lines.setData(dialog.lines.index(0, 2), "two")
    dialog.accept()
    assert dialog.line_error().startswith("Line 1: 'two' is not an amount") and not dialog.result()
    dialog.lines.setData(dialog.lines.index(0, 2), "40")
    dialog.accept()
    assert dialog.line_error() == "" and dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.company.invoice_template("WEEKLY").lines[0].description == "Cleaning"


def test_the_end_dialog_refuses_a_date_before_the_start_beside_the_field(ctx, qtbot):
    page = RecurringPage(ctx)
    qtbot.addWidget(page)
    assignment = ctx.company.template_assignments()[0]
    dialog = EndDialog(ctx, assignment, parent=page)
    dialog.end_date.setDate(dialog.end_date.date().addYears(-30))
    dialog.accept()
    assert "must not be before the start date" in dialog.errors.message("end_date") and not dialog.result()


def test_the_due_date_dialog_asks_up_to_which_date_from_today(ctx, qtbot):
    dialog = DueDateDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Draft due invoices" and dialog.date.value() == TODAY
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).text() == "Draft invoices"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancelling_the_date_drafts_nothing_and_a_date_drafts_from_either_page(ctx, qtbot, monkeypatch, messages):
    page = RecurringPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(DueDateDialog, "exec", lambda self: 0)
    assert draft_due_invoices(page) is None and messages == []
    monkeypatch.setattr(DueDateDialog, "exec", lambda self: 1)
    done: list[int] = []
    run = draft_due_invoices(page, then=lambda result: done.append(len(result.drafts)))
    assert run is not None
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert done == [3] and messages[-1].startswith("Recurring drafts created: 3 (run REC-")
    assert page.last_message == messages[-1]


def test_company_and_parameters_pages_share_the_save_and_revert_bar(ctx, qtbot, wait_loaded):
    company, parameters = CompanyPage(ctx), ParametersPage(ctx)
    for page in (company, parameters):
        qtbot.addWidget(page)
        page.show()
        wait_loaded(page)
        assert isinstance(page, FormPage)
        assert (page.save_button.text(), page.revert_button.text()) == ("Save", "Revert")
        page.save_button.click()
        assert page.status.text() == "Nothing to save."
    company.form.iban.setText("NL30 RABO 0301 2345 68")
    company.save_button.click()
    assert "check digit" in company.errors.message("iban")
    company.revert_button.click()  # back to what is saved: the field, no error, no message
    assert company.form.iban.text() == "NL30 RABO 0301 2345 67"
    assert company.errors.message("iban") == "" and company.status.text() == ""
