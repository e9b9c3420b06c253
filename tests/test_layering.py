"""Architecture rule: services, reports, models and the API never import Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

PACKAGES = ["ardesk.api", "ardesk.services", "ardesk.models", "ardesk.reports", "ardesk.db"]


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
