"""Time the queries the GUI runs on big books, with each statement's EXPLAIN QUERY PLAN when one is slow."""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

import plan
from sqlalchemy import Connection, Engine, and_, case, event, func, select
from sqlalchemy.orm import Session

from ardesk.api import Books
from ardesk.models import CustomerTransaction as CT
from ardesk.services import checks, customers, definitions, ledger, lookup, queries

SLOW_S = 0.3
#: Statements of a slow query that take longer than this get their plan shown.
STATEMENT_S = 0.05
AS_OF = plan.END
#: (label, from days, to days) past the due date, as the default aging definition.
BUCKETS = (("current", None, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("90+", 91, None))


def aging_by_customer(s: Session, company_id: int, as_of: dt.date = AS_OF) -> list[Any]:
    """Open balance per customer and aging bucket (due date basis), one GROUP BY over open items."""
    due = definitions.falls_due()
    sums = []
    for _, low, high in BUCKETS:
        cond = []
        if high is not None:
            cond.append(due >= as_of - dt.timedelta(days=high))
        if low is not None:
            cond.append(due <= as_of - dt.timedelta(days=low))
        sums.append(func.sum(case((and_(*cond), CT.balance_acc), else_=0)))
    q = (
        select(CT.customer_id, *sums, func.sum(CT.balance_acc))
        .where(CT.company_id == company_id, definitions.is_open())
        .group_by(CT.customer_id)
    )
    return s.execute(q).all()


def measurements(cid: int) -> list[tuple[str, Callable[[Session], Any]]]:
    """(label, fn(session)) in the order the GUI needs them; each returns its rows."""
    by_account: list[int] = []
    by_balance: list[int] = []

    def ids(sort: str, desc: bool, keep: list[int]) -> Callable[[Session], list[int]]:
        def run(s: Session) -> list[int]:
            keep[:] = customers.customer_ids(s, cid, sort=sort, descending=desc)
            return keep

        return run

    return [
        ("count_customers", lambda s: customers.count_customers(s, cid)),
        ("customer_ids by account", ids("account", False, by_account)),
        ("customer_ids by name", lambda s: customers.customer_ids(s, cid, sort="name")),
        ("customer_ids by balance, desc", ids("balance", True, by_balance)),
        ("customer_ids search 'jans'", lambda s: customers.customer_ids(s, cid, "jans")),
        ("customer_rows, first 200 by account", lambda s: customers.customer_rows(s, cid, by_account[:200])),
        ("customer_rows, top 200 balances", lambda s: customers.customer_rows(s, cid, by_balance[:200])),
        ("aging GROUP BY customer (5 buckets)", lambda s: aging_by_customer(s, cid)),
        ("queries.aging_summary (Collections)", lambda s: [queries.aging_summary(s, cid, AS_OF)]),
        ("queries.overdue_items (Collections)", lambda s: queries.overdue_items(s, cid, AS_OF)),
        ("queries.documents invoices (Invoicing)", lambda s: queries.documents(s, cid, ("invoice", "credit_note"))),
        ("queries.documents, limit 200", lambda s: queries.documents(s, cid, ("invoice",), limit=200)),
        ("ledger.trial_balance", lambda s: ledger.trial_balance(s, cid)),
        ("checks.reconcile_receivables", lambda s: checks.reconcile_receivables(s, cid)),
    ]


class Recorder:
    """Collects (SQL, parameters, seconds) of the statements run on an engine."""

    def __init__(self, engine: Engine) -> None:
        self.statements: list[tuple[str, Any, float]] = []
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        conn.info["bench_started"] = time.perf_counter()

    def _after(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.statements.append((statement, params, time.perf_counter() - conn.info.pop("bench_started")))

    def slow(self, since: int = 0, limit: float = STATEMENT_S) -> list[tuple[str, Any]]:
        """Distinct statements recorded since `since` that took longer than `limit` seconds."""
        out: dict[str, Any] = {}
        for sql, params, seconds in self.statements[since:]:
            if seconds > limit:
                out.setdefault(sql, params)
        return list(out.items())


def explain(conn: Connection, statements: list[tuple[str, Any]]) -> list[str]:
    """EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL) of each statement."""
    prefix = "EXPLAIN QUERY PLAN " if conn.dialect.name == "sqlite" else "EXPLAIN "
    out = []
    for sql, params in statements:
        out.append("      " + " ".join(sql.split())[:200] + " ...")
        out += [f"        {r[-1]}" for r in conn.exec_driver_sql(prefix + sql, params).all()]
    return out


def timed(books: Books, fn: Callable[[Session], Any], runs: int) -> tuple[list[float], int]:
    times, rows = [], 0
    for _ in range(runs):
        with books.reading() as s:
            started = time.perf_counter()
            result = fn(s)
            times.append(time.perf_counter() - started)
        rows = len(result) if hasattr(result, "__len__") else 1
    return times, rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("path", help="an SQLite file made by generate.py (or an SQLAlchemy URL)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--explain", action="store_true", help="show the plan of every query, not only the slow ones")
    args = p.parse_args(argv)
    books = Books.open(args.path)
    with books.reading() as s:
        cid = lookup.company(s, "BENCH").id
    recorder = Recorder(books.engine)
    print(f"{'query':<42}{'first':>8}{'best':>8}{'rows':>10}{'peak RSS':>10}")
    for label, fn in measurements(cid):
        since = len(recorder.statements)
        times, rows = timed(books, fn, args.runs)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{label:<42}{times[0]:>8.3f}{min(times):>8.3f}{rows:>10,}{rss:>7.0f} MB", flush=True)
        if args.explain or min(times) > SLOW_S:
            with books.engine.connect() as conn:
                print("\n".join(explain(conn, recorder.slow(since, 0.0 if args.explain else STATEMENT_S))))
    books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
