"""Customer picker benchmark (issue 9): Company.customer_search and customer_choice on 100,000 customers.

Builds new books in a temporary SQLite file: one company, three customer groups and N customers (the first
through Company.create_customer, the rest copied from it by one bulk insert with their own account, name,
group and country). Then times, median of --runs calls each, what the picker runs while the user types:
an account prefix, a common and a rare part of a name, text that matches nothing (the worst case: every name
is read) and the exact account of Enter/Tab.

    python benchmarks/customer_search.py [--customers 100000] [--runs 25] [--explain]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

from sqlalchemy import insert, select

from ardesk.api import Books, Company
from ardesk.models import Customer, CustomerGroup
from ardesk.services import customer_search as search

TARGET_MS = 50.0
WORDS = (
    "Bakkerij",
    "Bouwbedrijf",
    "Installatie",
    "Techniek",
    "Zorggroep",
    "Transport",
    "Handel",
    "Advies",
    "Groothandel",
    "Drukkerij",
    "Garage",
    "Hoveniers",
    "Schilders",
    "Architecten",
    "Accountants",
    "Tandartsen",
    "Kwekerij",
    "Logistiek",
    "Metaal",
    "Houtbouw",
    "Elektro",
)
PLACES = ("Amsterdam", "Rotterdam", "Utrecht", "Gouda", "Delft", "Leiden", "Zwolle", "Breda", "Tilburg", "Arnhem")


def build(path: str, customers: int) -> Company:
    books = Books.open(path)
    co = books.create_company("BENCH", "Benchmark Trading B.V.", "EUR")
    co.create_terms_of_payment("30D", days=30)
    co.create_sales_tax("BTW21", 21)
    for code in ("NL", "EU", "EXPORT"):
        co.create_customer_group(code, f"Group {code}", terms="30D")
    co.create_customer("100000", "Template B.V.", group="NL", sales_tax="BTW21")
    rng = random.Random(9)
    with books.writing() as s:
        template = s.scalars(select(Customer)).one()
        groups = list(s.scalars(select(CustomerGroup.id).where(CustomerGroup.company_id == template.company_id)))
        columns = {c.key: getattr(template, c.key) for c in Customer.__table__.columns if c.key != "id"}
        rows = []
        for i in range(1, customers):
            name = f"{rng.choice(WORDS)} {rng.choice(PLACES)} {rng.choice(WORDS)} {i} B.V."
            country = rng.choice(("NL", "NL", "NL", "BE", "DE"))
            rows.append(
                columns | {"account": str(100000 + i), "name": name, "group_id": rng.choice(groups), "country": country}
            )
        s.execute(insert(Customer), rows)
    return books.company("BENCH")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    fn()  # warm the page cache and the statement cache
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--customers", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=25)
    p.add_argument("--explain", action="store_true", help="print SQLite's query plans of the searches")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        co = build(os.path.join(tmp, "search.db"), args.customers)
        print(f"{args.customers:,} customers built in {time.perf_counter() - started:.1f} s")
        cases = [
            ("account prefix '1500'", lambda: co.customer_search("1500")),
            ("account prefix '1' (50 of 100,000)", lambda: co.customer_search("1")),
            ("name part 'bakker' (common)", lambda: co.customer_search("bakker")),
            ("name part 'gouda hout' (rare)", lambda: co.customer_search("gouda houtbouw 77")),
            ("no match 'zzzz' (every name read)", lambda: co.customer_search("zzzz")),
            ("exact account (Enter/Tab)", lambda: co.customer_choice("154321")),
            ("customer_choices() (the old combo's load)", lambda: co.customer_choices()),
        ]
        worst = 0.0
        for label, fn in cases:
            ms, result = timed(fn, args.runs if "choices()" not in label else 3)
            n = len(result) if isinstance(result, list) else int(result is not None)  # type: ignore[arg-type]
            print(f"{label:45s} {ms:8.2f} ms  ({n} found)")
            if "choices()" not in label:
                worst = max(worst, ms)
        print(
            f"slowest search {worst:.2f} ms; target < {TARGET_MS:.0f} ms: {'met' if worst < TARGET_MS else 'NOT met'}"
        )
        if args.explain:
            with co.books.reading() as s:
                conn = s.connection()
                for text in ("1500", "bakker"):
                    prefix = search._account_prefix(text)
                    base = search.customer_choice_select(1)
                    for q in (base.where(prefix).limit(50), base.where(~prefix).order_by(Customer.name).limit(50)):
                        sql = str(q.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
                        print(f"-- {text!r}")
                        for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql):
                            print("  ", row[-1])
        co.books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
