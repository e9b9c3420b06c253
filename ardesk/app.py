"""Command-line entry point: parse the options, build the QApplication, open the books, show the main window."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ardesk import server_admin, settings
from ardesk.api import Books, Company
from ardesk.demo import DEMO_CODE, create_demo, has_demo
from ardesk.errors import ArdeskError, DatabaseError, DatabaseInUseError
from ardesk.i18n import (
    LANGUAGES,
    install_translators,
    message_text,
    remove_translators,
    resources_dir,
    system_language,
)
from ardesk.views import collector, theme
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner, run_with_progress
from ardesk.views.selftest import run_self_test
from ardesk.views.welcome import DEMO, WelcomeDialog

EXIT_OK, EXIT_BOOKS = 0, 2
EXIT_PROBLEMS = 1  # --verify found the books changed or damaged


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ardesk", description="Accounts receivable for small businesses.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database",
        metavar="URL-or-path",
        help=f"the books to open: a file path or an SQLAlchemy URL (also ${settings.ENV_URL}); "
        "default: ardesk.db in your data folder",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="open the demo company (created the first time) in demo.db in your data folder",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="show every page on a temporary demo database and exit (0 = all pages fine)",
    )
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language of the program (default: the system's)")
    files = parser.add_mutually_exclusive_group()
    files.add_argument(
        "--backup",
        metavar="PATH",
        help="write a backup of the books (those --database or --demo names, else your own) to PATH and exit; "
        "safe while ardesk has them open",
    )
    files.add_argument(
        "--restore",
        metavar="BACKUP",
        help="check BACKUP and put it in place of the books (those --database or --demo names, else your own) "
        "and exit; the books it replaces are kept beside them as NAME.before-restore-N.db",
    )
    files.add_argument(
        "--verify",
        metavar="PATH",
        nargs="?",
        const="",
        help="verify the books at PATH (default: those --database or --demo names, else your own): the file's "
        "integrity and the hash chain of the posted vouchers; print ok and exit 0, or each problem and exit 1",
    )
    server_admin.add_arguments(parser)
    return parser.parse_args(argv)


def verify(args: argparse.Namespace, language: str) -> int:
    """--verify [PATH]: the file's integrity check and every company's voucher hash chain (Books.verify). Prints
    "ok: ..." (exit 0), or each problem (exit 1); books that cannot be opened for another reason exit 2."""
    from sqlalchemy.engine import make_url

    from ardesk.db import integrity

    target = args.verify or (str(settings.demo_database_path()) if args.demo else args.database)
    url = make_url(settings.resolve_target(target))
    path = url.database if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") else None
    try:
        if path is not None and not Path(path).is_file():  # never create new books to verify them
            raise DatabaseError("there is no books file {path}", path=path)
        try:
            books = Books.open(target, exclusive=True)
        except DatabaseInUseError:  # open in ardesk: verified beside it (reads only)
            books = Books.open(target, exclusive=False)
    except ArdeskError as exc:
        damaged = integrity.check_file(path) if path is not None and Path(path).is_file() else []
        for line in damaged or [message_text(exc, language)]:
            print(line, file=sys.stderr)
        return EXIT_PROBLEMS if damaged else EXIT_BOOKS
    try:
        result = books.verify()
    except ArdeskError as exc:
        print(message_text(exc, language), file=sys.stderr)
        return EXIT_BOOKS
    finally:
        books.close()
    where = path or url.render_as_string(hide_password=True)
    if result.whole:
        print(
            f"ok: the books in {where} are whole: {result.vouchers} vouchers in {result.companies} companies verified."
        )
        return EXIT_OK
    for problem in result.chain:
        print(problem)
    for line in result.file:
        print(f"the books file is damaged: {line}")
    return EXIT_PROBLEMS


def backup_or_restore(args: argparse.Namespace, language: str) -> int:
    """--backup PATH / --restore BACKUP on the books the other options name: say what was done (exit 0), or
    why not (exit 2)."""
    from sqlalchemy.engine import make_url

    from ardesk.db import backup as backups

    target = str(settings.demo_database_path()) if args.demo else args.database
    url = make_url(settings.resolve_target(target))
    try:
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            raise ArdeskError(
                "Books on a PostgreSQL server are backed up with the server's own tool (pg_dump), not by ardesk."
            )
        if args.backup:
            written, revision = backups.backup_file(url.database, args.backup)
            print(f"Backed up {url.database} to {written} (schema {revision}).")
        else:
            done = Books.restore(args.restore, url.database)
            print(f"Restored {Path(args.restore).resolve()} to {done.target} (schema {done.revision}).")
            if done.kept is not None:
                print(f"The books it replaced are kept in {done.kept}.")
            if done.upgrade_on_open:
                print("They were written by an older ardesk and are upgraded when next opened.")
    except ArdeskError as exc:
        print(message_text(exc, language), file=sys.stderr)
        return EXIT_BOOKS
    except OSError as exc:
        print(f"{exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BOOKS
    return EXIT_OK


def run_event_loop(app: QApplication, window: QWidget) -> int:
    """Until the main window closes; tests replace this function."""
    return app.exec()


def show_error(title: str, text: str) -> None:
    """A modal message box; tests replace this function."""
    QMessageBox.critical(None, title, text)


def show_warning(title: str, text: str) -> None:
    """A modal warning; tests replace this function."""
    QMessageBox.warning(None, title, text)


def open_books(target: str | None, language: str = "en") -> Books | None:
    """Books.open with the instance lock; a clear message instead of a crash when that fails, and
    what the bookkeeper must know about the books (protections that had been removed) shown once."""
    try:
        books = Books.open(target, exclusive=True)
        for notice in books.notices:
            show_warning(
                QCoreApplication.translate("App", "The books were changed outside ardesk"),
                message_text(notice, language),
            )
        return books
    except DatabaseInUseError as exc:
        show_error(QCoreApplication.translate("App", "The books are in use"), message_text(exc, language))
    except ArdeskError as exc:
        show_error(
            QCoreApplication.translate("App", "The books could not be opened"),
            QCoreApplication.translate("App", "ardesk could not open the books:")
            + "\n\n"
            + message_text(exc, language),
        )
    return None


def choose_company(books: Books, demo: bool, language: str, runner: Runner) -> Company | None:
    """The company to show: the demo one (created once, in the background), the first in the books,
    or a new one from the "create your company" dialog (None if the user cancels)."""
    if demo:
        if has_demo(books):
            return books.company(DEMO_CODE)
        return run_with_progress(
            runner,
            lambda: create_demo(books, dt.date.today()),
            QCoreApplication.translate("App", "Creating the demo company..."),
        )
    companies = books.companies()
    if companies:
        return books.company(companies[0].code)
    dialog = NewCompanyDialog(books, language)
    return dialog.company if dialog.exec() else None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    language = args.lang or system_language()
    if args.backup or args.restore:  # no window: the file work is done and told on the console
        return backup_or_restore(args, language)
    if args.verify is not None:  # no window either
        return verify(args, language)
    if server_admin.wanted(args):  # roles, logins and the keyring on a server: no window
        return server_admin.run(args, language)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("ardesk")
    app.setApplicationDisplayName("ardesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ardesk.png")))
    theme.apply(app)
    collector.install(app)  # garbage collection on the GUI thread only
    translators = install_translators(app, language)
    try:
        if args.self_test:
            return run_self_test(app, language)
        return _run(app, args, language, translators)
    finally:
        if existing is not None:  # an embedding caller (a test) keeps its application as it was
            remove_translators(app, translators)


def _run(app: QApplication, args: argparse.Namespace, language: str, translators: list[QTranslator]) -> int:
    demo: bool = args.demo
    books: Books | None = open_books(str(settings.demo_database_path()) if demo else args.database, language)
    if books is None:
        return EXIT_BOOKS
    runner = Runner()
    try:
        if not demo and not books.companies():
            # First start: the welcome offers the demo (in demo.db, never in these books) or a new company.
            def switch_language(code: str) -> None:
                remove_translators(app, translators)
                translators[:] = install_translators(app, code)

            welcome = WelcomeDialog(books, language, set_language=switch_language)
            if not welcome.exec():
                return EXIT_OK
            language = welcome.language
            if welcome.choice == DEMO:
                books.close()
                books = open_books(str(settings.demo_database_path()), language)
                if books is None:
                    return EXIT_BOOKS
                demo = True
        try:
            company = choose_company(books, demo, language, runner)
        except ArdeskError as exc:
            show_error(QCoreApplication.translate("App", "The books could not be opened"), message_text(exc, language))
            return EXIT_BOOKS
        if company is None:
            return EXIT_OK
        window = MainWindow(books, company, language, runner)
        window.show()
        return run_event_loop(app, window)
    finally:
        runner.wait()
        if books is not None:
            books.close()
