"""Bank statement files (CAMT.053, MT940) read into plain records; the format is sniffed from the content.

`read_statements` returns every statement of a file (a bank may put several accounts or days in one
file); `read_statement` wants exactly one (`one_statement`, which the statement import uses too). Anything
wrong raises ValidationError("file", ...) with a message naming it; no parser exception gets out."""

from __future__ import annotations

import codecs
import gc
import os
import re

from ardesk.errors import ValidationError
from ardesk.services.bank_files.records import BankEntry, BankStatement

__all__ = [
    "BankEntry",
    "BankStatement",
    "one_statement",
    "parse_statements",
    "read_statement",
    "read_statements",
    "sniff",
]


def sniff(data: bytes) -> str:
    """ "camt053" or "mt940" by the content (not the file name), or a message saying what the file is not."""
    if not data.strip():
        raise ValidationError("file", "the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:4096].decode("utf-16", errors="replace").lstrip("\ufeff \t\r\n")
    else:
        if b"\x00" in data[:4096]:
            raise ValidationError(
                "file",
                "the file contains NUL bytes: it is not text in an encoding ardesk reads (UTF-8 or Windows-1252)",
            )
        head = data[:4096].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf \t\r\n")
    if head.startswith("<"):
        return "camt053"
    if (re.search(r"^:20:", head, re.MULTILINE) and re.search(r"^:(25|60F|61):", head, re.MULTILINE)) or (
        head.startswith("{1:") and ":20:" in head
    ):
        return "mt940"
    raise ValidationError("file", "the file is not a bank statement (CAMT.053 or MT940)")


def _text(data: bytes) -> str:
    """MT940 text: UTF-16 with a byte order mark, else UTF-8, else Windows-1252 (what Dutch banks send)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_statements(data: bytes) -> list[BankStatement]:
    """Every statement in the bytes of a bank file."""
    kind = sniff(data)
    # Tens of thousands of small objects and no cycles: the cyclic collector only costs time here.
    collecting = gc.isenabled()
    gc.disable()
    try:
        if kind == "camt053":
            from ardesk.services.bank_files import camt053

            return camt053.parse(data)
        from ardesk.services.bank_files import mt940

        return mt940.parse(_text(data))
    finally:
        if collecting:
            gc.enable()


def read_statements(path: str | os.PathLike[str]) -> list[BankStatement]:
    """Every statement in the file at `path`, in file order, each checked (opening + entries = closing)."""
    return parse_statements(read_bytes(path))


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, or a ValidationError naming the file's problem (field "file")."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise ValidationError("file", "the file cannot be read ({reason})", reason=exc.strerror or str(exc)) from None


def read_statement(path: str | os.PathLike[str]) -> BankStatement:
    """The one statement in the file at `path`; a file holding several is refused (use read_statements)."""
    return one_statement(read_statements(path))


def one_statement(statements: list[BankStatement]) -> BankStatement:
    """The only statement of a file's statements; a file holding none or several is refused."""
    if len(statements) != 1:
        raise ValidationError(
            "file", "the file holds {count} statements; import one statement per file", count=len(statements)
        )
    return statements[0]
