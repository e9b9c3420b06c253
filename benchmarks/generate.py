"""Generate large books (N customers, M posted invoices) with bulk SQLAlchemy Core inserts, then check them."""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any

import plan
from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection, Date, Integer, MetaData, cast, distinct, func, select, update
from sqlalchemy.engine import make_url

from ardesk import __version__
from ardesk.api import Books, Company
from ardesk.db.chain import GENESIS, line_text, voucher_hash
from ardesk.db.engine import WRITE
from ardesk.models import (
    AccountRole,
    Base,
    CashDiscount,
    CashDiscountPeriod,
    CustomerGroup,
    NumberSequence,
    PostingProfile,
    SalesTax,
    TermsOfPayment,
)
from ardesk.models import Company as CompanyRow
from ardesk.models.base import MoneyType, ScaledDecimal
from ardesk.services.payment_reference import reference_for

#: Tables written in bulk, in foreign-key order.
TABLES = (
    "customer",
    "voucher",
    "ledger_entry",
    "customer_transaction",
    "discount_schedule",
    "invoice",
    "invoice_line",
    "invoice_tax",
    "audit_event",
)
ROWS_PER_EXECUTE = 50_000
INVOICES_PER_BATCH = 20_000
COMPANY = "BENCH"


@dataclass
class Setup:
    """Ids and rules of the company's set-up, read back after it was created through the API."""

    company_id: int
    currency: str
    language: str
    receivable_id: int
    revenue_id: int
    profile_id: int
    group_id: int
    terms: dict[str | None, tuple[int | None, int, int]]  # code -> (id, days, months)
    discounts: dict[str | None, tuple[int | None, tuple[tuple[int, int], ...]]]  # code -> (id, (days, pct·1e6))
    taxes: dict[str, tuple[int, int, int]]  # code -> (id, pct·1e6, account id)
    sequences: dict[str, list]  # code -> [prefix, width, next number]
    due_cache: dict[tuple[str | None, dt.date], dt.date] = field(default_factory=dict)
    #: The company's voucher hash chain end [place, hash] (ardesk.db.chain), moved by every voucher built.
    chain: list = field(default_factory=lambda: [0, GENESIS])
    user: str = "unknown"  # services.audit: who the audit rows name (Books.user)
    loaded_at: dt.datetime = field(default_factory=dt.datetime.now)

    def take(self, code: str) -> str:
        seq = self.sequences[code]
        seq[2] += 1
        return f"{seq[0]}{seq[2] - 1:0{seq[1]}d}"

    def due(self, terms: str | None, date: dt.date) -> dt.date:
        """ardesk.services.terms.due_date: + months, then + days; no terms: due on the document date."""
        key = (terms, date)
        if key not in self.due_cache:
            _, days, months = self.terms[terms]
            self.due_cache[key] = (
                date if terms is None else date + relativedelta(months=months) + relativedelta(days=days)
            )
        return self.due_cache[key]


def half_up(value: int, numerator: int, denominator: int) -> int:
    """round(value × numerator / denominator) half away from zero, for value ≥ 0 (ardesk.money.round_money)."""
    return (2 * value * numerator + denominator) // (2 * denominator)


def micro(value: Decimal) -> int:
    return int(value.scaleb(6))


# --- set-up through the API ---------------------------------------------------------------------


def create_books(target: str) -> tuple[Books, Company]:
    books = Books.open(target)
    company = books.create_company(COMPANY, "Benchmark Trading B.V.", "EUR")
    for code, days, months in plan.TERMS:
        company.create_terms_of_payment(code, days=days, months=months)
    for code, periods in plan.CASH_DISCOUNTS:
        company.create_cash_discount(code, list(periods))
    for code, pct in plan.TAXES:
        company.create_sales_tax(code, pct)
    return books, company


