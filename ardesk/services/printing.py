"""Gathers posted documents into frozen print documents (ardesk.reports.documents) for the layouts to draw."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError
from ardesk.models import (
    Company,
    Customer,
    CustomerTransaction,
    DiscountScheduleRow,
    Invoice,
    InvoiceCharge,
    InvoiceLine,
    InvoiceTax,
    Mandate,
    MethodOfPayment,
    SalesTax,
    TermsOfPayment,
)
from ardesk.reports.documents import (
    Addressee,
    ChargeDoc,
    DirectDebitNotice,
    DiscountOffer,
    InvoiceDoc,
    InvoiceLineDoc,
    Letterhead,
    TaxDoc,
)
from ardesk.services import lookup
from ardesk.services.payment_reference import print_form
from ardesk.services.sepa.mandate_rules import status_on
from ardesk.services.tax_texts import NEEDS_CUSTOMER_VAT, legal_text, terms_text


def gather_invoice(s: Session, company_id: int, number: str) -> InvoiceDoc:
    """The posted invoice or credit note `number`, with everything its print shows.

    A credit note's amounts are printed negative (they reduce what the customer owes), its
    quantities too where a unit price is shown; the stored credit note carries them positive."""
    number = lookup.code_text(number, "number", max_len=30)
    inv = s.scalar(
        select(Invoice).where(Invoice.company_id == company_id, Invoice.number == number, Invoice.status == "posted")
    )
    if inv is None:
        raise NotFoundError("number", "there is no posted invoice or credit note {number!r}", number=number)
    sign = Decimal(-1) if inv.kind == "credit_note" else Decimal(1)
    bill_to = s.get(Customer, inv.invoice_account_id or inv.customer_id)
    ordered_by = s.get(Customer, inv.customer_id) if inv.customer_id != bill_to.id else None

    taxes = s.execute(
        select(InvoiceTax, SalesTax.code)
        .join(SalesTax, SalesTax.id == InvoiceTax.sales_tax_id)
        .where(InvoiceTax.invoice_id == inv.id)
        .order_by(InvoiceTax.percent.desc(), SalesTax.code)
    ).all()
    codes = _tax_codes(s, inv.id)
    rates = {tax.sales_tax_id: tax.percent for tax, _ in taxes}  # the rate as posted, not as set up today

    def rate(tax_id: int | None) -> Decimal | None:
        return None if tax_id is None else rates.get(tax_id, codes[tax_id][1])

    lines = tuple(
        InvoiceLineDoc(
            description=line.description,
            quantity=sign * line.quantity if line.unit_price is not None else None,
            unit_price=line.unit_price,
            amount=sign * line.amount,
            tax_code=codes[line.sales_tax_id][0] if line.sales_tax_id else None,
            tax_rate=rate(line.sales_tax_id),
            tax_kind=codes[line.sales_tax_id][2] if line.sales_tax_id else "standard",
        )
        for line in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.seq))
    )
    charges = tuple(
        ChargeDoc(
            description=c.description,
            amount=sign * c.amount,
            tax_code=codes[c.sales_tax_id][0] if c.sales_tax_id else None,
            tax_rate=rate(c.sales_tax_id),
        )
        for c in s.scalars(select(InvoiceCharge).where(InvoiceCharge.invoice_id == inv.id).order_by(InvoiceCharge.seq))
    )
    terms = s.get(TermsOfPayment, inv.terms_id) if inv.terms_id else None
    original = s.get(Invoice, inv.original_id) if inv.original_id else None
    return InvoiceDoc(
        company=_letterhead(s.get(Company, company_id)),
        customer=Addressee(
            account=bill_to.account, name=bill_to.name, address=bill_to.address, vat_number=bill_to.vat_number
        ),
        number=inv.number,
        kind=inv.kind,
        date=inv.date,
        due_date=inv.due_date,
        currency=inv.currency,
        language=inv.language,
        lines=lines,
        taxes=tuple(
            TaxDoc(
                code=code,
                rate=tax.percent,
                base=sign * tax.base,
                tax=sign * tax.amount,
                kind=codes.get(tax.sales_tax_id, ("", 0, "standard"))[2],
            )
            for tax, code in taxes
        ),
        lines_total=sign * inv.lines_total,
        tax_total=sign * inv.tax_total,
        total=sign * inv.total,
        charges=charges,
        charges_total=sign * inv.charges_total,
        terms=terms_text(terms.months, terms.days, terms.basis, inv.language) if terms else None,
        discount_offers=_discount_offers(s, inv) if inv.kind == "invoice" else (),
        payment_reference=_payment_reference(s, inv),
        notes=inv.notes,
        original_number=original.number if original else None,
        reason=inv.reason,
        ordered_by=f"{ordered_by.account} {ordered_by.name}" if ordered_by else None,
        direct_debit=_direct_debit(s, inv, bill_to),
        tax_notes=tax_notes(s, inv, bill_to),
    )


def _payment_reference(s: Session, inv: Invoice) -> str:
    """The structured reference given at posting (RF... or a betalingskenmerk, in groups of four), else the
    invoice number: what the customer quotes when paying (issue 10)."""
    stored = None
    if inv.transaction_id is not None:
        stored = s.scalar(
            select(CustomerTransaction.payment_reference).where(CustomerTransaction.id == inv.transaction_id)
        )
    return print_form(stored) if stored else inv.number


def tax_notes(s: Session, inv: Invoice, bill_to: Customer) -> tuple[str, ...]:
    """The wording the law asks for on a 0 % line (art. 35a Wet OB 1968), once per code; reverse charge and
    intra-EU supply add the customer's VAT number."""
    ids = {
        *s.scalars(select(InvoiceLine.sales_tax_id).where(InvoiceLine.invoice_id == inv.id)),
        *s.scalars(select(InvoiceCharge.sales_tax_id).where(InvoiceCharge.invoice_id == inv.id)),
    } - {None}
    notes: list[str] = []
    for tax in s.scalars(select(SalesTax).where(SalesTax.id.in_(ids)).order_by(SalesTax.code)):
        text = legal_text(tax.kind, inv.language, tax.invoice_text)
        if not text:
            continue
        if tax.kind in NEEDS_CUSTOMER_VAT and bill_to.vat_number:
            label = "btw-nummer afnemer" if inv.language == "nl" else "customer's VAT number"
            text = f"{text} ({label}: {bill_to.vat_number})"
        if text not in notes:
            notes.append(text)
    return tuple(notes)


