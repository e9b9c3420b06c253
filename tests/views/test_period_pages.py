"""Period close (close, reopen with a reason, the reopenings) and the receivables reconciliation page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ardesk.views.period.close import PeriodClosePage
from ardesk.views.period.reconciliation import ReconciliationPage

pytestmark = pytest.mark.gui

OCTOBER = dt.date(2026, 10, 31)


@pytest.fixture
def page(ctx, qtbot, wait_loaded):
    p = PeriodClosePage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    wait_loaded(p)
    return p


def state(page: PeriodClosePage, month: int) -> str:
    return page.model.index(month - 1, 3).data()


def test_months_of_the_year_with_their_state(page):
    assert page.year.currentData() == 2026 and [page.year.itemData(i) for i in range(4)] == [2026, 2025, 2024, 2023]
    assert page.model.rowCount() == 12
    assert page.model.index(0, 0).data() == "January 2026" and page.model.index(11, 2).data() == "31/12/2026"
    assert {state(page, m) for m in range(1, 13)} == {"Open"}
    assert page.selected().end == dt.date(2026, 11, 30)  # this month
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()
    assert page.history_placeholder.isVisibleTo(page)


def test_close_and_reopen_through_the_page(ctx, page, wait_loaded, qtbot):
    page.select_month(OCTOBER)
    asked = []
    page.ask = lambda title, text: asked.append(text) or False
    assert not page.close_selected() and ctx.company.closed_periods() == []  # answered No
    assert "01/10/2026 to 31/10/2026" in asked[0]
    page.ask = lambda *_: True
    assert page.close_selected()
    assert ctx.company.closed_periods() == [OCTOBER]
    wait_loaded(page)
    assert state(page, 10) == "Closed" and page.selected().end == OCTOBER
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()
    assert page.last_message == "October 2026 is closed."
    # reopening needs a reason: the dialog says so beside the field and reopens nothing
    dialog = page.reopen_selected()
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    assert dialog.errors.message("reason") == "Give the reason for reopening the month."
    assert ctx.company.closed_periods() == [OCTOBER] and dialog.isVisible()
    dialog.reason.setText("Late credit note for an October delivery")
    dialog.ok.click()
    assert not dialog.isVisible() and ctx.company.closed_periods() == []
    wait_loaded(page)
    assert state(page, 10) == "Reopened"
    assert page.model.index(9, 4).data() == "Late credit note for an October delivery"
    assert page.history_view.isVisibleTo(page) and page.history_model.rowCount() == 1
    assert page.history_model.index(0, 2).data() == "Late credit note for an October delivery"
    assert page.last_message == "October 2026 is reopened."


def test_a_closed_month_from_an_older_year_is_shown(ctx, page, wait_loaded):
    ctx.company.close_period(dt.date(2019, 3, 31))
    ctx.notify_changed()
    wait_loaded(page)
    assert page.year.findData(2019) >= 0
    page.select_month(dt.date(2019, 3, 31))
    assert state(page, 3) == "Closed" and page.model.index(2, 3).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_reconciliation_shows_the_engines_totals(ctx, qtbot, wait_loaded):
    page = ReconciliationPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    rows = ctx.company.reconcile_receivables()
    assert [page.model.index(i, 0).data() for i in range(page.model.rowCount())] == [r.account for r in rows]
    for i, r in enumerate(rows):
        assert page.model.index(i, 2).data() == ctx.amount(r.subledger)
        assert page.model.index(i, 3).data() == ctx.amount(r.ledger)
        assert page.model.index(i, 4).data() == ctx.amount(r.difference)
        assert page.model.index(i, 5).data() == ("Differs" if r.difference else "Agrees")
    receivable = next(r for r in rows if r.subledger)
    assert receivable.subledger > Decimal("0.00")
    assert page.subledger_tile.value.text() == ctx.amount(sum((r.subledger for r in rows), Decimal("0.00")))
    assert page.ledger_tile.value.text() == ctx.amount(sum((r.ledger for r in rows), Decimal("0.00")))
    assert page.verdict.text() == "The customer transactions agree with the general ledger on every account."
    assert page.model.index(0, 1).data()  # the account's name


def test_reconciliation_names_the_accounts_that_differ(ctx, qtbot, wait_loaded, monkeypatch):
    from ardesk.api import ReconciliationLine

    rows = [
        ReconciliationLine("130100", "Debiteuren", Decimal("100.00"), Decimal("90.00"), Decimal("10.00")),
        ReconciliationLine("130500", "Wissels", Decimal("0.00"), Decimal("0.00"), Decimal("0.00")),
    ]
    monkeypatch.setattr(type(ctx.company), "receivables_reconciliation", lambda self: rows)
    page = ReconciliationPage(ctx)
    qtbot.addWidget(page)
    wait_loaded(page)
    assert page.verdict.text().startswith("The customer transactions do not agree with the general ledger on 130100.")
    assert page.difference_tile.value.objectName() == "tileValueAlert"
    assert page.model.index(0, 5).data() == "Differs" and page.model.index(1, 5).data() == "Agrees"
    red, green = (page.model.index(i, 5).data(Qt.ItemDataRole.ForegroundRole) for i in (0, 1))
    assert red.name() != green.name()
