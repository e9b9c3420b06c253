"""Collection letters (DOMAIN 5.4, 5.7): the run that proposes them, editing, posting and reversal.

Choices where DOMAIN leaves room [ARDESK]:

* Eligibility uses >=: step 1 when letter date >= due date + its days, a later step when letter
  date >= the previous letter's posting date + its days. A transaction advances one step per
  letter; after the last step it gets no further letters (the bookkeeper hands it over).
* The sequence decides per transaction or per customer (API); per customer, the step and date
  live on the customer and one letter lists every overdue item of the currency.
* The overdue balance compared with a step's minimum is the customer's overdue debits in the
  letter's currency, less open payments and credit notes unless the sequence ignores them
  ("ignore payments and credit notes": then they are neither listed nor deducted).
* Held or disputed customers and items, and items with a promise to pay not yet broken, get no
  letters. Items whose posting profile has collection letters off, or whose sequence does not
  cover their currency, are left out.
* The fee is posted in the accounting currency, to the summary account of the first item of the
  letter, due per the sequence's terms (else the customer's). A "bik" fee is the collection costs
  of DOMAIN 5.7 on the letter's unpaid principal (invoices only, not fees or interest).
* The 14-day letter (DOMAIN 5.7): before a step that charges costs to a consumer, every principal
  item must have been in a posted 14-day letter at least 15 days earlier (14 days counted from the
  day after its date); else the run proposes that 14-day letter instead, with fee 0, stating the
  costs. It does not move the step.
* A new run cancels the unposted letters of the customers it covers (they stay as "cancelled":
  their numbers are accounted for).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    Column,
    Date,
    Integer,
    ScalarSelect,
    and_,
    bindparam,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    CollectionLetter,
    CollectionLetterLine,
    CollectionState,
    Company,
    Customer,
    CustomerTransaction,
    LedgerEntry,
    LetterSequence,
    PostingProfile,
    TermsOfPayment,
)
from ardesk.models import LetterStep as StepRow
from ardesk.models.base import table
from ardesk.money import currency_places, money, round_money
from ardesk.services import definitions, letter_texts, lookup, payments, settlements, terms
from ardesk.services.collection_costs import collection_costs
from ardesk.services.posting import next_number, take_numbers
from ardesk.services.text import STATE_TERMS, a_date, term
from ardesk.services.transactions import post_charge

CT = CustomerTransaction
ZERO = Decimal("0.00")
#: Kinds that are principal for the collection costs (not fees or interest already charged).
PRINCIPAL_KINDS = ("invoice",)
#: Charges listed on a customer's letters and counted in the overdue balance, but which do not drive
#: the letter steps themselves: costs and interest are dunned with the principal they arose from.
INTEREST_KINDS = ("interest_note", "interest_reinstated")
CHARGE_KINDS = ("fee", *INTEREST_KINDS)
#: Open items never listed on a letter: a bill of exchange not yet honoured is the bank's to collect
#: (DOMAIN 6); a protested bill invoiced back is an open "invoice" again and is dunned (services.bills).
NOT_DUNNED_KINDS = ("bill_of_exchange",)


@dataclass(frozen=True)
class LetterLine:
    transaction: str
    due_date: dt.date | None
    days_overdue: int
    balance: Decimal
    kind: str = "invoice"
    date: dt.date | None = None
    amount: Decimal = ZERO


@dataclass(frozen=True)
class Letter:
    """A collection letter (API.md): step is the step's code."""

    number: str
    customer: str
    step: str
    state: str
    fee: Decimal
    lines: tuple[LetterLine, ...]
    currency: str = ""
    letter_date: dt.date | None = None
    sequence: str = ""
    step_index: int = 1
    fourteen_day: bool = False
    printed: bool = False
    overdue_total: Decimal = ZERO
    costs: Decimal = ZERO  # the 14-day letter's announced collection costs (the scale on its principal)


class _Item(NamedTuple):
    """An open item as a run reads it (the columns of _open_items, in order)."""

    id: int
    customer_id: int
    number: str
    kind: str
    date: dt.date
    due: dt.date
    currency: str
    amount: Decimal
    balance: Decimal
    profile_id: int
    status: str
    promise_date: dt.date | None
    step: int
    step_date: dt.date | None


class _Customer(NamedTuple):
    """What a run needs of a customer."""

    id: int
    account: str
    posting_profile_id: int | None
    letter_step: int
    letter_date: dt.date | None
    consumer: bool


