"""Direct debit mandates (DOMAIN 7.3): every customer's SEPA mandates with their state, and the actions on them:
new, sign, amend the account, cancel, and print the form the debtor signs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ardesk.api import ArdeskError, Mandate
from ardesk.views.context import AppContext
from ardesk.views.payments.widgets import date_edit, date_of
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.page import action_button, plain_label
from ardesk.views.widgets.record_model import Column

#: The states a mandate can be in (ardesk.services.sepa.mandate_rules.STATUSES), as the filter offers them.
STATUSES = ("new", "active", "cancelled", "expired", "completed")
#: The column of the IBAN in the list (widened to the longest one loaded).
IBAN_COLUMN = 2
#: Mandates that can still be used or signed: the actions on them are enabled.
OPEN_STATES = ("new", "active")


def iban_text(iban: str | None) -> str:
    """An IBAN in groups of four, as printed."""
    plain = "".join((iban or "").split())
    return " ".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def status_text(status: str) -> str:
    return {
        "new": QCoreApplication.translate("MandatesPage", "New (not signed)"),
        "active": QCoreApplication.translate("MandatesPage", "Active"),
        "cancelled": QCoreApplication.translate("MandatesPage", "Cancelled"),
        "expired": QCoreApplication.translate("MandatesPage", "Expired"),
        "completed": QCoreApplication.translate("MandatesPage", "Completed"),
    }.get(status, status)


def sequence_text(code: str) -> str:
    """The SEPA sequence type in words, with the code the bank shows."""
    words = {
        "FRST": QCoreApplication.translate("MandatesPage", "First"),
        "RCUR": QCoreApplication.translate("MandatesPage", "Recurring"),
        "FNAL": QCoreApplication.translate("MandatesPage", "Final"),
        "OOFF": QCoreApplication.translate("MandatesPage", "One-off"),
    }.get(code)
    return f"{words} ({code})" if words else code


def scheme_items() -> list[tuple[str | None, str]]:
    return [
        ("CORE", QCoreApplication.translate("MandatesPage", "Core (consumers and businesses)")),
        ("B2B", QCoreApplication.translate("MandatesPage", "B2B (businesses only, no refund)")),
        ("COR1", QCoreApplication.translate("MandatesPage", "COR1 (Core, one-day lead time)")),
    ]


class MandateDialog(FormDialog):
    """A new mandate: the customer, the account to collect from, scheme, recurring or one-off, how many
    collections it is for, and the signature's date and place (no date: the mandate waits to be signed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, customer: str | None = None) -> None:
        super().__init__(ctx, parent, min_width=560)
        self.setWindowTitle(self.tr("New direct debit mandate"))
        self.created: Mandate | None = None
        self.customer = CustomerPicker(ctx.company)
        self.iban = QLineEdit()
        self.iban.setPlaceholderText("NL91 ABNA 0417 1643 00")
        self.bic = QLineEdit()
        self.bic.setPlaceholderText(self.tr("Optional, e.g. ABNANL2A"))
        self.scheme = CodeCombo(scheme_items(), "CORE")
        self.recurring = QRadioButton(self.tr("Recurring"))
        self.one_off = QRadioButton(self.tr("One-off"))
        self.recurring.setChecked(True)
        kind = QWidget()
        kind_row = QHBoxLayout(kind)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.recurring)
        kind_row.addWidget(self.one_off)
        kind_row.addStretch(1)
        self.expected = QSpinBox()
        self.expected.setRange(1, 9999)  # 1 shows as "no limit": a recurring mandate is for two or more
        self.expected.setSpecialValueText(self.tr("No limit"))
        self.expected.setValue(1)
        self.expected.setToolTip(self.tr("For a recurring mandate that ends: the number of collections"))
        self.signed = QCheckBox(self.tr("Signed by the customer on"))
        self.signed_on = date_edit(ctx, ctx.today())
        signed = QWidget()
        signed_row = QHBoxLayout(signed)
        signed_row.setContentsMargins(0, 0, 0, 0)
        signed_row.addWidget(self.signed)
        signed_row.addWidget(self.signed_on)
        signed_row.addStretch(1)
        self.signed_at = QLineEdit()
        self.signed_at.setPlaceholderText(self.tr("Where the customer signed"))
        self.add(self.tr("Customer"), self.customer, "customer")
        self.add(self.tr("IBAN"), self.iban, "iban")
        self.add(self.tr("BIC"), self.bic, "bic")
        self.add(self.tr("Scheme"), self.scheme, "scheme")
        self.add(self.tr("Type"), kind, "recurring")
        self.add(self.tr("Expected collections"), self.expected, "expected_payments")
        self.add(self.tr("Signature"), signed, "signed_on")
        self.add(self.tr("Place"), self.signed_at, "signed_at")
        hint = plain_label(
            self.tr("Leave the signature unticked to print the form first: the mandate stays new until it is signed."),
            "muted",
        )
        hint.setWordWrap(True)
        self.finish(hint)
        self.customer.customer_changed.connect(self._customer_chosen)
        self.one_off.toggled.connect(self._kind_changed)
        self.signed.toggled.connect(self._signed_changed)
        self._signed_changed(False)
        if customer:
            self.customer.set_account(customer)

    def focus_widget(self) -> QWidget | None:
        return self.customer

    def _customer_chosen(self, choice: Any) -> None:
        """Offer the customer's own account when nothing is typed yet."""
        if choice is None or self.iban.text().strip():
            return
        try:
            info = self.ctx.company.customer(choice.account)
        except ArdeskError:
            return
        self.iban.setText(iban_text(info.iban))
        if not self.bic.text().strip():
            self.bic.setText(info.bic or "")

    def _kind_changed(self, one_off: bool) -> None:
        self.expected.setEnabled(not one_off)

    def _signed_changed(self, signed: bool) -> None:
        self.signed_on.setEnabled(signed)
        self.signed_at.setEnabled(signed)

    def save(self) -> None:
        recurring = self.recurring.isChecked()
        expected = self.expected.value() if recurring and self.expected.value() > 1 else None
        self.created = self.ctx.company.create_mandate(
            self.customer.account() or self.customer.text().strip(),
            iban=self.iban.text().strip(),
            bic=self.bic.text().strip() or None,
            scheme=self.scheme.code() or "CORE",
            recurring=recurring,
            expected_payments=expected,
            signed_on=date_of(self.signed_on) if self.signed.isChecked() else None,
            signed_at=self.signed_at.text().strip() if self.signed.isChecked() else "",
        )


