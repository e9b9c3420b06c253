"""Direct debit runs (DOMAIN 7.4, 7.5): preview what a collection date collects and what not (and why), print the
pre-notifications, create the SEPA file (pain.008) that posts the collections; past runs with what became of
each collection, and importing the bank's rejects and returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ArdeskError, DirectDebitRun, DirectDebitTransaction, Exclusion, ReturnImport
from ardesk.i18n import field_message
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.ops import run_with_progress
from ardesk.views.payments.mandates import sequence_text
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

RELOAD_DELAY_MS = 300
ZERO = Decimal("0.00")
#: The pain.008 versions ardesk writes: 001.02 (every bank) and 001.08 (the 2019 rulebook's).
VERSIONS = ("pain.008.001.02", "pain.008.001.08")
#: The look of the warnings above the preview: a pale amber band.
WARNING_STYLE = "background: #fff6e0; border: 1px solid #f0d9a4; border-radius: 3px; padding: 6px 8px; color: #6b4e00;"


def heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _box(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    return box


class DirectDebitPage(Page):
    """The collection date on top; the preview of the run (to be collected, not collected and why, the
    warnings); Print pre-notifications and Create file; below, the past runs and the selected run's
    collections, and Import returns."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Direct debit runs"),
            self.tr("Collect the open invoices of customers with a mandate: check the preview, then create the file"),
        )
        #: Asks where to save a file (title, proposed name, filter; None: cancelled); tests replace it.
        self.choose_path: Callable[[str, str, str], str | None] = self._choose_path
        #: Asks which file to import (None: cancelled); tests replace it.
        self.choose_import: Callable[[], str | None] = self._choose_import
        #: Asks Yes/No before posting; tests replace it.
        self.ask: Callable[[str, str], bool] = self._ask
        #: Shows what an action did in a box; tests replace it.
        self.inform: Callable[[str, str], None] = self._inform
        self.preview: DirectDebitRun | None = None
        self.runs: list[DirectDebitRun] = []
        self.error: ArdeskError | None = None
        self._generation = 0

        # --- the run's choices ---
        self.date = date_edit(ctx, ctx.today() + dt.timedelta(days=14))
        self.date.setToolTip(self.tr("The day the bank debits the customers (and credits you)"))
        self.with_returned = QCheckBox(self.tr("Also invoices returned before"))
        self.with_returned.setToolTip(self.tr("Collect again the invoices a bank rejected or returned earlier"))
        self.version = CodeCombo([(v, v) for v in VERSIONS], VERSIONS[0])
        self.version.setToolTip(self.tr("The SEPA file format: 001.02 is read by every bank"))
        self.print_button = QPushButton(self.tr("Print pre-notifications..."))
        self.create_button = QPushButton(self.tr("Create file..."))
        self.create_button.setObjectName("primary")
        self.toolbar.addWidget(plain_label(self.tr("Collection date"), "muted"))
        self.toolbar.addWidget(self.date)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.with_returned)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.print_button)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(plain_label(self.tr("Format"), "muted"))
        self.toolbar.addWidget(self.version)
        self.toolbar.addWidget(self.create_button)

        self.problem = plain_label("", "fieldError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            "background: #fdecea; border: 1px solid #f4c7c3; border-radius: 3px; padding: 6px 8px;"
        )
        self.problem.hide()
        self.warnings = plain_label("")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()

        # --- the preview ---
        self.included_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Invoice"), lambda t: t.invoice),
                Column(self.tr("Customer"), lambda t: t.customer),
                Column(self.tr("Name"), lambda t: t.customer_name, stretch=True),
                Column(self.tr("Mandate"), lambda t: t.mandate),
                Column(self.tr("Sequence"), lambda t: sequence_text(t.sequence_type)),
                Column(self.tr("Amount"), lambda t: t.amount, "amount", currency=lambda _t: "EUR"),
            ],
            self,
        )
        self.included_view = make_table(self, 2)
        self.included_view.setModel(self.included_model)
        self.excluded_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Invoice"), lambda e: e.invoice),
                Column(self.tr("Customer"), lambda e: e.customer),
                Column(self.tr("Why not"), self.reason_text, stretch=True),
            ],
            self,
        )
        self.excluded_view = make_table(self, 2)
        self.excluded_view.stretch_maximum = 2000
        self.excluded_view.setModel(self.excluded_model)
        self.count_tile = Tile(self.tr("Collections"))
        self.total_tile = Tile(self.tr("Total to collect"))
        self.excluded_tile = Tile(self.tr("Not collected"))
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in (self.count_tile, self.total_tile, self.excluded_tile):
            tiles.addWidget(tile)
        tiles.addStretch(1)
        self.included_title = heading(self.tr("To be collected"))
        self.excluded_title = heading(self.tr("Not collected"))
        preview = QSplitter(Qt.Orientation.Horizontal)
        preview.setChildrenCollapsible(False)
        preview.addWidget(_box(self.included_title, self.included_view))
        preview.addWidget(_box(self.excluded_title, self.excluded_view))
        preview.setSizes([620, 420])

        # --- past runs ---
        self.runs_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Run"), lambda r: r.number),
                Column(self.tr("Collection date"), lambda r: r.collection_date, "date"),
                Column(self.tr("Collections"), lambda r: r.count, "int"),
                Column(self.tr("Total"), lambda r: r.total, "amount", currency=lambda _r: "EUR"),
                Column(
                    self.tr("Returned"),
                    lambda r: self.undone_count(r),
                    "int",
                    alert=lambda r: bool(self.undone_count(r)),
                ),
                Column(self.tr("Format"), lambda r: r.version.removeprefix("pain.008.")),
                Column(self.tr("Message id"), lambda r: r.message_id, stretch=True),
            ],
            self,
        )
        self.runs_view = make_table(self, 6)
        self.runs_view.setModel(self.runs_model)
        self.collections_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Invoice"), lambda t: t.invoice),
                Column(self.tr("Customer"), lambda t: t.customer),
                Column(self.tr("Name"), lambda t: t.customer_name, stretch=True),
                Column(self.tr("Amount"), lambda t: t.amount, "amount", currency=lambda _t: "EUR"),
                Column(self.tr("Status"), self.status_text, alert=lambda t: t.status != "collected"),
            ],
            self,
        )
        self.collections_view = make_table(self, 2)
        self.collections_view.setModel(self.collections_model)
        self.import_button = QPushButton(self.tr("Import returns..."))
        self.import_button.setToolTip(self.tr("Read the bank's rejects (pain.002) or returns (camt.054)"))
        runs_bar = QHBoxLayout()
        runs_bar.addWidget(heading(self.tr("Runs")))
        runs_bar.addStretch(1)
        runs_bar.addWidget(self.import_button)
        runs_head = QWidget()
        runs_head.setLayout(runs_bar)
        runs_bar.setContentsMargins(0, 0, 0, 0)
        self.collections_title = heading(self.tr("Collections of the run"))
        # As tall as the runs' heading row with its button: the two tables start on one line.
        self.collections_title.setMinimumHeight(self.import_button.sizeHint().height())
        runs = QSplitter(Qt.Orientation.Horizontal)
        runs.setChildrenCollapsible(False)
        runs.addWidget(_box(runs_head, self.runs_view))
        runs.addWidget(_box(self.collections_title, self.collections_view))
        runs.setSizes([620, 420])

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(tiles)
        upper_layout.addWidget(preview, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(upper)
        split.addWidget(runs)
        split.setSizes([400, 260])
        self.body.addWidget(self.problem)
        self.body.addWidget(self.warnings)
        self.body.addWidget(split, 1)
        self.body.addWidget(self.add_message_line())

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.refresh)
        self.date.dateChanged.connect(lambda _d: self._reload.start())
        self.with_returned.toggled.connect(lambda _b: self.refresh())
        self.print_button.clicked.connect(lambda _c=False: self.print_prenotifications())
        self.create_button.clicked.connect(lambda _c=False: self.create_file())
        self.import_button.clicked.connect(lambda _c=False: self.import_returns())
        self.runs_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_run())
        self._show_preview()

    # --- texts --------------------------------------------------------------------------------------
    def reason_text(self, exclusion: Exclusion) -> str:
        """Why an invoice is left out, in the UI language (a run read back later keeps its English reason)."""
        return self._reason(exclusion.reason)

    def _reason(self, reason: str) -> str:
        """A reason or warning of a run (services.direct_debit.Reason) in the UI language."""
        error = getattr(reason, "error", None)
        return field_message(error, self.ctx.language) if error is not None else str(reason)

    def status_text(self, t: DirectDebitTransaction) -> str:
        words = {
            "collected": self.tr("Collected"),
            "rejected": self.tr("Rejected"),
            "returned": self.tr("Returned"),
        }.get(t.status, t.status)
        return f"{words} ({t.return_reason})" if t.return_reason else words

    @staticmethod
    def undone_count(run: DirectDebitRun) -> int:
        return sum(1 for t in run.transactions if t.status != "collected")

    # --- loading ------------------------------------------------------------------------------------
    def collection_date(self) -> dt.date:
        return date_of(self.date)

    def refresh(self) -> None:
        self._reload.stop()
        self._generation += 1
        generation, company = self._generation, self.ctx.company
        day, returned, today = self.collection_date(), self.with_returned.isChecked(), self.ctx.today()

        def query() -> tuple[DirectDebitRun | ArdeskError, list[DirectDebitRun]]:
            try:
                preview: DirectDebitRun | ArdeskError = company.preview_direct_debit(
                    day, prepared_on=today, include_returned=returned
                )
            except ArdeskError as exc:  # no creditor identifier, a closed period: said above the preview
                preview = exc
            return preview, company.direct_debit_runs()

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda result: self._arrived(generation, *result),
            failure=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, preview: DirectDebitRun | ArdeskError, runs: list[DirectDebitRun]) -> None:
        if generation != self._generation:
            return
        if isinstance(preview, ArdeskError):
            self.preview, self.error = None, preview
        else:
            self.preview, self.error = preview, None
        self._show_preview()
        chosen = self.current_run()
        self.runs = runs
        self.runs_model.set_rows(runs)
        if runs:
            fit_columns(self.runs_view)
            row = next((i for i, r in enumerate(runs) if chosen is not None and r.number == chosen.number), 0)
            self.runs_view.setCurrentIndex(self.runs_model.index(row, 0))
        self._show_run()
        self.loading = False
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.warn_refusal(self.tr("Direct debit runs"), exc)
        self.loaded.emit()

    def _show_preview(self) -> None:
        preview = self.preview
        included = preview.transactions if preview else []
        excluded = preview.excluded if preview else []
        self.included_model.set_rows(included)
        self.excluded_model.set_rows(excluded)
        if included:
            fit_columns(self.included_view)
        if excluded:
            fit_columns(self.excluded_view)
        self.count_tile.set_value(str(len(included)))
        self.total_tile.set_value(self.ctx.amount(preview.total if preview else ZERO, "EUR"))
        self.excluded_tile.set_value(str(len(excluded)), alert=bool(excluded))
        self.excluded_title.setText(self.tr("Not collected (%n)", "", len(excluded)))
        self.included_title.setText(self.tr("To be collected (%n)", "", len(included)))
        self.problem.setText(field_message(self.error, self.ctx.language) if self.error is not None else "")
        self.problem.setVisible(self.error is not None)
        warnings = preview.warnings if preview else []
        self.warnings.setText("\n".join(self._reason(w) for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.print_button.setEnabled(bool(included))
        self.create_button.setEnabled(bool(included))

    def current_run(self) -> DirectDebitRun | None:
        index = self.runs_view.currentIndex()
        if not index.isValid() or index.row() >= self.runs_model.rowCount():
            return None
        run: DirectDebitRun = self.runs_model.row_at(index.row())
        return run

    def _show_run(self) -> None:
        run = self.current_run()
        self.collections_model.set_rows(run.transactions if run else [])
        if run is not None and run.transactions:
            fit_columns(self.collections_view)
        self.collections_title.setText(
            self.tr("Collections of %1").replace("%1", run.number) if run else self.tr("Collections of the run")
        )

    # --- actions ------------------------------------------------------------------------------------
    def print_prenotifications(self) -> Path | None:
        """The pre-notification letters of the preview, one per customer, into one PDF (nothing is posted)."""
        day = self.collection_date()
        chosen = self.choose_path(
            self.tr("Save pre-notifications"), f"prenotifications-{day:%Y%m%d}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path, company, today = Path(chosen), self.ctx.company, self.ctx.today()
        try:
            count = run_with_progress(
                self.ctx.runner,
                lambda: company.print_prenotifications(day, path, prepared_on=today),
                self.tr("Printing the pre-notifications..."),
                self,
            )
        except (ArdeskError, OSError) as exc:
            self.warn_refusal(self.tr("Print pre-notifications"), exc, path)
            return None
        self.say(self.tr("%n pre-notification letter(s) saved to %1.", "", count).replace("%1", str(path)))
        return path if count else None

    def create_file(self) -> DirectDebitRun | None:
        """Post the collections of the preview and write the pain.008 file (asks first)."""
        preview = self.preview
        if preview is None or not preview.transactions:
            return None
        day, version = self.collection_date(), self.version.code() or VERSIONS[0]
        chosen = self.choose_path(
            self.tr("Save SEPA direct debit file"), f"direct-debit-{day:%Y%m%d}.xml", self.tr("XML files (*.xml)")
        )
        if not chosen:
            return None
        question = (
            self.tr(
                "Collect %n invoice(s), %1 in all, on %2? The collections are posted as payments now.",
                "",
                preview.count,
            )
            .replace("%1", self.ctx.amount(preview.total, "EUR"))
            .replace("%2", self.ctx.date(day))
        )
        if not self.ask(self.tr("Create direct debit file"), question):
            return None
        path, company, returned = Path(chosen), self.ctx.company, self.with_returned.isChecked()
        today = self.ctx.today()
        try:
            run = run_with_progress(
                self.ctx.runner,
                lambda: company.create_direct_debit_file(
                    day, path, version=version, prepared_on=today, include_returned=returned
                ),
                self.tr("Creating the direct debit file..."),
                self,
            )
        except (ArdeskError, OSError) as exc:
            self.warn_refusal(self.tr("Create direct debit file"), exc, path)
            return None
        text = (
            self.tr("Run %1: %n collection(s), %2 in all, written to %3 (message id %4).", "", run.count)
            .replace("%1", run.number)
            .replace("%2", self.ctx.amount(run.total, "EUR"))
            .replace("%3", str(path))
            .replace("%4", run.message_id)
        )
        self.say(text)
        self.inform(self.tr("Direct debit file created"), text)
        self.ctx.notify_changed()
        if not self.loading:
            self.refresh()
        return run

    def import_returns(self) -> ReturnImport | None:
        """Read the bank's rejects or returns: each collection named is undone and its invoice open again."""
        chosen = self.choose_import()
        if not chosen:
            return None
        path, company, today = Path(chosen), self.ctx.company, self.ctx.today()
        try:
            result = run_with_progress(
                self.ctx.runner,
                lambda: company.import_direct_debit_returns(path, today),
                self.tr("Importing the returns..."),
                self,
            )
        except (ArdeskError, OSError) as exc:
            self.warn_refusal(self.tr("Import returns"), exc, path)
            return None
        self.say(self.import_summary(result))
        self.inform(self.tr("Returns imported"), self.import_details(result))
        self.ctx.notify_changed()
        if not self.loading:
            self.refresh()
        return result

    def import_summary(self, result: ReturnImport) -> str:
        text = self.tr("%n collection(s) undone, their invoices open again.", "", result.count)
        if result.unknown:
            text += " " + self.tr("%n not found in the books.", "", len(result.unknown))
        return text

    def import_details(self, result: ReturnImport) -> str:
        lines = [self.import_summary(result)]
        for r in result.returned:
            kind = self.tr("rejected") if r.kind == "rejected" else self.tr("returned")
            line = f"{r.invoice}: {kind}, {r.reason} {r.reason_text}".rstrip()
            if r.fee:
                line += " · " + self.tr("fee %1").replace("%1", self.ctx.amount(r.fee, "EUR"))
            lines.append(line)
        if result.unknown:
            lines.append("")
            lines.append(self.tr("Not found or undone before:"))
            lines += [f"{ident}: {why}" for ident, why in result.unknown]
        return "\n".join(lines)

    # --- dialogs ------------------------------------------------------------------------------------
    def _choose_path(self, title: str, name: str, filter_: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filter_)
        return path or None

    def _choose_import(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the bank's rejects and returns"),
            str(Path.home()),
            self.tr("Bank files (*.xml);;All files (*)"),
        )
        return path or None

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, buttons) == QMessageBox.StandardButton.Yes
