"""The guided first run: the welcome on empty books (the demo in its own file, or a new company, in either
language), and empty lists that say what to do next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ardesk import app as ardesk_app
from ardesk.api import Books
from ardesk.views.collections.page import CollectionsPage
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.context import AppContext
from ardesk.views.customers.page import CustomersPage
from ardesk.views.invoicing.page import InvoicingPage
from ardesk.views.main_window import MainWindow
from ardesk.views.payments.page import PaymentsPage
from ardesk.views.setup.collections_setup import InterestCodesPage
from ardesk.views.setup.pages import TermsPage
from ardesk.views.welcome import CREATE, DEMO, WelcomeDialog
from tests.views.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(monkeypatch, themed_app) -> list[MainWindow]:
    """main() runs as usual, but returns at once instead of waiting for the window to close."""
    windows: list[MainWindow] = []

    def no_loop(app, window: MainWindow) -> int:
        windows.append(window)
        window.runner.wait()
        app.processEvents()
        window.close()
        return 0

    monkeypatch.setattr(ardesk_app, "run_event_loop", no_loop)
    return windows


@pytest.fixture
def demo_path(tmp_path, monkeypatch) -> Path:
    """The data folder's demo.db, in a temporary folder."""
    path = tmp_path / "data" / "demo.db"
    path.parent.mkdir()
    monkeypatch.setattr(ardesk_app.settings, "demo_database_path", lambda: path)
    return path


def fill_in_company(dialog: NewCompanyDialog) -> int:
    dialog.code.setText("ACME")
    dialog.name.setText("Acme & Zonen B.V.")
    dialog.accept()
    return dialog.result()


def test_choosing_the_demo_opens_it_in_its_own_file_and_leaves_the_books_empty(tmp_path, demo_path, monkeypatch, shown):
    seen: list[WelcomeDialog] = []

    def choose_demo(dialog: WelcomeDialog) -> int:
        seen.append(dialog)
        dialog.demo_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    mine = tmp_path / "mine.db"
    assert ardesk_app.main(["--database", str(mine), "--lang", "en"]) == 0
    assert seen[0].choice == DEMO
    assert shown[0].ctx.company.code == "DEMO" and len(shown[0].ctx.company.customers()) == 40
    assert shown[0].books.url.database == str(demo_path)
    with Books.open(mine) as books:
        assert books.companies() == []  # the user's own books hold no demo customers
    with Books.open(demo_path) as books:
        assert [c.code for c in books.companies()] == ["DEMO"]
        first = books.company("DEMO").document("INV-000001")

    # The next start on the still-empty books offers the choice again; the demo is reused, not rebuilt.
    assert ardesk_app.main(["--database", str(mine), "--lang", "en"]) == 0
    assert len(seen) == 2 and shown[1].ctx.company.code == "DEMO"
    with Books.open(demo_path) as books:
        assert [c.code for c in books.companies()] == ["DEMO"]
        assert books.company("DEMO").document("INV-000001") == first


def test_choosing_create_my_company_opens_the_company_form_and_then_the_new_company(
    tmp_path, demo_path, monkeypatch, shown
):
    monkeypatch.setattr(NewCompanyDialog, "exec", fill_in_company)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: (dialog.create_button.click(), dialog.result())[-1])
    mine = tmp_path / "mine.db"
    assert ardesk_app.main(["--database", str(mine), "--lang", "en"]) == 0
    assert shown[0].ctx.company.code == "ACME" and shown[0].ctx.company_name == "Acme & Zonen B.V."
    assert not demo_path.exists()  # no demo was made
    # The books have a company now: the next start goes straight to it, without the welcome.
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: pytest.fail("the welcome shows only on empty books"))
    assert ardesk_app.main(["--database", str(mine), "--lang", "en"]) == 0
    assert shown[1].ctx.company.code == "ACME"


def test_cancelling_the_company_form_comes_back_to_the_welcome(tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(NewCompanyDialog, "exec", lambda dialog: 0)
    with Books.open(tmp_path / "fresh.db") as books:
        welcome = WelcomeDialog(books, "en")
        qtbot.addWidget(welcome)
        assert welcome.create_company() == 0
        assert welcome.choice == "" and welcome.company is None and welcome.result() == 0
        monkeypatch.setattr(NewCompanyDialog, "exec", fill_in_company)
        assert welcome.create_company() == 1
        assert welcome.choice == CREATE and welcome.company.code == "ACME" and welcome.result() == 1
        assert [c.code for c in books.companies()] == ["ACME"]


def test_quitting_the_welcome_exits_quietly_and_writes_nothing(tmp_path, demo_path, monkeypatch, shown):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: (dialog.quit_button.click(), dialog.result())[-1])
    mine = tmp_path / "mine.db"
    assert ardesk_app.main(["--database", str(mine), "--lang", "en"]) == 0
    assert shown == [] and not demo_path.exists()
    with Books.open(mine) as books:
        assert books.companies() == []


