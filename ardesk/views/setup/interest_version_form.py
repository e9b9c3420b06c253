"""One version of an interest code in the editor (DOMAIN 2.9): its draft, its form, its reading.

The draft holds what was typed; the form edits it; version() reads it into the API's InterestVersion, raising
ValidationError with the field names the API gives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ardesk.api import InterestVersion
from ardesk.views.collections.inputs import form_layout, parse_number
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit, qdate
from ardesk.views.setup.grid import EditGrid, GridColumn, parse_int
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

INTERVAL_METHODS = ("percent_per_interval", "amount_per_interval")


@dataclass
class VersionDraft:
    """A version as typed: numbers stay text until Save reads them."""

    valid_from: dt.date
    method: str = "yearly_per_day"
    percent: str = ""
    amount: str = ""
    every_n: str = "1"
    every_unit: str = "month"
    range_by: str | None = None
    ranges: list[tuple[str, str]] = field(default_factory=list)
    grace_days: str = "0"
    minimum: str = ""
    maximum: str = ""
    compound_yearly: bool = False
    count_started: bool = False


def number_edit(suffix: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaximumWidth(140)
    if suffix:
        edit.setPlaceholderText(suffix)
    return edit


class VersionForm(QGroupBox):
    """The fields of one version; `changed` fires when what the list of versions shows changes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors(error_label())
        self.valid_from = DateEdit(ctx.today(), ctx.language)
        self.valid_from.setFixedWidth(130)
        self.method = CodeCombo(
            [
                ("yearly_per_day", self.tr("Yearly percentage, per day")),
                ("percent_per_interval", self.tr("Percentage per interval")),
                ("amount_per_interval", self.tr("Amount per interval")),
            ]
        )
        self.percent = number_edit("%")
        self.amount = number_edit(ctx.currency)
        self.every_n = number_edit("")
        self.every_n.setFixedWidth(60)
        self.every_unit = CodeCombo([("day", self.tr("days")), ("month", self.tr("months"))])
        every = QWidget()
        every_row = QHBoxLayout(every)
        every_row.setContentsMargins(0, 0, 0, 0)
        every_row.addWidget(self.every_n)
        every_row.addWidget(self.every_unit)
        every_row.addStretch(1)
        self.range_by = CodeCombo(
            [
                (None, self.tr("No ranges")),
                ("amount", self.tr("By overdue amount")),
                ("days", self.tr("By day number")),
                ("months", self.tr("By month number")),
            ]
        )
        self.ranges = EditGrid(
            [GridColumn(self.tr("From"), "from", "number", 120), GridColumn(self.tr("Value"), "value", "number", 120)]
        )
        self.ranges.setFixedHeight(120)
        self.ranges.stretch(1)
        self.grace_days = number_edit(self.tr("days"))
        self.minimum = number_edit(ctx.currency)
        self.maximum = number_edit(ctx.currency)
        self.compound = QCheckBox(self.tr("Compound yearly (Dutch statutory interest)"))
        self.count_started = QCheckBox(self.tr("Count an interval that has started"))
        form = form_layout()
        add = self.errors.add_row
        add(form, self.tr("Valid from"), self.valid_from, "valid_from")
        add(form, self.tr("Method"), self.method, "method")
        add(form, self.tr("Percentage"), self.percent, "percent")
        add(form, self.tr("Amount"), self.amount, "amount")
        add(form, self.tr("Every"), every, "every")
        add(form, self.tr("Range by"), self.range_by, "range_by")
        add(form, self.tr("Ranges"), self.ranges, "ranges")
        add(form, self.tr("Grace days"), self.grace_days, "grace_days")
        add(form, self.tr("Minimum interest"), self.minimum, "minimum")
        add(form, self.tr("Maximum interest"), self.maximum, "maximum")
        add(form, "", self.compound, "compound_yearly")
        add(form, "", self.count_started, "count_started_intervals")
        self.ranges_hint = plain_label("", "muted")
        self.ranges_hint.setWordWrap(True)
        form.addRow("", self.ranges_hint)
        form.addRow("", self.errors.general)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.percent_label = form.labelForField(self.percent)
        self.method.currentIndexChanged.connect(lambda _i: self._edited())
        self.range_by.currentIndexChanged.connect(lambda _i: self._edited())
        self.percent.textEdited.connect(lambda _t: self._edited())
        self.amount.textEdited.connect(lambda _t: self._edited())
        self.valid_from.dateChanged.connect(lambda _d: self._edited())
        self.errors.clear()
        self.ranges_hint.hide()

    # --- drafts in and out ----------------------------------------------------------------------------------
    def number_text(self, value: Decimal | None) -> str:
        return "" if value is None else format_decimal(value.normalize(), locale=self.ctx.locale, group_separator=False)

    def draft_of(self, v: InterestVersion) -> VersionDraft:
        n, unit = v.every
        return VersionDraft(
            valid_from=v.valid_from,
            method=v.method,
            percent=self.number_text(v.percent),
            amount=self.ctx.amount(v.amount) if v.amount is not None else "",
            every_n=str(n),
            every_unit=unit,
            range_by=v.range_by,
            ranges=[(self.number_text(a), self.number_text(b)) for a, b in v.ranges],
            grace_days=str(v.grace_days),
            minimum=self.ctx.amount(v.minimum) if v.minimum is not None else "",
            maximum=self.ctx.amount(v.maximum) if v.maximum is not None else "",
            compound_yearly=v.compound_yearly,
            count_started=v.count_started_intervals,
        )

    def load(self, d: VersionDraft) -> None:
        self.setTitle(self.tr("Version from %1").replace("%1", self.ctx.date(d.valid_from)))
        widgets = (self.valid_from, self.method, self.range_by)
        for w in widgets:
            w.blockSignals(True)
        self.valid_from.setDate(qdate(d.valid_from))
        self.method.set_code(d.method)
        self.percent.setText(d.percent)
        self.amount.setText(d.amount)
        self.every_n.setText(d.every_n)
        self.every_unit.set_code(d.every_unit)
        self.range_by.set_code(d.range_by)
        self.ranges.set_rows([list(r) for r in d.ranges])
        self.grace_days.setText(d.grace_days)
        self.minimum.setText(d.minimum)
        self.maximum.setText(d.maximum)
        self.compound.setChecked(d.compound_yearly)
        self.count_started.setChecked(d.count_started)
        for w in widgets:
            w.blockSignals(False)
        self.update_fields()

    def store(self, d: VersionDraft) -> None:
        """What the form shows, into the draft."""
        d.valid_from = self.valid_from.value()
        d.method = self.method.code() or "yearly_per_day"
        d.percent, d.amount = self.percent.text(), self.amount.text()
        d.every_n, d.every_unit = self.every_n.text(), self.every_unit.code() or "month"
        d.range_by = self.range_by.code()
        d.ranges = [(self.ranges.text(r, 0), self.ranges.text(r, 1)) for r in range(self.ranges.rowCount())]
        d.grace_days, d.minimum, d.maximum = self.grace_days.text(), self.minimum.text(), self.maximum.text()
        d.compound_yearly, d.count_started = self.compound.isChecked(), self.count_started.isChecked()

    def version(self, i: int, d: VersionDraft) -> InterestVersion:
        """The draft as the API takes it; a value that cannot be read raises ValidationError versions[i].name.
        Only the fields the method and range kind use are read."""
        f = f"versions[{i}]"
        interval = d.method in INTERVAL_METHODS
        by_amount = d.method == "amount_per_interval"

        def number(text: str, name: str) -> Decimal | None:
            return parse_number(text, self.ctx.locale, f"{f}.{name}")

        ranges = tuple(
            (number(a, "ranges") or Decimal(0), number(b, "ranges") or Decimal(0)) for a, b in d.ranges if a or b
        )
        return InterestVersion(
            valid_from=d.valid_from,
            percent=None if by_amount or d.range_by else number(d.percent, "percent"),
            amount=number(d.amount, "amount") if by_amount and not d.range_by else None,
            method=d.method,
            every=(parse_int(d.every_n, f"{f}.every"), d.every_unit) if interval else (1, "month"),
            range_by=d.range_by,
            ranges=ranges if d.range_by else (),
            grace_days=parse_int(d.grace_days or "0", f"{f}.grace_days"),
            minimum=number(d.minimum, "minimum"),
            maximum=number(d.maximum, "maximum"),
            compound_yearly=d.compound_yearly and d.method == "yearly_per_day",
            count_started_intervals=d.count_started and interval,
        )

    # --- behaviour ------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.setTitle(self.tr("Version from %1").replace("%1", self.ctx.date(self.valid_from.value())))
        self.update_fields()
        self.changed.emit()

    def update_fields(self) -> None:
        """Only the fields the method and range kind use are open."""
        method, ranged = self.method.code(), self.range_by.code() is not None
        interval = method in INTERVAL_METHODS
        self.percent.setEnabled(method != "amount_per_interval" and not ranged)
        self.amount.setEnabled(method == "amount_per_interval" and not ranged)
        self.every_n.setEnabled(interval)
        self.every_unit.setEnabled(interval)
        self.ranges.setEnabled(ranged)
        self.compound.setEnabled(method == "yearly_per_day")
        self.count_started.setEnabled(interval)
        if isinstance(self.percent_label, QLabel):
            self.percent_label.setText(
                self.tr("Yearly percentage") if method == "yearly_per_day" else self.tr("Percentage per interval")
            )
        value = self.tr("an amount") if method == "amount_per_interval" else self.tr("a percentage")
        unit = {"amount": self.tr("an overdue amount"), "days": self.tr("a day number"), "months": self.tr("a month")}
        self.ranges_hint.setText(
            self.tr(
                "Each line: from %1 on, %2. The first line starts at 0. Insert adds a line, Ctrl+Delete removes one."
            )
            .replace("%1", unit.get(self.range_by.code() or "", ""))
            .replace("%2", value)
            if ranged
            else ""
        )
        self.ranges_hint.setVisible(ranged)

    def focus_rate(self) -> None:
        target = self.amount if self.method.code() == "amount_per_interval" else self.percent
        target.setFocus()
        target.selectAll()
