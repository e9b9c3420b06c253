"""Interest notes (DOMAIN 2.9, 5.5, 5.6, 5.7) through the API: runs, posting, waive, reinstate, reverse."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Company, InterestVersion, Line, Mark, ValidationError


@pytest.fixture
def rente(co: Company) -> Company:
    """Code R8: 8 % a year per day; profile RENTE charges it; customer K pays in 30 days."""
    co.create_interest_code("R8", [InterestVersion(date(2020, 1, 1), D("8"))])
    co.create_posting_profile("RENTE", [("all", None, "130100")], interest_code="R8")
    co.create_customer("K", "Klant", terms="N30", posting_profile="RENTE")
    return co


def invoice(co: Company, customer: str, day: date, amount: str) -> str:
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))]).number


def lines_of(note) -> list[tuple]:
    return [(ln.transaction, ln.start, ln.end, ln.days, ln.base, ln.rate, ln.interest) for ln in note.lines]


def test_a_note_per_customer_posted_with_its_voucher(rente):
    inv = invoice(rente, "K", date(2024, 1, 1), "1000.00")  # due 2024-01-31
    [note] = rente.create_interest_notes(date(2024, 3, 31))
    # 60 days (Feb 2024 has 29) at 8 %: 1000.00 × 8 / 36500 × 60 = 13.15
    assert lines_of(note) == [(inv, date(2024, 1, 31), date(2024, 3, 31), 60, D("1000.00"), D("8"), D("13.15"))]
    assert (note.state, note.total, note.customer) == ("created", D("13.15"), "K")
    doc = rente.post_interest_note(note.number)
    assert (doc.number, doc.kind, doc.amount, doc.due_date) == (
        note.number,
        "interest_note",
        D("13.15"),
        date(2024, 4, 30),
    )
    lines = {(v.account, v.debit, v.credit) for v in rente.voucher_lines(doc.voucher)}
    assert lines == {("130100", D("13.15"), D("0.00")), ("402100", D("0.00"), D("13.15"))}
    assert rente.interest_note(note.number).state == "posted"
    assert rente.customer_balance("K") == D("1013.15")


def test_the_next_note_starts_where_the_last_posted_one_ended(rente):
    invoice(rente, "K", date(2024, 1, 1), "1000.00")
    [first] = rente.create_interest_notes(date(2024, 3, 15))
    rente.post_interest_note(first.number)
    [second] = rente.create_interest_notes(date(2024, 4, 14))
    assert [(ln.start, ln.end, ln.days, ln.interest) for ln in second.lines] == [
        (date(2024, 3, 15), date(2024, 4, 14), 30, D("6.58"))
    ]


def test_a_new_run_cancels_unposted_notes(rente):
    invoice(rente, "K", date(2024, 1, 1), "1000.00")
    [old] = rente.create_interest_notes(date(2024, 3, 15))
    [new] = rente.create_interest_notes(date(2024, 3, 31))
    assert rente.interest_note(old.number).state == "cancelled"
    assert new.total == D("13.15")
    with pytest.raises(ValidationError):
        rente.post_interest_note(old.number)


def test_declining_balance_and_late_paid_items(rente):
    part = invoice(rente, "K", date(2024, 1, 1), "1000.00")
    late = invoice(rente, "K", date(2024, 1, 1), "500.00")
    rente.post_payment("K", date(2024, 3, 1), D("400.00"), marks=[Mark(part, D("400.00"))])
    rente.post_payment("K", date(2024, 2, 15), D("500.00"), marks=[Mark(late)])
    [note] = rente.create_interest_notes(date(2024, 3, 31))
    assert lines_of(note) == [
        # 1000.00 up to the payment day (2/1..3/1 = 30 days), then 600.00 (30 days)
        (part, date(2024, 1, 31), date(2024, 3, 1), 30, D("1000.00"), D("8"), D("6.58")),
        (part, date(2024, 3, 1), date(2024, 3, 31), 30, D("600.00"), D("8"), D("3.95")),
        # paid in full on 2/15, 15 days late: 500.00 × 8 / 36500 × 15 = 1.64
        (late, date(2024, 1, 31), date(2024, 2, 15), 15, D("500.00"), D("8"), D("1.64")),
    ]
    assert note.total == D("12.17")
    rente.set_parameters(interest_late_paid=False)
    [without] = rente.create_interest_notes(date(2024, 3, 31))
    assert {ln.transaction for ln in without.lines} == {part}


def test_compounding_yearly_the_domain_example(co):
    co.create_interest_code("C10", [InterestVersion(date(2020, 1, 1), D("10"), compound_yearly=True)])
    co.create_posting_profile("C", [("all", None, "130100")], interest_code="C10")
    co.create_customer("L", "Laat", terms="N30", posting_profile="C")
    invoice(co, "L", date(2022, 1, 1), "1000.00")  # due 2022-01-31; 500 days later is 2023-06-15
    [note] = co.create_interest_notes(date(2023, 6, 15))
    assert [(ln.days, ln.base, ln.interest) for ln in note.lines] == [
        (365, D("1000.00"), D("100.00")),
        (135, D("1100.00"), D("40.68")),
    ]
    assert note.total == D("140.68")


def test_rate_versions_split_the_window(co):
    co.enable_dutch_collection_pack()
    co.create_customer("B", "Bedrijf", terms="N30")  # the default profile now charges HANDELSRENTE
    inv = invoice(co, "B", date(2024, 5, 2), "1000.00")  # due 2024-06-01
    [note] = co.create_interest_notes(date(2024, 7, 31))
    assert lines_of(note) == [
        (inv, date(2024, 6, 1), date(2024, 6, 30), 29, D("1000.00"), D("12.5"), D("9.93")),
        (inv, date(2024, 6, 30), date(2024, 7, 31), 31, D("1000.00"), D("12.25"), D("10.40")),
    ]
    assert note.interest_code == "HANDELSRENTE"


def test_consumers_are_charged_statutory_interest_by_the_pack(co):
    co.enable_dutch_collection_pack()
    co.create_customer("P", "Particulier", terms="N30", consumer=True)
    invoice(co, "P", date(2024, 1, 1), "1000.00")
    [note] = co.create_interest_notes(date(2024, 3, 31))
    assert note.interest_code == "WETTELIJK"
    assert [(ln.rate, ln.interest) for ln in note.lines] == [(D("7"), D("11.51"))]  # 1000 × 7 / 36500 × 60


def test_held_items_and_held_customers_bear_no_interest(rente):
    held = invoice(rente, "K", date(2024, 1, 1), "1000.00")
    kept = invoice(rente, "K", date(2024, 1, 2), "100.00")
    rente.set_transaction_status(held, "disputed", date(2024, 2, 1))
    [note] = rente.create_interest_notes(date(2024, 3, 31))
    assert {ln.transaction for ln in note.lines} == {kept}
    rente.set_collection_status("K", "hold", date(2024, 2, 1))
    assert rente.create_interest_notes(date(2024, 3, 31)) == []


def test_waive_reinstate_and_reverse(rente):
    invoice(rente, "K", date(2024, 1, 1), "1000.00")
    [note] = rente.create_interest_notes(date(2024, 3, 31))
    rente.post_interest_note(note.number)
    with pytest.raises(ValidationError):
        rente.reinstate_interest(note.number, date(2024, 4, 2))  # only a waived note
    credit = rente.waive_interest(note.number, date(2024, 4, 1))
    assert (credit.kind, credit.amount, credit.balance) == ("interest_waiver", D("-13.15"), D("0.00"))
    assert rente.document(note.number).balance == D("0.00")
    lines = {(v.account, v.debit, v.credit) for v in rente.voucher_lines(credit.voucher)}
    assert lines == {("402100", D("13.15"), D("0.00")), ("130100", D("0.00"), D("13.15"))}
    assert rente.customer_balance("K") == D("1000.00")
    debit = rente.reinstate_interest(note.number, date(2024, 4, 2))
    assert (debit.kind, debit.amount, debit.balance) == ("interest_reinstated", D("13.15"), D("13.15"))
    assert rente.customer_balance("K") == D("1013.15")
    history = [(a.kind, a.amount) for a in rente.interest_note(note.number).adjustments]
    assert history == [("waive", D("13.15")), ("reinstate", D("13.15"))]
    # a waived note still counts as charged: no new interest for the same days
    [later] = rente.create_interest_notes(date(2024, 4, 30))
    assert [ln.start for ln in later.lines] == [date(2024, 3, 31)]


def test_a_reversed_note_is_charged_again_when_recalculated(rente):
    invoice(rente, "K", date(2024, 1, 1), "1000.00")
    [note] = rente.create_interest_notes(date(2024, 3, 31))
    rente.post_interest_note(note.number)
    credit = rente.reverse_interest(note.number, date(2024, 4, 1))
    assert (credit.kind, credit.amount) == ("interest_reversal", D("-13.15"))
    assert rente.interest_note(note.number).state == "reversed"
    assert rente.customer_balance("K") == D("1000.00")
    [again] = rente.create_interest_notes(date(2024, 3, 31))
    assert lines_of(again) == lines_of(note)
    with pytest.raises(ValidationError):
        rente.waive_interest(note.number, date(2024, 4, 2))


def test_editing_and_cancelling_proposals(rente):
    a = invoice(rente, "K", date(2024, 1, 1), "1000.00")
    b = invoice(rente, "K", date(2024, 1, 1), "500.00")
    [note] = rente.create_interest_notes(date(2024, 3, 31))
    assert note.total == D("19.73")
    edited = rente.remove_interest_lines(note.number, [b])
    assert ({ln.transaction for ln in edited.lines}, edited.total) == ({a}, D("13.15"))
    rente.cancel_interest_note(note.number)
    assert rente.interest_notes(state="created") == []


def test_the_pack_is_set_up_once(co):
    co.enable_dutch_collection_pack()
    co.enable_dutch_collection_pack()
    codes = {c.code: [(v.valid_from, v.percent, v.compound_yearly) for v in c.versions] for c in co.interest_codes()}
    assert codes == {
        "HANDELSRENTE": [(date(2024, 1, 1), D("12.5"), True), (date(2024, 7, 1), D("12.25"), True)],
        "WETTELIJK": [(date(2024, 1, 1), D("7"), True)],
    }
    assert co.parameters()["clearing_order"] == "legal"
    assert [s.code for s in co.collection_letter_sequences()] == ["INCASSO"]


@pytest.mark.parametrize(
    ("versions", "field"),
    [
        ([], "versions"),
        ([InterestVersion(date(2024, 1, 1), 8.0)], "versions[0].percent"),  # type: ignore[arg-type]
        ([InterestVersion(date(2024, 1, 1), D("8")), InterestVersion(date(2023, 1, 1), D("8"))], "versions"),
        ([InterestVersion(date(2024, 1, 1), D("8"), method="weekly")], "versions[0].method"),
    ],
)
def test_bad_interest_codes_are_refused(co, versions, field):
    with pytest.raises(ValidationError) as err:
        co.create_interest_code("BAD", versions)
    assert err.value.field.startswith(field)
    assert co.interest_codes() == []
