"""The Accounts receivable parameters form: company.parameters() in, company.set_parameters(...) out."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import Page, plain_label

AMOUNTS = ("max_penny_difference", "max_over_underpayment", "minimum_reimbursement")


class ParametersPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Accounts receivable parameters"),
            self.tr("Defaults and rules for posting, settlement and collections"),
        )
        self.errors = FieldErrors(error_label())
        self.widgets: dict[str, QCheckBox | CodeCombo | QLineEdit] = {}
        self.current: dict[str, object] = {}
        self.status = plain_label("", "muted")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.toolbar.addWidget(self.status)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.revert_button)
        self.toolbar.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        profiles = ctx.company.posting_profiles()

        def profile_combo() -> CodeCombo:
            return CodeCombo([(p, p) for p in profiles], None)

        def choice(*items: tuple[str, str]) -> CodeCombo:
            return CodeCombo(list(items), None)

        sections: list[tuple[str, list[tuple[str, str, QCheckBox | CodeCombo | QLineEdit]]]] = [
            (
                self.tr("Ledger"),
                [
                    ("default_posting_profile", self.tr("Posting profile"), profile_combo()),
                    ("prepayment_posting_profile", self.tr("Posting profile for prepayments"), profile_combo()),
                ],
            ),
            (
                self.tr("Settlement"),
                [
                    ("automatic_settlement", self.tr("Automatic settlement"), QCheckBox()),
                    ("prioritize_settlement", self.tr("Prioritize settlement"), QCheckBox()),
                    ("settlement_priority", self.tr("Settlement priority (transaction types)"), QLineEdit()),
                    (
                        "cash_discount_administration",
                        self.tr("Cash discount administration"),
                        choice(("specific", self.tr("Specific")), ("unspecific", self.tr("Unspecific"))),
                    ),
                    (
                        "cash_discount_on_partial_payments",
                        self.tr("Calculate cash discounts for partial payments"),
                        QCheckBox(),
                    ),
                    (
                        "cash_discount_on_credit_notes",
                        self.tr("Calculate cash discounts for credit notes"),
                        QCheckBox(),
                    ),
                    ("max_penny_difference", self.tr("Maximum penny difference"), QLineEdit()),
                    ("max_over_underpayment", self.tr("Maximum overpayment or underpayment"), QLineEdit()),
                ],
            ),
            (
                self.tr("Credit and collections"),
                [
                    (
                        "credit_limit_check",
                        self.tr("Credit limit check"),
                        choice(("balance", self.tr("Balance")), ("none", self.tr("None"))),
                    ),
                    (
                        "collection_letter_per",
                        self.tr("Collection letters per"),
                        choice(("transaction", self.tr("Transaction")), ("customer", self.tr("Customer"))),
                    ),
                    ("minimum_reimbursement", self.tr("Minimum reimbursement"), QLineEdit()),
                ],
            ),
            (
                self.tr("Updates"),
                [
                    (
                        "stop_fti_posting_on_first_error",
                        self.tr("Stop posting free text invoices at the first error"),
                        QCheckBox(),
                    )
                ],
            ),
            (self.tr("SEPA direct debit"), [("sepa_creditor_id", self.tr("Creditor identifier"), QLineEdit())]),
        ]
        columns = QHBoxLayout()
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        for (title, rows), column in zip(sections, (left, right, left, right, left), strict=True):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            for key, label, widget in rows:
                if not isinstance(widget, QCheckBox):
                    widget.setMinimumWidth(200)
                self.widgets[key] = widget
                self.errors.add_row(form, label, widget, key)
            column.addWidget(box)
        for column in (left, right):
            column.addStretch(1)
            columns.addLayout(column, 1)
        holder = QWidget()
        holder.setObjectName("page")
        holder.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.body.addWidget(scroll, 1)
        self.body.addWidget(self.errors.general)
        self.errors.clear()

    def refresh(self) -> None:
        self.current = self.ctx.company.parameters()
        for key, widget in self.widgets.items():
            value = self.current.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, CodeCombo):
                widget.set_code(value if isinstance(value, str) else None)
            elif isinstance(widget, QLineEdit):
                widget.setText(self._text(key, value))
        self.errors.clear()
        self.status.setText("")
        self.loaded.emit()

    def _text(self, key: str, value: object) -> str:
        if value is None:
            return ""
        if key in AMOUNTS and isinstance(value, Decimal):
            return self.ctx.amount(value)
        if key == "settlement_priority" and isinstance(value, list | tuple):
            return ", ".join(value)
        return str(value)

    def values(self) -> dict[str, object]:
        """Every field as set_parameters takes it (amounts read per locale, never float)."""
        out: dict[str, object] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, CodeCombo):
                out[key] = widget.code()
            elif key in AMOUNTS:
                out[key] = parse_amount(widget.text(), self.ctx.locale, field=key) or Decimal("0.00")
            elif key == "settlement_priority":
                kinds = [k.strip() for k in widget.text().split(",") if k.strip()]
                out[key] = kinds or None
            else:
                out[key] = widget.text().strip() or None
        return out

    def changes(self) -> dict[str, object]:
        def same(key: str, value: object) -> bool:
            old = self.current.get(key)
            if key == "settlement_priority" and isinstance(old, str):
                old = [k for k in old.split(",") if k]
            return old == value

        return {key: value for key, value in self.values().items() if not same(key, value)}

    def save(self) -> None:
        self.errors.clear()
        try:
            changes = self.changes()
            if not changes:
                self.status.setText(self.tr("Nothing to save."))
                return
            self.ctx.company.set_parameters(**changes)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(str(exc))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        self.status.setText(self.tr("Parameters saved."))
