"""The set-up code lists: customer groups, posting profiles, terms, cash discounts, sales tax, methods, charge
codes and number sequences. Each list creates, edits, deactivates (or activates) and deletes its codes; a code
in use is never deleted, only deactivated (services.setup_edits), and inactive codes show greyed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from ardesk.api import CashDiscountRow, PostingProfileInfo
from ardesk.errors import ArdeskError
from ardesk.i18n import field_message
from ardesk.views.context import AppContext
from ardesk.views.setup.code_dialogs import (
    CashDiscountDialog,
    ChargeCodeDialog,
    MethodOfPaymentDialog,
    NumberSequenceDialog,
    SalesTaxDialog,
    payment_kind_label,
    tax_kind_label,
)
from ardesk.views.setup.dialogs import CustomerGroupDialog, TermsDialog
from ardesk.views.setup.posting_profile_dialog import PostingProfileDialog, scope_label
from ardesk.views.setup.profile_collections_dialog import ProfileCollectionsDialog
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.record_model import Column, RecordTableModel

#: Names of the number sequences every company gets (services.chart.DEFAULT_SEQUENCES), for the Dutch UI;
#: a name not listed here shows as it is stored.
SEQUENCE_NAMES = (
    QT_TRANSLATE_NOOP("NumberSequence", "Invoice number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Invoice voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Credit note number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Credit note voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Payment voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Cash discount voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Settlement voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Interest note number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Collection letter number"),
    QT_TRANSLATE_NOOP("NumberSequence", "General journal voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Direct debit mandate ID"),
    QT_TRANSLATE_NOOP("NumberSequence", "Bill of exchange number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Bill of exchange voucher"),
    QT_TRANSLATE_NOOP("NumberSequence", "Direct debit run"),
    QT_TRANSLATE_NOOP("NumberSequence", "Card payment"),
    QT_TRANSLATE_NOOP("NumberSequence", "Sales order number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Packing slip number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Recurring invoice run"),
    QT_TRANSLATE_NOOP("NumberSequence", "Settlement"),
    QT_TRANSLATE_NOOP("NumberSequence", "Payment journal"),
    QT_TRANSLATE_NOOP("NumberSequence", "Deposit slip"),
    QT_TRANSLATE_NOOP("NumberSequence", "Settlement adjustment voucher"),
)


#: The text colour of an inactive code's row.
INACTIVE = QColor("#98a2b3")
Index = QModelIndex | QPersistentModelIndex


def refusal(exc: ArdeskError, language: str) -> str:
    """What the books said in the UI language, without the field name of a ValidationError ("code: ...")."""
    return field_message(exc, language)


class SetupRecordModel(RecordTableModel):
    """A code list: rows of inactive codes (record.active False) are greyed."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and getattr(self.row_at(index.row()), "active", True) is False
        ):
            return INACTIVE
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < self.rowCount():
            column = self.columns[index.column()]
            if column.kind == "text":  # the whole text of a cell too narrow for it
                return self.display(column, self.row_at(index.row())) or None
        return super().data(index, role)


