"""The Sales orders workspace (DOMAIN 3.3): orders with their status, an order's lines (ordered, delivered,
invoiced) and packing slips; new orders and items, delivering chosen quantities on a packing slip, its PDF,
and invoicing the packing slips not invoiced yet."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ItemRow, OrderLine, PackingSlipRow, SalesOrderDetail, SalesOrderRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.orders.common import number_edit, quantity_text, read_number, short
from ardesk.views.orders.recurring import heading
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.page import Page, action_button, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

STATUSES = ("open", "delivered", "invoiced", "cancelled")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #d5dae1;")
    line.setFixedWidth(10)
    return line


class SalesOrdersPage(Page):
    """Orders on top (filtered by status); below, the selected order's lines and its packing slips."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Sales orders"),
            self.tr("Orders, their deliveries on packing slips, and invoices from packing slips"),
        )
        self._generation = 0
        self._detail_generation = 0
        self._select_after_load: str | None = None
        self.detail: SalesOrderDetail | None = None
        self.status_names = {
            "open": self.tr("Open"),
            "delivered": self.tr("Delivered"),
            "invoiced": self.tr("Invoiced"),
            "cancelled": self.tr("Cancelled"),
        }

        self.new_button = action_button(self.tr("New order"), self.new_order, "primary")
        self.item_button = action_button(self.tr("New item..."), self.new_item)
        self.deliver_button = action_button(self.tr("Deliver..."), self.deliver)
        self.print_button = action_button(self.tr("Packing slip PDF..."), self.print_slip)
        self.invoice_button = action_button(self.tr("Invoice packing slips..."), self.invoice_slips)
        self.deliver_button.setToolTip(self.tr("Post a packing slip for the quantities delivered"))
        self.print_button.setToolTip(self.tr("Save the selected packing slip as a PDF"))
        self.invoice_button.setToolTip(self.tr("Post one invoice for packing slips not invoiced yet"))
        self.status = CodeCombo([(None, self.tr("All orders"))] + [(s, self.status_names[s]) for s in STATUSES[:3]])
        self.status.setMinimumWidth(140)
        for widget in (
            self.new_button,
            self.item_button,
            _separator(),
            self.deliver_button,
            self.print_button,
            self.invoice_button,
        ):
            self.toolbar.addWidget(widget)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(plain_label(self.tr("Show"), "muted"))
        self.toolbar.addWidget(self.status)

        self.order_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Order"), lambda r: r.number),
                Column(self.tr("Date"), lambda r: r.date, "date"),
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Amount excl. tax"), lambda r: r.amount, "amount", currency=lambda r: r.currency),
                Column(self.tr("Status"), lambda r: self.status_names.get(r.status, r.status)),
                Column(self.tr("Slips to invoice"), lambda r: r.uninvoiced_slips or None, "int"),
            ],
            self,
        )
        self.order_view = make_table(self, 3)
        self.order_view.setModel(self.order_model)
        self.order_view.setSortingEnabled(True)
        self.line_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Item"), lambda r: r.item),
                Column(self.tr("Description"), lambda r: r.description, stretch=True),
                Column(self.tr("Ordered"), lambda r: quantity_text(ctx, r.quantity), "int"),
                Column(self.tr("Unit price"), lambda r: r.unit_price, "amount", currency=self._currency),
                Column(self.tr("Amount"), lambda r: r.amount, "amount", currency=self._currency),
                Column(self.tr("Delivered"), lambda r: quantity_text(ctx, r.delivered), "int"),
                Column(self.tr("Invoiced"), lambda r: quantity_text(ctx, r.invoiced), "int"),
                Column(
                    self.tr("To deliver"),
                    lambda r: quantity_text(ctx, r.to_deliver),
                    "int",
                    alert=lambda r: r.to_deliver > 0,
                ),
            ],
            self,
        )
        self.line_view = make_table(self, 1)
        self.line_view.setModel(self.line_model)
        self.slip_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Packing slip"), lambda r: r.number),
                Column(self.tr("Date"), lambda r: r.date, "date"),
                Column(self.tr("Lines"), lambda r: r.lines, "int"),
                Column(self.tr("Amount"), lambda r: r.amount, "amount", currency=lambda r: r.currency),
                Column(self.tr("Invoice"), lambda r: r.invoice or self.tr("not invoiced"), stretch=True),
            ],
            self,
        )
        self.slip_view = make_table(self, 4)
        self.slip_view.setModel(self.slip_model)
        self.slip_view.doubleClicked.connect(lambda _i: self.print_slip())
        self.detail_title = heading("")

        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.detail_title)
        lines_layout.addWidget(self.line_view, 1)
        slips_box = QWidget()
        slips_layout = QVBoxLayout(slips_box)
        slips_layout.setContentsMargins(0, 0, 0, 0)
        slips_layout.addWidget(heading(self.tr("Packing slips")))
        slips_layout.addWidget(self.slip_view, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(lines_box)
        bottom.addWidget(slips_box)
        bottom.setSizes([760, 440])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.order_view)
        splitter.addWidget(bottom)
        splitter.setSizes([320, 340])
        self.body.addWidget(splitter, 1)
        self.body.addWidget(self.add_message_line())
        self.placeholder = plain_label(
            self.tr("No sales orders yet. Make items with New item..., then take an order with New order."),
            "placeholder",
        )
        self.placeholder.setWordWrap(True)
        self.body.addWidget(self.placeholder)
        self.placeholder.hide()

        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.order_view.selectionModel().currentRowChanged.connect(lambda *_: self.load_detail())
        self.slip_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _currency(self, _row: object) -> str:
        return self.detail.currency if self.detail is not None else self.ctx.currency

    # --- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        current = self.current_order()
        if current is not None and self._select_after_load is None:
            self._select_after_load = current.number
        status, company = self.status.code(), self.ctx.company
        self.loading = True
        self.ctx.runner.run(
            lambda: company.sales_orders(status),
            success=lambda rows: self._arrived(generation, rows),
            failure=self._failed,
            text=self.tr("Loading sales orders..."),
        )

    def _arrived(self, generation: int, rows: list[SalesOrderRow]) -> None:
        if generation != self._generation:
            return
        self.order_model.set_rows(rows)
        fit_columns(self.order_view)
        self.placeholder.setVisible(not rows and self.status.code() is None)
        wanted, self._select_after_load = self._select_after_load, None
        numbers = [r.number for r in self.order_model.rows()]
        if rows:
            row = numbers.index(wanted) if wanted in numbers else 0
            self.order_view.setCurrentIndex(self.order_model.index(row, 0))
            self.load_detail()  # the current row may be the same one: reload what changed
        else:
            self._show_detail(None)
            self.loading = False
            self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def load_detail(self) -> None:
        """The selected order's lines and packing slips, read in the background."""
        order = self.current_order()
        self._detail_generation += 1
        generation = self._detail_generation
        if order is None:
            self._show_detail(None)
            return
        company, number = self.ctx.company, order.number
        self.loading = True
        self.ctx.runner.run(
            lambda: company.sales_order_detail(number),
            success=lambda detail: self._detail_arrived(generation, detail),
            failure=self._failed,
        )

    def _detail_arrived(self, generation: int, detail: SalesOrderDetail) -> None:
        if generation != self._detail_generation:
            return
        self._show_detail(detail)
        self.loading = False
        self.loaded.emit()

    def _show_detail(self, detail: SalesOrderDetail | None) -> None:
        self.detail = detail
        self.line_model.set_rows(detail.lines if detail else [])
        self.slip_model.set_rows(detail.slips if detail else [])
        fit_columns(self.line_view)
        fit_columns(self.slip_view)
        if detail is None:
            self.detail_title.setText(self.tr("Order lines"))  # type: ignore[attr-defined]
        else:
            self.detail_title.setText(  # type: ignore[attr-defined]
                self.tr("Order %1 for %2 %3, %4")
                .replace("%1", detail.number)
                .replace("%2", detail.customer)
                .replace("%3", detail.customer_name)
                .replace("%4", self.ctx.date(detail.date))
            )
            if detail.slips:
                last = self.slip_model.index(len(detail.slips) - 1, 0)
                self.slip_view.setCurrentIndex(last)
        self._update_actions()

    # --- selection ----------------------------------------------------------------------------------
    def current_order(self) -> SalesOrderRow | None:
        index = self.order_view.currentIndex()
        return self.order_model.row_at(index.row()) if index.isValid() else None

    def current_slip(self) -> PackingSlipRow | None:
        index = self.slip_view.currentIndex()
        return self.slip_model.row_at(index.row()) if index.isValid() else None

    def select_order(self, number: str) -> None:
        for row, order in enumerate(self.order_model.rows()):
            if order.number == number:
                self.order_view.setCurrentIndex(self.order_model.index(row, 0))

    def _update_actions(self) -> None:
        detail = self.detail
        self.deliver_button.setEnabled(detail is not None and any(ln.to_deliver > 0 for ln in detail.lines))
        self.print_button.setEnabled(self.current_slip() is not None)
        self.invoice_button.setEnabled(detail is not None and any(s.invoice is None for s in detail.slips))

    # --- actions ------------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def new_item(self) -> None:
        dialog = self.open_dialog(ItemDialog(self.ctx, parent=self))
        if dialog.result():
            self.say(self.tr("Item %1 saved.").replace("%1", dialog.number.text().strip()))  # type: ignore[attr-defined]

    def new_order(self) -> None:
        dialog = self.open_dialog(OrderDialog(self.ctx, parent=self))
        if dialog.result():
            number = dialog.order_number  # type: ignore[attr-defined]
            self.say(self.tr("Sales order %1 saved.").replace("%1", number))
            self._select_after_load = number
            self.ctx.notify_changed()

    def deliver(self) -> None:
        if self.detail is None:
            return
        dialog = self.open_dialog(DeliverDialog(self.ctx, self.detail, parent=self))
        if dialog.result():
            slip = dialog.slip_number  # type: ignore[attr-defined]
            self.say(self.tr("Packing slip %1 posted.").replace("%1", slip))
            self._select_after_load = self.detail.number
            self.ctx.notify_changed()

    def invoice_slips(self) -> None:
        if self.detail is None:
            return
        try:
            slips = [s for s in self.ctx.company.packing_slips(uninvoiced=True) if s.customer == self.detail.customer]
        except ArdeskError as exc:
            self.warn_refusal(self.tr("Sales orders"), exc)
            return
        dialog = self.open_dialog(InvoiceSlipsDialog(self.ctx, slips, self.detail.number, parent=self))
        if dialog.result():
            invoice = dialog.invoice_number  # type: ignore[attr-defined]
            self.say(self.tr("Invoice %1 posted.").replace("%1", invoice))
            self._select_after_load = self.detail.number
            self.ctx.notify_changed()

    def print_slip(self) -> None:
        """Save the selected packing slip as a PDF, printed in the background."""
        slip = self.current_slip()
        if slip is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save packing slip"), str(Path.home() / f"{slip.number}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        company, path = self.ctx.company, Path(name)

        def work() -> Path:
            company.print_packing_slip(slip.number, path)
            return path

        self.ctx.runner.run(
            work,
            success=lambda done: self.say(self.tr("Saved %1.").replace("%1", str(done))),
            failure=lambda exc: self.warn_refusal(self.tr("Packing slip"), exc, path),
            text=self.tr("Printing %1...").replace("%1", slip.number),
        )


