"""Everything Qt: the main window, the workspaces, the theme and the background runner.

Importing this package also works around a PySide6 6.12 bug on Python 3.11 (see _keep_singletons_alive)."""

from __future__ import annotations

import ctypes
import sys


def _keep_singletons_alive() -> bool:
    """PySide6/shiboken 6.12 hands out None, True and False without taking a reference: void methods
    return None that way, and bool signal arguments arrive that way. That is harmless on Python
    3.12+, where these objects are immortal, but on 3.11 every such call lowers their reference
    count by one until the interpreter aborts ("none_dealloc: deallocating None", "bool_dealloc"),
    seen after a few thousand Qt calls (processEvents, update, setText, a toggled(bool) signal...).
    When a probe shows the leak, give the three a reference count they cannot run out of, as 3.12
    does. Returns whether the workaround was applied. Remove once ardesk requires Python 3.12 or
    PySide6 fixes it."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(32):
        probe.setObjectName("probe")
    if sys.getrefcount(None) > before - 16:
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


SINGLETON_WORKAROUND = _keep_singletons_alive()
