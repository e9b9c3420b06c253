"""New customer group and new terms of payment: small forms that create the code through the API."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ardesk.errors import ArdeskError, ValidationError
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label


class CodeDialog(QDialog):
    """A form of fields plus Save/Cancel; save() calls the API and a ValidationError stays in the form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(420)
        self.errors = FieldErrors(error_label())
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def add(self, label: str, widget: QWidget, field: str) -> None:
        self.errors.add_row(self.form, label, widget, field)

    def finish(self) -> None:
        self.errors.clear()

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(str(exc))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()


class CustomerGroupDialog(CodeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New customer group"))
        terms = ctx.company.terms_of_payment()
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.terms = CodeCombo(
            [(None, self.tr("(none)"))] + [(t.code, f"{t.code} - {t.description}") for t in terms], None
        )
        self.add(self.tr("Customer group"), self.code, "code")
        self.add(self.tr("Description"), self.name, "name")
        self.add(self.tr("Terms of payment"), self.terms, "terms")
        self.finish()

    def save(self) -> None:
        self.ctx.company.create_customer_group(self.code.text(), self.name.text(), terms=self.terms.code())


class TermsDialog(CodeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New terms of payment"))
        self.code = QLineEdit()
        self.description = QLineEdit()
        self.months = QSpinBox()
        self.months.setRange(0, 120)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.add(self.tr("Terms of payment"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Months"), self.months, "months")
        self.add(self.tr("Days"), self.days, "days")
        self.finish()

    def save(self) -> None:
        self.ctx.company.create_terms_of_payment(
            self.code.text(), days=self.days.value(), months=self.months.value(), description=self.description.text()
        )
