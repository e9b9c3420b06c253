"""Ledger tables (SQLAlchemy ORM); importing this package registers every table on Base.metadata."""

from ardesk.models.base import Base
from ardesk.models.company import Account, AccountRole, Company, NumberSequence, Parameters
from ardesk.models.customer import Customer, CustomerGroup
from ardesk.models.invoice import Invoice, InvoiceLine, InvoiceTax
from ardesk.models.ledger import LedgerEntry, Voucher
from ardesk.models.period import LedgerPeriod
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
    "Account", "AccountRole", "AgingBucket", "AgingDefinition", "Base", "CashDiscount",
    "CashDiscountPeriod", "Company", "Customer", "CustomerGroup", "CustomerTransaction",
    "DiscountScheduleRow", "Invoice", "InvoiceLine", "InvoiceTax", "LedgerEntry", "LedgerPeriod",
    "MethodOfPayment", "NumberSequence", "Parameters", "PostingProfile", "PostingProfileLine",
    "SalesTax", "Settlement", "TermsOfPayment", "Voucher",
]