def check_printable(s: Session, company_id: int, number: object, field: str) -> None:
    """Refuse a number that is not a posted invoice or credit note, before a print run starts."""
    text = lookup.code_text(number, field, max_len=30)
    if (
        s.scalar(
            select(Invoice.id).where(
                Invoice.company_id == company_id, Invoice.number == text, Invoice.status == "posted"
            )
        )
        is None
    ):
        raise NotFoundError(field, "there is no posted invoice or credit note {text!r}", text=text)


def letterhead(co: Company) -> Letterhead:
    """The sending company as every print shows it (invoices, statements, letters)."""
    return _letterhead(co)


def addressee(customer: Customer) -> Addressee:
    """A customer's address block behind the envelope window, as the invoice prints it."""
    return Addressee(
        account=customer.account, name=customer.name, address=customer.address, vat_number=customer.vat_number
    )


def _letterhead(co: Company) -> Letterhead:
    return Letterhead(
        name=co.name,
        address=co.address,
        email=co.email,
        phone=co.phone,
        website=co.website,
        vat_number=co.vat_number,
        coc_number=co.coc_number,
        iban=co.iban,
        bic=co.bic,
        logo=co.logo,
    )


def _tax_codes(s: Session, invoice_id: int) -> dict[int, tuple[str, Decimal, str]]:
    """(code, current percent, kind) of every sales tax the invoice's lines and charges use."""
    ids = {
        *s.scalars(select(InvoiceLine.sales_tax_id).where(InvoiceLine.invoice_id == invoice_id)),
        *s.scalars(select(InvoiceCharge.sales_tax_id).where(InvoiceCharge.invoice_id == invoice_id)),
    } - {None}
    if not ids:
        return {}
    return {t.id: (t.code, t.percent, t.kind) for t in s.scalars(select(SalesTax).where(SalesTax.id.in_(ids)))}


def _discount_offers(s: Session, inv: Invoice) -> tuple[DiscountOffer, ...]:
    """The cash discount periods of the invoice's open item; the closing due-date row offers nothing."""
    if inv.transaction_id is None:
        return ()
    rows = s.scalars(
        select(DiscountScheduleRow)
        .where(DiscountScheduleRow.transaction_id == inv.transaction_id)
        .order_by(DiscountScheduleRow.seq)
    )
    return tuple(DiscountOffer(r.discount_date, r.percent, r.discount, r.amount_to_pay) for r in rows if r.discount)


def _direct_debit(s: Session, inv: Invoice, bill_to: Customer) -> DirectDebitNotice | None:
    """Pre-notification (DOMAIN 7.4) when the invoice's method of payment collects by direct debit: the
    customer's mandate that a run on the due date would use (the most recently signed usable one)."""
    if inv.kind != "invoice" or inv.method_of_payment_id is None:
        return None
    mop = s.get(MethodOfPayment, inv.method_of_payment_id)
    if not mop.direct_debit:
        return None
    day = inv.due_date or inv.date
    mandate = next(
        (
            m
            for m in s.scalars(
                select(Mandate)
                .where(Mandate.company_id == inv.company_id, Mandate.customer_id == bill_to.id)
                .order_by(Mandate.signed_on.desc(), Mandate.id.desc())
            )
            if m.signed_on is not None
            and m.signed_on <= day
            and status_on(m.status, m.signed_on, m.last_collection, day) == "active"
        ),
        None,
    )
    return DirectDebitNotice(
        amount=inv.total,
        collection_date=day,
        creditor_id=lookup.parameters(s, inv.company_id).sepa_creditor_id,
        mandate_id=mandate.reference if mandate is not None else None,
        debtor_iban=mandate.iban if mandate is not None else bill_to.iban,
    )
