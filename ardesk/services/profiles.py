"""Posting profile resolution: customer (table) → customer group → all (DOMAIN 2.4)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Customer, CustomerGroup, PostingProfile, PostingProfileLine
from ardesk.services import lookup
from ardesk.services.setup_cache import remembered


def choose_profile(
    s: Session,
    company_id: int,
    customer: Customer,
    code: object,
    field: str = "posting_profile",
    *,
    prepayment: bool = False,
) -> PostingProfile:
    """The profile named on the document, else the customer's, else the company default (ARDESK)."""
    if code is not None:
        return lookup.by_code(s, PostingProfile, company_id, code, field)
    params = lookup.parameters(s, company_id)
    if prepayment:
        return lookup.by_code(s, PostingProfile, company_id, params.prepayment_posting_profile, field)
    if customer.posting_profile_id is not None:
        return s.get(PostingProfile, customer.posting_profile_id)
    return lookup.by_code(s, PostingProfile, company_id, params.default_posting_profile, field)


def best_line(
    lines: Sequence[PostingProfileLine], customer: Customer, group_code: str | None
) -> PostingProfileLine | None:
    """The profile line for the customer itself, else for its group, else for all (DOMAIN 2.4)."""
    for scope, who in (("table", customer.account), ("group", group_code), ("all", "")):
        for line in lines:
            if line.scope == scope and line.who == who:
                return line
    return None


def _lines_and_group(
    s: Session, profile: PostingProfile, customer: Customer
) -> tuple[Sequence[PostingProfileLine], str | None]:
    lines = s.scalars(select(PostingProfileLine).where(PostingProfileLine.profile_id == profile.id)).all()
    return lines, s.scalar(select(CustomerGroup.code).where(CustomerGroup.id == customer.group_id))


def _no_line(profile: PostingProfile, customer: Customer, group_code: str | None, field: str) -> ValidationError:
    return ValidationError(
        field,
        "posting profile {code!r} has no line for customer {account!r} (nor for its group {group_code!r}, nor for all)",
        code=profile.code,
        account=customer.account,
        group_code=group_code,
    )


def summary_account_id(s: Session, profile: PostingProfile, customer: Customer, field: str = "posting_profile") -> int:
    """The receivable (summary) account of the profile line that fits the customer best."""
    lines, group_code = _lines_and_group(s, profile, customer)
    line = best_line(lines, customer, group_code)
    if line is None:
        raise _no_line(profile, customer, group_code, field)
    return line.receivable_account_id


def writeoff_account_id(s: Session, profile: PostingProfile, customer: Customer) -> int | None:
    """The write-off account of the profile line that fits the customer best (DOMAIN 4.14), if it has one."""
    lines, group_code = _lines_and_group(s, profile, customer)
    line = best_line(lines, customer, group_code)
    return None if line is None else line.writeoff_account_id


def _profiles(
    s: Session, company_id: int
) -> tuple[dict[str, PostingProfile], dict[int, list[PostingProfileLine]], dict[int, str]]:
    profiles = {p.code: p for p in s.scalars(select(PostingProfile).where(PostingProfile.company_id == company_id))}
    lines: dict[int, list[PostingProfileLine]] = {}
    ids = [p.id for p in profiles.values()]
    for line in s.scalars(select(PostingProfileLine).where(PostingProfileLine.profile_id.in_(ids))):
        lines.setdefault(line.profile_id, []).append(line)
    groups = dict(
        s.execute(select(CustomerGroup.id, CustomerGroup.code).where(CustomerGroup.company_id == company_id)).all()
    )
    return profiles, lines, groups


class ProfileCache:
    """choose_profile and summary_account_id for many documents with a handful of queries."""

    def __init__(self, s: Session, company_id: int) -> None:
        self.s, self.company_id = s, company_id
        self.params = lookup.parameters(s, company_id)
        self.profiles, self.lines, self.groups = remembered(
            s, company_id, ("profile_cache",), lambda: _profiles(s, company_id)
        )
        self.by_id = {p.id: p for p in self.profiles.values()}

    def profile(self, customer: Customer, code: object, field: str, *, prepayment: bool = False) -> PostingProfile:
        if code is None:
            if prepayment:
                code = self.params.prepayment_posting_profile
            elif customer.posting_profile_id is not None:
                return self.by_id[customer.posting_profile_id]
            else:
                code = self.params.default_posting_profile
        text = lookup.code_text(code, field)
        if text not in self.profiles:
            raise ValidationError(field, "there is no posting profile {text!r}", text=text)
        return self.profiles[text]

    def receivable(self, profile: PostingProfile, customer: Customer, field: str) -> int:
        group_code = self.groups.get(customer.group_id)
        line = best_line(self.lines.get(profile.id, []), customer, group_code)
        if line is None:
            raise _no_line(profile, customer, group_code, field)
        return line.receivable_account_id
