"""Crash soak (issue 11.6): SIGKILL a process posting mixed work, reopen the books, check them; again and again.

    .venv/bin/python soak/crash_soak.py --backend sqlite --kills 100 [--seed 1]
    .venv/bin/python soak/crash_soak.py --backend postgresql --url postgresql+psycopg://... --kills 100

The parent sets up books (an SQLite file in a temporary folder, or a fresh PostgreSQL database made with the URL's
role, dropped at the end). Per cycle a child process (this script with --child) opens them and loops over mixed
work: invoices, batches of drafts (invoices and credit notes), payments with marks that settle open invoices,
partial payments, credit notes, invoice + credit note settlements and payment batches. After a seeded random
0.05-1.5 s the parent SIGKILLs it, reopens the books (an SQLite writer killed leaves its process id in the lock file:
Books.open checks the file and takes the lock over) and runs tests/books_checks.check_books (balanced vouchers,
open items, reconciliation, hash chain, PRAGMA integrity_check, gap-free numbers), and checks that every document
the child reported as posted is there. Prints the figures; exit 1 on any defect."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine
from sqlalchemy import select as sql_select
from sqlalchemy.engine import make_url

from ardesk.api import ArdeskError, Books, Company, Line, Mark, PaymentLine
from ardesk.models import Base
from tests.books_checks import check_books

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "CRASH"
CUSTOMERS = ("C1", "C2", "C3", "C4", "C5")
FIRST_DAY = dt.date(2026, 3, 2)
READY_TIMEOUT = 120.0  # seconds a child may take to import ardesk and open the books


# --- the books ---------------------------------------------------------------------------------------------------
def set_up_books(target: str, company: str = COMPANY) -> None:
    """A company with terms, a cash discount, VAT codes and a handful of customers."""
    with Books.open(target) as books:
        co = books.create_company(company, "Crash Soak B.V.", currency="EUR")
        co.set_parameters(cash_discount_on_partial_payments=True, max_penny_difference=D("0.05"))
        co.create_terms_of_payment("N30", days=30)
        co.create_terms_of_payment("N14", days=14)
        co.create_cash_discount("2D8", [(8, D("2"))])
        co.create_sales_tax("HIGH", D("21"))
        co.create_sales_tax("LOW", D("9"))
        for n, cust in enumerate(CUSTOMERS):
            kw = {"cash_discount": "2D8"} if n % 2 else {}
            co.create_customer(cust, f"Customer {cust}", terms="N30" if n % 3 else "N14", **kw)


@contextlib.contextmanager
def fresh_database(url: str, prefix: str) -> Iterator[str]:
    """A new PostgreSQL database made with the URL's role (it needs CREATEDB), dropped afterwards: its URL."""
    name = f"{prefix}_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:  # killed clients' sessions may linger a moment: FORCE ends them
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@contextlib.contextmanager
def soak_books(backend: str, url: str | None, prefix: str) -> Iterator[str]:
    """The target of fresh books for one soak: an SQLite file in a temporary folder, or a fresh PostgreSQL
    database."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="ardesk-crash-") as folder:
            yield str(Path(folder) / "books.db")
    elif backend == "postgresql":
        if not url or not url.startswith("postgresql"):
            raise SystemExit("--backend postgresql needs --url postgresql+psycopg://...")
        with fresh_database(url, prefix) as target:
            yield target
    else:
        raise SystemExit(f"unknown backend {backend!r}")


# --- the child: mixed work until killed -------------------------------------------------------------------------
def _money(rng: random.Random, low: int = 1, high: int = 2000) -> D:
    return D(rng.randint(low * 100, high * 100)) / 100


def _lines(rng: random.Random) -> list[Line]:
    return [Line(f"item {i}", _money(rng), tax=rng.choice([None, "HIGH", "LOW"])) for i in range(rng.randint(1, 3))]


def _open(co: Company, cust: str, side: int) -> list[str]:
    """The customer's open debits (side 1) or credits (side -1), oldest first."""
    return [t.number for t in co.transactions(cust, open_only=True) if t.balance * side > 0]


