"""Collection letter and interest note runs on big books (issue 8): the runs, and posting what they propose.

The books come from generate.py (10,000 customers / 1,000,000 open invoices over two years, posting profile GEN,
none of them paid). The script works on a copy (--work, deleted at the end unless --keep) and first does what a
bookkeeper would: an interest code R8 (8 % a year per day), a letter sequence DUN of three steps (L1 after 7 days,
L2 14 days later with a fee of 15.00, L3 14 days later with the BIK collection costs and a block), both on the
posting profile GEN; then --payments invoices are paid in bulk (Company.post_payments, one marked payment each,
20 days after the due date): every other one in part (a third of it: the declining-balance path of the interest
calculation), the others in full (paid late: interest up to the payment day). Then it times:

(a) the letter run Company.create_collection_letters(--date) and posting --post of its letters, spread evenly
    over the run, each its own call (Company.post_collection_letter); with --rounds 2 or 3 the next runs 14 and
    28 days later propose the next steps of the posted items (fees, then BIK costs and block), and the letters
    of the same customers are posted (up to --post);
(b) the interest run Company.create_interest_notes(--date) and posting --post of its notes, spread evenly
    (Company.post_interest_note).

Each prints wall and CPU seconds, rows per second, SQL statements and peak RSS (of the process so far).
--indexes times only the runs' item queries without and with a candidate index, in a rolled-back transaction.

    python benchmarks/collection_runs.py [--books /tmp/bench-1m.db] [--date 2026-11-25] [--post 1000]
        [--payments 4000] [--rounds 1|3] [--only letters|notes] [--profile 30] [--explain] [--indexes]
        [--keep] [--no-gc] [--cache-mb 64]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import os
import pstats
import resource
import shutil
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import plan
import queries
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from ardesk.api import Books, Company, InterestVersion, LetterStep, Mark, PaymentLine
from ardesk.models import Customer, CustomerTransaction
from ardesk.services import interest_notes as interest_notes_service
from ardesk.services import letters as letters_service
from ardesk.services import lookup

T = TypeVar("T")
COMPANY = "BENCH"
PROFILE = "GEN"  # generate.py: every customer uses the default profile, every transaction is posted with GEN
PAYMENTS_PER_CALL = 500
#: Statements of a timed phase slower than this get their plan shown with --explain.
EXPLAIN_S = 0.2


class Counter:
    """Counts the SQL statements run on an engine."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "after_cursor_execute", self._after)

    def _after(self, *_: object) -> None:
        self.count += 1


class Bench:
    def __init__(self, books: Books, args: argparse.Namespace) -> None:
        self.books, self.args = books, args
        self.counter = Counter(books.engine)
        self.recorder = queries.Recorder(books.engine) if args.explain else None

    def timed(self, label: str, fn: Callable[[], T], rows: Callable[[T], str]) -> tuple[T, float]:
        """Run fn once (under cProfile with --profile) and print its figures; returns (result, wall seconds)."""
        statements = self.counter.count
        since = len(self.recorder.statements) if self.recorder else 0
        profiler = cProfile.Profile() if self.args.profile else None
        if self.args.no_gc:
            gc.disable()
        cpu, wall = time.process_time(), time.perf_counter()
        result = profiler.runcall(fn) if profiler else fn()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        gc.enable()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{label}: {wall:.2f} s (CPU {cpu:.2f} s); {rows(result)}; "
            f"{self.counter.count - statements:,} SQL statements; peak RSS {rss:.0f} MB; "
            f"load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        if profiler:
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("cumulative").print_stats(self.args.profile)
            stats.sort_stats("tottime").print_stats(self.args.profile)
        if self.recorder:
            slow = self.recorder.slow(since, EXPLAIN_S)
            with self.books.engine.connect() as conn:
                print("\n".join(queries.explain(conn, slow)), flush=True)
        return result, wall


#: Candidate indexes for the runs' one big query each, tried in a rolled-back transaction (--indexes).
INDEXES = (
    "CREATE INDEX bench_ct_runs_cover ON customer_transaction (company_id, customer_id, closed_date, due_date, "
    "document_date, date, kind, currency, amount, balance, posting_profile_id, number)",
)