def read_setup(books: Books) -> Setup:
    with books.reading() as s:
        co = s.scalar(select(CompanyRow).where(CompanyRow.code == COMPANY))
        cid = co.id

        def role(name: str) -> int:
            return s.scalar(
                select(AccountRole.account_id).where(AccountRole.company_id == cid, AccountRole.role == name)
            )

        terms: dict = {None: (None, 0, 0)}
        for t in s.scalars(select(TermsOfPayment).where(TermsOfPayment.company_id == cid)):
            terms[t.code] = (t.id, t.days, t.months)
        discounts: dict = {None: (None, ())}
        for cd in s.scalars(select(CashDiscount).where(CashDiscount.company_id == cid)):
            periods = s.scalars(
                select(CashDiscountPeriod)
                .where(CashDiscountPeriod.cash_discount_id == cd.id)
                .order_by(CashDiscountPeriod.seq)
            )
            discounts[cd.code] = (cd.id, tuple((p.days, micro(p.percent)) for p in periods))
        taxes = {
            t.code: (t.id, micro(t.percent), t.account_id)
            for t in s.scalars(select(SalesTax).where(SalesTax.company_id == cid))
        }
        sequences = {
            q.code: [q.prefix, q.width, q.next_number]
            for q in s.scalars(select(NumberSequence).where(NumberSequence.company_id == cid))
        }
        return Setup(
            cid,
            co.currency,
            co.language,
            role("receivable"),
            role("revenue"),
            s.scalar(select(PostingProfile.id).where(PostingProfile.company_id == cid, PostingProfile.code == "GEN")),
            s.scalar(select(CustomerGroup.id).where(CustomerGroup.company_id == cid, CustomerGroup.code == "STD")),
            terms,
            discounts,
            taxes,
            sequences,
            chain=[co.chain_seq, co.chain_head],
            user=books.user,
        )


# --- rows ---------------------------------------------------------------------------------------


