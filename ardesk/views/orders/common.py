"""What the order and recurring screens share: quantity and whole-number input (their dialogs are
views/widgets/form_dialog.FormDialog)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ardesk.errors import ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext


def short(widget: QWidget, width: int = 150) -> QWidget:
    """Keep a date or code field at a width that suits it instead of the form's full width."""
    widget.setMaximumWidth(width)
    return widget


def number_edit(placeholder: str = "", width: int = 0) -> QLineEdit:
    """A right-aligned line edit for a quantity, price or amount."""
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText(placeholder)
    if width:
        edit.setFixedWidth(width)
    return edit


def read_number(ctx: AppContext, text: str, field: str) -> Decimal | None:
    """A quantity or amount typed per the UI locale ("" -> None); never through float."""
    return parse_amount(text, ctx.locale, field=field)


def read_whole(text: str, field: str) -> int | None:
    """A whole number typed ("" -> None), else a ValidationError naming field."""
    value = text.strip()
    if not value:
        return None
    if not value.isdigit():
        message = QCoreApplication.translate("FormDialog", "type a whole number, like 12")  # the dialogs' context
        raise ValidationError(field, message)
    return int(value)


def quantity_text(ctx: AppContext, value: Decimal | None) -> str:
    """A quantity without needless zeros, with the UI locale's decimal sign: 2, 1.5 (en), 1,5 (nl)."""
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if ctx.locale.startswith("nl") else text
