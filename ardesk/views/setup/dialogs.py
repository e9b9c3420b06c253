"""The base of the set-up code editors (new and edit in one form), customer groups and terms of payment."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ardesk.api import AccountRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import format_percent, message_text, parse_amount
from ardesk.views.collections.inputs import form_layout
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label


def parse_percent(text: str, locale: str, field: str) -> Decimal:
    """A percentage as typed ("21", "2,5 %" in Dutch); else a ValidationError on the field."""
    example = format_percent(Decimal("2.5"), locale)
    cleaned = text.replace("%", "").strip()
    if not cleaned:
        message = QCoreApplication.translate("CodeDialog", "Type a percentage, for example %1")
        raise ValidationError(field, message.replace("%1", example))
    try:
        if "e" in cleaned.casefold():
            raise ValidationError(field, "")
        value = parse_amount(cleaned, locale, field=field)
    except ValidationError:
        message = QCoreApplication.translate("CodeDialog", "%1 is not a percentage; type it like %2")
        raise ValidationError(field, message.replace("%1", repr(text.strip())).replace("%2", example)) from None
    assert value is not None
    return value


def percent_text(value: Decimal, locale: str) -> str:
    """A percentage for an input field: "2.5" (en) or "2,5" (nl), without the % sign."""
    return format_percent(value, locale).replace("\u00a0", "").rstrip("%")


def account_items(
    accounts: Iterable[AccountRow], current: str | None, none_label: str | None = None, *, summary: bool | None = None
) -> list[tuple[str | None, str]]:
    """Combo items "number - name" of the active accounts (summary: only those that are, or are not, summary
    accounts), with the current one even when it does not qualify; none_label adds a first "none" item."""
    items: list[tuple[str | None, str]] = [(None, none_label)] if none_label is not None else []
    for a in accounts:
        if a.number == current or (a.active and (summary is None or a.summary == summary)):
            items.append((a.number, f"{a.number} - {a.name}"))
    return items


class CodeDialog(QDialog):
    """A form of fields plus Save/Cancel for a new code (record None) or an existing one (its code then
    read-only); save() calls the API, and a ValidationError shows beside the field it names."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setMinimumWidth(500)
        self.errors = FieldErrors(error_label())
        self.form = form_layout()
        self.form.setHorizontalSpacing(16)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.layout_.addLayout(self.form)

    @property
    def editing(self) -> bool:
        return self.record is not None

    def set_titles(self, new: str, edit: str) -> None:
        """The window title: new, or edit with %1 the code being edited."""
        self.setWindowTitle(new if self.record is None else edit.replace("%1", self.record.code))

    def code_field(self, max_width: int = 200) -> QLineEdit:
        """The code: typed for a new code, shown read-only for an existing one (codes are never renamed)."""
        field = QLineEdit(self.record.code if self.record is not None else "")
        field.setReadOnly(self.record is not None)
        field.setMaxLength(20)
        field.setMaximumWidth(max_width)
        return field

    def add(self, label: str, widget: QWidget, field: str) -> None:
        self.errors.add_row(self.form, label, widget, field)

    def finish(self, *below: QWidget) -> None:
        """Lay out what comes under the form (grids, notes), then the general error and the buttons."""
        for widget in below:
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.errors.general)
        self.layout_.addWidget(self.buttons)
        self.errors.clear()
        first = self.focus_widget()
        if first is not None:
            first.setFocus()

    def focus_widget(self) -> QWidget | None:
        """Where the cursor starts: the code of a new code, else the first field after it."""
        return None

    def save(self) -> None:
        raise NotImplementedError

    def show_error(self, exc: ValidationError) -> None:
        self.errors.show(exc)

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
            assert self.errors.general is not None
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()


def terms_items(ctx: AppContext, current: str | None, none_label: str) -> Sequence[tuple[str | None, str]]:
    return [(None, none_label)] + [
        (t.code, f"{t.code} - {t.description}") for t in ctx.company.terms_of_payment() if t.active or t.code == current
    ]


class CustomerGroupDialog(CodeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New customer group"), self.tr("Customer group %1"))
        self.code = self.code_field()
        self.name = QLineEdit(record.name if record else "")
        current = record.terms if record else None
        self.terms = CodeCombo(terms_items(ctx, current, self.tr("(none)")), current)
        self.add(self.tr("Customer group"), self.code, "code")
        self.add(self.tr("Description"), self.name, "name")
        self.add(self.tr("Terms of payment"), self.terms, "terms")
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.name if self.editing else self.code

    def save(self) -> None:
        company = self.ctx.company
        if self.record is None:
            company.create_customer_group(self.code.text(), self.name.text(), terms=self.terms.code())
        else:
            changes: dict[str, Any] = {"name": self.name.text()}
            if self.terms.code() != self.record.terms:  # the API refuses terms=None for "none" today; send changes only
                changes["terms"] = self.terms.code()
            company.update_customer_group(self.record.code, **changes)


class TermsDialog(CodeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New terms of payment"), self.tr("Terms of payment %1"))
        self.code = self.code_field()
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("for example 30 days net"))
        self.months = QSpinBox()
        self.months.setRange(0, 120)
        self.months.setMaximumWidth(100)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setMaximumWidth(100)
        if record:
            self.months.setValue(record.months)
            self.days.setValue(record.days)
        self.basis = CodeCombo(
            [("net", self.tr("Net: due date = document date + months + days")), ("cod", self.tr("Cash on delivery"))],
            record.basis if record else "net",
        )
        self.add(self.tr("Terms of payment"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Months"), self.months, "months")
        self.add(self.tr("Days"), self.days, "days")
        self.add(self.tr("Basis"), self.basis, "basis")
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.description if self.editing else self.code

    def save(self) -> None:
        values: dict[str, Any] = {
            "days": self.days.value(),
            "months": self.months.value(),
            "description": self.description.text(),
            "basis": self.basis.code() or "net",
        }
        if self.record is None:
            self.ctx.company.create_terms_of_payment(self.code.text(), **values)
        else:
            self.ctx.company.update_terms_of_payment(self.record.code, **values)
