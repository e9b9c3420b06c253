"""Typed input of the collections pages and editors: customer lists, amounts, form rows, a dated question."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QFrame, QVBoxLayout, QWidget

from ardesk.errors import ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.widgets.page import plain_label


def customer_list(text: str) -> list[str] | None:
    """Accounts typed as "10010, 10020" (commas, semicolons or spaces); None when empty (every customer)."""
    accounts = [part for part in re.split(r"[,;\s]+", text.strip()) if part]
    return accounts or None


def parse_number(text: str, locale: str, field: str) -> Decimal | None:
    """An amount or percentage as typed, read per locale (ardesk.i18n.parse_amount); "" -> None. Scientific
    notation ("1e3", what a float prints) is refused: a bookkeeper never means it."""
    if "e" in text.casefold():
        raise ValidationError(
            field, QCoreApplication.translate("Numbers", "%1 is not a number").replace("%1", repr(text.strip()))
        )
    return parse_amount(text.replace("%", ""), locale, field=field)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


class DateQuestion(QDialog):
    """A confirmation that needs a date (post, reverse, waive, reinstate); Enter confirms, Escape cancels."""

    def __init__(
        self, title: str, text: str, day: dt.date, ok_text: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        question = plain_label(text)
        question.setWordWrap(True)
        self.date = DateEdit(day, language)
        form = form_layout()
        form.addRow(self.tr("Date"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date.setFocus()


def numbered(text: str, count: int) -> str:
    """ "Post" -> "Post (3)" when it acts on more than one document."""
    return f"{text} ({count})" if count > 1 else text


def separator() -> QFrame:
    """A thin upright line between groups of buttons."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #d5dae1;")
    line.setFixedWidth(10)
    return line