class ItemDialog(FormDialog):
    """A new item: number, name, unit, price, sales tax and revenue account (create_item)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New item"))
        company = ctx.company
        self.number = QLineEdit()
        self.number.setMaxLength(30)
        self.name = QLineEdit()
        self.unit = QLineEdit("pcs")
        self.unit.setMaxLength(10)
        self.unit.setFixedWidth(90)
        self.price = number_edit("", 140)
        self.tax = CodeCombo(
            [(None, self.tr("(none)"))]
            + [(t.code, f"{t.code} - {t.description} ({ctx.percent(t.percent)})") for t in company.tax_choices()]
        )
        self.account = CodeCombo(
            [(None, self.tr("(the revenue account)"))]
            + [(a.number, f"{a.number} - {a.name}") for a in company.revenue_accounts()]
        )
        self.add(self.tr("Item number"), self.number, "number")
        self.add(self.tr("Name"), self.name, "name")
        self.add(self.tr("Unit"), self.unit, "unit")
        self.add(self.tr("Unit price"), self.price, "unit_price")
        self.add(self.tr("Sales tax"), self.tax, "tax")
        self.add(self.tr("Revenue account"), self.account, "account")
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.number

    def save(self) -> None:
        price = read_number(self.ctx, self.price.text(), "unit_price")
        if price is None:
            raise ValidationError("unit_price", self.tr("type the price"))
        self.ctx.company.create_item(
            self.number.text().strip(),
            self.name.text().strip(),
            price,
            unit=self.unit.text().strip() or "pcs",
            tax=self.tax.code(),
            account=self.account.code(),
        )


class OrderDialog(FormDialog):
    """A new sales order: customer, date, reference and lines of an item (its price and name unless typed)
    or free text (create_sales_order)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New sales order"))
        self.setMinimumSize(860, 520)
        self.order_number = ""
        self.items: dict[str, ItemRow] = {i.number: i for i in ctx.company.items()}
        self.customer = CustomerPicker(ctx.company)
        self.customer.setMinimumWidth(340)
        self.date = DateEdit(ctx.today(), ctx.language)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("the customer's order number"))
        self.add(self.tr("Customer"), self.customer, "customer")
        self.add(self.tr("Order date"), short(self.date), "date")
        self.add(self.tr("Reference"), self.reference, "reference")
        self.grid = QTableWidget(0, 4)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Description"), self.tr("Quantity"), self.tr("Unit price")]
        )
        self.grid.verticalHeader().setDefaultSectionSize(30)
        header = self.grid.horizontalHeader()
        header.resizeSection(0, 260)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.resizeSection(2, 90)
        header.resizeSection(3, 120)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add line"))
        remove = QPushButton(self.tr("Delete line"))
        add.clicked.connect(lambda: self.add_line())
        remove.clicked.connect(lambda: self.grid.removeRow(max(self.grid.currentRow(), 0)))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.layout_.addWidget(self.grid, 1)
        self.layout_.addLayout(row)
        if not self.items:
            hint = plain_label(self.tr("There are no items yet: type a description and a price per line."), "muted")
            self.layout_.addWidget(hint)
        self.finish()
        self.add_line()

    def focus_widget(self) -> QWidget | None:
        return self.customer

    def add_line(self, item: str | None = None, quantity: str = "1") -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        combo = CodeCombo(
            [(None, self.tr("(free text)"))] + [(i.number, f"{i.number} - {i.name}") for i in self.items.values()],
            item,
        )
        description, qty, price = QLineEdit(), number_edit(), number_edit()
        qty.setText(quantity)
        for column, widget in enumerate((combo, description, qty, price)):
            self.grid.setCellWidget(row, column, widget)
        combo.currentIndexChanged.connect(lambda _i, r=row: self._item_chosen(r))
        self._item_chosen(row)
        return row

    def _cell(self, row: int, column: int) -> Any:
        return self.grid.cellWidget(row, column)

    def _item_chosen(self, row: int) -> None:
        """The item's name and price become the placeholders: a line takes them unless typed over."""
        code = self._cell(row, 0).code()
        item = self.items.get(code) if code else None
        self._cell(row, 1).setPlaceholderText(item.name if item else self.tr("description"))
        self._cell(row, 3).setPlaceholderText(self.ctx.amount(item.unit_price) if item else "")

    def set_line(self, row: int, *, description: str = "", quantity: str = "", price: str = "") -> None:
        """Type into a line (tests)."""
        if description:
            self._cell(row, 1).setText(description)
        if quantity:
            self._cell(row, 2).setText(quantity)
        if price:
            self._cell(row, 3).setText(price)

    def order_lines(self) -> list[OrderLine]:
        lines: list[OrderLine] = []
        for row in range(self.grid.rowCount()):
            item = self._cell(row, 0).code()
            description = self._cell(row, 1).text().strip()
            price_text = self._cell(row, 3).text()
            if item is None and not description and not price_text.strip():
                continue  # a blank line
            i = len(lines)
            quantity = read_number(self.ctx, self._cell(row, 2).text(), f"lines[{i}].quantity")
            lines.append(
                OrderLine(
                    quantity if quantity is not None else Decimal(0),
                    item,
                    unit_price=read_number(self.ctx, price_text, f"lines[{i}].unit_price"),
                    description=description or None,
                )
            )
        return lines

    def show_error(self, exc: ValidationError) -> None:
        if exc.field.startswith("lines"):
            assert self.errors.general is not None
            where = exc.field.replace("lines[", "").split("]")[0]
            text = (
                self.tr("Line %1: %2")
                .replace("%1", str(int(where) + 1))
                .replace("%2", field_message(exc, self.ctx.language))
                if where.isdigit()
                else field_message(exc, self.ctx.language)
            )
            self.errors.general.setText(text)
            self.errors.general.show()
            return
        super().show_error(exc)

    def save(self) -> None:
        account = self.customer.account()
        if account is None:
            raise ValidationError("customer", self.tr("choose a customer"))
        self.order_number = self.ctx.company.create_sales_order(
            account, self.date.value(), self.order_lines(), reference=self.reference.text().strip() or None
        )


