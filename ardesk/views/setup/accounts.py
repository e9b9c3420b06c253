"""The Accounts set-up page: the ledger accounts AR posts to, their roles (which account an automatic posting
uses), and the dialogs to add, edit and assign them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ACCOUNT_KINDS, ACCOUNT_ROLES, AccountRow
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.context import AppContext
from ardesk.views.setup.collections_setup import EditableListPage
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label
from ardesk.views.widgets.record_model import Column

#: Account kinds (models.company.ACCOUNT_KINDS) as the user reads them; translated in the "Accounts" context.
KIND_LABELS = {
    "asset": QT_TRANSLATE_NOOP("Accounts", "Asset"),
    "liability": QT_TRANSLATE_NOOP("Accounts", "Liability"),
    "equity": QT_TRANSLATE_NOOP("Accounts", "Equity"),
    "revenue": QT_TRANSLATE_NOOP("Accounts", "Revenue"),
    "expense": QT_TRANSLATE_NOOP("Accounts", "Expense"),
}

#: The roles (services.chart.ROLES): what each posts automatically. Translated in the "Accounts" context.
ROLE_LABELS = {
    "receivable": QT_TRANSLATE_NOOP("Accounts", "Accounts receivable"),
    "revenue": QT_TRANSLATE_NOOP("Accounts", "Sales revenue"),
    "sales_tax": QT_TRANSLATE_NOOP("Accounts", "Sales tax payable"),
    "bank": QT_TRANSLATE_NOOP("Accounts", "Bank"),
    "cash": QT_TRANSLATE_NOOP("Accounts", "Cash"),
    "cash_discount": QT_TRANSLATE_NOOP("Accounts", "Cash discount"),
    "over_underpayment": QT_TRANSLATE_NOOP("Accounts", "Overpayment and underpayment"),
    "penny_difference": QT_TRANSLATE_NOOP("Accounts", "Penny differences"),
    "prepayment": QT_TRANSLATE_NOOP("Accounts", "Customer prepayments"),
    "write_off": QT_TRANSLATE_NOOP("Accounts", "Write-off"),
    "interest_income": QT_TRANSLATE_NOOP("Accounts", "Interest income"),
    "fee_income": QT_TRANSLATE_NOOP("Accounts", "Fee income"),
    "due_to": QT_TRANSLATE_NOOP("Accounts", "Due to group companies"),
    "due_from": QT_TRANSLATE_NOOP("Accounts", "Due from group companies"),
    "exchange_gain": QT_TRANSLATE_NOOP("Accounts", "Realized exchange gain"),
    "exchange_loss": QT_TRANSLATE_NOOP("Accounts", "Realized exchange loss"),
    "bills_of_exchange": QT_TRANSLATE_NOOP("Accounts", "Bills of exchange receivable"),
    "bills_remitted_collection": QT_TRANSLATE_NOOP("Accounts", "Bills remitted for collection"),
    "bills_remitted_discount": QT_TRANSLATE_NOOP("Accounts", "Bills remitted for discount"),
    "bills_protested": QT_TRANSLATE_NOOP("Accounts", "Protested bills of exchange"),
    "bills_discount_liability": QT_TRANSLATE_NOOP("Accounts", "Liabilities for discounted bills"),
    "bills_discount_expense": QT_TRANSLATE_NOOP("Accounts", "Discount on bills of exchange"),
    "card_clearing": QT_TRANSLATE_NOOP("Accounts", "Card payments to receive"),
}


#: Where an account can be used (code_uses' table names), as the user reads it.
USE_LABELS = {
    "account_role": QT_TRANSLATE_NOOP("Accounts", "accounts for automatic postings"),
    "ledger_entry": QT_TRANSLATE_NOOP("Accounts", "postings"),
    "method_of_payment": QT_TRANSLATE_NOOP("Accounts", "methods of payment"),
    "sales_tax": QT_TRANSLATE_NOOP("Accounts", "sales tax codes"),
    "posting_profile_line": QT_TRANSLATE_NOOP("Accounts", "posting profiles"),
    "cash_discount": QT_TRANSLATE_NOOP("Accounts", "cash discounts"),
    "charge_code": QT_TRANSLATE_NOOP("Accounts", "charge codes"),
    "interest_code": QT_TRANSLATE_NOOP("Accounts", "interest codes"),
}


def use_label(table: str) -> str:
    label = USE_LABELS.get(table)
    return QCoreApplication.translate("Accounts", str(label)) if label else table.replace("_", " ")


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Accounts", str(KIND_LABELS[kind])) if kind in KIND_LABELS else kind


def role_label(role: str) -> str:
    return QCoreApplication.translate("Accounts", str(ROLE_LABELS[role])) if role in ROLE_LABELS else role


class FormDialog(QDialog):
    """Fields in a form and OK/Cancel; save() writes through the API and a ValidationError stays in the form,
    beside its field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(440)
        self.errors = FieldErrors(error_label())
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        assert self.errors.general is not None
        self.layout_.addWidget(self.errors.general)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ArdeskError as exc:
            assert self.errors.general is not None
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()


