"""Customer statements (DOMAIN 10): one customer's statement on screen and as a PDF, and print runs of many."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import CustomerChoice, CustomerGroupRow, Statement
from ardesk.views.collections.table_model import bucket_caption
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.invoicing.progress import Progress, ProgressRun
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.customer_picker import label as customer_label
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
RELOAD_DELAY_MS = 400


def previous_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month before today's: a statement's usual period."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


def folder_problem(folder: Path) -> str:
    """Why nothing can be written into the folder ("" when it can), in the words of the message shown."""
    if not folder.is_dir():
        return QCoreApplication.translate("Folders", "The folder %1 does not exist.").replace("%1", str(folder))
    if not os.access(folder, os.W_OK):
        return QCoreApplication.translate("Folders", "The folder %1 cannot be written to.").replace("%1", str(folder))
    return ""


@dataclass(frozen=True)
class Entry:
    """A row of the statement on screen: a movement, or the opening or closing balance (total=True)."""

    date: dt.date
    balance: Decimal
    currency: str
    number: str = ""
    kind: str = ""
    description: str = ""
    due_date: dt.date | None = None
    debit: Decimal | None = None
    credit: Decimal | None = None
    total: bool = False


class EntriesModel(RecordTableModel):
    """The statement's rows in date order (not sortable: the running balance reads top to bottom); the
    opening and closing balances in bold."""

    def __init__(self, ctx: AppContext, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(ctx, columns, parent)
        self.bold = QFont()
        self.bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and getattr(self.row_at(index.row()), "total", False):
            return self.bold
        return super().data(index, role)


@dataclass(frozen=True)
class BatchChoice:
    """What a print run prints: the period, which customers (customers or group; neither: all) and how."""

    start: dt.date
    end: dt.date
    customers: tuple[str, ...] | None = None
    group: str | None = None
    with_balance_only: bool = True
    combined: bool = False


class BatchDialog(QDialog):
    """The choices of a print run: period, customers (all with a balance, a group, or the customers added
    one by one with the customer picker; nothing reads all customers), one PDF per customer into a folder
    or one combined PDF. choice() reads them."""

    def __init__(
        self,
        ctx: AppContext,
        groups: Sequence[CustomerGroupRow],
        start: dt.date,
        end: dt.date,
        ticked: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print statements"))
        self.setMinimumWidth(620)
        self.start = DateEdit(start, ctx.language)
        self.end = DateEdit(end, ctx.language)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(plain_label("–", "muted"))
        period.addWidget(self.end)
        period.addStretch(1)

        self.all_button = QRadioButton(self.tr("&All customers"))
        self.group_button = QRadioButton(self.tr("Customer &group"))
        self.selected_button = QRadioButton(self.tr("&Selected customers"))
        self.who = QButtonGroup(self)
        for button in (self.all_button, self.group_button, self.selected_button):
            self.who.addButton(button)
        self.group = CodeCombo([(g.code, f"{g.code} - {g.name}") for g in groups])
        self.group_button.setEnabled(bool(groups))
        self._picked: CustomerChoice | None = None  # what the picker shows, once resolved to a customer
        self.picker = CustomerPicker(ctx.company)
        self.picker.setToolTip(self.tr("Type an account or part of a name; Enter chooses it, Enter again adds it"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        self.chosen = QListWidget()
        self.chosen.setMinimumHeight(120)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name ends in "...", its tooltip whole
        self.chosen.setStyleSheet("QListWidget { background: #ffffff; } QListWidget::item { padding: 2px 4px; }")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.with_balance = QCheckBox(self.tr("Only customers with a balance on the end date"))
        self.with_balance.setChecked(True)
        self.with_balance.setToolTip(self.tr("Off: also customers with a movement in the period"))
        customers_box = QGroupBox(self.tr("Customers"))
        grid = QGridLayout(customers_box)
        grid.addWidget(self.all_button, 0, 0)
        grid.addWidget(self.group_button, 1, 0)
        grid.addWidget(self.group, 1, 1)
        grid.addWidget(self.selected_button, 2, 0)
        grid.addWidget(self.picker, 2, 1)
        grid.addWidget(self.add_button, 2, 2)
        grid.addWidget(self.chosen, 3, 1)
        grid.addWidget(self.remove_button, 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.with_balance, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.per_customer = QRadioButton(self.tr("One PDF per customer, in a &folder"))
        self.combined = QRadioButton(self.tr("One &combined PDF file"))
        self.per_customer.setChecked(True)
        output_box = QGroupBox(self.tr("Output"))
        output = QVBoxLayout(output_box)
        output.addWidget(self.per_customer)
        output.addWidget(self.combined)

        self.error = error_label()
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(self.tr("Print..."), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Period"), period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(customers_box, 1)
        layout.addWidget(output_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.tick(ticked)
        (self.selected_button if ticked else self.all_button).setChecked(True)
        self.picker.customer_changed.connect(self._customer_changed)
        self.picker.edit.installEventFilter(self)  # after the picker's own filter, so this one runs first
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen.selectedItems()))
        )
        self.group.activated.connect(lambda _i: self.group_button.setChecked(True))
        self.who.buttonToggled.connect(lambda _b, _on: self._enable())
        self._enable()

    def _enable(self) -> None:
        self.group.setEnabled(self.group_button.isChecked())

    def _customer_changed(self, choice: CustomerChoice | None) -> None:
        self._picked = choice
        self.add_button.setEnabled(choice is not None)
        if choice is not None:
            self.selected_button.setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a customer already chosen in the picker adds it (typed text: the picker resolves it
        first), instead of pressing Print."""
        if (
            watched is self.picker.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._picked is not None
            and self.picker.text() == customer_label(self._picked)
        ):
            self.add_picked()
            return True
        return super().eventFilter(watched, event)

    def add_picked(self) -> None:
        """Add the picker's customer to the chosen ones (once), then empty the picker for the next."""
        choice = self.picker.choice()
        if choice is None:
            return
        self._add(choice)
        self.selected_button.setChecked(True)
        self.picker.clear()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add(self, choice: CustomerChoice) -> QListWidgetItem:
        for row in range(self.chosen.count()):
            item = self.chosen.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == choice.account:
                break
        else:
            item = QListWidgetItem(customer_label(choice))
            item.setToolTip(customer_label(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.account)
            self.chosen.addItem(item)
        self.chosen.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.chosen.scrollToItem(item)
        return item

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))

    def ticked(self) -> list[str]:
        """The accounts of the chosen customers, in the order they were added."""
        return [str(self.chosen.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.chosen.count())]

    def tick(self, accounts: Sequence[str]) -> None:
        """Make these accounts (and no others) the chosen customers; unknown accounts are left out."""
        self.chosen.clear()
        for account in accounts:
            choice = self.ctx.company.customer_choice(account)
            if choice is not None:
                self._add(choice)

    def choice(self) -> BatchChoice:
        return BatchChoice(
            start=self.start.value(),
            end=self.end.value(),
            customers=tuple(self.ticked()) if self.selected_button.isChecked() else None,
            group=self.group.code() if self.group_button.isChecked() else None,
            with_balance_only=self.with_balance.isChecked(),
            combined=self.combined.isChecked(),
        )

    def problem(self) -> str:
        choice = self.choice()
        if choice.start > choice.end:
            return self.tr("The period starts after it ends.")
        if self.selected_button.isChecked() and not choice.customers:
            return self.tr("Add at least one customer.")
        return ""

    def accept(self) -> None:
        if self.selected_button.isChecked() and self.picker.choice() is not None:
            self.add_picked()  # a customer picked but not yet added is meant to be printed too
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            super().accept()


