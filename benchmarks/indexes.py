"""Try candidate indexes for the slow GUI queries inside a transaction that is rolled back (the file is unchanged)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

import queries as q
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from ardesk.api import Books
from ardesk.models import Account, LedgerEntry
from ardesk.services import customers, ledger, lookup
from ardesk.services import queries as gui_queries

Query = Callable[[Session, int], Any]


def trial_balance_by_entry(s: Session, cid: int) -> list[Any]:
    """The trial balance summed per account_id over ledger_entry of the company, then joined to account."""
    sums = (
        select(LedgerEntry.account_id, func.sum(LedgerEntry.amount).label("total"))
        .where(LedgerEntry.company_id == cid)
        .group_by(LedgerEntry.account_id)
        .subquery()
    )
    return s.execute(
        select(Account.number, Account.name, sums.c.total)
        .join(sums, sums.c.account_id == Account.id)
        .order_by(Account.number)
    ).all()


def top_balances(s: Session, cid: int) -> list[Any]:
    ids = customers.customer_ids(s, cid, sort="balance", descending=True)
    return customers.customer_rows(s, cid, ids[:200])


#: (index DDL or "" for a query change only, [(label, query)]).
CANDIDATES: list[tuple[str, list[tuple[str, Query]]]] = [
    (
        "CREATE INDEX bench_ct_open_cover ON customer_transaction "
        "(company_id, closed_date, customer_id, due_date, date, balance, balance_acc)",
        [
            (
                "customer_ids by balance, desc",
                lambda s, c: customers.customer_ids(s, c, sort="balance", descending=True),
            ),
            ("ids by balance + customer_rows top 200", top_balances),
            ("aging GROUP BY customer", lambda s, c: q.aging_by_customer(s, c)),
            ("queries.aging_summary", lambda s, c: [gui_queries.aging_summary(s, c, q.AS_OF)]),
        ],
    ),
    (
        "CREATE INDEX bench_ct_customer_cover ON customer_transaction "
        "(company_id, customer_id, closed_date, due_date, date, balance, balance_acc)",
        [
            (
                "customer_ids by balance, desc",
                lambda s, c: customers.customer_ids(s, c, sort="balance", descending=True),
            ),
            ("aging GROUP BY customer", lambda s, c: q.aging_by_customer(s, c)),
        ],
    ),
    (
        "CREATE INDEX bench_ct_date ON customer_transaction (company_id, date)",
        [
            ("queries.documents, limit 200", lambda s, c: gui_queries.documents(s, c, ("invoice",), limit=200)),
        ],
    ),
    ("", [("trial balance grouped on ledger_entry first (query change)", trial_balance_by_entry)]),
    (
        "CREATE INDEX bench_le_account_amount ON ledger_entry (company_id, account_id, date, amount)",
        [
            ("ledger.trial_balance (unchanged query)", lambda s, c: ledger.trial_balance(s, c)),
            ("trial balance grouped on ledger_entry first", trial_balance_by_entry),
        ],
    ),
]


def run(conn: Connection, recorder: q.Recorder, cid: int, label: str, fn: Query) -> None:
    since = len(recorder.statements)
    with Session(bind=conn) as s:
        started = time.perf_counter()
        rows = fn(s, cid)
        elapsed = time.perf_counter() - started
    print(f"    {label:<52}{elapsed:>8.3f} s{len(rows):>10,} rows", flush=True)
    print("\n".join(q.explain(conn, recorder.slow(since, limit=0.01))))


def try_index(books: Books, recorder: q.Recorder, cid: int, ddl: str, checks: list[tuple[str, Query]]) -> None:
    with books.engine.connect() as conn:
        tx = conn.begin()
        try:
            print(ddl or "(no index)")
            if ddl:
                started = time.perf_counter()
                conn.exec_driver_sql(ddl)
                print(f"    {'create index':<52}{time.perf_counter() - started:>8.3f} s")
            for label, fn in checks:
                run(conn, recorder, cid, label, fn)
        finally:
            tx.rollback()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("path", help="an SQLite file made by generate.py")
    args = p.parse_args(argv)
    books = Books.open(args.path)
    recorder = q.Recorder(books.engine)
    with books.reading() as s:
        cid = lookup.company(s, "BENCH").id
    for ddl, checks in CANDIDATES:
        try_index(books, recorder, cid, ddl, checks)
    books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
