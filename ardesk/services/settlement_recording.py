"""From settlement plans to the books: settlement rows, cash discounts and differences as adjustments,
centralized pairs, in a fixed order (DOMAIN 4.4–4.7, 4.13). Balances move only through
settlements.apply / CashBatch, which keep the one rule of services.balances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, CustomerTransaction, Settlement
from ardesk.services import adjustments, centralized, lookup, settlements
from ardesk.services.settlement_engine import Item, Plan


def carry_out(
    s: Session,
    company: Company,
    plan: Plan,
    txns: Mapping[int, CustomerTransaction],
    date: dt.date,
    event: str,
    payment: CustomerTransaction | None = None,
    *,
    later_date: bool = True,
    flush: bool = True,
    batch: settlements.CashBatch | None = None,
) -> list[Settlement]:
    """Cash pairs first (debits oldest first against credit notes, then the payment), then the
    discounts and differences that close what the cash left. txns: the plan's transactions by id.
    batch: plain cash pairs go there (the caller flushes it) and are not among the returned rows."""
    rows: list[Settlement] = []
    debits = [(txns[i.open.id], i.cash) for i in sorted(plan.debits, key=Item.order_key) if i.cash > 0]
    credits: list[list[Any]] = [
        [txns[i.open.id], i.cash] for i in sorted(plan.credits, key=Item.order_key) if i.cash > 0
    ]  # [transaction, cash left]
    if payment is not None:
        applied = sum((i.cash for i in plan.debits), Decimal(0)) - sum((i.cash for i in plan.credits), Decimal(0))
        if applied > 0:
            credits.append([payment, applied])
    ci = 0
    for debit, need in debits:
        while need > 0 and ci < len(credits):
            credit, have = credits[ci]
            use = min(need, have)
            day = max(date, debit.date, credit.date) if later_date else date
            if debit.company_id != credit.company_id:  # centralized payment (DOMAIN 4.13)
                rows += centralized.settle_across(s, company, debit, credit, use, day, event)
            elif batch is None or not batch.add(company, debit, credit, use, day, event):
                rows.append(settlements.apply(s, company, debit, credit, use, day, event=event, flush=False))
            need -= use
            credits[ci][1] -= use
            if credits[ci][1] == 0:
                ci += 1
    rate = payment.exchange_rate if payment is not None else None
    for item in plan.items:
        txn = txns[item.open.id]
        day = max(date, txn.date) if later_date else date
        owner = company if txn.company_id == company.id else s.get(Company, txn.company_id)
        if item.discount > 0 and owner is not company:
            # The paying side of the intercompany pair: the payment being posted, else (settling open
            # transactions) the first credit of this company among the marks.
            pay_side = payment or next(
                (txns[i.open.id] for i in plan.credits if txns[i.open.id].company_id == company.id), None
            )
            if pay_side is None:
                raise ValidationError(
                    "marks", "a cash discount on another company's invoice needs a payment of this company"
                )
            rows += centralized.discount_across(
                s, company, txn, pay_side, item.discount, day, event, adjustments.discount_account(s, owner, txn)
            )
        elif item.discount > 0:
            rows.append(
                adjustments.adjust(
                    s,
                    company,
                    txn,
                    "cash_discount",
                    item.discount,
                    day,
                    adjustments.discount_account(s, company, txn),
                    event,
                    rate=rate,
                )
            )
        if item.difference > 0:
            account = (
                adjustments.discount_account(s, owner, txn)
                if item.difference_kind == "cash_discount"
                else lookup.role_account(s, owner.id, item.difference_kind).id
            )
            rows.append(
                adjustments.adjust(
                    s,
                    owner,
                    txn,
                    item.difference_kind,
                    item.difference,
                    day,
                    account,
                    event,
                    rate=rate if owner is company else None,
                )
            )
    if payment is not None and plan.over_adjustment > 0:
        rows.append(
            adjustments.adjust(
                s,
                company,
                payment,
                plan.over_kind,
                plan.over_adjustment,
                date,
                lookup.role_account(s, company.id, plan.over_kind).id,
                event,
            )
        )
    if flush:
        s.flush()
    return rows
