"""The lazy Customers model and page: Qt's contract, rows, sort, search, and 100,000 customers."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from ardesk.api import Books
from ardesk.models import Customer, CustomerGroup
from ardesk.services import queries
from ardesk.views.context import AppContext
from ardesk.views.customers.page import CustomersPage
from ardesk.views.customers.table_model import COLUMNS, CustomerTableModel
from ardesk.views.ops import Runner

pytestmark = pytest.mark.gui
DISPLAY = Qt.ItemDataRole.DisplayRole


def counting_fetcher(ctx: AppContext, calls: list[int]):
    def fetch(ids):
        calls.append(len(ids))
        return ctx.company.customer_rows(ids)

    return fetch


def demo_model(ctx: AppContext, calls: list[int], page_size: int = 200) -> CustomerTableModel:
    model = CustomerTableModel(ctx, counting_fetcher(ctx, calls), page_size=page_size)
    model.set_ids(ctx.company.customer_ids())
    return model


def cell(model: CustomerTableModel, row: int, key: str) -> str:
    return model.data(model.index(row, COLUMNS.index(key)), DISPLAY)


def test_model_contract(ctx, qtmodeltester):
    qtmodeltester.check(demo_model(ctx, [], page_size=7))  # several pages, so the tester crosses them


def test_rows_come_in_pages_and_are_cached(ctx):
    calls: list[int] = []
    model = demo_model(ctx, calls, page_size=16)
    assert model.rowCount() == 40
    assert cell(model, 0, "account") == "10010"
    assert cell(model, 15, "name") == "Boekhandel Van Leeuwen B.V."
    assert calls == [16]
    assert cell(model, 39, "account") == "20120"
    assert calls == [16, 8]
    assert cell(model, 1, "name") == "Bouwbedrijf Mulder & Zn. B.V."
    assert calls == [16, 8]  # cached


def test_amounts_are_formatted_and_right_aligned(ctx):
    model = demo_model(ctx, [])
    assert cell(model, 0, "credit_limit") == "5,000.00"
    balance = model.index(0, COLUMNS.index("balance"))
    assert model.data(balance, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(model, 0, "balance") == ctx.amount(ctx.company.customer("10010").balance)
    assert cell(model, 3, "credit_limit") == ""
    assert cell(model, 0, "language") == "Dutch"


@pytest.fixture
def page(ctx, qtbot, wait_loaded) -> CustomersPage:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    wait_loaded(page)
    return page


def test_page_lists_all_customers_in_account_order(page):
    assert page.model.rowCount() == 40
    assert page.count_label.text() == "40 customers"
    assert [cell(page.model, r, "account") for r in (0, 1, 39)] == ["10010", "10020", "20120"]


def test_sort_by_clicking_headers_is_done_in_sql(page, qtbot, wait_loaded):
    header = page.view.horizontalHeader()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        header.setSortIndicator(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = [cell(page.model, r, "name") for r in range(40)]
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    assert names[0] == "Albion Logistics Ltd"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        header.setSortIndicator(COLUMNS.index("balance"), Qt.SortOrder.DescendingOrder)
    balances = [page.model.info(r).balance for r in range(40)]
    assert balances == sorted(balances, reverse=True)
    # Credit limit cannot be sorted in SQL: the indicator stays on Balance.
    header.setSortIndicator(COLUMNS.index("credit_limit"), Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == COLUMNS.index("balance")


def test_search_is_debounced_and_matches_account_or_name(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "ltd")
    assert page.model.rowCount() == 12
    assert page.count_label.text() == "12 customers"
    page.search.clear()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "10020")
    assert page.model.rowCount() == 1
    assert cell(page.model, 0, "name") == "Bouwbedrijf Mulder & Zn. B.V."


def test_enter_and_double_click_open_the_editor(page, qtbot, monkeypatch):
    opened: list[str] = []

    class FakeDialog:
        def __init__(self, ctx, info, parent):
            opened.append(info.account)
            self.saved = None

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("ardesk.views.customers.page.CustomerDialog", FakeDialog)
    page.view.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    rect = page.view.visualRect(page.model.index(4, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a press comes first
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["10030", "10050"]


def bulk_customers(books: Books, company_id: int, count: int) -> None:
    """Test-only bulk insert: the API creates customers one transaction at a time."""
    with books.writing() as s:
        group = s.scalar(
            select(CustomerGroup.id).where(CustomerGroup.company_id == company_id, CustomerGroup.code == "STD")
        )
        s.execute(
            insert(Customer),
            [
                {
                    "company_id": company_id,
                    "account": f"K{i:06d}",
                    "name": f"Klant {i:06d} B.V.",
                    "group_id": group,
                    "currency": "EUR",
                    "language": "nl",
                    "mandatory_credit_limit": False,
                    "on_hold": "no",
                }
                for i in range(count)
            ],
        )


def test_100000_customers_open_and_scroll_without_delay(qtbot, wait_loaded):
    with Books.open(":memory:") as books:
        company = books.create_company("BIG", "Groothandel B.V.")
        with books.reading() as s:
            company_id = queries.company_id(s, "BIG")
        started = time.perf_counter()
        bulk_customers(books, company_id, 100_000)
        inserted = time.perf_counter() - started
        runner = Runner()
        ctx = AppContext(books, company, "en", runner)
        page = CustomersPage(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 600)
        started = time.perf_counter()
        page.show()
        wait_loaded(page)
        opened = time.perf_counter() - started
        first_page = page.model.last_fetch_seconds
        model = page.model
        assert model.rowCount() == 100_000
        started = time.perf_counter()
        page.view.scrollToBottom()
        qtbot.wait(10)
        assert cell(model, 99_999, "account") == "K099999"
        assert model.data(model.index(99_999, COLUMNS.index("name")), DISPLAY) == "Klant 099999 B.V."
        scrolled = time.perf_counter() - started
        print(
            f"\n100,000 customers: bulk insert {inserted:.2f} s, page open (ids + first rows) {opened:.3f} s, "
            f"first page of 200 rows {first_page * 1000:.1f} ms, scroll to the end {scrolled * 1000:.0f} ms"
        )
        assert first_page < 0.5 and opened < 5
        assert len(model._pages) <= 3  # only what was looked at was fetched
        runner.wait()
