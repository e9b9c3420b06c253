"""Enter customer payments / Settle transactions: mark open items, preview the settlement live, then
post a payment, add a payment journal line, or settle marked debits and credits against each other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import MarkPreview
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.collections.tiles import Tile
from ardesk.views.context import AppContext
from ardesk.views.payments.open_items import OpenItemsPanel
from ardesk.views.payments.payment_form import FIELDS, PaymentForm
from ardesk.views.payments.settle_model import row_key
from ardesk.views.payments.widgets import banner, date_of, show_banner
from ardesk.views.widgets.page import plain_label

PREVIEW_DELAY_MS = 250
NEW_JOURNAL = "+new"


class SettleDialog(QDialog):
    """Choose a customer and a date; the open items come with their discount. Marking or typing previews
    the settlement in the background (debounced); the footer shows the marked total, the cash discount
    and the amount to receive. Nothing is written until one of the three actions is chosen."""

    #: A preview arrived (or failed); tests wait for it.
    previewed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        customer: str | None = None,
        date: dt.date | None = None,
        journal: str | None = None,
        settle_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settle_only = settle_only
        self.setWindowTitle(self.tr("Settle open transactions") if settle_only else self.tr("Enter customer payment"))
        self.resize(1220, 720)
        self.result_text = ""
        self.journal_line: tuple[str, int] | None = None  # (journal, line) added
        self.close_after_adding = journal is not None
        #: Asks Yes/No/Cancel; tests replace it. Returns a QMessageBox.StandardButton.
        self.ask: Callable[[str, str, bool], QMessageBox.StandardButton] = self._ask
        self._generation = 0
        self.previewing = False
        self.marked_total_value = Decimal("0.00")
        company = ctx.company
        methods = company.methods_of_payment()
        journals = company.payment_journals(open_only=True)
        self.form = PaymentForm(ctx, methods, date=date)
        self.errors = self.form.errors
        self.customer, self.date, self.amount = self.form.customer, self.form.date, self.form.amount
        self.method, self.reference, self.prepayment = self.form.method, self.form.reference, self.form.prepayment
        self.amount.setPlaceholderText(self.tr("the marked total"))
        self.form.set_label(self.date, self.tr("Settlement date") if settle_only else self.tr("Payment date"))
        header = QGroupBox(self.tr("Settle") if settle_only else self.tr("Payment"))
        QVBoxLayout(header).addWidget(self.form)

        self.items = OpenItemsPanel(ctx, self)
        self.model, self.view, self.balance_label = self.items.model, self.items.view, self.items.balance_label
        # Centralized payments (DOMAIN 4.13): the same party's open invoices in the group's other companies.
        self.group = company.centralized_companies()
        self.group_items = QCheckBox(self.tr("Open items of all companies in the group"))
        self.group_items.setToolTip(
            self.tr(
                "Also list the open invoices of the same customer (party) in %1; a payment or settlement here "
                "settles them with due-to / due-from postings. Credits of another company are settled there."
            ).replace("%1", ", ".join(self.group[1:]))
        )
        self.group_note = plain_label(
            self.tr("Group: %1. Credits of another company are settled in that company.").replace(
                "%1", ", ".join(self.group)
            ),
            "muted",
        )
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_items)
        group_row.addSpacing(12)
        group_row.addWidget(self.group_note, 1)
        for part in (self.group_items, self.group_note):
            part.setVisible(bool(self.group))

        self.marked_tile = Tile(self.tr("Marked total"))
        self.discount_tile = Tile(self.tr("Cash discount to take"))
        self.receive_tile = Tile(self.tr("Amount to receive"))
        tiles = QHBoxLayout()
        for tile in (self.marked_tile, self.discount_tile, self.receive_tile):
            tiles.addWidget(tile, 1)
        self.note = plain_label("", "muted")
        self.note.setWordWrap(True)
        self.message = banner()
        self.status = plain_label("", "")
        self.status.setStyleSheet("color: #1d6b3a;")
        self.status.setWordWrap(True)

        self.journal = QComboBox()
        for j in journals:
            label = f"{j.number}  {j.description}".strip()
            self.journal.addItem(label, j.number)
        self.journal.addItem(self.tr("New payment journal"), NEW_JOURNAL)
        if journal is not None:
            self.journal.setCurrentIndex(max(self.journal.findData(journal), 0))
        self.settle_button = QPushButton(self.tr("Settle marked"))  # its tooltip: _captions
        self.journal_button = QPushButton(self.tr("Add to journal"))
        self.post_button = QPushButton(self.tr("Post payment"))
        self.post_button.setObjectName("primary")
        close = QPushButton(self.tr("Close"))
        actions = QHBoxLayout()
        actions.addWidget(self.settle_button)
        actions.addStretch(1)
        self.journal_label = plain_label(self.tr("Journal"), "muted")
        actions.addWidget(self.journal_label)
        actions.addWidget(self.journal)
        actions.addWidget(self.journal_button)
        actions.addSpacing(12)
        actions.addWidget(self.post_button)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(group_row)
        layout.addWidget(self.items, 1)
        layout.addLayout(tiles)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.errors.clear()
        if settle_only:  # no money comes in: the marks offset each other
            self.form.only_customer_and_date()
            for widget in (self.journal_label, self.journal, self.journal_button, self.post_button):
                widget.hide()
            self.settle_button.setObjectName("primary")  # the tiles say "Debits/Credits marked": _captions
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the table edits a cell; it must never post

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._debounce.timeout.connect(self.preview_now)
        self.customer.customer_changed.connect(lambda _c: self.load_items())
        self.date.dateChanged.connect(lambda _d: self.load_items())
        self.group_items.toggled.connect(lambda _on: self.load_items())
        self.amount.textChanged.connect(self._debounce.start)
        self.prepayment.toggled.connect(self._prepayment_toggled)
        self.model.marks_changed.connect(self._debounce.start)
        self.model.invalid_input.connect(lambda text: show_banner(self.message, text))
        self.items.mark_priority.clicked.connect(self.mark_by_priority)
        self.items.release.clicked.connect(self.release_mark)
        self.settle_button.clicked.connect(self.settle_marked)
        self.journal_button.clicked.connect(self.add_to_journal)
        self.post_button.clicked.connect(self.post_payment)
        close.clicked.connect(self.reject)
        if customer:
            self.customer.set_account(customer)
        self.update_totals()
        self.customer.setFocus()

    # --- open items -------------------------------------------------------------------------------
    def load_items(self) -> None:
        """The chosen customer's open items as of the payment date (a quick read on the GUI thread)."""
        account = self.customer.account()
        rows: list[Any] = self.ctx.company.open_items(account, date_of(self.date)) if account else []
        if account and self.group_items.isChecked():
            rows += self.ctx.company.group_open_items(account, date_of(self.date))
        self.model.set_rows(rows)
        self.items.show_columns()
        balance = sum((r.balance for r in rows), Decimal(0))
        currency = rows[0].currency if rows else self.ctx.currency
        self.balance_label.setText(
            self.tr("%n open, balance %1", "", len(rows)).replace(
                "%1", f"{self.ctx.amount(balance, currency)} {currency}"
            )
            if account
            else ""
        )
        others = [r for r in rows if getattr(r, "company", "")]
        if others:  # centralized payments: say how much of it is the other companies'
            share = sum((r.balance for r in others), Decimal(0))
            self.balance_label.setText(
                self.balance_label.text()
                + self.tr(", of which %1 in other companies").replace("%1", self.ctx.amount(share, currency))
            )
        self.errors.clear()
        show_banner(self.message, "")
        self.preview_now()

    def mark_by_priority(self) -> None:
        account = self.customer.account()
        if not account:
            return
        try:
            marks = self.ctx.company.priority_marks(account)
        except ArdeskError as exc:
            show_banner(self.message, message_text(exc, self.ctx.language))
            return
        self.model.mark_numbers([m.number for m in marks])

    def release_mark(self) -> bool:
        """The administrator's unmark (DOMAIN 4.1): free a transaction held by another unposted journal line."""
        row = self.items.held_row()
        if row is None:
            show_banner(self.message, self.tr("Select the transaction to release first."))
            return False
        answer = self.ask(
            self.tr("Release journal mark"),
            self.tr(
                "%1 is marked on %2, which is not posted. Take it off that line? The line stays, without this mark."
            )
            .replace("%1", row.number)
            .replace("%2", row.marked_in or ""),
            False,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.ctx.company.clear_marks(row.number)
        except ArdeskError as exc:
            show_banner(self.message, message_text(exc, self.ctx.language))
            return False
        self.status.setText(
            self.tr("%1 released from %2.").replace("%1", row.number).replace("%2", row.marked_in or "")
        )
        self.ctx.notify_changed()
        self.load_items()
        return True

    def _prepayment_toggled(self, on: bool) -> None:
        if on:
            self.model.clear_marks()
        self.view.setEnabled(not on)
        for button in (
            self.items.mark_priority,
            self.items.mark_all,
            self.items.unmark,
            self.items.release,
            self.settle_button,
        ):
            button.setEnabled(not on)

    # --- preview ----------------------------------------------------------------------------------
    def typed_amount(self) -> Decimal | None:
        return self.form.typed_amount()

    def preview_now(self) -> None:
        """Ask the books what the marks would settle, in the background; older answers are dropped."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        marks, account, day = self.model.marks(), self.customer.account(), date_of(self.date)
        keys = self.model.mark_keys()
        self.errors.clear()
        try:
            amount = self.typed_amount()
        except ValidationError as exc:
            self.errors.show(exc)
            amount = None
        if not marks or not account:
            self.marked_total_value = Decimal("0.00")
            self.model.set_preview([])
            self.update_totals()
            self.previewed.emit()
            return
        company = self.ctx.company
        payment = not self.settle_only

        def job() -> tuple[list[MarkPreview], list[MarkPreview]]:
            """What the marks ask for (as the primary action posts them: a payment, or the marks offset
            each other), and how the amount received would be spread over them."""
            full = company.preview_settlement(account, day, marks, payment=payment)
            return full, full if amount is None else company.preview_settlement(
                account, day, marks, payment_amount=amount
            )

        self.previewing = True
        self.ctx.runner.run(
            job,
            success=lambda result: self._previewed(generation, result[0], result[1], keys),
            failure=lambda exc: self._preview_failed(generation, exc),
        )

    def _previewed(
        self, generation: int, full: list[MarkPreview], spread: list[MarkPreview], keys: list[str] | None = None
    ) -> None:
        if generation != self._generation:
            return
        self.previewing = False
        show_banner(self.message, "")
        self.marked_total_value = sum((p.amount_to_settle for p in full), Decimal("0.00"))
        self.model.set_preview(spread, keys)
        self.update_totals()
        self.previewed.emit()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.previewing = False
        self.marked_total_value = Decimal("0.00")
        self.model.set_preview([])
        self.show_error(exc)
        self.update_totals()
        self.previewed.emit()

    def credits_only(self) -> bool:
        """Only credits (credit notes, payments) are marked: the preview shows what settling them would
        pay out, but there is nothing for them to settle against, so nothing can be posted."""
        rows = [r for r in self.model.rows() if row_key(r) in self.model.marked]
        return bool(rows) and all(r.balance < 0 for r in rows)

    def refund(self) -> tuple[Decimal, Decimal] | None:
        """With only credits marked: (what settling them would refund, the cash discount given back),
        as positive figures from the engine's preview; None otherwise."""
        if not self.credits_only():
            return None
        previews = [p for n, p in self.model.preview.items() if n in self.model.marked]
        return (
            -sum((p.amount_to_settle for p in previews), Decimal("0.00")),
            -sum((p.discount_to_take for p in previews), Decimal("0.00")),
        )

    def totals(self) -> tuple[Decimal, Decimal, Decimal]:
        """(marked total, cash discount to take, amount to receive) of the current preview; the marked
        total is what the marks ask for, the discount what the amount received would earn."""
        previews = list(self.model.preview.values())
        marked = self.marked_total_value
        discount = sum((p.discount_to_take for p in previews), Decimal("0.00"))
        try:
            typed = self.typed_amount()
        except ValidationError:
            typed = None
        return marked, discount, typed if typed is not None else max(marked, Decimal("0.00"))

    def update_totals(self) -> None:
        marked, discount, receive = self.totals()
        currency = self.currency()
        refund = self.refund()
        if self.settle_only:  # debits and credits offset: show each side
            amounts = [p.amount_to_settle for p in self.model.preview.values()]
            marked = sum((a for a in amounts if a > 0), Decimal("0.00"))
            receive = -sum((a for a in amounts if a < 0), Decimal("0.00"))
        self._captions(refund is not None)
        if refund is not None:  # what settling the credits would pay out, as positive figures
            cash, discount = refund
            if self.settle_only:
                receive = cash
            else:
                marked = cash
        self.marked_tile.set_value(self.ctx.amount(marked, currency))
        self.discount_tile.set_value(self.ctx.amount(discount, currency))
        self.receive_tile.set_value(self.ctx.amount(receive, currency))
        count = len(self.model.marked)
        note = (
            self.tr("%n transaction(s) marked.", "", count)
            if count
            else self.tr("Tick the transactions this payment settles, or type an amount for an unapplied payment.")
        )
        if refund is not None:
            self.note.setText(self.refund_note(*refund))
            return
        try:
            typed = self.typed_amount()
        except ValidationError:
            typed = None
        if count and typed is not None and typed != marked:
            note += " " + self.tr(
                "The amount received differs from the marked total by %1: a shortfall is "
                "spread oldest invoice first, an excess stays open as a credit on the customer "
                "unless it is within the tolerances."
            ).replace("%1", self.ctx.amount(typed - marked, currency))
        self.note.setText(note)

    def _captions(self, refund: bool) -> None:
        """The tiles' captions: what the marks settle, or with only credits marked what they would refund."""
        if refund:
            (self.receive_tile if self.settle_only else self.marked_tile).caption.setText(self.tr("To refund"))
            self.discount_tile.caption.setText(self.tr("Cash discount given back"))
        else:
            self.marked_tile.caption.setText(self.tr("Debits marked") if self.settle_only else self.tr("Marked total"))
            self.receive_tile.caption.setText(
                self.tr("Credits marked") if self.settle_only else self.tr("Amount to receive")
            )
            self.discount_tile.caption.setText(self.tr("Cash discount to take"))
        tip = self.nothing_to_post() if refund else ""
        self.post_button.setToolTip(tip)
        self.journal_button.setToolTip(tip)
        self.settle_button.setToolTip(
            tip or self.tr("Settle the marked open debits and credits against each other; no money is received")
        )

    def refund_note(self, cash: Decimal, discount: Decimal) -> str:
        """The note under the totals when only credits are marked: what settling them would do, and why
        this window cannot post it."""
        currency = self.currency()
        numbers = ", ".join(m.number for m in self.model.marks())
        amount = f"{self.ctx.amount(cash, currency)} {currency}"
        if discount:
            text = self.tr(
                "Only credits are marked: settling %1 would refund %2 to the customer and give back "
                "%3 of cash discount."
            ).replace("%3", f"{self.ctx.amount(discount, currency)} {currency}")
        else:
            text = self.tr("Only credits are marked: settling %1 would refund %2 to the customer.")
        return text.replace("%1", numbers).replace("%2", amount) + " " + self.nothing_to_post()

    def nothing_to_post(self) -> str:
        return self.tr(
            "Nothing is posted from here: mark an invoice for the credits to settle against; a credit "
            "balance is paid back to the customer with a reimbursement."
        )

    def _refuse_credits_only(self) -> bool:
        """The actions with only credits marked: say what is needed instead of posting."""
        if not self.credits_only():
            return False
        self.errors.clear()
        show_banner(self.message, self.nothing_to_post())
        return True

    def currency(self) -> str:
        rows = self.model.rows()
        return rows[0].currency if rows else self.ctx.currency

    # --- errors -----------------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        """A header field's error beside the field; a mark's error on its row and in the banner."""
        if not isinstance(exc, ArdeskError):
            self.ctx.runner.error.emit(exc)
            return
        if isinstance(exc, ValidationError):
            key = exc.field.split("[")[0].split(".")[0]
            if key in FIELDS:
                self.errors.show(exc)
                return
            if key == "marks" and "[" in exc.field:
                index = int(exc.field.split("[")[1].split("]")[0])
                marks = self.model.mark_keys()
                if 0 <= index < len(marks):
                    number = marks[index]
                    self.model.set_problem(number, field_message(exc, self.ctx.language))
                    row = self.model.row_of(number)
                    self.view.scrollTo(self.model.index(row, 0))
                    show_banner(self.message, field_message(exc, self.ctx.language))
                    return
            show_banner(self.message, field_message(exc, self.ctx.language))
            return
        show_banner(self.message, message_text(exc, self.ctx.language))

    def _ask(self, title: str, text: str, with_cancel: bool) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if with_cancel:
            buttons |= QMessageBox.StandardButton.Cancel
        return QMessageBox.question(self, title, text, buttons)

    def _done(self, text: str) -> None:
        self.result_text = text
        self.status.setText(text)
        show_banner(self.message, "")
        self.form.clear_payment()
        self.model.clear_marks()
        self.ctx.notify_changed()
        self.load_items()

    def _inputs(self) -> dict[str, Any] | None:
        self.errors.clear()
        show_banner(self.message, "")
        try:
            return {**self.form.values(), "marks": self.model.marks()}
        except ValidationError as exc:
            self.errors.show(exc)
            return None

    # --- actions ----------------------------------------------------------------------------------
    def post_payment(self) -> None:
        if self._refuse_credits_only():
            return
        v = self._inputs()
        if v is None:
            return
        try:
            doc = self.ctx.company.post_payment(
                v["customer"],
                v["date"],
                v["amount"],
                marks=v["marks"],
                method=v["method"],
                reference=v["reference"],
                prepayment=v["prepayment"],
            )
        except ArdeskError as exc:
            self.show_error(exc)
            return
        self._done(
            self.tr("Payment %1 of %2 posted for %3.")
            .replace("%1", doc.number)
            .replace("%2", self.ctx.amount(-doc.amount, doc.currency))
            .replace("%3", doc.customer)
        )

    def add_to_journal(self) -> None:
        if self._refuse_credits_only():
            return
        v = self._inputs()
        if v is None:
            return
        amount = v["amount"]
        if v["marks"]:
            marked = self.marked_total(v)
            if marked is None:
                return
            if amount is None:
                amount = marked
            elif amount != marked:
                answer = self.ask(
                    self.tr("Change the journal amount?"),
                    self.tr(
                        "The total of the marked transactions (%1) differs from the journal "
                        "amount (%2). Change the journal amount to the marked total?"
                    )
                    .replace("%1", self.ctx.amount(marked))
                    .replace("%2", self.ctx.amount(amount)),
                    True,
                )
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                if answer == QMessageBox.StandardButton.Yes:
                    amount = marked
        journal = self.journal.currentData()
        company = self.ctx.company
        try:
            if journal == NEW_JOURNAL:
                journal = company.create_payment_journal(self.tr("Customer payments"))
                self.journal.insertItem(0, journal, journal)
                self.journal.setCurrentIndex(0)
            index = company.add_payment_line(
                journal,
                v["customer"],
                v["date"],
                amount,
                marks=v["marks"],
                method=v["method"],
                reference=v["reference"],
                prepayment=v["prepayment"],
            )
        except ArdeskError as exc:
            self.show_error(exc)
            return
        self.journal_line = (journal, index)
        self._done(self.tr("Line %1 added to payment journal %2.").replace("%1", str(index)).replace("%2", journal))
        if self.close_after_adding:  # opened from the journal window: back to it
            self.accept()

    def marked_total(self, v: dict[str, Any]) -> Decimal | None:
        """The cash the marks ask for (a preview without a payment amount), or None after showing why not."""
        try:
            previews = self.ctx.company.preview_settlement(v["customer"], v["date"], v["marks"], payment=True)
        except ArdeskError as exc:
            self.show_error(exc)
            return None
        return sum((p.amount_to_settle for p in previews), Decimal("0.00"))

    def _offset_confirmed(self, v: dict[str, Any]) -> bool:
        """In the payment window the preview shows what Post payment does. Settling without a payment
        offsets the marks up to the smaller side instead: when that differs from the preview, show what
        it settles and ask first."""
        try:
            offset = self.ctx.company.preview_settlement(v["customer"], v["date"], v["marks"])
        except ArdeskError as exc:
            self.show_error(exc)
            return False
        if dict(zip(self.model.mark_keys(), offset, strict=False)) == self.model.preview:
            return True
        currency = self.currency()
        lines = "\n".join(
            f"{p.number}: {self.ctx.amount(p.amount_to_settle, currency)}"
            + (
                self.tr(" (cash discount %1)").replace("%1", self.ctx.amount(p.discount_to_take, currency))
                if p.discount_to_take
                else ""
            )
            for p in offset
        )
        answer = self.ask(
            self.tr("Settle without a payment?"),
            self.tr(
                "Without a payment the marked debits and credits settle each other only up to the "
                "smaller side:\n%1\nThe rest stays open. Settle them?"
            ).replace("%1", lines),
            False,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.model.set_preview(offset)
        return True

    def settle_marked(self) -> None:
        if self._refuse_credits_only():
            return
        v = self._inputs()
        if v is None:
            return
        if not self.settle_only and not self._offset_confirmed(v):
            return
        try:
            rows = self.ctx.company.settle(v["customer"], v["date"], v["marks"])
        except ArdeskError as exc:
            self.show_error(exc)
            return
        self._done(self.tr("%n settlement(s) posted.", "", len(rows)))
