"""The left-hand navigation: the AR workspaces and the set-up pages, and which page class each opens."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ardesk.views.collections.aging_report import AgingReportPage
from ardesk.views.collections.interest import InterestNotesPage
from ardesk.views.collections.letters import LettersPage
from ardesk.views.collections.page import CollectionsPage
from ardesk.views.collections.statements import StatementsPage
from ardesk.views.customers.page import CustomersPage
from ardesk.views.invoicing.page import InvoicingPage
from ardesk.views.orders.recurring import RecurringPage
from ardesk.views.orders.sales_orders import SalesOrdersPage
from ardesk.views.payments.bank_statements import BankStatementsPage
from ardesk.views.payments.bills import BillsOfExchangePage
from ardesk.views.payments.cards import CardPaymentsPage
from ardesk.views.payments.direct_debit import DirectDebitPage
from ardesk.views.payments.mandates import MandatesPage
from ardesk.views.payments.page import PaymentsPage
from ardesk.views.payments.reimbursement import RefundsPage
from ardesk.views.period.audit import AuditTrailPage
from ardesk.views.period.close import PeriodClosePage
from ardesk.views.period.reconciliation import ReconciliationPage
from ardesk.views.setup.accounts import AccountsPage
from ardesk.views.setup.collections_setup import AgingDefinitionsPage, InterestCodesPage, LetterSequencesPage
from ardesk.views.setup.company_page import CompanyPage
from ardesk.views.setup.exchange_rates import ExchangeRatesPage
from ardesk.views.setup.pages import (
    CashDiscountsPage,
    ChargeCodesPage,
    CustomerGroupsPage,
    MethodsOfPaymentPage,
    NumberSequencesPage,
    PostingProfilesPage,
    SalesTaxPage,
    TermsPage,
)
from ardesk.views.setup.parameters import ParametersPage
from ardesk.views.widgets.page import Page

KEY = Qt.ItemDataRole.UserRole

#: (section, [(page key, label, page class)]); labels are translated in the "Navigation" context.
#: (PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the message, a str.)
SECTIONS: tuple[tuple[str, tuple[tuple[str, str, type[Page]], ...]], ...] = (  # type: ignore[assignment]
    (
        QT_TRANSLATE_NOOP("Navigation", "Accounts receivable"),
        (
            ("customers", QT_TRANSLATE_NOOP("Navigation", "Customers"), CustomersPage),
            ("invoicing", QT_TRANSLATE_NOOP("Navigation", "Invoicing"), InvoicingPage),
            ("recurring", QT_TRANSLATE_NOOP("Navigation", "Recurring invoices"), RecurringPage),
            ("sales_orders", QT_TRANSLATE_NOOP("Navigation", "Sales orders"), SalesOrdersPage),
            ("collections", QT_TRANSLATE_NOOP("Navigation", "Credit and collections"), CollectionsPage),
            ("collection_letters", QT_TRANSLATE_NOOP("Navigation", "Collection letters"), LettersPage),
            ("interest_notes", QT_TRANSLATE_NOOP("Navigation", "Interest notes"), InterestNotesPage),
            ("statements", QT_TRANSLATE_NOOP("Navigation", "Customer statements"), StatementsPage),
            ("aging_report", QT_TRANSLATE_NOOP("Navigation", "Aging report"), AgingReportPage),
            ("payments", QT_TRANSLATE_NOOP("Navigation", "Payments and settlements"), PaymentsPage),
            ("bank_statements", QT_TRANSLATE_NOOP("Navigation", "Bank statements"), BankStatementsPage),
            ("mandates", QT_TRANSLATE_NOOP("Navigation", "Direct debit mandates"), MandatesPage),
            ("direct_debit", QT_TRANSLATE_NOOP("Navigation", "Direct debit runs"), DirectDebitPage),
            ("bills_of_exchange", QT_TRANSLATE_NOOP("Navigation", "Bills of exchange"), BillsOfExchangePage),
            ("card_payments", QT_TRANSLATE_NOOP("Navigation", "Card payments"), CardPaymentsPage),
            ("refunds", QT_TRANSLATE_NOOP("Navigation", "Refunds"), RefundsPage),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Navigation", "Period end"),
        (
            ("period_close", QT_TRANSLATE_NOOP("Navigation", "Period close"), PeriodClosePage),
            ("reconciliation", QT_TRANSLATE_NOOP("Navigation", "Receivables reconciliation"), ReconciliationPage),
            ("audit_trail", QT_TRANSLATE_NOOP("Navigation", "Audit trail"), AuditTrailPage),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Navigation", "Set up"),
        (
            ("company", QT_TRANSLATE_NOOP("Navigation", "Company"), CompanyPage),
            ("customer_groups", QT_TRANSLATE_NOOP("Navigation", "Customer groups"), CustomerGroupsPage),
            ("posting_profiles", QT_TRANSLATE_NOOP("Navigation", "Posting profiles"), PostingProfilesPage),
            ("terms", QT_TRANSLATE_NOOP("Navigation", "Terms of payment"), TermsPage),
            ("cash_discounts", QT_TRANSLATE_NOOP("Navigation", "Cash discounts"), CashDiscountsPage),
            ("sales_tax", QT_TRANSLATE_NOOP("Navigation", "Sales tax"), SalesTaxPage),
            ("charge_codes", QT_TRANSLATE_NOOP("Navigation", "Charge codes"), ChargeCodesPage),
            ("methods_of_payment", QT_TRANSLATE_NOOP("Navigation", "Methods of payment"), MethodsOfPaymentPage),
            ("interest_codes", QT_TRANSLATE_NOOP("Navigation", "Interest codes"), InterestCodesPage),
            ("letter_sequences", QT_TRANSLATE_NOOP("Navigation", "Letter sequences"), LetterSequencesPage),
            ("aging_definitions", QT_TRANSLATE_NOOP("Navigation", "Aging definitions"), AgingDefinitionsPage),
            ("number_sequences", QT_TRANSLATE_NOOP("Navigation", "Number sequences"), NumberSequencesPage),
            ("accounts", QT_TRANSLATE_NOOP("Navigation", "Ledger accounts"), AccountsPage),
            ("exchange_rates", QT_TRANSLATE_NOOP("Navigation", "Exchange rates"), ExchangeRatesPage),
            ("parameters", QT_TRANSLATE_NOOP("Navigation", "Parameters"), ParametersPage),
        ),
    ),
)
PAGES: dict[str, tuple[str, type[Page]]] = {key: (label, cls) for _, items in SECTIONS for key, label, cls in items}


def translate(label: str) -> str:
    return QCoreApplication.translate("Navigation", label)


class Navigation(QTreeWidget):
    """Section headers are not selectable; every other item names a page key."""

    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setItemsExpandable(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFixedWidth(216)
        self._items: dict[str, QTreeWidgetItem] = {}
        for section, items in SECTIONS:
            header = QTreeWidgetItem(self, [translate(section).upper()])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable; enabled, or its pages would not be
            header.setData(0, KEY, "")  # never hand Qt an item without data to read back (see widgets.combo)
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            header.setFont(0, font)
            header.setForeground(0, Qt.GlobalColor.darkGray)
            header.setSizeHint(0, QSize(0, 34))
            for key, label, _cls in items:
                item = QTreeWidgetItem(header, [translate(label)])
                item.setData(0, KEY, key)
                item.setSizeHint(0, QSize(0, 28))
                self._items[key] = item
        self.expandAll()
        self.currentItemChanged.connect(self._changed)

    def labels(self) -> list[str]:
        """The visible labels of the pages, in order (tests)."""
        return [item.text(0) for item in self._items.values()]

    def select(self, key: str) -> None:
        self.setCurrentItem(self._items[key])

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = current.data(0, KEY) if current is not None else ""
        if key:
            self.page_selected.emit(key)