class SetupListPage(ListPage):
    """A code list with the set-up toolbar: New (when new_dialog is given), Edit... (editable: also a
    double-click or Enter), Deactivate/Activate and Delete (code_kind: the API's kind of code). Delete asks
    first; a code in use is refused with the API's message, and so is deactivating a company default."""

    #: The kind set_active and delete_code take (ardesk.api.CODE_KINDS); "" for neither button.
    code_kind = ""
    #: Rows open edit_dialog(record).
    editable = False
    #: The noun of one code in messages ("Sales tax code"), marked for translation in the "SetupListPage" context.
    noun: object = QT_TRANSLATE_NOOP("SetupListPage", "Code")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The list's model, with inactive rows greyed. ListPage's first model stays a child of the page (empty):
        # deleting it while the view's old selection model refers to it crashes PySide6 at exit.
        self._first_model = self.model
        self.model = SetupRecordModel(ctx, self._first_model.columns, self)
        self.view.setModel(self.model)
        self.new_button: QPushButton | None = None
        self.edit_button_: QPushButton | None = None
        self.active_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        self._keep: str | None = None
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        # This class's texts are translated in its own context, whatever the subclass (self.tr would look under
        # the subclass's name), and spelled out as QCoreApplication.translate(...) calls so that lupdate finds them.
        if type(self).new_dialog is not SetupListPage.new_dialog:
            self.new_button = QPushButton(QCoreApplication.translate("SetupListPage", "New"))
            self.new_button.setObjectName("primary")
            self.new_button.clicked.connect(lambda _checked=False: self.create())
            self.toolbar.addWidget(self.new_button)
        if self.editable:
            self.edit_button_ = self.tool_button(
                QCoreApplication.translate("SetupListPage", "Edit..."), self.edit_selected
            )
        if self.code_kind:
            self.active_button = self.tool_button(
                QCoreApplication.translate("SetupListPage", "Deactivate"), self.toggle_active
            )
            self.delete_button = self.tool_button(
                QCoreApplication.translate("SetupListPage", "Delete"), self.delete_selected
            )
        self.add_table()
        if self.editable or self.code_kind:
            self.body.addWidget(self.add_message_line())
            self.view.doubleClicked.connect(lambda _index: self.edit_selected())
            self.view.installEventFilter(self)
            self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
            self.update_actions()

    # --- to implement ----------------------------------------------------------------------------------------
    def new_dialog(self) -> QDialog:
        raise NotImplementedError

    def edit_dialog(self, record: Any) -> QDialog:
        raise NotImplementedError

    # --- the toolbar -----------------------------------------------------------------------------------------
    def current(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Run a dialog (tests replace this to drive it)."""
        dialog.exec()
        return dialog

    def create(self) -> None:  # type: ignore[override]  # QWidget.create is unused here
        dialog = self.open_dialog(self.new_dialog())
        code = getattr(dialog, "code", None)
        if dialog.result() == QDialog.DialogCode.Accepted and code is not None and hasattr(code, "text"):
            self._keep = code.text().strip()

    def edit_selected(self) -> None:
        record = self.current()
        if record is not None and self.editable:
            self._keep = record.code
            self.open_dialog(self.edit_dialog(record))

    def count_text(self, count: int) -> str:
        return QCoreApplication.translate("SetupListPage", "%n code(s)", "", count)

    def after_load(self, rows: list[Any], extra: Any) -> None:
        """Select the code just saved or changed, else keep a row selected."""
        if not rows:
            self.update_actions()
            return
        keep = self._keep if self._keep is not None else getattr(self.current(), "code", None)
        row = next((i for i, r in enumerate(self.model.rows()) if getattr(r, "code", None) == keep), 0)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._keep = None
        self.update_actions()

    def update_actions(self) -> None:
        record = self.current()
        if self.edit_button_ is not None:
            self.edit_button_.setEnabled(record is not None)
        if self.active_button is not None:
            active = getattr(record, "active", True)
            self.active_button.setText(
                QCoreApplication.translate("SetupListPage", "Deactivate")
                if active
                else QCoreApplication.translate("SetupListPage", "Activate")
            )
            self.active_button.setToolTip(
                QCoreApplication.translate("SetupListPage", "Keep it on what has it, but let nothing new choose it")
                if active
                else QCoreApplication.translate("SetupListPage", "Let new customers and documents choose it again")
            )
            self.active_button.setEnabled(record is not None)
        if self.delete_button is not None:
            self.delete_button.setEnabled(record is not None)
            self.delete_button.setToolTip(
                QCoreApplication.translate("SetupListPage", "Only a code nothing uses can be deleted")
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.editable
        ):
            self.edit_selected()
            return True
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.code_kind
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- deactivate, activate, delete ------------------------------------------------------------------------
    def what(self, record: Any) -> str:
        """ "Sales tax code BTW9" for the messages."""
        return f"{QCoreApplication.translate('SetupListPage', str(self.noun))} {record.code}"

    def toggle_active(self) -> None:
        record = self.current()
        if record is None or not self.code_kind:
            return
        active = not getattr(record, "active", True)
        try:
            self.ctx.company.set_active(self.code_kind, record.code, active)
        except ArdeskError as exc:
            self.refuse(
                QCoreApplication.translate("SetupListPage", "Deactivate")
                if not active
                else QCoreApplication.translate("SetupListPage", "Activate"),
                refusal(exc, self.ctx.language),
            )
            return
        self._keep = record.code
        if active:
            self.say(
                QCoreApplication.translate("SetupListPage", "%1 is active again.").replace("%1", self.what(record))
            )
        else:
            self.say(
                QCoreApplication.translate(
                    "SetupListPage", "%1 is deactivated: what has it keeps it, but nothing new can choose it."
                ).replace("%1", self.what(record))
            )
        self.ctx.notify_changed()

    def delete_selected(self) -> None:
        """Delete the code after asking; one in use gets the API's refusal (deactivate it instead)."""
        record = self.current()
        if record is None or not self.code_kind:
            return
        company = self.ctx.company
        try:
            if not company.code_uses(self.code_kind, record.code):
                question = QCoreApplication.translate(
                    "SetupListPage", "%1 will be deleted; this cannot be undone. Delete it?"
                ).replace("%1", self.what(record))
                if not self.ask_yes(QCoreApplication.translate("SetupListPage", "Delete"), question):
                    return
            company.delete_code(self.code_kind, record.code)  # refused, with where it is used, if it is
        except ArdeskError as exc:
            self.refuse(QCoreApplication.translate("SetupListPage", "Delete"), refusal(exc, self.ctx.language))
            return
        self.say(QCoreApplication.translate("SetupListPage", "%1 is deleted.").replace("%1", self.what(record)))
        self.ctx.notify_changed()

    def ask_yes(self, title: str, text: str) -> bool:
        """Tests replace this."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, yes | no, no) == yes

    def refuse(self, title: str, text: str) -> None:
        """A refusal of the books: on the message line and in a warning box."""
        self.warn(title, text)


def active_column() -> Column:
    return Column(QCoreApplication.translate("SetupListPage", "Active"), lambda r: r.active, "bool")


class CustomerGroupsPage(SetupListPage):
    code_kind = "customer_group"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Customer group")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No customer groups yet. Click New to add one, for example NL for Dutch customers; every customer "
        "needs a group.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Customer groups"), self.tr("Customers that share terms of payment and posting"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Customer group"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.name, stretch=True),
            Column(self.tr("Terms of payment"), lambda r: r.terms),
            Column(self.tr("Customers"), lambda r: r.customers, "int"),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.customer_groups()

    def new_dialog(self) -> QDialog:
        return CustomerGroupDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return CustomerGroupDialog(self.ctx, self, record)


class PostingProfilesPage(SetupListPage):
    code_kind = "posting_profile"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Posting profile")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No posting profiles yet. A posting profile says which summary account (debtors account) "
        "customer invoices post to; without one nothing can be posted.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Posting profiles"), self.tr("Which summary account a customer transaction posts to"))
        self.collections_button = self.tool_button(self.tr("Interest and letters..."), self.profiles)
        self.collections_button.setToolTip(self.tr("Which interest code and letter sequence each profile uses"))

    def lines_text(self, profile: PostingProfileInfo) -> str:
        """ "All customers: 130100; Customer group EXPORT: 130500" """
        parts = []
        for line in profile.lines:
            who = scope_label(line.scope) + (f" {line.who}" if line.who else "")
            text = f"{who}: {line.account}"
            if line.writeoff_account:
                text += " " + self.tr("(write-off %1)").replace("%1", line.writeoff_account)
            parts.append(text)
        return "; ".join(parts)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Posting profile"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Summary accounts"), self.lines_text, stretch=True),
            Column(self.tr("Lines"), lambda r: len(r.lines), "int"),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.posting_profile_details()

    def new_dialog(self) -> QDialog:
        return PostingProfileDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return PostingProfileDialog(self.ctx, self, record)

    def profiles(self) -> None:
        self.open_dialog(ProfileCollectionsDialog(self.ctx, self))


class TermsPage(SetupListPage):
    code_kind = "terms_of_payment"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Terms of payment")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No terms of payment yet. Click New to add them, for example 14 or 30 days net, then choose them on a"
        " customer group.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Terms of payment"), self.tr("Due date = document date + months + days"))

    def columns(self) -> Sequence[Column]:
        bases = {"net": self.tr("Net"), "cod": self.tr("Cash on delivery")}
        return [
            Column(self.tr("Terms of payment"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Months"), lambda r: r.months, "int"),
            Column(self.tr("Days"), lambda r: r.days, "int"),
            Column(self.tr("Basis"), lambda r: bases.get(r.basis, r.basis)),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.terms_of_payment()

    def new_dialog(self) -> QDialog:
        return TermsDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return TermsDialog(self.ctx, self, record)


class CashDiscountsPage(SetupListPage):
    code_kind = "cash_discount"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Cash discount")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No cash discount codes. A cash discount (for example 2 % within 8 days) is only needed if you reward"
        " customers who pay early.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Cash discounts"), self.tr("Discount for payment within a number of days"))

    def periods_text(self, row: CashDiscountRow) -> str:
        within = self.tr("%1 within %2 days")
        return "; ".join(within.replace("%1", self.ctx.percent(p)).replace("%2", str(d)) for d, p in row.periods)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Cash discount"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Periods"), self.periods_text),
            Column(self.tr("Discount account"), lambda r: r.account or self.tr("(default)")),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.cash_discounts()

    def new_dialog(self) -> QDialog:
        return CashDiscountDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return CashDiscountDialog(self.ctx, self, record)


@dataclass(frozen=True)
class SalesTaxListRow:
    """A sales tax code as its list shows it: the API's SalesTaxRow fields and the wording it prints."""

    code: str
    description: str
    percent: Decimal
    account: str
    active: bool
    kind: str
    invoice_text: str | None  # the code's own text (None: its kind's)
    wording: str | None  # what a line of it prints


class SalesTaxPage(SetupListPage):
    code_kind = "sales_tax"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Sales tax code")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No sales tax codes. Invoice lines need a sales tax code (BTW) with its percentage and tax account.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Sales tax"), self.tr("Sales tax codes used on invoice lines"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Sales tax code"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Rate"), lambda r: r.percent, "percent"),
            Column(self.tr("Kind"), lambda r: tax_kind_label(r.kind)),
            Column(self.tr("Printed on the invoice"), lambda r: r.wording, stretch=True),
            Column(self.tr("Tax account"), lambda r: r.account),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        company = self.ctx.company
        texts = company.sales_tax_kind_texts()
        return [
            SalesTaxListRow(
                t.code,
                t.description,
                t.percent,
                t.account,
                t.active,
                t.kind,
                t.invoice_text,
                t.invoice_text or texts.get(t.kind),
            )
            for t in company.sales_taxes()
        ]

    def new_dialog(self) -> QDialog:
        return SalesTaxDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return SalesTaxDialog(self.ctx, self, record)


