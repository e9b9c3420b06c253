"""Set-up operations: companies with their defaults, accounts, roles, parameters and set-up codes."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import Term, ValidationError
from ardesk.models import (
    Account,
    AccountRole,
    AgingDefinition,
    CashDiscount,
    CashDiscountPeriod,
    ChangeStamp,
    Company,
    Customer,
    CustomerGroup,
    MethodOfPayment,
    NumberSequence,
    Parameters,
    PostingProfile,
    PostingProfileLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.models.company import ACCOUNT_KINDS
from ardesk.money import money, percent
from ardesk.services import aging, company_defaults, lookup
from ardesk.services.chart import DEFAULT_AGING, DEFAULT_CHART, DEFAULT_SEQUENCES, ROLES
from ardesk.services.collection_setup import check_profile_codes
from ardesk.services.sepa.ids import creditor_identifier
from ardesk.services.tax_texts import check_tax_rate, tax_kind
from ardesk.services.text import DATE_CEILING, DATE_FLOOR, a_date, country_code, currency_code, email_text, name_text

PAYMENT_KINDS = ("cash", "check", "card", "electronic", "bill_of_exchange")
#: The scopes of a posting profile line as a message names them ("a line for group 'EU' is given twice").
SCOPE_TERMS: dict[str, Term] = {"table": Term("table"), "group": Term("group"), "all": Term("all")}


def _unique(s: Session, model: type, company_id: int, code: str, field: str) -> None:
    if lookup.exists(s, model, company_id, code):
        raise ValidationError(field, "{code!r} already exists", code=code)


def create_company(
    s: Session,
    code: object,
    name: object,
    currency: object = "EUR",
    *,
    country: object = None,
    language: object = None,
    details: dict[str, object] | None = None,
) -> Company:
    """A company with its chart, profiles, sequences and, when a country is given, that country's sales-tax
    codes and terms (services.company_defaults). language defaults to Dutch for NL, else English;
    details are the letterhead fields of update_company, checked before anything is written."""
    code = lookup.code_text(code, "code")
    if s.scalar(select(Company.id).where(Company.code == code)) is not None:
        raise ValidationError("code", "company {code!r} already exists", code=code)
    land = country_code(country, "country")
    if language is None:
        language = "nl" if land == "NL" else "en"
    if language not in ("en", "nl"):
        raise ValidationError("language", "must be 'en' or 'nl'")
    company = Company(
        code=code,
        name=name_text(name, "name"),
        currency=currency_code(currency, "currency"),
        language=language,
        country=land,
    )
    checked = _company_details(details or {})
    s.add(company)
    s.flush()
    s.add(Parameters(company_id=company.id))
    s.add(ChangeStamp(company_id=company.id))
    for number, en, nl, kind, summary, role in DEFAULT_CHART:
        account = Account(
            company_id=company.id, number=number, name=nl if language == "nl" else en, kind=kind, summary=summary
        )
        s.add(account)
        s.flush()
        s.add(AccountRole(company_id=company.id, role=role, account_id=account.id))
    for seq_code, seq_name, prefix in DEFAULT_SEQUENCES:
        s.add(NumberSequence(company_id=company.id, code=seq_code, name=seq_name, prefix=prefix, width=6))
    s.flush()
    receivable = lookup.role_account(s, company.id, "receivable")
    prepayment = lookup.role_account(s, company.id, "prepayment")
    dutch = language == "nl"  # the defaults' descriptions in the company's language
    _add_profile(s, company.id, "GEN", "Handelsdebiteuren" if dutch else "General trade", [("all", "", receivable.id)])
    _add_profile(s, company.id, "PREPAY", "Vooruitbetalingen" if dutch else "Prepayments", [("all", "", prepayment.id)])
    s.add(CustomerGroup(company_id=company.id, code="STD", name="Standaardklanten" if dutch else "Standard customers"))
    bank = lookup.role_account(s, company.id, "bank")
    s.add(
        MethodOfPayment(
            company_id=company.id,
            code="BANK",
            description="Bankoverschrijving" if dutch else "Bank transfer",
            kind="electronic",
            account_id=bank.id,
        )
    )
    create_aging_definition(s, company, "STANDARD", DEFAULT_AGING, default=True)
    if land is not None:
        company_defaults.apply(s, company)
    for key, value in checked.items():
        setattr(company, key, value)
    s.flush()
    return company


COMPANY_FIELDS = (
    "name",
    "address",
    "iban",
    "bic",
    "vat_number",
    "email",
    "phone",
    "website",
    "coc_number",
    "logo",
    "language",
    "country",
    "fiscal_year_start",
)


def update_company(s: Session, company: Company, values: dict[str, object]) -> None:
    """Letterhead and identity details; validated first, then applied together."""
    for key, value in _company_details(values).items():
        setattr(company, key, value)
    s.flush()


def _company_details(values: dict[str, object]) -> dict[str, object]:
    from ardesk.services.bank import normalize_bic, normalize_iban
    from ardesk.services.text import optional_text

    new: dict[str, object] = {}
    for key, value in values.items():
        if key not in COMPANY_FIELDS:
            raise ValidationError(key, "is not a company detail")
        if key == "name":
            new[key] = name_text(value, key)
        elif key == "iban":
            new[key] = None if value in (None, "") else normalize_iban(value, key)
        elif key == "bic":
            new[key] = None if value in (None, "") else normalize_bic(value, key)
        elif key == "language":
            if value not in ("en", "nl"):
                raise ValidationError(key, "must be 'en' or 'nl'")
            new[key] = value
        elif key == "logo":
            if value is not None and (
                not isinstance(value, bytes) or not (value.startswith(b"\x89PNG") or value.startswith(b"\xff\xd8"))
            ):
                raise ValidationError(key, "must be the bytes of a PNG or JPEG image")
            if value is not None and len(value) > 2_000_000:
                raise ValidationError(key, "the logo image must be smaller than 2 MB")
            if value is not None:
                _check_logo(value, key)
            new[key] = value
        elif key == "country":
            new[key] = country_code(value, key)
        elif key == "fiscal_year_start":
            new[key] = whole_number(value, key, 1, 12)
        elif key == "email":
            new[key] = email_text(value, key)
        else:
            new[key] = optional_text(value, key, max_len=500 if key == "address" else 200)
    return new


def _check_logo(data: bytes, field: str) -> None:
    """Refuse a logo that does not decode as a PNG or JPEG image now, not when every later invoice prints."""
    import io

    from PIL import Image  # ReportLab's ImageReader decodes PNG and JPEG with Pillow too

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.load()  # every pixel: a truncated or damaged file fails here
            size = image.size
    except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ValueError, DecompressionBomb...)
        raise ValidationError(
            field, "the logo is not a readable PNG or JPEG image ({reason})", reason=str(exc)
        ) from None
    if kind not in ("PNG", "JPEG") or 0 in size:
        raise ValidationError(field, "the logo is not a readable PNG or JPEG image ({reason})", reason=str(kind))


def _add_profile(
    s: Session, company_id: int, code: str, description: str, lines: Sequence[tuple], **flags: Any
) -> PostingProfile:
    """lines: (scope, who, receivable account id[, write-off account id])."""
    profile = PostingProfile(company_id=company_id, code=code, description=description, **flags)
    s.add(profile)
    s.flush()
    for scope, who, account_id, *writeoff in lines:
        s.add(
            PostingProfileLine(
                profile_id=profile.id,
                scope=scope,
                who=who,
                receivable_account_id=account_id,
                writeoff_account_id=writeoff[0] if writeoff else None,
            )
        )
    return profile


def create_account(s: Session, company: Company, number: object, name: object, kind: object) -> Account:
    number = lookup.code_text(number, "number")
    _unique(s, Account, company.id, number, "number")
    if kind not in ACCOUNT_KINDS:
        raise ValidationError(
            "kind",
            "must be one of {choices}; got {kind!r}",
            choices=", ".join(ACCOUNT_KINDS),
            kind=kind,
        )
    account = Account(company_id=company.id, number=number, name=name_text(name, "name"), kind=kind)
    s.add(account)
    s.flush()
    return account


def set_account_role(s: Session, company: Company, role: object, number: object) -> None:
    if role not in ROLES:
        raise ValidationError("role", "unknown role {role!r}; roles are {choices}", role=role, choices=", ".join(ROLES))
    account = lookup.by_code(s, Account, company.id, number, "number")
    row = s.scalar(select(AccountRole).where(AccountRole.company_id == company.id, AccountRole.role == role))
    row.account_id = account.id
    s.flush()


#: Parameters the API accepts, with their validators.
def a_bool(v: object, f: str) -> bool:
    if not isinstance(v, bool):
        raise ValidationError(f, "must be True or False, got {v!r}", v=v)
    return v


def one_of(*options: str):
    def check(v: object, f: str) -> str:
        if v not in options:
            raise ValidationError(f, "must be one of {choices}; got {v!r}", choices=", ".join(options), v=v)
        return v  # type: ignore[return-value]

    return check


def _amount(v: object, f: str) -> Decimal:
    return money(v, f, positive=True)


def _priority(v: object, f: str) -> str | None:
    if v is None:
        return None
    if not isinstance(v, list | tuple) or not all(isinstance(k, str) and k for k in v):
        raise ValidationError(f, "must be a list of transaction kinds")
    return ",".join(v)


def _creditor_id(v: object, f: str) -> str | None:
    # The structure is refused when wrong; check digits that do not match are a warning in each direct debit
    # run (services.direct_debit), as API.md's example NL98ZZZ999999999999 has such digits.
    return None if v is None else creditor_identifier(v, f, check_digits=False)


PARAMETERS = {
    "automatic_settlement": a_bool,
    "cash_discount_administration": one_of("specific", "unspecific"),
    "max_penny_difference": _amount,
    "max_over_underpayment": _amount,
    "cash_discount_on_partial_payments": a_bool,
    "cash_discount_on_credit_notes": a_bool,
    "prioritize_settlement": a_bool,
    "settlement_priority": _priority,
    "minimum_reimbursement": _amount,
    "collection_letter_per": one_of("transaction", "customer"),
    "stop_fti_posting_on_first_error": a_bool,
    "credit_limit_check": one_of("none", "balance"),
    "payment_reference": one_of("rf", "nl", "none"),
    "sepa_creditor_id": _creditor_id,
    "prenotification_days": lambda v, f: whole_number(v, f, 0, 60),
    "clearing_order": one_of("priority", "legal"),
    "interest_late_paid": a_bool,
    "earliest_date": lambda v, f: a_date(v, f, within=(DATE_FLOOR, DATE_CEILING)),
    "latest_date": lambda v, f: a_date(v, f, within=(DATE_FLOOR, DATE_CEILING)),
}


def set_parameters(s: Session, company: Company, values: dict[str, object]) -> None:
    params = lookup.parameters(s, company.id)
    checked: dict[str, object] = {}
    for key, value in values.items():
        if key in ("default_posting_profile", "prepayment_posting_profile"):
            checked[key] = lookup.usable(s, PostingProfile, company.id, value, key).code
        elif key == "default_sales_tax":
            checked[key] = None if value in (None, "") else lookup.usable(s, SalesTax, company.id, value, key).code
        elif PARAMETERS.get(key) is _amount:  # tolerances and limits: in the company's currency
            checked[key] = money(value, key, currency=company.currency, positive=True)
        elif key in PARAMETERS:
            checked[key] = PARAMETERS[key](value, key)
        else:
            raise ValidationError(key, "is not an accounts receivable parameter")
    earliest = checked.get("earliest_date", params.earliest_date)
    latest = checked.get("latest_date", params.latest_date)
    if earliest >= latest:  # type: ignore[operator]
        field = "latest_date" if "latest_date" in checked else "earliest_date"
        raise ValidationError(
            field, "the earliest date {low} must lie before the latest date {high}", low=earliest, high=latest
        )
    for key, value in checked.items():
        setattr(params, key, value)
    s.flush()


def create_customer_group(
    s: Session, company: Company, code: object, name: object, *, terms: object = None
) -> CustomerGroup:
    code = lookup.code_text(code, "code")
    _unique(s, CustomerGroup, company.id, code, "code")
    t = lookup.optional_usable(s, TermsOfPayment, company.id, terms, "terms")
    group = CustomerGroup(company_id=company.id, code=code, name=name_text(name, "name"), terms_id=t.id if t else None)
    s.add(group)
    s.flush()
    return group


def whole_number(v: object, f: str, low: int = 0, high: int = 3650) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
        raise ValidationError(f, "must be a whole number from {low} to {high}, got {v!r}", low=low, high=high, v=v)
    return v


def create_terms_of_payment(
    s: Session,
    company: Company,
    code: object,
    *,
    days: object = 0,
    months: object = 0,
    description: object = "",
    basis: object = "net",
) -> TermsOfPayment:
    code = lookup.code_text(code, "code")
    _unique(s, TermsOfPayment, company.id, code, "code")
    if basis not in ("net", "cod"):
        raise ValidationError("basis", "must be 'net' or 'cod'")
    terms = TermsOfPayment(
        company_id=company.id,
        code=code,
        days=whole_number(days, "days"),
        months=whole_number(months, "months", 0, 120),
        basis=basis,
        description=name_text(description or code, "description"),
    )
    s.add(terms)
    s.flush()
    return terms


def check_periods(periods: object) -> list[tuple[int, Decimal]]:
    """Cash discount periods: (days, percent) pairs in ascending order of days (DOMAIN 2.6)."""
    if not isinstance(periods, list | tuple) or not periods:
        raise ValidationError("periods", "give at least one (days, percent) period")
    checked: list[tuple[int, Decimal]] = []
    for i, period in enumerate(periods):
        if not isinstance(period, list | tuple) or len(period) != 2:
            raise ValidationError(f"periods[{i}]", "must be a (days, percent) pair")
        days = whole_number(period[0], f"periods[{i}].days", 0, 365)
        pct = percent(period[1], f"periods[{i}].percent", high=Decimal(99))
        if checked and days <= checked[-1][0]:
            raise ValidationError(f"periods[{i}].days", "periods must be in ascending order of days")
        checked.append((days, pct))
    return checked


def create_cash_discount(
    s: Session, company: Company, code: object, periods: object, *, description: object = "", account: object = None
) -> CashDiscount:
    code = lookup.code_text(code, "code")
    _unique(s, CashDiscount, company.id, code, "code")
    checked = check_periods(periods)
    acc = lookup.optional(s, Account, company.id, account, "account")
    cd = CashDiscount(
        company_id=company.id,
        code=code,
        description=name_text(description or code, "description"),
        account_id=acc.id if acc else None,
    )
    s.add(cd)
    s.flush()
    s.add_all(CashDiscountPeriod(cash_discount_id=cd.id, seq=i, days=d, percent=p) for i, (d, p) in enumerate(checked))
    s.flush()
    return cd


def check_profile_lines(s: Session, company: Company, lines: object) -> list[tuple[str, str, int, int | None]]:
    """Posting profile lines as (scope, who, receivable account id, write-off account id or None)."""
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("lines", "a posting profile needs at least one line")
    checked: list[tuple[str, str, int, int | None]] = []
    for i, line in enumerate(lines):
        # (scope, who, receivable account[, write-off account]) - the fourth is an ardesk extension (DOMAIN 4.14).
        if not isinstance(line, list | tuple) or len(line) not in (3, 4):
            raise ValidationError(f"lines[{i}]", "must be (scope, who, receivable account[, write-off account])")
        scope, who, number, *rest = line
        if scope not in ("table", "group", "all"):
            raise ValidationError(f"lines[{i}].scope", "must be 'table', 'group' or 'all'")
        if scope == "all":
            if who not in (None, ""):
                raise ValidationError(f"lines[{i}].who", "must be empty for scope 'all'")
            who = ""
        else:
            who = (
                lookup.by_code(s, Customer, company.id, who, f"lines[{i}].who").account
                if scope == "table"
                else lookup.by_code(s, CustomerGroup, company.id, who, f"lines[{i}].who").code
            )
        if any(c[0] == scope and c[1] == who for c in checked):
            raise ValidationError(
                f"lines[{i}]", "a line for {scope} {who!r} is given twice", scope=SCOPE_TERMS.get(scope, scope), who=who
            )
        account = lookup.by_code(s, Account, company.id, number, f"lines[{i}].account")
        writeoff = (
            lookup.by_code(s, Account, company.id, rest[0], f"lines[{i}].writeoff_account").id
            if rest and rest[0] is not None
            else None
        )
        checked.append((scope, who, account.id, writeoff))
    return checked


def create_posting_profile(
    s: Session,
    company: Company,
    code: object,
    lines: object,
    *,
    description: object = "",
    interest_code: object = None,
    collection_letter_sequence: object = None,
) -> PostingProfile:
    code = lookup.code_text(code, "code")
    _unique(s, PostingProfile, company.id, code, "code")
    checked = check_profile_lines(s, company, lines)
    check_profile_codes(s, company.id, interest_code, collection_letter_sequence)
    interest = None if interest_code is None else lookup.code_text(interest_code, "interest_code")
    letters = (
        None
        if collection_letter_sequence is None
        else lookup.code_text(collection_letter_sequence, "collection_letter_sequence")
    )
    return _add_profile(
        s,
        company.id,
        code,
        name_text(description or code, "description"),
        checked,
        interest_code=interest,
        collection_letter_sequence=letters,
    )


def create_sales_tax(
    s: Session,
    company: Company,
    code: object,
    rate: object,
    account: object = None,
    *,
    description: object = "",
    kind: object = "standard",
    invoice_text: object = None,
) -> SalesTax:
    """kind (services.tax_texts.TAX_KINDS) decides the legal wording a 0 % line prints; invoice_text
    replaces that wording for this code."""
    from ardesk.services.text import optional_text

    code = lookup.code_text(code, "code")
    _unique(s, SalesTax, company.id, code, "code")
    pct = percent(rate, "percent")
    checked_kind = tax_kind(kind, "kind")
    check_tax_rate(checked_kind, pct)
    text = optional_text(invoice_text, "invoice_text", max_len=300)
    acc = (
        lookup.by_code(s, Account, company.id, account, "account")
        if account is not None
        else lookup.role_account(s, company.id, "sales_tax")
    )
    tax = SalesTax(
        company_id=company.id,
        code=code,
        percent=pct,
        account_id=acc.id,
        description=name_text(description or code, "description"),
        kind=checked_kind,
        invoice_text=text,
    )
    s.add(tax)
    s.flush()
    return tax


def create_method_of_payment(
    s: Session,
    company: Company,
    code: object,
    kind: object,
    account: object = None,
    *,
    description: object = "",
    direct_debit: object = False,
) -> MethodOfPayment:
    code = lookup.code_text(code, "code")
    _unique(s, MethodOfPayment, company.id, code, "code")
    if kind not in PAYMENT_KINDS:
        raise ValidationError(
            "kind",
            "must be one of {choices}; got {kind!r}",
            choices=", ".join(PAYMENT_KINDS),
            kind=kind,
        )
    # DOMAIN 2.7: a mandate (direct debit) is only possible with electronic payment.
    if a_bool(direct_debit, "direct_debit") and kind != "electronic":
        raise ValidationError("direct_debit", "direct debit requires the payment kind 'electronic'")
    # Card receipts wait on the clearing account until the processor pays out (DOMAIN 8: Dr card clearing).
    default_role = {"cash": "cash", "bill_of_exchange": "bills_of_exchange", "card": "card_clearing"}.get(kind, "bank")
    acc = (
        lookup.by_code(s, Account, company.id, account, "account")
        if account is not None
        else lookup.role_account(s, company.id, default_role)
    )
    mop = MethodOfPayment(
        company_id=company.id,
        code=code,
        kind=kind,
        account_id=acc.id,
        direct_debit=bool(direct_debit),
        description=name_text(description or code, "description"),
    )
    s.add(mop)
    s.flush()
    return mop


def create_aging_definition(
    s: Session, company: Company, code: object, buckets: object, *, basis: object = "due_date", default: bool = False
) -> AgingDefinition:
    """An aging period definition (DOMAIN 5.1); its checks and the other edits are in services.aging."""
    return aging.create_definition(s, company, code, buckets, basis=basis, default=default)