def _open_items(s: Session, company_id: int, day: dt.date, customer_ids: Sequence[int] | None) -> list[_Item]:
    """Every item open as of the letter date (definitions.AsOf) of the customers not held or disputed that
    a letter can list: the credits, and the debits that fell due before the day; with its collection state.
    Ordered by customer, due date and id (one query, or one per chunk of the customers asked for)."""
    cut = definitions.as_of(day)
    due = definitions.falls_due()
    q = cut.join(
        select(
            CT.id,
            CT.customer_id,
            CT.number,
            CT.kind,
            CT.date,
            due,
            CT.currency,
            CT.amount,
            cut.balance,
            CT.posting_profile_id,
            func.coalesce(CollectionState.status, ""),
            CollectionState.promise_date,
            func.coalesce(CollectionState.letter_step, 0),
            CollectionState.letter_date,
        )
        .join(Customer, Customer.id == CT.customer_id)
        .outerjoin(CollectionState, CollectionState.transaction_id == CT.id)
    ).where(
        CT.company_id == company_id,
        cut.is_open(),
        CT.kind.not_in(NOT_DUNNED_KINDS),
        Customer.collection_status == "",
        # An open debit not yet due is neither listed nor counted (_is_dunnable): not read at all.
        or_(cut.balance < 0, due < day),
    )
    q = q.order_by(CT.customer_id, due, CT.id)
    # Chunks of sorted ids keep the whole list in customer order.
    selects = (
        [q] if customer_ids is None else [q.where(CT.customer_id.in_(c)) for c in lookup.chunks(sorted(customer_ids))]
    )
    # Core rows (s.connection()): the ORM's row processing would double the time of a million rows.
    s.flush()
    conn = s.connection()
    return [_Item._make(row) for select_ in selects for row in conn.execute(select_)]


def _customers(s: Session, ids: Sequence[int]) -> dict[int, _Customer]:
    out: dict[int, _Customer] = {}
    for chunk in lookup.chunks(sorted(ids)):
        rows = s.execute(
            select(
                Customer.id,
                Customer.account,
                Customer.posting_profile_id,
                Customer.letter_step,
                Customer.letter_date,
                Customer.consumer,
            ).where(Customer.id.in_(chunk))
        )
        out.update((row[0], _Customer(*row)) for row in rows)
    return out


def _selected_customers(s: Session, company_id: int, customers: object) -> list[int] | None:
    if customers is None:
        return None
    if not isinstance(customers, list | tuple):
        raise ValidationError("customers", "must be a list of customer accounts")
    return [lookup.by_code(s, Customer, company_id, c, f"customers[{i}]").id for i, c in enumerate(customers)]


class _Setup:
    """Profiles, sequences and steps read once per run (three queries)."""

    def __init__(self, s: Session, company_id: int) -> None:
        self.profiles = {
            p.id: p for p in s.scalars(select(PostingProfile).where(PostingProfile.company_id == company_id))
        }
        self.sequences = {
            q.code: q
            for q in s.scalars(
                select(LetterSequence).where(LetterSequence.company_id == company_id, LetterSequence.active.is_(True))
            )
        }
        self.steps: dict[int, list[StepRow]] = {q.id: [] for q in self.sequences.values()}
        if self.steps:
            for step in s.scalars(
                select(StepRow)
                .where(StepRow.sequence_id.in_(list(self.steps)))
                .order_by(StepRow.sequence_id, StepRow.seq)
            ):
                self.steps[step.sequence_id].append(step)
        params = lookup.parameters(s, company_id)
        self.default_profile = next(
            (p for p in self.profiles.values() if p.code == params.default_posting_profile), None
        )
        #: sequence id -> the currencies it covers (None: all)
        self.currencies = {
            q.id: set(q.currencies.split(",")) if q.currencies else None for q in self.sequences.values()
        }
        self._plans: dict[tuple[int, str], list[tuple[LetterSequence, StepRow, dt.timedelta]]] = {}

    def sequence_of_profile(self, profile: PostingProfile | None) -> LetterSequence | None:
        if profile is None or not profile.collection_letter or not profile.collection_letter_sequence:
            return None
        return self.sequences.get(profile.collection_letter_sequence)

    def plan(self, profile_id: int, currency: str) -> list[tuple[LetterSequence, StepRow, dt.timedelta]]:
        """The steps an item of this posting profile and currency goes through, each with its sequence
        and grace days (none: no letters); worked out once per profile and currency."""
        key = (profile_id, currency)
        found = self._plans.get(key)
        if found is None:
            seq = self.sequence_of_profile(self.profiles.get(profile_id))
            found = self._plans[key] = (
                []
                if seq is None or not self.covers(seq, currency)
                else [(seq, step, dt.timedelta(days=step.days)) for step in self.steps[seq.id]]
            )
        return found

    def covers(self, seq: LetterSequence, currency: str) -> bool:
        currencies = self.currencies[seq.id]
        return currencies is None or currency in currencies


