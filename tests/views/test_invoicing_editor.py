"""The invoice editor: typed without the mouse, live totals and tax summary, errors beside their field or cell."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ardesk.api import InvoiceFilter
from ardesk.views.invoicing.editor import InvoiceDialog
from ardesk.views.invoicing.lines_model import COLUMNS
from tests.helpers import snapshot

pytestmark = pytest.mark.gui

#: (description, quantity, unit price, tax code) of a ten-line invoice.
TEN_LINES = [
    ("Advieswerkzaamheden", "4", "95.00", "BTW21"),
    ("Installatie en montage", "6", "62.50", "BTW21"),
    ("Kantoorartikelen", "12", "4.35", "BTW21"),
    ("Vakliteratuur", "2", "39.95", "BTW9"),
    ("Lunch en catering", "14", "16.50", "BTW9"),
    ("Zaalhuur", "1", "450", "BTW21"),
    ("Voorrijkosten", "3", "45.00", "BTW21"),
    ("Bloemstukken", "5", "22.75", "BTW9"),
    ("Onderhoudscontract (kwartaal)", "1", "640.00", "BTW21"),
    ("Export consultancy", "2", "120.00", "BTW0"),
]


@pytest.fixture
def open_editor(ctx, qtbot):
    def open_(*args, **kwargs) -> InvoiceDialog:
        dialog = InvoiceDialog(ctx, *args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        return dialog

    return open_


def keys(dialog: InvoiceDialog, text: str) -> None:
    """Type text where the keyboard focus is (as a person would), one key at a time."""
    for ch in text:
        QTest.keyClick(dialog.focusWidget(), ch)


def key(dialog: InvoiceDialog, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(dialog.focusWidget(), k, modifier)
    QApplication.processEvents()  # the delegate closes editors on Enter through a queued call


def test_a_ten_line_invoice_typed_without_the_mouse(ctx, open_editor):
    dialog = open_editor()
    assert dialog.focusWidget() is dialog.customer.edit
    keys(dialog, "10050")
    key(dialog, Qt.Key.Key_Tab)  # -> invoice date (today), kept
    assert dialog.customer.edit.text() == "10050  Van Dijk Transport B.V."
    assert dialog.terms.code() == "1M"  # from the customer group GROOT
    key(dialog, Qt.Key.Key_Tab)  # -> terms
    key(dialog, Qt.Key.Key_Tab)  # -> cash discount
    key(dialog, Qt.Key.Key_Tab)  # -> the lines grid, first cell
    assert dialog.focusWidget() is dialog.view
    for n, (description, quantity, price, tax) in enumerate(TEN_LINES):
        keys(dialog, description)
        key(dialog, Qt.Key.Key_Tab)
        keys(dialog, quantity)
        key(dialog, Qt.Key.Key_Tab)
        keys(dialog, price)
        key(dialog, Qt.Key.Key_Return)  # Enter moves on too: to the account, kept as proposed
        key(dialog, Qt.Key.Key_Tab)
        keys(dialog, tax)
        if n < len(TEN_LINES) - 1:
            key(dialog, Qt.Key.Key_Return)  # last cell of the last line: a new line
            assert dialog.lines.rowCount() == n + 2
    assert dialog.total_value.text() == "3,161.83"
    key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == 1 and dialog.draft_id is not None

    draft = ctx.company.invoice_detail(dialog.draft_id)
    assert draft.status == "draft" and draft.customer == "10050"
    assert [(ln.description, ln.quantity, ln.unit_price, ln.account, ln.tax) for ln in draft.lines] == [
        (d, Decimal(q), Decimal(p), "401100", t) for d, q, p, t in TEN_LINES
    ]
    assert draft.total == Decimal("3161.83")


def test_totals_and_tax_summary_follow_the_typing(open_editor):
    dialog = open_editor()
    dialog.customer.set_account("10010")
    dialog.view.setFocus()
    keys(dialog, "Zaalhuur")
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "2")
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "300")  # still typing: the editor is open, nothing committed by Tab or Enter yet
    assert dialog.view.state() == dialog.view.State.EditingState
    assert dialog.lines.data(dialog.lines.index(0, COLUMNS.index("amount"))) == "600.00"
    assert dialog.total_value.text() == "726.00"  # the customer's BTW21 proposed on the new line
    key(dialog, Qt.Key.Key_Tab)
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "BTW21")
    key(dialog, Qt.Key.Key_Return)
    keys(dialog, "Lunch")
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "10")
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "15")
    key(dialog, Qt.Key.Key_Tab)
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "BTW9")
    assert dialog.tax_summary_text() == [
        "Lines: 750.00",
        "BTW21 21% of 600.00: 126.00",
        "BTW9 9% of 150.00: 13.50",
        "Total EUR: 889.50",
    ]


def test_a_bad_unit_price_is_shown_on_its_cell_and_nothing_is_written(open_editor, demo_books):
    before = snapshot(demo_books)
    dialog = open_editor()
    dialog.customer.set_account("10010")
    dialog.lines.setData(dialog.lines.index(0, 0), "Advies")
    dialog.lines.setData(dialog.lines.index(0, 2), "95.00")
    row = dialog.lines.append_line()
    dialog.lines.setData(dialog.lines.index(row, 0), "Reiskosten")
    dialog.lines.setData(dialog.lines.index(row, 2), "12,3,4")
    dialog.save_draft()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.line_error().startswith("Line 2, unit price: '12,3,4' is not an amount")
    assert dialog.view.currentIndex().row() == 1
    assert dialog.view.currentIndex().column() == COLUMNS.index("unit_price")
    assert dialog.lines.error_at(1, "unit_price")
    assert snapshot(demo_books) == before


def test_an_unknown_tax_code_from_the_api_marks_that_line(open_editor, demo_books):
    before = snapshot(demo_books)
    dialog = open_editor()
    dialog.customer.set_account("10010")
    for row, (text, price, tax) in enumerate([("Advies", "95", "BTW21"), ("", "", ""), ("Boeken", "20", "NOPE")]):
        if row:
            dialog.lines.append_line()
        for column, value in ((0, text), (2, price), (4, tax)):
            dialog.lines.setData(dialog.lines.index(row, column), value)
    dialog.save_draft()
    # the blank line 2 is not sent, so the API's lines[1] is the grid's third line
    assert dialog.line_error().startswith("Line 3, sales tax:")
    assert dialog.lines.error_at(2, "tax")
    assert snapshot(demo_books) == before


def test_missing_customer_is_shown_beside_the_customer_field(open_editor):
    dialog = open_editor()
    dialog.lines.setData(dialog.lines.index(0, 0), "Advies")
    dialog.lines.setData(dialog.lines.index(0, 2), "95")
    dialog.save_draft()
    assert dialog.errors.message("customer") == "choose a customer from the list"
    assert dialog.customer.property("invalid") is True


def test_edit_a_draft_and_post_it_with_ctrl_enter(ctx, open_editor):
    draft_id = ctx.company.invoice_list(InvoiceFilter(status="draft")).ids[0]
    detail = ctx.company.invoice_detail(draft_id)
    dialog = open_editor(detail)
    assert dialog.lines.rowCount() == len(detail.lines)
    assert dialog.customer.account() == detail.customer
    dialog.view.setFocus()
    key(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (dialog.errors.general.text(), dialog.line_error()) == ("", "")
    assert dialog.result() == 1 and dialog.posted is not None and dialog.posted.startswith("INV-")
    document = ctx.company.document(dialog.posted)
    assert document.amount == detail.total and document.customer == detail.customer


def test_dutch_amounts_are_typed_and_shown_the_dutch_way(demo_books, runner, qtbot):
    from ardesk.views.context import AppContext

    from .conftest import TODAY

    ctx = AppContext(demo_books, demo_books.company("DEMO"), "nl", runner, today=lambda: TODAY)
    dialog = InvoiceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.date.text() == "25-11-2026"
    dialog.customer.set_account("10010")
    dialog.view.setFocus()
    keys(dialog, "Montage")
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "1,5")
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "1.062,50")
    key(dialog, Qt.Key.Key_Tab)
    key(dialog, Qt.Key.Key_Tab)
    keys(dialog, "BTW21")
    key(dialog, Qt.Key.Key_Tab)
    assert dialog.lines.data(dialog.lines.index(0, COLUMNS.index("amount"))) == "1.593,75"
    assert dialog.total_value.text() == "1.928,44"
    assert dialog.save_draft()
    draft = ctx.company.invoice_detail(dialog.draft_id)
    assert (draft.lines[0].quantity, draft.lines[0].unit_price) == (Decimal("1.5"), Decimal("1062.50"))


def test_a_credit_note_draft_keeps_its_original_invoice(ctx, open_editor):
    original = ctx.company.invoice_detail(number="INV-000070")
    dialog = open_editor(None, mode="credit_note", original=original)
    dialog.reason.setText("Returned goods")
    assert dialog.save_draft()
    draft = ctx.company.invoice_detail(dialog.draft_id)
    assert (draft.kind, draft.original, draft.reason) == ("credit_note", "INV-000070", "Returned goods")
    again = open_editor(draft)
    assert again.kind == "credit_note" and again.total_value.text() == "-1,328.34"
    again.lines.remove_line(0)
    assert again.save_draft()
    changed = ctx.company.invoice_detail(dialog.draft_id)
    assert changed.original == "INV-000070" and len(changed.lines) == 1


def test_tab_on_the_last_cell_leaves_the_grid_and_enter_never_closes_the_dialog(open_editor):
    dialog = open_editor()
    dialog.customer.set_account("10010")
    key(dialog, Qt.Key.Key_Return)  # Enter in the customer field: on to the date, the dialog stays
    assert dialog.isVisible() and dialog.focusWidget() is dialog.date
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.lines.index(0, COLUMNS.index("tax")))
    key(dialog, Qt.Key.Key_Return)  # opens the cell
    keys(dialog, "BTW9")
    key(dialog, Qt.Key.Key_Tab)
    assert dialog.lines.rowCount() == 1 and dialog.lines.lines()[0].tax == "BTW9"
    assert dialog.focusWidget() is not dialog.view and dialog.view.state() != dialog.view.State.EditingState
    assert dialog.isVisible()


def test_escape_in_a_cell_puts_back_what_it_held(open_editor):
    dialog = open_editor()
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.lines.index(0, COLUMNS.index("quantity")))
    keys(dialog, "25")
    assert dialog.lines.lines()[0].quantity == "25"  # live, for the totals
    key(dialog, Qt.Key.Key_Escape)
    assert dialog.lines.lines()[0].quantity == "1" and dialog.isVisible()


def test_escape_asks_before_throwing_typed_lines_away(open_editor, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    dialog = open_editor()
    dialog.lines.setData(dialog.lines.index(0, 0), "Advies")
    dialog.view.setFocus()
    key(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["Discard your changes?"]
    key(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
