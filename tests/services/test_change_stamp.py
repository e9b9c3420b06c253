"""The change stamp open windows poll (issue 11, item 6) and each company's sane range of business dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine

from ardesk.api import Books, Company, Line, ValidationError
from ardesk.db import schema
from tests.helpers import drop_issue_12, snapshot

DAY = dt.date(2026, 3, 2)


def test_every_write_raises_the_stamp_and_reads_do_not(co: Company) -> None:
    start = co.change_stamp()
    co.customers()
    co.open_items("1001", DAY)
    assert co.change_stamp() == start
    co.create_customer("1002", "Bakkerij Oost")
    after_customer = co.change_stamp()
    assert after_customer == start + 1
    co.post_free_text_invoice("1001", DAY, [Line("Goods", D("121.00"))])
    assert co.change_stamp() == after_customer + 1


def test_a_refused_call_leaves_the_stamp_as_it_was(co: Company) -> None:
    start = co.change_stamp()
    with pytest.raises(ValidationError):
        co.post_free_text_invoice("9999", DAY, [Line("Goods", D("121.00"))])
    assert co.change_stamp() == start


def test_each_company_has_its_own_stamp(books: Books, co: Company) -> None:
    other = books.create_company("BE01", "Andere NV")
    before = other.change_stamp()
    co.create_customer("1002", "Bakkerij Oost")
    assert other.change_stamp() == before


def test_the_company_may_widen_its_range_of_dates(co: Company) -> None:
    old = dt.date(1985, 6, 1)
    with pytest.raises(ValidationError, match="outside the dates ardesk accepts"):
        co.set_exchange_rate("USD", old, D("0.9"))
    co.set_parameters(earliest_date=dt.date(1980, 1, 1))
    co.set_exchange_rate("USD", old, D("0.9"))
    assert co.exchange_rate("USD", dt.date(1986, 1, 1)) == D("0.9")
    assert co.parameters()["earliest_date"] == dt.date(1980, 1, 1)


def test_the_company_may_narrow_its_range_of_dates(co: Company) -> None:
    co.set_parameters(latest_date=dt.date(2030, 12, 31))
    before = snapshot(co.books)
    with pytest.raises(ValidationError) as exc:
        co.post_free_text_invoice("1001", dt.date(2031, 1, 2), [Line("Goods", D("121.00"))])
    assert exc.value.field == "date"
    assert "2031-01-02 is outside the dates ardesk accepts (1990-01-01 to 2030-12-31)" in exc.value.message
    assert snapshot(co.books) == before
    co.post_free_text_invoice("1001", dt.date(2030, 12, 31), [Line("Goods", D("121.00"))])


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"earliest_date": dt.date(2101, 1, 1)}, "earliest_date"),
        ({"latest_date": dt.date(1989, 1, 1)}, "latest_date"),
        ({"earliest_date": dt.date(2000, 1, 1), "latest_date": dt.date(2000, 1, 1)}, "latest_date"),
        ({"earliest_date": dt.date(1899, 12, 31)}, "earliest_date"),
        ({"latest_date": dt.date(2200, 1, 1)}, "latest_date"),
        ({"latest_date": "2030-01-01"}, "latest_date"),
    ],
)
def test_a_range_that_makes_no_sense_is_refused(co: Company, values: dict, field: str) -> None:
    before = snapshot(co.books)
    with pytest.raises(ValidationError) as exc:
        co.set_parameters(**values)
    assert exc.value.field == field
    assert snapshot(co.books) == before


def test_upgrading_from_0012_gives_every_company_a_stamp_and_the_default_range(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Books.open(path) as books:
        books.create_company("NL01", "Oud B.V.")
        books.create_company("NL02", "Ouder B.V.")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        c.exec_driver_sql("DROP TABLE change_stamp")
        c.exec_driver_sql("ALTER TABLE ar_parameters DROP COLUMN earliest_date")
        c.exec_driver_sql("ALTER TABLE ar_parameters DROP COLUMN latest_date")
        drop_issue_12(c)
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '0012'")
    engine.dispose()
    with Books.open(path) as books:
        for code in ("NL01", "NL02"):
            co = books.company(code)
            assert co.change_stamp() == 0
            co.create_customer("1001", "Klant")
            assert co.change_stamp() == 1
            assert co.parameters()["latest_date"] == dt.date(2100, 12, 31)
        assert schema.current_revision(books.engine) == schema.HEAD
