"""Small inputs shared by the payments dialogs: customer chooser, date edit, banner and the action prompt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import CustomerChoice
from ardesk.errors import ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import plain_label

#: Qt date formats per Babel locale, matching ardesk.i18n.format_date.
DATE_FORMATS = {"nl_NL": "dd-MM-yyyy", "en_GB": "dd/MM/yyyy"}


class CustomerCombo(QComboBox):
    """Type part of an account or name to find the customer; account() is the chosen account."""

    account_changed = Signal(str)

    def __init__(self, customers: Sequence[CustomerChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(300)
        self.setMaxVisibleItems(20)
        for c in customers:
            self.addItem(f"{c.account}  {c.name}", c.account)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Account or name"))
        self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(lambda _i: self.account_changed.emit(self.account() or ""))

    def account(self) -> str | None:
        """The chosen account; what was typed when it names no customer (the API then says so)."""
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == self.currentText():
            return str(self.itemData(self.currentIndex()))
        return text.split()[0] if text else None

    def set_account(self, account: str | None) -> None:
        self.setCurrentIndex(self.findData(account) if account else -1)


def date_edit(ctx: AppContext, value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMATS.get(ctx.locale, "dd/MM/yyyy"))
    edit.setMinimumWidth(120)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def banner() -> QLabel:
    """A red message line for errors about no single field (hidden while empty)."""
    label = error_label()
    label.setStyleSheet("background: #fdecea; border: 1px solid #f4c7c3; border-radius: 3px; padding: 6px 8px;")
    label.hide()
    return label


def show_banner(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ActionDialog(QDialog):
    """Confirm an action that posts (unsettle, reverse, NSF): the posting date and, for NSF, a fee."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        text: str,
        *,
        with_fee: bool = False,
        option: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.date = date_edit(ctx, ctx.today())
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("no fee"))
        self.fee.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = error_label()
        message = plain_label(text)
        message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Posting date"), self.date)
        if with_fee:
            form.addRow(self.tr("NSF fee"), self.fee)
        self.option = QCheckBox(option or "")
        if option:
            form.addRow("", self.option)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.values: tuple[dt.date, Decimal | None] | None = None

    def accept(self) -> None:
        try:
            fee = parse_amount(self.fee.text(), self.ctx.locale, field="fee")
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        self.values = (date_of(self.date), fee)
        super().accept()