class Batch:
    """Rows per table with ids assigned here, so related rows link without round trips."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self.next_ids = next_ids
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLES}

    def add(self, table: str, row: dict) -> int:
        row["id"] = self.next_ids[table]
        self.next_ids[table] += 1
        self.rows[table].append(row)
        return row["id"]

    def take(self) -> dict[str, list[dict]]:
        """The rows so far; the batch starts empty again (ids continue)."""
        rows, self.rows = self.rows, {t: [] for t in TABLES}
        return rows


def customer_row(su: Setup, spec: plan.CustomerSpec) -> dict:
    return {
        "company_id": su.company_id,
        "account": spec.account,
        "name": spec.name,
        "group_id": su.group_id,
        "terms_id": su.terms[spec.terms][0],
        "cash_discount_id": su.discounts[spec.cash_discount][0],
        "posting_profile_id": None,
        "method_of_payment_id": None,
        "sales_tax_id": None,
        "invoice_account_id": None,
        "currency": su.currency,
        "language": su.language,
        "credit_limit": None,
        "mandatory_credit_limit": False,
        "on_hold": "no",
        "address": None,
        "email": None,
        "phone": None,
        "vat_number": None,
        "iban": None,
        "bic": None,
        "party": None,
    }


def tax_summary(su: Setup, lines: tuple[plan.LineSpec, ...]) -> list[tuple[str, int, int]]:
    """(code, base, tax) per code in order of first use; tax rounded once per code (invoicing._tax_summary)."""
    bases: dict[str, int] = {}
    for line in lines:
        if line.tax is not None:
            bases[line.tax] = bases.get(line.tax, 0) + line.amount
    return [(code, base, half_up(base, su.taxes[code][1], 100_000_000)) for code, base in bases.items()]


def add_voucher(
    b: Batch,
    su: Setup,
    spec: plan.InvoiceSpec,
    cust: tuple[int, plan.CustomerSpec],
    taxes: list[tuple[str, int, int]],
    total: int,
    number: str,
) -> int:
    """services.posting.post_voucher: AR debit first, then a credit per line and per tax code."""
    vid = b.add(
        "voucher",
        {
            "company_id": su.company_id,
            "number": su.take("invoice_voucher"),
            "date": spec.date,
            "kind": "invoice",
            "text": f"Invoice {number}",
            "reverses_id": None,
        },
    )
    cust_id, cust_spec = cust
    entries = [(su.receivable_id, total, f"{cust_spec.account} {cust_spec.name}"[:200], cust_id)]
    entries += [(su.revenue_id, -line.amount, line.description[:200], None) for line in spec.lines]
    entries += [(su.taxes[code][2], -amount, f"Sales tax {code}", None) for code, _, amount in taxes]
    written = [e for e in entries if e[1] != 0 or len(entries) == 1]
    voucher = b.rows["voucher"][-1]
    voucher["line_count"] = len(written)  # a posted voucher is whole (db.triggers)
    # services.posting._chain: the voucher's place in the company's hash chain and its hash
    su.chain[0] += 1
    su.chain[1] = voucher_hash(
        su.chain[1],
        su.chain[0],
        voucher["number"],
        spec.date,
        "invoice",
        voucher["text"],
        None,
        [  # the builders give amounts in cents (Writer: the money columns store thousandths)
            line_text(
                account_id, Decimal(amount).scaleb(-2), su.currency, Decimal(amount).scaleb(-2), customer_id, text
            )
            for account_id, amount, text, customer_id in written
        ],
    )
    voucher["chain_seq"], voucher["hash"] = su.chain
    # services.audit: one "post" row per voucher (the time is the load's, not the database's default)
    b.add(
        "audit_event",
        {
            "company_id": su.company_id,
            "at": su.loaded_at,
            "user": su.user,
            "version": __version__,
            "action": "post",
            "document": voucher["number"],
            "voucher_id": vid,
            "details": "invoice",
        },
    )
    for account_id, amount, text, customer_id in written:
        b.add(
            "ledger_entry",
            {
                "company_id": su.company_id,
                "voucher_id": vid,
                "account_id": account_id,
                "date": spec.date,
                "amount": amount,
                "currency": su.currency,
                "amount_cur": amount,
                "text": text,
                "customer_id": customer_id,
            },
        )
    return vid


def add_transaction(
    b: Batch,
    su: Setup,
    spec: plan.InvoiceSpec,
    cust: tuple[int, plan.CustomerSpec],
    vid: int,
    number: str,
    total: int,
    due: dt.date,
) -> int:
    """services.transactions.open_item with its cash discount schedule (services.terms.schedule)."""
    cd_id, periods = su.discounts[cust[1].cash_discount]
    tid = b.add(
        "customer_transaction",
        {
            "company_id": su.company_id,
            "customer_id": cust[0],
            "voucher_id": vid,
            "number": number,
            "kind": "invoice",
            "date": spec.date,
            "document_date": spec.date,
            "due_date": due,
            "currency": su.currency,
            "exchange_rate": 100_000_000,
            "amount": total,
            "amount_acc": total,
            "account_id": su.receivable_id,
            "posting_profile_id": su.profile_id,
            "cash_discount_id": cd_id,
            "method_of_payment_id": None,
            "reference": None,
            "text": "",
            "balance": total,
            "balance_acc": total,
            "discount_taken": 0,
            "closed_date": None,
            # services.invoice_posting.payment_references, with the default kind (ISO 11649 RF)
            "payment_reference": reference_for("rf", number, int(number.rsplit("-", 1)[-1])),
        },
    )
    rows = [(spec.date + dt.timedelta(days=days), pct, half_up(total, pct, 100_000_000)) for days, pct in periods]
    rows.append((due, 0, 0))
    for seq, (date, pct, discount) in enumerate(rows):
        b.add(
            "discount_schedule",
            {
                "transaction_id": tid,
                "seq": seq,
                "discount_date": date,
                "percent": pct,
                "discount": discount,
                "amount_to_pay": total - discount,
            },
        )
    return tid


def add_invoice(b: Batch, su: Setup, spec: plan.InvoiceSpec, cust: tuple[int, plan.CustomerSpec]) -> None:
    """Everything services.invoicing.post_invoice writes for one invoice in the company's currency."""
    taxes = tax_summary(su, spec.lines)
    lines_total = sum(line.amount for line in spec.lines)
    tax_total = sum(amount for _, _, amount in taxes)
    total = lines_total + tax_total
    number = su.take("invoice")
    due = su.due(cust[1].terms, spec.date)
    vid = add_voucher(b, su, spec, cust, taxes, total, number)
    tid = add_transaction(b, su, spec, cust, vid, number, total, due)
    cd_id = su.discounts[cust[1].cash_discount][0]
    iid = b.add(
        "invoice",
        {
            "company_id": su.company_id,
            "status": "draft",
            "kind": "invoice",
            "number": number,
            "customer_id": cust[0],
            "invoice_account_id": cust[0],
            "date": spec.date,
            "document_date": spec.date,
            "due_date": due,
            "terms_id": su.terms[cust[1].terms][0],
            "cash_discount_id": cd_id,
            "posting_profile_id": su.profile_id,
            "method_of_payment_id": None,
            "currency": su.currency,
            "exchange_rate": 100_000_000,
            "language": su.language,
            "notes": None,
            "lines_total": lines_total,
            "tax_total": tax_total,
            "total": total,
            "voucher_id": vid,
            "transaction_id": tid,
            "original_id": None,
            "correction": None,
            "reason": None,
        },
    )
    for seq, line in enumerate(spec.lines):
        b.add(
            "invoice_line",
            {
                "invoice_id": iid,
                "seq": seq,
                "description": line.description,
                "quantity": line.quantity * 10_000,
                "unit_price": line.unit_price,
                "amount": line.amount,
                "account_id": su.revenue_id,
                "sales_tax_id": su.taxes[line.tax][0] if line.tax else None,
            },
        )
    for code, base, amount in taxes:
        b.add(
            "invoice_tax",
            {
                "invoice_id": iid,
                "sales_tax_id": su.taxes[code][0],
                "percent": su.taxes[code][1],
                "base": base,
                "amount": amount,
            },
        )


