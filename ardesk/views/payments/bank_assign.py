"""Assign a bank statement credit by hand: the customer, and the open items of that customer it pays."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import BankImport, CustomerChoice, Mark, OpenItemRow, StatementEntry
from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.payments.bank_entries import MUTED, iban_text
from ardesk.views.payments.widgets import banner, show_banner
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.page import fit_columns, make_table, plain_label

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ZERO = Decimal("0.00")
#: The "Held by" column: shown only when an other journal line holds one of the items.
HELD = 6


def to_pay(row: OpenItemRow) -> Decimal:
    """What the item needs on the payment date: the balance less the cash discount the date allows."""
    return row.offer.amount_to_settle if row.offer is not None else row.balance


def plan_marks(rows: list[OpenItemRow], amount: Decimal) -> list[Mark]:
    """Marks for the ticked items in order: each paid in full (the engine takes the discount the date allows)
    while the cash lasts; the first item the rest does not pay in full gets that rest, and items after it
    nothing (no discount on a partial payment, as the import proposes)."""
    marks: list[Mark] = []
    left = amount
    for row in rows:
        need = to_pay(row)
        if row.balance < 0 or left >= need:  # credit notes add to the cash
            marks.append(Mark(row.number))
            left -= need
        elif left > 0:
            marks.append(Mark(row.number, amount=left))
            left = ZERO
    return marks


class ItemsModel(QAbstractTableModel):
    """The customer's open items with a tick box; items an other journal line holds cannot be ticked."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[OpenItemRow] = []
        self.ticked: set[str] = set()
        #: marked_in text of the entry's own journal line: its items may be ticked again.
        self.own = ""
        self.titles = [
            self.tr("Pay"),
            self.tr("Document"),
            self.tr("Date"),
            self.tr("Due date"),
            self.tr("Open balance"),
            self.tr("To pay now"),
            self.tr("Held by"),
        ]

    def set_rows(self, rows: list[OpenItemRow], ticked: set[str], own: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.own = own
        self.ticked = {n for n in ticked if any(r.number == n for r in rows)}
        self.endResetModel()

    def rows(self) -> list[OpenItemRow]:
        return list(self._rows)

    def held(self, row: OpenItemRow) -> bool:
        return bool(row.marked_in) and row.marked_in != self.own

    def held_text(self, row: OpenItemRow) -> str:
        """Which journal line holds the item ("PJ-000002 line 3" from the books, in the UI language)."""
        if not row.marked_in:
            return ""
        journal, _, line = row.marked_in.partition(" line ")
        return self.tr("%1, line %2").replace("%1", journal).replace("%2", line) if line else row.marked_in

    def ticked_rows(self) -> list[OpenItemRow]:
        return [r for r in self._rows if r.number in self.ticked]

    def tick(self, number: str, on: bool = True) -> None:
        row = next((r for r, item in enumerate(self._rows) if item.number == number), -1)
        if row >= 0:
            self.setData(
                self.index(row, 0),
                Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in (4, 5) else LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if self.held(row):
            return Qt.ItemFlag.ItemIsSelectable
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.number in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            kinds = {"invoice": self.tr("Invoice"), "credit_note": self.tr("Credit note")}
            values = [
                None,
                f"{row.number}  ({kinds.get(row.kind, row.kind)})" if row.kind != "invoice" else row.number,
                self.ctx.date(row.date),
                self.ctx.date(row.due_date),
                self.ctx.amount(row.balance, row.currency),
                self.ctx.amount(to_pay(row), row.currency),
                self.held_text(row),
            ]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in (4, 5) else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and self.held(row):
            return self.tr("An other unposted journal line holds this item: it cannot be paid here")
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and to_pay(row) != row.balance:
            return self.tr("The open balance less the cash discount the payment date allows")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        row = self._rows[index.row()]
        if self.held(row):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        (self.ticked.add if checked else self.ticked.discard)(row.number)
        self.dataChanged.emit(index, self.index(index.row(), len(self.titles) - 1))
        return True


class AssignDialog(QDialog):
    """One credit of a statement: choose the customer who paid and tick the items it pays; OK assigns it
    (company.assign_statement_entry) and replaces the entry's proposal. result: the statement after it."""

    def __init__(self, ctx: AppContext, journal: str, entry: StatementEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = journal
        self.entry = entry
        self.result_import: BankImport | None = None
        self.setWindowTitle(self.tr("Assign bank entry %1").replace("%1", str(entry.seq)))
        self.resize(860, 560)

        title = plain_label(
            self.tr("Who paid %1?").replace("%1", ctx.amount(entry.amount, entry.currency)), "pageTitle"
        )
        facts = QFrame()
        facts.setObjectName("tile")
        form = QFormLayout(facts)
        form.setContentsMargins(12, 8, 12, 8)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Booked on"), plain_label(ctx.date(entry.booking_date)))
        payer = " · ".join(p for p in (entry.counterparty_name, iban_text(entry.counterparty_iban)) if p)
        form.addRow(self.tr("Paid by"), plain_label(payer or "-"))
        description = plain_label(entry.remittance or "-")
        description.setWordWrap(True)
        form.addRow(self.tr("Description"), description)
        if entry.reference:
            form.addRow(self.tr("Reference"), plain_label(entry.reference))

        self.picker = CustomerPicker(ctx.company)
        self.items = ItemsModel(ctx, self)
        self.view = make_table(self, stretch_column=6)
        self.view.setModel(self.items)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the tick box is the only input
        self.view.setMinimumHeight(200)
        self.items_label = plain_label(self.tr("Open items"), "")
        self.items_label.setStyleSheet("font-weight: bold;")
        self.empty_label = plain_label("", "muted")
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.untick = QPushButton(self.tr("Clear ticks"))
        bar = QHBoxLayout()
        bar.addWidget(self.items_label)
        bar.addWidget(self.empty_label, 1)
        bar.addWidget(self.tick_all)
        bar.addWidget(self.untick)
        self.summary = plain_label("", "")
        self.summary.setWordWrap(True)
        self.error = banner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Assign"))

        picker_row = QFormLayout()
        picker_row.addRow(self.tr("Customer"), self.picker)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addLayout(picker_row)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.picker.customer_changed.connect(self._customer_changed)
        self.items.dataChanged.connect(lambda *_a: self._sum_up())
        self.items.modelReset.connect(self._sum_up)
        self.tick_all.clicked.connect(self._tick_all)
        self.untick.clicked.connect(self._untick_all)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if entry.customer:
            self.picker.set_account(entry.customer)
        self._customer_changed(self.picker.choice())
        self.picker.setFocus()

    # --- the customer and its items -------------------------------------------------------------
    def _customer_changed(self, choice: CustomerChoice | None) -> None:
        rows: list[OpenItemRow] = []
        if choice is not None:
            rows = self.ctx.company.open_items(choice.account, self.entry.booking_date)
        own = f"{self.journal} line {self.entry.line}" if self.entry.line is not None else ""
        ticked = set(self.entry.invoices) if choice is not None and choice.account == self.entry.customer else set()
        self.items.set_rows(rows, ticked, own)
        self.view.setColumnHidden(HELD, not any(self.items.held(r) for r in rows))
        fit_columns(self.view)
        if choice is None:
            self.empty_label.setText(self.tr("Choose the customer who paid"))
        elif not rows:
            self.empty_label.setText(self.tr("No open items: the payment stays on the customer's account"))
        else:
            self.empty_label.setText("")
        self.tick_all.setEnabled(bool(rows))
        self.untick.setEnabled(bool(rows))
        self.ok.setEnabled(choice is not None)

    def _tick_all(self) -> None:
        for row in self.items.rows():
            if not self.items.held(row):
                self.items.tick(row.number)

    def _untick_all(self) -> None:
        for row in self.items.rows():
            self.items.tick(row.number, False)

    def _sum_up(self) -> None:
        ticked = self.items.ticked_rows()
        amount = self.entry.amount
        total = sum((to_pay(r) for r in ticked), ZERO)
        cur = self.entry.currency
        text = self.tr("Ticked: %n item(s), %1 to pay.", "", len(ticked)).replace("%1", self.ctx.amount(total, cur))
        if self.picker.choice() is None:
            text = ""
        elif total == amount and ticked:
            text += " " + self.tr("The payment pays them exactly.")
        elif total < amount:
            text += " " + self.tr("%1 stays on the customer's account as a credit.").replace(
                "%1", self.ctx.amount(amount - total, cur)
            )
        else:
            text += " " + self.tr("The payment is %1 short: the last item is paid in part.").replace(
                "%1", self.ctx.amount(total - amount, cur)
            )
        self.summary.setText(text)
        self.summary.setStyleSheet("" if total <= amount else f"color: {MUTED.name()};")

    # --- assigning ------------------------------------------------------------------------------
    def marks(self) -> list[Mark]:
        return plan_marks(self.items.ticked_rows(), self.entry.amount)

    def accept(self) -> None:
        account = self.picker.account()
        if account is None:
            show_banner(self.error, self.tr("Choose the customer who paid."))
            return
        try:
            self.result_import = self.ctx.company.assign_statement_entry(
                self.journal, self.entry.seq, account, self.marks()
            )
        except ArdeskError as exc:
            show_banner(self.error, message_text(exc, self.ctx.language))
            return
        super().accept()
