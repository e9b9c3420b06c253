"""The direct debit pages: mandates (new through the dialog, sign, amend, cancel, print the form) and runs (the
preview of what is collected and what not, pre-notifications, the SEPA file, past runs, importing returns)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog

from ardesk.views.context import AppContext
from ardesk.views.payments.direct_debit import DirectDebitPage
from ardesk.views.payments.mandates import MandateDialog, MandatesPage

from .conftest import TODAY

pytestmark = pytest.mark.gui

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
CREDITOR_ID = "NL57ZZZ999999999999"
IBAN = "NL91ABNA0417164300"
COLLECTION = TODAY + dt.timedelta(days=14)

PAIN002 = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
<GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2026-12-10T09:00:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>{msg}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>{msg}-1</OrgnlPmtInfId>
<TxInfAndSts><OrgnlEndToEndId>{e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>UNKNOWN-1</OrgnlEndToEndId><TxSts>RJCT</TxSts></TxInfAndSts>
</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>"""


@pytest.fixture
def dd(ctx):
    """The demo company (with the mandates it may have of its own) where 10010 and 10020 pay by direct debit
    (INCASSO), without a mandate yet."""
    co = ctx.company
    co.set_parameters(sepa_creditor_id=CREDITOR_ID)
    co.update_customer("10010", method_of_payment="INCASSO")
    co.update_customer("10020", method_of_payment="INCASSO")
    return co


def demo_accounts(co, status: str) -> list[str]:
    """The customers with a mandate in this status that the demo itself made (none, or a few to show)."""
    return sorted({m.customer for m in co.mandates(status=status)} - {"10010", "10020"})


def rows(model) -> list[dict[str, str]]:
    titles = [c.title for c in model.columns]
    return [{t: model.index(r, i).data() for i, t in enumerate(titles)} for r in range(model.rowCount())]


def open_items(co, *accounts: str) -> dict[str, Decimal]:
    """The customers' open invoices due by the collection date, with their balances."""
    return {
        t.number: t.balance
        for account in accounts
        for t in co.transaction_rows(account, open_only=True)
        if t.kind == "invoice" and (t.due_date or t.date) <= COLLECTION
    }


@pytest.fixture
def mandates_page(ctx, dd, qtbot, wait_loaded) -> MandatesPage:
    page = MandatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    page.warn = lambda _title, text: page.say(text)  # no modal box in a test: the message line tells
    return page


def test_a_mandate_made_through_the_dialog_with_its_errors_beside_the_fields(mandates_page, qtbot, wait_loaded):
    page = mandates_page
    demo = [(m.customer, m.status) for m in page.ctx.company.mandates(as_of=TODAY)]
    assert [(m.customer, m.status) for m in page.model.rows()] == demo
    seen: list[MandateDialog] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, MandateDialog)
        seen.append(dialog)
        dialog.customer.set_account("10010")
        assert dialog.iban.text().replace(" ", "").startswith("NL")  # the customer's own account offered
        dialog.iban.setText("NL91 ABNA 0417 1643 01")  # wrong check digits
        dialog.signed.setChecked(True)
        dialog.signed_at.setText("Amsterdam")
        dialog.accept()
        assert "check digit" in dialog.errors.message("iban")  # beside the field, the dialog stays open
        assert dialog.created is None
        dialog.bic.setText("ABNANL2A")
        dialog.scheme.set_code("B2B")
        dialog.expected.setValue(12)
        dialog.resize(620, dialog.sizeHint().height())
        dialog.grab().save(str(SCREENSHOTS / "mandate_dialog.png"))
        dialog.iban.setText("NL91 ABNA 0417 1643 00")
        dialog.accept()
        assert dialog.errors.message("iban") == ""
        return 1

    page.open_dialog = fill
    with qtbot.waitSignal(page.loaded, timeout=5000):
        created = page.new_mandate()
    assert created is not None and created.customer == "10010"
    [row] = [r for r in rows(page.model) if r["Reference"] == created.reference]
    assert row["Customer"] == "10010 · Bakkerij Van der Meer B.V." and row["Reference"] == created.reference
    assert row["IBAN"] == "NL91 ABNA 0417 1643 00"
    assert (row["Scheme"], row["Status"]) == ("B2B, recurring", "Active")
    assert row["Signed on"] == ctx_date(page, TODAY) and row["Collections"] == "0 of 12"
    assert row["Next collection"] == "First (FRST)"
    assert page.current().reference == created.reference
    assert "created" in page.last_message
    m = page.ctx.company.mandate(created.reference)
    assert (m.iban, m.bic, m.scheme, m.expected_payments, m.signed_at) == (IBAN, "ABNANL2A", "B2B", 12, "Amsterdam")


