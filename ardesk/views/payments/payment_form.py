"""PaymentForm: customer, date, amount, method, reference and prepayment, as the journal window and the
payment dialog both enter them; a ValidationError shows beside the field it names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLayout, QLineEdit, QWidget

from ardesk.api import MethodOfPaymentRow
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.forms import FieldErrors

#: The API's names of the fields on this form (ValidationError.field).
FIELDS = ("customer", "date", "amount", "method", "reference", "prepayment")


class PaymentForm(QWidget):
    """Two columns of fields; extra widgets (buttons) may be added to the right of them with add_side()."""

    def __init__(
        self,
        ctx: AppContext,
        methods: Sequence[MethodOfPaymentRow],
        *,
        date: dt.date | None = None,
        errors: FieldErrors | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = errors or FieldErrors()
        self.customer = CustomerPicker(ctx.company)
        self.date = date_edit(ctx, date or ctx.today())
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.method = CodeCombo([(m.code, f"{m.code} - {m.description}") for m in methods], "BANK")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("cheque number, bank statement line..."))
        self.prepayment = QCheckBox(self.tr("Prepayment (customer deposit, settled against an invoice later)"))
        self.left, self.right = QFormLayout(), QFormLayout()
        for form in (self.left, self.right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(self.left, self.tr("Customer"), self.customer, "customer")
        self.errors.add_row(self.left, self.tr("Date"), self.date, "date")
        self.errors.add_row(self.left, self.tr("Amount received"), self.amount, "amount")
        self.errors.add_row(self.right, self.tr("Method of payment"), self.method, "method")
        self.errors.add_row(self.right, self.tr("Reference"), self.reference, "reference")
        self.errors.add_row(self.right, "", self.prepayment, "prepayment")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addLayout(self.left, 1)
        self.row.addSpacing(20)
        self.row.addLayout(self.right, 1)

    def add_side(self, layout: QLayout) -> None:
        self.row.addSpacing(16)
        self.row.addLayout(layout)

    def set_label(self, widget: QWidget, text: str) -> None:
        for form in (self.left, self.right):
            label = form.labelForField(widget)
            if label is not None:
                label.setText(text)  # type: ignore[attr-defined]

    def only_customer_and_date(self) -> None:
        """Settling without money: the payment fields go."""
        self.left.setRowVisible(self.amount, False)
        for widget in (self.method, self.reference, self.prepayment):
            self.right.setRowVisible(widget, False)

    def typed_amount(self) -> Decimal | None:
        """The amount as typed, read per the UI locale; None when empty. Raises ValidationError("amount")."""
        return parse_amount(self.amount.text(), self.ctx.locale, field="amount")

    def values(self) -> dict[str, Any]:
        """The fields as add_payment_line / post_payment take them (raises ValidationError for the amount)."""
        return {
            "customer": self.customer.account() or self.customer.text(),  # unknown: the API says so
            "date": date_of(self.date),
            "amount": self.typed_amount(),
            "method": self.method.code() or "",
            "reference": self.reference.text().strip() or None,
            "prepayment": self.prepayment.isChecked(),
        }

    def clear_payment(self) -> None:
        """After a line or payment went in: the next one starts from the same customer and date."""
        self.amount.clear()
        self.reference.clear()
        self.prepayment.setChecked(False)
