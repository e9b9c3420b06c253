"""Customer statement PDFs: one statement, a batch into a folder (worker processes), a combined file; read back
with pdfplumber."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal as D

import pdfplumber
import pytest

from ardesk.api import Books, Company, Line, Mark, ValidationError
from ardesk.reports.statement import printed_strings, render_statement, render_statements
from ardesk.reports.styles import DEJAVU, HELVETICA, choose_fonts
from ardesk.services import lookup, statements
from tests.reports.conftest import logo_png
from tests.reports.test_invoice_pdf import flat, overlapping_chars, read_pages, window_text

START, END = dt.date(2026, 1, 1), dt.date(2026, 2, 28)


def build(books: Books) -> Company:
    """An English (20010) and a Dutch (10010) customer with the same long history: an invoice before the
    period, 36 invoices in it, payments with cash discount, partial payments, credit notes; a payment after it."""
    co = books.create_company("NL01", "Fenwick & De Vries Office B.V.", currency="EUR")
    co.set_details(
        address="Keizersgracht 123\n1015 CJ  Amsterdam\nThe Netherlands",
        iban="NL91ABNA0417164300",
        bic="ABNANL2A",
        vat_number="NL859123456B01",
        coc_number="12345678",
        email="billing@fenwick.nl",
        logo=logo_png(),
    )
    co.create_terms_of_payment("N30", days=30, description="30 days net")
    co.create_cash_discount("2D14", [(14, D("2"))])
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
        terms="N30",
        cash_discount="2D14",
        address="Prinsengracht 263\n1016 GV  AMSTERDAM",
    )
    for account in ("20010", "10010"):
        co.post_free_text_invoice(account, dt.date(2025, 12, 10), [Line("Opening work", D("1250.00"))])
        day, invoices = dt.date(2026, 1, 2), []
        for i in range(36):
            invoice = co.post_free_text_invoice(account, day, [Line(f"Delivery {i}", D(100 + 17 * i) + D("0.45"))])
            invoices.append(invoice)
            if i % 3 == 1:
                mark = [Mark(invoices[i - 1].number)]
                co.post_payment(account, day + dt.timedelta(days=5), marks=mark, reference=f"BANK {i:04d}")
            if i % 7 == 3:
                returned = [Line(f"Return {i}", D("45.00"))]
                co.post_credit_note(account, day + dt.timedelta(days=1), returned, original=invoice.number)
            if i % 5 == 4:
                co.post_payment(account, day + dt.timedelta(days=2), D("75.00"), marks=[Mark(invoice.number)])
            day += dt.timedelta(days=2)
        co.post_payment(account, dt.date(2026, 3, 5), D("300.00"), marks=[Mark(invoices[-1].number)])
    return co


@pytest.fixture(scope="module")
def company() -> Iterator[Company]:
    with Books.open(":memory:") as books:
        yield build(books)


@pytest.fixture(scope="module")
def printed(company: Company, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("statements")
    out: dict[str, object] = {}
    for account in ("20010", "10010"):
        path = folder / f"{account}.pdf"
        company.print_statement(account, START, END, path)
        out[account] = read_pages(path)
        out[account + ".window"] = window_text(path)
        out[account + ".overlaps"] = overlapping_chars(path)
    return out


def doc_of(company: Company, account: str, start: dt.date = START, end: dt.date = END):
    with company.books.reading() as s:
        co = lookup.company(s, company.code)
        customer = lookup.by_code(s, statements.Customer, co.id, account, "customer")
        return statements.gather_statement(s, co, customer, start, end)


def test_english_statement_prints_balances_movements_open_items_and_aging(company, printed):
    st = company.statement("20010", START, END)
    pages = printed["20010"]
    first, last, everything = flat(pages[0]), flat(pages[-1]), flat(" ".join(pages))
    assert "Statement of account" in first
    assert "Statement date 28 February 2026" in first and "Period from 1 January 2026" in first
    assert "Customer number 20010" in first and "Currency EUR" in first and "Your VAT number GB123456789" in first
    assert "The movements on your account from 1 January 2026 to 28 February 2026." in first
    assert "Date Document Description Debit Credit Balance" in first
    assert "01/01/2026 Opening balance 1,250.00" in first
    assert st.opening_balance == D("1250.00") and st.closing_balance == D("7920.00")
    assert "02/01/2026 INV-000002 Invoice 100.45 1,350.45" in first  # debit and running balance
    assert "09/01/2026 ARP-000001 Payment BANK 0001 98.44 1,655.36" in first
    assert "09/01/2026 DISC-000001 Cash discount INV-000002 2.01 1,653.35" in first
    assert "09/01/2026 CN-000001 Credit note 45.00 1,608.35" in first
    assert "28/02/2026 Closing balance 9,815.05 3,145.05 7,920.00" in everything
    assert "ARP-000015" not in everything  # the payment of 5 March is after the end date
    assert "Open items on 28 February 2026" in everything
    assert "Document Type Date Due date Days late Amount Open" in everything
    assert "INV-000001 Invoice 10/12/2025 09/01/2026 50 1,250.00 1,250.00" in everything
    assert "INV-000006 Invoice 10/01/2026 09/02/2026 19 168.45 93.45" in everything  # partly paid
    assert "CN-000001 Credit note 09/01/2026 -45.00 -45.00" in everything
    assert "Total open 7,920.00" in last
    assert "Ageing on 28 February 2026, days past the due date" in last
    assert "Current 1-30 31-60 61-90 Over 90 Total 4,893.95 1,776.05 1,250.00 0.00 0.00 7,920.00" in last
    assert dict(st.aging) == {
        "Current": D("4893.95"),
        "1-30": D("1776.05"),
        "31-60": D("1250.00"),
        "61-90": D("0.00"),
        "Over 90": D("0.00"),
    }


def test_statement_asks_for_the_overdue_amount_with_bank_details_and_reference(printed):
    last = flat(printed["20010"][-1])
    assert (
        "Of your balance, €3,116.05 is past due. Please pay it without delay to IBAN NL91 ABNA 0417 1643 00 "
        "(BIC ABNANL2A) in the name of Fenwick & De Vries Office B.V., mentioning your customer number 20010."
    ) in last
    assert "Payments received after 28 February 2026 are not included in this statement." in last
    assert "CoC 12345678 · VAT no. NL859123456B01 · IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A" in last


def test_long_statement_repeats_the_header_and_numbers_its_pages(printed):
    pages = printed["20010"]
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert f"Page {number} of 3" in text
        assert ("Statement 20010 (continued)" in text) == (number > 1)
    assert "Date Document Description Debit Credit Balance" in flat(pages[1])  # repeated on the next page
    assert flat(pages[1]).index("Date Document Description") < flat(pages[1]).index("INV-000014")


def test_dutch_statement_uses_dutch_labels_and_number_formats(printed):
    pages = printed["10010"]
    first, last = flat(pages[0]), flat(pages[-1])
    assert "Rekeningoverzicht" in first and "Datum overzicht 28 februari 2026" in first
    assert "Periode vanaf 1 januari 2026" in first and "Klantnummer 10010" in first
    assert "Datum Document Omschrijving Debet Credit Saldo" in first
    assert "01-01-2026 Beginsaldo 1.250,00" in first
    assert "Betaling BANK 0001 98,44" in first and "Betalingskorting INV-000039 2,01" in first
    assert "Creditnota 45,00" in first
    assert "Openstaande posten op 28 februari 2026" in flat(" ".join(pages)) and "Totaal open 7.920,00" in last
    assert "Niet vervallen 1-30 31-60 61-90 Meer dan 90 Totaal" in last
    assert (
        "Van uw saldo is € 3.116,05 vervallen. Wij verzoeken u dit bedrag per omgaande over te maken op IBAN "
        "NL91 ABNA 0417 1643 00 (BIC ABNANL2A) ten name van Fenwick & De Vries Office B.V., onder vermelding van "
        "uw klantnummer 10010."
    ) in last
    assert f"Pagina {len(pages)} van {len(pages)}" in last and "Rekeningoverzicht 10010 (vervolg)" in last


def test_address_window_shows_the_customer_and_nothing_overlaps(printed):
    assert printed["20010.window"].splitlines()[1:] == [
        "Thornbury Engineering Ltd",
        "Accounts Payable",
        "14 Harbour Road",
        "Bristol BS1 5TX",
        "United Kingdom",
    ]
    assert printed["10010.window"].splitlines()[1:] == [
        "Bakkerij Van der Meer B.V.",
        "Prinsengracht 263",
        "1016 GV AMSTERDAM",
    ]
    assert printed["20010.overlaps"] == [] and printed["10010.overlaps"] == []


@pytest.mark.parametrize(
    ("closing", "overdue", "expected"),
    [
        (D("120.00"), D("0.00"), "Please pay the open items by their due dates to IBAN NL91 ABNA 0417 1643 00"),
        (D("-80.00"), D("0.00"), "The balance of €80.00 is in your favour."),
        (D("0.00"), D("0.00"), "Your account is settled. Thank you."),
    ],
)
def test_what_the_closing_balance_asks_of_the_customer(company, tmp_path, closing, overdue, expected):
    doc = dataclasses.replace(doc_of(company, "20010"), closing_balance=closing, overdue=overdue)
    render_statement(doc, tmp_path / "s.pdf")
    text = flat(" ".join(read_pages(tmp_path / "s.pdf")))
    assert expected in text and "past due" not in text


def test_an_empty_period_and_another_currency_are_said_so(company, tmp_path):
    april = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    st = company.statement("20010", *april)
    assert st.lines == () and st.opening_balance == st.closing_balance
    balance = f"{st.closing_balance:,.2f}"
    doc = dataclasses.replace(doc_of(company, "20010", *april), other_currencies=("USD",))
    render_statement(doc, tmp_path / "s.pdf")
    text = flat(" ".join(read_pages(tmp_path / "s.pdf")))
    assert f"01/04/2026 Opening balance {balance}" in text and "No movements in this period" in text
    assert f"30/04/2026 Closing balance 0.00 0.00 {balance}" in text
    assert "Your items in USD are listed on a statement of their own." in text


def test_fonts_follow_the_text(company):
    doc = doc_of(company, "20010")
    assert choose_fonts(printed_strings(doc)) == HELVETICA
    polish = dataclasses.replace(doc, customer=dataclasses.replace(doc.customer, name="Łódź Sp. z o.o."))
    assert choose_fonts(printed_strings(polish)) == DEJAVU


# --- batches ---------------------------------------------------------------------------------------


def test_combined_file_starts_each_statement_on_its_own_page_in_its_language(company, tmp_path):
    target = tmp_path / "all.pdf"
    assert company.print_statements(START, END, target, combined=True) == [target]
    pages = read_pages(target)
    assert len(pages) == 6
    labels = [next(line for line in page.splitlines() if "Pag" in line).split()[-4:] for page in pages]
    assert [" ".join(label) for label in labels] == [
        "Pagina 1 van 3",
        "Pagina 2 van 3",
        "Pagina 3 van 3",
        "Page 1 of 3",
        "Page 2 of 3",
        "Page 3 of 3",
    ]
    assert "Rekeningoverzicht" in pages[0] and "Bakkerij Van der Meer B.V." in pages[0]
    assert "Statement of account" in pages[3] and "Thornbury Engineering Ltd" in pages[3]
    assert "Rekeningoverzicht 10010 (vervolg)" in pages[1] and "Statement 20010 (continued)" in pages[4]
    with pdfplumber.open(target) as pdf:
        mm = 72 / 25.4
        window = pdf.pages[3].crop((20 * mm, 45 * mm, 105 * mm, 90 * mm)).extract_text()
    assert "Thornbury Engineering Ltd" in window and "Bakkerij" not in window
    assert overlapping_chars(target) == []


def test_combined_file_has_the_pages_of_the_single_files(company, tmp_path):
    """Statements of 1 to 3 pages one after the other: each starts on the page after the previous one ends."""
    base = doc_of(company, "20010")
    docs = [
        dataclasses.replace(base, lines=base.lines[:n], open_items=base.open_items[: n // 2]) for n in range(0, 70, 9)
    ]
    counts = []
    for i, doc in enumerate(docs):
        render_statement(doc, tmp_path / f"{i}.pdf")
        counts.append(len(read_pages(tmp_path / f"{i}.pdf")))
    assert render_statements(docs, tmp_path / "all.pdf")
    pages = read_pages(tmp_path / "all.pdf")
    assert len(pages) == sum(counts) and len(set(counts)) == 3
    firsts = [sum(counts[:i]) for i in range(len(docs))]
    assert [i for i, page in enumerate(pages) if "Statement of account" in page] == firsts
    assert all(f"Page 1 of {n}" in pages[first] for first, n in zip(firsts, counts, strict=True))


def test_folder_batch_in_this_process_and_cancelling(company, tmp_path):
    files = company.print_statements(START, END, tmp_path)
    assert [f.name for f in files] == ["10010.pdf", "20010.pdf"]
    assert all(f.exists() for f in files)
    seen: list[tuple[int, int]] = []

    def stop_after_one(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1

    other = tmp_path / "cancelled"
    other.mkdir()
    assert company.print_statements(START, END, other, progress=stop_after_one) == [other / "10010.pdf"]
    assert seen == [(1, 2)] and [p.name for p in other.iterdir()] == ["10010.pdf"]
    seen.clear()
    combined = tmp_path / "cancelled.pdf"
    assert company.print_statements(START, END, combined, combined=True, progress=stop_after_one) == []
    assert seen == [(1, 2)] and not combined.exists()


def test_batch_selection_by_customers_and_balance(company, tmp_path):
    files = company.print_statements(START, END, tmp_path, customers=["20010"])
    assert [f.name for f in files] == ["20010.pdf"]
    assert company.print_statements(dt.date(2025, 1, 1), dt.date(2025, 1, 31), tmp_path / "x.pdf", combined=True) == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"folder_or_file": "/no/such/folder"}, "folder_or_file"),
        ({"combined": True}, "folder_or_file"),  # a folder where the combined file's name belongs
        ({"customers": ["20010", "nope"]}, "customers[1]"),
        ({"customers": "20010"}, "customers"),
        ({"group": "NOPE"}, "group"),
        ({"jobs": 0}, "jobs"),
        ({"start": END, "end": START}, "start"),
        ({"end": 20260228.0}, "end"),
    ],
)
def test_batch_bad_input_names_the_field(company, tmp_path, kwargs, field):
    args = {"start": START, "end": END, "folder_or_file": tmp_path, **kwargs}
    with pytest.raises(ValidationError) as err:
        company.print_statements(args.pop("start"), args.pop("end"), args.pop("folder_or_file"), **args)
    assert err.value.field == field
    assert list(tmp_path.iterdir()) == []


def test_print_statement_refuses_bad_input(company, tmp_path):
    for args, field in [
        (("nope", START, END), "customer"),
        (("20010", END, START), "start"),
        (("20010", START, 1.5), "end"),
    ]:
        with pytest.raises(ValidationError) as err:
            company.print_statement(*args, tmp_path / "s.pdf")
        assert err.value.field == field
    assert not (tmp_path / "s.pdf").exists()


@pytest.mark.slow
def test_worker_processes_print_one_file_per_customer_and_a_combined_file(tmp_path):
    """More statements than one task holds (reports.batch.PER_TASK), on books in a file: worker processes."""
    with Books.open(tmp_path / "books.db") as books:
        co = books.create_company("NL01", "Fenwick & De Vries Office B.V.", currency="EUR")
        co.set_details(iban="NL91ABNA0417164300")
        co.create_terms_of_payment("N30", days=30)
        accounts = [f"C{i:03d}" for i in range(60)]
        for i, account in enumerate(accounts):
            co.create_customer(account, f"Customer {i}", terms="N30", language="nl" if i % 2 else "en")
            co.post_free_text_invoice(account, dt.date(2026, 2, 1), [Line("Work", D(100 + i) + D("0.25"))])
        co.create_customer("Z999", "No balance", terms="N30")
        folder = tmp_path / "out"
        folder.mkdir()
        calls: list[tuple[int, int]] = []
        files = co.print_statements(
            START, END, folder, jobs=2, progress=lambda done, total: calls.append((done, total))
        )
        assert [f.name for f in files] == [f"{a}.pdf" for a in accounts]
        assert calls[-1] == (60, 60) and len(calls) == 2  # two tasks of at most 50
        text = flat(read_pages(folder / "C006.pdf")[0])
        assert "Customer 6" in text and "Closing balance 106.25 0.00 106.25" in text
        assert "Eindsaldo 107,25 0,00 107,25" in flat(read_pages(folder / "C007.pdf")[0])
        stopped = tmp_path / "stopped"
        stopped.mkdir()
        files = co.print_statements(START, END, stopped, jobs=2, progress=lambda done, total: False)
        assert len(files) in (10, 50)  # the first task to finish (of 50 and of 10); the other may run on
        assert set(files) <= set(stopped.iterdir())
        combined = co.print_statements(START, END, tmp_path / "all.pdf", combined=True, jobs=2)
        pages = read_pages(combined[0])
        assert len(pages) == 60 and all(("Page 1 of 1" in p) or ("Pagina 1 van 1" in p) for p in pages)
        assert "Customer 59" in pages[-1]
