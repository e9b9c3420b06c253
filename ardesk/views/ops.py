"""Long work off the GUI thread: run a callable on the thread pool, get success/failure back on the GUI thread."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Runner(QObject):
    """Runs read queries and long operations in the background (Anki's QueryOp/CollectionOp shape).

    busy(True, text) is emitted when the first job starts and busy(False, "") when the last one ends,
    so the main window can show one busy indicator for all of them. Results stay in a Python dict;
    only the job number crosses threads through Qt, so no Python object lives in a queued event."""

    busy = Signal(bool, str)
    #: A job without its own failure callback failed: the main window shows it.
    error = Signal(object)
    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None] | None]] = {}
        self._results: dict[int, tuple[bool, Any]] = {}
        self._quiet: set[int] = set()  # jobs that do not show as busy (the change watcher's polls)
        self._lock = threading.Lock()
        self._next = itertools.count(1)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def active(self) -> int:
        return len(self._callbacks)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
        text: str = "",
        quiet: bool = False,
    ) -> None:
        """Call fn() on a worker thread; then success(result) or failure(exc) on the GUI thread. A quiet job
        (a poll in the background) does not make the window show that it is busy."""
        job = next(self._next)
        self._callbacks[job] = (success, failure)
        if quiet:
            self._quiet.add(job)
        elif len(self._callbacks) - len(self._quiet) == 1:
            self.busy.emit(True, text)
        self._pool.start(lambda: self._work(job, fn))

    def _work(self, job: int, fn: Callable[[], Any]) -> None:
        """On a pool thread."""
        try:
            outcome: tuple[bool, Any] = (True, fn())
        except Exception as exc:  # every failure must reach the GUI thread (it keeps __traceback__)
            outcome = (False, exc)
        with self._lock:
            self._results[job] = outcome
        self._finished.emit(job)

    @Slot(int)
    def _deliver(self, job: int) -> None:
        with self._lock:
            ok, value = self._results.pop(job)
        success, failure = self._callbacks.pop(job)
        if job in self._quiet:
            self._quiet.discard(job)
        elif len(self._callbacks) == len(self._quiet):
            self.busy.emit(False, "")
        try:
            if ok:
                success(value)
            elif failure is not None:
                failure(value)
            else:
                self.error.emit(value)
        except RuntimeError as exc:
            # The window that asked was closed while the work ran: its result has nowhere to go.
            if "already deleted" not in str(exc):  # shows-exception-text: Qt's own, never shown
                raise

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every queued job has finished (shutdown, tests); their callbacks still need events."""
        return self._pool.waitForDone(msecs)


def run_with_progress(runner: Runner, fn: Callable[[], Any], text: str, parent: QWidget | None = None) -> Any:
    """Run fn() in the background behind a modal busy dialog and return its result (or raise its error).

    For start-up work such as creating the demo company: the window keeps painting meanwhile."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle("ardesk")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.run(fn, success=done, failure=failed, text=text)
    if not outcome:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
