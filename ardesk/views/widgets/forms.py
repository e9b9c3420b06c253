"""Forms that show a ValidationError in red next to the field it names, and focus that field."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ardesk.errors import ValidationError
from ardesk.i18n import field_message, message_text


class FieldErrors:
    """Field name (as the API names it) -> (input widget, its error label in the row below)."""

    def __init__(self, general: QLabel | None = None, language: str | None = None) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel, QFormLayout]] = {}
        self.general = general  # for errors about no particular field
        self.language = language  # the UI language of the messages; None: the one installed (ui_language)

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        """Add `label: widget` to the form and, hidden below it, the field's error label."""
        form.addRow(label, widget)
        error = error_label()
        form.addRow("", error)
        form.setRowVisible(error, False)
        self._fields[field] = (widget, error, form)

    def widget(self, field: str) -> QWidget:
        return self._fields[field][0]

    def message(self, field: str) -> str:
        """The error text shown for the field ("" when none)."""
        return self._fields[field][1].text()

    def clear(self) -> None:
        for widget, error, form in self._fields.values():
            error.clear()
            form.setRowVisible(error, False)
            _mark(widget, False)
        if self.general is not None:
            self.general.clear()
            self.general.hide()

    def show(self, exc: ValidationError) -> None:
        """Show the message next to the field the error names (lines[2].tax -> lines), else below the form."""
        self.clear()
        key = exc.field.split("[")[0].split(".")[0]
        if key in self._fields:
            widget, error, form = self._fields[key]
            error.setText(field_message(exc, self.language or ui_language()))
            form.setRowVisible(error, True)
            _mark(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.general is not None:
            self.general.setText(message_text(exc, self.language or ui_language()))
            self.general.show()


def ui_language() -> str:
    """The UI language installed (i18n.install_translators sets Qt's default locale): "nl" or "en"."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
    label.setWordWrap(True)
    return label


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
