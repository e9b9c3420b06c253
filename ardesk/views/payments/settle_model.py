"""OpenItemsTableModel: the customer's open items with a mark box, an editable amount to settle and the
cash discount mode per item, plus the figures of the last settlement preview. With centralized payments
(DOMAIN 4.13) the rows may include open items of other companies of the group (their `company` set)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ardesk.api import Mark, MarkPreview, OpenItemRow
from ardesk.errors import ValidationError
from ardesk.i18n import field_message, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.record_model import ALERT, LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "mark",
    "company",
    "number",
    "kind",
    "date",
    "due_date",
    "amount",
    "balance",
    "discount_date",
    "discount_available",
    "mode",
    "amount_to_settle",
    "discount_to_take",
    "marked_in",
)
AMOUNTS = ("amount", "balance", "discount_available", "amount_to_settle", "discount_to_take")
DATES = ("date", "due_date", "discount_date")
MODES = ("normal", "always", "never")
ERROR_BACKGROUND = QColor("#fdecea")
EDITABLE_BACKGROUND = QColor("#fffbe6")


def row_key(row: OpenItemRow) -> str:
    """What marks, amounts and previews are kept under: the document number, or "COMPANY:number" for an
    item of another company of the group (numbers repeat between companies)."""
    company = getattr(row, "company", "")
    return f"{company}:{row.number}" if company else row.number


class OpenItemsTableModel(QAbstractTableModel):
    """Marks are kept per row key (row_key: the document number for the company's own items);
    marks() turns them into API Marks in the table's order."""

    #: Marks, typed amounts or modes changed: the dialog previews again (debounced).
    marks_changed = Signal()
    #: A typed amount could not be read: the message for the dialog's banner.
    invalid_input = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[OpenItemRow] = []
        self.marked: set[str] = set()
        self.typed: dict[str, Decimal] = {}
        self.modes: dict[str, str] = {}
        self.preview: dict[str, MarkPreview] = {}
        self.problem: dict[str, str] = {}
        self.titles = {
            "mark": self.tr("Mark"),
            "company": self.tr("Company"),
            "number": self.tr("Number"),
            "kind": self.tr("Type"),
            "date": self.tr("Date"),
            "due_date": self.tr("Due date"),
            "amount": self.tr("Amount"),
            "balance": self.tr("Open balance"),
            "discount_date": self.tr("Cash discount\ndate"),
            "discount_available": self.tr("Discount\navailable"),
            "mode": self.tr("Use cash\ndiscount"),
            "amount_to_settle": self.tr("Amount\nto settle"),
            "discount_to_take": self.tr("Discount\nto take"),
            "marked_in": self.tr("Marked in\njournal"),
        }
        self.kinds = {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "payment": self.tr("Payment"),
            "prepayment": self.tr("Prepayment"),
            "fee": self.tr("Fee"),
            "interest_note": self.tr("Interest note"),
            "reversal": self.tr("Reversal"),
        }
        self.mode_names = {"normal": self.tr("Normal"), "always": self.tr("Always"), "never": self.tr("Never")}

    # --- data in ----------------------------------------------------------------------------------
    def set_rows(self, rows: list[OpenItemRow]) -> None:
        """New open items (another customer or date): marks on documents still listed are kept."""
        self.beginResetModel()
        self._rows = list(rows)
        numbers = {row_key(r) for r in rows}
        self.marked &= numbers
        self.typed = {k: v for k, v in self.typed.items() if k in numbers}
        self.modes = {k: v for k, v in self.modes.items() if k in numbers}
        self.preview.clear()
        self.problem.clear()
        self.endResetModel()

    def set_preview(self, previews: list[MarkPreview], keys: list[str] | None = None) -> None:
        """The engine's previews, in the order of the marks they were asked for (keys: those marks' row
        keys; default the marks now)."""
        keys = self.mark_keys() if keys is None else keys
        if len(keys) == len(previews):
            self.preview = dict(zip(keys, previews, strict=True))
        else:
            self.preview = {p.number: p for p in previews}
        self.problem.clear()
        self._all_changed()

    def set_problem(self, number: str | None, message: str) -> None:
        self.problem = {number: message} if number else {}
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def rows(self) -> list[OpenItemRow]:
        return list(self._rows)

    def row_of(self, number: str) -> int:
        """The row of a row key (for the company's own items: the document number)."""
        return next((i for i, r in enumerate(self._rows) if row_key(r) == number), -1)

    # --- marking ----------------------------------------------------------------------------------
    def marks(self) -> list[Mark]:
        return [
            Mark(
                r.number,
                self.typed.get(row_key(r)),
                use_cash_discount=self.modes.get(row_key(r), "normal"),
                company=getattr(r, "company", "") or None,
            )
            for r in self._rows
            if row_key(r) in self.marked
        ]

    def mark_keys(self) -> list[str]:
        """The row keys of marks(), in the same order."""
        return [row_key(r) for r in self._rows if row_key(r) in self.marked]

    def set_marked(self, number: str, marked: bool) -> None:
        if marked:
            self.marked.add(number)
        else:
            self.marked.discard(number)
            self.typed.pop(number, None)
            self.preview.pop(number, None)
        self._row_changed(number)
        self.marks_changed.emit()

    def set_amount(self, number: str, amount: Decimal | None) -> None:
        """Type an amount to settle (the cash, as a positive figure); None goes back to "all that is open"."""
        if amount is None:
            self.typed.pop(number, None)
        else:
            self.typed[number] = abs(amount)
            self.marked.add(number)
        self._row_changed(number)
        self.marks_changed.emit()

    def set_mode(self, number: str, mode: str) -> None:
        self.modes[number] = mode
        self._row_changed(number)
        self.marks_changed.emit()

    def clear_marks(self) -> None:
        self.marked.clear()
        self.typed.clear()
        self.modes.clear()
        self.preview.clear()
        self.problem.clear()
        self._all_changed()
        self.marks_changed.emit()

    def mark_numbers(self, numbers: list[str]) -> None:
        """Mark these row keys (document numbers for the company's own items)."""
        self.marked.update(n for n in numbers if self.row_of(n) >= 0)
        self._all_changed()
        self.marks_changed.emit()

    def _row_changed(self, number: str) -> None:
        row = self.row_of(number)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if key == "mark" else self.titles[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "mark":
            return self.titles[key]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in AMOUNTS else LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()]
        if key == "mark":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key in ("amount_to_settle", "mode"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def value(self, row: OpenItemRow, key: str) -> Any:
        """The raw value of a cell (tests, sorting)."""
        preview = self.preview.get(row_key(row))
        if key == "amount_to_settle":
            if preview is not None:
                return preview.amount_to_settle
            typed = self.typed.get(row_key(row))
            return None if typed is None else (typed if row.balance > 0 else -typed)
        if key == "discount_to_take":
            return preview.discount_to_take if preview is not None else None
        if key == "mode":
            return self.modes.get(row_key(row), "normal")
        if key == "mark":
            return row_key(row) in self.marked
        if key == "company":
            return getattr(row, "company", "") or self.ctx.company.code
        return getattr(row, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        marked = row_key(row) in self.marked
        if role == Qt.ItemDataRole.CheckStateRole and key == "mark":
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == Qt.ItemDataRole.EditRole:
            if key == "mode":
                return self.value(row, key)
            if key == "amount_to_settle":
                value = self.value(row, key)
                return "" if value is None else self.ctx.amount(abs(value), row.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in AMOUNTS else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row_key(row) in self.problem:
                return QBrush(ERROR_BACKGROUND)
            if marked and key in ("amount_to_settle", "mode"):
                return QBrush(EDITABLE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and (
            row_key(row) in self.problem or (key == "marked_in" and row.marked_in)
        ):
            return ALERT
        if role == Qt.ItemDataRole.ToolTipRole:
            if row_key(row) in self.problem:
                return self.problem[row_key(row)]
            if key == "amount_to_settle":
                return self.tr(
                    "Type the cash applied to this document; leave empty for all that is open net of the cash discount"
                )
            if key in ("discount_available", "discount_to_take") and row.balance < 0 and self.value(row, key):
                return self.tr(
                    "The credit note's own cash discount: it refunds this much less, and the cash "
                    "discount the customer took is given back"
                )
        return None

    def display(self, row: OpenItemRow, key: str) -> str:
        if key == "mark":
            return ""
        if key == "kind":
            return self.kinds.get(row.kind, row.kind)
        if key == "mode":
            return self.mode_names[self.modes.get(row_key(row), "normal")] if row_key(row) in self.marked else ""
        if key == "marked_in":
            return row.marked_in or ""
        value = self.value(row, key)
        if value is None:
            return ""
        if key in AMOUNTS:
            if key == "discount_available" and not value:
                return ""
            return self.ctx.amount(abs(value) if value == 0 else value, row.currency)  # never "-0.00"
        if key in DATES:
            return self.ctx.date(value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if key == "mark" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.set_marked(row_key(row), checked)
            return True
        if key == "mode" and role == Qt.ItemDataRole.EditRole and value in MODES:
            self.modes[row_key(row)] = str(value)
            self.marked.add(row_key(row))
            self._row_changed(row_key(row))
            self.marks_changed.emit()
            return True
        if key == "amount_to_settle" and role == Qt.ItemDataRole.EditRole:
            try:
                amount = parse_amount(str(value), self.ctx.locale, field="amount_to_settle")
            except ValidationError as exc:
                self.invalid_input.emit(f"{row.number}: {field_message(exc, self.ctx.language)}")
                return False
            self.set_amount(row_key(row), amount)
            return True
        return False
