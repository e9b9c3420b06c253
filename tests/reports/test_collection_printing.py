"""Printing collection letters and interest notes from the books: what the customer reads in the PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest

from ardesk.api import Company, InterestVersion, LetterStep, Line, ValidationError


def text_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture
def book(co: Company) -> Company:
    co.set_details(address="Stationsplein 1\n1012 AB Amsterdam", iban="NL91ABNA0417164300")
    co.create_interest_code("R8", [InterestVersion(date(2020, 1, 1), D("8"))])
    co.create_collection_letter_sequence("SEQ", [LetterStep("L1", 0), LetterStep("L2", 14, fee="bik")])
    co.create_posting_profile("P", [("all", None, "130100")], interest_code="R8", collection_letter_sequence="SEQ")
    co.create_customer("NL1", "Bakkerij <De Korenschoof> & Zn", terms="N30", posting_profile="P", language="nl")
    co.create_customer("EN1", "Smith & Sons Ltd", terms="N30", posting_profile="P", language="en")
    for c in ("NL1", "EN1"):
        co.post_free_text_invoice(c, date(2024, 1, 1), [Line("Goods", D("3000.00"))])
    return co


def test_a_dutch_letter_with_costs(book, tmp_path):
    first = {x.customer: x for x in book.create_collection_letters(date(2024, 2, 1))}
    book.post_collection_letter(first["NL1"].number)
    [second] = book.create_collection_letters(date(2024, 2, 15), customers=["NL1"])
    path = tmp_path / "letter.pdf"
    book.print_collection_letter(second.number, path)
    text = text_of(path)
    assert "Bakkerij <De Korenschoof> & Zn" in text
    assert second.number in text
    assert "3.000,00" in text and "425,00" in text and "3.425,00" in text  # principal, BIK costs, total
    assert "NL91 ABNA 0417 1643 00" in text
    assert book.collection_letter(second.number).printed is True


def test_an_english_letter_and_a_draft_interest_note(book, tmp_path):
    letters = {x.customer: x for x in book.create_collection_letters(date(2024, 2, 1))}
    path = tmp_path / "letter.pdf"
    book.print_collection_letter(letters["EN1"].number, path)
    text = text_of(path)
    assert "Smith & Sons Ltd" in text and "3,000.00" in text and "1 February 2024" in text
    [note_nl, note_en] = sorted(book.create_interest_notes(date(2024, 3, 31)), key=lambda n: n.customer)[::-1]
    assert note_en.customer == "EN1"
    path = tmp_path / "note.pdf"
    book.print_interest_note(note_en.number, path)
    text = text_of(path)
    # 3000.00 × 8 % × 60 / 365 = 39.45; a proposal prints as a draft
    assert "39.45" in text and "DRAFT" in text.upper() and note_en.number in text
    book.post_interest_note(note_nl.number)
    book.print_interest_note(note_nl.number, path)
    text = text_of(path)
    assert "39,45" in text and "CONCEPT" not in text.upper()


def test_printing_to_a_missing_folder_is_refused(book, tmp_path):
    [letter, *_] = book.create_collection_letters(date(2024, 2, 1))
    with pytest.raises(ValidationError) as err:
        book.print_collection_letter(letter.number, tmp_path / "nope" / "letter.pdf")
    assert err.value.field == "path"
    assert book.collection_letter(letter.number).printed is False
