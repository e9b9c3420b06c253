"""The Card payments page (DOMAIN 8): authorize a customer's card through the card processor, then capture it
(posting the payment that settles the invoice) or void it. The card number and security code go to the
processor and are forgotten: the dialog clears them when it closes; the list shows brand and last four."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ardesk.api import CardPaymentInfo, Transaction, ValidationError
from ardesk.i18n import parse_amount
from ardesk.views.context import AppContext
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column


class AuthorizeDialog(FormDialog):
    """Customer, invoice (optional: its open balance becomes the amount), amount, card number, expiry, holder
    and CVV (hidden as typed); Authorize asks the processor. A declined card closes the dialog too: the
    decline is recorded and the page says why. The number and CVV are wiped when the dialog closes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=520)
        self.setWindowTitle(self.tr("Authorize card payment"))
        self.result_info: CardPaymentInfo | None = None
        self.open_invoices: dict[str, Transaction] = {}
        company = ctx.company
        self.customer = CustomerPicker(company)
        self.invoice = CodeCombo([(None, self.tr("No invoice (payment on account)"))])
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        self.card_number = QLineEdit()
        self.card_number.setPlaceholderText("4242 4242 4242 4242")
        self.card_number.setMaxLength(23)
        self.expiry = QLineEdit()
        self.expiry.setPlaceholderText(self.tr("MM/YY"))
        self.expiry.setMaximumWidth(100)
        self.holder = QLineEdit()
        self.holder.setPlaceholderText(self.tr("Name as printed on the card"))
        self.cvv = QLineEdit()
        self.cvv.setEchoMode(QLineEdit.EchoMode.Password)
        self.cvv.setMaxLength(4)
        self.cvv.setMaximumWidth(80)
        self.cvv.setPlaceholderText(self.tr("optional"))
        methods = [m for m in company.methods_of_payment() if m.kind == "card" and m.active]
        self.method = CodeCombo([(m.code, f"{m.code} - {m.description}") for m in methods])
        self.date = date_edit(ctx, ctx.today())
        self.add(self.tr("Customer"), self.customer, "customer")
        self.add(self.tr("Invoice"), self.invoice, "invoice")
        self.add(self.tr("Amount"), self.amount, "amount")
        self.add(self.tr("Card number"), self.card_number, "card_number")
        self.add(self.tr("Expiry (MM/YY)"), self.expiry, "expiry")
        self.add(self.tr("Card holder"), self.holder, "holder")
        self.add(self.tr("Security code (CVV)"), self.cvv, "cvv")
        self.add(self.tr("Method of payment"), self.method, "method")
        self.add(self.tr("Date"), self.date, "date")
        note = plain_label(
            self.tr(
                "The card number and security code go to the card processor only; ardesk keeps the last four digits."
            ),
            "muted",
        )
        note.setWordWrap(True)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(self.tr("Authorize"))
        self.finish(note)
        self.customer.customer_changed.connect(self._customer_changed)
        self.invoice.activated.connect(lambda _index: self._invoice_changed())

    def focus_widget(self) -> QWidget | None:
        return self.customer

    def _customer_changed(self, *_args: object) -> None:
        """The customer's open invoices in the invoice list."""
        account = self.customer.account()
        rows = self.ctx.company.transactions(account, open_only=True) if account else []
        self.open_invoices = {t.number: t for t in rows if t.kind == "invoice" and t.balance > 0}
        self.invoice.clear()
        self.invoice.addItem(self.tr("No invoice (payment on account)"), "")
        for t in self.open_invoices.values():
            self.invoice.addItem(
                self.tr("%1 (open %2)").replace("%1", t.number).replace("%2", self.ctx.amount(t.balance)), t.number
            )

    def _invoice_changed(self) -> None:
        chosen = self.open_invoices.get(self.invoice.code() or "")
        if chosen is not None:
            self.amount.setText(self.ctx.amount(chosen.balance))

    def save(self) -> None:
        account = self.customer.account()
        if not account:
            raise ValidationError("customer", self.tr("Choose a customer"))
        amount = parse_amount(self.amount.text(), self.ctx.locale, field="amount")
        if amount is None:
            raise ValidationError("amount", self.tr("Type the amount to authorize"))
        self.result_info = self.ctx.company.authorize_card_payment(
            account,
            amount,
            date_of(self.date),
            card_number=self.card_number.text(),
            expiry=self.expiry.text(),
            holder=self.holder.text(),
            cvv=self.cvv.text() or None,
            invoice=self.invoice.code(),
            method=self.method.code(),
        )

    def done(self, result: int) -> None:
        # PCI DSS: nothing of the card stays in the dialog (setText also empties the undo history).
        self.card_number.setText("")
        self.cvv.setText("")
        super().done(result)


