"""Finding a customer by what was typed: account prefix first, then name, in indexed queries with a limit."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from ardesk.models import Customer
from ardesk.services.invoice_queries import CustomerChoice, customer_choice_rows, customer_choice_select


def _escape(text: str) -> str:
    """text for a LIKE pattern: its wildcards matched literally (escape character backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _after(prefix: str) -> str:
    """The smallest string greater than every string that starts with prefix (binary order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _account_prefix(text: str) -> ColumnElement[bool]:
    """Accounts starting with text exactly as typed: a range on the (company, account) index, checked
    again by LIKE (PostgreSQL's collations do not order strings byte by byte)."""
    return and_(
        Customer.account >= text,
        Customer.account < _after(text),
        Customer.account.like(_escape(text) + "%", escape="\\"),
    )


def _name_contains(s: Session, text: str) -> ColumnElement[bool]:
    """Names containing text, ignoring case: SQLite's LIKE already ignores (ASCII) case, and without
    lower() it can test the entries of the name index; PostgreSQL needs ILIKE."""
    pattern = "%" + _escape(text) + "%"
    if s.get_bind().dialect.name == "sqlite":
        return Customer.name.like(pattern, escape="\\")
    return Customer.name.ilike(pattern, escape="\\")


def customer_search(s: Session, company_id: int, text: str, limit: int = 50) -> list[CustomerChoice]:
    """Up to limit customers for what was typed: those whose account starts with it (by account),
    then those whose name contains it, ignoring case (by name). Empty text: the first by account."""
    text = text.strip()
    base = customer_choice_select(company_id)
    if limit <= 0:
        return []
    if not text:
        return customer_choice_rows(s, base.order_by(Customer.account).limit(limit))
    # One range query per spelling (as typed, upper, lower case): an OR of ranges is no longer one
    # index search in SQLite.
    by_account: dict[str, CustomerChoice] = {}
    for spelling in dict.fromkeys((text, text.upper(), text.lower())):
        q = base.where(_account_prefix(spelling)).order_by(Customer.account).limit(limit)
        by_account.update((c.account, c) for c in customer_choice_rows(s, q))
    found = [by_account[a] for a in sorted(by_account)][:limit]
    if len(found) < limit:
        # No index finds "contains", but walking the name index in name order, testing each entry and
        # stopping at the limit reads only what is shown (or, for a rare text, the index, not the
        # table). "+ 0" keeps SQLite from preferring the company index and then sorting every
        # customer of the company.
        ids = select(Customer.id).where(Customer.company_id + 0 == company_id, _name_contains(s, text))
        matches = list(s.scalars(ids.order_by(Customer.name, Customer.account).limit(limit)))
        if matches:
            q = base.where(Customer.id.in_(matches)).order_by(Customer.name, Customer.account)
            found += [c for c in customer_choice_rows(s, q) if c.account not in by_account][: limit - len(found)]
    return found


def customer_choice(s: Session, company_id: int, account: str) -> CustomerChoice | None:
    """The customer with exactly this account (surrounding blanks ignored), or None."""
    rows = customer_choice_rows(s, customer_choice_select(company_id).where(Customer.account == account.strip()))
    return rows[0] if rows else None
