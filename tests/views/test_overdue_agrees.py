"""One definition of "overdue": the Invoicing list, the Collections page and the aging show the same figures
as of a date, on a book with items without a due date, part payments, a credit note and payments after the date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ardesk.api import Books
from ardesk.views.collections.page import CollectionsPage
from ardesk.views.context import AppContext
from ardesk.views.invoicing.page import InvoicingPage
from tests import overdue_book
from tests.overdue_book import AGING, AS_OF, INVOICING_OVERDUE, OVERDUE

pytestmark = pytest.mark.gui


@pytest.fixture
def book(tmp_path, runner) -> Iterator[tuple[overdue_book.Book, AppContext]]:
    with Books.open(tmp_path / "overdue.db") as books:
        built = overdue_book.build(books)
        yield built, AppContext(books, built.company, "en", runner, today=lambda: AS_OF)


def show(qtbot, wait_loaded, page):
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_loaded(page)
    return page


def test_invoicing_collections_and_aging_agree_on_what_is_overdue(book, qtbot, wait_loaded):
    built, ctx = book
    n = built.numbers
    expected = {n[name]: balance for name, balance, _ in OVERDUE}

    collections = show(qtbot, wait_loaded, CollectionsPage(ctx))
    summary = collections.summary
    assert dict(summary.buckets) == AGING and summary.total == sum(AGING.values())
    assert [t.value.text() for t in collections.tiles] == [ctx.amount(a) for a in AGING.values()] + [
        ctx.amount(summary.total)
    ]
    # The workspace's overdue total is that of the overdue items (the one definition), customer by customer.
    items = ctx.company.overdue_items(AS_OF)
    listed = {r.number: r.balance for r in items}
    assert listed == expected
    assert {r.number: (AS_OF - r.falls_due).days for r in items} == {
        n[name]: days for name, _, days in OVERDUE
    }  # the item without a due date counts from its date
    assert summary.overdue == sum(listed.values())
    per_customer: dict[str, object] = {}
    for r in items:
        per_customer[r.customer] = per_customer.get(r.customer, 0) + r.balance
    shown = {r.account: r.overdue for r in collections.model.rows() if r.overdue}
    assert shown == per_customer

    invoicing = show(qtbot, wait_loaded, InvoicingPage(ctx))
    assert invoicing.counts["overdue"] == len(INVOICING_OVERDUE)
    marked = {r.number: r.balance for r in invoicing.model.rows() if invoicing.status(r) == "Overdue"}
    with qtbot.waitSignal(invoicing.loaded, timeout=10000):
        invoicing.set_status("overdue")
    qtbot.waitUntil(lambda: not invoicing.loading, timeout=10000)
    tab = {r.number: r.balance for r in invoicing.model.rows()}
    from_collections = {number: b for number, b in listed.items() if number in {n[i] for i in INVOICING_OVERDUE}}
    assert tab == marked == from_collections
    assert {invoicing.status(r) for r in invoicing.model.rows()} == {"Overdue"}
    assert [(t.count, t.balance) for t in invoicing.totals] == [(len(tab), sum(tab.values()))]
    # The invoice paid five days after the date shows as overdue on it, with its balance on that date.
    assert tab[n["b2"]] == expected[n["b2"]]
