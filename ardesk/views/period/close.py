"""The guided period close (DOMAIN 9, 11.1): the months of a fiscal year, open, on hold or closed; for the selected
month the close checklist, each line green or red with what is open and a button to the page that resolves it.
"Close month" is enabled when every line is green or let pass with a reason; the reasons are kept with the month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from babel.dates import format_date as babel_format_date
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ArdeskError, Checklist, ChecklistLine, FiscalYearInfo, PeriodInfo, ValidationError
from ardesk.views.context import AppContext
from ardesk.views.period.ledger_journal import LedgerJournalDialog
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
#: How many calendar years back the chooser goes without fiscal years (more when older months are known).
YEARS_BACK = 3
#: Checklist lines the books never let pass: a difference in the books themselves (services.close_checklist).
MUST_RESOLVE = ("reconciliation", "aging")
#: The checklist's page names (Checklist.lines[].page) where the navigation names the page differently.
NAVIGATION_KEYS = {"aging": "aging_report"}
#: The navigation's labels of those pages (views.navigation.SECTIONS; not imported: the navigation imports this
#: page), translated in its "Navigation" context.
PAGE_LABELS = {
    "invoicing": "Invoicing",
    "sales_orders": "Sales orders",
    "recurring": "Recurring invoices",
    "payments": "Payments and settlements",
    "collections": "Credit and collections",
    "reconciliation": "Receivables reconciliation",
    "aging_report": "Aging report",
}
GREEN = "#1d6b3a"
ACCENT = "#1f5fa8"
RED = "#b42318"
AMBER = "#b54708"
GREY = "#9aa3ad"
CLOSED_BACKGROUND = QColor("#eef1f5")
HOLD_COLOUR = QColor(AMBER)
#: The primary button's look when it cannot be pressed (the theme styles only the enabled one).
DISABLED_PRIMARY = "QPushButton#primary:disabled { background: #c9d3df; border-color: #c9d3df; color: #f6f7f9; }"
PANEL_STYLE = "QFrame#checklistPanel { background: #ffffff; border: 1px solid #d5dae1; border-radius: 4px; }"


def navigation_key(page: str) -> str:
    """The navigation key (views.navigation.PAGES) of a checklist line's page."""
    return NAVIGATION_KEYS.get(page, page)


def month_end(day: dt.date) -> dt.date:
    return day + relativedelta(day=31)


@dataclass(frozen=True)
class MonthRow:
    """A month as the list shows it: state open | on_hold | closed; reason: of its last reopening (None: never)."""

    start: dt.date
    end: dt.date
    state: str
    reason: str | None


@dataclass(frozen=True)
class Span:
    """An entry of the year chooser: a fiscal year (code) or a calendar year (code None) and its month ends."""

    key: str
    code: str | None
    ends: tuple[dt.date, ...]


def calendar_span(year: int) -> Span:
    return Span(f"year:{year}", None, tuple(month_end(dt.date(year, m, 1)) for m in range(1, 13)))


def spans(years: list[FiscalYearInfo], history: list[PeriodInfo], today: dt.date) -> list[Span]:
    """The fiscal years, newest first; without any, the calendar years from this one back (to the oldest month the
    books know). With fiscal years, calendar years are added only for known months outside every fiscal year."""
    found = [Span(f"fy:{y.code}", y.code, tuple(p.period_end for p in y.periods)) for y in reversed(years)]
    covered = {end for s in found for end in s.ends}
    if found:
        outside = sorted({p.period_end.year for p in history if p.period_end not in covered}, reverse=True)
    else:
        oldest = min([today.year - YEARS_BACK, *(p.period_end.year for p in history)])
        outside = list(range(today.year, oldest - 1, -1))
    return found + [calendar_span(y) for y in outside]


def month_rows(span: Span, history: list[PeriodInfo]) -> list[MonthRow]:
    known = {p.period_end: p for p in history}
    rows = []
    for end in span.ends:
        p = known.get(end)
        rows.append(MonthRow(end.replace(day=1), end, p.state if p else "open", p.reopen_reason if p else None))
    return rows


