"""The settlement engine: from marks to what each transaction settles (DOMAIN 4.5–4.9), on plain values.

A plan says, per marked transaction, how much cash settles it, how much cash discount and how
much tolerated difference closes it. The engine reads no database and writes nothing: its inputs
are open items (`Open`), marks, a `Policy` made from the company's parameters and each currency's
decimals; settlement_loading makes those from the books, settlement_recording carries plans out.

ARDESK choices, each tested:
* A marked amount at or above "remaining − available discount" covers the item: the item takes
  the full discount and only that much cash; the rest of the cash is an overpayment (4.7).
* Tolerances are checked against the full discount: a payment a little short of the discounted
  amount closes the invoice with the discount and a penny or over/underpayment difference.
* Unallocated cash goes oldest first, then better discount, then due date, then posting order (4.6).
* settle() without a payment offsets debits and credits up to the smaller side; the larger side
  is settled partially with its discount grossed up (API "settle").
* A credit note carries a cash discount only with the parameter "cash discount on credit notes"
  (4.5 rule 7): settling it alone against nothing previews what it would refund and give back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ardesk.errors import ValidationError
from ardesk.services import discounts
from ardesk.services.discounts import ZERO, Period


@dataclass(frozen=True)
class Mark:
    """A transaction marked for settlement. amount: the cash applied (absolute value); None = all
    that is open, net of the available cash discount. use_cash_discount: normal|always|never."""

    number: str
    amount: Decimal | None = None
    use_cash_discount: str = "normal"
    company: str | None = None


@dataclass(frozen=True)
class Open:
    """An open transaction as the engine sees it: signed like the books (debit > 0), in its currency."""

    id: int
    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    amount: Decimal
    balance: Decimal
    places: int  # the currency's decimals (JPY 0, EUR 2, KWD 3)
    discount_taken: Decimal = ZERO
    company_id: int = 0
    #: (discount date, percent) per cash discount period, in order (DOMAIN 2.6).
    schedule: tuple[tuple[dt.date, Decimal], ...] = ()


@dataclass(frozen=True)
class Policy:
    """The company's settlement parameters (DOMAIN 2.1) that planning needs."""

    max_penny_difference: Decimal = ZERO
    max_over_underpayment: Decimal = ZERO
    cash_discount_on_partial_payments: bool = False
    cash_discount_on_credit_notes: bool = False
    unspecific_discount: bool = False  # cash discount administration "unspecific"
    priority: tuple[str, ...] = ()  # settlement priority of kinds, when used (DOMAIN 4.9)


@dataclass
class Item:
    """One open transaction in a plan: what the plan takes from it (magnitudes)."""

    open: Open
    index: int
    mode: str
    requested: Decimal | None
    period: Period
    cash: Decimal = ZERO  # cash part settled (magnitude)
    discount: Decimal = ZERO  # cash discount taken (magnitude)
    difference: Decimal = ZERO  # tolerated shortfall that also closes the item (magnitude)
    difference_kind: str = ""  # penny_difference | over_underpayment | cash_discount (full settlement)

    @property
    def sign(self) -> int:
        return 1 if self.open.balance > 0 else -1

    @property
    def remaining(self) -> Decimal:
        return abs(self.open.balance)

    @property
    def places(self) -> int:
        return self.open.places

    @property
    def available(self) -> Decimal:
        return discounts.available(self.remaining, self.period, self.places)

    @property
    def full_cash(self) -> Decimal:
        return self.remaining - self.available

    def order_key(self) -> tuple:
        # DOMAIN 4.6: oldest first, then the better discount, then due date, then posting order.
        o = self.open
        return (o.date, -self.period.percent, o.due_date or o.date, o.id)


@dataclass
class Plan:
    items: list[Item]
    payment: Decimal | None = None  # the new payment's cash (magnitude), None for settle()
    open_on_payment: Decimal = ZERO  # overpayment left open as a credit
    over_adjustment: Decimal = ZERO  # overpayment closed to a tolerance account
    over_kind: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def debits(self) -> list[Item]:
        return [i for i in self.items if i.sign > 0]

    @property
    def credits(self) -> list[Item]:
        return [i for i in self.items if i.sign < 0]


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


def item(
    o: Open, index: int, on: dt.date, policy: Policy, *, mode: str = "normal", requested: Decimal | None = None
) -> Item:
    """An open transaction marked on `on`: its discount period (debits always; credit notes only with
    the parameter, DOMAIN 4.5 rule 7; payments never)."""
    discounted = o.balance > 0 or (o.kind == "credit_note" and policy.cash_discount_on_credit_notes)
    period = discounts.period(o.schedule, on, mode) if discounted else discounts.NONE
    return Item(o, index, mode, requested, period)


