"""The hash chain of posted vouchers (issue 11): each voucher's hash covers its own content, its lines and the
previous voucher's hash, so a voucher altered, added or removed outside ardesk breaks the chain from there.

FROZEN: the books store these hashes; changing how one is computed makes every stored chain fail to verify.
A new way would be a new version of the chain (a column saying which), never an edit of this function.

What is hashed, as UTF-8 text joined by "|" (one line per ledger entry, sorted, so that the order the
database returns lines in does not matter): the previous hash, the voucher's place in the chain, number,
date (ISO), kind, text, the id of the voucher it reverses (or ""), then per line account id, amount in
thousandths, currency, amount in thousandths in that currency, customer id (or ""), text. Amounts as
integers of thousandths (the storage unit, models.base.MoneyType), so 12.3 and 12.30 hash alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from decimal import Decimal

#: The "previous hash" of a company's first voucher.
GENESIS = "0" * 64


def _units(amount: Decimal) -> str:
    return str(int(Decimal(amount).scaleb(3)))


def line_text(
    account_id: int, amount: Decimal, currency: str, amount_cur: Decimal, customer_id: int | None, text: str
) -> str:
    return "|".join(
        (
            str(account_id),
            _units(amount),
            currency,
            _units(amount_cur),
            "" if customer_id is None else str(customer_id),
            text,
        )
    )


def voucher_hash(
    previous: str,
    seq: int,
    number: str,
    date: dt.date,
    kind: str,
    text: str,
    reverses_id: int | None,
    lines: Iterable[str],
) -> str:
    """The voucher's hash (hex SHA-256); lines: line_text of each of its ledger entries."""
    head = "|".join(
        (previous, str(seq), number, date.isoformat(), kind, text, "" if reverses_id is None else str(reverses_id))
    )
    body = "\n".join(sorted(lines))
    return hashlib.sha256(f"{head}\n{body}".encode()).hexdigest()
