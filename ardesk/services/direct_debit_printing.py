"""Gathering the SEPA direct debit prints (DOMAIN 7.3, 7.4): a mandate form to sign, and the pre-notification
letters of a run preview, as plain documents for ardesk.reports.direct_debit_letters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, Customer, CustomerTransaction
from ardesk.reports.direct_debit_letters import MandateFormDoc, PrenotificationDoc, PrenotificationLine
from ardesk.services import direct_debit, lookup, mandates, printing
from ardesk.services.direct_debit import DirectDebitTransaction


def _language(customer: Customer) -> str:
    """The prints speak Dutch or English: a customer in another language gets English."""
    return "nl" if customer.language == "nl" else "en"


def _creditor_id(s: Session, company: Company) -> str:
    creditor_id = lookup.parameters(s, company.id).sepa_creditor_id
    if not creditor_id:
        raise ValidationError(
            "sepa_creditor_id", "set the company's SEPA creditor identifier (incassant-ID) before printing"
        )
    return creditor_id


def gather_mandate_form(s: Session, company: Company, reference: object) -> MandateFormDoc:
    """The mandate as its form prints it, in the debtor's language; a mandate not yet signed prints empty
    place and date lines for the debtor to fill in."""
    row = mandates.find(s, company, reference)
    customer = s.get(Customer, row.customer_id)
    assert customer is not None
    return MandateFormDoc(
        company=printing.letterhead(company),
        creditor_id=_creditor_id(s, company),
        customer=printing.addressee(customer),
        language=_language(customer),
        reference=row.reference,
        scheme=row.scheme,
        recurring=row.recurring,
        iban=row.iban,
        bic=row.bic,
        signed_at=row.signed_at,
        signed_on=row.signed_on,
    )


def gather_prenotifications(
    s: Session, company: Company, collection_date: object, *, prepared_on: object = None
) -> list[PrenotificationDoc]:
    """One letter per customer and mandate of what a run on collection_date would collect (direct_debit.preview:
    the caller rolls the transaction back), in the customers' order of the preview; dated prepared_on."""
    run = direct_debit.preview(s, company, collection_date, prepared_on=prepared_on)
    if not run.transactions:
        return []
    creditor_id = _creditor_id(s, company)
    groups: dict[tuple[str, str], list[DirectDebitTransaction]] = {}
    for t in run.transactions:
        groups.setdefault((t.customer, t.mandate), []).append(t)
    numbers = [t.invoice for t in run.transactions]
    invoices = {
        row.number: row
        for row in s.scalars(
            select(CustomerTransaction).where(
                CustomerTransaction.company_id == company.id, CustomerTransaction.number.in_(numbers)
            )
        )
    }
    head = printing.letterhead(company)
    docs = []
    for (account, reference), items in groups.items():
        customer = lookup.by_code(s, Customer, company.id, account, "customer")
        mandate = mandates.find(s, company, reference)
        lines = tuple(
            PrenotificationLine(
                invoice=t.invoice,
                date=invoices[t.invoice].document_date if t.invoice in invoices else None,
                due_date=invoices[t.invoice].due_date if t.invoice in invoices else None,
                amount=t.amount,
            )
            for t in items
        )
        currency = invoices[items[0].invoice].currency if items[0].invoice in invoices else "EUR"
        docs.append(
            PrenotificationDoc(
                company=head,
                customer=printing.addressee(customer),
                language=_language(customer),
                currency=currency,
                collection_date=run.collection_date,
                creditor_id=creditor_id,
                mandate=reference,
                scheme=mandate.scheme,
                iban=mandate.iban,
                lines=lines,
                total=sum((t.amount for t in items), Decimal("0.00")),
                date=prepared_on if isinstance(prepared_on, dt.date) else None,
            )
        )
    return docs
