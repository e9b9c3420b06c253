"""The lines grid of the invoice editor: typed into without the mouse.

Tab and Enter commit the cell and open the next editable one; Enter on the last cell of the last line
adds a line; Tab there leaves the grid. Editors commit on every keystroke, so totals follow the typing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ardesk.views.invoicing.lines_model import ChargesModel, InvoiceLinesModel

Index = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint


class LineDelegate(QStyledItemDelegate):
    """Line edits for every cell; account and tax codes complete inline as you type ("4" -> "401100")."""

    def __init__(self, codes: dict[str, Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = codes

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        key = model.columns[index.column()]  # type: ignore[attr-defined]
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setObjectName(f"lineEditor_{key}")
        if key in model.numeric:  # type: ignore[attr-defined]
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key in self.codes:
            completer = QCompleter(list(self.codes[key]), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            editor.setCompleter(completer)
        # Live totals: every keystroke reaches the model, not only the final Tab or Enter.
        editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if editor.property("original") is None:
            editor.setProperty("original", text)  # what Escape puts back (edits reach the model at once)
        if isinstance(editor, QLineEdit) and editor.text() != text:
            editor.setText(text)
            editor.selectAll()  # typing replaces what the cell held (its default)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class LinesView(QTableView):
    """The lines grid; with a ChargesModel the charges grid (the same keys, its own columns)."""

    def __init__(
        self,
        model: InvoiceLinesModel | ChargesModel,
        codes: dict[str, Sequence[str]],
        parent: QWidget | None = None,
        *,
        widths: Sequence[tuple[str, int]] = (
            ("quantity", 80),
            ("unit_price", 110),
            ("account", 190),
            ("tax", 120),
            ("amount", 120),
        ),
    ) -> None:
        super().__init__(parent)
        self.lines = model
        columns = model.columns
        self.setModel(model)
        self.setItemDelegate(LineDelegate(codes, self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(columns.index("description"), QHeaderView.ResizeMode.Stretch)
        for key, width in widths:
            header.resizeSection(columns.index(key), width)
        for column, key in enumerate(columns):
            if key != "description":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setCurrentIndex(model.index(0, 0))

    # --- where the cursor goes ------------------------------------------------------------------
    def next_cell(self, index: QModelIndex, step: int = 1) -> QModelIndex:
        """The next (or previous) editable cell in reading order; invalid past either end."""
        editable = [self.lines.columns.index(k) for k in self.lines.editable]
        cells = [(r, c) for r in range(self.lines.rowCount()) for c in editable]
        here = (index.row(), index.column()) if index.isValid() else (0, -1)
        if here in cells:
            position = cells.index(here) + step
        else:  # on the amount column: the next line's first cell, or this line's last one
            position = next((i for i, cell in enumerate(cells) if cell > here), len(cells))
            position = position if step > 0 else position - 1
        if not 0 <= position < len(cells):
            return QModelIndex()
        return self.lines.index(*cells[position])

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
            return self.next_cell(self.currentIndex(), step)
        return super().moveCursor(action, modifiers)

    def advance(self, add_line: bool) -> None:
        """Go to the next editable cell and open its editor; past the last one, add a line (Enter)."""
        target = self.next_cell(self.currentIndex())
        if not target.isValid():
            if not add_line:
                self.focusNextChild()
                return
            target = self.lines.index(self.lines.append_line(), 0)
        self.setCurrentIndex(target)
        self.scrollTo(target)
        self.edit(target)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        if hint == Hint.RevertModelCache:
            original = editor.property("original")
            index = self.currentIndex()
            if original is not None and index.isValid():
                self.lines.setData(index, original)
        if hint in (Hint.SubmitModelCache, Hint.EditNextItem):
            super().closeEditor(editor, Hint.NoHint)
            self.advance(add_line=hint == Hint.SubmitModelCache)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.state() == QAbstractItemView.State.EditingState:
                event.accept()  # the editor's Enter, passed up: the delegate closes it and closeEditor moves on
                return
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
            else:
                self.advance(add_line=True)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.lines.remove_line(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Write what the open cell editor holds into the model (before saving)."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                super().closeEditor(editor, Hint.NoHint)
