"""Message ids of SEPA files from what they pay or collect, not from a clock or a counter.

The id is a short prefix (the company code, say), a hyphen and the first 20 hex digits (80 bits) of the
SHA-256 of the file's canonical content: the document with its own ids and creation time left empty.
So exporting the same payments twice gives the same MsgId (the bank refuses the duplicate file) and two
different files get different ones; at most 31 characters, leaving room for "-<block>" payment
information ids within the 35 that ISO 20022 allows."""

from __future__ import annotations

import hashlib
import re

from text_unidecode import unidecode

_PREFIX_LENGTH = 10
_HEX_DIGITS = 20


def message_id(prefix: str, content: bytes) -> str:
    """prefix (reduced to at most 10 letters and digits; "SEPA" when none) + "-" + 20 hex of SHA-256(content)."""
    head = re.sub(r"[^A-Za-z0-9]", "", unidecode(prefix))[:_PREFIX_LENGTH] or "SEPA"
    return f"{head}-{hashlib.sha256(content).hexdigest()[:_HEX_DIGITS]}"


def block_id(message: str, index: int) -> str:
    """The id of the index-th (1-based) payment information block of message `message`."""
    text = f"{message}-{index}"
    assert len(text) <= 35, text  # message_id leaves 4 characters: up to 999 blocks
    return text
