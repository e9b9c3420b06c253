"""The Accounts receivable parameters form: company.parameters() in, company.set_parameters(...) out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit, qdate
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.form_page import FormPage
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

AMOUNTS = ("max_penny_difference", "max_over_underpayment", "minimum_reimbursement")

#: The open debits a payment can be settled against, in the order the list offers them (DOMAIN 4.9);
#: translated in the "PriorityList" context.
PRIORITY_KINDS = {
    "fee": QT_TRANSLATE_NOOP("PriorityList", "Fees and collection costs"),
    "interest_note": QT_TRANSLATE_NOOP("PriorityList", "Interest notes"),
    "interest_reinstated": QT_TRANSLATE_NOOP("PriorityList", "Reinstated interest"),
    "invoice": QT_TRANSLATE_NOOP("PriorityList", "Invoices"),
}


class PriorityList(QWidget):
    """settlement_priority: the transaction types settled first, in order; tick a type to include it and move
    it with Up and Down. value() is the ticked kinds in order (None when none is ticked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFixedHeight(4 * 20 + 8)
        self.list.setMinimumWidth(190)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(buttons)
        self.set_value(None)

    def set_value(self, kinds: Sequence[str] | None) -> None:
        chosen = list(kinds or [])
        self.list.clear()
        for kind in [*chosen, *(k for k in PRIORITY_KINDS if k not in chosen)]:
            label = PRIORITY_KINDS.get(kind)
            item = QListWidgetItem(QCoreApplication.translate("PriorityList", str(label)) if label else kind)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def value(self) -> list[str] | None:
        kinds = [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return kinds or None

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)


#: The input widgets of the parameters.
Field = QCheckBox | CodeCombo | QLineEdit | PriorityList | DateEdit
#: The widest range of business dates set_parameters accepts (services.text DATE_FLOOR, DATE_CEILING).
DATE_RANGE = (dt.date(1900, 1, 1), dt.date(2199, 12, 31))


def range_date(ctx: AppContext, value: dt.date) -> DateEdit:
    """A date field limited to the years the books accept."""
    edit = DateEdit(value, ctx.language)
    edit.setDateRange(qdate(DATE_RANGE[0]), qdate(DATE_RANGE[1]))
    edit.setFixedWidth(150)  # a date, not a line of text: it does not grow with the group
    return edit


class ParametersPage(FormPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Accounts receivable parameters"),
            self.tr("Defaults and rules for posting, settlement and collections"),
        )
        self.errors = FieldErrors(error_label())
        self.widgets: dict[str, Field] = {}
        self.current: dict[str, object] = {}

        def choice(*items: tuple[str, str]) -> CodeCombo:
            return CodeCombo(list(items), None)

        # (group, [(parameter, label, widget, hint)]); the code lists are filled on refresh (they change).
        sections: list[tuple[str, list[tuple[str, str, Field, str]]]] = [
            (
                self.tr("Ledger"),
                [
                    (
                        "default_posting_profile",
                        self.tr("Posting profile"),
                        CodeCombo([], None),
                        self.tr("The summary account of invoices and payments, unless the customer says otherwise."),
                    ),
                    (
                        "prepayment_posting_profile",
                        self.tr("Posting profile for prepayments"),
                        CodeCombo([], None),
                        self.tr("Used for payments received before the invoice."),
                    ),
                    (
                        "default_sales_tax",
                        self.tr("Default sales tax"),
                        CodeCombo([], None),
                        self.tr("Proposed on new invoice lines whose customer or item gives no other code."),
                    ),
                    (
                        "payment_reference",
                        self.tr("Payment reference on invoices"),
                        choice(
                            ("rf", self.tr("Creditor reference (RF, ISO 11649)")),
                            ("nl", self.tr("Betalingskenmerk (16 digits)")),
                            ("none", self.tr("None")),
                        ),
                        self.tr("Printed under the request to pay; a bank statement line that names it is matched."),
                    ),
                ],
            ),
            (
                self.tr("Settlement"),
                [
                    (
                        "automatic_settlement",
                        self.tr("Automatic settlement"),
                        QCheckBox(),
                        self.tr("Settle a payment against the oldest open invoices when none is marked."),
                    ),
                    (
                        "prioritize_settlement",
                        self.tr("Prioritize settlement"),
                        QCheckBox(),
                        self.tr("Settle the transaction types below first, in their order (Mark by priority)."),
                    ),
                    ("settlement_priority", self.tr("Settlement priority"), PriorityList(), ""),
                    (
                        "clearing_order",
                        self.tr("Clearing order"),
                        choice(
                            ("priority", self.tr("By due date or priority")),
                            ("legal", self.tr("Legal: costs, then interest, then principal")),
                        ),
                        self.tr("The legal order of art. 6:44 BW applies a payment to collection costs first."),
                    ),
                    (
                        "cash_discount_administration",
                        self.tr("Cash discount administration"),
                        choice(("specific", self.tr("Specific")), ("unspecific", self.tr("Unspecific"))),
                        self.tr("Specific: a discount taken is posted to the invoice's own discount account."),
                    ),
                    (
                        "cash_discount_on_partial_payments",
                        self.tr("Calculate cash discounts for partial payments"),
                        QCheckBox(),
                        "",
                    ),
                    (
                        "cash_discount_on_credit_notes",
                        self.tr("Calculate cash discounts for credit notes"),
                        QCheckBox(),
                        "",
                    ),
                    (
                        "max_penny_difference",
                        self.tr("Maximum penny difference"),
                        QLineEdit(),
                        self.tr("A smaller difference closes the invoice and is posted as a penny difference."),
                    ),
                    (
                        "max_over_underpayment",
                        self.tr("Maximum overpayment or underpayment"),
                        QLineEdit(),
                        self.tr("A smaller difference closes the invoice and is posted as over- or underpayment."),
                    ),
                ],
            ),
            (
                self.tr("Credit and collections"),
                [
                    (
                        "credit_limit_check",
                        self.tr("Credit limit check"),
                        choice(("balance", self.tr("Balance")), ("none", self.tr("None"))),
                        self.tr("Balance: posting an invoice checks the open balance plus the invoice."),
                    ),
                    (
                        "collection_letter_per",
                        self.tr("Collection letters per"),
                        choice(("transaction", self.tr("Transaction")), ("customer", self.tr("Customer"))),
                        self.tr("Customer: every overdue item of a customer goes on the same letter."),
                    ),
                    (
                        "interest_late_paid",
                        self.tr("Interest on invoices paid late"),
                        QCheckBox(),
                        self.tr("Charge interest up to the payment day on invoices already paid, but late."),
                    ),
                    (
                        "minimum_reimbursement",
                        self.tr("Minimum reimbursement"),
                        QLineEdit(),
                        self.tr("The smallest credit balance proposed for a refund."),
                    ),
                ],
            ),
            (
                self.tr("Updates"),
                [
                    (
                        "stop_fti_posting_on_first_error",
                        self.tr("Stop posting free text invoices at the first error"),
                        QCheckBox(),
                        self.tr("Otherwise a batch posts every invoice it can and lists the others."),
                    )
                ],
            ),
            (
                self.tr("Business dates"),
                [
                    (
                        "earliest_date",
                        self.tr("Earliest date"),
                        range_date(ctx, dt.date(1990, 1, 1)),
                        self.tr("A document, payment or settlement dated before it is refused (a mistyped year)."),
                    ),
                    (
                        "latest_date",
                        self.tr("Latest date"),
                        range_date(ctx, dt.date(2100, 12, 31)),
                        self.tr("A document, payment or settlement dated after it is refused (a mistyped year)."),
                    ),
                ],
            ),
            (
                self.tr("SEPA direct debit"),
                [
                    (
                        "sepa_creditor_id",
                        self.tr("Creditor identifier"),
                        QLineEdit(),
                        self.tr("Your incassant-ID, for example NL57ZZZ999999999999; needed for direct debits."),
                    )
                ],
            ),
        ]
        columns = QHBoxLayout()
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        for (title, rows), column in zip(sections, (left, right, left, left, left, right), strict=True):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, label, widget, hint in rows:
                self.widgets[key] = widget
                if isinstance(widget, CodeCombo):  # sized for an ordinary choice; the list shows the long ones
                    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    widget.setMinimumContentsLength(18)
                if isinstance(widget, CodeCombo | QLineEdit):
                    widget.setMinimumWidth(190)
                self.errors.add_row(form, label, widget, key)
                if hint:  # under the row, across the group: it wraps without widening the page
                    note = plain_label(hint, "muted")
                    note.setWordWrap(True)
                    widget.setToolTip(hint)
                    form.addRow(note)
            column.addWidget(box)
        for column in (left, right):
            column.addStretch(1)
            columns.addLayout(column, 1)
        prioritize, priority = self.widgets["prioritize_settlement"], self.widgets["settlement_priority"]
        assert isinstance(prioritize, QCheckBox)
        prioritize.toggled.connect(priority.setEnabled)  # the order matters only when prioritizing
        holder = QWidget()
        holder.setLayout(columns)
        self.set_form(holder, self.errors)

    def _fill_code_lists(self) -> None:
        """The posting profiles and the active sales-tax codes, with their descriptions."""
        company = self.ctx.company
        names: dict[str, str] = {}
        for line in company.posting_profile_lines():
            names.setdefault(line.profile, line.description)
        profiles = [
            (code, f"{code} - {names[code]}" if names.get(code) else code) for code in company.posting_profiles()
        ]
        taxes = [(t.code, f"{t.code} - {t.name}") for t in company.sales_tax_codes() if t.active]
        for key, items in (
            ("default_posting_profile", profiles),
            ("prepayment_posting_profile", profiles),
            ("default_sales_tax", [(None, self.tr("(none)")), *taxes]),
        ):
            combo = self.widgets[key]
            assert isinstance(combo, CodeCombo)
            combo.clear()
            for code, label in items:
                combo.addItem(label, "" if code is None else code)

    def refresh(self) -> None:
        self._fill_code_lists()
        self.current = self.ctx.company.parameters()
        for key, widget in self.widgets.items():
            value = self.current.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, CodeCombo):
                if isinstance(value, str) and widget.findData(value) < 0:
                    widget.addItem(value, value)  # an inactive code still in use: shown, not lost
                widget.set_code(value if isinstance(value, str) else None)
            elif isinstance(widget, PriorityList):
                widget.set_value(_kinds(value))
            elif isinstance(widget, DateEdit):
                if isinstance(value, dt.date):
                    widget.setDate(qdate(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(self._text(key, value))
        self.widgets["settlement_priority"].setEnabled(bool(self.current.get("prioritize_settlement")))
        self.loaded_values()

    def _text(self, key: str, value: object) -> str:
        if value is None:
            return ""
        if key in AMOUNTS and isinstance(value, Decimal):
            return self.ctx.amount(value)
        return str(value)

    def values(self) -> dict[str, object]:
        """Every field as set_parameters takes it (amounts read per locale, never float)."""
        out: dict[str, object] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, CodeCombo):
                out[key] = widget.code()
            elif isinstance(widget, PriorityList | DateEdit):  # the ticked kinds; a date
                out[key] = widget.value()
            elif key in AMOUNTS:
                out[key] = parse_amount(widget.text(), self.ctx.locale, field=key) or Decimal("0.00")
            else:
                out[key] = widget.text().strip() or None
        return out

    def changes(self) -> dict[str, object]:
        def same(key: str, value: object) -> bool:
            old = self.current.get(key)
            if key == "settlement_priority":
                old = _kinds(old)
            return old == value

        return {key: value for key, value in self.values().items() if not same(key, value)}

    def write(self, changes: dict[str, object]) -> None:
        self.ctx.company.set_parameters(**changes)

    def saved_text(self) -> str:
        return self.tr("Parameters saved.")


def _kinds(value: object) -> list[str] | None:
    """The stored priority ("fee,interest_note" or a list) as a list; None when empty."""
    if isinstance(value, str):
        kinds = [k for k in value.split(",") if k]
    elif isinstance(value, list | tuple):
        kinds = [str(k) for k in value]
    else:
        kinds = []
    return kinds or None
