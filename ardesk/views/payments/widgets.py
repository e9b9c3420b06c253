"""Small inputs shared by the payments dialogs: date edit, banner and the action prompt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ValidationError
from ardesk.i18n import field_message, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import plain_label

#: Qt date formats per Babel locale, matching ardesk.i18n.format_date.
DATE_FORMATS = {"nl_NL": "dd-MM-yyyy", "en_GB": "dd/MM/yyyy"}


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
            self.error.setText(field_message(exc, self.ctx.language))
            return
        self.values = (date_of(self.date), fee)
        super().accept()
