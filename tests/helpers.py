"""Test helpers shared by several test modules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from ardesk.api import Books
from ardesk.models import Base


def snapshot(books: Books) -> dict[str, list[tuple]]:
    """Every row of every table, for "the books are exactly as they were" assertions."""
    out = {}
    with books.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
    return out


def inject_receivable_journal(
    books: Books, company: str, day: dt.date, amount: int = 5000, account: str = "130100"
) -> None:
    """A manual GL posting on a receivable account (Dr account, Cr revenue 401100; amount in thousandths,
    5000 = 5.00), written with raw SQL as voucher GJ-HAND: ardesk itself refuses journals on receivable
    accounts, so this is how a difference from outside the program looks to the reconciliation."""
    with books.engine.begin() as c:
        cid = c.execute(text("SELECT id FROM company WHERE code = :c"), {"c": company}).scalar()
        acc = {n: i for i, n in c.execute(text("SELECT id, number FROM account WHERE company_id = :c"), {"c": cid})}
        vid = c.execute(
            text(
                "INSERT INTO voucher (company_id, number, date, kind, text, line_count) "
                "VALUES (:c, 'GJ-HAND', :d, 'journal', 'typed in elsewhere', 2) RETURNING id"
            ),
            {"c": cid, "d": day},
        ).scalar()
        for account_id, value in ((acc[account], amount), (acc["401100"], -amount)):
            c.execute(
                text(
                    "INSERT INTO ledger_entry (company_id, voucher_id, account_id, date, amount, currency, "
                    "amount_cur, text) VALUES (:c, :v, :a, :d, :m, 'EUR', :m, '')"
                ),
                {"c": cid, "v": vid, "a": account_id, "d": day, "m": value},
            )


#: What migration 0014 (issue 12) adds, newest first: tests that rewind books to an older revision drop it.
ISSUE_12_TABLES = (
    "direct_debit_collection",
    "bill_event",
    "card_payment",
    "bill_of_exchange",
    "direct_debit_run",
    "mandate",
)


def drop_issue_12(conn) -> None:  # type: ignore[no-untyped-def]
    """Take 0014's tables and column away (a SQLite connection), as books at 0013 were."""
    for name in ISSUE_12_TABLES:
        conn.exec_driver_sql(f"DROP TABLE {name}")
    conn.exec_driver_sql("ALTER TABLE ar_parameters DROP COLUMN prenotification_days")
