"""The invoice layout's variants: a draft's pro forma drawn like its invoice (reverse charge says "verlegd"), and
the payment reference printed under the request to pay, in English and Dutch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest

from ardesk.api import Books, Line
from ardesk.reports.documents import Addressee, InvoiceDoc, InvoiceLineDoc, Letterhead, TaxDoc
from ardesk.reports.invoice import render_invoice

DAY = dt.date(2026, 12, 1)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((p.extract_text() or "").replace("\u00a0", " ").split()) for p in pdf.pages)


@pytest.fixture
def nl():
    with Books.open(":memory:") as books:
        yield books.create_company(
            "NL1", "Bakkerij De Zon B.V.", country="NL", iban="NL91ABNA0417164300", vat_number="NL123456789B01"
        )


def test_pro_forma_of_a_reverse_charge_draft_says_verlegd_like_the_invoice(nl, tmp_path):
    nl.create_customer("2000", "Bouw B.V.", vat_number="NL987654321B01", language="nl")
    lines = [
        Line("Stukadoorswerk", quantity=D(10), unit_price=D("50.00"), tax="VERLEGD"),
        Line("Materiaal", quantity=D(2), unit_price=D("30.00"), tax="BTW21"),
    ]
    draft = nl.save_draft("2000", DAY, lines)
    nl.print_pro_forma(draft, tmp_path / "pf.pdf")
    text = pdf_text(tmp_path / "pf.pdf")
    assert "Pro-formafactuur" in text and f"Referentie Pro forma {draft}" in text and "Factuurnummer" not in text
    assert "Stukadoorswerk 10 50,00 verlegd 500,00" in text and "Materiaal 2 30,00 21 % 60,00" in text
    assert "Btw verlegd over € 500,00 € 0,00" in text and "Btw 0 %" not in text
    assert "Btw verlegd (btw-nummer afnemer: NL987654321B01)" in text  # the legal wording, as on the invoice
    assert "Totaal € 572,60" in text and "geen btw-factuur" in text
    # posted, the invoice prints the same line
    posted = nl.post_draft(draft)
    nl.print_invoice(posted.number, tmp_path / "inv.pdf")
    assert "Stukadoorswerk 10 50,00 verlegd 500,00" in pdf_text(tmp_path / "inv.pdf")


def invoice(language: str, **changes: object) -> InvoiceDoc:
    values: dict[str, object] = {
        "company": Letterhead(name="De Zon B.V.", iban="NL91ABNA0417164300", bic="ABNANL2A"),
        "customer": Addressee(account="1000", name="Klant B.V."),
        "number": "INV-000042",
        "kind": "invoice",
        "date": DAY,
        "due_date": DAY + dt.timedelta(days=14),
        "currency": "EUR",
        "language": language,
        "lines": (InvoiceLineDoc("Brood", None, None, D("100.00"), "HIGH", D("21")),),
        "taxes": (TaxDoc("HIGH", D("21"), D("100.00"), D("21.00")),),
        "lines_total": D("100.00"),
        "tax_total": D("21.00"),
        "total": D("121.00"),
    }
    values.update(changes)
    return InvoiceDoc(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Payment reference: 5000 0567 8901 2345"), ("nl", "Betalingskenmerk: 5000 0567 8901 2345")],
)
def test_the_payment_reference_is_printed_under_the_request_to_pay(tmp_path, language, expected):
    render_invoice(invoice(language, payment_reference="5000 0567 8901 2345"), tmp_path / "ref.pdf")
    text = pdf_text(tmp_path / "ref.pdf")
    assert expected in text
    assert text.index("NL91 ABNA 0417 1643 00") < text.index(expected)  # in the payment block, after the IBAN
    render_invoice(invoice(language), tmp_path / "plain.pdf")  # none (or the number itself): no extra line
    render_invoice(invoice(language, payment_reference="INV-000042"), tmp_path / "number.pdf")
    for name in ("plain.pdf", "number.pdf"):
        text = pdf_text(tmp_path / name)
        assert expected.split(":")[0] not in text and "INV-000042." in text  # the request mentions the number
