"""Correcting a posted invoice: a cancelling credit note settled against it and a corrected invoice
with a new number, posted in one transaction (DOMAIN 3.6)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Account,
    CashDiscount,
    ChargeCode,
    Company,
    Customer,
    CustomerTransaction,
    Invoice,
    InvoiceCharge,
    InvoiceLine,
    MethodOfPayment,
    PostingProfile,
    SalesTax,
    TermsOfPayment,
)
from ardesk.services import invoice_posting, invoicing, lookup, settlements
from ardesk.services.invoicing import Charge, Line
from ardesk.services.posting import next_number
from ardesk.services.text import a_date, name_text


def _code(s: Session, model: type, row_id: int | None) -> str:
    return "" if row_id is None else s.get(model, row_id).code


def correct_invoice(
    s: Session,
    company: Company,
    number: object,
    date: object,
    lines: Sequence[Line],
    *,
    reason: object = "Correction",
    **header: Any,
) -> tuple[Invoice, Invoice]:
    """Returns (cancelling credit note, corrected invoice), both posted.

    Only a posted invoice that is fully open and not corrected before can be corrected; a partly
    paid invoice must be unsettled first (ARDESK: D365 does not document that case)."""
    number = lookup.code_text(number, "number", max_len=30)
    date = a_date(date, "date")
    why = name_text(reason, "reason")
    orig = s.scalar(
        select(Invoice).where(Invoice.company_id == company.id, Invoice.number == number, Invoice.status == "posted")
    )
    if orig is None or orig.kind != "invoice":
        raise ValidationError("number", "there is no posted invoice {number!r}", number=number)
    done = s.scalar(select(Invoice.number).where(Invoice.original_id == orig.id, Invoice.correction == "cancelling"))
    if done is not None:
        raise ValidationError(
            "number",
            "{number} was already corrected (cancelled by {done})",
            number=number,
            done=done,
        )
    txn = s.get(CustomerTransaction, orig.transaction_id)
    if txn.balance != txn.amount:
        raise ValidationError(
            "number",
            "{number} is (partly) settled; unsettle its payments before correcting it",
            number=number,
        )
    if date < orig.date:
        raise ValidationError("date", "must not be before the invoice date {date}", date=orig.date)

    customer = s.get(Customer, orig.customer_id).account
    # "" means "none" for terms, cash discount and method of payment: the original's choice, not the default.
    same: dict[str, Any]  # keyword arguments of invoicing.save_draft
    same = dict(
        currency=orig.currency,
        exchange_rate=orig.exchange_rate,
        posting_profile=_code(s, PostingProfile, orig.posting_profile_id),
        terms=_code(s, TermsOfPayment, orig.terms_id),
        cash_discount=_code(s, CashDiscount, orig.cash_discount_id),
        method_of_payment=_code(s, MethodOfPayment, orig.method_of_payment_id),
    )
    old_lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == orig.id).order_by(InvoiceLine.seq))
    mirror = [
        Line(
            ln.description,
            ln.amount,
            quantity=ln.quantity,
            unit_price=ln.unit_price,
            account=s.get(Account, ln.account_id).number,
            tax=s.get(SalesTax, ln.sales_tax_id).code if ln.sales_tax_id else None,
        )
        for ln in old_lines
    ]
    old_charges = s.scalars(
        select(InvoiceCharge).where(InvoiceCharge.invoice_id == orig.id).order_by(InvoiceCharge.seq)
    )
    charges = [Charge(s.get(ChargeCode, c.charge_code_id).code, c.amount, c.description) for c in old_charges]

    # 1. The cancelling credit note: the exact mirror of the original, same rate, same bill-to.
    cancel = invoicing.save_draft(
        s,
        company,
        customer,
        date,
        mirror,
        kind="credit_note",
        charges=charges,
        original=number,
        reason=why,
        due_date=date,
        **same,
    )
    cancel.invoice_account_id, cancel.correction = orig.invoice_account_id, "cancelling"
    invoice_posting.post_one(s, company, cancel)
    # 2. Settled against the original at once: both close.
    settlements.apply(
        s,
        company,
        txn,
        s.get(CustomerTransaction, cancel.transaction_id),
        txn.amount,
        date,
        event=next_number(s, company.id, "settlement"),
    )
    # 3. The corrected invoice, dated with the correction date; header defaults from the original.
    corrected = invoicing.save_draft(s, company, customer, date, lines, reason=why, **{**same, **header})
    corrected.original_id, corrected.correction = orig.id, "corrected"
    invoice_posting.post_one(s, company, corrected)
    return cancel, corrected
