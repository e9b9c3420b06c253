"""One document's own audit trail (issue 11): who posted, settled or reversed an invoice or payment, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from ardesk.api import AuditRow
from ardesk.views.context import AppContext
from ardesk.views.period.audit import VOUCHER_KINDS, AuditModel, action_text, local_time
from ardesk.views.widgets.page import fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column

SETTLEMENT = "settlement "  # services.payments: a settle/unsettle row's details name the settlement event


class DocumentAuditDialog(QDialog):
    """books.audit_trail(company, document=number), newest first: time, user, action in words, voucher, details.
    The rows load in the background; `loaded` fires when they are in."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, document: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document = document
        self.loading = False
        self.setWindowTitle(self.tr("Audit trail of %1").replace("%1", document))
        self.resize(860, 380)
        heading = plain_label(self.tr("Audit trail of %1").replace("%1", document), "pageTitle")
        note = plain_label(
            self.tr("Who posted, settled or reversed this document, and when. Newest first."),
            "muted",
        )
        note.setWordWrap(True)
        self.model = AuditModel(ctx, self.columns(), self)
        self.view = make_table(self, stretch_column=4)
        self.view.setModel(self.model)
        self.count_label = plain_label("", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.reload()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: local_time(r.at)),
            Column(self.tr("User"), lambda r: r.user),
            Column(self.tr("Action"), lambda r: action_text(r.action)),
            Column(self.tr("Voucher"), lambda r: r.voucher),
            Column(self.tr("Details"), self.details_text, stretch=True),
        ]

    def details_text(self, row: AuditRow) -> str:
        """A posting's voucher kind and a settlement's event in words; other details as recorded."""
        if row.action == "post" and row.details in VOUCHER_KINDS:
            return QCoreApplication.translate("AuditTrailPage", VOUCHER_KINDS[row.details])
        if row.action in ("settle", "unsettle") and row.details.startswith(SETTLEMENT):
            return self.tr("Settlement %1").replace("%1", row.details[len(SETTLEMENT) :])
        return row.details

    def reload(self) -> None:
        books, code, document = self.ctx.books, self.ctx.company.code, self.document

        def query() -> list[AuditRow]:
            return books.audit_trail(code, document=document)

        self.loading = True
        self.ctx.runner.run(query, success=self._arrived, failure=self._failed)

    def _arrived(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            fit_columns(self.view)
        self.count_label.setText(
            self.tr("%n event(s)", "", len(rows)) if rows else self.tr("Nothing in the audit trail for this document.")
        )
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()
