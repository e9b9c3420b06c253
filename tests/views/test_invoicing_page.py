"""The Invoicing workspace: status tabs, filters, SQL footer totals, and every action on drafts and posted documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ardesk.views.invoicing import page as page_module
from ardesk.views.invoicing.lines_model import COLUMNS as LINE_COLUMNS
from ardesk.views.invoicing.page import InvoicingPage
from ardesk.views.invoicing.progress import ProgressRun
from ardesk.views.invoicing.table_model import COLUMNS, InvoiceTableModel

from .conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Message boxes answer at once (Yes to questions) and their texts are kept."""
    shown: list[str] = []

    def information(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", information)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


@pytest.fixture
def page(ctx, qtbot, wait_loaded, messages) -> InvoicingPage:
    p = InvoicingPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    wait_loaded(p)
    return p


def reload(qtbot, page: InvoicingPage, action) -> None:
    """Do something that reloads the list, and wait for the new rows."""
    with qtbot.waitSignal(page.loaded, timeout=10000):
        action()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def visible(page: InvoicingPage, key: str) -> list[str]:
    column = COLUMNS.index(key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_tabs_count_drafts_posted_open_and_overdue(page, qtbot):
    assert page.counts == {"all": 84, "draft": 4, "posted": 80, "open": 80, "overdue": 64}
    assert [page.tabs.tabText(i) for i in range(5)] == ["All  84", "Drafts  4", "Posted  80", "Open  80", "Overdue  64"]
    reload(qtbot, page, lambda: page.set_status("draft"))
    assert page.model.rowCount() == 4 and page.count_label.text() == "4 documents"
    assert set(visible(page, "status")) == {"Draft"}
    assert visible(page, "number")[0].startswith("Draft ")
    reload(qtbot, page, lambda: page.set_status("overdue"))
    assert page.model.rowCount() == 64
    assert all(r.due_date < TODAY and r.balance > 0 for r in page.model.rows())
    assert set(visible(page, "status")) == {"Overdue"}


def test_footer_totals_are_the_sql_sums_of_the_filtered_set(page, qtbot):
    rows = page.model.rows()
    for currency in ("EUR", "GBP"):
        amount = sum(r.amount for r in rows if r.currency == currency)
        balance = sum(r.balance or 0 for r in rows if r.currency == currency)
        assert f"Total {currency} {page.ctx.amount(amount)}" in page.totals_label.text()
        assert f"Open {currency} {page.ctx.amount(balance)}" in page.totals_label.text()
    reload(qtbot, page, lambda: page.search.setText("CN-"))
    assert page.model.rowCount() == 5
    credits = sum(r.amount for r in page.model.rows() if r.currency == "EUR")
    assert credits < 0
    assert page.totals_label.text().startswith(f"Total EUR {page.ctx.amount(credits)}")
    assert page.totals[0].amount == credits and sum(t.count for t in page.totals) == 5


def test_credit_notes_are_negative_and_overdue_due_dates_red(page):
    rows = page.model.rows()
    credit = next(i for i, r in enumerate(rows) if r.kind == "credit_note")
    amount = page.model.index(credit, COLUMNS.index("amount"))
    assert amount.data().startswith("-") and amount.data(9).name() != "#000000"  # 9: ForegroundRole
    overdue = next(i for i, r in enumerate(rows) if page.status(r) == "Overdue")
    assert page.model.index(overdue, COLUMNS.index("due_date")).data(9).name() == "#b42318"
    assert page.model.index(overdue, COLUMNS.index("amount")).data(7) & 0x2  # 7: alignment, right


def test_filter_by_customer_dates_and_amount(page, qtbot):
    reload(qtbot, page, lambda: (page.customer.set_account("10010"), page._customer_filter_left()))
    assert {r.customer for r in page.model.rows()} == {"10010"}
    assert page.model.rowCount() == page.counts["all"] >= 2
    reload(qtbot, page, lambda: (page.customer.edit.setText("no such customer"), page._customer_filter_left()))
    assert page.model.rowCount() == 0 and not page.customer.is_valid()
    reload(qtbot, page, page.clear_filters)
    reload(qtbot, page, lambda: (page.date_from.setDate(QDate(2026, 11, 1)), page.date_to.setDate(QDate(2026, 11, 20))))
    assert page.model.rowCount() > 0
    assert all(dt.date(2026, 11, 1) <= r.date <= dt.date(2026, 11, 20) for r in page.model.rows())
    reload(qtbot, page, page.clear_filters)
    reload(qtbot, page, lambda: (page.amount_min.setText("1,000.00"), page.amount_max.setText("2,000")))
    amounts = [r.amount for r in page.model.rows()]
    assert amounts and all(Decimal(1000) <= a <= Decimal(2000) for a in amounts)
    assert page.totals[0].amount == sum(r.amount for r in page.model.rows() if r.currency == "EUR")
    page.amount_min.setText("abc")
    assert page.filter().amount_min is None and page.amount_min.property("invalid") is True


def test_the_model_fetches_rows_a_page_at_a_time(ctx, page, qtmodeltester):
    qtmodeltester.check(page.model)
    model = InvoiceTableModel(ctx, page._fetch_rows, page.status, page_size=10)
    fetched: list[int] = []
    original = model._fetch_rows
    model._fetch_rows = lambda ids, as_of: (fetched.append(len(ids)), original(ids, as_of))[1]
    model.set_ids(page.model.ids())
    assert model.rowCount() == 84 and fetched == []
    assert model.row_at(55).id == page.model.ids()[55]
    assert fetched == [10]  # only the page holding row 55


def test_posting_a_draft_moves_it_to_the_posted_list(page, qtbot, messages):
    reload(qtbot, page, lambda: page.set_status("draft"))
    draft = page.model.rows()[0]
    page.select_ids([draft.id])
    assert page.post_button.isEnabled() and not page.preview_button.isEnabled()
    page.post_selected()
    qtbot.waitUntil(lambda: page.counts.get("draft") == 3 and not page.loading, timeout=10000)
    assert draft.id not in page.model.ids()
    assert page.last_message.startswith("Documents posted: 1. INV-000076")
    reload(qtbot, page, lambda: page.set_status("posted"))
    posted = page.model.rows()[page.model.row_of_id(draft.id)]
    assert posted.number == "INV-000076" and posted.status == "posted" and page.status(posted) == "Open"
    assert page.counts["posted"] == 81


def test_posting_many_drafts_runs_in_the_background_with_a_summary(page, qtbot, messages, monkeypatch):
    shown = []
    original_run = ProgressRun.run

    def run(self, work, success, failure):
        shown.append(self.dialog.labelText())
        original_run(self, work, success, failure)

    monkeypatch.setattr(ProgressRun, "run", run)
    reload(qtbot, page, lambda: page.set_status("draft"))
    page.select_ids(page.model.ids())
    assert page.post_button.text() == "Post (4)"
    page.post_selected()
    qtbot.waitUntil(lambda: page.counts.get("draft") == 0 and not page.loading, timeout=10000)
    assert shown == ["Posting drafts (4)..."]
    assert messages[-1].splitlines() == [
        "Documents posted: 4. INV-000076 to INV-000079",
        "Posted with a warning:",
        "  Draft 81: this invoice takes 10010 to 6,527.70, over the credit limit of 5,000.00",
    ]
    assert page.model.rowCount() == 0


def test_a_draft_that_cannot_post_is_reported_and_stays_a_draft(page, qtbot, messages):
    page.ctx.company.update_customer("10010", on_hold="invoice")
    reload(qtbot, page, lambda: page.set_status("draft"))
    page.select_ids(page.model.ids())
    page.post_selected()
    qtbot.waitUntil(lambda: page.counts.get("draft") == 1 and not page.loading, timeout=10000)
    assert "Documents posted: 3." in messages[-1]
    assert "Drafts not posted: 1" in messages[-1] and "customer 10010 is on hold for invoicing" in messages[-1]
    assert [r.customer for r in page.model.rows()] == ["10010"]


def test_delete_a_draft_after_confirming(page, qtbot, messages):
    reload(qtbot, page, lambda: page.set_status("draft"))
    draft = page.model.rows()[-1]
    page.select_ids([draft.id])
    reload(qtbot, page, page.delete_selected)
    assert messages[0] == "Delete the selected drafts (1)? This cannot be undone."
    assert draft.id not in page.model.ids() and page.counts["draft"] == 3


def test_generate_recurring_invoices_in_the_background(page, qtbot, messages):
    page.generate_recurring(TODAY)
    qtbot.waitUntil(
        lambda: page.counts.get("draft") == 7 and page.status_filter == "draft" and not page.loading, timeout=10000
    )
    assert messages[-1].startswith("Recurring drafts created: 3 (run REC-")
    recurring = [r for r in page.model.rows() if r.recurrence_id]
    assert len(recurring) == 3 and {r.customer for r in recurring} == {"10020", "10080", "10140"}
    assert all(r.date == TODAY.replace(day=1) for r in recurring)


def test_cancelling_recurring_invoices_keeps_what_was_drafted(page, qtbot, messages, monkeypatch):
    monkeypatch.setattr(ProgressRun, "progress", lambda self, done, total: False)  # Cancel pressed at once
    page.generate_recurring(TODAY)
    qtbot.waitUntil(lambda: page.counts.get("draft") == 5 and not page.loading, timeout=10000)
    assert messages[-1].startswith("Recurring drafts created: 1 ")
    assert "Cancelled: the drafts made so far are kept" in messages[-1]


def test_preview_prints_to_a_temporary_pdf_and_opens_it(page, qtbot, monkeypatch, tmp_path):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.preview_folder = tmp_path / "preview"
    row = next(r for r in page.model.rows() if r.number == "INV-000070")
    page.select_ids([row.id])
    assert page.preview_button.isEnabled() and page.save_pdf_button.isEnabled() and not page.post_button.isEnabled()
    page.preview_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened == [str(tmp_path / "preview" / "INV-000070.pdf")]
    assert Path(opened[0]).read_bytes().startswith(b"%PDF")


def test_save_pdf_as(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    row = next(r for r in page.model.rows() if r.kind == "credit_note")
    page.select_ids([row.id])
    page.save_pdf_selected()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved"), timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")


def test_credit_note_for_the_selected_invoice(page, qtbot):
    row = next(r for r in page.model.rows() if r.number == "INV-000070")
    page.select_ids([row.id])

    def drive(dialog):
        assert dialog.windowTitle() == "Credit note for invoice INV-000070"
        assert dialog.total_value.text() == "-1,328.34"
        dialog.reason.setText("Returned goods")
        dialog.lines.remove_line(1)
        dialog.post()
        return dialog

    page.open_dialog = drive
    reload(qtbot, page, page.credit_selected)
    assert page.last_message == "Posted CN-000006."
    document = page.ctx.company.document("CN-000006")
    assert document.kind == "credit_note" and document.amount == Decimal("-163.71")
    assert page.current_row().number == "CN-000006"


def test_correct_the_selected_invoice(page, qtbot):
    row = next(r for r in page.model.rows() if r.number == "INV-000070")
    page.select_ids([row.id])

    def drive(dialog):
        assert dialog.windowTitle() == "Correct invoice INV-000070"
        assert not dialog.save_button.isVisibleTo(dialog)
        dialog.reason.setText("Wrong hourly rate")
        dialog.lines.setData(dialog.lines.index(1, LINE_COLUMNS.index("unit_price")), "90.00")
        dialog.post()
        return dialog

    page.open_dialog = drive
    reload(qtbot, page, page.correct_selected)
    assert page.last_message == "Posted INV-000076."
    assert page.ctx.company.document("INV-000070").balance == 0
    new = page.ctx.company.document("INV-000076")
    assert new.amount == Decimal("1252.71")


def test_new_and_edit_through_the_page(page, qtbot):
    def drive(dialog):
        dialog.customer.set_account("10010")
        dialog._customer_left()
        dialog.lines.setData(dialog.lines.index(0, 0), "Advies")
        dialog.lines.setData(dialog.lines.index(0, 2), "100")
        dialog.lines.setData(dialog.lines.index(0, 4), "BTW21")
        dialog.save_draft()
        return dialog

    page.open_dialog = drive
    reload(qtbot, page, page.new_invoice)
    assert page.counts["draft"] == 5 and page.last_message == "Draft saved."
    current = page.current_row()
    assert current.status == "draft" and current.amount == Decimal("121.00")

    def change(dialog):
        assert dialog.lines.rowCount() == 1
        dialog.lines.setData(dialog.lines.index(0, 1), "3")
        dialog.save_draft()
        return dialog

    page.open_dialog = change
    page.select_ids([current.id])
    reload(qtbot, page, page.edit_selected)
    assert page.current_row().amount == Decimal("363.00")
    assert page.ctx.company.invoice_detail(current.id).lines[0].quantity == 3


def test_page_module_keeps_its_public_name():
    assert page_module.InvoicingPage is InvoicingPage


def test_save_pdfs_of_several_documents_into_a_folder(page, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "pdfs"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    rows = [r for r in page.model.rows() if r.status == "posted"][:3]
    page.select_ids([r.id for r in rows])
    assert page.save_pdf_button.isEnabled()
    page.save_pdf_selected()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved 3 PDFs"), timeout=15000)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{r.number}.pdf" for r in rows)
