"""An exclusive lock file beside an SQLite database, so a second ardesk instance gets a clear message."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from ardesk.errors import DatabaseInUseError


class InstanceLock:
    """Held for as long as one program instance has the books open; released on close or exit."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+")  # noqa: SIM115 - held open on purpose
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise DatabaseInUseError(
                "The books in {path} are already open in another ardesk window or on another "
                "computer. Close that one first, or use a PostgreSQL server for several users.",
                path=self.path.with_suffix(""),
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