# --- writing ------------------------------------------------------------------------------------


class Writer:
    """Bulk inserts in one of three ways (measured in the README):

    typed  -- Core executemany into the ORM tables, Decimal binds through ScaledDecimal;
    core   -- Core executemany into tables reflected from the file: BIGINT minor units, no TypeDecorator;
    driver -- SQLite: the INSERT compiled once by SQLAlchemy, rows passed to the DB-API executemany as
              tuples; PostgreSQL: COPY FROM STDIN through psycopg on the same connection."""

    def __init__(self, conn: Connection, mode: str) -> None:
        self.conn, self.mode = conn, mode
        if mode == "typed":
            self.tables = {t: Base.metadata.tables[t] for t in TABLES}
        else:
            raw = MetaData()
            raw.reflect(conn, only=TABLES)
            self.tables = {t: raw.tables[t] for t in TABLES}
        orm = {t: Base.metadata.tables[t].columns for t in TABLES}
        self.scales = {
            t: {c.name: c.type.scale for c in cols if isinstance(c.type, ScaledDecimal)} for t, cols in orm.items()
        }
        # The builders give amounts in cents (plan.py); the money columns store thousandths (models.base.MoneyType).
        self.money = {t: [c.name for c in cols if isinstance(c.type, MoneyType)] for t, cols in orm.items()}
        self.dates = {t: [c.name for c in cols if isinstance(c.type, Date)] for t, cols in orm.items()}
        self.fill: dict[str, dict[str, Any]] = {}
        self.rows_written = 0

    def _defaults(self, table: str, row: dict) -> dict[str, Any]:
        """Columns the builders do not know (added to the models later) get their ORM default or NULL."""
        out = {}
        for c in Base.metadata.tables[table].columns:
            if c.name not in row:
                value = c.default.arg if c.default is not None and c.default.is_scalar else None
                if value is not None and isinstance(c.type, ScaledDecimal) and self.mode != "typed":
                    value = c.type.process_bind_param(value, None)
                out[c.name] = value
        return out

    def write(self, table: str, rows: list[dict]) -> None:
        if table not in self.fill:
            self.fill[table] = self._defaults(table, rows[0])
        present = [c for c in self.scales[table] if c in rows[0]]
        if self.mode == "typed":
            _convert(
                rows,
                {
                    c: (lambda v, s=2 if c in self.money[table] else self.scales[table][c]: Decimal(v).scaleb(-s))
                    for c in present
                },
            )
        else:
            _convert(rows, {c: (lambda v: v * 10) for c in present if c in self.money[table]})
        if self.fill[table]:
            for row in rows:
                row.update(self.fill[table])
        for start in range(0, len(rows), ROWS_PER_EXECUTE):
            chunk = rows[start : start + ROWS_PER_EXECUTE]
            if self.mode == "driver":
                self._driver(table, chunk)
            else:
                self.conn.execute(self.tables[table].insert(), chunk)
        self.rows_written += len(rows)

    def _driver(self, table: str, rows: list[dict]) -> None:
        if self.conn.dialect.name == "postgresql":
            self._copy(table, rows)
            return
        compiled = self.tables[table].insert().compile(dialect=self.conn.dialect)
        _convert(rows, dict.fromkeys(self.dates[table], dt.date.isoformat))  # SQLite stores ISO text
        self.conn.exec_driver_sql(str(compiled), list(map(itemgetter(*compiled.positiontup), rows)))

    def _copy(self, table: str, rows: list[dict]) -> None:
        """PostgreSQL: COPY FROM STDIN in the same transaction (row triggers and foreign keys still fire)."""
        cols = [c.name for c in self.tables[table].columns]
        with (
            self.conn.connection.driver_connection.cursor() as cur,
            cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy,
        ):
            for row in map(itemgetter(*cols), rows):
                copy.write_row(row)

    def flush(self, rows: dict[str, list[dict]]) -> None:
        """Invoices go in as drafts so their lines may be inserted (trigger invoice_line_no_insert),
        then become posted, as post_invoice does it."""
        invoices = rows["invoice"]
        span = (invoices[0]["id"], invoices[-1]["id"]) if invoices else None
        for table in TABLES:
            if rows[table]:
                self.write(table, rows[table])
        if span:
            t = self.tables["invoice"]
            self.conn.execute(update(t).where(t.c.id.between(*span)).values(status="posted"))


