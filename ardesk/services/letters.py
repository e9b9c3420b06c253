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
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
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
from ardesk.money import currency_places, money, round_money
from ardesk.services import definitions, lookup, payments, settlements, terms
from ardesk.services.collection_costs import collection_costs
from ardesk.services.collection_setup import steps_of
from ardesk.services.posting import Entry, next_number, post_voucher, take_numbers
from ardesk.services.text import a_date
from ardesk.services.transactions import OpenItem, open_item

CT = CustomerTransaction
ZERO = Decimal("0.00")
#: Kinds that are principal for the collection costs (not fees or interest already charged).
PRINCIPAL_KINDS = ("invoice",)
#: Charges listed on a customer's letters and counted in the overdue balance, but which do not drive
#: the letter steps themselves: costs and interest are dunned with the principal they arose from.
CHARGE_KINDS = ("fee", "interest_note", "interest_reinstated")
#: Days a consumer must be given after the 14-day letter: 14 counted from the day after its date.
FOURTEEN_DAY_WAIT = 15


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


@dataclass
class _Item:
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


def _open_items(s: Session, company_id: int, day: dt.date, customer_ids: Sequence[int] | None) -> list[_Item]:
    """Every item open as of the letter date (definitions.AsOf) of the customers not held or disputed,
    with its collection state."""
    cut = definitions.as_of(day)
    q = cut.join(
        select(
            CT.id,
            CT.customer_id,
            CT.number,
            CT.kind,
            CT.date,
            definitions.falls_due(),
            CT.currency,
            CT.amount,
            cut.balance,
            CT.posting_profile_id,
            CollectionState.status,
            CollectionState.promise_date,
            CollectionState.letter_step,
            CollectionState.letter_date,
        )
        .join(Customer, Customer.id == CT.customer_id)
        .outerjoin(CollectionState, CollectionState.transaction_id == CT.id)
    ).where(CT.company_id == company_id, cut.is_open(), Customer.collection_status == "")
    if customer_ids is not None:
        q = q.where(CT.customer_id.in_(customer_ids))
    return [
        _Item(*row[:10], status=row[10] or "", promise_date=row[11], step=row[12] or 0, step_date=row[13])  # type: ignore[misc]
        for row in s.execute(q.order_by(CT.customer_id, definitions.falls_due(), CT.id))
    ]


def _selected_customers(s: Session, company_id: int, customers: object) -> list[int] | None:
    if customers is None:
        return None
    if not isinstance(customers, list | tuple):
        raise ValidationError("customers", "must be a list of customer accounts")
    return [lookup.by_code(s, Customer, company_id, c, f"customers[{i}]").id for i, c in enumerate(customers)]


class _Setup:
    """Profiles, sequences and steps read once per run."""

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
        self.steps = {q.id: steps_of(s, q.id) for q in self.sequences.values()}
        params = lookup.parameters(s, company_id)
        self.default_profile = next(
            (p for p in self.profiles.values() if p.code == params.default_posting_profile), None
        )

    def sequence_of_profile(self, profile: PostingProfile | None) -> LetterSequence | None:
        if profile is None or not profile.collection_letter or not profile.collection_letter_sequence:
            return None
        return self.sequences.get(profile.collection_letter_sequence)

    def covers(self, seq: LetterSequence, currency: str) -> bool:
        return not seq.currencies or currency in seq.currencies.split(",")


def _is_dunnable(item: _Item, day: dt.date) -> bool:
    """An overdue debit not on hold, not disputed and without a promise to pay that still stands."""
    if item.balance <= 0 or item.due >= day:
        return False
    if item.status in ("hold", "disputed"):
        return False
    return not (item.status == "promise" and item.promise_date is not None and item.promise_date >= day)


