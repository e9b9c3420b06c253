"""AR to GL reconciliation as of any cut-off date, per summary account, with each difference's cause (DOMAIN 9).

For each summary (receivable) account S and cut-off date d:

    subledger = the remaining balances as of d (accounting currency) of the customer transactions posted to S
    ledger    = the GL balance of S as of d (entries dated on or before d)
    difference = subledger - ledger

The subledger uses definitions.AsOf, the same "balance as of" as the aging, so the aged-balance total as of d
equals the subledger total. On consistent books every difference is zero.

Where an account differs, the difference is taken apart voucher by voucher, exactly: a voucher's ledger
movement on S against the subledger movement it explains (the customer transactions it posted to S, and
the settlements it recorded, counted as the AsOf view counts them, an undone settlement cancelled by its
undoing voucher). The vouchers left with a difference are listed with the usual cause (DOMAIN 9):

* ``journal``: a ledger posting to the receivable account that no customer transaction explains (a
  manual GL journal, an import, a change made outside ardesk: ardesk itself refuses journals on
  receivable accounts, services.ledger_journal);
* ``cross_account``: a settlement between transactions on different summary accounts (the balance moves
  from one account to the other in the subledger, while the ledger never moved it);
* ``rounding``: less than one minor unit per line of the voucher;
* ``no_ledger``: a customer transaction whose voucher has no ledger line on S (changed outside ardesk);
* ``mismatch``: the voucher posted a different amount to S than its customer transactions say.

ARDESK choice: the causes are computed only for accounts whose totals differ; two mistakes that cancel out
within one account are not looked for (the totals then agree, which is what the close needs).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ardesk.models import Account, Company, CustomerTransaction, LedgerEntry, Settlement, Voucher
from ardesk.money import currency_places
from ardesk.services import definitions, lookup
from ardesk.services.ledger_journal import receivable_account_ids

CT = CustomerTransaction
ZERO = Decimal("0.00")

#: The causes a difference can have, in the order a report lists them.
CAUSES = ("journal", "cross_account", "no_ledger", "mismatch", "rounding")


@dataclass(frozen=True)
class ReconciliationRow:
    account: str
    subledger: Decimal
    ledger: Decimal
    difference: Decimal


@dataclass(frozen=True)
class Difference:
    """Part of an account's difference (subledger - ledger) and its cause. voucher: the voucher number
    (None for settlements recorded without a voucher); customers: the accounts involved, if any."""

    cause: str
    amount: Decimal
    voucher: str | None = None
    date: dt.date | None = None
    text: str = ""
    customers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReconciliationLine:
    """One summary account: the subledger against the GL balance, and what explains the difference."""

    account: str
    name: str
    subledger: Decimal
    ledger: Decimal
    difference: Decimal
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True)
class Reconciliation:
    as_of: dt.date
    lines: tuple[ReconciliationLine, ...]
    aging_total: Decimal
    currency: str
    totals: tuple[Decimal, Decimal, Decimal] = field(default=(ZERO, ZERO, ZERO))  # subledger, ledger, difference

    @property
    def balanced(self) -> bool:
        return all(line.difference == 0 for line in self.lines) and self.aging_total == self.totals[0]


def _subledger(s: Session, company_id: int, as_of: dt.date | None) -> dict[int, Decimal]:
    if as_of is None:
        q = select(CT.account_id, func.sum(CT.balance_acc)).where(CT.company_id == company_id, definitions.is_open())
        return dict(s.execute(q.group_by(CT.account_id)).all())
    view = definitions.as_of(as_of)
    q = view.join(select(CT.account_id, func.sum(view.balance_acc))).where(CT.company_id == company_id, view.is_open())
    return dict(s.execute(q.group_by(CT.account_id)).all())


def _ledger(s: Session, company_id: int, ids: Iterable[int], as_of: dt.date | None) -> dict[int, Decimal]:
    q = select(LedgerEntry.account_id, func.sum(LedgerEntry.amount)).where(
        LedgerEntry.company_id == company_id, LedgerEntry.account_id.in_(list(ids))
    )
    if as_of is not None:
        q = q.where(LedgerEntry.date <= as_of)
    return dict(s.execute(q.group_by(LedgerEntry.account_id)).all())


def reconcile_receivables(s: Session, company_id: int, as_of: dt.date | None = None) -> list[ReconciliationRow]:
    """Per summary account: the subledger as of the date (now: None) against the GL balance, by account."""
    sub = _subledger(s, company_id, as_of)
    ids = receivable_account_ids(s, company_id) | set(sub)
    numbers = dict(s.execute(select(Account.id, Account.number).where(Account.id.in_(ids))).all())
    gl = _ledger(s, company_id, ids, as_of)
    rows = []
    for a in ids:
        subledger, ledger = sub.get(a) or ZERO, gl.get(a) or ZERO
        rows.append(ReconciliationRow(numbers[a], subledger, ledger, subledger - ledger))
    return sorted(rows, key=lambda r: r.account)


def reconciliation(s: Session, company: Company, as_of: dt.date, aging_total: Decimal) -> Reconciliation:
    """The reconciliation as of the date with names, the causes of every difference and the aging total."""
    rows = reconcile_receivables(s, company.id, as_of)
    accounts = {
        number: (aid, name)
        for aid, number, name in s.execute(
            select(Account.id, Account.number, Account.name).where(
                Account.company_id == company.id, Account.number.in_([r.account for r in rows])
            )
        )
    }
    places = currency_places(company.currency)
    lines = []
    for r in rows:
        aid, name = accounts[r.account]
        causes = () if r.difference == 0 else tuple(explain(s, company.id, aid, as_of, places))
        lines.append(ReconciliationLine(r.account, name, r.subledger, r.ledger, r.difference, causes))
    totals = (
        sum((r.subledger for r in rows), ZERO),
        sum((r.ledger for r in rows), ZERO),
        sum((r.difference for r in rows), ZERO),
    )
    return Reconciliation(as_of, tuple(lines), aging_total, company.currency, totals)


def explain(s: Session, company_id: int, account_id: int, as_of: dt.date, places: int = 2) -> list[Difference]:
    """The vouchers whose movement on the account differs between subledger and ledger as of the date
    (see the module docstring), largest first; their amounts add up to the account's difference."""
    ledger: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    lines: dict[int | None, int] = defaultdict(int)
    for vid, amount, count in s.execute(
        select(LedgerEntry.voucher_id, func.sum(LedgerEntry.amount), func.count())
        .where(LedgerEntry.company_id == company_id, LedgerEntry.account_id == account_id, LedgerEntry.date <= as_of)
        .group_by(LedgerEntry.voucher_id)
    ):
        ledger[vid] += amount
        lines[vid] += count
    sub: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    customers: dict[int | None, set[int]] = defaultdict(set)
    transactions: set[int | None] = set()
    for vid, amount in s.execute(
        select(CT.voucher_id, func.sum(CT.amount_acc))
        .where(CT.company_id == company_id, CT.account_id == account_id, CT.date <= as_of)
        .group_by(CT.voucher_id)
    ):
        sub[vid] += amount
        transactions.add(vid)
    cross: set[int | None] = set()
    for key, amount, other_account, customer in _settlement_effects(s, company_id, account_id, as_of):
        sub[key] += amount
        customers[key].add(customer)
        if other_account != account_id:
            cross.add(key)
    keys = [k for k in set(ledger) | set(sub) if sub[k] - ledger[k] != 0]
    vouchers = {
        vid: (number, day, text)
        for vid, number, day, text in s.execute(
            select(Voucher.id, Voucher.number, Voucher.date, Voucher.text).where(
                Voucher.id.in_([k for k in keys if k is not None])
            )
        )
    }
    accounts = lookup.customer_accounts(s, {c for k in keys for c in customers[k]})
    unit = Decimal(1).scaleb(-places)
    out = []
    for k in keys:
        diff = sub[k] - ledger[k]
        number, day, text = vouchers.get(k, (None, None, ""))
        if k in cross:
            cause = "cross_account"
        elif k not in transactions and k in ledger and not customers[k]:
            cause = "journal"
        elif k not in ledger:
            cause = "no_ledger"
        elif abs(diff) < unit * max(lines[k], 1):
            cause = "rounding"
        else:
            cause = "mismatch"
        who = tuple(sorted(accounts[c] for c in customers[k] if c in accounts))
        out.append(Difference(cause, diff, number, day, text, who))
    return sorted(out, key=lambda d: (CAUSES.index(d.cause), -abs(d.amount), d.voucher or ""))


