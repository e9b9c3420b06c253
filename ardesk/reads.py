"""Read functions of the scripting interface that the GUI lists and forms are built from.

`ardesk.api.Company` inherits them. Each opens one read transaction and returns plain records
(frozen dataclasses, lists, ids), never ORM objects or a session, so the views go through
`ardesk.api` only (tests/test_layering.py). Big lists page by id: the *_ids / invoice_list calls
filter and sort in SQL and return the ids in display order, *_rows(ids) then fetch one page.
"Open", "overdue as of" and "balance as of" are services.definitions' rules everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ardesk.services import customers, invoice_queries, payment_queries, queries
from ardesk.services.invoice_queries import (
    AccountChoice,
    CurrencyTotal,
    CustomerChoice,
    DetailCharge,
    DetailLine,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceRow,
    TaxChoice,
)
from ardesk.services.payment_queries import JournalRow, OpenItemRow, TransactionRow
from ardesk.services.queries import (
    AgingSummary,
    CashDiscountRow,
    CustomerGroupRow,
    DocumentRow,
    MethodOfPaymentRow,
    NumberSequenceRow,
    PostingProfileLineRow,
    SalesTaxRow,
    TermsRow,
)
from ardesk.services.records import CustomerInfo
from ardesk.services.text import a_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ardesk.models import Company as CompanyRow

#: Status tabs of the invoice list, in order: all, draft, posted, open, overdue.
INVOICE_STATUSES = invoice_queries.STATUSES
#: Columns invoice_list can sort by.
INVOICE_SORT_COLUMNS = invoice_queries.SORT_COLUMNS
#: Columns customer_ids can sort by.
CUSTOMER_SORT_COLUMNS = customers.SORT_COLUMNS
#: Transaction kinds a bookkeeper sees as payments.
PAYMENT_KINDS = payment_queries.PAYMENT_KINDS

#: The record types these functions return and the constants above: ardesk.api re-exports them.
__all__ = [
    "CUSTOMER_SORT_COLUMNS",
    "INVOICE_SORT_COLUMNS",
    "INVOICE_STATUSES",
    "PAYMENT_KINDS",
    "AccountChoice",
    "AgingSummary",
    "CashDiscountRow",
    "CurrencyTotal",
    "CustomerChoice",
    "CustomerGroupRow",
    "DetailCharge",
    "DetailLine",
    "DocumentRow",
    "InvoiceDetail",
    "InvoiceFilter",
    "InvoiceList",
    "InvoiceRow",
    "JournalRow",
    "MethodOfPaymentRow",
    "NumberSequenceRow",
    "OpenItemRow",
    "PostingProfileLineRow",
    "SalesTaxRow",
    "TaxChoice",
    "TermsRow",
    "TransactionRow",
]


@dataclass(frozen=True)
class InvoiceList:
    """One filter of the invoice list, read in one transaction: the ids in display order, the footer
    totals per currency and how many documents each status tab would show."""

    ids: list[int]
    totals: list[CurrencyTotal]
    counts: dict[str, int] = field(default_factory=dict)


class CompanyReads:
    """The read functions of ardesk.api.Company (mixed in); see the module docstring."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[tuple[Session, CompanyRow]]: ...

    # --- set-up codes ---------------------------------------------------------------------------
    def customer_groups(self) -> list[CustomerGroupRow]:
        with self._read() as (s, co):
            return queries.customer_groups(s, co.id)

    def terms_of_payment(self) -> list[TermsRow]:
        with self._read() as (s, co):
            return queries.terms_of_payment(s, co.id)

    def cash_discounts(self) -> list[CashDiscountRow]:
        with self._read() as (s, co):
            return queries.cash_discounts(s, co.id)

    def sales_taxes(self) -> list[SalesTaxRow]:
        with self._read() as (s, co):
            return queries.sales_taxes(s, co.id)

    def methods_of_payment(self) -> list[MethodOfPaymentRow]:
        with self._read() as (s, co):
            return queries.methods_of_payment(s, co.id)

    def posting_profile_lines(self) -> list[PostingProfileLineRow]:
        with self._read() as (s, co):
            return queries.posting_profile_lines(s, co.id)

    def posting_profiles(self) -> list[str]:
        """The posting profile codes."""
        with self._read() as (s, co):
            return queries.posting_profile_codes(s, co.id)

    def number_sequences(self) -> list[NumberSequenceRow]:
        with self._read() as (s, co):
            return queries.number_sequences(s, co.id)

    # --- choices for forms ----------------------------------------------------------------------
    def customer_choices(self) -> list[CustomerChoice]:
        """Every customer with what a document takes from it (terms: its own, else its group's)."""
        with self._read() as (s, co):
            return invoice_queries.customer_choices(s, co.id)

    def revenue_accounts(self) -> list[AccountChoice]:
        """Accounts an invoice line may post to, revenue accounts first."""
        with self._read() as (s, co):
            return invoice_queries.revenue_accounts(s, co.id)

    def default_revenue_account(self) -> str | None:
        """The account of the revenue role: what a line without an account posts to."""
        with self._read() as (s, co):
            return invoice_queries.revenue_account(s, co.id)

    def tax_choices(self) -> list[TaxChoice]:
        with self._read() as (s, co):
            return invoice_queries.tax_choices(s, co.id)

    # --- the Customers list -----------------------------------------------------------------------
    def customer_ids(self, text: str = "", *, sort: str = "account", descending: bool = False) -> list[int]:
        """Ids of the customers whose account or name contains text, in display order."""
        with self._read() as (s, co):
            return customers.customer_ids(s, co.id, text, sort=sort, descending=descending)

    def customer_rows(self, ids: Sequence[int]) -> list[CustomerInfo]:
        """CustomerInfo of these ids (one page of the list), in their order."""
        with self._read() as (s, co):
            return customers.customer_rows(s, co.id, list(ids))

    def customer_id(self, account: str) -> int | None:
        """The list id of a customer account, or None."""
        with self._read() as (s, co):
            return queries.customer_id(s, co.id, account)

    # --- the Invoicing list ------------------------------------------------------------------------
    def invoice_list(self, query: InvoiceFilter, *, sort: str = "date", descending: bool = True) -> InvoiceList:
        """Draft and posted invoices and credit notes matching the filter: ids, totals and tab counts."""
        with self._read() as (s, co):
            return InvoiceList(
                invoice_queries.invoice_ids(s, co.id, query, sort=sort, descending=descending),
                invoice_queries.invoice_totals(s, co.id, query),
                invoice_queries.status_counts(s, co.id, query),
            )

    def invoice_rows(self, ids: Sequence[int], *, as_of: dt.date | None = None) -> list[InvoiceRow]:
        """The rows of these invoice ids (one page), in their order; as_of sets each row's overdue."""
        with self._read() as (s, co):
            return invoice_queries.invoice_rows(s, co.id, list(ids), as_of)

    def invoice_detail(self, invoice_id: int | None = None, *, number: str | None = None) -> InvoiceDetail:
        """A draft (by id) or posted document (by id or number) with its lines, as the editor loads it."""
        with self._read() as (s, co):
            return invoice_queries.invoice_detail(s, co.id, invoice_id, number=number)

    # --- documents, collections ------------------------------------------------------------------
    def document_rows(
        self, kinds: Sequence[str], *, text: str = "", open_only: bool = False, limit: int | None = None
    ) -> list[DocumentRow]:
        """Posted customer transactions of these kinds, newest first; text matches number, account or name."""
        with self._read() as (s, co):
            return queries.documents(s, co.id, kinds, text=text, open_only=open_only, limit=limit)

    def overdue_items(self, as_of: dt.date) -> list[DocumentRow]:
        """Every item overdue as of the date, oldest due first, with its balance as of the date."""
        day = a_date(as_of, "as_of")
        with self._read() as (s, co):
            return queries.overdue_items(s, co.id, day)

    def aging_summary(self, as_of: dt.date, *, definition: str | None = None) -> AgingSummary | None:
        """Balances as of the date per bucket of the default (or named) aging definition, with the
        overdue total; None when the company has no aging definition."""
        day = a_date(as_of, "as_of")
        with self._read() as (s, co):
            return queries.aging_summary(s, co.id, day, definition)

    # --- payments ----------------------------------------------------------------------------------
    def payment_journals(self, *, open_only: bool = False) -> list[JournalRow]:
        """Payment journals, open ones first."""
        with self._read() as (s, co):
            return payment_queries.journals(s, co.id, open_only=open_only)

    def open_items(self, customer: str, on: dt.date) -> list[OpenItemRow]:
        """The customer's open transactions, each with the settlement engine's preview of marking it
        alone on `on` (OpenItemRow.offer; the discount columns are its discount to take)."""
        with self._read() as (s, co):
            return payment_queries.open_items(s, co.id, customer, on)

    def transaction_rows(self, customer: str, *, open_only: bool = False) -> list[TransactionRow]:
        """Every transaction of the customer (or only the open ones), oldest first, with discount taken."""
        with self._read() as (s, co):
            return payment_queries.customer_transactions(s, co.id, customer, open_only=open_only)
