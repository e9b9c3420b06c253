"""Ledger > Verify books... of the main window (issue 11): the books file's integrity check and every company's
voucher hash chain (Books.verify), run in the background; the result told in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ardesk.api import ArdeskError, ChainProblem, Verification
from ardesk.i18n import message_text


class VerifyBooks(QObject):
    """The "Verify books..." action: Books.verify on the runner, then a message saying the books are whole
    (how many vouchers in how many companies) or naming, per company, the first voucher changed outside ardesk
    and what SQLite found wrong with the file."""

    def __init__(self, window: Any, menu: QMenu) -> None:
        """window: the ardesk.views.main_window.MainWindow (not imported: it imports this module)."""
        super().__init__(window)
        self.window = window
        #: Replaced in tests: (title, text, whole) -> None, the result shown to the user.
        self.inform = self._inform
        self.last_text = ""
        self.last_result: Verification | None = None
        self.running = False
        self.action = QAction(self.tr("Verify books..."), self)
        self.action.setToolTip(self.tr("Check that nothing in the books was changed outside ardesk"))
        self.action.triggered.connect(lambda _checked=False: self.start())
        menu.addAction(self.action)

    def start(self) -> None:
        """Verify the open books in the background (the menu action)."""
        if self.running:
            return
        self.running = True
        self.action.setEnabled(False)
        books = self.window.books
        self.window.runner.run(
            books.verify, success=self._done, failure=self._failed, text=self.tr("Verifying the books...")
        )

    def _done(self, result: Verification) -> None:
        self._finish()
        self.last_result = result
        self.last_text = self.result_text(result)
        self.inform(self.tr("Verify books"), self.last_text, result.whole)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, ArdeskError):
            self.window.runner.error.emit(exc)
            return
        self.last_text = self.tr("The books could not be verified: %1").replace(
            "%1", message_text(exc, self.window.language)
        )
        self.inform(self.tr("Verify books"), self.last_text, False)

    def _finish(self) -> None:
        self.running = False
        self.action.setEnabled(True)

    # --- the texts ---------------------------------------------------------------------------------------------
    def result_text(self, result: Verification) -> str:
        if result.whole:
            return (
                self.tr("The books are whole: %1 vouchers in %2 companies verified.")
                .replace("%1", str(result.vouchers))
                .replace("%2", str(result.companies))
            )
        lines = [self.tr("The books were changed outside ardesk. Do not post any more; restore the last good backup.")]
        lines += [self.problem_text(problem) for problem in result.chain]
        if result.file:
            lines.append(self.tr("SQLite found the books file damaged:"))
            lines += result.file[:20]  # SQLite's own technical lines (not translatable)
        return "\n".join(lines)

    def problem_text(self, problem: ChainProblem) -> str:
        """A break in a company's hash chain in words, with the voucher it names."""
        texts = {
            "altered": self.tr("%1: voucher %2 was changed outside ardesk (its lines no longer match its hash)."),
            "added": self.tr("%1: voucher %2 was added outside ardesk (it has no place in the chain)."),
            "removed": self.tr("%1: a voucher before %2 was removed outside ardesk (the chain has a gap)."),
            "head": self.tr(
                "%1: the last vouchers were removed outside ardesk (the company's record says its chain holds %3)."
            ),
        }
        text = texts.get(problem.kind, self.tr("%1: the chain breaks at voucher %2."))
        seq = "" if problem.seq is None else str(problem.seq)
        return text.replace("%1", problem.company).replace("%2", problem.voucher).replace("%3", seq)

    def _inform(self, title: str, text: str, whole: bool) -> None:
        if whole:
            QMessageBox.information(self.window, title, text)
        else:
            QMessageBox.warning(self.window, title, text)
