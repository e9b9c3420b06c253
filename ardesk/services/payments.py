"""Payments and settlement: posting payments, settling open transactions, unsettle, reverse, NSF.

Plans come from settlement_engine; here they become vouchers, customer transactions and
settlement rows. Cash discounts and tolerated differences are customer transactions of their
own (kind cash_discount, penny_difference, over_underpayment) settled against what they close,
so the open items always add up to the receivable accounts (DOMAIN 4.4, 4.5 rule 9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import Term, ValidationError
from ardesk.models import Company, Customer, CustomerTransaction, LedgerEntry, PostingProfile, Settlement, Voucher
from ardesk.money import money
from ardesk.services import audit, balances, centralized, lookup, payment_batch, periods, settlement_engine, settlements
from ardesk.services.adjustments import ADJUSTMENT_KINDS
from ardesk.services.definitions import is_open
from ardesk.services.payment_batch import PaymentLine
from ardesk.services.posting import Entry, VoucherSpec, next_number, post_vouchers
from ardesk.services.settlement_engine import Mark, MarkPreview
from ardesk.services.settlement_loading import load_items, policy
from ardesk.services.settlement_recording import carry_out
from ardesk.services.text import a_date, term
from ardesk.services.transactions import OpenItem, open_item, post_charge

__all__ = [
    "ADJUSTMENT_KINDS",
    "MarkPreview",
    "nsf",
    "post_payment",
    "preview",
    "priority_marks",
    "reverse",
    "settle",
    "unsettle",
]

#: The adjustment kinds (ADJUSTMENT_KINDS) as a message names them ("C12 is a cash discount").
KIND_TERMS: dict[str, Term] = {
    "cash_discount": Term("cash discount"),
    "penny_difference": Term("penny difference"),
    "over_underpayment": Term("over underpayment"),
    "reversal": Term("reversal"),
    "write_off": Term("write off"),
    "intercompany": Term("intercompany"),
}


def _customer(s: Session, company: Company, customer: object) -> Customer:
    return lookup.by_code(s, Customer, company.id, customer, "customer")


def preview(
    s: Session,
    company: Company,
    customer: object,
    date: object,
    marks: Sequence[Mark],
    *,
    payment_amount: object = None,
    full_settlement: bool = False,
    payment: bool = False,
) -> list[MarkPreview]:
    """What settling the marks would do, as the settle screen shows it; the engine's own plan
    (settlement_engine.plan_preview), so the screen and the posting never disagree. payment: debits
    and credits marked without an amount are previewed as post_payment settles them, not as settle()."""
    if not isinstance(payment, bool):
        raise ValidationError("payment", "must be True or False")
    cust = _customer(s, company, customer)
    day = a_date(date, "date")
    rules = policy(lookup.parameters(s, company.id))
    items, _ = load_items(s, company, cust, day, marks, rules)
    amount = (
        None
        if payment_amount is None
        else money(payment_amount, "payment_amount", currency=cust.currency, positive=True, allow_zero=False)
    )
    return settlement_engine.previews(
        settlement_engine.plan_preview(items, rules, amount, full_settlement=full_settlement, payment=payment)
    )


# --- payments ---------------------------------------------------------------------------------------


def post_payment(
    s: Session,
    company: Company,
    customer: object,
    date: object,
    amount: object = None,
    *,
    marks: Sequence[Mark] = (),
    method: object = "BANK",
    reference: object = None,
    prepayment: object = False,
    full_settlement: object = False,
    currency: object = None,
    exchange_rate_: object = None,
    posting_profile: object = None,
    journal_line_id: int | None = None,
) -> CustomerTransaction:
    """Post a customer payment: Dr bank / Cr receivable, then settle the marks (DOMAIN 4.1)."""
    # The arguments are checked by post_many, which names the field at fault.
    args: list[Any] = [
        customer,
        date,
        amount,
        marks,
        method,
        reference,
        prepayment,
        full_settlement,
        currency,
        exchange_rate_,
        posting_profile,
        journal_line_id,
    ]
    line = PaymentLine(*args)
    return payment_batch.post_many(s, company, [line], prefixes=[""])[0]


def priority_marks(s: Session, company: Company, cust: Customer, currency: str) -> list[Mark]:
    """Open debits of the customer in settlement order (DOMAIN 4.9): by the priority list of kinds
    when the company uses one, then due date, then date, then posting order. Only transactions
    whose posting profile allows settlement take part."""
    rows = (
        s.execute(
            select(CustomerTransaction)
            .join(PostingProfile, PostingProfile.id == CustomerTransaction.posting_profile_id)
            .where(
                CustomerTransaction.company_id == company.id,
                CustomerTransaction.customer_id == cust.id,
                is_open(),
                CustomerTransaction.balance > 0,
                CustomerTransaction.currency == currency,
                PostingProfile.settle.is_(True),
                CustomerTransaction.kind != "bill_of_exchange",  # the bank settles bills (services.bills)
            )
        )
        .scalars()
        .all()
    )
    key = settlement_engine.priority_key(policy(lookup.parameters(s, company.id)))
    return [Mark(t.number) for t in sorted(rows, key=key)]


def settle(s: Session, company: Company, customer: object, date: object, marks: Sequence[Mark]) -> list[Settlement]:
    """Settle already-posted open transactions against each other (API "settle")."""
    cust = _customer(s, company, customer)
    day = a_date(date, "date")
    periods.check_open(s, company.id, day)  # DOMAIN 11.1: a settlement moves balances as of its date
    rules = policy(lookup.parameters(s, company.id))
    items, txns = load_items(s, company, cust, day, marks, rules)
    late = [i.open.number for i in items if i.open.date > day]
    if late:
        raise ValidationError("date", "must not be before the date of {choices}", choices=", ".join(late))
    plan = settlement_engine.plan_offset(items, rules)
    event = next_number(s, company.id, "settlement")
    done = carry_out(s, company, plan, txns, day, event, later_date=False)
    # One audit row per document settled, so each document's own trail shows it (details: the event).
    audit.record_many(
        s, company.id, [("settle", n, None, f"settlement {event}") for n in sorted({i.open.number for i in items})]
    )
    return done


# --- undoing ----------------------------------------------------------------------------------------


def _mirror(s: Session, company: Company, voucher_id: int, date: dt.date, text: str, document: str = "") -> int:
    """Post the exact reversal of a voucher (of `document`, for the audit trail); returns the new voucher's id."""
    original = s.get(Voucher, voucher_id)
    entries = [
        Entry(e.account_id, -e.amount, e.text, e.customer_id, e.currency, -e.amount_cur)
        for e in s.scalars(select(LedgerEntry).where(LedgerEntry.voucher_id == voucher_id).order_by(LedgerEntry.id))
    ]
    return post_vouchers(
        s, company, [VoucherSpec(date, "reversal", entries, text, original.id, document)], sequence="general_voucher"
    )[0].id


