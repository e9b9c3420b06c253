"""The customer editor: create or change a customer through the API; errors show beside their field."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

from babel import Locale
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import CustomerInfo
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import babel_locale, message_text, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import NONE, CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label

CURRENCIES = ("EUR", "GBP", "USD", "CHF", "DKK", "SEK", "NOK", "PLN")
#: Babel's territories that are no country (European Union, eurozone, United Nations, unknown...).
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO"})
FIRST_COUNTRY = "NL"


class CountryCombo(QComboBox):
    """ISO 3166 countries by name in the UI language, the Netherlands first; typing a name or a code
    finds it. code() is the chosen code, or what was typed when it names no country (the API says so)."""

    def __init__(self, language: str, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        names = Locale.parse(babel_locale(language)).territories
        codes = sorted(
            (str(c) for c in names if len(str(c)) == 2 and str(c).isalpha() and c not in NOT_COUNTRIES),
            key=lambda c: collation_key(names[c]),
        )
        self.addItem(QCoreApplication.translate("CountryCombo", "(not given)"), NONE)
        self.addItem(names[FIRST_COUNTRY], FIRST_COUNTRY)
        self.insertSeparator(self.count())
        for code in codes:
            if code != FIRST_COUNTRY:
                self.addItem(names[code], code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_code(current)

    def code(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # the name, in any case
        if index >= 0:
            data = self.itemData(index)
            return None if data == NONE else str(data)
        if not text:
            return None
        by_code = self.findData(text.upper())
        return str(self.itemData(by_code)) if by_code >= 0 else text

    def set_code(self, code: str | None) -> None:
        index = self.findData(code if code else NONE)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


def tax_label(code: str, description: str, percent: str) -> str:
    """ "BTW21 - High rate (21%)"; the percent only when the description does not say it already."""
    return f"{code} - {description}" if "%" in description else f"{code} - {description} ({percent})"


def collation_key(name: str) -> str:
    """Sort names as people read them: accents ignored (Österreich with the O's)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


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
        self.setMinimumWidth(820)
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
        self.email.setPlaceholderText(self.tr("invoices@example.com"))
        self.phone = QLineEdit((info.phone or "") if info else "")
        self.contact = QLineEdit((info.contact or "") if info else "")
        self.contact.setPlaceholderText(self.tr("the person invoices are addressed to"))
        self.iban = QLineEdit((info.iban or "") if info else "")
        self.bic = QLineEdit((info.bic or "") if info else "")
        self.country = CountryCombo(ctx.language, info.country if info else None)
        self.vat_number = QLineEdit((info.vat_number or "") if info else "")
        self.vat_number.setPlaceholderText(self.tr("e.g. NL123456789B01"))
        self.coc_number = QLineEdit((info.coc_number or "") if info else "")
        self.coc_number.setPlaceholderText(self.tr("8 digits"))
        current_tax = info.sales_tax if info else None
        taxes = [t for t in company.tax_choices() if t.active or t.code == current_tax]
        self.sales_tax = CodeCombo(
            [(None, self.tr("(the company's default)"))]
            + [(t.code, tax_label(t.code, t.description, ctx.percent(t.percent))) for t in taxes],
            current_tax,
        )

        # DOMAIN 2.4: the customer's own posting profile; None posts with the company's default profile.
        current_profile = info.posting_profile if info else None
        self.posting_profile = CodeCombo(
            [(None, self.tr("(the company's default)"))]
            + [
                (p.code, f"{p.code} - {p.description}")
                for p in company.posting_profile_details()
                if p.active or p.code == current_profile
            ],
            current_profile,
        )
        current_method = info.method_of_payment if info else None
        self.method_of_payment = CodeCombo(
            [(None, self.tr("(none)"))]
            + [
                (m.code, f"{m.code} - {m.description}")
                for m in company.methods_of_payment()
                if m.active or m.code == current_method
            ],
            current_method,
        )

        general = self._section(
            self.tr("Customer"),
            [
                (self.tr("Account"), self.account, "account"),
                (self.tr("Name"), self.name, "name"),
                (self.tr("Customer group"), self.group, "group"),
                (self.tr("Currency"), self.currency, "currency"),
                (self.tr("Language"), self.language, "language"),
                ("", self.consumer, "consumer"),
            ],
        )
        registration = self._section(
            self.tr("Registration"),
            [
                (self.tr("Country"), self.country, "country"),
                (self.tr("VAT number"), self.vat_number, "vat_number"),
                (self.tr("Chamber of Commerce (KvK)"), self.coc_number, "coc_number"),
            ],
        )
        contact = self._section(
            self.tr("Contact"),
            [
                (self.tr("Contact person"), self.contact, "contact"),
                (self.tr("Phone"), self.phone, "phone"),
                (self.tr("E-mail"), self.email, "email"),
            ],
        )
        address = self._section(self.tr("Address"), [(self.tr("Address"), self.address, "address")])
        payment = self._section(
            self.tr("Invoicing"),
            [
                (self.tr("Terms of payment"), self.terms, "terms"),
                (self.tr("Cash discount"), self.cash_discount, "cash_discount"),
                (self.tr("Sales tax code"), self.sales_tax, "sales_tax"),
                (self.tr("Method of payment"), self.method_of_payment, "method_of_payment"),
                (self.tr("Posting profile"), self.posting_profile, "posting_profile"),
            ],
        )
        credit = self._section(
            self.tr("Credit"),
            [
                (self.tr("Credit limit"), self.credit_limit, "credit_limit"),
                ("", self.mandatory_credit_limit, "mandatory_credit_limit"),
                (self.tr("On hold"), self.on_hold, "on_hold"),
            ],
        )
        bank = self._section(
            self.tr("Bank account"), [(self.tr("IBAN"), self.iban, "iban"), (self.tr("BIC"), self.bic, "bic")]
        )

        # Three tabs of two columns each: the dialog stays short however many fields a customer has.
        self.tabs = QTabWidget()
        self.tabs.addTab(self._columns([general], [registration]), self.tr("General"))
        self.tabs.addTab(self._columns([contact], [address]), self.tr("Contact"))
        self.tabs.addTab(self._columns([payment, bank], [credit]), self.tr("Invoicing and credit"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.errors.clear()
        # At least what the widest tab needs in this language (an explicit minimum overrides the layout's).
        self.setMinimumWidth(max(820, layout.minimumSize().width()))
        (self.name if info else self.account).setFocus()

    def _columns(self, left: list[QGroupBox], right: list[QGroupBox]) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(8, 10, 8, 8)
        row.setSpacing(14)
        for boxes in (left, right):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            row.addLayout(column, 1)
        return page

    def _section(self, title: str, rows: list[tuple[str, QWidget, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget, field in rows:
            self.errors.add_row(form, label, widget, field)
        return box

    def show_error(self, exc: ValidationError) -> None:
        """The message beside its field, on the tab that holds the field (which then has the focus)."""
        self.errors.show(exc)
        key = exc.field.split("[")[0].split(".")[0]
        try:
            widget = self.errors.widget(key)
        except KeyError:
            return
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

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
            "phone": self.phone.text().strip() or None,
            "contact": self.contact.text().strip() or None,
            "country": self.country.code(),
            "vat_number": self.vat_number.text().strip() or None,
            "coc_number": self.coc_number.text().strip() or None,
            "sales_tax": self.sales_tax.code(),
            "iban": self.iban.text().strip() or None,
            "bic": self.bic.text().strip() or None,
            **self._changed_code("posting_profile", self.posting_profile.code()),
            **self._changed_code("method_of_payment", self.method_of_payment.code()),
        }

    def _changed_code(self, field: str, code: str | None) -> dict[str, str | None]:
        """{field: code} unless it is the customer's code already: a deactivated code the customer keeps
        is not offered anew (the API refuses deactivated codes for new use)."""
        if self.original is not None and getattr(self.original, field) == code:
            return {}
        return {field: code}

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
            self.show_error(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()
