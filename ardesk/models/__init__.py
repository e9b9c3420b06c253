"""Ledger tables (SQLAlchemy ORM); importing this package registers every table on Base.metadata."""

from ardesk.models.aging import AgingSnapshot, AgingSnapshotCustomer, AgingSnapshotLine
from ardesk.models.audit import AuditEvent
from ardesk.models.bank import BankStatement, BankStatementLine
from ardesk.models.base import Base
from ardesk.models.bill import BillEvent, BillOfExchange
from ardesk.models.billing import ChargeCode, InvoiceTemplate, InvoiceTemplateLine, RecurringAssignment
from ardesk.models.card import CardPayment
from ardesk.models.collections import (
    CollectionActivity,
    CollectionLetter,
    CollectionLetterLine,
    CollectionState,
    InterestAdjustment,
    InterestCode,
    InterestNote,
    InterestNoteLine,
    InterestRange,
    InterestVersion,
    LetterSequence,
    LetterStep,
    LetterText,
)
from ardesk.models.company import (
    Account,
    AccountRole,
    ChangeStamp,
    Company,
    ExchangeRate,
    NumberSequence,
    Parameters,
)
from ardesk.models.customer import Customer, CustomerGroup
from ardesk.models.invoice import Invoice, InvoiceCharge, InvoiceLine, InvoiceTax
from ardesk.models.ledger import LedgerEntry, Voucher
from ardesk.models.mandate import DirectDebitCollection, DirectDebitRun, Mandate
from ardesk.models.orders import Item, PackingSlip, PackingSlipLine, SalesOrder, SalesOrderLine
from ardesk.models.payment import DepositSlip, DepositSlipLine, JournalMark, PaymentJournal, PaymentJournalLine
from ardesk.models.period import CloseOverride, FiscalYear, LedgerPeriod
from ardesk.models.setup import (
    AgingBucket,
    AgingDefinition,
    CashDiscount,
    CashDiscountPeriod,
    MethodOfPayment,
    PostingProfile,
    PostingProfileLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.models.transaction import CustomerTransaction, DiscountScheduleRow, Settlement

__all__ = [
    "Account",
    "AccountRole",
    "AgingBucket",
    "AgingDefinition",
    "AgingSnapshot",
    "AgingSnapshotCustomer",
    "AgingSnapshotLine",
    "AuditEvent",
    "BankStatement",
    "BankStatementLine",
    "Base",
    "BillEvent",
    "BillOfExchange",
    "CardPayment",
    "CashDiscount",
    "CashDiscountPeriod",
    "ChangeStamp",
    "ChargeCode",
    "CloseOverride",
    "CollectionActivity",
    "CollectionLetter",
    "CollectionLetterLine",
    "CollectionState",
    "Company",
    "Customer",
    "CustomerGroup",
    "CustomerTransaction",
    "DepositSlip",
    "DepositSlipLine",
    "DirectDebitCollection",
    "DirectDebitRun",
    "DiscountScheduleRow",
    "ExchangeRate",
    "FiscalYear",
    "InterestAdjustment",
    "InterestCode",
    "InterestNote",
    "InterestNoteLine",
    "InterestRange",
    "InterestVersion",
    "Invoice",
    "InvoiceCharge",
    "InvoiceLine",
    "InvoiceTax",
    "InvoiceTemplate",
    "InvoiceTemplateLine",
    "Item",
    "JournalMark",
    "LedgerEntry",
    "LedgerPeriod",
    "LetterSequence",
    "LetterStep",
    "LetterText",
    "Mandate",
    "MethodOfPayment",
    "NumberSequence",
    "PackingSlip",
    "PackingSlipLine",
    "Parameters",
    "PaymentJournal",
    "PaymentJournalLine",
    "PostingProfile",
    "PostingProfileLine",
    "RecurringAssignment",
    "SalesOrder",
    "SalesOrderLine",
    "SalesTax",
    "Settlement",
    "TermsOfPayment",
    "Voucher",
]
