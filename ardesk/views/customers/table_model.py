"""CustomerTableModel: keeps only the ordered customer ids and fetches rows lazily, a page at a time."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ardesk.api import CUSTOMER_SORT_COLUMNS, CustomerInfo
from ardesk.views.context import AppContext
from ardesk.views.widgets.paged_model import Index, PagedIdModel

RowFetcher = Callable[[Sequence[int]], list[CustomerInfo]]
OVER_LIMIT = QColor("#b42318")

#: Column keys in display order; the first five can be sorted in SQL (Company.customer_ids).
COLUMNS = ("account", "name", "group", "currency", "balance", "credit_limit", "language")
SORTABLE = tuple(key for key in COLUMNS if key in CUSTOMER_SORT_COLUMNS)
AMOUNTS = ("balance", "credit_limit")


class CustomerTableModel(PagedIdModel[CustomerInfo]):
    """The Customers list for any number of customers (Anki's browser table model, in small).

    The view's header asks for a sort; the model only records it and emits sort_requested(key,
    descending), and the page fetches the new id order off the GUI thread and calls set_ids."""

    columns = COLUMNS
    amounts = AMOUNTS

    def __init__(
        self,
        ctx: AppContext,
        fetch_rows: RowFetcher,
        *,
        page_size: int = 200,
        max_pages: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, max_pages=max_pages, parent=parent)
        self.ctx = ctx
        self._fetch_rows = fetch_rows
        self.sort_key = "account"
        self.descending = False
        #: Seconds the most recent page fetch took (shown by the 100,000-customer test).
        self.last_fetch_seconds = 0.0
        self._titles = {
            "account": self.tr("Account"),
            "name": self.tr("Name"),
            "group": self.tr("Group"),
            "currency": self.tr("Currency"),
            "balance": self.tr("Balance"),
            "credit_limit": self.tr("Credit limit"),
            "language": self.tr("Language"),
        }
        self._languages = {"en": self.tr("English"), "nl": self.tr("Dutch")}

    def load_page(self, ids: list[int]) -> list[CustomerInfo | None]:
        started = time.perf_counter()
        rows = self._fetch_rows(ids)
        self.last_fetch_seconds = time.perf_counter() - started
        # A customer that vanished meanwhile leaves its row empty until the next reload.
        return [*rows, *[None] * (len(ids) - len(rows))]

    def info(self, row: int) -> CustomerInfo | None:
        """The customer on a row, fetching its page if needed."""
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment(key))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole):
            return None
        info = self.info(index.row())
        if info is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return info.account
        if role == Qt.ItemDataRole.ForegroundRole:
            over = key == "balance" and info.credit_limit is not None and info.balance > info.credit_limit
            return OVER_LIMIT if over else None
        if key in AMOUNTS:
            return self.ctx.amount(getattr(info, key), info.currency)
        if key == "language":
            return self._languages.get(info.language, info.language)
        return getattr(info, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORTABLE:
            return
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_key, self.descending)

    def sort_column(self) -> int:
        return COLUMNS.index(self.sort_key)
