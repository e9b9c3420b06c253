"""Correcting a posted free-text invoice (DOMAIN 3.6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, ValidationError
from tests.helpers import snapshot


def _lines(co, voucher):
    return sorted((v.account, v.debit, v.credit) for v in co.voucher_lines(voucher))


def test_correction_cancels_settles_and_reissues(co):
    orig = co.post_free_text_invoice(
        "1001",
        date(2026, 3, 2),
        [Line("Paper", D("100.00"), tax="HIGH"), Line("Books", D("33.33"), tax="LOW")],
        cash_discount="2D8",
    )
    cancel, new = co.correct_invoice(
        orig.number, date(2026, 3, 10), [Line("Paper", D("90.00"), tax="HIGH")], reason="Wrong price"
    )
    assert cancel.kind == "credit_note" and cancel.amount == -orig.amount and cancel.number == "CN-000001"
    # The cancelling voucher is the exact mirror of the original.
    assert _lines(co, cancel.voucher) == sorted((a, c, d) for a, d, c in _lines(co, orig.voucher))
    assert co.document(orig.number).balance == D("0.00") and cancel.balance == D("0.00")
    assert new.number == "INV-000002" and new.amount == D("108.90") and new.date == date(2026, 3, 10)
    assert new.due_date == date(2026, 4, 9)  # N30 from the correction date
    assert new.discount_schedule[0] == (date(2026, 3, 18), D("2.18"), D("106.72"))
    assert co.customer_balance("1001") == D("108.90")
    assert [t.number for t in co.transactions("1001", open_only=True)] == [new.number]


def test_an_invoice_is_corrected_once_and_only_while_open(books, co):
    orig = co.post_free_text_invoice("1001", date(2026, 3, 2), [Line("x", D("10.00"))])
    co.correct_invoice(orig.number, date(2026, 3, 3), [Line("x", D("12.00"))])
    before = snapshot(books)
    with pytest.raises(ValidationError, match="already corrected") as err:
        co.correct_invoice(orig.number, date(2026, 3, 4), [Line("x", D("11.00"))])
    assert err.value.field == "number"
    with pytest.raises(ValidationError, match="no posted invoice"):
        co.correct_invoice("CN-000001", date(2026, 3, 4), [Line("x", D("11.00"))])
    with pytest.raises(ValidationError) as err:
        co.correct_invoice("INV-000002", date(2026, 3, 1), [Line("x", D("11.00"))])
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        co.correct_invoice("INV-000002", date(2026, 3, 5), [Line("x", 11.0)])
    assert err.value.field == "lines[0].amount"
    assert snapshot(books) == before


def test_foreign_currency_correction_mirrors_at_the_original_rate(co):
    co.create_customer("3001", "London Stationers Ltd", currency="GBP")
    orig = co.post_free_text_invoice("3001", date(2026, 3, 2), [Line("Pens", D("33.33"))], exchange_rate=D("1.1713"))
    cancel, new = co.correct_invoice(orig.number, date(2026, 3, 9), [Line("Pens", D("30.00"))], exchange_rate=D("1.2"))
    assert _lines(co, cancel.voucher) == sorted((a, c, d) for a, d, c in _lines(co, orig.voucher))
    assert new.amount == D("30.00") and co.balance("receivable") == D("36.00")
    assert all(r.difference == 0 for r in co.reconcile_receivables())
