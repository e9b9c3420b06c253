"""The Bank statements page: import a statement, review its matches, assign a credit by hand, post the journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import Qt

from ardesk.api import Line, Mark, OpenItemRow
from ardesk.views.payments.bank_assign import plan_marks
from ardesk.views.payments.bank_entries import COLUMNS, CONFIDENCE, SECONDARY
from ardesk.views.payments.bank_statements import BankStatementsPage
from tests.views.test_labels_fit import cut_off

pytestmark = pytest.mark.gui

NOV = dt.date(2026, 11, 20)
DEC = dt.date(2026, 12, 1)
ACCOUNT = "NL91ABNA0417164300"
DATA = Path(__file__).resolve().parents[1] / "data" / "bank"


@dataclass(frozen=True)
class Credit:
    """One entry of a test statement: negative amounts are money out."""

    amount: str
    name: str = ""
    iban: str = ""
    text: str = ""
    reference: str = ""
    day: dt.date = DEC


def camt053(path: Path, entries: list[Credit], *, statement: str = "STMT-2026-12-01", opening: str = "1000.00") -> Path:
    """Write a CAMT.053 statement of the entries (booked, EUR) whose balances agree."""
    days = [e.day for e in entries] or [DEC]
    closing = D(opening) + sum((D(e.amount) for e in entries), D("0.00"))
    parts = []
    for n, e in enumerate(entries, 1):
        amount = D(e.amount)
        party = ""
        if e.name or e.iban:
            role = "Dbtr" if amount > 0 else "Cdtr"
            party = (
                f"<RltdPties><{role}><Nm>{escape(e.name)}</Nm></{role}>"
                + (f"<{role}Acct><Id><IBAN>{e.iban}</IBAN></Id></{role}Acct>" if e.iban else "")
                + "</RltdPties>"
            )
        remittance = ""
        if e.reference:
            remittance = f"<RmtInf><Strd><CdtrRefInf><Ref>{e.reference}</Ref></CdtrRefInf></Strd></RmtInf>"
        elif e.text:
            remittance = f"<RmtInf><Ustrd>{escape(e.text)}</Ustrd></RmtInf>"
        parts.append(
            f"""<Ntry><Amt Ccy="EUR">{abs(amount):.2f}</Amt><CdtDbtInd>{"CRDT" if amount > 0 else "DBIT"}</CdtDbtInd>
