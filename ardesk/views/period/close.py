"""Period close (DOMAIN 9 step 8, 11.1): the months of a year, open or closed; close a month (postings
dated in it are then refused), reopen it with a reason, and the reopenings the books keep."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date as babel_format_date
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ArdeskError, PeriodState, ValidationError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
#: How many years back the year chooser goes (more when the books have older closed months).
YEARS_BACK = 3
CLOSED_BACKGROUND = QColor("#eef1f5")
#: The primary button's look when it cannot be pressed (the theme styles only the enabled one).
DISABLED_PRIMARY = "QPushButton#primary:disabled { background: #c9d3df; border-color: #c9d3df; color: #f6f7f9; }"


@dataclass(frozen=True)
class MonthRow:
    """A calendar month as the table shows it. state: open | closed | reopened (open after a reopening)."""

    start: dt.date
    end: dt.date
    state: str
    reason: str | None


def month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def month_rows(year: int, history: list[PeriodState]) -> list[MonthRow]:
    """The twelve months of the year with their state from the period history."""
    known = {p.period_end: p for p in history}
    rows = []
    for month in range(1, 13):
        end = month_end(year, month)
        p = known.get(end)
        state = "open" if p is None else "closed" if p.closed else "reopened"
        rows.append(MonthRow(end.replace(day=1), end, state, p.reopen_reason if p else None))
    return rows


class MonthsModel(RecordTableModel):
    """Closed months on a grey background, their state in bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.row_at(index.row()).state == "closed":
            return QBrush(CLOSED_BACKGROUND)
        return super().data(index, role)


