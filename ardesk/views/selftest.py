"""--self-test: open the main window on a temporary demo database and show every page once."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEventLoop, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ardesk.api import Books
from ardesk.demo import create_demo
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.navigation import PAGES, translate
from ardesk.views.ops import Runner, run_with_progress
from ardesk.views.widgets.page import Page

PAGE_TIMEOUT_S = 10.0


def wait_loaded(app: QApplication, page: Page, timeout: float = PAGE_TIMEOUT_S) -> bool:
    """Process events until the page has its data (background loads included)."""
    deadline = time.monotonic() + timeout
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    while page.loading and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return not page.loading


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages go to stderr, except the offscreen plugin's notes about window hints."""
    if "does not support" not in message:
        sys.stderr.write(message + "\n")


def run_self_test(app: QApplication, language: str, out: Callable[[str], None] = print) -> int:
    """0 when every page built and loaded without an exception; one line per page."""
    started = time.perf_counter()
    errors: list[BaseException] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        errors.append(exc)
        previous_hook(kind, exc, tb)

    sys.excepthook = hook  # exceptions raised inside Qt slots end up here
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    failures = 0
    try:
        failures = _run_pages(app, language, out, errors, started)
    except Exception:  # the demo or the window could not be built at all
        out("FAIL  " + traceback.format_exc())
        failures = max(failures, 1)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    out(
        f"{'self-test passed' if not failures else f'self-test FAILED ({failures} failure(s))'} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 1 if failures else 0


def _run_pages(
    app: QApplication, language: str, out: Callable[[str], None], errors: list[BaseException], started: float
) -> int:
    with tempfile.TemporaryDirectory(prefix="ardesk-selftest-") as folder:
        books = Books.open(Path(folder) / "selftest.db", exclusive=True)
        runner = Runner()
        try:
            company = run_with_progress(
                runner, lambda: create_demo(books, dt.date.today()), "Creating the demo company..."
            )
            out(f"ok    demo company {company.code} created in {time.perf_counter() - started:.1f} s")
            window = MainWindow(books, company, language, runner)
            window.report_error = errors.append
            window.show()
            failures = sum(not _check_page(app, window, key, errors, out) for key in PAGES)
            dialog = CustomerDialog(window.ctx, window.pages["customers"].model.info(0), window)  # type: ignore
            dialog.show()
            app.processEvents()
            dialog.reject()
            out("ok    customer editor")
            window.close()
        finally:
            runner.wait()
            app.processEvents()
            books.close()
    return failures


def _check_page(
    app: QApplication, window: MainWindow, key: str, errors: list[BaseException], out: Callable[[str], None]
) -> bool:
    before = len(errors)
    started = time.perf_counter()
    try:
        window.show_page(key)
        page = window.pages[key]
        page.ensure_loaded()
        loaded = wait_loaded(app, page)
    except Exception as exc:  # report it and go on with the next page
        errors.append(exc)
        loaded = False
    ok = loaded and len(errors) == before
    rows = getattr(window.pages.get(key), "rows_loaded", None)
    detail = f"{rows} rows, " if rows is not None else ""
    problem = "" if ok else f"  {errors[before:] or 'did not finish loading'}"
    out(
        f"{'ok' if ok else 'FAIL':5} {translate(PAGES[key][0]):28} {detail}"
        f"{(time.perf_counter() - started) * 1000:.0f} ms{problem}"
    )
    return ok
