"""Posting draft invoices and credit notes, one or thousands at a time (DOMAIN 3.1, 3.2, 3.7).

Every draft is checked and turned into a voucher, a customer transaction and its discount
schedule in memory first; then the whole batch is written with a few bulk INSERTs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ardesk.errors import ArdeskError, ValidationError
from ardesk.models import (
    Company,
    Customer,
    Invoice,
    InvoiceCharge,
    InvoiceLine,
    InvoiceTax,
    PostingProfile,
    SalesTax,
    TermsOfPayment,
)
from ardesk.models.base import table
from ardesk.money import currency_places, round_money
from ardesk.services import lookup, payment_reference
from ardesk.services import terms as terms_service
from ardesk.services.currency import converted
from ardesk.services.customers import open_balances
from ardesk.services.invoicing import Totals, totals
from ardesk.services.periods import closed_ranges, refuse_closed
from ardesk.services.posting import Entry, VoucherSpec, post_vouchers, take_numbers
from ardesk.services.profiles import ProfileCache
from ardesk.services.records import Document
from ardesk.services.setup_cache import remembered
from ardesk.services.transactions import OpenItem, open_items


def _setup(s: Session, cid: int) -> tuple[dict[int, SalesTax], dict[int, TermsOfPayment]]:
    """Sales taxes and terms of payment of a company (posting profiles: profiles.ProfileCache)."""
    taxes = {t.id: t for t in s.scalars(select(SalesTax).where(SalesTax.company_id == cid))}
    terms = {t.id: t for t in s.scalars(select(TermsOfPayment).where(TermsOfPayment.company_id == cid))}
    return taxes, terms


class Context:
    """Set-up read once per batch: taxes, profiles, groups, terms, discount periods, balances."""

    def __init__(self, s: Session, company: Company) -> None:
        self.s, self.company = s, company
        cid = company.id
        self.params = lookup.parameters(s, cid)
        self.taxes, self.terms = remembered(s, cid, ("invoice_posting",), lambda: _setup(s, cid))
        self.profiles = ProfileCache(s, cid)
        self.closed = closed_ranges(s, cid)
        self._periods: dict[int | None, list[tuple[int, Decimal]]] = {}
        self._balances: dict[int, Decimal] = {}
        self.customers: dict[int, Customer] = {}

    def customer(self, customer_id: int) -> Customer:
        if customer_id not in self.customers:
            known = lookup.seen_customers(self.s).get(customer_id)
            self.customers[customer_id] = known if known is not None else self.s.get(Customer, customer_id)
        return self.customers[customer_id]

    def discount_periods(self, cash_discount_id: int | None) -> list[tuple[int, Decimal]]:
        if cash_discount_id not in self._periods:
            self._periods[cash_discount_id] = remembered(
                self.s,
                self.company.id,
                ("discount_periods", cash_discount_id),
                lambda: terms_service.discount_periods(self.s, cash_discount_id),
            )
        return self._periods[cash_discount_id]

    def preload(self, customer_ids: Sequence[int]) -> None:
        """Fetch the customers and open balances of a batch with two queries instead of two per customer."""
        wanted = [c for c in set(customer_ids) if c not in self._balances]
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk : chunk + 500]
            self.customers.update((c.id, c) for c in self.s.scalars(select(Customer).where(Customer.id.in_(part))))
            found = open_balances(self.s, self.company.id, part)
            self._balances.update({c: found.get(c, Decimal(0)) for c in part})

    def balance(self, customer_id: int) -> Decimal:
        """Open balance (accounting currency) including what this batch has posted so far."""
        if customer_id not in self._balances:
            self._balances[customer_id] = open_balances(self.s, self.company.id, [customer_id]).get(
                customer_id, Decimal(0)
            )
        return self._balances[customer_id]

    def add_balance(self, customer_id: int, amount: Decimal) -> None:
        """Count what the batch posts for a customer, once its balance was needed (credit limit check)."""
        if customer_id in self._balances:
            self._balances[customer_id] += amount

    def profile_for(self, customer: Customer, profile_id: int | None) -> PostingProfile:
        """The document's profile, else the customer's, else the company default (DOMAIN 2.4, ARDESK)."""
        if profile_id is not None:
            return self.profiles.by_id[profile_id]
        return self.profiles.profile(customer, None, "posting_profile")

    def summary_account(self, profile: PostingProfile, customer: Customer) -> int:
        """Resolution customer (table) → group → all (DOMAIN 2.4)."""
        return self.profiles.receivable(profile, customer, "posting_profile")

    def check_open(self, date: dt.date) -> None:
        refuse_closed(self.closed, date)


@dataclass
class Prepared:
    invoice: Invoice
    customer: Customer
    totals: Totals
    entries: list[Entry]
    item: OpenItem
    due: dt.date
    profile_id: int
    warnings: list[ArdeskError] = field(default_factory=list)
    # Set when written:
    number: str = ""
    voucher_number: str = ""
    transaction_id: int = 0

    def document(self) -> Document:
        """The posted document as the API returns it, from what was written (no query)."""
        i = self.item
        return Document(
            number=self.number,
            voucher=self.voucher_number,
            kind=i.kind,
            customer=self.customer.account,
            date=i.date,
            due_date=i.due_date,
            amount=i.amount,
            balance=i.amount,
            discount_schedule=tuple(row for row, _ in i.schedule),
            currency=i.currency,
        )


def prepare(ctx: Context, invoice: Invoice, lines: Sequence[InvoiceLine], charges: Sequence[InvoiceCharge]) -> Prepared:
    """Everything the posting will write, computed and checked; raises ValidationError."""
    ctx.check_open(invoice.date)
    customer = ctx.customer(invoice.invoice_account_id or invoice.customer_id)
    if customer.on_hold in ("invoice", "all"):
        raise ValidationError("customer", "customer {account} is on hold for invoicing", account=customer.account)
    if not lines:
        raise ValidationError("lines", "an invoice needs at least one line")
    profile = ctx.profile_for(customer, invoice.posting_profile_id)
    ar_account = ctx.summary_account(profile, customer)
    tot = totals(
        [(ln.amount, ln.sales_tax_id) for ln in lines],
        [(c.amount, c.sales_tax_id) for c in charges],
        ctx.taxes,
        currency_places(invoice.currency),
    )
    sign = 1 if invoice.kind == "invoice" else -1
    rate = invoice.exchange_rate
    converted(tot.total, rate, ctx.company, invoice.currency)  # a rate that makes the document zero is refused
    warnings: list[ArdeskError] = []
    # DOMAIN 5.3: a limit of 0 without "mandatory" means no limit (the D365 basic convention).
    limited = customer.credit_limit is not None and (customer.credit_limit != 0 or customer.mandatory_credit_limit)
    if invoice.kind == "invoice" and limited and ctx.params.credit_limit_check != "none":
        after = ctx.balance(customer.id) + round_money(tot.total * rate, currency_places(ctx.company.currency))
        if after > customer.credit_limit:
            # DOMAIN 5.3: a mandatory limit refuses the invoice, any other limit warns.
            refusal = ValidationError(
                "customer",
                "this invoice takes {account} to {after:,.2f}, over the credit limit of {limit:,.2f}",
                account=customer.account,
                after=after,
                limit=customer.credit_limit,
            )
            if customer.mandatory_credit_limit:
                raise refusal
            warnings.append(refusal)
    due = invoice.due_date or terms_service.due_date(ctx.terms.get(invoice.terms_id), invoice.document_date)
    if due < invoice.document_date:
        raise ValidationError("due_date", "must not be before the document date")
    schedule = terms_service.schedule(
        ctx.discount_periods(invoice.cash_discount_id),
        invoice.document_date,
        due,
        sign * tot.total,
        currency_places(invoice.currency),
    )
    # Credit side per line, charge and tax code in accounting currency; the customer side takes the sum,
    # so the voucher balances exactly whatever the exchange rate.
    cur = invoice.currency
    acc = currency_places(ctx.company.currency)  # accounting amounts: the company currency's minor unit
    credits = [(ln.account_id, ln.amount, ln.description[:200]) for ln in lines]
    credits += [(c.account_id, c.amount, c.description[:200]) for c in charges]
    credits += [(tax.account_id, tax.amount, f"Sales tax {tax.code}") for tax in tot.taxes]
    entries = [
        Entry(account, -sign * round_money(amount * rate, acc), text, currency=cur, amount_cur=-sign * amount)
        for account, amount, text in credits
    ]
    ar_acc = -sum((e.amount for e in entries), Decimal(0))
    entries.insert(
        0, Entry(ar_account, ar_acc, f"{customer.account} {customer.name}"[:200], customer.id, cur, sign * tot.total)
    )
    item = OpenItem(
        customer_id=customer.id,
        voucher_id=0,
        number="",
        kind=invoice.kind,
        date=invoice.date,
        document_date=invoice.document_date,
        due_date=due,
        amount=sign * tot.total,
        amount_acc=ar_acc,
        currency=cur,
        exchange_rate=rate,
        account_id=ar_account,
        posting_profile_id=profile.id,
        cash_discount_id=invoice.cash_discount_id,
        method_of_payment_id=invoice.method_of_payment_id,
        schedule=schedule,
    )
    ctx.add_balance(customer.id, ar_acc)
    return Prepared(invoice, customer, tot, entries, item, due, profile.id, warnings)


_INVOICE = table(Invoice)
_INSERT_TAXES = insert(table(InvoiceTax))
#: A draft becomes posted (Core, built once: cheaper than the ORM's bulk update for one row or ten thousand).
_POST_DRAFT = (
    update(_INVOICE)
    .where(_INVOICE.c.id == bindparam("b_id"))
    .values(
        {
            c: bindparam(c)
            for c in (
                "number",
                "status",
                "voucher_id",
                "transaction_id",
                "due_date",
                "posting_profile_id",
                "invoice_account_id",
                "lines_total",
                "charges_total",
                "tax_total",
                "total",
            )
        }
    )
)


def payment_references(ctx: Context, kind: str, numbers: Sequence[str]) -> list[str | None]:
    """The structured payment reference of each invoice (issue 10), from the counter in its number (the
    trailing digits: unique per company, never reused) in the company's kind; credit notes get none."""
    style = lookup.parameters(ctx.s, ctx.company.id).payment_reference
    if kind != "invoice" or style == "none":
        return [None] * len(numbers)
    out: list[str | None] = []
    for n in numbers:
        digits = re.search(r"(\d+)$", n)
        out.append(None if digits is None else payment_reference.reference_for(style, n, int(digits.group(1))))
    return out


