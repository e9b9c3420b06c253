"""ProposalPage: the base of the collection letter and interest note pages (DOMAIN 5.4, 5.5).

The run box on top, state tabs, the documents over the lines of the current one, and actions that work on the
selected documents (or every one shown) in the background."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.collections.batch import BatchRun, Outcome
from ardesk.views.collections.inputs import DateQuestion, customer_list
from ardesk.views.collections.run_box import RunBox
from ardesk.views.context import AppContext
from ardesk.views.invoicing.page import TAB_STYLE
from ardesk.views.invoicing.progress import ProgressRun
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel


class ProposalPage(Page):
    """Subclasses give the columns, the states, the run fields and the calls; see letters.py, interest.py."""

    #: Field names of the run as the API names them: the date, the customers.
    date_field = "date"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview_folder = Path(tempfile.gettempdir()) / "ardesk-preview"
        self.rows_loaded = 0
        self.names: dict[str, str] = {}
        self._generation = 0
        self._select_after_load: str | None = None
        self._sized = False

        # --- the run ----------------------------------------------------------------------------------
        self.run_box = RunBox(ctx, self.run_title(), self.date_label(), self.date_field, self.run_label())
        self.run_errors = self.run_box.errors
        self.run_date, self.customers, self.run_button = self.run_box.date, self.run_box.customers, self.run_box.button
        self.customers.returnPressed.connect(self.run_proposals)
        self.run_button.clicked.connect(lambda _checked=False: self.run_proposals())
        self.add_run_fields(self.run_box.first, self.run_box.second)
        run_column = QVBoxLayout()
        run_column.setSpacing(4)
        run_column.addWidget(self.run_box)
        run_column.addWidget(self.run_errors.general)
        self.toolbar.addLayout(run_column, 1)

        # --- state tabs and actions ---------------------------------------------------------------------
        self.tabs = QTabBar()
        self.tabs.setObjectName("statusTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setStyleSheet(TAB_STYLE)
        self.state_keys = [key for key, _label in self.states()]
        for _key, label in self.states():
            self.tabs.addTab(label)
        self.count_label = plain_label("", "muted")
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs)
        tabs_row.addStretch(1)
        tabs_row.addWidget(self.count_label)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(6)

        # --- documents over lines -------------------------------------------------------------------------
        columns = self.columns()
        self.model = RecordTableModel(ctx, columns, self)
        self.view = make_table(self, next((i for i, c in enumerate(columns) if c.stretch), None))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        line_columns = self.line_columns()
        self.line_model = RecordTableModel(ctx, line_columns, self)
        self.line_view = make_table(self, next((i for i, c in enumerate(line_columns) if c.stretch), None))
        self.line_view.setModel(self.line_model)
        self.lines_title = plain_label("", "sectionTitle")
        self.lines_title.setStyleSheet("font-weight: bold;")
        self.lines_note = plain_label("", "muted")
        self.lines_note.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.lines_title)
        lower_layout.addWidget(self.line_view, 1)
        lower_layout.addWidget(self.lines_note)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.totals_label = plain_label("", "")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_message_line()
        self.hint = plain_label(self.keys_hint(), "muted")
        footer = QHBoxLayout()
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.totals_label)
        self.body.addLayout(tabs_row)
        self.body.addLayout(self.action_row)
        self.body.addWidget(self.splitter, 1)
        self.body.addLayout(footer)
        self.body.addWidget(self.message)

        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.line_view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.view.doubleClicked.connect(lambda _index: self.preview_selected())
        self.view.installEventFilter(self)
        QShortcut(QKeySequence("F5"), self, self.run_proposals)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_selected)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.post_selected)

    # --- to give --------------------------------------------------------------------------------------------
    def run_title(self) -> str:
        raise NotImplementedError

    def run_label(self) -> str:
        raise NotImplementedError

    def date_label(self) -> str:
        raise NotImplementedError

    def add_run_fields(self, first: QFormLayout, second: QFormLayout) -> None:
        """Hook: more rows of the run's two columns (add them with self.run_errors.add_row)."""

    def keys_hint(self) -> str:
        return self.tr("F5: run.  Enter: preview.  Delete: cancel a proposal.  Ctrl+P: print.  Ctrl+Enter: post.")

    def states(self) -> Sequence[tuple[str | None, str]]:
        raise NotImplementedError

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def line_columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def fetch(self, state: str | None) -> list[Any]:
        """The documents in this state (None: all); runs on a worker thread."""
        raise NotImplementedError

    def make_proposals(self, params: dict[str, Any]) -> list[Any]:
        """The run itself, on a worker thread; params from run_params()."""
        raise NotImplementedError

    def run_params(self) -> dict[str, Any]:
        return {"date": self.run_date.value(), "customers": customer_list(self.customers.text())}

    def lines_of(self, record: Any) -> Sequence[Any]:
        return record.lines

    def show_record(self, record: Any | None) -> None:
        """Hook: the lines title and note of the current document."""

    def summary(self, records: list[Any]) -> str:
        return ""

    def count_text(self, count: int) -> str:
        return self.tr("%n document(s)", "", count)

    def print_one(self, number: str, path: Path, mark_printed: bool) -> None:
        raise NotImplementedError

    def update_actions(self) -> None:
        """Hook: enable the actions for the selection."""

    # --- asking (tests replace these) -----------------------------------------------------------------------
    def ask_date(self, title: str, text: str, day: dt.date, ok_text: str) -> dt.date | None:
        dialog = DateQuestion(title, text, day, ok_text, self.ctx.language, self)
        return dialog.date.value() if dialog.exec() else None

    def ask_yes(self, title: str, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, yes | no, no) == yes

    def ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the PDFs in"), str(Path.home()))
        return Path(folder) if folder else None

    def open_file(self, path: Path) -> None:
        self.say(self.tr("Opened %1.").replace("%1", str(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def report(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # --- loading ---------------------------------------------------------------------------------------------
    @property
    def state(self) -> str | None:
        return self.state_keys[max(self.tabs.currentIndex(), 0)]

    def set_state(self, state: str | None) -> None:
        index = self.state_keys.index(state)
        if index == self.tabs.currentIndex():
            self.refresh()
        else:
            self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        self._generation += 1
        generation, state, known = self._generation, self.state, dict(self.names)
        current = self.current()
        if current is not None and self._select_after_load is None:
            self._select_after_load = current.number
        company = self.ctx.company

        def query() -> tuple[list[Any], dict[str, str]]:
            records = self.fetch(state)
            for account in {r.customer for r in records} - known.keys():  # only the new ones: books may be big
                choice = company.customer_choice(account)
                known[account] = choice.name if choice is not None else ""
            return records, known

        self.loading = True
        self.ctx.runner.run(query, success=lambda found: self._arrived(generation, *found), failure=self._failed)

    def _arrived(self, generation: int, records: list[Any], names: dict[str, str]) -> None:
        if generation != self._generation:
            return
        self.names = names
        self.model.set_rows(records)
        self.rows_loaded = len(records)
        if records and not self._sized:
            fit_columns(self.view)
            self._sized = True
        self.count_label.setText(self.count_text(len(records)))
        self.totals_label.setText(self.summary(records))
        numbers = [r.number for r in records]
        wanted = self._select_after_load
        row = numbers.index(wanted) if wanted in numbers else (0 if records else -1)
        self._select_after_load = None
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._selection_changed()
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    # --- selection ---------------------------------------------------------------------------------------------
    def current(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def targets(self, states: Sequence[str]) -> list[Any]:
        """The selected documents in these states; with nothing selected, every such document shown."""
        chosen = self.selected() or self.model.rows()
        return [r for r in chosen if r.state in states]

    def select_numbers(self, numbers: Sequence[str]) -> None:
        """Select these documents (tests, keyboard users after a run)."""
        self.view.clearSelection()
        flags = self.view.selectionModel().SelectionFlag
        for row, record in enumerate(self.model.rows()):
            if record.number in numbers:
                self.view.selectionModel().select(self.model.index(row, 0), flags.Select | flags.Rows)
                self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        self._selection_changed()

    def _selection_changed(self) -> None:
        record = self.current()
        self.line_model.set_rows(self.lines_of(record) if record is not None else [])
        if record is not None:
            fit_columns(self.line_view)
        self.show_record(record)
        self.update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.preview_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.cancel_selected()
                return True
        return super().eventFilter(watched, event)

    # --- messages --------------------------------------------------------------------------------------------
    def fail(self, exc: BaseException) -> None:
        if isinstance(exc, ArdeskError):
            self.say(message_text(exc, self.ctx.language))
            self.report(self.title_label.text(), message_text(exc, self.ctx.language))
        else:
            self.ctx.runner.error.emit(exc)

    # --- the run ---------------------------------------------------------------------------------------------
    def run_proposals(self) -> None:
        """Create the proposals in the background; a ValidationError shows beside the run field it names."""
        self.run_errors.clear()
        try:
            params = self.run_params()
        except ValidationError as exc:
            self.run_errors.show(exc)
            return
        run = ProgressRun(self.ctx.runner, self, self.run_box.title(), self.run_label() + "...", cancellable=False)
        run.run(lambda _progress: self.make_proposals(params), self._created, self._run_failed)

    def _created(self, records: list[Any]) -> None:
        self.say(self.tr("Proposals made: %1.").replace("%1", str(len(records))) if records else self.no_proposals())
        self._select_after_load = records[0].number if records else None
        self.set_state("created")
        self.ctx.notify_changed()

    def no_proposals(self) -> str:
        return self.tr("Nothing to propose on this date.")

    def _run_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.run_errors.show(exc)
        elif isinstance(exc, ArdeskError):
            self.run_errors.general.setText(message_text(exc, self.ctx.language))
            self.run_errors.general.show()
        else:
            self.ctx.runner.error.emit(exc)

    # --- acting on documents ---------------------------------------------------------------------------------
    def run_each(
        self, numbers: list[str], work: Callable[[str], object], title: str, label: str, done: Callable[[Outcome], None]
    ) -> None:
        """work(number) for each document in the background (batch.BatchRun); then done(outcome) and a reload."""

        def finished(outcome: Outcome) -> None:
            done(outcome)
            self.ctx.notify_changed()

        self.batch = BatchRun(self.ctx.runner, self, title, label, self.ctx.language)
        self.batch.run(numbers, work, finished, self.fail)

    def finish_each(self, title: str, outcome: Outcome, done_text: str) -> None:
        text = self.batch.outcome_text(outcome, done_text)
        self.say(text)
        if outcome[1]:
            self.report(title, text)

    def preview_selected(self) -> None:
        """The current document as a PDF in the system's viewer (not marked printed)."""
        record = self.current()
        if record is None:
            return
        path = self.preview_folder / f"{record.number}.pdf"

        def work() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.print_one(record.number, path, False)
            return path

        self.ctx.runner.run(work, success=self.open_file, failure=self.fail)

    def print_selected(self) -> None:
        """Each selected document (or every one shown) as NUMBER.pdf in a folder; they are marked printed."""
        records = self.selected() or self.model.rows()
        if not records:
            return
        folder = self.ask_folder()
        if folder is None:
            return
        title = self.tr("Print")
        self.run_each(
            [r.number for r in records],
            lambda n: self.print_one(n, folder / f"{n}.pdf", True),
            title,
            self.tr("Printing %1 documents...").replace("%1", str(len(records))),
            lambda o: self.finish_each(title, o, self.tr("Saved %1 PDFs in %2.").replace("%2", str(folder))),
        )

    def cancel_selected(self) -> None:
        raise NotImplementedError

    def post_selected(self) -> None:
        raise NotImplementedError

    def action(self, text: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if tip:
            button.setToolTip(tip)
        self.action_row.addWidget(button)
        return button
