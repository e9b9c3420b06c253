"""The collections workspace list (services.collections_list via Company.collection_*): exact figures per
customer as of a date, filters, sorting, the snapshot as source, credit use, last payment and last letter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from ardesk.api import Books, Company, LetterStep, Line, Mark, NotFoundError, ValidationError
from tests.overdue_book import AGING, AS_OF, build

ZERO = D("0.00")


@pytest.fixture
def od(books: Books):
    return build(books)


def rows(co: Company, **kw) -> list:
    found = co.collection_list(kw.pop("as_of", AS_OF), summary=False, **kw)
    return co.collection_rows(found.ids, kw.get("as_of", AS_OF))


def by_account(co: Company, **kw) -> dict:
    return {r.account: r for r in rows(co, **kw)}


# --- the figures ------------------------------------------------------------------------------------------------


def test_each_customer_has_its_buckets_total_and_overdue_as_of_the_date(od):
    co = od.company
    got = by_account(co)
    # A: a1 100 (31-60), a2 150 and the item without due date 70 (1-30); a3 closed on AS_OF, a4 dated later.
    a = got["A"]
    assert (a.name, a.buckets) == ("Aannemer A", (ZERO, D("220.00"), D("100.00"), ZERO, ZERO))
    assert (a.total, a.overdue) == (D("320.00"), D("320.00"))
    # B: b1 300 - cn 60 + xb 30 current, b2 400 (paid after AS_OF) 1-30, the unapplied payment -80 in 31-60.
    b = got["B"]
    assert b.buckets == (D("270.00"), D("400.00"), D("-80.00"), ZERO, ZERO)
    assert (b.total, b.overdue) == (D("590.00"), D("400.00"))
    # They are the aging's own figures.
    assert {r.customer: tuple(r.buckets.values()) for r in co.aging(AS_OF)} == {k: v.buckets for k, v in got.items()}


def test_the_summary_adds_up_to_the_aging_summary(od):
    summary = od.company.collection_list(AS_OF).summary
    assert dict(summary.buckets) == AGING
    assert (summary.total, summary.overdue) == (D("910.00"), D("720.00"))
    assert (summary.customers, summary.overdue_customers, summary.snapshot_taken_on) == (2, 2, None)
    aging = od.company.aging_summary(AS_OF)
    assert (summary.buckets, summary.total, summary.overdue) == (aging.buckets, aging.total, aging.overdue)
    assert od.company.collection_summary(AS_OF) == summary


def test_oldest_overdue_item_last_payment_and_no_letter(od):
    got = by_account(od.company)
    assert got["A"].oldest_due == AS_OF - dt.timedelta(days=31)  # a1, due 31 days before
    assert got["B"].oldest_due == AS_OF - dt.timedelta(days=10)  # b2
    assert got["A"].last_payment == AS_OF - dt.timedelta(days=10)
    assert got["B"].last_payment == AS_OF - dt.timedelta(days=35)  # the payment on +5 comes after the date
    assert (got["A"].letter_step, got["A"].letter_code, got["A"].letter_date) == (0, "", None)


def test_a_customer_without_overdue_items_is_listed_only_when_asked_for(od):
    co = od.company
    co.create_customer("C", "Cafe C", terms="N30")
    co.post_free_text_invoice("C", AS_OF - dt.timedelta(days=5), [Line("Coffee", D("12.50"))])  # not due yet
    assert set(by_account(co)) == {"A", "B"}
    everyone = by_account(co, overdue_only=False)
    assert set(everyone) == {"A", "B", "C"}
    assert (everyone["C"].buckets[0], everyone["C"].overdue, everyone["C"].oldest_due) == (D("12.50"), ZERO, None)


def test_the_items_of_a_customer_as_of_the_date(od):
    items = od.company.collection_items("B", AS_OF)
    n = od.numbers
    got = {i.number: (i.balance, i.days_overdue) for i in items}
    assert got == {
        n["b1"]: (D("300.00"), None),
        n["b2"]: (D("400.00"), 10),  # paid five days after the date: open and overdue on it
        n["cn"]: (D("-60.00"), None),  # a credit is never overdue
        n["pb"]: (D("-80.00"), None),
        n["xb"]: (D("30.00"), None),  # falls due on the date itself: not overdue yet
    }
    assert sum(i.balance for i in items) == by_account(od.company)["B"].total


# --- filters and sorting -------------------------------------------------------------------------------------


def test_text_filter_matches_account_or_name_literally(od):
    co = od.company
    assert set(by_account(co, text="bouw")) == {"B"}
    assert set(by_account(co, text="E")) == {"A", "B"}  # case-insensitive: "Aannemer", "Bouwbedrijf"
    assert by_account(co, text="%") == {}  # % is a character, not a wildcard


def test_bucket_filter_keeps_customers_with_an_amount_in_it(od):
    co = od.company
    assert set(by_account(co, bucket=0)) == {"B"}  # A has nothing current
    assert set(by_account(co, bucket=2)) == {"A", "B"}  # B's -80.00 counts too: it is in the bar's total
    assert by_account(co, bucket=4) == {}
    for wrong in (5, -1, True, "1"):
        with pytest.raises(ValidationError) as err:
            co.collection_list(AS_OF, bucket=wrong)
        assert err.value.field == "bucket"


@pytest.mark.parametrize(
    ("sort", "descending", "order"),
    [
        ("overdue", True, ["B", "A"]),
        ("overdue", False, ["A", "B"]),
        ("account", False, ["A", "B"]),
        ("name", True, ["B", "A"]),
        ("total", True, ["B", "A"]),
        ("b0", True, ["B", "A"]),
        ("b2", True, ["A", "B"]),
        ("days_overdue", True, ["A", "B"]),  # A's oldest item is 31 days overdue, B's 10
        ("days_overdue", False, ["B", "A"]),
        ("last_payment", True, ["A", "B"]),
    ],
)
def test_sorting_in_sql(od, sort, descending, order):
    assert [r.account for r in rows(od.company, sort=sort, descending=descending)] == order


def test_blank_cells_sort_last_both_ways(od):
    co = od.company
    co.update_customer("B", credit_limit=D("1000.00"))
    for descending in (True, False):
        assert [r.account for r in rows(co, sort="credit_limit", descending=descending)] == ["B", "A"]
        assert [r.account for r in rows(co, sort="credit_use", descending=descending)] == ["B", "A"]
        assert [r.account for r in rows(co, sort="last_letter", descending=descending)] == ["A", "B"]  # ties
    co.set_collection_status("A", "disputed", AS_OF)
    assert [r.account for r in rows(co, sort="status", descending=False)] == ["A", "B"]


def test_unknown_sort_and_definition_are_refused(od):
    with pytest.raises(ValidationError) as err:
        od.company.collection_list(AS_OF, sort="b9")
    assert err.value.field == "sort"
    with pytest.raises(NotFoundError):
        od.company.collection_list(AS_OF, definition="NOPE")


# --- credit, status and letters ------------------------------------------------------------------------------


def test_credit_use_and_limits_in_force(od):
    co = od.company
    co.update_customer("A", credit_limit=D("400.00"))
    co.update_customer("B", credit_limit=D("0.00"))  # 0 without mandatory: no limit (DOMAIN 5.3)
    got = by_account(co)
    assert (got["A"].credit_use, got["A"].over_limit) == (D("80"), False)  # 320 of 400
    assert (got["B"].limit, got["B"].credit_use, got["B"].over_limit) == (None, None, False)
    co.update_customer("B", mandatory_credit_limit=True)
    b = by_account(co)["B"]
    assert (b.limit, b.credit_use, b.over_limit) == (ZERO, None, True)


def test_holds_disputes_and_invoicing_block_show_on_the_row(od):
    co = od.company
    co.set_collection_status("A", "hold", AS_OF, "Waiting for the curator")
    co.set_transaction_status(od.numbers["b2"], "disputed", AS_OF, "Wrong quantity")
    co.update_customer("B", on_hold="invoice")
    got = by_account(co)
    assert (got["A"].collection_status, got["A"].held_items) == ("hold", 0)
    assert (got["B"].collection_status, got["B"].held_items, got["B"].invoicing_hold) == ("", 0, "invoice")
    # b2 is closed now (paid after AS_OF): held items count what is still open. b1 is open.
    co.set_transaction_status(od.numbers["b1"], "hold", AS_OF)
    assert by_account(co)["B"].held_items == 1


def test_last_posted_letter_with_its_step_and_date(books: Books):
    co = books.create_company("L", "Letters B.V.", currency="EUR")
    co.create_terms_of_payment("N14", days=14)
    co.create_collection_letter_sequence("SEQ", [LetterStep("L1", 5), LetterStep("L2", 10), LetterStep("L3", 10)])
    co.create_posting_profile("DUN", [("all", None, "130100")], collection_letter_sequence="SEQ")
    co.create_customer("C1", "Dunned", terms="N14", posting_profile="DUN")
    co.post_free_text_invoice("C1", dt.date(2024, 1, 1), [Line("Goods", D("1000.00"))])  # due 15 Jan
    for day in (dt.date(2024, 1, 20), dt.date(2024, 1, 30)):
        [letter] = co.create_collection_letters(day)
        co.post_collection_letter(letter.number)
    [proposal] = co.create_collection_letters(dt.date(2024, 3, 1))  # not posted: not a letter sent
    assert proposal.state == "created"
    as_of = dt.date(2024, 3, 1)
    [row] = co.collection_rows(co.collection_list(as_of).ids, as_of)
    assert (row.letter_step, row.letter_code, row.letter_date) == (2, "L2", dt.date(2024, 1, 30))
    [row] = co.collection_rows(co.collection_list(dt.date(2024, 1, 25)).ids, dt.date(2024, 1, 25))
    assert (row.letter_step, row.letter_date) == (1, dt.date(2024, 1, 20))  # as of a date between them
    item = co.collection_items("C1", as_of)[0]
    assert item.letter_step == 2


# --- the snapshot --------------------------------------------------------------------------------------------


def test_a_snapshot_of_the_date_is_the_source_until_it_is_refreshed(od):
    co = od.company
    live = by_account(co)
    taken = dt.date(2026, 7, 2)
    co.take_aging_snapshot(AS_OF, taken_on=taken, include_zero=True)
    found = co.collection_list(AS_OF)
    assert found.summary.snapshot_taken_on == taken
    assert dict(found.summary.buckets) == AGING and found.summary.total == D("910.00")
    assert {r.account: (r.buckets, r.total, r.overdue) for r in co.collection_rows(found.ids, AS_OF)} == {
        k: (v.buckets, v.total, v.overdue) for k, v in live.items()
    }
    # A payment dated on AS_OF posted later: the snapshot does not know it, the live figures do.
    co.post_payment("A", AS_OF, D("100.00"), marks=[Mark(od.numbers["a1"])])
    assert by_account(co)["A"].total == D("320.00")
    assert co.collection_list(AS_OF - dt.timedelta(days=1)).summary.snapshot_taken_on is None  # another date
    co.take_aging_snapshot(AS_OF, taken_on=dt.date(2026, 7, 3), include_zero=True)
    refreshed = by_account(co)["A"]
    assert (refreshed.total, refreshed.buckets[2]) == (D("220.00"), ZERO)


def test_the_snapshot_source_filters_and_sorts_as_the_live_one(od):
    co = od.company
    co.take_aging_snapshot(AS_OF, taken_on=AS_OF, include_zero=True)
    assert [r.account for r in rows(co, sort="b2", descending=True)] == ["A", "B"]
    assert set(by_account(co, bucket=0)) == {"B"}
    assert set(by_account(co, text="aann")) == {"A"}
