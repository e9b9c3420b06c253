"""The Audit trail page and Ledger > Verify books... (issue 11, item 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from ardesk.views.main_window import MainWindow
from ardesk.views.navigation import PAGES
from ardesk.views.period.audit import AuditTrailPage, local_time

from .conftest import TODAY


def cells(page: AuditTrailPage, column: str) -> list[str]:
    titles = [c.title for c in page.model.columns]
    col = titles.index(column)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


@pytest.fixture
def page(ctx, qtbot, wait_loaded) -> AuditTrailPage:
    p = AuditTrailPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    return p


@pytest.fixture
def window(demo_books, runner, qtbot) -> MainWindow:
    w = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_page_is_in_period_end_after_the_reconciliation():
    keys = list(PAGES)
    assert keys.index("audit_trail") == keys.index("reconciliation") + 1
    assert PAGES["audit_trail"][1] is AuditTrailPage


def test_the_demo_postings_are_listed_newest_first_with_user_and_action_words(ctx, page, wait_loaded):
    wait_loaded(page)
    trail = ctx.books.audit_trail("DEMO")
    assert page.model.rowCount() == len(trail) == 80
    assert cells(page, "Action") == ["Posted"] * 80
    assert cells(page, "User") == [row.user for row in trail] and trail[0].user
    assert cells(page, "Document")[0] == trail[0].document  # newest first, as the API gives them
    assert set(cells(page, "Details")) == {"Invoice", "Credit note"}  # the voucher kind in words, not its code
    assert cells(page, "Voucher")[0] == trail[0].voucher
    time = cells(page, "Time")[0]
    assert time.startswith(ctx.date(local_time(trail[0].at).date())) and time.count(":") == 2
    assert page.count_label.text().startswith("80 event")  # "80 events" once the plural forms are in


def test_filter_by_action_document_and_limit(ctx, page, qtbot, wait_loaded):
    ctx.company.close_period(dt.date(2025, 1, 31))
    ctx.company.reopen_period(dt.date(2025, 1, 31), "Late supplier invoice")
    wait_loaded(page)
    assert cells(page, "Action")[:2] == ["Month reopened", "Month closed"]
    assert cells(page, "Details")[0] == "Late supplier invoice"

    page.action.setCurrentIndex(page.action.findData("reopen_period"))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10000)
    assert cells(page, "Document") == ["2025-01-31"]

    page.action.setCurrentIndex(page.action.findData("post"))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 80, timeout=10000)
    number = cells(page, "Document")[7]
    page.document.setText(number)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10000)
    assert cells(page, "Document") == [number]

    page.document.clear()
    page.limit.setValue(5)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 5, timeout=10000)

    page.action.setCurrentIndex(page.action.findData("settle"))
    page.limit.setValue(1000)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0, timeout=10000)
    assert page.placeholder.isVisibleTo(page) and "matches" in page.placeholder.text()


def _verify(window: MainWindow, qtbot) -> tuple[str, bool]:
    shown: list[tuple[str, bool]] = []
    window.verify_books.inform = lambda title, body, whole: shown.append((body, whole))
    window.verify_books.action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    return shown[0]


def test_verify_books_on_clean_books_says_whole(window, qtbot):
    body, whole = _verify(window, qtbot)
    assert whole
    assert body == "The books are whole: 80 vouchers in 1 companies verified."
    assert window.verify_books.action.isEnabled()


def test_verify_books_on_tampered_books_names_the_voucher(window, demo_books, qtbot):
    with demo_books.engine.begin() as c:
        number = c.execute(text("SELECT number FROM voucher WHERE chain_seq = 12")).scalar_one()
        c.exec_driver_sql("DROP TRIGGER IF EXISTS trg_ledger_entry_no_update")
        c.execute(
            text(
                "UPDATE ledger_entry SET amount = amount + 1000 WHERE id = (SELECT MIN(e.id) FROM ledger_entry e "
                "JOIN voucher v ON v.id = e.voucher_id WHERE v.number = :n)"
            ),
            {"n": number},
        )
    body, whole = _verify(window, qtbot)
    assert not whole
    assert f"DEMO: voucher {number} was changed outside ardesk" in body
    assert "restore the last good backup" in body


def test_screenshot(ctx, qtbot, wait_loaded, tmp_path):
    ctx.company.close_period(dt.date(2025, 1, 31))
    ctx.company.reopen_period(dt.date(2025, 1, 31), "Late supplier invoice")
    window = MainWindow(ctx.books, ctx.company, "en", ctx.runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("audit_trail")
    page = window.page("audit_trail")
    wait_loaded(page)
    qtbot.wait(50)
    # The committed screenshots/audit-trail.png comes from screenshots/make_issue10_screenshots.py.
    assert window.grab().save(str(tmp_path / "audit-trail.png"))
    assert page.view.horizontalHeader().sectionSize(0) > 0
    assert window.navigation.currentItem().data(0, Qt.ItemDataRole.UserRole) == "audit_trail"
