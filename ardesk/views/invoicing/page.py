"""The Invoicing workspace: drafts, posted, open and overdue invoices and credit notes in one lazy list with
filters and SQL totals, and the actions on them (new, edit, delete, post, credit, correct, print, recurring)."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)

from ardesk.api import INVOICE_STATUSES as STATUSES
from ardesk.api import CurrencyTotal, InvoiceDetail, InvoiceFilter, InvoiceList, InvoiceRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit, InvoiceDialog
from ardesk.views.invoicing.einvoice_actions import EInvoiceButton
from ardesk.views.invoicing.progress import Progress, ProgressRun
from ardesk.views.invoicing.recurring_run import draft_due_invoices
from ardesk.views.invoicing.table_model import COLUMNS, InvoiceTableModel
from ardesk.views.period.document_audit import DocumentAuditDialog
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.page import Page, action_button, make_table, plain_label

WIDTHS = {
    "number": 104,
    "kind": 88,
    "date": 86,
    "customer": 62,
    "name": 260,
    "due_date": 86,
    "amount": 100,
    "balance": 104,
    "currency": 66,
    "status": 92,
}
SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)
TAB_STYLE = """
QTabBar#statusTabs::tab { background: transparent; border: none; border-bottom: 2px solid transparent;
                          padding: 5px 14px; margin-right: 4px; color: #3d4650; }
QTabBar#statusTabs::tab:hover { color: #1f5fa8; }
QTabBar#statusTabs::tab:selected { border-bottom: 2px solid #1f5fa8; color: #0f2f57; font-weight: bold; }
"""


class OptionalDate(DateEdit):
    """A date filter that may be empty: its lowest value shows as "any"."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(dt.date(2000, 1, 1), language, parent)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("any"))
        self.setMinimumWidth(100)

    def optional(self) -> dt.date | None:
        return None if self.date() == NO_DATE else self.value()


class InvoicingPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Invoicing"), self.tr("Free text invoices and credit notes: drafts, posted, open and overdue")
        )
        self._generation = 0
        self._select_after_load: int | None = None
        self.rows_loaded = 0
        self.counts: dict[str, int] = {}
        self.totals: list[CurrencyTotal] = []
        self._customer_text = ""
        self.preview_folder = Path(tempfile.gettempdir()) / "ardesk-preview"

        # --- actions --------------------------------------------------------------------------------
        self.new_button = action_button(self.tr("New invoice"), self.new_invoice, "primary")
        self.edit_button = action_button(self.tr("Edit"), self.edit_selected)
        self.post_button = action_button(self.tr("Post"), self.post_selected)
        self.delete_button = action_button(self.tr("Delete"), self.delete_selected)
        self.credit_button = action_button(self.tr("Credit note"), self.credit_selected)
        self.correct_button = action_button(self.tr("Correct"), self.correct_selected)
        self.preview_button = action_button(self.tr("Preview"), self.preview_selected)
        self.save_pdf_button = action_button(self.tr("Save PDF..."), self.save_pdf_selected)
        self.pro_forma_button = action_button(self.tr("Pro forma..."), self.pro_forma_selected)
        self.pro_forma_button.setToolTip(self.tr("Save the selected draft invoice as a pro forma invoice PDF"))
        self.einvoice_button = EInvoiceButton(self)
        self.recurring_button = action_button(self.tr("Recurring invoices..."), lambda: self.generate_recurring())
        self.audit_button = action_button(self.tr("Audit trail"), self.audit_selected)
        self.audit_button.setToolTip(self.tr("Who posted, settled or reversed the selected document, and when"))
        self.post_button.setToolTip(self.tr("Post the selected drafts"))
        self.delete_button.setToolTip(self.tr("Delete the selected drafts"))
        self.credit_button.setToolTip(self.tr("Credit the selected invoice"))
        self.correct_button.setToolTip(self.tr("Cancel the selected invoice and post a corrected one"))
        self.recurring_button.setToolTip(self.tr("Draft every recurring invoice that is due"))
        for group in (
            (self.new_button, self.edit_button, self.post_button, self.delete_button),
            (self.credit_button, self.correct_button),
            (self.preview_button, self.save_pdf_button, self.pro_forma_button),
        ):
            for button in group:
                self.toolbar.addWidget(button)
            self.toolbar.addWidget(_separator())
        self.toolbar.takeAt(self.toolbar.count() - 1).widget().deleteLater()
        self.toolbar.addStretch(1)

        # --- status tabs and filters -------------------------------------------------------------
        self.tabs = QTabBar()
        self.tabs.setObjectName("statusTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setStyleSheet(TAB_STYLE)
        self._tab_titles = {
            "all": self.tr("All"),
            "draft": self.tr("Drafts"),
            "posted": self.tr("Posted"),
            "open": self.tr("Open"),
            "overdue": self.tr("Overdue"),
        }
        for status in STATUSES:
            self.tabs.addTab(self._tab_titles[status])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, account or name"))
        self.search.setClearButtonEnabled(True)
        # Its hint shows whole in every language (plus the padding and frame); it takes what the filters leave.
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(180, hint + 24))
        self.search.setMaximumWidth(360)
        self.customer = CustomerPicker(ctx.company, placeholder=self.tr("All customers"))
        self.customer.setMinimumWidth(160)
        self.date_from = OptionalDate(ctx.language)
        self.date_to = OptionalDate(ctx.language)
        self.amount_min = QLineEdit()
        self.amount_max = QLineEdit()
        for edit, text in ((self.amount_min, self.tr("min")), (self.amount_max, self.tr("max"))):
            edit.setPlaceholderText(text)
            edit.setFixedWidth(84)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.customer)
        filters.addWidget(plain_label(self.tr("Date"), "muted"))
        filters.addWidget(self.date_from)
        filters.addWidget(plain_label("–", "muted"))
        filters.addWidget(self.date_to)
        filters.addWidget(plain_label(self.tr("Amount"), "muted"))
        filters.addWidget(self.amount_min)
        filters.addWidget(plain_label("–", "muted"))
        filters.addWidget(self.amount_max)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        # Recurring invoices sits on the tabs' row: on the toolbar it made the Dutch page wider than the window.
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs)
        tab_row.addStretch(1)
        tab_row.addWidget(self.audit_button)
        tab_row.addWidget(self.einvoice_button)  # E-invoice too: the Dutch toolbar has no room left
        tab_row.addWidget(self.recurring_button)
        self.body.addLayout(tab_row)
        self.body.addLayout(filters)

        # --- the list and its footer ---------------------------------------------------------------
        self.model = InvoiceTableModel(ctx, self._fetch_rows, self.status, parent=self)
        self.view = make_table(self, stretch_column=COLUMNS.index("name"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        for column, key in enumerate(COLUMNS):
            header.resizeSection(column, WIDTHS[key])
        header.setSortIndicator(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.body.addWidget(self.view, 1)
        self.add_message_line()
        self.count_label = plain_label("", "muted")
        self.totals_label = plain_label("", "totals")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer = QFrame()
        footer.setObjectName("listFooter")
        row = QHBoxLayout(footer)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.totals_label)
        footer.setStyleSheet(
            "QFrame#listFooter { background: #ffffff; border: 1px solid #d5dae1; "
            "border-top: none; } QLabel#totals { color: #1f2933; }"
        )
        self.body.setSpacing(0)
        self.body.addWidget(footer)
        self.body.addSpacing(6)
        self.body.addWidget(self.message)

        # --- wiring -----------------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.customer.resolved.connect(self._customer_filter_left)  # a customer, or text naming no one
        for date_edit in (self.date_from, self.date_to):
            date_edit.dateChanged.connect(lambda _d: self._debounce.start())
        for edit in (self.amount_min, self.amount_max):
            edit.textChanged.connect(lambda _t: self._debounce.start())
        self.model.sort_requested.connect(lambda _key, _desc: self.refresh())
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        QShortcut(QKeySequence.StandardKey.New, self, self.new_invoice)
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview_selected)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.preview_button.setToolTip(self.tr("Open the PDF (Ctrl+P)"))
        self._update_actions()

    # --- filters ----------------------------------------------------------------------------------
    @property
    def status_filter(self) -> str:
        return STATUSES[max(self.tabs.currentIndex(), 0)]

    def set_status(self, status: str) -> None:
        self.tabs.setCurrentIndex(STATUSES.index(status))

    def filter(self) -> InvoiceFilter:
        """The filter the widgets describe; an amount that cannot be read is marked and left out."""
        amounts: list[Decimal | None] = []
        for edit in (self.amount_min, self.amount_max):
            try:
                value = parse_amount(edit.text(), self.ctx.locale)
                edit.setProperty("invalid", False)
            except ValidationError:
                value = None
                edit.setProperty("invalid", True)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            amounts.append(value)
        customer = self.customer.account()
        if customer is None and self.customer.text():
            customer = self.customer.text()  # no such customer: an empty list (the picker shows it in red)
        return InvoiceFilter(
            status=self.status_filter,
            as_of=self.ctx.today(),
            text=self.search.text(),
            customer=customer,
            date_from=self.date_from.optional(),
            date_to=self.date_to.optional(),
            amount_min=amounts[0],
            amount_max=amounts[1],
        )

    def _customer_filter_left(self) -> None:
        self.customer.choice()  # resolves what was typed
        if self.customer.text() != self._customer_text:
            self._customer_text = self.customer.text()
            self.refresh()

    def clear_filters(self) -> None:
        for widget in (self.search, self.customer, self.date_from, self.date_to, self.amount_min, self.amount_max):
            widget.blockSignals(True)
        self.search.clear()
        self.customer.set_account(None)
        self._customer_text = ""
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.amount_min.clear()
        self.amount_max.clear()
        for widget in (self.search, self.customer, self.date_from, self.date_to, self.amount_min, self.amount_max):
            widget.blockSignals(False)
        self.refresh()

    # --- loading ----------------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[int], as_of: dt.date) -> list[InvoiceRow]:
        return self.ctx.company.invoice_rows(ids, as_of=as_of)

    def refresh(self) -> None:
        """Ids, totals and tab counts for the filter in the background; rows come later, a page at a time."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        current = self.current_row()
        if current is not None and self._select_after_load is None:
            self._select_after_load = current.id
        f, key, descending = self.filter(), self.model.sort_key, self.model.descending
        company = self.ctx.company

        def query() -> InvoiceList:
            return company.invoice_list(f, sort=key, descending=descending)

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda found: self._arrived(generation, found.ids, found.totals, found.counts),
            failure=self._failed,
            text=self.tr("Loading invoices..."),
        )

    def _arrived(self, generation: int, ids: list[int], totals: list[CurrencyTotal], counts: dict[str, int]) -> None:
        if generation != self._generation:  # an older filter answered late
            return
        self.model.set_ids(ids)
        self.rows_loaded = len(ids)
        self.totals, self.counts = totals, counts
        self.count_label.setText(self.count_text(len(ids)) if ids else self.empty_text(counts))
        self.totals_label.setText(self.totals_text(totals))
        for i, status in enumerate(STATUSES):
            self.tabs.setTabText(i, f"{self._tab_titles[status]}  {counts.get(status, 0)}")
        if self._select_after_load is not None and (row := self.model.row_of_id(self._select_after_load)) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        elif ids and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._select_after_load = None
        self._update_actions()
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def count_text(self, count: int) -> str:
        return self.tr("%n document(s)", "", count)

    def empty_text(self, counts: dict[str, int]) -> str:
        """What to do next when the list is empty: clear the filters, or write the first invoice."""
        edits = (self.search, self.amount_min, self.amount_max)
        dates = (self.date_from.optional(), self.date_to.optional())
        if any(e.text().strip() for e in edits) or self.customer.text() or any(dates):
            return self.tr("No document matches the filters. Clear filters shows them all.")
        if not counts.get("all", 0):
            return self.tr("No invoices yet. Click New invoice (Ctrl+N) to write your first invoice.")
        return self.count_text(0)

    def totals_text(self, totals: list[CurrencyTotal]) -> str:
        """Per currency: the sum of the amounts and of the open balances of every filtered document."""
        if not totals:
            return ""
        parts = [
            self.tr("Total %1 %2    Open %1 %3")
            .replace("%1", t.currency)
            .replace("%2", self.ctx.amount(t.amount, t.currency))
            .replace("%3", self.ctx.amount(t.balance, t.currency))
            for t in totals
        ]
        return "      |      ".join(parts)

    # --- status -----------------------------------------------------------------------------------
    def status(self, row: InvoiceRow) -> str:
        """As of the list's date, like the tabs: the row's balance and overdue come from the API."""
        if row.status == "draft":
            return self.tr("Draft")
        if self.model.overdue(row):
            return self.tr("Overdue")
        if row.balance == 0:
            return self.tr("Settled")
        if row.balance is not None and row.balance != row.amount:
            return self.tr("Partly settled")
        return self.tr("Open")

    # --- selection --------------------------------------------------------------------------------
    def selected_rows(self) -> list[InvoiceRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = [self.model.row_at(r) for r in rows]
        return [r for r in found if r is not None]

    def current_row(self) -> InvoiceRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        """Select these documents (tests and after a change)."""
        self.view.clearSelection()
        flags = self.view.selectionModel().SelectionFlag
        for invoice_id in ids:
            row = self.model.row_of_id(invoice_id)
            if row >= 0:
                self.view.selectionModel().select(self.model.index(row, 0), flags.Select | flags.Rows)
                self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        self._update_actions()

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        drafts = [r for r in rows if r.status == "draft"]
        one = rows[0] if len(rows) == 1 else None
        posted = one is not None and one.status == "posted"
        self.edit_button.setEnabled(one is not None and one.status == "draft")
        self.post_button.setEnabled(bool(drafts) and len(drafts) == len(rows))
        self.delete_button.setEnabled(bool(drafts) and len(drafts) == len(rows))
        self.credit_button.setEnabled(posted and one.kind == "invoice")
        self.correct_button.setEnabled(posted and one.kind == "invoice" and one.closed_date is None)
        self.preview_button.setEnabled(posted)
        self.save_pdf_button.setEnabled(bool(rows) and all(r.status == "posted" and r.number for r in rows))
        self.pro_forma_button.setEnabled(one is not None and one.status == "draft" and one.kind == "invoice")
        self.einvoice_button.setEnabled(posted)
        self.audit_button.setEnabled(posted and bool(one.number))
        self.post_button.setText(
            self.tr("Post (%1)").replace("%1", str(len(drafts))) if len(drafts) > 1 else self.tr("Post")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, ArdeskError):
            self.say(message_text(exc, self.ctx.language))
            QMessageBox.warning(self, self.tr("Invoicing"), message_text(exc, self.ctx.language))
        else:
            self.ctx.runner.error.emit(exc)

    # --- editing ----------------------------------------------------------------------------------
    def _detail(self, row: InvoiceRow) -> InvoiceDetail:
        return self.ctx.company.invoice_detail(row.id)

    def open_dialog(self, dialog: InvoiceDialog) -> InvoiceDialog:
        """Run the editor (tests replace this to drive it); select what it saved or posted afterwards."""
        dialog.exec()
        return dialog

    def _after_dialog(self, dialog: InvoiceDialog) -> None:
        if dialog.posted:
            self.say(self.tr("Posted %1.").replace("%1", dialog.posted))
            self._select_after_load = self.ctx.company.invoice_detail(number=dialog.posted).id
        elif dialog.draft_id is not None and dialog.result():
            self.say(self.tr("Draft saved."))
            self._select_after_load = dialog.draft_id

    def new_invoice(self) -> None:
        self._after_dialog(self.open_dialog(InvoiceDialog(self.ctx, None, parent=self)))

    def edit_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status != "draft":
            return
        self._after_dialog(self.open_dialog(InvoiceDialog(self.ctx, self._detail(row), parent=self)))

    def open_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.status == "draft":
            self.edit_selected()
        else:
            self.preview_selected()

    def credit_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status != "posted" or row.kind != "invoice":
            return
        dialog = InvoiceDialog(self.ctx, None, mode="credit_note", original=self._detail(row), parent=self)
        self._after_dialog(self.open_dialog(dialog))

    def correct_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status != "posted" or row.kind != "invoice":
            return
        dialog = InvoiceDialog(self.ctx, None, mode="correct", original=self._detail(row), parent=self)
        self._after_dialog(self.open_dialog(dialog))

    def delete_selected(self) -> None:
        drafts = [r for r in self.selected_rows() if r.status == "draft"]
        if not drafts:
            return
        question = self.tr("Delete the selected drafts (%1)? This cannot be undone.").replace("%1", str(len(drafts)))
        answer = QMessageBox.question(
            self,
            self.tr("Delete drafts"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            for row in drafts:
                self.ctx.company.delete_draft(row.id)
        except ArdeskError as exc:
            self._fail(exc)
        self.say(self.tr("Drafts deleted: %1.").replace("%1", str(len(drafts))))
        self.ctx.notify_changed()

    # --- posting ----------------------------------------------------------------------------------
    def confirm_post(self, drafts: list[InvoiceRow]) -> bool:
        """Posting cannot be undone: ask first, with the count and the total per currency (as the journal does)."""
        totals: dict[str, Decimal] = {}
        for r in drafts:
            totals[r.currency] = totals.get(r.currency, Decimal(0)) + r.amount
        total = " + ".join(f"{c} {self.ctx.amount(a, c)}" for c, a in sorted(totals.items()))
        text = self.tr("Post %n invoice(s) for a total of %1?", "", len(drafts)).replace("%1", total)
        return QMessageBox.question(self, self.tr("Post drafts"), text) == QMessageBox.StandardButton.Yes

    def post_selected(self) -> None:
        """Post the selected drafts in the background; a summary tells what was posted and what not."""
        drafts = [r for r in self.selected_rows() if r.status == "draft"]
        if not drafts or not self.confirm_post(drafts):
            return
        ids = [r.id for r in drafts]
        company = self.ctx.company
        run = ProgressRun(
            self.ctx.runner,
            self,
            self.tr("Post drafts"),
            self.tr("Posting drafts (%1)...").replace("%1", str(len(ids))),
        )

        def work(progress: Progress) -> Any:
            return company.post_drafts(ids, stop_at_first_error=False, progress=progress)

        run.run(work, success=lambda result: self._posted(result, drafts), failure=self._fail)

    def _posted(self, result: Any, drafts: list[InvoiceRow]) -> None:
        names = {r.id: f"{r.customer} {r.customer_name}" for r in drafts}
        lines = [self.tr("Documents posted: %1.").replace("%1", str(len(result.posted)))]
        if result.posted:
            lines[0] += " " + (
                result.posted[0]
                if len(result.posted) == 1
                else self.tr("%1 to %2").replace("%1", result.posted[0]).replace("%2", result.posted[-1])
            )
        language = self.ctx.language
        draft = self.tr("Draft %1")
        if result.errors:
            lines.append(self.tr("Drafts not posted: %1").replace("%1", str(len(result.errors))))
            lines += [
                f"  {draft.replace('%1', str(i))} ({names.get(i, '')}): {f}: {field_message(exc, language)}"
                for (i, f, _), (_, exc) in zip(result.errors, result.refusals, strict=True)
            ]
        if result.cautions:
            lines.append(self.tr("Posted with a warning:"))
            lines += [f"  {draft.replace('%1', str(i))}: {field_message(w, language)}" for i, w in result.cautions]
        if result.stopped:
            lines.append(self.tr("The run stopped early; the remaining drafts are still drafts."))
        summary = "\n".join(lines)
        self.say(summary)
        if len(drafts) > 1 or result.errors:
            QMessageBox.information(self, self.tr("Post drafts"), summary)
        self.ctx.notify_changed()

    def audit_selected(self) -> DocumentAuditDialog | None:
        """The selected posted document's own audit trail: its posting, settlements and reversals (issue 11)."""
        row = self.current_row()
        if row is None or row.status != "posted" or not row.number:
            return None
        dialog = DocumentAuditDialog(self.ctx, row.number, self)
        dialog.open()
        return dialog

    # --- recurring invoices -----------------------------------------------------------------------
    def generate_recurring(self, invoice_date: dt.date | None = None) -> None:
        """Draft every recurring invoice due up to the date (asked when None); the Drafts tab then shows them."""
        self.recurring_run = draft_due_invoices(self, invoice_date, then=self._show_recurring_drafts)

    def _show_recurring_drafts(self, result: Any) -> None:
        if result.drafts:
            self.set_status("draft")

    # --- printing ---------------------------------------------------------------------------------
    def _print(self, number: str, path: Path, then: Any) -> None:
        company = self.ctx.company

        def work() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            company.print_invoice(number, path)
            return path

        self.ctx.runner.run(
            work, success=then, failure=self._fail, text=self.tr("Printing %1...").replace("%1", number)
        )

    def preview_selected(self) -> None:
        """The posted document as PDF in the system's viewer."""
        row = self.current_row()
        if row is None or row.status != "posted" or not row.number:
            return
        self._print(row.number, self.preview_folder / f"{row.number}.pdf", self.open_file)

    def open_file(self, path: Path) -> None:
        self.say(self.tr("Opened %1.").replace("%1", str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_pdf_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "posted" and r.number]
        if len(rows) > 1:
            self.save_pdfs([r.number for r in rows])
            return
        row = self.current_row()
        if row is None or row.status != "posted" or not row.number:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path.home() / f"{row.number}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        self._print(row.number, Path(name), lambda path: self.say(self.tr("Saved %1.").replace("%1", str(path))))

    def pro_forma_selected(self) -> None:
        """The selected draft invoice as a pro forma invoice PDF (no invoice number), saved where the user says."""
        row = self.current_row()
        if row is None or row.status != "draft" or row.kind != "invoice":
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save pro forma"), str(Path.home() / f"pro-forma-{row.id}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        company, path, draft_id = self.ctx.company, Path(name), row.id

        def work() -> Path:
            company.print_pro_forma(draft_id, path)
            return path

        self.ctx.runner.run(
            work,
            success=lambda done: self.say(self.tr("Saved %1.").replace("%1", str(done))),
            failure=self._fail,
            text=self.tr("Printing the pro forma..."),
        )

    def save_pdfs(self, numbers: list[str]) -> None:
        """A print run: every selected document as NUMBER.pdf in a chosen folder, in the background."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the PDFs in"), str(Path.home()))
        if not folder:
            return
        company = self.ctx.company
        run = ProgressRun(
            self.ctx.runner,
            self,
            self.tr("Save PDFs"),
            self.tr("Printing %1 documents...").replace("%1", str(len(numbers))),
        )
        run.run(
            lambda progress: company.print_invoices(numbers, folder, progress=progress),
            lambda paths: self.say(
                self.tr("Saved %1 PDFs in %2.").replace("%1", str(len(paths))).replace("%2", folder)
            ),
            self._fail,
        )


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #d5dae1;")
    line.setFixedWidth(10)
    return line