def _convert(rows: list[dict], converters: dict[str, Callable[[Any], Any]]) -> None:
    for row in rows:
        for name, fn in converters.items():
            if row[name] is not None:
                row[name] = fn(row[name])


def next_ids(conn: Connection) -> dict[str, int]:
    return {t: (conn.scalar(select(func.max(Base.metadata.tables[t].c.id))) or 0) + 1 for t in TABLES}


def batches(
    su: Setup, cust: list[tuple[int, plan.CustomerSpec]], count: int, seed: int, next_ids: dict[str, int]
) -> Iterator[dict[str, list[dict]]]:
    """The invoices' rows, INVOICES_PER_BATCH invoices at a time (works on a copy of the set-up)."""
    su, b = copy.deepcopy(su), Batch(dict(next_ids))
    for done, spec in enumerate(plan.invoices(count, len(cust), seed), 1):
        add_invoice(b, su, spec, cust[spec.customer])
        if done % INVOICES_PER_BATCH == 0 or done == count:
            yield b.take()


def _produce(queue: Any, *args: Any) -> None:
    for rows in batches(*args):
        queue.put(rows)
    queue.put(None)


def batches_in_background(*args: Any) -> Iterator[dict[str, list[dict]]]:
    """batches() built in a second process, so Python builds rows while SQLite inserts the previous ones."""
    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    queue = ctx.Queue(maxsize=3)
    worker = ctx.Process(target=_produce, args=(queue, *args), daemon=True)
    worker.start()
    try:
        yield from iter(queue.get, None)
    finally:
        worker.join(timeout=5)
        if worker.is_alive():
            worker.terminate()


