"""The Refunds page: the preview of a reimbursement run, posting it, and the SEPA credit transfer file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ardesk.views.payments.reimbursement import RefundsPage

pytestmark = pytest.mark.gui

PAID = dt.date(2026, 11, 20)
IBAN_10040 = "NL22ASNB6083077085"


@pytest.fixture
def credits(ctx):
    """10040 overpaid 250.00 (has an IBAN), 10990 80.00 (no IBAN), 10991 4.50 (below the minimum of 10.00)."""
    co = ctx.company
    co.set_parameters(minimum_reimbursement=Decimal("10.00"))
    co.create_customer("10990", "Café De Hoek")
    co.create_customer("10991", "Klein Kantoor B.V.", iban="NL44RABO0123456789")
    co.post_payment("10040", PAID, Decimal("250.00"))
    co.post_payment("10990", PAID, Decimal("80.00"))
    co.post_payment("10991", PAID, Decimal("4.50"))
    return co


@pytest.fixture
def page(ctx, credits, qtbot, wait_loaded):
    p = RefundsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    wait_loaded(p)
    p.ask = lambda *_: True
    return p


def table(page: RefundsPage) -> dict[str, dict[str, str]]:
    titles = [c.title for c in page.model.columns]
    return {
        page.model.index(r, 1).data(): {t: page.model.index(r, i).data() for i, t in enumerate(titles)}
        for r in range(page.model.rowCount())
    }


def test_the_preview_lists_credit_balances_and_what_the_run_does(page):
    rows = table(page)
    assert set(rows) == {"10040", "10990", "10991"}
    assert rows["10040"]["Credit balance"] == "250.00" and rows["10040"]["Refund"] == "Will be refunded"
    assert rows["10040"]["IBAN"] == IBAN_10040 and rows["10040"]["Bank transfer"] == "OK"
    assert rows["10990"]["Bank transfer"] == "No IBAN: not in the SEPA file"
    assert rows["10991"]["Refund"] == "Below the minimum"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.count_tile.value.text() == "2" and page.total_tile.value.text() == "330.00 EUR"
    assert page.minimum.placeholderText() == "10.00"


def test_a_lower_minimum_takes_in_the_small_credit(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.minimum.setText("1.00")
    assert table(page)["10991"]["Refund"] == "Will be refunded"
    assert page.total_tile.value.text() == "334.50 EUR"
    page.minimum.setText("abc")
    page.refresh()
    assert page.errors.message("minimum")


def test_a_run_posts_the_refunds_and_writes_the_sepa_file(ctx, page, tmp_path):
    asked = []
    page.ask = lambda title, text: asked.append(text) or True
    assert page.run_refunds()
    assert "2 customer" in asked[0] and "330.00 EUR" in asked[0] and "BANK" in asked[0]
    refunds = {d.customer: d for d in page.refunds}
    assert set(refunds) == {"10040", "10990"}
    assert refunds["10040"].kind == "refund" and refunds["10040"].amount == Decimal("250.00")
    assert ctx.company.customer_balance("10040") == Decimal("0.00")
    assert ctx.company.customer_balance("10991") == Decimal("-4.50")  # below the minimum: left
    assert page.result_box.isVisibleTo(page) and page.refund_model.rowCount() == 2
    assert page.last_message == "2 refund(s) posted." or page.last_message == "2 refunds posted."
    page.execution_date.setDate(dt.date(2026, 11, 27))
    page.choose_path = lambda name: str(tmp_path / name)
    path = page.export()
    assert path == tmp_path / "refunds-20261127.xml"
    text = path.read_text(encoding="utf-8")
    assert IBAN_10040 in text and '<InstdAmt Ccy="EUR">250.00</InstdAmt>' in text
    assert "2026-11-27" in text and "De Hoek" not in text  # no IBAN: left out of the file
    assert str(path) in page.last_message and "250.00 EUR" in page.last_message
    assert "Not in the file: 10990 (No IBAN: not in the SEPA file)." in page.last_message


def test_unticked_customers_are_not_refunded(ctx, page):
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 1).data() == "10990")
    page.model.setData(page.model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert page.count_tile.value.text() == "1"
    assert page.run_refunds()
    assert [d.customer for d in page.refunds] == ["10040"]
    assert ctx.company.customer_balance("10990") == Decimal("-80.00")


def test_nothing_is_posted_when_the_question_is_answered_no(ctx, page):
    page.ask = lambda *_: False
    assert not page.run_refunds()
    assert ctx.company.customer_balance("10040") == Decimal("-250.00") and page.refunds == []
