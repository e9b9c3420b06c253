"""Reload what another user changed (issue 11): poll the company's change stamp while the window is in use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ardesk.views.context import AppContext

INTERVAL_MS = 5000


class ChangeWatcher(QObject):
    """Reads ctx.company.change_stamp() in the background every few seconds while the window is the active one,
    and at once when it becomes active again; a stamp other than the last one seen means someone changed the
    books, so ctx.notify_changed() makes the pages reload (the visible one now, the others when next shown).

    This program's own writes raise the stamp too; the next poll then reloads once more, which costs one read
    of the visible page and keeps its selection. (Taking the stamp as the baseline right after an own write
    could swallow another user's change made in the same moment.)"""

    def __init__(self, window: QWidget, ctx: AppContext, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(ctx)  # lives and dies with the company's context
        self.window = window
        self.ctx = ctx
        self.seen: int | None = None  # the stamp the pages last reloaded at (None: not read yet)
        self.reading = False
        self.stopped = False
        self.reloads = 0  # how often a change by someone else made the pages reload
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        window.installEventFilter(self)
        self.check()  # the baseline: what the pages are about to load
        self.timer.start()

    def stop(self) -> None:
        """No more polls (another company or other books are shown)."""
        self.stopped = True
        self.timer.stop()
        self.window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.check()  # back from another program or window: what changed meanwhile shows at once
        return False

    def _tick(self) -> None:
        if self.window.isVisible() and self.window.isActiveWindow():  # nobody looks: no reads
            self.check()

    def check(self) -> bool:
        """Read the stamp in the background (False: a read is still under way, this one is skipped)."""
        if self.reading or self.stopped:
            return False
        self.reading = True
        company = self.ctx.company
        self.ctx.runner.run(company.change_stamp, success=self._arrived, failure=self._failed, quiet=True)
        return True

    def _arrived(self, stamp: int) -> None:
        self.reading = False
        if self.seen is None:
            self.seen = stamp
        elif stamp != self.seen and not self.stopped:
            self.seen = stamp
            self.reloads += 1
            self.ctx.notify_changed()

    def _failed(self, exc: BaseException) -> None:
        # A poll that fails (the server briefly out of reach) is not worth a message: the next one tries again,
        # and a real action tells the user what is wrong.
        self.reading = False
