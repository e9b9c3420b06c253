"""Statement lines matched to open invoices: each rule with its confidence, discounts, tolerances, one use per item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ardesk.services.bank_files import BankEntry, read_statement
from ardesk.services.payment_reference import reference_for
from ardesk.services.statement_matching import Applied, Match, OpenItem, Tolerance, match_entries

DATA = Path(__file__).resolve().parents[1] / "data" / "bank"
D = Decimal
DAY = dt.date(2026, 12, 2)
JANSEN, DE_VRIES, BAKKER = "NL03RABO3012345671", "NL91INGB6543210982", "NL09ABNA4812345677"
VISSER, UNKNOWN = "NL51TRIO2198765438", "NL49SNSB9123456787"


def _item(n: int, customer: str, balance: str, kind: str = "none", **kw: object) -> OpenItem:
    number = f"INV-{n:06d}"
    return OpenItem(n, customer, number, reference_for(kind, number, n), D(balance), kw.pop("currency", "EUR"), **kw)  # type: ignore[arg-type]


def _entry(index: int, amount: str, *, iban: str | None = None, ref: str | None = None, text: str = "",
           day: dt.date = DAY, currency: str = "EUR") -> BankEntry:  # fmt: skip
    return BankEntry(index, day, day, D(amount), currency, None, iban, ref, text, None)


#: The open items behind the sample statements (the company's book).
ITEMS = [
    _item(1, "C001", "121.00", "rf"),
    _item(2, "C002", "250.00", "nl"),
    _item(3, "C003", "100.00"),
    _item(4, "C003", "200.00"),
    _item(5, "C001", "15.00", "rf"),
    _item(6, "C004", "25.00"),
    _item(7, "C004", "75.50"),
    _item(8, "C004", "310.00"),
    _item(9, "C005", "99.98"),  # a cent away from the unknown payer's 99.99: no match without tolerance
]
PAYERS = {JANSEN: ["C001"], "nl91 ingb 6543 2109 82": ["C002"], BAKKER: ["C003"], VISSER: ["C004"]}


def _summary(m: Match) -> tuple:
    return (
        m.entry,
        m.customer,
        m.reason,
        m.confidence,
        [(a.number, str(a.amount), str(a.discount)) for a in m.applied],
    )


def _check_sums(entries: list[BankEntry], matches: list[Match]) -> None:
    """Every match spends exactly its entry's amount; no item is used twice."""
    by_index = {e.index: e for e in entries}
    for m in matches:
        if m.applied:
            assert sum(a.amount for a in m.applied) == by_index[m.entry].amount
    ids = [a.item_id for m in matches for a in m.applied]
    assert len(ids) == len(set(ids))


def test_camt053_sample_is_matched_as_expected() -> None:
    entries = list(read_statement(DATA / "camt053_sample.xml").entries)
    matches = match_entries(entries, ITEMS, PAYERS, Tolerance())
    assert [_summary(m) for m in matches] == [
        (1, "C001", "reference", 100, [("INV-000001", "121.00", "0.00")]),  # RF reference
        (2, "C002", "reference", 100, [("INV-000002", "250.00", "0.00")]),  # betalingskenmerk
        (3, "C003", "invoice_number", 90, [("INV-000003", "100.00", "0.00"), ("INV-000004", "200.00", "0.00")]),
        (4, "C004", "iban_amount", 80, [("INV-000007", "75.50", "0.00")]),  # known IBAN, no reference
        (5, None, "debit", 0, []),  # bank costs
        (6, None, "unknown", 0, []),  # unknown payer
        (7, "C001", "reference", 100, [("INV-000005", "15.00", "0.00")]),  # batch part 1
        (8, "C004", "invoice_number", 90, [("INV-000006", "25.00", "0.00")]),  # batch part 2: "inv000006"
    ]
    _check_sums(entries, matches)


def test_mt940_sample_is_matched_like_the_camt053_one() -> None:
    entries = list(read_statement(DATA / "mt940_sample.sta").entries)
    camt = match_entries(list(read_statement(DATA / "camt053_sample.xml").entries)[:6], ITEMS, PAYERS, Tolerance())
    assert match_entries(entries, ITEMS, PAYERS, Tolerance()) == camt


