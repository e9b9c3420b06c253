"""The invoice editor: a new draft, a draft to change, a credit note for an invoice, or a correction.

Saves and posts through the API; a ValidationError keeps the dialog open and shows its message beside
the header field or under the lines or charges grid, with the offending cell marked and selected.
Before posting it asks about what a bookkeeper would not do on purpose: no VAT for a domestic customer,
reverse charge without the customer's VAT number, and an invoice that exceeds the credit limit."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import CustomerChoice, InvoiceDetail
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.money import currency_places, round_money
from ardesk.views.context import AppContext
from ardesk.views.invoicing.lines_model import CHARGE_COLUMNS, COLUMNS, ChargesModel, InvoiceLinesModel
from ardesk.views.invoicing.lines_view import LinesView
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

#: Date entry per UI language, matching ardesk.i18n.format_date (a four-digit year).
DATE_FORMATS = {"en": "dd/MM/yyyy", "nl": "dd-MM-yyyy"}
LINE_FIELD = re.compile(r"lines\[(\d+)\](?:\.(\w+))?")
CHARGE_FIELD = re.compile(r"charges\[(\d+)\](?:\.(\w+))?")
#: Sales-tax kinds whose invoice must show the customer's VAT number (services.tax_texts.NEEDS_CUSTOMER_VAT).
NEEDS_CUSTOMER_VAT = ("reverse_charge", "intra_eu")
MODES = ("invoice", "credit_note", "correct")


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateEdit(QDateEdit):
    """Tab leaves the field (QDateEdit would walk day, month, year first); type 25/11/2026 or 25-11-2026."""

    def __init__(self, value: dt.date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(qdate(value), parent)
        self.setDisplayFormat(DATE_FORMATS.get(language, DATE_FORMATS["en"]))
        self.setCalendarPopup(True)

    def value(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class CustomerCombo(QComboBox):
    """Customers as "account - name", searchable by any part; typing an account number is enough.
    left() fires when the keyboard focus leaves the field (Tab, Enter, a click elsewhere).
    Kept for the screens that still use it; the invoice editor uses widgets.customer_picker.CustomerPicker."""

    left = Signal()

    def __init__(self, customers: list[CustomerChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choices = {c.account: c for c in customers}
        for c in customers:
            self.addItem(f"{c.account} - {c.name}", c.account)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Account or name"))
        self.setCurrentIndex(-1)

    def account(self) -> str | None:
        """The customer the text names: an exact item, an account number, or the only match."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text)
        if index >= 0:
            return self.itemData(index)
        first = text.split(" ")[0]
        if first in self.choices:
            return first
        folded = text.casefold()
        matches = [a for a, c in self.choices.items() if folded in f"{a} - {c.name}".casefold()]
        return matches[0] if len(matches) == 1 else None

    def set_account(self, account: str | None) -> None:
        index = self.findData(account) if account else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(account or "")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()

    def resolve(self) -> str | None:
        """Show the full "account - name" of what was typed (on leaving the field)."""
        account = self.account()
        if (account is not None and self.currentData() != account) or (
            account and self.currentText() != self.itemText(self.findData(account))
        ):
            self.set_account(account)
        return account