class AccountDialog(FormDialog):
    """New account (row None), or edit one: its name, and its kind while nothing is posted to it."""

    def __init__(self, ctx: AppContext, row: AccountRow | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(
            self.tr("New account") if row is None else self.tr("Edit account %1").replace("%1", row.number)
        )
        self.number = QLineEdit(row.number if row else "")
        self.number.setReadOnly(row is not None)
        self.number.setPlaceholderText(self.tr("as in your bookkeeping program"))
        self.name = QLineEdit(row.name if row else "")
        self.kind = CodeCombo([(k, kind_label(k)) for k in ACCOUNT_KINDS], row.kind if row else "revenue")
        self.errors.add_row(self.form, self.tr("Account number"), self.number, "number")
        self.errors.add_row(self.form, self.tr("Name"), self.name, "name")
        self.errors.add_row(self.form, self.tr("Kind"), self.kind, "kind")
        self.errors.clear()

    def save(self) -> None:
        kind = self.kind.code() or ""
        if self.row is None:
            self.ctx.company.create_account(self.number.text().strip(), self.name.text(), kind)
            return
        changes: dict[str, object] = {}
        if self.name.text() != self.row.name:
            changes["name"] = self.name.text()
        if kind != self.row.kind:
            changes["kind"] = kind
        if changes:
            self.ctx.company.update_account(self.row.number, **changes)


class AccountRolesDialog(FormDialog):
    """Which account each automatic posting uses (role -> account); Save changes only the roles changed."""

    def __init__(self, ctx: AppContext, accounts: Sequence[AccountRow], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Accounts for automatic postings"))
        self.setMinimumSize(660, 640)
        self.current = {role: row.number for row in accounts for role in row.roles}
        choices: list[tuple[str | None, str]] = [
            (row.number, f"{row.number}  {row.name}") for row in accounts if row.active or row.roles
        ]
        intro = plain_label(
            self.tr("Posting uses these accounts for the amounts it makes itself: discounts, differences, tax, fees.")
        )
        intro.setWordWrap(True)
        self.combos: dict[str, CodeCombo] = {}
        holder = QWidget()
        inner = QFormLayout(holder)
        for role in ACCOUNT_ROLES:
            combo = CodeCombo(choices, self.current.get(role))
            combo.setMinimumWidth(300)
            self.combos[role] = combo
            self.errors.add_row(inner, role_label(role), combo, role)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(1, scroll, 1)
        self.errors.clear()

    def changes(self) -> dict[str, str]:
        out = {}
        for role, combo in self.combos.items():
            number = combo.code()
            if number is not None and number != self.current.get(role):
                out[role] = number
        return out

    def save(self) -> None:
        for role, number in self.changes().items():
            try:
                self.ctx.company.set_account_role(role, number)
            except ValidationError as exc:
                raise ValidationError(role, exc.template, **exc.params) from exc  # beside the role's account


class AccountsPage(EditableListPage):
    empty_text = QT_TRANSLATE_NOOP("ListPage", "No ledger accounts yet. Click New to add the accounts AR posts to.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Ledger accounts"),
            self.tr("The general ledger accounts receivables post to, and which one each automatic posting uses"),
        )
        self.active_button = self.tool_button(self.tr("Deactivate"), self.toggle_active)
        self.delete_button = self.tool_button(self.tr("Delete"), self.delete_selected)
        self.roles_button = self.tool_button(self.tr("Accounts for automatic postings..."), self.edit_roles)
        self.message_line = self.add_message_line()
        self.body.addWidget(self.message_line)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Account"), lambda r: r.number),
            Column(self.tr("Name"), lambda r: r.name, stretch=True),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Used for"), lambda r: ", ".join(role_label(role) for role in r.roles)),
            Column(self.tr("Summary account"), lambda r: r.summary, "bool"),
            Column(self.tr("Active"), lambda r: r.active, "bool"),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.accounts()

    def count_text(self, count: int) -> str:
        return self.tr("%n account(s)", "", count)

    def new_dialog(self) -> QDialog:
        return AccountDialog(self.ctx, None, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return AccountDialog(self.ctx, record, self)

    def update_actions(self) -> None:
        super().update_actions()
        row = self.current()
        self.active_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active else self.tr("Deactivate"))

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.ctx.company.set_active("account", row.number, not row.active)
        except ArdeskError as exc:
            self.warn(self.tr("Account"), _message(exc, self.ctx.language))
            return
        done = self.tr("Account %1 activated.") if not row.active else self.tr("Account %1 deactivated.")
        self.ctx.notify_changed()
        self.say(done.replace("%1", row.number))

    def delete_selected(self) -> None:
        row = self.current()
        if row is None:
            return
        question = self.tr("Delete account %1 %2?").replace("%1", row.number).replace("%2", row.name)
        if not self.ask_yes(self.tr("Delete account"), question):
            return
        try:
            # Asked first: an account in use is refused with where it is used, in words (the engine's
            # delete_code refuses it too, but fails on an account in use: see the helper's report).
            used = self.ctx.company.code_uses("account", row.number)
            if used:
                where = ", ".join(f"{use_label(table)} ({n})" for table, n in sorted(used.items()))
                text = self.tr("Account %1 is in use: %2. Deactivate it instead.")
                self.warn(self.tr("Account not deleted"), text.replace("%1", row.number).replace("%2", where))
                return
            self.ctx.company.delete_code("account", row.number)
        except ArdeskError as exc:
            self.warn(self.tr("Account not deleted"), _message(exc, self.ctx.language))
            return
        self.ctx.notify_changed()
        self.say(self.tr("Account %1 deleted.").replace("%1", row.number))

    def edit_roles(self) -> None:
        self.open_dialog(AccountRolesDialog(self.ctx, self.model.rows(), self))


def _message(exc: ArdeskError, language: str) -> str:
    """The engine's message in the UI language, without the field name in front."""
    return field_message(exc, language)
