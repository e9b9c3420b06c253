"""Export a list as an Excel workbook or a CSV file from any page: ask where, write it in the background, say so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ardesk.views.widgets.page import Page

#: What the file dialog offers, in order: the first is the default.
SUFFIXES = (".xlsx", ".csv")


class Exporter(QObject):
    """Writes ardesk.api Company.export_table files for a page. ask() shows the save dialog (Excel workbook or
    CSV, by the name typed or the filter chosen) in the folder used last; export() writes in the background
    and tells the page (its message line, else the status bar); `done` carries the file written."""

    done = Signal(Path)

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page
        self.folder = Path.home()
        self.last: Path | None = None
        self.busy = False

    def ask(self, title: str, stem: str) -> Path | None:
        """The file to write, or None when the user cancels; a name without .xlsx or .csv gets the chosen one."""
        filters = [
            QCoreApplication.translate("Exporter", "Excel workbook (*.xlsx)"),
            QCoreApplication.translate("Exporter", "CSV file for Excel (*.csv)"),
        ]
        name, chosen = QFileDialog.getSaveFileName(
            self.page, title, str(self.folder / f"{stem}.xlsx"), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in SUFFIXES:
            suffix = SUFFIXES[filters.index(chosen)] if chosen in filters else SUFFIXES[0]
            path = path.with_name(path.name + suffix)
        return path

    def export(
        self,
        what: str,
        path: Path,
        *,
        as_of: dt.date | None = None,
        customer: str | None = None,
        definition: str | None = None,
        title: str = "",
    ) -> None:
        """Write the list `what` to path in the background (the headings in the program's language)."""
        company, language = self.page.ctx.company, self.page.ctx.language
        self.folder = path.parent
        self.busy = True

        def work() -> Path:
            return company.export_table(
                what, path, as_of=as_of, customer=customer, definition=definition, language=language
            )

        def written(result: Path) -> None:
            self.busy = False
            self.last = result
            self.tell(QCoreApplication.translate("Exporter", "Saved %1.").replace("%1", str(result)))
            self.done.emit(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.page.warn_refusal(title or QCoreApplication.translate("Exporter", "Export"), exc, path)

        self.page.ctx.runner.run(
            work, success=written, failure=failed, text=QCoreApplication.translate("Exporter", "Exporting...")
        )

    def ask_and_export(self, what: str, title: str, stem: str, **kw: object) -> Path | None:
        path = self.ask(title, stem)
        if path is not None:
            self.export(what, path, title=title, **kw)  # type: ignore[arg-type]
        return path

    def tell(self, text: str) -> None:
        """Say text on the page's message line, else in the main window's status bar."""
        if getattr(self.page, "message", None) is not None and hasattr(self.page, "last_message"):
            self.page.say(text)
            return
        window = self.page.window()
        if isinstance(window, QMainWindow):
            # After the runner's busy signal has put "Ready" back in the status bar.
            QTimer.singleShot(0, lambda: window.statusBar().showMessage(text, 10000))
