"""Payment journals (DOMAIN 4.1): unposted lines with marks, the marking lock, posting all or nothing, deposit slips."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, Mark, PaymentLine, ValidationError
from tests.helpers import snapshot


@pytest.fixture
def ar(co):
    co.create_cash_discount("2D10", [(10, D("2"))])
    co.create_customer("C", "Customer", terms="N30")
    co.create_customer("D", "Other customer", terms="N30")
    co.create_method_of_payment("CHQ", "check")
    return co


def inv(co, amount="1000.00", day=date(2024, 3, 1), customer="C", **kw):
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))], **kw)


def test_journal_lines_post_together_and_settle_their_marks(ar):
    a, b = inv(ar, cash_discount="2D10"), inv(ar, "500.00", customer="D")
    pj = ar.create_payment_journal("March receipts")
    assert pj.startswith("PJ-")
    assert ar.add_payment_line(pj, "C", date(2024, 3, 5), marks=[Mark(a.number)], reference="BANK 12") == 1
    assert ar.add_payment_line(pj, "D", date(2024, 3, 6), D("200.00"), marks=[Mark(b.number)]) == 2
    info = ar.payment_journal(pj)
    assert info.status == "open" and [ln.customer for ln in info.lines] == ["C", "D"]
    assert info.lines[0].marks[0].number == a.number and info.lines[0].payment is None
    assert ar.document(a.number).balance == D("1000.00")  # nothing posted yet
    assert ar.balance("receivable") == D("1500.00")

    numbers = ar.post_payment_journal(pj)
    assert len(numbers) == 2
    assert ar.document(numbers[0]).amount == D("-980.00")  # 2 % discount within 10 days
    assert ar.document(a.number).balance == D("0.00")
    assert ar.document(b.number).balance == D("300.00")
    info = ar.payment_journal(pj)
    assert info.status == "posted" and [ln.payment for ln in info.lines] == numbers
    assert ar.balance("receivable") == D("300.00")
    with pytest.raises(ValidationError) as err:
        ar.add_payment_line(pj, "C", date(2024, 3, 7), D("1.00"))
    assert err.value.field == "journal" and "posted" in err.value.message


def test_a_transaction_marked_in_an_unposted_journal_is_locked_elsewhere(ar):
    a = inv(ar)
    pj1, pj2 = ar.create_payment_journal(), ar.create_payment_journal()
    ar.add_payment_line(pj1, "C", date(2024, 3, 5), D("100.00"), marks=[Mark(a.number, D("100.00"))])
    before = snapshot(ar.books)
    with pytest.raises(ValidationError) as err:
        ar.add_payment_line(pj2, "C", date(2024, 3, 5), D("100.00"), marks=[Mark(a.number, D("100.00"))])
    assert err.value.field.startswith("marks") and pj1 in err.value.message
    with pytest.raises(ValidationError) as err:
        ar.post_payment("C", date(2024, 3, 5), D("100.00"), marks=[Mark(a.number, D("100.00"))])
    assert pj1 in err.value.message
    assert snapshot(ar.books) == before
    # Removing the line (or clearing the mark) releases the transaction.
    ar.remove_payment_line(pj1, 1)
    ar.add_payment_line(pj2, "C", date(2024, 3, 5), D("100.00"), marks=[Mark(a.number, D("100.00"))])
    assert ar.clear_marks(a.number) == 1
    pay = ar.post_payment("C", date(2024, 3, 6), D("50.00"), marks=[Mark(a.number, D("50.00"))])
    assert pay.balance == D("0.00") and ar.document(a.number).balance == D("950.00")


def test_posting_a_journal_is_all_or_nothing(ar):
    a = inv(ar)
    pj = ar.create_payment_journal()
    ar.add_payment_line(pj, "C", date(2024, 3, 5), D("100.00"), marks=[Mark(a.number, D("100.00"))])
    ar.add_payment_line(pj, "D", date(2024, 3, 5), D("40.00"))
    ar.close_period(date(2024, 3, 31))
    before = snapshot(ar.books)
    with pytest.raises(ValidationError) as err:
        ar.post_payment_journal(pj)
    assert err.value.field == "lines[1].date"
    assert snapshot(ar.books) == before and ar.payment_journal(pj).status == "open"


@pytest.mark.parametrize(
    "kw, field",
    [
        ({"customer": "NOPE"}, "customer"),
        ({"amount": D("-5.00")}, "amount"),
        ({"amount": 5.0}, "amount"),
        ({"method": "XX"}, "method"),
        ({"amount": None}, "amount"),
        ({"journal": "PJ-999999"}, "journal"),
    ],
)
def test_bad_journal_lines_are_refused_and_change_nothing(ar, kw, field):
    pj = ar.create_payment_journal()
    args = {"journal": pj, "customer": "C", "date": date(2024, 3, 5), "amount": D("10.00")} | kw
    before = snapshot(ar.books)
    with pytest.raises(ValidationError) as err:
        ar.add_payment_line(args.pop("journal"), args.pop("customer"), args.pop("date"), args.pop("amount"), **args)
    assert err.value.field == field
    assert snapshot(ar.books) == before


def test_deposit_slip_for_cheque_payments(ar):
    p1 = ar.post_payment("C", date(2024, 3, 5), D("100.00"), method="CHQ", reference="CHQ 1001")
    p2 = ar.post_payment("D", date(2024, 3, 5), D("250.50"), method="CHQ", reference="CHQ 1002")
    p3 = ar.post_payment("D", date(2024, 3, 5), D("5.00"), method="CHQ")
    slip = ar.create_deposit_slip(date(2024, 3, 6), [p1.number, p2.number])
    assert slip.startswith("DEP-")
    with pytest.raises(ValidationError) as err:
        ar.create_deposit_slip(date(2024, 3, 6), [p1.number])
    assert err.value.field == "payments[0]" and "already" in err.value.message
    with pytest.raises(ValidationError) as err:
        ar.create_deposit_slip(date(2024, 3, 6), [p3.number])
    assert "reference" in err.value.message


# --- many payments at once -------------------------------------------------------------------------


def test_post_payments_settles_in_line_order_with_automatic_settlement(ar):
    ar.set_parameters(automatic_settlement=True)
    a = inv(ar, "100.00", day=date(2024, 3, 1))
    b = inv(ar, "100.00", day=date(2024, 3, 2))
    c = inv(ar, "50.00", customer="D")
    docs = ar.post_payments(
        [
            PaymentLine("C", date(2024, 4, 1), D("60.00")),
            PaymentLine("D", date(2024, 4, 1), marks=[Mark(c.number)]),
            PaymentLine("C", date(2024, 4, 2), D("90.00")),  # sees what the first line settled
        ]
    )
    assert [d.balance for d in docs] == [D("0.00"), D("0.00"), D("0.00")]
    assert ar.document(a.number).balance == D("0.00") and ar.document(b.number).balance == D("50.00")
    assert ar.document(c.number).balance == D("0.00")
    assert ar.reconcile_receivables()[0].difference == D("0.00")


def test_post_payments_is_all_or_nothing_and_names_the_line(ar):
    a = inv(ar, "100.00")
    before = snapshot(ar.books)
    with pytest.raises(ValidationError) as err:
        ar.post_payments(
            [PaymentLine("C", date(2024, 4, 1), D("10.00")), PaymentLine("C", date(2024, 4, 1), D("-1.00"))]
        )
    assert err.value.field == "lines[1].amount"
    with pytest.raises(ValidationError) as err:
        ar.post_payments(
            [
                PaymentLine("C", date(2024, 4, 1), marks=[Mark(a.number)]),
                PaymentLine("C", date(2024, 4, 1), marks=[Mark(a.number, D("1.00"))]),
            ]
        )
    assert err.value.field == "lines[1].marks" and a.number in err.value.message
    assert snapshot(ar.books) == before
