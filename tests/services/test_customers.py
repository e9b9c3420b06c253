"""Customers: defaults, validation, updates, and the paged queries behind the Customers list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, ValidationError
from ardesk.services import customers, lookup
from tests.helpers import snapshot


def test_customer_gets_defaults_and_keeps_its_settings(co):
    info = co.create_customer(
        "2001",
        "Bakker & Zn.",
        terms="M1",
        cash_discount="2D8",
        credit_limit=D("2500"),
        iban="nl91 abna 0417 1643 00",
        bic="abnanl2a",
        language="nl",
        email="info@bakker.nl",
        address="Dorpsstraat 1\n1234 AB Ergens",
        party="P-1",
    )
    assert (info.group, info.terms, info.cash_discount, info.credit_limit) == ("STD", "M1", "2D8", D("2500.00"))
    assert (info.iban, info.bic, info.language, info.party) == ("NL91ABNA0417164300", "ABNANL2A", "nl", "P-1")
    assert info.address == "Dorpsstraat 1\n1234 AB Ergens"


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(account="1001"), "account"),
        (dict(account=""), "account"),
        (dict(name=""), "name"),
        (dict(group="NOPE"), "group"),
        (dict(terms="NOPE"), "terms"),
        (dict(currency="XYZ"), "currency"),
        (dict(currency="eur"), "currency"),
        (dict(credit_limit=1000.0), "credit_limit"),
        (dict(credit_limit=D("-1")), "credit_limit"),
        (dict(iban="NL91ABNA0417164301"), "iban"),
        (dict(iban="NL91ABNA041716430"), "iban"),
        (dict(bic="ABN"), "bic"),
        (dict(email="not-an-address"), "email"),
        (dict(language="de"), "language"),
        (dict(posting_profile="NOPE"), "posting_profile"),
        (dict(colour="blue"), "colour"),
        (dict(name="x" * 201), "name"),
        (dict(name="tab\x00null"), "name"),
    ],
)
def test_bad_customers_are_refused(books, co, kw, field):
    before = snapshot(books)
    args = dict(account="2001", name="New customer") | kw
    with pytest.raises(ValidationError) as err:
        co.create_customer(args.pop("account"), args.pop("name"), **args)
    assert err.value.field == field
    assert snapshot(books) == before


def test_update_is_all_or_nothing(books, co):
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        co.update_customer("1001", name="Renamed", iban="NL00BAD")
    assert err.value.field == "iban"
    assert snapshot(books) == before
    assert co.update_customer("1001", name="Renamed").name == "Renamed"


def test_customers_list_with_balances(co):
    co.create_customer("2001", "Second")
    co.post_free_text_invoice("1001", date(2026, 1, 5), [Line("x", D("10.00"))])
    co.post_free_text_invoice("1001", date(2026, 1, 6), [Line("x", D("2.50"))])
    assert [(c.account, c.balance) for c in co.customers()] == [("1001", D("12.50")), ("2001", D("0.00"))]


def test_paged_queries_search_and_sort(books, co):
    for acc, name, amount in [("2001", "Zeeman", "5.00"), ("2002", "Aalders", "50.00"), ("2003", "Meijer", "0.50")]:
        co.create_customer(acc, name)
        co.post_free_text_invoice(acc, date(2026, 1, 5), [Line("x", D(amount))])
    with books.reading() as s:
        cid = lookup.company(s, co.code).id
        assert customers.count_customers(s, cid) == 4
        assert customers.count_customers(s, cid, "ee") == 1  # Zeeman (account or name contains)
        by_name = customers.customer_rows(s, cid, customers.customer_ids(s, cid, sort="name"))
        assert [c.name for c in by_name][:2] == ["Aalders", "Jansen Installatietechniek B.V."]
        by_balance = customers.customer_ids(s, cid, sort="balance", descending=True)
        assert [c.account for c in customers.customer_rows(s, cid, by_balance)] == ["2002", "2001", "2003", "1001"]
        with pytest.raises(ValidationError):
            customers.customer_ids(s, cid, sort="balance; DROP TABLE customer")
        assert customers.count_customers(s, cid, "100%") == 0
        assert customers.count_customers(s, cid, "_") == 0
