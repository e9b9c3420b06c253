"""The audit trail (issue 11): who posted, settled, closed or reopened what, when, with which program version;
newest first, filtered by action, by document or voucher number, and limited in length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from ardesk.api import AuditRow
from ardesk.views.context import AppContext
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

#: The audit trail's actions (services.audit) in words, translated in the "AuditTrailPage" context.
ACTIONS: dict[str, str] = {
    "post": QT_TRANSLATE_NOOP("AuditTrailPage", "Posted"),  # type: ignore[dict-item]
    "settle": QT_TRANSLATE_NOOP("AuditTrailPage", "Settled"),  # type: ignore[dict-item]
    "unsettle": QT_TRANSLATE_NOOP("AuditTrailPage", "Settlement undone"),  # type: ignore[dict-item]
    "close_period": QT_TRANSLATE_NOOP("AuditTrailPage", "Month closed"),  # type: ignore[dict-item]
    "reopen_period": QT_TRANSLATE_NOOP("AuditTrailPage", "Month reopened"),  # type: ignore[dict-item]
    "hold_period": QT_TRANSLATE_NOOP("AuditTrailPage", "Month put on hold"),  # type: ignore[dict-item]
    "release_period": QT_TRANSLATE_NOOP("AuditTrailPage", "Month released"),  # type: ignore[dict-item]
}
#: The kinds of voucher a posting names in its details, in words.
VOUCHER_KINDS: dict[str, str] = {
    "invoice": QT_TRANSLATE_NOOP("AuditTrailPage", "Invoice"),  # type: ignore[dict-item]
    "credit_note": QT_TRANSLATE_NOOP("AuditTrailPage", "Credit note"),  # type: ignore[dict-item]
    "payment": QT_TRANSLATE_NOOP("AuditTrailPage", "Payment"),  # type: ignore[dict-item]
    "prepayment": QT_TRANSLATE_NOOP("AuditTrailPage", "Prepayment"),  # type: ignore[dict-item]
    "reversal": QT_TRANSLATE_NOOP("AuditTrailPage", "Reversal"),  # type: ignore[dict-item]
    "refund": QT_TRANSLATE_NOOP("AuditTrailPage", "Refund"),  # type: ignore[dict-item]
    "write_off": QT_TRANSLATE_NOOP("AuditTrailPage", "Write-off"),  # type: ignore[dict-item]
    "interest_note": QT_TRANSLATE_NOOP("AuditTrailPage", "Interest note"),  # type: ignore[dict-item]
    "fee": QT_TRANSLATE_NOOP("AuditTrailPage", "Collection fee"),  # type: ignore[dict-item]
    "fee_waiver": QT_TRANSLATE_NOOP("AuditTrailPage", "Fee waived"),  # type: ignore[dict-item]
    "settlement": QT_TRANSLATE_NOOP("AuditTrailPage", "Settlement"),  # type: ignore[dict-item]
    "journal": QT_TRANSLATE_NOOP("AuditTrailPage", "Journal"),  # type: ignore[dict-item]
    "intercompany": QT_TRANSLATE_NOOP("AuditTrailPage", "Intercompany"),  # type: ignore[dict-item]
}
DEFAULT_LIMIT = 1000
FILTER_DELAY_MS = 400


def action_text(action: str) -> str:
    """An audit action in words (an unknown one as it is stored)."""
    return QCoreApplication.translate("AuditTrailPage", ACTIONS[action]) if action in ACTIONS else action


def local_time(at: dt.datetime) -> dt.datetime:
    """The stored time (UTC, the database's CURRENT_TIMESTAMP) on this computer's clock."""
    return at.replace(tzinfo=dt.UTC).astimezone() if at.tzinfo is None else at.astimezone()


class AuditModel(RecordTableModel):
    """The time column as the locale's date and the time of day (sorted on the moment itself)."""

    def display(self, column: Column, record: Any) -> str:
        value = column.value(record)
        if isinstance(value, dt.datetime):
            return f"{self.ctx.date(value.date())}  {value:%H:%M:%S}"
        return super().display(column, record)


class AuditTrailPage(ListPage):
    """The company's audit trail, newest first: time, user, action in words, document and voucher, details,
    program version. Filters: action, an exact document or voucher number, how many rows."""

    empty_text = QT_TRANSLATE_NOOP("ListPage", "Nothing in the audit trail matches these filters.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._first_model = self.model  # kept as the page's child (see SetupListPage)
        self.model = AuditModel(ctx, self._first_model.columns, self)
        self.view.setModel(self.model)
        self.set_title(
            self.tr("Audit trail"),
            self.tr(
                "Who posted, settled, closed or reopened what, and when; the database refuses to change these "
                "rows. Newest first."
            ),
        )
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for code in ACTIONS:
            self.action.addItem(action_text(code), code)
        self.action.setToolTip(self.tr("Show one kind of event only"))
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("Document or voucher number"))
        self.document.setClearButtonEnabled(True)
        self.document.setToolTip(self.tr("The exact number of a document or voucher, or a month end (2026-01-31)"))
        self.document.setMinimumWidth(220)
        self.limit = QSpinBox()
        self.limit.setRange(1, 100_000)
        self.limit.setSingleStep(500)
        self.limit.setValue(DEFAULT_LIMIT)
        self.limit.setToolTip(self.tr("Show at most this many of the newest events"))
        self.reload = QPushButton(self.tr("Refresh"))
        self.reload.setToolTip(self.tr("Read the audit trail again"))
        self.toolbar.addWidget(plain_label(self.tr("Action"), "muted"))
        self.toolbar.addWidget(self.action)
        self.toolbar.addWidget(self.document)
        self.toolbar.addWidget(plain_label(self.tr("At most"), "muted"))
        self.toolbar.addWidget(self.limit)
        self.toolbar.addWidget(self.reload)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.count_label)
        self.add_table()

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        self.document.textChanged.connect(lambda _t: self._delay.start())
        self.limit.valueChanged.connect(lambda _v: self._delay.start())
        self.reload.clicked.connect(lambda _checked=False: self.refresh())

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Time"), lambda r: local_time(r.at)),
            Column(self.tr("User"), lambda r: r.user),
            Column(self.tr("Action"), lambda r: action_text(r.action)),
            Column(self.tr("Document"), lambda r: r.document),
            Column(self.tr("Voucher"), lambda r: r.voucher),
            Column(self.tr("Details"), self.details_text, stretch=True),
            Column(self.tr("Program version"), lambda r: r.version),
        ]

    def details_text(self, row: AuditRow) -> str:
        """A posting's voucher kind in words; the other actions' details (reasons, documents) as recorded."""
        if row.action == "post" and row.details in VOUCHER_KINDS:
            return QCoreApplication.translate("AuditTrailPage", VOUCHER_KINDS[row.details])
        return row.details

    def params(self) -> dict[str, Any]:
        return {
            "action": self.action.currentData() or None,
            "document": self.document.text().strip() or None,
            "limit": self.limit.value(),
        }

    def fetch(self, params: dict[str, Any]) -> list[AuditRow]:
        return self.ctx.books.audit_trail(self.ctx.company.code, **params)

    def count_text(self, count: int) -> str:
        return self.tr("%n event(s)", "", count)
