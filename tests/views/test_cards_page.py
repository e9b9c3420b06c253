"""The Card payments page: authorize through the dialog, capture and void from the list (DOMAIN 8)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from ardesk.views.payments.cards import AuthorizeDialog, CaptureDialog, CardPaymentsPage, VoidDialog

from .conftest import TODAY

pytestmark = pytest.mark.gui

VISA = "4242 4242 4242 4242"


@pytest.fixture
def page(ctx, qtbot, wait_loaded):
    ctx.company.create_method_of_payment("CARD", "card", account="110300", description="Credit card")
    p = CardPaymentsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    wait_loaded(p)
    return p


def open_invoice(ctx, customer="10060"):
    return next(t for t in ctx.company.transactions(customer, open_only=True) if t.kind == "invoice")


def table(page: CardPaymentsPage) -> list[dict[str, str]]:
    titles = [c.title for c in page.model.columns]
    return [{t: page.model.index(r, i).data() for i, t in enumerate(titles)} for r in range(page.model.rowCount())]


def fill(dialog: AuthorizeDialog, *, invoice=None, number=VISA, amount=None, cvv="123") -> None:
    dialog.customer.set_account("10060")
    if invoice is not None:
        dialog.invoice.set_code(invoice)
        dialog.invoice.activated.emit(dialog.invoice.currentIndex())
    if amount is not None:
        dialog.amount.setText(amount)
    dialog.card_number.setText(number)
    dialog.expiry.setText("12/28")
    dialog.holder.setText("H. de Boer")
    dialog.cvv.setText(cvv)


def authorize(page, qtbot, wait_loaded, **kw) -> AuthorizeDialog:
    seen = []

    def drive(dialog):
        fill(dialog, **kw)
        dialog.accept()
        seen.append(dialog)
        return dialog

    page.open_dialog = drive
    page.authorize_button.click()
    wait_loaded(page)
    return seen[0]


def test_authorize_and_capture_through_the_page(page, ctx, qtbot, wait_loaded):
    assert page.placeholder.text().startswith("No card payments yet")
    inv = open_invoice(ctx)
    dialog = authorize(page, qtbot, wait_loaded, invoice=inv.number)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.amount.text() == ctx.amount(inv.balance)  # the invoice's open balance was proposed
    assert dialog.card_number.text() == "" and dialog.cvv.text() == ""  # nothing of the card stays behind
    assert dialog.cvv.echoMode() == QLineEdit.EchoMode.Password
    [row] = table(page)
    assert row["Number"] == "CARD-000001" and row["Customer"] == "10060" and row["Card"] == "Visa •••• 4242"
    assert row["Invoice"] == inv.number and row["Amount"] == ctx.amount(inv.balance)
    assert row["State"] == "Authorized" and row["Authorized"] == ctx.date(TODAY) and row["Payment"] == ""
    assert "CARD-000001: Visa •••• 4242 authorized" in page.last_message
    assert page.capture_button.isEnabled() and page.void_button.isEnabled()

    def capture(dialog):
        assert isinstance(dialog, CaptureDialog) and dialog.amount.text() == ctx.amount(inv.balance)
        dialog.accept()
        return dialog

    page.open_dialog = capture
    page.capture_button.click()
    wait_loaded(page)
    [row] = table(page)
    assert row["State"] == "Captured" and row["Closed on"] == ctx.date(TODAY)
    assert row["Payment"].startswith("ARP-")
    assert ctx.company.document(inv.number).balance == Decimal("0.00")
    assert not page.capture_button.isEnabled() and not page.void_button.isEnabled()
    assert page.last_message == f"CARD-000001 captured: payment {row['Payment']} posted."


def test_a_bad_number_is_shown_beside_the_field_and_not_echoed(page, qtbot, wait_loaded):
    dialog = AuthorizeDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    fill(dialog, number="4242 4242 4242 4241", amount="50.00")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.errors.message("card_number")
    assert message == "the check digit is wrong: a digit was mistyped"
    dialog.reject()
    assert dialog.card_number.text() == ""
    assert page.ctx.company.card_payments() == []


def test_declined_and_void(page, ctx, qtbot, wait_loaded):
    authorize(page, qtbot, wait_loaded, number="4000 0000 0000 9995", amount="75.00")
    [row] = table(page)
    assert row["State"] == "Declined: insufficient funds" and row["Card"] == "Visa •••• 9995"
    assert "was declined (insufficient funds)" in page.last_message
    assert not page.capture_button.isEnabled()
    authorize(page, qtbot, wait_loaded, amount="20.00")
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert table(page)[0]["State"] == "Authorized"

    def void(dialog):
        assert isinstance(dialog, VoidDialog)
        dialog.accept()
        return dialog

    page.open_dialog = void
    page.void_button.click()
    wait_loaded(page)
    assert [r["State"] for r in table(page)] == ["Voided", "Declined: insufficient funds"]
    page.state.set_code("voided")
    page.state.activated.emit(page.state.currentIndex())
    wait_loaded(page)
    assert [r["Number"] for r in table(page)] == ["CARD-000002"]


def test_partial_capture_through_the_page(page, ctx, qtbot, wait_loaded):
    inv = open_invoice(ctx)
    authorize(page, qtbot, wait_loaded, invoice=inv.number, amount="100.00")

    def capture(dialog):
        dialog.amount.setText("100.01")
        dialog.accept()  # more than authorized: the message stands beside the amount
        assert dialog.errors.message("amount") == "100.01 is more than the authorized 100.00"
        dialog.amount.setText("40.00")
        dialog.accept()
        return dialog

    page.open_dialog = capture
    page.capture_button.click()
    wait_loaded(page)
    [row] = table(page)
    assert row["State"] == "Captured in part: 40.00" and row["Amount"] == "100.00"
    assert ctx.company.document(inv.number).balance == inv.balance - Decimal("40.00")
