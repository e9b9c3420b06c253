"""The customer editor: create or change a customer through the API; errors show beside their field."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import CustomerInfo
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label

CURRENCIES = ("EUR", "GBP", "USD", "CHF", "DKK", "SEK", "NOK", "PLN")


class CustomerDialog(QDialog):
    """New customer (info None) or edit one. On OK: company.create_customer / update_customer; a
    ValidationError keeps the dialog open, shows the message in red under the field and focuses it."""

    def __init__(self, ctx: AppContext, info: CustomerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = info
        self.saved: CustomerInfo | None = None
        self.setWindowTitle(
            self.tr("New customer")
            if info is None
            else self.tr("Customer %1 - %2").replace("%1", info.account).replace("%2", info.name)
        )
        self.setMinimumWidth(760)
        company = ctx.company
        groups, terms, discounts = company.customer_groups(), company.terms_of_payment(), company.cash_discounts()
        self.errors = FieldErrors(error_label())

        self.account = QLineEdit(info.account if info else "")
        self.account.setReadOnly(info is not None)
        self.name = QLineEdit(info.name if info else "")
        self.group = CodeCombo([(g.code, f"{g.code} - {g.name}") for g in groups], info.group if info else "STD")
        self.language = CodeCombo(
            [("nl", self.tr("Dutch")), ("en", self.tr("English"))], info.language if info else ctx.language
        )
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(info.currency if info else ctx.currency)
        self.terms = CodeCombo(
            [(None, self.tr("(from the customer group)"))] + [(t.code, f"{t.code} - {t.description}") for t in terms],
            info.terms if info else None,
        )
        self.cash_discount = CodeCombo(
            [(None, self.tr("(none)"))] + [(d.code, f"{d.code} - {d.description}") for d in discounts],
            info.cash_discount if info else None,
        )
        self.credit_limit = QLineEdit(ctx.amount(info.credit_limit) if info and info.credit_limit is not None else "")
        self.credit_limit.setPlaceholderText(self.tr("no limit"))
        self.mandatory_credit_limit = QCheckBox(self.tr("Mandatory (a limit of 0 allows no credit)"))
        self.mandatory_credit_limit.setChecked(bool(info and info.mandatory_credit_limit))
        # DOMAIN 5.7: a consumer is sent the 14-day letter before collection costs, and charged statutory
        # (not commercial) interest by the Dutch collection pack.
        self.consumer = QCheckBox(self.tr("Consumer (private person)"))
        self.consumer.setChecked(bool(info and info.consumer))
        self.on_hold = CodeCombo(
            [("no", self.tr("No")), ("invoice", self.tr("Invoicing on hold")), ("all", self.tr("Everything on hold"))],
            info.on_hold if info else "no",
        )
        self.address = QPlainTextEdit((info.address or "") if info else "")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(78)
        self.email = QLineEdit((info.email or "") if info else "")
        self.iban = QLineEdit((info.iban or "") if info else "")
        self.bic = QLineEdit((info.bic or "") if info else "")

        general = self._section(
            self.tr("General"),
            [
                (self.tr("Account"), self.account, "account"),
                (self.tr("Name"), self.name, "name"),
                (self.tr("Customer group"), self.group, "group"),
                (self.tr("Language"), self.language, "language"),
                (self.tr("Currency"), self.currency, "currency"),
                ("", self.consumer, "consumer"),
            ],
        )
        payment = self._section(
            self.tr("Payment"),
            [
                (self.tr("Terms of payment"), self.terms, "terms"),
                (self.tr("Cash discount"), self.cash_discount, "cash_discount"),
                (self.tr("Credit limit"), self.credit_limit, "credit_limit"),
                ("", self.mandatory_credit_limit, "mandatory_credit_limit"),
                (self.tr("Invoicing hold"), self.on_hold, "on_hold"),
            ],
        )
        contact = self._section(
            self.tr("Contact"),
            [(self.tr("Address"), self.address, "address"), (self.tr("E-mail"), self.email, "email")],
        )
        bank = self._section(
            self.tr("Bank account"), [(self.tr("IBAN"), self.iban, "iban"), (self.tr("BIC"), self.bic, "bic")]
        )

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(general)
        left.addWidget(payment)
        left.addStretch(1)
        right.addWidget(contact)
        right.addWidget(bank)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.errors.clear()
        (self.name if info else self.account).setFocus()

    def _section(self, title: str, rows: list[tuple[str, QWidget, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget, field in rows:
            self.errors.add_row(form, label, widget, field)
        return box

    def values(self) -> dict[str, Any]:
        """The fields as the API takes them; the credit limit is read per the UI locale (never float)."""
        limit: Decimal | None = parse_amount(self.credit_limit.text(), self.ctx.locale, field="credit_limit")
        return {
            "name": self.name.text(),
            "group": self.group.code(),
            "terms": self.terms.code(),
            "cash_discount": self.cash_discount.code(),
            "currency": self.currency.currentText().strip().upper(),
            "credit_limit": limit,
            "mandatory_credit_limit": self.mandatory_credit_limit.isChecked(),
            "on_hold": self.on_hold.code() or "no",
            "consumer": self.consumer.isChecked(),
            "language": self.language.code(),
            "address": self.address.toPlainText().strip() or None,
            "email": self.email.text().strip() or None,
            "iban": self.iban.text().strip() or None,
            "bic": self.bic.text().strip() or None,
        }

    def accept(self) -> None:
        self.errors.clear()
        try:
            values = self.values()
            if self.original is None:
                name = values.pop("name")
                self.saved = self.ctx.company.create_customer(self.account.text(), name, **values)
            else:
                self.saved = self.ctx.company.update_customer(self.original.account, **values)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(str(exc))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()
