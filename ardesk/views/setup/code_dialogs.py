"""Editors of sales tax codes, cash discounts, methods of payment, charge codes and number sequences.

Each creates a code or changes one through the API; a refused value shows beside its field, a refused period
of a cash discount marks its cell under the periods grid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ValidationError
from ardesk.i18n import field_message
from ardesk.views.context import AppContext
from ardesk.views.setup.dialogs import CodeDialog, account_items, parse_percent, percent_text
from ardesk.views.setup.grid import EditGrid, GridColumn, parse_int, row_field
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import plain_label

#: Sales-tax kinds (services.tax_texts.TAX_KINDS) in words, in the "SalesTaxKind" context.
TAX_KINDS = (
    ("standard", QT_TRANSLATE_NOOP("SalesTaxKind", "Standard rate")),
    ("zero", QT_TRANSLATE_NOOP("SalesTaxKind", "Zero rate (0 %)")),
    ("exempt", QT_TRANSLATE_NOOP("SalesTaxKind", "Exempt (vrijgesteld)")),
    ("reverse_charge", QT_TRANSLATE_NOOP("SalesTaxKind", "Reverse charge (btw verlegd)")),
    ("intra_eu", QT_TRANSLATE_NOOP("SalesTaxKind", "Intra-EU supply (ICP, 0 %)")),
    ("export", QT_TRANSLATE_NOOP("SalesTaxKind", "Export outside the EU (0 %)")),
)

#: Payment kinds (services.setup.PAYMENT_KINDS) in words, in the "PaymentKind" context.
PAYMENT_KINDS = (
    ("electronic", QT_TRANSLATE_NOOP("PaymentKind", "Electronic payment")),
    ("cash", QT_TRANSLATE_NOOP("PaymentKind", "Cash")),
    ("check", QT_TRANSLATE_NOOP("PaymentKind", "Check")),
    ("card", QT_TRANSLATE_NOOP("PaymentKind", "Card")),
    ("bill_of_exchange", QT_TRANSLATE_NOOP("PaymentKind", "Bill of exchange")),
)


def tax_kind_label(kind: str) -> str:
    label = dict(TAX_KINDS).get(kind)
    return QCoreApplication.translate("SalesTaxKind", str(label)) if label else kind


def payment_kind_label(kind: str) -> str:
    label = dict(PAYMENT_KINDS).get(kind)
    return QCoreApplication.translate("PaymentKind", str(label)) if label else kind


def tax_items(ctx: AppContext, current: str | None, none_label: str) -> list[tuple[str | None, str]]:
    """The active sales-tax codes (and the current one) as combo items, after a "none" item."""
    items: list[tuple[str | None, str]] = [(None, none_label)]
    for t in ctx.company.tax_choices():
        if t.active or t.code == current:
            items.append((t.code, f"{t.code} - {t.description} ({ctx.percent(t.percent)})"))
    return items


# --- sales tax -------------------------------------------------------------------------------------------------
class SalesTaxDialog(CodeDialog):
    """record: a SalesTaxRow (the code's own invoice_text, None when it prints its kind's wording)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New sales tax code"), self.tr("Sales tax code %1"))
        self.setMinimumWidth(620)
        self.kind_texts = ctx.company.sales_tax_kind_texts()
        self.code = self.code_field()
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("for example Btw hoog 21 %"))
        self.kind = CodeCombo([(k, tax_kind_label(k)) for k, _ in TAX_KINDS], record.kind if record else "standard")
        self.percent = QLineEdit(percent_text(record.percent, ctx.locale) if record else "")
        self.percent.setMaximumWidth(120)
        self.percent.setPlaceholderText("21")
        percent_row = QWidget()
        row = QHBoxLayout(percent_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.percent)
        row.addWidget(QLabel("%"))
        self.zero_note = plain_label(self.tr("always 0 % for this kind"), "muted")
        row.addWidget(self.zero_note)
        row.addStretch(1)
        current = record.account if record else None
        self.account = CodeCombo(
            account_items(
                ctx.company.accounts(), current, None if record else self.tr("(the sales tax account)"), summary=False
            ),
            current,
        )
        self.invoice_text = QLineEdit((record.invoice_text or "") if record else "")
        self.invoice_text.setMaxLength(300)
        self.wording = plain_label("", "muted")
        self.wording.setWordWrap(True)
        self.add(self.tr("Sales tax code"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Kind"), self.kind, "kind")
        self.add(self.tr("Percentage"), percent_row, "percent")
        self.add(self.tr("Tax account"), self.account, "account")
        self.add(self.tr("Own invoice text"), self.invoice_text, "invoice_text")
        self.form.addRow("", self.wording)
        self.kind.currentIndexChanged.connect(lambda _i: self.kind_changed())
        self.invoice_text.textChanged.connect(lambda _t: self.show_wording())
        self.kind_changed()
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.description if self.editing else self.code

    def kind_changed(self) -> None:
        """Exempt, reverse-charge, intra-EU, export and zero codes charge no VAT: their rate is 0 %."""
        zero = (self.kind.code() or "standard") != "standard"
        if zero:
            self.percent.setText("0")
        self.percent.setReadOnly(zero)
        self.zero_note.setVisible(zero)
        default = self.kind_texts.get(self.kind.code() or "standard")
        self.invoice_text.setPlaceholderText(default or self.tr("(nothing extra)"))
        self.show_wording()

    def show_wording(self) -> None:
        text = self.invoice_text.text().strip() or self.kind_texts.get(self.kind.code() or "standard")
        if text:
            self.wording.setText(self.tr("A line with this code prints: %1").replace("%1", text))
        else:
            self.wording.setText(self.tr("A line with this code prints only its rate; type a text to add one."))

    def show_error(self, exc: ValidationError) -> None:
        super().show_error(exc)
        if exc.field == "percent":  # the form holds the field with its % sign: mark the field itself
            self.percent.setProperty("invalid", True)
            self.percent.style().polish(self.percent)
            self.percent.setFocus()

    def clear_errors(self) -> None:
        super().clear_errors()
        self.percent.setProperty("invalid", False)
        self.percent.style().polish(self.percent)

    def save(self) -> None:
        pct = parse_percent(self.percent.text(), self.ctx.locale, "percent")
        values: dict[str, Any] = {
            "description": self.description.text(),
            "kind": self.kind.code() or "standard",
            "invoice_text": self.invoice_text.text().strip() or None,
        }
        company = self.ctx.company
        if self.record is None:
            company.create_sales_tax(self.code.text(), pct, self.account.code(), **values)
        else:
            company.update_sales_tax(self.record.code, percent=pct, account=self.account.code(), **values)


# --- cash discounts --------------------------------------------------------------------------------------------
DAYS, PERCENT = range(2)


class CashDiscountDialog(CodeDialog):
    """record: a CashDiscountRow. The periods grid: days and percent, ascending by days (DOMAIN 2.6)."""

    MAX_PERIODS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New cash discount"), self.tr("Cash discount %1"))
        self.setMinimumWidth(560)
        self.code = self.code_field()
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("for example 2 % within 8 days"))
        current = record.account if record else None
        self.account = CodeCombo(
            account_items(ctx.company.accounts(), current, self.tr("(the cash discount account)"), summary=False),
            current,
        )
        self.add(self.tr("Cash discount"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Discount account"), self.account, "account")

        self.periods = EditGrid(
            [
                GridColumn(self.tr("Within days"), "days", "number", 130),
                GridColumn(self.tr("Discount %"), "percent", "number", 130),
            ],
            max_rows=self.MAX_PERIODS,
        )
        self.periods.horizontalHeader().setStretchLastSection(True)
        self.periods.setFixedSize(2 * 130 + 4, 30 + 26 * self.MAX_PERIODS + 4)  # every period shows, no scrolling
        for days, pct in record.periods if record else [(8, Decimal(2))]:
            self.periods.add_row([str(days), percent_text(pct, ctx.locale)])
        self.periods_error = error_label()
        self.periods_error.hide()
        self.add_button = QPushButton(self.tr("Add period"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.add_button.clicked.connect(lambda _checked=False: self.add_period())
        self.remove_button = QPushButton(self.tr("Remove period"))
        self.remove_button.setToolTip(self.tr("Ctrl+Delete"))
        self.remove_button.clicked.connect(lambda _checked=False: self.periods.remove_current())
        self.periods.rows_changed.connect(self._periods_changed)
        hint = plain_label(
            self.tr(
                "A payment within the days of a period gets its discount; list the periods by days, shortest first."
            ),
            "muted",
        )
        hint.setWordWrap(True)
        side = QVBoxLayout()  # beside the grid: its buttons and what a period means
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addSpacing(8)
        side.addWidget(hint)
        side.addStretch(1)
        width = max(self.add_button.sizeHint().width(), self.remove_button.sizeHint().width())
        for button in (self.add_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFixedWidth(width)
        row = QHBoxLayout()
        row.addWidget(self.periods)
        row.addSpacing(12)
        row.addLayout(side, 1)
        box = QGroupBox(self.tr("Periods"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.periods_error)
        self._periods_changed()
        self.finish(box)

    def focus_widget(self) -> QWidget | None:
        return self.description if self.editing else self.code

    def add_period(self) -> None:
        row = self.periods.add_row()
        if row >= 0:
            self.periods.setCurrentCell(row, DAYS)
            self.periods.setFocus()

    def _periods_changed(self) -> None:
        self.add_button.setEnabled(self.periods.rowCount() < self.MAX_PERIODS)
        self.remove_button.setEnabled(self.periods.rowCount() > 1)

    def read_periods(self) -> list[tuple[int, Decimal]]:
        """The rows typed, empty rows left out: (days, percent) in grid order."""
        out: list[tuple[int, Decimal]] = []
        for i in range(self.periods.rowCount()):
            days, pct = self.periods.text(i, DAYS), self.periods.text(i, PERCENT)
            if not days and not pct:
                continue
            f = f"periods[{len(out)}]"
            out.append((parse_int(days, f"{f}.days"), parse_percent(pct, self.ctx.locale, f"{f}.percent")))
        return out

    def clear_errors(self) -> None:
        super().clear_errors()
        self.periods.clear_marks()
        self.periods_error.hide()

    def show_error(self, exc: ValidationError) -> None:
        found = row_field(exc.field, "periods")
        if found is not None:
            row, name = found
            row = self._grid_row(row)
            self.periods.mark(row, name or "days")
            self.periods_error.setText(
                f"{self.periods.where(self.tr('Period %1'), row, name)}: {field_message(exc, self.ctx.language)}"
            )
            self.periods_error.show()
        elif exc.field == "periods":
            self.periods_error.setText(field_message(exc, self.ctx.language))
            self.periods_error.show()
            self.periods.setFocus()
        else:
            self.errors.show(exc)

    def _grid_row(self, index: int) -> int:
        """The grid row of the index-th period sent (empty rows are not sent)."""
        seen = -1
        for i in range(self.periods.rowCount()):
            if self.periods.text(i, DAYS) or self.periods.text(i, PERCENT):
                seen += 1
                if seen == index:
                    return i
        return index

    def save(self) -> None:
        periods = self.read_periods()
        company = self.ctx.company
        if self.record is None:
            company.create_cash_discount(
                self.code.text(), periods, description=self.description.text(), account=self.account.code()
            )
        else:
            company.update_cash_discount(
                self.record.code, periods=periods, description=self.description.text(), account=self.account.code()
            )


# --- methods of payment --------------------------------------------------------------------------------------
class MethodOfPaymentDialog(CodeDialog):
    """record: a MethodOfPaymentRow."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New method of payment"), self.tr("Method of payment %1"))
        self.code = self.code_field()
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("for example Bank transfer"))
        self.kind = CodeCombo([(k, payment_kind_label(k)) for k, _ in PAYMENT_KINDS], record.kind if record else None)
        current = record.account if record else None
        self.account = CodeCombo(
            account_items(ctx.company.accounts(), current, None if record else self.tr("(by payment type)")),
            current,
        )
        self.direct_debit = QCheckBox(self.tr("Direct debit: collect with a SEPA mandate"))
        self.direct_debit.setChecked(record.direct_debit if record else False)
        self.add(self.tr("Method of payment"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Payment type"), self.kind, "kind")
        self.add(self.tr("Account"), self.account, "account")
        self.add("", self.direct_debit, "direct_debit")
        self.kind.currentIndexChanged.connect(lambda _i: self.kind_changed())
        self.kind_changed()
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.description if self.editing else self.code

    def kind_changed(self) -> None:
        """A direct debit mandate needs electronic payment (DOMAIN 2.7)."""
        electronic = self.kind.code() == "electronic"
        if not electronic:
            self.direct_debit.setChecked(False)
        self.direct_debit.setEnabled(electronic)

    def save(self) -> None:
        kind = self.kind.code() or "electronic"
        company = self.ctx.company
        if self.record is None:
            company.create_method_of_payment(
                self.code.text(),
                kind,
                self.account.code(),
                description=self.description.text(),
                direct_debit=self.direct_debit.isChecked(),
            )
        else:
            company.update_method_of_payment(
                self.record.code,
                kind=kind,
                account=self.account.code(),
                description=self.description.text(),
                direct_debit=self.direct_debit.isChecked(),
            )


# --- charge codes --------------------------------------------------------------------------------------------
class ChargeCodeDialog(CodeDialog):
    """record: a ChargeCodeRow. The account is where the charge's revenue goes (never a summary account)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New charge code"), self.tr("Charge code %1"))
        self.code = self.code_field()
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("for example Freight"))
        current = record.account if record else None
        self.account = CodeCombo(
            account_items(
                ctx.company.accounts(),
                current,
                None if record else self.tr("(the sales revenue account)"),
                summary=False,
            ),
            current,
        )
        tax = record.tax if record else None
        self.tax = CodeCombo(tax_items(ctx, tax, self.tr("(no sales tax)")), tax)
        self.add(self.tr("Charge code"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Revenue account"), self.account, "account")
        self.add(self.tr("Sales tax"), self.tax, "tax")
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.description if self.editing else self.code

    def save(self) -> None:
        company = self.ctx.company
        if self.record is None:
            company.create_charge_code(
                self.code.text(), self.description.text(), account=self.account.code(), tax=self.tax.code()
            )
        else:
            changes: dict[str, Any] = {"description": self.description.text(), "account": self.account.code()}
            if self.tax.code() != self.record.tax:  # the API refuses tax=None for "none" today; send changes only
                changes["tax"] = self.tax.code()
            company.update_charge_code(self.record.code, **changes)


# --- number sequences ----------------------------------------------------------------------------------------
class NumberSequenceDialog(CodeDialog):
    """record: a NumberSequenceRow. The next number only goes up: a number is never given twice (DOMAIN 3.7)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        name = QCoreApplication.translate("NumberSequence", record.name)
        self.setWindowTitle(self.tr("Number sequence: %1").replace("%1", name))
        self.name = plain_label(name)
        self.prefix = QLineEdit(record.prefix)
        self.prefix.setMaxLength(20)
        self.prefix.setMaximumWidth(160)
        self.width_ = QSpinBox()
        self.width_.setRange(1, 12)
        self.width_.setValue(record.width)
        self.width_.setMaximumWidth(100)
        self.width_.setSuffix(self.tr(" digits"))
        self.next_number = QLineEdit(str(record.next_number))
        self.next_number.setMaximumWidth(160)
        self.preview = plain_label("", "muted")
        self.add(self.tr("Reference"), self.name, "code")
        self.add(self.tr("Prefix"), self.prefix, "prefix")
        self.add(self.tr("Width"), self.width_, "width")
        self.add(self.tr("Next number"), self.next_number, "next_number")
        self.form.addRow("", self.preview)
        note = plain_label(
            self.tr("The next number can only be raised: a number already given is never given again."), "muted"
        )
        note.setWordWrap(True)
        for signal in (self.prefix.textChanged, self.next_number.textChanged):
            signal.connect(lambda _t: self.show_preview())
        self.width_.valueChanged.connect(lambda _v: self.show_preview())
        self.show_preview()
        self.finish(note)

    def focus_widget(self) -> QWidget | None:
        return self.next_number

    def show_preview(self) -> None:
        text = self.next_number.text().strip()
        if text.isdigit():
            number = f"{self.prefix.text().strip()}{int(text):0{self.width_.value()}d}"
            self.preview.setText(self.tr("The next document gets %1").replace("%1", number))
        else:
            self.preview.setText("")

    def save(self) -> None:
        self.ctx.company.update_number_sequence(
            self.record.code,
            prefix=self.prefix.text().strip(),
            width=self.width_.value(),
            next_number=parse_int(self.next_number.text(), "next_number"),
        )