def one_call(co: Company, rng: random.Random, day: dt.date) -> tuple[str, list[str]]:
    """One random API call of the mixed work: (its name, the document numbers it posted)."""
    cust = rng.choice(CUSTOMERS)
    what = rng.choices(
        ["invoice", "batch", "payment", "partial", "credit_note", "settle", "payments", "on_account", "leftovers"],
        weights=[20, 10, 20, 10, 8, 8, 6, 3, 1],
    )[0]
    if what == "invoice":
        return what, [co.post_free_text_invoice(cust, day, _lines(rng)).number]
    if what == "batch":  # several drafts, posted in one batch; a kill in between leaves drafts ("leftovers")
        ids = [
            co.save_draft(
                rng.choice(CUSTOMERS), day, _lines(rng), kind="credit_note" if rng.random() < 0.2 else "invoice"
            )
            for _ in range(rng.randint(2, 6))
        ]
        return what, list(co.post_drafts(ids).posted)
    if what == "leftovers":  # every draft, including those a killed child saved but did not post
        return what, list(co.post_drafts().posted)
    if what == "payment":
        debits = _open(co, cust, 1)[: rng.randint(1, 3)]
        if not debits:
            return what, [co.post_payment(cust, day, _money(rng, 10, 500)).number]
        marks = [Mark(n, use_cash_discount=rng.choice(["normal", "never"])) for n in debits]
        return what, [co.post_payment(cust, day, None, marks=marks).number]
    if what == "partial":
        debits = _open(co, cust, 1)
        if not debits:
            return what, []
        amount = _money(rng, 1, 100)
        return what, [co.post_payment(cust, day, amount, marks=[Mark(rng.choice(debits), amount)]).number]
    if what == "credit_note":
        debits = _open(co, cust, 1)
        kw = {"original": debits[0]} if debits and rng.random() < 0.5 else {}
        return what, [co.post_credit_note(cust, day, [Line("credit", _money(rng, 1, 300))], **kw).number]
    if what == "settle":  # an invoice against a credit note (or payment) of the same customer
        debits, credits = _open(co, cust, 1), _open(co, cust, -1)
        if not debits or not credits:
            return what, [co.post_credit_note(cust, day, [Line("credit", _money(rng, 1, 300))]).number]
        co.settle(cust, day, [Mark(debits[0]), Mark(credits[0])])
        return what, []
    if what == "payments":  # a batch of payments, each settling the oldest open invoice of a customer
        lines = []
        for other in rng.sample(CUSTOMERS, rng.randint(2, 4)):
            debits = _open(co, other, 1)
            if debits:
                lines.append(PaymentLine(other, day, None, marks=[Mark(debits[0])]))
        return what, [d.number for d in co.post_payments(lines)] if lines else []
    return what, [co.post_payment(cust, day, _money(rng, 5, 200)).number]  # on account: an open credit


def child(target: str, seed: int) -> None:
    """Open the books, say "ready", then post mixed work until killed; one line per call on stdout:
    `ok NAME NUMBER...` once committed, `refused FIELD: MESSAGE-TEMPLATE`, or `defect TRACEBACK-AS-JSON`."""
    rng = random.Random(seed)
    books = Books.open(target)
    co = books.company(COMPANY)
    print("ready", flush=True)
    day = FIRST_DAY + dt.timedelta(days=rng.randint(0, 25))
    while True:
        try:
            name, numbers = one_call(co, rng, day)
        except ArdeskError as exc:
            print(f"refused {getattr(exc, 'field', '')}: {exc.template}".replace("\n", " "), flush=True)
            continue
        except Exception:  # not an ArdeskError: a defect of ardesk
            print("defect " + json.dumps(traceback.format_exc()), flush=True)
            continue
        print(" ".join(["ok", name, *numbers]), flush=True)


# --- the parent -----------------------------------------------------------------------------------------------------
@dataclass
class CrashFigures:
    backend: str
    kills: int = 0
    calls: int = 0  # calls completed (committed) before the kills
    refusals: int = 0  # ArdeskError refusals of the children (clean)
    documents: int = 0  # documents the children reported as posted
    checks: int = 0  # check_books runs after a reopening
    unclean: int = 0  # SQLite: reopenings that found the killed child's process id in the lock file
    seconds: float = 0.0
    calls_by_name: Counter[str] = field(default_factory=Counter)
    refusal_reasons: Counter[str] = field(default_factory=Counter)
    defects: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"== crash soak ({self.backend}) ==",
            f"kills (SIGKILL)             {self.kills:>8,}",
            f"calls completed before kills{self.calls:>8,}  ({self.documents:,} documents posted)",
            f"refusals (ArdeskError)      {self.refusals:>8,}",
            f"checks run after reopening  {self.checks:>8,}",
        ]
        if self.backend == "sqlite":
            out.append(f"unclean lock files found    {self.unclean:>8,}  (PID of the killed child, taken over)")
        out += [
            f"defects                     {len(self.defects):>8,}",
            f"time                        {self.seconds:>8.0f} s",
            "calls: " + ", ".join(f"{k} {v:,}" for k, v in sorted(self.calls_by_name.items())),
        ]
        out += [f"  refused {n:>5,}  {reason}" for reason, n in self.refusal_reasons.most_common(5)]
        out += [f"DEFECT {d}" for d in self.defects]
        return out


