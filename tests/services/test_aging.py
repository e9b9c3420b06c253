"""Aging per customer (services.aging, Company.aging): buckets, balances as of a date, definitions, snapshots, CSV."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import text

from ardesk.api import AgingRow, Line, Mark, NotFoundError, ValidationError
from ardesk.services import aging, lookup, queries
from tests.helpers import snapshot
from tests.overdue_book import AGING, AS_OF, build

DAY = dt.date(2026, 6, 30)
ZERO = D("0.00")
DEFAULT_LABELS = ["Current", "1-30", "31-60", "61-90", "Over 90"]


def invoice(co, date: dt.date, amount: str, customer: str = "1001", **kw) -> str:
    return co.post_free_text_invoice(customer, date, [Line("Work", D(amount))], **kw).number


def buckets(*amounts: str, labels: list[str] = DEFAULT_LABELS) -> dict[str, D]:
    return dict(zip(labels, (D(a) for a in amounts), strict=True))


def by_customer(rows: list[AgingRow]) -> dict[str, dict[str, D]]:
    return {r.customer: r.buckets for r in rows}


# --- bucket boundaries --------------------------------------------------------------------------------------


def test_due_date_boundaries_at_0_1_30_and_31_days_past_due(co):
    # N30 on customer 1001: due 30 days after the invoice date; days past due = DAY - due date.
    for past_due, amount in ((-1, "1.00"), (0, "2.00"), (1, "4.00"), (30, "8.00"), (31, "16.00"), (91, "32.00")):
        invoice(co, DAY - dt.timedelta(days=30 + past_due), amount)
    [row] = co.aging(DAY)
    assert row.customer == "1001" and row.name == "Jansen Installatietechniek B.V."
    assert list(row.buckets) == DEFAULT_LABELS  # the definition's order
    # not yet due and due today: Current; 1 and 30 days: 1-30; 31 days: 31-60
    assert row.buckets == buckets("3.00", "12.00", "16.00", "0.00", "32.00")
    assert row.total == D("63.00") == sum(row.buckets.values())
    assert row.overdue == D("60.00")  # due before DAY: 4 + 8 + 16 + 32
    assert row.credit_limit is None and not row.over_credit_limit


def test_document_date_boundaries_at_0_1_30_and_31_days(co):
    co.create_aging_definition(
        "DOC", [("0 days", None, 0), ("1-30 days", 1, 30), ("31+ days", 31, None)], basis="document_date"
    )
    for age, amount in ((0, "1.00"), (1, "2.00"), (30, "4.00"), (31, "8.00")):
        invoice(co, DAY - dt.timedelta(days=age), amount)
    [row] = co.aging(DAY, definition="DOC")
    assert row.buckets == {"0 days": D("1.00"), "1-30 days": D("6.00"), "31+ days": D("8.00")}
    assert row.total == D("15.00")
    # The same items by due date (N30): only the one 31 days old is past due, by 1 day.
    assert co.aging(DAY)[0].buckets == buckets("7.00", "8.00", "0", "0", "0")


# --- balances as of the date ---------------------------------------------------------------------------------


def test_a_partly_settled_invoice_ages_with_what_is_left(co):
    number = invoice(co, DAY - dt.timedelta(days=45), "100.00")  # due 15 days before DAY
    co.post_payment("1001", DAY - dt.timedelta(days=5), D("40.00"), marks=[Mark(number, D("40.00"))])
    [row] = co.aging(DAY)
    assert row.buckets == buckets("0", "60.00", "0", "0", "0") and row.total == D("60.00")


def test_settlements_after_the_as_of_date_are_not_counted(co):
    number = invoice(co, DAY - dt.timedelta(days=45), "100.00")
    co.post_payment("1001", DAY + dt.timedelta(days=1), marks=[Mark(number)])
    [row] = co.aging(DAY)
    assert row.buckets == buckets("0", "100.00", "0", "0", "0") and row.overdue == D("100.00")
    assert co.aging(DAY + dt.timedelta(days=1)) == []  # paid in full on that day: no balance, no row
    # An invoice dated after the as-of date is not open on it.
    invoice(co, DAY + dt.timedelta(days=2), "5.00")
    assert co.aging(DAY)[0].total == D("100.00")


def test_credit_notes_and_unapplied_payments_reduce_the_bucket_they_fall_in(books):
    """The overdue book: partly paid, paid after the date, unsettled after it, a credit note, an unapplied
    payment, items without a due date, an invoice dated after the date (tests/overdue_book.py)."""
    book = build(books)
    rows = book.company.aging(AS_OF)
    assert by_customer(rows) == {
        "A": buckets("0", "220.00", "100.00", "0", "0"),  # a2 150 + xa 70 | a1 100
        "B": buckets("270.00", "400.00", "-80.00", "0", "0"),  # b1 300 - cn 60 + xb 30 | b2 400 | pb -80
    }
    assert [(r.total, r.overdue) for r in rows] == [(D("320.00"), D("320.00")), (D("590.00"), D("400.00"))]
    # The company-wide aging summary adds up the same buckets (one bucket function for both).
    summary = book.company.aging_summary(AS_OF)
    assert dict(summary.buckets) == AGING
    assert {label: sum(r.buckets[label] for r in rows) for label in DEFAULT_LABELS} == AGING
    assert summary.total == sum(r.total for r in rows) and summary.overdue == sum(r.overdue for r in rows)


def test_amounts_are_in_the_accounting_currency(co):
    co.create_customer("3001", "London Stationers Ltd", currency="GBP", terms="N30")
    invoice(co, DAY - dt.timedelta(days=40), "100.00", customer="3001", exchange_rate=D("1.2"))
    [row] = co.aging(DAY, customers=["3001"])
    assert row.buckets["1-30"] == D("120.00") and row.total == D("120.00")  # EUR, not GBP


# --- customers ------------------------------------------------------------------------------------------------


def test_several_customers_by_account_and_customers_whose_items_cancel_out(co):
    co.create_customer("0900", "Aardbei Horeca", terms="N30", credit_limit=D("50.00"))
    co.create_customer("2002", "Zeeman Bouw", terms="N30")
    co.create_customer("3003", "Nul en Generaal", terms="N30")
    invoice(co, DAY - dt.timedelta(days=70), "80.00", customer="0900")  # 40 days past due
    invoice(co, DAY, "10.00")
    invoice(co, DAY - dt.timedelta(days=35), "25.00", customer="2002")
    invoice(co, DAY - dt.timedelta(days=100), "30.00", customer="3003")  # 70 days past due: 61-90
    co.post_credit_note("3003", DAY, [Line("Credit", D("30.00"))], due_date=DAY)  # current: the total is 0
    rows = co.aging(DAY)
    assert [r.customer for r in rows] == ["0900", "1001", "2002"]  # 3003 adds up to 0: left out
    assert rows[0].credit_limit == D("50.00") and rows[0].over_credit_limit
    assert by_customer(rows)["2002"] == buckets("0", "25.00", "0", "0", "0")
    everyone = co.aging(DAY, include_zero=True)
    assert [r.customer for r in everyone] == ["0900", "1001", "2002", "3003"]
    assert everyone[-1].buckets == buckets("-30.00", "0", "0", "30.00", "0") and everyone[-1].total == ZERO
    # Only some customers (a statement asks for one), by account in the API and by id in the service.
    assert [r.customer for r in co.aging(DAY, customers=["2002", "0900"])] == ["0900", "2002"]
    with co.books.reading() as s:
        company_id = queries.company_id(s, co.code)
        by_id = aging.aging_rows(s, company_id, DAY, customers=[queries.customer_id(s, company_id, "2002")])
    assert by_id == co.aging(DAY, customers=["2002"]) and len(by_id) == 1
    assert co.aging(DAY, customers=[]) == []
    with pytest.raises(NotFoundError) as err:
        co.aging(DAY, customers=["2002", "9999"])
    assert err.value.field == "customers[1]"


def test_no_open_items_no_rows(co):
    assert co.aging(DAY) == []


# --- definitions ----------------------------------------------------------------------------------------------


def test_a_definition_may_have_one_bucket_or_twelve(co):
    for age in (0, 6, 7, 13, 14, 70, 77, 400):
        invoice(co, DAY - dt.timedelta(days=age), "1.00")
    co.create_aging_definition("ALL", [("Open", None, None)], basis="document_date")
    weekly = [("This week", None, 6)] + [(f"Week {w}", 7 * w, 7 * w + 6) for w in range(1, 11)] + [("Older", 77, None)]
    co.create_aging_definition("WEEKLY", weekly, basis="document_date")
    assert co.aging(DAY, definition="ALL")[0].buckets == {"Open": D("8.00")}
    [row] = co.aging(DAY, definition="WEEKLY")
    assert len(row.buckets) == 12 and list(row.buckets)[-1] == "Older"
    assert row.buckets["This week"] == D("2.00") and row.buckets["Week 1"] == D("2.00")
    assert row.buckets["Week 10"] == D("1.00") and row.buckets["Older"] == D("2.00")
    assert row.total == D("8.00") == sum(row.buckets.values())


BAD_DEFINITIONS = [
    ([("x", 5, 1)], {}, "buckets[0].to_days"),  # ends before it starts
    ([], {}, "buckets"),
    ([("b", None, None)] * 13, {}, "buckets"),  # more than 12
    ([("Current", 0, 0), ("Later", 1, None)], {}, "buckets[0].from_days"),  # the first must start open
    ([("Current", None, 0), ("1-30", 1, 30)], {}, "buckets[1].to_days"),  # the last must end open
    ([("Current", None, 0), ("Gap", 2, None)], {}, "buckets[1].from_days"),  # day 1 in no bucket
    ([("Current", None, 10), ("Overlap", 5, None)], {}, "buckets[1].from_days"),
    ([("Current", None, None), ("Later", 1, None)], {}, "buckets[0].to_days"),  # open end in the middle
    ([("Old", None, 90), ("Young", 0, 30)], {}, "buckets[1].from_days"),  # not ascending
    ([("Current", None, 0), ("current", 1, None)], {}, "buckets[1].label"),  # labels unique
    ([("  ", None, None)], {}, "buckets[0].label"),
    ([("Current", None, True), ("Later", 2, None)], {}, "buckets[0].to_days"),
    ([("Current", None, 0, 5)], {}, "buckets[0]"),
    ([("All", None, None)], {"basis": "transaction"}, "basis"),
]


@pytest.mark.parametrize("buckets_, kw, field", BAD_DEFINITIONS, ids=[f for _, _, f in BAD_DEFINITIONS])
def test_bad_definitions_are_refused_and_change_nothing(books, co, buckets_, kw, field):
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        co.create_aging_definition("BAD", buckets_, **kw)
    assert err.value.field == field
    assert snapshot(books) == before


def test_definitions_can_be_listed_changed_made_default_and_deleted(books, co):
    invoice(co, DAY - dt.timedelta(days=45), "10.00")
    co.create_aging_definition("B-TWO", [("Due", None, 0), ("Late", 1, None)])
    [standard, two] = sorted(co.aging_definitions(), key=lambda d: d.code != "STANDARD")
    assert (standard.code, standard.basis, standard.default) == ("STANDARD", "due_date", True)
    assert standard.buckets == (
        ("Current", None, 0),
        ("1-30", 1, 30),
        ("31-60", 31, 60),
        ("61-90", 61, 90),
        ("Over 90", 91, None),
    )
    assert standard.labels == tuple(DEFAULT_LABELS) and isinstance(standard.buckets[0], aging.Bucket)
    assert (two.code, two.default, two.buckets) == ("B-TWO", False, (("Due", None, 0), ("Late", 1, None)))
    assert [d.code for d in co.aging_definitions()] == ["B-TWO", "STANDARD"]  # by code

    changed = co.update_aging_definition(
        "B-TWO", buckets=[("Young", None, 20), ("Old", 21, None)], basis="document_date"
    )
    assert changed.buckets == (("Young", None, 20), ("Old", 21, None)) and changed.basis == "document_date"
    assert co.aging(DAY, definition="B-TWO")[0].buckets == {"Young": ZERO, "Old": D("10.00")}
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        co.update_aging_definition("B-TWO", buckets=[("Young", None, 20), ("Old", 22, None)])
    assert err.value.field == "buckets[1].from_days" and snapshot(books) == before
    with pytest.raises(NotFoundError):
        co.update_aging_definition("NOPE", basis="due_date")

    co.set_default_aging_definition("B-TWO")
    assert {d.code: d.default for d in co.aging_definitions()} == {"B-TWO": True, "STANDARD": False}
    assert list(co.aging(DAY)[0].buckets) == ["Young", "Old"]  # the default is used when none is named
    co.delete_aging_definition("B-TWO")
    assert list(co.aging(DAY)[0].buckets) == DEFAULT_LABELS  # no default left: the first by code
    with pytest.raises(ValidationError) as err:
        co.delete_aging_definition("STANDARD")
    assert err.value.field == "code"  # the last one stays
    with pytest.raises(NotFoundError) as err:
        co.aging(DAY, definition="B-TWO")
    assert err.value.field == "definition"


def test_a_new_default_definition_replaces_the_old_default(co):
    with co.books.writing() as s:
        company = queries.company_id(s, co.code)
        aging.create_definition(s, lookup.company(s, co.code), "NEW", [("All", None, None)], default=True)
        assert [d.code for d in aging.definitions_list(s, company) if d.default] == ["NEW"]


# --- snapshots ------------------------------------------------------------------------------------------------


def test_a_snapshot_equals_the_live_aging_and_replaces_the_previous_one(books):
    book = build(books)
    co = book.company
    assert co.aging_snapshot() is None
    taken = co.take_aging_snapshot(AS_OF, taken_on=AS_OF + dt.timedelta(days=40))
    live = co.aging(AS_OF)
    assert taken.rows == live and co.aging_snapshot() == taken
    assert (taken.definition, taken.basis, taken.as_of, taken.taken_on) == (
        "STANDARD",
        "due_date",
        AS_OF,
        AS_OF + dt.timedelta(days=40),
    )
    assert taken.labels == tuple(DEFAULT_LABELS)
    # A snapshot is a stored result: later postings do not change it until a new one is taken.
    co.post_free_text_invoice("A", AS_OF - dt.timedelta(days=1), [Line("More", D("5.00"))])
    assert co.aging_snapshot().rows == live
    later = AS_OF + dt.timedelta(days=10)
    again = co.take_aging_snapshot(later, taken_on=later)
    assert again.rows == co.aging(later) and co.aging_snapshot() == again
    with books.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM aging_snapshot")).scalar() == 1
    # Each definition has its own; changing a definition drops its snapshot (made of the old buckets).
    co.create_aging_definition("DOC", [("New", None, 30), ("Old", 31, None)], basis="document_date")
    doc = co.take_aging_snapshot(AS_OF, definition="DOC", taken_on=AS_OF)
    assert doc.rows == co.aging(AS_OF, definition="DOC") and co.aging_snapshot() == again
    co.update_aging_definition("DOC", basis="due_date")
    assert co.aging_snapshot("DOC") is None and co.aging_snapshot() == again


def test_a_snapshot_keeps_customers_whose_items_cancel_out_when_asked(co):
    co.post_credit_note("1001", DAY, [Line("Credit", D("30.00"))], due_date=DAY)
    invoice(co, DAY - dt.timedelta(days=100), "30.00")
    assert co.take_aging_snapshot(DAY, taken_on=DAY).rows == []
    kept = co.take_aging_snapshot(DAY, taken_on=DAY, include_zero=True)
    assert kept.rows == co.aging(DAY, include_zero=True)
    assert kept.rows[0].buckets == buckets("-30.00", "0", "0", "30.00", "0")


# --- the CSV file ---------------------------------------------------------------------------------------------


def test_csv_in_english_and_dutch_with_formulas_neutralised(co, tmp_path):
    co.create_customer("2002", '=HYPERLINK("http://x")', terms="N30", credit_limit=D("1000.00"))
    co.create_customer("3003", "+31 Handel", terms="N30")
    co.create_customer("4004", "-Min & Co", terms="N30")
    co.create_customer("5005", '@Vries; "quoted"', terms="N30")
    invoice(co, DAY - dt.timedelta(days=45), "1234.50")
    invoice(co, DAY - dt.timedelta(days=75), "20.00", customer="2002")
    co.post_credit_note("3003", DAY, [Line("Credit", D("7.25"))], due_date=DAY)
    invoice(co, DAY, "1.00", customer="4004")
    invoice(co, DAY, "2.00", customer="5005")

    path = tmp_path / "aging.csv"
    assert co.export_aging_csv(DAY, path) == 5
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # UTF-8 BOM, Excel's line ends
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [
        "Account", "Name", "Current", "1-30 days", "31-60 days", "61-90 days", "Over 90", "Total", "Overdue",
        "Credit limit", "Currency",
    ]  # fmt: skip
    assert rows[1] == ["1001", "Jansen Installatietechniek B.V.", "0.00", "1234.50", "0.00", "0.00", "0.00",
                       "1234.50", "1234.50", "", "EUR"]  # fmt: skip
    assert rows[2][:2] == ["2002", '\'=HYPERLINK("http://x")'] and rows[2][4] == "20.00"
    assert rows[2][9] == "1000.00"
    assert rows[3][:3] == ["3003", "'+31 Handel", "-7.25"]  # a negative amount stays a number
    assert rows[4][1] == "'-Min & Co" and rows[5][1] == '\'@Vries; "quoted"'

    nl = tmp_path / "ouderdom.csv"
    co.export_aging_csv(DAY, nl, language="nl")
    rows = list(csv.reader(nl.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Klant", "Naam", "Niet vervallen"] and rows[0][6:9] == ["Meer dan 90", "Totaal", "Vervallen"]
    assert rows[1][3] == "1234,50" and rows[3][2] == "-7,25"  # decimal comma, no thousands separator
    assert rows[5][1] == '\'@Vries; "quoted"'
    with pytest.raises(ValidationError) as err:
        co.export_aging_csv(DAY, nl, language="de")
    assert err.value.field == "language"


def test_spreadsheet_text_neutralises_what_a_spreadsheet_would_calculate():
    assert [aging.spreadsheet_text(v) for v in ("=1+1", "+1", "-1", "@A1", "\tx", "a=b", "")] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@A1",
        "'\tx",
        "a=b",
        "",
    ]


# --- checks on the way in -----------------------------------------------------------------------------------


def test_bad_arguments_name_their_field(co):
    for call, field in (
        (lambda: co.aging("2026-06-30"), "as_of"),
        (lambda: co.aging(DAY, customers="1001"), "customers"),
        (lambda: co.aging(DAY, include_zero=1), "include_zero"),
        (lambda: co.aging(DAY, definition="NOPE"), "definition"),
        (lambda: co.take_aging_snapshot(DAY, taken_on="today"), "taken_on"),
        (lambda: co.aging_snapshot("NOPE"), "definition"),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field


def test_the_printed_report_has_room_for_six_buckets(co, tmp_path):
    seven = [("B0", None, 0)] + [(f"B{i}", 10 * i - 9, 10 * i) for i in range(1, 6)] + [("B6", 51, None)]
    co.create_aging_definition("SEVEN", seven)
    with pytest.raises(ValidationError) as err:
        co.print_aging_report(DAY, tmp_path / "seven.pdf", definition="SEVEN")
    assert err.value.field == "definition" and not (tmp_path / "seven.pdf").exists()
