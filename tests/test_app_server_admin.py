"""The server administration options on books that are not on a server (issue 11): refused with a message."""

from __future__ import annotations

from ardesk import server_admin
from ardesk.app import parse_args


def test_server_options_on_a_books_file_are_refused(tmp_path, capsys) -> None:
    args = parse_args(["--database", str(tmp_path / "books.db"), "--create-roles"])
    assert server_admin.wanted(args)
    assert server_admin.run(args, "en") == 2
    assert "give the URL of books on a PostgreSQL server" in capsys.readouterr().err
    assert not (tmp_path / "books.db").exists()  # nothing created


def test_without_server_options_nothing_is_wanted() -> None:
    assert not server_admin.wanted(parse_args(["--demo"]))
