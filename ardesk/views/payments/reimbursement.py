"""Refunds (DOMAIN 4.12): preview which customers with a credit balance a reimbursement run refunds,
post the run, then write the refunds into a SEPA credit transfer file (pain.001) for the bank."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ArdeskError, Document, RefundCandidate, ValidationError
from ardesk.i18n import field_message, parse_amount
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
RELOAD_DELAY_MS = 300
ZERO = Decimal("0.00")
#: The primary button's look when it cannot be pressed (the theme styles only the enabled one).
DISABLED_PRIMARY = "QPushButton#primary:disabled { background: #c9d3df; border-color: #c9d3df; color: #f6f7f9; }"


class CandidatesModel(RecordTableModel):
    """The preview with a tick box in the first column for the customers the run would refund (all of
    them until unticked; an unticked customer stays unticked when the preview is read again); a customer
    left out shows why in red."""

    def __init__(self, ctx: AppContext, columns: list[Column], parent: Any = None) -> None:
        super().__init__(ctx, columns, parent)
        self.unticked: set[str] = set()

    def is_ticked(self, row: RefundCandidate) -> bool:
        return row.skip is None and row.customer not in self.unticked

    def chosen(self) -> list[RefundCandidate]:
        return [r for r in self.rows() if self.is_ticked(r)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and self.row_at(index.row()).skip is None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if index.column() == 0:
            if role == Qt.ItemDataRole.CheckStateRole and row.skip is None:
                return Qt.CheckState.Checked if self.is_ticked(row) else Qt.CheckState.Unchecked
            return None if role == Qt.ItemDataRole.DisplayRole else super().data(index, role)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.row_at(index.row())
        if row.skip is not None:
            return False
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True):
            self.unticked.discard(row.customer)
        else:
            self.unticked.add(row.customer)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        return True


class RefundsPage(Page):
    """Choose the date, the minimum and the method of payment; the preview lists every customer with a
    credit balance and whether the run refunds it (untick to leave one out). Post refunds asks first;
    the refunds of the run can then be written to a SEPA credit transfer file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Refunds"),
            self.tr("Pay back credit balances: post a refund per customer, then pay the refunds with a bank file."),
        )
        #: Asks Yes/No before posting; tests replace it.
        self.ask: Callable[[str, str], bool] = self._ask
        #: Asks where to save the SEPA file (None: cancelled); tests replace it.
        self.choose_path: Callable[[str], str | None] = self._choose_path
        self.candidates: list[RefundCandidate] = []
        self.refunds: list[Document] = []
        self.problems: dict[str, ArdeskError | None] = {}  # refund number -> why it cannot go into the SEPA file
        self._generation = 0
        company = ctx.company
        self.default_minimum = Decimal(str(company.parameters().get("minimum_reimbursement") or "0"))
        methods = [m for m in company.methods_of_payment() if m.active and m.account]

        # --- the run's choices ---
        self.date = date_edit(ctx, ctx.today())
        self.minimum = QLineEdit()
        self.minimum.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.minimum.setMaximumWidth(140)
        self.minimum.setPlaceholderText(self.ctx.amount(self.default_minimum))
        self.minimum.setToolTip(self.tr("Empty: the minimum reimbursement of the parameters"))
        self.method = CodeCombo([(m.code, f"{m.code} - {m.description}") for m in methods])
        self.method.set_code("BANK")
        self.method.setMinimumWidth(260)
        self.with_debits = QCheckBox(self.tr("Also customers with open invoices (refund the net credit)"))
        self.general = error_label()
        self.general.hide()
        self.errors = FieldErrors(self.general)
        left, right = QFormLayout(), QFormLayout()
        self.errors.add_row(left, self.tr("Refund date"), self.date, "date")
        self.errors.add_row(left, self.tr("Minimum credit"), self.minimum, "minimum")
        self.errors.add_row(right, self.tr("Pay from"), self.method, "method")
        right.addRow("", self.with_debits)
        choices = QGroupBox(self.tr("Reimbursement run"))
        row = QHBoxLayout(choices)
        row.addLayout(left)
        row.addSpacing(24)
        row.addLayout(right)
        row.addStretch(1)

        # --- preview ---
        self.model = CandidatesModel(
            ctx,
            [
                Column("", lambda r: self.model.is_ticked(r)),
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Name"), lambda r: r.name, stretch=True),
                Column(self.tr("Credit balance"), lambda r: r.credit, "amount", currency=lambda r: r.currency),
                Column(self.tr("Currency"), lambda r: r.currency),
                Column(
                    self.tr("Open invoices"),
                    lambda r: r.open_debits or None,
                    "amount",
                    currency=lambda r: r.currency,
                ),
                Column(self.tr("Refund"), self.skip_text, alert=lambda r: r.skip is not None),
                Column(self.tr("IBAN"), lambda r: r.iban or ""),
                Column(
                    self.tr("Bank transfer"),
                    lambda r: self.bank_text(r.bank_refusal),
                    alert=lambda r: r.bank_refusal is not None,
                ),
            ],
            self,
        )
        self.view = make_table(self, 2)
        self.view.setModel(self.model)
        self.empty = plain_label(self.tr("No customer has a credit balance on this date."), "placeholder")
        self.empty.hide()
        self.preview_title = plain_label(self.tr("Customers with a credit balance"), "")
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.count_tile = Tile(self.tr("Customers to refund"))
        self.total_tile = Tile(self.tr("Total to refund"))
        self.run_button = QPushButton(self.tr("Post refunds..."))
        self.run_button.setObjectName("primary")
        self.run_button.setStyleSheet(DISABLED_PRIMARY)
        tiles = QHBoxLayout()
        tiles.addWidget(self.count_tile, 1)
        tiles.addWidget(self.total_tile, 1)
        tiles.addStretch(1)
        tiles.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignBottom)

        # --- the refunds of the run and the bank file ---
        self.refund_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Refund"), lambda d: d.number),
                Column(self.tr("Customer"), lambda d: d.customer),
                Column(self.tr("Date"), lambda d: d.date, "date"),
                Column(self.tr("Amount"), lambda d: d.amount, "amount", currency=lambda d: d.currency),
                Column(self.tr("Currency"), lambda d: d.currency),
                Column(
                    self.tr("SEPA file"),
                    lambda d: self.bank_text(self.problems.get(d.number), self.tr("Included")),
                    alert=lambda d: bool(self.problems.get(d.number)),
                    stretch=True,
                ),
            ],
            self,
        )
        self.refund_view = make_table(self, 5)
        self.refund_view.stretch_maximum = 2000
        self.refund_view.setModel(self.refund_model)
        self.execution_date = date_edit(ctx, ctx.today() + dt.timedelta(days=1))
        self.export_button = QPushButton(self.tr("Write SEPA file..."))
        self.export_button.setEnabled(False)
        export_bar = QHBoxLayout()
        export_bar.addWidget(plain_label(self.tr("Execution date"), "muted"))
        export_bar.addWidget(self.execution_date)
        export_bar.addStretch(1)
        export_bar.addWidget(self.export_button)
        self.result_box = QGroupBox(self.tr("Refunds posted by this run"))
        result = QVBoxLayout(self.result_box)
        result.addWidget(self.refund_view, 1)
        result.addLayout(export_bar)
        self.result_box.hide()

        self.body.addWidget(choices)
        self.body.addWidget(self.general)
        self.body.addWidget(self.preview_title)
        self.body.addWidget(self.view, 3)
        self.body.addWidget(self.empty, 3)
        self.body.addLayout(tiles)
        self.body.addWidget(self.result_box, 2)
        self.body.addWidget(self.add_message_line())

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.refresh)
        self.date.dateChanged.connect(lambda _d: self._reload.start())
        self.minimum.textChanged.connect(lambda _t: self._reload.start())
        self.with_debits.toggled.connect(lambda _b: self.refresh())
        self.model.dataChanged.connect(lambda *_a: self.update_totals())
        self.run_button.clicked.connect(self.run_refunds)
        self.export_button.clicked.connect(self.export)
        self.update_totals()

    # --- texts --------------------------------------------------------------------------------
    def skip_text(self, row: RefundCandidate) -> str:
        return {
            None: self.tr("Will be refunded"),
            "below_minimum": self.tr("Below the minimum"),
            "open_debits": self.tr("Has open invoices"),
            "in_journal": self.tr("Marked in a payment journal"),
        }.get(row.skip, row.skip or "")

    def bank_text(self, problem: ArdeskError | None, ok: str = "") -> str:
        """The engine's reason in the user's words where it is a known one, else in the UI language."""
        if problem is None:
            return ok or self.tr("OK")
        if problem.template == "no IBAN":
            return self.tr("No IBAN: not in the SEPA file")
        return field_message(problem, self.ctx.language)

    # --- preview ------------------------------------------------------------------------------
    def inputs(self) -> dict[str, Any] | None:
        """The run's arguments as the API takes them, or None after showing what is wrong."""
        self.errors.clear()
        try:
            minimum = parse_amount(self.minimum.text(), self.ctx.locale, field="minimum")
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        return {
            "date": date_of(self.date),
            "minimum": minimum,
            "include_customers_with_open_debits": self.with_debits.isChecked(),
        }

    def refresh(self) -> None:
        self._reload.stop()
        args = self.inputs()
        if args is None:
            return
        self._generation += 1
        generation, company = self._generation, self.ctx.company
        self.loading = True
        self.ctx.runner.run(
            lambda: company.refund_candidates(
                args["date"],
                minimum=args["minimum"],
                include_customers_with_open_debits=args["include_customers_with_open_debits"],
            ),
            success=lambda rows: self._arrived(generation, rows),
            failure=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, rows: list[RefundCandidate]) -> None:
        if generation != self._generation:
            return
        self.candidates = rows
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.update_totals()
        self.loading = False
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            self.warn_refusal(self.tr("Refunds"), exc)
        self.loaded.emit()

    def update_totals(self) -> None:
        chosen = self.model.chosen()
        self.count_tile.set_value(str(len({c.customer for c in chosen})))
        currencies = sorted({c.currency for c in chosen}) or [self.ctx.currency]
        self.total_tile.set_value(
            "  ".join(
                f"{self.ctx.amount(sum((c.credit for c in chosen if c.currency == cur), ZERO), cur)} {cur}"
                for cur in currencies
            )
        )
        self.run_button.setEnabled(bool(chosen))

    # --- the run ------------------------------------------------------------------------------
    def run_refunds(self) -> bool:
        args = self.inputs()
        chosen = self.model.chosen()
        if args is None or not chosen:
            return False
        method = self.method.code()
        customers = sorted({c.customer for c in chosen})
        total = "  ".join(
            f"{self.ctx.amount(sum((c.credit for c in chosen if c.currency == cur), ZERO), cur)} {cur}"
            for cur in sorted({c.currency for c in chosen})
        )
        text = (
            self.tr("Post a refund to %n customer(s), %1 in all, dated %2 and paid from %3?", "", len(customers))
            .replace("%1", total)
            .replace("%2", self.ctx.date(args["date"]))
            .replace("%3", method or "")
        )
        if not self.ask(self.tr("Post refunds"), text):
            return False
        try:
            refunds = self.ctx.company.reimburse(
                args["date"],
                customers=customers,
                method=method or "",
                minimum=args["minimum"],
                include_customers_with_open_debits=args["include_customers_with_open_debits"],
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except ArdeskError as exc:
            self.warn_refusal(self.tr("Refunds"), exc)
            return False
        problems = {(c.customer, c.currency): c.bank_refusal for c in chosen}
        self.refunds = refunds
        self.problems = {d.number: problems.get((d.customer, d.currency)) for d in refunds}
        self.refund_model.set_rows(refunds)
        fit_columns(self.refund_view)
        self.result_box.setVisible(bool(refunds))
        self.export_button.setEnabled(any(not p for p in self.problems.values()))
        self.say(self.tr("%n refund(s) posted.", "", len(refunds)))
        self.ctx.notify_changed()
        return True

    def exportable(self) -> list[Document]:
        return [d for d in self.refunds if not self.problems.get(d.number)]

    def export(self) -> Path | None:
        """Write the run's refunds that can be paid by SEPA credit transfer into one pain.001 file."""
        refunds = self.exportable()
        if not refunds:
            return None
        day = date_of(self.execution_date)
        chosen = self.choose_path(f"refunds-{day:%Y%m%d}.xml")
        if not chosen:
            return None
        path = Path(chosen)
        try:
            written = self.ctx.company.export_refunds([d.number for d in refunds], path, execution_date=day)
        except (ArdeskError, OSError) as exc:
            self.warn_refusal(self.tr("SEPA file"), exc, path)
            return None
        text = (
            self.tr("Wrote %n refund(s), %1 in all, to %2 for execution on %3 (message %4).", "", written.count)
            .replace("%1", f"{self.ctx.amount(written.total, 'EUR')} EUR")
            .replace("%2", str(path))
            .replace("%3", self.ctx.date(day))
            .replace("%4", written.message_id)
        )
        left_out = [d for d in self.refunds if self.problems.get(d.number)]
        if left_out:
            text += " " + self.tr("Not in the file: %1.").replace(
                "%1",
                "; ".join(f"{d.customer} ({self.bank_text(self.problems[d.number])})" for d in left_out),
            )
        self.say(text)
        return path

    # --- dialogs ------------------------------------------------------------------------------
    def _ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, buttons) == QMessageBox.StandardButton.Yes

    def _choose_path(self, name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save SEPA credit transfer file"), str(Path.home() / name), self.tr("XML files (*.xml)")
        )
        return path or None
