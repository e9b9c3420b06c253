"""The reads behind the refunds, period close, reconciliation and centralized settle screens."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, Mark, ValidationError


def invoice(co, amount, customer="1001", day=date(2024, 1, 10)):
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))])


def test_refund_candidates_match_what_the_run_refunds(co):
    co.set_parameters(minimum_reimbursement=D("10.00"))
    co.create_customer("2002", "Klein B.V.", iban="NL44RABO0123456789")
    co.create_customer("3003", "Groot B.V.")
    inv = invoice(co, "100.00")
    co.post_payment("1001", date(2024, 2, 1), D("125.00"), marks=[Mark(inv.number, D("100.00"))])
    co.post_payment("2002", date(2024, 2, 1), D("9.99"))
    invoice(co, "50.00", customer="3003")
    co.post_credit_note("3003", date(2024, 2, 2), [Line("Return", D("80.00"))])
    found = co.refund_candidates(date(2024, 3, 1))
    assert [(c.customer, c.credit, c.open_debits, c.skip, c.bank_problem) for c in found] == [
        ("1001", D("25.00"), D("0.00"), None, "no IBAN"),
        ("2002", D("9.99"), D("0.00"), "below_minimum", ""),
        ("3003", D("30.00"), D("50.00"), "open_debits", "no IBAN"),
    ]
    assert [c.skip for c in co.refund_candidates(date(2024, 3, 1), minimum=D("5.00"))] == [None, None, "open_debits"]
    both = co.refund_candidates(date(2024, 3, 1), customers=["3003"], include_customers_with_open_debits=True)
    assert [(c.customer, c.skip) for c in both] == [("3003", None)]
    assert co.refund_candidates(date(2024, 1, 31)) == []  # the payments come later
    refunded = {r.customer for r in co.reimburse(date(2024, 3, 1))}
    assert refunded == {c.customer for c in found if c.skip is None}
    with pytest.raises(ValidationError) as err:
        co.refund_candidates(date(2024, 3, 1), customers=["NOPE"])
    assert err.value.field == "customers[0]"


def test_period_history_keeps_the_reopening_reason(co):
    assert co.period_history() == []
    co.close_period(date(2024, 1, 31))
    co.close_period(date(2024, 2, 29))
    co.reopen_period(date(2024, 1, 31), "Late supplier invoice")
    rows = co.period_history()
    assert [(r.period_end, r.closed, r.reopen_reason) for r in rows] == [
        (date(2024, 2, 29), True, None),
        (date(2024, 1, 31), False, "Late supplier invoice"),
    ]
    assert rows[1].period_start == date(2024, 1, 1)


def test_reconciliation_lines_carry_the_account_names(co):
    invoice(co, "121.00")
    lines = co.receivables_reconciliation(date(2099, 12, 31)).lines
    plain = co.reconcile_receivables()
    assert [(x.account, x.subledger, x.ledger, x.difference) for x in lines] == [
        (r.account, r.subledger, r.ledger, r.difference) for r in plain
    ]
    assert any(x.subledger == D("121.00") and x.name for x in lines)


@pytest.fixture
def group(books):
    pay = books.create_company("PAY", "Holding B.V.")
    inv = books.create_company("INV", "Werkmaatschappij B.V.")
    pay.create_customer("1001", "Bakkerij Van der Meer", party="P-77")
    inv.create_customer("5001", "Bakkerij Van der Meer", party="P-77")
    inv.create_customer("5002", "Someone else", party="P-78")
    return books, pay, inv


def test_group_open_items_list_the_same_partys_debits_of_other_companies(group):
    books, pay, inv = group
    i = invoice(inv, "1000.00", customer="5001")
    invoice(inv, "70.00", customer="5002")
    inv.post_credit_note("5001", date(2024, 1, 12), [Line("Return", D("10.00"))])
    assert pay.centralized_companies() == [] and pay.group_open_items("1001", date(2024, 2, 1)) == []
    books.enable_centralized_payments(["PAY", "INV"])
    assert pay.centralized_companies() == ["PAY", "INV"] and inv.centralized_companies() == ["INV", "PAY"]
    [row] = pay.group_open_items("1001", date(2024, 2, 1))  # the credit note is settled in INV itself
    assert (row.company, row.customer, row.number, row.balance) == ("INV", "5001", i.number, D("1000.00"))
    assert pay.group_open_items("NOPE", date(2024, 2, 1)) == []
    pay.post_payment("1001", date(2024, 2, 1), marks=[Mark(row.number, company=row.company)])
    assert inv.document(i.number).balance == D("0.00")
