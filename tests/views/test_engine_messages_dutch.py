"""The Dutch GUI shows the engine's refusals in Dutch, with amounts and dates in the Dutch format."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ardesk.errors import ArdeskError, NotFoundError, ValidationError
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.widgets.forms import FieldErrors
from ardesk.views.widgets.page import Page
from tests.helpers import snapshot

pytestmark = pytest.mark.gui


@pytest.fixture
def dutch_ctx(ctx, dutch):
    ctx.language, ctx.locale = "nl", "nl_NL"
    return ctx


def _dialog(ctx, qtbot, account: str) -> CustomerDialog:
    dialog = CustomerDialog(ctx, ctx.company.customer(account))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_e_mail_address_is_refused_in_dutch_beside_the_field(dutch_ctx, qtbot, demo_books):
    before = snapshot(demo_books)
    dialog = _dialog(dutch_ctx, qtbot, "10020")
    dialog.email.setText("boekhouding@")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.errors.message("email") == "'boekhouding@' is geen e-mailadres"
    assert snapshot(demo_books) == before


def test_an_amount_in_a_refusal_is_written_the_dutch_way(dutch_ctx, qtbot, demo_books):
    before = snapshot(demo_books)
    dialog = _dialog(dutch_ctx, qtbot, "10020")
    dialog.credit_limit.setText("1.234,505")  # read per locale, refused by the engine: three decimals
    dialog.accept()
    assert dialog.errors.message("credit_limit") == "1.234,505 heeft meer dan 2 decimalen (bedragen in EUR hebben er 2)"
    assert snapshot(demo_books) == before


def test_a_date_in_a_refusal_is_written_the_dutch_way(dutch_ctx, qtbot):
    form_widget = QWidget()
    qtbot.addWidget(form_widget)
    form = QFormLayout(form_widget)
    general = QLabel()
    errors = FieldErrors(general)
    errors.add_row(form, "Valuta", QLineEdit(), "currency")
    with pytest.raises(NotFoundError) as refused:
        dutch_ctx.company.exchange_rate("USD", dt.date(2026, 12, 1))
    assert refused.value.message == "there is no exchange rate for USD on 2026-12-01"  # the API stays English
    errors.show(refused.value)
    assert errors.message("currency") == "er is geen wisselkoers voor USD op 1 dec 2026"
    errors.show(ValidationError("lines[0].amount", "must not be negative, got {amount}", amount=-1234.5))
    assert general.text() == "lines[0].amount: mag niet negatief zijn, niet -1234.5"  # a float is left as it is


def test_a_page_warns_in_the_language_of_the_context(dutch_ctx, qtbot, monkeypatch):
    page = Page(dutch_ctx)
    qtbot.addWidget(page)
    page.add_message_line()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dutch_ctx.company.close_period(dt.date(2026, 10, 31))
    with pytest.raises(ArdeskError) as refused:
        dutch_ctx.company.close_period(dt.date(2026, 10, 31))
    page.warn_refusal("Periode afsluiten", refused.value)
    assert shown == ["period_end: de periode die eindigt op 31 okt 2026 is al afgesloten"]
    assert page.last_message == shown[0]
