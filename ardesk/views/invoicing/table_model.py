"""InvoiceTableModel: the invoice list keeps only the ordered ids and fetches rows a page at a time."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ardesk.services.invoice_queries import SORT_COLUMNS, InvoiceRow
from ardesk.views.context import AppContext

Index = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[InvoiceRow]]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALERT = QColor("#b42318")
CREDIT = QColor("#8a3ffc")
MUTED = QColor("#66707c")

#: Column keys in display order.
COLUMNS = ("number", "kind", "date", "customer", "name", "due_date", "amount", "balance", "currency", "status")
AMOUNTS = ("amount", "balance")


class InvoiceTableModel(QAbstractTableModel):
    """Drafts and posted documents for any number of rows; sorting is done in SQL by the page
    (sort_requested), the model only keeps the id order it is given."""

    sort_requested = Signal(str, bool)

    def __init__(self, ctx: AppContext, fetch_rows: RowFetcher, status: Callable[[InvoiceRow], str],
                 *, page_size: int = 200, max_pages: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._fetch_rows = fetch_rows
        self._status = status
        self.page_size = page_size
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[InvoiceRow | None]] = OrderedDict()
        self.sort_key = "date"
        self.descending = True
        self.today: dt.date = ctx.today()
        self._titles = {
            "number": self.tr("Number"), "kind": self.tr("Type"), "date": self.tr("Date"),
            "customer": self.tr("Account"), "name": self.tr("Name"), "due_date": self.tr("Due date"),
            "amount": self.tr("Amount"), "balance": self.tr("Open balance"), "currency": self.tr("Currency"),
            "status": self.tr("Status"),
        }
        self._kinds = {"invoice": self.tr("Invoice"), "credit_note": self.tr("Credit note")}
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- data in --------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        ids = list(ids)
        self.today = self.ctx.today()
        if ids == self._ids:
            self._pages.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_at(self, row: int) -> InvoiceRow | None:
        """The document on a row, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * self.page_size:(number + 1) * self.page_size]
            found = {r.id: r for r in self._fetch_rows(ids)}
            page = [found.get(i) for i in ids]  # a row deleted meanwhile stays empty until the next reload
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row - number * self.page_size]

    def rows(self) -> list[InvoiceRow]:
        """Every row (fetched page by page): for tests and small lists."""
        return [r for r in (self.row_at(i) for i in range(len(self._ids))) if r is not None]

    def row_of_id(self, invoice_id: int) -> int:
        try:
            return self._ids.index(invoice_id)
        except ValueError:
            return -1

    # --- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if COLUMNS[section] in AMOUNTS else LEFT)
        return None

    def overdue(self, row: InvoiceRow) -> bool:
        return row.status == "posted" and row.closed_date is None and row.balance is not None \
            and row.balance > 0 and row.due_date is not None and row.due_date < self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in AMOUNTS else LEFT)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if row.status == "draft" and key in ("number", "status") else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in ("due_date", "status") and self.overdue(row):
                return ALERT
            if key in AMOUNTS and (getattr(row, key) or 0) < 0:
                return CREDIT  # credit notes and credit balances stand out from invoices
            if row.status == "draft" and key in ("number", "status"):
                return MUTED
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "number" and row.correction:
                return {"cancelling": self.tr("Cancelling invoice"), "corrected": self.tr("Corrected invoice")}.get(
                    row.correction)
            if key == "number" and row.recurrence_id:
                return self.tr("Recurring invoice run %1").replace("%1", row.recurrence_id)
            return None
        return self.display(row, key)

    def display(self, row: InvoiceRow, key: str) -> str:
        if key == "number":
            return row.number or self.tr("Draft %1").replace("%1", str(row.id))
        if key == "kind":
            return self._kinds.get(row.kind, row.kind)
        if key in ("date", "due_date"):
            return self.ctx.date(getattr(row, key))
        if key in AMOUNTS:
            value = getattr(row, key)
            return self.ctx.amount(value, row.currency) if value is not None else ""
        if key == "status":
            return self._status(row)
        if key == "customer":
            return row.customer
        if key == "name":
            return row.customer_name
        return str(getattr(row, key) or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORT_COLUMNS:
            return
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_key, self.descending)

    def sort_column(self) -> int:
        return COLUMNS.index(self.sort_key)
