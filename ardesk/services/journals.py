"""Payment journals: lines saved unposted with their marks, then posted together (DOMAIN 4.1).

A transaction marked on an unposted line is locked for every other journal and payment until
the journal is posted, the line removed or the mark cleared (the "marked elsewhere" rule)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    BankStatementLine,
    Company,
    Customer,
    CustomerTransaction,
    DepositSlip,
    DepositSlipLine,
    JournalMark,
    MethodOfPayment,
    PaymentJournal,
    PaymentJournalLine,
)
from ardesk.money import money
from ardesk.services import lookup, payment_batch, settlement_engine
from ardesk.services.currency import converted, exchange_rate
from ardesk.services.payment_batch import PaymentLine
from ardesk.services.posting import next_number
from ardesk.services.settlement_engine import Mark
from ardesk.services.settlement_loading import load_items, policy
from ardesk.services.text import a_date, currency_code, name_text, optional_text


@dataclass(frozen=True)
class JournalLineInfo:
    index: int
    customer: str
    date: dt.date
    amount: Decimal | None
    method: str
    reference: str | None
    prepayment: bool
    marks: tuple[Mark, ...]
    payment: str | None  # the posted payment's number


@dataclass(frozen=True)
class JournalInfo:
    number: str
    description: str
    status: str
    lines: tuple[JournalLineInfo, ...]


def _journal(s: Session, company: Company, number: object, *, open_only: bool = True) -> PaymentJournal:
    text = lookup.code_text(number, "journal", max_len=30)
    journal = s.scalar(
        select(PaymentJournal).where(PaymentJournal.company_id == company.id, PaymentJournal.number == text)
    )
    if journal is None:
        raise ValidationError("journal", "there is no payment journal {text!r}", text=text)
    if open_only and journal.status != "open":
        raise ValidationError("journal", "payment journal {text} is posted", text=text)
    return journal


def create_journal(s: Session, company: Company, description: object = "") -> PaymentJournal:
    journal = PaymentJournal(
        company_id=company.id,
        number=next_number(s, company.id, "payment_journal"),
        description=name_text(description, "description", required=False),
        status="open",
    )
    s.add(journal)
    s.flush()
    return journal


def add_line(
    s: Session,
    company: Company,
    journal: object,
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
) -> int:
    """Add a payment line; its marks are checked and locked. Returns the line index."""
    j = _journal(s, company, journal)
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    day = a_date(date, "date")
    cur = currency_code(currency, "currency") if currency is not None else cust.currency
    rate = exchange_rate(company, cur, exchange_rate_, s, day)
    cash = None if amount is None else money(amount, "amount", currency=cur, positive=True, allow_zero=False)
    if cash is not None:
        converted(cash, rate, company, cur)  # a rate that makes the payment zero is refused
    mop = lookup.by_code(s, MethodOfPayment, company.id, method, "method")
    for key, value in (("prepayment", prepayment), ("full_settlement", full_settlement)):
        if not isinstance(value, bool):
            raise ValidationError(key, "must be True or False")
    if cash is None and not marks:
        raise ValidationError("amount", "give the amount received, or mark what it pays")
    rules = policy(lookup.parameters(s, company.id))
    items, _ = load_items(s, company, cust, day, marks, rules, currency=cur)
    settlement_engine.require_debits(items)  # only credits marked: nothing for the payment to settle
    if items and cash is None:
        settlement_engine.plan_payment(items, None, rules)  # refuses marks whose credits exceed the debits
    seq = (s.scalar(select(func.max(PaymentJournalLine.seq)).where(PaymentJournalLine.journal_id == j.id)) or 0) + 1
    line = PaymentJournalLine(
        journal_id=j.id,
        seq=seq,
        customer_id=cust.id,
        date=day,
        amount=cash,
        method_of_payment_id=mop.id,
        reference=optional_text(reference, "reference", max_len=100),
        prepayment=prepayment,
        full_settlement=full_settlement,
        currency=cur,
        exchange_rate=rate,
    )
    s.add(line)
    s.flush()
    s.add_all(
        JournalMark(
            company_id=item.open.company_id,
            line_id=line.id,
            transaction_id=item.open.id,
            amount=item.requested,
            use_cash_discount=item.mode,
        )
        for item in items
    )
    s.flush()
    return seq


def remove_line(s: Session, company: Company, journal: object, index: object) -> None:
    j = _journal(s, company, journal)
    line = s.scalar(
        select(PaymentJournalLine).where(PaymentJournalLine.journal_id == j.id, PaymentJournalLine.seq == index)
    )
    if line is None:
        raise ValidationError("index", "journal {number} has no line {index!r}", number=j.number, index=index)
    s.execute(delete(JournalMark).where(JournalMark.line_id == line.id))
    # A line from an imported bank statement: the entry stays on the statement, without its proposal.
    s.execute(
        update(BankStatementLine)
        .where(BankStatementLine.journal_line_id == line.id)
        .values(journal_line_id=None, confidence=0, reason="removed")
    )
    s.delete(line)
    s.flush()


def clear_marks(s: Session, company: Company, number: object) -> int:
    """Administrator's "unmark": release a transaction marked on an unposted journal line."""
    text = lookup.code_text(number, "number", max_len=30)
    ids = select(CustomerTransaction.id).where(
        CustomerTransaction.company_id == company.id, CustomerTransaction.number == text
    )
    return s.execute(
        delete(JournalMark).where(JournalMark.company_id == company.id, JournalMark.transaction_id.in_(ids))
    ).rowcount  # type: ignore[attr-defined]


