"""Companies and set-up: the defaults a new company gets, and refusals that name the field (DOMAIN 2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, ValidationError
from ardesk.services.chart import ROLES
from tests.helpers import snapshot


def test_a_new_company_has_a_chart_with_an_account_per_role(books):
    co = books.create_company("NL01", "De Vries", currency="EUR")
    accounts = [co.account_for(role) for role in ROLES]
    assert len(set(accounts)) == len(ROLES)
    assert co.account_for("receivable") == "130100"
    assert co.account_for("bank") == "110110"
    assert [c.code for c in books.companies()] == ["NL01"]
    assert books.company("NL01").currency == "EUR"


def test_a_new_company_has_default_group_profiles_sequences_and_bank(books):
    co = books.create_company("NL01", "De Vries")
    info = co.create_customer("1001", "Jansen")
    assert info.group == "STD" and info.currency == "EUR" and info.balance == D("0.00")
    doc = co.post_free_text_invoice("1001", date(2026, 1, 5), [Line("x", D("1.00"))])
    assert doc.number == "INV-000001" and doc.voucher == "FTI-000001"
    params = co.parameters()
    assert params["default_posting_profile"] == "GEN" and params["prepayment_posting_profile"] == "PREPAY"
    co.create_customer("1002", "Prepaying", posting_profile="PREPAY")
    co.post_free_text_invoice("1002", date(2026, 1, 5), [Line("x", D("2.00"))])
    assert co.balance("prepayment") == D("2.00")


def test_dutch_company_gets_dutch_account_names(books):
    co = books.create_company("NL02", "Bakkerij", language="nl")
    co.create_customer("1", "Klant")
    co.post_free_text_invoice("1", date(2026, 1, 5), [Line("x", D("1.00"))])
    names = {r.account: r.name for r in co.trial_balance()}
    assert names["130100"] == "Debiteuren handel" and names["401100"] == "Omzet"


def test_companies_are_separate_legal_entities(books):
    a = books.create_company("A", "Alpha")
    b = books.create_company("B", "Beta", currency="GBP")
    a.create_customer("1", "Same account number")
    b.create_customer("1", "Same account number")
    a.post_free_text_invoice("1", date(2026, 1, 5), [Line("x", D("5.00"))])
    assert a.balance("receivable") == D("5.00") and b.balance("receivable") == D("0.00")
    assert b.customers()[0].currency == "GBP"
    with pytest.raises(ValidationError) as err:
        books.create_company("A", "Again")
    assert err.value.field == "code"


def test_set_account_role_moves_future_postings(co):
    co.create_account("402000", "Other revenue", "revenue")
    co.set_account_role("revenue", "402000")
    co.post_free_text_invoice("1001", date(2026, 1, 5), [Line("x", D("1.00"))])
    assert co.balance("402000") == D("-1.00") and co.balance("401100") == D("0.00")


def test_parameters_are_validated_and_stored(co):
    co.set_parameters(
        cash_discount_on_partial_payments=True,
        max_penny_difference=D("0.05"),
        cash_discount_administration="unspecific",
        settlement_priority=["fee", "interest_note"],
    )
    p = co.parameters()
    assert p["cash_discount_on_partial_payments"] is True and p["max_penny_difference"] == D("0.05")
    assert p["settlement_priority"] == "fee,interest_note"


BAD_SETUP = [
    (lambda co: co.set_parameters(max_penny_difference=0.05), "max_penny_difference"),
    (lambda co: co.set_parameters(cash_discount_administration="sometimes"), "cash_discount_administration"),
    (lambda co: co.set_parameters(no_such_thing=True), "no_such_thing"),
    (lambda co: co.set_parameters(automatic_settlement="yes"), "automatic_settlement"),
    (lambda co: co.set_parameters(default_posting_profile="NOPE"), "default_posting_profile"),
    (lambda co: co.create_account("130100", "Duplicate", "asset"), "number"),
    (lambda co: co.create_account("999", "Weird", "income"), "kind"),
    (lambda co: co.create_account("", "Empty", "asset"), "number"),
    (lambda co: co.set_account_role("treasure", "110110"), "role"),
    (lambda co: co.set_account_role("bank", "000"), "number"),
    (lambda co: co.create_customer_group("STD", "Again"), "code"),
    (lambda co: co.create_customer_group("G", "   "), "name"),
    (lambda co: co.create_terms_of_payment("N30", days=30), "code"),
    (lambda co: co.create_terms_of_payment("X", days=-1), "days"),
    (lambda co: co.create_terms_of_payment("X", days=1.5), "days"),
    (lambda co: co.create_cash_discount("X", []), "periods"),
    (lambda co: co.create_cash_discount("X", [(14, D("1")), (5, D("2"))]), "periods[1].days"),
    (lambda co: co.create_cash_discount("X", [(14, 2.0)]), "periods[0].percent"),
    (lambda co: co.create_cash_discount("X", [(14, D("120"))]), "periods[0].percent"),
    (lambda co: co.create_posting_profile("P", [("everyone", None, "130100")]), "lines[0].scope"),
    (lambda co: co.create_posting_profile("P", [("table", "NOBODY", "130100")]), "lines[0].who"),
    (lambda co: co.create_posting_profile("P", [("all", "X", "130100")]), "lines[0].who"),
    (lambda co: co.create_posting_profile("P", [("all", None, "130100"), ("all", None, "130100")]), "lines[1]"),
    (lambda co: co.create_posting_profile("P", [("all", None, "999999")]), "lines[0].account"),
    (lambda co: co.create_sales_tax("T", D("-1")), "percent"),
    (lambda co: co.create_sales_tax("HIGH", D("21")), "code"),
    (lambda co: co.create_method_of_payment("CHQ", "cheque"), "kind"),
    (lambda co: co.create_method_of_payment("CSH", "cash", direct_debit=True), "direct_debit"),
    (lambda co: co.create_aging_definition("A", [("x", 5, 1)]), "buckets[0].to_days"),
]


@pytest.mark.parametrize("call, field", BAD_SETUP, ids=[f"{i}-{f}" for i, (_, f) in enumerate(BAD_SETUP)])
def test_bad_set_up_is_refused_and_changes_nothing(books, co, call, field):
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        call(co)
    assert err.value.field == field
    assert err.value.message
    assert snapshot(books) == before


def test_method_of_payment_defaults_its_account_by_kind(co):
    co.create_method_of_payment("CASH", "cash")
    co.create_method_of_payment("SDD", "electronic", direct_debit=True)
    co.create_method_of_payment("CARD", "card", "110110")
    co.create_method_of_payment("BOE", "bill_of_exchange")
    co.create_method_of_payment("CHQ", "check", "110200")  # a given account wins over the kind's default
    methods = {m.code: (m.kind, m.account, m.direct_debit) for m in co.methods_of_payment()}
    assert methods["CASH"] == ("cash", co.account_for("cash"), False)
    assert methods["SDD"] == ("electronic", co.account_for("bank"), True)
    assert methods["CARD"] == ("card", "110110", False)
    assert methods["BOE"] == ("bill_of_exchange", co.account_for("bills_of_exchange"), False)
    assert methods["CHQ"] == ("check", "110200", False)
    assert len({co.account_for("cash"), co.account_for("bank"), co.account_for("bills_of_exchange")}) == 3