def _is_dunnable(item: _Item, day: dt.date) -> bool:
    """An overdue debit not on hold, not disputed and without a promise to pay that still stands."""
    if item.balance <= 0 or item.due >= day:
        return False
    if item.status in ("hold", "disputed"):
        return False
    return not (item.status == "promise" and item.promise_date is not None and item.promise_date >= day)


def _fourteen_day_dates(s: Session, transaction_ids: Sequence[int]) -> dict[int, dt.date]:
    """The latest posted 14-day letter date of each transaction."""
    out: dict[int, dt.date] = {}
    for chunk in lookup.chunks(transaction_ids):
        rows = s.execute(
            select(CollectionLetterLine.transaction_id, CollectionLetter.letter_date)
            .join(CollectionLetter, CollectionLetter.id == CollectionLetterLine.letter_id)
            .where(
                CollectionLetterLine.transaction_id.in_(chunk),
                CollectionLetter.fourteen_day.is_(True),
                CollectionLetter.state == "posted",
            )
        ).all()
        for tid, day in rows:
            out[tid] = max(out.get(tid, day), day)
    return out


_INSERT_LETTERS = insert(table(CollectionLetter)).returning(CollectionLetter.number, CollectionLetter.id)
_INSERT_LINES = insert(table(CollectionLetterLine))
#: Letter lines per INSERT executemany (the dicts of one chunk are all that is held at a time).
LINES_PER_INSERT = 20_000


def create_letters(s: Session, company: Company, letter_date: object, customers: object = None) -> list[Letter]:
    """The run "Create collection letters" as of letter_date: proposals, not posted."""
    day = a_date(letter_date, "letter_date")
    ids = _selected_customers(s, company.id, customers)
    setup = _Setup(s, company.id)
    cancel = update(CollectionLetter).where(
        CollectionLetter.company_id == company.id, CollectionLetter.state == "created"
    )
    if ids is not None:
        cancel = cancel.where(CollectionLetter.customer_id.in_(ids))
    s.execute(cancel.values(state="cancelled"))
    items = _open_items(s, company.id, day, ids)
    by_customer: dict[tuple[int, str], list[_Item]] = defaultdict(list)
    for item in items:
        by_customer[(item.customer_id, item.currency)].append(item)
    del items
    people = _customers(s, list({k[0] for k in by_customer}))
    proposals: list[tuple[_Customer, LetterSequence, StepRow, str, list[_Item], list[_Item]]] = []
    for (cid, currency), its in by_customer.items():
        customer = people[cid]
        overdue = [i for i in its if _is_dunnable(i, day)]
        drivers = [i for i in overdue if i.kind not in CHARGE_KINDS]
        if not drivers:
            continue
        charges = [i for i in overdue if i.kind in CHARGE_KINDS]
        credits = [i for i in its if i.balance < 0]
        own_profile = setup.profiles.get(customer.posting_profile_id) if customer.posting_profile_id else None
        customer_seq = setup.sequence_of_profile(own_profile or setup.default_profile)
        if customer_seq is not None and customer_seq.per == "customer":
            groups = _customer_level(setup, customer, customer_seq, drivers, currency, day)
        else:
            groups = _transaction_level(setup, drivers, currency, day)
        overdue_balance = sum((i.balance for i in overdue), ZERO)
        credit_balance = sum((i.balance for i in credits), ZERO)
        for n, (seq, step, chosen) in enumerate(groups):
            listed_credits = [] if seq.ignore_payments else credits
            balance = overdue_balance + (ZERO if seq.ignore_payments else credit_balance)
            if balance <= 0 or balance < step.min_overdue:
                continue
            # The customer's open costs and interest are listed on the first letter of the currency.
            listed = chosen + charges if n == 0 else chosen
            proposals.append((customer, seq, step, currency, listed, listed_credits))
    del by_customer
    if not proposals:
        return []
    # The 14-day letter: consumers are told the costs before a step charges them.
    principal_ids = [i.id for p in proposals if p[0].consumer and p[2].fee_bik for i in p[4]]
    told = _fourteen_day_dates(s, principal_ids)
    places = currency_places(company.currency)
    headers: list[dict[str, Any]] = []
    written: list[tuple[_Customer, LetterSequence, StepRow, dict[str, Any], list[_Item]]] = []
    for customer, seq, step, currency, chosen, credits in proposals:
        principal = sum((i.balance for i in chosen if i.kind in PRINCIPAL_KINDS), ZERO)
        costs = collection_costs(principal) if step.fee_bik else ZERO
        fourteen = False
        if customer.consumer and step.fee_bik:
            dates = [told.get(i.id) for i in chosen if i.kind in PRINCIPAL_KINDS]
            if any(d is None for d in dates):
                fourteen = True
            elif any(day < d + dt.timedelta(days=letter_texts.FOURTEEN_DAY_WAIT) for d in dates if d is not None):
                continue  # the 14 days are still running: no letter yet
        fee = ZERO if fourteen else (costs if step.fee_bik else step.fee)
        header: dict[str, Any] = dict(
            company_id=company.id,
            number="",  # numbered below, once it is known which proposals become letters (no gaps)
            customer_id=customer.id,
            sequence_id=seq.id,
            step_seq=step.seq,
            step_code=step.code,
            currency=currency,
            letter_date=day,
            state="created",
            printed=False,
            fee=round_money(fee, places),
            fourteen_day=fourteen,
            set_block=False,
        )
        headers.append(header)
        written.append((customer, seq, step, header, [*chosen, *credits]))
    if not headers:
        return []
    for header, number in zip(headers, take_numbers(s, company.id, "collection_letter", len(headers)), strict=True):
        header["number"] = number
    # Ids matched by number, not by RETURNING order (see posting.post_vouchers).
    letter_ids = dict(s.execute(_INSERT_LETTERS, headers).all())
    rows: list[dict] = []
    for _, _, _, header, listed in written:
        letter_id = letter_ids[header["number"]]
        rows.extend(
            {
                "letter_id": letter_id,
                "transaction_id": i.id,
                "due_date": i.due,
                "days_overdue": (day - i.due).days,
                "balance": i.balance,
                "step_before": i.step,
                "date_before": i.step_date,
            }
            for i in listed
        )
        if len(rows) >= LINES_PER_INSERT:
            s.execute(_INSERT_LINES, rows)
            rows = []
    if rows:
        s.execute(_INSERT_LINES, rows)
    # The records from what was written (letter_record would read every letter back).
    return [
        _record(
            header,
            customer.account,
            seq.code,
            step.fee_bik,
            tuple(LetterLine(i.number, i.due, (day - i.due).days, i.balance, i.kind, i.date, i.amount) for i in listed),
        )
        for customer, seq, step, header, listed in written
    ]


