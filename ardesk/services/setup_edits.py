"""Changing set-up after it was made: edit a code, deactivate or activate it, delete it while unused.

ARDESK rules: a code that anything refers to (a customer, a document, a posting, another code, a parameter)
cannot be deleted, only deactivated; a deactivated code stays on everything that has it but cannot be
chosen for anything new (lookup.usable). Edits change what later documents get; posted documents keep
what they were posted with (their amounts, rates and accounts are stored on them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ardesk.errors import Listing, Tally, Term, ValidationError
from ardesk.models import (
    Account,
    Base,
    CashDiscount,
    CashDiscountPeriod,
    ChargeCode,
    Company,
    CustomerGroup,
    ExchangeRate,
    LedgerEntry,
    MethodOfPayment,
    NumberSequence,
    PostingProfile,
    PostingProfileLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.models.company import ACCOUNT_KINDS
from ardesk.money import percent
from ardesk.services import lookup, setup
from ardesk.services.tax_texts import check_tax_rate, tax_kind
from ardesk.services.text import a_date, currency_code, name_text, optional_text

#: The kinds of code set_active and delete_code take, and their tables.
CODE_KINDS: dict[str, type[Any]] = {
    "sales_tax": SalesTax,
    "terms_of_payment": TermsOfPayment,
    "cash_discount": CashDiscount,
    "customer_group": CustomerGroup,
    "method_of_payment": MethodOfPayment,
    "posting_profile": PostingProfile,
    "charge_code": ChargeCode,
    "account": Account,
}

#: What uses a code (uses()' table names), as a refusal names it: "BTW21 is in use (customers (3), ...)".
USE_LABELS: dict[str, Term] = {
    "account_role": Term("account roles"),
    "card_payment": Term("card payments"),
    "ar_parameters": Term("the AR parameters"),
    "cash_discount": Term("cash discounts"),
    "cash_discount_period": Term("cash discount periods"),
    "charge_code": Term("charge codes"),
    "customer": Term("customers"),
    "customer_group": Term("customer groups"),
    "customer_transaction": Term("customer transactions"),
    "deposit_slip": Term("deposit slips"),
    "interest_code": Term("interest codes"),
    "invoice": Term("invoices"),
    "invoice_charge": Term("invoice charges"),
    "invoice_line": Term("invoice lines"),
    "invoice_tax": Term("invoice tax lines"),
    "invoice_template": Term("invoice templates"),
    "invoice_template_line": Term("invoice template lines"),
    "item": Term("open items"),
    "ledger_entry": Term("ledger entries"),
    "letter_sequence": Term("collection letter sequences"),
    "letter_step": Term("collection letter steps"),
    "method_of_payment": Term("methods of payment"),
    "payment_journal_line": Term("payment journal lines"),
    "posting_profile_line": Term("posting profile lines"),
    "sales_order_line": Term("sales order lines"),
    "sales_tax": Term("sales tax codes"),
}

#: Rows that belong to a code and go with it when it is deleted (not uses of it).
_OWNED = {CashDiscount: CashDiscountPeriod, PostingProfile: PostingProfileLine}


def _model(kind: object) -> type[Any]:
    if kind not in CODE_KINDS:
        raise ValidationError(
            "kind",
            "must be one of {choices}; got {kind!r}",
            choices=", ".join(CODE_KINDS),
            kind=kind,
        )
    return CODE_KINDS[kind]  # type: ignore[index]


def uses(s: Session, company: Company, kind: str, code: object) -> dict[str, int]:
    """Where a code is used: {table name: rows}, found through every foreign key that points at its table,
    plus the references by code (parameters, posting profile lines for a group)."""
    model = _model(kind)
    row = lookup.by_code(s, model, company.id, code, "code")
    found: dict[str, int] = {}
    owned = _OWNED.get(model)
    for table in Base.metadata.sorted_tables:
        if owned is not None and table is owned.__table__:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is model.__table__ and fk.column.name == "id":
                n = s.scalar(select(func.count()).select_from(table).where(fk.parent == row.id)) or 0
                if n:
                    found[table.name] = found.get(table.name, 0) + n
    params = lookup.parameters(s, company.id)
    if model is PostingProfile and row.code in (params.default_posting_profile, params.prepayment_posting_profile):
        found["ar_parameters"] = 1
    if model is SalesTax and row.code == params.default_sales_tax:
        found["ar_parameters"] = 1
    if model is CustomerGroup and row.code == "STD":  # what create_customer takes when no group is given
        found["ar_parameters"] = 1
    if model is CustomerGroup:
        n = s.scalar(
            select(func.count())
            .select_from(PostingProfileLine)
            .join(PostingProfile, PostingProfile.id == PostingProfileLine.profile_id)
            .where(
                PostingProfile.company_id == company.id,
                PostingProfileLine.scope == "group",
                PostingProfileLine.who == row.code,
            )
        )
        if n:
            found["posting_profile_line"] = found.get("posting_profile_line", 0) + n
    return found


def set_active(s: Session, company: Company, kind: object, code: object, active: object) -> None:
    """Deactivate (or activate again) a code. The company's defaults cannot be deactivated."""
    model = _model(kind)
    row = lookup.by_code(s, model, company.id, code, "code")
    if not isinstance(active, bool):
        raise ValidationError("active", "must be True or False")
    if not active:
        params = lookup.parameters(s, company.id)
        default = (
            (
                model is PostingProfile
                and row.code in (params.default_posting_profile, params.prepayment_posting_profile)
            )
            or (model is SalesTax and row.code == params.default_sales_tax)
            or (model is CustomerGroup and row.code == "STD")
        )
        if default:
            raise ValidationError(
                "code",
                "{code} is a default of the company; choose another default first",
                code=row.code,
            )
    row.active = active
    s.flush()


