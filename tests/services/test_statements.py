"""Customer statements (DOMAIN 10): exact balances, open items and aging as of the end date, batch selection."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D

import pytest

from ardesk.api import Company, Line, Mark, NotFoundError, Statement, StatementLine, ValidationError
from ardesk.models import Customer, CustomerGroup
from ardesk.services import lookup, statements

START, END = dt.date(2026, 3, 1), dt.date(2026, 3, 31)


def day(month: int, d: int) -> dt.date:
    return dt.date(2026, month, d)


@dataclass(frozen=True)
class Book:
    co: Company
    n: dict[str, str]  # name in this module -> document number


def build(co: Company) -> Book:
    """Customer 1001 (the co fixture's, 30 days net) through March 2026:

    before the period  10 Feb  invoice i0 1,000.00 (due 12 Mar)
    in the period       2 Mar  invoice i1 500.00 with 2 % discount in 8 days
                        5 Mar  payment p1 490.00 for i1 + cash discount 10.00
                       10 Mar  invoice i2 300.00 (due 9 Apr)
                       15 Mar  payment p2 100.00, part of i0 (unsettled again on 5 Apr)
                       20 Mar  credit note cn 50.00 (left open)
    after the period    3 Apr  payment p3 300.00 settles i2
                        5 Apr  p2's settlement undone
    """
    n = {}
    n["i0"] = co.post_free_text_invoice("1001", day(2, 10), [Line("Before", D("1000.00"))]).number
    n["i1"] = co.post_free_text_invoice("1001", day(3, 2), [Line("Disc", D("500.00"))], cash_discount="2D8").number
    n["p1"] = co.post_payment("1001", day(3, 5), marks=[Mark(n["i1"])]).number
    n["i2"] = co.post_free_text_invoice("1001", day(3, 10), [Line("Two", D("300.00"))]).number
    n["p2"] = co.post_payment("1001", day(3, 15), D("100.00"), marks=[Mark(n["i0"])], reference="BANK 0042").number
    n["cn"] = co.post_credit_note("1001", day(3, 20), [Line("Return", D("50.00"))], original=n["i2"]).number
    n["p3"] = co.post_payment("1001", day(4, 3), D("300.00"), marks=[Mark(n["i2"])]).number
    co.unsettle(co.settlements(n["p2"])[0].id, day(4, 5))
    return Book(co, n)


def test_opening_running_and_closing_balances_are_exact(co):
    book = build(co)
    n = book.n
    st = co.statement("1001", START, END)
    assert isinstance(st, Statement) and all(isinstance(line, StatementLine) for line in st.lines)
    assert st.opening_balance == D("1000.00")  # i0, dated before the start
    assert [(line.number, line.kind, line.amount, line.balance) for line in st.lines] == [
        (n["i1"], "invoice", D("500.00"), D("1500.00")),
        (n["p1"], "payment", D("-490.00"), D("1010.00")),
        (st.lines[2].number, "cash_discount", D("-10.00"), D("1000.00")),
        (n["i2"], "invoice", D("300.00"), D("1300.00")),
        (n["p2"], "payment", D("-100.00"), D("1200.00")),
        (n["cn"], "credit_note", D("-50.00"), D("1150.00")),
    ]
    assert st.closing_balance == D("1150.00")
    assert n["p3"] not in {line.number for line in st.lines}  # paid after the end date
    assert st.lines[2].description == n["i1"]  # the discount names the invoice it was taken on
    assert st.lines[4].description == "BANK 0042"  # a payment shows its reference
    assert (st.customer, st.name, st.currency, st.start, st.end) == (
        "1001",
        co.customer("1001").name,
        "EUR",
        START,
        END,
    )
    assert all(str(line.amount).count(".") == 1 and line.amount.as_tuple().exponent == -2 for line in st.lines)


def test_open_items_as_of_the_end_date_ignore_later_settlements(co):
    book = build(co)
    n = book.n
    st = co.statement("1001", START, END)
    items = {i.number: (i.balance, i.days_overdue, i.overdue) for i in st.open_items}
    assert items == {
        n["i0"]: (D("900.00"), 19, True),  # due 12 Mar; p2's settlement was undone only after the end
        n["i2"]: (D("300.00"), -9, False),  # paid on 3 Apr: still open on 31 Mar
        n["cn"]: (D("-50.00"), -19, False),  # a credit is never overdue
    }
    assert sum(i.balance for i in st.open_items) == st.closing_balance
    assert st.overdue == D("900.00")
    assert [i.number for i in st.open_items] == [n["i0"], n["i2"], n["cn"]]  # oldest due first
    later = co.statement("1001", START, day(4, 30))
    assert {i.number: i.balance for i in later.open_items} == {
        n["i0"]: D("1000.00"),
        n["p2"]: D("-100.00"),
        n["cn"]: D("-50.00"),
    }
    assert later.closing_balance == D("850.00") == sum(i.balance for i in later.open_items)


def test_aging_as_of_the_end_date_splits_the_closing_balance(co):
    build(co)
    st = co.statement("1001", START, END)
    assert st.aging == {
        "Current": D("250.00"),  # i2 300.00 not yet due, the credit note -50.00
        "1-30": D("900.00"),  # i0, 19 days past due
        "31-60": D("0.00"),
        "61-90": D("0.00"),
        "Over 90": D("0.00"),
    }
    assert sum(st.aging.values()) == st.closing_balance
    assert st.aging_currency == "EUR"


def test_a_customer_without_anything_gets_zero_balances_and_empty_buckets(co):
    co.create_customer("1002", "Leeg B.V.")
    st = co.statement("1002", START, END)
    assert (st.opening_balance, st.lines, st.closing_balance, st.open_items) == (D("0.00"), (), D("0.00"), ())
    assert list(st.aging) == ["Current", "1-30", "31-60", "61-90", "Over 90"]
    assert set(st.aging.values()) == {D("0.00")}


def test_a_period_of_one_day_and_an_invoice_on_the_start_date(co):
    n = build(co).n
    st = co.statement("1001", day(3, 2), day(3, 2))
    assert (st.opening_balance, [line.number for line in st.lines], st.closing_balance) == (
        D("1000.00"),
        [n["i1"]],
        D("1500.00"),
    )


def test_a_write_off_is_a_line_of_the_statement(co):
    n = build(co).n
    [written] = co.write_off(day(3, 25), [n["i0"]])
    st = co.statement("1001", START, END)
    line = next(line for line in st.lines if line.number == written.number)
    # i0 is written off as it stands now: 1,000.00 (p2's settlement was undone on 5 Apr), dated 25 Mar
    assert (line.kind, line.amount, line.description) == ("write_off", D("-1000.00"), n["i0"])
    assert st.closing_balance == D("150.00") == sum(i.balance for i in st.open_items)


def test_statement_per_currency_never_mixes_currencies(co):
    co.set_exchange_rate("USD", day(1, 1), D("0.9"))
    build(co)
    usd = co.post_free_text_invoice("1001", day(3, 12), [Line("Dollars", D("200.00"))], currency="USD")
    eur = co.statement("1001", START, END)
    assert eur.closing_balance == D("1150.00") and usd.number not in {line.number for line in eur.lines}
    assert eur.other_currencies == ("USD",)
    st = co.statement("1001", START, END, currency="USD")
    assert (st.currency, st.opening_balance, st.closing_balance) == ("USD", D("0.00"), D("200.00"))
    assert [(i.number, i.balance) for i in st.open_items] == [(usd.number, D("200.00"))]
    assert st.other_currencies == ("EUR",)
    assert st.aging_currency == "EUR"  # the aging adds up the accounting currency (services.aging)
    with co.books.reading() as s:
        company = lookup.company(s, co.code)
        customer = lookup.by_code(s, Customer, company.id, "1001", "customer")
        docs = [statements.gather_statement(s, company, customer, START, END, cur) for cur in ("EUR", "USD")]
    assert [d.aging_currency for d in docs] == ["EUR", "EUR"]  # the print says the aging adds up every currency
    assert sum(b.amount for b in docs[0].aging) == D("1150.00") + D("180.00")  # 200.00 USD at 0.9


def test_the_print_says_nothing_about_the_aging_currency_when_it_splits_the_closing_balance(co):
    build(co)
    with co.books.reading() as s:
        company = lookup.company(s, co.code)
        customer = lookup.by_code(s, Customer, company.id, "1001", "customer")
        doc = statements.gather_statement(s, company, customer, START, END)
    assert doc.aging_currency == "" and sum(b.amount for b in doc.aging) == doc.closing_balance
    assert [b.label for b in doc.aging] == ["Current", "1-30", "31-60", "61-90", "Over 90"]


def test_opening_balance_is_one_sql_aggregate(co, books):
    """No pass over the customer's history in Python: the statement runs a fixed number of queries."""
    from sqlalchemy import event

    for i in range(30):
        co.post_free_text_invoice("1001", day(1, 1) + dt.timedelta(days=i), [Line("Old", D("10.00"))])
    counted: list[str] = []

    def count(*args):
        counted.append(args[2])

    event.listen(books.engine, "before_cursor_execute", count)
    try:
        st = co.statement("1001", START, END)
    finally:
        event.remove(books.engine, "before_cursor_execute", count)
    assert st.opening_balance == D("300.00")
    assert len(counted) <= 10
    assert sum("sum(" in sql.lower() for sql in counted) >= 1


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("9999", START, END), "customer"),
        ((1001, START, END), "customer"),
        (("1001", END, START), "start"),
        (("1001", 20260301.0, END), "start"),
        (("1001", START, dt.datetime(2026, 3, 31, 12, 0)), "end"),
        (("1001", START, None), "end"),
    ],
)
def test_bad_input_names_the_field(co, args, field):
    with pytest.raises(ValidationError) as err:
        co.statement(*args)
    assert err.value.field == field


