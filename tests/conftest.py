"""Shared fixtures: fresh books on SQLite (in memory) or, with ARDESK_TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal as D

import pytest
from sqlalchemy import text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ardesk.api import Books, Company
from ardesk.models import Base

PG_URL = os.environ.get("ARDESK_TEST_DATABASE_URL")
_pg_books: Books | None = None


def _fresh_pg() -> Books:
    """One PostgreSQL database for the run, emptied before each test (TRUNCATE skips the row triggers)."""
    global _pg_books
    if _pg_books is None:
        _pg_books = Books.open(PG_URL)
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with _pg_books.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    # Company ids and set-up versions start again from 1 and 0: what was remembered no longer applies.
    _pg_books.setup_cache.clear()
    return _pg_books


@pytest.fixture
def books() -> Iterator[Books]:
    if PG_URL:
        yield _fresh_pg()
    else:
        with Books.open(":memory:") as b:
            yield b


@pytest.fixture
def co(books: Books) -> Company:
    """A Dutch-style EUR company with terms, a two-period cash discount and VAT codes."""
    company = books.create_company("NL01", "Kantoorboekhandel De Vries B.V.", currency="EUR")
    company.create_terms_of_payment("N30", days=30)
    company.create_terms_of_payment("M1", months=1)
    company.create_cash_discount("2D8", [(8, D("2"))])
    company.create_cash_discount("3D5-1D14", [(5, D("3")), (14, D("1"))])
    company.create_sales_tax("HIGH", D("21"))
    company.create_sales_tax("LOW", D("9"))
    company.create_customer("1001", "Jansen Installatietechniek B.V.", terms="N30")
    return company


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql_only: needs ARDESK_TEST_DATABASE_URL")
