"""The Invoicing page: posted free-text invoices and credit notes with their open balance and status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ardesk.services import queries
from ardesk.services.queries import DocumentRow
from ardesk.views.context import AppContext
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.record_model import Column

KINDS = ("invoice", "credit_note")


class InvoicingPage(ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Invoicing"), self.tr("Posted free text invoices and credit notes"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, account or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.toolbar.addWidget(self.search)
        self.toolbar.addWidget(self.open_only)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.add_table()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.open_only.toggled.connect(self.refresh)

    def columns(self) -> Sequence[Column]:
        kinds = {"invoice": self.tr("Invoice"), "credit_note": self.tr("Credit note")}

        def currency(r: DocumentRow) -> str:
            return r.currency

        return [
            Column(self.tr("Number"), lambda r: r.number), Column(self.tr("Type"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Date"), lambda r: r.date, "date"), Column(self.tr("Account"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
            Column(self.tr("Due date"), lambda r: r.due_date, "date", alert=self._overdue),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency),
            Column(self.tr("Open balance"), lambda r: r.balance, "amount", currency),
            Column(self.tr("Currency"), currency),
            Column(self.tr("Status"), self.status, alert=self._overdue),
        ]

    def _overdue(self, row: DocumentRow) -> bool:
        return row.closed_date is None and row.balance > 0 and row.due_date is not None \
            and row.due_date < self.ctx.today()

    def status(self, row: DocumentRow) -> str:
        if row.closed_date is not None:
            return self.tr("Settled")
        if self._overdue(row):
            return self.tr("Overdue")
        if row.balance != row.amount:
            return self.tr("Partly settled")
        return self.tr("Open")

    def params(self) -> dict[str, Any]:
        return {"text": self.search.text(), "open_only": self.open_only.isChecked()}

    def fetch(self, s: Session, params: dict[str, Any]) -> list[Any]:
        return queries.documents(s, self.ctx.company_id, KINDS, text=params["text"], open_only=params["open_only"])

    def count_text(self, count: int) -> str:
        return self.tr("%n document(s)", "", count)
