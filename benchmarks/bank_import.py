"""Import a bank statement of N lines against the open invoices of big books, end to end through the API.

Copies books made by generate.py (default: 100,000 open invoices), gives the customers IBANs, writes a CAMT.053
file of N entries paying real open invoices (the mix of bench_statement_matching: half by payment reference,
a fifth by invoice numbers in the text, the rest by IBAN and amount, unknown payers and bank costs), then
times Company.import_bank_statement (read, check, duplicate test, load the open items, match, write the
payment journal and the statement) and, with --post, Company.post_payment_journal of the result.

    .venv/bin/python benchmarks/generate.py /tmp/bench-100k.db --customers 10000 --invoices 100000
    .venv/bin/python benchmarks/bank_import.py --books /tmp/bench-100k.db [--entries 10000] [--post]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench_statement_matching import DAY, _iban, make_lines, write_camt
from sqlalchemy import select, text

from ardesk.api import Books
from ardesk.models import Customer, CustomerTransaction, DiscountScheduleRow
from ardesk.services import definitions
from ardesk.services.statement_matching import OpenItem


def _items(books: Books, day: object) -> tuple[list[OpenItem], int]:
    """The open invoices as the matcher's records (to write a statement that pays them)."""
    with books.reading() as s:
        rows = s.execute(
            select(
                CustomerTransaction.id,
                Customer.account,
                CustomerTransaction.number,
                CustomerTransaction.payment_reference,
                CustomerTransaction.balance,
            )
            .join(Customer, Customer.id == CustomerTransaction.customer_id)
            .where(definitions.is_open(), CustomerTransaction.balance > 0)
            .order_by(CustomerTransaction.id)
        ).all()
        steps = dict(
            s.execute(
                select(DiscountScheduleRow.transaction_id, DiscountScheduleRow.amount_to_pay).where(
                    DiscountScheduleRow.discount > 0, DiscountScheduleRow.discount_date >= day
                )
            ).all()
        )
        customers = s.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
    items = [
        OpenItem(tid, account, number, ref, balance, "EUR", ((day, steps[tid]),) if tid in steps else ())
        for tid, account, number, ref, balance in rows
    ]
    return items, customers


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--books", required=True, help="books made by generate.py (copied, never changed)")
    p.add_argument("--entries", type=int, default=10_000)
    p.add_argument("--post", action="store_true", help="also post the payment journal the import writes")
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    work = tempfile.mkdtemp(prefix="ardesk-bank-")
    copy = os.path.join(work, "books.db")
    shutil.copy(a.books, copy)
    books = Books.open(copy)
    try:
        co = books.company("BENCH")
        # Customer account C<n> of the matcher benchmark: the generated accounts are numbers; map by id.
        with books.engine.begin() as c:
            ids = [r[0] for r in c.execute(text("SELECT id FROM customer ORDER BY id"))]
            c.execute(
                text("UPDATE customer SET iban = :iban WHERE id = :id"), [{"iban": _iban(i), "id": i} for i in ids]
            )
        items, _ = _items(books, DAY)
        # make_lines names a customer by "C<n>" and derives its IBAN from n: give each item its customer id.
        with books.reading() as s:
            by_account = dict(s.execute(select(Customer.account, Customer.id)).all())
        items = [
            OpenItem(
                i.id,
                f"C{by_account[i.customer]}",
                i.number,
                i.payment_reference,
                i.balance,
                i.currency,
                i.discount_steps,
            )
            for i in items
        ]
        rng = random.Random(a.seed)
        lines = make_lines(a.entries, items, rng)
        statement = os.path.join(work, "statement.xml")
        write_camt(statement, lines)
        size = os.path.getsize(statement) / 1e6
        print(f"books: {len(items):,} open invoices; statement: {a.entries:,} entries, {size:.1f} MB")
        cpu0, t0 = time.process_time(), time.perf_counter()
        if os.environ.get("PROFILE"):
            import cProfile
            import pstats

            prof = cProfile.Profile()
            found = prof.runcall(co.import_bank_statement, statement)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(int(os.environ["PROFILE"]))
        else:
            found = co.import_bank_statement(statement)
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        reasons: dict[str, int] = {}
        for e in found.entries:
            reasons[e.reason] = reasons.get(e.reason, 0) + 1
        print(
            f"import_bank_statement: {wall:.2f} s wall, {cpu:.2f} s CPU; "
            f"{found.matched:,} journal lines, {found.unmatched:,} left to review"
        )
        print("  by reason: " + ", ".join(f"{k} {v:,}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])))
        total = sum((e.amount for e in found.entries if e.line is not None), Decimal(0))
        print(f"  journal {found.journal}: {total:,} EUR proposed")
        if a.post:
            t0 = time.perf_counter()
            payments = co.post_payment_journal(found.journal)
            print(f"post_payment_journal: {time.perf_counter() - t0:.2f} s for {len(payments):,} payments")
        print(
            f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
            f"load average {os.getloadavg()[0]:.1f}"
        )
    finally:
        books.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