class CaptureDialog(FormDialog):
    """The capture date and amount (the authorized amount, or less: the rest is not charged)."""

    def __init__(self, ctx: AppContext, card: CardPaymentInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=440)
        self.card = card
        self.setWindowTitle(self.tr("Capture card payment %1").replace("%1", card.number))
        self.date = date_edit(ctx, max(ctx.today(), card.authorized_on))
        self.amount = QLineEdit(ctx.amount(card.amount, card.currency))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(160)
        self.add(self.tr("Date"), self.date, "date")
        self.add(self.tr("Amount"), self.amount, "amount")
        what = self.tr("%1 %2 of %3, authorized %4: capturing posts the payment.")
        for i, part in enumerate(
            (card.brand_name, card.masked, card.customer_name, ctx.amount(card.amount, card.currency)), 1
        ):
            what = what.replace(f"%{i}", part)
        note = plain_label(what, "muted")
        note.setWordWrap(True)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Capture"))
        self.finish(note)
        self.result_info: CardPaymentInfo | None = None

    def save(self) -> None:
        amount = parse_amount(self.amount.text(), self.ctx.locale, field="amount")
        self.result_info = self.ctx.company.capture_card_payment(self.card.number, date_of(self.date), amount=amount)


class VoidDialog(FormDialog):
    """Release the authorization: the card is not charged."""

    def __init__(self, ctx: AppContext, card: CardPaymentInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=420)
        self.card = card
        self.setWindowTitle(self.tr("Void card payment %1").replace("%1", card.number))
        self.date = date_edit(ctx, max(ctx.today(), card.authorized_on))
        self.add(self.tr("Date"), self.date, "date")
        note = plain_label(self.tr("The authorization is released; it can no longer be captured."), "muted")
        note.setWordWrap(True)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Void"))
        self.finish(note)
        self.result_info: CardPaymentInfo | None = None

    def save(self) -> None:
        self.result_info = self.ctx.company.void_card_payment(self.card.number, date_of(self.date))


