"""Bank statement import: CAMT.053 and MT940 files matched into an unposted payment journal (issue 10)."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import text

from ardesk.api import Line, Mark, ValidationError

DATA = Path(__file__).resolve().parents[1] / "data" / "bank"
NOV = date(2026, 11, 20)


@pytest.fixture
def shop(co):
    """Customers and invoices the project's sample statements pay (tests/data/bank)."""
    for account, name, iban in [
        ("1101", "Jansen Bouw BV", "NL03RABO3012345671"),
        ("1102", "De Vries Installatie", "NL91INGB6543210982"),
        ("1103", "Bakker Logistiek", "NL09ABNA4812345677"),
        ("1104", "Visser Advies", "NL51TRIO2198765438"),
    ]:
        co.create_customer(account, name, iban=iban, terms="N30")

    def inv(customer, amount):
        return co.post_free_text_invoice(customer, NOV, [Line("Goods", D(amount))]).number

    assert inv("1101", "121.00") == "INV-000001"  # paid by RF reference
    co.set_parameters(payment_reference="nl")
    assert inv("1102", "250.00") == "INV-000002"  # paid by betalingskenmerk
    co.set_parameters(payment_reference="rf")
    inv("1103", "100.00"), inv("1103", "200.00")  # INV-000003/4: named in the text of one credit
    inv("1101", "15.00")  # INV-000005: RF in a batch booking
    inv("1104", "25.00")  # INV-000006: "inv000006" in the text
    inv("1104", "75.50")  # INV-000007: the IBAN and the amount
    return co


def _db_count(books, table):
    with books.engine.connect() as c:
        return c.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()


def test_a_camt053_statement_becomes_a_journal_of_matched_lines(shop):
    found = shop.import_bank_statement(DATA / "camt053_sample.xml")
    assert found.statement.format == "camt053" and found.statement.account_iban == "NL91ABNA0417164300"
    by_seq = {e.seq: e for e in found.entries}
    assert [(e.customer, e.reason, e.invoices) for e in found.entries] == [
        ("1101", "reference", ("INV-000001",)),
        ("1102", "reference", ("INV-000002",)),
        ("1103", "invoice_number", ("INV-000003", "INV-000004")),
        ("1104", "iban_amount", ("INV-000007",)),
        (None, "debit", ()),
        (None, "unknown", ()),
        ("1101", "reference", ("INV-000005",)),
        ("1104", "invoice_number", ("INV-000006",)),
    ]
    assert by_seq[1].confidence == 100 and by_seq[4].confidence == 80
    assert by_seq[5].amount == D("-12.50") and by_seq[5].line is None
    assert found.matched == 6 and found.unmatched == 2
    journal = shop.payment_journal(found.journal)
    assert journal.status == "open" and len(journal.lines) == 6
    assert sum(line.amount for line in journal.lines) == D("786.50")
    # Nothing is settled before the bookkeeper posts.
    assert shop.document("INV-000001").balance == D("121.00")
    payments = shop.post_payment_journal(found.journal)
    assert len(payments) == 6
    for n in range(1, 8):
        assert shop.document(f"INV-{n:06d}").balance == D("0.00")
    assert all(r.difference == 0 for r in shop.reconcile_receivables())
    assert shop.bank_statements()[0].journal_status == "posted"


def test_the_same_or_an_overlapping_statement_is_refused(books, shop, tmp_path):
    shop.import_bank_statement(DATA / "camt053_sample.xml")
    lines, journals = _db_count(books, "bank_statement_line"), _db_count(books, "payment_journal")
    copy = tmp_path / "again.xml"
    shutil.copy(DATA / "camt053_sample.xml", copy)
    for path in (copy, DATA / "mt940_sample.sta"):  # the same file again; the MT940 of the same days
        with pytest.raises(ValidationError, match="imported before") as err:
            shop.import_bank_statement(path)
        assert err.value.field == "file"
    assert (_db_count(books, "bank_statement_line"), _db_count(books, "payment_journal")) == (lines, journals)


def test_an_mt940_statement_is_matched_the_same_way(shop):
    found = shop.import_bank_statement(DATA / "mt940_sample.sta")
    assert found.statement.format == "mt940"
    assert [(e.customer, e.reason) for e in found.entries] == [
        ("1101", "reference"),
        ("1102", "reference"),
        ("1103", "invoice_number"),
        ("1104", "iban_amount"),
        (None, "debit"),
        (None, "unknown"),
    ]


