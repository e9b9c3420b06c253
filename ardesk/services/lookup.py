"""Find set-up records by code within a company; unknown codes raise NotFoundError naming the field."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, defer

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import (
    Account,
    AccountRole,
    Company,
    Customer,
    Parameters,
)
from ardesk.services.setup_cache import remembered
from ardesk.services.text import clean_text

T = TypeVar("T")

#: The message for an unknown code, per model (keyed by class name); the params are code and what.
NOT_FOUND = {
    "Customer": "there is no customer {code!r}",
    "CustomerGroup": "there is no customer group {code!r}",
    "TermsOfPayment": "there is no terms of payment {code!r}",
    "CashDiscount": "there is no cash discount {code!r}",
    "PostingProfile": "there is no posting profile {code!r}",
    "SalesTax": "there is no sales tax code {code!r}",
    "MethodOfPayment": "there is no method of payment {code!r}",
    "Account": "there is no account {code!r}",
    "ChargeCode": "there is no ChargeCode {code!r}",
    "InterestCode": "there is no InterestCode {code!r}",
    "LetterSequence": "there is no LetterSequence {code!r}",
    "NumberSequence": "there is no NumberSequence {code!r}",
}


def chunks(values: Sequence[T], size: int = 500) -> list[Sequence[T]]:
    """IN-lists of bounded length (SQLite limits bound parameters)."""
    return [values[i : i + size] for i in range(0, len(values), size)]


def code_text(value: object, field: str, *, max_len: int = 20) -> str:
    """A code, account or document number typed by a user: the one normal form of every code (issue 11).

    Non-empty, no surrounding spaces; control, zero-width and bidirectional characters are refused
    (text.clean_text). Folded, not refused: compatibility forms by Unicode NFKC (full-width "１００１０" and
    a no-break space become "10010" and a space) and digits of any script to ASCII, so "10010" cannot exist
    twice in two spellings and is found however it is typed."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text, got {type_name}", type_name=type(value).__name__)
    if value.isascii() and value.isprintable():  # the usual case, on every lookup: already in normal form
        text = value.strip()
    else:
        clean_text(value, field, allowed="")
        text = unicodedata.normalize("NFKC", value)
        text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)
        text = text.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > max_len:
        raise ValidationError(field, "{text!r} is longer than {max_len} characters", text=text, max_len=max_len)
    return text


_BY_CODE: dict[Any, Any] = {}


def by_code(s: Session, model: type[T], company_id: int, code: object, field: str) -> T:
    """The record of `model` with this code (customers: account) in the company."""
    m: Any = model  # every set-up model has company_id and a code column (customers: account, accounts: number)
    text = code_text(code, field, max_len=30)
    stmt = _BY_CODE.get(m)
    if stmt is None:  # built once per model
        column = m.account if model is Customer else m.number if model is Account else m.code
        stmt = _BY_CODE[m] = select(m).where(m.company_id == bindparam("company"), column == bindparam("code"))

    def load() -> T:
        row = s.scalar(stmt, {"company": company_id, "code": text})
        if row is None:
            raise NotFoundError(
                field, NOT_FOUND.get(model.__name__, "there is no {what} {code!r}"), what=model.__name__, code=text
            )
        return row

    if model is Customer:  # customers are not set-up: always read, then known to the transaction
        customer = load()
        seen_customers(s)[customer.id] = customer  # type: ignore[attr-defined,assignment]
        return customer
    return remembered(s, company_id, ("code", model.__name__, text), load)


def usable(s: Session, model: type[T], company_id: int, code: object, field: str) -> T:
    """by_code for something new: a deactivated code is refused (services.setup_edits)."""
    row = by_code(s, model, company_id, code, field)
    if getattr(row, "active", True) is False:
        shown = getattr(row, "code", None) or getattr(row, "number", "")
        raise ValidationError(
            field,
            "{shown} is deactivated; choose another or activate it again under Set up",
            shown=shown,
        )
    return row


def optional_usable(s: Session, model: type[T], company_id: int, code: object, field: str) -> T | None:
    return None if code is None else usable(s, model, company_id, code, field)


def optional(s: Session, model: type[T], company_id: int, code: object, field: str) -> T | None:
    return None if code is None else by_code(s, model, company_id, code, field)


def exists(s: Session, model: type[Any], company_id: int, code: str) -> bool:
    column = model.account if model is Customer else model.number if model is Account else model.code
    return s.scalar(select(model.id).where(model.company_id == company_id, column == code)) is not None


#: Built once: every API call reads its company. The logo (up to megabytes) is read only when printed.
_COMPANY = select(Company).where(Company.code == bindparam("code")).options(defer(Company.logo))


def company(s: Session, code: str) -> Company:
    row = s.scalar(_COMPANY, {"code": code})
    if row is None:
        raise NotFoundError("company", "there is no company {code!r}", code=code)
    return row


#: session.info key: {id: Customer} of the customers this transaction read (the session itself only holds
#: weak references to unchanged rows, so a later s.get could read one again).
CUSTOMERS = "ardesk_customers"


def seen_customers(s: Session) -> dict[int, Customer]:
    """The customers this transaction has read, by id."""
    return s.info.setdefault(CUSTOMERS, {})


def customer_accounts(s: Session, customer_ids: Iterable[int]) -> dict[int, str]:
    """The account numbers of the given customer ids (read in chunks of IN lists)."""
    out: dict[int, str] = {}
    for chunk in chunks(sorted(customer_ids)):
        out.update(s.execute(select(Customer.id, Customer.account).where(Customer.id.in_(chunk))).all())
    return out


def parameters(s: Session, company_id: int) -> Parameters:
    return remembered(
        s,
        company_id,
        ("parameters",),
        lambda: s.scalars(select(Parameters).where(Parameters.company_id == company_id)).one(),
    )


def role_account(s: Session, company_id: int, role: str) -> Account:
    """The GL account mapped to a role (DOMAIN 2.12); a missing mapping is a set-up error."""

    def load() -> Account:
        account = s.scalar(
            select(Account)
            .join(AccountRole, AccountRole.account_id == Account.id)
            .where(AccountRole.company_id == company_id, AccountRole.role == role)
        )
        if account is None:
            raise ValidationError("role", "no account is set up for the role {role!r}", role=role)
        return account

    return remembered(s, company_id, ("role", role), load)


def account_or_role(s: Session, company_id: int, value: object, field: str) -> Account:
    """An account given by number, or by role name (receivable, bank, ...)."""
    from ardesk.services.chart import ROLES

    if value in ROLES:
        return role_account(s, company_id, value)
    return by_code(s, Account, company_id, value, field)
