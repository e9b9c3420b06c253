"""Write-off of open customer transactions (DOMAIN 4.14), one balanced voucher per customer group.

Choices (ARDESK):
* Selected transactions, or a whole customer (all its open transactions). The written-off amount
  is the net of the selection; debits and credits in it are first settled against each other.
* One voucher per (customer, currency, posting profile, receivable account): Cr receivable the net;
  Dr the write-off account of the posting profile line that fits the customer (else the
  `write_off` role). A credit balance flips the signs.
* separate_sales_tax: the tax part of each written-off invoice or credit note is reversed on its
  sales tax account, in proportion to what is still open (open / amount x the invoice's tax per
  code, rounded per code); the write-off account gets the rest. Other transactions carry no tax.
* The write-off is a customer transaction of kind `write_off` settled at once against the
  selection, so unsettling that settlement reopens the items and reverses the write-off.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Company,
    Customer,
    CustomerTransaction,
    Invoice,
    InvoiceTax,
    PostingProfile,
    SalesTax,
)
from ardesk.money import currency_places, round_money, round_to
from ardesk.services import lookup, settlement_loading, settlements
from ardesk.services.currency import implied_rate
from ardesk.services.definitions import is_open
from ardesk.services.posting import Entry, next_number, post_voucher
from ardesk.services.profiles import writeoff_account_id
from ardesk.services.text import a_date, optional_text
from ardesk.services.transactions import OpenItem, open_item

ZERO = Decimal("0.00")


def _selection(s: Session, company: Company, customer: object, numbers: object) -> list[CustomerTransaction]:
    if (customer is None) == (not numbers):
        raise ValidationError("numbers", "give either the transactions to write off or a customer")
    if customer is not None:
        cust = lookup.by_code(s, Customer, company.id, customer, "customer")
        txns = sorted(
            s.scalars(
                select(CustomerTransaction).where(  # sorted here: an ORDER BY misleads SQLite
                    CustomerTransaction.company_id == company.id, CustomerTransaction.customer_id == cust.id, is_open()
                )
            ),
            key=lambda t: t.id,
        )
        if not txns:
            raise ValidationError("customer", "customer {account} has nothing open to write off", account=cust.account)
        return txns
    if not isinstance(numbers, list | tuple):
        raise ValidationError("numbers", "must be a list of document numbers")
    txns = []
    for i, number in enumerate(numbers):
        text = lookup.code_text(number, f"numbers[{i}]", max_len=30)
        txn = s.scalar(
            select(CustomerTransaction)
            .where(CustomerTransaction.company_id == company.id, CustomerTransaction.number == text, is_open())
            .limit(1)
        )
        if txn is None:
            raise ValidationError(f"numbers[{i}]", "there is no open document {text!r}", text=text)
        if txn in txns:
            raise ValidationError(f"numbers[{i}]", "{text} is given twice", text=text)
        txns.append(txn)
    return txns


def _check_locks(s: Session, txns: Sequence[CustomerTransaction]) -> None:
    held = settlement_loading.locks(s, [t.id for t in txns])
    for t in txns:
        if t.id in held:
            raise settlement_loading.marked_elsewhere(s, "numbers", t.number, held[t.id].line_id)


def _tax_parts(s: Session, txn: CustomerTransaction) -> dict[int, Decimal]:
    """Sales tax still open on an invoice or credit note, per tax account, signed like the transaction."""
    inv = s.scalar(select(Invoice).where(Invoice.transaction_id == txn.id))
    if inv is None or not inv.tax_total or not txn.amount:
        return {}
    share = abs(txn.balance) / abs(txn.amount)
    sign = 1 if txn.amount > 0 else -1
    parts: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for tax, account in s.execute(
        select(InvoiceTax, SalesTax.account_id)
        .join(SalesTax, SalesTax.id == InvoiceTax.sales_tax_id)
        .where(InvoiceTax.invoice_id == inv.id)
    ):
        parts[account] += sign * round_to(abs(tax.amount) * share, txn.currency)
    return parts


def write_off(
    s: Session,
    company: Company,
    date: object,
    *,
    customer: object = None,
    numbers: object = (),
    reason: object = None,
    comment: object = None,
    separate_sales_tax: object = False,
) -> list[CustomerTransaction]:
    """Write off the selection; returns the write-off transactions (one per customer group)."""
    day = a_date(date, "date")
    if not isinstance(separate_sales_tax, bool):
        raise ValidationError("separate_sales_tax", "must be True or False")
    why = optional_text(reason, "reason", max_len=60)
    note = optional_text(comment, "comment", max_len=200)
    txns = _selection(s, company, customer, numbers)
    late = [t.number for t in txns if t.date > day]
    if late:
        raise ValidationError("date", "must not be before the date of {choices}", choices=", ".join(late))
    _check_locks(s, txns)
    groups: dict[tuple, list[CustomerTransaction]] = defaultdict(list)
    for t in txns:
        groups[(t.customer_id, t.currency, t.posting_profile_id, t.account_id)].append(t)
    event = next_number(s, company.id, "settlement")
    out = []
    for (customer_id, currency, profile_id, ar), items in groups.items():
        out += _write_off_group(
            s, company, day, customer_id, currency, profile_id, ar, items, event, why, note, separate_sales_tax
        )
    return out


def _write_off_group(
    s: Session,
    company: Company,
    day: dt.date,
    customer_id: int,
    currency: str,
    profile_id: int,
    ar: int,
    items: list[CustomerTransaction],
    event: str,
    reason: str | None,
    comment: str | None,
    separate_tax: bool,
) -> list[CustomerTransaction]:
    cust = s.get(Customer, customer_id)
    net = sum((t.balance for t in items), ZERO)
    net_acc = sum((t.balance_acc for t in items), ZERO)
    written: list[CustomerTransaction] = []
    if net:
        account = (
            writeoff_account_id(s, s.get(PostingProfile, profile_id), cust)
            or lookup.role_account(s, company.id, "write_off").id
        )
        label = " - ".join(p for p in (f"Write-off {cust.account} {cust.name}", reason, comment) if p)[:200]
        tax: dict[int, Decimal] = defaultdict(lambda: ZERO)
        if separate_tax:
            for t in items:
                for acc, part in _tax_parts(s, t).items():
                    tax[acc] += round_money(part * t.exchange_rate, currency_places(company.currency))
        entries = [Entry(ar, -net_acc, label, cust.id, currency, -net)]
        entries += [
            Entry(acc, amount, f"Sales tax {label}"[:200], currency=currency, amount_cur=ZERO)
            for acc, amount in tax.items()
            if amount
        ]
        entries.append(Entry(account, net_acc - sum(tax.values(), ZERO), label, currency=currency, amount_cur=ZERO))
        voucher = post_voucher(s, company, day, "write_off", entries, sequence="adjustment_voucher", text=label)
        rate = implied_rate(net_acc, net)
        written.append(
            open_item(
                s,
                company.id,
                OpenItem(
                    customer_id=cust.id,
                    voucher_id=voucher.id,
                    number=voucher.number,
                    kind="write_off",
                    date=day,
                    amount=-net,
                    amount_acc=-net_acc,
                    currency=currency,
                    exchange_rate=rate,
                    account_id=ar,
                    posting_profile_id=profile_id,
                    text=label,
                ),
            )
        )
    settlements.settle_all(s, company, [*items, *written], day, event)
    return written
