"""Posting customer payments, one or thousands at once (DOMAIN 4.1, 4.9): validated first, then
the vouchers and payment transactions in bulk, then each payment's settlement in order.

A payment is Dr the method of payment's account / Cr the customer's receivable. Marked payments
are settled by the settlement engine; unmarked ones, with automatic settlement on, are matched
against the customer's open debits in priority order (DOMAIN 4.9). The open debits of every
customer in the batch are read once, so a payment costs a few row writes, not a dozen queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import Company, Customer, CustomerTransaction, JournalMark, MethodOfPayment, PostingProfile
from ardesk.money import currency_places, money, round_money
from ardesk.services import audit, lookup, settlement_engine, settlements
from ardesk.services.currency import converted, exchange_rate
from ardesk.services.definitions import is_open
from ardesk.services.periods import closed_ranges, refuse_closed
from ardesk.services.posting import Entry, NumberPool, VoucherSpec, post_vouchers
from ardesk.services.profiles import ProfileCache
from ardesk.services.settlement_engine import Mark, Plan, Policy
from ardesk.services.settlement_loading import discount_periods, load_items, open_of, policy
from ardesk.services.settlement_recording import carry_out
from ardesk.services.setup_cache import remembered
from ardesk.services.text import a_date, currency_code, optional_text
from ardesk.services.transactions import OpenItem, open_rows


@dataclass(frozen=True)
class PaymentLine:
    """One payment to post; the fields of co.post_payment."""

    customer: str
    date: dt.date
    amount: Decimal | None = None
    marks: Sequence[Mark] = ()
    method: str = "BANK"
    reference: str | None = None
    prepayment: bool = False
    full_settlement: bool = False
    currency: str | None = None
    exchange_rate: Decimal | None = None
    posting_profile: str | None = None
    journal_line_id: int | None = None


@dataclass
class _Checked:
    line: PaymentLine
    prefix: str
    customer: Customer
    day: dt.date
    currency: str
    rate: Decimal
    mop: MethodOfPayment
    reference: str | None
    cash: Decimal | None
    profile: PostingProfile
    ar: int
    plan: Plan | None = None  # marked payments: the engine's plan
    txns: dict[int, CustomerTransaction] = field(default_factory=dict)  # the plan's transactions


def _named(prefix: str, exc: ValidationError) -> ValidationError:
    return type(exc)(f"{prefix}{exc.field}", exc.template, **exc.params) if prefix else exc


_CUSTOMERS = select(Customer).where(
    Customer.company_id == bindparam("company"), Customer.account.in_(bindparam("accounts", expanding=True))
)


class _Context:
    def __init__(self, s: Session, company: Company, lines: Sequence[PaymentLine]) -> None:
        self.params = lookup.parameters(s, company.id)
        self.policy = policy(self.params)
        accounts = list({ln.customer for ln in lines if isinstance(ln.customer, str)})
        self.customers: dict[str, Customer] = {}
        seen = lookup.seen_customers(s)
        for chunk in lookup.chunks(accounts):
            for c in s.scalars(_CUSTOMERS, {"company": company.id, "accounts": list(chunk)}):
                self.customers[c.account] = seen[c.id] = c
        self.mops = remembered(
            s,
            company.id,
            ("methods_of_payment",),
            lambda: {
                m.code: m for m in s.scalars(select(MethodOfPayment).where(MethodOfPayment.company_id == company.id))
            },
        )
        self.profiles = ProfileCache(s, company.id)
        self.closed = closed_ranges(s, company.id)


def _check(s: Session, company: Company, ctx: _Context, line: PaymentLine, prefix: str) -> _Checked:
    if not isinstance(line, PaymentLine):
        raise ValidationError(prefix.rstrip(".") or "line", "must be a PaymentLine")
    text = lookup.code_text(line.customer, "customer", max_len=30)
    cust = ctx.customers.get(text)
    if cust is None:
        raise NotFoundError("customer", "there is no customer {text!r}", text=text)
    day = a_date(line.date, "date")
    refuse_closed(ctx.closed, day)
    for key in ("prepayment", "full_settlement"):
        if not isinstance(getattr(line, key), bool):
            raise ValidationError(key, "must be True or False")
    cur = cust.currency if line.currency is None else currency_code(line.currency, "currency")
    rate = exchange_rate(company, cur, line.exchange_rate, s, day)
    method = lookup.code_text(line.method, "method")
    mop = ctx.mops.get(method)
    if mop is None:
        raise NotFoundError("method", "there is no method of payment {method!r}", method=method)
    if mop.account_id is None:
        raise ValidationError("method", "method of payment {code} has no account to post to", code=mop.code)
    ref = optional_text(line.reference, "reference", max_len=100)
    cash = None if line.amount is None else money(line.amount, "amount", currency=cur, positive=True, allow_zero=False)
    if cash is not None:
        converted(cash, rate, company, cur)  # a rate that makes the payment zero is refused
    if line.prepayment and line.marks:
        raise ValidationError("marks", "a prepayment is settled against its invoice later, not when it is posted")
    if cash is None and not line.marks:
        raise ValidationError("amount", "give the amount received, or mark what it pays")
    profile = ctx.profiles.profile(cust, line.posting_profile, "posting_profile", prepayment=line.prepayment)
    ar = ctx.profiles.receivable(profile, cust, "posting_profile")
    return _Checked(line, prefix, cust, day, cur, rate, mop, ref, cash, profile, ar)


def _plan_marked(s: Session, company: Company, ctx: _Context, c: _Checked) -> None:
    items, c.txns = load_items(
        s,
        company,
        c.customer,
        c.day,
        c.line.marks,
        ctx.policy,
        journal_line_id=c.line.journal_line_id,
        currency=c.currency,
    )
    c.plan = (
        settlement_engine.plan_payment(items, c.cash, ctx.policy, full_settlement=c.line.full_settlement)
        if items
        else Plan([], payment=c.cash)
    )


class _OpenDebits:
    """Open debits of the batch's customers in settlement order (DOMAIN 4.9), read once."""

    def __init__(self, s: Session, company: Company, ctx: _Context, customer_ids: set[int]) -> None:
        settle_ok = [p.id for p in ctx.profiles.by_id.values() if p.settle]
        self.by_customer: dict[int, list[CustomerTransaction]] = {}
        rows: list[CustomerTransaction] = []
        for chunk in lookup.chunks(list(customer_ids)):
            rows += s.scalars(
                select(CustomerTransaction).where(
                    CustomerTransaction.company_id == company.id,
                    CustomerTransaction.customer_id.in_(chunk),
                    is_open(),
                    CustomerTransaction.balance > 0,
                    CustomerTransaction.posting_profile_id.in_(settle_ok),
                    CustomerTransaction.kind != "bill_of_exchange",  # the bank settles bills (services.bills)
                )
            ).all()
        for t in sorted(rows, key=settlement_engine.priority_key(ctx.policy)):
            self.by_customer.setdefault(t.customer_id, []).append(t)
        self.schedules = discount_periods(s, [t.id for t in rows if t.cash_discount_id])

    def plan(
        self, credit: CustomerTransaction, day: dt.date, rules: Policy, locked: set[int]
    ) -> tuple[Plan | None, dict[int, CustomerTransaction]]:
        """Spend the credit on the customer's open debits in order (their balances as they stand after
        the batch's earlier payments); (None, {}) when there is nothing to settle."""
        debits = [
            t
            for t in self.by_customer.get(credit.customer_id, ())
            if t.balance > 0 and t.currency == credit.currency and t.id not in locked
        ]
        plan = settlement_engine.automatic(
            (open_of(t, self.schedules.get(t.id, ())) for t in debits), open_of(credit), day, rules
        )
        if plan is None:
            return None, {}
        used = {i.open.id for i in plan.items}
        return plan, {t.id: t for t in debits if t.id in used} | {credit.id: credit}


