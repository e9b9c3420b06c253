"""Contention soak (issue 11.6): several processes posting and settling the same few invoices on PostgreSQL.

    .venv/bin/python soak/contention_soak.py --url postgresql+psycopg://... --processes 4 --minutes 10 [--seed 1]

In a fresh database (made with the URL's role, dropped at the end) each worker process (this script with
--worker) opens the books and, until the time is up, posts invoices and drafts batches, pays the OLDEST open
invoices of two customers in full, in part and in payment batches, and settles the oldest invoice against the
oldest credit note: the workers keep marking the same items, so they race. Per call a worker counts a win, a clean
loss (an ArdeskError: ConcurrencyError, or a ValidationError such as "already settled", when another worker got
there first) or a defect (any other exception). At the end tests/books_checks.check_books runs, and no invoice or
credit may be settled for more than its amount. Prints the figures; exit 1 on any defect."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import select
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func
from sqlalchemy import select as sql_select

from ardesk.api import ArdeskError, Books, Company, Line, Mark, PaymentLine, ValidationError
from ardesk.errors import ConcurrencyError
from ardesk.models import Base
from soak.crash_soak import fresh_database
from tests.books_checks import check_books

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "RACE"
CUSTOMERS = ("R1", "R2")  # few customers: the workers keep marking the same open items
DAY = dt.date(2026, 3, 2)
READY_TIMEOUT = 120.0
#: Calls that mark open items another worker may settle first; their clean losses are races.
SETTLING = {"pay_oldest", "pay_two", "partial", "settle", "payments"}


def set_up_books(target: str) -> None:
    with Books.open(target) as books:
        co = books.create_company(COMPANY, "Contention Soak B.V.", currency="EUR")
        co.set_parameters(cash_discount_on_partial_payments=True, cash_discount_on_credit_notes=True)
        co.create_terms_of_payment("N30", days=30)
        co.create_cash_discount("2D8", [(8, D("2"))])
        co.create_sales_tax("HIGH", D("21"))
        co.create_customer("R1", "Racing Customer One", terms="N30")
        co.create_customer("R2", "Racing Customer Two", terms="N30", cash_discount="2D8")
        for cust in CUSTOMERS:  # something to fight over from the first moment
            for _ in range(3):
                co.post_free_text_invoice(cust, DAY, [Line("start", D("100.00"), tax="HIGH")])


# --- a worker ------------------------------------------------------------------------------------------------------
def _money(rng: random.Random, low: int, high: int) -> D:
    return D(rng.randint(low * 100, high * 100)) / 100


def _oldest(co: Company, cust: str, side: int, count: int = 1) -> list[str]:
    return [t.number for t in co.transactions(cust, open_only=True) if t.balance * side > 0][:count]


def pick(rng: random.Random) -> tuple[str, str]:
    """(call, customer) of the next call of the contended work."""
    what = rng.choices(
        ["invoice", "batch", "pay_oldest", "pay_two", "partial", "settle", "payments"],
        weights=[28, 6, 20, 8, 14, 14, 10],
    )[0]
    return what, rng.choice(CUSTOMERS)


def one_call(co: Company, rng: random.Random, what: str, cust: str, did: list[str]) -> None:
    """Run one call of the contended work, its name appended to `did` first; raises what the call raised. The
    open items are read once, just before the call: by then another worker may be settling them."""
    oldest = _oldest(co, cust, 1, 2) if what not in ("invoice", "batch") else []
    if what not in ("invoice", "batch", "payments") and not oldest:  # nothing open to fight over: make some
        what = "invoice"
    did.append(what)
    if what == "invoice":
        co.post_free_text_invoice(cust, DAY, [Line("goods", _money(rng, 20, 400), tax=rng.choice([None, "HIGH"]))])
    elif what == "batch":
        ids = [co.save_draft(rng.choice(CUSTOMERS), DAY, [Line("draft", _money(rng, 20, 400))]) for _ in range(3)]
        co.post_drafts(ids)
    elif what == "pay_oldest":
        co.post_payment(cust, DAY, None, marks=[Mark(oldest[0])])
    elif what == "pay_two":
        co.post_payment(cust, DAY, None, marks=[Mark(n) for n in oldest])
    elif what == "partial":
        amount = _money(rng, 1, 60)
        co.post_payment(cust, DAY, amount, marks=[Mark(oldest[0], amount)])
    elif what == "settle":  # the oldest invoice against the oldest credit note (a new one when there is none)
        credits = _oldest(co, cust, -1)
        if not credits:
            credits = [co.post_credit_note(cust, DAY, [Line("return", _money(rng, 5, 80))]).number]
        co.settle(cust, DAY, [Mark(oldest[0]), Mark(credits[0])])
    else:
        lines = [PaymentLine(c, DAY, None, marks=[Mark(n) for n in _oldest(co, c, 1)]) for c in CUSTOMERS]
        lines = [ln for ln in lines if ln.marks]
        if lines:
            co.post_payments(lines)


def worker(target: str, seed: int, seconds: float) -> None:
    """Open the books, say "ready", wait for "go" on stdin, work `seconds`, print one JSON line of counts."""
    rng = random.Random(seed)
    books = Books.open(target)
    co = books.company(COMPANY)
    print("ready", flush=True)
    sys.stdin.readline()
    counts: Counter[str] = Counter()
    losses: Counter[str] = Counter()
    defects: list[str] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        counts["calls"] += 1
        what, cust = pick(rng)
        did: list[str] = []
        try:
            one_call(co, rng, what, cust, did)
        except ArdeskError as exc:
            name = did[-1] if did else what
            counts["clean_losses"] += 1
            where = f"{exc.field}: " if isinstance(exc, ValidationError) else ""
            losses[f"{name} {type(exc).__name__}: {where}{exc.template}"[:110]] += 1
            if name in SETTLING:
                counts["races"] += 1
            elif isinstance(exc, ConcurrencyError):
                counts["posting_conflicts"] += 1
            continue
        except Exception:
            counts["defects"] += 1
            if len(defects) < 5:
                defects.append(traceback.format_exc()[-3000:])
            continue
        counts["wins"] += 1
        counts[f"won:{did[-1]}"] += 1
    books.close()
    print(json.dumps({"counts": counts, "losses": losses, "defects": defects}), flush=True)


# --- the parent ----------------------------------------------------------------------------------------------------
@dataclass
class ContentionFigures:
    processes: int
    seconds: float
    calls: int = 0
    wins: int = 0
    clean_losses: int = 0
    races: int = 0  # clean losses of calls that marked items another worker settled (or changed) first
    posting_conflicts: int = 0  # ConcurrencyError of calls that marked nothing (invoices, draft batches)
    won_by_name: Counter[str] = field(default_factory=Counter)
    losses: Counter[str] = field(default_factory=Counter)
    open_items: int = 0
    defects: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            "== contention soak (postgresql) ==",
            f"processes              {self.processes:>8}",
            f"minutes                {self.seconds / 60:>8.1f}",
            f"calls                  {self.calls:>8,}",
            f"wins (committed)       {self.wins:>8,}",
            f"clean losses           {self.clean_losses:>8,}  (ArdeskError, nothing written)",
            f"races (same item)      {self.races:>8,}  (clean losses of calls marking open items)",
            f"posting conflicts      {self.posting_conflicts:>8,}  (ConcurrencyError of invoices/batches, no marks)",
            f"defects                {len(self.defects):>8,}",
            "won: " + ", ".join(f"{k} {v:,}" for k, v in sorted(self.won_by_name.items())),
            "most frequent clean losses:",
        ]
        out += [f"  {n:>7,}  {reason}" for reason, n in self.losses.most_common(6)]
        out += [f"DEFECT {d}" for d in self.defects]
        return out


def over_settled(books: Books, company: str) -> list[str]:
    """Customer transactions whose live settlements took more than their amount (as debit or as credit)."""
    t = Base.metadata.tables
    txn, stl, comp = t["customer_transaction"], t["settlement"], t["company"]
    out = []
    with books.engine.connect() as conn:
        cid = conn.execute(sql_select(comp.c.id).where(comp.c.code == company)).scalar_one()
        amounts = dict(conn.execute(sql_select(txn.c.id, txn.c.amount).where(txn.c.company_id == cid)).all())
        numbers = dict(conn.execute(sql_select(txn.c.id, txn.c.number).where(txn.c.company_id == cid)).all())
        for side in ("debit_id", "credit_id"):
            rows = conn.execute(
                sql_select(stl.c[side], func.sum(stl.c.amount))
                .where(stl.c.company_id == cid, stl.c.unsettled_date.is_(None))
                .group_by(stl.c[side])
            ).all()
            for tid, settled in rows:
                if settled > abs(amounts[tid]):
                    out.append(f"{numbers[tid]} of {amounts[tid]} settled for {settled} ({side.split('_')[0]})")
    return out


def run_contention_soak(
    url: str,
    processes: int,
    seconds: float,
    *,
    seed: int = 1,
    log: Callable[[str], None] | None = None,
) -> ContentionFigures:
    figures = ContentionFigures(processes, seconds)
    with fresh_database(url, "ardesk_race") as target:
        set_up_books(target)
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    *("--target", target, "--seed", str(seed * 1000 + i)),
                    *("--seconds", str(seconds)),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            for i in range(processes)
        ]
        try:
            for p in procs:
                assert p.stdout is not None
                ready, _, _ = select.select([p.stdout], [], [], READY_TIMEOUT)
                line = p.stdout.readline() if ready else ""
                if line.strip() != "ready":
                    raise RuntimeError(f"a worker did not open the books: {line} {p.stderr.read() if p.stderr else ''}")
            for p in procs:  # all at once
                assert p.stdin is not None
                p.stdin.write("go\n")
                p.stdin.flush()
            if log:
                log(f"... {processes} workers racing for {seconds:.0f} s")
            for i, p in enumerate(procs):
                out, err = p.communicate(timeout=seconds + 300)
                last = out.strip().splitlines()[-1] if out.strip() else ""
                if p.returncode != 0 or not last.startswith("{"):
                    figures.defects.append(f"worker {i} ended with {p.returncode}: {err[-2000:]}")
                    continue
                got = json.loads(last)
                counts = Counter(got["counts"])
                figures.calls += counts["calls"]
                figures.wins += counts["wins"]
                figures.clean_losses += counts["clean_losses"]
                figures.races += counts["races"]
                figures.posting_conflicts += counts["posting_conflicts"]
                figures.won_by_name.update({k[4:]: v for k, v in counts.items() if k.startswith("won:")})
                figures.losses.update(got["losses"])
                figures.defects += [f"worker {i}: not an ArdeskError: {d}" for d in got["defects"]]
                if counts["defects"] > len(got["defects"]):
                    figures.defects.append(f"worker {i}: {counts['defects'] - len(got['defects'])} more of those")
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()
        with Books.open(target) as books:
            figures.defects += check_books(books, COMPANY)
            figures.defects += over_settled(books, COMPANY)
            co = books.company(COMPANY)
            figures.open_items = sum(len(co.transactions(c, open_only=True)) for c in CUSTOMERS)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="PostgreSQL URL whose role may CREATE DATABASE")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.target, args.seed, args.seconds)
        return 0
    if not args.url or not args.url.startswith("postgresql"):
        raise SystemExit("--url postgresql+psycopg://... is required (PostgreSQL only)")
    figures = run_contention_soak(
        args.url, args.processes, args.minutes * 60, seed=args.seed, log=lambda s: print(s, flush=True)
    )
    print("\n".join(figures.lines()))
    return 1 if figures.defects else 0


if __name__ == "__main__":
    raise SystemExit(main())
