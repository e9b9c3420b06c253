"""GUI fixtures: offscreen Qt with the bundled fonts, demo books (one file per test), a runner and a context."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import datetime as dt
import gc
import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import ardesk.views  # noqa: F401 - the PySide6 6.12 / Python 3.11 workaround before any Qt work
from ardesk.api import Books
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import collector, theme
from ardesk.views.context import AppContext
from ardesk.views.ops import Runner
from ardesk.views.widgets.page import Page

TODAY = dt.date(2026, 11, 25)

# Garbage is collected on the GUI thread between tests (automatic collection is off, see ardesk/views/collector.py).
# A full collection walks every tracked object and was a third of this suite's time, so: the session's long-lived
# objects are frozen once (themed_app), the young generations are collected after every test and all of them after
# every FULL_COLLECTION_EVERY-th test.
FULL_COLLECTION_EVERY = 10
_gui_tests = itertools.count(1)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company, built once per run; tests get copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Books.open(path) as books:
        create_demo(books, TODAY)
    return path


@pytest.fixture
def demo_books(demo_file: Path, tmp_path: Path) -> Iterator[Books]:
    """A private copy of the demo books, so a test may write."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    books = Books.open(copy, exclusive=True)
    yield books
    books.close()


@pytest.fixture(scope="session")
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The bundled fonts and stylesheet, and the English plural forms ("1 customer")."""
    theme.apply(qapp)
    collector.install(qapp)  # as the app does: no garbage collection on worker threads
    install_translators(qapp, "en")
    gc.collect()
    gc.freeze()  # what lives now (modules, Qt types, this app) lives all session: collections skip it
    yield qapp
    gc.unfreeze()


@pytest.fixture
def runner(themed_app: QApplication) -> Iterator[Runner]:
    r = Runner()
    yield r
    r.wait()
    themed_app.processEvents()
    gc.collect(2 if next(_gui_tests) % FULL_COLLECTION_EVERY == 0 else 1)  # on this (the GUI) thread, between tests


@pytest.fixture
def ctx(demo_books: Books, runner: Runner) -> AppContext:
    return AppContext(demo_books, demo_books.company("DEMO"), "en", runner, today=lambda: TODAY)


@pytest.fixture
def dutch(themed_app: QApplication) -> Iterator[None]:
    """The Dutch UI for one test (installed last, so it wins over the English plural forms)."""
    translators = install_translators(themed_app, "nl")
    yield
    remove_translators(themed_app, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def wait_loaded(qtbot) -> Callable[[Page], None]:
    """Wait until a page has its data (background loads included)."""

    def wait(page: Page) -> None:
        page.ensure_loaded()
        qtbot.waitUntil(lambda: not page.loading, timeout=10000)

    return wait
