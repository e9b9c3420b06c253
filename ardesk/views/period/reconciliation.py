"""Receivables reconciliation (DOMAIN 9, 11.1): as of a cut-off date, per summary account the customer
transactions (the AR subledger) against the general-ledger balance, each difference with its cause, and the
aged-balance total; exported as CSV or printed as PDF off the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from ardesk.api import Reconciliation, ReconciliationLine
from ardesk.views.collections.statements import folder_problem
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import ALERT, Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
AGREES = QColor("#1d6b3a")
DIFFERS_BACKGROUND = QColor("#fbeaea")
DATE_DELAY_MS = 400
ZERO = Decimal("0.00")


def end_of_previous_month(day: dt.date) -> dt.date:
    """The cut-off a month end is reconciled on: the last day of the month before day's."""
    return day.replace(day=1) - dt.timedelta(days=1)


class ReconciliationModel(RecordTableModel):
    """The accounts: a row that differs on a pale red band with its difference and status in red and bold;
    the status of an account that agrees in green."""

    def __init__(self, ctx: AppContext, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(ctx, columns, parent)
        self.bold = QFont()
        self.bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            differs = bool(self.row_at(index.row()).difference)
            status = index.column() >= len(self.columns) - 2  # the difference and the status
            if role == Qt.ItemDataRole.ForegroundRole and status:
                return ALERT if differs else AGREES
            if role == Qt.ItemDataRole.BackgroundRole and differs:
                return QBrush(DIFFERS_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole and differs and status:
                return self.bold
        return super().data(index, role)


class DifferencesModel(RecordTableModel):
    """The differences of one account: the cause in words (its meaning as the tooltip)."""

    def __init__(self, page: ReconciliationPage) -> None:
        super().__init__(
            page.ctx,
            [
                Column(QCoreApplication.translate("DifferencesModel", "Cause"), page.cause_name),
                Column(
                    QCoreApplication.translate("DifferencesModel", "Voucher"),
                    lambda d: d.voucher or QCoreApplication.translate("DifferencesModel", "(no voucher)"),
                ),
                Column(QCoreApplication.translate("DifferencesModel", "Date"), lambda d: d.date, "date"),
                Column(QCoreApplication.translate("DifferencesModel", "Text"), page.difference_text, stretch=True),
                Column(
                    QCoreApplication.translate("DifferencesModel", "Amount"),
                    lambda d: d.amount,
                    "amount",
                    alert=lambda d: bool(d.amount),
                ),
            ],
            page,
        )
        self.page = page

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.page.cause_explanation(self.row_at(index.row()).cause)
        return super().data(index, role)


class ReconciliationPage(Page):
    """As of a cut-off date (the end of last month unless changed): one row per summary (receivable) account
    with the subledger, the GL balance and the difference; below, the selected account's differences with
    their cause; the totals and the aged-balance total in tiles, a status line, CSV and PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Receivables reconciliation"),
            self.tr(
                "Per summary account, the customer transactions against the general-ledger balance as of a date; "
                "every difference with its cause."
            ),
        )
        self.found: Reconciliation | None = None
        self.rows: list[ReconciliationLine] = []
        self.as_of = end_of_previous_month(ctx.today())
        self.folder = Path.home()
        #: Asks where to save a file: (dialog title, suggested file name, filter) -> path, None when cancelled.
        #: Tests replace it.
        self.choose_path: Callable[[str, str, str], str | None] = self._choose_path
        self._generation = 0
        self._writing = 0

        # --- toolbar --------------------------------------------------------------------------------
        self.date = DateEdit(self.as_of, ctx.language)
        self.date.setToolTip(self.tr("Reconcile the balances as of the end of this day (Ctrl+D)"))
        self.reload = QPushButton(self.tr("Check again"))
        self.reload.setToolTip(self.tr("Read the books again (F5)"))
        self.export_button = QPushButton(self.tr("Export CSV..."))
        self.export_button.setToolTip(self.tr("The reconciliation and its differences as a CSV file (Ctrl+E)"))
        self.print_button = QPushButton(self.tr("Print PDF..."))
        self.print_button.setToolTip(self.tr("The reconciliation as a PDF for the period-end file (Ctrl+P)"))
        self.toolbar.addWidget(plain_label(self.tr("As of"), "muted"))
        self.toolbar.addWidget(self.date)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.reload)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.print_button)

        # --- tiles and status -----------------------------------------------------------------------
        self.subledger_tile = Tile(self.tr("Subledger (customer transactions)"))
        self.ledger_tile = Tile(self.tr("General ledger balance"))
        self.difference_tile = Tile(self.tr("Difference"))
        self.aging_tile = Tile(self.tr("Aged-balance total"))
        tiles = QHBoxLayout()
        for tile in (self.subledger_tile, self.ledger_tile, self.difference_tile, self.aging_tile):
            tiles.addWidget(tile, 1)
        self.verdict = plain_label("", "")
        self.verdict.setWordWrap(True)

        # --- the accounts ---------------------------------------------------------------------------
        self.model = ReconciliationModel(
            ctx,
            [
                Column(self.tr("Account"), lambda r: r.account),
                Column(self.tr("Name"), lambda r: r.name, stretch=True),
                Column(self.tr("Subledger"), lambda r: r.subledger, "amount"),
                Column(self.tr("General ledger"), lambda r: r.ledger, "amount"),
                Column(self.tr("Difference"), lambda r: r.difference, "amount"),
                Column(self.tr("Status"), lambda r: self.tr("Differs") if r.difference else self.tr("Agrees")),
            ],
            self,
        )
        self.view = make_table(self, 1)
        self.view.stretch_maximum = 2000
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)

        # --- the selected account's differences -----------------------------------------------------
        self.differences_title = plain_label("", "")
        font = QFont(self.differences_title.font())
        font.setBold(True)
        self.differences_title.setFont(font)
        self.differences_model = DifferencesModel(self)
        self.differences_view = make_table(self, 3)
        self.differences_view.stretch_maximum = 2000
        self.differences_view.setModel(self.differences_model)
        self.no_differences = plain_label("", "placeholder")
        self.no_differences.setWordWrap(True)
        self.no_differences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend = plain_label("", "muted")
        self.legend.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.differences_title)
        bottom_layout.addWidget(self.differences_view, 1)
        bottom_layout.addWidget(self.no_differences, 1)
        bottom_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([170, 380])  # a book has a few summary accounts; the differences get the room
        self.body.addLayout(tiles)
        self.body.addWidget(self.verdict)
        self.body.addWidget(splitter, 1)
        self.body.addWidget(self.add_message_line())

        # --- wiring -----------------------------------------------------------------------------------
        self._date = QTimer(self)
        self._date.setSingleShot(True)
        self._date.setInterval(DATE_DELAY_MS)
        self._date.timeout.connect(self.refresh)
        self.date.dateChanged.connect(lambda _d: self._date.start())
        self.reload.clicked.connect(lambda _checked=False: self.refresh())
        self.export_button.clicked.connect(lambda _checked=False: self.export_csv())
        self.print_button.clicked.connect(lambda _checked=False: self.print_pdf())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_differences())
        QShortcut(QKeySequence("Ctrl+D"), self, self.date.setFocus)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_csv)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_pdf)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.show_differences()

    # --- words ------------------------------------------------------------------------------------
    def cause_name(self, d: Any) -> str:
        """A cause of services.reconciliation in words (an unknown one: its code in words)."""
        names = {
            "journal": self.tr("Manual journal"),
            "cross_account": self.tr("Between summary accounts"),
            "no_ledger": self.tr("No ledger posting"),
            "mismatch": self.tr("Amounts differ"),
            "rounding": self.tr("Rounding"),
        }
        cause = d if isinstance(d, str) else d.cause
        return names.get(cause) or cause.replace("_", " ").capitalize()

    def cause_explanation(self, cause: str) -> str:
        return {
            "journal": self.tr("Ledger posting without a customer transaction (manual journal)"),
            "cross_account": self.tr(
                "Settlement between customer transactions on different summary accounts, not moved in the ledger"
            ),
            "no_ledger": self.tr("Customer transaction whose voucher has no ledger line on this account"),
            "mismatch": self.tr("The voucher posted another amount to this account than its customer transactions"),
            "rounding": self.tr("Less than the smallest unit of the currency per line of the voucher"),
        }.get(cause, "")

    def difference_text(self, d: Any) -> str:
        """The voucher's text, and the customers involved."""
        if not d.customers:
            return str(d.text)
        who = self.tr("customers %1").replace("%1", ", ".join(d.customers))
        return f"{d.text} ({who})" if d.text else who

    # --- loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the reconciliation as of the date in the background."""
        self._date.stop()
        self._generation += 1
        generation, as_of, company = self._generation, self.date.value(), self.ctx.company
        self.loading = True
        self.ctx.runner.run(
            lambda: company.receivables_reconciliation(as_of),
            success=lambda found: self._arrived(generation, found),
            failure=lambda exc: self._failed(generation, exc),
            text=self.tr("Reconciling the receivables..."),
        )

    def _arrived(self, generation: int, found: Reconciliation) -> None:
        if generation != self._generation:
            return
        chosen = self.selected()
        self.found, self.as_of, self.rows = found, found.as_of, list(found.lines)
        self.model.set_rows(self.rows)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.view)
        subledger, ledger, difference = found.totals
        self.subledger_tile.set_value(self.ctx.amount(subledger))
        self.ledger_tile.set_value(self.ctx.amount(ledger))
        self.difference_tile.set_value(self.ctx.amount(difference), alert=bool(difference))
        self.aging_tile.set_value(self.ctx.amount(found.aging_total), alert=found.aging_total != subledger)
        self._show_verdict(found)
        # Keep the account looked at; else the first that differs, else the first.
        rows = self.model.rows()
        account = chosen.account if chosen else None
        row = next((i for i, r in enumerate(rows) if r.account == account), None)
        if row is None:
            row = next((i for i, r in enumerate(rows) if r.difference), 0)
        if rows:
            self.view.selectRow(row)
        self.show_differences()
        self.loading = False
        self.loaded.emit()

    def _show_verdict(self, found: Reconciliation) -> None:
        day = self.ctx.date(found.as_of)
        differing = [r.account for r in found.lines if r.difference]
        if found.balanced:
            self.verdict.setStyleSheet("color: #1d6b3a; font-weight: bold;")
            text = self.tr(
                "In balance on %1: the customer transactions agree with the general ledger on every summary "
                "account, and the aged-balance total equals them."
            )
        elif differing:
            self.verdict.setStyleSheet("color: #b42318; font-weight: bold;")
            text = self.tr(
                "Differs on %1: the customer transactions do not agree with the general ledger on %2. "
                "The differences and their causes are listed below."
            ).replace("%2", ", ".join(differing))
        else:
            self.verdict.setStyleSheet("color: #b42318; font-weight: bold;")
            text = self.tr("Differs on %1: the aged-balance total is not equal to the customer transactions.")
        self.verdict.setText(text.replace("%1", day))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.warn_refusal(self.tr("Receivables reconciliation"), exc)
        self.loaded.emit()

    # --- the selected account -----------------------------------------------------------------------
    def selected(self) -> ReconciliationLine | None:
        index = self.view.currentIndex()
        if not index.isValid() or not 0 <= index.row() < self.model.rowCount():
            return None
        row: ReconciliationLine = self.model.row_at(index.row())
        return row

    def select_account(self, account: str) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.account == account:
                self.view.selectRow(i)
                return

    def show_differences(self) -> None:
        """The selected account's differences by cause, with what the causes found mean."""
        line = self.selected()
        differences = list(line.differences) if line else []
        self.differences_model.set_rows(differences)
        if line is None:
            self.differences_title.setText(self.tr("Differences"))
            self.no_differences.setText(self.tr("Choose an account above to see its differences."))
        else:
            self.differences_title.setText(
                self.tr("Differences on %1 %2").replace("%1", line.account).replace("%2", line.name)
            )
            self.no_differences.setText(
                self.tr("No differences on %1: its customer transactions agree with the general ledger.").replace(
                    "%1", line.account
                )
                if not line.difference
                else self.tr("The difference on %1 could not be traced to vouchers.").replace("%1", line.account)
            )
        self.differences_view.setVisible(bool(differences))
        self.no_differences.setVisible(not differences)
        if differences:
            fit_columns(self.differences_view)
        causes = list(dict.fromkeys(d.cause for d in differences))
        meanings = [f"{self.cause_name(c)}: {self.cause_explanation(c)}." for c in causes if self.cause_explanation(c)]
        self.legend.setText("  ".join(meanings))
        self.legend.setVisible(bool(meanings))

    # --- files --------------------------------------------------------------------------------------
    def _choose_path(self, title: str, name: str, kinds: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, str(self.folder / name), kinds)
        return path or None

    def export_csv(self) -> None:
        """The reconciliation as CSV (Ctrl+E): asks where, then writes in the background."""
        name = self.tr("reconciliation-%1.csv").replace("%1", str(self.as_of))
        chosen = self.choose_path(
            self.tr("Export the reconciliation as"), name, self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)")
        )
        if chosen:
            self.write_csv(Path(chosen))

    def print_pdf(self) -> None:
        """The reconciliation as PDF (Ctrl+P): asks where, then prints in the background."""
        name = self.tr("reconciliation-%1.pdf").replace("%1", str(self.as_of))
        chosen = self.choose_path(self.tr("Save the reconciliation as"), name, self.tr("PDF files (*.pdf)"))
        if chosen:
            self.write_pdf(Path(chosen))

    def write_csv(self, path: Path) -> None:
        """CSV or XLSX by the name's suffix, the headings in the program's language."""
        as_of, company, language = self.as_of, self.ctx.company, self.ctx.language
        done = self.tr("Exported the reconciliation as of %1 to %2.").replace("%1", self.ctx.date(as_of))
        self._write(
            path,
            lambda: company.export_reconciliation(as_of, path, language=language),
            self.tr("Exporting the reconciliation..."),
            done.replace("%2", str(path)),
        )

    def write_pdf(self, path: Path) -> None:
        as_of, company = self.as_of, self.ctx.company
        done = self.tr("Saved the reconciliation as of %1 in %2.").replace("%1", self.ctx.date(as_of))
        self._write(
            path,
            lambda: company.print_reconciliation(as_of, path),
            self.tr("Printing the reconciliation..."),
            done.replace("%2", str(path)),
        )

    def _write(self, path: Path, work: Callable[[], Any], text: str, told: str) -> None:
        """Run work() in the background (the buttons wait meanwhile), then say told; a folder that cannot take
        the file is told before anything runs, a failure to write after."""
        problem = folder_problem(path.parent)
        if problem:
            self.warn(self.tr("Receivables reconciliation"), problem)
            return
        self.folder = path.parent
        self._busy(1)
        self.say(text)

        def done(_result: Any) -> None:
            self._busy(-1)
            self.say(told)

        def failed(exc: BaseException) -> None:
            self._busy(-1)
            self.warn_refusal(self.tr("Receivables reconciliation"), exc, path)

        self.ctx.runner.run(work, success=done, failure=failed, text=text)

    def _busy(self, step: int) -> None:
        self._writing += step
        for button in (self.export_button, self.print_button):
            button.setEnabled(self._writing == 0)
