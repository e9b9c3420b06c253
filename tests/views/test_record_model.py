"""RecordTableModel: Qt's model contract, locale formatting, sorting on raw values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ardesk.views.context import AppContext
from ardesk.views.widgets.record_model import Column, RecordTableModel

pytestmark = pytest.mark.gui
DISPLAY, ALIGN, USER = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Row:
    code: str
    amount: Decimal
    date: dt.date | None
    flag: bool


ROWS = [
    Row("b", Decimal("-1234.50"), dt.date(2026, 1, 5), True),
    Row("a", Decimal("7.00"), None, False),
    Row("C", Decimal("0.10"), dt.date(2025, 12, 31), True),
]


def model(ctx: AppContext) -> RecordTableModel:
    m = RecordTableModel(
        ctx,
        [
            Column("Code", lambda r: r.code),
            Column("Amount", lambda r: r.amount, "amount"),
            Column("Date", lambda r: r.date, "date"),
            Column("Flag", lambda r: r.flag, "bool"),
        ],
    )
    m.set_rows(ROWS)
    return m


def test_model_contract(ctx, qtmodeltester):
    qtmodeltester.check(model(ctx))


def test_english_formatting_and_alignment(ctx):
    m = model(ctx)
    assert [m.data(m.index(0, c), DISPLAY) for c in range(4)] == ["b", "-1,234.50", "05/01/2026", "Yes"]
    assert m.data(m.index(1, 2), DISPLAY) == ""
    assert m.data(m.index(0, 1), ALIGN) == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert m.data(m.index(0, 1), USER) == Decimal("-1234.50")


def test_dutch_formatting(ctx, dutch):
    ctx.locale = "nl_NL"
    m = model(ctx)
    assert [m.data(m.index(0, c), DISPLAY) for c in range(4)] == ["b", "-1.234,50", "05-01-2026", "Ja"]


def test_sort_on_raw_values_with_empty_cells_last(ctx, qtmodeltester):
    m = model(ctx)
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.code for r in m.rows()] == ["b", "C", "a"]
    m.sort(0, Qt.SortOrder.AscendingOrder)  # case-insensitive text
    assert [r.code for r in m.rows()] == ["a", "b", "C"]
    m.sort(2, Qt.SortOrder.DescendingOrder)
    assert [r.code for r in m.rows()] == ["b", "C", "a"]
    qtmodeltester.check(m)
