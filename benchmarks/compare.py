"""Prove generate.py writes exactly what the services write: post a small plan both ways and diff every table."""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

import generate
import plan
from sqlalchemy import select

from ardesk.api import Books, Company, Line
from ardesk.models import Base


def api_line(line: plan.LineSpec) -> Line:
    if line.unit_price is None:
        return Line(line.description, amount=Decimal(line.amount).scaleb(-2), tax=line.tax)
    return Line(
        line.description, quantity=Decimal(line.quantity), unit_price=Decimal(line.unit_price).scaleb(-4), tax=line.tax
    )


def through_api(customers: list[plan.CustomerSpec], invoices: int, seed: int, drafts: bool) -> Books:
    """Each invoice posted on its own, or (drafts) all saved as drafts and then posted in one batch."""
    books, company = generate.create_books(":memory:")
    for c in customers:
        company.create_customer(c.account, c.name, terms=c.terms, cash_discount=c.cash_discount)
    post = company.save_draft if drafts else company.post_free_text_invoice
    for spec in plan.invoices(invoices, len(customers), seed):
        post(customers[spec.customer].account, spec.date, [api_line(line) for line in spec.lines])
    if drafts:
        started = time.perf_counter()
        result = company.post_drafts()
        print(f"post_drafts: {invoices} drafts in {time.perf_counter() - started:.2f} s ({result!r:.80})")
    return books


def in_bulk(
    customers: list[plan.CustomerSpec], invoices: int, seed: int, mode: str, parallel: bool
) -> tuple[Books, Company]:
    books, company = generate.create_books(":memory:")
    generate.load(books, generate.read_setup(books), customers, invoices, seed, mode, parallel)
    return books, company


def table_rows(books: Books) -> dict[str, list[tuple]]:
    with books.engine.connect() as conn:
        return {
            # the audit time is when each row was written (the database's clock), so it is left out
            t.name: [
                tuple(r)
                for r in conn.execute(
                    select(*(c for c in t.columns if (t.name, c.name) != ("audit_event", "at"))).order_by(
                        *t.primary_key.columns
                    )
                )
            ]
            for t in Base.metadata.sorted_tables
        }


def differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> list[str]:
    out = []
    for table in a:
        if len(a[table]) != len(b[table]):
            out.append(f"{table}: {len(a[table])} rows through the API, {len(b[table])} in bulk")
        out += [f"{table}:\n  api  {x}\n  bulk {y}" for x, y in zip(a[table], b[table], strict=False) if x != y][:3]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--customers", type=int, default=40)
    p.add_argument("--invoices", type=int, default=500)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--mode", choices=("driver", "core", "typed"), default="driver")
    p.add_argument("--inline", action="store_true", help="build the bulk rows in this process")
    p.add_argument("--drafts", action="store_true", help="API side: save drafts, then post_drafts() once")
    args = p.parse_args(argv)
    customers = plan.customers(args.customers, args.seed)
    t0 = time.perf_counter()
    api = table_rows(through_api(customers, args.invoices, args.seed, args.drafts))
    t1 = time.perf_counter()
    bulk_books, company = in_bulk(customers, args.invoices, args.seed, args.mode, not args.inline)
    bulk = table_rows(bulk_books)
    t2 = time.perf_counter()
    problems = differences(api, bulk) + generate.check(bulk_books, company, args.invoices)
    rows = sum(len(r) for r in api.values())
    print(f"{args.invoices} invoices, {rows} rows in {len(api)} tables: API {t1 - t0:.1f} s, bulk {t2 - t1:.2f} s")
    print("identical" if not problems else "DIFFERENT\n" + "\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
