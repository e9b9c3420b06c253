"""Read-only queries behind the workspace lists: set-up codes, documents, overdue items and aging totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from ardesk.models import (
    Account,
    CashDiscount,
    CashDiscountPeriod,
    Customer,
    CustomerGroup,
    CustomerTransaction,
    MethodOfPayment,
    NumberSequence,
    PostingProfile,
    PostingProfileLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.services import aging, definitions, lookup

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class CustomerGroupRow:
    code: str
    name: str
    terms: str | None
    customers: int
    active: bool = True


@dataclass(frozen=True)
class TermsRow:
    code: str
    description: str
    months: int
    days: int
    basis: str
    active: bool = True


@dataclass(frozen=True)
class CashDiscountRow:
    code: str
    description: str
    periods: tuple[tuple[int, Decimal], ...]  # (days, percent)
    account: str | None
    active: bool = True


@dataclass(frozen=True)
class SalesTaxRow:
    code: str
    description: str
    percent: Decimal
    account: str
    active: bool = True
    kind: str = "standard"  # services.tax_texts.TAX_KINDS
    invoice_text: str | None = None  # the code's own legal wording (None: the kind's)


@dataclass(frozen=True)
class MethodOfPaymentRow:
    code: str
    description: str
    kind: str
    account: str
    direct_debit: bool
    active: bool = True


@dataclass(frozen=True)
class PostingProfileLineRow:
    profile: str
    description: str
    scope: str  # table | group | all
    who: str
    account: str
    account_name: str
    active: bool = True


@dataclass(frozen=True)
class NumberSequenceRow:
    code: str
    name: str
    prefix: str
    width: int
    next_number: int

    @property
    def next_value(self) -> str:
        """The number the next posting will get, e.g. "INV-000042"."""
        return f"{self.prefix}{self.next_number:0{self.width}d}"


@dataclass(frozen=True)
class DocumentRow:
    """A posted customer transaction as the invoicing and payments lists show it."""

    number: str
    kind: str
    date: dt.date
    due_date: dt.date | None
    customer: str
    customer_name: str
    currency: str
    amount: Decimal
    balance: Decimal  # open balance; in overdue_items: as of the date asked
    closed_date: dt.date | None
    falls_due: dt.date | None = None  # the due date, else the document date (definitions.falls_due)


@dataclass(frozen=True)
class AgingSummary:
    """Balances as of a date (accounting currency) per bucket of an aging definition; overdue: the sum
    and number of the items overdue on that date (the Collections list), as definitions.AsOf says."""

    definition: str
    basis: str
    as_of: dt.date
    buckets: tuple[tuple[str, Decimal], ...]
    total: Decimal
    overdue: Decimal = ZERO
    overdue_count: int = 0


def company_id(s: Session, code: str) -> int:
    return lookup.company(s, code).id


def customer_id(s: Session, company_id: int, account: str) -> int | None:
    """The id of a customer account (the Customers list keeps ids), or None."""
    return s.scalar(select(Customer.id).where(Customer.company_id == company_id, Customer.account == account))


# --- set-up codes -------------------------------------------------------------------------------


def customer_groups(s: Session, company_id: int) -> list[CustomerGroupRow]:
    terms = aliased(TermsOfPayment)
    counts = (
        select(Customer.group_id, func.count(Customer.id).label("n"))
        .where(Customer.company_id == company_id)
        .group_by(Customer.group_id)
        .subquery()
    )
    q = (
        select(CustomerGroup.code, CustomerGroup.name, terms.code, func.coalesce(counts.c.n, 0), CustomerGroup.active)
        .outerjoin(terms, terms.id == CustomerGroup.terms_id)
        .outerjoin(counts, counts.c.group_id == CustomerGroup.id)
        .where(CustomerGroup.company_id == company_id)
        .order_by(CustomerGroup.code)
    )
    return [CustomerGroupRow(*row) for row in s.execute(q).all()]


def terms_of_payment(s: Session, company_id: int) -> list[TermsRow]:
    q = (
        select(
            TermsOfPayment.code,
            TermsOfPayment.description,
            TermsOfPayment.months,
            TermsOfPayment.days,
            TermsOfPayment.basis,
            TermsOfPayment.active,
        )
        .where(TermsOfPayment.company_id == company_id)
        .order_by(TermsOfPayment.code)
    )
    return [TermsRow(*row) for row in s.execute(q).all()]


def cash_discounts(s: Session, company_id: int) -> list[CashDiscountRow]:
    q = (
        select(CashDiscount.id, CashDiscount.code, CashDiscount.description, Account.number, CashDiscount.active)
        .outerjoin(Account, Account.id == CashDiscount.account_id)
        .where(CashDiscount.company_id == company_id)
        .order_by(CashDiscount.code)
    )
    rows = s.execute(q).all()
    periods: dict[int, list[tuple[int, Decimal]]] = {}
    if rows:
        pq = (
            select(CashDiscountPeriod.cash_discount_id, CashDiscountPeriod.days, CashDiscountPeriod.percent)
            .where(CashDiscountPeriod.cash_discount_id.in_([r[0] for r in rows]))
            .order_by(CashDiscountPeriod.cash_discount_id, CashDiscountPeriod.seq)
        )
        for cd_id, days, pct in s.execute(pq).all():
            periods.setdefault(cd_id, []).append((days, pct))
    return [
        CashDiscountRow(code, desc, tuple(periods.get(cd_id, ())), account, active)
        for cd_id, code, desc, account, active in rows
    ]


def sales_taxes(s: Session, company_id: int) -> list[SalesTaxRow]:
    q = (
        select(
            SalesTax.code,
            SalesTax.description,
            SalesTax.percent,
            Account.number,
            SalesTax.active,
            SalesTax.kind,
            SalesTax.invoice_text,
        )
        .join(Account, Account.id == SalesTax.account_id)
        .where(SalesTax.company_id == company_id)
        .order_by(SalesTax.code)
    )
    return [SalesTaxRow(*row) for row in s.execute(q).all()]


def methods_of_payment(s: Session, company_id: int) -> list[MethodOfPaymentRow]:
    q = (
        select(
            MethodOfPayment.code,
            MethodOfPayment.description,
            MethodOfPayment.kind,
            Account.number,
            MethodOfPayment.direct_debit,
            MethodOfPayment.active,
        )
        .join(Account, Account.id == MethodOfPayment.account_id)
        .where(MethodOfPayment.company_id == company_id)
        .order_by(MethodOfPayment.code)
    )
    return [MethodOfPaymentRow(*row) for row in s.execute(q).all()]


def posting_profile_lines(s: Session, company_id: int) -> list[PostingProfileLineRow]:
    """One row per profile line: which summary account a customer, a group or everyone posts to."""
    scope_order = case({"table": 0, "group": 1, "all": 2}, value=PostingProfileLine.scope, else_=3)
    q = (
        select(
            PostingProfile.code,
            PostingProfile.description,
            PostingProfileLine.scope,
            PostingProfileLine.who,
            Account.number,
            Account.name,
            PostingProfile.active,
        )
        .join(PostingProfileLine, PostingProfileLine.profile_id == PostingProfile.id)
        .join(Account, Account.id == PostingProfileLine.receivable_account_id)
        .where(PostingProfile.company_id == company_id)
        .order_by(PostingProfile.code, scope_order, PostingProfileLine.who)
    )
    return [PostingProfileLineRow(*row) for row in s.execute(q).all()]


def posting_profile_codes(s: Session, company_id: int) -> list[str]:
    return list(
        s.scalars(
            select(PostingProfile.code).where(PostingProfile.company_id == company_id).order_by(PostingProfile.code)
        )
    )


def number_sequences(s: Session, company_id: int) -> list[NumberSequenceRow]:
    q = (
        select(
            NumberSequence.code,
            NumberSequence.name,
            NumberSequence.prefix,
            NumberSequence.width,
            NumberSequence.next_number,
        )
        .where(NumberSequence.company_id == company_id)
        .order_by(NumberSequence.prefix, NumberSequence.code)
    )
    return [NumberSequenceRow(*row) for row in s.execute(q).all()]


# --- documents ----------------------------------------------------------------------------------


def documents(
    s: Session,
    company_id: int,
    kinds: Sequence[str],
    *,
    text: str = "",
    open_only: bool = False,
    limit: int | None = None,
) -> list[DocumentRow]:
    """Posted customer transactions of the given kinds, newest first; text matches the document
    number, the customer account or the customer name."""
    q = (
        select(
            CustomerTransaction.number,
            CustomerTransaction.kind,
            CustomerTransaction.date,
            CustomerTransaction.due_date,
            Customer.account,
            Customer.name,
            CustomerTransaction.currency,
            CustomerTransaction.amount,
            CustomerTransaction.balance,
            CustomerTransaction.closed_date,
            definitions.falls_due(),
        )
        .join(Customer, Customer.id == CustomerTransaction.customer_id)
        .where(CustomerTransaction.company_id == company_id, CustomerTransaction.kind.in_(list(kinds)))
    )
    if open_only:
        q = q.where(definitions.is_open())
    if text.strip():
        escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"  # the user's % and _ are literal characters, as in the Customers search
        q = q.where(
            or_(
                CustomerTransaction.number.ilike(like, escape="\\"),
                Customer.account.ilike(like, escape="\\"),
                Customer.name.ilike(like, escape="\\"),
            )
        )
    q = q.order_by(CustomerTransaction.date.desc(), CustomerTransaction.id.desc())
    if limit is not None:
        q = q.limit(limit)
    return [DocumentRow(*row) for row in s.execute(q).all()]


def overdue_items(s: Session, company_id: int, as_of: dt.date) -> list[DocumentRow]:
    """The items overdue as of the date (definitions.AsOf.is_overdue: open debits that fell due before
    it), oldest due first, with their balance as of the date."""
    cut = definitions.as_of(as_of)
    due = definitions.falls_due()
    q = cut.join(
        select(
            CustomerTransaction.number,
            CustomerTransaction.kind,
            CustomerTransaction.date,
            CustomerTransaction.due_date,
            Customer.account,
            Customer.name,
            CustomerTransaction.currency,
            CustomerTransaction.amount,
            cut.balance,
            CustomerTransaction.closed_date,
            due,
        ).join(Customer, Customer.id == CustomerTransaction.customer_id)
    )
    q = q.where(CustomerTransaction.company_id == company_id, cut.is_overdue()).order_by(
        due, CustomerTransaction.number
    )
    return [DocumentRow(*row) for row in s.execute(q).all()]


def aging_summary(s: Session, company_id: int, as_of: dt.date, definition: str | None = None) -> AgingSummary | None:
    """Balances as of the date per bucket of the company's default aging definition (or the named
    one), summed in SQL over every customer transaction open on that date (definitions.AsOf), with
    the overdue total. The buckets are aging.bucket_sums, as in the aging per customer. None: no
    such definition."""
    found = aging.find_definition(s, company_id, definition or None)
    if found is None:
        return None
    cut = definitions.as_of(as_of)
    amount = cut.balance_acc
    overdue = cut.is_overdue()
    sums = [
        *aging.bucket_sums(found, as_of, amount),
        func.sum(amount),
        func.sum(case((overdue, amount), else_=None)),
        func.sum(case((overdue, 1), else_=0)),
    ]
    totals = cut.join(select(*sums).select_from(CustomerTransaction))
    row = s.execute(totals.where(CustomerTransaction.company_id == company_id, cut.is_open())).one()
    values = [v if v is not None else ZERO for v in row[:-1]]
    return AgingSummary(
        found.code,
        found.basis,
        as_of,
        tuple(zip(found.labels, values, strict=False)),
        values[-2],
        values[-1],
        int(row[-1] or 0),
    )
