"""EditGrid: a small editable table for set-up rows (steps, rate ranges, aging buckets), typed without the mouse.

Typing starts editing; Tab and Enter commit the cell and move to the next one; Insert adds a row, Ctrl+Delete
removes the current one; Space ticks a check cell. A ValidationError about a cell shows under the grid, with the
cell marked and selected (show_error)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ardesk.errors import ValidationError

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
INVALID = QColor("#fde8e7")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridColumn:
    """title: the header; key: the API's name of the value (for errors); kind: text | number | check;
    width: a starting width in pixels; choices: what a text cell completes to as you type."""

    title: str
    key: str
    kind: str = "text"
    width: int = 100
    choices: tuple[str, ...] = ()


def parse_int(text: str, field: str) -> int:
    """A whole number as typed ("-3" included: the API says what range it allows); else ValidationError."""
    cleaned = text.strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", cleaned):
        message = QCoreApplication.translate("EditGrid", "%1 is not a whole number").replace("%1", repr(cleaned))
        raise ValidationError(field, message)
    return int(cleaned)


class GridDelegate(QStyledItemDelegate):
    """Line edits; Enter commits and opens the next cell (Tab does the same in QTableWidget)."""

    def __init__(self, grid: EditGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.grid.columns[index.column()]
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if column.kind == "number":
            editor.setAlignment(RIGHT)
        if column.choices:
            completer = QCompleter(list(column.choices), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            editor.setCompleter(completer)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class EditGrid(QTableWidget):
    """Rows of strings (and check cells) with at most max_rows rows; rows_changed fires on add and remove,
    row_added(row) and row_removed(row) name the row."""

    rows_changed = Signal()
    row_added = Signal(int)
    row_removed = Signal(int)

    def __init__(self, columns: Sequence[GridColumn], max_rows: int = 50, parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self.max_rows = max_rows
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setItemDelegate(GridDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for i, column in enumerate(columns):
            header.resizeSection(i, column.width)
            item = self.horizontalHeaderItem(i)
            item.setTextAlignment(RIGHT if column.kind == "number" else LEFT)
        self.itemChanged.connect(lambda item: self._unmark(item))

    def stretch(self, column: int) -> None:
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # --- rows ---------------------------------------------------------------------------------------------
    def add_row(self, values: Sequence[object] = ()) -> int:
        """Append a row (strings for text and number cells, bools for check cells); -1 when full."""
        if self.rowCount() >= self.max_rows:
            return -1
        row = self.rowCount()
        self.insertRow(row)
        for i, column in enumerate(self.columns):
            value = values[i] if i < len(values) else ("" if column.kind != "check" else False)
            item = QTableWidgetItem()
            if column.kind == "check":
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(str(value))
                item.setTextAlignment(RIGHT if column.kind == "number" else LEFT)
            self.setItem(row, i, item)
        self.row_added.emit(row)
        self.rows_changed.emit()
        return row

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.blockSignals(False)
        self.rows_changed.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if 0 <= row < self.rowCount():
            self.removeRow(row)
            self.row_removed.emit(row)
            self.rows_changed.emit()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def checked(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_text(self, row: int, column: int, text: str) -> None:
        self.item(row, column).setText(text)

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), 0)

    def where(self, what: str, row: int, key: str) -> str:
        """ "Step 2, Days" for the message about a cell (what: the translated "Step %1")."""
        title = next((c.title for c in self.columns if c.key == key), "")
        place = what.replace("%1", str(row + 1))
        return f"{place}, {title}" if title else place

    # --- errors --------------------------------------------------------------------------------------------
    def mark(self, row: int, key: str) -> None:
        """Mark the cell of a refused value and put the cursor on it."""
        column = self.column_of(key)
        if 0 <= row < self.rowCount():
            self.blockSignals(True)  # itemChanged would take the mark off again
            self.item(row, column).setBackground(QBrush(INVALID))
            self.blockSignals(False)
            self.setCurrentCell(row, column)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_marks(self) -> None:
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
        self.blockSignals(False)

    def _unmark(self, item: QTableWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.BackgroundRole) is not None:
            self.blockSignals(True)
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            self.blockSignals(False)

    # --- keys ----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            row = self.add_row()
            if row >= 0:
                self.setCurrentCell(row, 0)
            return
        if event.key() == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.remove_current()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.ignore()  # Ctrl+Enter belongs to the dialog
                return
            self._next_cell()
            return
        super().keyPressEvent(event)

    def _next_cell(self) -> None:
        row, column = self.currentRow(), self.currentColumn() + 1
        if column >= self.columnCount():
            row, column = row + 1, 0
        if row < self.rowCount():
            self.setCurrentCell(row, column)


def row_field(field: str, name: str) -> tuple[int, str] | None:
    """ "steps[2].days" with name "steps" -> (2, "days"); "steps[2]" -> (2, ""); anything else -> None."""
    found = re.fullmatch(rf"{re.escape(name)}\[(\d+)\](?:\.(\w+))?", field)
    return (int(found.group(1)), found.group(2) or "") if found else None