def _transaction_level(
    setup: _Setup, overdue: list[_Item], currency: str, day: dt.date
) -> list[tuple[LetterSequence, StepRow, list[_Item]]]:
    """Each item at its own next step; one letter per sequence and step (DOMAIN 5.4)."""
    groups: dict[tuple[int, int], list[_Item]] = defaultdict(list)
    found: dict[tuple[int, int], tuple[LetterSequence, StepRow]] = {}
    for item in overdue:
        plan = setup.plan(item.profile_id, currency)
        if item.step >= len(plan):
            continue  # no sequence, or after the last step: no further letters
        seq, step, wait = plan[item.step]
        since = item.due if item.step == 0 else item.step_date or item.due
        if day >= since + wait:
            key = (seq.id, step.seq)
            groups[key].append(item)
            found[key] = (seq, step)
    return [(*found[key], items) for key, items in groups.items()]


def _customer_level(
    setup: _Setup, customer: _Customer, seq: LetterSequence, overdue: list[_Item], currency: str, day: dt.date
) -> list[tuple[LetterSequence, StepRow, list[_Item]]]:
    """One level for the customer: its grace days run from the customer's last letter (DOMAIN 5.4)."""
    if not setup.covers(seq, currency):
        return []
    steps = setup.steps[seq.id]
    if customer.letter_step >= len(steps):
        return []
    step = steps[customer.letter_step]
    if customer.letter_step == 0:
        ready = any(day >= i.due + dt.timedelta(days=step.days) for i in overdue)
    else:
        ready = day >= (customer.letter_date or day) + dt.timedelta(days=step.days)
    return [(seq, step, overdue)] if ready else []


# --- reading ----------------------------------------------------------------------------------------
def _record(
    row: CollectionLetter | dict, account: str, sequence: str, fee_bik: bool, lines: tuple[LetterLine, ...]
) -> Letter:
    """A Letter of a letter row (or of the values written for one), its customer's account, its sequence's
    code, whether its step charges the BIK costs, and its lines in the order they were written."""
    get: Callable[[str], Any] = row.get if isinstance(row, dict) else partial(getattr, row)
    principal = sum((ln.balance for ln in lines if ln.kind in PRINCIPAL_KINDS), ZERO)
    return Letter(
        number=get("number"),
        customer=account,
        step=get("step_code"),
        state=get("state"),
        fee=get("fee"),
        lines=lines,
        currency=get("currency"),
        letter_date=get("letter_date"),
        sequence=sequence,
        step_index=get("step_seq"),
        fourteen_day=get("fourteen_day"),
        printed=get("printed"),
        overdue_total=sum((ln.balance for ln in lines), ZERO),
        costs=collection_costs(principal) if fee_bik else get("fee"),
    )


