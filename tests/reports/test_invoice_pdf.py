"""render_invoice: sample invoices are gathered, printed to PDF and read back with pdfplumber."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest

from ardesk.errors import NotFoundError
from ardesk.reports.documents import Addressee, ChargeDoc, DirectDebitNotice, Letterhead, TaxDoc
from ardesk.reports.invoice import render_invoice
from tests.reports.conftest import MARKUP_CHARGE, MARKUP_LINE, MARKUP_NAME, Samples
from tests.reports.test_printing import gather


def read_pages(path: Path) -> list[str]:
    """The text of every page, with no-break spaces as plain spaces."""
    with pdfplumber.open(path) as pdf:
        return [(page.extract_text() or "").replace("\u00a0", " ") for page in pdf.pages]


def window_text(path: Path) -> str:
    """What the envelope window shows on page 1: DIN 5008 address field, 20-105 mm from the left, 45-90 mm down."""
    mm = 72 / 25.4
    with pdfplumber.open(path) as pdf:
        return pdf.pages[0].crop((20 * mm, 45 * mm, 105 * mm, 90 * mm)).extract_text().replace("\u00a0", " ")


def overlapping_chars(path: Path) -> list[tuple[str, str, int]]:
    """Pairs of printed characters whose boxes overlap by more than a third: text drawn over text."""
    found = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            grid: dict[tuple[int, int], list[dict]] = {}
            for char in page.chars:
                if not char["text"].isspace():
                    grid.setdefault((int(char["x0"] // 20), int(char["top"] // 20)), []).append(char)
            for (gx, gy), chars in grid.items():
                near = [c for dx in (-1, 0, 1) for dy in (-1, 0, 1) for c in grid.get((gx + dx, gy + dy), [])]
                for a in chars:
                    for b in near:
                        if a is b:
                            continue
                        w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                        h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                        smaller = min(
                            (a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
                            (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]),
                        )
                        if w > 0 and h > 0 and w * h > smaller / 3:
                            found.append((a["text"], b["text"], number))
    return found


def flat(text: str) -> str:
    """Whitespace collapsed, for phrases that may wrap."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def printed(samples: Samples, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("invoices")
    pages = {}
    for name in ("english", "dutch", "credit", "markup", "cancelling", "corrected"):
        path = folder / f"{name}.pdf"
        render_invoice(gather(samples, getattr(samples, name)), path)
        pages[name] = read_pages(path)
        pages[name + ".window"] = window_text(path)
        pages[name + ".overlaps"] = overlapping_chars(path)
    return pages


@pytest.mark.parametrize("name", ["english", "dutch", "credit", "markup", "cancelling", "corrected"])
def test_no_text_is_drawn_over_other_text(printed, name):
    assert printed[name + ".overlaps"] == []


def test_english_invoice_shows_number_dates_lines_taxes_and_total(printed, samples):
    [page] = printed["english"]
    text = flat(page)
    assert text.count("Invoice") >= 2 and f"Invoice number {samples.english}" in text
    assert "Invoice date 25 June 2026" in text and "Due date 25 July 2026" in text
    assert "Customer number 20010" in text and "Your VAT number GB123456789" in text
    assert printed["english.window"].splitlines()[1:] == [
        "Thornbury Engineering Ltd",
        "Accounts Payable",
        "14 Harbour Road",
        "Bristol BS1 5TX",
        "United Kingdom",
    ]
    assert printed["english.window"].splitlines()[0].startswith("Fenwick & De Vries Office B.V. · Keizersgracht 123")
    assert "Height-adjustable desk 160 × 80 cm, oak finish 2 645.50 21% 1,291.00" in text
    assert "Installation and assembly on site 3.5 62.00 21% 217.00" in text
    assert "Subtotal €3,298.70" in text
    assert "VAT 21% on €3,149.00 €661.29" in text and "VAT 9% on €149.70 €13.47" in text
    assert "Total €3,973.46" in text
    assert "Payment terms: Payment within 30 days of the invoice date" in text


