"""The aging report PDF (Company.print_aging_report): figures, labels in English and Dutch, pages, read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest

from ardesk.api import Books, Company, Line
from ardesk.reports.aging import render_aging_report
from ardesk.reports.documents import AgingCustomerDoc, AgingReportDoc, Letterhead
from tests.reports.conftest import MARKUP_NAME, logo_png
from tests.reports.test_invoice_pdf import flat, overlapping_chars, read_pages

AS_OF = dt.date(2026, 11, 30)
FILLERS = 45


def before(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


@pytest.fixture(scope="module")
def company() -> Iterator[Company]:
    """Three customers with known buckets (N30: due 30 days after the invoice date) and 45 with 10.00 each
    in 1-30, so that the report runs to a second page."""
    with Books.open(":memory:") as books:
        co = books.create_company("NL01", "Fenwick & De Vries Office B.V.", currency="EUR")
        co.set_details(
            address="Keizersgracht 123\n1015 CJ  Amsterdam",
            iban="NL91ABNA0417164300",
            coc_number="12345678",
            logo=logo_png(),
        )
        co.create_terms_of_payment("N30", days=30)
        co.create_customer("10010", "Bakkerij Van der Meer B.V.", terms="N30", credit_limit=D("50.00"))
        co.create_customer("10020", "Thornbury Engineering Ltd", terms="N30")
        co.create_customer("10030", MARKUP_NAME, terms="N30")
        co.post_free_text_invoice("10010", before(45), [Line("Bread", D("1234.50"))])  # 15 days late: 1-30
        co.post_free_text_invoice("10020", before(10), [Line("Parts", D("500.00"))])  # not due: Current
        co.post_free_text_invoice("10020", before(100), [Line("Parts", D("2000.00"))])  # 70 days late: 61-90
        co.post_credit_note("10020", AS_OF, [Line("Returned", D("125.00"))], due_date=AS_OF)  # Current
        co.post_free_text_invoice("10030", before(160), [Line("Cheese", D("99.99"))])  # 130 days late: Over 90
        for i in range(1, FILLERS + 1):
            co.create_customer(f"2{i:04d}", f"Filler customer {i}", terms="N30")
            co.post_free_text_invoice(f"2{i:04d}", before(40), [Line("Service", D("10.00"))])
        yield co


@pytest.fixture(scope="module")
def english(company: Company, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("aging") / "aging-en.pdf"
    company.print_aging_report(AS_OF, path)
    return path


@pytest.fixture(scope="module")
def dutch(company: Company, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("aging") / "aging-nl.pdf"
    company.print_aging_report(AS_OF, path, language="nl")
    return path


def test_english_report_prints_every_customer_with_its_buckets_and_the_totals(english):
    pages = read_pages(english)
    first, text = pages[0], "\n".join(pages)
    assert "Aging report" in first and "30 November 2026" in first
    assert "Balances as of 30 November 2026" in first and "Aging periods STANDARD" in first
    assert "Age counted from Due date" in first and "Currency EUR" in first and "Customers 48" in first
    assert "Account Name Current 1-30 31-60 61-90 Over 90 Total" in first
    # Empty buckets print blank: each row shows only the buckets that hold something, then the total.
    assert "10010 Bakkerij Van der Meer B.V. 1,234.50 1,234.50" in text
    assert "Credit limit 50.00" in text  # printed below the name (red: the balance is above it)
    assert "10020 Thornbury Engineering Ltd 375.00 2,000.00 2,375.00" in text
    assert '10030 =Tom & Jerry\'s <Cheese> "Shop" 99.99 99.99' in text  # printed literally
    assert "20045 Filler customer 45 10.00 10.00" in text
    assert "Total 375.00 1,684.50 0.00 2,000.00 99.99 4,159.49" in text
    assert "Share of total 9.0% 40.5% 0.0% 48.1% 2.4% 100.0%" in text
    assert "payments and settlements dated after that day are not counted" in flat(text)


def test_the_header_repeats_and_every_page_is_numbered(english):
    pages = read_pages(english)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    assert "Aging report 30 November 2026 (continued)" in pages[1]
    assert "Account Name Current 1-30 31-60 61-90 Over 90 Total" in pages[1]
    assert "Total 375.00" in pages[1] and "Total 375.00" not in pages[0]  # the totals end the table


def test_dutch_report_has_dutch_labels_and_amounts(dutch):
    pages = read_pages(dutch)
    text = "\n".join(pages)
    assert "Ouderdomsanalyse" in pages[0] and "debiteuren" in pages[0] and "30 november 2026" in pages[0]
    assert "Saldi per 30 november 2026" in pages[0] and "Ouderdom vanaf Vervaldatum" in pages[0]
    assert "Klant Naam" in pages[0] and "Niet" in pages[0] and "Meer dan" in pages[0]  # wrapped headings
    assert "10010 Bakkerij Van der Meer B.V. 1.234,50 1.234,50" in text
    assert "Kredietlimiet 50,00" in text
    assert "Totaal 375,00 1.684,50 0,00 2.000,00 99,99 4.159,49" in text
    assert "Aandeel in totaal 9,0 % 40,5 % 0,0 % 48,1 % 2,4 % 100,0 %" in text
    assert "Pagina 1 van 2" in pages[0] and "Pagina 2 van 2" in pages[1]


@pytest.mark.parametrize("name", ["english", "dutch"])
def test_no_text_is_drawn_over_other_text(request, name):
    assert overlapping_chars(request.getfixturevalue(name)) == []


def test_an_empty_report_says_so(company, tmp_path):
    path = tmp_path / "empty.pdf"
    company.print_aging_report(dt.date(2020, 1, 1), path)
    [page] = read_pages(path)
    assert "No customer has an open balance on 1 January 2020." in page
    assert "Total 0.00 0.00 0.00 0.00 0.00 0.00" in page and "Customers 0" in page


def test_six_buckets_of_large_amounts_and_names_outside_windows_1252_fit(tmp_path):
    labels = ("Niet vervallen", "1-15", "16-30", "31-60", "61-120", "Meer dan 120 dagen")
    amount = D("12345678.91")
    rows = tuple(
        AgingCustomerDoc(f"DEB-{2000100 + i}", name, (amount,) * 6, amount * 6, D("100000.00") if i else None)
        for i, name in enumerate(["Łódź Trading Sp. z o.o.", "Internationale Handelsonderneming Van Oldenbarnevelt"])
    )
    doc = AgingReportDoc(
        company=Letterhead("Fenwick & De Vries Office B.V.", address="Keizersgracht 123"),
        language="nl",
        currency="EUR",
        as_of=AS_OF,
        definition="SIX",
        basis="document_date",
        labels=labels,
        rows=rows,
        totals=(amount * 2,) * 6,
        total=amount * 12,
    )
    path = tmp_path / "six.pdf"
    render_aging_report(doc, path)
    text = "\n".join(read_pages(path))
    # The amounts leave the name no room beside them: each customer's name goes across the page, amounts below.
    assert "DEB-2000100 Łódź Trading Sp. z o.o.\n" in text and "Ouderdom vanaf Documentdatum" in text
    assert "DEB-2000101 Internationale Handelsonderneming Van Oldenbarnevelt\n" in text
    assert text.count("12.345.678,91") == 12 and "148.148.146,92" in text  # rows, grand total
    assert "24.691.357,82" in text and "Kredietlimiet 100.000,00" in text
    assert overlapping_chars(path) == []
    with pytest.raises(ValueError):
        render_aging_report(AgingReportDoc(**{**doc.__dict__, "labels": (*labels, "Extra")}), path)
