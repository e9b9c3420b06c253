"""Customers: create, change, list with balances, and the paged queries behind the Customers list."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import Session, aliased

from ardesk.errors import ValidationError
from ardesk.models import (
    CashDiscount,
    Company,
    Customer,
    CustomerGroup,
    CustomerTransaction,
    MethodOfPayment,
    PostingProfile,
    SalesTax,
    TermsOfPayment,
)
from ardesk.money import money
from ardesk.services import definitions, lookup
from ardesk.services.bank import normalize_bic, normalize_iban
from ardesk.services.records import CustomerInfo
from ardesk.services.text import country_code, currency_code, email_text, name_text, optional_text

#: Editable customer fields and what the API calls them.
FIELDS = (
    "name",
    "group",
    "terms",
    "cash_discount",
    "currency",
    "credit_limit",
    "mandatory_credit_limit",
    "address",
    "email",
    "phone",
    "vat_number",
    "iban",
    "bic",
    "language",
    "posting_profile",
    "party",
    "method_of_payment",
    "on_hold",
    "invoice_account",
    "consumer",
    "collection_status",
    "country",
    "contact",
    "coc_number",
    "sales_tax",
)

#: A customer's collection status: held and disputed customers get no letters and no interest.
COLLECTION_STATUSES = ("", "hold", "disputed")

LANGUAGES = ("en", "nl")


def create_customer(s: Session, company: Company, account: object, name: object, **fields: object) -> Customer:
    account = lookup.code_text(account, "account")
    if lookup.exists(s, Customer, company.id, account):
        raise ValidationError("account", "customer {account!r} already exists", account=account)
    customer = Customer(company_id=company.id, account=account, currency=company.currency, language=company.language)
    group = fields.pop("group", None)
    _apply(s, company, customer, {"name": name, "group": group if group is not None else "STD", **fields})
    s.add(customer)
    s.flush()
    return customer


def update_customer(s: Session, company: Company, account: object, **fields: object) -> Customer:
    customer = lookup.by_code(s, Customer, company.id, account, "account")
    _apply(s, company, customer, fields)
    s.flush()
    return customer


def _apply(s: Session, company: Company, c: Customer, values: dict[str, object]) -> None:
    """Validate every value first, then assign: a bad field leaves the customer as it was."""
    new: dict[str, object] = {}
    refs: dict[str, type[Any]] = {
        "group": CustomerGroup,
        "terms": TermsOfPayment,
        "cash_discount": CashDiscount,
        "posting_profile": PostingProfile,
        "method_of_payment": MethodOfPayment,
    }
    for key, value in values.items():
        if key not in FIELDS:
            raise ValidationError(key, "is not a customer field")
        if key in refs:
            if key == "group" and value is None:
                raise ValidationError("group", "a customer must belong to a customer group")
            column = key + "_id" if key != "group" else "group_id"
            row = _kept_or_usable(s, company, refs[key], value, key, getattr(c, column, None))
            new[column] = row.id if row else None
        elif key == "name":
            new["name"] = name_text(value, "name")
        elif key == "currency":
            new["currency"] = currency_code(value, "currency") if value is not None else company.currency
        elif key == "credit_limit":
            new["credit_limit"] = (
                None if value is None else money(value, "credit_limit", currency=company.currency, positive=True)
            )
        elif key in ("mandatory_credit_limit", "consumer"):
            if not isinstance(value, bool):
                raise ValidationError(key, "must be True or False")
            new[key] = value
        elif key == "language":
            if value is None:
                value = company.language
            if value not in LANGUAGES:
                raise ValidationError(
                    "language",
                    "must be one of {choices}; got {value!r}",
                    choices=", ".join(LANGUAGES),
                    value=value,
                )
            new["language"] = value
        elif key == "email":
            new["email"] = email_text(value, "email")
        elif key == "country":
            new["country"] = country_code(value, "country")
        elif key == "sales_tax":
            tax = _kept_or_usable(s, company, SalesTax, value or None, key, c.sales_tax_id)
            new["sales_tax_id"] = tax.id if tax else None
        elif key == "iban":
            new["iban"] = None if value in (None, "") else normalize_iban(value)
        elif key == "bic":
            new["bic"] = None if value in (None, "") else normalize_bic(value)
        elif key == "on_hold":
            if value not in ("no", "invoice", "all"):
                raise ValidationError("on_hold", "must be 'no', 'invoice' or 'all'")
            new["on_hold"] = value
        elif key == "collection_status":
            value = "" if value is None else value
            if value not in COLLECTION_STATUSES:
                raise ValidationError(key, "must be '', 'hold' or 'disputed'")
            new[key] = value
        elif key == "invoice_account":
            row = lookup.optional(s, Customer, company.id, value, key)
            new["invoice_account_id"] = row.id if row else None
        elif key == "address":
            new["address"] = optional_text(value, key, max_len=500)
        elif key == "contact":
            new["contact"] = optional_text(value, key, max_len=200)
        else:  # phone, vat_number, party, coc_number
            new[key] = optional_text(value, key, max_len=30 if key != "phone" else 50)
    for key, value in new.items():
        setattr(c, key, value)


def _kept_or_usable(
    s: Session, company: Company, model: type[Any], code: object, field: str, current_id: int | None
) -> Any:
    """The code for a customer field: a deactivated code is refused, unless it is the one the customer has
    already (what has a code keeps it; services.setup_edits)."""
    if code is None:
        return None
    row = lookup.by_code(s, model, company.id, code, field)
    return row if row.id == current_id else lookup.usable(s, model, company.id, code, field)


def open_balances(s: Session, company_id: int, customer_ids: Sequence[int] | None = None) -> dict[int, Decimal]:
    """Sum of open customer transactions (definitions.is_open) per customer (transaction currency)."""
    q = (
        select(CustomerTransaction.customer_id, func.sum(CustomerTransaction.balance))
        .where(CustomerTransaction.company_id == company_id, definitions.is_open())
        .group_by(CustomerTransaction.customer_id)
    )
    if customer_ids is not None:
        q = q.where(CustomerTransaction.customer_id.in_(customer_ids))
    return dict(s.execute(q).all())  # func.sum keeps the column type: Decimal, exact


def infos(s: Session, company_id: int, customers: Sequence[Customer]) -> list[CustomerInfo]:
    balances = open_balances(s, company_id, [c.id for c in customers]) if customers else {}
    codes = _codes(s, company_id)
    return [
        CustomerInfo(
            account=c.account,
            name=c.name,
            group=codes["group"][c.group_id],
            terms=codes["terms"].get(c.terms_id),
            cash_discount=codes["cash_discount"].get(c.cash_discount_id),
            currency=c.currency,
            credit_limit=c.credit_limit,
            language=c.language,
            posting_profile=codes["profile"].get(c.posting_profile_id),
            party=c.party,
            balance=balances.get(c.id, Decimal("0.00")),
            address=c.address,
            email=c.email,
            iban=c.iban,
            bic=c.bic,
            on_hold=c.on_hold,
            method_of_payment=codes["mop"].get(c.method_of_payment_id),
            mandatory_credit_limit=c.mandatory_credit_limit,
            consumer=c.consumer,
            collection_status=c.collection_status,
            phone=c.phone,
            vat_number=c.vat_number,
            country=c.country,
            contact=c.contact,
            coc_number=c.coc_number,
            sales_tax=codes["tax"].get(c.sales_tax_id),
        )
        for c in customers
    ]


def _codes(s: Session, company_id: int) -> dict[str, dict[int | None, str]]:
    out: dict[str, dict[int | None, str]] = {}
    for key, model in (
        ("group", CustomerGroup),
        ("terms", TermsOfPayment),
        ("cash_discount", CashDiscount),
        ("profile", PostingProfile),
        ("mop", MethodOfPayment),
        ("tax", SalesTax),
    ):
        out[key] = dict(s.execute(select(model.id, model.code).where(model.company_id == company_id)).all())
    return out


def all_customers(s: Session, company_id: int) -> list[CustomerInfo]:
    rows = s.scalars(select(Customer).where(Customer.company_id == company_id).order_by(Customer.account)).all()
    return infos(s, company_id, rows)


# --- paged queries for the Customers list (ids first, rows on demand) ---------------------------

SORT_COLUMNS = ("account", "name", "group", "currency", "balance")


def _search(q: Select, company_id: int, text: str) -> Select:
    q = q.where(Customer.company_id == company_id)
    if text:
        escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"  # the user's % and _ are literal characters, not wildcards
        q = q.where(or_(Customer.account.ilike(like, escape="\\"), Customer.name.ilike(like, escape="\\")))
    return q


def count_customers(s: Session, company_id: int, text: str = "") -> int:
    return s.scalar(_search(select(func.count(Customer.id)), company_id, text)) or 0


def customer_ids(
    s: Session, company_id: int, text: str = "", sort: str = "account", descending: bool = False
) -> list[int]:
    """All matching customer ids in display order: cheap enough for 100,000 customers."""
    if sort not in SORT_COLUMNS:
        raise ValidationError("sort", "cannot sort by {sort!r}", sort=sort)
    q = _search(select(Customer.id), company_id, text)
    key: SQLColumnExpression[Any]
    if sort == "group":
        g = aliased(CustomerGroup)
        q = q.join(g, g.id == Customer.group_id)
        key = g.code
    elif sort == "balance":
        bal = (
            select(CustomerTransaction.customer_id, func.sum(CustomerTransaction.balance).label("b"))
            .where(CustomerTransaction.company_id == company_id, definitions.is_open())
            .group_by(CustomerTransaction.customer_id)
            .subquery()
        )
        q = q.outerjoin(bal, bal.c.customer_id == Customer.id)
        key = func.coalesce(bal.c.b, 0)
    else:
        key = getattr(Customer, sort)
    order = [key.desc() if descending else key.asc(), Customer.account.desc() if descending else Customer.account]
    return list(s.scalars(q.order_by(*order)))


def customer_rows(s: Session, company_id: int, ids: Sequence[int]) -> list[CustomerInfo]:
    """CustomerInfo for the given ids, in the same order."""
    rows = {c.id: c for c in s.scalars(select(Customer).where(Customer.company_id == company_id, Customer.id.in_(ids)))}
    return infos(s, company_id, [rows[i] for i in ids if i in rows])
