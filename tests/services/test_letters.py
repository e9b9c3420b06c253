"""Collection letters (DOMAIN 2.10, 5.4, 5.7): step progression over runs, fees, blocking, reversal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Company, LetterStep, Line, Mark, ValidationError, collection_costs


@pytest.fixture
def dun(co: Company) -> Company:
    """A sequence of three steps (the last charges the BIK costs and blocks) on profile DUN."""
    co.create_terms_of_payment("N14", days=14)
    co.create_collection_letter_sequence(
        "SEQ",
        [
            LetterStep("L1", 5),
            LetterStep("L2", 10, fee=D("15.00")),
            LetterStep("L3", 10, fee="bik", block=True),
        ],
    )
    co.create_posting_profile("DUN", [("all", None, "130100")], collection_letter_sequence="SEQ")
    co.create_customer("C1", "Bakkerij & Zn <Oost>", terms="N14", posting_profile="DUN")
    return co


def invoice(co: Company, customer: str, day: date, amount: str) -> str:
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))]).number


def test_steps_advance_one_per_posted_letter_with_grace_days_fees_and_block(dun):
    inv = invoice(dun, "C1", date(2024, 1, 1), "1000.00")  # due 2024-01-15
    assert dun.create_collection_letters(date(2024, 1, 19)) == []  # due + 5 days not reached
    [first] = dun.create_collection_letters(date(2024, 1, 20))
    assert (first.step, first.fee, first.state) == ("L1", D("0.00"), "created")
    assert [(ln.transaction, ln.days_overdue, ln.balance) for ln in first.lines] == [(inv, 5, D("1000.00"))]
    assert dun.post_collection_letter(first.number) is None  # no fee on step 1
    assert dun.create_collection_letters(date(2024, 1, 29)) == []  # step 2: 10 days after the letter
    [second] = dun.create_collection_letters(date(2024, 1, 30))
    fee = dun.post_collection_letter(second.number)
    assert (second.step, fee.kind, fee.amount, fee.number) == ("L2", "fee", D("15.00"), second.number)
    lines = {(v.account, v.debit, v.credit) for v in dun.voucher_lines(fee.voucher)}
    assert lines == {("130100", D("15.00"), D("0.00")), ("403100", D("0.00"), D("15.00"))}
    [third] = dun.create_collection_letters(date(2024, 2, 9))
    assert (third.step, third.fee) == ("L3", collection_costs(D("1000.00"))) == ("L3", D("150.00"))
    dun.post_collection_letter(third.number)
    assert dun.customer("C1").on_hold == "all"
    assert dun.customer_balance("C1") == D("1165.00")
    assert dun.create_collection_letters(date(2024, 6, 1)) == []  # after the last step: no more letters


def test_reversing_a_letter_undoes_fee_block_and_step(dun):
    invoice(dun, "C1", date(2024, 1, 1), "1000.00")
    for day in (date(2024, 1, 20), date(2024, 1, 30), date(2024, 2, 9)):
        [letter] = dun.create_collection_letters(day)
        dun.post_collection_letter(letter.number)
    numbers = [x.number for x in dun.collection_letters(state="posted")]
    with pytest.raises(ValidationError) as err:
        dun.reverse_collection_letter(numbers[1], date(2024, 2, 10))
    assert err.value.field == "number" and numbers[2] in str(err.value)
    dun.reverse_collection_letter(numbers[2], date(2024, 2, 10))
    assert dun.customer("C1").on_hold == "no"
    assert dun.customer_balance("C1") == D("1015.00")
    assert dun.collection_letter(numbers[2]).state == "reversed"
    [again] = dun.create_collection_letters(date(2024, 2, 10))
    assert again.step == "L3"  # the same step is proposed again


def test_a_new_run_cancels_the_unposted_letters_it_replaces(dun):
    invoice(dun, "C1", date(2024, 1, 1), "1000.00")
    [old] = dun.create_collection_letters(date(2024, 1, 20))
    [new] = dun.create_collection_letters(date(2024, 1, 21))
    assert dun.collection_letter(old.number).state == "cancelled"
    assert new.number != old.number and new.state == "created"
    with pytest.raises(ValidationError):
        dun.post_collection_letter(old.number)


def test_minimum_overdue_and_open_payments(co):
    co.create_collection_letter_sequence("MIN", [LetterStep("L1", 0, min_overdue=D("500.00"))])
    co.create_collection_letter_sequence("IGN", [LetterStep("L1", 0, min_overdue=D("500.00"))], ignore_payments=True)
    co.create_posting_profile("PM", [("all", None, "130100")], collection_letter_sequence="MIN")
    co.create_posting_profile("PI", [("all", None, "130100")], collection_letter_sequence="IGN")
    co.create_customer("A", "Small", terms="N30", posting_profile="PM")
    co.create_customer("B", "Paid most", terms="N30", posting_profile="PM")
    co.create_customer("C", "Paid most, ignored", terms="N30", posting_profile="PI")
    invoice(co, "A", date(2024, 1, 1), "400.00")
    for c in ("B", "C"):
        invoice(co, c, date(2024, 1, 1), "1000.00")
        co.post_payment(c, date(2024, 1, 5), D("700.00"))  # unapplied: an open credit
    letters = co.create_collection_letters(date(2024, 3, 1))
    assert [x.customer for x in letters] == ["C"]  # A under the minimum; B's payment brings it to 300
    assert [ln.balance for ln in letters[0].lines] == [D("1000.00")]


def test_held_disputed_and_promised_items_get_no_letter(dun):
    dun.create_customer("C2", "Twee", terms="N14", posting_profile="DUN")
    dun.create_customer("C3", "Drie", terms="N14", posting_profile="DUN")
    held = invoice(dun, "C1", date(2024, 1, 1), "100.00")
    kept = invoice(dun, "C1", date(2024, 1, 2), "200.00")
    invoice(dun, "C2", date(2024, 1, 1), "300.00")
    promised = invoice(dun, "C3", date(2024, 1, 1), "400.00")
    dun.set_transaction_status(held, "hold", date(2024, 1, 25), "goods returned, credit note to follow")
    dun.set_collection_status("C2", "disputed", date(2024, 1, 25))
    dun.add_activity(
        "C3", "promise", date(2024, 1, 25), "pays next week", transaction=promised, promise_date=date(2024, 2, 5)
    )
    letters = dun.create_collection_letters(date(2024, 2, 1))
    assert [(x.customer, [ln.transaction for ln in x.lines]) for x in letters] == [("C1", [kept])]
    later = dun.create_collection_letters(date(2024, 2, 6))  # the promise is broken by then
    assert sorted(x.customer for x in later) == ["C1", "C3"]
    assert dun.transaction_statuses("C1") == {held: "hold"}
    kinds = [a.kind for a in dun.activities("C1")]
    assert kinds == ["hold"]


def test_letters_per_customer_run_on_the_customers_own_step(co):
    co.create_collection_letter_sequence(
        "CUST", [LetterStep("R1", 0), LetterStep("R2", 14)], per="customer", currencies=["EUR"]
    )
    co.create_posting_profile("PC", [("all", None, "130100")], collection_letter_sequence="CUST")
    co.create_customer("K", "Klant", terms="N30", posting_profile="PC")
    first = invoice(co, "K", date(2024, 1, 1), "100.00")  # due 1/31
    [letter] = co.create_collection_letters(date(2024, 2, 1))
    co.post_collection_letter(letter.number)
    assert co.customer_letter_step("K") == (1, date(2024, 2, 1))
    second = invoice(co, "K", date(2024, 1, 5), "50.00")  # due 2/4: overdue after the first letter
    assert co.create_collection_letters(date(2024, 2, 10)) == []  # R2 waits 14 days from the last letter
    [letter2] = co.create_collection_letters(date(2024, 2, 15))
    assert letter2.step == "R2"
    assert [ln.transaction for ln in letter2.lines] == [first, second]
    # a USD invoice is outside the sequence's currencies
    co.set_exchange_rate("USD", date(2024, 1, 1), D("0.9"))
    co.create_customer("U", "Dollar", terms="N30", posting_profile="PC", currency="USD")
    co.post_free_text_invoice("U", date(2024, 1, 1), [Line("x", D("10.00"))], currency="USD")
    assert [x.customer for x in co.create_collection_letters(date(2024, 3, 1))] == ["K"]


def test_consumers_get_the_fourteen_day_letter_before_costs(co):
    co.create_collection_letter_sequence("BIK", [LetterStep("I1", 0, fee="bik")])
    co.create_posting_profile("PB", [("all", None, "130100")], collection_letter_sequence="BIK")
    co.create_customer("P", "Particulier", terms="N30", posting_profile="PB", consumer=True)
    co.create_customer("Z", "Zakelijk", terms="N30", posting_profile="PB")
    invoice(co, "P", date(2024, 1, 1), "3000.00")
    invoice(co, "Z", date(2024, 1, 1), "3000.00")
    letters = {x.customer: x for x in co.create_collection_letters(date(2024, 2, 1))}
    assert (letters["Z"].fourteen_day, letters["Z"].fee) == (False, D("425.00"))
    notice = letters["P"]
    assert (notice.fourteen_day, notice.fee, notice.costs) == (True, D("0.00"), D("425.00"))
    assert co.post_collection_letter(notice.number) is None
    assert co.customer_balance("P") == D("3000.00")
    assert [x.customer for x in co.create_collection_letters(date(2024, 2, 15), customers=["P"])] == []
    [charged] = co.create_collection_letters(date(2024, 2, 16), customers=["P"])  # 14 days after 2/1 passed
    assert (charged.fourteen_day, charged.fee) == (False, D("425.00"))
    # the run that made no letter took no number: letter numbers stay without gaps
    numbers = sorted(int(x.number[3:]) for x in co.collection_letters())
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 3


def test_editing_a_proposal(dun):
    invoice(dun, "C1", date(2024, 1, 1), "1000.00")
    keep = invoice(dun, "C1", date(2024, 1, 2), "10.00")
    [letter] = dun.create_collection_letters(date(2024, 1, 30))
    edited = dun.edit_collection_letter(letter.number, fee=D("5.00"), remove=[letter.lines[0].transaction])
    assert edited.fee == D("5.00") and [ln.transaction for ln in edited.lines] == [keep]
    with pytest.raises(ValidationError) as err:
        dun.edit_collection_letter(letter.number, remove=[keep])
    assert err.value.field == "remove"
    fee = dun.post_collection_letter(letter.number)
    assert fee.amount == D("5.00")
    with pytest.raises(ValidationError):
        dun.edit_collection_letter(letter.number, fee=D("1.00"))


@pytest.mark.parametrize(
    ("steps", "field"),
    [
        ([LetterStep(f"S{i}", 1) for i in range(6)], "steps"),
        ([LetterStep("S", -1)], "steps[0].days"),
        ([LetterStep("S", 1, fee=1.5)], "steps[0].fee"),  # type: ignore[arg-type]
        ([LetterStep("S", 1, min_overdue=D("-1"))], "steps[0].min_overdue"),
        ([LetterStep("S", 1), LetterStep("S", 2)], "steps[1].code"),
        ([LetterStep("S", 1, fee_account="999999")], "steps[0].fee_account"),
        ([], "steps"),
    ],
)
def test_bad_sequences_are_refused(co, steps, field):
    with pytest.raises(ValidationError) as err:
        co.create_collection_letter_sequence("BAD", steps)
    assert err.value.field == field
    assert co.collection_letter_sequences() == []


def test_a_profile_must_name_an_existing_sequence(co):
    with pytest.raises(ValidationError) as err:
        co.create_posting_profile("X", [("all", None, "130100")], collection_letter_sequence="NOPE")
    assert err.value.field == "collection_letter_sequence"


def test_legal_clearing_order_pays_costs_then_interest_then_principal(dun):
    dun.set_parameters(clearing_order="legal")
    old = invoice(dun, "C1", date(2024, 1, 1), "1000.00")
    for day in (date(2024, 1, 20), date(2024, 1, 30)):
        [letter] = dun.create_collection_letters(day)
        dun.post_collection_letter(letter.number)
    fee_number = dun.collection_letters(state="posted")[-1].number
    dun.post_payment("C1", date(2024, 2, 5), D("20.00"))  # no marks: the legal order applies
    assert dun.document(fee_number).balance == D("0.00")  # the 15.00 costs first
    assert dun.document(old).balance == D("995.00")
    # a payment marked against the invoice is applied as marked
    dun.post_payment("C1", date(2024, 2, 6), D("95.00"), marks=[Mark(old)])
    assert dun.document(old).balance == D("900.00")


def test_letter_texts_are_kept_per_step_and_language(dun):
    dun.set_letter_text("SEQ", "L2", "nl", "Aanmaning", "Geachte {customer},\n\nU bent te laat.", "Met groet")
    [info] = dun.collection_letter_sequences()
    assert [(t.step, t.language, t.subject) for t in info.texts] == [("L2", "nl", "Aanmaning")]
    with pytest.raises(ValidationError) as err:
        dun.set_letter_text("SEQ", "L9", "nl", "x", "y")
    assert err.value.field == "step"


def test_a_fee_can_be_waived(dun):
    invoice(dun, "C1", date(2024, 1, 1), "1000.00")
    for day in (date(2024, 1, 20), date(2024, 1, 30)):
        [letter] = dun.create_collection_letters(day)
        fee = dun.post_collection_letter(letter.number)
    credit = dun.waive_fee(fee.number, date(2024, 2, 1))
    assert (credit.kind, credit.amount, credit.balance) == ("fee_waiver", D("-15.00"), D("0.00"))
    assert dun.document(fee.number).balance == D("0.00")
    lines = {(v.account, v.debit, v.credit) for v in dun.voucher_lines(credit.voucher)}
    assert lines == {("403100", D("15.00"), D("0.00")), ("130100", D("0.00"), D("15.00"))}
    with pytest.raises(ValidationError) as err:
        dun.waive_fee(fee.number, date(2024, 2, 2))
    assert err.value.field == "number"
