"""Free-text invoices and credit notes as drafts: input checks, live totals, save, change, delete.

Posting a draft is ardesk.services.invoice_posting; post_invoice here is "save and post" in one
transaction (DOMAIN 3.1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ardesk.errors import ImmutableError, NotFoundError, ValidationError
from ardesk.models import (
    CashDiscount,
    ChargeCode,
    Company,
    Customer,
    CustomerGroup,
    Invoice,
    InvoiceCharge,
    InvoiceLine,
    MethodOfPayment,
    PostingProfile,
    SalesTax,
    TermsOfPayment,
)
from ardesk.models.base import table
from ardesk.money import as_decimal, currency_places, decimals_of, in_range, line_amount, money, percent_of
from ardesk.services import lookup
from ardesk.services.currency import exchange_rate
from ardesk.services.setup_cache import remembered
from ardesk.services.text import a_date, currency_code, name_text, optional_text


@dataclass(frozen=True)
class Line:
    """An invoice line: amount, or quantity × unit price; account defaults to the revenue role."""

    description: str
    amount: Decimal | None = None
    quantity: Decimal = Decimal(1)
    unit_price: Decimal | None = None
    account: str | None = None
    tax: str | None = None


@dataclass(frozen=True)
class Charge:
    """A header charge (DOMAIN 2.11): debit the customer, credit the charge code's account."""

    code: str
    amount: Decimal
    description: str | None = None


@dataclass(frozen=True)
class TaxLine:
    tax_id: int
    code: str
    percent: Decimal
    account_id: int
    base: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Totals:
    lines_total: Decimal
    charges_total: Decimal
    tax_total: Decimal
    total: Decimal
    taxes: tuple[TaxLine, ...]


def tax_summary(
    taxed: Sequence[tuple[int | None, Decimal]], taxes: dict[int, SalesTax], places: int
) -> tuple[TaxLine, ...]:
    """(code, base, tax) per code: tax = round(Σ net × rate) to the currency's minor unit, rounded once
    per code (DOMAIN 0)."""
    bases: dict[int, Decimal] = {}
    for tax_id, amount in taxed:
        if tax_id is not None:
            bases[tax_id] = bases.get(tax_id, Decimal(0)) + amount
    return tuple(
        TaxLine(
            tid,
            taxes[tid].code,
            taxes[tid].percent,
            taxes[tid].account_id,
            base,
            percent_of(base, taxes[tid].percent, places),
        )
        for tid, base in bases.items()
    )


def totals(
    lines: Sequence[tuple[Decimal, int | None]],
    charges: Sequence[tuple[Decimal, int | None]],
    taxes: dict[int, SalesTax],
    places: int,
) -> Totals:
    """Totals of a document from (amount, tax id) of its lines and charges; every total and tax
    amount within the amount limit (many large lines are refused here, not by the database)."""
    lines_total = in_range(sum((a for a, _ in lines), Decimal(0)), "lines")
    charges_total = in_range(sum((a for a, _ in charges), Decimal(0)), "charges")
    summary = tax_summary([(t, a) for a, t in [*lines, *charges]], taxes, places)
    tax_total = in_range(sum((t.amount for t in summary), Decimal(0)), "lines")
    return Totals(
        lines_total, charges_total, tax_total, in_range(lines_total + charges_total + tax_total, "lines"), summary
    )


# --- input checks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LineRow:
    description: str
    quantity: Decimal
    unit_price: Decimal | None
    amount: Decimal
    account_id: int
    tax_id: int | None
    item_id: int | None = None
    packing_slip_line_id: int | None = None


