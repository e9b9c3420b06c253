"""Payments and settlement: posting payments, settling open transactions, unsettle, reverse, NSF.

Plans come from settlement_engine; here they become vouchers, customer transactions and
settlement rows. Cash discounts and tolerated differences are customer transactions of their
own (kind cash_discount, penny_difference, over_underpayment) settled against what they close,
so the open items always add up to the receivable accounts (DOMAIN 4.4, 4.5 rule 9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    CashDiscount,
    Company,
    Customer,
    CustomerTransaction,
    LedgerEntry,
    Settlement,
    Voucher,
)
from ardesk.money import currency_places, money, round_money, round_to
from ardesk.services import balances, centralized, lookup, payment_batch, settlement_engine, settlements
from ardesk.services.payment_batch import PaymentLine
from ardesk.services.posting import Entry, VoucherSpec, next_number, post_voucher, post_vouchers
from ardesk.services.settlement_engine import Item, Mark, Plan
from ardesk.services.text import a_date
from ardesk.services.transactions import OpenItem, open_item

ADJUSTMENT_KINDS = ("cash_discount", "penny_difference", "over_underpayment", "reversal", "write_off",
                    "intercompany")


@dataclass(frozen=True)
class MarkPreview:
    """What the settle screen shows for one marked transaction (DOMAIN 4.5), signed like it."""

    number: str
    amount_to_settle: Decimal
    cash_discount_date: dt.date | None
    cash_discount_amount: Decimal
    discount_taken: Decimal
    discount_to_take: Decimal
    use_cash_discount: str
    difference: Decimal = Decimal("0.00")


def previews(plan: Plan) -> list[MarkPreview]:
    out = []
    for item in sorted(plan.items, key=lambda i: i.index):
        sign = item.sign
        period_discount = round_to(abs(item.txn.amount) * item.period.fraction, item.txn.currency) \
            if item.period.percent \
            else Decimal("0.00")
        out.append(MarkPreview(item.txn.number, sign * item.cash, item.period.date, sign * period_discount,
                               sign * item.txn.discount_taken, sign * (item.discount + (
                                   item.difference if item.difference_kind == "cash_discount" else 0)),
                               item.mode, sign * item.difference))
    return out


def _customer(s: Session, company: Company, customer: object) -> Customer:
    return lookup.by_code(s, Customer, company.id, customer, "customer")


def preview(s: Session, company: Company, customer: object, date: object, marks: Sequence[Mark], *,
            payment_amount: object = None, full_settlement: bool = False) -> list[MarkPreview]:
    cust = _customer(s, company, customer)
    day = a_date(date, "date")
    params = lookup.parameters(s, company.id)
    items = settlement_engine.load_items(s, company, cust, day, marks, params)
    if payment_amount is None and not any(i.sign < 0 for i in items):
        plan = settlement_engine.plan_payment(items, None, params) if items else Plan([])
    elif payment_amount is None:
        plan = settlement_engine.plan_offset(items, params)
    else:
        amount = money(payment_amount, "payment_amount", positive=True, allow_zero=False)
        plan = settlement_engine.plan_payment(items, amount, params, full_settlement=full_settlement)
    return previews(plan)


# --- carrying out a plan --------------------------------------------------------------------------

def _discount_account(s: Session, company: Company, txn: CustomerTransaction) -> int:
    """DOMAIN 2.6 defaulting: the document's cash discount code account, else the cash_discount role."""
    if txn.cash_discount_id is not None:
        account = s.scalar(select(CashDiscount.account_id).where(CashDiscount.id == txn.cash_discount_id))
        if account is not None:
            return account
    return lookup.role_account(s, company.id, "cash_discount").id