class CardPaymentsPage(ListPage):
    """Every card payment, newest first, filtered by state; Authorize..., Capture... and Void... act on them."""

    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No card payments yet. Click Authorize to reserve an amount on a customer's card; capture it when you "
        "invoice or deliver.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Card payments"),
            self.tr("Authorize a customer's card, then capture the payment (it settles the invoice) or void it."),
        )
        self.state = CodeCombo(
            [
                (None, self.tr("All states")),
                ("authorized", self.tr("Authorized")),
                ("captured", self.tr("Captured")),
                ("voided", self.tr("Voided")),
                ("declined", self.tr("Declined")),
            ]
        )
        self.state.setMinimumWidth(150)
        self.state.activated.connect(lambda _index: self.refresh())
        self.toolbar.addWidget(plain_label(self.tr("State"), "muted"))
        self.toolbar.addWidget(self.state)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.authorize_button = self.tool_button(self.tr("Authorize..."), self.authorize)
        self.authorize_button.setObjectName("primary")
        self.capture_button = self.tool_button(self.tr("Capture..."), self.capture)
        self.void_button = self.tool_button(self.tr("Void..."), self.void)
        self.add_table()
        self.body.addWidget(self.add_message_line())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.view.doubleClicked.connect(lambda _index: self.capture())
        self.update_actions()

    # --- texts ------------------------------------------------------------------------------------
    def state_text(self, row: CardPaymentInfo) -> str:
        if row.state == "declined":
            return self.tr("Declined: %1").replace("%1", self.reason_text(row.decline_reason))
        if row.state == "captured" and row.captured_amount is not None and row.captured_amount < row.amount:
            return self.tr("Captured in part: %1").replace("%1", self.ctx.amount(row.captured_amount, row.currency))
        return {
            "authorized": self.tr("Authorized"),
            "captured": self.tr("Captured"),
            "voided": self.tr("Voided"),
        }.get(row.state, row.state)

    def reason_text(self, reason: str | None) -> str:
        """The processor's decline code in words."""
        return {
            "card_declined": self.tr("card declined"),
            "insufficient_funds": self.tr("insufficient funds"),
            "lost_card": self.tr("card reported lost"),
            "stolen_card": self.tr("card reported stolen"),
            "amount_limit": self.tr("amount above the limit"),
        }.get(reason or "", reason or self.tr("no reason given"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Customer"), lambda r: r.customer),
            Column(self.tr("Name"), lambda r: r.customer_name, stretch=True),
            Column(self.tr("Card"), lambda r: f"{r.brand_name} {r.masked}"),
            Column(self.tr("Invoice"), lambda r: r.invoice or ""),
            Column(self.tr("Amount"), lambda r: r.amount, "amount", currency=lambda r: r.currency),
            Column(self.tr("State"), self.state_text, alert=lambda r: r.state == "declined"),
            Column(self.tr("Authorized"), lambda r: r.authorized_on, "date"),
            Column(self.tr("Closed on"), lambda r: r.captured_on or r.voided_on, "date"),
            Column(self.tr("Payment"), lambda r: r.payment or ""),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n card payment(s)", "", count)

    # --- loading ----------------------------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        return {"state": self.state.code()}

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.card_payments(state=params["state"])

    def after_load(self, rows: list[Any], extra: Any) -> None:
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.update_actions()

    def current(self) -> CardPaymentInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def update_actions(self) -> None:
        row = self.current()
        open_ = row is not None and row.state == "authorized"
        self.capture_button.setEnabled(open_)
        self.void_button.setEnabled(open_)

    # --- actions ----------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def authorize(self) -> None:
        dialog = self.open_dialog(AuthorizeDialog(self.ctx, self))
        info = getattr(dialog, "result_info", None)
        if info is None:
            return
        if info.state == "declined":
            text = self.tr("%1: the card %2 was declined (%3).")
        else:
            text = self.tr("%1: %2 authorized; capture it to post the payment.")
        card = f"{info.brand_name} {info.masked}"
        reason = self.reason_text(info.decline_reason)
        self._done(info, text.replace("%1", info.number).replace("%2", card).replace("%3", reason))

    def capture(self) -> None:
        row = self.current()
        if row is None or row.state != "authorized":
            return
        dialog = self.open_dialog(CaptureDialog(self.ctx, row, self))
        info = getattr(dialog, "result_info", None)
        if info is not None:
            text = self.tr("%1 captured: payment %2 posted.").replace("%1", info.number)
            self._done(info, text.replace("%2", info.payment or ""))

    def void(self) -> None:
        row = self.current()
        if row is None or row.state != "authorized":
            return
        dialog = self.open_dialog(VoidDialog(self.ctx, row, self))
        info = getattr(dialog, "result_info", None)
        if info is not None:
            self._done(info, self.tr("%1 voided; the card is not charged.").replace("%1", info.number))

    def _done(self, info: CardPaymentInfo, text: str) -> None:
        self.say(text)
        self.ctx.notify_changed()


__all__ = ["AuthorizeDialog", "CaptureDialog", "CardPaymentsPage", "VoidDialog"]
