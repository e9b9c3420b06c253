"""PagedIdModel: a table model that keeps only the ordered row ids and fetches rows a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class PagedIdModel(QAbstractTableModel, Generic[Row]):
    """Big lists (100,000 customers, a year of invoices): the page sorts and filters in SQL and hands
    over the id order (set_ids); rows are fetched by load_page when shown, the last max_pages kept.

    Subclasses set columns, amounts (right-aligned) and _titles, and give load_page and data.
    The view's header asks for a sort; the model records it and emits sort_requested(key, descending)."""

    sort_requested = Signal(str, bool)
    columns: tuple[str, ...] = ()
    amounts: tuple[str, ...] = ()

    def __init__(self, *, page_size: int = 200, max_pages: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self._titles: dict[str, str] = {}

    def load_page(self, ids: list[int]) -> list[Row | None]:
        """The rows of these ids, in their order; None where a row vanished meanwhile."""
        raise NotImplementedError

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
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_at(self, row: int) -> Row | None:
        """The record on a row, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self.load_page(self._ids[number * self.page_size : (number + 1) * self.page_size])
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.page_size
        return page[offset] if offset < len(page) else None

    def row_of_id(self, row_id: int | None) -> int:
        """The row showing this id, or -1."""
        try:
            return self._ids.index(row_id)  # type: ignore[arg-type]
        except ValueError:
            return -1

    # --- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[self.columns[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment(self.columns[section]))
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag:
        return RIGHT if key in self.amounts else LEFT
