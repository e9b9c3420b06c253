"""Single-call benchmark (issue 7, item 5): one API call = one committed transaction, N times in a row.

On fresh books in a temporary SQLite file (WAL, synchronous=NORMAL, as ardesk opens every file):

1. N x Company.post_free_text_invoice (one line of 100.00 + 21 % tax, customers in turn);
2. N x Company.post_payment(customer, date, amount, marks=[Mark(invoice)]), paying the invoices of 1.;
3. N x Company.settle(customer, date, [Mark(invoice), Mark(credit note)]) on N invoice + credit note pairs
   posted beforehand (saved as drafts and posted in one post_drafts(), not timed).

Then the same rows written with the standard library's `sqlite3` into a second file with the same pragmas, one
transaction per call, as a hand-written program would: per invoice the number, the invoice header, line and
tax row, a voucher with three ledger lines, the customer transaction and its due-date schedule row; per payment
a lookup of the open invoice, the number, a voucher with two ledger lines, the payment transaction, a settlement
row and the invoice's new balance; per settlement a lookup of the two open items, a settlement row and two
balance updates. The ratio ardesk/raw is ardesk's calls/s over the raw calls/s (1.0: as fast as raw SQL).

    python benchmarks/single_calls.py [--calls 1000] [--customers 100] [--profile 25 --only invoice|payment|settle]

--profile N runs the ardesk part of one phase (--only, default invoice) under cProfile and prints the N most
expensive functions; its figures then include the profiler's overhead.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlalchemy import event

from ardesk.api import Books, Company, Line, Mark

DATE = dt.date(2026, 6, 1)
PAY_DATE = dt.date(2026, 6, 15)
NET, TAX = Decimal("100.00"), Decimal("21")
TARGET = 400  # calls/s, each its own transaction
PHASES = ("invoice", "payment", "settle")


# --- ardesk -------------------------------------------------------------------------------------------
def setup(books: Books, customers: int) -> Company:
    co = books.create_company("BENCH", "Benchmark Trading B.V.", "EUR")
    co.create_terms_of_payment("N30", days=30)
    co.create_sales_tax("HIGH", TAX)
    for i in range(customers):
        co.create_customer(customer(i), f"Customer {i}", terms="N30")
    return co


def customer(i: int) -> str:
    return f"C{i:05d}"


STATEMENTS = [0]  # SQL statements ardesk sent, counted by a cursor event


def timed(label: str, calls: Sequence[Callable[[], object]], profile: int) -> tuple[float, float, int]:
    """Run every call in turn; returns (wall, CPU) seconds and the SQL statements ardesk sent."""
    statements = STATEMENTS[0]
    profiler = cProfile.Profile() if profile else None
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    tenth = max(1, len(calls) // 10)
    marks = []  # wall clock after each tenth of the calls: does a call get slower as the books grow?
    for i, call in enumerate(calls, 1):
        call()
        if i % tenth == 0:
            marks.append(time.perf_counter())
    if profiler:
        profiler.disable()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    if len(marks) >= 10:
        first, last = (marks[0] - started) / tenth * 1000, (marks[9] - marks[8]) / tenth * 1000
        print(
            f"{label}: {len(calls):,} calls in {wall:.2f} s ({cpu:.2f} s CPU); first tenth {first:.2f} ms/call, "
            f"last tenth {last:.2f} ms/call",
            flush=True,
        )
    if profiler:
        print(f"--- cProfile of {label} ---")
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(profile)
        stats.sort_stats("tottime").print_stats(profile)
    return wall, cpu, STATEMENTS[0] - statements


def bench_ardesk(path: str, n: int, customers: int, profile: int, only: str) -> dict[str, tuple[float, float, int]]:
    out: dict[str, tuple[float, float, int]] = {}
    with Books.open(path) as books:
        event.listen(books.engine, "before_cursor_execute", lambda *_: STATEMENTS.__setitem__(0, STATEMENTS[0] + 1))
        co = setup(books, customers)
        line = [Line("Article", amount=NET, tax="HIGH")]
        # warm-up: one call of each kind compiles the statements and fills SQLAlchemy's caches
        warm = co.post_free_text_invoice(customer(0), DATE, line)
        co.post_payment(customer(0), PAY_DATE, warm.amount, marks=[Mark(warm.number)])
        pairs = settle_pairs(co, n + 1, customers, line)
        co.settle(pairs[0][0], PAY_DATE, [Mark(pairs[0][1]), Mark(pairs[0][2])])

        invoices: list[tuple[str, str, Decimal]] = []

        def post(i: int) -> None:
            doc = co.post_free_text_invoice(customer(i % customers), DATE, line)
            invoices.append((doc.customer, doc.number, doc.amount))

        out["invoice"] = timed(
            "post_free_text_invoice", [lambda i=i: post(i) for i in range(n)], profile if only == "invoice" else 0
        )
        out["payment"] = timed(
            "post_payment",
            [
                lambda c=c, num=num, amt=amt: co.post_payment(c, PAY_DATE, amt, marks=[Mark(num)])
                for c, num, amt in invoices
            ],
            profile if only == "payment" else 0,
        )
        out["settle"] = timed(
            "settle",
            [lambda c=c, inv=inv, cn=cn: co.settle(c, PAY_DATE, [Mark(inv), Mark(cn)]) for c, inv, cn in pairs[1:]],
            profile if only == "settle" else 0,
        )
        open_left = sum(1 for c in range(customers) for _ in co.transactions(customer(c), open_only=True))
        problems = [r for r in co.reconcile_receivables() if r.difference != 0]
        balanced = sum(r.debit - r.credit for r in co.trial_balance()) == 0
        print(
            f"ardesk: open items left {open_left} (expected 0); receivables reconcile: {problems or 'yes'}; "
            f"trial balance zero: {balanced}"
        )
    return out


def settle_pairs(co: Company, n: int, customers: int, line: list[Line]) -> list[tuple[str, str, str]]:
    """n posted invoice + credit note pairs of the same amount: (customer, invoice, credit note)."""
    started = time.perf_counter()
    for i in range(n):
        co.save_draft(customer(i % customers), DATE, line)
        co.save_draft(customer(i % customers), DATE, line, kind="credit_note")
    result = co.post_drafts()
    if result.errors or len(result.posted) != 2 * n:
        raise SystemExit(f"posting the settle pairs failed: {result.errors[:3]}")
    by_customer: dict[str, dict[str, list[str]]] = {}
    for number in result.posted:
        doc = co.document(number)
        by_customer.setdefault(doc.customer, {}).setdefault(doc.kind, []).append(number)
    pairs = [
        (c, inv, cn)
        for c, kinds in sorted(by_customer.items())
        for inv, cn in zip(kinds["invoice"], kinds["credit_note"], strict=True)
    ]
    print(
        f"ardesk: {n:,} invoice + credit note pairs for settle saved and posted in "
        f"{time.perf_counter() - started:.1f} s (not timed)",
        flush=True,
    )
    return pairs


# --- raw sqlite3 ------------------------------------------------------------------------------------------
RAW_SCHEMA = """
CREATE TABLE number_sequence (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL, name TEXT NOT NULL,
    prefix TEXT NOT NULL, next INTEGER NOT NULL, UNIQUE (company_id, name));