def test_known_iban_without_an_amount_that_fits_gives_the_customer_only() -> None:
    [m] = match_entries([_entry(1, "60.00", iban=VISSER, text="betaling")], ITEMS, PAYERS, Tolerance())
    assert _summary(m) == (1, "C004", "iban", 50, [])


def test_known_iban_paying_all_its_items_together() -> None:
    items = [_item(1, "C001", "121.00"), _item(5, "C001", "15.00"), _item(9, "C002", "136.00")]
    [m] = match_entries([_entry(1, "136.00", iban=JANSEN)], items, PAYERS, Tolerance())
    assert _summary(m) == (
        1,
        "C001",
        "iban_amount",
        80,
        [("INV-000001", "121.00", "0.00"), ("INV-000005", "15.00", "0.00")],
    )


def test_amount_alone_matches_only_a_single_item() -> None:
    [m] = match_entries([_entry(1, "310.00", iban=UNKNOWN)], ITEMS, PAYERS, Tolerance())
    assert _summary(m) == (1, "C004", "amount", 30, [("INV-000008", "310.00", "0.00")])
    twice = [*ITEMS, _item(10, "C005", "310.00")]
    [m] = match_entries([_entry(1, "310.00", iban=UNKNOWN)], twice, PAYERS, Tolerance())
    assert _summary(m) == (1, None, "unknown", 0, [])


def test_reference_in_free_text_and_partial_or_over_payment() -> None:
    partial, over, in_text = match_entries(
        [
            _entry(1, "100.00", ref="RF74 0000 001"),
            _entry(2, "260.00", ref="7000000000000002"),
            _entry(3, "15.00", text="Betaling RF63 0000 005 dank u"),
        ],
        ITEMS,
        PAYERS,
        Tolerance(),
    )
    assert _summary(partial) == (1, "C001", "reference", 90, [("INV-000001", "100.00", "0.00")])
    # An overpayment stays on the item: the only applied amount above a balance.
    assert _summary(over) == (2, "C002", "reference", 90, [("INV-000002", "260.00", "0.00")])
    assert _summary(in_text) == (3, "C001", "reference", 100, [("INV-000005", "15.00", "0.00")])


def test_invoice_numbers_partly_paid_go_in_the_given_order() -> None:
    [m] = match_entries([_entry(1, "250.00", text="INV-000004, inv 3")], ITEMS, PAYERS, Tolerance())
    # Items in the order they are given (due-date order), not the order in the text.
    assert _summary(m) == (
        1,
        "C003",
        "invoice_number",
        70,
        [("INV-000003", "100.00", "0.00"), ("INV-000004", "150.00", "0.00")],
    )
    [m] = match_entries([_entry(1, "350.00", text="INV-000003 INV-000004")], ITEMS, PAYERS, Tolerance())
    assert _summary(m) == (
        1,
        "C003",
        "invoice_number",
        70,
        [("INV-000003", "100.00", "0.00"), ("INV-000004", "250.00", "0.00")],
    )


def test_invoice_number_forms() -> None:
    texts = ["INV-000003", "inv-3", "INV000003", "Factuur INV 000003.", "inv/0003"]
    matches = match_entries([_entry(i, "100.00", text=t) for i, t in enumerate(texts, 1)], ITEMS, {}, Tolerance())
    # One item, five entries naming it: the first takes it, the others find it used.
    assert [(m.reason, m.confidence) for m in matches] == [("invoice_number", 90)] + [("unknown", 0)] * 4
    for t in texts:
        [m] = match_entries([_entry(1, "100.00", text=t)], [_item(3, "C003", "100.00")], {}, Tolerance())
        assert (m.reason, [a.number for a in m.applied]) == ("invoice_number", ["INV-000003"]), t
    [m] = match_entries([_entry(1, "300.00", text="fact. INV-000003/INV-000004")], ITEMS, {}, Tolerance())
    assert (m.reason, m.confidence, [a.number for a in m.applied]) == (
        "invoice_number",
        90,
        ["INV-000003", "INV-000004"],
    )
    # A bare number is no invoice number when the invoice number has letters; digits only must be exact.
    [m] = match_entries([_entry(1, "55.00", text="3 dozen")], [_item(3, "C003", "100.00")], {}, Tolerance())
    assert m.reason == "unknown"
    numeric = OpenItem(1, "C001", "2026001", None, D("40.00"), "EUR")
    [m] = match_entries([_entry(1, "40.00", text="nota 2026001")], [numeric], {}, Tolerance())
    assert (m.reason, m.confidence) == ("invoice_number", 90)