class DeliverDialog(FormDialog):
    """Post a packing slip: per order line the quantity delivered now (all that is left, unless changed)."""

    def __init__(self, ctx: AppContext, detail: SalesOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.slip_number = ""
        self.setWindowTitle(self.tr("Deliver order %1").replace("%1", detail.number))
        self.setMinimumSize(720, 380)
        self.date = DateEdit(max(ctx.today(), detail.date), ctx.language)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Post packing slip"))
        intro = plain_label(
            self.tr("Order %1 for %2 %3")
            .replace("%1", detail.number)
            .replace("%2", detail.customer)
            .replace("%3", detail.customer_name),
            "muted",
        )
        self.form.addRow(intro)
        self.add(self.tr("Delivery date"), short(self.date), "date")
        self.open_lines = [ln for ln in detail.lines if ln.to_deliver > 0]
        self.grid = QTableWidget(len(self.open_lines), 5)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Ordered"), self.tr("Delivered"), self.tr("Left"), self.tr("Deliver now")]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(30)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 80), (3, 80), (4, 110)):
            header.resizeSection(column, width)
        self.edits: list[QLineEdit] = []
        for row, line in enumerate(self.open_lines):
            values = [
                f"{line.item}  {line.description}" if line.item else line.description,
                quantity_text(ctx, line.quantity),
                quantity_text(ctx, line.delivered),
                quantity_text(ctx, line.to_deliver),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column:
                    cell.setTextAlignment(RIGHT)
                self.grid.setItem(row, column, cell)
            edit = number_edit()
            edit.setText(quantity_text(ctx, line.to_deliver))
            self.grid.setCellWidget(row, 4, edit)
            self.edits.append(edit)
        self.layout_.addWidget(self.grid, 1)
        self.layout_.addWidget(plain_label(self.tr("Leave a line at 0 or empty to deliver none of it now."), "muted"))
        self.finish()

    def set_quantity(self, line_index: int, text: str) -> None:
        """Type the quantity of order line line_index (tests)."""
        row = next(r for r, ln in enumerate(self.open_lines) if ln.index == line_index)
        self.edits[row].setText(text)

    def quantities(self) -> dict[int, Decimal]:
        out: dict[int, Decimal] = {}
        for line, edit in zip(self.open_lines, self.edits, strict=True):
            field = f"quantities[{line.index}]"
            qty = read_number(self.ctx, edit.text(), field)
            if qty is not None and qty > line.to_deliver:
                left = self.tr("only %1 is left to deliver").replace("%1", quantity_text(self.ctx, line.to_deliver))
                raise ValidationError(field, left)
            if qty is not None and qty != 0:
                out[line.index] = qty
        return out

    def show_error(self, exc: ValidationError) -> None:
        if exc.field.startswith("quantities"):
            assert self.errors.general is not None
            where = exc.field.removeprefix("quantities[").removesuffix("]")
            line = next((ln for ln in self.open_lines if str(ln.index) == where), None)
            text = (
                field_message(exc, self.ctx.language)
                if line is None
                else f"{line.description}: {field_message(exc, self.ctx.language)}"
            )
            self.errors.general.setText(text)
            self.errors.general.show()
            return
        super().show_error(exc)

    def save(self) -> None:
        wanted = self.quantities()
        if not wanted:
            raise ValidationError("quantities", self.tr("type the quantity delivered of at least one line"))
        self.slip_number = self.ctx.company.post_packing_slip(self.detail.number, self.date.value(), wanted)


class InvoiceSlipsDialog(FormDialog):
    """Tick the customer's packing slips not invoiced yet (those of the selected order ticked) and post one
    invoice for them (invoice_packing_slips)."""

    def __init__(self, ctx: AppContext, slips: list[PackingSlipRow], order: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.slips = slips
        self.invoice_number = ""
        customer = f"{slips[0].customer} {slips[0].customer_name}" if slips else ""
        self.setWindowTitle(self.tr("Invoice packing slips of %1").replace("%1", customer))
        self.setMinimumSize(620, 360)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Post invoice"))
        self.date = DateEdit(max([ctx.today(), *(s.date for s in slips)]), ctx.language)
        if slips:
            intro = self.tr("One invoice to %1 for the ticked packing slips.").replace("%1", customer)
            self.form.addRow(plain_label(intro, "muted"))
        self.add(self.tr("Invoice date"), short(self.date), "date")
        self.grid = QTableWidget(len(slips), 4)
        titles = [self.tr("Packing slip"), self.tr("Order"), self.tr("Date"), self.tr("Amount")]
        self.grid.setHorizontalHeaderLabels(titles)
        self.grid.verticalHeader().setVisible(False)
        for row, slip in enumerate(slips):
            values = [slip.number, slip.order, ctx.date(slip.date), ctx.amount(slip.amount, slip.currency)]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                flags = Qt.ItemFlag.ItemIsEnabled
                if column == 0:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                    cell.setCheckState(Qt.CheckState.Checked if slip.order == order else Qt.CheckState.Unchecked)
                else:
                    cell.setTextAlignment(RIGHT if column == 3 else Qt.AlignmentFlag.AlignVCenter)
                cell.setFlags(flags)
                self.grid.setItem(row, column, cell)
        self.grid.resizeColumnsToContents()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.resizeSection(3, 130)
        self.layout_.addWidget(self.grid, 1)
        self.finish()

    def set_checked(self, number: str, checked: bool) -> None:
        for row, slip in enumerate(self.slips):
            if slip.number == number:
                self.grid.item(row, 0).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [
            slip.number
            for row, slip in enumerate(self.slips)
            if self.grid.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        chosen = self.checked()
        if not chosen:
            raise ValidationError("slips", self.tr("tick at least one packing slip"))
        self.invoice_number = self.ctx.company.invoice_packing_slips(chosen, self.date.value()).number