class ReopenDialog(QDialog):
    """Reopen a month: the reason is required and kept with the period."""

    def __init__(self, ctx: AppContext, end: dt.date, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.end = end
        self.setWindowTitle(self.tr("Reopen %1").replace("%1", month))
        self.setMinimumWidth(460)
        text = plain_label(
            self.tr("Postings dated in %1 will be accepted again. Say why the month is reopened.").replace("%1", month)
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. late credit note for October"))
        self.general = error_label()
        self.general.hide()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Reason"), self.reason, "reason")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Reopen through the API; a refusal is shown beside the reason (or below the form)."""
        self.errors.clear()
        reason = self.reason.text().strip()
        try:
            if not reason:
                raise ValidationError("reason", self.tr("Give the reason for reopening the month."))
            self.ctx.company.reopen_period(self.end, reason)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            self.general.setText(message_text(exc, self.ctx.language))
            self.general.show()
            return
        super().accept()


class PeriodClosePage(Page):
    """Pick a year; the months show Open, Closed or Reopened. Close or reopen the selected month; the
    reopenings list below keeps each month's last reason."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Period close"),
            self.tr("A closed month refuses every posting dated in it; reopen it with a reason to correct it."),
        )
        #: Asks Yes/No before closing a month; tests replace it.
        self.ask: Callable[[str, str], bool] = self._ask
        self.history: list[PeriodState] = []
        self.reopen_dialog: ReopenDialog | None = None
        self.states = {"open": self.tr("Open"), "closed": self.tr("Closed"), "reopened": self.tr("Reopened")}
        self.year = QComboBox()
        self.year.setMinimumWidth(90)
        self._fill_years()
        self.close_button = QPushButton(self.tr("Close month..."))
        self.close_button.setObjectName("primary")
        self.close_button.setStyleSheet(DISABLED_PRIMARY)
        self.reopen_button = QPushButton(self.tr("Reopen month..."))
        self.toolbar.addWidget(plain_label(self.tr("Year"), "muted"))
        self.toolbar.addWidget(self.year)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.reopen_button)
        self.toolbar.addWidget(self.close_button)

        self.model = MonthsModel(
            ctx,
            [
                Column(self.tr("Month"), lambda r: self.month_name(r.end)),
                Column(self.tr("From"), lambda r: r.start, "date"),
                Column(self.tr("To"), lambda r: r.end, "date"),
                Column(self.tr("State"), lambda r: self.states[r.state]),
                Column(self.tr("Reason of the last reopening"), lambda r: r.reason or "", stretch=True),
            ],
            self,
        )
        self.view = make_table(self, 4)
        self.view.setModel(self.model)
        self.view.stretch_maximum = 2000
        self.history_model = RecordTableModel(
            ctx,
            [
                Column(self.tr("Month"), lambda p: self.month_name(p.period_end)),
                Column(self.tr("State now"), lambda p: self.states["closed" if p.closed else "reopened"]),
                Column(self.tr("Reason"), lambda p: p.reopen_reason, stretch=True),
            ],
            self,
        )
        self.history_view = make_table(self, 2)
        self.history_view.setModel(self.history_model)
        self.history_view.stretch_maximum = 2000
        self.history_placeholder = plain_label(self.tr("No month has been reopened."), "muted")
        note = plain_label(
            self.tr(
                "The books keep the reason of each month's last reopening; who reopened it and when are not recorded."
            ),
            "muted",
        )
        note.setWordWrap(True)
        box = QGroupBox(self.tr("Reopenings"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.history_placeholder)
        inner.addWidget(self.history_view, 1)
        inner.addWidget(note)
        self.body.addWidget(self.view, 3)
        self.body.addWidget(box, 2)
        self.body.addWidget(self.add_message_line())

        self.year.currentIndexChanged.connect(lambda _i: self.show_year())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_buttons())
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.update_buttons()

    def month_name(self, day: dt.date) -> str:
        return babel_format_date(day, "LLLL yyyy", locale=self.ctx.locale).capitalize()

    def _fill_years(self, older: int | None = None) -> None:
        this = self.ctx.today().year
        first = min(this - YEARS_BACK, older or this)
        current = self.year.currentData() or this
        self.year.blockSignals(True)
        self.year.clear()
        for year in range(this, first - 1, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.loading = True
        company = self.ctx.company
        self.ctx.runner.run(company.period_history, success=self._arrived, failure=self._failed)

    def _arrived(self, history: list[PeriodState]) -> None:
        self.history = history
        if history:
            self._fill_years(min(p.period_end.year for p in history))
        self.show_year()
        reopened = [p for p in history if p.reopen_reason]
        self.history_model.set_rows(reopened)
        self.history_view.setVisible(bool(reopened))
        self.history_placeholder.setVisible(not reopened)
        fit_columns(self.history_view)
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def show_year(self) -> None:
        """The chosen year's months; the current month is selected in the current year."""
        year = int(self.year.currentData() or self.ctx.today().year)
        selected = self.selected()
        self.model.set_rows(month_rows(year, self.history))
        fit_columns(self.view)
        today = self.ctx.today()
        keep = selected.end.month if selected is not None and selected.end.year == year else None
        row = (keep or (today.month if year == today.year else 12)) - 1
        self.view.selectRow(row)
        self.update_buttons()

    def selected(self) -> MonthRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.model.rowCount() else None

    def select_month(self, end: dt.date) -> None:
        """Show the year of `end` and select its month (tests, and after an action)."""
        self.year.setCurrentIndex(max(self.year.findData(end.year), 0))
        self.show_year()
        self.view.selectRow(end.month - 1)

    def update_buttons(self) -> None:
        row = self.selected()
        self.close_button.setEnabled(row is not None and row.state != "closed")
        self.reopen_button.setEnabled(row is not None and row.state == "closed")

    # --- actions ------------------------------------------------------------------------------
    def close_selected(self) -> bool:
        row = self.selected()
        if row is None or row.state == "closed":
            return False
        month = self.month_name(row.end)
        text = self.tr(
            "Close %1? Invoices, payments and settlements dated from %2 to %3 will be refused until the month "
            "is reopened."
        )
        text = text.replace("%1", month).replace("%2", self.ctx.date(row.start)).replace("%3", self.ctx.date(row.end))
        if row.end >= self.ctx.today():
            text += " " + self.tr("The month has not ended yet.")
        if not self.ask(self.tr("Close %1").replace("%1", month), text):
            return False
        try:
            self.ctx.company.close_period(row.end)
        except ArdeskError as exc:
            self.warn_refusal(self.tr("Period close"), exc)
            return False
        self.say(self.tr("%1 is closed.").replace("%1", month))
        self.ctx.notify_changed()
        return True

    def reopen_selected(self) -> ReopenDialog | None:
        """Open the reason dialog (not blocking); the page reloads when the month is reopened."""
        row = self.selected()
        if row is None or row.state != "closed":
            return None
        month = self.month_name(row.end)
        dialog = ReopenDialog(self.ctx, row.end, month, self)
        dialog.accepted.connect(lambda: self._reopened(month))
        self.reopen_dialog = dialog
        dialog.open()
        return dialog

    def _reopened(self, month: str) -> None:
        self.say(self.tr("%1 is reopened.").replace("%1", month))
        self.ctx.notify_changed()

    def _ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, buttons) == QMessageBox.StandardButton.Yes
