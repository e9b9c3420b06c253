"""Lists to CSV and XLSX (typed cells, formula injection neutralised) and customers imported from CSV."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ardesk.api import Company, Line, ValidationError
from ardesk.services.exchange import Table, amount_text, spreadsheet_text, write_table

INJECTIONS = ('=HYPERLINK("http://x","y")', "@SUM(A1)", "-2+3", "+31 20 123", "=1+2")


def _read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


@pytest.fixture
def booked(co: Company) -> Company:
    """Customers with dangerous names, an invoice and a credit note (a negative amount)."""
    for i, name in enumerate(INJECTIONS):
        co.create_customer(f"X{i}", name, credit_limit=D("1500.00"), consumer=i == 0)
    co.post_free_text_invoice("1001", dt.date(2026, 1, 5), [Line("Consultancy", D("1000.00"), tax="HIGH")])
    co.post_credit_note("X2", dt.date(2026, 1, 10), [Line("Return", D("100.00"), tax="HIGH")])
    return co


def test_csv_neutralises_formulas_but_not_negative_amounts(booked: Company, tmp_path: Path) -> None:
    path = booked.export_table("customers", tmp_path / "customers.csv", language="en")
    rows = _read_csv(path)
    header = rows[0]
    assert header[:3] == ["account", "name", "group"] and header[-1] == "balance"
    by_account = {r[0]: r for r in rows[1:]}
    names = [by_account[f"X{i}"][1] for i in range(len(INJECTIONS))]
    assert names == ["'" + n for n in INJECTIONS]
    balance = header.index("balance")
    assert by_account["X2"][balance] == "-121.00"  # the credit note: a number, not neutralised
    assert by_account["1001"][balance] == "1210.00"
    assert by_account["X0"][header.index("consumer")] == "yes"
    assert by_account["X0"][header.index("credit_limit")] == "1500.00"


def test_dutch_csv_uses_semicolons_and_decimal_comma(booked: Company, tmp_path: Path) -> None:
    path = booked.export_table("transactions", tmp_path / "t.csv", language="nl")
    rows = _read_csv(path, ";")
    assert rows[0][:3] == ["Nummer", "Soort", "Datum"]
    amounts = {r[0]: r[7] for r in rows[1:]}
    assert sorted(amounts.values()) == ["-121,00", "1210,00"]
    kinds = {r[1] for r in rows[1:]}
    assert kinds == {"Factuur", "Creditnota"}
    assert rows[1][2] == "2026-01-05"


def test_xlsx_cells_are_typed_and_strings_stay_strings(booked: Company, tmp_path: Path) -> None:
    path = booked.export_table("open_items", tmp_path / "open.xlsx", as_of=dt.date(2026, 3, 1))
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Account", "Name", "Number"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    rows = {r[2].value: r for r in sheet.iter_rows(min_row=2)}
    invoice, credit = rows[booked.transactions("1001")[0].number], rows[booked.transactions("X2")[0].number]
    amount = header.index("Amount")
    assert invoice[amount].data_type == "n" and invoice[amount].value == 1210
    assert invoice[amount].number_format == "#,##0.00"
    assert credit[amount].value == -121 and credit[amount].data_type == "n"  # negative: still a number
    assert credit[1].value == "-2+3" and credit[1].data_type == "s" and credit[1].quotePrefix
    assert invoice[header.index("Date")].value == dt.datetime(2026, 1, 5)
    assert invoice[header.index("Date")].is_date
    assert invoice[header.index("Days overdue")].value == (dt.date(2026, 3, 1) - invoice[5].value.date()).days
    assert credit[header.index("Days overdue")].value == 0  # credits never fall due
    assert sheet.column_dimensions["B"].width >= len('=HYPERLINK("http://x","y")')


def test_xlsx_formula_text_is_not_a_formula(booked: Company, tmp_path: Path) -> None:
    path = booked.export_table("customers", tmp_path / "c.xlsx")
    sheet = load_workbook(path).active
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    for i, name in enumerate(INJECTIONS):
        assert cells[f"X{i}"].value == name
        assert cells[f"X{i}"].data_type == "s"  # openpyxl would have made "=..." a formula ("f")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere in the sheet


def test_amounts_are_exact_in_xlsx(co: Company, tmp_path: Path) -> None:
    co.post_free_text_invoice("1001", dt.date(2026, 1, 5), [Line("Odd", D("0.07"), tax="HIGH")])  # 0.0847 -> 0.08
    path = co.export_table("transactions", tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>0.08</v>" in xml  # the Decimal's digits, not a float's 0.08000000000000000166


def test_aging_export_matches_aging(booked: Company, tmp_path: Path) -> None:
    as_of = dt.date(2026, 3, 1)
    path = booked.export_table("aging", tmp_path / "aging.xlsx", as_of=as_of, language="en")
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Account", "Name"] and "Total" in header
    totals = {r[0].value: r[header.index("Total")].value for r in sheet.iter_rows(min_row=2)}
    expected = {r.customer: r.total for r in booked.aging(as_of)}
    assert {k: D(str(v)) for k, v in totals.items()} == expected


def test_transactions_of_one_customer_and_refusals(booked: Company, tmp_path: Path) -> None:
    path = booked.export_table("transactions", tmp_path / "one.csv", customer="1001", language="en")
    rows = _read_csv(path)
    assert len(rows) == 2 and rows[1][4] == "1001"
    with pytest.raises(ValidationError) as exc:
        booked.export_table("customers", tmp_path / "c.ods")
    assert exc.value.field == "path"
    with pytest.raises(ValidationError) as exc:
        booked.export_table("ledger", tmp_path / "c.csv")
    assert exc.value.field == "what"
    with pytest.raises(ValidationError):
        booked.export_table("transactions", tmp_path / "c.csv", customer="NOPE")
    with pytest.raises(ValidationError):
        booked.export_table("customers", tmp_path / "missing" / "c.csv")


# --- import -------------------------------------------------------------------------------------------------


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_preview_lists_errors_per_field_and_writes_nothing(co: Company, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "in.csv",
        "Account;Name;Group;IBAN;Credit limit;Consumer;Email\r\n"
        "2001;Bakkerij Smit;STD;NL91ABNA0417164300;1.250,50;nee;info@smit.nl\r\n"
        "2002;Fout B.V.;NOPE;NL00ABNA0417164300;abc;misschien;geen-email\r\n"
        "1001;Bestaat al;;;;;\r\n"
        "2001;Dubbel;;;;;\r\n"
        ";;;;;;\r\n",
    )
    before = len(co.customers())
    preview = co.preview_customer_import(path)
    assert preview.delimiter == ";" and preview.encoding == "utf-8"
    assert preview.columns[:4] == ("account", "name", "group", "iban")
    assert [r.line for r in preview.rows] == [2, 3, 4, 5]
    ok, bad, known, twice = preview.rows
    assert ok.errors == {}
    assert set(bad.errors) == {"group", "iban", "credit_limit", "consumer", "email"}
    assert set(known.errors) == {"account"} and "already exists" in known.errors["account"].message
    assert set(twice.errors) == {"account"} and "row 2" in twice.errors["account"].message
    assert preview.error_rows == 3 and not preview.ok
    assert len(co.customers()) == before  # nothing written
    with pytest.raises(ValidationError) as exc:
        co.import_customers(path)
    assert exc.value.field.startswith("row 3, ")
    assert len(co.customers()) == before


def test_import_commits_all_rows(co: Company, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "in.csv",
        "account,name,credit_limit,language,country,mandatory_credit_limit\n"
        '2001,"Smit, Bakkerij",1250.5,NL,nl,yes\n'
        "2002,Café Zoë,,,,\n",
        "cp1252",
    )
    preview = co.preview_customer_import(path)
    assert preview.ok and preview.encoding == "cp1252" and preview.delimiter == ","
    assert co.import_customers(path) == 2
    smit = co.customer("2001")
    assert smit.name == "Smit, Bakkerij" and smit.credit_limit == D("1250.50") and smit.language == "nl"
    assert smit.country == "NL" and smit.mandatory_credit_limit
    assert co.customer("2002").name == "Café Zoë"
    with pytest.raises(ValidationError):  # the same file again: every account exists
        co.import_customers(path)


def test_import_reads_an_export_back(booked: Company, tmp_path: Path) -> None:
    path = booked.export_table("customers", tmp_path / "customers.csv", language="nl")
    other = booked.books.create_company("NL02", "Tweede B.V.", currency="EUR")
    for code in ("N30",):
        other.create_terms_of_payment(code, days=30)
    preview = other.preview_customer_import(path)
    assert preview.ok, [(r.line, {k: e.message for k, e in r.errors.items()}) for r in preview.rows if r.errors]
    assert other.import_customers(path) == len(booked.customers())
    assert [c.name for c in other.customers()] == [c.name for c in booked.customers()]  # ' taken off again
    assert other.customer("X0").consumer and other.customer("X0").credit_limit == D("1500.00")


def test_import_refuses_unreadable_files(co: Company, tmp_path: Path) -> None:
    cases = {
        "unknown column": "account,name,shoe_size\n1,A,42\n",
        "no name column": "account,group\n1,STD\n",
        "twice": "account,name,Name\n1,A,B\n",
        "empty": "",
        "only separators": ";\n;;\n",  # found by the fuzz test: once an IndexError
    }
    for text in cases.values():
        with pytest.raises(ValidationError) as exc:
            co.preview_customer_import(_write(tmp_path / "bad.csv", text))
        assert exc.value.field == "path"
    with pytest.raises(ValidationError):
        co.preview_customer_import(tmp_path / "none.csv")
    with pytest.raises(ValidationError):
        co.import_customers(_write(tmp_path / "header-only.csv", "account,name\n"))


def test_import_with_bom_and_extra_cells(co: Company, tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.csv", "\ufeffaccount,name\n3001,Een,extra\n3002,Twee\n")
    preview = co.preview_customer_import(path)
    assert preview.columns == ("account", "name")
    assert set(preview.rows[0].errors) == {"row"} and not preview.rows[1].errors
    with pytest.raises(ValidationError) as exc:
        co.import_customers(path)
    assert exc.value.field == "row 2"


@pytest.mark.parametrize(
    ("typed", "read"),
    [("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("1234,5", "1234.5"), ("1234.5", "1234.5"), ("12", "12")],
)
def test_amount_text(typed: str, read: str) -> None:
    assert amount_text(typed) == read


def test_tab_and_carriage_return_are_neutralised_too(tmp_path: Path) -> None:
    assert spreadsheet_text("\tx") == "'\tx" and spreadsheet_text("\rx") == "'\rx"
    assert spreadsheet_text("a=b") == "a=b" and spreadsheet_text("") == ""
    table = Table("T", ("text", "amount"), [("\t=1", D("-5.00")), ("ok", None)])
    write_table(table, tmp_path / "t.csv", "en")
    assert _read_csv(tmp_path / "t.csv") == [["text", "amount"], ["'\t=1", "-5.00"], ["ok", ""]]
