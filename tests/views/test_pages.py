"""The main window and every page: navigation, loading, set-up dialogs, parameters, the Dutch UI."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ardesk.views.main_window import MainWindow
from ardesk.views.navigation import PAGES
from ardesk.views.setup.dialogs import CustomerGroupDialog, TermsDialog

from .conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def window(demo_books, runner, qtbot) -> MainWindow:
    w = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.parametrize("key", list(PAGES))
def test_every_page_builds_and_loads(window, key, wait_loaded, qtmodeltester):
    window.show_page(key)
    page = window.pages[key]
    wait_loaded(page)
    assert window.stack.currentWidget() is page
    assert window.navigation.currentItem().data(0, 256) == key
    model = getattr(page, "model", None)
    if model is not None:
        qtmodeltester.check(model)


def test_window_title_and_header_name_the_company(window):
    assert window.windowTitle() == "Demo Handelsonderneming B.V. - Accounts receivable - ardesk"
    assert "Demo Handelsonderneming B.V." in window.company_label.text()
    assert not window.switcher.isVisible()  # one company in the file


def test_navigation_click_shows_the_page(window, qtbot):
    window.navigation.select("sales_tax")
    assert window.current_key() == "sales_tax"


def test_invoicing_lists_invoices_and_credit_notes(window, wait_loaded, qtbot):
    window.show_page("invoicing")
    page = window.pages["invoicing"]
    wait_loaded(page)
    kinds = {row.kind for row in page.model.rows()}
    assert kinds == {"invoice", "credit_note"}
    assert page.count_label.text() == f"{len(page.model.rows())} documents"
    overdue = [r for r in page.model.rows() if page.status(r) == "Overdue"]
    assert len(overdue) == page.counts["overdue"] > 0
    assert all(r.due_date < TODAY for r in overdue)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("CN-")
    assert len(page.model.rows()) == 5


def test_collections_shows_aging_tiles_that_add_up(window, wait_loaded):
    window.show_page("collections")
    page = window.pages["collections"]
    wait_loaded(page)
    summary = page.summary
    assert [label for label, _ in summary.buckets] == ["Current", "1-30", "31-60", "61-90", "Over 90"]
    assert sum(amount for _, amount in summary.buckets) == summary.total
    assert len(page.tiles) == 6 and page.tiles[-1].value.text() == page.ctx.amount(summary.total)
    assert page.tiles[1].caption.text() == "1-30 days"
    rows = page.model.rows()
    assert rows and all(page.days_overdue(r) > 0 for r in rows)


def test_new_customer_group_and_terms_through_the_dialogs(window, wait_loaded, qtbot):
    window.show_page("customer_groups")
    page = window.pages["customer_groups"]
    wait_loaded(page)
    dialog = CustomerGroupDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    dialog.code.setText("NL")
    dialog.name.setText("Duplicate")
    dialog.accept()
    assert "already exists" in dialog.errors.message("code")
    dialog.code.setText("HORECA")
    dialog.name.setText("Hotels & restaurants")
    dialog.terms.set_code("14D")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.accept()
    assert ("HORECA", "14D") in {(r.code, r.terms) for r in page.model.rows()}

    terms = TermsDialog(page.ctx, page)
    qtbot.addWidget(terms)
    terms.code.setText("60D")
    terms.days.setValue(60)
    terms.accept()
    assert terms.result() == 1
    assert ("60D", 0, 60) in {(t.code, t.months, t.days) for t in _terms(page.ctx)}


def _terms(ctx):
    return ctx.company.terms_of_payment()


def test_parameters_save_and_show_errors_beside_the_field(window, wait_loaded):
    window.show_page("parameters")
    page = window.pages["parameters"]
    wait_loaded(page)
    page.widgets["max_penny_difference"].setText("abc")
    page.save()
    assert "is not an amount" in page.errors.message("max_penny_difference")
    page.widgets["max_penny_difference"].setText("0.05")
    page.widgets["automatic_settlement"].setChecked(True)
    page.widgets["cash_discount_administration"].set_code("unspecific")
    page.save()
    params = page.ctx.company.parameters()
    assert params["max_penny_difference"] == Decimal("0.05")
    assert params["automatic_settlement"] is True
    assert params["cash_discount_administration"] == "unspecific"
    assert page.status.text() == "Parameters saved."


def test_company_switcher_appears_with_several_companies(demo_books, runner, qtbot):
    demo_books.create_company("UK", "Demo Trading Ltd", "GBP")
    w = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    assert w.switcher.isVisible() and w.switcher.count() == 2
    w.switcher.setCurrentIndex(1)
    w.switcher.activated.emit(1)
    assert w.ctx.company.code == "UK"
    assert "Demo Trading Ltd" in w.windowTitle()


def test_dutch_navigation(demo_books, runner, qtbot, dutch):
    w = MainWindow(demo_books, demo_books.company("DEMO"), "nl", runner, today=lambda: TODAY)
    qtbot.addWidget(w)
    labels = w.navigation.labels()
    assert labels == [
        # the workspaces
        "Klanten",
        "Facturering",
        "Periodieke facturen",
        "Verkooporders",
        "Krediet en incasso",
        "Aanmaningen",
        "Rentenota's",
        "Rekeningoverzichten",
        "Ouderdomsanalyse",
        "Betalingen en vereffeningen",
        "Bankafschriften",
        "Incassomachtigingen",  # the lead adds the Dutch of "Direct debit mandates" to resources/i18n
        "Incasso-opdrachten",  # the lead adds the Dutch of "Direct debit runs" to resources/i18n
        "Wissels",  # the lead adds the Dutch of "Bills of exchange" to resources/i18n
        "Kaartbetalingen",  # the lead adds the Dutch of "Card payments" to resources/i18n
        "Terugbetalingen",
        # period end
        "Periodeafsluiting",
        "Aansluiting debiteuren",
        "Audittrail",
        # set-up
        "Bedrijf",
        "Klantgroepen",
        "Boekingsprofielen",
        "Betalingsvoorwaarden",
        "Betalingskortingen",
        "Btw",
        "Toeslagcodes",
        "Betalingsmethoden",
        "Rentecodes",
        "Aanmaningsreeksen",
        "Ouderdomsperioden",
        "Nummerreeksen",
        "Grootboekrekeningen",
        "Wisselkoersen",
        "Parameters",
    ]
    assert w.pages["customers"].title_label.text() == "Klanten"
