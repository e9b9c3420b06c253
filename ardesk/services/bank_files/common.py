"""Checks every bank file format shares: amounts, IBANs, the balance proof."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from ardesk.errors import ValidationError
from ardesk.services.bank import normalize_iban
from ardesk.services.bank_files.records import BankEntry

_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")


@lru_cache(maxsize=4096)
def counterparty_iban(value: str | None) -> str | None:
    """The IBAN of a counterparty in electronic form, or None when the bank gave none or not a valid
    IBAN (an old domestic account number, a card): matching then goes without it."""
    if not value:
        return None
    compact = re.sub(r"\s+", "", value).upper()
    if not _IBAN_SHAPE.fullmatch(compact):
        return None
    try:
        return normalize_iban(compact)
    except ValidationError:
        return None


def account_iban(value: str | None) -> str:
    """The statement account's IBAN, refused with a message when it is not one."""
    iban = counterparty_iban(value)
    if iban is None:
        raise ValidationError("file", "the statement's account {account!r} is not a valid IBAN", account=value or "")
    return iban


def check_balance(opening: Decimal, entries: Sequence[BankEntry], closing: Decimal) -> None:
    """The bank's own proof that nothing is missing: opening + entries = closing."""
    total = sum((e.amount for e in entries), Decimal(0))
    if opening + total != closing:
        raise ValidationError(
            "file",
            "the opening balance {opening} plus the entries ({total}) makes {expected}, but the closing balance"
            " is {closing}; the file is incomplete or wrong",
            opening=opening,
            total=total,
            expected=opening + total,
            closing=closing,
        )
