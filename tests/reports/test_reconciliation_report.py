"""The AR to GL reconciliation PDF (Company.print_reconciliation, reports.reconciliation): figures per summary
account, the aged-balance total, each difference with its cause, English and Dutch, read back with pdfplumber."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from ardesk.api import Books, Company, Line, Reconciliation, ReconciliationLine
from ardesk.reports.documents import Letterhead
from ardesk.reports.reconciliation import render_reconciliation
from ardesk.services.reconciliation import Difference
from tests.helpers import inject_receivable_journal
from tests.reports.conftest import MARKUP_NAME, logo_png
from tests.reports.test_invoice_pdf import flat, overlapping_chars, read_pages

FEB = dt.date(2026, 2, 28)


def build(books: Books) -> Company:
    co = books.create_company("NL01", "Fenwick & De Vries Office B.V.", currency="EUR")
    co.set_details(address="Keizersgracht 123\n1015 CJ  Amsterdam", iban="NL91ABNA0417164300", logo=logo_png())
    co.create_customer("10010", "Bakkerij Van der Meer B.V.")
    co.create_customer("10020", MARKUP_NAME)
    co.post_free_text_invoice("10010", dt.date(2026, 2, 3), [Line("Bread", D("1234.50"))])
    co.post_free_text_invoice("10020", dt.date(2026, 2, 5), [Line("Cheese", D("99.99"))])
    co.post_free_text_invoice("10020", dt.date(2026, 3, 5), [Line("After the cut-off", D("7.00"))])
    return co


@pytest.fixture
def books() -> Books:
    with Books.open(":memory:") as b:
        yield b


def test_a_balanced_book_prints_its_figures_and_says_in_balance(books, tmp_path):
    co = build(books)
    path = co.print_reconciliation(FEB, tmp_path / "rec.pdf")
    pages = read_pages(path)
    assert len(pages) == 1
    page = flat(pages[0])
    assert "Receivables reconciliation" in page and "28 February 2026" in page
    assert "Account Name Subledger General ledger Difference" in page
    assert "130100 Accounts receivable trade 1,334.49 1,334.49 0.00" in page  # 1234.50 + 99.99; March not counted
    assert "Total 1,334.49 1,334.49 0.00" in page
    assert "Aged-balance total 1,334.49 equals the subledger" in page
    assert "In balance: on 28 February 2026 the customer transactions agree" in page
    assert "Result In balance" in page and "Differs" not in page and "Cause" not in page
    assert "Fenwick & De Vries Office B.V." in page
    assert overlapping_chars(path) == []


def test_an_injected_journal_is_listed_with_its_cause_voucher_and_amount(books, tmp_path):
    co = build(books)
    inject_receivable_journal(books, co.code, dt.date(2026, 2, 12))
    path = co.print_reconciliation(FEB, tmp_path / "rec.pdf")
    page = flat(" ".join(read_pages(path)))
    assert "130100 Accounts receivable trade 1,334.49 1,339.49 -5.00" in page
    assert "Total 1,334.49 1,339.49 -5.00" in page
    assert (
        "Differs: on 28 February 2026 the customer transactions do not agree with the general ledger on 130100." in page
    )
    assert "Result Differs" in page and "In balance" not in page
    assert "Differences on 130100 Accounts receivable trade" in page
    assert "Voucher Date Text Amount" in page
    assert "Manual journal – Ledger posting without a customer transaction (manual journal)" in page
    assert "GJ-HAND 12/02/2026 typed in elsewhere -5.00" in page
    assert "Difference -5.00" in page
    assert "Aged-balance total 1,334.49 equals the subledger" in page  # the aging follows the subledger
    assert overlapping_chars(path) == []


def test_before_the_journal_the_same_book_is_in_balance(books, tmp_path):
    co = build(books)
    inject_receivable_journal(books, co.code, dt.date(2026, 2, 12))
    page = flat(read_pages(co.print_reconciliation(dt.date(2026, 2, 11), tmp_path / "rec.pdf"))[0])
    assert "In balance" in page and "GJ-HAND" not in page
    assert "130100 Accounts receivable trade 1,334.49 1,334.49 0.00" in page


def test_the_dutch_report_is_in_dutch(books, tmp_path):
    co = build(books)
    inject_receivable_journal(books, co.code, dt.date(2026, 2, 12))
    found = co.receivables_reconciliation(FEB)
    path = tmp_path / "aansluiting.pdf"
    render_reconciliation(found, Letterhead("Fenwick & De Vries Office B.V."), "nl", path)
    page = flat(" ".join(read_pages(path)))
    assert "Aansluiting debiteuren" in page and "28 februari 2026" in page
    assert "Rekening Naam Subadministratie Grootboek Verschil" in page
    assert "130100 Accounts receivable trade 1.334,49 1.339,49 -5,00" in page
    assert "Totaal 1.334,49 1.339,49 -5,00" in page
    assert "Wijkt af: op 28 februari 2026 komen de debiteurenposten niet overeen met het grootboek op 130100." in page
    assert "Verschillen op 130100" in page and "Boekstuk Datum Omschrijving Bedrag" in page
    assert "Memoriaalboeking – Grootboekboeking zonder debiteurenpost (memoriaal)" in page
    assert "GJ-HAND 12-02-2026 typed in elsewhere -5,00" in page
    assert "Totaal ouderdomsanalyse 1.334,49 gelijk aan de subadministratie" in page
    assert "Uitkomst Wijkt af" in page
    for english in ("Difference", "Manual journal", "Subledger", "In balance", "Total "):
        assert english not in page


def test_the_dutch_report_says_sluit_aan(books, tmp_path):
    co = build(books)
    path = tmp_path / "aansluiting.pdf"
    render_reconciliation(co.receivables_reconciliation(FEB), Letterhead("Fenwick"), "nl", path)
    page = flat(read_pages(path)[0])
    assert "Sluit aan: op 28 februari 2026 komen de debiteurenposten overeen" in page and "Wijkt af" not in page


def sample(lines: int = 1, per_cause: int = 1) -> Reconciliation:
    """A reconciliation with every cause, one without a voucher, customers named, and an aging that differs."""
    causes = ("journal", "cross_account", "no_ledger", "mismatch", "rounding", "something_new")
    differences = tuple(
        Difference(
            cause,
            D("-1.01") * (i + 1),
            None if cause == "cross_account" and i == 0 else f"V-{cause[:3].upper()}-{i}",
            dt.date(2026, 2, 10 + i),
            f"Text of {cause} {i}",
            ("10010", "10020") if cause == "cross_account" else (),
        )
        for cause in causes
        for i in range(per_cause)
    )
    diff = sum((d.amount for d in differences), D("0.00"))
    rows = tuple(
        ReconciliationLine(f"13{n:04d}", f"Receivables {n}", D("1000.00"), D("1000.00") - diff, diff, differences)
        for n in range(lines)
    )
    totals = (D("1000.00") * lines, sum((r.ledger for r in rows), D("0.00")), diff * lines)
    return Reconciliation(FEB, rows, D("999.00") * lines, "EUR", totals)


def test_every_cause_prints_with_its_explanation(tmp_path):
    found = sample()
    path = tmp_path / "causes.pdf"
    render_reconciliation(found, Letterhead("Fenwick & De Vries Office B.V."), "en", path)
    page = flat(" ".join(read_pages(path)))
    for phrase in (
        "Manual journal – Ledger posting without a customer transaction",
        "Between summary accounts – Settlement between customer transactions on different summary accounts",
        "No ledger posting – Customer transaction whose voucher has no ledger line on this account",
        "Amounts differ – The voucher posted another amount to this account than its customer transactions",
        "Rounding – Less than the smallest unit of the currency per line of the voucher",
        "Something new",  # a cause the report does not know yet prints in words
    ):
        assert phrase in page
    assert "(no voucher) 10/02/2026 Text of cross_account 0 -1.01 Customers 10010, 10020" in page
    assert "V-JOU-0 10/02/2026 Text of journal 0 -1.01" in page
    assert "Difference -6.06" in page
    assert "Aged-balance total 999.00 differs from the subledger by -1.00" in page
    assert overlapping_chars(path) == []


def test_a_long_report_continues_on_later_pages(tmp_path):
    path = tmp_path / "long.pdf"
    render_reconciliation(sample(lines=3, per_cause=6), Letterhead("Fenwick & De Vries Office B.V."), "en", path)
    pages = read_pages(path)
    assert len(pages) >= 2
    assert all("Receivables reconciliation 28 February 2026 (continued)" in p for p in pages[1:])
    assert all(f"Page {i} of {len(pages)}" in p for i, p in enumerate(pages, start=1))
    assert flat(" ".join(pages)).count("Differences on 13") == 3
    assert overlapping_chars(path) == []


def test_a_name_outside_windows_1252_prints(tmp_path):
    found = sample()
    polish = dataclasses.replace(
        found, lines=(dataclasses.replace(found.lines[0], account="130100", name="Należności Łódź"),)
    )
    path = tmp_path / "pl.pdf"
    render_reconciliation(polish, Letterhead("Fenwick"), "en", path)
    assert "130100 Należności Łódź" in flat(read_pages(path)[0])


def test_no_file_for_a_missing_folder(books, tmp_path):
    from ardesk.api import ValidationError

    co = build(books)
    with pytest.raises(ValidationError):
        co.print_reconciliation(FEB, Path(tmp_path / "missing" / "rec.pdf"))
