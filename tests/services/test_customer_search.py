"""Company.customer_search / customer_choice: what the customer picker finds, in which order, and its defaults."""

from __future__ import annotations

import pytest

from ardesk.api import Company


@pytest.fixture
def found(co: Company) -> Company:
    """co (customer 1001 Jansen, terms N30) with a few more: accounts, names, a group's terms, codes."""
    co.create_customer_group("EXP", "Export", terms="M1")
    co.create_customer("1002", "Bakkerij De Molen", cash_discount="2D8", sales_tax="LOW", country="BE")
    co.create_customer("10020", "Jansen & Zonen", group="EXP")
    co.create_customer("2001", "Molenaar Transport")
    co.create_customer("A-10", "Apotheek 50% Zorg")
    co.create_customer("a_20", "Kaasboerderij Molenzicht")
    other = co.books.create_company("BE01", "Andere B.V.", currency="EUR")
    other.create_customer("1003", "Molen in het andere bedrijf")
    return co


def accounts(rows: list) -> list[str]:
    return [r.account for r in rows]


def test_account_prefix_first_then_names_containing_the_text(found):
    assert accounts(found.customer_search("100")) == ["1001", "1002", "10020"]
    # "molen": no account starts with it; the names that contain it, by name, ignoring case
    assert accounts(found.customer_search("MOLEN")) == ["1002", "a_20", "2001"]
    assert accounts(found.customer_search("1002")) == ["1002", "10020"]
    assert accounts(found.customer_search("jansen")) == ["10020", "1001"]  # "Jansen & Zonen" sorts first


def test_a_customer_found_by_account_is_not_listed_again_by_name(found):
    found.create_customer("3001", "Klant 3001 B.V.")
    assert accounts(found.customer_search("3001")) == ["3001"]


def test_limit_and_empty_text(found):
    assert accounts(found.customer_search("1", limit=2)) == ["1001", "1002"]
    assert accounts(found.customer_search("", limit=3)) == ["1001", "1002", "10020"]
    assert found.customer_search("zzz") == []
    assert found.customer_search("1", limit=0) == []


def test_wildcards_are_matched_literally_and_letters_ignore_case(found):
    assert accounts(found.customer_search("50%")) == ["A-10"]  # the name "Apotheek 50% Zorg"
    assert found.customer_search("5%0") == []  # % is no wildcard
    assert accounts(found.customer_search("a_")) == ["a_20"]  # not "A-10": _ is no wildcard
    assert accounts(found.customer_search("A-")) == ["A-10"]
    assert accounts(found.customer_search("a-1")) == ["A-10"]  # the account in the other case


def test_rows_carry_what_a_document_takes_from_the_customer(found):
    (bakker,) = found.customer_search("bakkerij")
    assert (bakker.name, bakker.terms, bakker.cash_discount, bakker.tax) == ("Bakkerij De Molen", None, "2D8", "LOW")
    assert (bakker.currency, bakker.country) == ("EUR", "BE")
    zonen = found.customer_choice("10020")
    assert zonen is not None and zonen.terms == "M1"  # the group's terms when it has none of its own
    assert found.customer_choice("1001").terms == "N30"
    assert found.customer_choice(" 1002 ") == bakker
    assert found.customer_choices()[1] == bakker  # the same records as the full list


def test_exact_account_only_and_only_this_company(found):
    assert found.customer_choice("100") is None
    assert found.customer_choice("1003") is None  # the other company's customer
    assert "1003" not in accounts(found.customer_search("molen"))
    assert accounts(found.books.company("BE01").customer_search("molen")) == ["1003"]
