"""The Aging report page: buckets per customer with a pinned totals row, filter, sort, definition, CSV and PDF."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ardesk.views.collections.aging_report import AgingReportPage

from .conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def page(ctx, qtbot, wait_loaded, warnings) -> AgingReportPage:
    p = AgingReportPage(ctx)
    qtbot.addWidget(p)
    p.resize(1060, 700)
    p.show()
    wait_loaded(p)
    return p


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def amount(text: str) -> D:
    return D(text.replace(",", ""))


def test_the_page_shows_each_customers_buckets_and_the_totals(page, ctx):
    expected = ctx.company.aging(TODAY)
    model = page.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == [
        "Account",
        "Name",
        "Current",
        "1-30 days",
        "31-60 days",
        "61-90 days",
        "Over 90 days",
        "Total",
        "Credit limit",
    ]
    assert model.rowCount() == len(expected) == 37
    assert page.count_label.text() == "Customers: 37"
    first = expected[0]
    assert cells(model, 0) == [
        first.customer,
        first.name,
        *(ctx.amount(v) for v in first.buckets.values()),
        ctx.amount(first.total),
        ctx.amount(first.credit_limit),
    ]
    assert first.over_credit_limit and model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) is not None
    totals = cells(page.totals_model, 0)
    assert totals[1] == "Total"
    summary = ctx.company.aging_summary(TODAY)
    assert [amount(t) for t in totals[2:7]] == [v for _, v in summary.buckets]
    assert amount(totals[7]) == summary.total == sum(r.total for r in expected)
    assert totals[8] == ""  # credit limits do not add up
    assert page.footer.isVisible() and page.footer.columnWidth(7) == page.view.columnWidth(7)


def test_the_filter_narrows_the_rows_and_their_totals(page, qtbot):
    with qtbot.waitSignal(page.model.modelReset, timeout=5000):
        page.search.setText("van der meer")
    assert [page.model.row_at(r).customer for r in range(page.model.rowCount())] == ["10010"]
    assert page.count_label.text() == "Customers: 1 of 37"
    assert page.totals().total == page.model.row_at(0).total


def test_sorting_keeps_the_totals_below(page, qtbot):
    page.view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    totals = [page.model.row_at(r).total for r in range(page.model.rowCount())]
    assert totals == sorted(totals, reverse=True)
    assert page.totals().total == sum(totals)
    with qtbot.waitSignal(page.model.modelReset, timeout=5000):
        page.search.setText("B.V.")
    shown = [page.model.row_at(r).total for r in range(page.model.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) < 37  # the sort holds through the filter


def test_another_definition_and_date_give_other_columns(page, ctx, qtbot, wait_loaded):
    ctx.company.create_aging_definition("QUARTER", [("Up to 90", None, 90), ("Older", 91, None)])
    page.refresh()
    wait_loaded(page)
    assert [page.definition.itemText(i) for i in range(page.definition.count())] == ["QUARTER", "STANDARD (default)"]
    page.definition.set_code("QUARTER")
    page.definition.activated.emit(page.definition.currentIndex())
    wait_loaded(page)
    headings = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headings == ["Account", "Name", "Up to 90 days", "Older", "Total", "Credit limit"]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.date.setDate(dt.date(2026, 6, 30))  # type: ignore[arg-type]
    assert page.as_of == dt.date(2026, 6, 30) and page.definition.code() == "QUARTER"
    assert page.model.rowCount() < 37


def test_export_csv_writes_the_rows(page, qtbot, monkeypatch, tmp_path, ctx):
    target = tmp_path / "aging.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)"))
    page.export_csv()
    qtbot.waitUntil(lambda: page.last_message.startswith("Customers exported"), timeout=10000)
    assert page.last_message == f"Customers exported: 37, to {target}."
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 38 and rows[0][:3] == ["Account", "Name", "Current"]
    assert [r[0] for r in rows[1:]] == [r.customer for r in ctx.company.aging(TODAY)]
    assert page.export_button.isEnabled()


def test_print_pdf_writes_the_report(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "aging.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    page.print_pdf()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved"), timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_bad_folder_gives_a_message_not_a_traceback(page, qtbot, tmp_path, warnings):
    missing = tmp_path / "missing"
    page.write_csv(missing / "aging.csv")
    assert warnings == [f"The folder {missing} does not exist."]
    assert page.last_message == warnings[0] and not missing.exists()
    in_the_way = tmp_path / "aging.pdf"
    in_the_way.mkdir()  # a folder where the file should go: the write fails in the background
    page.write_pdf(in_the_way)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=10000)
    assert warnings[1].endswith(f"{in_the_way} is a folder, not a file")  # refused before anything is written
    assert page.print_button.isEnabled() and page.export_button.isEnabled()
