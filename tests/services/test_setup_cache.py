"""Set-up is read once per set-up version: postings reuse it, and any change, by this program or any
other client of the database, is seen by the next call."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import event, text

from ardesk.api import Line, Mark, ValidationError

DAY = date(2026, 3, 2)


def _version(books) -> int:
    with books.engine.connect() as conn:
        return conn.execute(text("SELECT setup_version FROM company WHERE code = 'NL01'")).scalar_one()


def test_every_set_up_change_raises_the_version_whoever_makes_it(books, co):
    before = _version(books)
    co.create_sales_tax("ZERO", D("0"))
    assert _version(books) == before + 1
    with books.engine.begin() as conn:  # another client, straight SQL
        conn.execute(text("UPDATE ar_parameters SET max_penny_difference = 50"))
    assert _version(books) == before + 2
    with books.engine.begin() as conn:  # a child table: the version of the parent's company (one per row)
        conn.execute(text("UPDATE cash_discount_period SET percent = 1000000"))
    after = _version(books)
    assert after == before + 2 + 3  # 2D8 has one period, 3D5-1D14 two
    co.post_free_text_invoice("1001", DAY, [Line("Paper", D("10.00"), tax="HIGH")])
    assert _version(books) == after  # postings are not set-up


def test_a_posting_sees_a_tax_rate_changed_by_another_client(books, co):
    first = co.post_free_text_invoice("1001", DAY, [Line("Paper", D("100.00"), tax="HIGH")])
    assert first.amount == D("121.00")
    with books.engine.begin() as conn:  # e.g. a second user on PostgreSQL changes the rate
        conn.execute(text("UPDATE sales_tax SET percent = 19000000 WHERE code = 'HIGH'"))
    second = co.post_free_text_invoice("1001", DAY, [Line("Paper", D("100.00"), tax="HIGH")])
    assert second.amount == D("119.00")


def test_a_closed_period_and_a_new_method_of_payment_count_at_once(books, co):
    inv = co.post_free_text_invoice("1001", DAY, [Line("Paper", D("100.00"))])
    co.close_period(date(2026, 3, 31))
    with pytest.raises(ValidationError, match="closed period") as err:
        co.post_free_text_invoice("1001", DAY, [Line("Paper", D("1.00"))])
    assert err.value.field == "date"
    with pytest.raises(ValidationError):
        co.post_payment("1001", date(2026, 4, 2), D("10.00"), method="CASH2", marks=[Mark(inv.number)])
    co.create_method_of_payment("CASH2", "cash", co.account_for("cash"))
    pay = co.post_payment("1001", date(2026, 4, 2), D("10.00"), method="CASH2", marks=[Mark(inv.number)])
    assert pay.amount == D("-10.00")


def test_postings_read_no_set_up_once_it_is_remembered(books, co):
    co.create_customer("1002", "Second", terms="N30")
    co.post_free_text_invoice("1001", DAY, [Line("Paper", D("100.00"), tax="HIGH")])
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2].split()[3] if args[2].startswith("SELECT") else "")  # noqa: E731
    event.listen(books.engine, "before_cursor_execute", listener)
    try:
        co.post_free_text_invoice("1002", DAY, [Line("Paper", D("100.00"), tax="HIGH")])
    finally:
        event.remove(books.engine, "before_cursor_execute", listener)
    read = {s for s in statements if s}
    # Only the company row, the customer and the number sequences are read; no tax, profile, terms or period.
    assert not read & {
        "sales_tax.id,",
        "posting_profile.id,",
        "terms_of_payment.id,",
        "ledger_period.id,",
        "ar_parameters.id,",
        "account.id,",
    }
    assert len(statements) <= 18
