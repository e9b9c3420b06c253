"""The base of ardesk's form dialogs (set-up codes, orders, recurring billing): fields in a form, Save and Cancel,
and save() writing through the API with a ValidationError shown beside the field it names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import FieldErrors, error_label


class FormDialog(QDialog):
    """A form of fields plus Save/Cancel (Ctrl+S saves). Save calls save(): a ValidationError keeps the dialog
    open with the message beside the field it names (or below the form), any other refusal below the form.

    Subclasses add their rows with add(), anything under the form to layout_ (or to finish()), then call
    finish(). With place_form=False the subclass puts self.form where it wants it (in a group box, a column)."""

    #: After a successful save, tell every page the books changed (the set-up editors); the order dialogs leave
    #: that to the page that opened them.
    notify_on_save = False

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, min_width: int = 480, place_form: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(min_width)
        self.errors = FieldErrors(error_label())
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(16)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        if place_form:
            self.layout_.addLayout(self.form)

    def add(self, label: str, widget: QWidget, field: str) -> None:
        """A row `label: widget` of the form, with the error of the API field `field` shown under it."""
        self.errors.add_row(self.form, label, widget, field)

    def finish(self, *below: QWidget) -> None:
        """Lay out what comes under the form (grids, notes), then the general error and the buttons."""
        for widget in below:
            self.layout_.addWidget(widget)
        assert self.errors.general is not None
        self.layout_.addWidget(self.errors.general)
        self.layout_.addWidget(self.buttons)
        self.errors.clear()
        first = self.focus_widget()
        if first is not None:
            first.setFocus()

    def focus_widget(self) -> QWidget | None:
        """Where the cursor starts (None: Qt's first field)."""
        return None

    def save(self) -> None:
        raise NotImplementedError

    def show_error(self, exc: ValidationError) -> None:
        """The message beside the field it names, else below the form."""
        self.errors.show(exc)

    def show_refusal(self, exc: ArdeskError) -> None:
        """A refusal that names no field (another user changed it, a closed period), below the form."""
        assert self.errors.general is not None
        self.errors.general.setText(message_text(exc, self.ctx.language))
        self.errors.general.show()

    def clear_errors(self) -> None:
        self.errors.clear()

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ValidationError as exc:
            self.show_error(exc)
            return
        except ArdeskError as exc:
            self.show_refusal(exc)
            return
        if self.notify_on_save:
            self.ctx.notify_changed()
        super().accept()
