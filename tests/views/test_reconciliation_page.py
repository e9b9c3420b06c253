"""The receivables reconciliation page: figures as of a date, a difference injected with raw SQL shown with its
cause, the aged-balance total and status, CSV and PDF written through the injectable save dialog."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ardesk.views.period.reconciliation import ReconciliationPage, end_of_previous_month
from tests.helpers import inject_receivable_journal

pytestmark = pytest.mark.gui

OCTOBER = dt.date(2026, 10, 31)  # the end of the month before TODAY (25/11/2026)
SCREENSHOT = Path(__file__).resolve().parents[2] / "screenshots" / "reconciliation_page.png"


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a, **k: shown.append(message))
    return shown


@pytest.fixture
def page(ctx, qtbot, wait_loaded, warnings) -> ReconciliationPage:
    p = ReconciliationPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    wait_loaded(p)
    return p


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def row_of(page: ReconciliationPage, account: str) -> int:
    return next(i for i in range(page.model.rowCount()) if page.model.index(i, 0).data() == account)


def test_the_default_date_is_the_end_of_last_month():
    assert end_of_previous_month(dt.date(2026, 11, 25)) == OCTOBER
    assert end_of_previous_month(dt.date(2026, 3, 1)) == dt.date(2026, 2, 28)
    assert end_of_previous_month(dt.date(2026, 1, 15)) == dt.date(2025, 12, 31)


def test_the_page_shows_the_figures_as_of_the_end_of_last_month(page, ctx):
    assert page.date.value() == OCTOBER and page.as_of == OCTOBER
    found = ctx.company.receivables_reconciliation(OCTOBER)
    assert found.balanced and found.totals[0] > 0
    assert [cells(page.model, i) for i in range(page.model.rowCount())] == [
        [r.account, r.name, ctx.amount(r.subledger), ctx.amount(r.ledger), ctx.amount(r.difference), "Agrees"]
        for r in found.lines
    ]
    headings = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headings == ["Account", "Name", "Subledger", "General ledger", "Difference", "Status"]
    assert page.subledger_tile.value.text() == ctx.amount(found.totals[0])
    assert page.ledger_tile.value.text() == ctx.amount(found.totals[1])
    assert page.difference_tile.value.text() == ctx.amount(D("0.00"))
    assert page.aging_tile.value.text() == ctx.amount(found.aging_total) == ctx.amount(found.totals[0])
    assert page.verdict.text().startswith("In balance on 31/10/2026: the customer transactions agree")
    assert page.selected().account == found.lines[0].account
    assert page.differences_title.text() == f"Differences on {found.lines[0].account} {found.lines[0].name}"
    assert page.no_differences.isVisible() and not page.differences_view.isVisible()
    assert page.no_differences.text().startswith(f"No differences on {found.lines[0].account}")


def test_another_date_gives_that_days_figures(page, ctx, qtbot):
    august = dt.date(2026, 8, 31)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.date.setDate(august)  # type: ignore[arg-type]
    found = ctx.company.receivables_reconciliation(august)
    assert (
        page.as_of == august
        and found.totals[0] > 0
        and found.totals[0] != ctx.company.receivables_reconciliation(OCTOBER).totals[0]
    )
    assert page.subledger_tile.value.text() == ctx.amount(found.totals[0])
    assert page.aging_tile.value.text() == ctx.amount(found.aging_total)
    assert page.verdict.text().startswith("In balance on 31/08/2026")


def test_an_injected_difference_shows_its_cause(page, ctx, demo_books, wait_loaded):
    inject_receivable_journal(demo_books, "DEMO", dt.date(2026, 10, 12))
    ctx.notify_changed()
    wait_loaded(page)
    found = ctx.company.receivables_reconciliation(OCTOBER)
    line = next(r for r in found.lines if r.account == "130100")
    row = row_of(page, "130100")
    assert cells(page.model, row)[2:] == [
        ctx.amount(line.subledger),
        ctx.amount(line.ledger),
        ctx.amount(D("-5.00")),
        "Differs",
    ]
    assert page.model.index(row, 4).data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert page.model.index(row, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert page.difference_tile.value.text() == ctx.amount(D("-5.00"))
    assert page.difference_tile.value.objectName() == "tileValueAlert"
    assert page.aging_tile.value.text() == page.subledger_tile.value.text()  # the aging follows the subledger
    assert page.verdict.text() == (
        "Differs on 31/10/2026: the customer transactions do not agree with the general ledger on 130100. "
        "The differences and their causes are listed below."
    )
    # the account that differs is selected, its difference listed by cause
    assert page.selected().account == "130100"
    assert page.differences_view.isVisible() and not page.no_differences.isVisible()
    assert page.differences_model.rowCount() == 1
    assert cells(page.differences_model, 0) == [
        "Manual journal",
        "GJ-HAND",
        "12/10/2026",
        "typed in elsewhere",
        ctx.amount(D("-5.00")),
    ]
    tip = page.differences_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Ledger posting without a customer transaction (manual journal)"
    assert page.legend.text() == "Manual journal: Ledger posting without a customer transaction (manual journal)."
    # another account: no differences; before the journal's date the book is in balance
    other = next(i for i in range(page.model.rowCount()) if page.model.index(i, 0).data() != "130100")
    page.view.selectRow(other)
    assert page.differences_model.rowCount() == 0 and page.no_differences.isVisible()
    page.date.setDate(dt.date(2026, 10, 11))  # type: ignore[arg-type]
    page.refresh()
    wait_loaded(page)
    assert page.verdict.text().startswith("In balance on 11/10/2026")
    assert page.selected().account == page.model.index(other, 0).data()  # the account looked at stays selected


def test_screenshot_with_a_difference(page, ctx, demo_books, wait_loaded):
    inject_receivable_journal(demo_books, "DEMO", dt.date(2026, 10, 12))
    ctx.notify_changed()
    wait_loaded(page)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert page.grab().save(str(SCREENSHOT))


def test_csv_and_pdf_are_written_where_the_user_chose(page, ctx, demo_books, wait_loaded, qtbot, tmp_path):
    inject_receivable_journal(demo_books, "DEMO", dt.date(2026, 10, 12))
    ctx.notify_changed()
    wait_loaded(page)
    asked: list[tuple[str, str, str]] = []

    def choose(title: str, name: str, kinds: str) -> str:
        asked.append((title, name, kinds))
        return str(tmp_path / name)

    page.choose_path = choose
    page.export_csv()
    qtbot.waitUntil(lambda: page.last_message.startswith("Exported"), timeout=10000)
    target = tmp_path / "reconciliation-2026-10-31.csv"
    assert asked[0] == ("Export the reconciliation as", target.name, "CSV files (*.csv);;Excel workbooks (*.xlsx)")
    assert page.last_message == f"Exported the reconciliation as of 31/10/2026 to {target}."
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Account", "Name", "Subledger", "General ledger", "Difference"]  # the program's language
    assert ["130100", "", "", "", "-5.00", "Manual journal", "GJ-HAND", "2026-10-12", "typed in elsewhere"] in rows
    page.print_pdf()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved"), timeout=15000)
    pdf = tmp_path / "reconciliation-2026-10-31.pdf"
    assert page.last_message == f"Saved the reconciliation as of 31/10/2026 in {pdf}."
    with pdfplumber.open(pdf) as doc:
        words = " ".join((p.extract_text() or "") for p in doc.pages).split()
    printed = " ".join(words)
    # the PDF is in the company's language (the demo company is Dutch)
    assert "Aansluiting debiteuren" in printed and "31 oktober 2026" in printed
    assert "GJ-HAND 12-10-2026 typed in elsewhere -5,00" in printed and "Memoriaalboeking" in printed
    assert page.export_button.isEnabled() and page.print_button.isEnabled()


def test_a_cancelled_dialog_writes_nothing_and_a_bad_folder_is_told(page, tmp_path, warnings, qtbot):
    page.choose_path = lambda *_: None
    page.export_csv()
    page.print_pdf()
    assert not list(tmp_path.glob("reconciliation*")) and page.last_message == ""
    missing = tmp_path / "missing"
    page.write_pdf(missing / "rec.pdf")
    assert warnings == [f"The folder {missing} does not exist."] and not missing.exists()
