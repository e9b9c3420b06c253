"""The set-up code lists: customer groups, posting profiles, terms, cash discounts, sales tax, methods, sequences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ardesk.api import CashDiscountRow
from ardesk.views.context import AppContext
from ardesk.views.setup.dialogs import CustomerGroupDialog, TermsDialog
from ardesk.views.widgets.list_page import ListPage
from ardesk.views.widgets.record_model import Column

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
    QT_TRANSLATE_NOOP("NumberSequence", "Sales order number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Packing slip number"),
    QT_TRANSLATE_NOOP("NumberSequence", "Recurring invoice run"),
    QT_TRANSLATE_NOOP("NumberSequence", "Settlement"),
    QT_TRANSLATE_NOOP("NumberSequence", "Payment journal"),
    QT_TRANSLATE_NOOP("NumberSequence", "Deposit slip"),
    QT_TRANSLATE_NOOP("NumberSequence", "Settlement adjustment voucher"),
)


class SetupListPage(ListPage):
    """A code list with an optional "New" button that opens new_dialog()."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.new_button: QPushButton | None = None
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        if type(self).new_dialog is not SetupListPage.new_dialog:
            # The base class's context, not the subclass's (self.tr would look under the subclass name).
            self.new_button = QPushButton(QCoreApplication.translate("SetupListPage", "New"))
            self.new_button.setObjectName("primary")
            self.new_button.clicked.connect(self.create)
            self.toolbar.addWidget(self.new_button)
        self.add_table()

    def new_dialog(self) -> QDialog:
        raise NotImplementedError

    def create(self) -> None:  # type: ignore[override]  # QWidget.create is unused here
        self.new_dialog().exec()

    def count_text(self, count: int) -> str:
        return QCoreApplication.translate("SetupListPage", "%n code(s)", "", count)


class CustomerGroupsPage(SetupListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Customer groups"), self.tr("Customers that share terms of payment and posting"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Customer group"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.name, stretch=True),
            Column(self.tr("Terms of payment"), lambda r: r.terms),
            Column(self.tr("Customers"), lambda r: r.customers, "int"),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.customer_groups()

    def new_dialog(self) -> QDialog:
        return CustomerGroupDialog(self.ctx, self)


class PostingProfilesPage(SetupListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Posting profiles"), self.tr("Which summary account a customer transaction posts to"))

    def columns(self) -> Sequence[Column]:
        scopes = {"table": self.tr("Table"), "group": self.tr("Group"), "all": self.tr("All")}
        return [
            Column(self.tr("Posting profile"), lambda r: r.profile),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Account code"), lambda r: scopes.get(r.scope, r.scope)),
            Column(self.tr("Account/Group number"), lambda r: r.who),
            Column(self.tr("Summary account"), lambda r: r.account),
            Column(self.tr("Account name"), lambda r: r.account_name),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.posting_profile_lines()


class TermsPage(SetupListPage):
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
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.terms_of_payment()

    def new_dialog(self) -> QDialog:
        return TermsDialog(self.ctx, self)


class CashDiscountsPage(SetupListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Cash discounts"), self.tr("Discount for payment within a number of days"))

    def columns(self) -> Sequence[Column]:
        def periods(row: CashDiscountRow) -> str:
            within = self.tr("%1 within %2 days")
            return "; ".join(within.replace("%1", self.ctx.percent(p)).replace("%2", str(d)) for d, p in row.periods)

        return [
            Column(self.tr("Cash discount"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Periods"), periods),
            Column(self.tr("Discount account"), lambda r: r.account or self.tr("(default)")),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.cash_discounts()


class SalesTaxPage(SetupListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Sales tax"), self.tr("Sales tax codes used on invoice lines"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Sales tax code"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Percentage"), lambda r: r.percent, "percent"),
            Column(self.tr("Tax account"), lambda r: r.account),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.sales_taxes()


class MethodsOfPaymentPage(SetupListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(self.tr("Methods of payment"), self.tr("How customers pay, and the account that receives it"))

    def columns(self) -> Sequence[Column]:
        kinds = {
            "cash": self.tr("Cash"),
            "check": self.tr("Check"),
            "card": self.tr("Card"),
            "electronic": self.tr("Electronic payment"),
            "bill_of_exchange": self.tr("Bill of exchange"),
        }
        return [
            Column(self.tr("Method of payment"), lambda r: r.code),
            Column(self.tr("Description"), lambda r: r.description, stretch=True),
            Column(self.tr("Payment type"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Account"), lambda r: r.account),
            Column(self.tr("Direct debit"), lambda r: r.direct_debit, "bool"),
        ]

    def fetch(self, params: dict[str, Any]) -> list[Any]:
        return self.ctx.company.methods_of_payment()


class NumberSequencesPage(SetupListPage):
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
