"""render_interest_note: notes built by hand, printed to PDF and read back with pdfplumber."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest

from ardesk.reports.documents import Addressee, InterestLineDoc, InterestNoteDoc
from ardesk.reports.interest_note import render_interest_note
from tests.reports.conftest import MARKUP_NAME
from tests.reports.test_invoice_pdf import flat, overlapping_chars, read_pages, window_text
from tests.reports.test_letter_pdf import DUTCH, ENGLISH, HEAD

MM = 72 / 25.4


def note_lines(count: int) -> tuple[InterestLineDoc, ...]:
    """count per-day lines: due dates four days apart from 10 January 2025, alternately 12.5 % and 12.25 %."""
    out = []
    for i in range(count):
        due = dt.date(2025, 1, 10) + dt.timedelta(days=4 * i)
        end = dt.date(2026, 6, 30)
        days = (end - due).days
        base = D("800.00") + i * D("100.00")
        rate = D("12.5") if i % 2 == 0 else D("12.25")
        interest = (base * rate / 100 / 365 * days).quantize(D("0.01"))
        out.append(InterestLineDoc(f"INV-{500 + i}", due, due, end, days, base, rate, interest))
    return tuple(out)


def note(language: str, customer: Addressee = DUTCH, *, count: int = 3, state: str = "posted") -> InterestNoteDoc:
    items = note_lines(count)
    return InterestNoteDoc(
        company=HEAD,
        customer=customer,
        language=language,
        currency="EUR",
        number="RN-0007",
        date=dt.date(2026, 7, 1),
        to_date=dt.date(2026, 6, 30),
        interest_code="HANDELSRENTE",
        lines=items,
        total=sum((line.interest for line in items), D("0.00")),
        due_date=dt.date(2026, 7, 15),
        payment_reference="RN-0007",
        state=state,
    )


def render(doc: InterestNoteDoc, tmp_path: Path, name: str = "note") -> list[str]:
    path = tmp_path / f"{name}.pdf"
    render_interest_note(doc, path)
    return read_pages(path)


def big_images(path: Path) -> list[int]:
    """Per page, the images wider than 60 mm: the watermark (the logo is 55 mm at most)."""
    with pdfplumber.open(path) as pdf:
        return [sum(1 for image in page.images if image["width"] > 60 * MM) for page in pdf.pages]


def test_dutch_note_shows_lines_total_and_how_to_pay(tmp_path):
    doc = note("nl")
    [page] = render(doc, tmp_path)
    text = flat(page)
    assert "Rentenotanummer RN-0007" in text and "Datum 1 juli 2026" in text
    assert "Berekend tot en met 30 juni 2026" in text and "Vervaldatum 15 juli 2026" in text
    assert "Klantnummer 10010" in text and "Rentecode HANDELSRENTE" in text
    assert "Status" not in text  # a posted note carries no mark
    assert "Rentenota Wij brengen u rente in rekening over de onderstaande posten" in text
    assert "Document Vervaldatum Periode Dagen Grondslag Tarief Rente" in text
    assert "INV-500 10-01-2025 10-01-2025 – 30-06-2026 536 800,00 12,50 % 146,85" in text
    assert "INV-501 14-01-2025 14-01-2025 – 30-06-2026 532 900,00 12,25 % 160,69" in text
    assert "Totaal rente € 488,36" in text
    assert (
        "Wij verzoeken u € 488,36 uiterlijk op 15 juli 2026 over te maken op IBAN NL91 ABNA 0417 1643 00 "
        "(BIC ABNANL2A) ten name van Fenwick & De Vries Office B.V., onder vermelding van RN-0007."
    ) in text
    assert "Rente = grondslag × jaarpercentage ÷ 365 × aantal dagen." in text
    assert "Pagina 1 van 1" in text
    assert big_images(tmp_path / "note.pdf") == [0]
    assert overlapping_chars(tmp_path / "note.pdf") == []


def test_english_note_uses_english_labels_and_formats(tmp_path):
    text = flat(render(note("en", ENGLISH), tmp_path)[0])
    assert "Interest note number RN-0007" in text and "Calculated up to 30 June 2026" in text
    assert "Interest code HANDELSRENTE" in text and "Customer number 20010" in text
    assert "Document Due date Period Days Base amount Rate Interest" in text
    assert "INV-502 18/01/2025 18/01/2025 – 30/06/2026 528 1,000.00 12.50% 180.82" in text
    assert "Total interest €488.36" in text
    assert "Please pay €488.36 by 15 July 2026 to IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A)" in text
    assert "Page 1 of 1" in text
    window = window_text(tmp_path / "note.pdf").splitlines()
    assert window[1:] == ["Thornbury Engineering Ltd", "14 Harbour Road", "Bristol BS1 5TX", "United Kingdom"]


def test_long_note_repeats_the_header_and_numbers_its_pages(tmp_path):
    pages = render(note("nl", count=80), tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert "Document Vervaldatum Periode Dagen Grondslag Tarief Rente" in text or number == len(pages)
        assert f"Pagina {number} van {len(pages)}" in text
        assert ("Rentenota RN-0007 (vervolg)" in text) == (number > 1)
        assert ("Totaal rente" in text) == (number == len(pages))
    everything = flat(" ".join(pages))
    assert everything.index("INV-578") < everything.index("INV-579") < everything.index("Totaal rente")


@pytest.mark.parametrize(
    ("language", "state", "mark", "sentence"),
    [
        ("nl", "created", "Concept", "Wij verzoeken u € "),
        ("en", "created", "Draft", "Please pay €"),
        ("nl", "waived", "Kwijtgescholden", "Deze rentenota is kwijtgescholden; u hoeft deze niet te betalen."),
        ("en", "waived", "Waived", "This interest note has been waived; you do not need to pay it."),
        ("nl", "reversed", "Teruggeboekt", "Deze rentenota is teruggeboekt; u hoeft deze niet te betalen."),
        ("en", "reversed", "Reversed", "This interest note has been reversed; you do not need to pay it."),
        ("en", "cancelled", "Cancelled", "This interest note has been cancelled; you do not need to pay it."),
    ],
)
def test_draft_waived_and_reversed_notes_are_marked_on_every_page(tmp_path, language, state, mark, sentence):
    pages = render(note(language, count=70, state=state), tmp_path)
    assert len(pages) >= 2
    assert f"Status {mark}" in flat(pages[0])
    assert sentence in flat(pages[-1])
    if state != "created":
        assert "Wij verzoeken u" not in flat(pages[-1]) and "Please pay" not in flat(pages[-1])
    assert big_images(tmp_path / "note.pdf") == [1] * len(pages)  # the mark, an image over every page
    # an image, not text: the lines still read as before
    assert "INV-500 10-01-2025" in flat(pages[0]) or "INV-500 10/01/2025" in flat(pages[0])


def test_a_reinstated_note_prints_plain(tmp_path):
    text = flat(render(note("nl", state="reinstated"), tmp_path)[0])
    assert "Status" not in text and "Wij verzoeken u € 488,36" in text
    assert big_images(tmp_path / "note.pdf") == [0]


def test_amount_per_interval_lines_print_the_amount_and_no_per_day_note(tmp_path):
    line = InterestLineDoc(
        "INV-9",
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 2),
        60,
        D("2000"),
        D("25.00"),
        D("75.00"),
        method="amount_per_interval",
    )
    doc = dataclasses.replace(note("nl"), lines=(line,), total=D("75.00"), due_date=None)
    text = flat(render(doc, tmp_path)[0])
    assert "INV-9 01-01-2026 01-01-2026 – 02-03-2026 60 2.000,00 € 25,00 75,00" in text
    assert "grondslag × jaarpercentage" not in text
    assert "Vervaldatum 15" not in text
    assert "Wij verzoeken u € 75,00 per omgaande over te maken" in text


def test_names_print_literally(tmp_path):
    customer = Addressee("30010", MARKUP_NAME, "<Street> & 1")
    line = dataclasses.replace(note_lines(1)[0], transaction="<INV> & 1")
    doc = dataclasses.replace(note("en", customer), lines=(line,), total=line.interest, payment_reference="a&<b>")
    text = flat(render(doc, tmp_path)[0])
    assert "<INV> & 1 10/01/2025" in text and "mentioning a&<b>." in text
    assert window_text(tmp_path / "note.pdf").splitlines()[1:] == [MARKUP_NAME, "<Street> & 1"]