def adjust(s: Session, company: Company, target: CustomerTransaction, kind: str, amount: Decimal, date: dt.date,
           account_id: int, event: str, *, rate: Decimal | None = None, text: str = "",
           splits: Sequence[tuple[int, Decimal]] = ()) -> Settlement:
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
    gl = [Entry(account, -sign * round_money(part * rate, acc), label, currency=target.currency,
                amount_cur=Decimal(0)) for account, part in parts]
    residual = -sign * amount_acc - sum((e.amount for e in gl), Decimal(0))  # rounding of the split parts
    gl[0] = Entry(gl[0].account_id, gl[0].amount + residual, label, currency=target.currency, amount_cur=Decimal(0))
    voucher = post_voucher(s, company, date, kind, [
        *gl, Entry(target.account_id, sign * amount_acc, label, target.customer_id, target.currency, sign * amount),
    ], sequence="discount_voucher" if kind == "cash_discount" else "adjustment_voucher", text=label)
    adj = open_item(s, company.id, OpenItem(
        customer_id=target.customer_id, voucher_id=voucher.id, number=voucher.number, kind=kind, date=date,
        amount=sign * amount, amount_acc=sign * amount_acc, currency=target.currency, exchange_rate=rate,
        account_id=target.account_id, posting_profile_id=target.posting_profile_id, text=label))
    debit, credit = (target, adj) if debit_target else (adj, target)
    if kind == "cash_discount":
        balances.take_discount(target, amount)
        return settlements.apply(s, company, debit, credit, amount, date, event=event, discount=amount)
    return settlements.apply(s, company, debit, credit, amount, date, event=event, difference=amount)


def carry_out(s: Session, company: Company, plan: Plan, date: dt.date, event: str,
              payment: CustomerTransaction | None = None, *, later_date: bool = True,
              flush: bool = True, batch: settlements.CashBatch | None = None) -> list[Settlement]:
    """Cash pairs first (debits oldest first against credit notes, then the payment), then the
    discounts and differences that close what the cash left. batch: plain cash pairs go there
    (the caller flushes it) and are not among the returned rows."""
    rows: list[Settlement] = []
    debits = [[i, i.cash] for i in sorted(plan.debits, key=Item.order_key) if i.cash > 0]
    credits = [[i.txn, i.cash] for i in sorted(plan.credits, key=Item.order_key) if i.cash > 0]
    if payment is not None:
        applied = sum((i.cash for i in plan.debits), Decimal(0)) - sum((i.cash for i in plan.credits), Decimal(0))
        if applied > 0:
            credits.append([payment, applied])
    ci = 0
    for pair in debits:
        item, need = pair
        while need > 0 and ci < len(credits):
            credit, have = credits[ci]
            use = min(need, have)
            day = max(date, item.txn.date, credit.date) if later_date else date
            if item.txn.company_id != credit.company_id:  # centralized payment (DOMAIN 4.13)
                rows += centralized.settle_across(s, company, item.txn, credit, use, day, event)
            elif batch is None or not batch.add(company, item.txn, credit, use, day, event):
                rows.append(settlements.apply(s, company, item.txn, credit, use, day, event=event, flush=False))
            need -= use
            credits[ci][1] -= use
            if credits[ci][1] == 0:
                ci += 1
    rate = payment.exchange_rate if payment is not None else None
    for item in plan.items:
        day = max(date, item.txn.date) if later_date else date
        owner = company if item.txn.company_id == company.id else s.get(Company, item.txn.company_id)
        if item.discount > 0 and owner is not company:
            rows += centralized.discount_across(s, company, item.txn, payment, item.discount, day, event,
                                                _discount_account(s, owner, item.txn))
        elif item.discount > 0:
            rows.append(adjust(s, company, item.txn, "cash_discount", item.discount, day,
                               _discount_account(s, company, item.txn), event, rate=rate))
        if item.difference > 0:
            account = _discount_account(s, owner, item.txn) if item.difference_kind == "cash_discount" \
                else lookup.role_account(s, owner.id, item.difference_kind).id
            rows.append(adjust(s, owner, item.txn, item.difference_kind, item.difference, day, account, event,
                               rate=rate if owner is company else None))
    if payment is not None and plan.over_adjustment > 0:
        rows.append(adjust(s, company, payment, plan.over_kind, plan.over_adjustment, date,
                           lookup.role_account(s, company.id, plan.over_kind).id, event))
    if flush:
        s.flush()
    return rows


# --- payments ---------------------------------------------------------------------------------------

def post_payment(s: Session, company: Company, customer: object, date: object, amount: object = None, *,
                 marks: Sequence[Mark] = (), method: object = "BANK", reference: object = None,
                 prepayment: object = False, full_settlement: object = False, currency: object = None,
                 exchange_rate_: object = None, posting_profile: object = None,
                 journal_line_id: int | None = None) -> CustomerTransaction:
    """Post a customer payment: Dr bank / Cr receivable, then settle the marks (DOMAIN 4.1)."""
    line = PaymentLine(customer, date, amount, marks, method, reference, prepayment, full_settlement,  # type: ignore[arg-type]
                       currency, exchange_rate_, posting_profile, journal_line_id)
    return payment_batch.post_many(s, company, [line], prefixes=[""])[0]


