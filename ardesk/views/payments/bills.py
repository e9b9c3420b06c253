"""The Bills of exchange page (DOMAIN 6): draw bills for open invoices, remit them to the bank for collection or
discount, and record what the bank reports: honoured (settle), protested, then redraw or close the protested bill."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ardesk.api import BillOfExchangeInfo, DrawableInvoice, ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column

INVOICE_KEY = Qt.ItemDataRole.UserRole


class DrawDialog(FormDialog):
    """Tick open invoices; one bill is drawn per invoice for its open balance, dated `Date`, due on the invoice's
    due date unless a due date of the bills is given."""

    def __init__(self, ctx: AppContext, invoices: Sequence[DrawableInvoice], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=720)
        self.setWindowTitle(self.tr("Draw bills of exchange"))
        self.result_info: list[BillOfExchangeInfo] | None = None
        self.table = QTableWidget(len(invoices), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Customer"), self.tr("Name"), self.tr("Due date"), self.tr("Open")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setMinimumHeight(220)
        for row, inv in enumerate(invoices):
            first = QTableWidgetItem(inv.number)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked)
            first.setData(INVOICE_KEY, inv.number)
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, QTableWidgetItem(inv.customer))
            self.table.setItem(row, 2, QTableWidgetItem(inv.customer_name))
            self.table.setItem(row, 3, QTableWidgetItem(ctx.date(inv.due_date)))
            amount = QTableWidgetItem(ctx.amount(inv.balance, inv.currency))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 4, amount)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._toggle)
        self.date = date_edit(ctx, ctx.today())
        self.date.setMaximumWidth(160)
        self.own_due = QCheckBox(self.tr("Same due date for every bill:"))
        self.due_date = date_edit(ctx, ctx.today())
        self.due_date.setEnabled(False)
        self.own_due.toggled.connect(self.due_date.setEnabled)
        due_row = QWidget()
        line = QHBoxLayout(due_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.own_due)
        line.addWidget(self.due_date)
        line.addStretch(1)
        self.add(self.tr("Open invoices"), self.table, "invoices")
        self.add(self.tr("Date"), self.date, "date")
        self.add(self.tr("Due date"), due_row, "due_date")
        note = plain_label(
            self.tr(
                "Tick the invoices to draw a bill for. Each bill is for the invoice's open balance; the invoice "
                "is settled and the customer owes the bill until the bank honours it."
            ),
            "muted",
        )
        note.setWordWrap(True)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Draw"))
        self.finish(note)

    def _toggle(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        if column != 0 and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def tick(self, number: str) -> None:
        """Tick an invoice (tests)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(INVOICE_KEY) == number:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(INVOICE_KEY)))
        return out

    def save(self) -> None:
        numbers = self.chosen()
        if not numbers:
            raise ValidationError("invoices", self.tr("Tick at least one invoice"))
        due = date_of(self.due_date) if self.own_due.isChecked() else None
        self.result_info = self.ctx.company.draw_bills_of_exchange(numbers, date_of(self.date), due_date=due)


class RemitDialog(FormDialog):
    """Remit the selected drawn bills for collection or for discount (with the bank's charge)."""

    def __init__(self, ctx: AppContext, bills: Sequence[BillOfExchangeInfo], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=480)
        self.bills = list(bills)
        self.setWindowTitle(self.tr("Remit bills of exchange"))
        self.result_info: list[BillOfExchangeInfo] | None = None
        self.kind = CodeCombo([("collection", self.tr("For collection")), ("discount", self.tr("For discount"))])
        self.charge = QLineEdit()
        self.charge.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.charge.setMaximumWidth(160)
        self.charge.setPlaceholderText(self.tr("none"))
        self.charge.setEnabled(False)
        self.kind.activated.connect(lambda _index: self.charge.setEnabled(self.kind.code() == "discount"))
        self.date = date_edit(ctx, ctx.today())
        self.date.setMaximumWidth(160)
        self.add(self.tr("Remit"), self.kind, "kind")
        self.add(self.tr("Discount charge"), self.charge, "discount_charge")
        self.add(self.tr("Date"), self.date, "date")
        what = self.tr("%1: %2 in all. For discount the bank advances the bills less its charge.")
        numbers = ", ".join(b.number for b in self.bills)
        total = ctx.amount(sum((b.amount for b in self.bills), Decimal(0)), self.bills[0].currency)
        note = plain_label(what.replace("%1", numbers).replace("%2", total), "muted")
        note.setWordWrap(True)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Remit"))
        self.finish(note)

    def save(self) -> None:
        kind = self.kind.code() or "collection"
        charge = (
            parse_amount(self.charge.text(), self.ctx.locale, field="discount_charge") if kind == "discount" else None
        )
        self.result_info = self.ctx.company.remit_bills_of_exchange(
            [b.number for b in self.bills], date_of(self.date), kind=kind, discount_charge=charge
        )