def test_english_invoice_offers_the_discount_and_says_how_to_pay(printed, samples):
    text = flat(printed["english"][0])
    assert "2% discount if paid by 9 July 2026: pay €3,893.99" in text
    assert (
        "Please pay €3,973.46 by 25 July 2026 to IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A) in the name of "
        f"Fenwick & De Vries Office B.V., mentioning {samples.english}."
    ) in text
    assert "CoC 12345678 · VAT no. NL859123456B01 · IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A" in text
    assert "Page 1 of 1" in text


def test_dutch_invoice_uses_dutch_labels_and_number_formats(printed, samples):
    text = flat(printed["dutch"][0])
    assert f"Factuurnummer {samples.dutch}" in text
    assert "Factuurdatum 25 juni 2026" in text and "Vervaldatum 9 juli 2026" in text
    assert "Omschrijving Aantal Prijs Btw Bedrag" in text
    assert "Printpapier 80 g/m², doos à 5 pakken – levering 3 3 27,40 21 % 82,20" in text
    last = flat(printed["dutch"][-1])
    assert "Subtotaal € 16.155,60" in last
    assert "Btw 21 % over € 8.995,85 € 1.889,13" in last and "Btw 9 % over € 7.159,75 € 644,38" in last
    assert "Totaal € 18.689,11" in last
    assert (
        "Wij verzoeken u € 18.689,11 uiterlijk op 9 juli 2026 over te maken op IBAN NL91 ABNA 0417 1643 00 "
        "(BIC ABNANL2A) ten name van Fenwick & De Vries Office B.V., onder vermelding van "
        f"{samples.dutch}."
    ) in last
    assert "KvK 12345678 · Btw-nr. NL859123456B01" in last


def test_long_invoice_repeats_the_header_and_numbers_its_pages(printed, samples):
    pages = printed["dutch"]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert "Omschrijving Aantal Prijs Btw Bedrag" in text
        assert f"Pagina {number} van {len(pages)}" in text
        assert (f"Factuur {samples.dutch} (vervolg)" in text) == (number > 1)
        assert ("Totaal €" in text) == (number == len(pages))
    everything = flat(" ".join(pages))
    assert "levering 120" in everything and everything.index("levering 119") < everything.index("levering 120")


def test_long_english_invoice_says_page_n_of_m(samples, tmp_path):
    doc = dataclasses.replace(gather(samples, samples.dutch), language="en")
    render_invoice(doc, tmp_path / "long.pdf")
    pages = read_pages(tmp_path / "long.pdf")
    assert len(pages) >= 3
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert all("Description Quantity Unit price VAT Amount" in page for page in pages)


def test_credit_note_shows_original_invoice_and_credited_amounts(printed, samples):
    [page] = printed["credit"]
    text = flat(page)
    assert "Credit note" in text and f"Credit note number {samples.credit}" in text
    assert f"Original invoice {samples.english}" in text
    assert f"This credit note corrects invoice {samples.english}." in text
    assert "Returned: ergonomic office chair, model Aeron (size" in text
    assert "-1 389.00 21% -389.00" in text
    assert "VAT 21% on -€389.00 -€81.69" in text
    assert "Total credited -€470.69" in text
    assert "The amount of €470.69 is credited to your account." in text
    assert "Please pay" not in text and "Due date" not in text and "discount" not in text


def test_markup_characters_print_literally(printed):
    text = flat(printed["markup"][0])
    assert printed["markup.window"].splitlines()[1:] == [MARKUP_NAME, "<Main> Street & Co", "=1 Plus Road"]
    assert flat(MARKUP_LINE) in text
    assert f"Subtotal €10.00 {MARKUP_CHARGE} €5.00 VAT 21% on €15.00 €3.15 Total €18.15" in text


def test_correction_prints_cancelling_credit_note_and_replacing_invoice(printed, samples):
    cancelling, corrected = flat(printed["cancelling"][0]), flat(printed["corrected"][0])
    assert "Creditnota" in cancelling and "Originele factuur INV-000004" in cancelling
    assert "Deze creditnota corrigeert factuur INV-000004. Reden: Dubbel geleverd" in cancelling
    assert "Totaal gecrediteerd € -123,59" in cancelling
    assert "Het bedrag van € 123,59 wordt op uw rekening gecrediteerd." in cancelling
    assert "Factuur" in corrected and "Originele factuur INV-000004" in corrected
    assert "Deze factuur vervangt factuur INV-000004. Reden: Dubbel geleverd" in corrected
    assert "Totaal € 4,78" in corrected and "Wij verzoeken u € 4,78 uiterlijk op" in corrected


