"""Domain errors: every message is written for a bookkeeper and names the field at fault."""

from __future__ import annotations


class ArdeskError(Exception):
    """Base class of every error ardesk raises on purpose."""


class ValidationError(ArdeskError):
    """Bad input: `.field` names the parameter at fault (``"lines[2].tax"``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(ValidationError):
    """A code or number that does not exist in this company."""


class ImmutableError(ArdeskError):
    """An attempt to change or delete posted history."""


class DatabaseInUseError(ArdeskError):
    """Another ardesk instance has the database file open."""


class DatabaseError(ArdeskError):
    """The database could not be opened or upgraded (disk, permissions, newer schema)."""


class ConcurrencyError(ArdeskError):
    """Another user changed the same records at the same moment; this transaction wrote nothing."""

    def __init__(self, what: str = "The record") -> None:
        super().__init__(f"{what} was changed by another user at the same moment; nothing was saved. Try again.")
        self.what = what
