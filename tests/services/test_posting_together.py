"""Two users posting invoices at the same time on PostgreSQL both succeed (issue 11 contention soak): the
company lock is FOR NO KEY UPDATE, which does not conflict with the FOR KEY SHARE lock an invoice row's
foreign key takes on the company, so they wait for each other instead of deadlocking."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal as D

import pytest

from ardesk.api import ArdeskError, Books, Company, Line
from tests.conftest import PG_URL

ON_PG = bool(PG_URL) and PG_URL.startswith("postgresql")
pytestmark = [
    pytest.mark.postgresql_only,
    pytest.mark.skipif(not ON_PG, reason="needs ARDESK_TEST_DATABASE_URL=postgresql..."),
]

EACH = 40


def test_two_users_posting_invoices_at_once_never_deadlock(books: Books, co: Company) -> None:
    lost: list[str] = []
    numbers: list[str] = []
    start = threading.Barrier(2)

    def user() -> None:
        with Books.open(PG_URL) as theirs:
            mine = theirs.company(co.code)
            start.wait()
            for _ in range(EACH):
                try:
                    numbers.append(
                        mine.post_free_text_invoice("1001", dt.date(2026, 3, 2), [Line("x", D("10.00"))]).number
                    )
                except ArdeskError as exc:
                    lost.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=user) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert lost == []
    assert len(set(numbers)) == 2 * EACH
    assert len(co.transactions("1001")) == 2 * EACH
    assert books.verify_chain() == []
