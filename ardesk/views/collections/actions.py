"""What a bookkeeper does from the collections page (DOMAIN 5.2, 5.3, 5.6): holds and disputes of a customer
or one item, activities and promises to pay, credit limit, settle and write-off, and interest note waivers.
Every action writes through ardesk.api, then tells the other pages that the books changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.collections.detail import CustomerDetail
from ardesk.views.collections.dialogs import ActivityDialog, CreditDialog, ReasonDialog
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.widgets import ActionDialog


def run_dialog(dialog: QDialog) -> bool:
    """Show a form modally; True when it was saved."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class CollectionActions(QObject):
    """The action buttons of the detail area and what they do. Tests replace run_form (which shows a form
    and says whether it was saved) and ask_date (the posting date of an interest note action, or None)."""

    def __init__(self, detail: CustomerDetail, parent: QWidget) -> None:
        super().__init__(parent)
        self.detail = detail
        self.ctx = detail.ctx
        self.window = parent
        self.run_form: Callable[[QDialog], bool] = run_dialog
        self.ask_date: Callable[[str, str], dt.date | None] = self._ask_date
        self.settle_dialog: SettleDialog | None = None

        # --- the customer ---------------------------------------------------------------------------
        self.status_button = self._menu_button(
            self.tr("Customer &status"),
            [
                (self.tr("Put on &hold..."), lambda: self.set_customer_status("hold")),
                (self.tr("Put in &dispute..."), lambda: self.set_customer_status("disputed")),
                (self.tr("&Clear hold or dispute..."), lambda: self.set_customer_status("")),
            ],
        )
        self.log_button = self._menu_button(
            self.tr("&Log"),
            [
                (self.tr("&Call..."), lambda: self.log("call")),
                (self.tr("&Note..."), lambda: self.log("note")),
                (self.tr("&Promise to pay..."), lambda: self.log("promise")),
                (self.tr("&Dispute..."), lambda: self.log("dispute")),
            ],
        )
        self.settle_button = self._menu_button(
            self.tr("Se&ttle"),
            [
                (self.tr("&Enter customer payment..."), lambda: self.open_settle(settle_only=False)),
                (self.tr("&Settle open transactions..."), lambda: self.open_settle(settle_only=True)),
            ],
        )
        self.credit_button = self._button(
            self.tr("C&redit limit..."), self.edit_credit, self.tr("Credit limit, mandatory limit and invoicing hold")
        )
        for button in (self.status_button, self.log_button, self.settle_button, self.credit_button):
            detail.header_actions.addWidget(button)

        # --- one open transaction ----------------------------------------------------------------------
        self.hold_item_button = self._button(
            self.tr("&Hold"), lambda: self.set_item_status("hold"), self.tr("No letters or interest on this item")
        )
        self.dispute_item_button = self._button(self.tr("D&ispute"), lambda: self.set_item_status("disputed"))
        self.clear_item_button = self._button(self.tr("Cl&ear"), lambda: self.set_item_status(""))
        self.promise_button = self._button(self.tr("&Promise to pay..."), lambda: self.log("promise", item=True))
        self.write_off_button = self._button(
            self.tr("&Write off..."), self.write_off, self.tr("Close the open balance of the item as a bad debt")
        )
        bar = detail.item_actions
        for button in (self.hold_item_button, self.dispute_item_button, self.clear_item_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.promise_button)
        bar.addWidget(self.write_off_button)

        # --- activities and interest notes ---------------------------------------------------------------
        self.done_button = self._button(self.tr("&Mark done"), self.complete_activity)
        self.undone_button = self._button(self.tr("Mark &open"), lambda: self.complete_activity(False))
        detail.activity_actions.addWidget(self.done_button)
        detail.activity_actions.addWidget(self.undone_button)
        self.waive_button = self._button(self.tr("Wai&ve..."), lambda: self.adjust_interest("waive"))
        self.reinstate_button = self._button(self.tr("Rei&nstate..."), lambda: self.adjust_interest("reinstate"))
        self.reverse_button = self._button(self.tr("Re&verse..."), lambda: self.adjust_interest("reverse"))
        for button in (self.waive_button, self.reinstate_button, self.reverse_button):
            detail.note_actions.addWidget(button)

        for view in (detail.item_view, detail.activity_view, detail.note_view):
            view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_buttons())
        for model in (detail.items, detail.activities, detail.notes):
            model.modelReset.connect(self.update_buttons)
        detail.loaded.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, text: str, slot: Callable[[], object], tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _menu_button(self, text: str, entries: list[tuple[str, Callable[[], object]]]) -> QPushButton:
        button = QPushButton(text)
        menu = QMenu(button)
        for label, slot in entries:
            menu.addAction(label).triggered.connect(lambda _checked=False, s=slot: s())
        button.setMenu(menu)
        return button

    def menu_actions(self, button: QPushButton) -> list[str]:
        menu = button.menu()
        return [a.text() for a in menu.actions()] if menu is not None else []

    def update_buttons(self) -> None:
        d = self.detail
        has_customer = d.account is not None and d.info is not None
        for button in (self.status_button, self.log_button, self.settle_button, self.credit_button):
            button.setEnabled(has_customer)
        item = d.selected_item()
        for button in (self.hold_item_button, self.dispute_item_button, self.promise_button, self.write_off_button):
            button.setEnabled(item is not None)
        self.hold_item_button.setEnabled(item is not None and item.status != "hold")
        self.dispute_item_button.setEnabled(item is not None and item.status != "disputed")
        self.clear_item_button.setEnabled(item is not None and item.status != "")
        activity = d.selected_activity()
        self.done_button.setEnabled(activity is not None and not activity.done)
        self.undone_button.setEnabled(activity is not None and activity.done)
        note = d.selected_note()
        self.waive_button.setEnabled(note is not None and note.state == "posted")
        self.reverse_button.setEnabled(note is not None and note.state == "posted")
        self.reinstate_button.setEnabled(note is not None and note.state == "waived")

    # --- doing ----------------------------------------------------------------------------------------
    def _changed(self, text: str) -> None:
        self.detail.report(text)
        self.ctx.notify_changed()

    def _try(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except ArdeskError as exc:
            self.detail.report_error(message_text(exc, self.ctx.language))
            return False
        self._changed(done)
        return True

    def set_customer_status(self, status: str) -> bool:
        """Put the customer on hold or in dispute for collections (no letters, no interest), or clear it."""
        account = self.detail.account
        if account is None:
            return False
        titles = {
            "hold": (self.tr("Put %1 on hold"), self.tr("%1 is on hold: no letters and no interest until cleared.")),
            "disputed": (self.tr("Put %1 in dispute"), self.tr("%1 is in dispute: no letters and no interest.")),
            "": (self.tr("Clear the status of %1"), self.tr("Letters and interest apply to %1 again.")),
        }
        title, message = (t.replace("%1", account) for t in titles[status])
        done = {"hold": self.tr("%1 is on hold."), "disputed": self.tr("%1 is in dispute."), "": self.tr("%1 cleared.")}

        def write(day: dt.date, text: str) -> None:
            self.ctx.company.set_collection_status(account, status, day, text)

        dialog = ReasonDialog(self.ctx, title, message, write, self.window)
        if not self.run_form(dialog):
            return False
        self._changed(done[status].replace("%1", account))
        return True

    def set_item_status(self, status: str) -> bool:
        """One transaction on hold or in dispute (no letters, no interest on it), or cleared."""
        item = self.detail.selected_item()
        if item is None:
            return False
        titles = {
            "hold": self.tr("Put %1 on hold"),
            "disputed": self.tr("Put %1 in dispute"),
            "": self.tr("Clear the status of %1"),
        }
        title = titles[status].replace("%1", item.number)
        message = self.tr("%1, open %2.").replace("%1", item.number).replace("%2", self.ctx.amount(item.balance))

        def write(day: dt.date, text: str) -> None:
            self.ctx.company.set_transaction_status(item.number, status, day, text)

        if not self.run_form(ReasonDialog(self.ctx, title, message, write, self.window)):
            return False
        self._changed(self.tr("Status of %1 changed.").replace("%1", item.number))
        return True

    def log(self, kind: str, *, item: bool = False) -> bool:
        """Log a call, note, promise to pay or dispute; from the items bar, on the selected item."""
        account = self.detail.account
        if account is None:
            return False
        numbers = [r.number for r in self.detail.items.rows()]
        selected = self.detail.selected_item() if item else None
        dialog = ActivityDialog(
            self.ctx, account, kind, numbers, selected.number if selected else None, parent=self.window
        )
        if not self.run_form(dialog):
            return False
        self._changed(self.tr("Activity logged for %1.").replace("%1", account))
        return True

    def complete_activity(self, done: bool = True) -> bool:
        activity = self.detail.selected_activity()
        if activity is None:
            return False
        return self._try(
            lambda: self.ctx.company.complete_activity(activity.id, done),
            self.tr("Activity marked done.") if done else self.tr("Activity open again."),
        )

    def edit_credit(self) -> bool:
        info = self.detail.info
        if info is None:
            return False
        dialog = CreditDialog(
            self.ctx, info.account, info.credit_limit, info.mandatory_credit_limit, info.on_hold, self.window
        )
        if not self.run_form(dialog):
            return False
        self._changed(self.tr("Credit limit of %1 saved.").replace("%1", info.account))
        return True

    def open_settle(self, *, settle_only: bool) -> SettleDialog | None:
        """The Payments page's settle window on this customer (it tells the pages when it posted)."""
        account = self.detail.account
        if account is None:
            return None
        self.settle_dialog = SettleDialog(self.ctx, self.window, customer=account, settle_only=settle_only)
        self.settle_dialog.open()
        return self.settle_dialog

    def write_off(self) -> bool:
        """Write off the selected item with the Payments page's write-off (its prompt and posting)."""
        item = self.detail.selected_item()
        if item is None:
            return False
        view = self.detail.all_transactions()
        view.select(item.number)
        if view.selected() is None or view.selected().number != item.number:  # type: ignore[union-attr]
            self.detail.report_error(self.tr("%1 is no longer open.").replace("%1", item.number))
            return False
        if not view.write_off_selected():
            if view.message.isVisible():
                self.detail.report_error(view.message.text())
            return False
        self.detail.report(view.status.text())
        return True

    def _ask_date(self, title: str, text: str) -> dt.date | None:
        dialog = ActionDialog(self.ctx, title, text, parent=self.window)
        return dialog.values[0] if dialog.exec() and dialog.values else None

    def adjust_interest(self, action: str) -> bool:
        """Waive, reinstate or reverse the selected interest note (DOMAIN 5.6), after confirmation."""
        note = self.detail.selected_note()
        if note is None:
            return False
        amount = self.ctx.amount(note.total, note.currency or None)
        texts = {
            "waive": (
                self.tr("Waive %1"),
                self.tr(
                    "Forgive what is still open on interest note %1 (%2)? A credit is posted and settled against it."
                ),
            ),
            "reinstate": (
                self.tr("Reinstate %1"),
                self.tr("Charge the waived interest of %1 (%2) again? A new debit is posted."),
            ),
            "reverse": (
                self.tr("Reverse %1"),
                self.tr(
                    "Take interest note %1 (%2) back? A credit is posted; the next interest run charges the "
                    "interest again."
                ),
            ),
        }
        title, text = (t.replace("%1", note.number).replace("%2", amount) for t in texts[action])
        day = self.ask_date(title, text)
        if day is None:
            return False
        calls = {
            "waive": self.ctx.company.waive_interest,
            "reinstate": self.ctx.company.reinstate_interest,
            "reverse": self.ctx.company.reverse_interest,
        }
        done = {
            "waive": self.tr("Interest note %1 waived."),
            "reinstate": self.tr("Interest note %1 reinstated."),
            "reverse": self.tr("Interest note %1 reversed."),
        }
        return self._try(lambda: calls[action](note.number, day), done[action].replace("%1", note.number))