def _posted_numbers(books: Books) -> set[str]:
    tables = Base.metadata.tables
    with books.engine.connect() as conn:
        found = set(conn.execute(sql_select(tables["customer_transaction"].c.number)).scalars())
        found |= set(conn.execute(sql_select(tables["invoice"].c.number)).scalars())
    return found


def _run_child(target: str, seed: int, wait: float, figures: CrashFigures, cycle: int, reported: set[str]) -> None:
    """Start a child, let it work `wait` seconds after it opened the books, SIGKILL it, read what it reported."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", "--target", target, "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    ready, _, _ = select.select([proc.stdout], [], [], READY_TIMEOUT)
    first = proc.stdout.readline() if ready else ""
    if first.strip() != "ready":
        proc.kill()
        proc.wait()
        err = proc.stderr.read()[-2000:]
        figures.defects.append(f"cycle {cycle}: the child did not open the books: {first.strip()} {err}")
        return
    time.sleep(wait)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    figures.kills += 1
    out = proc.stdout.read()
    proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    for line in out.splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "ok":
            name, *numbers = rest.split()
            figures.calls += 1
            figures.calls_by_name[name] += 1
            figures.documents += len(numbers)
            reported.update(numbers)
        elif kind == "refused":
            figures.refusals += 1
            figures.refusal_reasons[rest[:100]] += 1
        elif kind == "defect":
            figures.defects.append(f"cycle {cycle}: raw exception in the child: {json.loads(rest)}")


def _reopen_and_check(target: str, backend: str, figures: CrashFigures, cycle: int, reported: set[str]) -> None:
    if backend == "sqlite":
        lock = Path(target).with_name(Path(target).name + ".lock")
        if lock.exists() and lock.read_text().strip():
            figures.unclean += 1
    try:
        books = Books.open(target)
    except Exception as exc:
        figures.defects.append(f"cycle {cycle}: the books do not open after the kill: {type(exc).__name__}: {exc}")
        return
    try:
        figures.checks += 1
        figures.defects += [f"cycle {cycle}: {d}" for d in check_books(books, COMPANY)]
        lost = reported - _posted_numbers(books)
        if lost:
            figures.defects.append(f"cycle {cycle}: documents reported posted but gone: {sorted(lost)[:10]}")
    except Exception:
        figures.defects.append(f"cycle {cycle}: the check failed: {traceback.format_exc()}")
    finally:
        books.close()


def run_crash_soak(
    backend: str,
    kills: int,
    *,
    seed: int = 1,
    url: str | None = None,
    log: Callable[[str], None] | None = None,
) -> CrashFigures:
    """`kills` cycles of child-posts-until-SIGKILLed, reopen, check; the figures (defects listed in them)."""
    figures = CrashFigures(backend)
    rng = random.Random(seed)
    started = time.perf_counter()
    reported: set[str] = set()
    with soak_books(backend, url, "ardesk_crash") as target:
        set_up_books(target)
        for cycle in range(1, kills + 1):
            _run_child(target, seed * 100_000 + cycle, rng.uniform(0.05, 1.5), figures, cycle, reported)
            _reopen_and_check(target, backend, figures, cycle, reported)
            if log and (cycle % 10 == 0 or cycle == kills):
                log(
                    f"... {cycle}/{kills} kills, {figures.calls:,} calls, {len(figures.defects)} defects, "
                    f"{time.perf_counter() - started:.0f} s"
                )
    figures.seconds = time.perf_counter() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--kills", type=int, default=100, help="child processes to SIGKILL (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", help="PostgreSQL URL whose role may CREATE DATABASE (postgresql only)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.target, args.seed)
        return 0
    figures = run_crash_soak(args.backend, args.kills, seed=args.seed, url=args.url, log=lambda s: print(s, flush=True))
    print("\n".join(figures.lines()))
    return 1 if figures.defects else 0


if __name__ == "__main__":
    raise SystemExit(main())
