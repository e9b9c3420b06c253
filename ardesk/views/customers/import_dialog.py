"""Import customers from a CSV file: a preview of every row with the engine's errors on their cells, then all
rows at once (Company.preview_customer_import / import_customers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ardesk.api import CustomerImportPreview, ImportRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.context import AppContext
from ardesk.views.widgets.page import fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, Index, RecordTableModel

ERROR_BACKGROUND = QColor("#fde2e1")
ERROR_TEXT = QColor("#b42318")


def _cell(column: str) -> Callable[[ImportRow], str]:
    return lambda row: row.values.get(column, "")


class ImportPreviewModel(RecordTableModel):
    """The file's rows (ImportRow): its row number, each column as typed, and what is wrong with the row; a
    cell the engine refused is red, with the reason as its tooltip."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.keys: list[str] = []

    def set_preview(self, preview: CustomerImportPreview) -> None:
        self.beginResetModel()
        self.keys = ["row", *preview.columns, "problems"]
        self.columns = [
            Column(self.tr("Row"), lambda r: r.line, "int"),
            *(Column(c, _cell(c)) for c in preview.columns),
            Column(self.tr("Problems"), self.problems, stretch=True),
        ]
        self._rows = list(preview.rows)
        self.endResetModel()

    def problem_lines(self, row: ImportRow) -> list[str]:
        """The row's errors as "column: reason" in the file's column order, in the program's language."""
        order = {key: i for i, key in enumerate(self.keys)}
        return [
            field_message(exc, self.ctx.language) if key == "row" else f"{key}: {field_message(exc, self.ctx.language)}"
            for key, exc in sorted(row.errors.items(), key=lambda item: order.get(item[0], 0))
        ]

    def problems(self, row: ImportRow) -> str:
        return "; ".join(self.problem_lines(row))

    def error_at(self, index: Index) -> str | None:
        """The reason the cell's value was refused, or None."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        key = self.keys[index.column()]
        row: ImportRow = self.row_at(index.row())
        if key == "row" and "row" in row.errors:
            return field_message(row.errors["row"], self.ctx.language)
        exc = row.errors.get(key)
        return field_message(exc, self.ctx.language) if exc is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            problem = self.error_at(index)
            if problem is not None:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return ERROR_BACKGROUND
                if role == Qt.ItemDataRole.ForegroundRole:
                    return ERROR_TEXT
                return problem
            if self.keys[index.column()] == "problems":
                if role == Qt.ItemDataRole.ForegroundRole:
                    return ERROR_TEXT
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(self.problem_lines(self.row_at(index.row()))) or None
        return super().data(index, role)


class CustomerImportDialog(QDialog):
    """Shows what a CSV file of customers would import; Import is enabled only when no row has an error, and
    then creates them all at once (or none). imported: how many were created."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.preview: CustomerImportPreview | None = None
        self.imported = 0
        self.loading = False
        self.setWindowTitle(self.tr("Import customers from CSV"))
        self.resize(1100, 620)

        self.file_label = plain_label("", "")
        self.file_label.setStyleSheet("font-weight: bold;")
        self.format_label = plain_label("", "muted")
        self.other_button = QPushButton(self.tr("Choose another file..."))
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.file_label)
        names.addWidget(self.format_label)
        top.addLayout(names, 1)
        top.addWidget(self.other_button)

        self.summary = plain_label("", "")
        self.summary.setWordWrap(True)
        self.model = ImportPreviewModel(ctx, self)
        self.view = make_table(self, stretch_column=None)
        self.view.setModel(self.model)
        self.view.stretch_maximum = 2000  # the Problems column takes the rest of the width
        self.details = plain_label("", "")
        self.details.setWordWrap(True)
        self.details.setStyleSheet(f"color: {ERROR_TEXT.name()};")

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        # The theme gives the primary button no disabled look: greyed out here, Import is not a choice yet.
        self.import_button.setStyleSheet(
            "QPushButton#primary:disabled { background: #c5cfdb; border-color: #c5cfdb; color: #f5f7fa; }"
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.import_all)
        self.other_button.clicked.connect(self.choose_other)
        self.view.selectionModel().currentRowChanged.connect(lambda _now, _before: self.show_details())
        self.load(path)

    # --- reading ------------------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Read and check the file in the background; nothing is written."""
        self.path = path
        self.preview = None
        self.file_label.setText(self.tr("File: %1").replace("%1", str(path)))
        self.format_label.setText("")
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
        self._say(self.tr("Reading %1...").replace("%1", path.name), error=False)
        self.loading = True
        company = self.ctx.company
        self.ctx.runner.run(
            lambda: company.preview_customer_import(path),
            success=self._arrived,
            failure=self._refused,
            text=self.tr("Checking the customers in the file..."),
        )

    def _arrived(self, preview: CustomerImportPreview) -> None:
        self.loading = False
        self.preview = preview
        self.model.set_preview(preview)
        self.view.stretch_column = self.model.columnCount() - 1
        fit_columns(self.view, maximum=260)
        separator = self.tr("semicolons") if preview.delimiter == ";" else self.tr("commas")
        encoding = "Windows-1252" if preview.encoding == "cp1252" else "UTF-8"
        self.format_label.setText(self.tr("%1, cells separated by %2").replace("%1", encoding).replace("%2", separator))
        count = len(preview.rows)
        if not count:
            self._say(self.tr("The file has no customers."), error=True)
        elif preview.error_rows:
            self._say(
                self.tr(
                    "%1 of %2 rows have errors (in red; point at a cell to see why). Nothing is imported while a "
                    "row has an error: correct the file and choose it again."
                )
                .replace("%1", str(preview.error_rows))
                .replace("%2", str(count)),
                error=True,
            )
        else:
            if count == 1:
                self._say(self.tr("1 customer ready to import."), error=False)
                self.import_button.setText(self.tr("Import 1 customer"))
            else:
                self._say(self.tr("%1 customers ready to import.").replace("%1", str(count)), error=False)
                self.import_button.setText(self.tr("Import %1 customers").replace("%1", str(count)))
        self.import_button.setEnabled(preview.ok)
        first_bad = next((i for i, r in enumerate(preview.rows) if r.errors), None)
        if first_bad is not None:
            # current (its errors shown below) but not selected: its red cells stay in sight
            self.view.selectionModel().setCurrentIndex(
                self.model.index(first_bad, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.show_details()

    def show_details(self) -> None:
        """Under the table: every error of the selected row, one a line."""
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.details.setText("")
            return
        row: ImportRow = self.model.row_at(index.row())
        lines = self.model.problem_lines(row)
        heading = self.tr("Row %1:").replace("%1", str(row.line))
        self.details.setText("\n".join([heading, *lines]) if lines else "")

    def _refused(self, exc: BaseException) -> None:
        self.loading = False
        self.model.set_rows([])
        if isinstance(exc, OSError):
            # shows-exception-text: the system's reason the file cannot be read
            reason = exc.strerror or str(exc)
            self._say(self.tr("Could not read %1: %2").replace("%1", str(self.path)).replace("%2", reason), True)
        elif isinstance(exc, ValidationError) and exc.field.startswith("row"):
            self._say(message_text(exc, self.ctx.language), error=True)  # "row 3, iban: ..."
        elif isinstance(exc, ArdeskError):
            self._say(field_message(exc, self.ctx.language), error=True)
        else:
            self.ctx.runner.error.emit(exc)

    def choose_other(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import customers from"), str(self.path.parent), self.tr("CSV files (*.csv *.txt)")
        )
        if name:
            self.load(Path(name))

    # --- importing ----------------------------------------------------------------------------------
    def import_all(self) -> None:
        """Create every customer of the file in one transaction; on a refusal nothing is created."""
        if self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        company, path = self.ctx.company, self.path

        def done(count: int) -> None:
            self.imported = count
            self.ctx.notify_changed()
            self.accept()

        def failed(exc: BaseException) -> None:
            self._refused(exc)
            self.import_button.setEnabled(False)

        self.ctx.runner.run(
            lambda: company.import_customers(path),
            success=done,
            failure=failed,
            text=self.tr("Importing customers..."),
        )

    def _say(self, text: str, error: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {ERROR_TEXT.name()};" if error else "")