class StatementsPage(Page):
    """A customer and a period (the previous month unless changed): the statement's opening balance, its
    movements with the running balance, the closing balance, the items open on the end date and their aging;
    "Print PDF" saves it; "Print statements" prints many in the background (BatchDialog)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Customer statements"),
            self.tr("Opening balance, movements with the running balance, closing balance and open items"),
        )
        self.statement: Statement | None = None
        self.folder = Path.home()
        self.batch_run: ProgressRun | None = None
        self._generation = 0
        self._resolving = False  # show_statement reading the picker: its customer_changed is not a choice
        self._kinds = {
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
            "interest_reinstated": self.tr("Interest reinstated"),
            "intercompany": self.tr("Settled by group company"),
            "refund": self.tr("Refund"),
            "bill_of_exchange": self.tr("Bill of exchange"),
            "bill_transfer": self.tr("Bill of exchange transfer"),
        }

        # --- toolbar --------------------------------------------------------------------------------
        start, end = previous_month(ctx.today())
        self.customer = CustomerPicker(ctx.company)
        self.customer.setMinimumWidth(240)  # grows with the window; 300 pushed the Dutch page past 1280 px
        self.customer.setToolTip(self.tr("Type an account or part of a name (Ctrl+F); Enter shows the statement"))
        self.start = DateEdit(start, ctx.language)
        self.end = DateEdit(end, ctx.language)
        self.currency = QComboBox()
        self.currency.setToolTip(self.tr("The customer has transactions in more than one currency"))
        self.currency.hide()
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("primary")
        self.show_button.setToolTip(self.tr("Enter"))
        self.print_button = QPushButton(self.tr("Print PDF..."))
        self.print_button.setToolTip(self.tr("Save this statement as a PDF (Ctrl+P)"))
        self.print_button.setEnabled(False)
        self.batch_button = QPushButton(self.tr("Print statements..."))
        self.batch_button.setToolTip(
            self.tr("Print the statements of many customers into a folder or one file (Ctrl+Shift+P)")
        )
        self.toolbar.addWidget(plain_label(self.tr("Customer"), "muted"))
        self.toolbar.addWidget(self.customer, 1)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(plain_label(self.tr("Period"), "muted"))
        self.toolbar.addWidget(self.start)
        self.toolbar.addWidget(plain_label("–", "muted"))
        self.toolbar.addWidget(self.end)
        self.toolbar.addWidget(self.currency)
        self.toolbar.addWidget(self.show_button)
        self.toolbar.addWidget(self.print_button)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.batch_button)

        # --- the statement ----------------------------------------------------------------------------
        self.heading = plain_label("", "statementHeading")
        self.heading.setStyleSheet("QLabel#statementHeading { font-size: 11pt; font-weight: bold; }")
        self.period_label = plain_label("", "muted")
        self.tiles = {
            key: Tile(caption)
            for key, caption in (
                ("opening", self.tr("Opening balance")),
                ("debit", self.tr("Invoiced and charged")),
                ("credit", self.tr("Paid and credited")),
                ("closing", self.tr("Closing balance")),
                ("overdue", self.tr("Overdue")),
            )
        }
        band = QHBoxLayout()
        band.setSpacing(8)
        for tile in self.tiles.values():
            band.addWidget(tile, 1)

        self.model = EntriesModel(ctx, self._entry_columns(), self)
        self.view = make_table(self, stretch_column=3)
        self.view.setModel(self.model)
        self.items_model = RecordTableModel(ctx, self._item_columns(), self)
        self.items_view = make_table(self, stretch_column=1)
        self.items_view.setModel(self.items_model)
        self.items_view.setStyleSheet("QTableView { border: none; }")  # the group box is its frame
        self.items_box = QGroupBox()
        items_layout = QVBoxLayout(self.items_box)
        items_layout.setContentsMargins(0, 4, 0, 0)
        items_layout.addWidget(self.items_view)
        self.aging_box = QGroupBox()
        self.aging_grid = QGridLayout(self.aging_box)
        self.aging_grid.setHorizontalSpacing(24)
        self.aging_grid.setVerticalSpacing(4)
        self.aging_values: dict[str, str] = {}
        lower = QWidget()
        lower_row = QHBoxLayout(lower)
        lower_row.setContentsMargins(0, 0, 0, 0)
        lower_row.setSpacing(10)
        lower_row.addWidget(self.items_box, 3)
        lower_row.addWidget(self.aging_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(12)
        title_row.addWidget(self.period_label)
        title_row.addStretch(1)
        column.addLayout(title_row)
        column.addLayout(band)
        column.addWidget(self.splitter, 1)
        self.placeholder = plain_label(
            self.tr("Choose a customer and a period, then press Enter to show the statement."), "placeholder"
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        self.body.addWidget(self.stack, 1)
        self.add_message_line()
        self.body.addWidget(self.message)

        # --- wiring -----------------------------------------------------------------------------------
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self._period_changed)
        self.show_button.clicked.connect(self.show_statement)
        self.print_button.clicked.connect(self.print_pdf)
        self.batch_button.clicked.connect(self.open_batch)
        self.customer.customer_changed.connect(self._customer_chosen)
        self.currency.activated.connect(lambda _i: self.show_statement())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._reload.start())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.show_statement, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_customer)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_pdf)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.open_batch)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    # --- columns ------------------------------------------------------------------------------------
    def _entry_columns(self) -> list[Column]:
        def currency(e: Entry) -> str:
            return e.currency

        return [
            Column(self.tr("Date"), lambda e: e.date, "date"),
            Column(self.tr("Number"), lambda e: e.number),
            Column(self.tr("Type"), lambda e: e.kind),
            Column(self.tr("Description"), lambda e: e.description, stretch=True),
            Column(self.tr("Due date"), lambda e: e.due_date, "date"),
            Column(self.tr("Debit"), lambda e: e.debit, "amount", currency),
            Column(self.tr("Credit"), lambda e: e.credit, "amount", currency),
            Column(self.tr("Balance"), lambda e: e.balance, "amount", currency),
        ]

    def _item_columns(self) -> list[Column]:
        def currency(_item: object) -> str:
            return self.statement.currency if self.statement is not None else self.ctx.currency

        return [
            Column(self.tr("Number"), lambda i: i.number),
            Column(self.tr("Type"), lambda i: self._kinds.get(i.kind, i.kind)),
            Column(self.tr("Date"), lambda i: i.date, "date"),
            Column(self.tr("Due date"), lambda i: i.due_date, "date"),
            Column(self.tr("Amount"), lambda i: i.amount, "amount", currency),
            Column(self.tr("Open"), lambda i: i.balance, "amount", currency),
            Column(self.tr("Days overdue"), lambda i: i.days_overdue if i.overdue else None, "int", None, _overdue),
        ]

    # --- loading ------------------------------------------------------------------------------------
    def _focus_customer(self) -> None:
        self.customer.setFocus()
        self.customer.edit.selectAll()

    def _customer_chosen(self, choice: object) -> None:
        if choice is not None and not self._resolving:
            self.show_statement()

    def _period_changed(self) -> None:
        if self.statement is not None and self.start.value() <= self.end.value():
            self.show_statement()

    def show_statement(self) -> None:
        """Read the statement of the customer and period in the fields (Enter, Show)."""
        self._reload.stop()
        self._resolving = True
        try:
            account = self.customer.account()
        finally:
            self._resolving = False
        if account is None:
            self.say(self.tr("Choose a customer first: type an account or part of a name."))
            self.customer.setFocus()
            return
        if self.start.value() > self.end.value():
            self.say(self.tr("The period starts after it ends."))
            self.start.setFocus()
            return
        currency = self.currency.currentText() if self.statement and self.statement.customer == account else None
        self.load(account, self.start.value(), self.end.value(), currency or None)

    def refresh(self) -> None:
        """Read the shown statement again (the books changed, F5); nothing to read before one is shown."""
        if self.statement is None:
            self.loaded.emit()
            return
        st = self.statement
        self.load(st.customer, st.start, st.end, st.currency)

    def load(self, account: str, start: dt.date, end: dt.date, currency: str | None = None) -> None:
        self._generation += 1
        generation = self._generation
        company = self.ctx.company
        self.loading = True
        self.ctx.runner.run(
            lambda: company.statement(account, start, end, currency=currency),
            success=lambda st: self._arrived(generation, st),
            failure=lambda exc: self._load_failed(generation, exc),
            text=self.tr("Reading the statement of %1...").replace("%1", account),
        )

    def _arrived(self, generation: int, st: Statement) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.display(st)
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._fail(exc)
        self.loaded.emit()

    def display(self, st: Statement) -> None:
        """Fill the page with the statement."""
        same_customer = self.statement is not None and self.statement.customer == st.customer
        self.statement = st
        self.say("")
        money = self.ctx.amount
        cur = st.currency
        self.heading.setText(f"{st.customer}  {st.name}")
        self.period_label.setText(
            self.tr("Statement %1 – %2 in %3")
            .replace("%1", self.ctx.date(st.start))
            .replace("%2", self.ctx.date(st.end))
            .replace("%3", cur)
        )
        debit = sum((line.amount for line in st.lines if line.amount > 0), Decimal(0))
        credit = -sum((line.amount for line in st.lines if line.amount < 0), Decimal(0))
        self.tiles["opening"].set_value(money(st.opening_balance, cur))
        self.tiles["debit"].set_value(money(debit, cur))
        self.tiles["credit"].set_value(money(credit, cur))
        self.tiles["closing"].set_value(money(st.closing_balance, cur))
        self.tiles["overdue"].caption.setText(self.tr("Overdue on %1").replace("%1", self.ctx.date(st.end)))
        self.tiles["overdue"].set_value(money(st.overdue, cur), alert=st.overdue > 0)
        self.model.set_rows(self.entries(st))
        self.items_model.set_rows(list(st.open_items))
        self.items_box.setTitle(self.tr("Open items on %1").replace("%1", self.ctx.date(st.end)))
        self._show_aging(st)
        if not same_customer or self.currency.count() == 0:
            self.currency.clear()
            self.currency.addItems([cur, *st.other_currencies])
        self.currency.setCurrentText(cur)
        self.currency.setVisible(self.currency.count() > 1)
        self.print_button.setEnabled(True)
        self.stack.setCurrentIndex(1)
        fit_columns(self.view)
        fit_columns(self.items_view)

    def entries(self, st: Statement) -> list[Entry]:
        """The rows on screen: the opening balance, each movement (debit or credit), the closing balance."""
        rows = [Entry(st.start, st.opening_balance, st.currency, description=self.tr("Opening balance"), total=True)]
        for line in st.lines:
            rows.append(
                Entry(
                    line.date,
                    line.balance,
                    st.currency,
                    number=line.number,
                    kind=self._kinds.get(line.kind, line.kind),
                    description=line.description,
                    due_date=line.due_date,
                    debit=line.amount if line.amount >= 0 else None,
                    credit=-line.amount if line.amount < 0 else None,
                )
            )
        rows.append(Entry(st.end, st.closing_balance, st.currency, description=self.tr("Closing balance"), total=True))
        return rows

    def _show_aging(self, st: Statement) -> None:
        while self.aging_grid.count():
            item = self.aging_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.aging_box.setTitle(self.tr("Aging on %1").replace("%1", self.ctx.date(st.end)))
        currency = st.aging_currency or st.currency
        self.aging_values = {label: self.ctx.amount(amount, currency) for label, amount in st.aging.items()}
        rows = [(bucket_caption(label), text) for label, text in self.aging_values.items()]
        total = self.ctx.amount(sum(st.aging.values(), Decimal(0)), currency)
        for row, (caption, text) in enumerate(rows):
            self.aging_grid.addWidget(plain_label(caption, "muted"), row, 0)
            value = plain_label(text)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.aging_grid.addWidget(value, row, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #d5dae1;")
        self.aging_grid.addWidget(rule, len(rows), 0, 1, 2)
        everything = currency != st.currency or bool(st.other_currencies)  # the aging adds up every currency
        total_caption = plain_label(
            self.tr("All currencies in %1").replace("%1", currency) if everything else self.tr("Total")
        )
        total_value = plain_label(total)
        total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (total_caption, total_value):
            label.setStyleSheet("font-weight: bold;")
        self.aging_grid.addWidget(total_caption, len(rows) + 1, 0)
        self.aging_grid.addWidget(total_value, len(rows) + 1, 1)
        self.aging_grid.setRowStretch(len(rows) + 2, 1)
        self.aging_grid.setColumnStretch(1, 1)

    # --- one PDF ------------------------------------------------------------------------------------
    def print_pdf(self) -> None:
        """Save the shown statement as a PDF (Ctrl+P): asks where, then prints in the background."""
        st = self.statement
        if st is None:
            self.say(self.tr("Show a statement first."))
            return
        suggested = self.folder / self.tr("statement-%1-%2.pdf").replace("%1", st.customer).replace("%2", str(st.end))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement as"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_pdf(st, Path(name))

    def save_pdf(self, st: Statement, path: Path) -> None:
        problem = folder_problem(path.parent)
        if problem:
            self._warn(problem)
            return
        self.folder = path.parent
        company = self.ctx.company

        def work() -> Path:
            company.print_statement(st.customer, st.start, st.end, path, currency=st.currency)
            return path

        self.ctx.runner.run(
            work,
            success=lambda done: self.say(self.tr("Saved the statement in %1.").replace("%1", str(done))),
            failure=lambda exc: self._fail(exc, path),
            text=self.tr("Printing the statement of %1...").replace("%1", st.customer),
        )

    # --- many PDFs ----------------------------------------------------------------------------------
    def open_batch(self) -> None:
        """Choose what to print (BatchDialog), then where, then print in the background (Ctrl+Shift+P)."""
        current = self.statement.customer if self.statement is not None else None
        dialog = BatchDialog(
            self.ctx,
            self.ctx.company.customer_groups(),
            self.start.value(),
            self.end.value(),
            parent=self,
        )
        if current is not None:
            dialog.tick([current])
            dialog.all_button.setChecked(True)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        target = self.ask_target(choice.combined, choice.end)
        if target is not None:
            self.print_batch(choice, target)

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a dialog (tests replace this to drive it)."""
        return dialog.exec()

    def ask_target(self, combined: bool, end: dt.date) -> Path | None:
        """The folder for one PDF per customer, or the combined file; None when the user cancels."""
        if combined:
            suggested = self.folder / self.tr("statements-%1.pdf").replace("%1", str(end))
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the statements as"), str(suggested), self.tr("PDF files (*.pdf)")
            )
        else:
            name = QFileDialog.getExistingDirectory(self, self.tr("Save the statements in"), str(self.folder))
        return Path(name) if name else None

    def print_batch(self, choice: BatchChoice, target: Path) -> None:
        """Print the chosen statements into target (a folder, or the combined file) behind a progress dialog
        whose Cancel stops after the current statement; then say how many were printed."""
        folder = target.parent if choice.combined else target
        problem = folder_problem(folder)
        if problem:
            self._warn(problem)
            return
        self.folder = folder
        company = self.ctx.company
        counted = {"done": 0, "total": 0, "stopped": False}

        def work(progress: Progress) -> list[Path]:
            def tell(done: int, total: int) -> bool:
                going = progress(done, total)
                counted.update(done=done, total=total, stopped=not going and done < total)
                return going

            return company.print_statements(
                choice.start,
                choice.end,
                target,
                customers=list(choice.customers) if choice.customers is not None else None,
                group=choice.group,
                with_balance_only=choice.with_balance_only,
                combined=choice.combined,
                progress=tell,
            )

        run = ProgressRun(self.ctx.runner, self, self.tr("Print statements"), self.tr("Printing statements..."))
        self.batch_run = run

        def finished(paths: list[Path]) -> None:
            self._batch_done(choice, target, paths, int(counted["done"]), bool(counted["stopped"]))

        run.run(work, finished, lambda exc: self._fail(exc, target))

    def _batch_done(self, choice: BatchChoice, target: Path, paths: list[Path], done: int, stopped: bool) -> None:
        """Say how many were printed (and whether Cancel stopped the run early); offer to open the folder."""
        self.batch_run = None
        if not paths:
            if stopped and choice.combined:
                text = self.tr("Cancelled: the combined file was not written.")
            elif stopped:
                text = self.tr("Cancelled: no statement was printed.")
            else:
                text = self.tr("No customer has a statement for this period and choice.")
            self.say(text)
            QMessageBox.information(self, self.tr("Print statements"), text)
            return
        if choice.combined:
            text = self.tr("Statements printed: %1, into the file %2.").replace("%1", str(done))
            text = text.replace("%2", str(target))
        else:
            text = self.tr("Statements printed: %1, into the folder %2.").replace("%1", str(len(paths)))
            text = text.replace("%2", str(target))
        if stopped:
            text += "\n" + self.tr("Stopped early: the statements printed so far are kept.")
        self.say(text)
        if self.ask_open_folder(text):
            self.open_folder(target.parent if choice.combined else target)

    def ask_open_folder(self, text: str) -> bool:
        """Tell what was printed; True when the user wants to see the folder (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Print statements"), text, parent=self)
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- messages -----------------------------------------------------------------------------------
    def _warn(self, text: str) -> None:
        self.warn(self.tr("Customer statements"), text)

    def _fail(self, exc: BaseException, path: Path | None = None) -> None:
        self.warn_refusal(self.tr("Customer statements"), exc, path)


def _overdue(item: Any) -> bool:
    return bool(item.overdue)
