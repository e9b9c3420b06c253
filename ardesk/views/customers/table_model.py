"""CustomerTableModel: keeps only the ordered customer ids and fetches rows lazily, a page at a time."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ardesk.services.records import CustomerInfo
from ardesk.views.context import AppContext

Index = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[CustomerInfo]]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
OVER_LIMIT = QColor("#b42318")

#: Column keys in display order; the first five can be sorted in SQL (services.customers.SORT_COLUMNS).
COLUMNS = ("account", "name", "group", "currency", "balance", "credit_limit", "language")
SORTABLE = ("account", "name", "group", "currency", "balance")
AMOUNTS = ("balance", "credit_limit")


class CustomerTableModel(QAbstractTableModel):
    """The Customers list for any number of customers (Anki's browser table model, in small).

    The view's header asks for a sort; the model only records it and emits sort_requested(key,
    descending), and the page fetches the new id order off the GUI thread and calls set_ids."""

    sort_requested = Signal(str, bool)

    def __init__(self, ctx: AppContext, fetch_rows: RowFetcher, *, page_size: int = 200, max_pages: int = 50,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CustomerInfo | None]] = OrderedDict()
        self.sort_key = "account"
        self.descending = False
        #: Seconds the most recent page fetch took (shown by the 100,000-customer test).
        self.last_fetch_seconds = 0.0
        self._titles = {
            "account": self.tr("Account"), "name": self.tr("Name"), "group": self.tr("Group"),
            "currency": self.tr("Currency"), "balance": self.tr("Balance"), "credit_limit": self.tr("Credit limit"),
            "language": self.tr("Language"),
        }
        self._languages = {"en": self.tr("English"), "nl": self.tr("Dutch")}

    # --- data in --------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """A new id order (search, sort, or after a change). Same ids: only the cached rows are dropped."""
        ids = list(ids)
        if ids == self._ids:
            self.invalidate()
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget cached rows (the books changed) and let the view fetch what it shows again."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def info(self, row: int) -> CustomerInfo | None:
        """The customer on a row, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.page_size
        return page[offset] if offset < len(page) else None

    def row_of_id(self, customer_id: int | None) -> int:
        """The row showing this customer id, or -1."""
        try:
            return self._ids.index(customer_id)  # type: ignore[arg-type]
        except ValueError:
            return -1

    def _load(self, number: int) -> list[CustomerInfo | None]:
        ids = self._ids[number * self.page_size:(number + 1) * self.page_size]
        started = time.perf_counter()
        rows = self._fetch_rows(ids)
        self.last_fetch_seconds = time.perf_counter() - started
        # A customer that vanished meanwhile leaves its row empty until the next reload.
        page: list[CustomerInfo | None] = [*rows, *[None] * (len(ids) - len(rows))]
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in AMOUNTS else LEFT)
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

