"""A page that edits one record in a form (the company, the parameters): Revert and Save with a message line in
the toolbar, the form in a scroll area with the refusal line under it; Save writes only what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import FieldErrors
from ardesk.views.widgets.page import Page, plain_label


class FormPage(Page):
    """Subclasses build the form, hand it to set_form() with its FieldErrors, and give changes() (the fields that
    differ from what is saved; it may raise a ValidationError for what cannot be read), write(changes) and
    saved_text(). refresh() loads the record and calls loaded_values() at its end."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.errors = FieldErrors()
        self.status = plain_label("", "muted")  # what Save did: saved, nothing to save
        self.save_button = QPushButton(QCoreApplication.translate("FormPage", "Save"))
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton(QCoreApplication.translate("FormPage", "Revert"))
        self.toolbar.addWidget(self.status)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.revert_button)
        self.toolbar.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        self._saving = False

    def set_form(self, holder: QWidget, errors: FieldErrors) -> None:
        """Put the form (holder) in a scroll area filling the page, with errors.general under it."""
        self.errors = errors
        holder.setObjectName("page")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.body.addWidget(scroll, 1)
        assert errors.general is not None
        self.body.addWidget(errors.general)
        errors.clear()

    def unsaved(self) -> bool:
        """Whether the form holds something typed and not saved (something unreadable counts)."""
        try:
            return bool(self.changes())
        except ArdeskError:
            return True

    def _on_changed(self) -> None:
        """The books changed (another user, another page): a form with unsaved input keeps it; Revert reloads."""
        if not self._saving and not self._stale and self.unsaved():
            return
        super()._on_changed()

    def loaded_values(self) -> None:
        """The record is shown as saved: no error, no message; tell whoever waits for the page."""
        self.errors.clear()
        self.status.setText("")
        self.loaded.emit()

    def changes(self) -> dict[str, object]:
        raise NotImplementedError

    def write(self, changes: dict[str, object]) -> None:
        raise NotImplementedError

    def saved_text(self) -> str:
        raise NotImplementedError

    def save(self) -> None:
        """Write what changed; a ValidationError shows beside its field, another refusal under the form."""
        self.errors.clear()
        try:
            changes = self.changes()
            if not changes:
                self.status.setText(QCoreApplication.translate("FormPage", "Nothing to save."))
                return
            self.write(changes)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            assert self.errors.general is not None
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self._saving = True  # its own change reloads the form: the saved values are what changes() compares to
        try:
            self.ctx.notify_changed()
        finally:
            self._saving = False
        self.status.setText(self.saved_text())
