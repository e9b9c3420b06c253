"""The Credit and collections workspace (DOMAIN 5.1-5.3, 5.6): aging tiles and chart, the customers with an
overdue balance as of a date (a lazy list), and the selected customer's details and actions below."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from ardesk.api import CollectionList, CollectionRow, CollectionSummary
from ardesk.views.collections.actions import CollectionActions
from ardesk.views.collections.chart import AgingChart, Bar
from ardesk.views.collections.detail import CustomerDetail
from ardesk.views.collections.table_model import CollectionsTableModel, bucket_caption
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.widgets.page import Page, make_table, plain_label

__all__ = ["CollectionsPage", "Tile"]

#: Labels of the default aging definition (services.chart.DEFAULT_AGING), for the Dutch UI.
BUCKET_LABELS = (QT_TRANSLATE_NOOP("Aging", "Current"), QT_TRANSLATE_NOOP("Aging", "Over 90"))
SEARCH_DELAY_MS = 250
#: The sort arrow above the heading, not over it: right-aligned amount headings end where the arrow sits.
HEADER_STYLE = """
QHeaderView::section { padding-top: 7px; }
QHeaderView::up-arrow, QHeaderView::down-arrow { subcontrol-origin: padding; subcontrol-position: top center;
                                                 width: 7px; height: 5px; top: 1px; }