class StepDialog(FormDialog):
    """One date for a step on the selected bill(s): settle (the bank honoured), protest, redraw, close."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        note: str,
        action: str,
        run: Callable[[StepDialog], object],
        parent: QWidget | None = None,
        *,
        due_date: bool = False,
        close_how: bool = False,
    ) -> None:
        super().__init__(ctx, parent, min_width=460)
        self.setWindowTitle(title)
        self.run = run
        self.result_info: object = None
        self.date = date_edit(ctx, ctx.today())
        self.date.setMaximumWidth(160)
        self.add(self.tr("Date"), self.date, "date")
        self.due_date = date_edit(ctx, ctx.today())
        self.due_date.setMaximumWidth(160)
        if due_date:
            self.add(self.tr("New due date"), self.due_date, "due_date")
        self.how = CodeCombo(
            [("invoice_back", self.tr("Invoice back to the customer")), ("write_off", self.tr("Write off"))]
        )
        if close_how:
            self.add(self.tr("Close by"), self.how, "how")
        label = plain_label(note, "muted")
        label.setWordWrap(True)
        self.buttons.button(self.buttons.StandardButton.Save).setText(action)
        self.finish(label)

    def save(self) -> None:
        self.result_info = self.run(self)


class BillsOfExchangePage(ListPage):
    """Every bill of exchange by due date, filtered by state; Draw..., Remit..., Settle..., Protest..., Redraw...
    and Close... act on the selected bills (Remit and Settle on all selected rows, the others on the current)."""

    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No bills of exchange yet. Click Draw to draw bills on customers for their open invoices.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Bills of exchange"),
            self.tr("Draw bills for open invoices, remit them to the bank and record whether they were honoured."),
        )
        self.state = CodeCombo(
            [
                (None, self.tr("All states")),
                ("drawn", self.tr("Drawn")),
                ("remitted", self.tr("Remitted")),
                ("honored", self.tr("Honoured")),
                ("protested", self.tr("Protested")),
                ("redrawn", self.tr("Redrawn")),
                ("closed", self.tr("Closed")),
            ]
        )
        self.state.setMinimumWidth(150)
        self.state.activated.connect(lambda _index: self.refresh())
        self.toolbar.addWidget(plain_label(self.tr("State"), "muted"))
        self.toolbar.addWidget(self.state)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.draw_button = self.tool_button(self.tr("Draw..."), self.draw)
        self.draw_button.setObjectName("primary")
        self.remit_button = self.tool_button(self.tr("Remit..."), self.remit)
        self.settle_button = self.tool_button(self.tr("Settle..."), self.settle)
        self.protest_button = self.tool_button(self.tr("Protest..."), self.protest)
        self.redraw_button = self.tool_button(self.tr("Redraw..."), self.redraw)
        self.close_button = self.tool_button(self.tr("Close..."), self.close_bill)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_table()
        self.body.addWidget(self.add_message_line())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.update_actions()

    # --- texts ------------------------------------------------------------------------------------
    def state_text(self, row: BillOfExchangeInfo) -> str:
        if row.state == "remitted":
            return (
                self.tr("Remitted for discount")
                if row.remitted_as == "discount"
                else self.tr("Remitted for collection")
            )
        if row.state == "closed":
            return self.tr("Closed: written off") if row.closed_how == "write_off" else self.tr("Closed: invoice back")
        if row.state == "redrawn" and row.redrawn_as:
            return self.tr("Redrawn as %1").replace("%1", row.redrawn_as)
        return {
            "drawn": self.tr("Drawn"),
            "honored": self.tr("Honoured"),
            "protested": self.tr("Protested"),
            "redrawn": self.tr("Redrawn"),
        }.get(row.state, row.state)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Customer"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
            Column(self.tr("Invoice"), lambda r: r.invoice),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency=lambda r: r.currency),
            Column(self.tr("Drawn on"), lambda r: r.drawn_on, "date"),
            Column(
                self.tr("Due date"),
                lambda r: r.due_date,
                "date",
                alert=lambda r: r.state in ("drawn", "remitted") and r.due_date < self.ctx.today(),
            ),
            Column(self.tr("State"), self.state_text, alert=lambda r: r.state == "protested"),
            Column(self.tr("Last step"), lambda r: r.events[-1].date if r.events else None, "date"),
            Column(self.tr("Voucher"), lambda r: r.events[-1].voucher if r.events else ""),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n bill(s)", "", count)

    # --- loading ----------------------------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        return {"state": self.state.code()}

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.bills_of_exchange(state=params["state"])

    def after_load(self, rows: list[Any], extra: Any) -> None:
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.update_actions()

    def current(self) -> BillOfExchangeInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected(self) -> list[BillOfExchangeInfo]:
        """The selected rows in table order (the current row when nothing is selected)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        chosen = [self.model.row_at(r) for r in rows]
        current = self.current()
        return chosen or ([current] if current is not None else [])

    def update_actions(self) -> None:
        states = {r.state for r in self.selected()}
        one = self.current()
        self.remit_button.setEnabled(states == {"drawn"})
        self.settle_button.setEnabled(states == {"remitted"})
        self.protest_button.setEnabled(one is not None and one.state in ("drawn", "remitted"))
        self.redraw_button.setEnabled(one is not None and one.state == "protested")
        self.close_button.setEnabled(one is not None and one.state == "protested")

    # --- actions ----------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def draw(self) -> None:
        invoices = self.ctx.company.drawable_invoices()
        if not invoices:
            self.say(self.tr("There are no open invoices to draw a bill for."))
            return
        dialog = self.open_dialog(DrawDialog(self.ctx, invoices, self))
        info = getattr(dialog, "result_info", None)
        if info:
            numbers = ", ".join(b.number for b in info)
            self._done(self.tr("Drawn: %1.").replace("%1", numbers))

    def remit(self) -> None:
        bills = [b for b in self.selected() if b.state == "drawn"]
        if not bills:
            return
        dialog = self.open_dialog(RemitDialog(self.ctx, bills, self))
        info = getattr(dialog, "result_info", None)
        if info:
            self._done(self.tr("Remitted to the bank: %1.").replace("%1", ", ".join(b.number for b in info)))

    def settle(self) -> None:
        bills = [b for b in self.selected() if b.state == "remitted"]
        if not bills:
            return
        numbers = [b.number for b in bills]
        dialog = self.open_dialog(
            StepDialog(
                self.ctx,
                self.tr("Settle bills of exchange"),
                self.tr("The bank honoured %1: the bills are settled.").replace("%1", ", ".join(numbers)),
                self.tr("Settle"),
                lambda d: self.ctx.company.settle_bills_of_exchange(numbers, date_of(d.date)),
                self,
            )
        )
        if getattr(dialog, "result_info", None):
            self._done(self.tr("Settled: %1.").replace("%1", ", ".join(numbers)))

    def protest(self) -> None:
        bill = self.current()
        if bill is None or bill.state not in ("drawn", "remitted"):
            return
        note = self.tr("The customer did not pay %1 at maturity.").replace("%1", bill.number)
        if bill.remitted_as == "discount":
            note += " " + self.tr("The bank takes back what it advanced.")
        dialog = self.open_dialog(
            StepDialog(
                self.ctx,
                self.tr("Protest bill of exchange %1").replace("%1", bill.number),
                note,
                self.tr("Protest"),
                lambda d: self.ctx.company.protest_bill_of_exchange(bill.number, date_of(d.date)),
                self,
            )
        )
        if getattr(dialog, "result_info", None):
            self._done(self.tr("%1 protested.").replace("%1", bill.number))

    def redraw(self) -> None:
        bill = self.current()
        if bill is None or bill.state != "protested":
            return
        dialog = self.open_dialog(
            StepDialog(
                self.ctx,
                self.tr("Redraw bill of exchange %1").replace("%1", bill.number),
                self.tr("A new bill is drawn on the customer for the protested one."),
                self.tr("Redraw"),
                lambda d: self.ctx.company.redraw_bill_of_exchange(
                    bill.number, date_of(d.date), due_date=date_of(d.due_date)
                ),
                self,
                due_date=True,
            )
        )
        info = getattr(dialog, "result_info", None)
        if info is not None:
            self._done(self.tr("%1 redrawn as %2.").replace("%1", bill.number).replace("%2", info.number))

    def close_bill(self) -> None:
        bill = self.current()
        if bill is None or bill.state != "protested":
            return
        dialog = self.open_dialog(
            StepDialog(
                self.ctx,
                self.tr("Close protested bill %1").replace("%1", bill.number),
                self.tr("Invoice back: the invoice is open on the customer's account again."),
                self.tr("Close bill"),
                lambda d: self.ctx.company.close_protested_bill(bill.number, date_of(d.date), how=d.how.code()),
                self,
                close_how=True,
            )
        )
        if getattr(dialog, "result_info", None):
            self._done(self.tr("%1 closed.").replace("%1", bill.number))

    def _done(self, text: str) -> None:
        self.say(text)
        self.ctx.notify_changed()


__all__ = ["BillsOfExchangePage", "DrawDialog", "RemitDialog", "StepDialog"]