def unsettle(s: Session, company: Company, settlement_id: object, date: object) -> list[int]:
    """Undo a whole settlement action (DOMAIN 4.10): balances reopen, generated discounts and
    differences are reversed with vouchers dated `date`. Returns the undone settlement ids."""
    day = a_date(date, "date")
    periods.check_open(s, company.id, day)
    if not isinstance(settlement_id, int) or isinstance(settlement_id, bool):
        raise ValidationError("settlement", "must be a settlement id")
    first = s.get(Settlement, settlement_id)
    if first is None or first.company_id != company.id:
        raise ValidationError("settlement", "there is no settlement {settlement_id}", settlement_id=settlement_id)
    if first.unsettled_date is not None:
        raise ValidationError(
            "settlement",
            "settlement {settlement_id} was already undone",
            settlement_id=settlement_id,
        )
    companies = centralized.settlement_companies(s, company, first.event)
    rows = s.scalars(
        select(Settlement)
        .where(
            Settlement.company_id.in_(companies), Settlement.event == first.event, Settlement.unsettled_date.is_(None)
        )
        .order_by(Settlement.id.desc())
    ).all()
    if any(day < r.date for r in rows):
        raise ValidationError("date", "must not be before the settlement date")
    adjustments: list[CustomerTransaction] = []
    for row in rows:
        debit, credit = s.get(CustomerTransaction, row.debit_id), s.get(CustomerTransaction, row.credit_id)
        settlements.undo(s, row, debit, credit, day)
        if row.voucher_id is not None:
            row.unsettle_voucher_id = _mirror(
                s, s.get(Company, row.company_id), row.voucher_id, day, f"Unsettle {debit.number}"
            )
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
    undone = f"settlement {first.event}"
    numbers = sorted(
        {
            n
            for r in rows
            for n in (s.get(CustomerTransaction, r.debit_id).number, s.get(CustomerTransaction, r.credit_id).number)
        }
    )
    audit.record_many(s, company.id, [("unsettle", n, None, undone) for n in numbers])
    return [r.id for r in rows]


