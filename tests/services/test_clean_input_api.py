"""Clean input through the public API (issue 11, item 4): every refusal names its field, the books stay as they were."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from ardesk.api import Company, Line, PaymentLine, ValidationError
from tests.helpers import snapshot

DAY = dt.date(2026, 3, 2)


def expect_refused(co: Company, field: str, call, *args, **kw) -> ValidationError:
    """call(*args, **kw) raises ValidationError on `field` and changes nothing in the books."""
    before = snapshot(co.books)
    with pytest.raises(ValidationError) as exc:
        call(*args, **kw)
    assert exc.value.field == field, exc.value
    assert snapshot(co.books) == before
    return exc.value


def test_an_account_typed_full_width_is_the_same_account(co: Company) -> None:
    made = co.create_customer("１００１０", "Full Width B.V.")
    assert made.account == "10010"
    err = expect_refused(co, "account", co.create_customer, "10010", "Ascii B.V.")
    assert "already exists" in err.message
    # Arabic-Indic digits and a trailing no-break space fold to the same code too.
    expect_refused(co, "account", co.create_customer, "\u0661\u0660\u0660\u0661\u0660\u00a0", "Other B.V.")
    assert co.customer("１００１０").name == "Full Width B.V."
    assert [c.account for c in co.customers()].count("10010") == 1


@pytest.mark.parametrize("bad", ["100\u200b10", "\u202e01001", "10010\u2066", "\ufeff10010", "10\x0010"])
def test_an_account_with_invisible_characters_is_refused(co: Company, bad: str) -> None:
    err = expect_refused(co, "account", co.create_customer, bad, "Hidden B.V.")
    assert "characters" in err.message


def test_codes_of_set_up_are_normalised_the_same_way(co: Company) -> None:
    co.create_terms_of_payment("Ｎ６０", days=60)  # full width: stored as N60
    co.create_customer("2001", "Termijn B.V.", terms="N60")
    assert co.customer("2001").terms == "N60"
    expect_refused(co, "code", co.create_terms_of_payment, "N\u200b90", days=90)


def test_names_and_texts_refuse_control_and_bidi_characters(co: Company) -> None:
    expect_refused(co, "name", co.create_customer, "3001", "Evil\u202eV.B Corp")
    expect_refused(co, "name", co.create_customer, "3001", "Bell\x07 B.V.")
    expect_refused(co, "name", co.create_customer, "3001", "C1\x85control")
    expect_refused(co, "address", co.create_customer, "3001", "Zero Width", address="Kade\u200d 4")
    expect_refused(co, "contact", co.update_customer, "1001", contact="Piet\u2028Jansen")
    # Newlines and tabs stay allowed where a text has lines; "é" typed decomposed is stored composed (NFC).
    made = co.create_customer("3001", "Cafe\u0301 Zoë", address="Kade 4\n1234 AB Rotterdam\tNL")
    assert made.name == "Café Zoë" and len(made.name) == 8
    assert made.address == "Kade 4\n1234 AB Rotterdam\tNL"


def test_an_invoice_line_text_with_a_bidi_override_is_refused(co: Company) -> None:
    expect_refused(co, "lines[0].description", co.post_free_text_invoice, "1001", DAY, [Line("Fee\u202e", D("10.00"))])


def test_an_iban_with_an_unknown_country_is_refused(co: Company) -> None:
    err = expect_refused(co, "iban", co.update_customer, "1001", iban="XX91ABNA0417164300")
    assert "'XX' is not a country with IBANs" in err.message
    expect_refused(co, "iban", co.set_details, iban="QQ12ABCD0123456789")
    err = expect_refused(co, "iban", co.update_customer, "1001", iban="NL91ABNA041716430")  # one digit short
    assert err.message == "an IBAN from NL has 18 characters, this one 17"
    expect_refused(co, "iban", co.update_customer, "1001", iban="NL91ABNA0417164301")  # check digit
    expect_refused(co, "iban", co.update_customer, "1001", iban="NL91ABNA0417\u200b164300")
    expect_refused(co, "bic", co.update_customer, "1001", bic="ABNAXX2A")
    assert co.update_customer("1001", iban="nl91 abna 0417 1643 00", bic="abnanl2a").iban == "NL91ABNA0417164300"
    assert co.customer("1001").bic == "ABNANL2A"


@pytest.mark.parametrize("day", [dt.date(1989, 12, 31), dt.date(2101, 1, 1), dt.date(1, 1, 1)])
def test_a_date_outside_the_sane_range_is_refused(co: Company, day: dt.date) -> None:
    err = expect_refused(co, "date", co.post_free_text_invoice, "1001", day, [Line("Fee", D("10.00"))])
    assert "outside the dates ardesk accepts" in err.message
    expect_refused(co, "date", co.post_payment, "1001", day, D("5.00"))
    expect_refused(co, "valid_from", co.set_exchange_rate, "USD", day, D("0.9"))


def test_the_ends_of_the_sane_range_are_accepted(co: Company) -> None:
    co.set_exchange_rate("USD", dt.date(1990, 1, 1), D("0.9"))
    co.set_exchange_rate("USD", dt.date(2100, 12, 31), D("0.8"))
    assert co.exchange_rate("USD", dt.date(2000, 1, 1)) == D("0.9")


def test_an_exchange_rate_that_makes_an_amount_zero_is_refused(co: Company) -> None:
    co.create_customer("US1", "Yankee Inc.", currency="USD")
    tiny = D("0.00000001")
    err = expect_refused(
        co, "exchange_rate", co.post_free_text_invoice, "US1", DAY, [Line("Fee", D("100.00"))], exchange_rate=tiny
    )
    assert "into zero EUR" in err.message
    expect_refused(co, "exchange_rate", co.post_payment, "US1", DAY, D("100.00"), exchange_rate=tiny)
    before = snapshot(co.books)
    with pytest.raises(ValidationError) as exc:
        co.post_payments([PaymentLine("US1", DAY, D("100.00"), exchange_rate=tiny)])
    assert exc.value.field.endswith("exchange_rate") and snapshot(co.books) == before
    # A small rate that still moves a cent is fine.
    inv = co.post_free_text_invoice("US1", DAY, [Line("Fee", D("100.00"))], exchange_rate=D("0.0001"))
    assert inv.amount == D("100.00") and co.balance("receivable") == D("0.01")


@pytest.mark.parametrize("text", ["100.00", "1e3", " 5 ", "NaN"])
def test_the_api_refuses_text_where_it_promises_decimal(co: Company, text: str) -> None:
    err = expect_refused(co, "credit_limit", co.create_customer, "4001", "Tekst B.V.", credit_limit=text)
    assert "not text" in err.message
    expect_refused(co, "lines[0].amount", co.post_free_text_invoice, "1001", DAY, [Line("Fee", text)])
    expect_refused(co, "amount", co.post_payment, "1001", DAY, text)
    expect_refused(co, "rate", co.set_exchange_rate, "USD", DAY, text)


def test_a_refusal_has_a_dutch_text(co: Company) -> None:
    from ardesk.i18n import message_text

    err = expect_refused(co, "iban", co.update_customer, "1001", iban="XX91ABNA0417164300")
    assert message_text(err, "nl").endswith("'XX91ABNA0417164300' is geen IBAN: 'XX' is geen land met IBAN's")
    err = expect_refused(co, "name", co.create_customer, "5001", "A\u200bB")
    assert "onzichtbare" in message_text(err, "nl") and "U+200B" in message_text(err, "nl")


def test_a_csv_import_with_one_account_in_two_spellings_is_refused(co: Company, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("account,name\n10010,Ascii B.V.\n１００１０,Full Width B.V.\n2002,Zero\u200bWidth\n", "utf-8")
    preview = co.preview_customer_import(path)
    ok, twice, hidden = preview.rows
    assert ok.errors == {} and "already in row 2" in twice.errors["account"].message
    assert set(hidden.errors) == {"name"}
    expect_refused(co, "row 3, account", co.import_customers, path)