def priority_key(policy: Policy) -> Callable[[object], tuple]:
    """Settlement order of open debits (DOMAIN 4.9): the company's priority list of kinds when it uses
    one, then due date, then date, then posting order. Works on anything with kind, due_date, date, id."""
    priority = list(policy.priority)

    def key(t: object) -> tuple:
        kind, day = t.kind, t.date  # type: ignore[attr-defined]
        rank = priority.index(kind) if kind in priority else len(priority)
        return (rank, t.due_date or day, day, t.id)  # type: ignore[attr-defined]

    return key


def take(item: Item, cash: Decimal, policy: Policy) -> Decimal:
    """Apply `cash` to the item; returns the cash it could not use (an overpayment of the item)."""
    if cash >= item.full_cash:
        item.cash, item.discount = item.full_cash, item.available
        return cash - item.full_cash
    item.cash = cash
    item.discount = discounts.partial(
        item.remaining,
        cash,
        item.period,
        on_partial=policy.cash_discount_on_partial_payments,
        mode=item.mode,
        places=item.places,
    )
    return ZERO


def distribute(items: Sequence[Item], pool: Decimal, policy: Policy) -> Decimal:
    """Cash over the items in DOMAIN 4.6 order; returns what is left."""
    for it in sorted(items, key=Item.order_key):
        if pool <= 0:
            break
        use = min(pool, it.full_cash)
        take(it, use, policy)
        pool -= use
    return pool


def _want(item: Item) -> Decimal:
    return item.full_cash if item.requested is None else item.requested


def _close_short(item: Item, policy: Policy, full_settlement: bool) -> None:
    """Tolerances on an item left partly open (DOMAIN 4.7): close it if the shortfall is small,
    or on full settlement, where the shortfall becomes extra cash discount."""
    shortfall = item.full_cash - item.cash
    if item.cash <= 0 or shortfall <= 0:
        return
    if shortfall <= policy.max_penny_difference:
        kind = "penny_difference"
    elif shortfall <= policy.max_over_underpayment:
        kind = "over_underpayment"
    elif full_settlement:
        kind = "cash_discount"
    else:
        return
    item.discount, item.difference, item.difference_kind = item.available, shortfall, kind


def require_debits(items: Sequence[Item]) -> None:
    """A payment settles debits: marks that are all credits (credit notes, earlier payments) have
    nothing to settle against. plan_preview still shows what they would pay out."""
    if items and not any(i.sign > 0 for i in items):
        numbers = ", ".join(i.open.number for i in items)
        raise ValidationError(
            "marks",
            "only credits are marked ({numbers}): a payment settles invoices, so mark an "
            "invoice for them to settle against; a credit balance is paid back with a "
            "reimbursement",
            numbers=numbers,
        )


def _spend(side: Sequence[Item], pool: Decimal, policy: Policy) -> None:
    """Settle `pool` of cash over one side of an offset: items with typed amounts first, the rest in
    DOMAIN 4.6 order."""
    for it in sorted((i for i in side if i.requested is not None), key=Item.order_key):
        use = min(pool, it.requested or ZERO, it.full_cash)
        take(it, use, policy)
        pool -= use
    distribute([i for i in side if i.requested is None], pool, policy)


def plan_payment(items: list[Item], amount: Decimal | None, policy: Policy, *, full_settlement: bool = False) -> Plan:
    """A new payment of `amount` (None: the marked total) settling the marked items. Marked credits
    add their cash; when they alone cover the marked debits (only possible with an amount), they
    settle just what the debits take and the payment stays open, as posting carries it out."""
    require_debits(items)
    debits = [i for i in items if i.sign > 0]
    credits = [i for i in items if i.sign < 0]
    want = _debit_want(debits)
    credit_cash = _credit_cash(credits)
    if amount is None:
        amount = want - credit_cash
        if amount <= 0:
            raise ValidationError(
                "amount", "the marked credits cover the marked invoices; settle them instead of posting a payment"
            )
    if credit_cash > want:
        _spend(credits, want, policy)
        credit_cash = want
    else:
        for c in credits:  # marked credit notes (or earlier payments) add to the cash
            take(c, min(_want(c), c.full_cash), policy)
    pool = amount + credit_cash
    plan = Plan(items, payment=amount)
    if pool < want:
        fixed = [d for d in debits if d.requested is not None]
        fixed_total = sum((d.requested for d in fixed if d.requested is not None), ZERO)
        if fixed_total > pool:
            raise ValidationError(
                "amount",
                "{amount} is less than the {marked} marked with amounts",
                amount=amount,
                marked=fixed_total - credit_cash,
            )
        over = sum((take(d, d.requested, policy) for d in fixed if d.requested is not None), ZERO)
        left = distribute([d for d in debits if d.requested is None], pool - fixed_total + over, policy)
    else:
        left = sum((take(d, _want(d), policy) for d in debits), ZERO) + pool - want
    for d in debits:
        _close_short(d, policy, full_settlement)
    if left > 0 and debits:
        left = _overpaid(plan, left, policy)
    plan.open_on_payment = left
    return plan