def test_the_welcome_switches_the_program_to_dutch(tmp_path, demo_path, monkeypatch, shown):
    languages: list[str] = []

    def choose_dutch_then_create(dialog: WelcomeDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
        languages.append(QCoreApplication.translate("Navigation", "Customers"))  # the Dutch translators are in
        monkeypatch.setattr(
            NewCompanyDialog, "exec", lambda form: (languages.append(form.language.code()), fill_in_company(form))[-1]
        )
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose_dutch_then_create)
    assert ardesk_app.main(["--database", str(tmp_path / "mine.db"), "--lang", "en"]) == 0
    assert languages == ["Klanten", "nl"]  # translated at once, and the company form defaults to Dutch
    assert shown[0].language == "nl" and shown[0].navigation.labels()[0] == "Klanten"
    assert QCoreApplication.translate("Navigation", "Customers") == "Customers"  # removed again afterwards


def test_the_welcome_offers_both_choices_in_words(tmp_path, qtbot):
    with Books.open(tmp_path / "fresh.db") as books:
        welcome = WelcomeDialog(books, "en", set_language=lambda code: None)
        qtbot.addWidget(welcome)
        assert welcome.windowTitle() == "Welcome to ardesk"
        assert welcome.demo_button.title.text() == "Explore the demo company"
        assert "file of its own, apart from your books" in welcome.demo_button.text_label.text()
        assert "with 40 customers and four months" in welcome.demo_button.text_label.text()  # as the demo has
        assert welcome.create_button.title.text() == "Create my company"
        assert [welcome.language_box.itemText(i) for i in range(2)] == ["English", "Nederlands"]
        assert welcome.language_box.currentData() == "en"


# --- empty lists say what to do next ----------------------------------------------------------------


@pytest.fixture
def fresh(tmp_path, runner) -> Iterator[AppContext]:
    """A company just created: no customers, invoices, payments, terms or interest codes yet."""
    books = Books.open(tmp_path / "fresh.db", exclusive=True)
    company = books.create_company("ACME", "Acme B.V.", "EUR")
    yield AppContext(books, company, "en", runner, today=lambda: TODAY)
    runner.wait()
    books.close()


def test_empty_lists_say_what_to_do_next(fresh, qtbot, wait_loaded):
    customers = CustomersPage(fresh)
    qtbot.addWidget(customers)
    wait_loaded(customers)
    assert customers._stack.currentWidget() is customers.placeholder
    assert customers.placeholder.text() == "No customers yet. Click New customer to add your first customer."

    invoicing = InvoicingPage(fresh)
    qtbot.addWidget(invoicing)
    wait_loaded(invoicing)
    assert invoicing.count_label.text() == "No invoices yet. Click New invoice (Ctrl+N) to write your first invoice."

    payments = PaymentsPage(fresh)
    qtbot.addWidget(payments)
    wait_loaded(payments)
    assert payments.payment_count.text() == "No payments yet. When a customer pays, click Enter customer payment."
    assert payments.journal_message.text() == "No payment journals yet: start one with New payment journal."

    collections = CollectionsPage(fresh)
    qtbot.addWidget(collections)
    wait_loaded(collections)
    assert collections.count_label.text() == "Nothing to collect on this date."

    for page_class, start in ((TermsPage, "No terms of payment yet. Click New"), (InterestCodesPage, "No interest")):
        page = page_class(fresh)
        qtbot.addWidget(page)
        wait_loaded(page)
        assert page._stack.currentWidget() is page.placeholder
        assert page.placeholder.text().startswith(start)


def test_a_search_without_result_says_so_and_a_list_with_rows_shows_the_table(fresh, qtbot, wait_loaded):
    fresh.company.create_customer("C001", "Bakkerij Jansen")
    customers = CustomersPage(fresh)
    qtbot.addWidget(customers)
    wait_loaded(customers)
    assert customers._stack.currentWidget() is customers.view and customers.rows_loaded == 1
    customers.search.setText("Visser")
    customers.refresh()
    qtbot.waitUntil(lambda: not customers.loading)
    assert customers._stack.currentWidget() is customers.placeholder
    assert customers.placeholder.text().startswith('No customer matches "Visser".')


def test_a_filter_that_hides_every_invoice_says_so(ctx, qtbot, wait_loaded):
    invoicing = InvoicingPage(ctx)
    qtbot.addWidget(invoicing)
    wait_loaded(invoicing)
    invoicing.search.setText("no such invoice anywhere")
    invoicing.refresh()
    qtbot.waitUntil(lambda: not invoicing.loading)
    assert invoicing.rows_loaded == 0
    assert invoicing.count_label.text() == "No document matches the filters. Clear filters shows them all."
