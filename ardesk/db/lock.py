"""An exclusive lock beside an SQLite database, so a second ardesk instance gets a clear message.

The lock belongs to the file, not to the name it was opened by: NAME.lock sits beside the file's real path
(symlinks, relative paths and ".." resolved), and the file's identity (device and inode) is locked too, in the
database's folder and in a machine-wide folder, so a hard link or another name of the same file is refused while
the books are open. The lock file holds the holder's process id while the books are open and is emptied when
they are closed: a process id found there on opening means the last program did not close the books (a crash,
a power cut, a kill), and db.integrity checks the file before it is used (`unclean`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import IO

from ardesk.errors import DatabaseInUseError


class InstanceLock:
    """Held for as long as one program instance has the books open; released on close or exit."""

    def __init__(self, db_path: Path) -> None:
        real = Path(os.path.realpath(os.path.expanduser(db_path)))
        self.db_path = real
        self.path = real.with_name(real.name + ".lock")
        #: The last holder did not release the lock (its process id was still in the lock file).
        self.unclean = False
        self._fh: IO[str] | None = None
        self._identity: list[IO[str]] = []

    def acquire(self) -> None:
        fh = _locked(self.path, self.db_path)
        try:
            fh.seek(0)
            previous = fh.read()
            self._fh = fh
            self.hold_identity()
        except BaseException:
            self._fh = None
            self._drop_identity()
            fh.close()  # the previous holder's mark stays for the next attempt
            raise
        self.unclean = bool(previous.strip())
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()

    def hold_identity(self) -> None:
        """Lock the database file's identity too, once it exists (Books.open calls this again after creating it)."""
        if self._identity or not self.db_path.exists():
            return
        st = os.stat(self.db_path)
        try:
            for path in _identity_paths(self.db_path, st.st_dev, st.st_ino):
                self._identity.append(_locked(path, self.db_path))
        except DatabaseInUseError:
            self._drop_identity()
            raise

    def release(self, *, clean: bool = True) -> None:
        """Release the lock. clean (a normal close): the lock file is emptied, no process id: closed cleanly;
        clean=False leaves the mark, so the file is checked on the next opening."""
        self._drop_identity()
        if self._fh is not None and clean:
            with contextlib.suppress(OSError):
                self._fh.seek(0)
                self._fh.truncate()
                self._fh.flush()
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def _drop_identity(self) -> None:
        for fh in self._identity:
            fh.close()
        self._identity = []


def _identity_paths(db_path: Path, dev: int, ino: int) -> list[Path]:
    """Where the file's identity is locked: its own folder (seen by every computer sharing it) and a machine-wide
    folder (a hard link in another folder); the latter is skipped when it cannot be made."""
    paths = [db_path.with_name(f".ardesk-{ino}.lock")]
    shared = Path(tempfile.gettempdir()) / "ardesk-locks"
    try:
        if not shared.is_dir():
            shared.mkdir(exist_ok=True)
            with contextlib.suppress(OSError):
                shared.chmod(0o1777)  # every user's ardesk locks here; nobody removes another's files
        if os.access(shared, os.W_OK):
            paths.append(shared / f"{dev}-{ino}.lock")
    except OSError:
        pass
    return paths


def _locked(path: Path, db_path: Path) -> IO[str]:
    """path opened and locked exclusively, or DatabaseInUseError."""
    fh = open(path, "a+")  # noqa: SIM115 - held open on purpose
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
            path=db_path,
        ) from None
    return fh