def page_fonts(path: Path) -> set[str]:
    with pdfplumber.open(path) as pdf:
        return {char["fontname"].split("+")[-1] for page in pdf.pages for char in page.chars}


def test_pdf_has_metadata_and_prints_cp1252_text_in_helvetica(samples, tmp_path):
    """English and Dutch text ("€", "ë", "×", "²", "à", "–", "·" included) is all in Windows-1252: the base-14
    Helvetica faces print it, nothing is embedded."""
    path = tmp_path / "meta.pdf"
    render_invoice(gather(samples, samples.english), str(path))
    with pdfplumber.open(path) as pdf:
        assert pdf.metadata["Title"] == f"Invoice {samples.english}"
        assert pdf.metadata["Author"] == "Fenwick & De Vries Office B.V."
        total = [c for c in pdf.pages[0].chars if c["text"] == "€" and c["size"] > 9.5]
    assert page_fonts(path) == {"Helvetica", "Helvetica-Bold"}
    assert total and all(c["fontname"] == "Helvetica-Bold" for c in total)
    assert b"FontFile" not in path.read_bytes()


def test_dutch_invoice_with_euro_diaeresis_and_times_prints_in_helvetica(samples, tmp_path):
    doc = gather(samples, samples.dutch)
    long = (
        "Reiskosten België × 2, 12 m² – à € 3,50 per kilometer, inclusief parkeren, tolwegen en de overtocht "
        "met de veerboot naar Texel"
    )  # wraps in the description column
    lines = (dataclasses.replace(doc.lines[0], description=long), *doc.lines[1:])
    render_invoice(dataclasses.replace(doc, lines=lines, notes="Geëerde klant, ½ × café"), tmp_path / "nl.pdf")
    pages = read_pages(tmp_path / "nl.pdf")
    text = flat(" ".join(pages))
    assert "Reiskosten België × 2, 12 m² – à € 3,50 per kilometer, 1 3,95 21 % 3,95\ninclusief parkeren" in pages[0]
    assert "veerboot naar Texel" in pages[0] and "Geëerde klant, ½ × café" in text
    assert "Totaal € 18.689,11" in text
    assert page_fonts(tmp_path / "nl.pdf") == {"Helvetica", "Helvetica-Bold"}
    assert overlapping_chars(tmp_path / "nl.pdf") == []


@pytest.mark.parametrize("where", ["customer", "line", "company"])
def test_text_outside_cp1252_prints_in_embedded_dejavu(samples, tmp_path, where):
    doc = gather(samples, samples.english)
    if where == "customer":
        doc = dataclasses.replace(doc, customer=dataclasses.replace(doc.customer, name="Łukasz Źródło"))
        expected = "Łukasz Źródło"
    elif where == "line":
        doc = dataclasses.replace(
            doc, lines=(dataclasses.replace(doc.lines[0], description="Bolts ≥ 8 mm"), *doc.lines[1:])
        )
        expected = "Bolts ≥ 8 mm"
    else:
        doc = dataclasses.replace(doc, company=dataclasses.replace(doc.company, address="Ulica Świętego Ducha 5"))
        expected = "Ulica Świętego Ducha 5"
    render_invoice(doc, tmp_path / "dejavu.pdf")
    assert expected in flat(" ".join(read_pages(tmp_path / "dejavu.pdf")))
    assert page_fonts(tmp_path / "dejavu.pdf") == {"DejaVuSans", "DejaVuSans-Bold"}
    assert b"FontFile2" in (tmp_path / "dejavu.pdf").read_bytes()  # embedded (as a subset)
    assert overlapping_chars(tmp_path / "dejavu.pdf") == []


