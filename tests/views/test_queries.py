"""services.queries: the read queries behind the workspace lists (no Qt; runs on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from ardesk.api import Line
from ardesk.services import queries

DAY = dt.date(2026, 3, 2)


def cid(co) -> int:
    with co.books.reading() as s:
        return queries.company_id(s, co.code)


def post(co, date: dt.date, amount: str, customer: str = "1001", **kw) -> str:
    return co.post_free_text_invoice(customer, date, [Line("Work", D(amount))], **kw).number


def test_setup_lists(co):
    co.create_customer_group("GRP", "Groep & co", terms="N30")
    co.create_method_of_payment("DD", "electronic", direct_debit=True)
    with co.books.reading() as s:
        company_id = queries.company_id(s, co.code)
        groups = {g.code: g for g in queries.customer_groups(s, company_id)}
        assert groups["GRP"] == queries.CustomerGroupRow("GRP", "Groep & co", "N30", 0)
        assert groups["STD"].customers == 1
        assert [t.code for t in queries.terms_of_payment(s, company_id)] == ["M1", "N30"]
        discounts = {d.code: d.periods for d in queries.cash_discounts(s, company_id)}
        assert discounts["3D5-1D14"] == ((5, D("3")), (14, D("1")))
        assert {t.code: t.percent for t in queries.sales_taxes(s, company_id)} == {"HIGH": D(21), "LOW": D(9)}
        assert {m.code: m.direct_debit for m in queries.methods_of_payment(s, company_id)} == {
            "BANK": False,
            "DD": True,
        }
        lines = queries.posting_profile_lines(s, company_id)
        assert [(p.profile, p.scope) for p in lines] == [("GEN", "all"), ("PREPAY", "all")]
        assert queries.posting_profile_codes(s, company_id) == ["GEN", "PREPAY"]
        sequences = {q.code: q for q in queries.number_sequences(s, company_id)}
        assert sequences["invoice"].next_value == "INV-000001"
        assert queries.customer_id(s, company_id, "1001") is not None
        assert queries.customer_id(s, company_id, "nobody") is None


def test_documents_newest_first_with_search_and_open_filter(co):
    co.create_customer("2002", "Bakker & Zn.")
    first = post(co, DAY, "100.00")
    second = post(co, DAY + dt.timedelta(days=3), "50.00", customer="2002")
    credit = co.post_credit_note("1001", DAY + dt.timedelta(days=4), [Line("Back", D("20.00"))]).number
    with co.books.reading() as s:
        company_id = queries.company_id(s, co.code)
        rows = queries.documents(s, company_id, ("invoice", "credit_note"))
        assert [r.number for r in rows] == [credit, second, first]
        assert rows[0].amount == D("-20.00") and rows[0].kind == "credit_note"
        assert [r.number for r in queries.documents(s, company_id, ("invoice",), text="bakker")] == [second]
        assert [r.number for r in queries.documents(s, company_id, ("invoice",), text="%")] == []
        assert len(queries.documents(s, company_id, ("invoice", "credit_note"), open_only=True, limit=2)) == 2
        assert queries.documents(s, company_id, ("payment",)) == []


def test_overdue_items_and_aging_buckets_by_due_date(co):
    as_of = dt.date(2026, 6, 30)
    # N30 terms on customer 1001: due 30 days after the invoice date.
    due_in_future = post(co, as_of - dt.timedelta(days=10), "10.00")  # current
    due_today = post(co, as_of - dt.timedelta(days=30), "20.00")  # due today: current
    one_day = post(co, as_of - dt.timedelta(days=31), "40.00")  # 1 day late: 1-30
    thirty = post(co, as_of - dt.timedelta(days=60), "80.00")  # 30 days: 1-30
    thirty_one = post(co, as_of - dt.timedelta(days=61), "160.00")  # 31 days: 31-60
    ninety_one = post(co, as_of - dt.timedelta(days=121), "320.00")  # 91 days: over 90
    co.post_credit_note("1001", as_of, [Line("Credit", D("5.00"))], due_date=as_of)  # current, negative
    with co.books.reading() as s:
        company_id = queries.company_id(s, co.code)
        overdue = [r.number for r in queries.overdue_items(s, company_id, as_of)]
        assert overdue == [ninety_one, thirty_one, thirty, one_day]
        assert due_in_future not in overdue and due_today not in overdue
        summary = queries.aging_summary(s, company_id, as_of)
    assert summary.definition == "STANDARD" and summary.basis == "due_date"
    assert dict(summary.buckets) == {
        "Current": D("25.00"),
        "1-30": D("120.00"),
        "31-60": D("160.00"),
        "61-90": D("0.00"),
        "Over 90": D("320.00"),
    }
    assert summary.total == D("625.00") == sum(dict(summary.buckets).values())


def test_aging_by_document_date_with_a_named_definition(co):
    co.create_aging_definition("DOC", [("New", None, 14), ("Old", 15, None)], basis="document_date")
    as_of = dt.date(2026, 6, 30)
    post(co, as_of - dt.timedelta(days=14), "1.00")
    post(co, as_of - dt.timedelta(days=15), "2.00")
    with co.books.reading() as s:
        summary = queries.aging_summary(s, queries.company_id(s, co.code), as_of, "DOC")
    assert dict(summary.buckets) == {"New": D("1.00"), "Old": D("2.00")}
