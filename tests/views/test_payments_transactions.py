"""A customer's transactions with their settlements, and Unsettle, Reverse and NSF after confirmation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ardesk.api import Mark
from ardesk.views.payments.transactions import TransactionsView
from tests.helpers import snapshot

pytestmark = pytest.mark.gui
CUSTOMER = "10280"
INVOICE = "INV-000068"
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def paid(ctx) -> str:
    """INV-000068 paid on 20/11 with its 2 % cash discount; returns the payment number."""
    return ctx.company.post_payment(CUSTOMER, DAY, marks=[Mark(INVOICE)], reference="ST-47").number


@pytest.fixture
def view(ctx, qtbot) -> TransactionsView:
    v = TransactionsView(ctx)
    qtbot.addWidget(v)
    v.show()
    return v


def column(view: TransactionsView, title: str, model=None) -> int:
    model = model or view.model
    return [c.title for c in model.columns].index(title)


def row_texts(view: TransactionsView, number: str) -> dict[str, str]:
    row = next(i for i, r in enumerate(view.model.rows()) if r.number == number)
    return {c.title: view.model.index(row, i).data() for i, c in enumerate(view.model.columns)}


def test_open_and_closed_transactions_with_discount_taken(ctx, view, paid):
    view.set_customer(CUSTOMER)
    numbers = [r.number for r in view.model.rows()]
    assert numbers == [t.number for t in ctx.company.transactions(CUSTOMER)]
    invoice = row_texts(view, INVOICE)
    assert (invoice["Open balance"], invoice["Discount taken"], invoice["Status"]) == ("0.00", "43.76", "Closed")
    assert invoice["Closed on"] == "20/11/2026"
    payment = row_texts(view, paid)
    assert (payment["Amount"], payment["Type"], payment["Reference"]) == ("-2,144.18", "Payment", "ST-47")
    amount = view.model.index(0, column(view, "Amount")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert amount & Qt.AlignmentFlag.AlignRight
    view.open_only.setChecked(True)
    assert INVOICE not in [r.number for r in view.model.rows()]
    count = len(view.model.rows())
    assert view.count_label.text() == f"{count} transaction{'' if count == 1 else 's'}"


def test_settlements_of_the_selected_transaction(ctx, view, paid):
    view.set_customer(CUSTOMER)
    view.select(INVOICE)
    records = ctx.company.settlements(INVOICE)
    assert view.settlements.rows() == records
    assert view.settlement_title.text() == f"Settlements of {INVOICE}"
    others = [view.settlements.index(r, 0).data() for r in range(view.settlements.rowCount())]
    assert paid in others
    discounts = [
        view.settlements.index(r, column(view, "Cash discount", view.settlements)).data()
        for r in range(view.settlements.rowCount())
    ]
    assert "43.76" in discounts
    assert view.unsettle_button.isEnabled() and view.reverse_button.isEnabled() and not view.nsf_button.isEnabled()


def test_unsettle_after_confirmation_reopens_the_invoice(ctx, view, paid):
    view.set_customer(CUSTOMER)
    view.select(INVOICE)
    asked = []
    view.ask = lambda title, text, fee: asked.append((title, fee)) or (dt.date(2026, 11, 25), None)
    assert view.unsettle_selected()
    assert asked == [("Unsettle", False)]
    assert ctx.company.document(INVOICE).balance == Decimal("2187.94")
    assert ctx.company.document(paid).balance == Decimal("-2144.18")
    assert row_texts(view, INVOICE)["Status"] == "Open"
    assert "undone" in view.status.text()
    unsettled = column(view, "Unsettled on", view.settlements)
    assert view.settlements.index(0, unsettled).data() == "25/11/2026"


def test_cancelled_confirmation_changes_nothing(ctx, view, paid, demo_books):
    view.set_customer(CUSTOMER)
    view.select(paid)
    view.ask = lambda *_: None
    before = snapshot(demo_books)
    assert not view.reverse_selected()
    assert not view.nsf_selected()
    assert not view.unsettle_selected()
    assert snapshot(demo_books) == before


def test_nsf_with_fee_reopens_the_invoice_and_charges_the_fee(ctx, view, paid):
    view.set_customer(CUSTOMER)
    view.select(paid)
    assert view.nsf_button.isEnabled()
    view.ask = lambda title, text, fee: (dt.date(2026, 11, 25), Decimal("15.00")) if fee else None
    before = ctx.company.customer_balance(CUSTOMER)
    assert view.nsf_selected()
    assert ctx.company.document(INVOICE).balance == Decimal("2187.94")
    assert ctx.company.customer_balance(CUSTOMER) == before + Decimal("2187.94") + Decimal("15.00")
    fees = [r for r in view.model.rows() if r.kind == "fee"]
    assert [f.amount for f in fees] == [Decimal("15.00")]
    assert view.status.text() == f"Payment {paid} returned as NSF."


def test_reverse_an_invoice_and_refusals_are_shown(ctx, view, demo_books):
    invoice = ctx.company.transactions("10010", open_only=True)[0]
    view.set_customer("10010")
    view.select(invoice.number)
    view.ask = lambda *_: (invoice.date - dt.timedelta(days=1), None)  # before the invoice: refused
    before = snapshot(demo_books)
    assert not view.reverse_selected()
    assert "must not be before" in view.message.text() and view.message.isVisibleTo(view)
    assert snapshot(demo_books) == before
    view.ask = lambda *_: (dt.date(2026, 11, 25), None)
    assert view.reverse_selected()
    assert ctx.company.document(invoice.number).balance == Decimal("0.00")
    assert any(r.kind == "reversal" for r in view.model.rows())


def test_open_items_query_names_the_journal_holding_a_mark(ctx):
    journal = ctx.company.create_payment_journal("")
    ctx.company.add_payment_line(journal, CUSTOMER, DAY, marks=[Mark(INVOICE)])
    rows = {r.number: r for r in ctx.company.open_items(CUSTOMER, DAY)}
    assert ctx.company.open_items("nobody", DAY) == []
    row = rows[INVOICE]
    assert row.marked_in == f"{journal} line 1"
    assert (row.discount_percent, row.discount_available) == (Decimal("2"), Decimal("43.76"))
    others = [r for n, r in rows.items() if n != INVOICE]
    assert others and all(r.marked_in is None for r in others)


def test_write_off_the_selected_invoice_after_confirmation(ctx, view, demo_books):
    invoice = ctx.company.transactions("10010", open_only=True)[0]
    view.set_customer("10010")
    view.select(invoice.number)
    assert view.write_off_button.isEnabled()
    asked = []
    view.ask_write_off = lambda title, text: asked.append(title) or None
    before = snapshot(demo_books)
    assert not view.write_off_selected() and snapshot(demo_books) == before
    assert asked == [f"Write off {invoice.number}"]
    view.ask_write_off = lambda *_: (dt.date(2026, 11, 25), True)
    assert view.write_off_selected()
    assert ctx.company.document(invoice.number).balance == Decimal("0.00")
    assert any(r.kind == "write_off" for r in view.model.rows())
    assert view.status.text() == f"{invoice.number} written off."
