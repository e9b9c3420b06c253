"""The Exchange rates set-up page: the rate of each foreign currency from a date on (DOMAIN 4.11), new, edit, delete."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from ardesk.api import ExchangeRateRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.customers.dialogs import CURRENCIES
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.setup.accounts import FormDialog
from ardesk.views.setup.collections_setup import EditableListPage
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column

#: Rates are kept to 8 decimals (services.currency.RATE_QUANTUM); shown with at least 4, as banks quote them.
RATE_FORMAT = "#,##0.0000####"


def rate_text(rate: Decimal, locale: str) -> str:
    return format_decimal(rate, format=RATE_FORMAT, locale=locale)


class ExchangeRateDialog(FormDialog):
    """A new rate (row None): currency, valid from, rate; or a new rate for an existing currency and date."""

    def __init__(self, ctx: AppContext, row: ExchangeRateRow | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New exchange rate") if row is None else self.tr("Change exchange rate"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems([c for c in CURRENCIES if c != ctx.currency])
        self.currency.setCurrentText(row.currency if row else "USD")
        self.currency.setEnabled(row is None)
        self.valid_from = date_edit(ctx, row.valid_from if row else ctx.today())
        self.valid_from.setEnabled(row is None)
        self.rate = QLineEdit(rate_text(row.rate, ctx.locale) if row else "")
        self.rate.setPlaceholderText(rate_text(Decimal("0.92"), ctx.locale))
        self.meaning = plain_label("", "muted")
        self.errors.add_row(self.form, self.tr("Currency"), self.currency, "currency")
        self.errors.add_row(self.form, self.tr("Valid from"), self.valid_from, "valid_from")
        self.errors.add_row(self.form, self.tr("Rate"), self.rate, "rate")
        self.form.addRow("", self.meaning)
        self.currency.currentTextChanged.connect(self._explain)
        self.rate.textChanged.connect(self._explain)
        self._explain()
        self.errors.clear()

    def _explain(self) -> None:
        """1 USD = 0.92 EUR: what the typed rate means, in the company's currency."""
        currency = self.currency.currentText().strip().upper() or "?"
        try:
            rate = parse_amount(self.rate.text(), self.ctx.locale, field="rate")
        except ValidationError:
            rate = None
        text = self.tr("Units of %1 for one unit of the currency").replace("%1", self.ctx.currency)
        if rate is not None:
            text = f"1 {currency} = {rate_text(rate, self.ctx.locale)} {self.ctx.currency}"
        self.meaning.setText(text)

    def save(self) -> None:
        rate = parse_amount(self.rate.text(), self.ctx.locale, field="rate")
        if rate is None:
            raise ValidationError(
                "rate", self.tr("Type the rate, for example %1").replace("%1", self.rate.placeholderText())
            )
        currency = self.currency.currentText().strip().upper()
        self.ctx.company.set_exchange_rate(currency, date_of(self.valid_from), rate)


class ExchangeRatesPage(EditableListPage):
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No exchange rates. Only needed for invoices or payments in another currency: click New and enter the "
        "currency, the date from which the rate applies and the rate.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Exchange rates"),
            self.tr("What one unit of a foreign currency is worth in %1, from a date on").replace("%1", ctx.currency),
        )
        self.delete_button = self.tool_button(self.tr("Delete"), self.delete_selected)
        self.filter = CodeCombo([(None, self.tr("All currencies"))], None)
        self.filter.setMinimumWidth(150)
        self.toolbar.insertWidget(0, plain_label(self.tr("Currency"), "muted"))
        self.toolbar.insertWidget(1, self.filter)
        self.toolbar.insertSpacing(2, 12)
        self.filter.activated.connect(lambda _index: self.refresh())
        self.message_line = self.add_message_line()
        self.body.addWidget(self.message_line)
        self.in_effect: set[tuple[str, object]] = set()

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Currency"), lambda r: r.currency),
            Column(self.tr("Valid from"), lambda r: r.valid_from, "date"),
            Column(self.tr("Rate"), lambda r: rate_text(r.rate, self.ctx.locale), "int"),  # right-aligned text
            Column(
                self.tr("Means"), lambda r: f"1 {r.currency} = {rate_text(r.rate, self.ctx.locale)} {self.ctx.currency}"
            ),
            Column(self.tr("In effect today"), lambda r: (r.currency, r.valid_from) in self.in_effect, "bool"),
        ]

    def params(self) -> dict[str, Any]:
        return {"currency": self.filter.code(), "today": self.ctx.today()}

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.exchange_rates(params["currency"])

    def fetch_extra(self, params: dict[str, Any]) -> Any:
        """Every currency with a rate (for the filter), and the rate of each in effect today."""
        rows = self.ctx.company.exchange_rates()
        today = params["today"]
        effect: dict[str, ExchangeRateRow] = {}
        for row in rows:  # newest first per currency
            if row.valid_from <= today and row.currency not in effect:
                effect[row.currency] = row
        return sorted({row.currency for row in rows}), {(r.currency, r.valid_from) for r in effect.values()}

    def after_load(self, rows: list[Any], extra: Any) -> None:
        currencies, self.in_effect = extra
        chosen = self.filter.code()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All currencies"), "")
        for currency in currencies:
            self.filter.addItem(currency, currency)
        self.filter.set_code(chosen if chosen in currencies else None)
        self.filter.blockSignals(False)
        self.model.set_rows(rows)  # the in-effect column reads self.in_effect, set just now
        super().after_load(rows, extra)

    def count_text(self, count: int) -> str:
        return self.tr("%n rate(s)", "", count)

    def new_dialog(self) -> QDialog:
        dialog = ExchangeRateDialog(self.ctx, None, self)
        if self.filter.code():
            dialog.currency.setCurrentText(self.filter.code() or "")
        return dialog

    def edit_dialog(self, record: Any) -> QDialog:
        return ExchangeRateDialog(self.ctx, record, self)

    def update_actions(self) -> None:
        super().update_actions()
        self.delete_button.setEnabled(self.current() is not None)

    def delete_selected(self) -> None:
        row = self.current()
        if row is None:
            return
        what = self.tr("the %1 rate from %2").replace("%1", row.currency).replace("%2", self.ctx.date(row.valid_from))
        if not self.ask_yes(self.tr("Delete exchange rate"), self.tr("Delete %1?").replace("%1", what)):
            return
        try:
            self.ctx.company.delete_exchange_rate(row.currency, row.valid_from)
        except ArdeskError as exc:
            self.warn(self.tr("Exchange rate not deleted"), field_message(exc, self.ctx.language))
            return
        self.ctx.notify_changed()
        self.say(self.tr("Deleted %1; documents already posted keep their rate.").replace("%1", what))
