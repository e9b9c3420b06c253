"""Bills of exchange (DOMAIN 6) through the API: every step's voucher, the customer's open items and balance,
the receivables reconciliation after each step, and bad input that leaves the books as they were."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Company, InterestVersion, LetterStep, Line, Mark, ValidationError
from tests.helpers import snapshot

Z = D("0.00")


@pytest.fixture
def ar(co: Company) -> Company:
    co.create_customer("C", "Customer", terms="N30")
    return co


def invoice(co: Company, day: date, amount: str = "1000.00", customer: str = "C") -> str:
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))]).number


def gl(co: Company, voucher: str) -> list[tuple[str, D, D]]:
    return sorted((v.account, v.debit, v.credit) for v in co.voucher_lines(voucher))


def open_items(co: Company, customer: str = "C") -> list[tuple[str, str, D]]:
    return [(t.number, t.kind, t.balance) for t in co.transactions(customer, open_only=True)]


def reconciled(co: Company) -> dict[str, D]:
    """The subledger per summary account that has something open; every difference must be zero."""
    rows = co.reconcile_receivables()
    assert [r for r in rows if r.difference != 0] == []
    return {r.account: r.subledger for r in rows if r.subledger != 0}


def last_voucher(co: Company, number: str) -> str:
    return co.bill_of_exchange(number).events[-1].voucher


def test_draw_settles_the_invoice_and_opens_the_bill(ar):
    inv = invoice(ar, date(2024, 1, 10))  # due 2024-02-09
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15))
    assert (bill.number, bill.invoice, bill.amount, bill.due_date, bill.state) == (
        "BOE-000001",
        inv,
        D("1000.00"),
        date(2024, 2, 9),
        "drawn",
    )
    [event] = bill.events
    assert (event.event, event.date, event.voucher, event.amount) == (
        "draw",
        date(2024, 1, 15),
        "BOEV-000001",
        D("1000.00"),
    )
    assert gl(ar, "BOEV-000001") == [("130100", Z, D("1000.00")), ("130500", D("1000.00"), Z)]
    assert ar.document(inv).balance == Z
    assert open_items(ar) == [("BOE-000001", "bill_of_exchange", D("1000.00"))]
    assert ar.customer_balance("C") == D("1000.00")  # the customer owes until the bank honours the bill
    assert reconciled(ar) == {"130500": D("1000.00")}


def test_collection_remit_and_settle(ar):
    inv = invoice(ar, date(2024, 1, 10))
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15), due_date=date(2024, 2, 29))
    [remitted] = ar.remit_bills_of_exchange([bill.number], date(2024, 2, 29))  # on the due date
    assert (remitted.state, remitted.remitted_as, remitted.discount_charge) == ("remitted", "collection", None)
    assert gl(ar, last_voucher(ar, bill.number)) == [("130500", Z, D("1000.00")), ("130510", D("1000.00"), Z)]
    assert open_items(ar) == [("BOE-000001", "bill_of_exchange", D("1000.00"))]
    assert reconciled(ar) == {"130510": D("1000.00")}
    [done] = ar.settle_bills_of_exchange([bill.number], date(2024, 3, 1))
    assert done.state == "honored"
    assert gl(ar, last_voucher(ar, bill.number)) == [("110110", D("1000.00"), Z), ("130510", Z, D("1000.00"))]
    assert open_items(ar) == [] and ar.customer_balance("C") == Z
    assert reconciled(ar) == {}
    assert [e.event for e in done.events] == ["draw", "remit", "settle"]
    assert ar.balance("bank") == D("1000.00")


def test_discount_with_bank_charge_spread_over_the_bills_and_settled(ar):
    first, second = invoice(ar, date(2024, 1, 10)), invoice(ar, date(2024, 1, 11), "500.00")
    bills = ar.draw_bills_of_exchange([first, second], date(2024, 1, 15))
    assert [(b.number, b.amount, b.due_date) for b in bills] == [
        ("BOE-000001", D("1000.00"), date(2024, 2, 9)),
        ("BOE-000002", D("500.00"), date(2024, 2, 10)),
    ]
    remitted = ar.remit_bills_of_exchange(
        ["BOE-000001", "BOE-000002"], date(2024, 1, 20), kind="discount", discount_charge=D("10.00")
    )
    assert [(b.state, b.remitted_as, b.discount_charge) for b in remitted] == [
        ("remitted", "discount", D("6.67")),
        ("remitted", "discount", D("3.33")),
    ]
    # One voucher per bill: the claim moves, and the bank advances the bill less its share of the charge.
    assert gl(ar, last_voucher(ar, "BOE-000001")) == [
        ("110110", D("993.33"), Z),
        ("130500", Z, D("1000.00")),
        ("130520", D("1000.00"), Z),
        ("210300", Z, D("1000.00")),
        ("740100", D("6.67"), Z),
    ]
    assert gl(ar, last_voucher(ar, "BOE-000002")) == [
        ("110110", D("496.67"), Z),
        ("130500", Z, D("500.00")),
        ("130520", D("500.00"), Z),
        ("210300", Z, D("500.00")),
        ("740100", D("3.33"), Z),
    ]
    assert ar.balance("bills_discount_liability") == D("-1500.00")
    assert reconciled(ar) == {"130520": D("1500.00")}
    assert ar.customer_balance("C") == D("1500.00")
    ar.settle_bills_of_exchange(["BOE-000001", "BOE-000002"], date(2024, 2, 12))
    assert gl(ar, last_voucher(ar, "BOE-000001")) == [("130520", Z, D("1000.00")), ("210300", D("1000.00"), Z)]
    assert ar.balance("bills_discount_liability") == Z and ar.balance("bank") == D("1490.00")
    assert ar.balance("bills_discount_expense") == D("10.00")
    assert open_items(ar) == [] and reconciled(ar) == {} and ar.customer_balance("C") == Z


def test_protest_of_a_discounted_bill_the_bank_reclaims_then_redraw_and_collect(ar):
    inv = invoice(ar, date(2024, 1, 10))
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15))
    ar.remit_bills_of_exchange([bill.number], date(2024, 1, 20), kind="discount", discount_charge=D("12.50"))
    protested = ar.protest_bill_of_exchange(bill.number, date(2024, 2, 9))
    assert protested.state == "protested"
    assert gl(ar, last_voucher(ar, bill.number)) == [
        ("110110", Z, D("1000.00")),
        ("130520", Z, D("1000.00")),
        ("130530", D("1000.00"), Z),
        ("210300", D("1000.00"), Z),
    ]
    assert ar.balance("bank") == D("-12.50") and ar.balance("bills_discount_liability") == Z
    assert open_items(ar) == [("BOE-000001", "bill_of_exchange", D("1000.00"))]
    assert reconciled(ar) == {"130530": D("1000.00")}
    new = ar.redraw_bill_of_exchange(bill.number, date(2024, 2, 10), due_date=date(2024, 3, 10))
    assert (new.number, new.state, new.due_date, new.redrawn_from, new.invoice) == (
        "BOE-000002",
        "drawn",
        date(2024, 3, 10),
        "BOE-000001",
        inv,
    )
    old = ar.bill_of_exchange(bill.number)
    assert (old.state, old.redrawn_as) == ("redrawn", "BOE-000002")
    assert [e.event for e in old.events] == ["draw", "remit", "protest", "redraw"]
    assert gl(ar, last_voucher(ar, "BOE-000002")) == [("130500", D("1000.00"), Z), ("130530", Z, D("1000.00"))]
    assert open_items(ar) == [("BOE-000002", "bill_of_exchange", D("1000.00"))]
    assert reconciled(ar) == {"130500": D("1000.00")} and ar.customer_balance("C") == D("1000.00")
    ar.remit_bills_of_exchange(["BOE-000002"], date(2024, 3, 1))
    ar.settle_bills_of_exchange(["BOE-000002"], date(2024, 3, 10))
    assert open_items(ar) == [] and reconciled(ar) == {} and ar.customer_balance("C") == Z
    assert ar.balance("bank") == D("987.50")


def test_protest_of_a_drawn_bill_then_invoice_back(ar):
    inv = invoice(ar, date(2024, 1, 10))
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15))
    ar.protest_bill_of_exchange(bill.number, date(2024, 2, 12))
    assert gl(ar, last_voucher(ar, bill.number)) == [("130500", Z, D("1000.00")), ("130530", D("1000.00"), Z)]
    assert reconciled(ar) == {"130530": D("1000.00")}
    closed = ar.close_protested_bill(bill.number, date(2024, 2, 13), how="invoice_back")
    assert (closed.state, closed.closed_how) == ("closed", "invoice_back")
    assert gl(ar, last_voucher(ar, bill.number)) == [("130100", D("1000.00"), Z), ("130530", Z, D("1000.00"))]
    # The invoice is open on the receivable again, under its own number, due on the bill's due date.
    assert open_items(ar) == [(inv, "invoice", D("1000.00"))]
    [back] = ar.transactions("C", open_only=True)
    assert back.due_date == date(2024, 2, 9)
    assert reconciled(ar) == {"130100": D("1000.00")} and ar.customer_balance("C") == D("1000.00")
    # ... and a bill can be drawn for it again.
    [again] = ar.draw_bills_of_exchange([inv], date(2024, 2, 14), due_date=date(2024, 3, 14))
    assert again.number == "BOE-000002" and open_items(ar) == [("BOE-000002", "bill_of_exchange", D("1000.00"))]
    assert reconciled(ar) == {"130500": D("1000.00")}


def test_protest_of_a_collection_bill_then_write_off(ar):
    inv = invoice(ar, date(2024, 1, 10))
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15))
    ar.remit_bills_of_exchange([bill.number], date(2024, 2, 1))
    ar.protest_bill_of_exchange(bill.number, date(2024, 2, 9))
    assert gl(ar, last_voucher(ar, bill.number)) == [("130510", Z, D("1000.00")), ("130530", D("1000.00"), Z)]
    assert ar.balance("bank") == Z
    closed = ar.close_protested_bill(bill.number, date(2024, 2, 20), how="write_off")
    assert (closed.state, closed.closed_how) == ("closed", "write_off")
    assert gl(ar, last_voucher(ar, bill.number)) == [("130530", Z, D("1000.00")), ("720100", D("1000.00"), Z)]
    assert open_items(ar) == [] and reconciled(ar) == {} and ar.customer_balance("C") == Z


def test_a_part_of_an_invoice_and_the_list_of_bills(ar):
    inv = invoice(ar, date(2024, 1, 10))
    other = invoice(ar, date(2024, 1, 5), "200.00")  # due 2024-02-04
    [part] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15), amount=D("400.00"), due_date=date(2024, 3, 1))
    assert part.amount == D("400.00") and ar.document(inv).balance == D("600.00")
    assert gl(ar, last_voucher(ar, part.number)) == [("130100", Z, D("400.00")), ("130500", D("400.00"), Z)]
    ar.draw_bills_of_exchange([other], date(2024, 1, 15))
    assert open_items(ar) == [
        (inv, "invoice", D("600.00")),
        ("BOE-000001", "bill_of_exchange", D("400.00")),
        ("BOE-000002", "bill_of_exchange", D("200.00")),
    ]
    assert reconciled(ar) == {"130100": D("600.00"), "130500": D("600.00")}
    assert [b.number for b in ar.bills_of_exchange()] == ["BOE-000002", "BOE-000001"]  # by due date
    assert [b.number for b in ar.bills_of_exchange(due_by=date(2024, 2, 29))] == ["BOE-000002"]
    ar.remit_bills_of_exchange(["BOE-000001"], date(2024, 1, 20))
    assert [b.number for b in ar.bills_of_exchange(state="remitted")] == ["BOE-000001"]
    assert [b.number for b in ar.bills_of_exchange(state="drawn", customer="C")] == ["BOE-000002"]
    assert [d.number for d in ar.drawable_invoices()] == [inv]


def test_a_drawn_bill_gets_no_letter_nor_interest_until_invoiced_back(co):
    co.create_collection_letter_sequence("SEQ", [LetterStep("L1", 5)])
    co.create_interest_code("R8", [InterestVersion(date(2020, 1, 1), D("8"))])
    co.create_posting_profile("DUN", [("all", None, "130100")], collection_letter_sequence="SEQ", interest_code="R8")
    co.create_customer("K", "Klant", terms="N30", posting_profile="DUN")
    inv = invoice(co, date(2024, 1, 1), customer="K")  # due 2024-01-31
    [bill] = co.draw_bills_of_exchange([inv], date(2024, 1, 5), due_date=date(2024, 1, 20))
    # Long past the bill's due date, not remitted nor protested: it is the bank's, not a dunning matter.
    assert co.create_collection_letters(date(2024, 3, 1)) == []
    assert co.create_interest_notes(date(2024, 3, 1)) == []
    co.protest_bill_of_exchange(bill.number, date(2024, 3, 1))
    assert co.create_collection_letters(date(2024, 3, 2)) == []
    co.close_protested_bill(bill.number, date(2024, 3, 2))
    [letter] = co.create_collection_letters(date(2024, 3, 10))
    assert [(ln.transaction, ln.balance) for ln in letter.lines] == [(inv, D("1000.00"))]
    [note] = co.create_interest_notes(date(2024, 3, 31))
    assert [(ln.transaction, ln.base) for ln in note.lines] == [(inv, D("1000.00"))]


# --- bad input ------------------------------------------------------------------------------------------


@pytest.fixture
def started(ar):
    """BOE-000001 (1000.00, drawn 15 Jan, due 9 Feb) and BOE-000002 (drawn 10 Feb, due 2 Mar); INV-000003
    open for 300.00; January closed."""
    first = invoice(ar, date(2024, 1, 10))
    ar.draw_bills_of_exchange([first], date(2024, 1, 15))
    second = invoice(ar, date(2024, 2, 1))
    ar.draw_bills_of_exchange([second], date(2024, 2, 10))
    invoice(ar, date(2024, 2, 1), "300.00")
    ar.post_payment("C", date(2024, 2, 2), D("50.00"))
    ar.close_period(date(2024, 1, 31))
    return ar


FEB = date(2024, 2, 15)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda co: co.draw_bills_of_exchange([], FEB), "invoices"),
        (lambda co: co.draw_bills_of_exchange(["INV-000099"], FEB), "invoices[0]"),
        (lambda co: co.draw_bills_of_exchange(["BOE-000001"], FEB), "invoices[0]"),  # not an invoice
        (lambda co: co.draw_bills_of_exchange(["ARP-000001"], FEB), "invoices[0]"),  # a payment
        (lambda co: co.draw_bills_of_exchange(["INV-000001"], FEB), "invoices[0]"),  # nothing open
        (lambda co: co.draw_bills_of_exchange(["INV-000003", "INV-000003"], FEB), "invoices[1]"),
        (lambda co: co.draw_bills_of_exchange(["INV-000003"], FEB, amount=D("300.01")), "amount"),
        (lambda co: co.draw_bills_of_exchange(["INV-000003"], FEB, amount=D("0")), "amount"),
        (lambda co: co.draw_bills_of_exchange(["INV-000003"], date(2024, 1, 31)), "date"),  # closed month
        (lambda co: co.draw_bills_of_exchange(["INV-000003"], FEB, due_date=date(2024, 2, 14)), "due_date"),
        (lambda co: co.draw_bills_of_exchange(["INV-000003"], date(2024, 3, 5)), "due_date"),  # fell due 2 Mar
        (lambda co: co.remit_bills_of_exchange(["BOE-000099"], FEB), "numbers[0]"),
        (lambda co: co.remit_bills_of_exchange(["BOE-000001"], FEB, kind="cash"), "kind"),
        (lambda co: co.remit_bills_of_exchange(["BOE-000002"], date(2024, 2, 9)), "date"),  # before the draw
        (lambda co: co.remit_bills_of_exchange(["BOE-000001"], date(2024, 1, 20)), "date"),  # closed month
        (lambda co: co.remit_bills_of_exchange(["BOE-000001"], FEB, kind="discount"), "date"),  # past due
        (lambda co: co.remit_bills_of_exchange(["BOE-000002"], FEB, discount_charge=D("1.00")), "discount_charge"),
        (
            lambda co: co.remit_bills_of_exchange(["BOE-000002"], FEB, kind="discount", discount_charge=D("1000")),
            "discount_charge",
        ),
        (lambda co: co.settle_bills_of_exchange(["BOE-000001"], FEB), "numbers[0]"),  # drawn, not remitted
        (lambda co: co.protest_bill_of_exchange("BOE-000002", FEB), "date"),  # not due until 2 Mar
        (lambda co: co.redraw_bill_of_exchange("BOE-000001", FEB, due_date=date(2024, 3, 1)), "number"),
        (lambda co: co.close_protested_bill("BOE-000001", FEB), "number"),
        (lambda co: co.close_protested_bill("BOE-000001", FEB, how="forget"), "how"),
        (lambda co: co.bills_of_exchange(state="lost"), "state"),
        (lambda co: co.bill_of_exchange("BOE-000099"), "number"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(started, books, call, field):
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        call(started)
    assert err.value.field == field
    assert snapshot(books) == before


def test_steps_out_of_order_on_a_protested_bill(started, books):
    started.protest_bill_of_exchange("BOE-000001", FEB)
    before = snapshot(books)
    for call, field in [
        (lambda: started.remit_bills_of_exchange(["BOE-000001"], FEB), "numbers[0]"),
        (lambda: started.protest_bill_of_exchange("BOE-000001", FEB), "number"),
        (lambda: started.redraw_bill_of_exchange("BOE-000001", FEB, due_date=date(2024, 2, 14)), "due_date"),
        (lambda: started.close_protested_bill("BOE-000001", date(2024, 2, 14)), "date"),
    ]:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field
    assert snapshot(books) == before
    started.close_protested_bill("BOE-000001", FEB, how="write_off")
    with pytest.raises(ValidationError) as err:
        started.redraw_bill_of_exchange("BOE-000001", FEB, due_date=date(2024, 3, 1))
    assert err.value.field == "number" and "closed" in str(err.value)


def test_payments_leave_the_bills_claim_to_the_bank(ar, books):
    ar.set_parameters(automatic_settlement=True)
    inv = invoice(ar, date(2024, 1, 10))
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15))
    other = invoice(ar, date(2024, 1, 20), "300.00")
    pay = ar.post_payment("C", date(2024, 1, 25), D("500.00"))  # settles automatically, but not the bill
    assert ar.document(other).balance == Z
    assert open_items(ar) == [("BOE-000001", "bill_of_exchange", D("1000.00")), (pay.number, "payment", D("-200.00"))]
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        ar.post_payment("C", date(2024, 1, 26), D("1000.00"), marks=[Mark(bill.number)])
    assert err.value.field == "marks[0].number" and "bill of exchange" in str(err.value)
    assert snapshot(books) == before
    assert reconciled(ar) == {"130100": D("-200.00"), "130500": D("1000.00")}


def test_the_claim_is_moved_only_by_the_bills_steps(ar, books):
    inv = invoice(ar, date(2024, 1, 10))
    [bill] = ar.draw_bills_of_exchange([inv], date(2024, 1, 15))
    before = snapshot(books)
    for number in (bill.number, "BOEV-000001"):  # the open claim, the transfer that settled the invoice
        with pytest.raises(ValidationError) as err:
            ar.reverse(number, date(2024, 1, 16))
        assert err.value.field == "number" and "bill of exchange" in str(err.value)
    assert snapshot(books) == before
    # Undone by hand, the draw's settlement reopens the invoice and the transfer credit against it; the bill's
    # claim stays whole and the books still reconcile.
    [row] = ar.settlements(inv)
    ar.unsettle(row.id, date(2024, 1, 16))
    assert ar.document(inv).balance == D("1000.00") and ar.customer_balance("C") == D("1000.00")
    assert reconciled(ar) == {"130500": D("1000.00")}
    assert ar.remit_bills_of_exchange([bill.number], date(2024, 1, 17))[0].state == "remitted"