def delete_code(s: Session, company: Company, kind: object, code: object) -> None:
    """Delete a code nothing uses; one in use is refused with where it is used (deactivate it instead)."""
    model = _model(kind)
    row = lookup.by_code(s, model, company.id, code, "code")
    used = uses(s, company, kind, code)  # type: ignore[arg-type]
    if used:
        # A table added later without a label still counts (tests/services/test_setup_uses_terms.py).
        where = Listing(
            Tally(USE_LABELS.get(table, Term("other records")), n)
            for table, n in sorted(used.items(), key=lambda tn: USE_LABELS.get(tn[0], tn[0]))
        )
        shown = row.number if model is Account else row.code
        raise ValidationError("code", "{code} is in use ({where}); deactivate it instead", code=shown, where=where)
    owned = _OWNED.get(model)
    if owned is not None:
        parent = owned.cash_discount_id if owned is CashDiscountPeriod else owned.profile_id  # type: ignore[attr-defined]
        s.execute(delete(owned).where(parent == row.id))
    s.delete(row)
    s.flush()


# --- edits ------------------------------------------------------------------------------------------


def _apply(row: Any, fields: dict[str, object], checks: dict[str, Callable[[object, str], object]]) -> None:
    """Check every field first, then assign: a bad one leaves the code as it was."""
    new = {}
    for key, value in fields.items():
        if key not in checks:
            raise ValidationError(key, "cannot be changed here; fields are {choices}", choices=", ".join(checks))
        new[key] = checks[key](value, key)
    for key, value in new.items():
        setattr(row, key, value)


def _description(value: object, field: str) -> str:
    return name_text(value, field)


def update_sales_tax(s: Session, company: Company, code: object, **fields: object) -> None:
    """description, percent, account, kind, invoice_text. Posted invoices keep the rate they were posted at."""
    row = lookup.by_code(s, SalesTax, company.id, code, "code")
    checks: dict[str, Callable[[object, str], object]] = {
        "description": _description,
        "percent": lambda v, f: percent(v, f),
        "kind": tax_kind,
        "invoice_text": lambda v, f: optional_text(v, f, max_len=300),
    }
    account = fields.pop("account", None)
    _apply(row, fields, checks)
    if account is not None:
        row.account_id = lookup.by_code(s, Account, company.id, account, "account").id
    check_tax_rate(row.kind, row.percent)
    s.flush()


def update_terms_of_payment(s: Session, company: Company, code: object, **fields: object) -> None:
    """description, days, months, basis; invoices already posted keep their due dates."""
    row = lookup.by_code(s, TermsOfPayment, company.id, code, "code")
    _apply(
        row,
        fields,
        {
            "description": _description,
            "days": lambda v, f: setup.whole_number(v, f),
            "months": lambda v, f: setup.whole_number(v, f, 0, 120),
            "basis": lambda v, f: setup.one_of("net", "cod")(v, f),
        },
    )
    s.flush()


def update_cash_discount(s: Session, company: Company, code: object, **fields: object) -> None:
    """description, periods [(days, percent), ...], account. Posted invoices keep their discount schedule."""
    row = lookup.by_code(s, CashDiscount, company.id, code, "code")
    periods = setup.check_periods(fields.pop("periods")) if "periods" in fields else None
    account = fields.pop("account", ...)
    _apply(row, fields, {"description": _description})
    if account is not ...:
        row.account_id = (
            None if account in (None, "") else lookup.by_code(s, Account, company.id, account, "account").id
        )
    if periods is not None:
        s.execute(delete(CashDiscountPeriod).where(CashDiscountPeriod.cash_discount_id == row.id))
        s.add_all(
            CashDiscountPeriod(cash_discount_id=row.id, seq=i, days=d, percent=p) for i, (d, p) in enumerate(periods)
        )
    s.flush()


