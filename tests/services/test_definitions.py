"""services.definitions: one "open", "overdue as of" and "balance as of", and every read of the API agrees on them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from sqlalchemy import select

from ardesk.api import InvoiceFilter, Line, Mark
from ardesk.models import CustomerTransaction
from ardesk.services import definitions
from tests import overdue_book
from tests.overdue_book import AGING, AS_OF, INVOICING_OPEN_NOW, INVOICING_OVERDUE, OVERDUE, day


def balances_as_of(co, when: dt.date) -> dict[str, tuple[D, bool, bool]]:
    """number -> (balance as of, open as of, overdue as of), straight from the definitions."""
    cut = definitions.as_of(when)
    with co.books.reading() as s:
        q = cut.join(select(CustomerTransaction.number, cut.balance, cut.is_open(), cut.is_overdue()))
        return {n: (b, bool(o), bool(d)) for n, b, o, d in s.execute(q).all()}


def test_balance_as_of_replays_settlements_and_their_undoing(books):
    book = overdue_book.build(books)
    n, co = book.numbers, book.company
    before = balances_as_of(co, day(-1))
    on = balances_as_of(co, AS_OF)
    later = balances_as_of(co, day(30))
    now = {t.number: t.balance for c in ("A", "B") for t in co.transactions(c)}
    assert {k: v[0] for k, v in later.items()} == now  # after the last settlement: today's balances
    assert on[n["a2"]] == (D("150.00"), True, True)  # 50.00 of 200.00 paid before the date
    assert on[n["b2"]] == (D("400.00"), True, True)  # paid five days after the date
    assert later[n["b2"]] == (D("0.00"), False, False)
    assert on[n["a3"]] == (D("0.00"), False, False)  # paid before the date, unsettled after it
    assert later[n["a3"]] == (D("500.00"), True, True)
    assert before[n["a3"]] == (D("0.00"), False, False)
    assert on[n["a4"]] == (D("700.00"), False, False)  # dated after the date: not open on it
    assert on[n["xa"]] == (D("70.00"), True, True)  # no due date: falls due on its document date
    assert on[n["xb"]] == (D("30.00"), True, False)  # falls due on the date itself: not overdue yet
    assert on[n["pb"]] == (D("-80.00"), True, False)  # a credit is open but never overdue
    assert on[n["cn"]] == (D("-60.00"), True, False)


def test_open_now_is_closed_date_unset_and_a_balance():
    condition = str(definitions.is_open())
    assert "closed_date IS NULL" in condition and "balance !=" in condition


def test_overdue_list_aging_and_invoice_list_agree_as_of_a_date(books):
    book = overdue_book.build(books)
    n, co = book.numbers, book.company

    items = co.overdue_items(AS_OF)
    assert [(r.number, r.balance, (AS_OF - r.falls_due).days) for r in items] == [
        (n[name], balance, days) for name, balance, days in sorted(OVERDUE, key=lambda o: -o[2])
    ]
    assert next(r for r in items if r.number == n["xa"]).due_date is None

    summary = co.aging_summary(AS_OF)
    assert dict(summary.buckets) == AGING
    assert summary.total == sum(AGING.values()) == D("910.00")
    assert (summary.overdue, summary.overdue_count) == (sum(r.balance for r in items), len(items)) == (D("720.00"), 4)

    overdue = co.invoice_list(InvoiceFilter(status="overdue", as_of=AS_OF))
    rows = co.invoice_rows(overdue.ids, as_of=AS_OF)
    invoicing = {r.number: r.balance for r in rows}
    collections = {r.number: r.balance for r in items if r.kind in ("invoice", "credit_note")}
    assert invoicing == collections == {n[name]: b for name, b, _ in OVERDUE if name in INVOICING_OVERDUE}
    assert all(r.overdue for r in rows)
    assert overdue.counts["overdue"] == len(invoicing) == 3
    assert [(t.count, t.balance) for t in overdue.totals] == [(3, sum(invoicing.values()))]

    everything = co.invoice_list(InvoiceFilter(as_of=AS_OF))
    flagged = {r.number for r in co.invoice_rows(everything.ids, as_of=AS_OF) if r.overdue}
    assert flagged == set(invoicing)
    open_then = co.invoice_list(InvoiceFilter(status="open", as_of=AS_OF))
    assert {r.number for r in co.invoice_rows(open_then.ids)} == {n["a1"], n["a2"], n["b1"], n["b2"], n["cn"]}
    open_now = co.invoice_list(InvoiceFilter(status="open"))
    assert {r.number for r in co.invoice_rows(open_now.ids)} == {n[name] for name in INVOICING_OPEN_NOW}


def test_a_past_date_ignores_later_payments_and_a_later_date_counts_them(books):
    book = overdue_book.build(books)
    n, co = book.numbers, book.company
    assert n["b2"] not in {r.number for r in co.overdue_items(day(10))}  # paid on day 5
    assert n["a3"] in {r.number for r in co.overdue_items(day(10))}  # open again since day 3
    assert co.aging_summary(day(-200)).total == D("0.00")


def test_customers_balances_and_open_items_use_open_now(co):
    first = co.post_free_text_invoice("1001", dt.date(2026, 3, 2), [Line("Work", D("100.00"))])
    second = co.post_free_text_invoice("1001", dt.date(2026, 3, 3), [Line("Work", D("50.00"))])
    co.post_payment("1001", dt.date(2026, 3, 10), marks=[Mark(first.number)])
    assert co.customer("1001").balance == D("50.00")
    assert [r.number for r in co.open_items("1001", dt.date(2026, 3, 10))] == [second.number]
    assert [r.number for r in co.transaction_rows("1001", open_only=True)] == [second.number]
    assert {r.number for r in co.document_rows(("invoice",), open_only=True)} == {second.number}