def post_many(
    s: Session, company: Company, lines: Sequence[PaymentLine], prefixes: Sequence[str] | None = None
) -> list[CustomerTransaction]:
    """Post the payments, all or nothing; errors name the line by its prefix ("lines[3]." ...)."""
    if prefixes is None:
        prefixes = [f"lines[{i}]." for i in range(len(lines))]
    ctx = _Context(s, company, lines)
    checked = []
    marked: set[int] = set()
    for line, prefix in zip(lines, prefixes, strict=True):
        try:
            c = _check(s, company, ctx, line, prefix)
            if line.marks:
                _plan_marked(s, company, ctx, c)
        except ValidationError as exc:
            raise _named(prefix, exc) from None
        if c.plan is not None:
            for item in c.plan.items:
                if item.open.id in marked:
                    raise ValidationError(
                        f"{prefix}marks",
                        "{number} is marked on another line too",
                        number=item.open.number,
                    )
                marked.add(item.open.id)
        checked.append(c)
    if not checked:
        return []
    specs, items = [], []
    acc_places = currency_places(company.currency)
    for c in checked:
        total = c.plan.payment if c.plan is not None else c.cash
        total_acc = round_money(total * c.rate, acc_places)
        label = f"Payment {c.customer.account} {c.customer.name}"[:200]
        specs.append(
            VoucherSpec(
                c.day,
                "payment",
                [
                    Entry(c.mop.account_id, total_acc, c.reference or label, currency=c.currency, amount_cur=total),
                    Entry(c.ar, -total_acc, label, c.customer.id, c.currency, -total),
                ],
                label,
            )
        )
        items.append((c, total, total_acc, label))
    posted = post_vouchers(s, company, specs, sequence="payment_voucher")
    payments = open_rows(
        s,
        company.id,
        [
            OpenItem(
                customer_id=c.customer.id,
                voucher_id=v.id,
                number=v.number,
                kind="prepayment" if c.line.prepayment else "payment",
                date=c.day,
                amount=-total,
                amount_acc=-total_acc,
                currency=c.currency,
                exchange_rate=c.rate,
                account_id=c.ar,
                posting_profile_id=c.profile.id,
                method_of_payment_id=c.mop.id,
                reference=c.reference,
                text=label,
            )
            for v, (c, total, total_acc, label) in zip(posted, items, strict=True)
        ],
    )
    _settle(s, company, ctx, checked, payments)
    return payments


