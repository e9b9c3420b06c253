"""ListPage: a page with a read-only table whose rows an API read loads in the background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStackedWidget, QTableView, QWidget

from ardesk.views.context import AppContext
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel


def current_key(view: QTableView, model: RecordTableModel, key: Callable[[Any], object]) -> object:
    """key(record) of the view's current row (None when there is none): remembered before a reload."""
    index = view.currentIndex()
    return key(model.row_at(index.row())) if index.isValid() and index.row() < model.rowCount() else None


def select_key(view: QTableView, model: RecordTableModel, key: Callable[[Any], object], wanted: object) -> bool:
    """Make the row whose key(record) is wanted current again after a reload (False: it is gone)."""
    if wanted is None:
        return False
    row = next((i for i, r in enumerate(model.rows()) if key(r) == wanted), -1)
    if row >= 0:
        view.setCurrentIndex(model.index(row, 0))
    return row >= 0


class ListPage(Page):
    """Subclasses give columns() and fetch(params), which reads through self.ctx.company (ardesk.api);
    fetch runs on a worker thread, so it may use only its arguments and self.ctx's plain attributes,
    never a widget."""

    #: Shown instead of the table when there are no rows ("" keeps the empty table): what to do next.
    #: Mark it QT_TRANSLATE_NOOP("ListPage", "..."); it is translated in that context when shown.
    #: (object: PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the text, a str.)
    empty_text: object = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns = self.columns()
        self.model = RecordTableModel(ctx, columns, self)
        self.view = make_table(self, next((i for i, c in enumerate(columns) if c.stretch), None))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.placeholder = plain_label("", "placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # where the rows begin
        self.count_label = plain_label("", "muted")
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.placeholder)
        self._generation = 0
        self._sized = False
        self.rows_loaded = 0

    def add_table(self) -> None:
        """Put the table (or its placeholder) into the body; subclasses call it where it belongs."""
        self.body.addWidget(self._stack, 1)

    # --- to implement ---------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def params(self) -> dict[str, Any]:
        """What fetch needs from the widgets (search text, filters), read on the GUI thread."""
        return {}

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        raise NotImplementedError

    def fetch_extra(self, params: dict[str, Any]) -> Any:
        """Hook: a summary read on the same worker after the rows (None by default)."""
        return None

    def after_load(self, rows: list[Any], extra: Any) -> None:
        """Hook: update summaries once the rows (and fetch_extra's result) are in."""

    def empty_message(self) -> str:
        """The translated empty_text (subclasses may override it to say more)."""
        return QCoreApplication.translate("ListPage", str(self.empty_text)) if self.empty_text else ""

    def count_text(self, count: int) -> str:
        return self.tr("%n row(s)", "", count)

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, params = self._generation, self.params()

        def query() -> tuple[list[Any], Any]:
            return self.fetch(params), self.fetch_extra(params)

        self.loading = True
        self.ctx.runner.run(query, success=lambda result: self._arrived(generation, *result), failure=self._failed)

    def _arrived(self, generation: int, rows: list[Any], extra: Any) -> None:
        if generation != self._generation:
            return
        key, scroll = self._place()
        self.model.set_rows(rows)
        self._keep_place(key, scroll)
        if not self._sized and rows:
            fit_columns(self.view)
            self._sized = True
        self.rows_loaded = len(rows)
        self.count_label.setText(self.count_text(len(rows)))
        show_placeholder = not rows and bool(self.empty_text)
        self.placeholder.setText(self.empty_message())
        self._stack.setCurrentWidget(self.placeholder if show_placeholder else self.view)
        self.after_load(rows, extra)
        self.loading = False
        self.loaded.emit()

    def row_key(self, record: Any) -> object:
        """What names a row across reloads (its id, code or number): the selected row stays selected."""
        for name in ("id", "code", "number"):
            value = getattr(record, name, None)
            if value is not None:
                return value
        return None

    def _place(self) -> tuple[object, int]:
        """The selected row's key and the scroll position, before a reload."""
        return current_key(self.view, self.model, self.row_key), self.view.verticalScrollBar().value()

    def _keep_place(self, key: object, scroll: int) -> None:
        """After a reload (another user's change, an own one): the user's sort, selected row and scroll position."""
        header = self.view.horizontalHeader()
        if self.view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if select_key(self.view, self.model, self.row_key, key):
            self.view.verticalScrollBar().setValue(scroll)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()