def check_lines(s: Session, company: Company, lines: object, currency: str) -> list[_LineRow]:
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("lines", "an invoice needs at least one line")
    places = currency_places(currency)
    out = []
    for i, line in enumerate(lines):
        f = f"lines[{i}]"
        if not isinstance(line, Line):
            raise ValidationError(f, "must be a Line")
        desc = name_text(line.description, f + ".description", max_len=500)
        qty = as_decimal(line.quantity, f + ".quantity")
        if abs(qty) >= 10**9 or decimals_of(qty) > 4:
            raise ValidationError(f + ".quantity", "{qty} has more than 4 decimals or is too large", qty=qty)
        price = None if line.unit_price is None else as_decimal(line.unit_price, f + ".unit_price")
        if price is not None and (abs(price) >= 10**11 or decimals_of(price) > 4):
            raise ValidationError(f + ".unit_price", "{price} has more than 4 decimals or is too large", price=price)
        if price is not None:
            # Line amounts are quantity × unit price rounded per line to the currency (DOMAIN 0).
            computed = line_amount(qty, price, places, f + ".amount")
        if line.amount is not None:
            amount = money(line.amount, f + ".amount", currency=currency)
            if price is not None and amount != computed:
                raise ValidationError(
                    f + ".amount",
                    "{amount} is not quantity × unit price ({computed}); give one of the two, or make them agree",
                    amount=amount,
                    computed=computed,
                )
        elif price is not None:
            amount = computed
        else:
            raise ValidationError(f + ".amount", "give an amount or a unit price")
        account = (
            lookup.account_or_role(s, company.id, line.account, f + ".account")
            if line.account
            else lookup.role_account(s, company.id, "revenue")
        )
        if account.summary:  # DOMAIN 11.1: no direct postings to AR summary accounts
            raise ValidationError(
                f + ".account",
                "{number} is a summary account for customer balances",
                number=account.number,
            )
        tax = lookup.optional_usable(s, SalesTax, company.id, line.tax, f + ".tax")
        out.append(_LineRow(desc, qty, price, amount, account.id, tax.id if tax else None))
    return out


def check_charges(
    s: Session, company: Company, charges: object, currency: str
) -> list[tuple[ChargeCode, str, Decimal]]:
    if not isinstance(charges, list | tuple):
        raise ValidationError("charges", "must be a list of Charge")
    out = []
    for i, ch in enumerate(charges):
        f = f"charges[{i}]"
        if not isinstance(ch, Charge):
            raise ValidationError(f, "must be a Charge")
        code = lookup.usable(s, ChargeCode, company.id, ch.code, f + ".code")
        amount = money(ch.amount, f + ".amount", currency=currency, allow_zero=False)
        desc = code.description if ch.description is None else name_text(ch.description, f + ".description")
        out.append((code, desc, amount))
    return out


def _default(s: Session, model: type, company: Company, value: object, field: str, fallback: int | None) -> int | None:
    """An explicit code (or "" for none), else the fallback id (from the customer or group)."""
    if value == "":
        return None
    row: Any = lookup.optional_usable(s, model, company.id, value, field)
    return row.id if row is not None else fallback


HEADER_KEYS = (
    "due_date",
    "terms",
    "cash_discount",
    "posting_profile",
    "currency",
    "exchange_rate",
    "original",
    "notes",
    "method_of_payment",
    "document_date",
    "charges",
    "reason",
)


def save_draft(
    s: Session,
    company: Company,
    customer: object,
    date: object,
    lines: object,
    *,
    kind: str = "invoice",
    draft_id: int | None = None,
    **header: object,
) -> Invoice:
    """Create (or, with draft_id, replace) a draft invoice or credit note; see save_draft_lines."""
    return save_draft_lines(s, company, customer, date, lines, kind=kind, draft_id=draft_id, **header)[0]  # type: ignore[arg-type]


