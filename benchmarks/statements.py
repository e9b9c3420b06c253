"""Customer statements benchmark (issue 8): N statements in one Company.print_statements() on big books.

The books come from generate.py (10,000 customers / 1,000,000 invoices over two years, none of them paid). A
statement lists every item open on its end date, so on those books it runs to pages of open items: the run
therefore works on a copy in which each of the N customers paid, on one day (--paid-on), everything that fell
due by --paid-through: one payment per customer settling those invoices, posted in bulk (Company.post_payments)
and timed apart. The N customers are spread evenly over the accounts. Then, for one month (--start, --end):
(a) single Company.statement() calls (the service alone), (b) one print_statements() into a folder, one PDF
per customer, in the worker processes, (c) the same N statements into one combined file.

    python benchmarks/statements.py /tmp/bench-1m.db [--count 1000] [--jobs 0] [--as-generated]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from ardesk.api import Books, Company, Mark, PaymentLine
from ardesk.models import Customer, CustomerTransaction
from ardesk.reports import batch

COMPANY = "BENCH"
PAGE = re.compile(rb"/Type /Page\b")


def pages(path: Path) -> int:
    """Pages of a ReportLab PDF (its page objects; the streams are compressed, the objects are not)."""
    return len(PAGE.findall(path.read_bytes()))


def pay(books: Books, co: Company, accounts: list[str], through: dt.date, on: dt.date) -> None:
    """Each customer pays, on `on`, every invoice open now that fell due by `through` (one payment, marked)."""
    started = time.perf_counter()
    ct = CustomerTransaction
    with books.reading() as s:
        rows = s.execute(
            select(Customer.account, ct.number)
            .join(ct, ct.customer_id == Customer.id)
            .where(Customer.account.in_(accounts), ct.closed_date.is_(None), ct.balance > 0, ct.due_date <= through)
            .order_by(Customer.account, ct.due_date, ct.id)
        ).all()
    marks: dict[str, list[Mark]] = {}
    for account, number in rows:
        marks.setdefault(account, []).append(Mark(number))
    lines = [PaymentLine(account, on, marks=found, reference=f"Settled {through}") for account, found in marks.items()]
    for i in range(0, len(lines), 50):
        co.post_payments(lines[i : i + 50])
    wall = time.perf_counter() - started
    print(f"prepared: {len(lines)} payments settling {len(rows):,} invoices due by {through}, in {wall:.1f} s")


def children_cpu() -> float:
    """CPU seconds of the ended child processes (the print run's workers, once its pool has shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("books", help="an SQLite file made by generate.py (copied unless --as-generated)")
    parser.add_argument("--count", type=int, default=1000, help="statements (customers) in the batch")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: the product's default)")
    parser.add_argument("--start", type=dt.date.fromisoformat, default=dt.date(2026, 11, 1))
    parser.add_argument("--end", type=dt.date.fromisoformat, default=dt.date(2026, 11, 25))
    parser.add_argument("--paid-through", type=dt.date.fromisoformat, default=dt.date(2026, 10, 20))
    parser.add_argument("--paid-on", type=dt.date.fromisoformat, default=dt.date(2026, 11, 3))
    parser.add_argument("--as-generated", action="store_true", help="no payments: statements of every open item")
    parser.add_argument("--single", type=int, default=100, help="single Company.statement() calls to time")
    parser.add_argument("--skip-combined", action="store_true")
    args = parser.parse_args()
    jobs = args.jobs or batch.default_jobs()
    with tempfile.TemporaryDirectory(prefix="ardesk-statements-", dir="/tmp") as folder:
        target = args.books
        if not args.as_generated:
            target = os.path.join(folder, "books.db")
            started = time.perf_counter()
            shutil.copyfile(args.books, target)
            print(f"copied {args.books} in {time.perf_counter() - started:.1f} s")
        with Books.open(target) as books:
            co = books.company(COMPANY)
            ids = co.customer_ids(sort="account")
            step = max(1, len(ids) // args.count)
            accounts = [c.account for c in co.customer_rows(ids[::step][: args.count])]
            if not args.as_generated:
                pay(books, co, accounts, args.paid_through, args.paid_on)
            print(f"{len(accounts)} customers {accounts[0]}..{accounts[-1]} (every {step}th), {args.start}..{args.end}")
            run(co, accounts, args, jobs, Path(folder))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")


def run(co: Company, accounts: list[str], args: argparse.Namespace, jobs: int, folder: Path) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    lines = items = 0
    for account in accounts[: args.single]:
        st = co.statement(account, args.start, args.end)
        lines, items = lines + len(st.lines), items + len(st.open_items)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = min(args.single, len(accounts))
    print(
        f"(a) {n} Company.statement() calls: {wall / n * 1000:.1f} ms each ({cpu / n * 1000:.1f} ms CPU); "
        f"{lines / n:.1f} movements and {items / n:.1f} open items a statement"
    )

    out = folder / "out"
    out.mkdir()
    cpu, wall, workers = time.process_time(), time.perf_counter(), children_cpu()
    files = co.print_statements(args.start, args.end, out, customers=accounts, with_balance_only=False, jobs=jobs)
    wall, cpu, workers = time.perf_counter() - wall, time.process_time() - cpu, children_cpu() - workers
    assert len(files) == len(accounts), (len(files), len(accounts))
    total = sum(pages(f) for f in files)
    size = sum(f.stat().st_size for f in files) / len(files)
    print(
        f"(b) {len(files)} statements, one PDF each, one print_statements() with {jobs} worker processes: "
        f"{wall:.2f} s = {len(files) / wall:.0f} statements/s ({total / wall:.0f} pages/s); "
        f"{total / len(files):.2f} pages and {size / 1024:.1f} KiB a statement; CPU {cpu:.2f} s in this process, "
        f"{workers:.2f} s in the workers (start-up included): {(cpu + workers) / len(files) * 1000:.1f} ms a statement"
    )

    if not args.skip_combined:
        combined = folder / "all.pdf"
        cpu, wall = time.process_time(), time.perf_counter()
        co.print_statements(args.start, args.end, combined, customers=accounts, with_balance_only=False, combined=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"(c) the same {len(accounts)} statements combined into one file (one process): {wall:.2f} s = "
            f"{len(accounts) / wall:.0f} statements/s; {pages(combined)} pages, "
            f"{combined.stat().st_size / 1e6:.1f} MB; CPU {cpu:.2f} s"
        )


if __name__ == "__main__":
    main()
