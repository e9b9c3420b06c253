"""The program refuses a damaged or foreign books file with a message box, not a traceback (issue 11 item 3)."""

from __future__ import annotations

import pytest

from ardesk import app


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "is empty (0 bytes)"), (b"PK\x03\x04 a zip file, not books" * 10, "not an SQLite database")],
    ids=["zero-byte", "not-sqlite"],
)
def test_opening_a_file_that_is_not_books_shows_a_message_and_leaves_it(tmp_path, monkeypatch, content, words):
    path = tmp_path / "books.db"
    path.write_bytes(content)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "show_error", lambda title, text: shown.append((title, text)))
    assert app.open_books(str(path)) is None
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "The books could not be opened"
    assert words in text and str(path) in text
    assert path.read_bytes() == content
    # and in Dutch
    shown.clear()
    assert app.open_books(str(path), "nl") is None
    assert "ardesk heeft het ongewijzigd gelaten" in shown[0][1]