def priority_marks(s: Session, company: Company, cust: Customer, currency: str) -> list[Mark]:
    """Open debits of the customer in settlement order (DOMAIN 4.9): by the priority list of kinds
    when the company uses one, then due date, then date, then posting order. Only transactions
    whose posting profile allows settlement take part."""
    from ardesk.models import PostingProfile

    rows = s.execute(select(CustomerTransaction).join(PostingProfile, PostingProfile.id ==
                                                     CustomerTransaction.posting_profile_id)
                     .where(CustomerTransaction.company_id == company.id, CustomerTransaction.customer_id == cust.id,
                            CustomerTransaction.closed_date.is_(None), CustomerTransaction.balance > 0,
                            CustomerTransaction.currency == currency, PostingProfile.settle.is_(True))).scalars().all()
    return [Mark(t.number) for t in sorted(rows, key=settlement_engine.priority_key(lookup.parameters(s, company.id)))]


def settle(s: Session, company: Company, customer: object, date: object, marks: Sequence[Mark]) -> list[Settlement]:
    """Settle already-posted open transactions against each other (API "settle")."""
    cust = _customer(s, company, customer)
    day = a_date(date, "date")
    params = lookup.parameters(s, company.id)
    items = settlement_engine.load_items(s, company, cust, day, marks, params)
    late = [i.txn.number for i in items if i.txn.date > day]
    if late:
        raise ValidationError("date", f"must not be before the date of {', '.join(late)}")
    plan = settlement_engine.plan_offset(items, params)
    return carry_out(s, company, plan, day, next_number(s, company.id, "settlement"), later_date=False)


# --- undoing ----------------------------------------------------------------------------------------

def _mirror(s: Session, company: Company, voucher_id: int, date: dt.date, text: str) -> int:
    """Post the exact reversal of a voucher; returns the new voucher's id."""
    original = s.get(Voucher, voucher_id)
    entries = [Entry(e.account_id, -e.amount, e.text, e.customer_id, e.currency, -e.amount_cur)
               for e in s.scalars(select(LedgerEntry).where(LedgerEntry.voucher_id == voucher_id)
                                  .order_by(LedgerEntry.id))]
    return post_vouchers(s, company, [VoucherSpec(date, "reversal", entries, text, original.id)],
                         sequence="general_voucher")[0].id


def unsettle(s: Session, company: Company, settlement_id: object, date: object) -> list[int]:
    """Undo a whole settlement action (DOMAIN 4.10): balances reopen, generated discounts and
    differences are reversed with vouchers dated `date`. Returns the undone settlement ids."""
    day = a_date(date, "date")
    if not isinstance(settlement_id, int) or isinstance(settlement_id, bool):
        raise ValidationError("settlement", "must be a settlement id")
    first = s.get(Settlement, settlement_id)
    if first is None or first.company_id != company.id:
        raise ValidationError("settlement", f"there is no settlement {settlement_id}")
    if first.unsettled_date is not None:
        raise ValidationError("settlement", f"settlement {settlement_id} was already undone")
    companies = centralized.settlement_companies(s, company, first.event)
    rows = s.scalars(select(Settlement).where(Settlement.company_id.in_(companies), Settlement.event == first.event,
                                              Settlement.unsettled_date.is_(None))
                     .order_by(Settlement.id.desc())).all()
    if any(day < r.date for r in rows):
        raise ValidationError("date", "must not be before the settlement date")
    adjustments: list[CustomerTransaction] = []
    for row in rows:
        debit, credit = s.get(CustomerTransaction, row.debit_id), s.get(CustomerTransaction, row.credit_id)
        settlements.undo(s, row, debit, credit, day)
        if row.voucher_id is not None:
            row.unsettle_voucher_id = _mirror(s, s.get(Company, row.company_id), row.voucher_id, day,
                                              f"Unsettle {debit.number}")
        for txn in (debit, credit):
            if txn.kind in ADJUSTMENT_KINDS and txn.kind != "reversal" and txn not in adjustments:
                adjustments.append(txn)
        if row.discount > 0:
            target = debit if debit.kind != "cash_discount" else credit  # the document that took it
            balances.take_discount(target, -row.discount)
            balances.queue(s, (target,))
    s.flush()
    event = next_number(s, company.id, "settlement")
    for adj in adjustments:
        _reverse_open(s, s.get(Company, adj.company_id), adj, day, event)
    return [r.id for r in rows]