def _fourteen_day_dates(s: Session, transaction_ids: Sequence[int]) -> dict[int, dt.date]:
    """The latest posted 14-day letter date of each transaction."""
    if not transaction_ids:
        return {}
    rows = s.execute(
        select(CollectionLetterLine.transaction_id, CollectionLetter.letter_date)
        .join(CollectionLetter, CollectionLetter.id == CollectionLetterLine.letter_id)
        .where(
            CollectionLetterLine.transaction_id.in_(transaction_ids),
            CollectionLetter.fourteen_day.is_(True),
            CollectionLetter.state == "posted",
        )
    ).all()
    out: dict[int, dt.date] = {}
    for tid, day in rows:
        out[tid] = max(out.get(tid, day), day)
    return out


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
    people = (
        {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_({k[0] for k in by_customer})))}
        if by_customer
        else {}
    )
    proposals: list[tuple[Customer, LetterSequence, StepRow, str, list[_Item], list[_Item], bool]] = []
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
        for n, (seq, step, chosen) in enumerate(groups):
            listed_credits = [] if seq.ignore_payments else credits
            balance = sum((i.balance for i in overdue), ZERO) + sum((i.balance for i in listed_credits), ZERO)
            if balance <= 0 or balance < step.min_overdue:
                continue
            # The customer's open costs and interest are listed on the first letter of the currency.
            listed = chosen + charges if n == 0 else chosen
            proposals.append((customer, seq, step, currency, listed, listed_credits, False))
    if not proposals:
        return []
    # The 14-day letter: consumers are told the costs before a step charges them.
    principal_ids = [i.id for p in proposals if p[0].consumer and p[2].fee_bik for i in p[4]]
    told = _fourteen_day_dates(s, principal_ids)
    numbers = iter(take_numbers(s, company.id, "collection_letter", len(proposals)))
    out = []
    for customer, seq, step, currency, chosen, credits, _ in proposals:
        principal = sum((i.balance for i in chosen if i.kind in PRINCIPAL_KINDS), ZERO)
        costs = collection_costs(principal) if step.fee_bik else ZERO
        fourteen = False
        if customer.consumer and step.fee_bik:
            dates = [told.get(i.id) for i in chosen if i.kind in PRINCIPAL_KINDS]
            if any(d is None for d in dates):
                fourteen = True
            elif any(day < d + dt.timedelta(days=FOURTEEN_DAY_WAIT) for d in dates if d is not None):
                continue  # the 14 days are still running: no letter yet
        fee = ZERO if fourteen else (costs if step.fee_bik else step.fee)
        letter = CollectionLetter(
            company_id=company.id,
            number=next(numbers),
            customer_id=customer.id,
            sequence_id=seq.id,
            step_seq=step.seq,
            step_code=step.code,
            currency=currency,
            letter_date=day,
            state="created",
            fee=round_money(fee, currency_places(company.currency)),
            fourteen_day=fourteen,
        )
        s.add(letter)
        s.flush()
        s.add_all(
            CollectionLetterLine(
                letter_id=letter.id,
                transaction_id=i.id,
                due_date=i.due,
                days_overdue=(day - i.due).days,
                balance=i.balance,
                step_before=i.step,
                date_before=i.step_date,
            )
            for i in [*chosen, *credits]
        )
        out.append(letter)
    s.flush()
    return [letter_record(s, row) for row in out]


def _transaction_level(
    setup: _Setup, overdue: list[_Item], currency: str, day: dt.date
) -> list[tuple[LetterSequence, StepRow, list[_Item]]]:
    """Each item at its own next step; one letter per sequence and step (DOMAIN 5.4)."""
    groups: dict[tuple[int, int], list[_Item]] = defaultdict(list)
    found: dict[tuple[int, int], tuple[LetterSequence, StepRow]] = {}
    for item in overdue:
        seq = setup.sequence_of_profile(setup.profiles.get(item.profile_id))
        if seq is None or not setup.covers(seq, currency):
            continue
        steps = setup.steps[seq.id]
        if item.step >= len(steps):
            continue  # after the last step: no further letters
        step = steps[item.step]
        since = item.due if item.step == 0 else item.step_date or item.due
        if day >= since + dt.timedelta(days=step.days):
            groups[(seq.id, step.seq)].append(item)
            found[(seq.id, step.seq)] = (seq, step)
    return [(*found[key], items) for key, items in groups.items()]


