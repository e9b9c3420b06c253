"""The customer editor: saves through the API; a ValidationError stays beside its field and writes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.customers.page import CustomersPage
from ardesk.views.customers.table_model import COLUMNS
from tests.helpers import snapshot

pytestmark = pytest.mark.gui
MARKUP = "<b>&amp; =SUM(A1) +31 -x @home 'quoted' \"double\""


@pytest.fixture
def edit(ctx, qtbot):
    def open_dialog(account: str | None) -> CustomerDialog:
        dialog = CustomerDialog(ctx, ctx.company.customer(account) if account else None)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_dialog


def test_wrong_iban_shows_the_message_under_the_iban_and_writes_nothing(ctx, edit, demo_books):
    before = snapshot(demo_books)
    dialog = edit("10020")
    dialog.iban.setText("NL91 ABNA 0417 1643 01")  # one digit off
    dialog.credit_limit.setText("60,000.00")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "wrong check digit" in dialog.errors.message("iban")
    assert dialog.errors.message("credit_limit") == ""
    assert dialog.focusWidget() is dialog.iban
    assert dialog.iban.property("invalid") is True
    assert snapshot(demo_books) == before


def test_unreadable_credit_limit_is_reported_on_its_field(edit, demo_books):
    before = snapshot(demo_books)
    dialog = edit("10010")
    dialog.credit_limit.setText("12,50,0")
    dialog.accept()
    assert "is not an amount" in dialog.errors.message("credit_limit")
    assert dialog.focusWidget() is dialog.credit_limit
    assert snapshot(demo_books) == before


def test_duplicate_account_is_reported_on_the_account_field(edit):
    dialog = edit(None)
    dialog.account.setText("10010")
    dialog.name.setText("Copy")
    dialog.accept()
    assert "already exists" in dialog.errors.message("account")
    assert dialog.errors.message("name") == ""


def test_dutch_amounts_are_read_per_locale_and_saved(ctx, edit, dutch):
    ctx.locale = "nl_NL"
    dialog = edit("10040")
    dialog.credit_limit.setText("7.500,00")
    dialog.terms.set_code("1M")
    dialog.accept()
    assert dialog.result() == 1
    saved = ctx.company.customer("10040")
    assert (saved.credit_limit, saved.terms) == (Decimal("7500.00"), "1M")


def test_markup_in_a_name_is_shown_literally(ctx, edit, qtbot, wait_loaded):
    dialog = edit(None)
    dialog.account.setText("99999")
    dialog.name.setText(MARKUP)
    dialog.accept()
    assert dialog.result() == 1, dialog.errors.general.text()
    assert ctx.company.customer("99999").name == MARKUP
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    page.search.setText("99999")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.model.data(page.model.index(0, COLUMNS.index("name")), Qt.ItemDataRole.DisplayRole) == MARKUP
    editor = edit("99999")
    assert editor.name.text() == MARKUP
    assert MARKUP in editor.windowTitle()
    labels = [w for w in page.findChildren(QLabel) if w.textFormat() != Qt.TextFormat.PlainText]
    assert labels == []  # no label anywhere on the page interprets markup


def test_consumer_and_credit_fields_are_saved(ctx, edit):
    dialog = edit("10040")
    assert not dialog.consumer.isChecked()
    dialog.consumer.setChecked(True)
    dialog.mandatory_credit_limit.setChecked(True)
    dialog.on_hold.set_code("invoice")
    dialog.accept()
    assert dialog.result() == 1
    saved = ctx.company.customer("10040")
    assert (saved.consumer, saved.mandatory_credit_limit, saved.on_hold) == (True, True, "invoice")
    assert edit("10040").consumer.isChecked()