class MandateActionDialog(FormDialog):
    """Sign, amend the account of, or cancel one mandate: a date and what the action needs."""

    def __init__(self, ctx: AppContext, mandate: Mandate, action: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=480)
        self.mandate, self.action = mandate, action
        self.result_: Mandate | None = None
        titles = {
            "sign": self.tr("Sign mandate %1"),
            "amend": self.tr("New account for mandate %1"),
            "cancel": self.tr("Cancel mandate %1"),
        }
        self.setWindowTitle(titles[action].replace("%1", mandate.reference))
        about = plain_label(f"{mandate.customer} · {mandate.customer_name} · {iban_text(mandate.iban)}", "muted")
        self.form.addRow(self.tr("Mandate"), about)
        self.date = date_edit(ctx, ctx.today())
        self.place = QLineEdit()
        self.iban = QLineEdit()
        self.bic = QLineEdit()
        self.reason = QLineEdit()
        if action == "sign":
            self.add(self.tr("Signed on"), self.date, "signed_on")
            self.add(self.tr("Place"), self.place, "signed_at")
        elif action == "amend":
            self.iban.setPlaceholderText("NL91 ABNA 0417 1643 00")
            self.bic.setPlaceholderText(self.tr("Optional"))
            self.add(self.tr("Changed on"), self.date, "date")
            self.add(self.tr("New IBAN"), self.iban, "iban")
            self.add(self.tr("New BIC"), self.bic, "bic")
        else:
            self.reason.setPlaceholderText(self.tr("e.g. revoked by the customer"))
            self.add(self.tr("Cancelled on"), self.date, "date")
            self.add(self.tr("Reason"), self.reason, "reason")
        self.buttons.button(self.buttons.StandardButton.Save).setText(
            {"sign": self.tr("Sign"), "amend": self.tr("Save"), "cancel": self.tr("Cancel mandate")}[action]
        )
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.iban if self.action == "amend" else self.date

    def save(self) -> None:
        company, ref, day = self.ctx.company, self.mandate.reference, date_of(self.date)
        if self.action == "sign":
            self.result_ = company.sign_mandate(ref, day, signed_at=self.place.text().strip())
        elif self.action == "amend":
            self.result_ = company.amend_mandate(
                ref, day, iban=self.iban.text().strip(), bic=self.bic.text().strip() or None
            )
        else:
            self.result_ = company.cancel_mandate(ref, day, reason=self.reason.text().strip())


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #d5dae1;")
    line.setFixedWidth(10)
    return line