def letter_records(s: Session, rows: Sequence[CollectionLetter]) -> list[Letter]:
    """The Letters of these rows: their lines, customers, sequences and steps read for all at once."""
    if not rows:
        return []
    lines: dict[int, list[LetterLine]] = defaultdict(list)
    for chunk in lookup.chunks([r.id for r in rows]):
        for row in s.execute(
            select(
                CollectionLetterLine.letter_id,
                CT.number,
                CollectionLetterLine.due_date,
                CollectionLetterLine.days_overdue,
                CollectionLetterLine.balance,
                CT.kind,
                CT.date,
                CT.amount,
            )
            .join(CT, CT.id == CollectionLetterLine.transaction_id)
            .where(CollectionLetterLine.letter_id.in_(chunk))
            .order_by(CollectionLetterLine.letter_id, CollectionLetterLine.id)
        ):
            lines[row[0]].append(LetterLine(*row[1:]))
    accounts = lookup.customer_accounts(s, {r.customer_id for r in rows})
    sequence_ids = list({r.sequence_id for r in rows})
    codes = dict(
        s.execute(select(LetterSequence.id, LetterSequence.code).where(LetterSequence.id.in_(sequence_ids))).all()
    )
    bik = {
        (sid, seq): fee_bik
        for sid, seq, fee_bik in s.execute(
            select(StepRow.sequence_id, StepRow.seq, StepRow.fee_bik).where(StepRow.sequence_id.in_(sequence_ids))
        )
    }
    return [
        _record(
            r,
            accounts[r.customer_id],
            codes[r.sequence_id],
            bik.get((r.sequence_id, r.step_seq), False),
            tuple(lines.get(r.id, ())),
        )
        for r in rows
    ]


def letter_record(s: Session, row: CollectionLetter) -> Letter:
    return letter_records(s, [row])[0]


def find(s: Session, company_id: int, number: object, field: str = "number") -> CollectionLetter:
    text = lookup.code_text(number, field, max_len=30)
    row = s.scalar(
        select(CollectionLetter).where(CollectionLetter.company_id == company_id, CollectionLetter.number == text)
    )
    if row is None:
        raise ValidationError(field, "there is no collection letter {text!r}", text=text)
    return row


def letters(s: Session, company_id: int, *, state: str | None = None, customer: object = None) -> list[Letter]:
    q = select(CollectionLetter).where(CollectionLetter.company_id == company_id)
    if state is not None:
        q = q.where(CollectionLetter.state == state)
    if customer is not None:
        q = q.where(CollectionLetter.customer_id == lookup.by_code(s, Customer, company_id, customer, "customer").id)
    return letter_records(s, s.scalars(q.order_by(CollectionLetter.id)).all())


# --- editing a proposal ------------------------------------------------------------------------------
def edit_letter(
    s: Session, company: Company, number: object, *, fee: object = None, remove: object = None
) -> CollectionLetter:
    """Change an unposted letter: its fee, or take transactions (numbers) off it."""
    row = find(s, company.id, number)
    if row.state != "created":
        raise ValidationError(
            "number",
            "letter {number} is {state}; only a created letter can be edited",
            number=row.number,
            state=term(STATE_TERMS, row.state),
        )
    if fee is not None:
        row.fee = money(fee, "fee", currency=company.currency, positive=True)
    if remove is not None:
        if not isinstance(remove, list | tuple):
            raise ValidationError("remove", "must be a list of document numbers")
        lines = {
            num: line
            for line, num in s.execute(
                select(CollectionLetterLine, CT.number)
                .join(CT, CT.id == CollectionLetterLine.transaction_id)
                .where(CollectionLetterLine.letter_id == row.id)
            ).all()
        }
        for i, num in enumerate(remove):
            if num not in lines:
                raise ValidationError(f"remove[{i}]", "{num!r} is not in letter {number}", num=num, number=row.number)
        if len(set(remove)) >= len(lines):
            raise ValidationError("remove", "a letter keeps at least one transaction; cancel the letter instead")
        for num in remove:
            s.delete(lines[num])
    s.flush()
    return row


