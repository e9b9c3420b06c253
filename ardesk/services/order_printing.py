"""Gathers a packing slip (reports.order_documents) and a draft invoice's pro forma (an InvoiceDoc with its draft
id, drawn by reports.invoice) into frozen print documents."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import (
    Company,
    Customer,
    Invoice,
    InvoiceCharge,
    InvoiceLine,
    Item,
    PackingSlip,
    PackingSlipLine,
    SalesOrder,
    SalesOrderLine,
    SalesTax,
    TermsOfPayment,
)
from ardesk.money import currency_places
from ardesk.reports.documents import ChargeDoc, InvoiceDoc, InvoiceLineDoc, TaxDoc
from ardesk.reports.order_documents import PackingSlipDoc, PackingSlipLineDoc
from ardesk.services import lookup
from ardesk.services.invoicing import tax_summary
from ardesk.services.printing import addressee, letterhead, tax_notes
from ardesk.services.terms import due_date


def gather_packing_slip(s: Session, company: Company, number: object) -> PackingSlipDoc:
    """The packing slip `number` as delivered: per line what was ordered, delivered with this slip and
    what is still to follow after it (later slips not counted), in the ordering customer's language."""
    text = lookup.code_text(number, "number", max_len=30)
    slip = s.scalar(select(PackingSlip).where(PackingSlip.company_id == company.id, PackingSlip.number == text))
    if slip is None:
        raise NotFoundError("number", "there is no packing slip {text!r}", text=text)
    order = s.get(SalesOrder, slip.order_id)
    customer = s.get(Customer, order.customer_id)
    rows = s.execute(
        select(PackingSlipLine.quantity, SalesOrderLine)
        .join(SalesOrderLine, SalesOrderLine.id == PackingSlipLine.order_line_id)
        .where(PackingSlipLine.slip_id == slip.id)
        .order_by(SalesOrderLine.seq)
    ).all()
    # Delivered up to and including this slip: slips of the order posted before it (by id) and this one.
    up_to = dict(
        s.execute(
            select(PackingSlipLine.order_line_id, func.sum(PackingSlipLine.quantity))
            .join(PackingSlip, PackingSlip.id == PackingSlipLine.slip_id)
            .where(PackingSlip.order_id == order.id, PackingSlip.id <= slip.id)
            .group_by(PackingSlipLine.order_line_id)
        ).all()
    )
    item_ids = {line.item_id for _, line in rows if line.item_id}
    found = {i.id: (i.number, i.unit) for i in s.scalars(select(Item).where(Item.id.in_(item_ids)))} if item_ids else {}
    return PackingSlipDoc(
        company=letterhead(company),
        customer=addressee(customer),
        number=slip.number,
        date=slip.date,
        order_number=order.number,
        order_date=order.date,
        reference=order.reference,
        language=customer.language,
        lines=tuple(
            PackingSlipLineDoc(
                item=found[line.item_id][0] if line.item_id else None,
                description=line.description,
                unit=found[line.item_id][1] if line.item_id else None,
                ordered=line.quantity,
                delivered=quantity,
                remaining=max(line.quantity - Decimal(up_to.get(line.id, 0)), Decimal(0)),
            )
            for quantity, line in rows
        ),
    )


def gather_pro_forma(s: Session, company: Company, draft_id: object) -> InvoiceDoc:
    """The draft invoice `draft_id` as its invoice would print, without a number (draft_id set): the tax summary
    is worked out as posting does (rounded once per code, DOMAIN 0), due by the terms from the draft's date; a
    reverse-charge line says "verlegd" and the 0 % codes bring their legal wording, as on the invoice."""
    if not isinstance(draft_id, int) or isinstance(draft_id, bool):
        raise ValidationError("draft", "must be a draft id")
    inv = s.get(Invoice, draft_id)
    if inv is None or inv.company_id != company.id or inv.status != "draft":
        raise NotFoundError("draft", "there is no draft invoice {draft_id}", draft_id=draft_id)
    if inv.kind != "invoice":
        raise ValidationError("draft", "a pro forma is printed for a draft invoice, not a credit note")
    bill_to = s.get(Customer, inv.invoice_account_id or inv.customer_id)
    ordered_by = s.get(Customer, inv.customer_id) if inv.customer_id != bill_to.id else None
    lines = list(s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.seq)))
    charges = list(
        s.scalars(select(InvoiceCharge).where(InvoiceCharge.invoice_id == inv.id).order_by(InvoiceCharge.seq))
    )
    taxes = {t.id: t for t in s.scalars(select(SalesTax).where(SalesTax.company_id == company.id))}
    summary = tax_summary(
        [*((x.sales_tax_id, x.amount) for x in lines), *((c.sales_tax_id, c.amount) for c in charges)],
        taxes,
        currency_places(inv.currency),
    )
    summary = tuple(sorted(summary, key=lambda t: (-t.percent, t.code)))

    def code(tax_id: int | None) -> str | None:
        return taxes[tax_id].code if tax_id is not None else None

    def rate(tax_id: int | None) -> Decimal | None:
        return taxes[tax_id].percent if tax_id is not None else None

    terms = s.get(TermsOfPayment, inv.terms_id) if inv.terms_id else None
    return InvoiceDoc(
        company=letterhead(company),
        customer=addressee(bill_to),
        number="",
        kind="invoice",
        date=inv.date,
        due_date=inv.due_date or due_date(terms, inv.document_date or inv.date),
        currency=inv.currency,
        language=inv.language,
        lines=tuple(
            InvoiceLineDoc(
                description=x.description,
                quantity=x.quantity if x.unit_price is not None else None,
                unit_price=x.unit_price,
                amount=x.amount,
                tax_code=code(x.sales_tax_id),
                tax_rate=rate(x.sales_tax_id),
                tax_kind=taxes[x.sales_tax_id].kind if x.sales_tax_id is not None else "standard",
            )
            for x in lines
        ),
        taxes=tuple(
            TaxDoc(code=t.code, rate=t.percent, base=t.base, tax=t.amount, kind=taxes[t.tax_id].kind) for t in summary
        ),
        lines_total=inv.lines_total,
        tax_total=inv.tax_total,
        total=inv.total,
        charges=tuple(
            ChargeDoc(
                description=c.description, amount=c.amount, tax_code=code(c.sales_tax_id), tax_rate=rate(c.sales_tax_id)
            )
            for c in charges
        ),
        charges_total=inv.charges_total,
        terms=terms.description if terms else None,
        notes=inv.notes,
        ordered_by=f"{ordered_by.account} {ordered_by.name}" if ordered_by else None,
        tax_notes=tax_notes(s, inv, bill_to),
        draft_id=inv.id,
    )
