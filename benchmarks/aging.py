"""Time Company.aging for every customer against a hand-written SQL GROUP BY over the same books, in one run."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import plan
from sqlalchemy import text

from ardesk.api import Books
from ardesk.models import AgingSnapshot, AgingSnapshotCustomer, AgingSnapshotLine, Base
from ardesk.services import lookup

AS_OF = plan.END
COMPANY = "BENCH"  # the company generate.py makes

#: The hand-written query: the default definition's buckets (days past the due date, else the document
#: date) over the items open now, as one would write it with the date bounds worked out in Python. It
#: leaves out what ardesk adds (balances as of the date: settlements after it undone; the overdue sum; the
#: credit limit), so on books with no settlement after the date both give the same buckets and totals.
HAND_SQL = """
SELECT c.account, c.name, a.current, a.d1_30, a.d31_60, a.d61_90, a.over_90, a.total
FROM (
    SELECT t.customer_id,
        SUM(CASE WHEN COALESCE(t.due_date, t.document_date) >= :d0 THEN t.balance_acc END) AS current,
        SUM(CASE WHEN COALESCE(t.due_date, t.document_date) BETWEEN :d30 AND :d1 THEN t.balance_acc END) AS d1_30,
        SUM(CASE WHEN COALESCE(t.due_date, t.document_date) BETWEEN :d60 AND :d31 THEN t.balance_acc END) AS d31_60,
        SUM(CASE WHEN COALESCE(t.due_date, t.document_date) BETWEEN :d90 AND :d61 THEN t.balance_acc END) AS d61_90,
        SUM(CASE WHEN COALESCE(t.due_date, t.document_date) <= :d91 THEN t.balance_acc END) AS over_90,
        SUM(t.balance_acc) AS total
    FROM customer_transaction t
    WHERE t.company_id = :company AND t.closed_date IS NULL AND t.balance <> 0 AND t.date <= :as_of
    GROUP BY t.customer_id
    HAVING SUM(t.balance_acc) <> 0
) a JOIN customer c ON c.id = a.customer_id
ORDER BY c.account
"""


def hand_written(books: Books, company_id: int, as_of: dt.date) -> list[tuple[str, tuple[Decimal, ...]]]:
    """Rows of HAND_SQL: (account, (buckets..., total)), thousandths turned into Decimal."""
    days = {f"d{n}": as_of - dt.timedelta(days=n) for n in (0, 1, 30, 31, 60, 61, 90, 91)}
    with books.engine.connect() as conn:
        rows = conn.execute(text(HAND_SQL), {"company": company_id, "as_of": as_of, **days}).all()
    return [(r[0], tuple(Decimal(v or 0).scaleb(-3) for v in r[2:])) for r in rows]


def timed(fn: Callable[[], Any], runs: int) -> tuple[list[float], list[float], Any]:
    """Wall and CPU seconds of each run, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("path", help="books made by generate.py: an SQLite file or an SQLAlchemy URL")
    p.add_argument("--runs", type=int, default=5, help="timed runs of each (after one warm-up run)")
    p.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    p.add_argument(
        "--snapshot",
        action="store_true",
        help="also time take_aging_snapshot and reading it back (writes to the books; adds the snapshot tables)",
    )
    args = p.parse_args(argv)
    books = Books.open(args.path)
    co = books.company(COMPANY)
    with books.reading() as s:
        company_id = lookup.company(s, co.code).id
    as_of = args.as_of

    # One warm-up each: the page cache and SQLAlchemy's statement cache, as in a program that runs a while.
    ours = co.aging(as_of)
    hand = hand_written(books, company_id, as_of)
    same = [(r.customer, (*r.buckets.values(), r.total)) for r in ours] == hand
    a_walls, a_cpus, ours = timed(lambda: co.aging(as_of), args.runs)
    h_walls, h_cpus, hand = timed(lambda: hand_written(books, company_id, as_of), args.runs)
    with books.engine.connect() as conn:
        items = conn.execute(text("SELECT COUNT(*) FROM customer_transaction")).scalar()
    load = os.getloadavg()[0]
    print(f"books: {args.path}  ({items:,} customer transactions, {len(ours):,} customers with a balance)")
    print(f"as of {as_of}, {args.runs} runs after a warm-up, load average {load:.1f}; results identical: {same}")
    print(f"{'':32}{'median s':>10}{'best s':>10}{'CPU s':>10}")
    a_med, h_med = statistics.median(a_walls), statistics.median(h_walls)
    print(f"{'co.aging(as_of)':32}{a_med:>10.3f}{min(a_walls):>10.3f}{statistics.median(a_cpus):>10.3f}")
    print(f"{'hand-written SQL GROUP BY':32}{h_med:>10.3f}{min(h_walls):>10.3f}{statistics.median(h_cpus):>10.3f}")
    print(f"ratio co.aging / hand-written: {a_med / h_med:.2f} (median), {min(a_walls) / min(h_walls):.2f} (best)")
    if args.snapshot:
        tables = [
            Base.metadata.tables[m.__tablename__] for m in (AgingSnapshot, AgingSnapshotCustomer, AgingSnapshotLine)
        ]
        Base.metadata.create_all(books.engine, tables=tables)  # books made before the snapshot tables existed
        s_walls, _, info = timed(lambda: co.take_aging_snapshot(as_of, taken_on=as_of), 1)
        r_walls, _, back = timed(lambda: co.aging_snapshot(), args.runs)
        print(f"{'take_aging_snapshot':32}{s_walls[0]:>10.3f}  ({len(info.rows):,} customers stored)")
        print(
            f"{'aging_snapshot (read back)':32}{statistics.median(r_walls):>10.3f}  equal to live: {back.rows == ours}"
        )
    books.close()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