class InvoiceDialog(QDialog):
    """mode "invoice": new (detail None) or a draft to change; "credit_note": crediting the posted invoice
    `original` (its lines proposed); "correct": correcting the posted invoice `original`.

    After exec: draft_id (saved draft), posted (the number given at posting), or nothing (cancelled)."""

    def __init__(
        self,
        ctx: AppContext,
        detail: InvoiceDetail | None = None,
        *,
        mode: str = "invoice",
        original: InvoiceDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert mode in MODES
        self.ctx = ctx
        self.mode = mode
        self.original = original
        self.draft_id: int | None = detail.id if detail is not None and detail.status == "draft" else None
        self.posted: str | None = None
        self.kind = detail.kind if detail is not None else ("credit_note" if mode == "credit_note" else "invoice")
        #: The invoice a credit note credits: kept when a credit-note draft is changed.
        self.original_number = (
            original.number
            if original is not None and mode == "credit_note"
            else (detail.original if detail is not None else None)
        )
        company = ctx.company
        accounts = company.revenue_accounts()
        taxes = company.tax_choices()
        revenue = company.default_revenue_account() or ""
        parameters = company.parameters()
        self.credit_limit_check = str(parameters.get("credit_limit_check") or "none")
        self.company_country = str(company.details().get("country") or "")
        self.terms_rows = {t.code: t for t in company.terms_of_payment()}
        discounts = company.cash_discounts()
        self.setWindowTitle(self._title(detail))
        self.setMinimumSize(1020, 700)
        self.errors = FieldErrors(error_label())

        # --- header ---------------------------------------------------------------------------------
        self.customer = CustomerPicker(company)
        self.customer.setMinimumWidth(360)
        self.date = DateEdit(ctx.today(), ctx.language)
        self.terms = CodeCombo(
            [(None, self.tr("(none)"))] + [(t.code, f"{t.code} - {t.description}") for t in self.terms_rows.values()]
        )
        self.cash_discount = CodeCombo(
            [(None, self.tr("(none)"))] + [(d.code, f"{d.code} - {d.description}") for d in discounts]
        )
        self.due_label = plain_label("", "muted")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the invoice is credited or corrected"))
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(left, self.tr("Customer"), self.customer, "customer")
        self.errors.add_row(
            left,
            self.tr("Invoice date") if self.kind == "invoice" and mode != "credit_note" else self.tr("Date"),
            self._with(self.date, self.due_label),
            "date",
        )
        self.errors.add_row(right, self.tr("Terms of payment"), self.terms, "terms")
        self.errors.add_row(right, self.tr("Cash discount"), self.cash_discount, "cash_discount")
        self.has_reason = mode != "invoice" or (detail is not None and bool(detail.original))
        if self.has_reason:
            self.errors.add_row(left, self.tr("Reason"), self.reason, "reason")
        else:
            self.reason.hide()
        header = QGroupBox(self._header_title())
        columns = QHBoxLayout(header)
        columns.addLayout(left, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)

        # --- lines ----------------------------------------------------------------------------------
        company_tax = str(parameters.get("default_sales_tax") or "")
        self.lines = InvoiceLinesModel(ctx, accounts, taxes, revenue, self, company_tax=company_tax)
        # Only active codes are offered; a draft's inactive code still shows (the model knows every code).
        self.view = LinesView(
            self.lines, {"account": [a.number for a in accounts], "tax": self.lines.active_tax_codes()}
        )
        self.view.setMinimumHeight(200)
        self.lines_error = error_label()
        self.lines_error.hide()
        add = QPushButton(self.tr("Add line"))
        remove = QPushButton(self.tr("Delete line"))
        remove.setToolTip(self.tr("Ctrl+Delete"))
        add.clicked.connect(self._add_line)
        remove.clicked.connect(lambda: self.lines.remove_line(self.view.currentIndex().row()))
        hint = plain_label(
            self.tr(
                "Tab or Enter: next cell.  Enter on the last cell: new line.  Ctrl+S: save draft.  Ctrl+Enter: post."
            ),
            "muted",
        )
        hint.setWordWrap(True)
        # Changing the customer keeps the codes of lines already typed; say so, and offer to apply the new one.
        self.tax_notice = plain_label("", "muted")
        self.tax_notice.setWordWrap(True)
        self.apply_tax_button = QPushButton()
        self.apply_tax_button.clicked.connect(self._apply_customer_tax)
        notice = QHBoxLayout()
        notice.setContentsMargins(0, 0, 0, 0)
        notice.addWidget(self.tax_notice, 1)
        notice.addWidget(self.apply_tax_button)
        self.tax_notice_box = QWidget()
        self.tax_notice_box.setLayout(notice)
        self.tax_notice_box.hide()
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch(1)

        # --- charges (DOMAIN 2.11) -------------------------------------------------------------------
        self.charge_codes = self._charge_codes()
        self.charges = ChargesModel(ctx, self.charge_codes, self.lines.taxes, self)
        self.charges_view = LinesView(
            self.charges,
            {"code": self.charges.active_codes()},
            widths=(("code", 140), ("tax", 120), ("amount", 120)),
        )
        self.charges_view.setObjectName("chargesGrid")
        self.charges_view.setFixedHeight(self.charges_view.verticalHeader().defaultSectionSize() * 3 + 30)
        self.charges_error = error_label()
        self.charges_error.hide()
        add_charge = QPushButton(self.tr("Add charge"))
        remove_charge = QPushButton(self.tr("Delete charge"))
        add_charge.clicked.connect(self._add_charge)
        remove_charge.clicked.connect(lambda: self.charges.remove_line(self.charges_view.currentIndex().row()))
        charge_buttons = QVBoxLayout()
        charge_buttons.addWidget(add_charge)
        charge_buttons.addWidget(remove_charge)
        charge_buttons.addStretch(1)
        self.charges_box = QGroupBox(self.tr("Charges"))
        charges_layout = QGridLayout(self.charges_box)
        charges_layout.addWidget(self.charges_view, 0, 0)
        charges_layout.addLayout(charge_buttons, 0, 1)
        charges_layout.addWidget(self.charges_error, 1, 0, 1, 2)
        self.charges.totals_changed.connect(self.update_totals)

        # --- totals ---------------------------------------------------------------------------------
        self.totals_box = QGroupBox(self.tr("Totals"))
        self.totals_grid = QGridLayout(self.totals_box)
        self.totals_grid.setHorizontalSpacing(18)
        self.totals_grid.setColumnStretch(0, 1)
        self.total_value = plain_label("", "invoiceTotal")
        bold = QFont(self.total_value.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.total_value.setFont(bold)
        self.totals_box.setMinimumWidth(360)
        self.lines.totals_changed.connect(self.update_totals)

        # --- buttons --------------------------------------------------------------------------------
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.post_button = QPushButton(self.tr("Post") if mode != "correct" else self.tr("Post correction"))
        self.post_button.setObjectName("primary")
        self.post_button.setToolTip(self.tr("Ctrl+Enter"))
        for button in (
            self.cancel_button,
            self.save_button,
            self.post_button,
            add,
            remove,
            add_charge,
            remove_charge,
            self.apply_tax_button,
        ):
            button.setAutoDefault(False)  # Enter moves through the form; it never closes the dialog
            button.setDefault(False)
        self.save_button.setVisible(mode != "correct")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_draft)
        self.post_button.clicked.connect(self.post)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.post)
        for button in (self.cancel_button, self.save_button, self.post_button):
            button.setMinimumWidth(120)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors.general, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.post_button)

        bottom = QHBoxLayout()
        bottom_left = QVBoxLayout()
        bottom_left.addLayout(line_buttons)
        bottom_left.addWidget(self.lines_error)
        bottom_left.addWidget(self.tax_notice_box)
        bottom_left.addWidget(self.charges_box)
        bottom_left.addWidget(hint)
        bottom_left.addStretch(1)
        bottom.addLayout(bottom_left, 1)
        bottom.addWidget(self.totals_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)

        order = [
            self.customer,
            self.date,
            self.terms,
            self.cash_discount,
            *([self.reason] if self.has_reason else []),
            self.view,
            self.charges_view,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        for widget in (self.customer.edit, self.date, self.terms, self.cash_discount, self.reason):
            widget.installEventFilter(self)  # Enter in a header field moves on, like Tab
        self.customer.customer_changed.connect(self._customer_changed)
        self.terms.currentIndexChanged.connect(lambda _i: self._update_due())
        self.date.dateChanged.connect(lambda _d: self._update_due())
        self._customer_shown: str | None = None
        self._choice: CustomerChoice | None = None
        self._charge_rows: list[int] = []
        self.hidden_charges = Decimal(0)
        self._load(detail or original)
        # A company without charge codes does not use charges: the section only takes room then.
        self.charges_box.setVisible(bool(self.charge_codes) or self.charges.rowCount() > 0)
        self.errors.clear()
        self.update_totals()
        self._pristine = self._state()
        if detail is None and original is None:
            self.customer.setFocus()
        else:
            self.view.setFocus()

    # --- set-up -----------------------------------------------------------------------------------
    def _title(self, detail: InvoiceDetail | None) -> str:
        if self.mode == "correct" and self.original is not None:
            return self.tr("Correct invoice %1").replace("%1", self.original.number or "")
        if self.mode == "credit_note" and self.original is not None:
            return self.tr("Credit note for invoice %1").replace("%1", self.original.number or "")
        if detail is not None:
            return (
                self.tr("Draft credit note") if detail.kind == "credit_note" else self.tr("Draft invoice")
            ) + f" #{detail.id}"
        return self.tr("New invoice")

    def _header_title(self) -> str:
        if self.mode == "correct":
            return self.tr("Corrected invoice (replaces %1)").replace("%1", self.original.number or "")
        if self.kind == "credit_note":
            return (
                self.tr("Credit note")
                if self.original is None
                else self.tr("Credit note for %1").replace("%1", self.original.number or "")
            )
        return self.tr("Invoice")

    @staticmethod
    def _with(widget: QWidget, extra: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(extra, 1)
        return box

    def _charge_codes(self) -> list[Any]:
        """The company's charge codes (company.charge_codes(): code, description, account, tax, active)."""
        read = getattr(self.ctx.company, "charge_codes", None)
        return list(read()) if read is not None else []

    def _load(self, detail: InvoiceDetail | None) -> None:
        if detail is None:
            return
        self._customer_shown = detail.customer  # the draft's own terms and codes stay as saved
        self.customer.set_account(detail.customer)
        self.customer.setEnabled(self.mode == "invoice")
        customer = self.customer.choice()
        self._choice = customer
        if customer is not None:
            self.lines.currency = customer.currency
            self.charges.currency = customer.currency
            self.lines.default_tax = customer.tax or ""
        if self.mode == "invoice":
            self.date.setDate(qdate(detail.date))
        self.terms.set_code(detail.terms)
        self.cash_discount.set_code(detail.cash_discount)
        self.reason.setText(detail.reason or "")
        self.lines.set_lines(detail.lines)
        # InvoiceDetail.charges (code, amount, description) where the read gives them.
        self.charges.set_charges(getattr(detail, "charges", None) or ())
        self._update_due()
        if not hasattr(detail, "charges") and detail.status == "draft" and self.mode == "invoice":
            # The read does not give a draft's charges yet: what the stored total holds beyond the lines and
            # their tax is charges that saving from here would drop. Say so, and ask before saving.
            self.hidden_charges = abs(detail.total) - abs(self.lines.live_totals().total)
            if self.hidden_charges:
                self.charges_error.setText(
                    self.tr(
                        "This draft has charges of %1 (sales tax included) that this screen cannot show; "
                        "saving or posting it here removes them."
                    ).replace("%1", self.ctx.amount(self.hidden_charges, detail.currency))
                )
                self.charges_error.show()

    def _add_line(self) -> None:
        row = self.lines.append_line()
        index = self.lines.index(row, 0)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _add_charge(self) -> None:
        row = self.charges.append_line()
        index = self.charges.index(row, 0)
        self.charges_view.setFocus()
        self.charges_view.setCurrentIndex(index)
        self.charges_view.edit(index)

    # --- header behaviour -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if watched is self.customer.edit:
                self.customer.choice()  # Enter on an account number selects that customer
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def _state(self) -> tuple[object, ...]:
        return (
            self.customer.edit.text(),
            self.date.value(),
            self.terms.code(),
            self.cash_discount.code(),
            self.reason.text(),
            tuple(map(repr, self.lines.lines())),
            tuple(map(repr, self.charges.charges())),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._pristine

    def cancel(self) -> None:
        """Cancel or Escape: typed work is only thrown away after asking."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter posts wherever the focus is (the lines grid takes the shortcut's key itself)."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.post()
            event.accept()  # a plain Enter never closes the dialog
            return
        super().keyPressEvent(event)

    def _customer_changed(self, choice: CustomerChoice | None) -> None:
        """A new customer brings its terms, cash discount, sales tax code and currency (all changeable).
        Lines already typed keep their sales tax code: the notice under the grid says so."""
        if choice is None or choice.account == self._customer_shown:
            if choice is not None:
                self._choice = choice
            return
        self._customer_shown = choice.account
        self._choice = choice
        self.terms.set_code(choice.terms)
        self.cash_discount.set_code(choice.cash_discount)
        self.lines.currency = choice.currency
        self.charges.currency = choice.currency
        kept = self.lines.set_default_tax(choice.tax)
        code = self.lines.new_line_tax()
        if kept and code:
            self.tax_notice.setText(
                self.tr("%n line(s) keep their sales tax code; new lines take %1, the code of %2.", "", len(kept))
                .replace("%1", code)
                .replace("%2", choice.name)
            )
            self.apply_tax_button.setText(self.tr("Use %1 on all lines").replace("%1", code))
            self.tax_notice_box.show()
        else:
            self.tax_notice_box.hide()
        self.update_totals()

    def _customer_left(self) -> None:
        """Resolve what the customer field holds and apply that customer (as leaving the field does)."""
        choice = self.customer.choice()
        if choice is not None:
            self._customer_changed(choice)

    def _apply_customer_tax(self) -> None:
        self.lines.set_all_taxes(self.lines.new_line_tax())
        self.tax_notice_box.hide()

    def _update_due(self) -> None:
        terms = self.terms_rows.get(self.terms.code() or "")
        date = self.date.value()
        due = date + relativedelta(months=terms.months, days=terms.days) if terms else date
        self.due_label.setText(self.tr("due %1").replace("%1", self.ctx.date(due)))

    # --- totals -----------------------------------------------------------------------------------
    def update_totals(self) -> None:
        grid = self.totals_grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.total_value:
                item.widget().hide()  # deleteLater waits for the event loop; do not paint it meanwhile
                item.widget().deleteLater()
        totals = self.live_totals()
        currency = self.lines.currency
        sign = -1 if self.kind == "credit_note" or self.mode == "credit_note" else 1
        rows: list[tuple[str, str]] = [(self.tr("Lines"), self.ctx.amount(sign * totals.lines_total, currency))]
        if self.charges.rowCount():
            rows.append((self.tr("Charges"), self.ctx.amount(sign * totals.charges_total, currency)))
        for tax in totals.taxes:
            label = (
                self.tr("%1 %2 of %3")
                .replace("%1", tax.code)
                .replace("%2", self.ctx.percent(tax.percent))
                .replace("%3", self.ctx.amount(sign * tax.base, currency))
            )
            rows.append((label, self.ctx.amount(sign * tax.amount, currency)))
        if not totals.taxes:
            rows.append((self.tr("Sales tax"), self.ctx.amount(0 * totals.tax_total, currency)))
        for r, (label, value) in enumerate(rows):
            grid.addWidget(plain_label(label, "muted"), r, 0)
            amount = plain_label(value)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(amount, r, 1)
        total_label = plain_label(self.tr("Total %1").replace("%1", currency))
        total_label.setFont(self.total_value.font())
        grid.addWidget(total_label, len(rows), 0)
        self.total_value.setText(self.ctx.amount(sign * totals.total, currency))
        self.total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.total_value, len(rows), 1)

    def live_totals(self) -> Any:
        """Lines, charges, tax per code and total as the API will compute them (LiveTotals)."""
        return self.lines.live_totals(self.charges.live())

    def tax_summary_text(self) -> list[str]:
        """The tax summary rows as shown (tests)."""
        out = []
        grid = self.totals_grid
        for r in range(grid.rowCount()):
            cells = [grid.itemAtPosition(r, c) for c in (0, 1)]
            if all(cell is not None and cell.widget() is not None for cell in cells):
                out.append(f"{cells[0].widget().text()}: {cells[1].widget().text()}")  # type: ignore[attr-defined]
        return out

    # --- saving -----------------------------------------------------------------------------------
    def _input(self) -> tuple[str, dt.date, list, list[int], dict[str, object]]:
        self.view.commit_open_editor()
        self.charges_view.commit_open_editor()
        choice = self.customer.choice()
        if choice is None:
            raise ValidationError("customer", self.tr("choose a customer from the list"))
        self._customer_changed(choice)
        lines, rows = self.lines.api_lines()
        charges, self._charge_rows = self.charges.api_charges()
        header: dict[str, object] = {"terms": self.terms.code() or "", "cash_discount": self.cash_discount.code() or ""}
        if charges:
            header["charges"] = charges
        if self.kind == "credit_note" and self.mode != "correct" and self.original_number:
            header["original"] = self.original_number
        if self.has_reason and self.reason.text().strip():
            header["reason"] = self.reason.text().strip()
        return choice.account, self.date.value(), lines, rows, header

    def _keep_hidden_charges(self) -> bool:
        """False when the user would rather not drop the draft's charges this screen cannot show."""
        return not self.hidden_charges or self.ask(
            self.tr("Saving this draft here removes its charges of %1. Continue?").replace(
                "%1", self.ctx.amount(self.hidden_charges, self.lines.currency)
            )
        )

    def save_draft(self) -> bool:
        if self.mode == "correct":
            return False
        rows: list[int] = []
        try:
            account, date, lines, rows, header = self._input()
            if not self._keep_hidden_charges():
                return False
            company = self.ctx.company
            if self.draft_id is None:
                self.draft_id = company.save_draft(account, date, lines, kind=self.kind, **header)
            else:
                company.update_draft(self.draft_id, account, date, lines, kind=self.kind, **header)
        except ArdeskError as exc:
            self.show_error(exc, rows)
            return False
        self.ctx.notify_changed()
        self.accept()
        return True

    def post(self) -> bool:
        rows: list[int] = []
        try:
            account, date, lines, rows, header = self._input()
            if not self._keep_hidden_charges() or not self.confirm_posting(account, date):
                return False
            company = self.ctx.company
            if self.mode == "correct":
                assert self.original is not None and self.original.number
                header.pop("original", None)
                reason = str(header.pop("reason", "") or "") or self.tr("Correction")
                _cancel, new = company.correct_invoice(self.original.number, date, lines, reason=reason, **header)
                self.posted = new.number
            elif self.draft_id is None:
                post = company.post_credit_note if self.kind == "credit_note" else company.post_free_text_invoice
                self.posted = post(account, date, lines, **header).number
            else:
                company.update_draft(self.draft_id, account, date, lines, kind=self.kind, **header)
                self.ctx.notify_changed()  # the draft is saved even if posting refuses it below
                self.posted = company.post_draft(self.draft_id).number
        except ArdeskError as exc:
            self.show_error(exc, rows)
            return False
        self.ctx.notify_changed()
        self.accept()
        return True

    # --- questions before posting ---------------------------------------------------------------------
    def ask(self, text: str) -> bool:
        """Yes/No before posting (No is the default: Enter does not post by accident)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def posting_warnings(self, account: str, date: dt.date) -> list[str]:
        """What to ask about before posting an invoice: VAT left off for a domestic customer, reverse charge or
        intra-EU supply to a customer without a VAT number, and the credit limit (DOMAIN 5.3)."""
        if self.kind != "invoice" or self.mode == "credit_note":
            return []  # a credit note mirrors what was invoiced
        out: list[str] = []
        choice = self._choice if self._choice is not None and self._choice.account == account else None
        country = (choice.country if choice is not None else None) or ""
        domestic = not country or not self.company_country or country.upper() == self.company_country.upper()
        untaxed = self.lines.untaxed_rows()
        if untaxed and domestic:
            out.append(self.tr("This invoice charges no VAT on %n line(s) for a domestic customer.", "", len(untaxed)))
        info = None
        kinds = self.lines.tax_kinds() & set(NEEDS_CUSTOMER_VAT)
        if kinds:
            info = self.ctx.company.customer(account)
            if not (info.vat_number or "").strip():
                out.append(
                    self.tr(
                        "Reverse charge and intra-Community supply: the invoice must show the customer's VAT "
                        "number, and %1 has none. Add it to the customer first."
                    ).replace("%1", info.name)
                )
        over = self.credit_limit_warning(account, date, info)
        if over:
            out.append(over)
        return out

    def credit_limit_warning(self, account: str, date: dt.date, info: Any = None) -> str:
        """The engine's check (invoice_posting.prepare) seen before posting: balance + this invoice over the
        limit. A mandatory limit is left to the engine, which refuses the invoice with its own message."""
        if self.credit_limit_check == "none":
            return ""
        company = self.ctx.company
        info = info if info is not None else company.customer(account)
        limit: Decimal | None = info.credit_limit
        # 0 without "mandatory" means no limit (DOMAIN 5.3); a mandatory limit: the engine refuses.
        if limit is None or info.mandatory_credit_limit or limit == 0:
            return ""
        total = self.live_totals().total
        currency = self.lines.currency
        if currency != self.ctx.currency:
            try:
                rate = company.exchange_rate(currency, date)
                total = round_money(total * rate, currency_places(self.ctx.currency))
            except ArdeskError:
                return ""  # no rate: posting says so
        after = company.customer_balance(account) + total
        if self.mode == "correct" and self.original is not None:
            after -= self.original.total  # the cancelling credit note takes the original off first
        if after <= limit:
            return ""
        return (
            self.tr("This invoice takes %1 to a balance of %2, over the credit limit of %3.")
            .replace("%1", info.name)
            .replace("%2", self.ctx.amount(after, self.ctx.currency))
            .replace("%3", self.ctx.amount(limit, self.ctx.currency))
        )

    def confirm_posting(self, account: str, date: dt.date) -> bool:
        """Ask once, listing every warning; True when there is nothing to ask or the user says Yes."""
        warnings = self.posting_warnings(account, date)
        if not warnings:
            return True
        return self.ask("\n\n".join([*warnings, self.tr("Post anyway?")]))

    # --- errors -----------------------------------------------------------------------------------
    def show_error(self, exc: ArdeskError, rows: list[int]) -> None:
        """Beside the header field, on the line's cell (with the message under the grid), or below."""
        self.errors.clear()
        self.lines.clear_errors()
        self.lines_error.hide()
        self.charges.clear_errors()
        self.charges_error.hide()
        if not isinstance(exc, ValidationError):
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        charge = CHARGE_FIELD.fullmatch(exc.field)
        if charge is not None or exc.field == "charges":
            self._show_charge_error(exc, charge)
            return
        match = LINE_FIELD.fullmatch(exc.field)
        if match is not None or exc.field == "lines":
            if match is not None:
                i = int(match.group(1))
                row = rows[i] if i < len(rows) else i
                key = match.group(2) or "description"
                key = {"amount": "unit_price"}.get(key, key)
                key = key if key in COLUMNS else "description"
                self.lines.set_error(row, key, field_message(exc, self.ctx.language))
                index = self.lines.index(row, COLUMNS.index(key))
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                names = {
                    "description": self.tr("description"),
                    "quantity": self.tr("quantity"),
                    "unit_price": self.tr("unit price"),
                    "account": self.tr("account"),
                    "tax": self.tr("sales tax"),
                }
                text = (
                    self.tr("Line %1, %2: %3")
                    .replace("%1", str(row + 1))
                    .replace("%2", names[key])
                    .replace("%3", field_message(exc, self.ctx.language))
                )
            else:
                text = field_message(exc, self.ctx.language)
            self.lines_error.setText(text)
            self.lines_error.show()
            self.view.setFocus()
            return
        if exc.field in ("number", "original") and "reason" not in exc.field:
            self.errors.general.setText(field_message(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.errors.show(exc)

    def _show_charge_error(self, exc: ValidationError, match: re.Match[str] | None) -> None:
        text = field_message(exc, self.ctx.language)
        if match is not None:
            i = int(match.group(1))
            row = self._charge_rows[i] if i < len(self._charge_rows) else i
            key = match.group(2) or "code"
            key = key if key in CHARGE_COLUMNS else "code"
            self.charges.set_error(row, key, field_message(exc, self.ctx.language))
            index = self.charges.index(row, CHARGE_COLUMNS.index(key))
            self.charges_view.setCurrentIndex(index)
            names = {"code": self.tr("charge code"), "description": self.tr("description"), "amount": self.tr("amount")}
            text = (
                self.tr("Charge %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", names.get(key, key))
                .replace("%3", field_message(exc, self.ctx.language))
            )
        self.charges_error.setText(text)
        self.charges_error.show()
        self.charges_view.setFocus()

    def charge_error(self) -> str:
        return self.charges_error.text() if not self.charges_error.isHidden() else ""

    def line_error(self) -> str:
        return self.lines_error.text() if not self.lines_error.isHidden() else ""
