"""Settlement benchmarks (issue 4), on books filled by generate.py's bulk loader (all invoices open).

(a) marks: one payment marked against the 1,000 oldest open invoices of one customer, posted with
    Company.post_payment(customer, date, marks=[Mark(n) ...]); target under 0.2 s.
(b) auto:  10,000 payments with an amount and no marks, for customers with open invoices, with the AR
    parameter automatic_settlement on: each payment settles the customer's open invoices by priority
    (due date, date); target over 1,000 payments/s. Then the same payments on new books of the same seed in
    one Company.post_payments() call (all or nothing), when this ardesk has it.

    python benchmarks/settle.py [--only marks|auto] [--payments 10000] [--profile 30]
    python benchmarks/settle.py --only marks --books /tmp/copy-of-1m.db   # (a) on the 1,000,000-invoice books

--profile N runs the timed part under cProfile and prints the N most expensive functions (cumulative and own
time); the figures printed above it then include the profiler's overhead.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import generate
import plan
from sqlalchemy import func, select

from ardesk.api import Books, Company, Mark
from ardesk.models import Customer, CustomerTransaction

DAY = plan.END + dt.timedelta(days=1)  # the day after the generated history
MARKS_TARGET_S = 0.2
AUTO_TARGET = 1000  # payments/s


def make_books(path: str, customers: int, invoices: int, seed: int) -> tuple[Books, Company]:
    """Books with `customers` customers and `invoices` posted, open invoices (generate.py's bulk loader)."""
    books, company = generate.create_books(path)
    su = generate.read_setup(books)
    generate.load(books, su, plan.customers(customers, seed), invoices, seed, "driver")
    return books, company


def open_invoices(books: Books) -> dict[str, list[str]]:
    """Customer account -> numbers of its open invoices, oldest first."""
    out: dict[str, list[str]] = {}
    with books.reading() as s:
        rows = s.execute(
            select(Customer.account, CustomerTransaction.number)
            .join(Customer, Customer.id == CustomerTransaction.customer_id)
            .where(CustomerTransaction.kind == "invoice", CustomerTransaction.closed_date.is_(None))
            .order_by(CustomerTransaction.date, CustomerTransaction.id)
        )
        for account, number in rows:
            out.setdefault(account, []).append(number)
    return out


def profiled(n: int, fn: Callable[[], Any]) -> Any:
    if not n:
        return fn()
    profiler = cProfile.Profile()
    try:
        return profiler.runcall(fn)
    finally:
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(n)
        stats.sort_stats("tottime").print_stats(n)


def bench_marks(folder: str, args: argparse.Namespace) -> None:
    """(a): 60,000 invoices over 200 customers put over 1,000 on each of the two busiest customers."""
    started = time.perf_counter()
    if args.books:  # an existing generate.py file (a copy: the payments are posted to it)
        books = Books.open(args.books)
        co = books.company(generate.COMPANY)
        print(f"(a) books: {args.books}", flush=True)
    else:
        books, co = make_books(os.path.join(folder, "marks.db"), 200, args.marks_invoices, args.seed)
        print(
            f"(a) books: 200 customers, {args.marks_invoices:,} open invoices, made in "
            f"{time.perf_counter() - started:.1f} s",
            flush=True,
        )
    by_customer = open_invoices(books)
    busy = sorted((a for a, n in by_customer.items() if len(n) >= args.marks), key=lambda a: -len(by_customer[a]))
    if not busy:
        raise SystemExit(f"no customer has {args.marks} open invoices; raise --marks-invoices")
    warm = next(a for a in by_customer if a not in busy[: args.repeat])  # compiles the statements once
    co.post_payment(warm, DAY, marks=[Mark(n) for n in by_customer[warm][:5]])
    times = []
    for run, account in enumerate(busy[: args.repeat]):
        marks = [Mark(n) for n in by_customer[account][: args.marks]]
        started, cpu = time.perf_counter(), time.process_time()
        payment = profiled(args.profile if run == 0 else 0, lambda a=account, m=marks: co.post_payment(a, DAY, marks=m))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        times.append(wall)
        left = sum(1 for n in by_customer[account][: args.marks] if co.document(n).balance != 0) if run == 0 else 0
        print(
            f"    customer {account}: 1 payment of {-payment.amount:,.2f} marked against {len(marks):,} invoices "
            f"in {wall:.3f} s ({cpu:.3f} s CPU); invoices left open: {left}",
            flush=True,
        )
    med = statistics.median(times)
    print(
        f"(a) median {med:.3f} s for {args.marks:,} marks over {len(times)} customer(s) "
        f"(target < {MARKS_TARGET_S} s: {'met' if med < MARKS_TARGET_S else 'MISSED'})"
    )
    check(co)
    books.close()


def bench_auto(folder: str, args: argparse.Namespace) -> None:
    """(b): 1,000 customers and 20,000 open invoices (most customers have 5-30), automatic settlement on."""
    started = time.perf_counter()
    books, co = make_books(os.path.join(folder, "auto.db"), args.auto_customers, args.auto_invoices, args.seed)
    co.set_parameters(automatic_settlement=True)
    accounts = sorted(open_invoices(books))
    print(
        f"(b) books: {args.auto_customers:,} customers ({len(accounts):,} with open invoices), "
        f"{args.auto_invoices:,} open invoices, made in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    rng = random.Random(args.seed)
    work = [(rng.choice(accounts), Decimal(rng.randrange(5_000, 300_000)) / 100) for _ in range(args.payments)]

    def post_all() -> None:
        for account, amount in work:
            co.post_payment(account, DAY, amount)

    started, cpu = time.perf_counter(), time.process_time()
    profiled(args.profile, post_all)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    with books.reading() as s:
        settled = s.scalar(
            select(func.count())
            .select_from(CustomerTransaction)
            .where(CustomerTransaction.kind == "invoice", CustomerTransaction.balance < CustomerTransaction.amount)
        )
    rate = args.payments / wall
    print(
        f"(b) {args.payments:,} payments with automatic settlement in {wall:.2f} s ({cpu:.2f} s CPU) = "
        f"{rate:,.0f} payments/s (target > {AUTO_TARGET:,}: {'met' if rate > AUTO_TARGET else 'MISSED'}); "
        f"{settled:,} invoices (partly) settled"
    )
    check(co)
    books.close()
    if not args.no_bulk:
        bench_auto_bulk(folder, args, work)


def bench_auto_bulk(folder: str, args: argparse.Namespace, work: list[tuple[str, Decimal]]) -> None:
    """(b) again on new books of the same seed, the same payments in one Company.post_payments() call."""
    from ardesk import api

    if not hasattr(api, "PaymentLine"):
        print("(b) bulk: this ardesk has no Company.post_payments")
        return
    books, co = make_books(os.path.join(folder, "auto-bulk.db"), args.auto_customers, args.auto_invoices, args.seed)
    co.set_parameters(automatic_settlement=True)
    lines = [api.PaymentLine(account, DAY, amount) for account, amount in work]
    started, cpu = time.perf_counter(), time.process_time()
    profiled(args.profile, lambda: co.post_payments(lines))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    rate = args.payments / wall
    print(
        f"(b) bulk: the same {args.payments:,} payments in one post_payments() call: {wall:.2f} s ({cpu:.2f} s "
        f"CPU) = {rate:,.0f} payments/s (target > {AUTO_TARGET:,}: {'met' if rate > AUTO_TARGET else 'MISSED'})"
    )
    check(co)
    books.close()


def check(co: Company) -> None:
    problems = [r for r in co.reconcile_receivables() if r.difference != 0]
    balanced = sum(r.debit - r.credit for r in co.trial_balance()) == 0
    print(
        f"    receivables reconcile: {problems or 'yes'}; trial balance zero: {balanced}; peak RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; load average "
        f"{os.getloadavg()[0]:.1f}",
        flush=True,
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--only", choices=("marks", "auto"))
    p.add_argument("--marks", type=int, default=1000, help="(a) invoices marked on the one payment")
    p.add_argument("--marks-invoices", type=int, default=60_000, help="(a) open invoices over 200 customers")
    p.add_argument("--repeat", type=int, default=3, help="(a) payments timed, each for another customer")
    p.add_argument(
        "--books", help="(a) on this generate.py file instead of new books: use a COPY, payments are posted to it"
    )
    p.add_argument("--payments", type=int, default=10_000, help="(b) payments posted")
    p.add_argument("--no-bulk", action="store_true", help="(b) skip the same payments through post_payments()")
    p.add_argument("--auto-customers", type=int, default=1000)
    p.add_argument("--auto-invoices", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profile", type=int, default=0, metavar="N")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="ardesk-settle-") as folder:
        if args.only in (None, "marks"):
            bench_marks(folder, args)
        if args.only in (None, "auto"):
            bench_auto(folder, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
