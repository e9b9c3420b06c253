"""The Recurring invoices and Sales orders pages, and the pro forma action of the Invoicing page, driven through
their widgets on the demo company."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ardesk.api import OrderLine
from ardesk.views.invoicing.lines_model import COLUMNS as LINE_COLUMNS
from ardesk.views.invoicing.page import InvoicingPage
from ardesk.views.navigation import PAGES, SECTIONS
from ardesk.views.orders.recurring import AssignDialog, EndDialog, RecurringPage, TemplateDialog
from ardesk.views.orders.sales_orders import (
    DeliverDialog,
    InvoiceSlipsDialog,
    ItemDialog,
    OrderDialog,
    SalesOrdersPage,
)

from .conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def information(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", information)
    return shown


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join((page.extract_text() or "").replace("\u00a0", " ") for page in pdf.pages)


def show(page, qtbot, wait_loaded):
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    return page


def after(qtbot, page, action) -> None:
    """Do something that changes the books, and wait until the page has reloaded."""
    action()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def texts(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_pages_follow_invoicing_in_the_navigation():
    keys = [key for key, _label, _cls in SECTIONS[0][1]]
    assert keys[keys.index("invoicing") + 1 : keys.index("invoicing") + 3] == ["recurring", "sales_orders"]
    assert PAGES["recurring"] == ("Recurring invoices", RecurringPage)
    assert PAGES["sales_orders"] == ("Sales orders", SalesOrdersPage)


# --- recurring invoices -----------------------------------------------------------------------------------


@pytest.fixture
def recurring(ctx, qtbot, wait_loaded, messages) -> RecurringPage:
    return show(RecurringPage(ctx), qtbot, wait_loaded)


def test_the_demo_template_and_its_customers(recurring):
    model = recurring.template_model
    assert texts(model, 0) == ["SERVICE"] and texts(model, 3) == ["149.00"] and texts(model, 5) == ["3"]
    assert texts(recurring.assignment_model, 0) == ["10020", "10080", "10140"]
    assert texts(recurring.assignment_model, 2) == ["Monthly"] * 3
    assert texts(recurring.assignment_model, 8) == ["01/11/2026"] * 3  # not drafted yet
    assert recurring.assignments_title.text() == "Customers billed with SERVICE"


def test_new_template_billed_to_a_customer_and_drafted(recurring, qtbot, messages):
    def write(dialog: TemplateDialog) -> TemplateDialog:
        dialog.name.setText("HOSTING")
        dialog.description.setText("Web hosting")
        lines = dialog.lines
        lines.setData(lines.index(0, LINE_COLUMNS.index("description")), "Hosting (quarter)")
        lines.setData(lines.index(0, LINE_COLUMNS.index("quantity")), "3")
        lines.setData(lines.index(0, LINE_COLUMNS.index("unit_price")), "12.50")
        lines.setData(lines.index(0, LINE_COLUMNS.index("tax")), "btw21")
        assert dialog.total.text() == "Total excl. tax 37.50    incl. tax 45.38"
        dialog.accept()
        return dialog

    recurring.open_dialog = write
    after(qtbot, recurring, recurring.new_template)
    assert recurring.last_message == "Template HOSTING saved."
    assert recurring.current_template().name == "HOSTING" and recurring.current_template().amount == Decimal("37.50")
    assert recurring.ctx.company.invoice_template("HOSTING").lines[0].tax == "BTW21"

    def bill(dialog: AssignDialog) -> AssignDialog:
        dialog.customer.set_account("20010")
        dialog.start.setDate(dialog.start.date().addMonths(-4))  # 25 July 2026
        dialog.per.setValue(3)
        dialog.max_count.setText("8")
        dialog.accept()
        return dialog

    recurring.open_dialog = bill
    after(qtbot, recurring, recurring.assign)
    assert recurring.last_message == "HOSTING is now billed to 20010."
    model = recurring.assignment_model
    assert texts(model, 0) == ["20010"] and texts(model, 2) == ["Every 3 months"] and texts(model, 5) == ["8 invoices"]
    assert texts(model, 8) == ["25/07/2026"]

    after(qtbot, recurring, lambda: recurring.generate_due(TODAY))
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    qtbot.waitUntil(lambda: not recurring.loading, timeout=10000)
    # HOSTING: 25 July and 25 October; SERVICE: 1 November for three customers
    assert messages[-1].startswith("Recurring drafts created: 5 ")  # views/invoicing/recurring_run, as on Invoicing
    recurring.select_template("HOSTING")
    row = recurring.assignment_model.row_at(0)
    assert (row.billed_count, row.billed_amount, row.next_date) == (2, Decimal("90.76"), dt.date(2027, 1, 25))


def test_template_errors_stay_in_the_dialog(recurring):
    dialog = TemplateDialog(recurring.ctx, None, parent=recurring)
    dialog.name.setText("SERVICE")  # exists
    dialog.lines.setData(dialog.lines.index(0, 0), "Fee")
    dialog.lines.setData(dialog.lines.index(0, 2), "10")
    dialog.accept()
    assert not dialog.result() and "already exists" in dialog.errors.message("name")
    dialog.name.setText("OTHER")
    dialog.lines.setData(dialog.lines.index(0, 1), "two")
    dialog.accept()
    assert not dialog.result() and dialog.line_error().startswith("Line 1: 'two' is not an amount")


def test_end_billing_of_a_customer(recurring, qtbot):
    assignment = recurring.current_assignment()
    assert assignment.customer == "10020" and recurring.end_button.isEnabled()

    def early(dialog: EndDialog) -> EndDialog:
        dialog.end_date.setDate(dialog.end_date.date().addMonths(-2))  # before the start on 1 November
        dialog.accept()
        assert "must not be before the start date" in dialog.errors.message("end_date")
        dialog.end_date.setDate(dialog.end_date.date().addMonths(2))  # 25 November
        dialog.accept()
        return dialog

    recurring.open_dialog = early
    after(qtbot, recurring, recurring.end_selected)
    assert recurring.last_message == "Billing SERVICE to 10020 ends on 25/11/2026."
    rows = {r.customer: r for r in recurring.ctx.company.template_assignments("SERVICE")}
    assert rows["10020"].end_date == TODAY and rows["10080"].end_date is None


# --- sales orders -----------------------------------------------------------------------------------------


@pytest.fixture
def orders(ctx, qtbot, wait_loaded, messages) -> SalesOrdersPage:
    return show(SalesOrdersPage(ctx), qtbot, wait_loaded)


def test_no_orders_yet_says_what_to_do(orders):
    assert orders.order_model.rowCount() == 0 and orders.placeholder.isVisible()
    assert not orders.deliver_button.isEnabled() and not orders.invoice_button.isEnabled()


def test_order_delivered_printed_and_invoiced_through_the_page(orders, qtbot, monkeypatch, tmp_path):
    def item(number: str, name: str, price: str):
        def fill(dialog: ItemDialog) -> ItemDialog:
            dialog.number.setText(number)
            dialog.name.setText(name)
            dialog.price.setText(price)
            dialog.tax.set_code("BTW21")
            dialog.accept()
            return dialog

        return fill

    orders.open_dialog = item("CH-ERGO", "Ergonomic office chair", "389.00")
    orders.new_item()
    orders.open_dialog = item("INST", "Installation (hour)", "62")
    orders.new_item()
    assert orders.last_message == "Item INST saved."
    assert [i.number for i in orders.ctx.company.items()] == ["CH-ERGO", "INST"]

    def take(dialog: OrderDialog) -> OrderDialog:
        dialog.customer.set_account("20010")
        dialog.reference.setText("PO-118")
        dialog.grid.cellWidget(0, 0).set_code("CH-ERGO")
        dialog.set_line(0, quantity="6")
        dialog.set_line(dialog.add_line("INST"), quantity="4.5")
        dialog.set_line(dialog.add_line(), description="Delivery to the 3rd floor", price="85")
        dialog.add_line()  # left blank: ignored
        dialog.accept()
        return dialog

    orders.open_dialog = take
    after(qtbot, orders, orders.new_order)
    number = orders.current_order().number
    assert orders.last_message == f"Sales order {number} saved."
    # 6 × 389.00 + 4.5 × 62.00 + 85.00
    assert texts(orders.order_model, 5) == ["2,698.00"] and texts(orders.order_model, 6) == ["Open"]
    assert texts(orders.line_model, 1) == ["Ergonomic office chair", "Installation (hour)", "Delivery to the 3rd floor"]
    assert orders.deliver_button.isEnabled() and not orders.invoice_button.isEnabled()

    def deliver(dialog: DeliverDialog) -> DeliverDialog:
        dialog.set_quantity(0, "7")  # more than ordered
        dialog.accept()
        assert dialog.errors.general.text() == "Ergonomic office chair: only 6 is left to deliver"
        dialog.set_quantity(0, "4")
        dialog.set_quantity(1, "")
        dialog.accept()
        return dialog

    orders.open_dialog = deliver
    after(qtbot, orders, orders.deliver)
    slip = orders.current_slip().number
    assert orders.last_message == f"Packing slip {slip} posted."
    assert texts(orders.line_model, 5) == ["4", "0", "1"] and texts(orders.line_model, 7) == ["2", "4.5", "0"]
    assert texts(orders.slip_model, 4) == ["not invoiced"] and texts(orders.order_model, 7) == ["1"]

    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    orders.print_slip()
    qtbot.waitUntil(lambda: orders.last_message == f"Saved {target}.", timeout=15000)
    text = pdf_text(target)
    assert "Packing slip" in text and slip in text and "PO-118" in text and "Thornbury Engineering Ltd" in text
    assert "CH-ERGO Ergonomic office chair pcs 6 4 2" in text

    def invoice(dialog: InvoiceSlipsDialog) -> InvoiceSlipsDialog:
        assert dialog.checked() == [slip]
        dialog.accept()
        return dialog

    orders.open_dialog = invoice
    after(qtbot, orders, orders.invoice_slips)
    posted = orders.ctx.company.packing_slips(number)[0].invoice
    assert orders.last_message == f"Invoice {posted} posted."
    assert texts(orders.slip_model, 4) == [posted] and texts(orders.line_model, 6) == ["4", "0", "1"]
    # 4 × 389.00 + 85.00 = 1,641.00 plus 21 % VAT on the chairs (326.76); delivery without tax
    assert orders.ctx.company.document(posted).amount == Decimal("1967.76")


def test_order_dialog_names_the_line_in_error(orders):
    orders.ctx.company.create_item("A", "Item A", Decimal("1"))
    dialog = OrderDialog(orders.ctx, parent=orders)
    dialog.customer.set_account("10010")
    dialog.set_line(0, description="Free line", quantity="1")  # no price
    dialog.accept()
    assert not dialog.result() and dialog.errors.general.text() == "Line 1: give a price for a line without an item"
    assert orders.ctx.company.sales_orders() == []


def test_invoice_dialog_offers_the_customers_other_orders_unticked(orders, qtbot):
    co = orders.ctx.company
    co.create_item("A", "Item A", Decimal("10"))
    first = co.create_sales_order("10010", TODAY, [OrderLine(Decimal(1), "A")])
    second = co.create_sales_order("10010", TODAY, [OrderLine(Decimal(2), "A")])
    slips = [co.post_packing_slip(first, TODAY), co.post_packing_slip(second, TODAY)]
    after(qtbot, orders, orders.refresh)
    orders.select_order(second)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.number == second, timeout=10000)

    def both(dialog: InvoiceSlipsDialog) -> InvoiceSlipsDialog:
        assert dialog.checked() == [slips[1]]
        dialog.set_checked(slips[0], True)
        dialog.accept()
        return dialog

    orders.open_dialog = both
    after(qtbot, orders, orders.invoice_slips)
    assert {s.invoice for s in co.packing_slips()} == {co.packing_slips(first)[0].invoice}
    assert [r.status for r in co.sales_orders()] == ["invoiced", "invoiced"]


# --- pro forma from the Invoicing page ---------------------------------------------------------------------


def test_pro_forma_of_a_draft_from_the_invoicing_page(ctx, qtbot, wait_loaded, messages, monkeypatch, tmp_path):
    page = show(InvoicingPage(ctx), qtbot, wait_loaded)
    page.set_status("draft")
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10000)
    draft = page.model.row_at(0)
    page.select_ids([draft.id])
    assert page.pro_forma_button.isEnabled()
    target = tmp_path / "pro-forma.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.pro_forma_selected()
    qtbot.waitUntil(lambda: page.last_message == f"Saved {target}.", timeout=15000)
    text = pdf_text(target)
    assert "Pro forma invoice" in text and f"Reference Pro forma {draft.id}" in text
    assert draft.customer == "20010" and "Total €1,440.00" in text and "Invoice number" not in text
    assert ctx.company.invoice_detail(draft.id).status == "draft"
    page.set_status("posted")
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10000)
    page.select_ids([page.model.row_at(0).id])
    assert not page.pro_forma_button.isEnabled()