def _marks(s: Session, line: PaymentJournalLine) -> list[Mark]:
    rows = s.execute(
        select(JournalMark, CustomerTransaction.number)
        .join(CustomerTransaction, CustomerTransaction.id == JournalMark.transaction_id)
        .where(JournalMark.line_id == line.id)
        .order_by(JournalMark.id)
    ).all()
    return [Mark(number, m.amount, m.use_cash_discount) for m, number in rows]


def post_journal(s: Session, company: Company, journal: object) -> list[str]:
    """Post every line as a payment with its marks, all or nothing; returns the payment numbers."""
    j = _journal(s, company, journal)
    lines = s.scalars(
        select(PaymentJournalLine).where(PaymentJournalLine.journal_id == j.id).order_by(PaymentJournalLine.seq)
    ).all()
    if not lines:
        raise ValidationError("journal", "payment journal {number} has no lines", number=j.number)
    accounts = dict(
        s.execute(
            select(Customer.id, Customer.account).where(Customer.id.in_({line.customer_id for line in lines}))
        ).all()
    )
    methods = dict(
        s.execute(
            select(MethodOfPayment.id, MethodOfPayment.code).where(MethodOfPayment.company_id == company.id)
        ).all()
    )
    marks = _all_marks(s, [line.id for line in lines])
    batch = [
        PaymentLine(
            accounts[line.customer_id],
            line.date,
            line.amount,
            marks.get(line.id, ()),
            methods[line.method_of_payment_id],
            line.reference,
            line.prepayment,
            line.full_settlement,
            line.currency,
            line.exchange_rate if line.currency != company.currency else None,
            journal_line_id=line.id,
        )
        for line in lines
    ]
    posted = payment_batch.post_many(s, company, batch, prefixes=[f"lines[{line.seq}]." for line in lines])
    for line, payment in zip(lines, posted, strict=True):
        line.transaction_id = payment.id
    s.execute(delete(JournalMark).where(JournalMark.line_id.in_([line.id for line in lines])))
    j.status, j.posted_date = "posted", max(line.date for line in lines)
    s.flush()
    return [p.number for p in posted]


def _all_marks(s: Session, line_ids: list[int]) -> dict[int, list[Mark]]:
    out: dict[int, list[Mark]] = {}
    for chunk in lookup.chunks(line_ids):
        rows = s.execute(
            select(
                JournalMark.line_id,
                CustomerTransaction.number,
                JournalMark.amount,
                JournalMark.use_cash_discount,
                Company.code,
            )
            .join(CustomerTransaction, CustomerTransaction.id == JournalMark.transaction_id)
            .join(Company, Company.id == CustomerTransaction.company_id)
            .where(JournalMark.line_id.in_(chunk))
            .order_by(JournalMark.id)
        ).all()
        for line_id, number, amount, mode, code in rows:
            out.setdefault(line_id, []).append(Mark(number, amount, mode, code))
    return out


def journal_info(s: Session, company: Company, number: object) -> JournalInfo:
    j = _journal(s, company, number, open_only=False)
    lines = s.scalars(
        select(PaymentJournalLine).where(PaymentJournalLine.journal_id == j.id).order_by(PaymentJournalLine.seq)
    ).all()
    return JournalInfo(
        j.number,
        j.description,
        j.status,
        tuple(
            JournalLineInfo(
                line.seq,
                s.get(Customer, line.customer_id).account,
                line.date,
                line.amount,
                s.get(MethodOfPayment, line.method_of_payment_id).code,
                line.reference,
                line.prepayment,
                tuple(_marks(s, line)),
                s.get(CustomerTransaction, line.transaction_id).number if line.transaction_id else None,
            )
            for line in lines
        ),
    )


def create_deposit_slip(s: Session, company: Company, date: object, numbers: Sequence[str]) -> DepositSlip:
    """A deposit slip for posted cheque payments of one bank account (DOMAIN 4.1); each payment
    goes on one slip only, and only with its reference (the cheque number)."""
    day = a_date(date, "date")
    if not isinstance(numbers, list | tuple) or not numbers:
        raise ValidationError("payments", "give at least one posted payment")
    txns = []
    for i, number in enumerate(numbers):
        f = f"payments[{i}]"
        txn = s.scalar(
            select(CustomerTransaction).where(
                CustomerTransaction.company_id == company.id,
                CustomerTransaction.number == number,
                CustomerTransaction.kind.in_(("payment", "prepayment")),
            )
        )
        if txn is None:
            raise ValidationError(f, "there is no posted payment {number!r}", number=number)
        if not txn.reference:
            raise ValidationError(
                f,
                "payment {number} has no reference (cheque number) for the deposit slip",
                number=number,
            )
        if s.scalar(select(DepositSlipLine.id).where(DepositSlipLine.transaction_id == txn.id)) is not None:
            raise ValidationError(f, "payment {number} is already on a deposit slip", number=number)
        if txn in txns:
            raise ValidationError(f, "payment {number} is given twice", number=number)
        txns.append(txn)
    accounts = {s.get(MethodOfPayment, t.method_of_payment_id).account_id for t in txns}
    if len(accounts) > 1:
        raise ValidationError("payments", "a deposit slip holds the payments of one bank account")
    slip = DepositSlip(
        company_id=company.id,
        number=next_number(s, company.id, "deposit_slip"),
        date=day,
        account_id=accounts.pop(),
        total=-sum((t.amount for t in txns), Decimal(0)),
    )
    s.add(slip)
    s.flush()
    s.add_all(DepositSlipLine(slip_id=slip.id, transaction_id=t.id) for t in txns)
    s.flush()
    return slip
