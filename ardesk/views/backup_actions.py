"""File > Back up books... and Restore from backup... of the main window (Company.backup, Books.restore)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ardesk.api import ArdeskError, Books, RestoreResult
from ardesk.i18n import message_text
from ardesk.views.ops import run_with_progress

#: What the file dialogs offer for backups.
BACKUP_SUFFIX = ".db"


class BackupActions(QObject):
    """Adds the File menu to a main window. A backup is written in the background while the books stay open;
    a restore asks first, closes the books, puts the checked backup in place (the books it replaces are kept
    beside them) and opens the restored books in the same window. On PostgreSQL both are off: the server's
    own tools back it up."""

    def __init__(self, window: Any) -> None:
        """window: the ardesk.views.main_window.MainWindow (not imported: it imports this module)."""
        super().__init__(window)
        self.window = window
        #: Replaced in tests: (title, text) -> whether the user confirms the restore.
        self.confirm = self._confirm
        #: Replaced in tests: (title, text) -> None, a message to the user.
        self.inform = self._inform
        self.folder: Path | None = None
        self.last_backup: Path | None = None
        self.last_restore: RestoreResult | None = None
        menu = window.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("Back up books..."), self)
        self.backup_action.triggered.connect(self.ask_backup)
        self.restore_action = QAction(self.tr("Restore from backup..."), self)
        self.restore_action.triggered.connect(self.ask_restore)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        self.menu = menu
        self.update_enabled()

    # --- where the books are -----------------------------------------------------------------------------
    def books_file(self) -> Path | None:
        """The SQLite file of the open books; None on PostgreSQL or in memory."""
        url = self.window.books.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database)

    def update_enabled(self) -> None:
        on_file = self.books_file() is not None
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(on_file)
            action.setToolTip(
                "" if on_file else self.tr("Books on a PostgreSQL server are backed up with the server's tools")
            )

    # --- back up -----------------------------------------------------------------------------------------
    def ask_backup(self) -> None:
        books = self.books_file()
        if books is None:
            return
        today = self.window.ctx.today() if self.window.ctx is not None else None
        folder = self.folder or books.parent
        suggested = folder / f"{books.stem}-{self.tr('backup')}-{today}{BACKUP_SUFFIX}"
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up the books to"),
            str(suggested),
            self.tr("ardesk backups (*.db *.bak);;All files (*)"),
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, path: Path) -> None:
        """Write the backup in the background; the books stay open and in use meanwhile."""
        ctx = self.window.ctx
        assert ctx is not None
        company = ctx.company
        self.folder = path.parent

        def done(written: Path) -> None:
            self.last_backup = written
            self.window.statusBar().showMessage(self.tr("Backed up the books to %1.").replace("%1", str(written)))

        def failed(exc: BaseException) -> None:
            self._refused(self.tr("Back up books"), exc)

        ctx.runner.run(lambda: company.backup(path), success=done, failure=failed, text=self.tr("Backing up..."))

    # --- restore -----------------------------------------------------------------------------------------
    def ask_restore(self) -> None:
        books = self.books_file()
        if books is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore the books from"),
            str(self.folder or books.parent),
            self.tr("ardesk backups (*.db *.bak);;All files (*)"),
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, backup: Path) -> RestoreResult | None:
        """Ask, close the books, restore, open the restored books; on a refusal the books open again as they
        were."""
        target = self.books_file()
        if target is None:
            return None
        question = self.tr(
            "Replace the books in %1 with the backup %2?\n\nEverything entered since that backup was made is "
            "no longer in the books. The books as they are now are kept beside them as a copy."
        )
        if not self.confirm(
            self.tr("Restore from backup"), question.replace("%1", str(target)).replace("%2", str(backup))
        ):
            return None
        window = self.window
        window.runner.wait()
        old = window.books
        code = window.ctx.company.code if window.ctx is not None else None
        old.close()
        result: RestoreResult | None = None
        try:
            result = run_with_progress(
                window.runner, lambda: Books.restore(backup, target), self.tr("Restoring the books..."), window
            )
        except (ArdeskError, OSError) as exc:
            self._refused(self.tr("Restore from backup"), exc)
        try:
            reopened = Books.open(target)
        except ArdeskError as exc:  # the books cannot be opened again: nothing more this window can show
            self._refused(self.tr("Restore from backup"), exc)
            window.close()
            return result
        window.replace_books(reopened, code)
        if result is not None:
            self.last_restore = result
            text = self.tr("The books were restored from %1.").replace("%1", str(backup))
            if result.kept is not None:
                text += "\n" + self.tr("The books they replaced are kept in %1.").replace("%1", str(result.kept))
            self.inform(self.tr("Restore from backup"), text)
        return result

    # --- messages ----------------------------------------------------------------------------------------
    def _refused(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, ArdeskError):
            self.inform(title, message_text(exc, self.window.language))
        elif isinstance(exc, OSError):
            self.inform(title, f"{exc.filename or ''}: {exc.strerror or exc}")
        else:
            self.window.report_error(exc)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)
