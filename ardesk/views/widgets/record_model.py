"""RecordTableModel: a read-only Qt table over a list of frozen records, formatted per the UI locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ardesk.views.context import AppContext

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Kinds whose cells are numbers: right-aligned.
NUMERIC = ("amount", "int", "percent")
ALERT = QColor("#b42318")


@dataclass(frozen=True)
class Column:
    """One column: a translated title, how to get the value from a record, and how to show it.

    kind: text | amount | date | int | percent | bool. currency: the record's currency for amounts
    (default: the company's). alert: a record for which the cell is shown in red. stretch: the
    column that takes the spare width."""

    title: str
    value: Callable[[Any], object]
    kind: str = "text"
    currency: Callable[[Any], str] | None = None
    alert: Callable[[Any], bool] | None = None
    #: This column takes the width the others leave (names, descriptions).
    stretch: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are kept in memory (set-up codes, document lists); sorting happens here, on the raw values."""

    def __init__(self, ctx: AppContext, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = list(columns)
        self._rows: list[Any] = []

    # --- data in --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # --- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.kind in NUMERIC else LEFT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column, record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.kind in NUMERIC else LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and column.alert is not None and column.alert(record):
            return ALERT
        if role == Qt.ItemDataRole.UserRole:
            return column.value(record)
        return None

    def display(self, column: Column, record: Any) -> str:
        value = column.value(record)
        if value is None:
            return ""
        if column.kind == "amount":
            return self.ctx.amount(value, column.currency(record) if column.currency else None)  # type: ignore[arg-type]
        if column.kind == "date" and isinstance(value, dt.date):
            return self.ctx.date(value)
        if column.kind == "percent" and isinstance(value, Decimal):
            return self.ctx.percent(value)
        if column.kind == "bool":
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        getter = self.columns[column].value
        self.layoutAboutToBeChanged.emit()
        order_ = sorted(
            (i for i, r in enumerate(self._rows) if getter(r) is not None),
            key=lambda i: _key(getter(self._rows[i])),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        order_ += [i for i, r in enumerate(self._rows) if getter(r) is None]  # empty cells last
        moved = {old: new for new, old in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(moved[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()


def _key(value: object) -> Any:
    return value.casefold() if isinstance(value, str) else value
