"""Receivables reconciliation (DOMAIN 9, 11.1): per summary account the open customer transactions
(the AR subledger) against the general-ledger balance; they must agree."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ardesk.api import ReconciliationLine
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import ALERT, Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
AGREES = QColor("#1d6b3a")
ZERO = Decimal("0.00")


class ReconciliationModel(RecordTableModel):
    """The status column green when the account agrees, red when it does not; a difference in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() >= len(self.columns) - 2:
            return ALERT if self.row_at(index.row()).difference else AGREES
        return super().data(index, role)


class ReconciliationPage(Page):
    """One row per summary (receivable) account with the subledger total, the GL balance, the
    difference and whether they agree; totals in tiles and a verdict line above the table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Receivables reconciliation"),
            self.tr(
                "The open customer transactions of each summary account against its general-ledger balance, today."
            ),
        )
        self.rows: list[ReconciliationLine] = []
        self.reload = QPushButton(self.tr("Check again"))
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.reload)
        self.subledger_tile = Tile(self.tr("Open customer transactions"))
        self.ledger_tile = Tile(self.tr("General ledger balance"))
        self.difference_tile = Tile(self.tr("Difference"))
        tiles = QHBoxLayout()
        for tile in (self.subledger_tile, self.ledger_tile, self.difference_tile):
            tiles.addWidget(tile, 1)
        self.verdict = plain_label("", "")
        self.verdict.setWordWrap(True)
        self.model = ReconciliationModel(
            ctx,
            [
                Column(self.tr("Account"), lambda r: r.account),
                Column(self.tr("Name"), lambda r: r.name, stretch=True),
                Column(self.tr("Customer transactions"), lambda r: r.subledger, "amount"),
                Column(self.tr("General ledger"), lambda r: r.ledger, "amount"),
                Column(self.tr("Difference"), lambda r: r.difference, "amount"),
                Column(self.tr("Status"), lambda r: self.tr("Differs") if r.difference else self.tr("Agrees")),
            ],
            self,
        )
        self.view = make_table(self, 1)
        self.view.stretch_maximum = 2000
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.body.addLayout(tiles)
        self.body.addWidget(self.verdict)
        self.body.addWidget(self.view, 1)
        self.reload.clicked.connect(self.refresh)

    def refresh(self) -> None:
        self.loading = True
        self.ctx.runner.run(self.ctx.company.receivables_reconciliation, success=self._arrived, failure=self._failed)

    def _arrived(self, rows: list[ReconciliationLine]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        fit_columns(self.view)
        sub = sum((r.subledger for r in rows), ZERO)
        ledger = sum((r.ledger for r in rows), ZERO)
        difference = sum((r.difference for r in rows), ZERO)
        self.subledger_tile.set_value(self.ctx.amount(sub))
        self.ledger_tile.set_value(self.ctx.amount(ledger))
        differs = [r for r in rows if r.difference]
        self.difference_tile.set_value(self.ctx.amount(difference), alert=bool(differs))
        if differs:
            self.verdict.setStyleSheet("color: #b42318; font-weight: bold;")
            self.verdict.setText(
                self.tr(
                    "The customer transactions do not agree with the general ledger on %1. Summary accounts "
                    "take postings only from customer transactions, so a difference means the books were "
                    "changed outside ardesk."
                ).replace("%1", ", ".join(r.account for r in differs))
            )
        else:
            self.verdict.setStyleSheet("color: #1d6b3a; font-weight: bold;")
            self.verdict.setText(self.tr("The customer transactions agree with the general ledger on every account."))
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()
