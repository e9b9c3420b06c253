"""The Collection letters page: propose letters as of a date, check and change them, print, post, reverse."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from ardesk.api import Letter
from ardesk.views.collections.inputs import numbered, separator
from ardesk.views.collections.letter_dialog import LetterEditDialog
from ardesk.views.collections.proposals import ProposalPage
from ardesk.views.context import AppContext
from ardesk.views.widgets.record_model import Column


class LettersPage(ProposalPage):
    date_field = "letter_date"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Collection letters"),
            self.tr("Reminders for overdue items: propose them as of a date, check, print and post"),
        )
        self.preview_button = self.action(self.tr("Preview"), self.preview_selected, self.tr("Open the PDF (Enter)"))
        self.edit_button = self.action(
            self.tr("Edit..."), self.edit_selected, self.tr("Change the fee or the items (F2)")
        )
        self.cancel_button = self.action(self.tr("Cancel letter"), self.cancel_selected, self.tr("Delete"))
        self.action_row.addWidget(separator())
        self.print_button = self.action(
            self.tr("Print..."), self.print_selected, self.tr("Save PDFs in a folder (Ctrl+P)")
        )
        self.post_button = self.action(self.tr("Post..."), self.post_selected, self.tr("Ctrl+Enter"))
        self.action_row.addWidget(separator())
        self.reverse_button = self.action(self.tr("Reverse..."), self.reverse_selected)
        self.reverse_button.setToolTip(self.tr("Take a posted letter back: its fee, block and steps"))
        self.action_row.addStretch(1)
        QShortcut(QKeySequence("F2"), self, self.edit_selected)
        self.update_actions()

    # --- what the base class asks -------------------------------------------------------------------------
    def run_title(self) -> str:
        return self.tr("Create collection letters")

    def run_label(self) -> str:
        return self.tr("Create letters")

    def date_label(self) -> str:
        return self.tr("Letter date")

    def count_text(self, count: int) -> str:
        return self.tr("%n letter(s)", "", count)

    def no_proposals(self) -> str:
        return self.tr("No letters are due on this date.")

    def states(self) -> Sequence[tuple[str | None, str]]:
        return [
            ("created", self.tr("Proposals")),
            ("posted", self.tr("Posted")),
            ("reversed", self.tr("Reversed")),
            ("cancelled", self.tr("Cancelled")),
            (None, self.tr("All")),
        ]

    def state_text(self, state: str) -> str:
        return dict(self.states()).get(state, state) if state != "created" else self.tr("Proposal")

    def columns(self) -> Sequence[Column]:
        def currency(r: Letter) -> str:
            return r.currency or self.ctx.currency

        return [
            Column(self.tr("Letter"), lambda r: r.number),
            Column(self.tr("Account"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: self.names.get(r.customer, ""), stretch=True),
            Column(self.tr("Letter date"), lambda r: r.letter_date, "date"),
            Column(self.tr("Step"), lambda r: f"{r.step_index}  {r.step}"),
            Column(self.tr("14-day letter"), lambda r: self.tr("Yes") if r.fourteen_day else ""),
            Column(self.tr("Overdue"), lambda r: r.overdue_total, "amount", currency),
            Column(self.tr("Fee"), lambda r: r.fee, "amount"),
            Column(self.tr("Printed"), lambda r: self.tr("Yes") if r.printed else ""),
            Column(self.tr("State"), lambda r: self.state_text(r.state)),
        ]

    def line_columns(self) -> Sequence[Column]:
        kinds = {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "payment": self.tr("Payment"),
            "fee": self.tr("Collection costs"),
            "interest_note": self.tr("Interest note"),
            "interest_reinstated": self.tr("Interest reinstated"),
        }
        return [
            Column(self.tr("Transaction"), lambda r: r.transaction),
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Due date"), lambda r: r.due_date, "date"),
            Column(self.tr("Days overdue"), lambda r: r.days_overdue, "int", alert=lambda r: r.days_overdue > 60),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", self._line_currency),
            Column(self.tr("Balance"), lambda r: r.balance, "amount", self._line_currency),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind), stretch=True),
        ]

    def _line_currency(self, _line: Any) -> str:
        record = self.current()
        return (record.currency if record is not None else "") or self.ctx.currency

    def fetch(self, state: str | None) -> list[Any]:
        return self.ctx.company.collection_letters(state=state)

    def make_proposals(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.create_collection_letters(params["date"], customers=params["customers"])

    def print_one(self, number: str, path: Path, mark_printed: bool) -> None:
        self.ctx.company.print_collection_letter(number, path, mark_printed=mark_printed)

    def summary(self, records: list[Any]) -> str:
        fees = sum((r.fee for r in records if r.state != "cancelled"), Decimal(0))
        overdue: dict[str, Decimal] = defaultdict(Decimal)
        for r in records:
            overdue[r.currency or self.ctx.currency] += r.overdue_total
        parts = [
            self.tr("Overdue %1 %2").replace("%1", c).replace("%2", self.ctx.amount(a, c)) for c, a in overdue.items()
        ]
        parts.append(self.tr("Fees %1").replace("%1", self.ctx.amount(fees)))
        return "      ".join(parts) if records else ""

    def show_record(self, record: Any | None) -> None:
        if record is None:
            self.lines_title.setText(self.tr("Items"))
            self.lines_note.setText("")
            return
        name = self.names.get(record.customer, "")
        self.lines_title.setText(
            self.tr("Items of letter %1 to %2 %3 (sequence %4, step %5)")
            .replace("%1", record.number)
            .replace("%2", record.customer)
            .replace("%3", name)
            .replace("%4", record.sequence)
            .replace("%5", record.step)
        )
        note = ""
        if record.fourteen_day:
            note = self.tr(
                "A 14-day letter: it tells the consumer that collection costs of %1 will be charged if the items "
                "are not paid within 14 days. It charges nothing itself and does not move the step."
            ).replace("%1", self.ctx.amount(record.costs))
        self.lines_note.setText(note)
        self.lines_note.setVisible(bool(note))

    def update_actions(self) -> None:
        one = self.current()
        proposals = self.targets(["created"])
        chosen = [r for r in self.selected() if r.state == "created"]
        self.preview_button.setEnabled(one is not None)
        self.edit_button.setEnabled(one is not None and one.state == "created")
        self.cancel_button.setEnabled(bool(chosen))
        self.print_button.setEnabled(bool(self.model.rows()))
        self.print_button.setText(numbered(self.tr("Print..."), len(self.selected() or self.model.rows())))
        self.post_button.setEnabled(bool(proposals))
        self.post_button.setText(numbered(self.tr("Post..."), len(proposals)))
        self.reverse_button.setEnabled(one is not None and one.state == "posted")

    # --- actions ----------------------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def edit_selected(self) -> None:
        record = self.current()
        if record is None or record.state != "created":
            return
        dialog = self.open_dialog(LetterEditDialog(self.ctx, record, self))
        if isinstance(dialog, LetterEditDialog) and dialog.saved is not None:
            self.say(self.tr("Letter %1 changed.").replace("%1", record.number))
            self.ctx.notify_changed()

    def cancel_selected(self) -> None:
        numbers = [r.number for r in self.selected() if r.state == "created"]
        if not numbers:
            return
        title = self.tr("Cancel letters")
        question = self.tr("Cancel %1 proposed letter(s)? Their numbers stay in the list as cancelled.")
        if not self.ask_yes(title, question.replace("%1", str(len(numbers)))):
            return
        company = self.ctx.company
        self.run_each(
            numbers,
            company.cancel_collection_letter,
            title,
            self.tr("Cancelling letters..."),
            lambda o: self.finish_each(title, o, self.tr("Letters cancelled: %1.")),
        )

    def post_selected(self) -> None:
        """Post the selected proposals (or all shown) on a date asked for, after saying what posting does."""
        records = self.targets(["created"])
        if not records:
            return
        fees = sum((r.fee for r in records), Decimal(0))
        title = self.tr("Post letters")
        question = self.tr(
            "Post %1 letter(s)? Collection costs of %2 in all are charged to the customers, and a step that blocks "
            "puts its customer on hold. The items move to the letter's step."
        )
        question = question.replace("%1", str(len(records))).replace("%2", self.ctx.amount(fees))
        day = self.ask_date(title, question, max(r.letter_date for r in records), self.tr("Post"))
        if day is None:
            return
        company = self.ctx.company
        self.run_each(
            [r.number for r in records],
            lambda n: company.post_collection_letter(n, day),
            title,
            self.tr("Posting %1 letters...").replace("%1", str(len(records))),
            lambda o: self.finish_each(title, o, self.tr("Letters posted: %1.")),
        )

    def reverse_selected(self) -> None:
        record = self.current()
        if record is None or record.state != "posted":
            return
        title = self.tr("Reverse letter")
        question = self.tr(
            "Reverse letter %1? Its collection costs are credited, a block it set is lifted and its items go back "
            "to the step they had, so the next run proposes that step again."
        ).replace("%1", record.number)
        day = self.ask_date(title, question, self.ctx.today(), self.tr("Reverse"))
        if day is None:
            return
        company = self.ctx.company
        self.run_each(
            [record.number],
            lambda n: company.reverse_collection_letter(n, day),
            title,
            self.tr("Reversing letter %1...").replace("%1", record.number),
            lambda o: self.finish_each(title, o, self.tr("Letters reversed: %1.")),
        )
