"""Change a proposed collection letter before it is posted: its fee, and which items it lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import Letter
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.collections.inputs import form_layout, parse_number
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LetterEditDialog(QDialog):
    """Save calls company.edit_collection_letter; a refused value stays in the form with its message beside
    the field (the fee, or the list of items). After exec, `saved` is the changed letter (None: unchanged)."""

    def __init__(self, ctx: AppContext, letter: Letter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letter = letter
        self.saved: Letter | None = None
        self.setWindowTitle(self.tr("Letter %1 to %2").replace("%1", letter.number).replace("%2", letter.customer))
        self.setMinimumSize(620, 420)
        self.errors = FieldErrors(error_label())
        self.fee = QLineEdit(ctx.amount(letter.fee))
        self.fee.setAlignment(RIGHT)
        self.fee.setMaximumWidth(160)
        self.items = QTableWidget(len(letter.lines), 5)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Remove"),
                self.tr("Transaction"),
                self.tr("Due date"),
                self.tr("Days overdue"),
                self.tr("Balance"),
            ]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setShowGrid(False)
        for row, line in enumerate(letter.lines):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.items.setItem(row, 0, tick)
            cells = (
                (line.transaction, False),
                (ctx.date(line.due_date), False),
                (str(line.days_overdue), True),
                (ctx.amount(line.balance, letter.currency or None), True),
            )
            for column, (text, numeric) in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if numeric:
                    item.setTextAlignment(RIGHT)
                self.items.setItem(row, column, item)
        self.items.resizeColumnsToContents()
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        form = form_layout()
        self.errors.add_row(form, self.tr("Fee"), self.fee, "fee")
        self.errors.add_row(form, self.tr("Items"), self.items, "remove")
        hint = plain_label(
            self.tr("Space ticks the item under the cursor. A letter keeps at least one item: cancel it instead."),
            "muted",
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(hint)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.errors.clear()
        self.fee.setFocus()
        self.fee.selectAll()

    def set_removed(self, transactions: list[str]) -> None:
        """Tick these items (tests, and keyboard users through Space)."""
        for row, line in enumerate(self.letter.lines):
            state = Qt.CheckState.Checked if line.transaction in transactions else Qt.CheckState.Unchecked
            self.items.item(row, 0).setCheckState(state)

    def removed(self) -> list[str]:
        return [
            line.transaction
            for row, line in enumerate(self.letter.lines)
            if self.items.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        self.errors.clear()
        try:
            fee = parse_number(self.fee.text(), self.ctx.locale, "fee")
            if fee is None:
                raise ValidationError("fee", self.tr("type an amount; 0 charges no fee"))
            remove = self.removed()
            new_fee = None if fee == self.letter.fee else fee
            if new_fee is not None or remove:
                self.saved = self.ctx.company.edit_collection_letter(
                    self.letter.number, fee=new_fee, remove=remove or None
                )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        super().accept()