def try_indexes(books: Books, day: dt.date) -> None:
    """Time the item queries of both runs (letters._open_items, interest_notes._candidates) without and with
    each candidate index, inside a transaction that is rolled back (the file is unchanged), as indexes.py does."""
    with books.reading() as s:
        company_id = lookup.company(s, COMPANY).id
    recorder = queries.Recorder(books.engine)
    checks: list[tuple[str, Callable[[Session], list[Any]]]] = [
        ("letters._open_items", lambda s: letters_service._open_items(s, company_id, day, None)),
        (
            "interest_notes._candidates",
            lambda s: interest_notes_service._candidates(s, company_id, day, ("invoice",), True, None),
        ),
    ]
    for ddl in ("", *INDEXES):
        with books.engine.connect() as conn:
            tx = conn.begin()
            try:
                print(ddl or "(no new index)", flush=True)
                if ddl:
                    started = time.perf_counter()
                    conn.exec_driver_sql(ddl)
                    print(f"    {'create index':<30}{time.perf_counter() - started:>8.2f} s", flush=True)
                for label, fn in checks:
                    with Session(bind=conn) as s:
                        fn(s)  # warm
                        since = len(recorder.statements)
                        started = time.perf_counter()
                        rows = fn(s)
                        wall = time.perf_counter() - started
                    print(f"    {label:<30}{wall:>8.2f} s{len(rows):>12,} rows", flush=True)
                    slowest = max(recorder.statements[since:], key=lambda r: r[2])
                    print("\n".join(queries.explain(conn, [slowest[:2]])[1:]), flush=True)
            finally:
                tx.rollback()


def set_up(co: Company) -> None:
    """What the bookkeeper sets up: an interest code and a letter sequence on the profile the books use."""
    if not any(c.code == "R8" for c in co.interest_codes()):
        co.create_interest_code("R8", [InterestVersion(dt.date(2020, 1, 1), Decimal("8"))], description="8 % a year")
    if not any(q.code == "DUN" for q in co.collection_letter_sequences()):
        co.create_collection_letter_sequence(
            "DUN",
            [
                LetterStep("L1", 7, description="Reminder"),
                LetterStep("L2", 14, fee=Decimal("15.00"), description="Second reminder"),
                LetterStep("L3", 14, fee="bik", block=True, description="Final demand"),
            ],
        )
    co.set_posting_profile_collections(PROFILE, interest_code="R8", collection_letter_sequence="DUN")


