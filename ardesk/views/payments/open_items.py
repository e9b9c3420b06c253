"""The open items table of the settle dialog: its title bar with the mark buttons, and the mode editor."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import OpenItemRow
from ardesk.views.context import AppContext
from ardesk.views.payments.settle_model import COLUMNS, MODES, OpenItemsTableModel, row_key
from ardesk.views.widgets.page import make_table, plain_label

Index = QModelIndex | QPersistentModelIndex


class ModeDelegate(QStyledItemDelegate):
    """Use cash discount: a combo of Normal / Always / Never."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for mode in MODES:
            combo.addItem(self.names[mode], mode)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OpenItemsPanel(QWidget):
    """ "Open transactions" with the customer's balance, Mark by priority / Mark all / Clear marks, and the
    table: tick to mark, type in Amount to settle, pick the cash discount mode."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OpenItemsTableModel(ctx, self)
        self.view = make_table(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setItemDelegateForColumn(COLUMNS.index("mode"), ModeDelegate(self.model.mode_names, self.view))
        self.view.horizontalHeader().setStretchLastSection(False)
        self.title = plain_label(self.tr("Open transactions"), "")
        self.title.setStyleSheet("font-weight: bold;")
        self.balance_label = plain_label("", "muted")
        self.mark_priority = QPushButton(self.tr("Mark by priority"))
        self.mark_priority.setToolTip(self.tr("Mark the open invoices in the order automatic settlement uses"))
        self.mark_all = QPushButton(self.tr("Mark all"))
        self.unmark = QPushButton(self.tr("Clear marks"))
        self.release = QPushButton(self.tr("Release journal mark..."))
        self.release.setToolTip(
            self.tr(
                "Take the selected transaction off the unposted journal line that holds it, so it can be settled here"
            )
        )
        self.release.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.balance_label)
        bar.addStretch(1)
        bar.addWidget(self.release)
        bar.addWidget(self.mark_priority)
        bar.addWidget(self.mark_all)
        bar.addWidget(self.unmark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.mark_all.clicked.connect(lambda: self.model.mark_numbers([row_key(r) for r in self.model.rows()]))
        self.unmark.clicked.connect(self.model.clear_marks)

    def show_columns(self) -> None:
        """Fit the columns; the "marked in journal" column only when a listed item is marked elsewhere, the
        company column only when items of other companies of the group are listed."""
        self.view.resizeColumnsToContents()
        self.view.setColumnHidden(
            COLUMNS.index("company"), not any(getattr(r, "company", "") for r in self.model.rows())
        )
        held = any(r.marked_in for r in self.model.rows())
        self.view.setColumnHidden(COLUMNS.index("marked_in"), not held)
        self.release.setVisible(held)

    def held_row(self) -> OpenItemRow | None:
        """The selected row if an unposted journal line holds it, else the only such row."""
        index = self.view.currentIndex()
        rows = self.model.rows()
        if index.isValid() and rows[index.row()].marked_in:
            return rows[index.row()]
        held = [r for r in rows if r.marked_in]
        return held[0] if len(held) == 1 else None
