"""General-ledger journal vouchers (a correction, an accrual, a bank fee), refused on the receivable accounts
(DOMAIN 9 reconciliation, 11.1: no direct GL postings to AR summary accounts).

A customer balance moves only through a customer transaction; a journal line on a receivable account would
change the ledger without the subledger and make the reconciliation differ. The receivable accounts are the
accounts marked summary and every account a posting-profile line posts customer balances to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Account, Company, PostingProfile, PostingProfileLine
from ardesk.money import money
from ardesk.services import lookup
from ardesk.services.posting import Entry, Posted, post_voucher
from ardesk.services.text import a_date, name_text


@dataclass(frozen=True)
class LedgerLine:
    """One line of a general journal voucher: an account (number or role) and its debit or credit."""

    account: str
    debit: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)
    text: str = ""


def receivable_account_ids(s: Session, company_id: int) -> set[int]:
    """The accounts customer balances are posted to: marked summary, or named by a posting-profile line."""
    flagged = s.scalars(select(Account.id).where(Account.company_id == company_id, Account.summary.is_(True)))
    profiled = s.scalars(
        select(PostingProfileLine.receivable_account_id)
        .join(PostingProfile, PostingProfile.id == PostingProfileLine.profile_id)
        .where(PostingProfile.company_id == company_id)
    )
    return set(flagged) | set(profiled)


def post_ledger_journal(
    s: Session, company: Company, date: object, lines: Sequence[LedgerLine], text: object = ""
) -> Posted:
    """Post one balanced general journal voucher (numbered from general_voucher, GJ-...)."""
    day = a_date(date, "date")
    description = name_text(text, "text", required=False)
    if not isinstance(lines, Sequence) or isinstance(lines, str) or len(lines) < 2:
        raise ValidationError("lines", "a journal voucher needs at least two lines")
    receivable = receivable_account_ids(s, company.id)
    entries = []
    for n, line in enumerate(lines, start=1):
        field = f"lines[{n}]"
        if not isinstance(line, LedgerLine):
            raise ValidationError(field, "must be a LedgerLine, got {type_name}", type_name=type(line).__name__)
        account = lookup.account_or_role(s, company.id, line.account, f"{field}.account")
        if account.id in receivable:
            raise ValidationError(
                f"{field}.account",
                "{number} is a receivable (summary) account: customer balances change only through customer "
                "documents, never by a journal",
                number=account.number,
            )
        if not account.active:
            raise ValidationError(f"{field}.account", "{number} is deactivated", number=account.number)
        debit = money(line.debit, f"{field}.debit", currency=company.currency, positive=True)
        credit = money(line.credit, f"{field}.credit", currency=company.currency, positive=True)
        if (debit == 0) == (credit == 0):
            raise ValidationError(field, "a line has either a debit or a credit")
        entries.append(Entry(account.id, debit - credit, name_text(line.text, f"{field}.text", required=False)))
    return post_voucher(s, company, day, "journal", entries, sequence="general_voucher", text=description)
