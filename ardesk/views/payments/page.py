"""The Payments and settlements workspace: payment journals, posted payments and a customer's transactions;
payment entry and settlement open from its toolbar."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ardesk.api import PAYMENT_KINDS, DocumentRow, JournalRow
from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.payments.journal import JournalDialog
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.transactions import TransactionsView
from ardesk.views.period.document_audit import DocumentAuditDialog
from ardesk.views.widgets.export import Exporter
from ardesk.views.widgets.list_page import current_key, select_key
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel


class PaymentsPage(Page):
    """Tabs: Payment journals (open first), Posted payments, Customer transactions. The two lists load in
    the background; the transactions tab reads one customer at a time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Payments and settlements"), self.tr("Payment journals, customer payments and what they settled")
        )
        self._generation = 0
        self.rows_loaded = 0
        self.enter_button = QPushButton(self.tr("Enter customer payment"))
        self.enter_button.setObjectName("primary")
        self.settle_button = QPushButton(self.tr("Settle transactions"))
        self.new_journal_button = QPushButton(self.tr("New payment journal"))
        self.exporter = Exporter(self)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Open items or transactions as an Excel workbook or a CSV file"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Open items of all customers...")).triggered.connect(self.export_open_items)
        export_menu.addAction(self.tr("Transactions of all customers...")).triggered.connect(
            lambda: self.export_transactions(None)
        )
        self.export_customer_action = export_menu.addAction(self.tr("Transactions of the customer shown..."))
        self.export_customer_action.triggered.connect(self._export_shown_customer)
        export_menu.aboutToShow.connect(self._enable_export_actions)
        self.export_button.setMenu(export_menu)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.settle_button)
        self.toolbar.addWidget(self.new_journal_button)
        self.toolbar.addWidget(self.enter_button)

        self.model = RecordTableModel(ctx, self.journal_columns(), self)
        self.journal_view = make_table(self, stretch_column=1)
        self.journal_view.setModel(self.model)
        self.open_journal_button = QPushButton(self.tr("Open journal"))
        self.journal_count = plain_label("", "muted")
        self.journal_message = plain_label("", "muted")
        journals_tab = QWidget()
        jl = QVBoxLayout(journals_tab)
        jl.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.journal_count)
        bar.addWidget(self.journal_message, 1)
        bar.addWidget(self.open_journal_button)
        jl.addLayout(bar)
        jl.addWidget(self.journal_view, 1)

        self.payments = RecordTableModel(ctx, self.payment_columns(), self)
        self.payment_view = make_table(self, stretch_column=3)
        self.payment_view.setModel(self.payments)
        self.payment_count = plain_label("", "muted")
        self.show_transactions_button = QPushButton(self.tr("Show customer transactions"))
        self.deposit_button = QPushButton(self.tr("Deposit slip..."))
        self.deposit_button.setToolTip(self.tr("A deposit slip for the selected cheque payments (one bank account)"))
        self.payment_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.audit_button = QPushButton(self.tr("Audit trail"))
        self.audit_button.setToolTip(self.tr("Who posted, settled or reversed the selected payment, and when"))
        self.payment_message = plain_label("", "muted")
        payments_tab = QWidget()
        pl = QVBoxLayout(payments_tab)
        pl.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.payment_count)
        bar.addWidget(self.payment_message, 1)
        bar.addWidget(self.audit_button)
        bar.addWidget(self.deposit_button)
        bar.addWidget(self.show_transactions_button)
        pl.addLayout(bar)
        pl.addWidget(self.payment_view, 1)

        self.transactions = TransactionsView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(journals_tab, self.tr("Payment journals"))
        self.tabs.addTab(payments_tab, self.tr("Posted payments"))
        self.tabs.addTab(self.transactions, self.tr("Customer transactions"))
        self.body.addWidget(self.tabs, 1)

        self.enter_button.clicked.connect(lambda: self.open_settle())
        self.settle_button.clicked.connect(lambda: self.open_settle(settle_only=True))
        self.new_journal_button.clicked.connect(self.new_journal)
        self.open_journal_button.clicked.connect(self.open_selected_journal)
        self.journal_view.doubleClicked.connect(lambda _i: self.open_selected_journal())
        self.payment_view.doubleClicked.connect(lambda _i: self.show_payment_customer())
        self.show_transactions_button.clicked.connect(self.show_payment_customer)
        self.deposit_button.clicked.connect(self.deposit_selected)
        self.audit_button.clicked.connect(lambda _checked=False: self.audit_selected())
        self.payment_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable_audit())
        self._enable_audit()

    # --- files ----------------------------------------------------------------------------------
    def export_open_items(self) -> None:
        """Every open item as of today, with its days overdue, as an Excel workbook or CSV file."""
        today = self.ctx.today()
        stem = self.tr("open-items-%1").replace("%1", str(today))
        self.exporter.ask_and_export("open_items", self.tr("Export the open items as"), stem, as_of=today)

    def export_transactions(self, customer: str | None) -> None:
        """Every posted transaction (of one customer if given) as an Excel workbook or CSV file."""
        stem = self.tr("transactions-%1").replace("%1", customer or str(self.ctx.today()))
        self.exporter.ask_and_export(
            "transactions", self.tr("Export the transactions as"), stem, customer=customer or None
        )

    def _export_shown_customer(self) -> None:
        self.export_transactions(self.transactions.customer.account())

    def _enable_export_actions(self) -> None:
        self.export_customer_action.setEnabled(bool(self.transactions.customer.account()))

    def journal_columns(self) -> list[Column]:
        statuses = {"open": self.tr("Open"), "posted": self.tr("Posted")}
        return [
            Column(self.tr("Journal"), lambda r: r.number),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
            Column(self.tr("Lines"), lambda r: r.lines, "int"),
            Column(self.tr("Total"), lambda r: r.total, "amount"),
            Column(self.tr("Posted on"), lambda r: r.posted_date, "date"),
        ]

    def payment_columns(self) -> list[Column]:
        kinds = {"payment": self.tr("Payment"), "prepayment": self.tr("Prepayment")}

        def currency(r: DocumentRow) -> str:
            return r.currency

        return [
            Column(self.tr("Voucher"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Account"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
            Column(self.tr("Type"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Amount received"), lambda r: -r.amount, "amount", currency),
            Column(self.tr("Not settled"), lambda r: -r.balance or None, "amount", currency),
            Column(self.tr("Currency"), currency),
        ]

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        company = self.ctx.company

        def query() -> tuple[list[JournalRow], list[DocumentRow]]:
            return company.payment_journals(), company.document_rows(PAYMENT_KINDS, limit=5000)

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda result: self._arrived(generation, *result),
            failure=self._failed,
            text=self.tr("Loading payments..."),
        )
        if self.transactions.customer.account():
            self.transactions.reload()

    def _arrived(self, generation: int, journals: list[JournalRow], payments: list[DocumentRow]) -> None:
        if generation != self._generation:
            return
        journal, payment = (
            current_key(self.journal_view, self.model, _number),
            current_key(self.payment_view, self.payments, _number),
        )
        self.model.set_rows(journals)
        self.payments.set_rows(payments)
        select_key(self.journal_view, self.model, _number, journal)  # a reload keeps the rows the user chose
        select_key(self.payment_view, self.payments, _number, payment)
        self._enable_audit()
        for view, rows in ((self.journal_view, journals), (self.payment_view, payments)):
            if rows:
                fit_columns(view)
        self.rows_loaded = len(journals) + len(payments)
        open_count = sum(1 for j in journals if j.status == "open")
        self.journal_count.setText(
            self.tr("%n journal(s)", "", len(journals)) + ", " + self.tr("%n open", "", open_count)
        )
        self.journal_message.setText(
            "" if journals else self.tr("No payment journals yet: start one with New payment journal.")
        )
        self.payment_count.setText(
            self.tr("%n payment(s)", "", len(payments))
            if payments
            else self.tr("No payments yet. When a customer pays, click Enter customer payment.")
        )
        self.open_journal_button.setEnabled(bool(journals))
        if journals and not self.journal_view.currentIndex().isValid():
            self.journal_view.setCurrentIndex(self.model.index(0, 0))
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    # --- actions --------------------------------------------------------------------------------
    def open_settle(self, customer: str | None = None, *, settle_only: bool = False) -> SettleDialog:
        dialog = SettleDialog(
            self.ctx, self, customer=customer or self.transactions.customer.account(), settle_only=settle_only
        )
        dialog.open()
        return dialog

    def new_journal(self) -> JournalDialog | None:
        try:
            number = self.ctx.company.create_payment_journal(
                self.tr("Customer payments %1").replace("%1", self.ctx.date(self.ctx.today()))
            )
        except ArdeskError as exc:
            self.ctx.runner.error.emit(exc)
            return None
        self.ctx.notify_changed()
        return self.open_journal(number)

    def open_journal(self, number: str) -> JournalDialog:
        dialog = JournalDialog(self.ctx, number, self)
        dialog.open()
        return dialog

    def selected_journal(self) -> JournalRow | None:
        index = self.journal_view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected_journal(self) -> JournalDialog | None:
        row = self.selected_journal()
        return self.open_journal(row.number) if row is not None else None

    def show_payment_customer(self) -> None:
        index = self.payment_view.currentIndex()
        if not index.isValid():
            return
        row: Any = self.payments.row_at(index.row())
        self.tabs.setCurrentWidget(self.transactions)
        self.transactions.set_customer(row.customer)
        self.transactions.select(row.number)

    def _enable_audit(self) -> None:
        self.audit_button.setEnabled(self.payment_view.currentIndex().isValid())

    def audit_selected(self) -> DocumentAuditDialog | None:
        """The selected payment's own audit trail: its posting and what it settled (issue 11)."""
        index = self.payment_view.currentIndex()
        row = self.payments.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        dialog = DocumentAuditDialog(self.ctx, row.number, self)
        dialog.open()
        return dialog

    def deposit_selected(self) -> str | None:
        """DOMAIN 4.1: a deposit slip for the selected posted cheque payments, dated today."""
        rows = [self.payments.row_at(i.row()) for i in self.payment_view.selectionModel().selectedRows()]
        numbers = [r.number for r in rows if r is not None]
        if not numbers:
            return None
        try:
            slip = self.ctx.company.create_deposit_slip(self.ctx.today(), numbers)
        except ArdeskError as exc:
            self.payment_message.setStyleSheet("color: #b3261e;")
            self.payment_message.setText(message_text(exc, self.ctx.language))
            return None
        self.payment_message.setStyleSheet("color: #1d6b3a;")
        self.payment_message.setText(
            self.tr("Deposit slip %1 with %n payment(s).", "", len(numbers)).replace("%1", slip)
        )
        return slip


def _number(row: Any) -> object:
    """Journals and payments are named by their numbers."""
    return row.number
