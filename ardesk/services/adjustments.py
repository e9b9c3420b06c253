"""Adjustments: cash discounts, tolerated differences and write-offs that close part of an open
transaction against a GL account, each a customer transaction of its own settled at once, so the open
items always add up to the receivable accounts (DOMAIN 4.4, 4.5 rule 9, 4.14)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.models import CashDiscount, Company, CustomerTransaction, Settlement
from ardesk.money import currency_places, round_money
from ardesk.services import balances, lookup, settlements
from ardesk.services.posting import Entry, post_voucher
from ardesk.services.transactions import OpenItem, open_item

#: Kinds of customer transactions that only adjustments and reversals create.
ADJUSTMENT_KINDS = ("cash_discount", "penny_difference", "over_underpayment", "reversal", "write_off", "intercompany")


def discount_account(s: Session, company: Company, txn: CustomerTransaction) -> int:
    """DOMAIN 2.6 defaulting: the document's cash discount code account, else the cash_discount role."""
    if txn.cash_discount_id is not None:
        account = s.scalar(select(CashDiscount.account_id).where(CashDiscount.id == txn.cash_discount_id))
        if account is not None:
            return account
    return lookup.role_account(s, company.id, "cash_discount").id


def adjust(
    s: Session,
    company: Company,
    target: CustomerTransaction,
    kind: str,
    amount: Decimal,
    date: dt.date,
    account_id: int,
    event: str,
    *,
    rate: Decimal | None = None,
    text: str = "",
    splits: Sequence[tuple[int, Decimal]] = (),
) -> Settlement:
    """Close `amount` of the target's open balance against a GL account through a customer
    transaction of `kind` (cash discount, difference, write-off ...) that is settled at once.
    splits: [(account, part)] when the GL side is split (write-off with separate sales tax)."""
    debit_target = target.balance > 0
    rate = target.exchange_rate if rate is None else rate
    acc = currency_places(company.currency)
    amount_acc = round_money(amount * rate, acc)
    sign = -1 if debit_target else 1  # the adjustment carries the opposite sign of its target
    label = text or f"{kind.replace('_', ' ').capitalize()} {target.number}"
    parts = list(splits) or [(account_id, amount)]
    gl = [
        Entry(account, -sign * round_money(part * rate, acc), label, currency=target.currency, amount_cur=Decimal(0))
        for account, part in parts
    ]
    residual = -sign * amount_acc - sum((e.amount for e in gl), Decimal(0))  # rounding of the split parts
    gl[0] = Entry(gl[0].account_id, gl[0].amount + residual, label, currency=target.currency, amount_cur=Decimal(0))
    voucher = post_voucher(
        s,
        company,
        date,
        kind,
        [
            *gl,
            Entry(target.account_id, sign * amount_acc, label, target.customer_id, target.currency, sign * amount),
        ],
        sequence="discount_voucher" if kind == "cash_discount" else "adjustment_voucher",
        text=label,
    )
    adj = open_item(
        s,
        company.id,
        OpenItem(
            customer_id=target.customer_id,
            voucher_id=voucher.id,
            number=voucher.number,
            kind=kind,
            date=date,
            amount=sign * amount,
            amount_acc=sign * amount_acc,
            currency=target.currency,
            exchange_rate=rate,
            account_id=target.account_id,
            posting_profile_id=target.posting_profile_id,
            text=label,
        ),
    )
    debit, credit = (target, adj) if debit_target else (adj, target)
    if kind == "cash_discount":
        balances.take_discount(target, amount)
        return settlements.apply(s, company, debit, credit, amount, date, event=event, discount=amount)
    return settlements.apply(s, company, debit, credit, amount, date, event=event, difference=amount)
