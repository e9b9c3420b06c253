"""Batch posting benchmark (issue 3): save N draft invoices, then time one Company.post_drafts() call.

Fresh books in a temporary SQLite file (or --books PATH, which must not exist): a company with terms, a cash
discount and two tax codes, C customers, then N drafts of 1-5 lines each saved through Company.save_draft
(timed apart: that is data entry, not posting). The figure is invoices/s of the single post_drafts() call,
which numbers, posts to the ledger and opens the customer transactions of all drafts in one transaction.

    python benchmarks/post_drafts.py [--drafts 10000] [--customers 200] [--profile 25]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import random
import resource
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from ardesk.api import Books, Company, Line

DATE = dt.date(2026, 6, 1)
TARGET = 2000  # invoices/s


def setup(books: Books, customers: int) -> Company:
    co = books.create_company("BENCH", "Benchmark Trading B.V.", "EUR")
    co.create_terms_of_payment("N30", days=30)
    co.create_cash_discount("2D10", [(10, Decimal(2))])
    co.create_sales_tax("HIGH", Decimal(21))
    co.create_sales_tax("LOW", Decimal(9))
    for i in range(customers):
        co.create_customer(f"C{i:05d}", f"Customer {i}", terms="N30", cash_discount="2D10" if i % 3 == 0 else None)
    return co


def save_drafts(co: Company, count: int, customers: int, seed: int) -> list[int]:
    rnd = random.Random(seed)
    ids = []
    for i in range(count):
        lines = [
            Line(
                f"Article {rnd.randrange(1000)}",
                quantity=Decimal(rnd.randint(1, 9)),
                unit_price=Decimal(rnd.randint(100, 99_999)) / 100,
                tax=rnd.choice(("HIGH", "HIGH", "LOW")),
            )
            for _ in range(rnd.randint(1, 5))
        ]
        ids.append(co.save_draft(f"C{rnd.randrange(customers):05d}", DATE + dt.timedelta(days=i % 28), lines))
    return ids


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--drafts", type=int, default=10_000)
    p.add_argument("--customers", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--books", help="SQLite file to create (default: a temporary one)")
    p.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="run post_drafts under cProfile and print the N most expensive functions",
    )
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="ardesk-post-") as folder:
        path = args.books or os.path.join(folder, "books.db")
        if Path(path).exists():
            p.error(f"{path} exists")
        with Books.open(path) as books:
            co = setup(books, args.customers)
            started = time.perf_counter()
            save_drafts(co, args.drafts, args.customers, args.seed)
            saved = time.perf_counter() - started
            profiler = cProfile.Profile() if args.profile else None
            started, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            result = co.post_drafts()
            if profiler:
                profiler.disable()
            posted, cpu = time.perf_counter() - started, time.process_time() - cpu
            problems = [r for r in co.reconcile_receivables() if r.difference != 0]
            balanced = sum(r.debit - r.credit for r in co.trial_balance()) == 0
        size = os.path.getsize(path)
    rate = len(result.posted) / posted
    print(f"saved {args.drafts:,} drafts in {saved:.1f} s ({args.drafts / saved:,.0f} drafts/s, one transaction each)")
    print(
        f"post_drafts(): {len(result.posted):,} posted, {len(result.errors)} errors, stopped={result.stopped} "
        f"in {posted:.2f} s ({cpu:.2f} s CPU) = {rate:,.0f} invoices/s "
        f"(target > {TARGET:,}: {'met' if rate > TARGET else 'MISSED'})"
    )
    print(
        f"receivables reconcile: {problems or 'yes'}; trial balance zero: {balanced}; "
        f"file {size / 1e6:.1f} MB; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0 if result.posted and not result.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