def test_invoice_numbers_of_two_customers_keep_the_payers() -> None:
    [m] = match_entries([_entry(1, "321.00", iban=BAKKER, text="INV-000001 INV-000004")], ITEMS, PAYERS, Tolerance())
    assert _summary(m) == (1, "C003", "invoice_number", 70, [("INV-000004", "321.00", "0.00")])


def test_cash_discount_inside_the_period() -> None:
    steps = ((dt.date(2026, 12, 5), D("98.00")), (dt.date(2026, 12, 15), D("99.00")))
    item = OpenItem(1, "C001", "INV-000001", "RF740000001", D("100.00"), "EUR", steps)
    on_time, again = match_entries(
        [
            _entry(1, "98.00", ref="RF740000001", day=dt.date(2026, 12, 5)),
            _entry(2, "99.00", ref="RF740000001", day=dt.date(2026, 12, 10)),
        ],
        [item],
        {},
        Tolerance(),
    )
    assert on_time.applied == (Applied(1, "INV-000001", D("98.00"), D("2.00")),) and on_time.confidence == 100
    assert again.reason == "unknown"  # the item is taken by the first entry
    for day, amount, discount, confidence in [
        (dt.date(2026, 12, 10), "99.00", "1.00", 100),  # second period
        (dt.date(2026, 12, 16), "98.00", "0.00", 90),  # too late: a partial payment without discount
        (dt.date(2026, 12, 1), "100.00", "0.00", 100),  # paid in full inside the period: no discount taken
        (dt.date(2026, 12, 3), "97.00", "0.00", 90),  # short of the discounted amount: partial, no discount
    ]:
        [m] = match_entries([_entry(1, amount, ref="RF740000001", day=day)], [item], {}, Tolerance())
        assert (m.applied, m.confidence) == ((Applied(1, "INV-000001", D(amount), D(discount)),), confidence)


def test_discounted_amount_found_by_iban_and_amount() -> None:
    steps = ((dt.date(2026, 12, 5), D("98.00")),)
    item = OpenItem(1, "C001", "INV-000001", None, D("100.00"), "EUR", steps)
    [m] = match_entries([_entry(1, "98.00", iban=JANSEN, day=dt.date(2026, 12, 4))], [item], PAYERS, Tolerance())
    assert _summary(m) == (1, "C001", "iban_amount", 80, [("INV-000001", "98.00", "2.00")])
    [m] = match_entries([_entry(1, "98.00", iban=JANSEN, day=dt.date(2026, 12, 6))], [item], PAYERS, Tolerance())
    assert _summary(m) == (1, "C001", "iban", 50, [])


def test_several_invoices_with_discount() -> None:
    steps = ((dt.date(2026, 12, 5), D("196.00")),)
    items = [_item(3, "C003", "100.00"), OpenItem(4, "C003", "INV-000004", None, D("200.00"), "EUR", steps)]
    [m] = match_entries([_entry(1, "296.00", text="INV-000003 INV-000004")], items, {}, Tolerance())
    assert _summary(m) == (
        1,
        "C003",
        "invoice_number",
        90,
        [("INV-000003", "100.00", "0.00"), ("INV-000004", "196.00", "4.00")],
    )


def test_penny_tolerance() -> None:
    entries = [_entry(1, "120.98", ref="RF740000001")]
    [m] = match_entries(entries, ITEMS, PAYERS, Tolerance())
    assert m.confidence == 90
    [m] = match_entries(entries, ITEMS, PAYERS, Tolerance(penny=D("0.05")))
    assert (m.confidence, m.applied) == (100, (Applied(1, "INV-000001", D("120.98"), D("0.00")),))
    # The unknown payer's 99.99 is within a cent of INV-000009 (99.98) and INV-000003 (100.00): ambiguous.
    [m] = match_entries([_entry(1, "99.99", iban=UNKNOWN)], ITEMS, PAYERS, Tolerance(penny=D("0.01")))
    assert _summary(m) == (1, None, "unknown", 0, [])
    [m] = match_entries([_entry(1, "99.97", iban=UNKNOWN)], ITEMS, PAYERS, Tolerance(penny=D("0.01")))
    assert _summary(m) == (1, "C005", "amount", 30, [("INV-000009", "99.97", "0.00")])


