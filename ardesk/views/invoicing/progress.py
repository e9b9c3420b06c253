"""Long invoicing runs (batch posting, recurring invoices) in the background behind a progress dialog.

The worker reports (done, total) through a callback that only stores numbers under a lock; a GUI
timer shows them. Cancel sets a flag the callback returns as False, which the services honour by
stopping at a clean point (what was done so far is complete)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ardesk.views.ops import Runner

Progress = Callable[[int, int], bool]


class ProgressRun(QObject):
    """run(work, success, failure): work(progress) runs on a worker thread; progress(done, total)
    returns False once the user pressed Cancel."""

    def __init__(self, runner: Runner, parent: QWidget, title: str, label: str, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.runner = runner
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self.cancelled = False
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(380)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)

    def progress(self, done: int, total: int) -> bool:
        """Called on the worker thread."""
        with self._lock:
            self._done, self._total = done, total
            return not self.cancelled

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
        self.dialog.setLabelText(self.tr("Stopping after the current step..."))

    def _show_progress(self) -> None:
        with self._lock:
            done, total = self._done, self._total
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def run(
        self, work: Callable[[Progress], Any], success: Callable[[Any], None], failure: Callable[[BaseException], None]
    ) -> None:
        self.dialog.show()
        self._timer.start()

        def finished(result: Any) -> None:
            self._close()
            success(result)

        def failed(exc: BaseException) -> None:
            self._close()
            failure(exc)

        self.runner.run(lambda: work(self.progress), success=finished, failure=failed, text=self.dialog.labelText())

    def _close(self) -> None:
        self._timer.stop()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
