"""The packing slip and pro forma invoice PDFs, printed through the API and read back with pdfplumber."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest

from ardesk.api import Charge, Line, NotFoundError, OrderLine, ValidationError


def text_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join((page.extract_text() or "").replace("\u00a0", " ") for page in pdf.pages)


@pytest.fixture
def shop(co):
    co.create_item("A4-500", "Copy paper A4, 500 sheets", D("4.95"), tax="HIGH", unit="box")
    co.create_item("PEN-BL", "Ballpoint pen, blue", D("0.85"), tax="HIGH")
    co.create_customer("2001", "Van Dijk Advocaten", language="nl", address="Keizersgracht 1\n1015 AA Amsterdam")
    return co


def test_packing_slip_shows_what_is_in_the_box_and_what_follows(shop, tmp_path):
    order = shop.create_sales_order(
        "1001",
        date(2026, 3, 2),
        [OrderLine(D("10"), "A4-500"), OrderLine(D("50"), "PEN-BL")],
        reference="PO 7781",
    )
    first = shop.post_packing_slip(order, date(2026, 3, 3), {0: D("4"), 1: D("50")})
    second = shop.post_packing_slip(order, date(2026, 3, 5), {0: D("3")})
    path = tmp_path / "slip.pdf"
    shop.print_packing_slip(second, path)
    text = text_of(path)
    assert "Packing slip" in text and second in text and order in text and "PO 7781" in text
    assert "Jansen Installatietechniek B.V." in text
    # the second slip: 3 of 10 boxes delivered, 3 still to follow (4 went with the first slip)
    assert "A4-500 Copy paper A4, 500 sheets box 10 3 3" in text
    assert "PEN-BL" not in text  # not on this slip
    assert "will be delivered later" in text and "4.95" not in text  # no prices on a packing slip
    shop.print_packing_slip(first, path)
    assert "PEN-BL Ballpoint pen, blue pcs 50 50 –" in text_of(path)


def test_packing_slip_in_dutch_when_complete(shop, tmp_path):
    order = shop.create_sales_order("2001", date(2026, 3, 2), [OrderLine(D("2"), "A4-500")])
    slip = shop.post_packing_slip(order, date(2026, 3, 3))
    path = tmp_path / "pakbon.pdf"
    shop.print_packing_slip(slip, path)
    text = text_of(path)
    assert "Pakbon" in text and "Leverdatum 3 maart 2026" in text and "Keizersgracht 1" in text
    assert "Met deze levering is de order compleet." in text


def test_pro_forma_is_the_draft_without_an_invoice_number(shop, tmp_path):
    draft = shop.save_draft(
        "1001",
        date(2026, 6, 25),
        [
            Line("Consultancy (hour)", quantity=D(3), unit_price=D("95.00"), tax="HIGH"),
            Line("Handbook", quantity=D(1), unit_price=D("40.00"), tax="LOW"),
        ],
        terms="N30",
        notes="Delivery after payment.",
    )
    path = tmp_path / "pro-forma.pdf"
    shop.print_pro_forma(draft, path)
    text = text_of(path)
    assert "Pro forma invoice" in text and f"Pro forma {draft}" in text
    assert "Invoice number" not in text
    # 285.00 + 40.00 = 325.00; VAT 21 % of 285.00 = 59.85, 9 % of 40.00 = 3.60; total 388.45
    assert "€59.85" in text and "€3.60" in text and "Total €388.45" in text
    assert "Payable by 25 July 2026" in text and "not a VAT invoice" in text and "Delivery after payment." in text
    assert shop.invoice_detail(draft).status == "draft"  # printing changes nothing


def test_pro_forma_refusals(shop, tmp_path):
    credit = shop.save_draft("1001", date(2026, 6, 25), [Line("Refund", amount=D("10"))], kind="credit_note")
    with pytest.raises(ValidationError, match="credit note"):
        shop.print_pro_forma(credit, tmp_path / "x.pdf")
    posted = shop.post_free_text_invoice("1001", date(2026, 6, 25), [Line("Fee", amount=D("10"))])
    with pytest.raises(NotFoundError):
        shop.print_pro_forma(shop.invoice_detail(number=posted.number).id, tmp_path / "x.pdf")
    with pytest.raises(ValidationError) as err:
        shop.print_pro_forma(credit, tmp_path / "missing" / "x.pdf")
    assert err.value.field == "path"
    assert not (tmp_path / "x.pdf").exists()


def test_pro_forma_taxes_a_charge_like_the_posted_invoice(shop, tmp_path):
    shop.create_charge_code("FREIGHT", "Freight", tax="HIGH")
    lines = [Line("Desk", quantity=D(1), unit_price=D("100.00"), tax="HIGH")]
    draft = shop.save_draft("1001", date(2026, 6, 25), lines, charges=[Charge("FREIGHT", D("15.00"))])
    path = tmp_path / "pro-forma.pdf"
    shop.print_pro_forma(draft, path)
    text = text_of(path)
    # VAT 21 % of 100.00 + 15.00 = 24.15, as posting rounds it once per code
    assert "Freight €15.00" in text and "VAT 21% on €115.00 €24.15" in text and "Total €139.15" in text
    posted = shop.post_draft(draft)
    assert posted.amount == D("139.15")