def test_over_under_tolerance_counts_for_named_items_only() -> None:
    tol = Tolerance(penny=D("0.01"), over_under=D("5.00"))
    [m] = match_entries([_entry(1, "117.00", ref="RF740000001")], ITEMS, PAYERS, tol)
    assert (m.reason, m.confidence) == ("reference", 100)
    [m] = match_entries([_entry(1, "297.00", text="INV-000003 INV-000004")], ITEMS, PAYERS, tol)
    assert _summary(m) == (
        1,
        "C003",
        "invoice_number",
        90,
        [("INV-000003", "100.00", "0.00"), ("INV-000004", "197.00", "0.00")],
    )
    # Both the discounted amount (98.00) and the balance (100.00) within tolerance: the closer one counts.
    item = OpenItem(1, "C001", "INV-000001", "RF740000001", D("100.00"), "EUR", ((dt.date(2026, 12, 5), D("98.00")),))
    wide = Tolerance(over_under=D("1.50"))
    [m] = match_entries([_entry(1, "99.50", ref="RF740000001")], [item], {}, wide)
    assert (m.confidence, m.applied) == (100, (Applied(1, "INV-000001", D("99.50"), D("0.00")),))
    [m] = match_entries([_entry(1, "98.60", ref="RF740000001")], [item], {}, wide)
    assert (m.confidence, m.applied) == (100, (Applied(1, "INV-000001", D("98.60"), D("2.00")),))
    # The amount is the only evidence: the over/underpayment tolerance does not widen it.
    [m] = match_entries([_entry(1, "72.00", iban=VISSER)], ITEMS, PAYERS, tol)
    assert _summary(m) == (1, "C004", "iban", 50, [])


def test_an_item_is_used_once_and_the_better_match_wins() -> None:
    entries = [
        _entry(1, "310.00", iban=UNKNOWN),  # amount only: would take INV-000008 (30)
        _entry(2, "310.00", iban=VISSER, text="INV-000008"),  # invoice number: 90, wins although later
        _entry(3, "310.00", text="nogmaals INV-000008"),  # the same invoice again: nothing left
    ]
    matches = match_entries(entries, ITEMS, PAYERS, Tolerance())
    assert [_summary(m) for m in matches] == [
        (1, None, "unknown", 0, []),
        (2, "C004", "invoice_number", 90, [("INV-000008", "310.00", "0.00")]),
        (3, None, "unknown", 0, []),
    ]
    # Equal confidence: the first in the statement wins; the second falls back to its payer.
    twice = [_entry(1, "121.00", ref="RF740000001"), _entry(2, "121.00", ref="RF740000001", iban=JANSEN)]
    first, second = match_entries(twice, ITEMS, PAYERS, Tolerance())
    assert _summary(first)[2:4] == ("reference", 100)
    assert _summary(second) == (2, "C001", "iban", 50, [])
    _check_sums(entries, matches)


def test_only_items_in_the_entry_currency() -> None:
    items = [_item(1, "C001", "121.00", "rf", currency="USD")]
    [m] = match_entries([_entry(1, "121.00", ref="RF740000001")], items, PAYERS, Tolerance())
    assert m.reason == "unknown"
    [m] = match_entries([_entry(1, "121.00", ref="RF740000001", currency="USD")], items, PAYERS, Tolerance())
    assert (m.reason, m.confidence) == ("reference", 100)


@pytest.mark.parametrize("amount", ["-121.00", "0.00"])
def test_debits_and_zero_amounts(amount: str) -> None:
    [m] = match_entries([_entry(1, amount, ref="RF740000001", iban=JANSEN)], ITEMS, PAYERS, Tolerance())
    assert (m.customer, m.applied, m.confidence) == (None, (), 0)
    assert m.reason == ("debit" if amount.startswith("-") else "unknown")