def load(
    books: Books,
    su: Setup,
    customers: list[plan.CustomerSpec],
    invoice_count: int,
    seed: int,
    mode: str,
    parallel: bool = True,
) -> int:
    """Write everything in one transaction; returns the number of rows inserted."""
    with books.engine.execution_options(**{WRITE: True}).begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB page cache for this connection
        writer, b = Writer(conn, mode), Batch(next_ids(conn))
        cust = [(b.add("customer", customer_row(su, spec)), spec) for spec in customers]
        writer.flush(b.take())
        source = batches_in_background if parallel else batches
        started = time.perf_counter()
        chain_end = tuple(su.chain)
        for n, rows in enumerate(source(su, cust, invoice_count, seed, b.next_ids), 1):
            if rows.get("voucher"):
                chain_end = (rows["voucher"][-1]["chain_seq"], rows["voucher"][-1]["hash"])
            writer.flush(rows)
            progress(min(n * INVOICES_PER_BATCH, invoice_count), invoice_count, started)
        finish(conn, su, invoice_count, chain_end)
        return writer.rows_written


def progress(done: int, total: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    print(
        f"  {done:>9,} / {total:,} invoices  {elapsed:6.1f} s  {done / elapsed:8,.0f} invoices/s",
        file=sys.stderr,
        flush=True,
    )


def finish(conn: Connection, su: Setup, invoices: int, chain_end: tuple[int, str]) -> None:
    """Advance the number sequences (gap-free: next = last used + 1), the company's chain end and, on
    PostgreSQL, the id sequences."""
    companies = Base.metadata.tables["company"]
    conn.execute(
        update(companies).where(companies.c.id == su.company_id).values(chain_seq=chain_end[0], chain_head=chain_end[1])
    )
    seqs = Base.metadata.tables["number_sequence"]
    for code in ("invoice", "invoice_voucher"):
        conn.execute(
            update(seqs)
            .where(seqs.c.company_id == su.company_id, seqs.c.code == code)
            .values(next_number=su.sequences[code][2] + invoices)
        )
    if conn.dialect.name == "postgresql":
        for t in TABLES:
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))")


# --- checks and report --------------------------------------------------------------------------


def check(books: Books, company: Company, expected_invoices: int) -> list[str]:
    """Problems found through the API and with plain counts; an empty list means consistent books."""
    problems = []
    for row in company.reconcile_receivables():
        if row.difference != 0:
            problems.append(f"receivables {row.account}: subledger {row.subledger} ledger {row.ledger}")
    problems += [str(p) for p in books.verify_chain()]  # the voucher hash chain is whole
    tb = company.trial_balance()
    if sum(r.debit - r.credit for r in tb) != 0:
        problems.append("the trial balance does not sum to zero")
    seq = Base.metadata.tables["number_sequence"]
    with books.engine.connect() as conn:
        nxt = dict(conn.execute(select(seq.c.code, seq.c.next_number)).all())
        for table, code, prefix in (("invoice", "invoice", "INV-"), ("voucher", "invoice_voucher", "FTI-")):
            count, distinct, low, high = numbers(conn, table, prefix)
            if (count, distinct, low or 1, high or 0, nxt[code]) != (expected_invoices, count, 1, count, count + 1):
                problems.append(
                    f"{table} numbers: {count} rows, {distinct} distinct, {prefix}{low} .. {prefix}{high}, "
                    f"next number {nxt[code]}"
                )
    return problems


