"""The settle window with centralized payments (DOMAIN 4.13): other companies' open items of the same party."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ardesk.api import Line
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.settle_model import COLUMNS

pytestmark = pytest.mark.gui

CUSTOMER = "10010"
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def group(ctx):
    """A second company SUB in one centralized-payments group with DEMO; customer 10010 is party P-10010
    in both (50010 in SUB), with a 500.00 invoice open in SUB."""
    books = ctx.books
    sub = books.create_company("SUB", "Demo Dienstverlening B.V.")
    ctx.company.update_customer(CUSTOMER, party="P-10010")
    sub.create_customer("50010", "Bakkerij Van der Meer B.V.", party="P-10010")
    invoice = sub.post_free_text_invoice("50010", dt.date(2026, 11, 2), [Line("Advice", Decimal("500.00"))])
    books.enable_centralized_payments(["DEMO", "SUB"])
    return sub, invoice


@pytest.fixture
def settle(ctx, qtbot):
    def open_dialog(**kw: object) -> SettleDialog:
        dialog = SettleDialog(ctx, customer=CUSTOMER, date=DAY, **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_dialog


def preview(qtbot, dialog: SettleDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        dialog.preview_now()


def cell(dialog: SettleDialog, key: str, column: str) -> object:
    return dialog.model.index(dialog.model.row_of(key), COLUMNS.index(column)).data()


def mark(dialog: SettleDialog, key: str) -> None:
    index = dialog.model.index(dialog.model.row_of(key), COLUMNS.index("mark"))
    assert dialog.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_the_group_switch_is_hidden_without_centralized_payments(settle):
    dialog = settle()
    assert not dialog.group_items.isVisibleTo(dialog)
    assert dialog.view.isColumnHidden(COLUMNS.index("company"))


def test_other_companies_items_are_shown_and_paid(ctx, group, settle, qtbot):
    sub, invoice = group
    dialog = settle()
    assert dialog.group_items.isVisibleTo(dialog) and not dialog.group_items.isChecked()
    own = [r.number for r in dialog.model.rows()]
    assert own == [t.number for t in ctx.company.transactions(CUSTOMER, open_only=True)]
    dialog.group_items.setChecked(True)
    key = f"SUB:{invoice.number}"
    assert dialog.model.row_of(key) >= 0 and len(dialog.model.rows()) == len(own) + 1
    assert not dialog.view.isColumnHidden(COLUMNS.index("company"))
    assert cell(dialog, key, "company") == "SUB" and cell(dialog, key, "balance") == "500.00"
    assert cell(dialog, own[0], "company") == "DEMO"
    # the invoice number exists in DEMO too: the marks tell the companies apart
    assert ctx.company.document(invoice.number).customer != "50010"
    mark(dialog, key)
    preview(qtbot, dialog)
    assert [(m.number, m.company) for m in dialog.model.marks()] == [(invoice.number, "SUB")]
    assert cell(dialog, key, "amount_to_settle") == "500.00"
    assert dialog.totals()[0] == Decimal("500.00")
    dialog.post_payment()
    assert dialog.result_text.startswith("Payment ") and "500.00" in dialog.result_text
    assert sub.document(invoice.number).balance == Decimal("0.00")
    assert ctx.company.balance("due_to") == Decimal("-500.00") and sub.balance("due_from") == Decimal("500.00")
    assert dialog.model.row_of(key) == -1  # settled: no longer listed


def test_settle_marked_offsets_an_open_payment_against_another_companys_invoice(ctx, group, settle, qtbot):
    sub, invoice = group
    payment = ctx.company.post_payment(CUSTOMER, dt.date(2026, 11, 18), Decimal("200.00"))
    dialog = settle(settle_only=True)
    dialog.group_items.setChecked(True)
    mark(dialog, payment.number)
    mark(dialog, f"SUB:{invoice.number}")
    preview(qtbot, dialog)
    dialog.ask = lambda *_: QMessageBox.StandardButton.Yes
    dialog.settle_marked()
    assert dialog.result_text.endswith("posted."), dialog.message.text()
    assert sub.document(invoice.number).balance == Decimal("300.00")
    assert ctx.company.document(payment.number).balance == Decimal("0.00")
    for company in (ctx.company, sub):
        assert all(r.difference == Decimal("0.00") for r in company.reconcile_receivables())
