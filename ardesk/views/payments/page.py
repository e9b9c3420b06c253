"""The Payments and settlements page: posted customer payments (payment entry comes in a later release)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ardesk.services import queries
from ardesk.views.context import AppContext
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.record_model import Column


class PaymentsPage(ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Payments and settlements"), self.tr("Customer payments and what they settled"))
        self.empty_text = self.tr(
            "No customer payments have been posted yet.\n\n"
            "Entering payments and settling them against invoices comes in a later release; "
            "posted payments will be listed here.")
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.add_table()

    def columns(self) -> Sequence[Column]:
        def currency(r: queries.DocumentRow) -> str:
            return r.currency

        return [Column(self.tr("Voucher"), lambda r: r.number), Column(self.tr("Date"), lambda r: r.date, "date"),
                Column(self.tr("Account"), lambda r: r.customer),
                Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
                Column(self.tr("Amount"), lambda r: r.amount, "amount", currency),
                Column(self.tr("Not settled"), lambda r: r.balance, "amount", currency),
                Column(self.tr("Currency"), currency)]

    def fetch(self, s: Session, params: dict[str, Any]) -> list[Any]:
        return queries.documents(s, self.ctx.company_id, ("payment",))

    def count_text(self, count: int) -> str:
        return self.tr("%n payment(s)", "", count)
