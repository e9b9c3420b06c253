"""Reimbursing customers with credit balances (DOMAIN 4.12, the ardesk variant without accounts payable).

A reimbursement run finds customers whose open credit is at least the minimum reimbursement and
posts, per customer and currency, a refund: Dr receivable / Cr the method of payment's bank
account, as a customer transaction of kind `refund` (a debit) settled at once against the open
credits, oldest first. Choices (ARDESK): by default a customer who also has open debits is left
out (their credits should settle those debits first); with include_customers_with_open_debits the
refund is the net credit balance, and the debits are settled against the credits before the refund.
A refund can be reversed like a payment.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, Customer, CustomerTransaction, JournalMark, MethodOfPayment
from ardesk.money import money
from ardesk.services import definitions, lookup, settlements
from ardesk.services.currency import implied_rate
from ardesk.services.posting import Entry, next_number, post_voucher
from ardesk.services.text import a_date
from ardesk.services.transactions import OpenItem, open_item

ZERO = Decimal("0.00")


def reimburse(
    s: Session,
    company: Company,
    date: object,
    *,
    customers: Sequence[str] | None = None,
    method: object = "BANK",
    minimum: object = None,
    include_customers_with_open_debits: object = False,
) -> list[CustomerTransaction]:
    """Post the refunds of one reimbursement run; returns them (kind `refund`)."""
    day = a_date(date, "date")
    if not isinstance(include_customers_with_open_debits, bool):
        raise ValidationError("include_customers_with_open_debits", "must be True or False")
    params = lookup.parameters(s, company.id)
    floor = params.minimum_reimbursement if minimum is None else money(minimum, "minimum", positive=True)
    mop = lookup.by_code(s, MethodOfPayment, company.id, method, "method")
    if mop.account_id is None:
        raise ValidationError("method", "method of payment {code} has no bank account", code=mop.code)
    query = select(CustomerTransaction).where(
        CustomerTransaction.company_id == company.id, definitions.is_open(), CustomerTransaction.date <= day
    )
    if customers is not None:
        if not isinstance(customers, list | tuple):
            raise ValidationError("customers", "must be a list of customer accounts")
        ids = [lookup.by_code(s, Customer, company.id, c, f"customers[{i}]").id for i, c in enumerate(customers)]
        query = query.where(CustomerTransaction.customer_id.in_(ids))
    locked = set(s.scalars(select(JournalMark.transaction_id).where(JournalMark.company_id == company.id)))
    groups: dict[tuple[int, str], list[CustomerTransaction]] = defaultdict(list)
    for txn in s.scalars(query.order_by(CustomerTransaction.id)):
        groups[(txn.customer_id, txn.currency)].append(txn)
    refunds = []
    event = None
    for (customer_id, currency), txns in groups.items():
        if any(t.id in locked for t in txns):
            continue  # marked in an unposted payment journal: not this run
        if any(t.balance > 0 for t in txns) and not include_customers_with_open_debits:
            continue
        credit = -sum((t.balance for t in txns), ZERO)
        if credit <= 0 or credit < floor:
            continue
        event = event or next_number(s, company.id, "settlement")
        refunds.append(_refund(s, company, s.get(Customer, customer_id), currency, txns, credit, mop, day, event))
    return refunds


def _refund(
    s: Session,
    company: Company,
    cust: Customer,
    currency: str,
    txns: list[CustomerTransaction],
    credit: Decimal,
    mop: MethodOfPayment,
    day: dt.date,
    event: str,
) -> CustomerTransaction:
    credits = [t for t in txns if t.balance < 0]
    ar = credits[0].account_id
    credit_acc = -sum((t.balance_acc for t in txns), ZERO)
    label = f"Refund {cust.account} {cust.name}"[:200]
    voucher = post_voucher(
        s,
        company,
        day,
        "refund",
        [
            Entry(ar, credit_acc, label, cust.id, currency, credit),
            Entry(mop.account_id, -credit_acc, label, currency=currency, amount_cur=-credit),
        ],
        sequence="payment_voucher",
        text=label,
    )
    rate = implied_rate(credit_acc, credit)
    refund = open_item(
        s,
        company.id,
        OpenItem(
            customer_id=cust.id,
            voucher_id=voucher.id,
            number=voucher.number,
            kind="refund",
            date=day,
            due_date=day,
            amount=credit,
            amount_acc=credit_acc,
            currency=currency,
            exchange_rate=rate,
            account_id=ar,
            posting_profile_id=credits[0].posting_profile_id,
            method_of_payment_id=mop.id,
            text=label,
        ),
    )
    # Credits on other summary accounts (a prepayment) move to this one through the settlement transfer.
    settlements.settle_all(s, company, [*txns, refund], day, event)
    return refund
