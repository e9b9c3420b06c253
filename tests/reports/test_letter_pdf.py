"""render_collection_letter: letters built by hand, printed to PDF and read back with pdfplumber."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from ardesk.reports.documents import Addressee, CollectionLetterDoc, Letterhead, LetterLineDoc
from ardesk.reports.letter import render_collection_letter
from ardesk.services.letter_texts import default_text, fourteen_day_pay_by, letter_values
from tests.reports.conftest import MARKUP_NAME, logo_png
from tests.reports.test_invoice_pdf import flat, overlapping_chars, read_pages, window_text

LETTER_DATE = dt.date(2026, 12, 3)
HEAD = Letterhead(
    name="Fenwick & De Vries Office B.V.",
    address="Keizersgracht 123\n1015 CJ  Amsterdam\nThe Netherlands",
    email="billing@fenwick.nl",
    phone="+31 20 123 4567",
    vat_number="NL859123456B01",
    coc_number="12345678",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
    logo=logo_png(),
)
DUTCH = Addressee("10010", "Bakkerij Van der Meer B.V.", "Prinsengracht 263\n1016 GV  AMSTERDAM")
ENGLISH = Addressee("20010", "Thornbury Engineering Ltd", "14 Harbour Road\nBristol BS1 5TX\nUnited Kingdom")


def lines(count: int) -> tuple[LetterLineDoc, ...]:
    """count invoices five days apart from 3 March 2026, due 30 days later; the second one half paid."""
    out = []
    for i in range(count):
        date = dt.date(2026, 3, 3) + dt.timedelta(days=5 * i)
        due = date + dt.timedelta(days=30)
        amount = D("1250.00") + i * D("317.45")
        balance = D("500.00") if i == 1 else amount
        out.append(LetterLineDoc(f"INV-{1040 + i}", "invoice", date, due, (LETTER_DATE - due).days, amount, balance))
    return tuple(out)


def letter(
    language: str,
    step: int,
    customer: Addressee,
    *,
    count: int = 3,
    fee: D = D("0.00"),
    interest: D = D("0.00"),
    fourteen_day: bool = False,
    head: Letterhead = HEAD,
    extra: tuple[LetterLineDoc, ...] = (),
) -> CollectionLetterDoc:
    """A letter as the letters service gathers it: the default text of the step, filled."""
    items = lines(count) + extra
    overdue = sum((line.balance for line in items), D("0.00"))
    pay_by = fourteen_day_pay_by(LETTER_DATE) if fourteen_day else LETTER_DATE + dt.timedelta(days=14)
    values = letter_values(
        language,
        "EUR",
        customer=customer.name,
        account=customer.account,
        number="HB-0042",
        date=LETTER_DATE,
        pay_by=pay_by,
        overdue=overdue,
        fee=fee,
        interest=interest,
        costs=D("425.00"),
        company=head.name,
        iban=head.iban,
    )
    text = default_text(step, language, fourteen_day=fourteen_day).filled(values)
    return CollectionLetterDoc(
        company=head,
        customer=customer,
        language=language,
        currency="EUR",
        number="HB-0042",
        date=LETTER_DATE,
        step=f"CL{step}",
        step_index=step,
        subject=text.subject,
        body=text.body,
        lines=items,
        overdue_total=overdue,
        fee=fee,
        interest=interest,
        total_due=overdue + fee + interest,
        pay_by=pay_by,
        payment_reference="HB-0042",
        closing=text.closing,
    )


def render(doc: CollectionLetterDoc, tmp_path: Path, name: str = "letter") -> list[str]:
    path = tmp_path / f"{name}.pdf"
    render_collection_letter(doc, path)
    return read_pages(path)


def test_dutch_reminder_shows_text_items_total_and_how_to_pay(tmp_path):
    doc = letter("nl", 2, DUTCH)
    [page] = render(doc, tmp_path)
    text = flat(page)
    assert "Ons kenmerk HB-0042" in text and "Datum 3 december 2026" in text and "Klantnummer 10010" in text
    assert "Tweede betalingsherinnering Geachte heer, mevrouw," in text
    assert "Helaas hebben wij uw betaling tot op heden nog niet ontvangen." in text
    assert "Document Datum Vervaldatum Dagen vervallen Bedrag Openstaand" in text
    assert "INV-1040 03-03-2026 02-04-2026 245 1.250,00 1.250,00" in text
    assert "INV-1041 08-03-2026 07-04-2026 240 1.567,45 500,00" in text
    assert "Totaal te betalen € 3.634,90" in text
    assert "Vervallen bedrag" not in text and "Incassokosten" not in text  # no costs or interest: total only
    assert (
        "Wij verzoeken u € 3.634,90 uiterlijk op 17 december 2026 over te maken op IBAN NL91 ABNA 0417 1643 00 "
        "(BIC ABNANL2A) ten name van Fenwick & De Vries Office B.V., onder vermelding van HB-0042."
    ) in text
    assert text.index("Totaal te betalen") < text.index("Wij verzoeken u") < text.index("Met vriendelijke groet,")
    assert text.endswith("Pagina 1 van 1") or "Pagina 1 van 1" in text
    assert "KvK 12345678 · Btw-nr. NL859123456B01" in text
    window = window_text(tmp_path / "letter.pdf").splitlines()
    assert window[1:] == ["Bakkerij Van der Meer B.V.", "Prinsengracht 263", "1016 GV AMSTERDAM"]
    assert overlapping_chars(tmp_path / "letter.pdf") == []


def test_english_notice_of_default_lists_costs_interest_and_total(tmp_path):
    doc = letter("en", 4, ENGLISH, fee=D("40.00"), interest=D("21.50"))
    [page] = render(doc, tmp_path)
    text = flat(page)
    assert "Our reference HB-0042" in text and "Date 3 December 2026" in text and "Customer number 20010" in text
    assert "Notice of default Dear Sir or Madam," in text
    assert "We hereby formally give you notice of default." in text
    assert "the total of €3,696.40" in text and "no later than 17 December 2026" in text
    assert "Document Date Due date Days overdue Amount Open" in text
    assert "INV-1042 13/03/2026 12/04/2026 235 1,884.90 1,884.90" in text
    assert "Overdue amount €3,634.90" in text
    assert "Collection costs €40.00" in text
    assert "Interest (interest notes) €21.50" in text
    assert "Total due €3,696.40" in text
    assert (
        "Please pay €3,696.40 by 17 December 2026 to IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A) in the name of "
        "Fenwick & De Vries Office B.V., mentioning HB-0042."
    ) in text
    assert "Yours faithfully, Fenwick & De Vries Office B.V." in text
    assert "Page 1 of 1" in text
    assert overlapping_chars(tmp_path / "letter.pdf") == []


def test_fourteen_day_letter_states_the_costs_and_the_term(tmp_path):
    doc = letter("nl", 1, DUTCH, fourteen_day=True, count=2)
    assert doc.fee == 0 and doc.pay_by == dt.date(2026, 12, 18)
    text = flat(render(doc, tmp_path)[0])
    assert "Aanmaning: betaling binnen 14 dagen" in text
    assert (
        "U heeft 14 dagen de tijd om dit bedrag te betalen, te rekenen vanaf de dag na ontvangst van deze brief."
        in (text)
    )
    assert "Deze incassokosten bedragen € 425,00" in text
    assert "Totaal te betalen € 1.750,00" in text and "uiterlijk op 18 december 2026" in text
    assert "Incassokosten €" not in text  # stated, not charged


def test_other_documents_in_the_letter_name_their_kind(tmp_path):
    extra = (
        LetterLineDoc(
            "RN-12", "interest_note", dt.date(2026, 10, 1), dt.date(2026, 10, 15), 49, D("38.12"), D("38.12")
        ),
        LetterLineDoc("CN-3", "credit_note", dt.date(2026, 10, 2), None, 0, D("-50.00"), D("-50.00")),
    )
    text = flat(render(letter("nl", 1, DUTCH, count=1, extra=extra), tmp_path)[0])
    assert "Rentenota RN-12 01-10-2026 15-10-2026 49 38,12 38,12" in text
    assert "Creditnota CN-3 02-10-2026 0 -50,00 -50,00" in text
    assert "INV-1040 03-03-2026" in text  # an invoice is its number alone


def test_names_and_texts_print_literally(tmp_path):
    customer = Addressee("30010", MARKUP_NAME, "<Street> & 1")
    head = dataclasses.replace(HEAD, name="Smith & <Sons> B.V.")
    doc = dataclasses.replace(
        letter("en", 1, customer, head=head),
        subject="Reminder <b>now</b> & later",
        body="Dear {customer} & <partners>,\n\nA <i>first</i> line\nand a second one.",
        closing="Regards,\n\nSmith & <Sons>",
        payment_reference="<ref>&",
    )
    text = flat(render(doc, tmp_path)[0])
    assert "Reminder <b>now</b> & later" in text
    assert "Dear {customer} & <partners>," in text and "A <i>first</i> line and a second one." in text
    assert "in the name of Smith & <Sons> B.V., mentioning <ref>&." in text
    assert "Regards, Smith & <Sons>" in text
    window = window_text(tmp_path / "letter.pdf").splitlines()
    assert window[1:] == [MARKUP_NAME, "<Street> & 1"]


def test_long_letter_repeats_the_header_and_numbers_its_pages(tmp_path):
    pages = render(letter("nl", 5, DUTCH, count=60), tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert "Document Datum Vervaldatum Dagen vervallen Bedrag Openstaand" in text
        assert f"Pagina {number} van {len(pages)}" in text
        assert ("Brief HB-0042 (vervolg)" in text) == (number > 1)
        assert ("Totaal te betalen" in text) == (number == len(pages))
    everything = flat(" ".join(pages))
    assert everything.index("INV-1098") < everything.index("INV-1099") < everything.index("Met vriendelijke groet,")
    assert "Overdracht ter incasso" in flat(pages[0]) and "Ingebrekestelling" not in everything


def test_long_english_letter_says_page_n_of_m(tmp_path):
    pages = render(letter("en", 3, ENGLISH, count=60), tmp_path)
    assert len(pages) >= 2
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Letter HB-0042 (continued)" in flat(pages[1])


def test_without_a_pay_by_date_or_an_iban_the_request_says_so(tmp_path):
    head = dataclasses.replace(HEAD, iban=None, bic=None)
    doc = dataclasses.replace(letter("nl", 1, DUTCH, head=head), pay_by=None)
    text = flat(render(doc, tmp_path)[0])
    assert "Wij verzoeken u € 3.634,90 per omgaande te betalen, onder vermelding van HB-0042." in text
    doc = dataclasses.replace(letter("en", 1, ENGLISH), pay_by=None, payment_reference="")
    text = flat(render(doc, tmp_path, "en")[0])
    assert "Please pay €3,634.90 without delay to IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A)" in text
    assert "mentioning HB-0042." in text  # the letter number when no reference is given


def test_text_outside_windows_1252_prints_in_the_embedded_font(tmp_path):
    customer = Addressee("40010", "Łódź Piekarnia Sp. z o.o.", "ul. Piotrkowska 1\n90-001 Łódź")
    doc = dataclasses.replace(letter("en", 1, customer), body="Dear Sir or Madam,\n\nAmounts ≥ €1 are overdue.")
    text = flat(render(doc, tmp_path)[0])
    assert "Amounts ≥ €1 are overdue." in text
    assert window_text(tmp_path / "letter.pdf").splitlines()[1] == "Łódź Piekarnia Sp. z o.o."


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("step", [1, 2, 3, 4, 5])
def test_every_default_text_fits_on_one_page_with_a_few_items(tmp_path, step, language):
    pages = render(letter(language, step, DUTCH, fee=D("40.00"), interest=D("12.00")), tmp_path)
    assert len(pages) == 1
