"""The invoicing page's E-invoice button: the selected posted document as Peppol UBL or as a Factur-X PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from ardesk.views.context import AppContext


class _Page(Protocol):
    """What the button needs of the invoicing page (not imported: the page imports this module)."""

    ctx: AppContext

    def current_row(self) -> Any: ...

    def say(self, text: str) -> None: ...

    def warn_refusal(self, title: str, exc: BaseException, path: Path | None = None) -> None: ...


class EInvoiceButton(QPushButton):
    """ "E-invoice" with a menu of the two e-invoice forms of the selected posted invoice or credit note."""

    def __init__(self, page: _Page) -> None:
        super().__init__(self.tr("E-invoice"))
        self.page = page
        self.setToolTip(self.tr("The selected invoice as an electronic invoice (Peppol UBL or Factur-X PDF)"))
        menu = QMenu(self)
        self.ubl_action = menu.addAction(self.tr("Export e-invoice (UBL)..."), self.export_ubl)
        self.facturx_action = menu.addAction(self.tr("PDF with e-invoice (Factur-X)..."), self.save_facturx)
        self.setMenu(menu)

    def _number(self) -> str | None:
        row = self.page.current_row()
        if row is None or row.status != "posted" or not row.number:
            return None
        return row.number

    def _parent(self) -> QWidget | None:
        return self.page if isinstance(self.page, QWidget) else None

    def ask_path(self, title: str, suggested: str, filter_text: str) -> Path | None:
        """Where to save (a file dialog; tests replace QFileDialog.getSaveFileName)."""
        name, _filter = QFileDialog.getSaveFileName(self._parent(), title, str(Path.home() / suggested), filter_text)
        return Path(name) if name else None

    def export_ubl(self) -> None:
        """The selected posted document as a UBL 2.1 file in the Peppol BIS Billing 3.0 profile."""
        number = self._number()
        if number is None:
            return
        path = self.ask_path(self.tr("Export e-invoice (UBL)"), f"{number}.xml", self.tr("UBL invoices (*.xml)"))
        if path is not None:
            company = self.page.ctx.company
            self._run(lambda: company.export_ubl(number, path), number, self.tr("Exporting %1..."))

    def save_facturx(self) -> None:
        """The selected posted document as its PDF with the Factur-X XML inside."""
        number = self._number()
        if number is None:
            return
        path = self.ask_path(self.tr("PDF with e-invoice (Factur-X)"), f"{number}.pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            company = self.page.ctx.company
            self._run(lambda: company.print_facturx(number, path), number, self.tr("Printing %1..."))

    def _run(self, work: object, number: str, busy: str) -> None:
        self.page.ctx.runner.run(
            work,  # type: ignore[arg-type]
            success=lambda path: self.page.say(
                self.tr("Saved the e-invoice of %1 as %2.").replace("%1", number).replace("%2", str(path))
            ),
            failure=lambda exc: self.page.warn_refusal(self.tr("E-invoice"), exc),
            text=busy.replace("%1", number),
        )
