"""Bank statement files: every sample entry read as the bank meant it, every broken file refused by name."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ardesk.errors import ValidationError
from ardesk.i18n import field_message
from ardesk.services.bank_files import BankEntry, parse_statements, read_statement, read_statements, sniff

DATA = Path(__file__).resolve().parents[1] / "data" / "bank"
CAMT = (DATA / "camt053_sample.xml").read_bytes()
MT940 = (DATA / "mt940_sample.sta").read_bytes()
D1, D2 = dt.date(2026, 12, 1), dt.date(2026, 12, 2)

JANSEN, DE_VRIES, BAKKER = "NL03RABO3012345671", "NL91INGB6543210982", "NL09ABNA4812345677"
VISSER, UNKNOWN = "NL51TRIO2198765438", "NL49SNSB9123456787"

#: (booking date, amount, name, IBAN, structured reference, text, bank reference) of the entries both files share.
SHARED = [
    (D1, "121.00", "Jansen Bouw BV", JANSEN, "RF740000001", "", "ABN0000000001"),
    (D1, "250.00", "De Vries Installatie", DE_VRIES, "7000000000000002", "", "ABN0000000002"),
    (D2, "300.00", "Bakker Logistiek", BAKKER, None, "Factuur INV-000003 en INV-000004", "ABN0000000003"),
    (D2, "75.50", "Visser Advies", VISSER, None, "betaling december", "ABN0000000004"),
    (D2, "-12.50", None, None, None, "Kosten zakelijk betalingsverkeer november", "ABN0000000005"),
    (D2, "99.99", "Stichting Onbekend", UNKNOWN, None, "donatie", "ABN0000000006"),
]


def _row(e: BankEntry) -> tuple:
    return (
        e.booking_date,
        str(e.amount),
        e.counterparty_name,
        e.counterparty_iban,
        e.structured_reference,
        e.remittance_text,
        e.bank_reference,
    )


def _refused(data: bytes | str, tmp_path: Path, name: str = "statement") -> ValidationError:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    with pytest.raises(ValidationError) as exc:
        read_statements(path)
    assert exc.value.field == "file"
    return exc.value


def test_camt053_sample_reads_every_entry() -> None:
    st = read_statement(DATA / "camt053_sample.xml")
    assert (st.format, st.statement_id, st.account_iban, st.currency) == (
        "camt053",
        "NL91ABNA0417164300-2026-12-02",
        "NL91ABNA0417164300",
        "EUR",
    )
    assert (st.from_date, st.to_date) == (D1, D2)
    assert (st.opening_balance, st.closing_balance) == (Decimal("1000.00"), Decimal("1873.99"))
    assert [_row(e) for e in st.entries[:6]] == SHARED
    # The batch booking of 40.00 is split into its two transfers; the pending entry is left out.
    assert [_row(e) for e in st.entries[6:]] == [
        (D2, "15.00", "Jansen Bouw BV", JANSEN, "RF630000005", "", "ABN0000000007-1"),
        (D2, "25.00", "Visser Advies", VISSER, None, "inv000006", "ABN0000000007-2"),
    ]
    assert [e.index for e in st.entries] == list(range(1, 9))
    assert all(isinstance(e.amount, Decimal) and e.currency == "EUR" for e in st.entries)
    assert all(e.value_date == e.booking_date for e in st.entries)


def test_mt940_sample_reads_every_entry() -> None:
    st = read_statement(DATA / "mt940_sample.sta")
    assert (st.format, st.statement_id, st.account_iban, st.currency) == (
        "mt940",
        "940S261202/00336",
        "NL91ABNA0417164300",  # Rabobank-style currency suffix on :25: dropped
        "EUR",
    )
    assert (st.from_date, st.to_date) == (D1, D2)
    assert (st.opening_balance, st.closing_balance) == (Decimal("1000.00"), Decimal("1833.99"))
    assert [_row(e) for e in st.entries] == SHARED
    assert [e.index for e in st.entries] == list(range(1, 7))
    assert all(isinstance(e.amount, Decimal) for e in st.entries)


def test_the_format_is_sniffed_from_the_content(tmp_path: Path) -> None:
    assert sniff(CAMT) == "camt053" and sniff(MT940) == "mt940"
    renamed = tmp_path / "statement.txt"
    renamed.write_bytes(CAMT)
    assert read_statement(renamed).format == "camt053"
    assert sniff(b"\xef\xbb\xbf" + MT940.replace(b"\n", b"\r\n")) == "mt940"
    st = parse_statements(b"\xef\xbb\xbf" + MT940.replace(b"\n", b"\r\n"))[0]
    assert [_row(e) for e in st.entries] == SHARED


def test_camt053_version_08_reads_party_names_under_pty(tmp_path: Path) -> None:
    data = (
        CAMT.decode()
        .replace("camt.053.001.02", "camt.053.001.08")
        .replace("<Dbtr><Nm>Jansen Bouw BV</Nm></Dbtr>", "<Dbtr><Pty><Nm>Jansen Bouw BV</Nm></Pty></Dbtr>")
        .replace("<Sts>BOOK</Sts>", "<Sts><Cd>BOOK</Cd></Sts>")
        .replace("<Sts>PDNG</Sts>", "<Sts><Cd>PDNG</Cd></Sts>")
    )
    st = parse_statements(data.encode())[0]
    assert [_row(e) for e in st.entries[:6]] == SHARED
    assert len(st.entries) == 8 and st.entries[6].counterparty_name == "Jansen Bouw BV"


def test_several_statements_in_one_file(tmp_path: Path) -> None:
    text = CAMT.decode()
    start, end = text.index("<Stmt>"), text.index("</Stmt>") + len("</Stmt>")
    second = text[start:end].replace("NL91ABNA0417164300-2026-12-02", "SECOND")
    path = tmp_path / "two.xml"
    path.write_text(text[:end] + second + text[end:], encoding="utf-8")
    assert [s.statement_id for s in read_statements(path)] == ["NL91ABNA0417164300-2026-12-02", "SECOND"]
    with pytest.raises(ValidationError, match="holds 2 statements"):
        read_statement(path)
    mt = tmp_path / "two.sta"
    mt.write_bytes(MT940 + MT940.replace(b":28C:00336", b":28C:00337"))
    assert [s.statement_id for s in read_statements(mt)] == ["940S261202/00336", "940S261202/00337"]


# --- refused files: each names what is wrong


def test_truncated_xml_is_refused_with_its_line() -> None:
    with pytest.raises(ValidationError) as exc:
        read_statement(DATA / "camt053_truncated.xml")
    assert exc.value.field == "file"
    assert exc.value.message == "the XML ends too early at line 70: the file is incomplete (cut off)"
    assert (
        field_message(exc.value, "nl")
        == "de XML houdt te vroeg op bij regel 70: het bestand is onvolledig (afgebroken)"
    )


def test_camt053_whose_balance_does_not_add_up_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        read_statement(DATA / "camt053_bad_balance.xml")
    assert exc.value.message == (
        "the opening balance 1000.00 plus the entries (873.99) makes 1873.99, but the closing balance is 1837.99;"
        " the file is incomplete or wrong"
    )


def test_mt940_with_a_bad_amount_is_refused_naming_the_entry() -> None:
    with pytest.raises(ValidationError) as exc:
        read_statement(DATA / "mt940_bad_amount.sta")
    assert exc.value.message == "entry 4 (line 14): '75,5O' is not an amount"


def test_empty_and_foreign_files_are_refused(tmp_path: Path) -> None:
    assert _refused(b"", tmp_path).message == "the file is empty"
    assert _refused(b"  \r\n\n", tmp_path).message == "the file is empty"
    not_bank = "the file is not a bank statement (CAMT.053 or MT940)"
    assert _refused("Datum;Bedrag;Omschrijving\n2026-12-01;12,50;koffie\n", tmp_path).message == not_bank
    assert _refused(b"%PDF-1.7\n...", tmp_path).message == not_bank
    assert "NUL bytes" in _refused(MT940.decode().encode("utf-16-le"), tmp_path).message
    pain = '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"/>'
    assert (
        _refused(pain, tmp_path).message == "the XML file is a pain.001.001.03 document, not a CAMT.053 bank statement"
    )
    old = CAMT.decode().replace("camt.053.001.02", "camt.053.001.01")
    assert _refused(old, tmp_path).message == "CAMT.053 version 001.01 is not supported (001.02 to 001.08 are)"
    with pytest.raises(ValidationError, match="cannot be read"):
        read_statements(tmp_path / "missing.xml")


def test_wrong_encoding_is_refused_with_its_line(tmp_path: Path) -> None:
    latin = CAMT.decode().replace("Stichting Onbekend", "Stichting Crème").encode("latin-1")
    exc = _refused(latin, tmp_path)
    assert exc.message.startswith("line 143 is not in the file's text encoding (UTF-8)")


def test_windows_1252_mt940_is_read(tmp_path: Path) -> None:
    data = MT940.decode().replace("Stichting Onbekend", "Stichting Crème").encode("cp1252")
    assert parse_statements(data)[0].entries[5].counterparty_name == "Stichting Crème"


def test_xml_with_entities_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><x>&b;</x></Document>'
    )
    assert "DOCTYPE" in _refused(bomb, tmp_path).message
    external = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&e;</Document>'
    )
    assert "DOCTYPE" in _refused(external, tmp_path).message


def test_damaged_xml_in_the_middle_names_line_and_column(tmp_path: Path) -> None:
    broken = CAMT.decode().replace("<Ustrd>donatie</Ustrd>", "<Ustrd>donatie</Ustr>")
    assert _refused(broken, tmp_path).message == "the XML is broken at line 146, column 42; the file is damaged"


def test_missing_elements_are_named(tmp_path: Path) -> None:
    text = CAMT.decode()
    no_date = text.replace(
        "<BookgDt><Dt>2026-12-01</Dt></BookgDt>\n        <ValDt><Dt>2026-12-01</Dt></ValDt>\n"
        "        <AcctSvcrRef>ABN0000000002",
        "<AcctSvcrRef>ABN0000000002",
    )
    assert _refused(no_date, tmp_path).message == "entry 2 (line 61) has no BookgDt"
    no_closing = text.replace("<Cd>CLBD</Cd>", "<Cd>CLAV</Cd>")
    assert _refused(no_closing, tmp_path).message == "the statement at line 8 has no Bal (closing balance CLBD)"
    no_iban = text.replace("<Id><IBAN>NL91ABNA0417164300</IBAN></Id>", "<Id><Othr><Id>417164300</Id></Othr></Id>")
    assert _refused(no_iban, tmp_path).message == "the statement at line 8 has no Acct/Id/IBAN"
    bad_iban = text.replace("<IBAN>NL91ABNA0417164300</IBAN>", "<IBAN>NL92ABNA0417164300</IBAN>")
    assert _refused(bad_iban, tmp_path).message == "the statement's account 'NL92ABNA0417164300' is not a valid IBAN"
    no_sign = text.replace(
        '<Amt Ccy="EUR">75.50</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>', '<Amt Ccy="EUR">75.50</Amt>'
    )
    assert _refused(no_sign, tmp_path).message == "entry 4 (line 105) has no CdtDbtInd (CRDT or DBIT)"
    no_stmt = text[: text.index("<Stmt>")] + text[text.index("</Stmt>") + 7 :]
    assert _refused(no_stmt, tmp_path).message == "the file holds no statement (no Stmt)"


def test_bad_camt_amounts_and_dates_name_the_entry(tmp_path: Path) -> None:
    text = CAMT.decode()
    comma = text.replace('<Amt Ccy="EUR">300.00</Amt>', '<Amt Ccy="EUR">300,00</Amt>')
    assert _refused(comma, tmp_path).message == "entry 3 (line 88): '300,00' is not an amount"
    date = text.replace("<BookgDt><Dt>2026-12-01</Dt></BookgDt>", "<BookgDt><Dt>2026-13-01</Dt></BookgDt>", 1)
    assert _refused(date, tmp_path).message == "entry 1 (line 38): '2026-13-01' is not a date"
    balance = text.replace('<Amt Ccy="EUR">1000.00</Amt>', '<Amt Ccy="EUR">1.000,00</Amt>')
    assert _refused(balance, tmp_path).message == "line 23: '1.000,00' is not an amount"


def test_batch_whose_transactions_do_not_add_up_is_refused(tmp_path: Path) -> None:
    text = CAMT.decode().replace('<TxAmt><Amt Ccy="EUR">25.00</Amt>', '<TxAmt><Amt Ccy="EUR">24.00</Amt>')
    assert _refused(text, tmp_path).message == (
        "entry 7 (line 151): its transactions add up to 39.00, the entry to 40.00"
    )


def test_mt940_faults_are_named(tmp_path: Path) -> None:
    text = MT940.decode()
    no_closing = text.replace(":62F:C261202EUR1833,99\n", "")
    assert _refused(no_closing, tmp_path).message == "the MT940 statement at line 1 has no :62F: line"
    no_account = text.replace(":25:NL91ABNA0417164300EUR\n", "")
    assert _refused(no_account, tmp_path).message == "the MT940 statement at line 1 has no :25: line"
    bad_date = text.replace(":61:2612021202D12,50", ":61:2613021302D12,50")
    assert _refused(bad_date, tmp_path).message == "entry 5 (line 17): '2613021302' is not a date"
    bad_balance = text.replace(":62F:C261202EUR1833,99", ":62F:C261202EUR1833.99")
    assert _refused(bad_balance, tmp_path).message == (
        "line 22: the balance :62F: 'C261202EUR1833.99' is not in MT940 form"
    )
    not_adding_up = text.replace(":62F:C261202EUR1833,99", ":62F:C261202EUR1933,99")
    assert "the closing balance is 1933.99" in _refused(not_adding_up, tmp_path).message
    no_mark = text.replace(":61:2612021202C99,99", ":61:2612021202X99,99")
    assert _refused(no_mark, tmp_path).message.startswith("entry 6 (line 19): the :61: line '2612021202X99,99")


def test_mt940_reversal_marks_and_unstructured_text(tmp_path: Path) -> None:
    data = (
        ":20:REV\n:25:NL91ABNA0417164300\n:28C:7\n:60F:C261201EUR100,00\n"
        ":61:261201RC20,00NTRFNONREF//B1\n:86:STORNO terugboeking INV-000001 van\nJansen\n"
        ":61:261201RD5,00NTRFREF2\n:86:herstel\n"
        ":62F:C261201EUR85,00\n"
    )
    entries = parse_statements(data.encode())[0].entries
    assert [(e.amount, e.bank_reference) for e in entries] == [(Decimal("-20.00"), "B1"), (Decimal("5.00"), "REF2")]
    assert entries[0].remittance_text == "STORNO terugboeking INV-000001 van Jansen"
    assert entries[0].counterparty_iban is None


def test_dutch_message_of_a_refused_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        read_statement(DATA / "camt053_bad_balance.xml")
    assert field_message(exc.value, "nl") == (
        "het beginsaldo 1.000,00 plus de boekingen (873,99) is 1.873,99, maar het eindsaldo is 1.837,99;"
        " het bestand is onvolledig of onjuist"
    )
