"""Verifying the voucher hash chain (issue 11): recompute every company's chain from the vouchers and their lines
and name the first voucher that was altered, added or removed outside ardesk (ardesk.db.chain)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.db.chain import GENESIS, line_text, voucher_hash
from ardesk.models import Company, LedgerEntry, Voucher
from ardesk.models.base import table


@dataclass(frozen=True)
class ChainProblem:
    """The first break in a company's chain: kind altered | added | removed | head, the voucher named (for
    removed: the first voucher after the gap; for head: the chain's end does not match the company's record)."""

    company: str
    kind: str
    voucher: str
    seq: int | None

    def __str__(self) -> str:
        what = {
            "altered": "voucher {v} was changed outside ardesk (its lines or header no longer match its hash)",
            "added": "voucher {v} was added outside ardesk (it has no place in the chain)",
            "removed": "a voucher before {v} was removed outside ardesk (the chain has a gap)",
            "head": "the last vouchers of the chain were removed outside ardesk (the chain ends before {v})",
        }[self.kind]
        return f"{self.company}: " + what.format(v=self.voucher)


def verify(s: Session) -> list[ChainProblem]:
    """The first break of each company's chain (an empty list: every chain is whole)."""
    out = []
    for company_id, code, seq_end, head_end in s.execute(
        select(Company.id, Company.code, Company.chain_seq, Company.chain_head).order_by(Company.code)
    ):
        problem = _verify_company(s, company_id, code, seq_end, head_end)
        if problem is not None:
            out.append(problem)
    return out


def _verify_company(s: Session, company_id: int, code: str, seq_end: int, head_end: str) -> ChainProblem | None:
    conn = s.connection()
    E = table(LedgerEntry)
    lines: dict[int, list[str]] = defaultdict(list)
    for vid, account, amount, currency, amount_cur, customer, text in conn.execute(
        select(
            E.c.voucher_id, E.c.account_id, E.c.amount, E.c.currency, E.c.amount_cur, E.c.customer_id, E.c.text
        ).where(E.c.company_id == company_id)
    ):
        lines[vid].append(line_text(account, Decimal(amount), currency, Decimal(amount_cur), customer, text))
    V = table(Voucher)
    head, expected = GENESIS, 1
    for vid, number, day, kind, text, reverses, seq, digest in conn.execute(
        select(V.c.id, V.c.number, V.c.date, V.c.kind, V.c.text, V.c.reverses_id, V.c.chain_seq, V.c.hash)
        .where(V.c.company_id == company_id)
        .order_by(V.c.chain_seq.is_(None), V.c.chain_seq, V.c.id)
    ):
        if seq is None or digest is None:
            return ChainProblem(code, "added", number, None)
        if seq != expected:
            return ChainProblem(code, "removed", number, seq)
        computed = voucher_hash(head, seq, number, day, kind, text, reverses, lines.get(vid, []))
        if computed != digest:
            return ChainProblem(code, "altered", number, seq)
        head, expected = digest, expected + 1
    if expected - 1 != seq_end or head != head_end:
        return ChainProblem(code, "head", f"#{seq_end}", seq_end)
    return None
