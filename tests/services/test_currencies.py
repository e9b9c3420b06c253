"""Amounts know their currency: every figure is rounded to its minor unit (JPY 0, EUR 2, KWD 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Books, Line, Mark, PaymentLine, ValidationError
from tests.helpers import snapshot

DAY = date(2026, 3, 2)


def company(books: Books, code: str, currency: str):
    co = books.create_company(code, f"{code} Trading", currency=currency)
    co.create_cash_discount("1D10", [(10, D("1"))])
    co.create_sales_tax("VAT", D("5"))
    co.create_sales_tax("HIGH", D("21"))
    co.create_customer("C1", "Customer One", cash_discount="1D10")
    return co


def test_jpy_cash_discount_and_payment_are_whole_yen(books):
    co = company(books, "JP", "JPY")
    inv = co.post_free_text_invoice("C1", DAY, [Line("Tea", D("1234"))])
    [schedule] = [p for p in co.preview_settlement("C1", DAY, [Mark(inv.number)])]
    assert schedule.cash_discount_amount == D("12") and schedule.discount_to_take == D("12")
    pay = co.post_payment("C1", DAY, marks=[Mark(inv.number)])
    assert pay.amount == D("-1222")  # 1,234 − 12, not 1,221.66
    assert co.balance("cash_discount") == D("12") and co.balance("bank") == D("1222")
    assert co.balance("receivable") == 0 and co.document(inv.number).balance == 0


def test_jpy_quantity_times_price_and_tax_are_rounded_to_yen(books):
    co = company(books, "JP", "JPY")
    inv = co.post_free_text_invoice("C1", DAY, [Line("Half", quantity=D("1"), unit_price=D("100.5"), tax="HIGH")])
    # 1 × 100.5 books 101 (half up), tax 21 % of 101 = 21.21 → 21: what the PDF prints is what is booked.
    assert inv.amount == D("122")
    lines = {ln.account: (ln.debit, ln.credit) for ln in co.voucher_lines(inv.voucher)}
    assert lines[co.account_for("revenue")] == (D("0"), D("101"))
    assert lines[co.account_for("sales_tax")] == (D("0"), D("21"))


def test_an_amount_with_more_decimals_than_its_currency_is_refused_naming_the_field(books):
    jp, kw = company(books, "JP", "JPY"), company(books, "KW", "KWD")
    before = snapshot(books)
    with pytest.raises(ValidationError, match="more than 0 decimals") as err:
        jp.post_free_text_invoice("C1", DAY, [Line("Tea", D("10")), Line("Cake", D("100.5"))])
    assert err.value.field == "lines[1].amount"
    with pytest.raises(ValidationError, match="more than 3 decimals") as err:
        kw.post_free_text_invoice("C1", DAY, [Line("Dates", D("1.2345"))])
    assert err.value.field == "lines[0].amount"
    inv = jp.post_free_text_invoice("C1", DAY, [Line("Tea", D("1000"))])
    after = snapshot(books)
    with pytest.raises(ValidationError) as err:
        jp.post_payment("C1", DAY, D("999.5"), marks=[Mark(inv.number)])
    assert err.value.field == "amount"
    with pytest.raises(ValidationError) as err:
        jp.post_payment("C1", DAY, D("500"), marks=[Mark(inv.number, amount=D("0.5"))])
    assert err.value.field == "marks[0].amount"
    with pytest.raises(ValidationError) as err:
        jp.set_parameters(max_penny_difference=D("0.5"))
    assert err.value.field == "max_penny_difference"
    assert snapshot(books) == after != before


def test_kwd_amounts_keep_three_decimals_through_tax_discount_and_partial_payment(books):
    co = company(books, "KW", "KWD")
    inv = co.post_free_text_invoice("C1", DAY, [Line("Dates", quantity=D("3"), unit_price=D("3.3755"), tax="VAT")])
    # 3 × 3.3755 = 10.1265 → 10.127; tax 5 % = 0.50635 → 0.506; total 10.633.
    assert inv.amount == D("10.633")
    [p] = co.preview_settlement("C1", DAY, [Mark(inv.number)])
    assert p.cash_discount_amount == D("0.106")  # 1 % of 10.633 = 0.10633
    co.post_payment("C1", DAY, D("5.001"), marks=[Mark(inv.number, amount=D("5.001"))])
    assert co.document(inv.number).balance == D("5.632")
    assert co.balance("receivable") == D("5.632")
    co.post_payment("C1", DAY, marks=[Mark(inv.number)])
    assert co.document(inv.number).balance == 0
    assert co.balance("receivable") == 0
    assert co.balance("cash_discount") + co.balance("bank") == D("10.633")


def test_a_foreign_currency_invoice_books_accounting_amounts_in_the_company_currency(books):
    co = company(books, "JP", "JPY")
    co.create_customer("EU", "Euro customer", currency="EUR")
    inv = co.post_free_text_invoice("EU", DAY, [Line("Tea", D("10.01"))], exchange_rate=D("161.23"))
    assert inv.amount == D("10.01")
    assert co.balance("receivable") == D("1614")  # 10.01 × 161.23 = 1,613.91 → 1,614 yen
    co.post_payment("EU", DAY, marks=[Mark(inv.number, use_cash_discount="never")], exchange_rate=D("160"))
    assert co.balance("receivable") == 0
    assert co.balance("exchange_loss") == D("12")  # 1,614 booked, 1,602 (10.01 × 160 = 1,601.6) received


def test_a_line_whose_amount_disagrees_with_quantity_times_price_is_refused(books):
    co = company(books, "EU", "EUR")
    with pytest.raises(ValidationError, match="quantity × unit price") as err:
        co.post_free_text_invoice("C1", DAY, [Line("Pens", D("10.00"), quantity=D("3"), unit_price=D("3.00"))])
    assert err.value.field == "lines[0].amount"
    inv = co.post_free_text_invoice("C1", DAY, [Line("Pens", D("9.00"), quantity=D("3"), unit_price=D("3.00"))])
    assert inv.amount == D("9.00")


@pytest.mark.parametrize(
    "lines, field",
    [
        ([Line("Huge", quantity=D("999999999"), unit_price=D("99999999999"))], "lines[0].amount"),
        ([Line("Big", D("9000000000000"))] * 3, "lines"),
        ([Line("Big", D("9999999999999"), tax="HIGH")], "lines"),
        ([Line("Huge", D("1e30"))], "lines[0].amount"),
        ([Line("Huge", quantity=D("1e30"), unit_price=D("1"))], "lines[0].quantity"),
    ],
)
def test_the_amount_limit_holds_for_every_way_an_amount_arises(books, lines, field):
    co = company(books, "EU", "EUR")
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        co.post_free_text_invoice("C1", DAY, lines)
    assert err.value.field == field
    assert snapshot(books) == before


def test_bulk_payments_round_discounts_per_currency(books):
    co = company(books, "JP", "JPY")
    a = co.post_free_text_invoice("C1", DAY, [Line("Tea", D("1234"))])
    b = co.post_free_text_invoice("C1", DAY, [Line("Tea", D("999"))])
    co.post_payments([PaymentLine("C1", DAY, marks=[Mark(a.number)]), PaymentLine("C1", DAY, marks=[Mark(b.number)])])
    assert co.balance("cash_discount") == D("22")  # 12 + 10 (9.99 → 10)
    assert co.balance("receivable") == 0


@pytest.mark.parametrize(
    "currency, line, printed, not_printed",
    [
        (
            "JPY",
            Line("Half", quantity=D("1"), unit_price=D("100.5")),
            ["Half 1 100.50 101", "Total JP¥101"],
            ["101.00"],
        ),
        ("KWD", Line("Dates", quantity=D("3"), unit_price=D("3.3755")), ["10.127"], ["10.13 "]),
    ],
)
def test_the_pdf_prints_what_is_booked_in_the_currency_s_decimals(
    books, tmp_path, currency, line, printed, not_printed
):
    import pdfplumber

    co = company(books, "XX", currency)
    inv = co.post_free_text_invoice("C1", DAY, [line])
    path = tmp_path / "invoice.pdf"
    co.print_invoice(inv.number, path)
    with pdfplumber.open(path) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages).replace("\u00a0", " ")
    for expected in printed:
        assert expected in text
    for wrong in not_printed:
        assert wrong not in text
