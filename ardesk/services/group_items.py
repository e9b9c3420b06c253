"""Reads for the settle screen of a centralized-payments group (DOMAIN 4.13): the group's companies
and the open debits of the same party in the other companies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.models import Company, Customer
from ardesk.services import centralized, lookup, payment_queries
from ardesk.services.payment_queries import OpenItemRow


@dataclass(frozen=True)
class GroupOpenItemRow(OpenItemRow):
    """An open item of another company of the group: mark it with Mark(number, company=company)."""

    company: str = ""
    customer: str = ""  # the party's account in that company


def group_companies(s: Session, company: Company) -> list[str]:
    """The codes of the companies in this company's centralized-payments group, its own first;
    empty when it has no group."""
    if lookup.parameters(s, company.id).centralized_group is None:
        return []
    ids = centralized.group_ids(s, company)
    others = s.scalars(select(Company.code).where(Company.id.in_(ids), Company.id != company.id).order_by(Company.code))
    return [company.code, *others]


def group_open_items(s: Session, company: Company, account: str, on: dt.date) -> list[GroupOpenItemRow]:
    """The open debits of the same party (address book id) in the other companies of the group, by
    company and date. Only debits: a credit of another company is settled in its own company (the
    engine refuses it, services.centralized)."""
    if lookup.parameters(s, company.id).centralized_group is None:
        return []
    customer = s.scalar(select(Customer).where(Customer.company_id == company.id, Customer.account == account))
    if customer is None or customer.party is None:
        return []
    rows: list[GroupOpenItemRow] = []
    others = s.scalars(
        select(Company)
        .where(Company.id.in_(centralized.group_ids(s, company)), Company.id != company.id)
        .order_by(Company.code)
    ).all()
    for other in others:
        twin = s.scalar(select(Customer).where(Customer.company_id == other.id, Customer.party == customer.party))
        if twin is None:
            continue
        for row in payment_queries.open_items(s, other.id, twin.account, on):
            if row.balance > 0:
                rows.append(GroupOpenItemRow(**vars(row), company=other.code, customer=twin.account))
    return rows
