"""Posted history is immutable in the service layer and in the database itself (DOMAIN 11.3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from ardesk.api import ImmutableError, Line
from ardesk.models import CustomerTransaction, Invoice, LedgerEntry, Voucher
from tests.helpers import snapshot


@pytest.fixture
def posted(co):
    return co.post_free_text_invoice("1001", date(2026, 3, 2), [Line("Goods", D("100.00"), tax="HIGH")])


RAW_TAMPERING = [
    "UPDATE ledger_entry SET amount = amount + 1",
    "DELETE FROM ledger_entry",
    "UPDATE voucher SET date = '2026-01-01'",
    "DELETE FROM voucher",
    "UPDATE customer_transaction SET amount = 1",
    "UPDATE customer_transaction SET due_date = '2030-01-01'",
    "UPDATE customer_transaction SET customer_id = customer_id + 0, number = 'X'",
    "DELETE FROM customer_transaction",
    "UPDATE discount_schedule SET discount = 0",
    "UPDATE invoice SET total = 1",
    "DELETE FROM invoice",
    "UPDATE invoice_line SET amount = 1",
    "DELETE FROM invoice_line",
    "INSERT INTO invoice_line (invoice_id, seq, description, quantity, amount, account_id) "
    "SELECT id, 99, 'sneaked in', 10000, 100, 1 FROM invoice",
    "DELETE FROM invoice_tax",
    # An open balance moves only with a settlement row that explains it (issue 7 item 7).
    "UPDATE customer_transaction SET balance = 0, balance_acc = 0, closed_date = '2026-03-05'",
    "UPDATE customer_transaction SET balance = balance - 1, balance_acc = balance_acc - 1",
    "UPDATE customer_transaction SET closed_date = '2026-03-05'",
    # A posted voucher is whole: no line can be added to it.
    "INSERT INTO ledger_entry (company_id, voucher_id, account_id, date, amount, currency, amount_cur, text) "
    "SELECT company_id, voucher_id, account_id, date, 0, currency, 5000, 'sneaked in' FROM ledger_entry LIMIT 1",
    # A customer with history stays.
    "DELETE FROM customer",
]


@pytest.mark.parametrize("sql", RAW_TAMPERING)
def test_a_stray_sql_client_cannot_rewrite_history(books, posted, sql):
    before = snapshot(books)
    with pytest.raises(DBAPIError, match="posted history"), books.engine.begin() as conn:
        conn.execute(text(sql))
    assert snapshot(books) == before


def test_a_balance_change_without_a_settlement_is_refused_even_through_the_orm(books, posted):
    with pytest.raises(DBAPIError, match="posted history"), books.engine.begin() as conn:
        conn.execute(update(CustomerTransaction).values(balance=D("21.00"), balance_acc=D("21.00")))
    with pytest.raises(ImmutableError), books.writing() as s:
        s.scalars(select(CustomerTransaction)).first().balance = D("21.00")
    with books.reading() as s:
        assert s.scalar(select(CustomerTransaction.balance)) == D("121.00")
    with books.engine.begin() as conn:  # the columns settlement does not explain stay writable
        conn.execute(update(CustomerTransaction).values(discount_taken=D("0.00")))


def test_the_service_layer_reports_tampering_as_an_immutable_error(books, posted):
    with pytest.raises(ImmutableError, match="reversal or a credit note"), books.writing() as s:
        s.scalars(select(LedgerEntry)).first().amount = D("1.00")
    with pytest.raises(ImmutableError), books.writing() as s:
        s.delete(s.scalars(select(Voucher)).first())
    with pytest.raises(ImmutableError), books.writing() as s:
        s.scalars(select(Invoice)).first().notes = "changed"


def test_money_columns_refuse_floats_and_sub_cents(books, posted):
    with pytest.raises(Exception, match="exact Decimal"), books.writing() as s:
        s.scalars(select(CustomerTransaction)).first().balance = 1.5
    with pytest.raises(Exception, match="more than 3 decimals"), books.writing() as s:
        s.scalars(select(CustomerTransaction)).first().balance = D("1.0005")


def test_amounts_are_stored_as_exact_integer_thousandths(books, posted):
    with books.engine.connect() as conn:
        amounts = conn.execute(text("SELECT amount FROM ledger_entry ORDER BY id")).scalars().all()
    assert amounts == [121000, -100000, -21000]  # thousandths: the minor unit of KWD and BHD
    assert all(isinstance(a, int) for a in amounts)


def test_open_items_equal_the_receivable_balance(co):
    co.create_customer("2002", "Second", posting_profile="GEN")
    co.create_account("131000", "Receivables group companies", "asset")
    co.create_posting_profile("GROUP", [("all", None, "131000")])
    for i in range(1, 8):
        co.post_free_text_invoice("1001", date(2026, 3, i), [Line("x", D(f"{i}1.11"), tax="HIGH")])
        co.post_credit_note("2002", date(2026, 3, i), [Line("x", D(f"{i}.07"))], posting_profile="GROUP")
    rows = {r.account: r for r in co.reconcile_receivables()}
    assert rows["130100"].subledger == rows["130100"].ledger == co.balance("receivable")
    assert rows["131000"].subledger == rows["131000"].ledger == -sum(D(f"{i}.07") for i in range(1, 8))
    assert all(r.difference == 0 for r in rows.values())
    open_total = sum(t.balance for c in ("1001", "2002") for t in co.transactions(c, open_only=True))
    assert open_total == co.balance("130100") + co.balance("131000")
