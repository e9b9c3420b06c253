"""Test helpers shared by several test modules."""

from __future__ import annotations

from ardesk.api import Books
from ardesk.models import Base


def snapshot(books: Books) -> dict[str, list[tuple]]:
    """Every row of every table, for "the books are exactly as they were" assertions."""
    out = {}
    with books.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
    return out
