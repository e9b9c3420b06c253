"""The reads of the recurring-invoice and sales-order screens (ardesk.calls.orders_reads)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, NotFoundError, OrderLine, ValidationError


@pytest.fixture
def shop(co):
    co.create_item("A4-500", "Copy paper A4, 500 sheets", D("4.95"), tax="HIGH", unit="box")
    co.create_item("PEN-BL", "Ballpoint pen, blue", D("0.85"), tax="HIGH")
    co.create_customer("1002", "Bakker Kantoorinrichting")
    return co


def test_templates_and_their_assignments(co):
    co.create_invoice_template(
        "HOSTING",
        [
            Line("Web hosting (month)", quantity=D(2), unit_price=D("12.475"), tax="HIGH"),
            Line("Domain", amount=D("1.50")),
        ],
        description="Hosting contract",
        terms="N30",
    )
    co.create_customer("1002", "Bakker")
    first = co.assign_template("1001", "HOSTING", date(2026, 1, 31), pattern="monthly", max_count=3)
    co.assign_template("1002", "HOSTING", date(2026, 3, 1), pattern="yearly", max_amount=D("100"))
    [row] = co.invoice_templates()
    # 2 × 12.475 = 24.95 rounded per line, + 1.50 typed
    assert (row.name, row.description, row.lines, row.amount, row.assignments) == (
        "HOSTING",
        "Hosting contract",
        2,
        D("26.45"),
        2,
    )
    info = co.invoice_template("HOSTING")
    assert info.terms == "N30" and [(ln.description, ln.amount, ln.tax) for ln in info.lines] == [
        ("Web hosting (month)", D("24.95"), "HIGH"),
        ("Domain", D("1.50"), None),
    ]
    assert co.template_assignments("HOSTING")[0].next_date == date(2026, 1, 31)
    run = co.generate_recurring_invoices(date(2026, 3, 15))
    assert len(run.drafts) == 3  # Jan 31, Feb 28 for 1001; Mar 1 for 1002
    rows = {r.customer: r for r in co.template_assignments("HOSTING")}
    assert rows["1001"].billed_count == 2 and rows["1001"].next_date == date(2026, 3, 31)
    assert rows["1001"].billed_amount == D("63.38")  # twice 26.45 + 21 % of 24.95 (5.24) = 31.69
    assert rows["1002"].next_date == date(2027, 3, 1) and rows["1002"].max_amount == D("100.00")
    co.end_assignment(first, date(2026, 3, 30))
    rows = {r.customer: r for r in co.template_assignments(customer="1001")}
    assert rows["1001"].end_date == date(2026, 3, 30) and rows["1001"].next_date is None
    assert co.generate_recurring_invoices(date(2026, 4, 30)).drafts == []


def test_end_assignment_refuses_bad_input(co):
    co.create_invoice_template("T", [Line("Fee", amount=D("10"))])
    a = co.assign_template("1001", "T", date(2026, 5, 1))
    with pytest.raises(ValidationError) as err:
        co.end_assignment(a, date(2026, 4, 30))
    assert err.value.field == "end_date"
    with pytest.raises(NotFoundError):
        co.end_assignment(a + 99, date(2026, 6, 1))
    with pytest.raises(NotFoundError):
        co.invoice_template("NOPE")


def test_items_orders_slips(shop):
    co = shop
    assert [(i.number, i.unit, i.unit_price, i.tax) for i in co.items()] == [
        ("A4-500", "box", D("4.9500"), "HIGH"),
        ("PEN-BL", "pcs", D("0.8500"), "HIGH"),
    ]
    first = co.create_sales_order(
        "1001", date(2026, 3, 2), [OrderLine(D("10"), "A4-500"), OrderLine(D("3"), "PEN-BL", unit_price=D("0.805"))]
    )
    second = co.create_sales_order("1002", date(2026, 3, 4), [OrderLine(D("1"), description="Desk", unit_price=D(250))])
    slip = co.post_packing_slip(first, date(2026, 3, 3), {0: D("4")})
    rows = {r.number: r for r in co.sales_orders()}
    assert [r.number for r in co.sales_orders()] == [second, first]  # newest first
    # 10 × 4.95 = 49.50, 3 × 0.805 = 2.415 -> 2.42 per line
    assert rows[first].amount == D("51.92") and rows[first].uninvoiced_slips == 1 and rows[first].status == "open"
    assert [r.number for r in co.sales_orders("open")] == [second, first]
    with pytest.raises(ValidationError):
        co.sales_orders("shipped")
    detail = co.sales_order_detail(first)
    assert [(ln.item, ln.unit, ln.to_deliver, ln.to_invoice) for ln in detail.lines] == [
        ("A4-500", "box", D("6"), D("4")),
        ("PEN-BL", "pcs", D("3"), D("0")),
    ]
    assert [(s.number, s.amount, s.invoice) for s in detail.slips] == [(slip, D("19.80"), None)]
    assert [s.number for s in co.packing_slips(uninvoiced=True)] == [slip]
    invoice = co.invoice_packing_slips([slip], date(2026, 3, 5))
    assert co.packing_slips(uninvoiced=True) == []
    assert co.packing_slips(first)[0].invoice == invoice.number
    assert co.sales_orders()[1].uninvoiced_slips == 0


def test_unknown_order(shop):
    with pytest.raises(NotFoundError):
        shop.sales_order_detail("SO-404")
