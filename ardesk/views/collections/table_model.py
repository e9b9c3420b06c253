"""CollectionsTableModel: the customers with an overdue balance, by id, their rows fetched a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from ardesk.api import COLLECTION_SORT_COLUMNS, CollectionRow
from ardesk.views.context import AppContext
from ardesk.views.widgets.paged_model import Index, PagedIdModel

RowFetcher = Callable[[Sequence[int]], list[CollectionRow]]
ALERT = QColor("#b42318")
HELD = QColor("#9a5b00")
DISPUTED = QColor("#7a3fc4")
MUTED = QColor("#66707c")

#: The columns around the buckets ("b0", "b1", ... are inserted after "name").
HEAD = ("account", "name")
TAIL = ("total", "overdue", "days_overdue", "credit_limit", "credit_use", "status", "last_payment", "last_letter")
AMOUNTS = ("total", "overdue", "credit_limit")
NUMBERS = ("days_overdue", "credit_use")


def bucket_label(label: str) -> str:
    """A bucket label as a column heading: the label itself, the default Current and Over 90 translated."""
    return QCoreApplication.translate("Aging", label)


def bucket_caption(label: str) -> str:
    """A bucket label as a heading: "1-30" -> "1-30 days"; the default labels Current and Over 90 translated."""
    caption = QCoreApplication.translate("Aging", label)
    return (
        QCoreApplication.translate("CollectionsPage", "%1 days").replace("%1", caption)
        if label[-1:].isdigit()
        else caption
    )


class CollectionsTableModel(PagedIdModel[CollectionRow]):
    """The collections list for any number of customers (the Customers list's model, with the buckets of
    the aging definition as columns). The header asks for a sort; the model records it and emits
    sort_requested(key, descending), and the page fetches the new id order off the GUI thread."""

    columns: tuple[str, ...] = HEAD
    amounts: tuple[str, ...] = AMOUNTS

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
        self.sort_key = "overdue"
        self.descending = True
        self.as_of: dt.date = ctx.today()
        self.labels: tuple[str, ...] = ()
        self._bucket_tips: dict[str, str] = {}
        self._fixed_titles = {
            "account": self.tr("Account"),
            "name": self.tr("Name"),
            "status": self.tr("Status"),
            "total": self.tr("Total"),
            "overdue": self.tr("Overdue"),
            "days_overdue": self.tr("Days"),
            "credit_limit": self.tr("Credit limit"),
            "credit_use": self.tr("Used"),
            "last_payment": self.tr("Last payment"),
            "last_letter": self.tr("Last letter"),
        }
        self._tooltips = {
            "days_overdue": self.tr("Days the oldest overdue item is past its due date"),
            "credit_use": self.tr("The total as a percentage of the credit limit"),
            "last_letter": self.tr("Step and date of the last collection letter posted"),
        }
        self.set_labels(())

    def set_labels(self, labels: Sequence[str]) -> None:
        """The aging definition's bucket labels: the columns between status and total."""
        labels = tuple(labels)
        if labels == self.labels and self._titles:
            return
        self.beginResetModel()
        self.labels = labels
        self.columns = (*HEAD, *(f"b{i}" for i in range(len(labels))), *TAIL)
        self.amounts = (*AMOUNTS, *(f"b{i}" for i in range(len(labels))))
        self._titles = {**self._fixed_titles, **{f"b{i}": bucket_label(lb) for i, lb in enumerate(labels)}}
        self._bucket_tips = {f"b{i}": bucket_caption(lb) for i, lb in enumerate(labels)}
        self._pages.clear()
        self.endResetModel()

    def alignment(self, key: str) -> Qt.AlignmentFlag:
        right = key in self.amounts or key in NUMBERS
        return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter

    def load_page(self, ids: list[int]) -> list[CollectionRow | None]:
        found = {row.id: row for row in self._fetch_rows(ids)}
        return [found.get(i) for i in ids]  # a customer gone meanwhile leaves its row empty until the reload

    def info(self, row: int) -> CollectionRow | None:
        return self.row_at(row)

    def rows(self) -> list[CollectionRow]:
        """The rows of every id in the list, fetching the pages not yet read (small lists, tests)."""
        return [r for r in (self.row_at(i) for i in range(len(self._ids))) if r is not None]

    def days_overdue(self, row: CollectionRow) -> int | None:
        return None if row.oldest_due is None else (self.as_of - row.oldest_due).days

    # --- Qt ---------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            key = self.columns[section] if 0 <= section < len(self.columns) else ""
            return self._tooltips.get(key) or self._bucket_tips.get(key)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment(key))
        wanted = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
        )
        if role not in wanted:
            return None
        row = self.info(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.account
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, key)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold() if key == "name" and row.collection_status else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name":  # the whole name (the column may cut it), and the status
                return "\n".join(filter(None, (row.name, self.status_text(row, full=True))))
            if key == "status":
                return self.status_text(row, full=True) or None
            return None
        return self.display(row, key)

    def display(self, row: CollectionRow, key: str) -> str:
        if key.startswith("b") and key[1:].isdigit():
            value = row.buckets[int(key[1:])]
            return self.ctx.amount(value) if value else ""
        if key in AMOUNTS:
            return self.ctx.amount(getattr(row, key))
        if key == "days_overdue":
            days = self.days_overdue(row)
            return "" if days is None else str(days)
        if key == "credit_use":
            use = row.credit_use
            return "" if use is None else self.ctx.percent(use)
        if key == "last_payment":
            return self.ctx.date(row.last_payment)
        if key == "last_letter":
            if not row.letter_step:
                return ""
            return self.tr("%1 on %2").replace("%1", str(row.letter_step)).replace("%2", self.ctx.date(row.letter_date))
        if key == "status":
            return self.status_text(row)
        return str(getattr(row, key))

    def status_text(self, row: CollectionRow, *, full: bool = False) -> str:
        """On hold / Disputed / n items held; full: also the invoicing block and the letter step's code."""
        parts = []
        if row.collection_status == "hold":
            parts.append(self.tr("On hold"))
        elif row.collection_status == "disputed":
            parts.append(self.tr("Disputed"))
        if row.held_items:
            parts.append(self.tr("%n item(s) held", "", row.held_items))
        if row.invoicing_hold != "no" and (full or not parts):
            parts.append(self.tr("Invoicing blocked"))
        if full and row.letter_step:
            parts.append(self.tr("Last letter: %1").replace("%1", row.letter_code))
        return ", ".join(parts)

    def foreground(self, row: CollectionRow, key: str) -> QColor | None:
        if key in ("status", "name") and row.collection_status:
            return HELD if row.collection_status == "hold" else DISPUTED
        if key == "status":
            return MUTED
        if key == "overdue" and row.overdue > 0:
            return ALERT
        if key in ("total", "credit_use") and row.over_limit:
            return ALERT
        return None

    def _bold(self) -> QFont:
        font = QFont()
        font.setBold(True)
        return font

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column]
        if key not in COLLECTION_SORT_COLUMNS and not (key.startswith("b") and key[1:].isdigit()):
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_key, self.descending)

    def sort_column(self) -> int:
        return self.columns.index(self.sort_key) if self.sort_key in self.columns else -1
