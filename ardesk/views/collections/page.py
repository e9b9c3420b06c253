"""The Credit and collections page: aging totals per bucket and the list of overdue open items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ardesk.api import AgingSummary, DocumentRow
from ardesk.views.context import AppContext
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column

#: Labels of the default aging definition (services.chart.DEFAULT_AGING), for the Dutch UI.
BUCKET_LABELS = (QT_TRANSLATE_NOOP("Aging", "Current"), QT_TRANSLATE_NOOP("Aging", "Over 90"))


class Tile(QFrame):
    """A small card: a caption above an amount."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = plain_label(caption, "tileLabel")
        self.value = plain_label("", "tileValue")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set_value(self, text: str, alert: bool = False) -> None:
        self.value.setText(text)
        self.value.setObjectName("tileValueAlert" if alert else "tileValue")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class CollectionsPage(ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Credit and collections"), "")
        self.as_of = ctx.today()
        self.summary: AgingSummary | None = None
        self.tiles_row = QHBoxLayout()
        self.tiles_row.setSpacing(10)
        self.tiles: list[Tile] = []
        self.body.addLayout(self.tiles_row)
        self.list_title = plain_label(self.tr("Overdue transactions"), "")
        self.list_title.setStyleSheet("font-weight: bold; margin-top: 6px;")
        heading = QHBoxLayout()
        heading.addWidget(self.list_title)
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        self.body.addLayout(heading)
        self.add_table()

    def columns(self) -> Sequence[Column]:
        def currency(r: DocumentRow) -> str:
            return r.currency

        return [
            Column(self.tr("Account"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Due date"), lambda r: r.due_date, "date"),
            Column(self.tr("Days overdue"), self.days_overdue, "int", alert=lambda r: self.days_overdue(r) > 60),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency),
            Column(self.tr("Open balance"), lambda r: r.balance, "amount", currency),
            Column(self.tr("Currency"), currency),
        ]

    def days_overdue(self, row: DocumentRow) -> int:
        """Days since the item fell due (its due date, else its document date: the API's rule)."""
        return (self.as_of - (row.falls_due or row.date)).days

    def params(self) -> dict[str, Any]:
        self.as_of = self.ctx.today()
        return {"as_of": self.as_of}

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.overdue_items(params["as_of"])

    def fetch_extra(self, params: dict[str, Any]) -> AgingSummary | None:
        return self.ctx.company.aging_summary(params["as_of"])

    def after_load(self, rows: list[Any], extra: AgingSummary | None) -> None:
        self.summary = extra
        self.set_title(
            self.tr("Credit and collections"),
            self.tr("Aged balances as of %1, in %2")
            .replace("%1", self.ctx.date(self.as_of))
            .replace("%2", self.ctx.currency),
        )
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        if extra is None:
            return
        for index, (label, amount) in enumerate(extra.buckets):
            tile = Tile(self.bucket_caption(label), self)
            tile.set_value(self.ctx.amount(amount), alert=index > 0 and amount > 0)
            self.tiles.append(tile)
        total = Tile(self.tr("Total open"), self)
        total.set_value(self.ctx.amount(extra.total))
        self.tiles.append(total)
        for tile in self.tiles:
            self.tiles_row.addWidget(tile, 1)

    def bucket_caption(self, label: str) -> str:
        """ "1-30" -> "1-30 days"; the default labels Current and Over 90 are translated."""
        caption = QCoreApplication.translate("Aging", label)
        return self.tr("%1 days").replace("%1", caption) if label[-1:].isdigit() else caption

    def count_text(self, count: int) -> str:
        return self.tr("%n overdue transaction(s)", "", count)
