"""What the order and recurring screens share: a form dialog that writes through the API with errors beside
the fields, quantity and whole-number input, and a table set up like every ardesk list."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import FieldErrors, error_label


class FormDialog(QDialog):
    """A form whose save() writes through the API; a ValidationError keeps it open with the message beside
    the field it names (or below the form), any other refusal below the form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(480)
        self.errors = FieldErrors(error_label())
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        """Put the general error line and the buttons under whatever the subclass added."""
        self.layout_.addWidget(self.errors.general)  # type: ignore[arg-type]
        self.layout_.addWidget(self.buttons)
        self.errors.clear()

    def save(self) -> None:
        raise NotImplementedError

    def show_refusal(self, exc: ArdeskError) -> None:
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
            return
        assert self.errors.general is not None
        self.errors.general.setText(message_text(exc, self.ctx.language))
        self.errors.general.show()

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ArdeskError as exc:
            self.show_refusal(exc)
            return
        super().accept()


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
        message = QCoreApplication.translate("FormDialog", "type a whole number, like 12")
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
