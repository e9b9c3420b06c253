"""InvoiceTableModel: the invoice list keeps only the ordered ids and fetches rows a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from ardesk.api import INVOICE_SORT_COLUMNS, InvoiceRow
from ardesk.views.context import AppContext
from ardesk.views.widgets.paged_model import Index, PagedIdModel

RowFetcher = Callable[[Sequence[int], dt.date], list[InvoiceRow]]
ALERT = QColor("#b42318")
CREDIT = QColor("#8a3ffc")
MUTED = QColor("#66707c")

#: Column keys in display order.
COLUMNS = ("number", "kind", "date", "customer", "name", "due_date", "amount", "balance", "currency", "status")
AMOUNTS = ("amount", "balance")


class InvoiceTableModel(PagedIdModel[InvoiceRow]):
    """Drafts and posted documents for any number of rows; sorting is done in SQL by the page
    (sort_requested), the model only keeps the id order it is given."""

    columns = COLUMNS
    amounts = AMOUNTS

    def __init__(
        self,
        ctx: AppContext,
        fetch_rows: RowFetcher,
        status: Callable[[InvoiceRow], str],
        *,
        page_size: int = 200,
        max_pages: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, max_pages=max_pages, parent=parent)
        self.ctx = ctx
        self._fetch_rows = fetch_rows
        self._status = status
        self.sort_key = "date"
        self.descending = True
        self.today: dt.date = ctx.today()
        self._titles = {
            "number": self.tr("Number"),
            "kind": self.tr("Type"),
            "date": self.tr("Date"),
            "customer": self.tr("Account"),
            "name": self.tr("Name"),
            "due_date": self.tr("Due date"),
            "amount": self.tr("Amount"),
            "balance": self.tr("Open balance"),
            "currency": self.tr("Currency"),
            "status": self.tr("Status"),
        }
        self._kinds = {"invoice": self.tr("Invoice"), "credit_note": self.tr("Credit note")}
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- data in --------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        self.today = self.ctx.today()  # "overdue" is as of the reload
        super().set_ids(ids)

    def load_page(self, ids: list[int]) -> list[InvoiceRow | None]:
        found = {r.id: r for r in self._fetch_rows(ids, self.today)}
        return [found.get(i) for i in ids]  # a row deleted meanwhile stays empty until the next reload

    def rows(self) -> list[InvoiceRow]:
        """Every row (fetched page by page): for tests and small lists."""
        return [r for r in (self.row_at(i) for i in range(len(self._ids))) if r is not None]

    def overdue(self, row: InvoiceRow) -> bool:
        """Overdue as of the reload: the API decides when it reads the row (Company.invoice_rows)."""
        return row.overdue

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment(key))
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
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
                    row.correction
                )
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
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in INVOICE_SORT_COLUMNS:
            return
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_key, self.descending)

    def sort_column(self) -> int:
        return COLUMNS.index(self.sort_key)