def cancel_letter(s: Session, company: Company, number: object) -> None:
    row = find(s, company.id, number)
    if row.state != "created":
        raise ValidationError(
            "number",
            "letter {number} is {state}; only a created letter can be cancelled",
            number=row.number,
            state=term(STATE_TERMS, row.state),
        )
    row.state = "cancelled"
    s.flush()


def mark_printed(s: Session, company: Company, number: object) -> None:
    row = find(s, company.id, number)
    row.printed = True
    s.flush()


# --- posting and reversal ----------------------------------------------------------------------------
_STATE = table(CollectionState)
_INSERT_STATES = insert(_STATE)
_UPDATE_STATES = (
    update(_STATE)
    .where(_STATE.c.id == bindparam("b_id"))
    .values(letter_step=bindparam("b_step"), letter_date=bindparam("b_date"))
)
_LINE = table(CollectionLetterLine)
_TXN = table(CT)


class _Line(NamedTuple):
    """A letter line with what a reversal needs of its item."""

    id: int
    transaction_id: int
    step_before: int
    date_before: dt.date | None
    amount: Decimal
    kind: str

    @property
    def is_debit(self) -> bool:
        """An item stamped with the step: a debit that is not a charge (CHARGE_KINDS)."""
        return self.amount > 0 and self.kind not in CHARGE_KINDS


def _lines(s: Session, letter_id: int) -> list[_Line]:
    """The letter's lines in the order they were written, with their items (one query)."""
    return [
        _Line._make(row)
        for row in s.execute(
            select(
                CollectionLetterLine.id,
                CollectionLetterLine.transaction_id,
                CollectionLetterLine.step_before,
                CollectionLetterLine.date_before,
                CT.amount,
                CT.kind,
            )
            .join(CT, CT.id == CollectionLetterLine.transaction_id)
            .where(CollectionLetterLine.letter_id == letter_id)
            .order_by(CollectionLetterLine.id)
        )
    ]


def _states(s: Session, letter_id: int) -> dict[int, tuple[int, int, dt.date | None]]:
    """transaction id -> (id, letter_step, letter_date) of the collection states of the letter's items
    there are, locked (one query)."""
    items = select(CollectionLetterLine.transaction_id).where(CollectionLetterLine.letter_id == letter_id)
    rows = s.execute(
        select(
            CollectionState.transaction_id,
            CollectionState.id,
            CollectionState.letter_step,
            CollectionState.letter_date,
        )
        .where(CollectionState.transaction_id.in_(items))
        .with_for_update()
    )
    return {tid: (sid, step, day) for tid, sid, step, day in rows}


def _set_states(
    s: Session,
    company_id: int,
    found: dict[int, tuple[int, int, dt.date | None]],
    values: dict[int, tuple[int, dt.date | None]],
) -> None:
    """Give these transactions (id -> (step, date)) that letter step: an UPDATE of the states there are
    (found), an INSERT of the others, each one statement."""
    changed = [
        dict(b_id=found[tid][0], b_step=step, b_date=day)
        for tid, (step, day) in values.items()
        if tid in found and found[tid][1:] != (step, day)
    ]
    new = [
        dict(
            company_id=company_id,
            transaction_id=tid,
            status="",
            promise_date=None,
            promise_amount=None,
            letter_step=step,
            letter_date=day,
        )
        for tid, (step, day) in values.items()
        if tid not in found
    ]
    if changed:
        s.execute(_UPDATE_STATES, changed)
    if new:
        s.execute(_INSERT_STATES, new)


_IS_DEBIT = and_(_TXN.c.amount > 0, _TXN.c.kind.not_in(CHARGE_KINDS))
#: The items a letter (b_letter) stamps with its step, debits that are not charges, in line order, each
#: with the summary account and profile a fee would be posted to (the first one's).
_DEBIT_ITEMS = (
    select(_TXN.c.id, _TXN.c.account_id, _TXN.c.posting_profile_id)
    .join(_LINE, _LINE.c.transaction_id == _TXN.c.id)
    .where(_LINE.c.letter_id == bindparam("b_letter"), _IS_DEBIT)
    .order_by(_LINE.c.id)
)
#: A letter without such an item: its fee goes to the first line's account and profile.
_FIRST_ITEM = (
    select(_TXN.c.account_id, _TXN.c.posting_profile_id)
    .join(_LINE, _LINE.c.transaction_id == _TXN.c.id)
    .where(_LINE.c.letter_id == bindparam("b_letter"))
    .order_by(_LINE.c.id)
    .limit(1)
)
#: Stamping a chunk of those items (b_items) with the step: four statements whatever the number of lines.
_ITEMS: BindParameter[list[int]] = bindparam("b_items", expanding=True)
_LOCK_STATES = select(_STATE.c.id).where(_STATE.c.transaction_id.in_(_ITEMS)).with_for_update()


