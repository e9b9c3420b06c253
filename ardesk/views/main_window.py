"""The main window: the AR home page with the navigation, the pages, the company header and the status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import Books, Company
from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.backup_actions import BackupActions
from ardesk.views.change_watch import ChangeWatcher
from ardesk.views.context import AppContext
from ardesk.views.help import INDEX, HelpWindow
from ardesk.views.navigation import PAGES, Navigation
from ardesk.views.ops import Runner
from ardesk.views.period.ledger_journal import LedgerJournalDialog
from ardesk.views.verify_books import VerifyBooks
from ardesk.views.widgets.page import Page, plain_label


class MainWindow(QMainWindow):
    """One window per open set of books. Pages are built the first time they are shown."""

    def __init__(
        self,
        books: Books,
        company: Company,
        language: str,
        runner: Runner | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.books = books
        self.language = language
        self.runner = runner or Runner(self)
        self._today = today
        self.pages: dict[str, Page] = {}
        self.ctx: AppContext | None = None
        #: Called with an exception a background job raised; the self-test replaces it.
        self.report_error: Callable[[BaseException], None] = self._show_error
        self.resize(1280, 800)

        self.navigation = Navigation()
        self.stack = QStackedWidget()
        self.company_label = plain_label("", "companyName")
        self.switcher = QComboBox()
        self.switcher.setMinimumWidth(260)
        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(plain_label("ardesk", "appName"))
        row.addSpacing(18)
        row.addWidget(self.company_label)
        row.addStretch(1)
        self.switcher_label = plain_label(self.tr("Company"), "muted")
        row.addWidget(self.switcher_label)
        row.addWidget(self.switcher)
        main = QHBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self.navigation)
        main.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(main, 1)
        self.setCentralWidget(central)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.location_label = plain_label("", "muted")
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.location_label)
        # A reader role (PostgreSQL) sees the books but every write is refused: say so before they try (issue 11).
        self.read_only = False
        self.read_only_label = plain_label(self.tr("Read only: your database role may only read these books"))
        self.read_only_label.setObjectName("readOnly")
        self.read_only_label.setStyleSheet(
            "QLabel#readOnly { color: #7a4100; background: #fff1d6; border: 1px solid #f0c36d; "
            "border-radius: 3px; padding: 1px 8px; }"
        )
        self.read_only_label.hide()
        self.statusBar().insertPermanentWidget(0, self.read_only_label)
        self.change_watch: ChangeWatcher | None = None  # reloads what another user changed
        self.statusBar().setSizeGripEnabled(False)

        self.runner.busy.connect(self._busy)
        self.runner.error.connect(lambda exc: self.report_error(exc))
        self.navigation.page_selected.connect(self.show_page)
        self.switcher.activated.connect(self._switch)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)
        self.help_window: HelpWindow | None = None
        self._owns_books = False  # books opened by this window (after a restore): closed with it
        self.backup_actions = BackupActions(self)  # the File menu: back up, restore
        self._add_ledger_menu()
        self._add_help_menu()
        self._fill_switcher(company.code)
        self.open_company(company)
        self.check_write_access()

    # --- companies --------------------------------------------------------------------------------
    def _fill_switcher(self, current: str) -> None:
        companies = self.books.companies()
        self.switcher.clear()
        for info in companies:
            self.switcher.addItem(f"{info.code} - {info.name}", info.code)
        self.switcher.setCurrentIndex(max(self.switcher.findData(current), 0))
        several = len(companies) > 1
        self.switcher.setVisible(several)
        self.switcher_label.setVisible(several)

    def _switch(self, index: int) -> None:
        code = self.switcher.itemData(index)
        if self.ctx is not None and code != self.ctx.company.code:
            self.open_company(self.books.company(code))

    def open_company(self, company: Company, page: str = "customers") -> None:
        """Show another company: the pages of the previous one are dropped and rebuilt on demand."""
        for old in self.pages.values():
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages.clear()
        if self.change_watch is not None:
            self.change_watch.stop()
        if self.ctx is not None:
            self.ctx.deleteLater()
        self.ctx = AppContext(self.books, company, self.language, self.runner, self._today, self)
        self.ctx.changed.connect(self._show_company_name)  # the Company page may rename it
        self.ctx.open_page.connect(self.show_page)  # e.g. the close checklist's Open buttons
        self.change_watch = ChangeWatcher(self, self.ctx)
        self._show_company_name()
        url = self.books.url
        where = url.database if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)
        self.location_label.setText(f"{where or ':memory:'}  |  {self.ctx.currency}")
        self.statusBar().showMessage(self.tr("Ready"))
        self.show_page(page)

    def replace_books(self, books: Books, code: str | None = None) -> None:
        """Show other books in this window (after a restore; the caller closed the previous ones): the company
        with this code if they have it, else their first."""
        self.books = books
        self._owns_books = True
        self.check_write_access()
        codes = [info.code for info in books.companies()]
        if not codes:
            self.close()
            return
        chosen = code if code in codes else codes[0]
        self._fill_switcher(chosen)
        self.open_company(books.company(chosen))
        self.backup_actions.update_enabled()

    def _show_company_name(self) -> None:
        assert self.ctx is not None
        code, name = self.ctx.company.code, self.ctx.company_name
        self.company_label.setText(f"{code}  {name}")
        title = self.tr("%1 - Accounts receivable - ardesk").replace("%1", name)
        self.setWindowTitle(title + "  " + self.tr("(read only)") if self.read_only else title)
        index = self.switcher.findData(code)
        if index >= 0:
            self.switcher.setItemText(index, f"{code} - {name}")

    def check_write_access(self) -> None:
        """Whether the books' role may write, read once per set of books in the background (a query on PostgreSQL);
        a reader role gets the read-only label in the status bar and "(read only)" in the title."""
        books = self.books

        def query() -> bool:
            return books.may_write

        def arrived(may_write: bool) -> None:
            if books is self.books:  # not books replaced meanwhile
                self.show_read_only(not may_write)

        self.runner.run(query, success=arrived, failure=lambda _exc: None, quiet=True)

    def show_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.read_only_label.setVisible(read_only)
        if self.ctx is not None:
            self._show_company_name()

    # --- pages ------------------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for a navigation key, built on first use."""
        if key not in self.pages:
            assert self.ctx is not None
            page = PAGES[key][1](self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.navigation.blockSignals(True)
        self.navigation.select(key)
        self.navigation.blockSignals(False)

    def current_key(self) -> str:
        return next((k for k, p in self.pages.items() if p is self.stack.currentWidget()), "")

    # --- help -------------------------------------------------------------------------------------
    def _add_ledger_menu(self) -> None:
        """Ledger > General journal... (the Period close page has the same button)."""
        menu = self.menuBar().addMenu(self.tr("&Ledger"))
        self.journal_action = QAction(self.tr("General journal..."), self)
        self.journal_action.triggered.connect(self.general_journal)
        menu.addAction(self.journal_action)
        menu.addSeparator()
        self.verify_books = VerifyBooks(self, menu)  # Ledger > Verify books... (issue 11)

    def general_journal(self) -> LedgerJournalDialog:
        """The general journal dialog, dated today (not blocking)."""
        assert self.ctx is not None
        dialog = LedgerJournalDialog(self.ctx, self.ctx.today(), self)
        dialog.open()
        return dialog

    def _add_help_menu(self) -> None:
        """Help > Help for this page (F1) and Help contents; the topics live in resources/help."""
        self.menuBar().setStyleSheet("QMenuBar { background: #ffffff; }")  # one white band with the header
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("Help for this page"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(self._help_for_page)
        contents = QAction(self.tr("Help contents"), self)
        contents.triggered.connect(self._help_contents)
        menu.addAction(self.help_action)
        menu.addAction(contents)
        self.addAction(self.help_action)  # F1 works with the menu bar hidden too

    def _help_for_page(self) -> None:
        self.show_help()

    def _help_contents(self) -> None:
        self.show_help(INDEX)

    def show_help(self, key: str | None = None) -> HelpWindow:
        """The help window (one per main window) on a topic: by default the current page's."""
        if self.help_window is None:
            self.help_window = HelpWindow(self.language, self)
        self.help_window.show_topic(key if key is not None else self.current_key() or INDEX)
        return self.help_window

    # --- busy and errors --------------------------------------------------------------------------
    def _busy(self, busy: bool, text: str) -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            self.statusBar().showMessage(text or self.tr("Working..."))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.statusBar().showMessage(self.tr("Ready"))
            self.unsetCursor()

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ArdeskError):
            QMessageBox.warning(self, "ardesk", message_text(exc, self.ctx.language))
        else:
            QMessageBox.critical(self, "ardesk", self.tr("Something went wrong: %1").replace("%1", repr(exc)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait(10000)  # let background reads finish before the books close
        super().closeEvent(event)
        if self._owns_books:
            self.books.close()
