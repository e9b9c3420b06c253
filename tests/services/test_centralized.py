"""Centralized payments (DOMAIN 4.13): a payment in one company settles an invoice of the same party in another."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, Mark, ValidationError
from tests.helpers import snapshot


@pytest.fixture
def group(books):
    pay = books.create_company("PAY", "Holding B.V.")
    inv = books.create_company("INV", "Werkmaatschappij B.V.")
    for co in (pay, inv):
        co.create_cash_discount("2D10", [(10, D("2"))])
        co.create_terms_of_payment("N30", days=30)
    pay.create_customer("1001", "Bakkerij Van der Meer", party="P-77")
    inv.create_customer("5001", "Bakkerij Van der Meer", party="P-77", terms="N30", cash_discount="2D10")
    inv.create_customer("5002", "Someone else", party="P-78")
    return books, pay, inv


def invoice(co, amount="1000.00", customer="5001"):
    return co.post_free_text_invoice(customer, date(2024, 5, 1), [Line("Goods", D(amount))])


def test_payment_in_one_company_settles_an_invoice_of_another(group):
    books, pay, inv = group
    books.enable_centralized_payments(["PAY", "INV"])
    i = invoice(inv)
    p = pay.post_payment("1001", date(2024, 5, 8), marks=[Mark(i.number, company="INV")])
    assert p.amount == D("-980.00") and p.balance == D("0.00")
    assert inv.document(i.number).balance == D("0.00")
    # Paying company: bank against due-to; invoice company: due-from and the discount against receivable.
    assert (pay.balance("bank"), pay.balance("receivable"), pay.balance("due_to")) == (
        D("980.00"),
        D("0.00"),
        D("-980.00"),
    )
    assert (inv.balance("receivable"), inv.balance("due_from"), inv.balance("cash_discount")) == (
        D("0.00"),
        D("980.00"),
        D("20.00"),
    )
    for co in (pay, inv):
        assert all(r.difference == D("0.00") for r in co.reconcile_receivables())
    kinds = sorted(t.kind for t in inv.transactions("5001"))
    assert kinds == ["cash_discount", "intercompany", "invoice"]


def test_cash_discount_in_the_paying_company(group):
    books, pay, inv = group
    books.enable_centralized_payments(["PAY", "INV"], cash_discount_in="payment")
    i = invoice(inv)
    pay.post_payment("1001", date(2024, 5, 8), marks=[Mark(i.number, company="INV")])
    assert inv.document(i.number).balance == D("0.00")
    assert (pay.balance("cash_discount"), pay.balance("due_to"), pay.balance("receivable")) == (
        D("20.00"),
        D("-1000.00"),
        D("0.00"),
    )
    assert (inv.balance("cash_discount"), inv.balance("due_from"), inv.balance("receivable")) == (
        D("0.00"),
        D("1000.00"),
        D("0.00"),
    )


def test_settling_an_open_payment_takes_the_discount_in_the_paying_company(group):
    """settle (not post_payment): the payment is an open transaction among the marks."""
    books, pay, inv = group
    books.enable_centralized_payments(["PAY", "INV"], cash_discount_in="payment")
    i = invoice(inv)
    p = pay.post_payment("1001", date(2024, 5, 8), D("980.00"))
    pay.settle("1001", date(2024, 5, 8), [Mark(p.number), Mark(i.number, company="INV")])
    assert inv.document(i.number).balance == D("0.00")
    assert pay.document(p.number).balance == D("0.00")
    assert (pay.balance("cash_discount"), pay.balance("due_to"), pay.balance("receivable")) == (
        D("20.00"),
        D("-1000.00"),
        D("0.00"),
    )
    assert (inv.balance("due_from"), inv.balance("receivable")) == (D("1000.00"), D("0.00"))
    for co in (pay, inv):
        assert all(r.difference == D("0.00") for r in co.reconcile_receivables())


def test_partial_centralized_payment_and_unsettle(group):
    books, pay, inv = group
    books.enable_centralized_payments(["PAY", "INV"])
    i = invoice(inv)
    own = pay.post_free_text_invoice("1001", date(2024, 5, 2), [Line("Fee", D("50.00"))])
    p = pay.post_payment(
        "1001", date(2024, 6, 20), D("450.00"), marks=[Mark(i.number, D("400.00"), company="INV"), Mark(own.number)]
    )
    assert p.balance == D("0.00")
    assert inv.document(i.number).balance == D("600.00") and pay.document(own.number).balance == D("0.00")
    [row, *_] = [r for r in pay.settlements(p.number)]
    pay.unsettle(row.id, date(2024, 6, 21))
    assert inv.document(i.number).balance == D("1000.00") and pay.document(p.number).balance == D("-450.00")
    assert pay.balance("due_to") == D("0.00") and inv.balance("due_from") == D("0.00")
    for co in (pay, inv):
        assert all(r.difference == D("0.00") for r in co.reconcile_receivables())


def test_centralized_payments_need_the_group_and_the_same_party(group):
    books, pay, inv = group
    i = invoice(inv)
    other = invoice(inv, customer="5002")
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        pay.post_payment("1001", date(2024, 5, 8), marks=[Mark(i.number, company="INV")])
    assert err.value.field == "marks[0].company" and "group" in err.value.message
    assert snapshot(books) == before
    books.enable_centralized_payments(["PAY", "INV"])
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        pay.post_payment("1001", date(2024, 5, 8), marks=[Mark(other.number, company="INV")])
    assert err.value.field == "marks[0].number" and "another customer" in err.value.message
    with pytest.raises(ValidationError) as err:
        pay.post_payment("1001", date(2024, 5, 8), marks=[Mark(i.number, company="NOPE")])
    assert err.value.field == "marks[0].company"
    with pytest.raises(ValidationError) as err:
        books.enable_centralized_payments(["PAY"])
    assert err.value.field == "companies"
    with pytest.raises(ValidationError) as err:
        books.enable_centralized_payments(["PAY", "INV"], cash_discount_in="elsewhere")
    assert err.value.field == "cash_discount_in"
    assert snapshot(books) == before


def test_companies_with_different_currencies_cannot_form_a_group(books):
    books.create_company("EU", "Euro B.V.")
    books.create_company("UK", "Sterling Ltd", currency="GBP")
    with pytest.raises(ValidationError) as err:
        books.enable_centralized_payments(["EU", "UK"])
    assert err.value.field == "companies"