def _state_of_line(column: Column) -> ScalarSelect:
    return select(column).where(_STATE.c.transaction_id == _LINE.c.transaction_id).scalar_subquery()


#: Each line keeps the step its item had, for a reversal (written where it differs).
_STEP_BEFORE = func.coalesce(_state_of_line(_STATE.c.letter_step), 0)
_DATE_BEFORE = _state_of_line(_STATE.c.letter_date)
_STAMP_LINES = (
    update(_LINE)
    .where(
        _LINE.c.letter_id == bindparam("b_letter"),
        _LINE.c.transaction_id.in_(_ITEMS),
        or_(_LINE.c.step_before.is_distinct_from(_STEP_BEFORE), _LINE.c.date_before.is_distinct_from(_DATE_BEFORE)),
    )
    .values(step_before=_STEP_BEFORE, date_before=_DATE_BEFORE)
)
_STEP = bindparam("b_step", type_=Integer)
_DAY = bindparam("b_date", type_=Date)
_STEP_STATES = (
    update(_STATE)
    .where(
        _STATE.c.transaction_id.in_(_ITEMS),
        or_(_STATE.c.letter_step.is_distinct_from(_STEP), _STATE.c.letter_date.is_distinct_from(_DAY)),
    )
    .values(letter_step=_STEP, letter_date=_DAY)
)
_NEW_STATES = insert(_STATE).from_select(
    ["company_id", "transaction_id", "status", "letter_step", "letter_date"],
    select(bindparam("b_company", type_=Integer), _LINE.c.transaction_id, literal(""), _STEP, _DAY)
    .where(
        _LINE.c.letter_id == bindparam("b_letter"),
        _LINE.c.transaction_id.in_(_ITEMS),
        ~exists().where(_STATE.c.transaction_id == _LINE.c.transaction_id),
    )
    .order_by(_LINE.c.id),
)


def post_letter(s: Session, company: Company, number: object, date: object = None) -> CustomerTransaction | None:
    """Post a letter: stamp its items with the step and date, charge the fee, block if the step says so.
    A few statements whatever the number of lines (the stamping is done in SQL)."""
    row = find(s, company.id, number)
    day = row.letter_date if date is None else a_date(date, "date")
    if row.state != "created":
        raise ValidationError(
            "number",
            "letter {number} is {state}; only a created letter can be posted",
            number=row.number,
            state=term(STATE_TERMS, row.state),
        )
    if day < row.letter_date:
        raise ValidationError("date", "must not be before the letter date {letter_date}", letter_date=row.letter_date)
    customer = s.scalar(select(Customer).where(Customer.id == row.customer_id).with_for_update())
    step = s.scalar(select(StepRow).where(StepRow.sequence_id == row.sequence_id, StepRow.seq == row.step_seq))
    fee_txn = None
    if not row.fourteen_day:
        debits = s.execute(_DEBIT_ITEMS, {"b_letter": row.id}).all()
        chunks = lookup.chunks([tid for tid, _, _ in debits])
        keys = {"b_letter": row.id, "b_step": row.step_seq, "b_date": day, "b_company": company.id}
        for statement in (_LOCK_STATES, _STAMP_LINES, _STEP_STATES, _NEW_STATES):  # in this order
            for chunk in chunks:
                result = s.execute(statement, {**keys, "b_items": chunk})
                if statement is _LOCK_STATES:
                    result.all()
        seq = s.get(LetterSequence, row.sequence_id)
        if seq.per == "customer":
            row.customer_step_before, row.customer_date_before = customer.letter_step, customer.letter_date
            customer.letter_step, customer.letter_date = row.step_seq, day
        if row.fee > 0:
            first = debits[0][1:] if debits else s.execute(_FIRST_ITEM, keys).one()
            account_id, profile_id = first
            fee_txn = _post_fee(s, company, row, customer, account_id, profile_id, step, seq, day)
            row.fee_transaction_id = fee_txn.id
        if step is not None and step.block:
            row.hold_before = customer.on_hold
            row.set_block = customer.on_hold != "all"
            customer.on_hold = "all"
    row.state, row.posted_date = "posted", day
    s.flush()
    return fee_txn