def update_customer_group(s: Session, company: Company, code: object, **fields: object) -> None:
    """name, terms (None for none)."""
    row = lookup.by_code(s, CustomerGroup, company.id, code, "code")
    terms = fields.pop("terms", ...)
    _apply(row, fields, {"name": _description})
    if terms is not ...:
        t = lookup.optional_usable(s, TermsOfPayment, company.id, terms or None, "terms")
        row.terms_id = t.id if t else None
    s.flush()


def update_method_of_payment(s: Session, company: Company, code: object, **fields: object) -> None:
    """description, kind, account, direct_debit."""
    row = lookup.by_code(s, MethodOfPayment, company.id, code, "code")
    account = fields.pop("account", None)
    _apply(
        row,
        fields,
        {
            "description": _description,
            "kind": lambda v, f: setup.one_of(*setup.PAYMENT_KINDS)(v, f),
            "direct_debit": setup.a_bool,
        },
    )
    if row.direct_debit and row.kind != "electronic":  # DOMAIN 2.7
        raise ValidationError("direct_debit", "direct debit requires the payment kind 'electronic'")
    if account is not None:
        row.account_id = lookup.by_code(s, Account, company.id, account, "account").id
    s.flush()


def update_posting_profile(s: Session, company: Company, code: object, **fields: object) -> None:
    """description, lines [(scope, who, receivable account[, write-off account])]: the lines are replaced.
    Transactions already posted keep the account they were posted to."""
    row = lookup.by_code(s, PostingProfile, company.id, code, "code")
    lines = setup.check_profile_lines(s, company, fields.pop("lines")) if "lines" in fields else None
    _apply(row, fields, {"description": _description})
    if lines is not None:
        s.execute(delete(PostingProfileLine).where(PostingProfileLine.profile_id == row.id))
        s.add_all(
            PostingProfileLine(
                profile_id=row.id, scope=scope, who=who, receivable_account_id=account, writeoff_account_id=writeoff
            )
            for scope, who, account, writeoff in lines
        )
    s.flush()


def update_charge_code(s: Session, company: Company, code: object, **fields: object) -> None:
    """description, account, tax (None for none)."""
    row = lookup.by_code(s, ChargeCode, company.id, code, "code")
    account = fields.pop("account", None)
    tax = fields.pop("tax", ...)
    _apply(row, fields, {"description": _description})
    if account is not None:
        acc = lookup.by_code(s, Account, company.id, account, "account")
        if acc.summary:  # DOMAIN 11.1
            raise ValidationError("account", "{number} is a summary account for customer balances", number=acc.number)
        row.account_id = acc.id
    if tax is not ...:
        t = lookup.optional_usable(s, SalesTax, company.id, tax or None, "tax")
        row.sales_tax_id = t.id if t else None
    s.flush()


def update_account(s: Session, company: Company, number: object, **fields: object) -> None:
    """name; kind only while nothing has been posted to the account."""
    row = lookup.by_code(s, Account, company.id, number, "number")
    if "kind" in fields and fields["kind"] != row.kind:
        if fields["kind"] not in ACCOUNT_KINDS:
            raise ValidationError(
                "kind",
                "must be one of {choices}; got {fields!r}",
                choices=", ".join(ACCOUNT_KINDS),
                fields=fields["kind"],
            )
        if s.scalar(select(LedgerEntry.id).where(LedgerEntry.account_id == row.id).limit(1)) is not None:
            raise ValidationError("kind", "{number} has postings; its kind cannot change", number=row.number)
    _apply(row, fields, {"name": _description, "kind": lambda v, f: v})
    s.flush()


def update_number_sequence(s: Session, company: Company, code: object, **fields: object) -> None:
    """prefix, width, next_number. ARDESK rule: the next number may only go up (DOMAIN 3.7, no number twice)."""
    row = lookup.by_code(s, NumberSequence, company.id, code, "code")

    def next_number(value: object, field: str) -> int:
        n = setup.whole_number(value, field, 1, 10**12)
        if n < row.next_number:
            raise ValidationError(
                field,
                "must not be lower than {next_number}: numbers are never used twice",
                next_number=row.next_number,
            )
        return n

    def prefix(value: object, field: str) -> str:
        text = "" if value in (None, "") else lookup.code_text(value, field)
        return text

    _apply(
        row,
        fields,
        {"prefix": prefix, "width": lambda v, f: setup.whole_number(v, f, 1, 12), "next_number": next_number},
    )
    s.flush()


def delete_exchange_rate(s: Session, company: Company, currency: object, valid_from: object) -> None:
    """Remove one rate; documents already posted keep the rate they were posted at."""
    cur = currency_code(currency, "currency")
    day = a_date(valid_from, "valid_from")
    row = s.scalar(
        select(ExchangeRate).where(
            ExchangeRate.company_id == company.id, ExchangeRate.currency == cur, ExchangeRate.valid_from == day
        )
    )
    if row is None:
        raise ValidationError("valid_from", "there is no {cur} rate from {day}", cur=cur, day=day)
    s.delete(row)
    s.flush()