def _reverse_open(s: Session, company: Company, txn: CustomerTransaction, day: dt.date, event: str) -> None:
    """Reverse a fully open transaction: mirror voucher plus a reversal transaction settled against it."""
    voucher_id = _mirror(s, company, txn.voucher_id, day, f"Reversal of {txn.number}", txn.number)
    number = s.get(Voucher, voucher_id).number
    rev = open_item(
        s,
        company.id,
        OpenItem(
            customer_id=txn.customer_id,
            voucher_id=voucher_id,
            number=number,
            kind="reversal",
            date=day,
            amount=-txn.balance,
            amount_acc=-txn.balance_acc,
            currency=txn.currency,
            exchange_rate=txn.exchange_rate,
            account_id=txn.account_id,
            posting_profile_id=txn.posting_profile_id,
            text=f"Reversal of {txn.number}",
        ),
    )
    debit, credit = (txn, rev) if txn.balance > 0 else (rev, txn)
    settlements.apply(s, company, debit, credit, abs(txn.balance), day, event=event)


def reverse(s: Session, company: Company, number: object, date: object) -> CustomerTransaction:
    """Reverse a posted invoice, credit note or payment (DOMAIN 4.10): its settlements are undone
    first (a reversed payment reopens the invoices it paid), then an exact reversing voucher."""
    day = a_date(date, "date")
    text = lookup.code_text(number, "number", max_len=30)
    txn = s.scalar(
        select(CustomerTransaction)
        .where(CustomerTransaction.company_id == company.id, CustomerTransaction.number == text)
        .order_by(CustomerTransaction.id)
        .limit(1)
    )
    if txn is None:
        raise ValidationError("number", "there is no document {text!r}", text=text)
    if txn.kind in ADJUSTMENT_KINDS:
        raise ValidationError(
            "number",
            "{text} is a {kind}; unsettle its settlement instead",
            text=text,
            kind=term(KIND_TERMS, txn.kind),
        )
    if txn.kind in ("bill_of_exchange", "bill_transfer"):  # services.bills: only the bill's own steps move it
        raise ValidationError("number", "{text} is part of a bill of exchange; use the bill's steps", text=text)
    if day < txn.date:
        raise ValidationError("date", "must not be before {date}", date=txn.date)
    if s.scalar(select(Voucher.id).where(Voucher.reverses_id == txn.voucher_id).limit(1)) is not None:
        raise ValidationError("number", "{text} was already reversed", text=text)
    for event in s.scalars(
        select(Settlement.id).where(
            (Settlement.debit_id == txn.id) | (Settlement.credit_id == txn.id), Settlement.unsettled_date.is_(None)
        )
    ).all():
        row = s.get(Settlement, event)
        if row.unsettled_date is None:
            unsettle(s, company, event, day)
    _reverse_open(s, company, txn, day, next_number(s, company.id, "settlement"))
    return txn


def nsf(s: Session, company: Company, number: object, date: object, fee: object = None) -> CustomerTransaction | None:
    """A bounced payment (DOMAIN 4.10): the payment is reversed and, with a fee, the fee is charged."""
    day = a_date(date, "date")
    text = lookup.code_text(number, "number", max_len=30)
    kind = s.scalar(
        select(CustomerTransaction.kind)
        .where(CustomerTransaction.company_id == company.id, CustomerTransaction.number == text)
        .limit(1)
    )
    if kind not in ("payment", "prepayment"):
        raise ValidationError("number", "{text} is not a payment", text=text)
    txn = reverse(s, company, text, day)
    if fee is None:
        return None
    amount = money(fee, "fee", currency=txn.currency, positive=True, allow_zero=False)
    return post_charge(
        s,
        company,
        txn,
        kind="fee",
        date=day,
        amount=amount,
        counter_account_id=lookup.role_account(s, company.id, "fee_income").id,
        sequence="adjustment_voucher",
        text=f"Returned payment fee {txn.number}",
    )