def _post_fee(
    s: Session,
    company: Company,
    row: CollectionLetter,
    customer: Customer,
    account_id: int,
    profile_id: int,
    step: StepRow | None,
    seq: LetterSequence,
    day: dt.date,
) -> CustomerTransaction:
    """The fee: Dr the summary account of the dunned item / Cr the step's fee account (DOMAIN 5.4, 12)."""
    account = (
        step.fee_account_id
        if step is not None and step.fee_account_id
        else lookup.role_account(s, company.id, "fee_income").id
    )
    terms_id = seq.terms_id or customer.terms_id  # the sequence's terms, else the customer's (DOMAIN 2.10)
    fee_terms = s.get(TermsOfPayment, terms_id) if terms_id else None
    return post_charge(
        s,
        company,
        None,
        kind="fee",
        date=day,
        amount=row.fee,
        counter_account_id=account,
        sequence="collection_letter_voucher",
        text=f"Collection costs {row.number}",
        customer_id=customer.id,
        account_id=account_id,
        posting_profile_id=profile_id,
        number=row.number,
        due_date=terms.due_date(fee_terms, day),
    )


def reverse_letter(s: Session, company: Company, number: object, date: object) -> None:
    """Reverse a posted letter [ARDESK]: its fee is reversed, a block it set is lifted and each item
    goes back to the step it had, so the next run proposes the same step again. A later posted letter
    on the same items must be reversed first."""
    row = find(s, company.id, number)
    day = a_date(date, "date")
    if row.state != "posted":
        raise ValidationError(
            "number",
            "letter {number} is {state}; only a posted letter can be reversed",
            number=row.number,
            state=term(STATE_TERMS, row.state),
        )
    if day < row.posted_date:
        raise ValidationError("date", "must not be before the posting date {posted_date}", posted_date=row.posted_date)
    lines = _lines(s, row.id)
    ids = [ln.transaction_id for ln in lines]
    for chunk in lookup.chunks(ids):  # the IN list lets the database start from these items' lines
        later = s.scalar(
            select(CollectionLetter.number)
            .join(CollectionLetterLine, CollectionLetterLine.letter_id == CollectionLetter.id)
            .where(
                CollectionLetter.company_id == company.id,
                CollectionLetter.state == "posted",
                CollectionLetter.id > row.id,
                CollectionLetterLine.transaction_id.in_(chunk),
            )
            .limit(1)
        )
        if later is not None:
            raise ValidationError(
                "number",
                "letter {later} was posted later for the same items; reverse it first",
                later=later,
            )
    customer = s.scalar(select(Customer).where(Customer.id == row.customer_id).with_for_update())
    if row.fee_transaction_id is not None:
        fee = s.get(CT, row.fee_transaction_id)
        payments.reverse(s, company, fee.number, day)
    if not row.fourteen_day:
        states = _states(s, row.id)
        # Debits go back to the step they had; an item of another line without a state gets one at step 0.
        back = {ln.transaction_id: (ln.step_before, ln.date_before) for ln in lines if ln.is_debit}
        back.update((tid, (0, None)) for tid in ids if tid not in states and tid not in back)
        _set_states(s, company.id, states, back)
        if row.customer_step_before is not None:
            customer.letter_step, customer.letter_date = row.customer_step_before, row.customer_date_before
        if row.set_block and customer.on_hold == "all":
            customer.on_hold = row.hold_before or "no"
    row.state, row.reversed_date = "reversed", day
    s.flush()


def waive_fee(s: Session, company: Company, number: object, date: object) -> CustomerTransaction:
    """Forgive what is open on a collection fee (DOMAIN 5.6): a credit (kind fee_waiver) settled
    against it; Dr the account the fee was credited to / Cr the summary account."""
    day = a_date(date, "date")
    text = lookup.code_text(number, "number", max_len=30)
    fee = s.scalar(select(CT).where(CT.company_id == company.id, CT.number == text, CT.kind == "fee").with_for_update())
    if fee is None:
        raise ValidationError("number", "there is no fee {text!r}", text=text)
    if fee.balance <= 0:
        raise ValidationError("number", "fee {text} is paid or waived; there is nothing to waive", text=text)
    if day < fee.date:
        raise ValidationError("date", "must not be before the fee's date {date}", date=fee.date)
    revenue = s.scalar(
        select(LedgerEntry.account_id)
        .where(LedgerEntry.voucher_id == fee.voucher_id, LedgerEntry.amount < 0)
        .order_by(LedgerEntry.id)
        .limit(1)
    )
    amount = fee.balance
    credit = post_charge(
        s,
        company,
        fee,
        kind="fee_waiver",
        date=day,
        amount=-amount,
        counter_account_id=revenue,
        sequence="collection_letter_voucher",
        text=f"Waiver of fee {fee.number}",
    )
    settlements.apply(s, company, fee, credit, amount, day, event=next_number(s, company.id, "settlement"))
    return credit