class MandatesPage(ListPage):
    """The mandates of every customer by customer and reference, filtered by status; New, Sign, Amend IBAN,
    Cancel and Print mandate form act on the selected one."""

    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No direct debit mandates. Click New mandate to enter one a customer signed (or to print the form "
        "for the customer to sign): direct debit runs collect the invoices of customers with an active mandate.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Direct debit mandates"),
            self.tr("The customers' SEPA mandates: who may be collected from, from which account and how often"),
        )
        #: Runs a dialog (tests replace it to drive the dialog).
        self.open_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        #: Asks where to save the mandate form (None: cancelled); tests replace it.
        self.choose_path: Callable[[str], str | None] = self._choose_path
        self._select_after: str | None = None
        self.filter = CodeCombo(
            [(None, self.tr("All statuses")), *((s, status_text(s)) for s in STATUSES)],
            None,
        )
        self.filter.setMinimumWidth(160)
        self.filter.activated.connect(lambda _index: self.refresh())
        self.new_button = action_button(self.tr("New mandate..."), self.new_mandate, "primary")
        self.sign_button = action_button(self.tr("Sign..."), lambda: self.act("sign"))
        self.amend_button = action_button(self.tr("Amend IBAN..."), lambda: self.act("amend"))
        self.cancel_button = action_button(self.tr("Cancel..."), lambda: self.act("cancel"))
        self.print_button = action_button(self.tr("Print mandate form..."), self.print_form)
        self.sign_button.setToolTip(self.tr("Enter the date the customer signed the mandate"))
        self.amend_button.setToolTip(self.tr("The customer collects from another account under the same mandate"))
        self.cancel_button.setToolTip(self.tr("The customer revoked the mandate: it can no longer be used"))
        self.toolbar.addWidget(plain_label(self.tr("Status"), "muted"))
        self.toolbar.addWidget(self.filter)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        for widget in (
            self.new_button,
            _separator(),
            self.sign_button,
            self.amend_button,
            self.cancel_button,
            _separator(),
            self.print_button,
        ):
            self.toolbar.addWidget(widget)
        self.view.stretch_minimum = 200
        self.add_table()
        self.body.addWidget(self.add_message_line())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.view.doubleClicked.connect(lambda _index: self.print_form())
        self.update_actions()

    # --- the list -------------------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Customer"), lambda m: f"{m.customer} · {m.customer_name}", stretch=True),
            Column(self.tr("Reference"), lambda m: m.reference),
            Column(self.tr("IBAN"), lambda m: iban_text(m.iban)),
            Column(self.tr("Scheme"), self.scheme_text),
            Column(self.tr("Signed on"), lambda m: m.signed_on, "date"),
            Column(self.tr("Status"), lambda m: status_text(m.status), alert=lambda m: m.status not in OPEN_STATES),
            Column(self.tr("Collections"), self.collections_text),
            Column(self.tr("Expires"), lambda m: m.expiry_date if m.status in OPEN_STATES else None, "date"),
            Column(self.tr("Next collection"), lambda m: self.next_text(m)),
        ]

    def scheme_text(self, m: Mandate) -> str:
        """The scheme and the type: "CORE, recurring", "B2B, one-off"."""
        kind = self.tr("recurring") if m.recurring else self.tr("one-off")
        return f"{m.scheme}, {kind}"

    def collections_text(self, m: Mandate) -> str:
        """How many were collected (of how many, when the mandate expects a number) and the last one's date:
        "3 of 12, last 01/10/2026"; "none" before the first."""
        done = str(m.collections_done)
        if m.expected_payments is not None:
            done = self.tr("%1 of %2").replace("%1", done).replace("%2", str(m.expected_payments))
        if m.last_collection is None:
            return done if m.expected_payments is not None else self.tr("none")
        return self.tr("%1, last %2").replace("%1", done).replace("%2", self.ctx.date(m.last_collection))

    def next_text(self, m: Mandate) -> str:
        return sequence_text(m.next_sequence_type) if m.status in OPEN_STATES else ""

    def row_key(self, record: Any) -> object:
        return record.reference

    def count_text(self, count: int) -> str:
        return self.tr("%n mandate(s)", "", count)

    def params(self) -> dict[str, Any]:
        return {"status": self.filter.code(), "today": self.ctx.today()}

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        # As of today: an active mandate unused for 36 months shows as expired before a run writes so.
        rows = self.ctx.company.mandates(as_of=params["today"])
        return [m for m in rows if params["status"] is None or m.status == params["status"]]

    def after_load(self, rows: list[Any], extra: Any) -> None:
        if self._select_after is not None:
            self.select(self._select_after)
            self._select_after = None
        if rows:  # a longer IBAN than the first load's (a foreign one) is shown whole
            needed = self.view.sizeHintForColumn(IBAN_COLUMN) + 12
            if self.view.columnWidth(IBAN_COLUMN) < needed:
                self.view.setColumnWidth(IBAN_COLUMN, needed)
                self.view.fill_width()
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.update_actions()

    def current(self) -> Mandate | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def update_actions(self) -> None:
        m = self.current()
        self.sign_button.setEnabled(m is not None and m.status == "new")
        self.amend_button.setEnabled(m is not None and m.status in OPEN_STATES)
        self.cancel_button.setEnabled(m is not None and m.status in OPEN_STATES)
        self.print_button.setEnabled(m is not None)

    def select(self, reference: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.reference == reference:
                self.view.setCurrentIndex(self.model.index(i, 0))
                return

    # --- actions --------------------------------------------------------------------------------------
    def new_mandate(self) -> Mandate | None:
        dialog = MandateDialog(self.ctx, self)
        self.open_dialog(dialog)
        if dialog.created is None:
            return None
        created = dialog.created
        self.say(
            self.tr("Mandate %1 of %2 created.").replace("%1", created.reference).replace("%2", created.customer_name)
        )
        self._after_change(created.reference)
        return created

    def act(self, action: str) -> Mandate | None:
        m = self.current()
        if m is None:
            return None
        dialog = MandateActionDialog(self.ctx, m, action, self)
        self.open_dialog(dialog)
        if dialog.result_ is None:
            return None
        done = {
            "sign": self.tr("Mandate %1 signed: it is active."),
            "amend": self.tr("Mandate %1 now collects from %2; the next collection tells the bank."),
            "cancel": self.tr("Mandate %1 cancelled."),
        }[action]
        self.say(done.replace("%1", m.reference).replace("%2", iban_text(dialog.result_.iban)))
        self._after_change(m.reference)
        return dialog.result_

    def _after_change(self, reference: str) -> None:
        """Reload every page; this one selects the mandate again once its rows are in."""
        self._select_after = reference
        self.ctx.notify_changed()
        if not self.loading:  # not shown: notify_changed left the reload to the next show
            self.refresh()

    def print_form(self) -> Path | None:
        m = self.current()
        if m is None:
            return None
        chosen = self.choose_path(f"mandate-{m.reference}.pdf")
        if not chosen:
            return None
        path = Path(chosen)
        try:
            self.ctx.company.print_mandate(m.reference, path)
        except (ArdeskError, OSError) as exc:
            self.warn_refusal(self.tr("Print mandate form"), exc, path)
            return None
        self.say(self.tr("Mandate form %1 saved to %2.").replace("%1", m.reference).replace("%2", str(path)))
        return path

    def _choose_path(self, name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mandate form"), str(Path.home() / name), self.tr("PDF files (*.pdf)")
        )
        return path or None