<Sts>BOOK</Sts><BookgDt><Dt>{e.day}</Dt></BookgDt><ValDt><Dt>{e.day}</Dt></ValDt>
<AcctSvcrRef>{statement}-{n}</AcctSvcrRef><NtryDtls><TxDtls>{party}{remittance}</TxDtls></NtryDtls></Ntry>"""
        )
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>{statement}</MsgId><CreDtTm>{max(days)}T23:00:00</CreDtTm></GrpHdr>
<Stmt><Id>{statement}</Id><CreDtTm>{max(days)}T23:00:00</CreDtTm>
<FrToDt><FrDtTm>{min(days)}T00:00:00</FrDtTm><ToDtTm>{max(days)}T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>{ACCOUNT}</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{D(opening):.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<Dt><Dt>{min(days) - dt.timedelta(days=1)}</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{closing:.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<Dt><Dt>{max(days)}</Dt></Dt></Bal>
{"".join(parts)}
</Stmt></BkToCstmrStmt></Document>
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def shop(ctx):
    """Two customers of our own (their IBANs the payers') and invoices the statement below pays."""
    co = ctx.company
    co.create_customer("9101", "Jansen Bouw BV", iban="NL03RABO3012345671", terms="30D")
    co.create_customer("9102", "Visser Advies", iban="NL51TRIO2198765438", terms="30D")
    first = co.post_free_text_invoice("9101", NOV, [Line("Goods", D("121.00"))]).number
    second = co.post_free_text_invoice("9102", NOV, [Line("Advice", D("75.50"))]).number
    return co, first, second


def statement_of(tmp_path: Path, first: str, name: str = "statement.xml") -> Path:
    return camt053(
        tmp_path / name,
        [
            Credit("121.00", "Jansen Bouw BV", "NL03RABO3012345671", f"Factuur {first}"),  # the invoice number: 90
            Credit("75.50", "Visser Advies", "NL51TRIO2198765438", "betaling december"),  # IBAN and amount: 80
            Credit("-12.50", text="Kosten zakelijk betalingsverkeer"),  # money out
            Credit("99.99", "Stichting Onbekend", "NL49SNSB9123456787", "donatie"),  # nobody
        ],
    )


@pytest.fixture
def page(ctx, qtbot, wait_loaded) -> BankStatementsPage:
    p = BankStatementsPage(ctx)
    p.confirm = lambda _text: True
    qtbot.addWidget(p)
    p.resize(1064, 760)
    p.show()
    wait_loaded(p)
    return p


def import_file(page: BankStatementsPage, qtbot, path: Path) -> None:
    page.ask_path = lambda: path
    page.import_button.click()
    qtbot.waitUntil(lambda: not page.importing and not page.loading, timeout=10000)


def cells(page: BankStatementsPage, column: str, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = page.entries
    return [model.data(model.index(r, COLUMNS.index(column)), role) for r in range(model.rowCount())]


def test_an_imported_statement_shows_every_entry_with_its_match(page, shop, qtbot, tmp_path):
    co, first, second = shop
    assert page.entries.rowCount() == 0 and page.empty_label.isVisible()
    import_file(page, qtbot, statement_of(tmp_path, first))
    assert page.statements.rowCount() == 1
    assert page.statements.data(page.statements.index(0, 5)) == "Open"
    page.set_filter("all")
    assert cells(page, "match") == [
        "Invoice number in the description",
        "Payer's IBAN and amount",
        "Money out",
        "Not recognised",
    ]
    assert cells(page, "match", CONFIDENCE) == [90, 80, 0, 0]
    assert cells(page, "customer") == ["9101  Jansen Bouw BV", "9102  Visser Advies", "", ""]
    assert cells(page, "customer", SECONDARY) == [first, second, "", ""]
    assert cells(page, "amount") == ["121.00", "75.50", "-12.50", "99.99"]
    assert cells(page, "counterparty", SECONDARY)[0] == "NL03 RABO 3012 3456 71"
    assert "2 matched" in page.summary.text() and "1 to review" in page.summary.text()  # bank costs are not AR's
    assert "In 296.49" in page.summary.text() and "Out 12.50" in page.summary.text()
    assert "1,000.00" in page.summary.text() and "1,283.99" in page.summary.text()  # opening and closing
    page.set_filter("review")
    assert cells(page, "match", CONFIDENCE) == [0]  # the unknown payer; the bank costs are booked in the ledger
    assert page.chip_buttons["review"].text() == "To review (1)"
    page.set_filter("matched")
    assert cells(page, "customer") == ["9101  Jansen Bouw BV", "9102  Visser Advies"]
    # Money out cannot be assigned to a customer.
    page.set_filter("all")
    page.select_entry(3)
    assert not page.assign_button.isEnabled() and not page.remove_button.isEnabled()
    journal = co.payment_journal(page.statement.journal)
    assert [line.amount for line in journal.lines] == [D("121.00"), D("75.50")]


def test_a_statement_imported_twice_or_a_broken_file_is_refused_on_the_page(page, shop, qtbot, tmp_path):
    co, first, _ = shop
    import_file(page, qtbot, statement_of(tmp_path, first))
    assert not page.message_banner.isVisible()
    import_file(page, qtbot, statement_of(tmp_path, first, "again.xml"))  # the same file, another name
    assert page.message_banner.isVisible()
    assert "imported before" in page.message_banner.text()
    assert page.statements.rowCount() == 1 and len(co.bank_statements()) == 1
    import_file(page, qtbot, DATA / "camt053_truncated.xml")
    assert "incomplete" in page.message_banner.text()
    assert page.statements.rowCount() == 1 and page.import_button.isEnabled() and not page.progress.isVisible()


def test_a_broken_file_is_refused_in_dutch(ctx, shop, qtbot, wait_loaded, dutch):
    ctx.language = "nl"
    p = BankStatementsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    wait_loaded(p)
    import_file(p, qtbot, DATA / "camt053_truncated.xml")
    assert "onvolledig" in p.message_banner.text()


def test_the_bookkeeper_assigns_an_unknown_credit_removes_a_proposal_and_posts(page, shop, qtbot, tmp_path):
    co, first, second = shop
    extra = co.post_free_text_invoice("9102", NOV, [Line("Extra", D("99.99"))]).number
    import_file(page, qtbot, statement_of(tmp_path, first))
    page.set_filter("all")
    page.select_entry(4)
    dialog = page.assign_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.picker.set_account("9102")
    numbers = [r.number for r in dialog.items.rows()]
    assert extra in numbers and second not in dialog.items.ticked
    held = next(r for r in dialog.items.rows() if r.number == second)
    assert dialog.items.held(held)  # entry 2's journal line holds it: it cannot be ticked
    assert not dialog.items.setData(
        dialog.items.index(numbers.index(second), 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    dialog.items.tick(extra)
    assert "exactly" in dialog.summary.text()
    dialog.ok.click()
    entry = next(e for e in page.statement.entries if e.seq == 4)
    assert (entry.customer, entry.reason, entry.invoices) == ("9102", "manual", (extra,))
    assert cells(page, "match")[3] == "Assigned by hand"
    assert cells(page, "customer")[3] == "9102  Visser Advies"
    # Entry 2's proposal goes: its invoice stays open.
    page.select_entry(2)
    page.remove_button.click()
    assert cells(page, "match")[1] == "Removed" and cells(page, "customer", SECONDARY)[1] == "Not in the journal"
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    page.post_button.click()
    qtbot.waitUntil(lambda: not page.posting and not page.loading, timeout=10000)
    assert not page.message_banner.isVisible(), page.message_banner.text()
    assert page.statement.statement.journal_status == "posted"
    assert page.statements.data(page.statements.index(0, 5)) == "Posted"
    assert "Posted" in page.facts.text()
    payments = {line.index: line.payment for line in co.payment_journal(page.statement.journal).lines}
    entry = next(e for e in page.statement.entries if e.seq == 1)
    assert cells(page, "customer", SECONDARY)[0] == f"{entry.invoices[0]}  ·  Payment {payments[entry.line]}"
    assert not page.post_button.isEnabled() and not page.assign_button.isEnabled()
    page.select_entry(1)
    assert not page.remove_button.isEnabled()
    assert co.document(first).balance == D("0.00") and co.document(extra).balance == D("0.00")
    assert co.document(second).balance == D("75.50")


def test_ticked_items_the_payment_does_not_cover_get_what_is_left():
    def item(number, balance):
        return OpenItemRow(number, "invoice", NOV, None, "EUR", D(balance), D(balance), None, D(0), D(0), None)

    rows = [item("A", "100.00"), item("B", "80.00"), item("C", "50.00")]
    assert plan_marks(rows, D("130.00")) == [Mark("A"), Mark("B", amount=D("30.00"))]
    assert plan_marks(rows[:1], D("150.00")) == [Mark("A")]  # the rest stays on account


def test_the_page_and_the_assign_window_fit_their_texts(page, shop, qtbot, tmp_path):
    _, first, _ = shop
    import_file(page, qtbot, statement_of(tmp_path, first))
    assert cut_off(page, "bank statements page") == []
    page.select_entry(4)
    dialog = page.assign_selected()
    qtbot.addWidget(dialog)
    dialog.picker.set_account("9102")
    qtbot.waitExposed(dialog)
    assert cut_off(dialog, "assign window") == []
