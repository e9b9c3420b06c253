"""Where the books live: the default SQLite file in the user's data folder, or a URL from the user."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_URL = "ARDESK_DATABASE_URL"


def data_dir() -> Path:
    """The user's ardesk data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir("ardesk", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "ardesk.db"


def demo_database_path() -> Path:
    return data_dir() / "demo.db"


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """Turn None / a path / ":memory:" / a URL into an SQLAlchemy URL string."""
    if target is None:
        target = os.environ.get(ENV_URL) or default_database_path()
    text = os.fspath(target)
    if text == ":memory:":
        return "sqlite://"
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())