def pay(books: Books, co: Company, count: int, day: dt.date) -> None:
    """Pay `count` open invoices due before day - 30, spread over the books, 20 days late: every other one a
    third of its amount (left open), the others in full (closed, paid late)."""
    if not count:
        return
    started = time.perf_counter()
    ct = CustomerTransaction
    with books.reading() as s:
        total = s.scalar(select(ct.id).order_by(ct.id.desc()).limit(1)) or 0
        step = max(1, total // (count * 2))
        rows = s.execute(
            select(Customer.account, ct.number, ct.due_date, ct.balance)
            .join(Customer, Customer.id == ct.customer_id)
            .where(
                ct.kind == "invoice",
                ct.closed_date.is_(None),
                ct.due_date < day - dt.timedelta(days=30),
                ct.id % step == 0,
            )
            .order_by(ct.id)
            .limit(count)
        ).all()
    lines = []
    for n, (account, number, due, balance) in enumerate(rows):
        part = (balance / 3).quantize(Decimal("0.01")) if n % 2 == 0 else None
        lines.append(
            PaymentLine(account, due + dt.timedelta(days=20), part, marks=[Mark(number, part)], reference="bench")
        )
    for i in range(0, len(lines), PAYMENTS_PER_CALL):
        co.post_payments(lines[i : i + PAYMENTS_PER_CALL])
    print(
        f"prepared: {len(lines):,} payments ({(len(lines) + 1) // 2:,} in part, {len(lines) // 2:,} in full, 20 days "
        f"late) in {time.perf_counter() - started:.1f} s (not timed)",
        flush=True,
    )


def letters(bench: Bench, co: Company, day: dt.date, rounds: int, post: int) -> None:
    dunned: set[str] = set()  # the customers whose letters the first round posted: later rounds post theirs
    for r in range(rounds):
        on = day + dt.timedelta(days=14 * r)
        found, wall = bench.timed(
            f"(a) letter run as of {on}",
            lambda on=on: co.create_collection_letters(on),  # type: ignore[misc]
            lambda ls: (
                f"{len(ls):,} letters, {sum(len(x.lines) for x in ls):,} lines "
                f"(steps {', '.join(f'{k} {v:,}' for k, v in sorted(_count(x.step for x in ls).items()))}; "
                f"fees {sum((x.fee for x in ls), Decimal(0)):,})"
            ),
        )
        print(f"    {sum(len(x.lines) for x in found) / wall:,.0f} lines/s, {len(found) / wall:,.0f} letters/s")
        chosen = spread(found, post) if r == 0 else [x for x in found if x.customer in dunned][:post]
        dunned.update(x.customer for x in chosen)
        numbers = [x.number for x in chosen]
        _, wall = bench.timed(
            f"(a) posting {len(numbers):,} letters ({sum(len(x.lines) for x in chosen):,} lines) one call each",
            lambda numbers=numbers, on=on: [co.post_collection_letter(n, on) for n in numbers],  # type: ignore[misc]
            lambda docs: f"{sum(d is not None for d in docs):,} fees posted",
        )
        print(f"    {len(numbers) / wall:,.0f} letters/s, {wall / max(1, len(numbers)) * 1000:.2f} ms a letter")


def notes(bench: Bench, co: Company, day: dt.date, post: int) -> None:
    found, wall = bench.timed(
        f"(b) interest run to {day}",
        lambda: co.create_interest_notes(day),
        lambda ns: (
            f"{len(ns):,} notes, {sum(len(x.lines) for x in ns):,} lines, "
            f"total {sum((x.total for x in ns), Decimal(0)):,}"
        ),
    )
    print(f"    {sum(len(x.lines) for x in found) / wall:,.0f} lines/s, {len(found) / wall:,.0f} notes/s")
    chosen = spread(found, post)
    numbers = [x.number for x in chosen]
    _, wall = bench.timed(
        f"(b) posting {len(numbers):,} notes ({sum(len(x.lines) for x in chosen):,} lines) one call each",
        lambda: [co.post_interest_note(n) for n in numbers],
        lambda docs: f"{len(docs):,} interest notes posted",
    )
    print(f"    {len(numbers) / wall:,.0f} notes/s, {wall / max(1, len(numbers)) * 1000:.2f} ms a note")


def spread(found: list[T], count: int) -> list[T]:
    """`count` of the documents a run proposed, spread evenly over them (the first ones are the customers who
    buy most: generate.py gives low account numbers more invoices)."""
    return found[:: max(1, len(found) // count)][:count] if count else []


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--books", default="/tmp/bench-1m.db", help="an SQLite file made by generate.py (not changed)")
    p.add_argument("--work", default="", help="the copy to work on (default: beside --books; deleted at the end)")
    p.add_argument("--keep", action="store_true", help="keep the copy (it then holds the letters and notes)")
    p.add_argument("--date", type=dt.date.fromisoformat, default=plan.END, help="letter date and interest to-date")
    p.add_argument("--payments", type=int, default=4000, help="invoices paid (half in part, half in full) first")
    p.add_argument("--post", type=int, default=1000, help="letters and notes posted after each run")
    p.add_argument("--rounds", type=int, default=1, choices=(1, 2, 3), help="letter runs, 14 days apart")
    p.add_argument("--only", choices=("letters", "notes"), help="only one of the two runs")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile each phase, print N functions")
    p.add_argument("--explain", action="store_true", help=f"EXPLAIN QUERY PLAN of statements over {EXPLAIN_S} s")
    p.add_argument("--indexes", action="store_true", help="only time the runs' item queries with candidate indexes")
    p.add_argument("--no-gc", action="store_true", help="experiment: the cyclic garbage collector off while timed")
    p.add_argument("--cache-mb", type=int, default=0, help="experiment: PRAGMA cache_size of this many MB (SQLite)")
    args = p.parse_args(argv)
    source = Path(args.books)
    work = Path(args.work) if args.work else source.with_name(f"{source.stem}-collection-runs-{os.getpid()}.db")
    started = time.perf_counter()
    shutil.copyfile(source, work)
    print(f"copied {source} to {work} in {time.perf_counter() - started:.1f} s", flush=True)
    try:
        with Books.open(str(work)) as books:
            if args.cache_mb:  # on every connection handed out from now on (not what ardesk itself sets)
                event.listen(
                    books.engine,
                    "checkout",
                    lambda dbapi, *_: dbapi.execute(f"PRAGMA cache_size=-{args.cache_mb * 1024}"),
                )
            co = books.company(COMPANY)
            set_up(co)
            pay(books, co, args.payments, args.date)
            if args.indexes:
                try_indexes(books, args.date)
                return 0
            bench = Bench(books, args)
            if args.only != "notes":
                letters(bench, co, args.date, args.rounds, args.post)
            if args.only != "letters":
                notes(bench, co, args.date, args.post)
    finally:
        if not args.keep:
            for suffix in ("", "-wal", "-shm", ".lock"):
                path = work.with_name(work.name + suffix)
                path.unlink(missing_ok=True)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