def _overpaid(plan: Plan, over: Decimal, policy: Policy) -> Decimal:
    """Overpayment of marked invoices (DOMAIN 4.7): Unspecific lowers the last invoice's discount by
    the overpayment; what remains goes to the penny or over/underpayment account within the
    tolerances, or stays open on the payment."""
    if policy.unspecific_discount:
        discounted = [d for d in sorted(plan.debits, key=Item.order_key) if d.discount > 0]
        if discounted:
            last = discounted[-1]
            cut = min(over, last.discount)
            last.discount -= cut
            last.cash += cut
            over -= cut
    if over <= 0:
        return ZERO
    if over <= policy.max_penny_difference:
        plan.over_adjustment, plan.over_kind = over, "penny_difference"
    elif over <= policy.max_over_underpayment:
        plan.over_adjustment, plan.over_kind = over, "over_underpayment"
    else:
        return over
    return ZERO


def plan_offset(items: list[Item], policy: Policy) -> Plan:
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
            for it in side:
                take(it, min(_want(it), it.full_cash), policy)
        else:
            _spend(side, smaller, policy)
    return Plan(items)


def plan_preview(
    items: list[Item],
    policy: Policy,
    payment_amount: Decimal | None = None,
    *,
    full_settlement: bool = False,
    payment: bool = False,
) -> Plan:
    """What the settle screen shows for the marks, whatever is marked (API preview_settlement):
    debits (with credits) against a payment of `payment_amount` or of what they need; debits and
    credits alone against each other (settle), or with `payment` as a new payment of what the debits
    need beyond the credits would settle them (post_payment without an amount; when the credits cover
    the debits there is no payment and they offset); only credits (a credit note, a payment) as what
    settling them would pay out: the cash they carry and, for a credit note after a discount was
    taken, the discount given back (DOMAIN 4.5 rule 7)."""
    if not items:
        return Plan([])
    if not any(i.sign > 0 for i in items):  # credits only, with or without an amount: what each carries
        for c in items:
            take(c, min(_want(c), c.full_cash), policy)
        return Plan(items)
    if payment_amount is not None:
        return plan_payment(items, payment_amount, policy, full_settlement=full_settlement)
    credits = [i for i in items if i.sign < 0]
    if credits and not (payment and _debit_want(items) > _credit_cash(credits)):
        return plan_offset(items, policy)
    return plan_payment(items, None, policy, full_settlement=full_settlement)


def _debit_want(items: Sequence[Item]) -> Decimal:
    return sum((_want(d) for d in items if d.sign > 0), ZERO)


def _credit_cash(credits: Sequence[Item]) -> Decimal:
    """The cash marked credits bring to a payment: each what is asked of it, at most all that is open
    net of its discount."""
    return sum((min(_want(c), c.full_cash) for c in credits), ZERO)


def offers(items: Sequence[Item], policy: Policy) -> list[MarkPreview]:
    """What marking each item alone would show (its own plan_preview, no amount): the settle screen's
    cash discount offered per open item, in the items' order. Give each item its own Item: plans
    change them."""
    out = []
    for it in items:
        try:
            plan = plan_preview([it], policy)
        except ValidationError:  # nothing to settle (a debit fully covered by its discount)
            plan = Plan([it])
        out.append(previews(plan)[0])
    return out


def automatic(
    debits: Iterable[Open], credit: Open, on: dt.date, policy: Policy, skip: Callable[[Open], bool] = lambda o: False
) -> Plan | None:
    """Automatic settlement (DOMAIN 4.9): spend the credit on the debits, given in settlement order,
    each with its cash discount; None when nothing is settled. debits may be a generator: it is read
    only as far as the credit goes."""
    pool = -credit.balance
    items: list[Item] = []
    for n, o in enumerate(debits):
        if pool <= 0:
            break
        if o.balance <= 0 or skip(o):
            continue
        it = item(o, n, on, policy)
        use = min(pool, it.full_cash)
        take(it, use, policy)
        pool -= use
        if it.cash > 0 or it.discount > 0:
            items.append(it)
    if not items:
        return None
    credit_item = Item(credit, -1, "normal", None, discounts.NONE)
    credit_item.cash = sum((i.cash for i in items), ZERO)
    return Plan([*items, credit_item])


def previews(plan: Plan) -> list[MarkPreview]:
    """The settle screen's rows for a plan, in the order the items were marked."""
    out = []
    for it in sorted(plan.items, key=lambda i: i.index):
        sign, o = it.sign, it.open
        period_discount = discounts.available(abs(o.amount), it.period, o.places)
        to_take = it.discount + (it.difference if it.difference_kind == "cash_discount" else ZERO)
        out.append(
            MarkPreview(
                o.number,
                _signed(sign, it.cash),
                it.period.date,
                _signed(sign, period_discount),
                _signed(sign, o.discount_taken),
                _signed(sign, to_take),
                it.mode,
                _signed(sign, it.difference),
            )
        )
    return out


def _signed(sign: int, value: Decimal) -> Decimal:
    """A magnitude signed like its transaction; a credit's zero stays 0.00, not -0.00."""
    return value if sign > 0 or not value else -value