def save_draft_lines(
    s: Session,
    company: Company,
    customer: object,
    date: object,
    lines: object,
    *,
    kind: str = "invoice",
    draft_id: int | None = None,
    detached: bool = False,
    **header: object,
) -> tuple[Invoice, list[InvoiceLine], list[InvoiceCharge]]:
    """Create (or, with draft_id, replace) a draft invoice or credit note after checking every field.

    Credit note lines carry the positive amounts that are credited. An invoice whose total is
    negative is saved as a credit note with the signs turned (DOMAIN 3.1). detached: a new draft
    that is posted at once (post_free_text_invoice) is written with plain INSERTs and returned as
    rows outside the session, to be read only, not changed."""
    for key in header:
        if key not in HEADER_KEYS:
            raise ValidationError(key, "is not an invoice field")
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    date = a_date(date, "date")
    doc_date = a_date(header["document_date"], "document_date") if header.get("document_date") is not None else date
    cur = currency_code(header["currency"], "currency") if header.get("currency") is not None else cust.currency
    rate = exchange_rate(company, cur, header.get("exchange_rate"), s, date)
    orig = None
    if header.get("original") is not None:
        orig = s.scalar(
            select(Invoice).where(
                Invoice.company_id == company.id,
                Invoice.status == "posted",
                Invoice.number == lookup.code_text(header["original"], "original"),
            )
        )
        if orig is None or orig.kind != "invoice":
            raise ValidationError("original", "there is no posted invoice {header!r}", header=header["original"])
        if orig.invoice_account_id not in (cust.id, cust.invoice_account_id) and orig.customer_id != cust.id:
            raise ValidationError("original", "invoice {number} belongs to another customer", number=orig.number)
    group_terms = remembered(
        s,
        company.id,
        ("group_terms", cust.group_id),
        lambda: s.scalar(select(CustomerGroup.terms_id).where(CustomerGroup.id == cust.group_id)),
    )
    terms_id = _default(s, TermsOfPayment, company, header.get("terms"), "terms", cust.terms_id or group_terms)
    cd_fallback = orig.cash_discount_id if orig is not None else cust.cash_discount_id
    cd_id = _default(s, CashDiscount, company, header.get("cash_discount"), "cash_discount", cd_fallback)
    profile = lookup.optional(s, PostingProfile, company.id, header.get("posting_profile"), "posting_profile")
    mop_id = _default(
        s, MethodOfPayment, company, header.get("method_of_payment"), "method_of_payment", cust.method_of_payment_id
    )
    due = a_date(header["due_date"], "due_date") if header.get("due_date") is not None else None
    if due is not None and due < doc_date:
        raise ValidationError("due_date", "must not be before the document date")
    notes = optional_text(header.get("notes"), "notes", max_len=4000)
    reason = optional_text(header.get("reason"), "reason")
    rows = check_lines(s, company, lines, cur)
    charges = check_charges(s, company, header.get("charges", ()), cur)
    if kind not in ("invoice", "credit_note"):
        raise ValidationError("kind", "must be 'invoice' or 'credit_note'")
    taxes = _taxes(s, company.id)
    places = currency_places(cur)
    tot = totals([(r.amount, r.tax_id) for r in rows], [(a, c.sales_tax_id) for c, _, a in charges], taxes, places)
    if kind == "invoice" and tot.total < 0:
        kind = "credit_note"
        rows = [_LineRow(r.description, r.quantity, r.unit_price, -r.amount, r.account_id, r.tax_id) for r in rows]
        charges = [(c, d, -a) for c, d, a in charges]
        tot = totals([(r.amount, r.tax_id) for r in rows], [(a, c.sales_tax_id) for c, _, a in charges], taxes, places)
    if tot.total == 0:
        raise ValidationError("lines", "the document total is 0.00; there is nothing to post")
    if tot.total < 0:
        raise ValidationError("lines", "credit note lines carry the positive amounts that are credited")

    detached = detached and draft_id is None
    invoice = _draft(s, company, draft_id) if draft_id is not None else None
    if invoice is None:
        invoice = Invoice(company_id=company.id, status="draft")
        if not detached:
            s.add(invoice)
    invoice.kind, invoice.customer_id = kind, cust.id
    invoice.invoice_account_id = cust.invoice_account_id or cust.id
    invoice.date, invoice.document_date, invoice.due_date = date, doc_date, due
    invoice.terms_id, invoice.cash_discount_id, invoice.method_of_payment_id = terms_id, cd_id, mop_id
    invoice.posting_profile_id = profile.id if profile else None
    invoice.currency, invoice.exchange_rate, invoice.language = cur, rate, cust.language
    invoice.notes, invoice.reason, invoice.original_id = notes, reason, orig.id if orig else None
    invoice.lines_total, invoice.charges_total = tot.lines_total, tot.charges_total
    invoice.tax_total, invoice.total = tot.tax_total, tot.total
    if detached:
        invoice.id = s.execute(_INSERT_INVOICE, _set_values(invoice)).scalar_one()
    s.flush()
    if draft_id is not None:  # a changed draft: its lines and charges are replaced
        s.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
        s.execute(delete(InvoiceCharge).where(InvoiceCharge.invoice_id == invoice.id))
    new_lines = [
        InvoiceLine(
            invoice_id=invoice.id,
            seq=i,
            description=r.description,
            quantity=r.quantity,
            unit_price=r.unit_price,
            amount=r.amount,
            account_id=r.account_id,
            sales_tax_id=r.tax_id,
            item_id=r.item_id,
            packing_slip_line_id=r.packing_slip_line_id,
        )
        for i, r in enumerate(rows)
    ]
    new_charges = [
        InvoiceCharge(
            invoice_id=invoice.id,
            seq=i,
            charge_code_id=c.id,
            description=d,
            amount=a,
            account_id=c.account_id,
            sales_tax_id=c.sales_tax_id,
        )
        for i, (c, d, a) in enumerate(charges)
    ]
    if detached:
        for model, rows_ in ((InvoiceLine, new_lines), (InvoiceCharge, new_charges)):
            if rows_:
                s.execute(_INSERTS[model], [_set_values(r) for r in rows_])
        return invoice, new_lines, new_charges
    s.add_all(new_lines)
    s.add_all(new_charges)
    s.flush()
    return invoice, new_lines, new_charges


