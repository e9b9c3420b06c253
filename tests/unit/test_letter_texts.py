"""letter_texts: default texts per step and language, the 14-day letter, fill() on odd text, validate_text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ardesk.errors import ValidationError
from ardesk.services.letter_texts import (
    BODY_MAX,
    CLOSING_MAX,
    PLACEHOLDERS,
    SUBJECT_MAX,
    LetterText,
    default_text,
    fill,
    fourteen_day_pay_by,
    letter_values,
    placeholders_in,
    validate_text,
)

LETTER_DATE = dt.date(2026, 12, 3)


def values(language: str, **kw: object) -> dict[str, str]:
    args: dict = dict(
        customer="Bakkerij Van der Meer B.V.",
        account="10010",
        number="HB-0042",
        date=LETTER_DATE,
        pay_by=dt.date(2026, 12, 17),
        overdue=D("1234.56"),
        fee=D("40.00"),
        interest=D("5.44"),
        costs=D("185.18"),
        company="Fenwick & De Vries B.V.",
        iban="NL91ABNA0417164300",
    )
    args.update(kw)
    return letter_values(language, "EUR", **args)


def plain(text: LetterText) -> LetterText:
    """No-break spaces (Babel puts one after "€" in Dutch) as plain spaces."""
    return LetterText(*(part.replace("\u00a0", " ") for part in (text.subject, text.body, text.closing)))


# --- default texts --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("step", [1, 2, 3, 4, 5])
def test_every_step_has_a_complete_text_that_passes_its_own_validation(step, language):
    text = default_text(step, language)
    assert isinstance(text, LetterText)
    assert text.subject and text.body and text.closing
    assert validate_text(text.subject, text.body, text.closing) == text
    assert set(placeholders_in(text.subject + text.body + text.closing)) <= set(PLACEHOLDERS)
    filled = text.filled(values(language))
    assert "{" not in filled.subject + filled.body + filled.closing
    assert filled.closing.endswith("Fenwick & De Vries B.V.")


def test_the_five_steps_escalate_with_their_own_subjects():
    assert [default_text(i, "nl").subject for i in range(1, 6)] == [
        "Betalingsherinnering",
        "Tweede betalingsherinnering",
        "Laatste betalingsherinnering",
        "Ingebrekestelling",
        "Overdracht ter incasso",
    ]
    assert [default_text(i, "en").subject for i in range(1, 6)] == [
        "Payment reminder",
        "Second payment reminder",
        "Final payment reminder",
        "Notice of default",
        "Claim to be handed over for collection",
    ]


def test_dutch_letters_are_formal_business_letters():
    for step in range(1, 6):
        text = default_text(step, "nl")
        assert text.body.startswith("Geachte heer, mevrouw,\n\n")
        assert text.closing.endswith("Met vriendelijke groet,\n\n{company}")
        assert " je " not in f" {text.body} {text.closing} "  # "u", never "je"


def test_the_notice_of_default_gives_a_last_term_and_states_the_consequence():
    nl = plain(default_text(4, "nl").filled(values("nl")))
    assert "Hierbij stellen wij u formeel in gebreke." in nl.body
    assert "het totaalbedrag van € 1.280,00 te betalen" in nl.body
    assert "uiterlijk op 17 december 2026 op onze rekening zijn bijgeschreven" in nl.body
    assert "in verzuim" in nl.body and "wettelijke rente" in nl.body
    en = plain(default_text(4, "en").filled(values("en")))
    assert "notice of default" in en.body and "the total of €1,280.00" in en.body
    assert "no later than 17 December 2026" in en.body


def test_reminders_leave_the_request_to_pay_to_the_layout():
    for language in ("en", "nl"):
        for step in (1, 2, 3):
            text = default_text(step, language)
            assert "{iban}" not in text.body and "{total}" not in text.body


def test_the_fourteen_day_letter_states_the_costs_and_the_fourteen_days():
    nl = default_text(1, "nl", fourteen_day=True)
    assert nl != default_text(1, "nl")
    assert default_text(3, "nl", fourteen_day=True) == nl  # the same for whatever step precedes the costs
    assert validate_text(nl.subject, nl.body, nl.closing, fourteen_day=True) == nl
    pay_by = fourteen_day_pay_by(LETTER_DATE)
    assert pay_by == dt.date(2026, 12, 18)
    body = plain(nl.filled(values("nl", pay_by=pay_by))).body
    assert "14 dagen de tijd om dit bedrag te betalen, te rekenen vanaf de dag na ontvangst van deze brief" in body
    assert "uiterlijk op 18 december 2026" in body
    assert "Betaalt u niet binnen deze termijn, dan bent u naast het openstaande bedrag ook" in body
    assert "Deze incassokosten bedragen € 185,18" in body
    assert "Het openstaande bedrag is € 1.234,56." in body
    en = plain(default_text(2, "en", fourteen_day=True).filled(values("en", pay_by=pay_by))).body
    assert "You have 14 days to pay this amount, counted from the day after you receive this letter" in en
    assert "These costs amount to €185.18" in en and "no later than 18 December 2026" in en


@pytest.mark.parametrize("step", [0, 6, -1, True, "1", 1.0, None])
def test_a_step_outside_one_to_five_is_refused(step):
    with pytest.raises(ValidationError) as err:
        default_text(step, "nl")
    assert err.value.field == "step_index"


def test_another_language_gets_english():
    assert default_text(2, "de") == default_text(2, "en")


# --- fill ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Dear {customer}", "Dear Tom & Jerry"),
        ("{customer}{customer}", "Tom & JerryTom & Jerry"),
        ("{", "{"),
        ("}", "}"),
        ("{}", "{}"),
        ("{{customer}}", "{Tom & Jerry}"),
        ("{ customer }", "{ customer }"),
        ("{unknown} and {Customer}", "{unknown} and {Customer}"),
        ("{total:>10} {0} {1.5}", "{total:>10} {0} {1.5}"),
        ("pay {total", "pay {total"),
        ("pay total}", "pay total}"),
        ("{customer {total}}", "{customer €10.00}"),
        ("%s %(total)s $total", "%s %(total)s $total"),
        ("", ""),
    ],
)
def test_fill_replaces_known_names_only_and_never_raises(template, expected):
    assert fill(template, {"customer": "Tom & Jerry", "total": "€10.00"}) == expected


def test_fill_puts_values_in_once():
    assert fill("{customer} owes {total}", {"customer": "{total}", "total": "€1"}) == "{total} owes €1"


@given(st.text(alphabet=st.sampled_from("{}ab_ 0\n\\%$customer")))
def test_fill_takes_any_text(template):
    assert fill(template, {}) == template
    fill(template, {"customer": "x", "a": "{b}"})


# --- validate_text ------------------------------------------------------------------------------------


def test_validate_tidies_line_ends_tabs_and_trailing_space():
    text = validate_text("  Reminder {number} ", "Dear\tSir,\r\n\r\nPay now.  \r\n\n", None)
    assert text == LetterText("Reminder {number}", "Dear Sir,\n\nPay now.", "")


def test_validate_keeps_braces_that_are_not_placeholders():
    text = validate_text("Reminder {{", "Set 1 + { 2 } = {3}; } { {} {-x}", "")
    assert text.body == "Set 1 + { 2 } = {3}; } { {} {-x}" and text.subject == "Reminder {{"


@pytest.mark.parametrize(
    ("subject", "body", "closing", "field", "words"),
    [
        ("", "Body", "", "subject", "required"),
        ("   ", "Body", "", "subject", "required"),
        (None, "Body", "", "subject", "must be text"),
        ("Two\nlines", "Body", "", "subject", "one line"),
        ("S" * (SUBJECT_MAX + 1), "Body", "", "subject", f"at most {SUBJECT_MAX}"),
        ("Subject", "B" * (BODY_MAX + 1), "", "body", f"at most {BODY_MAX}"),
        ("Subject", "Body", "C" * (CLOSING_MAX + 1), "closing", f"at most {CLOSING_MAX}"),
        ("Subject", "Bell\x07", "", "body", "U+0007"),
        ("Subject", "Body", "Nul\x00", "closing", "U+0000"),
        ("Sub\x1bject", "Body", "", "subject", "control character"),
        ("Subject", "evil \u202e reversed", "", "body", "U+202E"),
        ("Subject", "Dear {custmer}", "", "body", "unknown placeholder {custmer}"),
        ("Subject", "Dear {Customer}", "", "body", "did you mean {customer}?"),
        ("Subject {totaal}", "Body", "", "subject", "unknown placeholder {totaal}"),
        ("Subject", 12, "", "body", "must be text"),
    ],
)
def test_validate_refuses_bad_texts(subject, body, closing, field, words):
    with pytest.raises(ValidationError) as err:
        validate_text(subject, body, closing)
    assert err.value.field == field
    assert words in err.value.message


def test_a_fourteen_day_letter_must_state_the_costs():
    with pytest.raises(ValidationError) as err:
        validate_text("Aanmaning", "Betaal binnen 14 dagen.", "", fourteen_day=True)
    assert err.value.field == "body" and "{costs}" in err.value.message
    assert validate_text("Aanmaning", "Kosten: {costs}.", "", fourteen_day=True).body == "Kosten: {costs}."


def test_a_text_at_its_limits_is_accepted():
    text = validate_text("S" * SUBJECT_MAX, "B" * BODY_MAX, "C" * CLOSING_MAX)
    assert (len(text.subject), len(text.body), len(text.closing)) == (SUBJECT_MAX, BODY_MAX, CLOSING_MAX)


# --- letter_values ------------------------------------------------------------------------------------


def test_letter_values_are_formatted_in_the_letters_language():
    nl = values("nl")
    assert nl["overdue"] == "€\u00a01.234,56" and nl["total"] == "€\u00a01.280,00" == nl["amount"]
    assert nl["fee"] == "€\u00a040,00" and nl["costs"] == "€\u00a0185,18"
    assert nl["date"] == "3 december 2026" and nl["pay_by"] == "17 december 2026"
    assert nl["iban"] == "NL91 ABNA 0417 1643 00" and nl["reference"] == "HB-0042"
    en = values("en", total=D("99.00"), reference="INV-7", iban=None)
    assert en["total"] == "€99.00" and en["date"] == "3 December 2026"
    assert en["reference"] == "INV-7" and en["iban"] == ""


def test_without_costs_the_costs_placeholder_stays():
    assert "costs" not in values("en", costs=None)
    assert fill("{costs}", values("en", costs=None)) == "{costs}"