def _customer_level(
    setup: _Setup, customer: Customer, seq: LetterSequence, overdue: list[_Item], currency: str, day: dt.date
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
def letter_record(s: Session, row: CollectionLetter) -> Letter:
    lines = s.execute(
        select(
            CT.number,
            CollectionLetterLine.due_date,
            CollectionLetterLine.days_overdue,
            CollectionLetterLine.balance,
            CT.kind,
            CT.date,
            CT.amount,
        )
        .join(CT, CT.id == CollectionLetterLine.transaction_id)
        .where(CollectionLetterLine.letter_id == row.id)
        .order_by(CollectionLetterLine.id)
    ).all()
    records = tuple(LetterLine(*line) for line in lines)
    seq = s.get(LetterSequence, row.sequence_id)
    principal = sum((ln.balance for ln in records if ln.kind in PRINCIPAL_KINDS), ZERO)
    step = s.scalar(select(StepRow).where(StepRow.sequence_id == row.sequence_id, StepRow.seq == row.step_seq))
    return Letter(
        number=row.number,
        customer=s.get(Customer, row.customer_id).account,
        step=row.step_code,
        state=row.state,
        fee=row.fee,
        lines=records,
        currency=row.currency,
        letter_date=row.letter_date,
        sequence=seq.code,
        step_index=row.step_seq,
        fourteen_day=row.fourteen_day,
        printed=row.printed,
        overdue_total=sum((ln.balance for ln in records), ZERO),
        costs=collection_costs(principal) if step is not None and step.fee_bik else row.fee,
    )


def find(s: Session, company_id: int, number: object, field: str = "number") -> CollectionLetter:
    text = lookup.code_text(number, field, max_len=30)
    row = s.scalar(
        select(CollectionLetter).where(CollectionLetter.company_id == company_id, CollectionLetter.number == text)
    )
    if row is None:
        raise ValidationError(field, f"there is no collection letter {text!r}")
    return row


def letters(s: Session, company_id: int, *, state: str | None = None, customer: object = None) -> list[Letter]:
    q = select(CollectionLetter).where(CollectionLetter.company_id == company_id)
    if state is not None:
        q = q.where(CollectionLetter.state == state)
    if customer is not None:
        q = q.where(CollectionLetter.customer_id == lookup.by_code(s, Customer, company_id, customer, "customer").id)
    return [letter_record(s, r) for r in s.scalars(q.order_by(CollectionLetter.id))]


# --- editing a proposal ------------------------------------------------------------------------------
def edit_letter(
    s: Session, company: Company, number: object, *, fee: object = None, remove: object = None
) -> CollectionLetter:
    """Change an unposted letter: its fee, or take transactions (numbers) off it."""
    row = find(s, company.id, number)
    if row.state != "created":
        raise ValidationError("number", f"letter {row.number} is {row.state}; only a created letter can be edited")
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
                raise ValidationError(f"remove[{i}]", f"{num!r} is not in letter {row.number}")
        if len(set(remove)) >= len(lines):
            raise ValidationError("remove", "a letter keeps at least one transaction; cancel the letter instead")
        for num in remove:
            s.delete(lines[num])
    s.flush()
    return row


def cancel_letter(s: Session, company: Company, number: object) -> None:
    row = find(s, company.id, number)
    if row.state != "created":
        raise ValidationError("number", f"letter {row.number} is {row.state}; only a created letter can be cancelled")
    row.state = "cancelled"
    s.flush()


def mark_printed(s: Session, company: Company, number: object) -> None:
    row = find(s, company.id, number)
    row.printed = True
    s.flush()


# --- posting and reversal ----------------------------------------------------------------------------
def _states(s: Session, company_id: int, transaction_ids: Sequence[int]) -> dict[int, CollectionState]:
    found = {
        st.transaction_id: st
        for st in s.scalars(
            select(CollectionState).where(CollectionState.transaction_id.in_(transaction_ids)).with_for_update()
        )
    }
    for tid in transaction_ids:
        if tid not in found:
            found[tid] = CollectionState(company_id=company_id, transaction_id=tid, status="", letter_step=0)
            s.add(found[tid])
    return found


def post_letter(s: Session, company: Company, number: object, date: object = None) -> CustomerTransaction | None:
    """Post a letter: stamp its items with the step and date, charge the fee, block if the step says so."""
    row = find(s, company.id, number)
    day = row.letter_date if date is None else a_date(date, "date")
    if row.state != "created":
        raise ValidationError("number", f"letter {row.number} is {row.state}; only a created letter can be posted")
    if day < row.letter_date:
        raise ValidationError("date", f"must not be before the letter date {row.letter_date}")
    customer = s.scalar(select(Customer).where(Customer.id == row.customer_id).with_for_update())
    lines = s.scalars(select(CollectionLetterLine).where(CollectionLetterLine.letter_id == row.id)).all()
    txns = {t.id: t for t in s.scalars(select(CT).where(CT.id.in_([ln.transaction_id for ln in lines])))}
    debits = [
        ln for ln in lines if txns[ln.transaction_id].amount > 0 and txns[ln.transaction_id].kind not in CHARGE_KINDS
    ]
    step = s.scalar(select(StepRow).where(StepRow.sequence_id == row.sequence_id, StepRow.seq == row.step_seq))
    fee_txn = None
    if not row.fourteen_day:
        states = _states(s, company.id, [ln.transaction_id for ln in debits])
        for ln in debits:
            st = states[ln.transaction_id]
            ln.step_before, ln.date_before = st.letter_step or 0, st.letter_date
            st.letter_step, st.letter_date = row.step_seq, day
        seq = s.get(LetterSequence, row.sequence_id)
        if seq.per == "customer":
            row.customer_step_before, row.customer_date_before = customer.letter_step, customer.letter_date
            customer.letter_step, customer.letter_date = row.step_seq, day
        if row.fee > 0:
            first = txns[debits[0].transaction_id] if debits else txns[lines[0].transaction_id]
            fee_txn = _post_fee(s, company, row, customer, first, step, seq, day)
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
    first: CustomerTransaction,
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
    label = f"Collection costs {row.number}"
    voucher = post_voucher(
        s,
        company,
        day,
        "fee",
        [
            Entry(first.account_id, row.fee, label, customer.id, company.currency, row.fee),
            Entry(account, -row.fee, label),
        ],
        sequence="collection_letter_voucher",
        text=label,
    )
    fee_terms = (
        s.get(TermsOfPayment, seq.terms_id or customer.terms_id) if (seq.terms_id or customer.terms_id) else None
    )
    return open_item(
        s,
        company.id,
        OpenItem(
            customer_id=customer.id,
            voucher_id=voucher.id,
            number=row.number,
            kind="fee",
            date=day,
            due_date=terms.due_date(fee_terms, day),
            amount=row.fee,
            amount_acc=row.fee,
            currency=company.currency,
            account_id=first.account_id,
            posting_profile_id=first.posting_profile_id,
            text=label,
        ),
    )


def reverse_letter(s: Session, company: Company, number: object, date: object) -> None:
    """Reverse a posted letter [ARDESK]: its fee is reversed, a block it set is lifted and each item
    goes back to the step it had, so the next run proposes the same step again. A later posted letter
    on the same items must be reversed first."""
    row = find(s, company.id, number)
    day = a_date(date, "date")
    if row.state != "posted":
        raise ValidationError("number", f"letter {row.number} is {row.state}; only a posted letter can be reversed")
    if day < row.posted_date:
        raise ValidationError("date", f"must not be before the posting date {row.posted_date}")
    lines = s.scalars(select(CollectionLetterLine).where(CollectionLetterLine.letter_id == row.id)).all()
    ids = [ln.transaction_id for ln in lines]
    later = s.scalar(
        select(CollectionLetter.number)
        .join(CollectionLetterLine, CollectionLetterLine.letter_id == CollectionLetter.id)
        .where(
            CollectionLetter.company_id == company.id,
            CollectionLetter.state == "posted",
            CollectionLetter.id > row.id,
            CollectionLetterLine.transaction_id.in_(ids),
        )
        .limit(1)
    )
    if later is not None:
        raise ValidationError("number", f"letter {later} was posted later for the same items; reverse it first")
    customer = s.scalar(select(Customer).where(Customer.id == row.customer_id).with_for_update())
    if row.fee_transaction_id is not None:
        fee = s.get(CT, row.fee_transaction_id)
        payments.reverse(s, company, fee.number, day)
    if not row.fourteen_day:
        states = _states(s, company.id, [ln.transaction_id for ln in lines])
        for ln in lines:
            txn = s.get(CT, ln.transaction_id)
            if txn.amount > 0 and txn.kind not in CHARGE_KINDS:
                st = states[ln.transaction_id]
                st.letter_step, st.letter_date = ln.step_before, ln.date_before
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
        raise ValidationError("number", f"there is no fee {text!r}")
    if fee.balance <= 0:
        raise ValidationError("number", f"fee {text} is paid or waived; there is nothing to waive")
    if day < fee.date:
        raise ValidationError("date", f"must not be before the fee's date {fee.date}")
    revenue = s.scalar(
        select(LedgerEntry.account_id)
        .where(LedgerEntry.voucher_id == fee.voucher_id, LedgerEntry.amount < 0)
        .order_by(LedgerEntry.id)
        .limit(1)
    )
    amount = fee.balance
    amount_acc = round_money(amount * fee.exchange_rate, currency_places(company.currency))
    label = f"Waiver of fee {fee.number}"
    voucher = post_voucher(
        s,
        company,
        day,
        "fee_waiver",
        [
            Entry(fee.account_id, -amount_acc, label, fee.customer_id, fee.currency, -amount),
            Entry(revenue, amount_acc, label, currency=fee.currency, amount_cur=amount),
        ],
        sequence="collection_letter_voucher",
        text=label,
    )
    credit = open_item(
        s,
        company.id,
        OpenItem(
            customer_id=fee.customer_id,
            voucher_id=voucher.id,
            number=voucher.number,
            kind="fee_waiver",
            date=day,
            due_date=day,
            amount=-amount,
            amount_acc=-amount_acc,
            currency=fee.currency,
            exchange_rate=fee.exchange_rate,
            account_id=fee.account_id,
            posting_profile_id=fee.posting_profile_id,
            text=label,
        ),
    )
    settlements.apply(s, company, fee, credit, amount, day, event=next_number(s, company.id, "settlement"))
    return credit
