"""The Customers page: debounced search, server-side sort, a lazy table, and the editor on Enter/double-click."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QStackedWidget, QWidget

from ardesk.api import CustomerInfo
from ardesk.views.context import AppContext
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.customers.import_dialog import CustomerImportDialog
from ardesk.views.customers.table_model import COLUMNS, SORTABLE, CustomerTableModel
from ardesk.views.widgets.export import Exporter
from ardesk.views.widgets.page import Page, make_table, plain_label

WIDTHS = {
    "account": 90,
    "name": 330,
    "group": 100,
    "currency": 84,
    "balance": 130,
    "credit_limit": 130,
    "language": 110,
}
SEARCH_DELAY_MS = 250


class CustomersPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Customers"), self.tr("All customers of %1").replace("%1", ctx.company_name))
        self._generation = 0
        self._select_after_load: str | None = None
        self._keep_id: int | None = None  # the selected customer, kept selected through a reload
        self.rows_loaded = 0

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search account or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.count_label = plain_label("", "muted")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.setObjectName("primary")
        self.exporter = Exporter(self)
        self.import_button = QPushButton(self.tr("Import from CSV..."))
        self.import_button.setToolTip(self.tr("Add customers from a CSV file, after a preview of every row"))
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Every customer as an Excel workbook or a CSV file"))
        self.toolbar.addWidget(self.search)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.import_button)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(self.edit_button)
        self.toolbar.addWidget(self.new_button)

        self.model = CustomerTableModel(ctx, self._fetch_rows, parent=self)
        self.view = make_table(self, stretch_column=COLUMNS.index("name"))
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column, key in enumerate(COLUMNS):
            if key in WIDTHS:
                header.resizeSection(column, WIDTHS[key])
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the ids come sorted by account
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.placeholder = plain_label("", "placeholder")  # instead of the table when no customer shows
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.placeholder)
        self.body.addWidget(self._stack)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        self.model.sort_requested.connect(lambda _key, _desc: self.refresh())
        self.view.doubleClicked.connect(self._open)
        self.view.installEventFilter(self)
        self.edit_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.new_button.clicked.connect(self.new_customer)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_customers)

    # --- loading --------------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[int]) -> list[CustomerInfo]:
        return self.ctx.company.customer_rows(ids)

    def refresh(self) -> None:
        """Fetch the ordered ids for the search and sort in the background; rows come later, lazily."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        index = self.view.currentIndex()
        if index.isValid() and self._keep_id is None:
            self._keep_id = self.model.ids()[index.row()]
        text, key, descending = self.search.text(), self.model.sort_key, self.model.descending
        company = self.ctx.company

        def query() -> list[int]:
            return company.customer_ids(text, sort=key, descending=descending)

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda ids: self._ids_arrived(generation, ids),
            failure=self._failed,
            text=self.tr("Loading customers..."),
        )

    def _ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:  # an older search answered late
            return
        scroll = self.view.verticalScrollBar().value()
        self.model.set_ids(ids)
        count = self.rows_loaded = len(ids)
        self.count_label.setText(self.tr("%n customer(s)", "", count))
        self.edit_button.setEnabled(count > 0)
        self.placeholder.setText(self.empty_text())
        self._stack.setCurrentWidget(self.view if count else self.placeholder)
        if self._select_after_load:
            self.select_account(self._select_after_load)
            self._select_after_load = None
        elif self._keep_id is not None and (row := self.model.row_of_id(self._keep_id)) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))  # another user's change: stay where you were
            self.view.verticalScrollBar().setValue(scroll)
        elif count and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._keep_id = None
        self.loading = False
        self.loaded.emit()

    def empty_text(self) -> str:
        """What to do when the list is empty: add the first customer, or search for something else."""
        if self.search.text().strip():
            return self.tr('No customer matches "%1". Check the spelling, or clear the search box.').replace(
                "%1", self.search.text().strip()
            )
        return self.tr("No customers yet. Click New customer to add your first customer.")

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def _search_now(self) -> None:
        self.refresh()

    def _keep_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """Columns that cannot be sorted in SQL keep the previous sort indicator."""
        if COLUMNS[column] not in SORTABLE:
            header = self.view.horizontalHeader()
            current = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), current)
            header.blockSignals(False)

    # --- editing --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open(self, index: QModelIndex) -> None:
        info = self.model.info(index.row()) if index.isValid() else None
        if info is None:
            return
        dialog = CustomerDialog(self.ctx, info, self)
        if dialog.exec() and dialog.saved is not None:
            self._select_after_load = dialog.saved.account

    def new_customer(self) -> None:
        dialog = CustomerDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._select_after_load = dialog.saved.account

    # --- files ----------------------------------------------------------------------------------
    def import_csv(self) -> CustomerImportDialog | None:
        """Choose a CSV file, then the preview dialog; Import there creates all its customers or none."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import customers from"), str(self.exporter.folder), self.tr("CSV files (*.csv *.txt)")
        )
        if not name:
            return None
        dialog = CustomerImportDialog(self.ctx, Path(name), self)
        self.exporter.folder = Path(name).parent
        if dialog.exec() and dialog.imported:
            self.exporter.tell(self.tr("Customers imported: %1.").replace("%1", str(dialog.imported)))
        return dialog

    def export_customers(self) -> None:
        """Every customer (the columns an import reads, and the balance) as an Excel workbook or CSV file."""
        stem = self.tr("customers-%1").replace("%1", str(self.ctx.today()))
        self.exporter.ask_and_export("customers", self.tr("Export the customers as"), stem)

    def select_account(self, account: str) -> None:
        row = self.model.row_of_id(self.ctx.company.customer_id(account))
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
