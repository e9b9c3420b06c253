"""Company reads for the set-up code editors: charge codes, and posting profiles with their whole lines."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import aliased

from ardesk.calls.door import Door
from ardesk.models import Account, ChargeCode, PostingProfile, PostingProfileLine, SalesTax
from ardesk.services.tax_texts import TAX_KINDS, legal_text


@dataclass(frozen=True)
class ChargeCodeRow:
    """A charge code (DOMAIN 11.1): what it posts to (account) and the sales-tax code it carries (None: none)."""

    code: str
    description: str
    account: str
    tax: str | None
    active: bool = True


@dataclass(frozen=True)
class ProfileLine:
    """One posting profile line as update_posting_profile takes it back: scope table | group | all, who (the
    customer account, the group code, "" for all), the receivable account and the write-off account or None."""

    scope: str
    who: str
    account: str
    writeoff_account: str | None = None


@dataclass(frozen=True)
class PostingProfileInfo:
    code: str
    description: str
    active: bool
    lines: tuple[ProfileLine, ...]


class ChargeCodeReads(Door):
    """Mixed into ardesk.api.Company: the lists the set-up editors edit (services.setup_edits writes them)."""

    def charge_codes(self) -> list[ChargeCodeRow]:
        """Every charge code by code, inactive ones included."""
        with self._read() as (s, co):
            rows = s.execute(
                select(ChargeCode.code, ChargeCode.description, Account.number, SalesTax.code, ChargeCode.active)
                .join(Account, Account.id == ChargeCode.account_id)
                .outerjoin(SalesTax, SalesTax.id == ChargeCode.sales_tax_id)
                .where(ChargeCode.company_id == co.id)
                .order_by(ChargeCode.code)
            ).all()
        return [ChargeCodeRow(*row) for row in rows]

    def sales_tax_kind_texts(self) -> dict[str, str | None]:
        """Per sales-tax kind (standard, zero, exempt, ...) the legal wording a line of it prints on the
        invoice in the company's language when the code has no text of its own (None: nothing)."""
        with self._read() as (_s, co):
            return {kind: legal_text(kind, co.language) for kind in TAX_KINDS}

    def posting_profile_details(self) -> list[PostingProfileInfo]:
        """Every posting profile by code with all its lines (customer lines first, then groups, then all)."""
        receivable, writeoff = aliased(Account), aliased(Account)
        scope_order = case({"table": 0, "group": 1, "all": 2}, value=PostingProfileLine.scope, else_=3)
        with self._read() as (s, co):
            profiles = s.execute(
                select(PostingProfile.id, PostingProfile.code, PostingProfile.description, PostingProfile.active)
                .where(PostingProfile.company_id == co.id)
                .order_by(PostingProfile.code)
            ).all()
            lines: dict[int, list[ProfileLine]] = {}
            for profile_id, scope, who, account, writeoff_account in s.execute(
                select(
                    PostingProfileLine.profile_id,
                    PostingProfileLine.scope,
                    PostingProfileLine.who,
                    receivable.number,
                    writeoff.number,
                )
                .join(PostingProfile, PostingProfile.id == PostingProfileLine.profile_id)
                .join(receivable, receivable.id == PostingProfileLine.receivable_account_id)
                .outerjoin(writeoff, writeoff.id == PostingProfileLine.writeoff_account_id)
                .where(PostingProfile.company_id == co.id)
                .order_by(scope_order, PostingProfileLine.who)
            ):
                lines.setdefault(profile_id, []).append(ProfileLine(scope, who or "", account, writeoff_account))
        return [
            PostingProfileInfo(code, description, active, tuple(lines.get(pid, ())))
            for pid, code, description, active in profiles
        ]


__all__ = ["ChargeCodeReads", "ChargeCodeRow", "PostingProfileInfo", "ProfileLine"]