def write(ctx: Context, batch: Sequence[Prepared]) -> dict[int, str]:
    """Number and write a prepared batch: vouchers, customer transactions, tax lines, posted headers.
    Returns the number given to each invoice id."""
    s, company = ctx.s, ctx.company
    given: dict[int, str] = {}
    for kind, number_seq, voucher_seq, label in (
        ("invoice", "invoice", "invoice_voucher", "Invoice"),
        ("credit_note", "credit_note", "credit_note_voucher", "Credit note"),
    ):
        group = sorted((p for p in batch if p.invoice.kind == kind), key=lambda p: (p.invoice.date, p.invoice.id))
        if not group:
            continue
        numbers = take_numbers(s, company.id, number_seq, len(group))
        posted = post_vouchers(
            s,
            company,
            [
                VoucherSpec(p.invoice.date, kind, p.entries, f"{label} {n}", document=n)
                for p, n in zip(group, numbers, strict=True)
            ],
            sequence=voucher_seq,
        )
        refs = payment_references(ctx, kind, numbers)
        items = [
            OpenItem(**{**p.item.__dict__, "voucher_id": v.id, "number": n, "payment_reference": r})
            for p, n, v, r in zip(group, numbers, posted, refs, strict=True)
        ]
        txn_ids = open_items(s, company.id, items)
        taxes = [
            dict(invoice_id=p.invoice.id, sales_tax_id=t.tax_id, percent=t.percent, base=t.base, amount=t.amount)
            for p in group
            for t in p.totals.taxes
        ]
        if taxes:
            s.execute(_INSERT_TAXES, taxes)
        s.execute(
            _POST_DRAFT,
            [
                dict(
                    b_id=p.invoice.id,
                    number=n,
                    status="posted",
                    voucher_id=v.id,
                    transaction_id=t,
                    due_date=p.due,
                    posting_profile_id=p.profile_id,
                    invoice_account_id=p.customer.id,
                    lines_total=p.totals.lines_total,
                    charges_total=p.totals.charges_total,
                    tax_total=p.totals.tax_total,
                    total=p.totals.total,
                )
                for p, n, v, t in zip(group, numbers, posted, txn_ids, strict=True)
            ],
        )
        given.update((p.invoice.id, n) for p, n in zip(group, numbers, strict=True))
        for p, n, v, t in zip(group, numbers, posted, txn_ids, strict=True):
            p.number, p.voucher_number, p.transaction_id = n, v.number, t
    for p in batch:
        if p.invoice in s:  # a detached new draft (invoicing.save_draft_lines) is not in the session
            s.expire(p.invoice)
    return given


