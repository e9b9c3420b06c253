"""The Aging report (DOMAIN 5.1): every customer's balance per bucket of an aging definition as of a date, with
totals, a filter and sorting; exported as CSV or printed as PDF off the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ardesk.api import AgingDefinitionRow, AgingRow
from ardesk.views.collections.statements import folder_problem
from ardesk.views.collections.table_model import bucket_caption
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.page import Page, Table, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, Index, RecordTableModel

FILTER_DELAY_MS = 200
DATE_DELAY_MS = 400
TOTAL_BACKGROUND = "#eef2f7"


class AgingTableModel(RecordTableModel):
    """The report's rows (AgingRow), sortable on any column. The columns follow the definition: account, name,
    its buckets in order, total (red over the credit limit), credit limit."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.labels: tuple[str, ...] = ()

    def set_labels(self, labels: Sequence[str]) -> bool:
        """Take the definition's bucket labels; True when the columns changed (call before set_rows)."""
        if tuple(labels) == self.labels:
            return False
        self.beginResetModel()
        self.labels = tuple(labels)
        self.columns = self._columns()
        self._rows = []
        self.endResetModel()
        return True

    def _columns(self) -> list[Column]:
        def bucket(label: str) -> Callable[[AgingRow], Decimal]:
            return lambda r: r.buckets.get(label, Decimal(0))

        def over_limit(r: AgingRow) -> bool:
            return r.over_credit_limit

        return [
            Column(self.tr("Account"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: r.name, stretch=True),
            *(Column(bucket_caption(label), bucket(label), "amount") for label in self.labels),
            Column(self.tr("Total"), lambda r: r.total, "amount", alert=over_limit),
            Column(self.tr("Credit limit"), lambda r: r.credit_limit, "amount"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            if row.over_credit_limit:
                return self.tr("Over the credit limit of %1").replace("%1", self.ctx.amount(row.credit_limit))
        return super().data(index, role)


class TotalsModel(RecordTableModel):
    """One bold row under the report, in the report's columns: what the rows shown add up to."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.bold = QFont()
        self.bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return self.bold
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One row: nothing to sort."""


class TotalsFooter(Table):
    """The totals row, always in sight below the report's table: no header, no scrolling of its own, its
    columns as wide as the table's and scrolled sideways with it."""

    def __init__(self, view: Table, model: TotalsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsFooter")
        self.setModel(model)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(28)
        self.setStyleSheet(f"QTableView#totalsFooter {{ border-top: none; background: {TOTAL_BACKGROUND}; }}")
        self.view = view
        view.horizontalHeader().sectionResized.connect(lambda column, _old, new: self.setColumnWidth(column, new))
        view.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        model.modelReset.connect(self.follow)

    def follow(self) -> None:
        """Take the table's column widths (after the columns changed)."""
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            self.setColumnWidth(column, header.sectionSize(column))


def totals_of(labels: Sequence[str], rows: Sequence[AgingRow], caption: str) -> AgingRow:
    """One row adding up the rows' buckets and totals (credit limits are not added)."""
    buckets = {label: sum((r.buckets.get(label, Decimal(0)) for r in rows), Decimal(0)) for label in labels}
    total = sum((r.total for r in rows), Decimal(0))
    overdue = sum((r.overdue for r in rows), Decimal(0))
    return AgingRow("", caption, buckets, total, overdue, None)


def matches(row: AgingRow, text: str) -> bool:
    folded = text.strip().casefold()
    return not folded or folded in row.customer.casefold() or folded in row.name.casefold()


class AgingReportPage(Page):
    """As of a date (today unless changed) and for a definition (the default unless chosen): one row per
    customer with an open balance; the filter and the header's sort work on the rows read, the totals row
    adds up what is shown. Export CSV and Print PDF write every customer of the report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Aging report"), self.tr("Each customer's open balance by age, in %1").replace("%1", ctx.currency)
        )
        self.as_of = ctx.today()
        self.definitions: list[AgingDefinitionRow] = []
        self.rows: list[AgingRow] = []
        self.rows_loaded = 0  # the self-test reports it
        self.folder = Path.home()
        self._generation = 0
        self._writing = 0
        self._sized = False

        # --- toolbar --------------------------------------------------------------------------------
        self.date = DateEdit(self.as_of, ctx.language)
        self.date.setToolTip(self.tr("Balances as of this date (Ctrl+D)"))
        self.definition = CodeCombo([])
        self.definition.setMinimumWidth(160)
        self.definition.setToolTip(self.tr("The aging definition: its buckets are the columns"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter account or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.count_label = plain_label("", "muted")
        self.export_button = QPushButton(self.tr("Export CSV..."))
        self.export_button.setToolTip(
            self.tr("Every customer of the report as a CSV file for Excel, or as an Excel workbook (Ctrl+E)")
        )
        self.print_button = QPushButton(self.tr("Print PDF..."))
        self.print_button.setToolTip(self.tr("The aging report as a PDF (Ctrl+P)"))
        self.toolbar.addWidget(plain_label(self.tr("As of"), "muted"))
        self.toolbar.addWidget(self.date)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(plain_label(self.tr("Definition"), "muted"))
        self.toolbar.addWidget(self.definition)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.search)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.print_button)

        # --- the table --------------------------------------------------------------------------------
        self.model = AgingTableModel(ctx, self)
        self.view = make_table(self, stretch_column=1)
        self.view.stretch_maximum = 340
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.totals_model = TotalsModel(ctx, self)
        self.footer = TotalsFooter(self.view, self.totals_model)
        table = QVBoxLayout()
        table.setSpacing(0)
        table.addWidget(self.view, 1)
        table.addWidget(self.footer)
        self.body.addLayout(table, 1)
        self.add_message_line()
        self.body.addWidget(self.message)

        # --- wiring -----------------------------------------------------------------------------------
        self._filter = QTimer(self)
        self._filter.setSingleShot(True)
        self._filter.setInterval(FILTER_DELAY_MS)
        self._filter.timeout.connect(self.apply_filter)
        self._date = QTimer(self)
        self._date.setSingleShot(True)
        self._date.setInterval(DATE_DELAY_MS)
        self._date.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._filter.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.date.dateChanged.connect(lambda _d: self._date.start())
        self.definition.activated.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+D"), self, self.date.setFocus)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_csv)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_pdf)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    # --- loading ------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def definition_code(self) -> str | None:
        return self.definition.code()

    def refresh(self) -> None:
        """Read the definitions and the aging as of the date in the background."""
        self._date.stop()
        self._generation += 1
        generation = self._generation
        as_of, code, company = self.date.value(), self.definition_code(), self.ctx.company

        def query() -> tuple[list[AgingDefinitionRow], list[AgingRow]]:
            definitions = company.aging_definitions()
            known = {d.code for d in definitions}
            return definitions, company.aging(as_of, definition=code if code in known else None)

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda found: self._arrived(generation, as_of, code, *found),
            failure=lambda exc: self._failed(generation, exc),
            text=self.tr("Reading the aging report..."),
        )

    def _arrived(
        self,
        generation: int,
        as_of: dt.date,
        code: str | None,
        definitions: list[AgingDefinitionRow],
        rows: list[AgingRow],
    ) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.as_of = as_of
        self.definitions = definitions
        chosen = next((d for d in definitions if d.code == code), None)
        chosen = chosen or next((d for d in definitions if d.default), definitions[0] if definitions else None)
        self.definition.clear()
        for d in definitions:
            self.definition.addItem(self.tr("%1 (default)").replace("%1", d.code) if d.default else d.code, d.code)
        self.definition.set_code(chosen.code if chosen else None)
        if chosen is not None:
            self.definition.setToolTip(
                self.tr("Aged by %1").replace(
                    "%1", self.tr("due date") if chosen.basis == "due_date" else self.tr("document date")
                )
            )
        self.rows = rows
        self.rows_loaded = len(rows)
        self.apply_filter(labels=chosen.labels if chosen else ())
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._fail(exc)
        self.loaded.emit()

    def labels(self) -> tuple[str, ...]:
        code = self.definition_code()
        found = next((d for d in self.definitions if d.code == code), None)
        return found.labels if found else self.model.labels

    def apply_filter(self, labels: Sequence[str] | None = None) -> None:
        """Show the rows matching the filter box (in the header's sort), and their totals below."""
        self._filter.stop()
        text = self.search.text()
        shown = [r for r in self.rows if matches(r, text)]
        if self.model.set_labels(self.labels() if labels is None else labels):
            self.totals_model.columns = self.model.columns
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._sized = False
        self.model.set_rows(shown)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.totals_model.set_rows([totals_of(self.model.labels, shown, self.tr("Total"))])
        if text.strip():
            self.count_label.setText(
                self.tr("Customers: %1 of %2").replace("%1", str(len(shown))).replace("%2", str(len(self.rows)))
            )
        else:
            self.count_label.setText(self.tr("Customers: %1").replace("%1", str(len(self.rows))))
        if not self._sized and self.rows:
            fit_columns(self.view)
            for column in range(header.count()):  # the totals are the widest amounts
                header.resizeSection(column, max(header.sectionSize(column), self.footer.sizeHintForColumn(column)))
            self.view.fill_width()
            self._sized = True
        self.footer.follow()

    def totals(self) -> AgingRow:
        """The totals row under the table."""
        return self.totals_model.row_at(0)

    # --- files --------------------------------------------------------------------------------------
    def _file_name(self, template: str) -> Path:
        return self.folder / template.replace("%1", str(self.as_of))

    def export_csv(self) -> None:
        """Every customer of the report as CSV (Ctrl+E): asks where, then writes in the background."""
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the aging report as"),
            str(self._file_name(self.tr("aging-%1.csv"))),
            self.tr("CSV files (*.csv)") + ";;" + self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() == ".xlsx":
                self.write_xlsx(path)
            elif path.suffix.lower() != ".csv" and chosen.endswith("(*.xlsx)"):
                self.write_xlsx(path.with_name(path.name + ".xlsx"))
            else:
                self.write_csv(path)

    def print_pdf(self) -> None:
        """The aging report as PDF (Ctrl+P): asks where, then prints in the background."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the aging report as"),
            str(self._file_name(self.tr("aging-report-%1.pdf"))),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.write_pdf(Path(name))

    def write_csv(self, path: Path) -> None:
        as_of, code, language, company = self.as_of, self.definition_code(), self.ctx.language, self.ctx.company

        done = self.tr("Customers exported: %2, to %1.").replace("%1", str(path))
        self._write(
            path,
            lambda: company.export_aging_csv(as_of, path, definition=code, language=language),
            self.tr("Exporting the aging report..."),
            lambda count: done.replace("%2", str(count)),
        )

    def write_xlsx(self, path: Path) -> None:
        as_of, code, language, company = self.as_of, self.definition_code(), self.ctx.language, self.ctx.company

        done = self.tr("Saved the aging report in %1.").replace("%1", str(path))
        self._write(
            path,
            lambda: company.export_table("aging", path, as_of=as_of, definition=code, language=language),
            self.tr("Exporting the aging report..."),
            lambda _path: done,
        )

    def write_pdf(self, path: Path) -> None:
        as_of, code, language, company = self.as_of, self.definition_code(), self.ctx.language, self.ctx.company

        done = self.tr("Saved the aging report in %1.").replace("%1", str(path))
        self._write(
            path,
            lambda: company.print_aging_report(as_of, path, definition=code, language=language),
            self.tr("Printing the aging report..."),
            lambda _none: done,
        )

    def _write(self, path: Path, work: Callable[[], Any], text: str, told: Callable[[Any], str]) -> None:
        """Run work() in the background (the buttons wait meanwhile), then say told(its result); a folder that
        cannot take the file is told before anything runs, a failure to write after."""
        problem = folder_problem(path.parent)
        if problem:
            self._warn(problem)
            return
        self.folder = path.parent
        self._busy(1)
        self.say(text)

        def done(result: Any) -> None:
            self._busy(-1)
            self.say(told(result))

        def failed(exc: BaseException) -> None:
            self._busy(-1)
            self._fail(exc, path)

        self.ctx.runner.run(work, success=done, failure=failed, text=text)

    def _busy(self, step: int) -> None:
        self._writing += step
        for button in (self.export_button, self.print_button):
            button.setEnabled(self._writing == 0)

    # --- messages -----------------------------------------------------------------------------------
    def _warn(self, text: str) -> None:
        self.warn(self.tr("Aging report"), text)

    def _fail(self, exc: BaseException, path: Path | None = None) -> None:
        self.warn_refusal(self.tr("Aging report"), exc, path)
