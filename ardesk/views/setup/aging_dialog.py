"""The aging definition editor (DOMAIN 5.1): what an item's age counts from, and the buckets in their order."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import AgingDefinitionRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.collections.inputs import form_layout
from ardesk.views.context import AppContext
from ardesk.views.setup.grid import EditGrid, GridColumn, parse_int, row_field
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

MAX_BUCKETS = 12
LABEL, FROM, TO = range(3)
Bucket = tuple[str, int | None, int | None]


class AgingDefinitionDialog(QDialog):
    """New (row None) or change a definition; Save calls create_aging_definition or update_aging_definition."""

    def __init__(self, ctx: AppContext, row: AgingDefinitionRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(
            self.tr("New aging definition") if row is None else self.tr("Aging definition %1").replace("%1", row.code)
        )
        self.setMinimumSize(560, 520)
        self.errors = FieldErrors(error_label())
        self.code = QLineEdit(row.code if row else "")
        self.code.setReadOnly(row is not None)
        self.basis = CodeCombo(
            [("due_date", self.tr("Due date")), ("document_date", self.tr("Document date"))],
            row.basis if row else "due_date",
        )
        self.default = QCheckBox(self.tr("Use it when no definition is named"))
        self.default.setChecked(bool(row and row.default))
        self.default.setEnabled(not (row and row.default))
        self.buckets = EditGrid(
            [
                GridColumn(self.tr("Label"), "label", width=180),
                GridColumn(self.tr("From day"), "from_days", "number", 100),
                GridColumn(self.tr("To day"), "to_days", "number", 100),
            ],
            max_rows=MAX_BUCKETS,
        )
        self.buckets.stretch(LABEL)
        form = form_layout()
        self.errors.add_row(form, self.tr("Definition"), self.code, "code")
        self.errors.add_row(form, self.tr("Age counts from"), self.basis, "basis")
        self.errors.add_row(form, self.tr("Default"), self.default, "default")
        self.errors.add_row(form, self.tr("Buckets"), self.buckets, "buckets")
        hint = plain_label(
            self.tr(
                "Days past the due date (or document date), both ends included; leave the first bucket's From and "
                "the last bucket's To empty. Each bucket starts the day after the previous one ends. Insert adds a "
                "bucket, Ctrl+Delete removes one."
            ),
            "muted",
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        for label, low, high in row.buckets if row else [(self.tr("Current"), None, 0), ("1-30", 1, 30)]:
            self.buckets.add_row([label, "" if low is None else str(low), "" if high is None else str(high)])
        if row is None:
            self.buckets.add_row([self.tr("Over 30"), "31", ""])
        self.buckets.itemChanged.connect(self._follow)
        self.errors.clear()
        (self.basis if row else self.code).setFocus()

    def _follow(self, item: QTableWidgetItem) -> None:
        """A bucket's To day typed: the next bucket starts the day after, unless something was typed there."""
        row = item.row()
        if item.column() != TO or row + 1 >= self.buckets.rowCount() or self.buckets.text(row + 1, FROM):
            return
        text = item.text().strip()
        if text.lstrip("-").isdigit():
            self.buckets.set_text(row + 1, FROM, str(int(text) + 1))

    def read_buckets(self) -> list[Bucket]:
        out: list[Bucket] = []
        for i in range(self.buckets.rowCount()):
            low, high = self.buckets.text(i, FROM), self.buckets.text(i, TO)
            out.append(
                (
                    self.buckets.text(i, LABEL),
                    parse_int(low, f"buckets[{i}].from_days") if low else None,
                    parse_int(high, f"buckets[{i}].to_days") if high else None,
                )
            )
        return out

    def accept(self) -> None:
        self.errors.clear()
        self.buckets.clear_marks()
        company = self.ctx.company
        try:
            buckets = self.read_buckets()
            basis = self.basis.code() or "due_date"
            if self.row is None:
                company.create_aging_definition(self.code.text(), buckets, basis=basis)
                code = self.code.text().strip()
            else:
                code = self.row.code
                company.update_aging_definition(code, buckets=buckets, basis=basis)
            if self.default.isChecked() and not (self.row and self.row.default):
                company.set_default_aging_definition(code)
        except ValidationError as exc:
            self.show_error(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()

    def show_error(self, exc: ValidationError) -> None:
        found = row_field(exc.field, "buckets")
        if found is not None:
            row, name = found
            message = f"{self.buckets.where(self.tr('Bucket %1'), row, name)}: {field_message(exc, self.ctx.language)}"
            self.errors.show(ValidationError("buckets", message))
            self.buckets.mark(row, name or "label")
        else:
            self.errors.show(exc)