@dataclass(frozen=True)
class BatchResult:
    """posted: document numbers; errors: (draft id, field, message); stopped: the run stopped early;
    warnings: (draft id, message) of drafts posted with a warning. Messages are English; refusals and
    cautions hold the same as (draft id, error), in the same order, whose template and params the GUI
    shows in its language (i18n.field_message)."""

    posted: list[str]
    errors: list[tuple[int, str, str]]
    stopped: bool
    warnings: list[tuple[int, str]] = field(default_factory=list)
    refusals: list[tuple[int, ArdeskError]] = field(default_factory=list)
    cautions: list[tuple[int, ArdeskError]] = field(default_factory=list)


def _load(s: Session, ids: Sequence[int]) -> tuple[dict[int, list[InvoiceLine]], dict[int, list[InvoiceCharge]]]:
    lines: dict[int, list[InvoiceLine]] = {}
    charges: dict[int, list[InvoiceCharge]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id.in_(part)).order_by(InvoiceLine.seq)):
            lines.setdefault(ln.invoice_id, []).append(ln)
        for ch in s.scalars(
            select(InvoiceCharge).where(InvoiceCharge.invoice_id.in_(part)).order_by(InvoiceCharge.seq)
        ):
            charges.setdefault(ch.invoice_id, []).append(ch)
    return lines, charges


