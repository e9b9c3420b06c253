"""Gathering collection letters and interest notes into their print documents (reports.documents)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.models import Company, Customer, CustomerTransaction, LetterText
from ardesk.models import LetterStep as StepRow
from ardesk.reports.documents import (
    CollectionLetterDoc,
    InterestLineDoc,
    InterestNoteDoc,
    LetterLineDoc,
)
from ardesk.services import definitions, interest_notes, letter_texts, letters, printing

ZERO = Decimal("0.00")
#: Days a letter gives to pay (the 14-day letter: letter_texts.fourteen_day_pay_by).
PAY_WITHIN = 14


def _open_interest(s: Session, customer_id: int, currency: str) -> Decimal:
    """What the customer still owes on posted interest notes in the currency (shown on the letter)."""
    value = s.scalar(
        select(func.sum(CustomerTransaction.balance)).where(
            CustomerTransaction.customer_id == customer_id,
            CustomerTransaction.currency == currency,
            CustomerTransaction.kind.in_(letters.INTEREST_KINDS),
            definitions.is_open(),
        )
    )
    return value or ZERO


def gather_letter(s: Session, company_id: int, number: object) -> CollectionLetterDoc:
    """A collection letter as printed: the step's text in the customer's language (its own text when
    one was set for the step, else ardesk's), the items, the fee and the open interest."""
    row = letters.find(s, company_id, number)
    record = letters.letter_record(s, row)
    co = s.get(Company, company_id)
    customer = s.get(Customer, row.customer_id)
    language = customer.language if customer.language in letter_texts.LANGUAGES else "en"
    interest_lines = [ln for ln in record.lines if ln.kind in letters.INTEREST_KINDS]
    listed_interest = sum((ln.balance for ln in interest_lines), ZERO)
    interest = _open_interest(s, customer.id, row.currency) - listed_interest
    overdue = record.overdue_total
    total = overdue + row.fee + interest
    pay_by = (
        letter_texts.fourteen_day_pay_by(row.letter_date)
        if row.fourteen_day
        else row.letter_date + dt.timedelta(days=PAY_WITHIN)
    )
    step = s.scalar(select(StepRow).where(StepRow.sequence_id == row.sequence_id, StepRow.seq == row.step_seq))
    own = (
        None
        if step is None or row.fourteen_day
        else s.scalar(select(LetterText).where(LetterText.step_id == step.id, LetterText.language == language))
    )
    text = own or letter_texts.default_text(
        min(row.step_seq, letter_texts.STEPS), language, fourteen_day=row.fourteen_day
    )
    values = letter_texts.letter_values(
        language,
        row.currency,
        customer=customer.name,
        date=row.letter_date,
        pay_by=pay_by,
        overdue=overdue,
        fee=row.fee,
        interest=interest,
        total=total,
        costs=record.costs,
        account=customer.account,
        number=row.number,
        company=co.name,
        iban=co.iban,
        reference=customer.account,
    )
    return CollectionLetterDoc(
        company=printing.letterhead(co),
        customer=printing.addressee(customer),
        language=language,
        currency=row.currency,
        number=row.number,
        date=row.letter_date,
        step=row.step_code,
        step_index=row.step_seq,
        subject=letter_texts.fill(text.subject, values),
        body=letter_texts.fill(text.body, values),
        lines=tuple(
            LetterLineDoc(
                number=ln.transaction,
                kind=ln.kind,
                date=ln.date,
                due_date=ln.due_date,
                days_overdue=ln.days_overdue,
                amount=ln.amount,
                balance=ln.balance,
            )
            for ln in record.lines
        ),
        overdue_total=overdue,
        fee=row.fee,
        interest=interest,
        total_due=total,
        pay_by=pay_by,
        payment_reference=customer.account,
        closing=letter_texts.fill(text.closing, values),
    )


def gather_interest_note(s: Session, company_id: int, number: object) -> InterestNoteDoc:
    """An interest note as printed, in the customer's language; a posted note shows its due date."""
    row = interest_notes.find(s, company_id, number)
    record = interest_notes.note_record(s, row)
    co = s.get(Company, company_id)
    customer = s.get(Customer, row.customer_id)
    posted = s.get(CustomerTransaction, row.transaction_id) if row.transaction_id else None
    return InterestNoteDoc(
        company=printing.letterhead(co),
        customer=printing.addressee(customer),
        language=customer.language if customer.language in letter_texts.LANGUAGES else "en",
        currency=row.currency,
        number=row.number,
        date=row.posted_date or row.to_date,
        to_date=row.to_date,
        interest_code=row.interest_code,
        lines=tuple(
            InterestLineDoc(
                transaction=ln.transaction,
                due_date=ln.due_date,
                start=ln.start,
                end=ln.end,
                days=ln.days,
                base=ln.base,
                rate=ln.rate,
                interest=ln.interest,
                method=ln.method,
            )
            for ln in record.lines
        ),
        total=row.total,
        due_date=posted.due_date if posted else None,
        payment_reference=row.number,
        state=row.state,
    )
