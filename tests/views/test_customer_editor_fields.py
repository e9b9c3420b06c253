"""The customer editor's registration, contact and tax fields: saved through the API, shown again, and
a bad country or e-mail reported beside its field on the tab that holds it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ardesk.views.customers.dialogs import CustomerDialog
from tests.helpers import snapshot

pytestmark = pytest.mark.gui


@pytest.fixture
def edit(ctx, qtbot):
    def open_dialog(account: str | None) -> CustomerDialog:
        dialog = CustomerDialog(ctx, ctx.company.customer(account) if account else None)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_dialog


def test_new_fields_are_saved_and_shown_again(ctx, edit):
    dialog = edit("10020")
    dialog.contact.setText("Pieter Mulder")
    dialog.phone.setText("+32 3 123 45 67")
    dialog.email.setText("facturen@mulder.be")
    dialog.country.setEditText("Belgium")
    dialog.vat_number.setText("BE0123456789")
    dialog.coc_number.setText("0123456789")
    dialog.sales_tax.set_code("ICP")
    dialog.language.set_code("en")
    dialog.credit_limit.setText("25,000.00")
    dialog.mandatory_credit_limit.setChecked(True)
    dialog.on_hold.set_code("invoice")
    dialog.accept()
    assert dialog.result() == 1, dialog.errors.general.text()
    saved = ctx.company.customer("10020")
    assert (saved.contact, saved.phone, saved.email) == ("Pieter Mulder", "+32 3 123 45 67", "facturen@mulder.be")
    assert (saved.country, saved.vat_number, saved.coc_number) == ("BE", "BE0123456789", "0123456789")
    assert (saved.sales_tax, saved.language, saved.on_hold) == ("ICP", "en", "invoice")
    assert (saved.credit_limit, saved.mandatory_credit_limit) == (Decimal("25000.00"), True)
    assert ctx.company.customer_choice("10020").country == "BE"  # what an invoice takes from the customer

    again = edit("10020")
    assert again.country.currentText() == "Belgium" and again.country.code() == "BE"
    assert (again.contact.text(), again.phone.text(), again.coc_number.text()) == (
        "Pieter Mulder",
        "+32 3 123 45 67",
        "0123456789",
    )
    assert again.sales_tax.code() == "ICP" and again.sales_tax.currentText() == "ICP - Intracommunautaire levering (0%)"
    assert again.on_hold.code() == "invoice" and again.credit_limit.text() == "25,000.00"


def test_clearing_the_fields_saves_none(ctx, edit):
    ctx.company.update_customer("10030", contact="X", phone="1", country="DE", sales_tax="BTW9")
    dialog = edit("10030")
    dialog.contact.clear()
    dialog.phone.clear()
    dialog.country.set_code(None)
    dialog.sales_tax.set_code(None)
    dialog.accept()
    saved = ctx.company.customer("10030")
    assert (saved.contact, saved.phone, saved.country, saved.sales_tax) == (None, None, None, None)


def test_a_bad_country_is_reported_beside_the_country(edit, demo_books):
    before = snapshot(demo_books)
    dialog = edit("10010")
    dialog.tabs.setCurrentIndex(2)
    dialog.country.setEditText("Narnia")
    dialog.accept()
    assert dialog.result() == 0 and "'Narnia' is not a country code" in dialog.errors.message("country")
    assert dialog.tabs.currentIndex() == 0 and dialog.country.property("invalid") is True
    assert dialog.focusWidget() is dialog.country
    assert snapshot(demo_books) == before


def test_a_bad_email_is_reported_beside_the_email_on_its_tab(edit, demo_books):
    before = snapshot(demo_books)
    dialog = edit("10010")
    dialog.email.setText("info@bakkerij")
    dialog.accept()
    assert dialog.result() == 0 and dialog.errors.message("email") == "'info@bakkerij' is not an e-mail address"
    assert dialog.tabs.currentIndex() == 1 and dialog.focusWidget() is dialog.email
    assert dialog.errors.message("country") == ""
    assert snapshot(demo_books) == before


def test_countries_netherlands_first_codes_typed_and_names_in_the_ui_language(ctx, edit, dutch):
    dialog = edit(None)
    assert dialog.country.itemText(1) == "Netherlands" and dialog.country.code() is None
    dialog.country.setEditText("de")
    assert dialog.country.code() == "DE"  # a code typed is taken as the code
    dialog.country.setEditText("germany")
    assert dialog.country.code() == "DE"  # the name, in any case
    ctx.language = "nl"
    dutch_dialog = edit(None)
    assert dutch_dialog.country.itemText(1) == "Nederland"
    assert dutch_dialog.country.findText("België") > 2


def test_sales_tax_offers_active_codes_and_keeps_an_inactive_current_one(ctx, edit):
    ctx.company.update_customer("10040", sales_tax="VRIJ")
    ctx.company.set_active("sales_tax", "VRIJ", False)
    other = edit("10050")
    codes = [other.sales_tax.itemData(i) for i in range(other.sales_tax.count())]
    assert "VRIJ" not in codes and {"BTW21", "BTW9", "ICP"} <= set(codes)
    assert other.sales_tax.itemText(0) == "(the company's default)"
    own = edit("10040")
    assert own.sales_tax.code() == "VRIJ"


def test_posting_profile_and_method_of_payment_are_saved_and_shown_again(ctx, edit):
    dialog = edit("10020")
    profiles = [dialog.posting_profile.itemText(i) for i in range(dialog.posting_profile.count())]
    assert profiles == ["(the company's default)", "GEN - Handelsdebiteuren", "PREPAY - Vooruitbetalingen"]
    assert dialog.posting_profile.code() is None and dialog.method_of_payment.code() is None
    dialog.posting_profile.set_code("PREPAY")
    dialog.method_of_payment.set_code("INCASSO")
    dialog.accept()
    assert dialog.result() == 1, dialog.errors.general.text()
    saved = ctx.company.customer("10020")
    assert (saved.posting_profile, saved.method_of_payment) == ("PREPAY", "INCASSO")

    again = edit("10020")
    assert again.posting_profile.code() == "PREPAY"
    assert again.posting_profile.currentText() == "PREPAY - Vooruitbetalingen"
    assert again.method_of_payment.currentText() == "INCASSO - SEPA-incasso"


def test_posting_profile_cleared_back_to_the_company_default(ctx, edit):
    ctx.company.update_customer("10030", posting_profile="GEN", method_of_payment="BANK")
    dialog = edit("10030")
    assert dialog.posting_profile.currentText() == "GEN - Handelsdebiteuren"
    dialog.posting_profile.set_code(None)
    dialog.method_of_payment.set_code(None)
    assert dialog.posting_profile.currentText() == "(the company's default)"
    dialog.accept()
    assert dialog.result() == 1, dialog.errors.general.text()
    saved = ctx.company.customer("10030")
    assert (saved.posting_profile, saved.method_of_payment) == (None, None)
    assert edit("10030").posting_profile.currentText() == "(the company's default)"


def test_a_deactivated_posting_profile_is_kept_but_not_offered_to_others(ctx, edit):
    receivable = ctx.company.accounts()[0].number
    ctx.company.create_posting_profile("OLD", [("all", None, receivable)], description="Old receivables")
    ctx.company.update_customer("10040", posting_profile="OLD")
    ctx.company.set_active("posting_profile", "OLD", False)
    other = edit("10050")
    assert [other.posting_profile.itemData(i) for i in range(other.posting_profile.count())] == ["", "GEN", "PREPAY"]
    own = edit("10040")
    assert own.posting_profile.currentText() == "OLD - Old receivables"
    own.phone.setText("020 123 45 67")
    own.accept()  # the profile unchanged: saving other fields is not refused for it
    assert own.result() == 1, own.errors.general.text()
    saved = ctx.company.customer("10040")
    assert (saved.posting_profile, saved.phone) == ("OLD", "020 123 45 67")
