"""Recurring invoices: templates, customer assignments and the run that drafts what is due (DOMAIN 3.5).

ARDESK choices: each occurrence becomes a draft dated on its own billing date (so a late run still
bills March in March), occurrences are counted from the start date (no drift after a short month),
and an occurrence that already has an invoice — draft or posted — is never billed twice; deleting
its draft lets the next run bill it again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ardesk.errors import ArdeskError, ValidationError
from ardesk.models import (
    Account,
    CashDiscount,
    Company,
    Customer,
    Invoice,
    InvoiceTemplate,
    InvoiceTemplateLine,
    MethodOfPayment,
    PostingProfile,
    RecurringAssignment,
    SalesTax,
    TermsOfPayment,
)
from ardesk.money import money
from ardesk.services import invoicing, lookup
from ardesk.services.invoicing import Line
from ardesk.services.posting import next_number
from ardesk.services.text import a_date, currency_code, name_text, optional_text

PATTERNS = {"daily": "days", "weekly": "weeks", "monthly": "months", "yearly": "years"}


def occurrence(start: dt.date, pattern: str, per: int, k: int) -> dt.date:
    """The k-th billing date (k = 0 is the start), always counted from the start date."""
    return start + relativedelta(**{PATTERNS[pattern]: k * per})


def occurrences(start: dt.date, pattern: str, per: int, until: dt.date) -> Iterator[tuple[int, dt.date]]:
    k = 0
    while (day := occurrence(start, pattern, per, k)) <= until:
        yield k, day
        k += 1


def save_template(
    s: Session,
    company: Company,
    name: object,
    lines: Sequence[Line],
    *,
    description: object = "",
    terms: object = None,
    cash_discount: object = None,
    posting_profile: object = None,
    method_of_payment: object = None,
    currency: object = None,
    notes: object = None,
    replace: bool = False,
) -> InvoiceTemplate:
    """Create a template, or overwrite one of the same name when replace=True (the GUI asks first)."""
    name = lookup.code_text(name, "name", max_len=40)
    cur = currency_code(currency, "currency") if currency is not None else None
    rows = invoicing.check_lines(s, company, lines, cur or company.currency)
    template = s.scalar(
        select(InvoiceTemplate).where(InvoiceTemplate.company_id == company.id, InvoiceTemplate.name == name)
    )
    if template is not None and not replace:
        raise ValidationError("name", "a template named {name!r} already exists", name=name)
    refs = {}
    model: type[Any]
    for key, model, value in (
        ("terms_id", TermsOfPayment, terms),
        ("cash_discount_id", CashDiscount, cash_discount),
        ("posting_profile_id", PostingProfile, posting_profile),
        ("method_of_payment_id", MethodOfPayment, method_of_payment),
    ):
        row = lookup.optional(s, model, company.id, value, key.removesuffix("_id"))
        refs[key] = row.id if row else None
    if template is None:
        template = InvoiceTemplate(company_id=company.id, name=name)
        s.add(template)
    template.description = name_text(description, "description", required=False)
    template.currency, template.notes = cur, optional_text(notes, "notes", max_len=4000)
    for key, value in refs.items():
        setattr(template, key, value)
    s.flush()
    s.execute(delete(InvoiceTemplateLine).where(InvoiceTemplateLine.template_id == template.id))
    s.add_all(
        InvoiceTemplateLine(
            template_id=template.id,
            seq=i,
            description=r.description,
            quantity=r.quantity,
            unit_price=r.unit_price,
            amount=None if r.unit_price is not None else r.amount,
            account_id=r.account_id,
            sales_tax_id=r.tax_id,
        )
        for i, r in enumerate(rows)
    )
    s.flush()
    return template


def assign(
    s: Session,
    company: Company,
    customer: object,
    template: object,
    start_date: object,
    *,
    pattern: object = "monthly",
    per: object = 1,
    end_date: object = None,
    max_count: object = None,
    max_amount: object = None,
    defaults_from: object = "template",
) -> int:
    """Bill `template` to `customer` every `per` days/weeks/months/years from start_date (DOMAIN 3.5)."""
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    name = lookup.code_text(template, "template", max_len=40)
    tpl = s.scalar(
        select(InvoiceTemplate).where(InvoiceTemplate.company_id == company.id, InvoiceTemplate.name == name)
    )
    if tpl is None:
        raise ValidationError("template", "there is no template {template!r}", template=template)
    start = a_date(start_date, "start_date")
    end = a_date(end_date, "end_date") if end_date is not None else None
    if end is not None and end < start:
        raise ValidationError("end_date", "must not be before the start date")
    if pattern not in PATTERNS:
        raise ValidationError("pattern", "must be one of {choices}", choices=", ".join(PATTERNS))
    for key, value in (("per", per), ("max_count", max_count)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10000):
            raise ValidationError(key, "must be a whole number of at least 1")
    limit = None if max_amount is None else money(max_amount, "max_amount", allow_zero=False, positive=True)
    if defaults_from not in ("template", "customer"):
        raise ValidationError("defaults_from", "must be 'template' or 'customer'")
    row = RecurringAssignment(
        company_id=company.id,
        customer_id=cust.id,
        template_id=tpl.id,
        start_date=start,
        end_date=end,
        pattern=pattern,
        per=per,
        max_count=max_count,
        max_amount=limit,
        defaults_from=defaults_from,
    )
    s.add(row)
    s.flush()
    return row.id


@dataclass(frozen=True)
class RecurrenceRun:
    """recurrence_id: shared by the run's drafts; skipped: (customer, billing date, reason in English);
    skip_reasons: the reasons as errors, in the same order, whose template and params the GUI shows in
    its language (i18n.field_message)."""

    recurrence_id: str
    drafts: list[int]
    skipped: list[tuple[str, dt.date, str]]
    cancelled: bool
    skip_reasons: list[ArdeskError] = field(default_factory=list)


def _template_input(s: Session, tpl: InvoiceTemplate, from_template: bool) -> tuple[list[Line], dict[str, Any]]:
    lines = [
        Line(
            t.description,
            t.amount,
            quantity=t.quantity,
            unit_price=t.unit_price,
            account=s.get(Account, t.account_id).number,
            tax=s.get(SalesTax, t.sales_tax_id).code if t.sales_tax_id else None,
        )
        for t in s.scalars(
            select(InvoiceTemplateLine)
            .where(InvoiceTemplateLine.template_id == tpl.id)
            .order_by(InvoiceTemplateLine.seq)
        )
    ]
    header: dict[str, Any] = {"notes": tpl.notes}  # keyword arguments of invoicing.save_draft
    if from_template:
        refs: tuple[tuple[str, type[Any], int | None], ...] = (
            ("terms", TermsOfPayment, tpl.terms_id),
            ("cash_discount", CashDiscount, tpl.cash_discount_id),
            ("posting_profile", PostingProfile, tpl.posting_profile_id),
            ("method_of_payment", MethodOfPayment, tpl.method_of_payment_id),
        )
        for key, model, value in refs:
            if value is not None:
                header[key] = s.get(model, value).code
        if tpl.currency:
            header["currency"] = tpl.currency
    return lines, header


def generate(
    s: Session,
    company: Company,
    invoice_date: object,
    *,
    templates: Sequence[str] | None = None,
    customers: Sequence[str] | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> RecurrenceRun:
    """Draft every occurrence due on or before invoice_date that has no invoice yet.

    progress(done, total) is called per assignment and may return False to cancel: the drafts
    made so far are complete and kept; the rest is drafted by the next run."""
    until = a_date(invoice_date, "invoice_date")
    q = select(RecurringAssignment).where(
        RecurringAssignment.company_id == company.id, RecurringAssignment.active.is_(True)
    )
    assignments = s.scalars(q.order_by(RecurringAssignment.id)).all()
    if templates is not None:
        names = {lookup.code_text(t, "templates") for t in templates}
        ids = set(
            s.scalars(
                select(InvoiceTemplate.id).where(
                    InvoiceTemplate.company_id == company.id, InvoiceTemplate.name.in_(names)
                )
            )
        )
        assignments = [a for a in assignments if a.template_id in ids]
    if customers is not None:
        wanted = {lookup.by_code(s, Customer, company.id, c, "customers").id for c in customers}
        assignments = [a for a in assignments if a.customer_id in wanted]
    run_id = next_number(s, company.id, "recurrence")
    drafts: list[int] = []
    skipped: list[tuple[str, dt.date, str]] = []
    reasons: list[ArdeskError] = []
    for n, a in enumerate(assignments, 1):
        customer = s.get(Customer, a.customer_id)
        billed = dict(s.execute(select(Invoice.period_date, Invoice.total).where(Invoice.assignment_id == a.id)).all())
        total_billed = s.scalar(
            select(func.coalesce(func.sum(Invoice.total), Decimal(0))).where(Invoice.assignment_id == a.id)
        ) or Decimal(0)
        lines, header = _template_input(s, s.get(InvoiceTemplate, a.template_id), a.defaults_from == "template")
        last = min(until, a.end_date) if a.end_date else until
        for k, day in occurrences(a.start_date, a.pattern, a.per, last):
            if a.max_count is not None and k >= a.max_count:
                break
            if day in billed:
                continue
            draft = invoicing.save_draft(s, company, customer.account, day, lines, **header)
            if a.max_amount is not None and total_billed + draft.total > a.max_amount:
                invoicing.delete_draft(s, company, draft.id)
                reason = ArdeskError("the maximum of {maximum:,.2f} would be exceeded", maximum=a.max_amount)
                skipped.append((customer.account, day, reason.message))
                reasons.append(reason)
                break
            draft.recurrence_id, draft.assignment_id, draft.period_date = run_id, a.id, day
            total_billed += draft.total
            drafts.append(draft.id)
        s.flush()
        if progress is not None and progress(n, len(assignments)) is False:
            return RecurrenceRun(run_id, drafts, skipped, True, reasons)
    return RecurrenceRun(run_id, drafts, skipped, False, reasons)
