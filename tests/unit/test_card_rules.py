"""Card number rules without a database (DOMAIN 8): Luhn, brands, expiry, CVV, masking; and that no
message repeats the card number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ardesk.errors import ValidationError
from ardesk.services import card_rules
from ardesk.services.card_processor import DECLINING_CARDS, CardData, TestProcessor


@pytest.mark.parametrize(
    "digits, valid",
    [
        ("4242424242424242", True),
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("79927398713", True),  # the textbook example
        ("79927398710", False),
        ("0", True),
        ("", False),
        ("4242 4242", False),  # only digits
        ("٤٢٤٢", False),  # Arabic-Indic digits are not card digits
    ],
)
def test_luhn(digits, valid):
    assert card_rules.luhn_valid(digits) is valid


@pytest.mark.parametrize(
    "number, brand",
    [
        ("4242424242424242", "visa"),
        ("4222222222222", "visa"),  # 13 digits
        ("5105105105105100", "mastercard"),
        ("5555555555554444", "mastercard"),
        ("2221000000000009", "mastercard"),  # first of the 2-series
        ("2720990000000007", "mastercard"),  # last of the 2-series
        ("378282246310005", "amex"),
        ("340000000000009", "amex"),
        ("6011111111111117", "discover"),
        ("6500000000000002", "discover"),
    ],
)
def test_brand_from_the_number(number, brand):
    assert card_rules.brand(number) == brand
    assert card_rules.check_card_number(number) == (number, brand)


@pytest.mark.parametrize("number", ["2220990000000000", "2721000000000000", "5000000000000000", "3000000000000004"])
def test_unknown_brands(number):
    assert card_rules.brand(number) is None


def test_spaces_and_dashes_between_groups_are_allowed():
    assert card_rules.check_card_number(" 4242 4242-4242 4242 ") == ("4242424242424242", "visa")


@pytest.mark.parametrize(
    "number, message",
    [
        ("4242424242424241", "the check digit is wrong: a digit was mistyped"),
        ("3000000000000004", "is not a Visa, MasterCard, American Express or Discover card number"),
        ("37828224631000", "American Express card numbers have 15 digits"),
        ("424242424242424", "Visa card numbers have 13, 16 or 19 digits"),
        ("4242x42424242424", "a card number has only digits (spaces and dashes between groups)"),
        ("", "must not be empty"),
    ],
)
def test_bad_numbers_name_the_field_and_never_echo_the_number(number, message):
    with pytest.raises(ValidationError) as exc:
        card_rules.check_card_number(number)
    assert exc.value.field == "card_number" and exc.value.message == message
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) >= 8:
        assert digits not in str(exc.value) and digits[:12] not in repr(exc.value.params)


def test_a_number_that_is_not_text_is_refused():
    with pytest.raises(ValidationError, match="must be text, got int"):
        card_rules.check_card_number(4242424242424242)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("03/27", (3, 2027)),
        ("3/27", (3, 2027)),
        ("12/2030", (12, 2030)),
        (" 01 / 29 ", (1, 2029)),
        ((7, 2028), (7, 2028)),
    ],
)
def test_expiry_formats(value, expected):
    assert card_rules.parse_expiry(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        ("13/27", "the month must be 1 to 12, got 13"),
        ("00/27", "the month must be 1 to 12, got 0"),
        ("0327", "give the expiry as MM/YY or MM/YYYY"),
        ("03/227", "give the expiry as MM/YY or MM/YYYY"),
        ("March 2027", "give the expiry as MM/YY or MM/YYYY"),
        ((3,), "give the expiry as MM/YY, MM/YYYY or (month, year), got tuple"),
        (dt.date(2027, 3, 1), "give the expiry as MM/YY, MM/YYYY or (month, year), got date"),
        ((3, 1999), "the year 1999 is not a card's expiry year"),
    ],
)
def test_bad_expiry_formats(value, message):
    with pytest.raises(ValidationError) as exc:
        card_rules.parse_expiry(value)
    assert exc.value.field == "expiry" and exc.value.message == message


def test_a_card_is_valid_through_the_last_day_of_its_month():
    assert card_rules.check_expiry("02/28", dt.date(2028, 2, 29)) == (2, 2028)  # leap day, last day
    with pytest.raises(ValidationError) as exc:
        card_rules.check_expiry("02/28", dt.date(2028, 3, 1))
    assert exc.value.field == "expiry" and exc.value.message == "the card expired at the end of 02/2028"
    assert card_rules.check_expiry("11/2026", dt.date(2026, 11, 30)) == (11, 2026)
    with pytest.raises(ValidationError, match="expired"):
        card_rules.check_expiry((11, 2026), dt.date(2026, 12, 1))
    assert card_rules.last_valid_day(12, 2026) == dt.date(2026, 12, 31)


def test_an_expiry_too_far_ahead_is_refused():
    assert card_rules.check_expiry("12/2046", dt.date(2026, 1, 1)) == (12, 2046)
    with pytest.raises(ValidationError, match="more than 20 years ahead"):
        card_rules.check_expiry("01/2047", dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    "cvv, brand, ok",
    [
        (None, "visa", True),
        ("", "amex", True),
        ("123", "visa", True),
        ("123", "mastercard", True),
        ("123", "discover", True),
        ("1234", "amex", True),
        ("123", "amex", False),
        ("1234", "visa", False),
        ("12a", "visa", False),
        (123, "visa", False),
    ],
)
def test_cvv_lengths(cvv, brand, ok):
    if ok:
        card_rules.check_cvv(cvv, brand)
    else:
        with pytest.raises(ValidationError) as exc:
            card_rules.check_cvv(cvv, brand)
        assert exc.value.field == "cvv" and str(cvv) not in exc.value.message


def test_last_four_and_masking():
    assert card_rules.last4("4242424242421234") == "1234"
    assert card_rules.mask("1234") == "•••• 1234"


def test_the_test_processor_is_deterministic_and_its_token_hides_the_number():
    p = TestProcessor()
    card = CardData("4242424242424242", 12, 2030, "J. Jansen", "123")
    a, b = p.authorize(card, Decimal(100), "EUR", "CARD-1"), p.authorize(card, Decimal(100), "EUR", "CARD-1")
    assert a == b and a.approved and a.token.startswith("tok_") and len(a.authorization_code or "") == 6
    assert "424242424242" not in a.token and "4242424242424242" not in repr(card) and "123" not in repr(card)
    for number, reason in DECLINING_CARDS.items():
        assert card_rules.luhn_valid(number)
        answer = p.authorize(CardData(number, 12, 2030, "X"), Decimal(10), "EUR", "CARD-2")
        assert (answer.approved, answer.decline_reason, answer.authorization_code) == (False, reason, None)
    over = p.authorize(card, Decimal("10000.01"), "EUR", "CARD-3")
    assert over.decline_reason == "amount_limit"
    assert p.capture("ABC123", Decimal(1)).ok and p.void("ABC123").ok
