"""Help: a topic in English and Dutch for every page, links that lead somewhere, and F1 on the current page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl

from ardesk.views.help import INDEX, HelpWindow, help_dir, topic_path
from ardesk.views.main_window import MainWindow
from ardesk.views.navigation import PAGES
from tests.views.conftest import TODAY

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "nl")
#: Pages other work adds to the navigation; their help ships already.
COMING = ("recurring", "sales_orders", "refunds", "period_close", "reconciliation", "company", "accounts")
COMING += ("exchange_rates", "charge_codes")
LINK = re.compile(r"\]\(([^)]+)\)")


def topics(language: str) -> list[str]:
    return sorted(path.stem for path in help_dir(language).glob("*.md"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_help_topic_in_both_languages(language):
    """A page added to the navigation must bring resources/help/en/<key>.md and nl/<key>.md."""
    missing = [key for key in [*PAGES, *COMING, INDEX] if not (help_dir(language) / f"{key}.md").is_file()]
    assert missing == []
    assert topics("en") == topics("nl")  # no topic in one language only


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_topic_says_what_the_page_is_for_and_the_steps_of_its_jobs(language):
    for key in topics(language):
        text = (help_dir(language) / f"{key}.md").read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines[0].startswith("# ") and len(lines[0]) > 3, key
        purpose = next(line for line in lines[1:] if line.strip())
        assert len(purpose) > 80, f"{language}/{key}: the first paragraph should say what the page is for"
        if key != INDEX:
            assert len(re.findall(r"^## ", text, re.M)) >= 1, key
            assert re.search(r"^1\. ", text, re.M) or re.search(r"^- ", text, re.M), f"{key}: no steps"


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_between_topics_lead_to_a_topic(language):
    broken = []
    for key in topics(language):
        text = (help_dir(language) / f"{key}.md").read_text(encoding="utf-8")
        broken += [f"{key} -> {target}" for target in LINK.findall(text) if not (help_dir(language) / target).is_file()]
    assert broken == []
    index = (help_dir(language) / f"{INDEX}.md").read_text(encoding="utf-8")
    assert {target[:-3] for target in LINK.findall(index)} >= set(PAGES)  # the contents reach every page


def test_the_dutch_topics_are_written_in_dutch():
    invoicing = (help_dir("nl") / "invoicing.md").read_text(encoding="utf-8")
    assert invoicing.startswith("# Facturering") and "creditnota" in invoicing and "betalingskenmerk" in invoicing
    letters = (help_dir("nl") / "collection_letters.md").read_text(encoding="utf-8")
    assert "herinnering" in letters and "incassokosten" in letters and "veertiendagenbrief" in letters


def test_an_unknown_key_opens_the_contents_and_a_missing_translation_the_english_topic(tmp_path, monkeypatch):
    assert topic_path("no_such_page", "nl") == help_dir("nl") / "index.md"
    assert topic_path("customers", "nl") == help_dir("nl") / "customers.md"
    assert topic_path("customers", "de") == help_dir("en") / "customers.md"  # no German help: English


@pytest.fixture
def window(demo_books, runner, qtbot) -> MainWindow:
    main = MainWindow(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_f1_opens_the_help_of_the_current_page(window, qtbot):
    window.show_page("invoicing")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_window is not None and window.help_window.isVisible())
    help_window = window.help_window
    assert help_window.topic() == "invoicing"
    assert help_window.text().startswith("Invoicing")
    assert "Click New invoice (Ctrl+N)." in help_window.text()
    assert help_window.topics.currentItem().text() == "Invoicing"  # the contents list follows the topic

    window.show_page("terms")
    window.help_action.trigger()  # F1 again on another page: the same window, the new topic
    assert window.help_window is help_window
    assert help_window.topic() == "terms" and help_window.text().startswith("Terms of payment")


def test_the_help_menu_opens_the_contents_and_links_lead_to_other_topics(window):
    menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in menu.actions()] == ["Help for this page", "Help contents"]
    menu.actions()[1].trigger()
    help_window = window.help_window
    assert help_window.topic() == INDEX and "Press F1 on any page" in help_window.text()

    help_window.browser.setSource(QUrl("collections.md"))  # what clicking the link in the contents does
    assert help_window.topic() == "collections"
    assert "Put a customer or an invoice on hold or in dispute" in help_window.text()
    help_window.back_button.click()
    assert help_window.topic() == INDEX

    customers_row = next(
        i
        for i in range(help_window.topics.count())
        if help_window.topics.item(i).data(Qt.ItemDataRole.UserRole) == "customers"
    )
    help_window.topics.setCurrentRow(customers_row)  # choosing a topic in the list
    assert help_window.topic() == "customers" and "Click New customer." in help_window.text()


def test_the_help_is_dutch_in_the_dutch_program(demo_books, runner, qtbot, dutch):
    main = MainWindow(demo_books, demo_books.company("DEMO"), "nl", runner, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show_page("collection_letters")
    help_window = main.show_help()
    assert help_window.topic() == "collection_letters"
    assert help_window.text().startswith("Aanmaningen")
    assert "Aanmaningen maken" in help_window.text()
    assert help_window.topics.currentItem().text() == "Aanmaningen"


def test_the_help_window_on_its_own(qtbot):
    help_window = HelpWindow("en")
    qtbot.addWidget(help_window)
    help_window.show_topic("aging_report")
    assert help_window.topic() == "aging_report"
    assert "Export CSV..." in help_window.text()
    assert not help_window.back_button.isEnabled()
    help_window.show_contents()
    assert help_window.back_button.isEnabled() and help_window.topic() == INDEX


def test_the_installer_ships_the_help():
    """The PyInstaller spec bundles the whole resources folder, where help_dir() looks when frozen."""
    spec = (help_dir("en").parents[2] / "installer" / "ardesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert help_dir("en").parent.parent.name == "resources"
