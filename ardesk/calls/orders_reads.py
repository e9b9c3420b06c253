"""Company calls of the recurring-invoice and sales-order screens: templates, assignments, items, orders,
packing slips, and the packing slip and pro forma PDFs (DOMAIN 3.3, 3.5)."""

from __future__ import annotations

import datetime as dt
import os

from ardesk.calls.door import Door
from ardesk.services import order_printing, order_queries
from ardesk.services.order_queries import (
    ORDER_STATUSES,
    AssignmentRow,
    ItemRow,
    OrderLineRow,
    PackingSlipRow,
    SalesOrderDetail,
    SalesOrderRow,
    TemplateInfo,
    TemplateLineInfo,
    TemplateRow,
)
from ardesk.services.text import file_to_write

__all__ = [  # the records ardesk.api hands on
    "ORDER_STATUSES",
    "AssignmentRow",
    "ItemRow",
    "OrderCalls",
    "OrderLineRow",
    "PackingSlipRow",
    "SalesOrderDetail",
    "SalesOrderRow",
    "TemplateInfo",
    "TemplateLineInfo",
    "TemplateRow",
]


class OrderCalls(Door):
    """Reads (and the one change, end_assignment) of the recurring and sales-order screens, mixed into
    ardesk.api.Company."""

    # --- recurring invoices (DOMAIN 3.5) -------------------------------------------------------------
    def invoice_templates(self) -> list[TemplateRow]:
        """Every invoice template by name, with its lines' total before tax and its active assignments."""
        with self._read() as (s, co):
            return order_queries.templates(s, co)

    def invoice_template(self, name: str) -> TemplateInfo:
        """One template with its header codes and lines, as create_invoice_template(replace=True) takes them."""
        with self._read() as (s, co):
            return order_queries.template(s, co, name)

    def template_assignments(self, template: str | None = None, *, customer: str | None = None) -> list[AssignmentRow]:
        """The assignments of a template (or a customer, or all), with what was billed and the next date due."""
        with self._read() as (s, co):
            return order_queries.assignments(s, co, template, customer)

    def end_assignment(self, assignment_id: int, end_date: dt.date) -> None:
        """Bill no occurrence after end_date (not before the start date); invoices already made stay."""
        self._write(order_queries.end_assignment, assignment_id, end_date)

    # --- items, sales orders, packing slips (DOMAIN 3.3) ---------------------------------------------
    def items(self) -> list[ItemRow]:
        """Every item by number."""
        with self._read() as (s, co):
            return order_queries.items(s, co)

    def sales_orders(self, status: str | None = None) -> list[SalesOrderRow]:
        """Sales orders, newest first; status: open | delivered | invoiced | cancelled (None: all)."""
        with self._read() as (s, co):
            return order_queries.sales_orders(s, co, status)

    def sales_order_detail(self, number: str) -> SalesOrderDetail:
        """A sales order with its lines (ordered, delivered, invoiced, amount) and its packing slips."""
        with self._read() as (s, co):
            return order_queries.order_detail(s, co, number)

    def packing_slips(self, order: str | None = None, *, uninvoiced: bool = False) -> list[PackingSlipRow]:
        """Packing slips of one order (None: all), oldest first; uninvoiced=True: those not invoiced yet."""
        with self._read() as (s, co):
            return order_queries.packing_slips(s, co, order, uninvoiced=uninvoiced)

    # --- printing ----------------------------------------------------------------------------------------
    def print_packing_slip(self, number: str, path: str | os.PathLike[str]) -> None:
        """Write the packing slip as a PDF (no prices), in the customer's language."""
        from ardesk.reports.packing_slip import render_packing_slip  # ReportLab loads only when printing

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = order_printing.gather_packing_slip(s, co, number)
        render_packing_slip(doc, target)

    def print_pro_forma(self, draft_id: int, path: str | os.PathLike[str]) -> None:
        """Write the draft invoice as a pro forma invoice PDF: the invoice's layout, no invoice number."""
        from ardesk.reports.invoice import render_invoice  # ReportLab loads only when printing

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = order_printing.gather_pro_forma(s, co, draft_id)
        render_invoice(doc, target)
