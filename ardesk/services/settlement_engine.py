"""The settlement engine: from marks to what each transaction settles (DOMAIN 4.5–4.9).

A plan says, per marked transaction, how much cash settles it, how much cash discount and how
much tolerated difference closes it; it writes nothing. payments.py carries plans out.

ARDESK choices, each tested:
* A marked amount at or above "remaining − available discount" covers the item: the item takes
  the full discount and only that much cash; the rest of the cash is an overpayment (4.7).
* Tolerances are checked against the full discount: a payment a little short of the discounted
  amount closes the invoice with the discount and a penny or over/underpayment difference.
* Unallocated cash goes oldest first, then better discount, then due date, then posting order (4.6).
* settle() without a payment offsets debits and credits up to the smaller side; the larger side
  is settled partially with its discount grossed up (API "settle")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Company,
    Customer,
    CustomerTransaction,
    DiscountScheduleRow,
    JournalMark,
    Parameters,
    PaymentJournal,
    PaymentJournalLine,
)
from ardesk.money import currency_places, money
from ardesk.services import centralized, discounts, lookup
from ardesk.services.discounts import ZERO, Period
from ardesk.services.records import ScheduleRow


@dataclass(frozen=True)
class Mark:
    """A transaction marked for settlement. amount: the cash applied (absolute value); None = all
    that is open, net of the available cash discount. use_cash_discount: normal|always|never."""

    number: str
    amount: Decimal | None = None
    use_cash_discount: str = "normal"
    company: str | None = None


@dataclass
class Item:
    txn: CustomerTransaction
    index: int
    mode: str
    requested: Decimal | None
    period: Period
    cash: Decimal = ZERO        # cash part settled (magnitude)
    discount: Decimal = ZERO    # cash discount taken (magnitude)
    difference: Decimal = ZERO  # tolerated shortfall that also closes the item (magnitude)
    difference_kind: str = ""   # penny_difference | over_underpayment | cash_discount (full settlement)

    @property
    def sign(self) -> int:
        return 1 if self.txn.balance > 0 else -1

    @property
    def remaining(self) -> Decimal:
        return abs(self.txn.balance)

    @property
    def places(self) -> int:
        return currency_places(self.txn.currency)

    @property
    def available(self) -> Decimal:
        return discounts.available(self.remaining, self.period, self.places)

    @property
    def full_cash(self) -> Decimal:
        return self.remaining - self.available

    def order_key(self) -> tuple:
        # DOMAIN 4.6: oldest first, then the better discount, then due date, then posting order.
        return (self.txn.date, -self.period.percent, self.txn.due_date or self.txn.date, self.txn.id)


@dataclass
class Plan:
    items: list[Item]
    payment: Decimal | None = None           # the new payment's cash (magnitude), None for settle()
    open_on_payment: Decimal = ZERO          # overpayment left open as a credit
    over_adjustment: Decimal = ZERO          # overpayment closed to a tolerance account
    over_kind: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def debits(self) -> list[Item]:
        return [i for i in self.items if i.sign > 0]

    @property
    def credits(self) -> list[Item]:
        return [i for i in self.items if i.sign < 0]


def discount_periods(s: Session, ids: Sequence[int]) -> dict[int, tuple[tuple[ScheduleRow, Decimal], ...]]:
    """The discount periods (percent > 0) of each transaction: all that discounts.period looks at."""
    out: dict[int, list[tuple[ScheduleRow, Decimal]]] = {i: [] for i in ids}
    for chunk in lookup.chunks(ids):
        t = DiscountScheduleRow
        for tid, day, discount, to_pay, pct in s.execute(
                select(t.transaction_id, t.discount_date, t.discount, t.amount_to_pay, t.percent)
                .where(t.transaction_id.in_(chunk), t.percent > 0).order_by(t.transaction_id, t.seq)):
            out[tid].append((ScheduleRow(day, discount, to_pay), pct))
    return {k: tuple(v) for k, v in out.items()}


def _open_by_number(s: Session, company_id: int, numbers: Sequence[str]) -> dict[str, CustomerTransaction]:
    """The oldest open transaction per number (a reversed document's number can repeat)."""
    out: dict[str, CustomerTransaction] = {}
    for chunk in lookup.chunks(list(dict.fromkeys(numbers))):
        # No ORDER BY: it would make SQLite walk the company's index instead of (company, number).
        for txn in s.scalars(select(CustomerTransaction).where(
                CustomerTransaction.company_id == company_id, CustomerTransaction.number.in_(chunk),
                CustomerTransaction.closed_date.is_(None))):
            if txn.number not in out or txn.id < out[txn.number].id:
                out[txn.number] = txn
    return out


def locks(s: Session, ids: Sequence[int]) -> dict[int, JournalMark]:
    """The journal marks on these transactions: the marking lock (DOMAIN 4.1)."""
    out: dict[int, JournalMark] = {}
    for chunk in lookup.chunks(ids):
        out.update((m.transaction_id, m) for m in s.scalars(select(JournalMark)
                                                           .where(JournalMark.transaction_id.in_(chunk))))
    return out


def marked_elsewhere(s: Session, number: str, line_id: int) -> str:
    """The message for a transaction locked by a mark on an unposted journal line."""
    journal, seq = s.execute(select(PaymentJournal.number, PaymentJournalLine.seq)
                             .join(PaymentJournalLine, PaymentJournalLine.journal_id == PaymentJournal.id)
                             .where(PaymentJournalLine.id == line_id)).one()
    return (f"{number} is marked in payment journal {journal}, line {seq}, which is not posted yet; "
            "post that journal or remove the mark there first")


def priority_key(params: Parameters) -> Callable[[CustomerTransaction], tuple]:
    """Settlement order of open debits (DOMAIN 4.9): the company's priority list of kinds when it uses
    one, then due date, then date, then posting order."""
    priority = (params.settlement_priority or "").split(",") if params.prioritize_settlement else []

    def key(t: CustomerTransaction) -> tuple:
        rank = priority.index(t.kind) if t.kind in priority else len(priority)
        return (rank, t.due_date or t.date, t.date, t.id)
    return key


def load_items(s: Session, company: Company, customer: Customer, on: dt.date, marks: Sequence[Mark],
               params: Parameters, *, journal_line_id: int | None = None, currency: str | None = None) -> list[Item]:
    """Check the marks and find their open transactions (DOMAIN 11.5), with a few queries for any
    number of marks; errors name the first bad mark."""
    if not isinstance(marks, list | tuple):
        raise ValidationError("marks", "must be a list of Mark")
    owners: dict[object, tuple[Company, Customer]] = {}
    wanted: dict[int, list[str]] = {}
    for i, mark in enumerate(marks):
        f = f"marks[{i}]"
        if not isinstance(mark, Mark):
            raise ValidationError(f, "must be a Mark")
        if mark.use_cash_discount not in discounts.MODES:
            raise ValidationError(f + ".use_cash_discount", "must be 'normal', 'always' or 'never'")
        if mark.company not in owners:
            # A document of another company of the group: a centralized payment (DOMAIN 4.13).
            owner = centralized.partner(s, company, mark.company, f + ".company")
            owners[mark.company] = (owner, centralized.party_customer(s, customer, owner, f + ".company"))
        if not isinstance(mark.number, str) or not mark.number:
            raise ValidationError(f + ".number", "give a document number")
        wanted.setdefault(owners[mark.company][0].id, []).append(mark.number)
    found = {cid: _open_by_number(s, cid, numbers) for cid, numbers in wanted.items()}
    ids = [t.id for by_number in found.values() for t in by_number.values()]
    held, schedules = locks(s, ids), discount_periods(s, ids)
    items: list[Item] = []
    seen: set[int] = set()
    for i, mark in enumerate(marks):
        f = f"marks[{i}]"
        owner, owner_customer = owners[mark.company]
        txn = found[owner.id].get(mark.number)
        if txn is None:
            known = s.scalar(select(CustomerTransaction.id).where(CustomerTransaction.company_id == owner.id,
                                                                  CustomerTransaction.number == mark.number).limit(1))
            raise ValidationError(f + ".number", f"{mark.number} is already settled" if known
                                  else f"there is no document {mark.number!r}")
        if txn.customer_id != owner_customer.id:
            raise ValidationError(f + ".number", f"{mark.number} belongs to another customer")
        if owner is not company and txn.balance < 0:
            raise ValidationError(f + ".number", f"{mark.number} is a credit of {owner.code}; settle it there")
        if currency is not None and txn.currency != currency:
            raise ValidationError(f + ".number", f"{mark.number} is in {txn.currency}, the payment in {currency}")
        if txn.id in seen:
            raise ValidationError(f + ".number", f"{mark.number} is marked twice")
        seen.add(txn.id)
        lock = held.get(txn.id)
        if lock is not None and lock.line_id != journal_line_id:
            raise ValidationError(f + ".number", marked_elsewhere(s, mark.number, lock.line_id))
        requested = None
        if mark.amount is not None:
            requested = money(mark.amount, f + ".amount", currency=txn.currency, positive=True, allow_zero=False)
            if requested > abs(txn.balance):
                raise ValidationError(f + ".amount", f"{requested} is more than the {abs(txn.balance)} open on "
                                                     f"{mark.number}")
        # Credit notes carry a discount only with the parameter (DOMAIN 4.5 rule 7); payments never.
        discounted = txn.balance > 0 or (txn.kind == "credit_note" and params.cash_discount_on_credit_notes)
        p = discounts.period(schedules[txn.id], on, mark.use_cash_discount) if discounted else discounts.NONE
        items.append(Item(txn, i, mark.use_cash_discount, requested, p))
    return items


def _take(item: Item, cash: Decimal, params: Parameters) -> Decimal:
    """Apply `cash` to the item; returns the cash it could not use (an overpayment of the item)."""
    if cash >= item.full_cash:
        item.cash, item.discount = item.full_cash, item.available
        return cash - item.full_cash
    item.cash = cash
    item.discount = discounts.partial(item.remaining, cash, item.period,
                                      on_partial=params.cash_discount_on_partial_payments, mode=item.mode,
                                      places=item.places)
    return ZERO


def _distribute(items: Sequence[Item], pool: Decimal, params: Parameters) -> Decimal:
    """Cash over the items in DOMAIN 4.6 order; returns what is left."""
    for item in sorted(items, key=Item.order_key):
        if pool <= 0:
            break
        use = min(pool, item.full_cash)
        _take(item, use, params)
        pool -= use
    return pool


def _want(item: Item) -> Decimal:
    return item.full_cash if item.requested is None else item.requested


def _close_short(item: Item, params: Parameters, full_settlement: bool) -> None:
    """Tolerances on an item left partly open (DOMAIN 4.7): close it if the shortfall is small,
    or on full settlement, where the shortfall becomes extra cash discount."""
    shortfall = item.full_cash - item.cash
    if item.cash <= 0 or shortfall <= 0:
        return
    if shortfall <= params.max_penny_difference:
        kind = "penny_difference"
    elif shortfall <= params.max_over_underpayment:
        kind = "over_underpayment"
    elif full_settlement:
        kind = "cash_discount"
    else:
        return
    item.discount, item.difference, item.difference_kind = item.available, shortfall, kind


def plan_payment(items: list[Item], amount: Decimal | None, params: Parameters, *,
                 full_settlement: bool = False) -> Plan:
    """A new payment of `amount` (None: the marked total) settling the marked items."""
    debits = [i for i in items if i.sign > 0]
    credits = [i for i in items if i.sign < 0]
    credit_cash = ZERO
    for c in credits:  # marked credit notes (or earlier payments) add to the cash
        _take(c, min(_want(c), c.full_cash), params)
        credit_cash += c.cash
    want = sum((_want(d) for d in debits), ZERO)
    if amount is None:
        amount = want - credit_cash
        if amount <= 0:
            raise ValidationError("amount", "the marked credits cover the marked invoices; settle them instead "
                                            "of posting a payment")
    pool = amount + credit_cash
    plan = Plan(items, payment=amount)
    if pool < want:
        fixed = [d for d in debits if d.requested is not None]
        fixed_total = sum((d.requested for d in fixed), ZERO)
        if fixed_total > pool:
            raise ValidationError("amount", f"{amount} is less than the {fixed_total - credit_cash} marked "
                                            "with amounts")
        over = sum((_take(d, d.requested, params) for d in fixed), ZERO)
        left = _distribute([d for d in debits if d.requested is None], pool - fixed_total + over, params)
    else:
        left = sum((_take(d, _want(d), params) for d in debits), ZERO) + pool - want
    for d in debits:
        _close_short(d, params, full_settlement)
    if left > 0 and debits:
        left = _overpaid(plan, left, params)
    plan.open_on_payment = left
    return plan


def _overpaid(plan: Plan, over: Decimal, params: Parameters) -> Decimal:
    """Overpayment of marked invoices (DOMAIN 4.7): Unspecific lowers the last invoice's discount by
    the overpayment; what remains goes to the penny or over/underpayment account within the
    tolerances, or stays open on the payment."""
    if params.cash_discount_administration == "unspecific":
        discounted = [d for d in sorted(plan.debits, key=Item.order_key) if d.discount > 0]
        if discounted:
            last = discounted[-1]
            cut = min(over, last.discount)
            last.discount -= cut
            last.cash += cut
            over -= cut
    if over <= 0:
        return ZERO
    if over <= params.max_penny_difference:
        plan.over_adjustment, plan.over_kind = over, "penny_difference"
    elif over <= params.max_over_underpayment:
        plan.over_adjustment, plan.over_kind = over, "over_underpayment"
    else:
        return over
    return ZERO


def plan_offset(items: list[Item], params: Parameters) -> Plan:
    """Settle already-posted debits against credits, up to the smaller side (API "settle")."""
    debits = [i for i in items if i.sign > 0]
    credits = [i for i in items if i.sign < 0]
    if not debits or not credits:
        raise ValidationError("marks", "mark at least one debit (invoice) and one credit (payment, credit note)")
    debit_total = sum((min(_want(d), d.full_cash) for d in debits), ZERO)
    credit_total = sum((min(_want(c), c.full_cash) for c in credits), ZERO)
    smaller = min(debit_total, credit_total)
    for side, total in ((debits, debit_total), (credits, credit_total)):
        if total == smaller:
            for item in side:
                _take(item, min(_want(item), item.full_cash), params)
        else:
            fixed = [i for i in side if i.requested is not None]
            pool = smaller
            for item in sorted(fixed, key=Item.order_key):
                use = min(pool, item.requested, item.full_cash)
                _take(item, use, params)
                pool -= use
            _distribute([i for i in side if i.requested is None], pool, params)
    return Plan(items)