def ctx_date(page, day: dt.date) -> str:
    return page.ctx.date(day)


def test_sign_amend_cancel_and_print_the_form(mandates_page, dd, qtbot, tmp_path):
    page = mandates_page
    dd.create_mandate("10010", iban=IBAN, signed_on=None, recurring=False)
    dd.create_mandate("10020", iban="DE89370400440532013000", signed_on=dt.date(2026, 1, 5))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    new = next(m for m in page.model.rows() if m.customer == "10010")
    page.select(new.reference)
    assert page.current().reference == new.reference and page.sign_button.isEnabled() and not new.signed_on

    def sign(dialog):
        dialog.place.setText("Haarlem")
        dialog.accept()
        return 1

    page.open_dialog = sign
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.act("sign")
    assert dd.mandate(new.reference).status == "active"
    assert not page.sign_button.isEnabled()  # signed now, still selected

    def amend(dialog):
        dialog.iban.setText("XX00")
        dialog.accept()
        assert dialog.errors.message("iban")
        dialog.iban.setText("NL02ABNA0123456789")
        dialog.accept()
        return 1

    page.open_dialog = amend
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.act("amend")
    assert dd.mandate(new.reference).iban == "NL02ABNA0123456789"
    assert "NL02 ABNA 0123 4567 89" in page.last_message

    path = tmp_path / "form.pdf"
    page.choose_path = lambda _name: str(path)
    assert page.print_form() == path
    with pdfplumber.open(path) as pdf:
        text = " ".join((p.extract_text() or "") for p in pdf.pages)
        assert len(pdf.pages) == 1
    assert "Eenmalige machtiging SEPA" in text  # customer 10010 speaks Dutch; a one-off mandate
    assert new.reference in text and CREDITOR_ID in text and "NL02 ABNA 0123 4567 89" in text
    assert "Bakkerij Van der Meer B.V." in text and "Haarlem" in text

    def cancel(dialog):
        dialog.reason.setText("Ingetrokken door de klant")
        dialog.accept()
        return 1

    page.open_dialog = cancel
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.act("cancel")
    assert dd.mandate(new.reference).status == "cancelled"
    assert not page.cancel_button.isEnabled() and page.print_button.isEnabled()
    page.filter.set_code("cancelled")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert [r["Status"] for r in rows(page.model)] == ["Cancelled"]
    page.filter.set_code(None)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.grab().save(str(SCREENSHOTS / "mandates.png"))


@pytest.fixture
def mandate(dd):
    """10010's mandate, signed in January."""
    return dd.create_mandate("10010", iban=IBAN, signed_on=dt.date(2026, 1, 5), signed_at="Amsterdam")


@pytest.fixture
def runs_page(ctx, dd, mandate, qtbot, wait_loaded) -> DirectDebitPage:
    page = DirectDebitPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    page.warn = lambda _title, text: page.say(text)  # no modal box in a test: the message line tells
    return page


def test_the_preview_shows_what_is_collected_and_what_not_and_why(runs_page, dd, mandate):
    page = runs_page
    assert page.date.date().toPython() == COLLECTION
    included = rows(page.included_model)
    expected = open_items(dd, "10010")
    everything = open_items(dd, "10010", *demo_accounts(dd, "active"))
    assert {r["Invoice"] for r in included} == set(everything)
    ours = [r for r in included if r["Customer"] == "10010"]
    assert {r["Invoice"] for r in ours} == set(expected) and {r["Mandate"] for r in ours} == {mandate.reference}
    assert ours[0]["Sequence"] == "First (FRST)" and {r["Sequence"] for r in ours[1:]} == {"Recurring (RCUR)"}
    assert {r["Amount"] for r in ours} == {page.ctx.amount(v, "EUR") for v in expected.values()}
    excluded = rows(page.excluded_model)
    assert {r["Invoice"] for r in excluded} == set(open_items(dd, "10020", *demo_accounts(dd, "new")))
    unsigned = {
        f"mandate {m.reference} is not signed yet" for m in dd.mandates(status="new") if open_items(dd, m.customer)
    }
    assert {r["Why not"] for r in excluded} == {"customer 10020 has no direct debit mandate", *unsigned}
    assert page.count_tile.value.text() == str(len(everything))
    assert page.total_tile.value.text() == page.ctx.amount(sum(everything.values()), "EUR")
    assert page.create_button.isEnabled() and page.print_button.isEnabled()
    assert not page.problem.isVisible()