def numbers(conn: Connection, table: str, prefix: str) -> tuple[int, int, int | None, int | None]:
    """(rows, distinct numbers, lowest, highest numeric part) of the numbers with this prefix: gap-free
    means lowest 1 and highest = rows = distinct. (max(number) as text is wrong past 999,999.)"""
    t = Base.metadata.tables[table]
    suffix = cast(func.substr(t.c.number, len(prefix) + 1), Integer)
    q = select(func.count(), func.count(distinct(t.c.number)), func.min(suffix), func.max(suffix))
    return tuple(conn.execute(q.where(t.c.number.startswith(prefix, autoescape=True))).one())


def counts(books: Books) -> dict[str, int]:
    with books.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(Base.metadata.tables[t])) for t in TABLES}


def checkpoint(books: Books) -> int | None:
    """Fold the WAL into the file and return its size in bytes (None on PostgreSQL)."""
    if books.engine.dialect.name != "sqlite":
        return None
    with books.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(books.engine.url.database).stat().st_size


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("path", nargs="?", help="SQLite file to create (must not exist)")
    p.add_argument("--url", help="SQLAlchemy URL instead of a path, e.g. postgresql+psycopg://u:p@host/db")
    p.add_argument("--customers", type=int, default=10_000)
    p.add_argument("--invoices", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--inline", action="store_true", help="build rows in this process (default: a second one)")
    p.add_argument(
        "--mode",
        choices=("driver", "core", "typed"),
        default="driver",
        help="how rows are inserted (see Writer); default: driver",
    )
    args = p.parse_args(argv)
    if bool(args.path) == bool(args.url):
        p.error("give a PATH or --url")
    if args.path and Path(args.path).exists():
        p.error(f"{args.path} exists; remove it first")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    target = args.url or str(Path(args.path).resolve())
    t0 = time.perf_counter()
    books, company = create_books(target)
    su = read_setup(books)
    customers = plan.customers(args.customers, args.seed)
    t1 = time.perf_counter()
    rows = load(books, su, customers, args.invoices, args.seed, args.mode, parallel=not args.inline)
    t2 = time.perf_counter()
    problems = check(books, company, args.invoices)
    t3 = time.perf_counter()
    size = checkpoint(books)
    report(books, rows, size, (t1 - t0, t2 - t1, t3 - t2), problems, args)
    books.close()
    return 1 if problems else 0


def report(
    books: Books,
    rows: int,
    size: int | None,
    times: tuple[float, float, float],
    problems: list[str],
    args: argparse.Namespace,
) -> None:
    setup_s, load_s, check_s = times
    print(f"books: {make_url(str(books.url)).render_as_string(hide_password=True)}")
    for table, n in counts(books).items():
        print(f"  {table:<22}{n:>12,}")
    print(
        f"rows inserted: {rows:,} in {load_s:.1f} s = {rows / load_s:,.0f} rows/s "
        f"({args.invoices / load_s:,.0f} invoices/s, mode {args.mode})"
    )
    print(f"set-up {setup_s:.1f} s, load {load_s:.1f} s, checks {check_s:.1f} s")
    if size is not None:
        print(f"file size: {size / 1e6:,.1f} MB")
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"CPU: {me.ru_utime + me.ru_stime:,.1f} s in this process, {kids.ru_utime + kids.ru_stime:,.1f} s in the "
        f"row builder; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"peak RSS: {me.ru_maxrss / 1024:,.0f} MB (row builder {kids.ru_maxrss / 1024:,.0f} MB)")
    print(
        "consistency: OK (receivables reconcile, hash chain whole, trial balance 0, numbers gap-free)"
        if not problems
        else "consistency: FAILED\n  " + "\n  ".join(problems)
    )


if __name__ == "__main__":
    sys.exit(main())
