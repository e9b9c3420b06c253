"""Issue 11 in the GUI: lists reload what another user changed, one document's audit trail, the parameters'
date range, and the read-only role shown in the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from ardesk.api import Books, Mark
from ardesk.views.change_watch import ChangeWatcher
from ardesk.views.customers.page import CustomersPage
from ardesk.views.invoicing.page import InvoicingPage
from ardesk.views.main_window import MainWindow
from ardesk.views.payments.page import PaymentsPage
from ardesk.views.period.document_audit import DocumentAuditDialog
from ardesk.views.setup.pages import TermsPage
from ardesk.views.setup.parameters import ParametersPage

from .conftest import TODAY

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def other_user(demo_books: Books) -> Iterator[Books]:
    """The same books opened a second time, as another program (another user) would."""
    other = Books.open(demo_books.url.database, exclusive=False)
    yield other
    other.close()


@pytest.fixture
def customers(ctx, qtbot, wait_loaded) -> CustomersPage:
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    return page


def watch(page, ctx, qtbot) -> ChangeWatcher:
    watcher = ChangeWatcher(page, ctx)
    qtbot.waitUntil(lambda: watcher.seen is not None and not watcher.reading, timeout=10000)
    return watcher


def accounts(page: CustomersPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_a_customer_another_user_created_shows_after_the_next_check(ctx, other_user, customers, qtbot):
    customers.select_account("10020")
    before = customers.rows_loaded
    watcher = watch(customers, ctx, qtbot)
    assert "10001" not in accounts(customers)

    other_user.company("DEMO").create_customer("10001", "Andere Gebruiker BV")  # not through this window
    assert watcher.check()
    assert not watcher.check()  # one read at a time: a tick while it runs is skipped
    qtbot.waitUntil(lambda: watcher.reloads == 1 and not customers.loading, timeout=10000)
    qtbot.waitUntil(lambda: customers.rows_loaded == before + 1, timeout=10000)
    assert "10001" in accounts(customers)
    row = customers.model.row_of_id(ctx.company.customer_id("10001"))
    assert customers.model.index(row, 1).data() == "Andere Gebruiker BV"
    current = customers.model.info(customers.view.currentIndex().row())
    assert current is not None and current.account == "10020"  # the user's selection survived the reload


def test_no_reload_when_nothing_changed(ctx, customers, qtbot):
    watcher = watch(customers, ctx, qtbot)
    reloads: list[None] = []
    ctx.changed.connect(lambda: reloads.append(None))
    loads: list[None] = []
    customers.loaded.connect(lambda: loads.append(None))
    for _ in range(3):
        assert watcher.check()
        qtbot.waitUntil(lambda: not watcher.reading, timeout=10000)
    assert reloads == [] and loads == [] and watcher.reloads == 0


def test_the_timer_polls_only_while_the_window_is_active_and_stops_with_the_company(ctx, customers, qtbot):
    watcher = watch(customers, ctx, qtbot)
    assert watcher.timer.isActive() and watcher.timer.interval() == 5000
    reads: list[bool] = []
    watcher.check = lambda: reads.append(True) or True  # type: ignore[method-assign]
    watcher._tick()  # offscreen the page is never the active window: nobody looks, nothing is read
    assert reads == [] or customers.isActiveWindow()
    QCoreApplication.sendEvent(customers, QEvent(QEvent.Type.WindowActivate))  # back from another program
    assert reads[-1:] == [True]
    watcher.stop()
    assert not watcher.timer.isActive()


def test_a_form_keeps_what_was_typed_when_another_user_changes_the_books(ctx, other_user, qtbot, wait_loaded):
    page = ParametersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    creditor = page.widgets["sepa_creditor_id"]
    creditor.setText("NL57ZZZ999999999999")
    watcher = watch(page, ctx, qtbot)
    other_user.company("DEMO").create_customer("10002", "Nog Een BV")
    watcher.check()
    qtbot.waitUntil(lambda: watcher.reloads == 1, timeout=10000)
    assert creditor.text() == "NL57ZZZ999999999999"  # not thrown away by the reload
    page.save()
    assert ctx.company.parameters()["sepa_creditor_id"] == "NL57ZZZ999999999999"
    assert page.status.text() == "Parameters saved." and not page.unsaved()


def test_the_main_window_watches_the_open_company_and_restarts_with_another(demo_books, runner, qtbot):
    window = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    first = window.change_watch
    assert first is not None and first.ctx is window.ctx
    window.open_company(demo_books.company("DEMO"))
    assert first.stopped and window.change_watch is not first and window.change_watch.ctx is window.ctx
    runner.wait()


# --- one document's audit trail -------------------------------------------------------------------------------


def paid_invoice(ctx) -> str:
    """INV-000011 of customer 10050, paid in full by a payment that settles it."""
    return ctx.company.post_payment("10050", DAY, marks=[Mark("INV-000011")]).number


def actions(dialog: DocumentAuditDialog) -> list[str]:
    return [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]


def test_the_audit_trail_of_a_paid_invoice_shows_its_posting_and_settlement(ctx, qtbot, wait_loaded):
    payment = paid_invoice(ctx)
    page = InvoicingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    invoice_id = ctx.company.invoice_detail(number="INV-000011").id
    page.select_ids([invoice_id])
    assert page.audit_button.isEnabled()
    dialog = page.audit_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert actions(dialog) == ["Settled", "Posted"]  # newest first
    trail = ctx.books.audit_trail("DEMO", document="INV-000011")
    assert dialog.model.index(1, 3).data() == trail[1].voucher and trail[1].voucher  # the invoice's voucher
    assert dialog.model.index(1, 4).data() == "Invoice"
    assert dialog.model.index(0, 4).data().startswith("Settlement ")
    assert dialog.model.index(0, 1).data() == ctx.books.user
    assert dialog.model.index(0, 0).data().count(":") == 2  # the locale's date and the time of day
    assert dialog.count_label.text().startswith("2 event")
    dialog.resize(900, 320)
    dialog.grab().save(str(SCREENSHOTS / "document-audit-trail.png"))
    assert payment


def test_the_audit_trail_of_a_payment_from_the_payments_list(ctx, qtbot, wait_loaded):
    payment = paid_invoice(ctx)
    page = PaymentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    assert not page.audit_button.isEnabled()  # no payment chosen yet
    row = next(i for i in range(page.payments.rowCount()) if page.payments.row_at(i).number == payment)
    page.payment_view.setCurrentIndex(page.payments.index(row, 0))
    assert page.audit_button.isEnabled()
    dialog = page.audit_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert actions(dialog) == ["Settled", "Posted"]
    assert dialog.windowTitle() == f"Audit trail of {payment}"


# --- the parameters' date range ---------------------------------------------------------------------------------


@pytest.fixture
def parameters(ctx, qtbot, wait_loaded) -> ParametersPage:
    page = ParametersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    return page


def test_the_latest_date_is_saved_and_read_back(ctx, parameters, wait_loaded):
    assert parameters.widgets["earliest_date"].value() == dt.date(1990, 1, 1)
    assert parameters.widgets["latest_date"].value() == dt.date(2100, 12, 31)
    parameters.widgets["latest_date"].setDate(dt.date(2030, 12, 31))
    parameters.save()
    assert ctx.company.parameters()["latest_date"] == dt.date(2030, 12, 31)
    assert parameters.status.text() == "Parameters saved."
    again = ParametersPage(ctx)
    again.refresh()
    assert again.widgets["latest_date"].value() == dt.date(2030, 12, 31)
    again.deleteLater()
    with pytest.raises(Exception, match="date"):
        ctx.company.post_payment("10050", dt.date(2031, 1, 2), Decimal("1.00"))  # outside the range: refused
    scroll = parameters.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the dates are at the bottom
    QApplication.processEvents()
    parameters.grab().save(str(SCREENSHOTS / "parameters-date-range.png"))


def test_an_earliest_date_after_the_latest_is_refused_beside_the_field(ctx, parameters):
    parameters.widgets["earliest_date"].setDate(dt.date(2101, 1, 1))
    parameters.save()
    message = parameters.errors.message("earliest_date")
    assert "must lie before the latest date" in message and "2101" in message
    assert parameters.errors.message("latest_date") == ""
    assert ctx.company.parameters()["earliest_date"] == dt.date(1990, 1, 1)  # nothing written


# --- the read-only role -----------------------------------------------------------------------------------------


def test_a_reader_role_sees_read_only_in_the_status_bar_and_title(demo_books, runner, qtbot, monkeypatch):
    monkeypatch.setattr(Books, "may_write", property(lambda self: False))
    window = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.read_only, timeout=10000)
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read only: your database role may only read these books"
    assert window.windowTitle().endswith("(read only)")
    runner.wait()


def test_a_writer_sees_no_read_only_label(demo_books, runner, qtbot):
    window = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    runner.wait()
    qtbot.wait(50)
    assert not window.read_only and not window.read_only_label.isVisible()
    assert "read only" not in window.windowTitle()


def test_a_reloaded_list_keeps_its_sort_and_selected_row(ctx, qtbot, wait_loaded):
    page = TermsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    wait_loaded(page)
    assert page.model.rowCount() >= 2
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    order = [page.model.row_at(r).code for r in range(page.model.rowCount())]
    chosen = order[-1]
    page.view.setCurrentIndex(page.model.index(len(order) - 1, 0))
    ctx.notify_changed()  # as the change watcher does after another user's change
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert [page.model.row_at(r).code for r in range(page.model.rowCount())] == order
    assert page.current().code == chosen
