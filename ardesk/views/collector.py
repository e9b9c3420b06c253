"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection can start on whichever thread allocates, e.g. a background query on a
QThreadPool worker, and then destroy Qt wrappers (widgets, models) that live on the GUI thread: a
crash. So automatic collection is switched off and a timer on the GUI thread collects instead, with
the usual generation thresholds (the known PySide/PyQt remedy)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as gc itself would."""
        c0, c1, c2 = gc.get_count()
        if c0 > self.threshold[0]:
            gc.collect(0)
            if c1 > self.threshold[1]:
                gc.collect(1)
                if c2 > self.threshold[2]:
                    gc.collect(2)


def install(app: QObject) -> MainThreadCollector:
    """Once per application (a second call returns the first collector)."""
    found = app.findChild(MainThreadCollector)
    return found if isinstance(found, MainThreadCollector) else MainThreadCollector(app)