def post_drafts(
    s: Session,
    company: Company,
    draft_ids: Sequence[int] | None = None,
    *,
    stop_at_first_error: bool | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> BatchResult:
    """Post drafts (all of the company's when draft_ids is None) in (date, id) order.

    With stop_at_first_error (default: the parameter stop_fti_posting_on_first_error) the run posts
    the drafts before the first bad one and stops; otherwise bad drafts are skipped and reported.
    progress(done, total) may return False to cancel: drafts checked so far are posted whole."""
    if stop_at_first_error is None:
        stop_at_first_error = lookup.parameters(s, company.id).stop_fti_posting_on_first_error
    q = select(Invoice).where(Invoice.company_id == company.id, Invoice.status == "draft")
    if draft_ids is not None:
        wanted = list(draft_ids)
        q = q.where(Invoice.id.in_(wanted)) if len(wanted) <= 900 else q
    drafts = s.scalars(q.order_by(Invoice.date, Invoice.id)).all()
    if draft_ids is not None:
        keep = set(draft_ids)
        drafts = [d for d in drafts if d.id in keep]
        missing = keep - {d.id for d in drafts}
        if missing:
            raise ValidationError("drafts", "these are not drafts of this company: {ids}", ids=sorted(missing)[:10])
    ctx = Context(s, company)
    ctx.preload([d.invoice_account_id or d.customer_id for d in drafts])
    lines, charges = _load(s, [d.id for d in drafts])
    ready: list[Prepared] = []
    errors: list[tuple[int, str, str]] = []
    refusals: list[tuple[int, ArdeskError]] = []
    stopped = False
    for n, invoice in enumerate(drafts, 1):
        try:
            ready.append(prepare(ctx, invoice, lines.get(invoice.id, []), charges.get(invoice.id, [])))
        except ValidationError as exc:
            errors.append((invoice.id, exc.field, exc.message))
            refusals.append((invoice.id, exc.with_traceback(None)))  # not the frames of the run
            if stop_at_first_error:
                stopped = True
                break
        except ArdeskError as exc:
            errors.append((invoice.id, "draft", str(exc)))
            refusals.append((invoice.id, exc.with_traceback(None)))  # not the frames of the run
            if stop_at_first_error:
                stopped = True
                break
        if progress is not None and n % 100 == 0 and progress(n, len(drafts)) is False:
            stopped = True
            break
    given = write(ctx, ready)
    numbers = sorted(given.values(), key=lambda n: (n[: n.rfind("-")], n))
    cautions = [(p.invoice.id, w) for p in ready for w in p.warnings]
    return BatchResult(numbers, errors, stopped, [(i, w.message) for i, w in cautions], refusals, cautions)


def post_one(
    s: Session,
    company: Company,
    invoice: Invoice,
    lines: Sequence[InvoiceLine] | None = None,
    charges: Sequence[InvoiceCharge] | None = None,
) -> Prepared:
    """Post one draft; errors propagate (the caller's transaction rolls back). lines and charges: the
    draft's, when the caller has them (a draft saved in this transaction), else they are read."""
    ctx = Context(s, company)
    if lines is None or charges is None:
        found_lines, found_charges = _load(s, [invoice.id])
        lines, charges = found_lines.get(invoice.id, []), found_charges.get(invoice.id, [])
    prepared = prepare(ctx, invoice, lines, charges)
    write(ctx, [prepared])
    return prepared