def test_unknown_customer_is_not_found_and_bad_currency_is_refused(co):
    with pytest.raises(NotFoundError):
        co.statement("nobody", START, END)
    with pytest.raises(ValidationError) as err:
        co.statement("1001", START, END, currency=1.5)
    assert err.value.field == "currency"


# --- the batch ------------------------------------------------------------------------------------


def selection(co, **kw) -> list[tuple[str, str]]:
    with co.books.reading() as s:
        company = lookup.company(s, co.code)
        keys = statements.file_keys(s, statements.select_statements(s, company.id, START, END, **kw))
        return [(key, currency) for key, (_, currency) in keys.items()]


def test_batch_selects_customers_with_a_balance_or_activity_in_sql(co):
    build(co)  # 1001: balance 1,150.00
    co.create_customer_group("EXPORT", "Export")
    for account in ("2001", "2002", "2003", "2004"):
        co.create_customer(account, f"Customer {account}", terms="N30", group="EXPORT" if account == "2004" else None)
    settled = co.post_free_text_invoice("2001", day(3, 3), [Line("Paid", D("80.00"))])
    co.post_payment("2001", day(3, 6), marks=[Mark(settled.number)])  # 2001: activity, balance 0
    co.post_free_text_invoice("2002", day(1, 5), [Line("Old", D("40.00"))])  # 2002: balance, no activity
    old = co.post_free_text_invoice("2003", day(1, 5), [Line("Old", D("40.00"))])
    co.post_payment("2003", day(1, 9), marks=[Mark(old.number)])  # 2003: nothing in the period, balance 0
    co.post_free_text_invoice("2004", day(4, 2), [Line("Later", D("40.00"))])  # 2004: only after the end
    assert selection(co) == [("1001", "EUR"), ("2002", "EUR")]
    assert selection(co, with_balance_only=False) == [("1001", "EUR"), ("2001", "EUR"), ("2002", "EUR")]
    with co.books.reading() as s:
        export = lookup.by_code(s, CustomerGroup, lookup.company(s, co.code).id, "EXPORT", "group").id
    assert selection(co, group_id=export, with_balance_only=False) == []  # 2004 has nothing up to the end
    co.post_free_text_invoice("2004", day(3, 30), [Line("In time", D("40.00"))])
    assert selection(co, group_id=export) == [("2004", "EUR")]
    with co.books.reading() as s:
        ids = [lookup.by_code(s, Customer, lookup.company(s, co.code).id, a, "c").id for a in ("2002", "2001", "1001")]
    assert selection(co, customer_ids=ids, with_balance_only=False) == [
        ("2002", "EUR"),
        ("2001", "EUR"),
        ("1001", "EUR"),
    ]


def test_batch_names_a_foreign_currency_statement_after_the_account(co):
    co.set_exchange_rate("USD", day(1, 1), D("0.9"))
    build(co)
    co.post_free_text_invoice("1001", day(3, 12), [Line("Dollars", D("200.00"))], currency="USD")
    assert selection(co) == [("1001", "EUR"), ("1001-USD", "USD")]
