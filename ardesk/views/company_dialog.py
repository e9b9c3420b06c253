"""New company: one dialog with everything a company needs to invoice (details, country defaults, letterhead)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ardesk.api import Books, Company
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.setup.company_form import CompanyForm
from ardesk.views.widgets.page import plain_label


class NewCompanyDialog(QDialog):
    """The company form (services.setup.create_company's fields); OK calls books.create_company with all of
    them at once, so a bad field creates nothing and its message shows beside it."""

    def __init__(self, books: Books, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.ui_language = language  # the language of the engine's messages
        self.company: Company | None = None
        self.setWindowTitle(self.tr("Create your company"))
        self.setMinimumWidth(940)  # the Dutch hints and labels whole in both columns
        intro = plain_label(
            self.tr(
                "Enter the company whose customers you keep in these books. Its name, address, KvK and VAT "
                "numbers and bank account print on every invoice; you can change them later under Set up > "
                "Company."
            )
        )
        intro.setWordWrap(True)
        self.form = CompanyForm(language, new=True)
        self.form.country.set_code("NL")
        self.errors = self.form.errors
        # The fields other windows and tests fill in by name.
        self.code = self.form.code
        self.name = self.form.name
        self.language = self.form.language
        self.country = self.form.country
        self.currency = self.form.currency
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create company"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        assert self.errors.general is not None
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.errors.clear()
        self.code.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        values = self.form.values()
        name, country, language = values.pop("name"), values.pop("country"), values.pop("language")
        details = {key: value for key, value in values.items() if value is not None}
        try:
            self.company = self.books.create_company(
                self.code.text().strip(),
                str(name),
                self.form.currency_code(),
                country=country if isinstance(country, str) else None,
                language=language if isinstance(language, str) else None,
                **details,
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            assert self.errors.general is not None
            self.errors.general.setText(message_text(exc, self.ui_language))
            self.errors.general.show()
            return
        super().accept()
