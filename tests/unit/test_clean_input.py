"""The one normal form of codes, names, IBANs, dates, amounts and rates (issue 11, item 4), function by function."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ardesk.errors import ValidationError
from ardesk.money import as_decimal, money
from ardesk.services import text
from ardesk.services.bank import normalize_bic, normalize_iban
from ardesk.services.bank_files.common import account_iban, counterparty_iban
from ardesk.services.lookup import code_text

INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u202a",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2069",
]
CONTROL = ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9b"]


@pytest.mark.parametrize(
    "typed",
    [
        "10010",
        " 10010 ",
        "１００１０",
        "\u0661\u0660\u0660\u0661\u0660",
        "\u0967\u0966\u0966\u0967\u0966",
        "10010\u00a0",
    ],
)
def test_every_spelling_of_a_code_is_one_code(typed: str) -> None:
    assert code_text(typed, "account") == "10010"


def test_code_text_folds_compatibility_forms_and_composes() -> None:
    assert code_text("ＡＢＣ-１", "code") == "ABC-1"
    assert code_text("Cafe\u0301", "code") == "Café"  # NFKC composes as NFC does
    assert code_text("\u0967\u0968", "code") == "12"  # Devanagari digits


@pytest.mark.parametrize("bad", INVISIBLE + CONTROL + ["\n", "\t", "\u2028", "\ue000"])
def test_a_code_with_an_invisible_or_control_character_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        code_text(f"100{bad}10", "account")
    assert exc.value.field == "account" and "characters" in exc.value.message


def test_code_text_still_refuses_empty_long_and_non_text() -> None:
    for value, words in (("  ", "empty"), ("Ｘ" * 21, "longer"), (10010, "text")):
        with pytest.raises(ValidationError, match=words) as exc:
            code_text(value, "code")
        assert exc.value.field == "code"


@given(st.text(max_size=30))
@settings(max_examples=200, deadline=None)
def test_code_text_either_refuses_or_gives_a_stable_clean_code(value: str) -> None:
    try:
        code = code_text(value, "code", max_len=30)
    except ValidationError as exc:
        assert exc.field == "code"
        return
    assert code == code.strip() and code and code_text(code, "code", max_len=30) == code  # idempotent
    assert unicodedata.is_normalized("NFKC", code)
    assert text.refused_character(code, "") is None
    assert all(ch.isascii() for ch in code if ch.isdecimal())


@pytest.mark.parametrize("bad", INVISIBLE + CONTROL + ["\u2028", "\u2029"])
def test_names_refuse_invisible_and_control_characters(bad: str) -> None:
    for check in (text.name_text, text.optional_text):
        with pytest.raises(ValidationError) as exc:
            check(f"Jansen{bad} B.V.", "name")
        assert exc.value.field == "name"


def test_names_keep_newlines_and_tabs_and_are_stored_composed() -> None:
    assert text.name_text("Kade 4\n1234 AB\tRotterdam", "address") == "Kade 4\n1234 AB\tRotterdam"
    assert text.name_text("Zoe\u0308", "name") == "Zoë"
    assert text.name_text("=HYPERLINK(1)", "name") == "=HYPERLINK(1)"  # stored literally, as before
    assert text.email_text("a@b.nl", "email") == "a@b.nl"
    with pytest.raises(ValidationError):
        text.email_text("a\u200b@b.nl", "email")


@pytest.mark.parametrize(
    "value",
    [dt.date(1989, 12, 31), dt.date(2101, 1, 1), dt.date(1, 1, 1), dt.date(9999, 12, 31)],
)
def test_dates_outside_the_sane_range_are_refused(value: dt.date) -> None:
    with pytest.raises(ValidationError, match="outside the dates ardesk accepts") as exc:
        text.a_date(value, "document_date")
    assert exc.value.field == "document_date"


def test_the_date_range_defaults_to_1990_2100_and_a_company_may_set_its_own() -> None:
    assert text.a_date(text.DATE_MIN, "date") == dt.date(1990, 1, 1)
    assert text.a_date(text.DATE_MAX, "date") == dt.date(2100, 12, 31)
    with pytest.raises(ValidationError):
        text.a_date(dt.date(1985, 6, 1), "date")
    with text.dates_within(dt.date(1980, 1, 1), dt.date(2030, 12, 31)):
        assert text.a_date(dt.date(1985, 6, 1), "date") == dt.date(1985, 6, 1)
        with pytest.raises(ValidationError, match=r"\(1980-01-01 to 2030-12-31\)"):
            text.a_date(dt.date(2031, 1, 1), "date")
    with pytest.raises(ValidationError):  # the default again after the block
        text.a_date(dt.date(1985, 6, 1), "date")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("XX91ABNA0417164300", "'XX' is not a country with IBANs"),
        ("AA12ABCD0123456789", "'AA' is not a country with IBANs"),
        ("NL91ABNA041716430", "an IBAN from NL has 18 characters, this one 17"),
        ("NL91ABNA0417164301", "wrong check digit"),
        ("NL91AB1A0417164300", "is not an IBAN"),  # letters where NL has its bank code
        ("ＮＬ91ABNA0417164300", "is not an IBAN"),
        ("NL91ABNA0417\u200b164300", "characters"),
        ("", "is not an IBAN"),
    ],
)
def test_iban_refusals_name_what_is_wrong(value: str, words: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_iban(value, "iban")
    assert exc.value.field == "iban" and words in exc.value.message


def test_valid_ibans_of_several_countries_in_electronic_form() -> None:
    assert normalize_iban("nl91 abna 0417 1643 00") == "NL91ABNA0417164300"
    assert normalize_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    assert normalize_iban("BE68539007547034") == "BE68539007547034"
    assert normalize_iban("XK051212012345678906") == "XK051212012345678906"  # a country the old table lacked


def test_bank_files_use_the_same_iban_check() -> None:
    assert counterparty_iban("XX91ABNA0417164300") is None  # matching goes without it
    assert counterparty_iban("NL91 ABNA 0417 1643 00") == "NL91ABNA0417164300"
    with pytest.raises(ValidationError, match="not a valid IBAN") as exc:
        account_iban("XX91ABNA0417164300")
    assert exc.value.field == "file"


def test_bic_checks_its_country_through_schwifty() -> None:
    assert normalize_bic(" abnanl2a ") == "ABNANL2A" and normalize_bic("ABNANL2AXXX") == "ABNANL2AXXX"
    for value, words in (
        ("ABNAXX2A", "'XX' is not a country code"),
        ("ABNANL2", "not a BIC"),
        ("ABNA\u200bNL2A", "characters"),
    ):
        with pytest.raises(ValidationError, match=words) as exc:
            normalize_bic(value, "bic")
        assert exc.value.field == "bic"


@pytest.mark.parametrize("value", ["100", "1,50", "", "NaN", "1e3"])
def test_as_decimal_refuses_text(value: str) -> None:
    with pytest.raises(ValidationError, match="not text") as exc:
        as_decimal(value, "fee")
    assert exc.value.field == "fee"
    with pytest.raises(ValidationError):
        money(value, "credit_limit")


def test_as_decimal_still_takes_decimals_and_ints() -> None:
    assert as_decimal(D("1.50"), "x") == D("1.50") and as_decimal(3, "x") == D(3)
    for bad in (1.5, True, None, b"1"):
        with pytest.raises(ValidationError):
            as_decimal(bad, "x")


def test_a_rate_that_turns_an_amount_into_zero_is_refused() -> None:
    from ardesk.models import Company
    from ardesk.services.currency import converted

    eur, jpy = Company(code="A", name="A", currency="EUR"), Company(code="J", name="J", currency="JPY")
    assert converted(D("100.00"), D("0.0001"), eur, "USD") == D("0.01")
    assert converted(D("0"), D("0.00000001"), eur, "USD") == D("0.00")  # zero stays zero
    with pytest.raises(ValidationError, match="into zero EUR") as exc:
        converted(D("100.00"), D("0.00004"), eur, "USD")
    assert exc.value.field == "exchange_rate"
    with pytest.raises(ValidationError, match="into zero JPY"):
        converted(D("0.40"), D("1"), jpy, "USD")  # less than half a yen
