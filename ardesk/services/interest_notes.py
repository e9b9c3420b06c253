"""Interest notes (DOMAIN 5.5, 5.6): the run that proposes them, posting, waive, reinstate and reverse.

The arithmetic is services.interest_calc (pure); this module picks the transactions, reads their
balance history from the settlement rows and writes the notes. Choices [ARDESK]:

* Which items bear interest: open debits of the kinds asked (invoices by default; fees and interest
  notes only when asked: interest on interest may be unlawful) whose posting profile has interest on
  and an interest code, due before the calculation date, not held or disputed (nor their customer).
  With the parameter interest_late_paid (default on) items settled inside the window bear interest up
  to their payment day.
* A calculation starts where the last posted (or waived, or reinstated) note line for the item ended,
  and from from_date when given (days on or after it); reversed and cancelled notes do not count, so
  a reversed note is charged again when interest is recalculated (DOMAIN 5.6).
* One note per customer, currency and interest code per run, one line per item and segment. A new
  run cancels the customer's unposted notes first; they stay as "cancelled" (their numbers are
  accounted for).
* The Dutch pack's codes are a pair: for a consumer customer, HANDELSRENTE (commercial interest,
  art. 6:119a BW) is charged as WETTELIJK (art. 6:119 BW), which is the rate the law allows for
  consumers.
* Waive: a credit (kind interest_waiver) of what is still open on the note, settled against it;
  reverse: a credit (interest_reversal) of the whole note, settled against what is open, the rest
  stays as the customer's credit; reinstate (only a waived note): a new debit (interest_reinstated)
  of the amount waived, open to be paid. Each leaves a row in the note's adjustment history.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import and_, false, func, insert, or_, select, update
from sqlalchemy.orm import Session, make_transient_to_detached

from ardesk.errors import ValidationError
from ardesk.models import (
    CollectionState,
    Company,
    Customer,
    CustomerTransaction,
    InterestAdjustment,
    InterestCode,
    PostingProfile,
    Settlement,
    TermsOfPayment,
)
from ardesk.models import InterestNote as NoteRow
from ardesk.models import InterestNoteLine as NoteLineRow
from ardesk.models.base import table
from ardesk.money import currency_places
from ardesk.services import currency as fx
from ardesk.services import definitions, interest_calc, lookup, settlements, terms
from ardesk.services.collection_setup import versions_of
from ardesk.services.posting import next_number, take_numbers
from ardesk.services.text import STATE_TERMS, a_date, term
from ardesk.services.transactions import post_charge

CT = CustomerTransaction
ZERO = Decimal("0.00")
#: Kinds a run may charge interest on (API: invoices by default).
CHARGEABLE_KINDS = ("invoice", "fee", "interest_note", "interest_reinstated")
#: Note states whose lines count as charged (a new calculation starts after them).
CHARGED_STATES = ("posted", "waived", "reinstated")
#: The Dutch pack's pair (DOMAIN 5.7): a consumer is charged statutory interest, not commercial.
CONSUMER_CODE = {"HANDELSRENTE": "WETTELIJK"}


@dataclass(frozen=True)
class InterestNoteLine:
    """A line of an interest note (API.md): interest on the days after start up to and including end."""

    transaction: str
    start: dt.date
    end: dt.date
    days: int
    base: Decimal
    rate: Decimal | None
    interest: Decimal
    due_date: dt.date | None = None
    method: str = "yearly_per_day"


@dataclass(frozen=True)
class InterestAdjustmentInfo:
    kind: str  # waive | reinstate | reverse
    date: dt.date
    amount: Decimal
    document: str


@dataclass(frozen=True)
class InterestNote:
    """An interest note (API.md): number, customer, state, total, lines."""

    number: str
    customer: str
    state: str
    total: Decimal
    lines: tuple[InterestNoteLine, ...]
    currency: str = ""
    interest_code: str = ""
    to_date: dt.date | None = None
    from_date: dt.date | None = None
    posted_date: dt.date | None = None
    printed: bool = False
    adjustments: tuple[InterestAdjustmentInfo, ...] = ()


def _kinds(value: object) -> tuple[str, ...]:
    if value is None:
        return ("invoice",)
    if not isinstance(value, list | tuple) or not value:
        raise ValidationError("kinds", "must be a list of transaction kinds")
    for i, k in enumerate(value):
        if k not in CHARGEABLE_KINDS:
            raise ValidationError(f"kinds[{i}]", "must be one of {choices}", choices=", ".join(CHARGEABLE_KINDS))
    return tuple(value)


def balance_history(
    date: dt.date, amount: Decimal, changes: Sequence[tuple[dt.date, Decimal]]
) -> list[tuple[dt.date, Decimal]]:
    """(day, balance at the end of the day) change points, from the document date on."""
    points = [(date, amount)]
    running = amount
    for day, change in sorted(changes):
        running += change
        if points[-1][0] == day:
            points[-1] = (day, running)
        else:
            points.append((day, running))
    return points


class _Candidate(NamedTuple):
    """A transaction that may bear interest, as the run reads it (the columns of its query, in order),
    with one of its settlements up to the day (None when it has none)."""

    id: int
    customer_id: int
    number: str
    currency: str
    date: dt.date
    amount: Decimal
    due: dt.date
    code: str
    consumer: bool
    charged_until: dt.date | None
    settled: dt.date | None
    settled_amount: Decimal | None
    unsettled: dt.date | None


_INSERT_NOTES = insert(table(NoteRow)).returning(NoteRow.number, NoteRow.id)
_INSERT_LINES = insert(table(NoteLineRow))
#: Note lines per INSERT executemany (the dicts of one chunk are all that is held at a time).
LINES_PER_INSERT = 20_000
#: session.info key: {note id: InterestNote} of the notes this transaction's run wrote, so that
#: note_record need not read them back; find() drops a note's entry (every change goes through it).
NEW_NOTES = "ardesk_new_interest_notes"


def _candidates(
    s: Session, company_id: int, end: dt.date, wanted: tuple[str, ...], late_paid: bool, ids: list[int] | None
) -> list[_Candidate]:
    """The debits that may bear interest up to `end`, ordered by customer, due date and id, each with
    the end of its last charged note line and its settlements up to `end` (one row per settlement):
    one query, or one per chunk of the customers asked for."""
    due = definitions.falls_due()
    still_open = CT.closed_date.is_(None)
    paid_late = and_(CT.closed_date.is_not(None), CT.closed_date > due) if late_paid else false()
    charged_until = (
        select(func.max(NoteLineRow.end))
        .join(NoteRow, NoteRow.id == NoteLineRow.note_id)
        .where(NoteLineRow.transaction_id == CT.id, NoteRow.state.in_(CHARGED_STATES))
        .scalar_subquery()
    )
    q = (
        select(
            CT.id,
            CT.customer_id,
            CT.number,
            CT.currency,
            CT.date,
            CT.amount,
            due,
            PostingProfile.interest_code,
            Customer.consumer,
            charged_until,
            Settlement.date,
            Settlement.amount,
            Settlement.unsettled_date,
        )
        .join(PostingProfile, PostingProfile.id == CT.posting_profile_id)
        .join(Customer, Customer.id == CT.customer_id)
        .outerjoin(CollectionState, CollectionState.transaction_id == CT.id)
        .outerjoin(Settlement, and_(Settlement.debit_id == CT.id, Settlement.date <= end))
        .where(
            CT.company_id == company_id,
            CT.kind.in_(wanted),
            CT.amount > 0,
            CT.date <= end,
            due < end,
            or_(still_open, paid_late),
            PostingProfile.interest.is_(True),
            PostingProfile.interest_code.is_not(None),
            Customer.collection_status == "",
            or_(CollectionState.status.is_(None), CollectionState.status.not_in(("hold", "disputed"))),
        )
        .order_by(CT.customer_id, due, CT.id)
    )
    # Chunks of sorted ids keep the whole list in customer order.
    selects = [q] if ids is None else [q.where(CT.customer_id.in_(c)) for c in lookup.chunks(sorted(ids))]
    # Core rows (s.connection()): the ORM's row processing would double the time of a million rows.
    s.flush()
    conn = s.connection()
    return [_Candidate._make(row) for select_ in selects for row in conn.execute(select_)]


def create_notes(
    s: Session,
    company: Company,
    to_date: object,
    *,
    from_date: object = None,
    customers: object = None,
    kinds: object = None,
) -> list[NoteRow]:
    """The run "Create interest notes" (DOMAIN 5.5): proposals, not posted."""
    end = a_date(to_date, "to_date")
    start = None if from_date is None else a_date(from_date, "from_date")
    if start is not None and start > end:
        raise ValidationError("from_date", "must not be after to_date")
    wanted = _kinds(kinds)
    ids = None
    if customers is not None:
        if not isinstance(customers, list | tuple):
            raise ValidationError("customers", "must be a list of customer accounts")
        ids = [lookup.by_code(s, Customer, company.id, c, f"customers[{i}]").id for i, c in enumerate(customers)]
    params = lookup.parameters(s, company.id)
    cancel = update(NoteRow).where(NoteRow.company_id == company.id, NoteRow.state == "created")
    if ids is not None:
        cancel = cancel.where(NoteRow.customer_id.in_(ids))
    s.execute(cancel.values(state="cancelled"))
    rows = _candidates(s, company.id, end, wanted, params.interest_late_paid, ids)
    if not rows:
        return []
    codes = {c.code: c for c in s.scalars(select(InterestCode).where(InterestCode.company_id == company.id))}
    #: per code: the calculator of its versions and the method of each version
    calculators: dict[str, tuple[interest_calc.Calculator, dict[dt.date, str]]] = {}
    before_start = None if start is None else start - dt.timedelta(days=1)
    groups: dict[tuple[int, str, str], list[tuple[_Candidate, interest_calc.InterestLine, str]]] = defaultdict(list)
    n, count = 0, len(rows)
    while n < count:
        txn = rows[n]
        # The rows of one transaction are one per settlement up to the day (at least one row).
        changes: list[tuple[dt.date, Decimal]] = []
        while n < count and rows[n].id == txn.id:
            row = rows[n]
            if row.settled is not None:
                changes.append((row.settled, -row.settled_amount))  # type: ignore[operator]
                if row.unsettled is not None and row.unsettled <= end:
                    changes.append((row.unsettled, row.settled_amount))  # type: ignore[arg-type]
            n += 1
        code = txn.code
        if txn.consumer and code in CONSUMER_CODE and CONSUMER_CODE[code] in codes:
            code = CONSUMER_CODE[code]
        found = codes.get(code)
        if found is None or not found.active:
            continue
        if code not in calculators:
            versions = [v.rate_version() for v in versions_of(s, found.id)]
            calculators[code] = (interest_calc.Calculator(versions), {v.valid_from: v.method for v in versions})
        calculator, method = calculators[code]
        after = txn.charged_until
        if before_start is not None:
            after = before_start if after is None else max(after, before_start)
        calculated = calculator.lines(
            due_date=txn.due,
            to_date=end,
            balances=balance_history(txn.date, txn.amount, changes),
            places=currency_places(txn.currency),
            after=after,
        )
        if calculated:
            group = groups[(txn.customer_id, txn.currency, code)]
            group.extend((txn, line, method.get(line.valid_from, "")) for line in calculated)
    del rows
    if not groups:
        return []
    numbers = take_numbers(s, company.id, "interest_note", len(groups))
    headers: list[dict[str, Any]] = [
        dict(
            company_id=company.id,
            number=number,
            customer_id=customer_id,
            interest_code=code,
            currency=currency,
            from_date=start,
            to_date=end,
            state="created",
            printed=False,
            total=sum((ln.interest for _, ln, _ in lines), ZERO),
            transaction_id=None,
            posted_date=None,
        )
        for number, ((customer_id, currency, code), lines) in zip(numbers, groups.items(), strict=True)
    ]
    # Ids matched by number, not by RETURNING order (see posting.post_vouchers).
    note_ids = dict(s.execute(_INSERT_NOTES, headers).all())
    values: list[dict[str, Any]] = []
    for header, lines in zip(headers, groups.values(), strict=True):
        note_id = note_ids[header["number"]]
        values.extend(
            {
                "note_id": note_id,
                "transaction_id": txn.id,
                "start": ln.start,
                "end": ln.end,
                "days": ln.days,
                "base": ln.base,
                "rate": ln.rate,
                "interest": ln.interest,
                "method": method,
            }
            for txn, ln, method in lines
        )
        if len(values) >= LINES_PER_INSERT:
            s.execute(_INSERT_LINES, values)
            values = []
    if values:
        s.execute(_INSERT_LINES, values)
    # The rows and records from what was written: nothing is read back.
    accounts = lookup.customer_accounts(s, {h["customer_id"] for h in headers})
    notes = []
    records = s.info.setdefault(NEW_NOTES, {})
    for header, lines in zip(headers, groups.values(), strict=True):
        note = NoteRow(id=note_ids[header["number"]], **header)
        make_transient_to_detached(note)
        s.add(note)
        notes.append(note)
        records[note.id] = InterestNote(
            number=note.number,
            customer=accounts[note.customer_id],
            state=note.state,
            total=note.total,
            lines=tuple(
                InterestNoteLine(
                    txn.number,
                    ln.start,
                    ln.end,
                    ln.days,
                    _as_read(ln.base),
                    None if ln.rate is None else ln.rate.normalize() + 0,
                    _as_read(ln.interest),
                    txn.due,
                    method,
                )
                for txn, ln, method in lines
            ),
            currency=note.currency,
            interest_code=note.interest_code,
            to_date=note.to_date,
            from_date=note.from_date,
            posted_date=None,
            printed=False,
        )
    return notes


_CENT = Decimal("0.01")
_MILLI = Decimal("0.001")


def _as_read(amount: Decimal) -> Decimal:
    """An amount as a Money column gives it back once written (models.base.MoneyType: two decimals
    when the third is zero, else three); the insert has refused anything finer."""
    cents = amount.quantize(_CENT)
    return cents if cents == amount else amount.quantize(_MILLI)


# --- reading ----------------------------------------------------------------------------------------
def find(s: Session, company_id: int, number: object, field: str = "number") -> NoteRow:
    text = lookup.code_text(number, field, max_len=30)
    row = s.scalar(select(NoteRow).where(NoteRow.company_id == company_id, NoteRow.number == text))
    if row is None:
        raise ValidationError(field, "there is no interest note {text!r}", text=text)
    s.info.get(NEW_NOTES, {}).pop(row.id, None)  # the caller may change it: read its record back
    return row


def note_records(s: Session, rows: Sequence[NoteRow]) -> list[InterestNote]:
    """The InterestNotes of these rows: their lines, adjustments and customers read for all at once
    (a note the run of this transaction wrote and nobody changed since: from what was written)."""
    written = s.info.get(NEW_NOTES, {})
    known = {r.id: written.pop(r.id) for r in rows if r.id in written}
    unknown = [r.id for r in rows if r.id not in known]
    lines: dict[int, list[InterestNoteLine]] = defaultdict(list)
    adjustments: dict[int, list[InterestAdjustmentInfo]] = defaultdict(list)
    for chunk in lookup.chunks(unknown):
        for note_id, n, a, b, d, base, rate, i, due, m in s.execute(
            select(
                NoteLineRow.note_id,
                CT.number,
                NoteLineRow.start,
                NoteLineRow.end,
                NoteLineRow.days,
                NoteLineRow.base,
                NoteLineRow.rate,
                NoteLineRow.interest,
                definitions.falls_due(),
                NoteLineRow.method,
            )
            .join(CT, CT.id == NoteLineRow.transaction_id)
            .where(NoteLineRow.note_id.in_(chunk))
            .order_by(NoteLineRow.note_id, NoteLineRow.id)
        ):
            rate = None if rate is None else rate.normalize() + 0
            lines[note_id].append(InterestNoteLine(n, a, b, d, base, rate, i, due, m))
        for row in s.execute(
            select(
                InterestAdjustment.note_id,
                InterestAdjustment.kind,
                InterestAdjustment.date,
                InterestAdjustment.amount,
                CT.number,
            )
            .join(CT, CT.id == InterestAdjustment.transaction_id)
            .where(InterestAdjustment.note_id.in_(chunk))
            .order_by(InterestAdjustment.note_id, InterestAdjustment.id)
        ):
            adjustments[row[0]].append(InterestAdjustmentInfo(*row[1:]))
    accounts = lookup.customer_accounts(s, {r.customer_id for r in rows if r.id not in known})
    return [
        known[row.id]
        if row.id in known
        else InterestNote(
            number=row.number,
            customer=accounts[row.customer_id],
            state=row.state,
            total=row.total,
            lines=tuple(lines.get(row.id, ())),
            currency=row.currency,
            interest_code=row.interest_code,
            to_date=row.to_date,
            from_date=row.from_date,
            posted_date=row.posted_date,
            printed=row.printed,
            adjustments=tuple(adjustments.get(row.id, ())),
        )
        for row in rows
    ]


def note_record(s: Session, row: NoteRow) -> InterestNote:
    return note_records(s, [row])[0]


def notes(s: Session, company_id: int, *, state: str | None = None, customer: object = None) -> list[InterestNote]:
    q = select(NoteRow).where(NoteRow.company_id == company_id)
    if state is not None:
        q = q.where(NoteRow.state == state)
    if customer is not None:
        q = q.where(NoteRow.customer_id == lookup.by_code(s, Customer, company_id, customer, "customer").id)
    return note_records(s, s.scalars(q.order_by(NoteRow.id)).all())


# --- editing a proposal ------------------------------------------------------------------------------
def remove_lines(s: Session, company: Company, number: object, transactions: object) -> NoteRow:
    """Take the lines of some transactions off an unposted note (DOMAIN 5.5: created notes are editable)."""
    row = _created(s, company.id, number)
    if not isinstance(transactions, list | tuple) or not transactions:
        raise ValidationError("transactions", "give the document numbers whose lines to remove")
    lines = s.execute(
        select(NoteLineRow, CT.number)
        .join(CT, CT.id == NoteLineRow.transaction_id)
        .where(NoteLineRow.note_id == row.id)
    ).all()
    present = {num for _, num in lines}
    for i, num in enumerate(transactions):
        if num not in present:
            raise ValidationError(
                f"transactions[{i}]",
                "{num!r} has no line on note {number}",
                num=num,
                number=row.number,
            )
    if present <= set(transactions):
        raise ValidationError("transactions", "a note keeps at least one line; cancel the note instead")
    for line, num in lines:
        if num in transactions:
            s.delete(line)
    s.flush()
    row.total = s.scalar(select(func.sum(NoteLineRow.interest)).where(NoteLineRow.note_id == row.id))
    s.flush()
    return row


def cancel_note(s: Session, company: Company, number: object) -> None:
    row = _created(s, company.id, number)
    row.state = "cancelled"
    s.flush()


def mark_printed(s: Session, company: Company, number: object) -> None:
    find(s, company.id, number).printed = True
    s.flush()


def _created(s: Session, company_id: int, number: object) -> NoteRow:
    row = find(s, company_id, number)
    if row.state != "created":
        raise ValidationError(
            "number",
            "interest note {number} is {state}, not a proposal",
            number=row.number,
            state=term(STATE_TERMS, row.state),
        )
    return row


# --- posting -----------------------------------------------------------------------------------------
def _revenue_account(s: Session, company_id: int, note: NoteRow) -> int:
    code = s.scalar(
        select(InterestCode).where(InterestCode.company_id == company_id, InterestCode.code == note.interest_code)
    )
    if code is not None and code.account_id is not None:
        return code.account_id
    return lookup.role_account(s, company_id, "interest_income").id


def _first_item(s: Session, note: NoteRow) -> CustomerTransaction:
    """The item of the note's first line: its summary account and profile carry the note's posting."""
    return s.scalar(
        select(CT)
        .join(NoteLineRow, NoteLineRow.transaction_id == CT.id)
        .where(NoteLineRow.note_id == note.id)
        .order_by(NoteLineRow.id)
        .limit(1)
    )


def post_note(s: Session, company: Company, number: object, date: object = None) -> CustomerTransaction:
    """Post an interest note (DOMAIN 5.5): a customer transaction of kind interest_note with the
    note's number, due per the customer's terms; Dr the summary account / Cr interest revenue."""
    row = _created(s, company.id, number)
    day = row.to_date if date is None else a_date(date, "date")
    if day < row.to_date:
        raise ValidationError("date", "must not be before the calculation date {to_date}", to_date=row.to_date)
    customer = s.get(Customer, row.customer_id)
    first = _first_item(s, row)
    due_terms = s.get(TermsOfPayment, customer.terms_id) if customer.terms_id else None
    txn = post_charge(
        s,
        company,
        first,
        kind="interest_note",
        date=day,
        amount=row.total,
        counter_account_id=_revenue_account(s, company.id, row),
        sequence="interest_note_voucher",
        text=f"Interest note {row.number}",
        customer_id=customer.id,
        currency=row.currency,
        exchange_rate=fx.exchange_rate(company, row.currency, None, s, day),
        number=row.number,
        due_date=terms.due_date(due_terms, day),
    )
    row.state, row.posted_date, row.transaction_id = "posted", day, txn.id
    s.flush()
    return txn


def _adjust(
    s: Session,
    company: Company,
    note: NoteRow,
    kind: str,
    amount: Decimal,
    day: dt.date,
) -> CustomerTransaction:
    """Post the waiver or reversal credit (Dr interest revenue / Cr AR), or the reinstatement debit
    (Dr AR / Cr interest revenue), in the note's currency at the note's rate (DOMAIN 5.6)."""
    original = s.get(CT, note.transaction_id)
    if day < original.date:
        raise ValidationError("date", "must not be before the note's posting date {date}", date=original.date)
    sign = Decimal(1) if kind == "interest_reinstated" else Decimal(-1)
    text = {"interest_waiver": "Waiver", "interest_reversal": "Reversal", "interest_reinstated": "Reinstatement"}
    return post_charge(
        s,
        company,
        original,
        kind=kind,
        date=day,
        amount=sign * amount,
        counter_account_id=_revenue_account(s, company.id, note),
        sequence="interest_note_voucher",
        text=f"{text[kind]} of interest note {note.number}",
        number=next_number(s, company.id, "interest_adjustment"),
    )


def _locked_note_txn(s: Session, note: NoteRow) -> CustomerTransaction:
    return s.scalar(select(CT).where(CT.id == note.transaction_id).with_for_update())


def waive(s: Session, company: Company, number: object, date: object) -> CustomerTransaction:
    """Forgive what is still open on a posted note: a credit settled against it (DOMAIN 5.6)."""
    note = find(s, company.id, number)
    day = a_date(date, "date")
    if note.state != "posted":
        raise ValidationError(
            "number",
            "interest note {number} is {state}; only a posted note can be waived",
            number=note.number,
            state=term(STATE_TERMS, note.state),
        )
    txn = _locked_note_txn(s, note)
    if txn.balance <= 0:
        raise ValidationError("number", "interest note {number} is paid; there is nothing to waive", number=note.number)
    credit = _adjust(s, company, note, "interest_waiver", txn.balance, day)
    settlements.apply(s, company, txn, credit, txn.balance, day, event=next_number(s, company.id, "settlement"))
    _record(s, company, note, "waive", day, -credit.amount, credit)
    note.state = "waived"
    s.flush()
    return credit


def reverse(s: Session, company: Company, number: object, date: object) -> CustomerTransaction:
    """Take a posted note back: a credit of its total, settled against what is open on it; the items
    bear the same interest again at the next calculation (DOMAIN 5.6)."""
    note = find(s, company.id, number)
    day = a_date(date, "date")
    if note.state != "posted":
        raise ValidationError(
            "number",
            "interest note {number} is {state}; only a posted note can be reversed",
            number=note.number,
            state=term(STATE_TERMS, note.state),
        )
    txn = _locked_note_txn(s, note)
    credit = _adjust(s, company, note, "interest_reversal", note.total, day)
    if txn.balance > 0:
        settlements.apply(s, company, txn, credit, txn.balance, day, event=next_number(s, company.id, "settlement"))
    _record(s, company, note, "reverse", day, note.total, credit)
    note.state = "reversed"
    s.flush()
    return credit


def reinstate(s: Session, company: Company, number: object, date: object) -> CustomerTransaction:
    """Charge a waived note again: a debit of the amount waived (DOMAIN 5.6; the note stays waived in
    its history, the debit is what is owed now)."""
    note = find(s, company.id, number)
    day = a_date(date, "date")
    if note.state != "waived":
        raise ValidationError(
            "number",
            "interest note {number} is {state}; only a waived note can be reinstated",
            number=note.number,
            state=term(STATE_TERMS, note.state),
        )
    waived = s.scalar(
        select(func.sum(InterestAdjustment.amount)).where(
            InterestAdjustment.note_id == note.id, InterestAdjustment.kind == "waive"
        )
    )
    debit = _adjust(s, company, note, "interest_reinstated", waived, day)
    _record(s, company, note, "reinstate", day, waived, debit)
    note.state = "reinstated"
    s.flush()
    return debit


def _record(
    s: Session, company: Company, note: NoteRow, kind: str, day: dt.date, amount: Decimal, txn: CustomerTransaction
) -> None:
    s.add(
        InterestAdjustment(
            company_id=company.id, note_id=note.id, kind=kind, date=day, amount=amount, transaction_id=txn.id
        )
    )
