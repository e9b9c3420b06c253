"""The base of the set-up code editors (new and edit in one form, on views/widgets/form_dialog.FormDialog),
customer groups and terms of payment."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from ardesk.api import AccountRow
from ardesk.errors import ValidationError
from ardesk.i18n import format_percent, parse_amount
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.form_dialog import FormDialog


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


class CodeDialog(FormDialog):
    """A form of fields plus Save/Cancel for a new code (record None) or an existing one (its code then
    read-only); save() calls the API, and a ValidationError shows beside the field it names."""

    notify_on_save = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record: Any = None) -> None:
        super().__init__(ctx, parent, min_width=500)
        self.record = record

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
