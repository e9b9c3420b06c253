"""The Company set-up page: the company's details and letterhead (company.details() in, set_details(...) out)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ardesk.views.context import AppContext
from ardesk.views.setup.company_form import CompanyForm, LetterheadPreview
from ardesk.views.widgets.form_page import FormPage


class CompanyPage(FormPage):
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
        self.form.edited.connect(lambda: self.status.setText(""))
        self.preview = LetterheadPreview(self.form)
        self.preview.setMinimumHeight(170)
        preview_box = QGroupBox(self.tr("Letterhead (top and foot of the first page)"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.form)
        column.addWidget(preview_box, 1)
        self.set_form(holder, self.form.errors)

    def refresh(self) -> None:
        self.current = self.ctx.company.details()
        self.form.set_values(self.current)
        self.loaded_values()

    def changes(self) -> dict[str, object]:
        """The fields that differ from what is saved (the IBAN compared without its spaces)."""

        def same(key: str, value: object) -> bool:
            old = self.current.get(key)
            if key == "iban" and isinstance(value, str):
                value = value.replace(" ", "").upper()
            return old == value

        return {key: value for key, value in self.form.values().items() if not same(key, value)}

    def write(self, changes: dict[str, object]) -> None:
        self.ctx.company.set_details(**changes)
        self.ctx.company_name = self.ctx.company.name  # the main window's title and header show it

    def saved_text(self) -> str:
        return self.tr("Company details saved.")