@pytest.mark.parametrize(
    "name, words",
    [
        ("camt053_truncated.xml", "incomplete"),
        ("camt053_bad_balance.xml", "balance"),
        ("mt940_bad_amount.sta", "amount"),
    ],
)
def test_a_malformed_file_is_refused_with_nothing_written(books, shop, name, words):
    with pytest.raises(ValidationError, match=words) as err:
        shop.import_bank_statement(DATA / name)
    assert err.value.field == "file"
    assert _db_count(books, "bank_statement") == 0 and _db_count(books, "payment_journal") == 0


def test_a_missing_file_and_a_text_file_are_refused(shop, tmp_path):
    with pytest.raises(ValidationError, match="cannot be read"):
        shop.import_bank_statement(tmp_path / "nothere.xml")
    other = tmp_path / "notes.txt"
    other.write_text("Dear bookkeeper,\nplease pay.\n")
    with pytest.raises(ValidationError, match="not a bank statement"):
        shop.import_bank_statement(other)


def test_the_bookkeeper_assigns_an_unknown_credit_and_removes_a_proposal(shop):
    found = shop.import_bank_statement(DATA / "camt053_sample.xml")
    extra = shop.post_free_text_invoice("1102", NOV, [Line("Extra", D("99.99"))]).number
    after = shop.assign_statement_entry(found.journal, 6, "1102", [Mark(extra)])
    entry = next(e for e in after.entries if e.seq == 6)
    assert (entry.customer, entry.reason, entry.invoices) == ("1102", "manual", (extra,))
    with pytest.raises(ValidationError, match="money out"):
        shop.assign_statement_entry(found.journal, 5, "1102")
    after = shop.unassign_statement_entry(found.journal, 4)
    entry = next(e for e in after.entries if e.seq == 4)
    assert entry.line is None and entry.reason == "removed"
    shop.post_payment_journal(found.journal)
    assert shop.document(extra).balance == D("0.00")
    assert shop.document("INV-000007").balance == D("75.50")  # its proposal was removed


def test_an_invoice_marked_on_another_journal_is_not_proposed_again(shop):
    journal = shop.create_payment_journal("Typed in")
    shop.add_payment_line(journal, "1101", date(2026, 12, 1), D("121.00"), marks=[Mark("INV-000001")])
    found = shop.import_bank_statement(DATA / "camt053_sample.xml")
    first = next(e for e in found.entries if e.seq == 1)
    assert "INV-000001" not in first.invoices


def test_a_discounted_payment_inside_the_discount_period_closes_the_invoice(co, tmp_path):
    co.create_customer("1201", "Korting BV", iban="NL03RABO3012345671", terms="N30", cash_discount="2D8")
    number = co.post_free_text_invoice("1201", date(2026, 11, 28), [Line("Goods", D("100.00"))]).number
    sample = (DATA / "camt053_sample.xml").read_text(encoding="utf-8")
    # Entry 1 pays 98.00 (100.00 less 2 %) on 1 December, within 8 days, quoting the invoice's reference.
    path = tmp_path / "discount.xml"
    path.write_text(
        sample.replace('<Amt Ccy="EUR">121.00</Amt>', '<Amt Ccy="EUR">98.00</Amt>').replace(
            '<Amt Ccy="EUR">1873.99</Amt>', '<Amt Ccy="EUR">1850.99</Amt>'
        ),
        encoding="utf-8",
    )
    found = co.import_bank_statement(path)
    first = next(e for e in found.entries if e.seq == 1)
    assert first.invoices == (number,) and first.confidence == 100
    co.post_payment_journal(found.journal)
    assert co.document(number).balance == D("0.00")
    assert co.balance("710100") == D("2.00")


def test_after_posting_each_entry_shows_its_payment_and_what_it_settled(shop):
    found = shop.import_bank_statement(DATA / "camt053_sample.xml")
    shop.post_payment_journal(found.journal)
    after = shop.bank_statement(found.journal)
    third = next(e for e in after.entries if e.seq == 3)
    assert third.invoices == ("INV-000003", "INV-000004") and third.payment.startswith("ARP-")
    assert third.customer_name == "Bakker Logistiek"
    assert next(e for e in after.entries if e.seq == 5).payment is None
