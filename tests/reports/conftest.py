"""Sample books for the print tests: a Dutch company with English and Dutch customers, built through the API."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal as D

import pytest

from ardesk.api import Books, Charge, Company, Line

INVOICE_DATE = dt.date(2026, 6, 25)
MARKUP_NAME = '=Tom & Jerry\'s <Cheese> "Shop"'
MARKUP_LINE = "+<b>not bold</b> & -1 @SUM(A1) 'quoted'"
MARKUP_CHARGE = "Handling <fee> & co"

ENGLISH_LINES = [
    Line("Ergonomic office chair, model Aeron (size B)", quantity=D(4), unit_price=D("389.00"), tax="HIGH"),
    Line("Height-adjustable desk 160 × 80 cm, oak finish", quantity=D(2), unit_price=D("645.50"), tax="HIGH"),
    Line("Installation and assembly on site", quantity=D("3.5"), unit_price=D("62.00"), tax="HIGH"),
    Line("Reference book: Office ergonomics in practice", quantity=D(6), unit_price=D("24.95"), tax="LOW"),
    Line("Delivery to the 3rd floor, including removal of packaging", amount=D("85.00"), tax="HIGH"),
]
DUTCH_ITEMS = [
    ("Kantoorartikelen: ordners A4, rug 80 mm", D("3.95"), "HIGH"),
    ("Vakliteratuur: Handboek debiteurenbeheer", D("54.50"), "LOW"),
    ("Printpapier 80 g/m², doos à 5 pakken", D("27.40"), "HIGH"),
    ("Lunch en catering tijdens de training", D("18.75"), "LOW"),
    ("Installatie en montage (uur)", D("65.00"), "HIGH"),
]


@dataclass(frozen=True)
class Samples:
    books: Books
    co: Company
    english: str  # one-page English invoice with a cash discount offer
    dutch: str  # 120-line Dutch invoice
    credit: str  # English credit note against `english`
    markup: str  # invoice to a customer whose name, lines and charge hold markup characters
    cancelling: str  # credit note that cancels `dutch_short` (DOMAIN 3.6)
    corrected: str  # the invoice that replaces `dutch_short`


def logo_png() -> bytes:
    """A small logo: a blue rounded square with a white initial, drawn with Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 119, 119), radius=22, fill=(31, 78, 121, 255))
    draw.rectangle((34, 28, 50, 92), fill=(255, 255, 255, 255))
    draw.rectangle((34, 28, 86, 42), fill=(255, 255, 255, 255))
    draw.rectangle((34, 54, 76, 66), fill=(255, 255, 255, 255))
    draw.rounded_rectangle((140, 40, 350, 54), radius=7, fill=(31, 78, 121, 255))
    draw.rounded_rectangle((140, 68, 290, 80), radius=6, fill=(120, 150, 180, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def build_samples(books: Books, *, logo: bool = True) -> Samples:
    co = books.create_company("NL01", "Fenwick & De Vries Office B.V.", currency="EUR")
    co.set_details(
        address="Keizersgracht 123\n1015 CJ  Amsterdam\nThe Netherlands",
        iban="NL91ABNA0417164300",
        bic="ABNANL2A",
        vat_number="NL859123456B01",
        coc_number="12345678",
        email="billing@fenwick.nl",
        phone="+31 20 123 4567",
        website="www.fenwick.nl",
        logo=logo_png() if logo else None,
    )
    co.create_terms_of_payment("N30", days=30, description="30 days net")
    co.create_terms_of_payment("14D", days=14, description="14 dagen netto")
    co.create_cash_discount("2D14", [(14, D("2"))])
    co.create_sales_tax("HIGH", D("21"))
    co.create_sales_tax("LOW", D("9"))
    co.create_customer(
        "20010",
        "Thornbury Engineering Ltd",
        language="en",
        terms="N30",
        cash_discount="2D14",
        address="Accounts Payable\n14 Harbour Road\nBristol BS1 5TX\nUnited Kingdom",
        vat_number="GB123456789",
    )
    co.create_customer(
        "10010",
        "Bakkerij Van der Meer B.V.",
        language="nl",
        terms="14D",
        address="Prinsengracht 263\n1016 GV  AMSTERDAM",
        vat_number="NL001234567B01",
    )
    co.create_customer("30010", MARKUP_NAME, language="en", terms="N30", address="<Main> Street & Co\n=1 Plus Road")
    english = co.post_free_text_invoice(
        "20010", INVOICE_DATE, ENGLISH_LINES, notes="Thank you for your order. Goods remain our property until paid."
    )
    dutch_lines = [
        Line(f"{desc} – levering {i + 1}", quantity=D(1 + i % 7), unit_price=price, tax=tax)
        for i, (desc, price, tax) in ((i, DUTCH_ITEMS[i % len(DUTCH_ITEMS)]) for i in range(120))
    ]
    dutch = co.post_free_text_invoice("10010", INVOICE_DATE, dutch_lines)
    credit = co.post_credit_note(
        "20010",
        INVOICE_DATE + dt.timedelta(days=5),
        [
            Line(
                "Returned: ergonomic office chair, model Aeron (size B)",
                quantity=D(1),
                unit_price=D("389.00"),
                tax="HIGH",
            )
        ],
        original=english.number,
    )
    co.create_charge_code("HANDLING", "Handling", tax="HIGH")
    markup = co.post_free_text_invoice(
        "30010",
        INVOICE_DATE,
        [Line(MARKUP_LINE, amount=D("10.00"), tax="HIGH")],
        charges=[Charge("HANDLING", D("5.00"), MARKUP_CHARGE)],
    )
    short = co.post_free_text_invoice("10010", INVOICE_DATE, dutch_lines[:2])
    cancelling, corrected = co.correct_invoice(
        short.number, INVOICE_DATE + dt.timedelta(days=3), [dutch_lines[0]], reason="Dubbel geleverd"
    )
    return Samples(
        books, co, english.number, dutch.number, credit.number, markup.number, cancelling.number, corrected.number
    )


@pytest.fixture(scope="session")
def samples() -> Iterator[Samples]:
    with Books.open(":memory:") as books:
        yield build_samples(books)
