"""Safe files (issue 11 item 3): damaged or foreign books files are refused and left as they were, the instance lock
follows the file rather than its name, files are written only into folders that can take them, logos are checked."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import text

from ardesk.api import Books, DatabaseError, DatabaseInUseError, Line, ValidationError
from ardesk.db import integrity
from ardesk.db.lock import InstanceLock

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _books(path: Path) -> Path:
    """Ardesk books with a company and a posted invoice at path, closed cleanly."""
    with Books.open(path) as books:
        co = books.create_company("NL01", "De Vries B.V.")
        co.create_sales_tax("HIGH", D("21"))
        co.create_customer("1001", "Jansen B.V.")
        for i in range(40):  # enough pages that one in the middle holds data
            co.post_free_text_invoice("1001", date(2026, 3, 2), [Line(f"Goods {i} " + "x" * 200, D("100.00"))])
    return path


def _damage_middle(path: Path) -> None:
    """Overwrite one page in the middle of the file with rubbish (a bad sector, a torn copy)."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = page_size * (pages // 2)
    data[start : start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def expect_refused_books(path: Path, words: str, exc_type: type[Exception] = DatabaseError) -> str:
    before = path.read_bytes()
    with pytest.raises(exc_type) as caught:
        Books.open(path)
    assert words in caught.value.message
    assert path.read_bytes() == before  # left exactly as it was
    return caught.value.message


# --- refused books files ------------------------------------------------------------------------------------------
def test_a_zero_byte_file_is_refused_not_made_into_new_books(tmp_path):
    path = tmp_path / "books.db"
    path.write_bytes(b"")
    message = expect_refused_books(path, "is empty (0 bytes): it is not ardesk books")
    assert str(path) in message
    assert path.stat().st_size == 0
    assert integrity.check_file(path) == [message]


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "books.db"
    path.write_bytes(b"Dear customer,\nthis is a letter, not books.\n" * 20)
    expect_refused_books(path, "is not ardesk books (not an SQLite database)")


def test_books_damaged_in_the_middle_are_refused_on_opening(tmp_path):
    path = _books(tmp_path / "books.db")
    _damage_middle(path)
    message = expect_refused_books(path, "are damaged")
    assert "restore a backup" in message
    problems = integrity.check_file(path)
    assert problems and all(isinstance(p, str) for p in problems)


def test_intact_books_verify_clean_with_the_full_integrity_check(tmp_path, monkeypatch):
    path = _books(tmp_path / "books.db")
    pragmas = []
    real = integrity._probe
    monkeypatch.setattr(integrity, "_probe", lambda f, p: pragmas.append(p) or real(f, p))
    before = path.read_bytes()
    assert integrity.check_file(path) == []
    assert "integrity_check" in pragmas  # "Verify books" runs the full check, not quick_check
    assert path.read_bytes() == before
    with Books.open(path) as books:
        assert [c.code for c in books.companies()] == ["NL01"]


def test_an_sqlite_file_of_another_program_is_not_ardesk_books(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.close()
    message = expect_refused_books(path, "is not ardesk books (it holds other data)")
    assert "newer version" not in message


def test_another_programs_alembic_schema_is_not_ardesk_books_nor_a_newer_version(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('a1b2c3d4')")
        conn.execute("CREATE TABLE orders (id INTEGER)")
    conn.close()
    message = expect_refused_books(path, "is not ardesk books")
    assert "newer version" not in message


def test_ardesk_books_of_a_newer_schema_still_say_so(tmp_path):
    path = _books(tmp_path / "books.db")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    expect_refused_books(path, "written by a newer version of ardesk (schema 9999)")


# --- unclean shutdown ---------------------------------------------------------------------------------------------
def test_a_clean_close_empties_the_lock_file_and_a_kill_leaves_the_mark(tmp_path):
    path = _books(tmp_path / "books.db")
    lock_file = tmp_path / "books.db.lock"
    assert lock_file.read_text() == ""  # closed cleanly
    code = f"import os; from ardesk.api import Books; b = Books.open({str(path)!r}); b.companies(); os._exit(0)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
    assert lock_file.read_text().strip().isdigit()  # the killed program's process id: not closed cleanly
    lock = InstanceLock(path)
    lock.acquire()
    assert lock.unclean
    lock.release()
    lock = InstanceLock(path)
    lock.acquire()
    assert not lock.unclean
    lock.release()


def _pragmas_on_open(path: Path, monkeypatch) -> list[str | None]:
    pragmas: list[str | None] = []
    real = integrity._probe
    monkeypatch.setattr(integrity, "_probe", lambda f, p: pragmas.append(p) or real(f, p))
    Books.open(path).close()
    return pragmas


def test_quick_check_runs_after_an_unclean_shutdown_of_large_books(tmp_path, monkeypatch):
    path = _books(tmp_path / "books.db")
    monkeypatch.setattr(integrity, "QUICK_CHECK_UP_TO", 0)  # as if the books were large
    assert _pragmas_on_open(path, monkeypatch) == [None]  # after a clean close: no page check
    (tmp_path / "books.db.lock").write_text("12345")  # a program that had the books open was killed
    assert _pragmas_on_open(path, monkeypatch) == ["quick_check"]
    assert _pragmas_on_open(path, monkeypatch) == [None]  # that opening closed cleanly again


def test_damaged_large_books_are_refused_after_an_unclean_shutdown(tmp_path, monkeypatch):
    path = _books(tmp_path / "books.db")
    _damage_middle(path)
    monkeypatch.setattr(integrity, "QUICK_CHECK_UP_TO", 0)
    lock_file = tmp_path / "books.db.lock"
    lock_file.write_text("12345")
    expect_refused_books(path, "are damaged")
    assert lock_file.read_text().strip()  # still marked: the next opening checks again
    expect_refused_books(path, "are damaged")


def test_a_write_ahead_log_left_behind_counts_as_an_unclean_shutdown(tmp_path, monkeypatch):
    path = _books(tmp_path / "books.db")
    monkeypatch.setattr(integrity, "QUICK_CHECK_UP_TO", 0)
    code = (
        f"import os, sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('PRAGMA journal_mode=WAL');"
        "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute('CREATE TABLE scratch (x)'); c.commit();"
        "os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "books.db-wal").stat().st_size > 0
    assert _pragmas_on_open(path, monkeypatch) == ["quick_check"]


# --- the single-writer lock follows the file ----------------------------------------------------------------------
@pytest.fixture
def open_books(tmp_path):
    path = _books(tmp_path / "books.db")
    books = Books.open(path)
    yield path
    books.close()


def expect_in_use(target: Path | str) -> None:
    with pytest.raises(DatabaseInUseError) as caught:
        Books.open(target)
    assert "already open in another ardesk window" in caught.value.message


def test_a_hard_link_in_the_same_folder_cannot_bypass_the_lock(open_books, tmp_path):
    link = tmp_path / "copy.db"
    os.link(open_books, link)
    expect_in_use(link)


def test_a_hard_link_in_another_folder_cannot_bypass_the_lock(open_books, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(open_books, other / "books.db")
    expect_in_use(other / "books.db")


def test_a_symlink_cannot_bypass_the_lock(open_books, tmp_path):
    link = tmp_path / "alias.db"
    link.symlink_to(open_books)
    expect_in_use(link)


def test_a_relative_or_roundabout_path_cannot_bypass_the_lock(open_books, tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    expect_in_use(Path("..") / "books.db")
    expect_in_use(str(tmp_path / "sub" / ".." / "books.db"))


def test_the_other_paths_open_once_the_books_are_closed(tmp_path):
    path = _books(tmp_path / "books.db")
    link = tmp_path / "copy.db"
    os.link(path, link)
    with Books.open(link) as books:
        assert [c.code for c in books.companies()] == ["NL01"]
        expect_in_use(path)
    with Books.open(path) as books:
        assert books.companies()


# --- files written into folders that cannot take them ------------------------------------------------------------
@pytest.fixture
def company(tmp_path):
    books = Books.open(tmp_path / "books.db")
    co = books.create_company("NL01", "De Vries B.V.", iban="NL91ABNA0417164300", bic="ABNANL2A")
    co.create_sales_tax("HIGH", D("21"))
    co.create_customer("1001", "Jansen B.V.")
    co.post_free_text_invoice("1001", date(2026, 3, 2), [Line("Goods", D("100.00"), tax="HIGH")])
    yield co
    books.close()


def _writers(co, target: Path) -> dict:
    """Every API call that writes a file, aimed at target (the calls that write into a folder: target's folder)."""
    folder = target.parent
    day = date(2026, 3, 31)
    number = _first_invoice(co)
    return {
        "print_invoice": lambda: co.print_invoice(number, target),
        "print_invoices": lambda: co.print_invoices([number], folder),
        "print_statement": lambda: co.print_statement("1001", date(2026, 3, 1), day, target),
        "print_statements": lambda: co.print_statements(date(2026, 3, 1), day, folder),
        "print_statements combined": lambda: co.print_statements(date(2026, 3, 1), day, target, combined=True),
        "export_aging_csv": lambda: co.export_aging_csv(day, target.with_suffix(".csv")),
        "print_aging_report": lambda: co.print_aging_report(day, target),
        "export_table": lambda: co.export_table("customers", target.with_suffix(".csv")),
        "export_reconciliation": lambda: co.export_reconciliation(day, target.with_suffix(".csv")),
        "print_reconciliation": lambda: co.print_reconciliation(day, target),
        "export_ubl": lambda: co.export_ubl(number, target.with_suffix(".xml")),
        "print_facturx": lambda: co.print_facturx(number, target),
        "export_refunds": lambda: co.export_refunds(["X-1"], target.with_suffix(".xml"), execution_date=day),
        "print_packing_slip": lambda: co.print_packing_slip("SO-1", target),
        "print_pro_forma": lambda: co.print_pro_forma(1, target),
        "print_collection_letter": lambda: co.print_collection_letter("L-1", target),
        "print_interest_note": lambda: co.print_interest_note("N-1", target),
        "backup": lambda: co.backup(target.with_suffix(".db")),
        "Books.backup": lambda: co.books.backup(target.with_suffix(".db")),
    }


FIELDS = {
    "print_invoices": "folder",
    "print_statements": "folder_or_file",
    "print_statements combined": "folder_or_file",
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "books.db" not in p.name}


def test_every_file_written_into_a_missing_folder_is_refused_with_a_message(company, tmp_path):
    missing = tmp_path / "no such folder" / "file.pdf"
    writers = _writers(company, missing)
    before = _snapshot(tmp_path)
    for name, write in writers.items():
        with pytest.raises(ValidationError) as caught:
            write()
        assert caught.value.field == FIELDS.get(name, "path"), name
        assert "does not exist" in caught.value.message, name
    assert not missing.parent.exists()
    assert _snapshot(tmp_path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="chmod does not make a Windows folder read-only")
def test_every_file_written_into_a_read_only_folder_is_refused_with_a_message(company, tmp_path, monkeypatch):
    locked = tmp_path / "read-only"
    locked.mkdir()
    (locked / "old.pdf").write_bytes(b"%PDF old")
    writers = _writers(company, locked / "file.pdf")
    if ROOT:  # root writes into a chmod 0o500 folder: the operating system's answer is simulated instead
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode, **kw: False if Path(p) == locked else real_access(p, mode, **kw)
        )
    locked.chmod(0o500)
    try:
        for name, write in writers.items():
            with pytest.raises(ValidationError) as caught:
                write()
            assert caught.value.field == FIELDS.get(name, "path"), name
            assert "cannot be written to (read-only)" in caught.value.message, name
        assert sorted(p.name for p in locked.iterdir()) == ["old.pdf"]
        assert (locked / "old.pdf").read_bytes() == b"%PDF old"
    finally:
        locked.chmod(0o700)


def test_a_folder_given_as_the_file_is_refused(company, tmp_path):
    with pytest.raises(ValidationError) as caught:
        company.print_invoice(_first_invoice(company), tmp_path)
    assert caught.value.field == "path"
    assert "is a folder, not a file" in caught.value.message


def test_writing_into_an_existing_folder_still_works(company, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    company.print_invoice(_first_invoice(company), out / "invoice.pdf")
    assert (out / "invoice.pdf").read_bytes().startswith(b"%PDF")


def _first_invoice(co) -> str:
    with co.books.reading() as s:
        return str(s.execute(text("SELECT number FROM invoice ORDER BY id LIMIT 1")).scalar())


# --- the company logo ---------------------------------------------------------------------------------------------
def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), (30, 30, 200)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize(
    "logo",
    [
        b"\x89PNG\r\n\x1a\n" + b"not really an image" * 10,  # a PNG signature and rubbish
        b"\xff\xd8\xff" + b"\x00" * 100,  # a JPEG start and nothing
        None,  # replaced below by a truncated PNG
    ],
    ids=["png-signature-only", "jpeg-start-only", "truncated-png"],
)
def test_a_logo_that_is_not_a_readable_image_is_refused_when_set(books, logo):
    if logo is None:
        logo = _png()[:-30]
    co = books.create_company("NL01", "De Vries B.V.", logo=_png())
    with pytest.raises(ValidationError) as caught:
        co.set_details(logo=logo)
    assert caught.value.field == "logo"
    assert "not a readable PNG or JPEG image" in caught.value.message
    assert co.details()["logo"] == _png()  # unchanged
    with pytest.raises(ValidationError) as caught:
        books.create_company("NL02", "Other B.V.", logo=logo)
    assert caught.value.field == "logo"
    assert [c.code for c in books.companies()] == ["NL01"]


def test_a_gif_logo_is_refused_and_png_and_jpeg_are_accepted(books):
    from PIL import Image

    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    co = books.create_company("NL01", "De Vries B.V.")
    with pytest.raises(ValidationError) as caught:
        co.set_details(logo=gif.getvalue())
    assert caught.value.field == "logo"
    co.set_details(logo=_png())
    co.set_details(logo=_jpeg())


def test_a_transaction_cut_off_in_rollback_journal_mode_is_rolled_back_not_refused(tmp_path, monkeypatch):
    path = _books(tmp_path / "books.db")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # as a restored backup is, before its first opening
    conn.close()
    code = (
        f"import os, sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('PRAGMA cache_size=1');"
        "c.execute('BEGIN'); c.execute('CREATE TABLE scratch (x)');"
        "c.executemany('INSERT INTO scratch VALUES (?)', [('x' * 500,)] * 2000); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "books.db-journal").stat().st_size > 0  # a hot journal: the cut-off transaction
    monkeypatch.setattr(integrity, "QUICK_CHECK_UP_TO", 0)
    assert _pragmas_on_open(path, monkeypatch) == ["quick_check", "quick_check"]  # refused read-only, then again
    with Books.open(path) as books:
        assert [c.code for c in books.companies()] == ["NL01"]
        with books.reading() as s:
            assert s.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'scratch'")).scalar() == 0