def hand_made_doc(samples: Samples, **changes: object):
    """An invoice that no posting makes today: charges, no IBAN, no logo, a direct debit notice."""
    doc = gather(samples, samples.markup)
    head = Letterhead(name="Bakkerij <Het Anker> & Zn.", address="Grote Markt 12\n2011 RD  Haarlem")
    return dataclasses.replace(
        doc,
        company=head,
        language="nl",
        customer=Addressee(account="1", name="Łukasz Źródło", address="ul. Długa 5\n" * 12 + "Gdańsk"),
        charges=(ChargeDoc("Verzendkosten", D("7.50"), "HIGH", D("21")),),
        taxes=(TaxDoc("HIGH", D("21"), D("17.50"), D("3.68")),),
        lines_total=D("10.00"),
        charges_total=D("7.50"),
        tax_total=D("3.68"),
        total=D("21.18"),
        **changes,
    )


def test_layout_without_iban_prints_charges_and_plain_payment_request(samples, tmp_path):
    render_invoice(hand_made_doc(samples), tmp_path / "plain.pdf")
    assert overlapping_chars(tmp_path / "plain.pdf") == []
    window = window_text(tmp_path / "plain.pdf").splitlines()
    assert window[1] == "Łukasz Źródło" and window[-1] == "Gdańsk"  # 14 lines shrunk into the window
    text = flat(read_pages(tmp_path / "plain.pdf")[0])
    assert "Bakkerij <Het Anker> & Zn." in text and "Łukasz Źródło" in text
    assert "Verzendkosten € 7,50" in text and "Btw 21 % over € 17,50 € 3,68" in text and "Totaal € 21,18" in text
    assert "Wij verzoeken u € 21,18 uiterlijk op 25 juli 2026 te betalen, onder vermelding van" in text
    assert "IBAN" not in text


def test_layout_prints_the_direct_debit_pre_notification(samples, tmp_path):
    notice = DirectDebitNotice(
        D("21.18"), gather(samples, samples.markup).due_date, "NL98ZZZ999999999999", "MD-000007", "NL02ABNA0123456789"
    )
    render_invoice(hand_made_doc(samples, direct_debit=notice), tmp_path / "dd.pdf")
    text = flat(read_pages(tmp_path / "dd.pdf")[0])
    assert (
        "Wij schrijven € 21,18 op of na 25 juli 2026 af van uw rekening NL02 ABNA 0123 4567 89 via "
        "SEPA-incasso. Machtigingskenmerk MD-000007. Incassant-ID NL98ZZZ999999999999."
    ) in text
    assert "Wij verzoeken u" not in text


def test_company_print_invoice_writes_the_pdf_through_the_api(samples, tmp_path):
    path = tmp_path / "api.pdf"
    samples.co.print_invoice(samples.english, path)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert samples.english in text and "Thornbury Engineering Ltd" in text
    with pytest.raises(NotFoundError):
        samples.co.print_invoice("INV-999999", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_print_invoices_prints_a_batch_in_worker_processes(tmp_path):
    from datetime import date

    from ardesk.api import Books, Line, ValidationError

    with Books.open(tmp_path / "books.db") as books:
        co = books.create_company("NL01", "Batch & Co B.V.")
        co.create_customer("C", "Klant <één>")
        numbers = [
            co.post_free_text_invoice("C", date(2026, 1, 1), [Line(f"Regel {i}", D("10.00"))]).number for i in range(60)
        ]
        out = tmp_path / "pdf"
        out.mkdir()
        with pytest.raises(ValidationError) as err:
            co.print_invoices([numbers[0], "INV-999999"], out)
        assert err.value.field == "numbers[1]" and list(out.iterdir()) == []
        seen = []
        paths = co.print_invoices(numbers, out, jobs=2, progress=lambda done, total: seen.append((done, total)))
        assert [p.name for p in paths] == [f"{n}.pdf" for n in numbers]
        assert seen[-1] == (60, 60)
        with pdfplumber.open(paths[59]) as pdf:
            text = pdf.pages[0].extract_text()
        assert numbers[59] in text and "Klant <één>" in text and "Regel 59" in text
