"""The Company set-up page: the company's details and letterhead (company.details() in, set_details(...) out)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.setup.company_form import CompanyForm, LetterheadPreview
from ardesk.views.widgets.page import Page, plain_label


class CompanyPage(Page):
    """The details form with a live preview of the letterhead; Save writes every field at once (nothing is
    saved while one is wrong) and the window title follows a new name."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Company"),
            self.tr("Name, address, registration and bank details as they print on invoices, letters and statements"),
        )
        self.current: dict[str, object] = {}
        self.form = CompanyForm(ctx.language, new=False, short=True)
        self.errors = self.form.errors
        self.status = plain_label("", "muted")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.toolbar.addWidget(self.status)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.revert_button)
        self.toolbar.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        self.form.edited.connect(lambda: self.status.setText(""))
        self.preview = LetterheadPreview(self.form)
        self.preview.setMinimumHeight(170)
        preview_box = QGroupBox(self.tr("Letterhead (top and foot of the first page)"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        holder = QWidget()
        holder.setObjectName("page")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.form)
        column.addWidget(preview_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.body.addWidget(scroll, 1)
        assert self.errors.general is not None
        self.body.addWidget(self.errors.general)
        self.errors.clear()

    def refresh(self) -> None:
        self.current = self.ctx.company.details()
        self.form.set_values(self.current)
        self.status.setText("")
        self.loaded.emit()

    def changes(self) -> dict[str, object]:
        """The fields that differ from what is saved (the IBAN compared without its spaces)."""

        def same(key: str, value: object) -> bool:
            old = self.current.get(key)
            if key == "iban" and isinstance(value, str):
                value = value.replace(" ", "").upper()
            return old == value

        return {key: value for key, value in self.form.values().items() if not same(key, value)}

    def save(self) -> None:
        self.errors.clear()
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing to save."))
            return
        try:
            self.ctx.company.set_details(**changes)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            assert self.errors.general is not None
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.ctx.company_name = self.ctx.company.name  # the main window's title and header show it
        self.ctx.notify_changed()
        self.status.setText(self.tr("Company details saved."))
