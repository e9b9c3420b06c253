"""Start-up benchmark: a fresh process from exec to "main window shown, first page of customers painted"."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: Offscreen window size: about a laptop screen, so the first page fills the view.
SIZE = (1280, 800)
PAGE = 200
COMPANY = "BENCH"
TIMEOUT_S = 60.0
#: What each variant imports before the books are opened (counted under "imports").
IMPORTS = {
    "main": ("ardesk.app", "ardesk.views.main_window"),
    "page": ("ardesk.views.customers.page",),
    "minimal": ("PySide6.QtWidgets", "ardesk.api", "ardesk.services.customers"),
}


def available_variant() -> str:
    """The most real window that exists in the tree: main > page (CustomersPage) > minimal."""
    if importlib.util.find_spec("ardesk.views.main_window") is not None:
        return "main"
    if importlib.util.find_spec("ardesk.views.customers.page") is not None:
        return "page"
    return "minimal"


# --- child process ------------------------------------------------------------------------------


class Clock:
    """Wall-clock marks relative to the moment the parent started this process."""

    def __init__(self, spawned: float) -> None:
        self.spawned = spawned
        self.marks: dict[str, float] = {"interpreter": time.time() - spawned}

    def mark(self, name: str) -> None:
        self.marks[name] = time.time() - self.spawned


def wait_until(app: Any, done: Any, timeout: float = TIMEOUT_S) -> None:
    """Process events until done() is true (background queries answer through the event loop)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the first page did not appear")
        app.processEvents()
        time.sleep(0.001)