def _settlement_effects(
    s: Session, company_id: int, account_id: int, as_of: dt.date
) -> list[tuple[int | None, Decimal, int, int]]:
    """How settlements moved balances on the account as of the date, per voucher key: (voucher id, signed
    amount in accounting currency, the other side's account, customer id). A settlement in force on the
    day counts on its voucher; one undone by the day counts on its voucher and, reversed, on the undoing
    voucher (so they cancel, as their vouchers do in the ledger)."""
    debit, credit = aliased(CT), aliased(CT)
    dated = and_(Settlement.company_id == company_id, Settlement.date <= as_of)
    touches = or_(debit.account_id == account_id, credit.account_id == account_id)
    q = (
        select(
            Settlement.voucher_id,
            Settlement.unsettle_voucher_id,
            Settlement.unsettled_date,
            Settlement.amount_acc,
            Settlement.exchange_result,
            debit.account_id,
            debit.customer_id,
            credit.account_id,
            credit.customer_id,
        )
        .join(debit, debit.id == Settlement.debit_id)
        .join(credit, credit.id == Settlement.credit_id)
        .where(dated, touches)
    )
    out: list[tuple[int | None, Decimal, int, int]] = []
    for vid, undo_vid, undone, amount, exchange, d_acc, d_cust, c_acc, c_cust in s.execute(q):
        parts = []
        if d_acc == account_id:
            parts.append((-amount, c_acc, d_cust))
        if c_acc == account_id:
            parts.append((amount + exchange, d_acc, c_cust))
        for value, other, customer in parts:
            if value == 0:
                continue
            out.append((vid, value, other, customer))
            if undone is not None and undone <= as_of:
                out.append((undo_vid, -value, other, customer))
    return out