CREATE TABLE customer (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL, account TEXT NOT NULL,
    name TEXT NOT NULL, UNIQUE (company_id, account));
CREATE TABLE invoice (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL, number TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customer(id), kind TEXT NOT NULL, status TEXT NOT NULL,
    date TEXT NOT NULL, due_date TEXT NOT NULL, currency TEXT NOT NULL, net INTEGER NOT NULL,
    tax INTEGER NOT NULL, total INTEGER NOT NULL, UNIQUE (company_id, number));
CREATE TABLE invoice_line (id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES invoice(id),
    seq INTEGER NOT NULL, description TEXT NOT NULL, quantity INTEGER NOT NULL, amount INTEGER NOT NULL,
    account_id INTEGER NOT NULL, tax_code TEXT);
CREATE TABLE invoice_tax (id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES invoice(id),
    tax_code TEXT NOT NULL, base INTEGER NOT NULL, amount INTEGER NOT NULL);
CREATE TABLE voucher (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL, number TEXT NOT NULL,
    date TEXT NOT NULL, kind TEXT NOT NULL, UNIQUE (company_id, number));
CREATE TABLE ledger_entry (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL,
    voucher_id INTEGER NOT NULL REFERENCES voucher(id), account_id INTEGER NOT NULL, date TEXT NOT NULL,
    amount INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX ix_ledger_account ON ledger_entry (company_id, account_id, date);
CREATE INDEX ix_ledger_voucher ON ledger_entry (voucher_id);
CREATE TABLE customer_transaction (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customer(id), voucher_id INTEGER NOT NULL REFERENCES voucher(id),
    number TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL, due_date TEXT, currency TEXT NOT NULL,
    amount INTEGER NOT NULL, balance INTEGER NOT NULL, closed_date TEXT);
CREATE INDEX ix_txn_open ON customer_transaction (company_id, customer_id, closed_date, due_date);
CREATE INDEX ix_txn_number ON customer_transaction (company_id, number);
CREATE INDEX ix_txn_voucher ON customer_transaction (voucher_id);
CREATE TABLE discount_schedule (id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES customer_transaction(id), seq INTEGER NOT NULL,
    discount_date TEXT NOT NULL, discount INTEGER NOT NULL, amount_to_pay INTEGER NOT NULL);
CREATE INDEX ix_schedule_txn ON discount_schedule (transaction_id);
CREATE TABLE settlement (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL,
    debit_id INTEGER NOT NULL REFERENCES customer_transaction(id),
    credit_id INTEGER NOT NULL REFERENCES customer_transaction(id), date TEXT NOT NULL, amount INTEGER NOT NULL);
CREATE INDEX ix_settlement_debit ON settlement (debit_id);
CREATE INDEX ix_settlement_credit ON settlement (credit_id);
"""
RECEIVABLE, REVENUE, SALES_TAX, BANK = 1100, 8000, 1500, 1200
CO = 1


class Raw:
    """What a hand-written program would do per call, on its own connection (autocommit, explicit BEGIN)."""

    def __init__(self, path: str, customers: int) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=5000"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.executescript(RAW_SCHEMA)
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT INTO number_sequence (company_id, name, prefix, next) VALUES (1, ?, ?, 1)",
            [("invoice", "INV-"), ("credit_note", "CN-"), ("payment", "ARP-")],
        )
        self.db.executemany(
            "INSERT INTO customer (id, company_id, account, name) VALUES (?, 1, ?, ?)",
            [(i + 1, customer(i), f"Customer {i}") for i in range(customers)],
        )
        self.db.execute("COMMIT")

    def _number(self, name: str) -> str:
        prefix, value = self.db.execute(
            "UPDATE number_sequence SET next = next + 1 WHERE company_id = ? AND name = ? RETURNING prefix, next - 1",
            (CO, name),
        ).fetchone()
        return f"{prefix}{value:06d}"

    def post_invoice(self, customer_id: int, kind: str = "invoice") -> tuple[int, str, int]:
        """(customer id, number, total in cents) of the new invoice or credit note."""
        sign = 1 if kind == "invoice" else -1
        net, tax = sign * 10_000, sign * 2_100
        due = (DATE + dt.timedelta(days=30)).isoformat()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        number = self._number(kind)
        inv = db.execute(
            "INSERT INTO invoice (company_id, number, customer_id, kind, status, date, due_date, "
            "currency, net, tax, total) VALUES (?, ?, ?, ?, 'posted', ?, ?, 'EUR', ?, ?, ?)",
            (CO, number, customer_id, kind, DATE.isoformat(), due, net, tax, net + tax),
        ).lastrowid
        db.execute(
            "INSERT INTO invoice_line (invoice_id, seq, description, quantity, amount, account_id, tax_code)"
            " VALUES (?, 0, 'Article', 10000, ?, ?, 'HIGH')",
            (inv, net, REVENUE),
        )
        db.execute(
            "INSERT INTO invoice_tax (invoice_id, tax_code, base, amount) VALUES (?, 'HIGH', ?, ?)", (inv, net, tax)
        )
        voucher = db.execute(
            "INSERT INTO voucher (company_id, number, date, kind) VALUES (?, ?, ?, ?)",
            (CO, number, DATE.isoformat(), kind),
        ).lastrowid
        db.executemany(
            "INSERT INTO ledger_entry (company_id, voucher_id, account_id, date, amount, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (CO, voucher, RECEIVABLE, DATE.isoformat(), net + tax, number),
                (CO, voucher, REVENUE, DATE.isoformat(), -net, number),
                (CO, voucher, SALES_TAX, DATE.isoformat(), -tax, number),
            ],
        )
        txn = db.execute(
            "INSERT INTO customer_transaction (company_id, customer_id, voucher_id, number, kind, date, "
            "due_date, currency, amount, balance) VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?)",
            (CO, customer_id, voucher, number, kind, DATE.isoformat(), due, net + tax, net + tax),
        ).lastrowid
        db.execute(
            "INSERT INTO discount_schedule (transaction_id, seq, discount_date, discount, amount_to_pay) "
            "VALUES (?, 0, ?, 0, ?)",
            (txn, due, net + tax),
        )
        db.execute("COMMIT")
        return customer_id, number, net + tax

    def post_payment(self, customer_id: int, invoice: str, amount: int) -> None:
        db = self.db
        day = PAY_DATE.isoformat()
        db.execute("BEGIN IMMEDIATE")
        row = db.execute(
            "SELECT id, balance FROM customer_transaction WHERE company_id = ? AND number = ? AND "
            "customer_id = ? AND closed_date IS NULL",
            (CO, invoice, customer_id),
        ).fetchone()
        if row is None or row[1] < amount:
            db.execute("ROLLBACK")
            raise RuntimeError(f"{invoice} is not open for {amount}")
        number = self._number("payment")
        voucher = db.execute(
            "INSERT INTO voucher (company_id, number, date, kind) VALUES (?, ?, ?, 'payment')", (CO, number, day)
        ).lastrowid
        db.executemany(
            "INSERT INTO ledger_entry (company_id, voucher_id, account_id, date, amount, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(CO, voucher, BANK, day, amount, number), (CO, voucher, RECEIVABLE, day, -amount, number)],
        )
        payment = db.execute(
            "INSERT INTO customer_transaction (company_id, customer_id, voucher_id, number, kind, "
            "date, currency, amount, balance, closed_date) "
            "VALUES (?, ?, ?, ?, 'payment', ?, 'EUR', ?, 0, ?)",
            (CO, customer_id, voucher, number, day, -amount, day),
        ).lastrowid
        db.execute(
            "INSERT INTO settlement (company_id, debit_id, credit_id, date, amount) VALUES (?, ?, ?, ?, ?)",
            (CO, row[0], payment, day, amount),
        )
        left = row[1] - amount
        db.execute(
            "UPDATE customer_transaction SET balance = ?, closed_date = ? WHERE id = ?",
            (left, day if left == 0 else None, row[0]),
        )
        db.execute("COMMIT")

    def settle(self, customer_id: int, invoice: str, credit_note: str) -> None:
        db = self.db
        day = PAY_DATE.isoformat()
        db.execute("BEGIN IMMEDIATE")
        rows = db.execute(
            "SELECT id, number, balance FROM customer_transaction WHERE company_id = ? AND number IN "
            "(?, ?) AND customer_id = ? AND closed_date IS NULL",
            (CO, invoice, credit_note, customer_id),
        ).fetchall()
        by_number = {number: (tid, balance) for tid, number, balance in rows}
        (debit, due), (credit, owed) = by_number[invoice], by_number[credit_note]
        amount = min(due, -owed)
        db.execute(
            "INSERT INTO settlement (company_id, debit_id, credit_id, date, amount) VALUES (?, ?, ?, ?, ?)",
            (CO, debit, credit, day, amount),
        )
        db.executemany(
            "UPDATE customer_transaction SET balance = ?, closed_date = ? WHERE id = ?",
            [
                (due - amount, day if due == amount else None, debit),
                (owed + amount, day if owed + amount == 0 else None, credit),
            ],
        )
        db.execute("COMMIT")


def bench_raw(path: str, n: int, customers: int) -> dict[str, tuple[float, float, int]]:
    raw = Raw(path, customers)
    pairs = [
        (raw.post_invoice(1 + i % customers)[:2], raw.post_invoice(1 + i % customers, "credit_note")[1])
        for i in range(n)
    ]  # the settle pairs, not timed
    invoices: list[tuple[int, str, int]] = []
    out = {
        "invoice": timed(
            "raw invoices", [lambda i=i: invoices.append(raw.post_invoice(1 + i % customers)) for i in range(n)], 0
        )
    }
    out["payment"] = timed(
        "raw payments", [lambda c=c, num=num, amt=amt: raw.post_payment(c, num, amt) for c, num, amt in invoices], 0
    )
    out["settle"] = timed(
        "raw settle", [lambda c=c, inv=inv, cn=cn: raw.settle(c, inv, cn) for (c, inv), cn in pairs], 0
    )
    left = raw.db.execute("SELECT count(*) FROM customer_transaction WHERE closed_date IS NULL").fetchone()[0]
    ar = raw.db.execute("SELECT sum(amount) FROM ledger_entry WHERE account_id = ?", (RECEIVABLE,)).fetchone()[0]
    print(f"raw: open items left {left} (expected 0), receivable balance {ar} (expected 0)")
    raw.db.close()
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-n", "--calls", type=int, default=1000, help="calls of each kind (default 1000)")
    p.add_argument("--customers", type=int, default=100)
    p.add_argument("--only", choices=PHASES, default="invoice", help="the phase --profile profiles")
    p.add_argument("--profile", type=int, metavar="N", default=0)
    args = p.parse_args()
    n = args.calls
    with tempfile.TemporaryDirectory(prefix="ardesk-single-") as folder:
        ours = bench_ardesk(os.path.join(folder, "books.db"), n, args.customers, args.profile, args.only)
        raw = bench_raw(os.path.join(folder, "raw.db"), n, args.customers)
    labels = {
        "invoice": "post_free_text_invoice",
        "payment": "post_payment (1 mark)",
        "settle": "settle (invoice + credit note)",
    }
    print(f"\n{n:,} single calls of each kind, one transaction each (SQLite file, WAL, synchronous=NORMAL):")
    print(
        f"{'call':32} {'ardesk calls/s':>15} {'ms/call':>8} {'CPU ms':>7} {'SQL/call':>8} {'raw calls/s':>12} "
        f"{'ardesk/raw':>10}  target {TARGET}/s"
    )
    for phase in PHASES:
        (wall, cpu, statements), (raw_wall, *_) = ours[phase], raw[phase]
        rate, raw_rate = n / wall, n / raw_wall
        print(
            f"{labels[phase]:32} {rate:15,.0f} {wall / n * 1000:8.2f} {cpu / n * 1000:7.2f} {statements / n:8.1f} "
            f"{raw_rate:12,.0f} {rate / raw_rate:10.3f}  {'met' if rate >= TARGET else 'MISSED'}"
        )
    print(
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; load average "
        f"{os.getloadavg()[0]:.1f}; SQLite {sqlite3.sqlite_version}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