def test_the_reasons_are_dutch_in_the_dutch_program(dd, demo_books, runner, qtbot, wait_loaded, dutch):
    ctx = AppContext(demo_books, dd, "nl", runner, today=lambda: TODAY)
    page = DirectDebitPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    unsigned = {
        f"machtiging {m.reference} is nog niet getekend"
        for m in dd.mandates(status="new")
        if open_items(dd, m.customer)
    }
    assert {r["Reden"] for r in rows(page.excluded_model)} == {  # "Why not", in the Dutch program
        "klant 10010 heeft geen incassomachtiging",
        "klant 10020 heeft geen incassomachtiging",
        *unsigned,
    }


def test_without_a_creditor_identifier_the_page_says_what_to_set(runs_page, dd, qtbot):
    dd.set_parameters(sepa_creditor_id=None)
    with qtbot.waitSignal(runs_page.loaded, timeout=5000):
        runs_page.refresh()
    assert runs_page.problem.isVisible() and "creditor identifier" in runs_page.problem.text()
    assert runs_page.included_model.rowCount() == 0 and not runs_page.create_button.isEnabled()


def test_pre_notifications_print_one_letter_per_customer_and_post_nothing(runs_page, dd, mandate, tmp_path):
    path = tmp_path / "notes.pdf"
    runs_page.choose_path = lambda *_: str(path)
    demo = demo_accounts(dd, "active")
    before = open_items(dd, "10010", *demo)
    assert runs_page.print_prenotifications() == path
    with pdfplumber.open(path) as pdf:
        pages = [(p.extract_text() or "").replace("\u00a0", " ") for p in pdf.pages]
    assert len(pages) == 1 + len([a for a in demo if open_items(dd, a)])  # a page per customer
    ours = next(page for page in pages if "Bakkerij Van der Meer B.V." in page)
    assert "Vooraankondiging SEPA-incasso" in ours and "9 december 2026" in ours
    assert all(number in ours for number in open_items(dd, "10010")) and mandate.reference in ours
    assert CREDITOR_ID in ours and "**** **** **** **43 00" in ours and IBAN not in ours  # masked but the last 4
    assert open_items(dd, "10010", *demo) == before  # nothing posted
    assert runs_page.last_message.startswith(f"{len(pages)} pre-notification letter")


def test_create_the_file_then_the_run_is_listed_and_returns_reopen_invoices(runs_page, dd, qtbot, tmp_path):
    page = runs_page
    path = tmp_path / "dd.xml"
    page.choose_path = lambda *_: str(path)
    asked, told = [], []
    page.ask = lambda title, text: asked.append(text) or True
    page.inform = lambda title, text: told.append(text)
    page.version.set_code("pain.008.001.08")
    customers = ["10010", *demo_accounts(dd, "active")]
    invoices = open_items(dd, *customers)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        run = page.create_file()
    assert run is not None and path.exists()
    xml = path.read_text(encoding="utf-8")
    assert "pain.008.001.08" in xml and run.message_id in xml and all(n in xml for n in invoices)
    assert asked and f"Collect {len(invoices)} invoice" in asked[0]
    assert run.message_id in told[0] and page.ctx.amount(run.total, "EUR") in told[0]
    assert open_items(dd, *customers) == {}  # collected: the invoices are settled
    [listed] = rows(page.runs_model)
    assert listed["Run"] == run.number and listed["Collections"] == str(len(invoices))
    assert listed["Message id"] == run.message_id and listed["Format"] == "001.08"
    assert {r["Status"] for r in rows(page.collections_model)} == {"Collected"}
    assert page.included_model.rowCount() == 0 and not page.create_button.isEnabled()

    first = run.transactions[0].invoice
    answer = tmp_path / "pain002.xml"
    answer.write_text(PAIN002.format(msg=run.message_id, e2e=first), encoding="utf-8")
    page.choose_import = lambda: str(answer)
    page.ctx.today = lambda: COLLECTION + dt.timedelta(days=1)  # the bank answers after the collection
    told.clear()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        result = page.import_returns()
    assert result is not None and [r.invoice for r in result.returned] == [first]
    assert [u[0] for u in result.unknown] == ["UNKNOWN-1"]
    assert first in told[0] and "UNKNOWN-1" in told[0] and "1 not found" in told[0]
    assert first in open_items(dd, *customers)  # open again
    statuses = {r["Invoice"]: r["Status"] for r in rows(page.collections_model)}
    assert statuses[first].startswith("Rejected") and rows(page.runs_model)[0]["Returned"] == "1"
    page.ctx.today = lambda: TODAY
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert first in {r["Invoice"] for r in rows(page.excluded_model)}  # returned before: not collected again
    page.with_returned.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)
    assert first in {r["Invoice"] for r in rows(page.included_model)}
    page.grab().save(str(SCREENSHOTS / "direct_debit_runs.png"))
