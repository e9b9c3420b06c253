"""Domain errors: every message is written for a bookkeeper and names the field at fault."""

from __future__ import annotations

from typing import Any


class ArdeskError(Exception):
    """Base class of every error ardesk raises on purpose.

    The message is an English template with ``str.format`` placeholders and ``params`` their
    values, so the GUI can show it in the user's language (ardesk.messages_nl, i18n.message_text);
    ``.message`` is the English text."""

    def __init__(self, message: str = "", /, **params: Any) -> None:
        self.template = message
        self.params = params
        self.message = message.format(**params) if params else message
        super().__init__(self.message)


class ValidationError(ArdeskError):
    """Bad input: `.field` names the parameter at fault (``"lines[2].tax"``)."""

    def __init__(self, field: str, message: str, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field
        self.args = (f"{field}: {self.message}",)


class NotFoundError(ValidationError):
    """A code or number that does not exist in this company."""


class ImmutableError(ArdeskError):
    """An attempt to change or delete posted history."""


class DatabaseInUseError(ArdeskError):
    """Another ardesk instance has the database file open."""


class DatabaseError(ArdeskError):
    """The database could not be opened or upgraded (disk, permissions, newer schema)."""


class PermissionDeniedError(ArdeskError):
    """The database role logged in may not do this (a reader's, on PostgreSQL: issue 11)."""


class ConcurrencyError(ArdeskError):
    """Another user changed the same records at the same moment; this transaction wrote nothing.

    ``what`` is a template of the subject ("The open balance of {numbers}"); the message template
    is ``what + CONCURRENCY_SUFFIX``."""

    def __init__(self, what: str = "The record", /, **params: Any) -> None:
        super().__init__(what + CONCURRENCY_SUFFIX, **params)
        self.what = what.format(**params) if params else what


class Term(str):
    """A word inside a message that is translated with it (ardesk.messages_nl.DUTCH[term], else itself):
    a state, a kind of document, what a code is used by. Write it as a literal, Term("credit note"), or
    take it from a table of such literals, so tests/unit/test_messages.py can check its Dutch text."""

    __slots__ = ()


class Tally:
    """A term with a count in a message: "customers (3)"."""

    __slots__ = ("count", "term")

    def __init__(self, term: Term, count: int) -> None:
        self.term, self.count = term, count

    def __format__(self, spec: str) -> str:
        return f"{self.term} ({self.count})"

    def __str__(self) -> str:
        return format(self)

    __repr__ = __str__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tally) and (self.term, self.count) == (other.term, other.count)

    def __hash__(self) -> int:
        return hash((self.term, self.count))


class Listing(list[Any]):
    """A list a message shows as "a, b, c" (a plain list shows the way Python writes it)."""

    def __format__(self, spec: str) -> str:
        return ", ".join(format(item, spec) for item in self)


#: What every ConcurrencyError message ends with, after its subject.
CONCURRENCY_SUFFIX = " was changed by another user at the same moment; nothing was saved. Try again."
