"""Architecture rules: services, reports, models and the API never import Qt; the views go through ardesk.api."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGES = ["ardesk.api", "ardesk.services", "ardesk.models", "ardesk.reports", "ardesk.db"]
VIEWS = Path(__file__).resolve().parent.parent / "ardesk" / "views"
#: What a view may not import: it reads and writes through ardesk.api (and the pure helper modules).
FORBIDDEN_IN_VIEWS = ("ardesk.services", "ardesk.models", "ardesk.db", "sqlalchemy")


@pytest.mark.parametrize("package", PACKAGES)
def test_no_qt_below_the_views(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def imported_names(path: Path, root: Path) -> Iterator[str]:
    """Every module (and module.name) the file imports, at any depth; relative imports are resolved
    against its package (root: the folder that holds the ardesk package)."""
    package = path.relative_to(root).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parent = package[: len(package) - node.level + 1] if node.level else ()
            base = ".".join([*parent, node.module] if node.module else parent)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_VIEWS)


def test_the_import_check_sees_every_form_of_import(tmp_path):
    fake = tmp_path / "ardesk" / "views" / "example.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(
        "import sqlalchemy.orm\nfrom ardesk import services\nfrom ardesk.models import Customer\n"
        "def f():\n    from ..db import engine\n",
        encoding="utf-8",
    )
    names = set(imported_names(fake, tmp_path))
    assert {"sqlalchemy.orm", "ardesk.services", "ardesk.models.Customer", "ardesk.db.engine"} <= names
    assert all(forbidden(n) for n in ("sqlalchemy.orm", "ardesk.services", "ardesk.models.Customer", "ardesk.db"))
    assert not forbidden("ardesk.api") and not forbidden("ardesk.servicesx")


def test_views_use_only_the_api():
    """One door: the views read and write through ardesk.api; never a service, a model, the database
    package or SQLAlchemy (so no session and no SQL in a view)."""
    files = sorted(VIEWS.rglob("*.py"))
    assert len(files) > 30
    offending = [
        f"{path.relative_to(VIEWS.parent.parent)}: {name}"
        for path in files
        for name in imported_names(path, VIEWS.parent.parent)
        if forbidden(name)
    ]
    assert offending == []
