"""Reusable health checks of a company's books (issue 11.6), for the crash and contention soaks and their tests.

check_books returns a list of defects (empty: healthy) instead of asserting, so that a soak can count and print
them and go on; tests call expect_healthy_books, which asserts the list is empty."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal

from sqlalchemy import select

from ardesk.api import Books, Company
from ardesk.models import Base

_TABLES = Base.metadata.tables
#: At most this many defects of one kind are listed (a broken invariant tends to repeat on every row).
MAX_PER_CHECK = 10


def check_books(books: Books, company: str) -> list[str]:
    """Every defect found in the company's books: unbalanced or incomplete vouchers, a trial balance that does not
    balance, open balances that cross zero or differ from the customer balance, a subledger that differs from the
    receivable ledger, a broken hash chain or damaged SQLite file (Books.verify), and gaps or duplicates in the
    voucher and posted invoice numbers of each number sequence."""
    co = books.company(company)
    defects: list[str] = []
    defects += _vouchers(books, company)
    defects += _trial_balance(co)
    defects += _open_items(co)
    defects += _numbers(books, company)
    verification = books.verify()
    defects += [f"hash chain: {problem}" for problem in verification.chain]
    defects += [f"integrity_check: {line}" for line in verification.file[:MAX_PER_CHECK]]
    return defects


def expect_healthy_books(books: Books, company: str) -> None:
    """For tests: the books pass every check of check_books."""
    defects = check_books(books, company)
    assert defects == [], "\n".join(defects)


def _company_id(books: Books, company: str) -> int:
    with books.engine.connect() as conn:
        return conn.execute(select(_TABLES["company"].c.id).where(_TABLES["company"].c.code == company)).scalar_one()


def _vouchers(books: Books, company: str) -> list[str]:
    """Each voucher's ledger lines sum to zero, and it has exactly the line_count it was written with."""
    voucher, entry = _TABLES["voucher"], _TABLES["ledger_entry"]
    cid = _company_id(books, company)
    totals: dict[int, Decimal] = defaultdict(Decimal)
    counts: dict[int, int] = defaultdict(int)
    with books.engine.connect() as conn:
        for vid, amount in conn.execute(select(entry.c.voucher_id, entry.c.amount).where(entry.c.company_id == cid)):
            totals[vid] += amount
            counts[vid] += 1
        vouchers = conn.execute(
            select(voucher.c.id, voucher.c.number, voucher.c.line_count).where(voucher.c.company_id == cid)
        ).all()
    out: list[str] = []
    known = {vid for vid, _n, _c in vouchers}
    for vid, number, line_count in vouchers:
        if totals.get(vid, Decimal(0)) != 0:
            out.append(f"voucher {number} does not balance: debit minus credit is {totals[vid]}")
        if counts.get(vid, 0) != line_count:
            out.append(f"voucher {number} has {counts.get(vid, 0)} ledger lines, written with {line_count}")
    orphans = set(counts) - known
    if orphans:
        out.append(f"{len(orphans)} voucher id(s) with ledger lines but no voucher: {sorted(orphans)[:5]}")
    return _capped("vouchers", out)


def _trial_balance(co: Company) -> list[str]:
    rows = co.trial_balance()
    debit, credit = sum((r.debit for r in rows), Decimal(0)), sum((r.credit for r in rows), Decimal(0))
    return [] if debit == credit else [f"trial balance: debit {debit} but credit {credit}"]


def _open_items(co: Company) -> list[str]:
    """Open balances never cross zero and never exceed the amount, closed_date is set exactly when nothing is
    open, each customer's balance is its open items, and the subledger equals the receivable ledger."""
    out: list[str] = []
    open_total = Decimal(0)
    for cust in co.customers():
        balance = Decimal(0)
        for t in co.transactions(cust.account):
            if t.balance * t.amount < 0:
                out.append(f"{cust.account} {t.number}: open balance {t.balance} crosses zero (amount {t.amount})")
            if abs(t.balance) > abs(t.amount):
                out.append(f"{cust.account} {t.number}: open balance {t.balance} exceeds its amount {t.amount}")
            if (t.balance == 0) != (t.closed_date is not None):
                out.append(f"{cust.account} {t.number}: balance {t.balance} but closed date {t.closed_date}")
            balance += t.balance
        shown = co.customer_balance(cust.account)
        if shown != balance:
            out.append(f"customer {cust.account}: balance {shown} but open items {balance}")
        open_total += balance
    recon = co.reconcile_receivables()
    for r in recon:
        if r.difference != 0:
            out.append(f"reconciliation {r.account}: subledger {r.subledger}, ledger {r.ledger} ({r.difference:+})")
    subledger = sum((r.subledger for r in recon), Decimal(0))
    if subledger != open_total:
        out.append(f"reconciliation subledger {subledger} but open items {open_total}")
    return _capped("open items", out)


def _numbers(books: Books, company: str) -> list[str]:
    """Gap-free numbering (DOMAIN 3.7): per number sequence, the voucher numbers and posted invoice and credit note
    numbers with its prefix are exactly 1 .. next_number - 1, each once."""
    seq, voucher, invoice = _TABLES["number_sequence"], _TABLES["voucher"], _TABLES["invoice"]
    cid = _company_id(books, company)
    with books.engine.connect() as conn:
        sequences = conn.execute(
            select(seq.c.code, seq.c.prefix, seq.c.width, seq.c.next_number).where(seq.c.company_id == cid)
        ).all()
        numbers = list(conn.execute(select(voucher.c.number).where(voucher.c.company_id == cid)).scalars())
        numbers += conn.execute(
            select(invoice.c.number).where(invoice.c.company_id == cid, invoice.c.status == "posted")
        ).scalars()
    patterns = [
        (code, re.compile(re.escape(prefix) + r"(\d+)$"), next_number) for code, prefix, _w, next_number in sequences
    ]
    found: dict[str, list[int]] = defaultdict(list)
    out: list[str] = []
    for number in numbers:
        if number is None:
            out.append("a posted invoice without a number")
            continue
        for code, pattern, _next in patterns:
            m = pattern.match(number)
            if m:
                found[code].append(int(m.group(1)))
                break
        else:
            out.append(f"number {number} belongs to no number sequence")
    for code, _pattern, next_number in patterns:
        taken = sorted(found.get(code, []))
        if not taken:
            continue
        duplicates = sorted(n for n, times in Counter(taken).items() if times > 1)
        if duplicates:
            out.append(f"sequence {code}: numbers used twice: {duplicates[:10]}")
        missing = sorted(set(range(1, next_number)) - set(taken))
        if missing:
            out.append(f"sequence {code}: gap, numbers missing: {missing[:10]} (next number {next_number})")
        beyond = sorted(n for n in set(taken) if n >= next_number or n < 1)
        if beyond:
            out.append(f"sequence {code}: numbers outside 1..{next_number - 1}: {beyond[:10]}")
    return _capped("numbers", out)


def _capped(check: str, defects: list[str]) -> list[str]:
    if len(defects) <= MAX_PER_CHECK:
        return defects
    return [*defects[:MAX_PER_CHECK], f"{check}: {len(defects) - MAX_PER_CHECK} more defects of this kind"]