_INVOICE = table(Invoice)
_INSERT_INVOICE = insert(_INVOICE).returning(_INVOICE.c.id)
_INSERTS = {InvoiceLine: insert(table(InvoiceLine)), InvoiceCharge: insert(table(InvoiceCharge))}


def _set_values(row: object) -> dict[str, object]:
    """The column values set on a new row (the rest take their column defaults in the INSERT)."""
    return {k: v for k, v in vars(row).items() if not k.startswith("_")}


def _taxes(s: Session, company_id: int) -> dict[int, SalesTax]:
    return remembered(
        s,
        company_id,
        ("sales_taxes",),
        lambda: {t.id: t for t in s.scalars(select(SalesTax).where(SalesTax.company_id == company_id))},
    )


def _draft(s: Session, company: Company, draft_id: object) -> Invoice:
    if not isinstance(draft_id, int) or isinstance(draft_id, bool):
        raise ValidationError("draft", "must be a draft id")
    invoice = s.get(Invoice, draft_id)
    if invoice is None or invoice.company_id != company.id:
        raise NotFoundError("draft", "there is no draft {draft_id}", draft_id=draft_id)
    if invoice.status != "draft":
        raise ImmutableError(
            "invoice {number} is posted and cannot be changed; correct it or post a credit note",
            number=invoice.number,
        )
    return invoice


def draft(s: Session, company: Company, draft_id: object) -> Invoice:
    return _draft(s, company, draft_id)


def delete_draft(s: Session, company: Company, draft_id: object) -> None:
    invoice = _draft(s, company, draft_id)
    s.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
    s.execute(delete(InvoiceCharge).where(InvoiceCharge.invoice_id == invoice.id))
    s.delete(invoice)
    s.flush()


def create_charge_code(
    s: Session, company: Company, code: object, description: object, *, account: object = None, tax: object = None
) -> ChargeCode:
    code = lookup.code_text(code, "code")
    if lookup.exists(s, ChargeCode, company.id, code):
        raise ValidationError("code", "{code!r} already exists", code=code)
    acc = (
        lookup.account_or_role(s, company.id, account, "account")
        if account is not None
        else lookup.role_account(s, company.id, "revenue")
    )
    if acc.summary:
        raise ValidationError("account", "{number} is a summary account for customer balances", number=acc.number)
    t = lookup.optional(s, SalesTax, company.id, tax, "tax")
    row = ChargeCode(
        company_id=company.id,
        code=code,
        description=name_text(description, "description"),
        account_id=acc.id,
        sales_tax_id=t.id if t else None,
    )
    s.add(row)
    s.flush()
    return row
