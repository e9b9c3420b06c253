"""First run: a small form to create the company when the books hold none yet."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ardesk.api import Books, Company
from ardesk.errors import ArdeskError, ValidationError
from ardesk.views.customers.dialogs import CURRENCIES
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label


class NewCompanyDialog(QDialog):
    """Code, name, currency and language; OK calls books.create_company."""

    def __init__(self, books: Books, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.company: Company | None = None
        self.setWindowTitle(self.tr("Create your company"))
        self.setMinimumWidth(460)
        intro = plain_label(
            self.tr(
                "These books are empty. Enter the company whose customers you keep here; "
                "you can add more companies later."
            )
        )
        intro.setWordWrap(True)
        self.errors = FieldErrors(error_label())
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("for example ACME"))
        self.name = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.language = CodeCombo([("nl", self.tr("Dutch")), ("en", self.tr("English"))], language)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Company code"), self.code, "code")
        self.errors.add_row(form, self.tr("Name"), self.name, "name")
        self.errors.add_row(form, self.tr("Currency"), self.currency, "currency")
        self.errors.add_row(form, self.tr("Language"), self.language, "language")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.errors.clear()

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.company = self.books.create_company(
                self.code.text(),
                self.name.text(),
                self.currency.currentText().strip().upper(),
                language=self.language.code(),
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(str(exc))
            self.errors.general.show()
            return
        super().accept()
