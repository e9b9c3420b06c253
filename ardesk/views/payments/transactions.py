"""A customer's transactions, open and closed, with their settlements; Unsettle, Reverse and NSF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from ardesk.api import PAYMENT_KINDS, SettlementRecord, TransactionRow
from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.payments.widgets import ActionDialog, banner, show_banner
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.page import fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

#: (title, text, with_fee) -> (posting date, fee) or None when the user cancels.
REVERSIBLE = ("invoice", "credit_note", "fee", "interest_note", *PAYMENT_KINDS)
Ask = Callable[[str, str, bool], "tuple[dt.date, Decimal | None] | None"]


class TransactionsView(QWidget):
    """Pick a customer: every transaction with its balance and discount taken; below, the settlements of
    the selected one. Actions ask for a posting date (and an NSF fee) before anything is posted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask: Ask = self._ask
        self.customer = CustomerPicker(ctx.company)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.count_label = plain_label("", "muted")
        # The hint may be long (and longer in Dutch): it must not widen the window.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_label.setMinimumWidth(120)
        self.reverse_button = QPushButton(self.tr("Reverse..."))
        self.nsf_button = QPushButton(self.tr("NSF..."))
        self.nsf_button.setToolTip(self.tr("A bounced payment: reverse it, reopen what it settled, charge a fee"))
        self.unsettle_button = QPushButton(self.tr("Unsettle..."))
        self.write_off_button = QPushButton(self.tr("Write off..."))
        self.write_off_button.setToolTip(self.tr("Close the open balance of the selected transaction as a bad debt"))
        self.ask_write_off: Callable[[str, str], tuple[dt.date, bool] | None] = self._ask_write_off
        bar = QHBoxLayout()
        bar.addWidget(plain_label(self.tr("Customer"), "muted"))
        bar.addWidget(self.customer)
        bar.addWidget(self.open_only)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.write_off_button)
        bar.addWidget(self.reverse_button)
        bar.addWidget(self.nsf_button)

        self.model = RecordTableModel(ctx, self.transaction_columns(), self)
        self.view = make_table(self, stretch_column=None)
        self.view.setModel(self.model)
        self.settlements = RecordTableModel(ctx, self.settlement_columns(), self)
        self.settlement_view = make_table(self, stretch_column=None)
        self.settlement_view.setModel(self.settlements)
        self.settlement_title = plain_label(self.tr("Settlements"), "")
        self.settlement_title.setStyleSheet("font-weight: bold;")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.settlement_title)
        heading.addStretch(1)
        heading.addWidget(self.unsettle_button)
        lower_layout.addLayout(heading)
        lower_layout.addWidget(self.settlement_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.message = banner()
        self.status = plain_label("", "")
        self.status.setStyleSheet("color: #1d6b3a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)

        self.customer.customer_changed.connect(lambda _c: self.reload())
        self.open_only.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_settlements())
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.nsf_button.clicked.connect(self.nsf_selected)
        self.unsettle_button.clicked.connect(self.unsettle_selected)
        self.write_off_button.clicked.connect(self.write_off_selected)
        self.reload()

    def transaction_columns(self) -> list[Column]:
        kinds = {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "payment": self.tr("Payment"),
            "prepayment": self.tr("Prepayment"),
            "cash_discount": self.tr("Cash discount"),
            "reversal": self.tr("Reversal"),
            "fee": self.tr("Fee"),
            "penny_difference": self.tr("Penny difference"),
            "over_underpayment": self.tr("Over/underpayment"),
            "write_off": self.tr("Write-off"),
            "interest_note": self.tr("Interest note"),
            "bill_of_exchange": self.tr("Bill of exchange"),
            "bill_transfer": self.tr("Bill of exchange transfer"),
        }

        def currency(r: TransactionRow) -> str:
            return r.currency

        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Type"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Due date"), lambda r: r.due_date, "date"),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency),
            Column(self.tr("Open balance"), lambda r: r.balance, "amount", currency),
            Column(self.tr("Discount taken"), lambda r: r.discount_taken or None, "amount", currency),
            Column(self.tr("Closed on"), lambda r: r.closed_date, "date"),
            Column(self.tr("Reference"), lambda r: r.reference),
            Column(self.tr("Status"), lambda r: self.tr("Open") if r.closed_date is None else self.tr("Closed")),
        ]

    def settlement_columns(self) -> list[Column]:
        def other(r: SettlementRecord) -> str:
            current = self.selected()
            return r.credit if current is not None and r.debit == current.number else r.debit

        def currency(_r: SettlementRecord) -> str:
            current = self.selected()
            return current.currency if current is not None else self.ctx.currency

        return [
            Column(self.tr("Settled with"), other),
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency),
            Column(self.tr("Cash discount"), lambda r: r.discount or None, "amount", currency),
            Column(self.tr("Difference"), lambda r: r.difference or None, "amount", currency),
            Column(self.tr("Exchange result"), lambda r: r.exchange_result or None, "amount", currency),
            Column(self.tr("Unsettled on"), lambda r: r.unsettled_date, "date"),
        ]

    # --- loading ----------------------------------------------------------------------------------
    def set_customer(self, account: str) -> None:
        self.customer.set_account(account)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        account = self.customer.account()
        current = self.selected()
        keep = select or (current.number if current is not None else None)
        rows = self.ctx.company.transaction_rows(account, open_only=self.open_only.isChecked()) if account else []
        self.model.set_rows(rows)
        if rows:
            fit_columns(self.view)
        self.count_label.setText(
            self.tr("%n transaction(s)", "", len(rows))
            if account
            else self.tr("Choose a customer to see their transactions and settlements.")
        )
        row = next((i for i, r in enumerate(rows) if r.number == keep), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.load_settlements()

    def selected(self) -> TransactionRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select(self, number: str) -> None:
        row = next((i for i, r in enumerate(self.model.rows()) if r.number == number), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def load_settlements(self) -> None:
        current = self.selected()
        records = self.ctx.company.settlements(current.number) if current is not None else []
        self.settlements.set_rows(records)
        if records:
            fit_columns(self.settlement_view)
        self.settlement_title.setText(
            self.tr("Settlements of %1").replace("%1", current.number)
            if current is not None
            else self.tr("Settlements")
        )
        self._enable()

    def selected_settlement(self) -> SettlementRecord | None:
        index = self.settlement_view.currentIndex()
        return self.settlements.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        current = self.selected()
        self.reverse_button.setEnabled(current is not None and current.kind in REVERSIBLE)
        self.nsf_button.setEnabled(current is not None and current.kind in PAYMENT_KINDS)
        self.write_off_button.setEnabled(current is not None and current.balance != 0)
        self.unsettle_button.setEnabled(any(r.unsettled_date is None for r in self.settlements.rows()))

    # --- actions ----------------------------------------------------------------------------------
    def _ask(self, title: str, text: str, with_fee: bool) -> tuple[dt.date, Decimal | None] | None:
        dialog = ActionDialog(self.ctx, title, text, with_fee=with_fee, parent=self)
        return dialog.values if dialog.exec() else None

    def _ask_write_off(self, title: str, text: str) -> tuple[dt.date, bool] | None:
        dialog = ActionDialog(
            self.ctx, title, text, option=self.tr("Reverse the sales tax on the written-off part"), parent=self
        )
        dialog.option.setChecked(True)
        return (dialog.values[0], dialog.option.isChecked()) if dialog.exec() and dialog.values else None

    def write_off_selected(self) -> bool:
        """DOMAIN 4.14: write off the open balance of the selected transaction."""
        current = self.selected()
        if current is None or current.balance == 0:
            return False
        answer = self.ask_write_off(
            self.tr("Write off %1").replace("%1", current.number),
            self.tr(
                "Write off the %1 still open on %2? It is posted to the write-off "
                "account and the transaction is closed."
            )
            .replace("%1", self.ctx.amount(current.balance, current.currency))
            .replace("%2", current.number),
        )
        if answer is None:
            return False
        day, separate_tax = answer
        return self._run(
            lambda: self.ctx.company.write_off(day, [current.number], separate_sales_tax=separate_tax),
            self.tr("%1 written off.").replace("%1", current.number),
            current.number,
        )

    def _run(self, action: Callable[[], object], done: str, select: str | None = None) -> bool:
        show_banner(self.message, "")
        try:
            action()
        except ArdeskError as exc:
            show_banner(self.message, message_text(exc, self.ctx.language))
            return False
        self.status.setText(done)
        self.ctx.notify_changed()
        self.reload(select)
        return True

    def reverse_selected(self) -> bool:
        current = self.selected()
        if current is None:
            return False
        answer = self.ask(
            self.tr("Reverse %1").replace("%1", current.number),
            self.tr("Post an exact reversal of %1 (%2)? What it settled is opened again.")
            .replace("%1", current.number)
            .replace("%2", self.ctx.amount(current.amount, current.currency)),
            False,
        )
        if answer is None:
            return False
        day = answer[0]
        return self._run(
            lambda: self.ctx.company.reverse(current.number, day),
            self.tr("%1 reversed.").replace("%1", current.number),
            current.number,
        )

    def nsf_selected(self) -> bool:
        current = self.selected()
        if current is None or current.kind not in PAYMENT_KINDS:
            return False
        answer = self.ask(
            self.tr("Returned payment %1").replace("%1", current.number),
            self.tr(
                "Payment %1 of %2 bounced (NSF)? It is reversed, the invoices it paid are opened "
                "again and an optional fee is charged to the customer."
            )
            .replace("%1", current.number)
            .replace("%2", self.ctx.amount(-current.amount, current.currency)),
            True,
        )
        if answer is None:
            return False
        day, fee = answer
        return self._run(
            lambda: self.ctx.company.nsf_payment(current.number, day, fee=fee),
            self.tr("Payment %1 returned as NSF.").replace("%1", current.number),
            current.number,
        )

    def unsettle_selected(self) -> bool:
        record = self.selected_settlement()
        if record is None:
            record = next((r for r in self.settlements.rows() if r.unsettled_date is None), None)
        current = self.selected()
        if record is None or current is None:
            return False
        answer = self.ask(
            self.tr("Unsettle"),
            self.tr(
                "Undo the settlement of %1 with %2 (and the rest of that settlement action)? Both "
                "become open again; cash discounts and differences are reversed."
            )
            .replace("%1", record.debit)
            .replace("%2", record.credit),
            False,
        )
        if answer is None:
            return False
        day = answer[0]
        return self._run(
            lambda: self.ctx.company.unsettle(record.id, day),
            self.tr("Settlement of %1 with %2 undone.").replace("%1", record.debit).replace("%2", record.credit),
            current.number,
        )
