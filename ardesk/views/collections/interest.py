"""The Interest notes page: calculate interest up to a date, check the lines, print, post, waive, reinstate, reverse."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QWidget

from ardesk.api import InterestNote, InterestNoteLine
from ardesk.errors import ValidationError
from ardesk.views.collections.inputs import numbered, separator
from ardesk.views.collections.proposals import ProposalPage
from ardesk.views.context import AppContext
from ardesk.views.invoicing.page import OptionalDate
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column

#: The kinds a run may charge interest on (the API's CHARGEABLE_KINDS); interest notes bring reinstated interest.
KINDS = ("invoice", "fee", "interest_note")


class InterestNotesPage(ProposalPage):
    date_field = "to_date"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Interest notes"),
            self.tr("Interest on overdue items: calculate up to a date, check the lines, print and post"),
        )
        self.preview_button = self.action(self.tr("Preview"), self.preview_selected, self.tr("Open the PDF (Enter)"))
        self.remove_button = self.action(self.tr("Remove lines"), self.remove_lines)
        self.remove_button.setToolTip(self.tr("Take the selected lines off the proposal"))
        self.cancel_button = self.action(self.tr("Cancel note"), self.cancel_selected, self.tr("Delete"))
        self.action_row.addWidget(separator())
        self.print_button = self.action(
            self.tr("Print..."), self.print_selected, self.tr("Save PDFs in a folder (Ctrl+P)")
        )
        self.post_button = self.action(self.tr("Post..."), self.post_selected, self.tr("Ctrl+Enter"))
        self.action_row.addWidget(separator())
        self.waive_button = self.action(self.tr("Waive..."), self.waive_selected)
        self.waive_button.setToolTip(self.tr("Forgive what is still open on the note"))
        self.reinstate_button = self.action(self.tr("Reinstate..."), self.reinstate_selected)
        self.reinstate_button.setToolTip(self.tr("Charge a waived note again"))
        self.reverse_button = self.action(self.tr("Reverse..."), self.reverse_selected)
        self.reverse_button.setToolTip(self.tr("Take the note back; the next calculation charges it again"))
        self.action_row.addStretch(1)
        order = [self.run_date, self.from_date, *self.kind_boxes.values(), self.customers, self.run_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.update_actions()

    # --- the run ----------------------------------------------------------------------------------------------
    def run_title(self) -> str:
        return self.tr("Calculate interest")

    def run_label(self) -> str:
        return self.tr("Calculate")

    def date_label(self) -> str:
        return self.tr("Calculate to")

    def count_text(self, count: int) -> str:
        return self.tr("%n interest note(s)", "", count)

    def no_proposals(self) -> str:
        return self.tr("No interest is due up to this date.")

    def add_run_fields(self, first: QFormLayout, second: QFormLayout) -> None:
        self.kind_boxes: dict[str, QCheckBox] = {}
        self.from_date = OptionalDate(self.ctx.language)
        self.from_date.setFixedWidth(130)
        self.from_date.setToolTip(self.tr("Empty: from where each item's last posted note ended"))
        self.run_errors.add_row(first, self.tr("From"), self.from_date, "from_date")
        labels = {
            "invoice": self.tr("Invoices"),
            "fee": self.tr("Collection costs"),
            "interest_note": self.tr("Interest"),
        }
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        for kind in KINDS:
            box = QCheckBox(labels[kind])
            box.setChecked(kind == "invoice")
            self.kind_boxes[kind] = box
            row.addWidget(box)
        row.addStretch(1)
        self.kind_boxes["interest_note"].setToolTip(self.tr("Interest on interest: the law may not allow it"))
        self.interest_warning = plain_label(
            self.tr("Interest on interest: check that the law allows it."), "fieldError"
        )
        self.interest_warning.hide()
        self.kind_boxes["interest_note"].toggled.connect(self.interest_warning.setVisible)
        self.run_errors.add_row(second, self.tr("Charge on"), kinds, "kinds")
        second.addRow("", self.interest_warning)

    def run_params(self) -> dict[str, Any]:
        params = super().run_params()
        kinds = [k for k in KINDS if self.kind_boxes[k].isChecked()]
        if not kinds:
            raise ValidationError("kinds", self.tr("tick at least one kind of item"))
        if "interest_note" in kinds:
            kinds.append("interest_reinstated")
        params["from_date"] = self.from_date.optional()
        params["kinds"] = kinds
        return params

    def make_proposals(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.create_interest_notes(
            params["date"], from_date=params["from_date"], customers=params["customers"], kinds=params["kinds"]
        )

    # --- the list ---------------------------------------------------------------------------------------------
    def states(self) -> Sequence[tuple[str | None, str]]:
        return [
            ("created", self.tr("Proposals")),
            ("posted", self.tr("Posted")),
            ("waived", self.tr("Waived")),
            ("reinstated", self.tr("Reinstated")),
            ("reversed", self.tr("Reversed")),
            ("cancelled", self.tr("Cancelled")),
            (None, self.tr("All")),
        ]

    def state_text(self, state: str) -> str:
        return dict(self.states()).get(state, state) if state != "created" else self.tr("Proposal")

    def columns(self) -> Sequence[Column]:
        def currency(r: InterestNote) -> str:
            return r.currency or self.ctx.currency

        return [
            Column(self.tr("Interest note"), lambda r: r.number),
            Column(self.tr("Account"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: self.names.get(r.customer, ""), stretch=True),
            Column(self.tr("Interest code"), lambda r: r.interest_code),
            Column(self.tr("From"), self.first_day, "date"),
            Column(self.tr("To"), lambda r: r.to_date, "date"),
            Column(self.tr("Lines"), lambda r: len(r.lines), "int"),
            Column(self.tr("Interest"), lambda r: r.total, "amount", currency),
            Column(self.tr("Printed"), lambda r: self.tr("Yes") if r.printed else ""),
            Column(self.tr("State"), lambda r: self.state_text(r.state)),
        ]

    @staticmethod
    def first_day(note: InterestNote) -> Any:
        return note.from_date or min((ln.start for ln in note.lines), default=None)

    def line_columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Transaction"), lambda r: r.transaction),
            Column(self.tr("Due date"), lambda r: r.due_date, "date"),
            Column(self.tr("From"), lambda r: r.start, "date"),
            Column(self.tr("To"), lambda r: r.end, "date"),
            Column(self.tr("Days"), lambda r: r.days, "int"),
            Column(self.tr("Base"), lambda r: r.base, "amount", self._line_currency),
            Column(self.tr("Rate"), lambda r: r.rate, "percent"),
            Column(self.tr("Interest"), lambda r: r.interest, "amount", self._line_currency),
            Column(self.tr("Calculation"), self.calculation, stretch=True),
        ]

    def calculation(self, line: InterestNoteLine) -> str:
        """How the line's interest came about, in words the bookkeeper can check."""
        if line.method == "yearly_per_day" and line.rate is not None:
            return (
                self.tr("%1 a year on %2 for %3/365 days")
                .replace("%1", self.ctx.percent(line.rate))
                .replace("%2", self.ctx.amount(line.base, self._line_currency(line)))
                .replace("%3", str(line.days))
            )
        if line.method == "percent_per_interval":
            return self.tr("%1 per interval").replace("%1", self.ctx.percent(line.rate))
        if line.method == "amount_per_interval":
            return self.tr("an amount per interval")
        return line.method

    def _line_currency(self, _line: Any) -> str:
        record = self.current()
        return (record.currency if record is not None else "") or self.ctx.currency

    def fetch(self, state: str | None) -> list[Any]:
        return self.ctx.company.interest_notes(state=state)

    def print_one(self, number: str, path: Path, mark_printed: bool) -> None:
        self.ctx.company.print_interest_note(number, path, mark_printed=mark_printed)

    def summary(self, records: list[Any]) -> str:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for r in records:
            if r.state != "cancelled":
                totals[r.currency or self.ctx.currency] += r.total
        text = self.tr("Interest %1 %2")
        return "      ".join(text.replace("%1", c).replace("%2", self.ctx.amount(a, c)) for c, a in totals.items())

    def show_record(self, record: Any | None) -> None:
        if record is None:
            self.lines_title.setText(self.tr("Lines"))
            self.lines_note.hide()
            return
        self.lines_title.setText(
            self.tr("Lines of interest note %1 to %2 %3: %4")
            .replace("%1", record.number)
            .replace("%2", record.customer)
            .replace("%3", self.names.get(record.customer, ""))
            .replace("%4", self.ctx.amount(record.total, record.currency or None))
        )
        kinds = {"waive": self.tr("Waived"), "reinstate": self.tr("Reinstated"), "reverse": self.tr("Reversed")}
        history = [
            f"{kinds.get(a.kind, a.kind)} {self.ctx.date(a.date)}: {self.ctx.amount(a.amount)} ({a.document})"
            for a in record.adjustments
        ]
        self.lines_note.setText(self.tr("History: %1").replace("%1", ";  ".join(history)) if history else "")
        self.lines_note.setVisible(bool(history))

    def update_actions(self) -> None:
        one = self.current()
        state = one.state if one is not None else ""
        proposals = self.targets(["created"])
        lines = self.line_view.selectionModel().selectedRows() if one is not None else []
        self.preview_button.setEnabled(one is not None)
        self.remove_button.setEnabled(state == "created" and bool(lines))
        self.cancel_button.setEnabled(any(r.state == "created" for r in self.selected()))
        self.print_button.setEnabled(bool(self.model.rows()))
        self.print_button.setText(numbered(self.tr("Print..."), len(self.selected() or self.model.rows())))
        self.post_button.setEnabled(bool(proposals))
        self.post_button.setText(numbered(self.tr("Post..."), len(proposals)))
        self.waive_button.setEnabled(state == "posted")
        self.reinstate_button.setEnabled(state == "waived")
        self.reverse_button.setEnabled(state == "posted")

    # --- actions ----------------------------------------------------------------------------------------------
    def remove_lines(self) -> None:
        """Take the transactions of the selected lines off the current proposal."""
        note = self.current()
        rows = sorted({i.row() for i in self.line_view.selectionModel().selectedRows()})
        if note is None or note.state != "created" or not rows:
            return
        numbers = list(dict.fromkeys(self.line_model.row_at(r).transaction for r in rows))
        try:
            self.ctx.company.remove_interest_lines(note.number, numbers)
        except ValidationError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Lines removed from %1: %2.").replace("%1", note.number).replace("%2", ", ".join(numbers)))
        self.ctx.notify_changed()

    def cancel_selected(self) -> None:
        numbers = [r.number for r in self.selected() if r.state == "created"]
        if not numbers:
            return
        title = self.tr("Cancel interest notes")
        question = self.tr("Cancel %1 proposed interest note(s)? Their numbers stay in the list as cancelled.")
        if not self.ask_yes(title, question.replace("%1", str(len(numbers)))):
            return
        company = self.ctx.company
        self.run_each(
            numbers,
            company.cancel_interest_note,
            title,
            self.tr("Cancelling interest notes..."),
            lambda o: self.finish_each(title, o, self.tr("Interest notes cancelled: %1.")),
        )

    def post_selected(self) -> None:
        records = self.targets(["created"])
        if not records:
            return
        total = sum((r.total for r in records), Decimal(0))
        title = self.tr("Post interest notes")
        question = self.tr("Post %1 interest note(s)? Interest of %2 in all is charged to the customers.")
        question = question.replace("%1", str(len(records))).replace("%2", self.ctx.amount(total))
        day = self.ask_date(title, question, max(r.to_date for r in records), self.tr("Post"))
        if day is None:
            return
        company = self.ctx.company
        self.run_each(
            [r.number for r in records],
            lambda n: company.post_interest_note(n, day),
            title,
            self.tr("Posting %1 interest notes...").replace("%1", str(len(records))),
            lambda o: self.finish_each(title, o, self.tr("Interest notes posted: %1.")),
        )

    def _adjust(
        self, state: str, title: str, question: str, ok: str, call: Callable[[str, Any], object], done: str
    ) -> None:
        note = self.current()
        if note is None or note.state != state:
            return
        day = self.ask_date(title, question.replace("%1", note.number), self.ctx.today(), ok)
        if day is None:
            return
        self.run_each(
            [note.number],
            lambda n: call(n, day),
            title,
            title + "...",
            lambda o: self.finish_each(title, o, done),
        )

    def waive_selected(self) -> None:
        self._adjust(
            "posted",
            self.tr("Waive interest"),
            self.tr(
                "Waive interest note %1? A credit of what is still open on it is made and settled against it; "
                "the customer no longer owes it."
            ),
            self.tr("Waive"),
            self.ctx.company.waive_interest,
            self.tr("Interest notes waived: %1."),
        )

    def reinstate_selected(self) -> None:
        self._adjust(
            "waived",
            self.tr("Reinstate interest"),
            self.tr("Reinstate interest note %1? The amount waived is charged to the customer again."),
            self.tr("Reinstate"),
            self.ctx.company.reinstate_interest,
            self.tr("Interest notes reinstated: %1."),
        )

    def reverse_selected(self) -> None:
        self._adjust(
            "posted",
            self.tr("Reverse interest"),
            self.tr(
                "Reverse interest note %1? A credit of the whole note is made; the next calculation charges the "
                "same interest again."
            ),
            self.tr("Reverse"),
            self.ctx.company.reverse_interest,
            self.tr("Interest notes reversed: %1."),
        )