class MethodsOfPaymentPage(SetupListPage):
    code_kind = "method_of_payment"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Method of payment")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No methods of payment. Payments need a method (bank transfer, direct debit, cash) with the account "
        "that receives the money.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Methods of payment"), self.tr("How customers pay, and the account that receives it"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Method of payment"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Payment type"), lambda r: payment_kind_label(r.kind)),
            Column(self.tr("Account"), lambda r: r.account),
            Column(self.tr("Direct debit"), lambda r: r.direct_debit, "bool"),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.methods_of_payment()

    def new_dialog(self) -> QDialog:
        return MethodOfPaymentDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return MethodOfPaymentDialog(self.ctx, self, record)


class ChargeCodesPage(SetupListPage):
    code_kind = "charge_code"
    editable = True
    noun = QT_TRANSLATE_NOOP("SetupListPage", "Charge code")
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No charge codes yet. A charge code (freight, packing, an administration fee) adds a charge to an "
        "invoice and posts it to its own revenue account. Click New to add one.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Charge codes"), self.tr("Charges added to invoices, such as freight and packing"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Charge code"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Revenue account"), lambda r: r.account),
            Column(self.tr("Sales tax"), lambda r: r.tax or self.tr("(none)")),
            active_column(),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.charge_codes()

    def new_dialog(self) -> QDialog:
        return ChargeCodeDialog(self.ctx, self)

    def edit_dialog(self, record: Any) -> QDialog:
        return ChargeCodeDialog(self.ctx, self, record)


class NumberSequencesPage(SetupListPage):
    editable = True
    empty_text = QT_TRANSLATE_NOOP(
        "ListPage",
        "No number sequences. They are made with the company; numbers are given when documents are posted.",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Number sequences"), self.tr("Gap-free numbers for documents and vouchers"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Reference"), lambda r: QCoreApplication.translate("NumberSequence", r.name), stretch=True),
            Column(self.tr("Prefix"), lambda r: r.prefix),
            Column(self.tr("Next number"), lambda r: r.next_value),
            Column(self.tr("Used"), lambda r: r.next_number - 1, "int"),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.number_sequences()

    def edit_dialog(self, record: Any) -> QDialog:
        return NumberSequenceDialog(self.ctx, self, record)