def minimal_window(books: Any, clock: Clock) -> tuple[Any, Any]:
    """The fallback: the Customers-page queries, then a QTableView over a plain model of those rows."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QMainWindow, QTableView

    from ardesk.services import customers, lookup

    with books.reading() as s:
        cid = lookup.company(s, COMPANY).id
        count = customers.count_customers(s, cid)
        ids = customers.customer_ids(s, cid)
        rows = customers.customer_rows(s, cid, ids[:PAGE])
    clock.mark("first_page")
    cells = [(r.account, r.name, r.group, r.currency, f"{r.balance:,.2f}") for r in rows]

    class Rows(QAbstractTableModel):
        painted = False

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
            return count

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole or index.row() >= len(cells):
                return None
            Rows.painted = True
            return cells[index.row()][index.column()]

    window, view, model = QMainWindow(), QTableView(), Rows()
    view.setModel(model)
    window.setCentralWidget(view)
    return window, lambda: Rows.painted


def page_window(books: Any, clock: Clock) -> tuple[Any, Any]:
    """The real CustomersPage (ids in the background, rows fetched by the model while painting)."""
    from PySide6.QtWidgets import QMainWindow

    from ardesk.views.context import AppContext
    from ardesk.views.customers.page import CustomersPage
    from ardesk.views.ops import Runner

    ctx = AppContext(books, books.company(COMPANY), "en", Runner())
    page = CustomersPage(ctx)
    page.loaded.connect(lambda: clock.mark("first_page"))
    window = QMainWindow()
    window.setCentralWidget(page)
    window._keep = ctx  # keep the context alive with the window
    return window, lambda: page.model.rowCount() > 0 and page.model.last_fetch_seconds > 0


def main_window(books: Any, clock: Clock) -> tuple[Any, Any]:
    """What ardesk.app._run does: theme, translations, the first company, MainWindow on the Customers page."""
    from PySide6.QtWidgets import QApplication

    from ardesk.app import choose_company
    from ardesk.i18n import install_translators
    from ardesk.views import theme
    from ardesk.views.main_window import MainWindow
    from ardesk.views.ops import Runner

    app = QApplication.instance()
    theme.apply(app)
    install_translators(app, "en")
    runner = Runner()
    window = MainWindow(books, choose_company(books, False, "en", runner), "en", runner)
    page = window.pages["customers"]
    page.loaded.connect(lambda: clock.mark("first_page"))
    return window, lambda: page.model.rowCount() > 0 and page.model.last_fetch_seconds > 0


def child(path: str, variant: str, spawned: float) -> dict[str, Any]:
    clock = Clock(spawned)
    for module in IMPORTS[variant]:
        importlib.import_module(module)
    from PySide6.QtWidgets import QApplication

    from ardesk.api import Books

    clock.mark("imports")
    app = QApplication([sys.argv[0]])
    books = Books.open(path, exclusive=variant == "main")  # the application holds the instance lock
    clock.mark("open")
    build = {"main": main_window, "page": page_window, "minimal": minimal_window}[variant]
    window, painted = build(books, clock)
    window.resize(*SIZE)
    window.show()
    deadline = time.monotonic() + TIMEOUT_S
    while True:  # grab() paints the window; the model fetches the visible rows while it paints
        wait_until(app, lambda: "first_page" in clock.marks)
        window.grab()
        if painted() or time.monotonic() > deadline:
            break
        app.processEvents()
    clock.mark("shown")
    if hasattr(window, "runner"):
        window.runner.wait()
    books.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "variant": variant,
        **clock.marks,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "painted": painted(),
    }


# --- parent -------------------------------------------------------------------------------------


def run_once(path: str, variant: str, pycache: str | None) -> dict[str, Any]:
    """One child process. pycache: a folder for compiled bytecode outside the repository (an installed app
    has its .pyc files); None: no bytecode is written, so modules without a .pyc beside them (ardesk's own, in
    a work tree) are compiled from source in every run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, __file__, path, "--child", "--variant", variant, "--spawned", str(spawned)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(runs: list[dict[str, Any]]) -> None:
    print(f"{'run':<6}{'python':>8}{'imports':>9}{'open':>8}{'1st page':>10}{'shown':>8}{'CPU':>7}{'peak RSS':>11}")
    for i, r in enumerate(runs, 1):
        print(
            f"{i:<6}{r['interpreter']:>8.2f}{r['imports']:>9.2f}{r['open']:>8.2f}{r['first_page']:>10.2f}"
            f"{r['shown']:>8.2f}{r['cpu']:>7.2f}{r['peak_rss_mb']:>8.0f} MB"
        )
    med = {k: statistics.median(r[k] for r in runs) for k in ("open", "first_page", "shown", "cpu", "peak_rss_mb")}
    print(
        f"median: open {med['open']:.2f} s, first page {med['first_page']:.2f} s, total {med['shown']:.2f} s "
        f"(CPU {med['cpu']:.2f} s), peak RSS {med['peak_rss_mb']:.0f} MB  (variant {runs[0]['variant']}; "
        f"seconds since process start, warm file cache; load average {os.getloadavg()[0]:.1f})"
    )
    if not all(r["painted"] for r in runs):
        print("WARNING: a run timed out before the first row was painted")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("path", help="an SQLite file made by generate.py (or an SQLAlchemy URL)")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--variant", choices=("auto", "main", "page", "minimal"), default="auto")
    p.add_argument(
        "--bytecode",
        choices=("cached", "none"),
        default="cached",
        help="cached (default): the runs use .pyc files compiled by an untimed first run into a "
        "temporary folder, as an installed app does; none: no .pyc is written (the work tree's "
        "modules are compiled from source in every run)",
    )
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--spawned", type=float, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.path, args.variant, args.spawned)))
        return 0
    if "://" not in args.path and not Path(args.path).exists():
        p.error(f"{args.path} does not exist; make it with generate.py")
    variant = available_variant() if args.variant == "auto" else args.variant
    if args.bytecode == "none":
        report([run_once(args.path, variant, None) for _ in range(args.runs)])
        return 0
    with tempfile.TemporaryDirectory(prefix="ardesk-pycache-") as pycache:
        run_once(args.path, variant, pycache)  # untimed: compiles the bytecode, warms the file cache
        report([run_once(args.path, variant, pycache) for _ in range(args.runs)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