def month_to_work_on(rows: list[MonthRow], today: dt.date) -> dt.date | None:
    """The month a bookkeeper closes next: the latest month that has ended and is not closed, else this month,
    else the first month of a year ahead or the last of a year gone by."""
    if not rows:
        return None
    ended = [r.end for r in rows if r.end < today and r.state != "closed"]
    if ended:
        return ended[-1]
    current = [r.end for r in rows if r.start <= today <= r.end]
    if current:
        return current[0]
    return rows[0].end if rows[0].start > today else rows[-1].end


class MonthsModel(RecordTableModel):
    """Closed months on a grey background, months on hold in amber; the reopening reason as tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row: MonthRow = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole and row.state == "closed":
                return QBrush(CLOSED_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and row.state == "on_hold" and index.column() == 1:
                return HOLD_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole and row.reason:
                return QCoreApplication.translate("PeriodClosePage", "Reopened: %1").replace("%1", row.reason)
        return super().data(index, role)


# --- dialogs ------------------------------------------------------------------------------------------------
class ReasonDialog(FormDialog):
    """Ask a reason (required); apply(reason) does the work and may refuse with a ValidationError."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        text: str,
        ok_text: str,
        apply: Callable[[str], None],
        parent: QWidget | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(ctx, parent, min_width=480)
        self.setWindowTitle(title)
        self.apply = apply
        note = plain_label(text)
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(placeholder)
        self.add(self.tr("Reason"), self.reason, "reason")
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setText(ok_text)
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.reason

    def save(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            raise ValidationError("reason", self.tr("Give the reason."))
        self.apply(reason)


class FiscalYearDialog(FormDialog):
    """A new fiscal year: its first month, how many months (1-24) and its code (by default the year)."""

    notify_on_save = True

    def __init__(self, ctx: AppContext, start: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=480)
        self.setWindowTitle(self.tr("New fiscal year"))
        self.created: FiscalYearInfo | None = None
        self.month = QComboBox()
        for m in range(1, 13):
            name = babel_format_date(dt.date(2000, m, 1), "LLLL", locale=ctx.locale)
            self.month.addItem(name.capitalize(), m)
        self.month.setCurrentIndex(start.month - 1)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(start.year)
        self.year.setMaximumWidth(90)
        first = QWidget()
        row = QHBoxLayout(first)
        row.setContentsMargins(0, 0, 0, 0)
        self.month.setMinimumWidth(150)
        row.addWidget(self.month)
        row.addWidget(self.year)
        row.addStretch(1)
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setValue(12)
        self.months.setMaximumWidth(90)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setMaximumWidth(200)
        self.span = plain_label("", "muted")
        self.span.setWordWrap(True)
        self.add(self.tr("First month"), first, "start")
        self.add(self.tr("Number of months"), self.months, "months")
        self.add(self.tr("Code"), self.code, "code")
        self.form.addRow("", self.span)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create"))
        for signal in (self.month.currentIndexChanged, self.year.valueChanged, self.months.valueChanged):
            signal.connect(lambda *_: self._describe())
        self.finish()
        self._describe()

    def start(self) -> dt.date:
        return dt.date(self.year.value(), int(self.month.currentData()), 1)

    def _describe(self) -> None:
        """The year's first and last day, and the code it gets when none is typed."""
        first = self.start()
        last = first + relativedelta(months=self.months.value()) - dt.timedelta(days=1)
        default = str(first.year) if first.month == 1 else f"{first.year}-{last.year}"
        self.code.setPlaceholderText(default)
        text = self.tr("From %1 to %2; every month starts open.")
        long = "d MMMM yyyy"
        self.span.setText(
            text.replace("%1", babel_format_date(first, long, locale=self.ctx.locale)).replace(
                "%2", babel_format_date(last, long, locale=self.ctx.locale)
            )
        )

    def save(self) -> None:
        code = self.code.text().strip() or None
        self.created = self.ctx.company.create_fiscal_year(self.start(), months=self.months.value(), code=code)


# --- the checklist ------------------------------------------------------------------------------------------
class Badge(QLabel):
    """A round state mark: a white sign on green (done), amber (let pass), red (open) or grey (checking)."""

    LOOKS: ClassVar[dict[str, tuple[str, str]]] = {
        "ok": (GREEN, "\u2713"),
        "passed": (AMBER, "\u2713"),
        "open": (RED, "!"),
        "checking": (GREY, "\u2026"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(22, 22)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = ""
        self.set_state("checking")

    def set_state(self, state: str) -> None:
        self.state = state
        colour, sign = self.LOOKS[state]
        self.setText(sign)
        self.setStyleSheet(
            f"background: {colour}; color: #ffffff; border-radius: 11px; font-weight: bold; font-size: 10pt;"
        )


class ChecklistRow(QWidget):
    """One checklist line: its mark, title and sentence, the reason it was let pass, and its buttons."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.badge = Badge()
        self.title = plain_label(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.sentence = plain_label("", "muted")
        self.sentence.setWordWrap(True)
        self.reason = plain_label("")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {AMBER}; font-style: italic;")
        self.reason.hide()
        self.open_button = QPushButton(QCoreApplication.translate("PeriodClosePage", "Open"))
        self.pass_button = QPushButton(QCoreApplication.translate("PeriodClosePage", "Let pass..."))
        for button in (self.open_button, self.pass_button):
            button.setMinimumWidth(96)
        policy = self.pass_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the Open buttons stay in one column
        self.pass_button.setSizePolicy(policy)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.sentence)
        texts.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(12)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.pass_button, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def state(self) -> str:
        return self.badge.state


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #e7eaee;")
    return line


class PeriodClosePage(Page):
    """Left the months of the chosen fiscal year; right the close checklist of the selected month and the
    actions on it: close, put on hold or release, reopen with a reason. The checklist loads in the background."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Period close"),
            self.tr(
                "Work through the checklist of a month, then close it: postings dated in a closed month are refused."
            ),
        )
        #: Asks Yes/No before closing a month; tests replace it.
        self.ask: Callable[[str, str], bool] = self._ask
        self.years: list[FiscalYearInfo] = []
        self.history: list[PeriodInfo] = []
        self.spans: list[Span] = []
        self.checklist: Checklist | None = None
        #: Reasons typed for red lines, per month, until the month is closed (then the books keep them).
        self.reasons: dict[dt.date, dict[str, str]] = {}
        self.dialog: FormDialog | None = None
        self._wanted: dt.date | None = None
        self._wanted_span: str | None = None
        self._checks = 0
        self.states = {"open": self.tr("Open"), "on_hold": self.tr("On hold"), "closed": self.tr("Closed")}
        self.titles = {
            "drafts": self.tr("Draft invoices"),
            "orders": self.tr("Packing slips to invoice"),
            "recurring": self.tr("Recurring invoices"),
            "journals": self.tr("Payment journals"),
            "letters": self.tr("Collection letters and interest notes"),
            "reconciliation": self.tr("Reconciliation with the ledger"),
            "aging": self.tr("Aged balance"),
        }

        # toolbar: the year, a new fiscal year, the general journal
        self.year = QComboBox()
        self.year.setMinimumWidth(220)
        self.new_year_button = QPushButton(self.tr("New fiscal year..."))
        self.journal_button = QPushButton(self.tr("General journal..."))
        self.toolbar.addWidget(plain_label(self.tr("Fiscal year"), "muted"))
        self.toolbar.addWidget(self.year)
        self.toolbar.addWidget(self.new_year_button)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.journal_button)

        # left: the months
        self.model = MonthsModel(
            ctx,
            [
                Column(self.tr("Month"), lambda r: self.month_name(r.end)),
                Column(self.tr("State"), lambda r: self.states.get(r.state, r.state)),
                Column(self.tr("Reopened"), lambda r: r.reason or "", stretch=True),
            ],
            self,
        )
        self.view = make_table(self, 2)
        self.view.setModel(self.model)
        self.view.setFixedWidth(400)
        self.view.stretch_minimum = 100

        # right: the checklist of the selected month
        panel = QFrame()
        panel.setObjectName("checklistPanel")
        panel.setStyleSheet(PANEL_STYLE)
        self.month_title = plain_label("", "pageTitle")
        self.state_label = plain_label("")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(90)
        self.busy.setTextVisible(False)
        self.busy_label = plain_label(self.tr("Checking the books..."), "muted")
        head = QHBoxLayout()
        head.addWidget(self.month_title)
        head.addSpacing(10)
        head.addWidget(self.state_label)
        head.addStretch(1)
        head.addWidget(self.busy_label)
        head.addWidget(self.busy)
        self.summary = plain_label("", "muted")
        self.summary.setWordWrap(True)
        self.rows: dict[str, ChecklistRow] = {}
        lines = QVBoxLayout()
        lines.setSpacing(0)
        for i, key in enumerate(self.titles):
            if i:
                lines.addWidget(separator())
            row = ChecklistRow(key, self.titles[key])
            row.open_button.clicked.connect(lambda _c=False, k=key: self.open_line(k))
            row.pass_button.clicked.connect(lambda _c=False, k=key: self.let_pass(k))
            self.rows[key] = row
            lines.addWidget(row)
        self.reopen_button = QPushButton(self.tr("Reopen..."))
        self.hold_button = QPushButton(self.tr("Put on hold"))
        self.close_button = QPushButton(self.tr("Close month"))
        self.close_button.setObjectName("primary")
        self.close_button.setStyleSheet(DISABLED_PRIMARY)
        self.close_button.setMinimumWidth(130)
        actions = QHBoxLayout()
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.hold_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.setSpacing(8)
        inner.addLayout(head)
        inner.addWidget(self.summary)
        inner.addWidget(separator())
        inner.addLayout(lines)
        inner.addStretch(1)
        inner.addWidget(separator())
        inner.addLayout(actions)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(self.view)
        columns.addWidget(panel, 1)
        self.body.addLayout(columns, 1)
        self.body.addWidget(self.add_message_line())

        self.year.currentIndexChanged.connect(lambda _i: self.show_span())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_checklist())
        self.new_year_button.clicked.connect(self.new_fiscal_year)
        self.journal_button.clicked.connect(self.general_journal)
        self.close_button.clicked.connect(self.close_selected)
        self.hold_button.clicked.connect(self.hold_or_release)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.show_checklist()

    def month_name(self, day: dt.date) -> str:
        return babel_format_date(day, "LLLL yyyy", locale=self.ctx.locale).capitalize()

    def long_date(self, day: dt.date) -> str:
        return babel_format_date(day, "d MMMM yyyy", locale=self.ctx.locale)

    # --- loading ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.loading = True
        company = self.ctx.company
        self.ctx.runner.run(
            lambda: (company.fiscal_years(), company.period_history()), success=self._arrived, failure=self._failed
        )

    def _arrived(self, found: tuple[list[FiscalYearInfo], list[PeriodInfo]]) -> None:
        self.years, self.history = found
        today = self.ctx.today()
        self.spans = spans(self.years, self.history, today)
        current = self.selected()
        wanted = self._wanted or (current.end if current else None)
        key = self._wanted_span
        if key is None and wanted is not None:
            key = next((s.key for s in self.spans if wanted in s.ends), None)
        if key is None:  # the first load: the year of today, on the month to work on next
            here = next((s for s in self.spans if s.ends[0].replace(day=1) <= today <= s.ends[-1]), None)
            if here is not None:
                key, wanted = here.key, month_to_work_on(month_rows(here, self.history), today)
            elif self.spans:
                key = self.spans[0].key
        self._wanted, self._wanted_span = wanted, None
        self.year.blockSignals(True)
        self.year.clear()
        for s in self.spans:
            self.year.addItem(self.span_label(s), s.key)
        self.year.setCurrentIndex(max(self.year.findData(key), 0))
        self.year.blockSignals(False)
        self.show_span()

    def span_label(self, span: Span) -> str:
        if span.code is None:
            return self.tr("%1 (calendar year)").replace("%1", str(span.ends[0].year))
        first, last = (babel_format_date(d, "MMM yyyy", locale=self.ctx.locale) for d in (span.ends[0], span.ends[-1]))
        return f"{span.code} ({first} \u2013 {last})"

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def current_span(self) -> Span | None:
        key = self.year.currentData()
        return next((s for s in self.spans if s.key == key), None)

    def show_span(self) -> None:
        """The chosen year's months; the wanted month (or the one to work on next) selected, its checklist loaded."""
        span = self.current_span()
        rows = month_rows(span, self.history) if span else []
        view_selection = self.view.selectionModel()
        view_selection.blockSignals(True)
        self.model.set_rows(rows)
        fit_columns(self.view)
        ends = [r.end for r in rows]
        wanted = self._wanted if self._wanted in ends else month_to_work_on(rows, self.ctx.today())
        if wanted is not None:
            self.view.selectRow(ends.index(wanted))
        view_selection.blockSignals(False)
        self._wanted = None
        self.load_checklist()

    def selected(self) -> MonthRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.model.rowCount() else None

    def select_month(self, end: dt.date) -> None:
        """Show the year of `end` and select its month (tests, and after an action)."""
        key = next((s.key for s in self.spans if end in s.ends), None)
        if key is None:
            return
        self._wanted = end
        if self.year.currentData() != key:
            self.year.setCurrentIndex(self.year.findData(key))  # show_span follows
        else:
            self.show_span()

    def load_checklist(self) -> None:
        """The selected month's checklist, off the GUI thread; an older answer that arrives late is dropped."""
        row = self.selected()
        self._checks += 1
        self.checklist = None
        self.loading = row is not None
        self.show_checklist()
        if row is None:
            self.loaded.emit()
            return
        number, company, end = self._checks, self.ctx.company, row.end
        self.ctx.runner.run(
            lambda: company.close_checklist(end),
            success=lambda found: self._checked(number, found),
            failure=lambda exc: self._checked(number, None, exc),
            text=self.tr("Checking the books..."),
        )

    def _checked(self, number: int, found: Checklist | None, exc: BaseException | None = None) -> None:
        if number != self._checks:
            return
        self.checklist = found
        self.loading = False
        if exc is not None:
            self.warn_refusal(self.tr("Period close"), exc)
        self.show_checklist()
        self.loaded.emit()

    # --- showing the checklist ------------------------------------------------------------------------------
    def pending(self) -> dict[str, str]:
        """The reasons typed for the selected month (not yet kept by the books)."""
        row = self.selected()
        return self.reasons.get(row.end, {}) if row else {}

    def line_state(self, line: ChecklistLine) -> str:
        if line.ok:
            return "ok"
        return "passed" if line.override is not None or line.key in self.pending() else "open"

    def ready(self) -> bool:
        """Every line green or let pass (a kept reason or one typed now)."""
        return self.checklist is not None and all(self.line_state(line) != "open" for line in self.checklist.lines)

    def show_checklist(self) -> None:
        row = self.selected()
        found = self.checklist
        checking = row is not None and found is None and self.loading
        self.busy.setVisible(checking)
        self.busy_label.setVisible(checking)
        self.month_title.setText(self.month_name(row.end) if row else "")
        self.state_label.setText(self.states.get(row.state, "") if row else "")
        colour = {"closed": "#3d4650", "on_hold": AMBER}.get(row.state if row else "", ACCENT)
        self.state_label.setStyleSheet(
            f"color: #ffffff; background: {colour}; border-radius: 3px; padding: 2px 8px; font-weight: bold;"
        )
        self.state_label.setVisible(row is not None)
        lines = {line.key: line for line in found.lines} if found else {}
        closed = row is not None and row.state == "closed"
        for key, widget in self.rows.items():
            line = lines.get(key)
            if line is None:
                widget.badge.set_state("checking")
                widget.sentence.setText("")
                widget.reason.hide()
                widget.open_button.setEnabled(False)
                widget.pass_button.hide()
                continue
            widget.badge.set_state(self.line_state(line))
            widget.sentence.setText(self.sentence(line, found))  # type: ignore[arg-type]
            widget.open_button.setEnabled(True)
            widget.open_button.setToolTip(self.tr("Go to %1").replace("%1", self.page_label(line.page)))
            reason = line.override or self.pending().get(key)
            if reason is not None:
                what = self.tr("Let pass at the close: %1") if line.override else self.tr("Let pass: %1")
                widget.reason.setText(what.replace("%1", reason))
            widget.reason.setVisible(reason is not None and not line.ok)
            can_pass = not line.ok and key not in MUST_RESOLVE and not closed and line.override is None
            widget.pass_button.setVisible(can_pass)
            widget.pass_button.setText(self.tr("Withdraw") if key in self.pending() else self.tr("Let pass..."))
        self.summary.setText(self.summary_text())
        self.update_buttons()

    def sentence(self, line: ChecklistLine, found: Checklist) -> str:
        """What the line says is open (or that nothing is), as of the month end."""
        when = self.long_date(found.period_end)
        n = line.count
        if line.key == "reconciliation":
            if line.ok:
                text = self.tr("The customer transactions agree with the general ledger on every receivable account.")
            else:
                text = self.tr(
                    "%n receivable account(s) differ from the general ledger, by %1 in all. Resolve the difference "
                    "before the close.",
                    "",
                    n,
                ).replace("%1", self.ctx.amount(line.amount))
            return text
        if line.key == "aging":
            if line.ok:
                return self.tr("The aged balance adds up to %1, the total of the open customer transactions.").replace(
                    "%1", self.ctx.amount(found.aging_total)
                )
            return (
                self.tr(
                    "The aged balance adds up to %1, the open customer transactions to %2. Resolve the difference "
                    "before the close."
                )
                .replace("%1", self.ctx.amount(found.aging_total))
                .replace("%2", self.ctx.amount(found.subledger_total))
            )
        if line.ok:
            done = {
                "drafts": self.tr("No draft invoices or credit notes dated on or before %1."),
                "orders": self.tr("Every packing slip delivered by %1 is invoiced."),
                "recurring": self.tr("Every recurring invoice due by %1 has been made."),
                "journals": self.tr("No unposted payment journal has payments dated on or before %1."),
                "letters": self.tr("No collection letters or interest notes are waiting as of %1."),
            }
            return done[line.key].replace("%1", when)
        open_ = {
            "drafts": self.tr("%n draft invoice(s) or credit note(s) dated on or before %1.", "", n),
            "orders": self.tr("%n packing slip(s) delivered by %1 still waiting for an invoice.", "", n),
            "recurring": self.tr("%n recurring invoice(s) due by %1 not yet made.", "", n),
            "journals": self.tr("%n unposted payment journal(s) with payments dated on or before %1.", "", n),
            "letters": self.tr("%n collection letter(s) or interest note(s) to create or post as of %1.", "", n),
        }
        return open_[line.key].replace("%1", when)

    def summary_text(self) -> str:
        row, found = self.selected(), self.checklist
        if row is None:
            return ""
        if found is None:
            return self.tr("Checking the books as of %1...").replace("%1", self.long_date(row.end))
        if row.state == "closed":
            return self.tr(
                "The month is closed: postings dated in it are refused. Reopen it with a reason to correct it."
            )
        if row.state == "on_hold":
            lead = self.tr("The month is on hold: postings dated in it are refused until it is released.") + " "
        else:
            lead = ""
        left = sum(1 for line in found.lines if self.line_state(line) == "open")
        if not left:
            return lead + self.tr("Every line is green or let pass: the month can be closed.")
        return lead + self.tr("%n line(s) still open: resolve them, or let them pass with a reason.", "", left)

    def page_label(self, page: str) -> str:
        """The navigation's name of a checklist line's page, in its translation."""
        key = navigation_key(page)
        return QCoreApplication.translate("Navigation", PAGE_LABELS[key]) if key in PAGE_LABELS else key

    def update_buttons(self) -> None:
        row = self.selected()
        state = row.state if row else ""
        self.close_button.setEnabled(state in ("open", "on_hold") and self.ready())
        self.hold_button.setText(self.tr("Release") if state == "on_hold" else self.tr("Put on hold"))
        self.hold_button.setEnabled(state in ("open", "on_hold"))
        self.reopen_button.setEnabled(state == "closed")

    # --- actions --------------------------------------------------------------------------------------------
    def open_line(self, key: str) -> None:
        """Show the page that resolves the line (the main window listens to ctx.open_page)."""
        line = next((line for line in self.checklist.lines if line.key == key), None) if self.checklist else None
        if line is not None:
            self.ctx.open_page.emit(navigation_key(line.page))

    def let_pass(self, key: str) -> ReasonDialog | None:
        """Ask the reason to let a red line pass (or withdraw the one given); kept by the books at the close."""
        row = self.selected()
        if row is None:
            return None
        given = self.reasons.setdefault(row.end, {})
        if key in given:
            del given[key]
            self.show_checklist()
            return None

        def keep(reason: str) -> None:
            given[key] = reason
            self.show_checklist()

        dialog = ReasonDialog(
            self.ctx,
            self.tr("Let pass: %1").replace("%1", self.titles[key]),
            self.tr("The month can be closed with this line open. Say why; the reason is kept with the month."),
            self.tr("Let pass"),
            keep,
            self,
            self.tr("for example two drafts wait for the customer's order number"),
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def close_selected(self) -> bool:
        """The guided close of the selected month, with the reasons given; asks Yes/No first."""
        row = self.selected()
        if row is None or not self.ready():
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
        reasons = dict(self.pending())
        try:
            self.ctx.company.close_period_checked(row.end, reasons)
        except ArdeskError as exc:
            self.warn_refusal(self.tr("Period close"), exc)
            return False
        self.reasons.pop(row.end, None)
        self._after(row.end, self.tr("%1 is closed.").replace("%1", month))
        return True

    def hold_or_release(self) -> None:
        row = self.selected()
        if row is None or row.state not in ("open", "on_hold"):
            return
        month = self.month_name(row.end)
        try:
            if row.state == "open":
                self.ctx.company.hold_period(row.end)
                done = self.tr("%1 is on hold: postings dated in it are refused until it is released.")
            else:
                self.ctx.company.release_period(row.end)
                done = self.tr("%1 is open again.")
        except ArdeskError as exc:
            self.warn_refusal(self.tr("Period close"), exc)
            return
        self._after(row.end, done.replace("%1", month))

    def reopen_selected(self) -> ReasonDialog | None:
        """Ask the reason (not blocking); the month is reopened when it is given."""
        row = self.selected()
        if row is None or row.state != "closed":
            return None
        month, end = self.month_name(row.end), row.end
        dialog = ReasonDialog(
            self.ctx,
            self.tr("Reopen %1").replace("%1", month),
            self.tr("Postings dated in %1 will be accepted again. Say why the month is reopened.").replace("%1", month),
            self.tr("Reopen"),
            lambda reason: self.ctx.company.reopen_period(end, reason),
            self,
            self.tr("for example a late credit note for an October delivery"),
        )
        dialog.accepted.connect(lambda: self._after(end, self.tr("%1 is reopened.").replace("%1", month)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_fiscal_year(self) -> FiscalYearDialog:
        """The dialog for a new fiscal year, starting after the last one (or in January of this year)."""
        start = self.years[-1].end + dt.timedelta(days=1) if self.years else dt.date(self.ctx.today().year, 1, 1)
        dialog = FiscalYearDialog(self.ctx, start, self)
        dialog.accepted.connect(lambda: self._year_created(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _year_created(self, dialog: FiscalYearDialog) -> None:
        if dialog.created is not None:
            self._wanted_span = f"fy:{dialog.created.code}"
            self.say(self.tr("Fiscal year %1 is created.").replace("%1", dialog.created.code))

    def general_journal(self) -> LedgerJournalDialog:
        """The general journal, dated at the selected month's end (today when that lies ahead)."""
        row = self.selected()
        today = self.ctx.today()
        day = min(row.end, today) if row else today
        dialog = LedgerJournalDialog(self.ctx, day, self)
        dialog.accepted.connect(lambda: self.say(self.tr("Voucher %1 is posted.").replace("%1", dialog.voucher)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after(self, end: dt.date, message: str) -> None:
        self._wanted = end
        self.say(message)
        self.ctx.notify_changed()

    def _ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, buttons) == QMessageBox.StandardButton.Yes
