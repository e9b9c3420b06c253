"""Payments and settlement with exact amounts (DOMAIN 4.1–4.11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, Mark, ValidationError
from tests.helpers import snapshot


@pytest.fixture
def ar(co):
    co.set_parameters(cash_discount_on_partial_payments=True, cash_discount_on_credit_notes=True)
    co.create_cash_discount("1D14", [(14, D("1"))])
    co.create_customer("C", "Customer", terms="N30")
    return co


def inv(co, amount="1000.00", day=date(2020, 6, 25), customer="C", **kw):
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))], **kw)


def gl(co, voucher):
    return sorted((v.account, v.debit, v.credit) for v in co.voucher_lines(voucher))


def kinds(co, kind, customer="C"):
    return sum((t.amount for t in co.transactions(customer) if t.kind == kind), D("0.00"))


def test_full_payment_with_discount_posts_payment_and_discount_vouchers(ar):
    i = inv(ar, cash_discount="1D14")
    pay = ar.post_payment("C", date(2020, 7, 1), marks=[Mark(i.number)])
    assert pay.amount == D("-990.00") and pay.balance == D("0.00") and pay.number.startswith("ARP-")
    assert gl(ar, pay.voucher) == [("110110", D("990.00"), D("0.00")), ("130100", D("0.00"), D("990.00"))]
    [disc] = [t for t in ar.transactions("C") if t.kind == "cash_discount"]
    assert disc.voucher.startswith("DISC-") and disc.amount == D("-10.00") and disc.closed_date == date(2020, 7, 1)
    assert gl(ar, disc.voucher) == [("130100", D("0.00"), D("10.00")), ("710100", D("10.00"), D("0.00"))]
    assert ar.balance("receivable") == D("0.00") and ar.customer_balance("C") == D("0.00")
    assert ar.document(i.number).balance == D("0.00")


def test_credit_note_and_invoice_offset_with_their_discounts(ar):
    i = inv(ar, cash_discount="1D14")
    cn = ar.post_credit_note("C", date(2020, 6, 26), [Line("Return", D("100.00"))], cash_discount="1D14")
    [pi, pc] = ar.preview_settlement("C", date(2020, 7, 1), [Mark(i.number), Mark(cn.number)])
    assert (pc.amount_to_settle, pc.discount_to_take) == (D("-99.00"), D("-1.00"))
    assert (pi.amount_to_settle, pi.discount_to_take) == (D("99.00"), D("1.00"))
    rows = ar.settle("C", date(2020, 7, 1), [Mark(i.number), Mark(cn.number)])
    assert ar.document(i.number).balance == D("900.00") and ar.document(cn.number).balance == D("0.00")
    assert ar.balance("cash_discount") == D("0.00")  # the two 1.00 discounts cancel
    assert kinds(ar, "cash_discount") == D("0.00")
    assert sorted(r.discount for r in rows) == [D("0.00"), D("1.00"), D("1.00")]
    [p] = ar.preview_settlement("C", date(2020, 7, 2), [Mark(i.number)])
    assert (p.amount_to_settle, p.discount_to_take) == (D("891.00"), D("9.00"))


def test_credit_note_without_discount_parameter_settles_in_full(ar):
    ar.set_parameters(cash_discount_on_credit_notes=False)
    i = inv(ar, cash_discount="1D14")
    cn = ar.post_credit_note("C", date(2020, 6, 26), [Line("Return", D("99.00"))], cash_discount="1D14")
    ar.settle("C", date(2020, 7, 1), [Mark(i.number), Mark(cn.number)])
    assert ar.document(i.number).balance == D("900.00")  # 99.00 cash + 1.00 grossed-up discount


@pytest.mark.parametrize(
    "admin, tolerance, pay_open, over_under, discount",
    [
        ("specific", "1.00", "0.00", "-0.50", "10.00"),  # within tolerance: to the over/underpayment account
        ("specific", "0.20", "-0.50", "0.00", "10.00"),  # above: stays open on the payment
        ("unspecific", "0.00", "0.00", "0.00", "9.50"),  # the discount absorbs the overpayment
    ],
)
def test_overpayment_of_a_discounted_invoice(ar, admin, tolerance, pay_open, over_under, discount):
    ar.set_parameters(cash_discount_administration=admin, max_over_underpayment=D(tolerance))
    i = inv(ar, cash_discount="1D14")
    pay = ar.post_payment("C", date(2020, 7, 1), D("990.50"), marks=[Mark(i.number)])
    assert ar.document(i.number).balance == D("0.00")
    assert pay.balance == D(pay_open)
    assert ar.balance("over_underpayment") == D(over_under)
    assert ar.balance("cash_discount") == D(discount)
    assert ar.customer_balance("C") == D(pay_open) == ar.balance("receivable")


@pytest.mark.parametrize(
    "paid, penny, over_under, full, open_left, penny_gl, ou_gl, disc_gl",
    [
        ("99.97", "0.05", "0.00", False, "0.00", "0.03", "0.00", "0.00"),
        ("97.00", "0.05", "5.00", False, "0.00", "0.00", "3.00", "0.00"),
        ("90.00", "0.05", "5.00", False, "10.00", "0.00", "0.00", "0.00"),
        ("90.00", "0.00", "0.00", True, "0.00", "0.00", "0.00", "10.00"),
        ("99.95", "0.05", "5.00", False, "0.00", "0.05", "0.00", "0.00"),  # the limit itself is tolerated
    ],
)
def test_underpayment_tolerances_and_full_settlement(
    ar, paid, penny, over_under, full, open_left, penny_gl, ou_gl, disc_gl
):
    ar.set_parameters(max_penny_difference=D(penny), max_over_underpayment=D(over_under))
    i = inv(ar, "100.00")
    ar.post_payment("C", date(2020, 7, 1), D(paid), marks=[Mark(i.number)], full_settlement=full)
    assert ar.document(i.number).balance == D(open_left)
    assert ar.balance("penny_difference") == D(penny_gl)
    assert ar.balance("over_underpayment") == D(ou_gl)
    assert ar.balance("cash_discount") == D(disc_gl)
    assert ar.customer_balance("C") == D(open_left) == ar.balance("receivable")


def test_small_overpayment_without_marks_stays_open(ar):
    ar.set_parameters(max_penny_difference=D("0.05"))
    pay = ar.post_payment("C", date(2020, 7, 1), D("0.03"))
    assert pay.balance == D("-0.03")


def test_use_cash_discount_always_and_never(ar):
    i = inv(ar, cash_discount="1D14")
    [late] = ar.preview_settlement("C", date(2020, 7, 11), [Mark(i.number, use_cash_discount="always")])
    assert (late.amount_to_settle, late.discount_to_take) == (D("990.00"), D("10.00"))
    [never] = ar.preview_settlement("C", date(2020, 7, 1), [Mark(i.number, use_cash_discount="never")])
    assert (never.amount_to_settle, never.discount_to_take) == (D("1000.00"), D("0.00"))
    ar.post_payment("C", date(2020, 7, 11), marks=[Mark(i.number, use_cash_discount="always")])
    assert ar.balance("cash_discount") == D("10.00")


def test_partial_payment_without_the_parameter_gets_no_discount(ar):
    ar.set_parameters(cash_discount_on_partial_payments=False)
    i = inv(ar, cash_discount="1D14")
    ar.post_payment("C", date(2020, 7, 1), D("500.00"), marks=[Mark(i.number, D("500.00"))])
    assert ar.document(i.number).balance == D("500.00") and ar.balance("cash_discount") == D("0.00")
    [p] = ar.preview_settlement("C", date(2020, 7, 2), [Mark(i.number)])
    assert (p.amount_to_settle, p.discount_to_take) == (D("495.00"), D("5.00"))  # closing it still earns 1 %


def test_prepayment_is_a_liability_until_settled_against_the_invoice(ar):
    pre = ar.post_payment("C", date(2020, 6, 1), D("500.00"), prepayment=True)
    assert pre.kind == "prepayment" and ar.balance("prepayment") == D("-500.00")
    i = inv(ar, "1000.00")
    [row, *_] = ar.settle("C", date(2020, 6, 26), [Mark(i.number), Mark(pre.number)])
    assert row.amount == D("500.00")
    assert ar.balance("prepayment") == D("0.00") and ar.balance("receivable") == D("500.00")
    assert all(r.difference == 0 for r in ar.reconcile_receivables())


def test_reversing_a_payment_reopens_its_invoice(ar):
    i = inv(ar, "100.00")
    pay = ar.post_payment("C", date(2020, 7, 1), marks=[Mark(i.number)])
    rev = ar.reverse(pay.number, date(2020, 7, 3))
    assert rev.kind == "reversal" and rev.amount == D("100.00") and rev.balance == D("0.00")
    assert ar.document(i.number).balance == D("100.00") and ar.document(pay.number).balance == D("0.00")
    assert ar.balance("bank") == D("0.00") and ar.balance("receivable") == D("100.00")
    with pytest.raises(ValidationError, match="already reversed"):
        ar.reverse(pay.number, date(2020, 7, 4))


def test_reversing_an_invoice(ar):
    i = inv(ar, "100.00", terms="N30")
    ar.reverse(i.number, date(2020, 6, 30))
    assert ar.customer_balance("C") == D("0.00") and ar.balance("revenue") == D("0.00")
    assert ar.transactions("C", open_only=True) == []


def test_bounced_payment_with_a_fee(ar):
    i = inv(ar, "100.00")
    pay = ar.post_payment("C", date(2020, 7, 1), marks=[Mark(i.number)])
    fee = ar.nsf_payment(pay.number, date(2020, 7, 6), fee=D("15.00"))
    assert fee.kind == "fee" and fee.amount == D("15.00") and fee.due_date == date(2020, 7, 6)
    assert ar.customer_balance("C") == D("115.00") and ar.balance("fee_income") == D("-15.00")
    with pytest.raises(ValidationError, match="not a payment"):
        ar.nsf_payment(i.number, date(2020, 7, 6))


def test_unsettle_reopens_both_and_reverses_the_discount(ar):
    i = inv(ar, cash_discount="1D14")
    pay = ar.post_payment("C", date(2020, 7, 1), marks=[Mark(i.number)])
    [first, *_] = ar.settlements(pay.number)
    ar.unsettle(first.id, date(2020, 7, 5))
    assert ar.document(i.number).balance == D("1000.00") and ar.document(pay.number).balance == D("-990.00")
    assert ar.balance("cash_discount") == D("0.00") and ar.balance("receivable") == D("10.00")
    [p] = ar.preview_settlement("C", date(2020, 7, 5), [Mark(i.number)])
    assert p.discount_taken == D("0.00") and p.discount_to_take == D("10.00")
    ar.settle("C", date(2020, 7, 5), [Mark(i.number), Mark(pay.number)])
    assert ar.customer_balance("C") == D("0.00") and ar.balance("cash_discount") == D("10.00")
    with pytest.raises(ValidationError, match="already undone"):
        ar.unsettle(first.id, date(2020, 7, 6))


def test_foreign_currency_settlement_realizes_the_exchange_result(ar):
    ar.create_customer("US", "American", currency="USD")
    i = inv(ar, "100.00", customer="US", exchange_rate=D("0.90"))
    assert ar.balance("receivable") == D("90.00")
    pay = ar.post_payment("US", date(2020, 7, 1), marks=[Mark(i.number)], exchange_rate=D("0.95"))
    assert pay.amount == D("-100.00")
    assert ar.balance("bank") == D("95.00") and ar.balance("exchange_gain") == D("-5.00")
    assert ar.balance("receivable") == D("0.00")
    i2 = inv(ar, "100.00", customer="US", exchange_rate=D("0.90"))
    ar.post_payment("US", date(2020, 7, 2), marks=[Mark(i2.number)], exchange_rate=D("0.8"))
    assert ar.balance("exchange_loss") == D("10.00") and ar.balance("receivable") == D("0.00")
    with pytest.raises(ValidationError) as err:
        ar.post_payment(
            "US",
            date(2020, 7, 2),
            D("1.00"),
            currency="EUR",
            marks=[Mark(inv(ar, "5.00", customer="US", exchange_rate=D("1")).number)],
        )
    assert err.value.field == "marks[0].number"


def test_automatic_settlement_by_due_date(ar):
    ar.set_parameters(automatic_settlement=True)
    a = inv(ar, "100.00", day=date(2020, 6, 10), terms="M1")  # due 7/10
    b = inv(ar, "100.00", day=date(2020, 6, 15), terms="N30")  # due 7/15
    c = inv(ar, "100.00", day=date(2020, 6, 1), due_date=date(2020, 7, 20))
    ar.post_payment("C", date(2020, 7, 1), D("150.00"))
    assert [ar.document(x.number).balance for x in (a, b, c)] == [D("0.00"), D("50.00"), D("100.00")]


def test_automatic_settlement_with_priority_puts_fees_first(ar):
    ar.set_parameters(automatic_settlement=True, prioritize_settlement=True, settlement_priority=["fee", "invoice"])
    i = inv(ar, "100.00")
    pay = ar.post_payment("C", date(2020, 7, 1), marks=[Mark(i.number)])
    fee = ar.nsf_payment(pay.number, date(2020, 7, 2), fee=D("15.00"))
    assert [m.number for m in ar.priority_marks("C")] == [fee.number, i.number]
    ar.post_payment("C", date(2020, 7, 3), D("20.00"))
    assert ar.document(fee.number).balance == D("0.00") and ar.document(i.number).balance == D("95.00")


@pytest.mark.parametrize(
    "call, field",
    [
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), marks=[Mark("NOPE")]), "marks[0].number"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), 10.0), "amount"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), D("-5")), "amount"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1)), "amount"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), marks=[Mark(n), Mark(n)]), "marks[1].number"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), marks=[Mark(n, D("0.001"))]), "marks[0].amount"),
        (
            lambda co, n: co.post_payment("C", date(2020, 7, 1), marks=[Mark(n, use_cash_discount="maybe")]),
            "marks[0].use_cash_discount",
        ),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), D("5"), method="CHEQUE"), "method"),
        (lambda co, n: co.post_payment("OTHER", date(2020, 7, 1), marks=[Mark(n)]), "marks[0].number"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), D("5"), marks=[Mark(n, D("10.00"))]), "amount"),
        (lambda co, n: co.post_payment("C", date(2020, 7, 1), D("5"), prepayment=True, marks=[Mark(n)]), "marks"),
        (lambda co, n: co.settle("C", date(2020, 7, 1), [Mark(n)]), "marks"),
        (lambda co, n: co.unsettle(12345, date(2020, 7, 1)), "settlement"),
        (lambda co, n: co.reverse("NOPE", date(2020, 7, 1)), "number"),
    ],
)
def test_bad_payments_are_refused_and_change_nothing(books, ar, call, field):
    ar.create_customer("OTHER", "Other")
    i = inv(ar, "100.00")
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        call(ar, i.number)
    assert err.value.field == field
    assert snapshot(books) == before


def test_settle_date_before_a_document_is_refused(ar):
    i = inv(ar, "100.00")
    pay = ar.post_payment("C", date(2020, 7, 1), D("100.00"))
    with pytest.raises(ValidationError) as err:
        ar.settle("C", date(2020, 6, 30), [Mark(i.number), Mark(pay.number)])
    assert err.value.field == "date"


# --- what is posted is what the preview showed (the settle screen shows the engine's plan) -------------------


def posts_as_previewed(ar, day, marks, post, **preview):
    """Preview the marks, post, and check that each marked document moved by exactly the previewed
    amount to settle plus discount; returns the previews and what post() returned."""
    shown = ar.preview_settlement("C", day, marks, **preview)
    before = {p.number: ar.document(p.number).balance for p in shown}
    discount_before = ar.balance("cash_discount")
    result = post()
    for p in shown:
        assert p.difference == 0
        assert ar.document(p.number).balance == before[p.number] - p.amount_to_settle - p.discount_to_take, p.number
    assert ar.balance("cash_discount") - discount_before == sum(p.discount_to_take for p in shown)
    return shown, result


def credit_after_discount(ar):
    """1,000.00 invoice with 2 % paid with its discount, then a 100.00 credit note on it (DOMAIN 4.5 rule 7)."""
    ar.create_cash_discount("2D14", [(14, D("2"))])
    i = inv(ar, cash_discount="2D14")
    ar.post_payment("C", date(2020, 6, 30), marks=[Mark(i.number)])
    assert ar.balance("cash_discount") == D("20.00")
    return ar.post_credit_note("C", date(2020, 7, 1), [Line("Return", D("100.00"))], original=i.number)


def test_settle_posts_what_the_preview_showed(ar):
    cn = credit_after_discount(ar)
    i = inv(ar, "500.00", day=date(2020, 7, 1), cash_discount="1D14")
    marks = [Mark(i.number), Mark(cn.number)]
    shown, _ = posts_as_previewed(ar, date(2020, 7, 3), marks, lambda: ar.settle("C", date(2020, 7, 3), marks))
    assert [(p.amount_to_settle, p.discount_to_take) for p in shown] == [
        (D("98.00"), D("0.99")),
        (D("-98.00"), D("-2.00")),
    ]
    assert ar.document(cn.number).balance == 0 and ar.document(i.number).balance == D("401.01")


def test_post_payment_posts_what_the_payment_preview_showed(ar):
    cn = credit_after_discount(ar)
    i = inv(ar, "500.00", day=date(2020, 7, 1), cash_discount="1D14")
    marks = [Mark(i.number), Mark(cn.number)]
    offset = ar.preview_settlement("C", date(2020, 7, 3), marks)  # what settle() would do: up to the credit
    assert [p.amount_to_settle for p in offset] == [D("98.00"), D("-98.00")]
    shown, pay = posts_as_previewed(
        ar, date(2020, 7, 3), marks, lambda: ar.post_payment("C", date(2020, 7, 3), marks=marks), payment=True
    )
    assert [(p.amount_to_settle, p.discount_to_take) for p in shown] == [
        (D("495.00"), D("5.00")),
        (D("-98.00"), D("-2.00")),
    ]
    assert pay.amount == -sum(p.amount_to_settle for p in shown) == D("-397.00") and pay.balance == 0


@pytest.mark.parametrize("amount, left_open", [("300.00", "0.00"), ("10.00", "-10.00")])
def test_a_typed_amount_posts_what_its_preview_showed(ar, amount, left_open):
    """Partial cash with the credit note's cash added; or a credit note that alone covers the invoice, where
    it settles only what the invoice takes and the payment stays open (as the preview says)."""
    cn = credit_after_discount(ar)
    i = inv(ar, "500.00" if amount == "300.00" else "50.00", day=date(2020, 7, 1))
    marks = [Mark(i.number), Mark(cn.number)]
    shown, pay = posts_as_previewed(
        ar,
        date(2020, 7, 3),
        marks,
        lambda: ar.post_payment("C", date(2020, 7, 3), D(amount), marks=marks),
        payment_amount=D(amount),
    )
    assert pay.balance == D(left_open)
    if amount == "10.00":
        assert [(p.amount_to_settle, p.discount_to_take) for p in shown] == [
            (D("50.00"), D("0")),
            (D("-50.00"), D("-1.02")),
        ]


def test_only_credits_marked_preview_their_refund_and_post_nothing(ar, books):
    cn = credit_after_discount(ar)
    pay = ar.post_payment("C", date(2020, 7, 2), D("40.00"))
    marks = [Mark(cn.number), Mark(pay.number)]
    for amount in (None, D("25.00")):
        shown = ar.preview_settlement("C", date(2020, 7, 3), marks, payment_amount=amount)
        assert [(p.amount_to_settle, p.discount_to_take) for p in shown] == [
            (D("-98.00"), D("-2.00")),
            (D("-40.00"), D("0")),
        ]
    before = snapshot(books)
    journal = ar.create_payment_journal()
    after_journal = snapshot(books)
    for post in (
        lambda: ar.post_payment("C", date(2020, 7, 3), D("25.00"), marks=marks),
        lambda: ar.post_payment("C", date(2020, 7, 3), marks=marks),
        lambda: ar.add_payment_line(journal, "C", date(2020, 7, 3), D("25.00"), marks=marks),
    ):
        with pytest.raises(ValidationError, match="only credits are marked") as err:
            post()
        assert err.value.field == "marks"
    with pytest.raises(ValidationError, match="at least one debit"):
        ar.settle("C", date(2020, 7, 3), marks)
    assert snapshot(books) == after_journal != before
