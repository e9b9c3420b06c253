"""Sales orders, packing slips and invoices from packing slips (DOMAIN 3.3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import OrderLine, ValidationError


@pytest.fixture
def shop(co):
    co.create_item("A4-500", "Copy paper A4, 500 sheets", D("4.95"), tax="HIGH")
    co.create_item("PEN-BL", "Ballpoint pen, blue", D("0.85"), tax="HIGH", unit="pcs")
    return co


def test_partial_deliveries_invoiced_together(shop):
    co = shop
    order = co.create_sales_order(
        "1001", date(2026, 3, 2), [OrderLine(D("10"), "A4-500"), OrderLine(D("50"), "PEN-BL", unit_price=D("0.80"))]
    )
    first = co.post_packing_slip(order, date(2026, 3, 3), {0: D("4"), 1: D("50")})
    second = co.post_packing_slip(order, date(2026, 3, 5), {0: D("3")})
    info = co.sales_order(order)
    assert info.status == "open" and [ln.to_deliver for ln in info.lines] == [D("3"), D("0")]
    inv = co.invoice_packing_slips([first, second], date(2026, 3, 6))
    # 7 x 4.95 = 34.65, 50 x 0.80 = 40.00; VAT 21 % of 74.65 = 15.68 (15.6765)
    assert inv.amount == D("90.33")
    info = co.sales_order(order)
    assert [(ln.invoiced, ln.to_invoice) for ln in info.lines] == [(D("7"), D("0")), (D("50"), D("0"))]
    with pytest.raises(ValidationError, match="already invoiced"):
        co.invoice_packing_slips([first], date(2026, 3, 6))
    last = co.post_packing_slip(order, date(2026, 3, 9))
    assert co.sales_order(order).status == "delivered"
    co.invoice_packing_slips([last], date(2026, 3, 10))
    assert co.sales_order(order).status == "invoiced"
    with pytest.raises(ValidationError, match="has been delivered"):
        co.post_packing_slip(order, date(2026, 3, 11))


@pytest.mark.parametrize(
    "quantities, field",
    [
        ({0: D("11")}, "quantities[0]"),
        ({0: D("0")}, "quantities[0]"),
        ({5: D("1")}, "quantities"),
        ({0: 1.5}, "quantities[0]"),
    ],
)
def test_bad_deliveries(shop, quantities, field):
    order = shop.create_sales_order("1001", date(2026, 3, 2), [OrderLine(D("10"), "A4-500")])
    with pytest.raises(ValidationError) as err:
        shop.post_packing_slip(order, date(2026, 3, 3), quantities)
    assert err.value.field == field


def test_slips_of_two_customers_make_no_single_invoice(shop):
    co = shop
    co.create_customer("2001", "Other")
    a = co.post_packing_slip(
        co.create_sales_order("1001", date(2026, 3, 2), [OrderLine(D("1"), "A4-500")]), date(2026, 3, 2)
    )
    b = co.post_packing_slip(
        co.create_sales_order("2001", date(2026, 3, 2), [OrderLine(D("1"), "A4-500")]), date(2026, 3, 2)
    )
    with pytest.raises(ValidationError, match="different customers"):
        co.invoice_packing_slips([a, b], date(2026, 3, 3))


def test_free_text_order_lines_need_price_and_description(shop):
    with pytest.raises(ValidationError) as err:
        shop.create_sales_order("1001", date(2026, 3, 2), [OrderLine(D("1"), description="Consulting")])
    assert err.value.field == "lines[0].unit_price"
    with pytest.raises(ValidationError) as err:
        shop.create_sales_order("1001", date(2026, 3, 2), [OrderLine(D("1"), "NOPE")])
    assert err.value.field == "lines[0].item"
