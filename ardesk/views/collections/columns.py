"""The columns of the tables in the collections page's detail, and the names of kinds and statuses they show."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ardesk.api import CollectionItem, InterestNote, Letter
from ardesk.views.context import AppContext
from ardesk.views.widgets.record_model import Column


class DetailColumns(QObject):
    """Translated column titles and values for the open items, activities, letters and interest notes."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def status_name(self, status: str, item: CollectionItem | None = None) -> str:
        names = {
            "hold": self.tr("On hold"),
            "disputed": self.tr("Disputed"),
            "promise": self.tr("Promise to pay"),
            "promise_broken": self.tr("Promise broken"),
        }
        text = names.get(status, "")
        if status == "promise" and item is not None and item.promise_date is not None:
            text = self.tr("Promised for %1").replace("%1", self.ctx.date(item.promise_date))
        return text

    def kind_name(self, kind: str) -> str:
        return {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "payment": self.tr("Payment"),
            "prepayment": self.tr("Prepayment"),
            "fee": self.tr("Fee"),
            "interest_note": self.tr("Interest note"),
            "interest_reinstated": self.tr("Interest reinstated"),
            "call": self.tr("Call"),
            "note": self.tr("Note"),
            "promise": self.tr("Promise to pay"),
            "dispute": self.tr("Dispute"),
            "hold": self.tr("Hold"),
            "release": self.tr("Release"),
        }.get(kind, kind)

    def items(self) -> list[Column]:
        def currency(r: CollectionItem) -> str:
            return r.currency

        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Type"), lambda r: self.kind_name(r.kind)),
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Due date"), lambda r: r.due_date, "date"),
            Column(self.tr("Days overdue"), lambda r: r.days_overdue, "int", alert=lambda r: bool(r.days_overdue)),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency),
            Column(self.tr("Open balance"), lambda r: r.balance, "amount", currency),
            Column(self.tr("Currency"), currency),
            Column(self.tr("Collection status"), lambda r: self.status_name(r.status, r)),
            Column(self.tr("Letter step"), lambda r: r.letter_step or None, "int"),
        ]

    def activities(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Kind"), lambda r: self.kind_name(r.kind)),
            Column(self.tr("Text"), lambda r: r.text),
            Column(self.tr("Transaction"), lambda r: r.transaction),
            Column(self.tr("Promised for"), lambda r: r.promise_date, "date"),
            Column(self.tr("Amount promised"), lambda r: r.promise_amount, "amount"),
            Column(self.tr("Follow up"), lambda r: r.follow_up, "date"),
            Column(self.tr("Done"), lambda r: r.done, "bool"),
        ]

    def letters(self) -> list[Column]:
        states = {
            "created": self.tr("Proposal"),
            "posted": self.tr("Posted"),
            "reversed": self.tr("Reversed"),
            "cancelled": self.tr("Cancelled"),
        }

        def currency(r: Letter) -> str:
            return r.currency or self.ctx.currency

        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: r.letter_date, "date"),
            Column(self.tr("Step"), lambda r: f"{r.step_index} {r.step}"),
            Column(self.tr("State"), lambda r: states.get(r.state, r.state)),
            Column(self.tr("Overdue"), lambda r: r.overdue_total, "amount", currency),
            Column(self.tr("Fee"), lambda r: r.fee or None, "amount", currency),
            Column(self.tr("Transactions"), lambda r: len(r.lines), "int"),
            Column(self.tr("Printed"), lambda r: r.printed, "bool"),
        ]

    def notes(self) -> list[Column]:
        states = {
            "created": self.tr("Proposal"),
            "posted": self.tr("Posted"),
            "waived": self.tr("Waived"),
            "reinstated": self.tr("Reinstated"),
            "reversed": self.tr("Reversed"),
            "cancelled": self.tr("Cancelled"),
        }

        def currency(r: InterestNote) -> str:
            return r.currency or self.ctx.currency

        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Interest to"), lambda r: r.to_date, "date"),
            Column(self.tr("Posted on"), lambda r: r.posted_date, "date"),
            Column(self.tr("Interest code"), lambda r: r.interest_code),
            Column(self.tr("State"), lambda r: states.get(r.state, r.state)),
            Column(self.tr("Interest"), lambda r: r.total, "amount", currency),
            Column(self.tr("Adjusted"), lambda r: sum(a.amount for a in r.adjustments) or None, "amount", currency),
        ]