def _reverse_open(s: Session, company: Company, txn: CustomerTransaction, day: dt.date, event: str) -> None:
    """Reverse a fully open transaction: mirror voucher plus a reversal transaction settled against it."""
    voucher_id = _mirror(s, company, txn.voucher_id, day, f"Reversal of {txn.number}")
    number = s.get(Voucher, voucher_id).number
    rev = open_item(s, company.id, OpenItem(
        customer_id=txn.customer_id, voucher_id=voucher_id, number=number, kind="reversal", date=day,
        amount=-txn.balance, amount_acc=-txn.balance_acc, currency=txn.currency, exchange_rate=txn.exchange_rate,
        account_id=txn.account_id, posting_profile_id=txn.posting_profile_id, text=f"Reversal of {txn.number}"))
    debit, credit = (txn, rev) if txn.balance > 0 else (rev, txn)
    settlements.apply(s, company, debit, credit, abs(txn.balance), day, event=event)


def reverse(s: Session, company: Company, number: object, date: object) -> CustomerTransaction:
    """Reverse a posted invoice, credit note or payment (DOMAIN 4.10): its settlements are undone
    first (a reversed payment reopens the invoices it paid), then an exact reversing voucher."""
    day = a_date(date, "date")
    text = lookup.code_text(number, "number", max_len=30)
    txn = s.scalar(select(CustomerTransaction).where(CustomerTransaction.company_id == company.id,
                                                     CustomerTransaction.number == text)
                   .order_by(CustomerTransaction.id).limit(1))
    if txn is None:
        raise ValidationError("number", f"there is no document {text!r}")
    if txn.kind in ADJUSTMENT_KINDS:
        raise ValidationError("number", f"{text} is a {txn.kind.replace('_', ' ')}; unsettle its settlement instead")
    if day < txn.date:
        raise ValidationError("date", f"must not be before {txn.date}")
    if s.scalar(select(Voucher.id).where(Voucher.reverses_id == txn.voucher_id).limit(1)) is not None:
        raise ValidationError("number", f"{text} was already reversed")
    for event in s.scalars(select(Settlement.id).where((Settlement.debit_id == txn.id) | (Settlement.credit_id ==
                                                                                         txn.id),
                                                       Settlement.unsettled_date.is_(None))).all():
        row = s.get(Settlement, event)
        if row.unsettled_date is None:
            unsettle(s, company, event, day)
    _reverse_open(s, company, txn, day, next_number(s, company.id, "settlement"))
    return txn


def nsf(s: Session, company: Company, number: object, date: object, fee: object = None) -> CustomerTransaction | None:
    """A bounced payment (DOMAIN 4.10): the payment is reversed and, with a fee, the fee is charged."""
    day = a_date(date, "date")
    text = lookup.code_text(number, "number", max_len=30)
    kind = s.scalar(select(CustomerTransaction.kind).where(CustomerTransaction.company_id == company.id,
                                                          CustomerTransaction.number == text).limit(1))
    if kind not in ("payment", "prepayment"):
        raise ValidationError("number", f"{text} is not a payment")
    txn = reverse(s, company, text, day)
    if fee is None:
        return None
    amount = money(fee, "fee", currency=txn.currency, positive=True, allow_zero=False)
    account = lookup.role_account(s, company.id, "fee_income").id
    label = f"Returned payment fee {txn.number}"
    rate = txn.exchange_rate
    amount_acc = round_money(amount * rate, currency_places(company.currency))
    voucher = post_voucher(s, company, day, "fee", [
        Entry(txn.account_id, amount_acc, label, txn.customer_id, txn.currency, amount),
        Entry(account, -amount_acc, label, currency=txn.currency, amount_cur=-amount),
    ], sequence="adjustment_voucher", text=label)
    return open_item(s, company.id, OpenItem(
        customer_id=txn.customer_id, voucher_id=voucher.id, number=voucher.number, kind="fee", date=day,
        due_date=day, amount=amount, amount_acc=amount_acc, currency=txn.currency, exchange_rate=rate,
        account_id=txn.account_id, posting_profile_id=txn.posting_profile_id, text=label))