def _settle(
    s: Session, company: Company, ctx: _Context, checked: list[_Checked], payments: list[CustomerTransaction]
) -> None:
    """Each payment's settlement in line order, so a later payment sees what an earlier one settled."""
    wanted = {c.customer.id for c in checked if not c.line.marks and not c.line.prepayment}
    # The legal clearing order (DOMAIN 5.7) is how an unmarked payment is applied: as automatic settlement.
    automatic = ctx.params.automatic_settlement or ctx.params.clearing_order == "legal"
    debits = _OpenDebits(s, company, ctx, wanted) if automatic and wanted else None
    # Automatic settlement leaves alone what is marked in a journal or by another line of the batch.
    locked = {i.open.id for c in checked if c.plan is not None for i in c.plan.items}
    if debits is not None:
        locked |= set(s.scalars(select(JournalMark.transaction_id).where(JournalMark.company_id == company.id)))
    events = NumberPool(s, company.id, "settlement")
    # Every plain cash pair of the batch is written at the end; plans work on the balances in memory.
    batch = settlements.CashBatch(s)
    settled: list[tuple[str, str, int | None, str]] = []  # audit rows: one per document a payment settled
    for c, payment in zip(checked, payments, strict=True):
        if c.plan is not None and c.plan.items:
            plan, credit, txns = c.plan, payment, c.txns
        elif debits is not None and not c.line.marks and not c.line.prepayment:
            plan, txns = debits.plan(payment, c.day, ctx.policy, locked)  # the payment is in the plan
            credit = None
        else:
            continue
        if plan is None:
            continue
        event = events.next()
        if any(i.open.company_id != company.id for i in plan.items):
            event = f"C:{company.id}:{event}"  # spans the group: unsettle finds every company's rows
        carry_out(s, company, plan, txns, c.day, event, credit, flush=False, batch=batch)
        numbers = sorted({i.open.number for i in plan.items} | {payment.number})
        settled += [("settle", n, None, f"settlement {event}") for n in numbers]
    audit.record_many(s, company.id, settled)
    batch.flush(s)
    s.flush()