"""


class CollectionsPage(Page):
    """As of a date (today unless changed): tiles with the company's aged balances, a bar chart of the same
    buckets (a click filters the list to that bucket), the customers with an overdue balance (filter box,
    sort by any column, loaded page by page) and, below, the selected customer (CustomerDetail).

    The figures come from the aging definition's stored snapshot when it was taken for that date (fast on
    big books; "Refresh snapshot" takes it again), else they are computed for the date."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Credit and collections"), "")
        self.as_of = ctx.today()
        self.summary: CollectionSummary | None = None
        self.bucket: int | None = None
        self.rows_loaded = 0
        self.tiles: list[Tile] = []
        self._generation = 0
        self._need_summary = True
        self._select_after_load: int | None = None

        # --- toolbar --------------------------------------------------------------------------------
        self.date = DateEdit(self.as_of, ctx.language)
        self.date.setToolTip(self.tr("Aged balances as of this date (Ctrl+D)"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter account or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.count_label = plain_label("", "muted")
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setChecked(True)
        self.overdue_only.setToolTip(self.tr("Off: every customer with an open balance"))
        self.bucket_button = QPushButton()
        self.bucket_button.setToolTip(self.tr("Show every bucket again"))
        self.bucket_button.hide()
        self.snapshot_button = QPushButton(self.tr("Refresh snapshot"))
        self.snapshot_button.setToolTip(
            self.tr("Store the aging as of this date, so the list opens fast on big books and shows these figures")
        )
        self.toolbar.addWidget(plain_label(self.tr("As of"), "muted"))
        self.toolbar.addWidget(self.date)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.search)
        self.toolbar.addWidget(self.overdue_only)
        self.toolbar.addWidget(self.bucket_button)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.snapshot_button)

        # --- tiles and chart ------------------------------------------------------------------------
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(8)
        self.chart = AgingChart()
        self.chart.hint = self.tr("Click to list the customers with an amount in this bucket")
        self.chart.setToolTip("")
        band = QHBoxLayout()
        band.setSpacing(10)
        band.addLayout(self.tile_grid, 5)
        band.addWidget(self.chart, 6)
        self.body.addLayout(band)

        # --- the list -------------------------------------------------------------------------------
        self.model = CollectionsTableModel(ctx, self._fetch_rows, page_size=100, parent=self)
        self.view = make_table(self, stretch_column=1)
        self.view.stretch_maximum = 300
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.installEventFilter(self)
        self.view.horizontalHeader().setStyleSheet(HEADER_STYLE)
        self.view.horizontalHeader().setResizeContentsPrecision(100)  # fitting reads the first page, not all
        self._sized = False

        self.detail = CustomerDetail(ctx)
        self.commands = CollectionActions(self.detail, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([500, 400])
        self.body.addWidget(self.splitter, 1)

        # --- wiring ---------------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.refresh)
        self.date.dateChanged.connect(lambda _d: self._date_changed())
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.bucket_button.clicked.connect(lambda: self.set_bucket(None))
        self.chart.bucket_clicked.connect(lambda i: self.set_bucket(i if i >= 0 else None))
        self.snapshot_button.clicked.connect(self.refresh_snapshot)
        self.model.sort_requested.connect(lambda _key, _desc: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._row_changed(current.row()))
        self.detail.leave.connect(self.view.setFocus)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+D"), self, self.date.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.commands.log("call"))
        self.commands.log_button.setToolTip(self.tr("Log a call (Ctrl+L), a note, a promise to pay or a dispute"))

    # --- filters ----------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _date_changed(self) -> None:
        self.as_of = self.date.value()
        self._need_summary = True
        self._debounce.start()

    def set_as_of(self, day: dt.date) -> None:
        self.date.setDate(day)  # type: ignore[arg-type]
        self.as_of = day
        self._need_summary = True
        self.refresh()

    def set_bucket(self, index: int | None) -> None:
        """Only the customers with an amount in this bucket (a click on its bar); None: every bucket."""
        self.bucket = index
        self.chart.set_selected(index)
        if index is not None and self.summary is not None and index < len(self.summary.buckets):
            caption = bucket_caption(self.summary.buckets[index][0])
            self.bucket_button.setText(self.tr("Bucket: %1  ✕").replace("%1", caption))
        self.bucket_button.setVisible(index is not None)
        self.refresh()

    def days_overdue(self, row: CollectionRow) -> int | None:
        """Days the customer's oldest overdue item is past due, as of the page's date."""
        return self.model.days_overdue(row)

    # --- loading ----------------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[int]) -> list[CollectionRow]:
        return self.ctx.company.collection_rows(ids, self.model.as_of)

    def reload(self) -> None:
        """Read everything again (F5): the summary too."""
        self._need_summary = True
        self.refresh()

    def _on_changed(self) -> None:
        self._need_summary = True  # the books changed: the totals may have
        super()._on_changed()

    def refresh(self) -> None:
        """The ids for the date, filter and sort (and the summary when the date or the books changed) in the
        background; the rows come later, a page at a time."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        current = self.current_row()
        if current is not None and self._select_after_load is None:
            self._select_after_load = current.id
        as_of, text, overdue_only = self.as_of, self.search.text(), self.overdue_only.isChecked()
        bucket, key, descending = self.bucket, self.model.sort_key, self.model.descending
        summary, company = self._need_summary, self.ctx.company

        def query() -> CollectionList:
            return company.collection_list(
                as_of,
                text=text,
                overdue_only=overdue_only,
                bucket=bucket,
                sort=key,
                descending=descending,
                summary=summary,
            )

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda found: self._arrived(generation, as_of, found),
            failure=self._failed,
            text=self.tr("Loading the collections list..."),
        )

    def _arrived(self, generation: int, as_of: dt.date, found: CollectionList) -> None:
        if generation != self._generation:  # an older request answered late
            return
        if found.summary is not None or self._need_summary:
            self._need_summary = False
            self.show_summary(found.summary)
        self.model.as_of = as_of
        self.model.set_ids(found.ids)
        if found.ids and not self._sized:
            self.size_columns()
            self._sized = True
        count = self.rows_loaded = len(found.ids)
        self.count_label.setText(
            self.tr("%n customer(s)", "", count) if count else self.tr("Nothing to collect on this date.")
        )
        header = self.view.horizontalHeader()
        column = self.model.sort_column()
        if column >= 0:
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        wanted = self._select_after_load
        self._select_after_load = None
        row = self.model.row_of_id(wanted) if wanted is not None else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            index = self.model.index(row, 0)
            if self.view.currentIndex().row() == row:
                self._row_changed(row)  # the same row, but its figures may have changed
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.detail.set_empty()
            self.commands.update_buttons()
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def current_row(self) -> CollectionRow | None:
        index = self.view.currentIndex()
        return self.model.info(index.row()) if index.isValid() else None

    def _row_changed(self, row: int) -> None:
        info = self.model.info(row) if row >= 0 else None
        if info is None:
            self.detail.set_empty()
            self.commands.update_buttons()
            return
        self.detail.load(info, self.model.as_of)

    def select_account(self, account: str) -> bool:
        """Make the customer the current row, if it is in the list."""
        row = self.model.row_of_id(self.ctx.company.customer_id(account))
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0

    # --- the summary ------------------------------------------------------------------------------
    def show_summary(self, summary: CollectionSummary | None) -> None:
        self.summary = summary
        labels = summary.labels if summary is not None else ()
        if labels != self.model.labels:
            self.model.set_labels(labels)
            self._sized = False
        if summary is None:
            self.set_title(self.tr("Credit and collections"), self.tr("There is no aging definition."))
            self._set_tiles([])
            self.chart.set_bars([])
            return
        source = (
            self.tr("computed now")
            if summary.snapshot_taken_on is None
            else self.tr("from the snapshot taken on %1").replace("%1", self.ctx.date(summary.snapshot_taken_on))
        )
        self.set_title(
            self.tr("Credit and collections"),
            self.tr("Aged balances as of %1, in %2: %3 overdue at %n customer(s); %4", "", summary.overdue_customers)
            .replace("%1", self.ctx.date(summary.as_of))
            .replace("%2", self.ctx.currency)
            .replace("%3", self.ctx.amount(summary.overdue))
            .replace("%4", source),
        )
        captions = [bucket_caption(label) for label in labels]
        amounts = [amount for _, amount in summary.buckets]
        tiles = [(c, a, i > 0 and a > 0) for i, (c, a) in enumerate(zip(captions, amounts, strict=True))]
        self._set_tiles([*tiles, (self.tr("Total open"), summary.total, False)])
        self.chart.set_bars([Bar(c, a, self.ctx.amount(a)) for c, a in zip(captions, amounts, strict=True)])
        if self.bucket is not None and self.bucket >= len(labels):
            self.bucket = None
            self.bucket_button.hide()
        self.chart.set_selected(self.bucket)

    def _set_tiles(self, values: list[tuple[str, object, bool]]) -> None:
        if [t.caption.text() for t in self.tiles] != [caption for caption, _, _ in values]:
            for tile in self.tiles:
                self.tile_grid.removeWidget(tile)
                tile.deleteLater()
            self.tiles = [Tile(caption, self) for caption, _, _ in values]
            per_row = max(1, (len(values) + 1) // 2)
            for i, tile in enumerate(self.tiles):
                self.tile_grid.addWidget(tile, i // per_row, i % per_row)
        for tile, (_, amount, alert) in zip(self.tiles, values, strict=True):
            tile.set_value(self.ctx.amount(amount), alert=alert)  # type: ignore[arg-type]

    def size_columns(self, sample: int = 60) -> None:
        """Each column as wide as its heading or the widest of the first rows (not the whole list: it loads
        page by page), the name taking what is left. Tighter than Qt's fit, which reserves room for a sort
        arrow beside every heading (ours sits above it)."""
        heading = QFontMetrics(self.view.horizontalHeader().font())
        header = self.view.horizontalHeader()
        rows = range(min(sample, self.model.rowCount()))
        for column, key in enumerate(self.model.columns):
            if key == "name":
                # The list scrolls sideways anyway (more so in Dutch): the names get their width, up to a cap,
                # rather than being squeezed to the stretch minimum.
                names = [self.view.sizeHintForIndex(self.model.index(row, column)).width() for row in rows]
                self.view.stretch_minimum = min(self.view.stretch_maximum, max(160, *names, 0))
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            cells = [self.view.sizeHintForIndex(self.model.index(row, column)).width() for row in rows]
            header.resizeSection(column, min(220, max(heading.horizontalAdvance(title) + 14, *cells, 0)))
        self.view.fill_width()

    # --- snapshot ---------------------------------------------------------------------------------
    def refresh_snapshot(self) -> None:
        """Store the aging as of the page's date as the default definition's snapshot, in the background."""
        company, as_of, today = self.ctx.company, self.as_of, self.ctx.today()
        self.snapshot_button.setEnabled(False)

        def done(_result: object) -> None:
            self.snapshot_button.setEnabled(True)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.snapshot_button.setEnabled(True)
            self.ctx.runner.error.emit(exc)

        self.ctx.runner.run(
            lambda: company.take_aging_snapshot(as_of, taken_on=today, include_zero=True),
            success=done,
            failure=failed,
            text=self.tr("Taking the aging snapshot..."),
        )

    # --- keyboard ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.detail.focus_items()
            return True
        return super().eventFilter(watched, event)
