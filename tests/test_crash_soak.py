"""Bounded versions of the crash and contention soaks (issue 11.6; the long runs are soak/crash_soak.py and
soak/contention_soak.py): child processes SIGKILLed while posting mixed work leave books that reopen and pass
tests/books_checks.check_books, several processes racing for the same invoices on PostgreSQL lose cleanly, and
check_books itself finds an unbalanced voucher and a gap in the numbers (so it cannot pass silently)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import text

from ardesk.api import Line, Mark
from ardesk.db import schema
from soak.contention_soak import run_contention_soak
from soak.crash_soak import run_crash_soak
from tests.books_checks import check_books, expect_healthy_books
from tests.conftest import PG_URL

ON_PG = bool(PG_URL) and PG_URL.startswith("postgresql")
DAY = dt.date(2026, 3, 2)


@pytest.mark.slow
def test_books_survive_four_sigkills_during_mixed_posting_on_sqlite():
    figures = run_crash_soak("sqlite", 4, seed=11)
    assert figures.defects == [], "\n".join(figures.lines())
    assert (figures.kills, figures.checks) == (4, 4)
    assert figures.unclean == 4  # each killed child left its process id in the lock file; Books.open took over
    assert figures.calls > 0 and figures.documents > 0


@pytest.mark.slow
@pytest.mark.postgresql_only
@pytest.mark.skipif(not ON_PG, reason="needs ARDESK_TEST_DATABASE_URL=postgresql...")
def test_books_survive_four_sigkills_during_mixed_posting_on_postgresql():
    figures = run_crash_soak("postgresql", 4, seed=11, url=PG_URL)
    assert figures.defects == [], "\n".join(figures.lines())
    assert (figures.kills, figures.checks) == (4, 4)
    assert figures.calls > 0 and figures.documents > 0


@pytest.mark.slow
@pytest.mark.postgresql_only
@pytest.mark.skipif(not ON_PG, reason="needs ARDESK_TEST_DATABASE_URL=postgresql...")
def test_three_processes_racing_for_the_same_invoices_lose_cleanly():
    figures = run_contention_soak(PG_URL, 3, 20, seed=5)
    assert figures.defects == [], "\n".join(figures.lines())
    assert figures.wins + figures.clean_losses == figures.calls
    assert figures.wins > 0
    assert figures.races > 0  # the workers really collided on the same open items


@pytest.fixture
def triggers_back(books):
    """This test drops a protective trigger: put them all back (the PostgreSQL test database is shared)."""
    yield books
    schema.restore_triggers(books.engine)


def test_check_books_finds_an_unbalanced_voucher_and_a_gap_in_the_numbers(triggers_back, co):
    books = triggers_back
    invoice = co.post_free_text_invoice("1001", DAY, [Line("goods", D("100.00"), tax="HIGH")])
    co.post_payment("1001", DAY, D("50.00"), marks=[Mark(invoice.number, D("50.00"))])
    expect_healthy_books(books, "NL01")

    # One ledger line of the invoice voucher changed behind ardesk's back (its trigger dropped first).
    table = "ledger_entry"
    drop = "DROP TRIGGER IF EXISTS trg_ledger_entry_no_update"
    with books.engine.begin() as c:
        c.exec_driver_sql(drop if books.engine.dialect.name == "sqlite" else f"{drop} ON {table}")
        c.execute(
            text(
                "UPDATE ledger_entry SET amount = amount + 1000 WHERE id = (SELECT MIN(e.id) FROM ledger_entry e "
                "JOIN voucher v ON v.id = e.voucher_id WHERE v.number = :n)"
            ),
            {"n": invoice.voucher},
        )
    defects = check_books(books, "NL01")
    assert f"voucher {invoice.voucher} does not balance: debit minus credit is 1.00" in defects
    assert any(d.startswith("trial balance: debit") for d in defects)
    assert any(d.startswith("hash chain:") for d in defects)

    # A general journal voucher numbered GJ-000002 while GJ-000001 was never written: a gap.
    schema.restore_triggers(books.engine)
    with books.engine.begin() as c:
        cid = c.execute(text("SELECT id FROM company WHERE code = 'NL01'")).scalar()
        c.execute(
            text(
                "INSERT INTO voucher (company_id, number, date, kind, text, line_count) "
                "VALUES (:c, 'GJ-000002', :d, 'journal', 'typed in elsewhere', 0)"
            ),
            {"c": cid, "d": DAY},
        )
        c.execute(
            text("UPDATE number_sequence SET next_number = 3 WHERE company_id = :c AND code = 'general_voucher'"),
            {"c": cid},
        )
    defects = check_books(books, "NL01")
    assert "sequence general_voucher: gap, numbers missing: [1] (next number 3)" in defects
