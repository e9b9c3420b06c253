"""Free-text invoices and credit notes: validation, tax, totals, posting (DOMAIN 3.1, 3.2, 3.7)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    Account,
    CashDiscount,
    Company,
    Customer,
    CustomerGroup,
    Invoice,
    InvoiceLine,
    InvoiceTax,
    MethodOfPayment,
    SalesTax,
    TermsOfPayment,
)
from ardesk.money import as_decimal, money, percent_of, round_money
from ardesk.services import lookup
from ardesk.services import terms as terms_service
from ardesk.services.customers import open_balances
from ardesk.services.periods import check_open
from ardesk.services.posting import Entry, next_number, post_voucher
from ardesk.services.profiles import choose_profile, summary_account_id
from ardesk.services.text import a_date, currency_code, name_text, optional_text
from ardesk.services.transactions import open_item


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
class _Checked:
    description: str
    quantity: Decimal
    unit_price: Decimal | None
    amount: Decimal
    account: Account
    tax: SalesTax | None


def _check_lines(s: Session, company: Company, lines: object, currency: str) -> list[_Checked]:
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("lines", "an invoice needs at least one line")
    out = []
    for i, line in enumerate(lines):
        f = f"lines[{i}]"
        if not isinstance(line, Line):
            raise ValidationError(f, "must be a Line")
        desc = name_text(line.description, f + ".description", max_len=500)
        qty = as_decimal(line.quantity, f + ".quantity")
        if qty != qty.quantize(Decimal("0.0001")) or abs(qty) >= 10**9:
            raise ValidationError(f + ".quantity", f"{qty} has more than 4 decimals or is too large")
        price = None
        if line.amount is not None:
            amount = money(line.amount, f + ".amount", currency=currency)
            if line.unit_price is not None:
                price = as_decimal(line.unit_price, f + ".unit_price")
        elif line.unit_price is not None:
            price = as_decimal(line.unit_price, f + ".unit_price")
            if price != price.quantize(Decimal("0.0001")) or abs(price) >= 10**11:
                raise ValidationError(f + ".unit_price", f"{price} has more than 4 decimals or is too large")
            amount = round_money(qty * price)  # line amounts are rounded per line (DOMAIN 0)
        else:
            raise ValidationError(f + ".amount", "give an amount or a unit price")
        account = (lookup.account_or_role(s, company.id, line.account, f + ".account") if line.account
                   else lookup.role_account(s, company.id, "revenue"))
        if account.summary:  # DOMAIN 11.1: no direct postings to AR summary accounts
            raise ValidationError(f + ".account", f"{account.number} is a summary account for customer balances")
        tax = lookup.optional(s, SalesTax, company.id, line.tax, f + ".tax")
        out.append(_Checked(desc, qty, price, amount, account, tax))
    return out


def _tax_summary(lines: Sequence[_Checked]) -> list[tuple[SalesTax, Decimal, Decimal]]:
    """(code, base, tax) per code: tax = round(Σ line net × rate), rounded once per code (DOMAIN 0)."""
    bases: dict[int, tuple[SalesTax, Decimal]] = {}
    for line in lines:
        if line.tax is not None:
            tax, base = bases.get(line.tax.id, (line.tax, Decimal(0)))
            bases[line.tax.id] = (tax, base + line.amount)
    return [(tax, base, percent_of(base, tax.percent)) for tax, base in bases.values()]


def post_invoice(s: Session, company: Company, customer: object, date: object, lines: object, *,
                 kind: str = "invoice", due_date: object = None, terms: object = None, cash_discount: object = None,
                 posting_profile: object = None, currency: object = None, exchange_rate: object = None,
                 original: object = None, notes: object = None, method_of_payment: object = None,
                 document_date: object = None) -> Invoice:
    """Post a free-text invoice (kind "invoice") or credit note (lines carry what is credited).

    An invoice whose total is negative is posted as a credit note (DOMAIN 3.1)."""
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    date = a_date(date, "date")
    check_open(s, company.id, date)
    doc_date = a_date(document_date, "document_date") if document_date is not None else date
    cur = currency_code(currency, "currency") if currency is not None else cust.currency
    rate = _rate(company, cur, exchange_rate)
    orig = None
    if original is not None:
        orig = s.query(Invoice).filter_by(company_id=company.id, number=lookup.code_text(original, "original"),
                                          status="posted").one_or_none()
        if orig is None or orig.kind != "invoice":
            raise ValidationError("original", f"there is no posted invoice {original!r}")
        if orig.customer_id != cust.id:
            raise ValidationError("original", f"invoice {original} belongs to another customer")
    t = lookup.optional(s, TermsOfPayment, company.id, terms, "terms")
    if t is None and terms is None:
        t = s.get(TermsOfPayment, cust.terms_id) if cust.terms_id else None
        if t is None:
            group_terms = s.get(CustomerGroup, cust.group_id).terms_id
            t = s.get(TermsOfPayment, group_terms) if group_terms else None
    cd = lookup.optional(s, CashDiscount, company.id, cash_discount, "cash_discount")
    if cd is None and cash_discount is None:
        cd_id = orig.cash_discount_id if orig is not None else cust.cash_discount_id
        cd = s.get(CashDiscount, cd_id) if cd_id else None
    mop = lookup.optional(s, MethodOfPayment, company.id, method_of_payment, "method_of_payment")
    checked = _check_lines(s, company, lines, cur)
    bill_to = s.get(Customer, cust.invoice_account_id) if cust.invoice_account_id else cust
    if bill_to.on_hold in ("invoice", "all"):
        raise ValidationError("customer", f"customer {bill_to.account} is on hold for invoicing")
    profile = choose_profile(s, company.id, bill_to, posting_profile)
    ar_account_id = summary_account_id(s, profile, bill_to)

    taxes = _tax_summary(checked)
    lines_total = sum((line.amount for line in checked), Decimal(0))
    tax_total = sum((tax for _, _, tax in taxes), Decimal(0))
    total = lines_total + tax_total
    if kind == "invoice" and total < 0:
        kind = "credit_note"
        checked = [_Checked(c.description, c.quantity, c.unit_price, -c.amount, c.account, c.tax) for c in checked]
        taxes = [(tax, -base, -amount) for tax, base, amount in taxes]
        lines_total, tax_total, total = -lines_total, -tax_total, -total
    if total == 0:
        raise ValidationError("lines", "the document total is 0.00; there is nothing to post")
    sign = 1 if kind == "invoice" else -1
    if kind == "credit_note" and total < 0:
        raise ValidationError("lines", "credit note lines carry the positive amounts that are credited")
    if kind == "invoice":
        _check_credit_limit(s, company, bill_to, total * rate)

    due = a_date(due_date, "due_date") if due_date is not None else terms_service.due_date(t, doc_date)
    if due < doc_date:
        raise ValidationError("due_date", "must not be before the document date")
    schedule = terms_service.schedule(terms_service.discount_periods(s, cd.id if cd else None), doc_date, due,
                                      sign * total)

    # Ledger entries: credit side per line and per tax code in accounting currency, AR takes the sum.
    entries: list[Entry] = []
    for line in checked:
        entries.append(Entry(line.account.id, -sign * round_money(line.amount * rate), line.description[:200],
                             currency=cur, amount_cur=-sign * line.amount))
    for tax, _base, amount in taxes:
        entries.append(Entry(tax.account_id, -sign * round_money(amount * rate), f"Sales tax {tax.code}",
                             currency=cur, amount_cur=-sign * amount))
    ar_acc = -sum((e.amount for e in entries), Decimal(0))
    number = next_number(s, company.id, "invoice" if kind == "invoice" else "credit_note")
    entries.insert(0, Entry(ar_account_id, ar_acc, f"{bill_to.account} {bill_to.name}"[:200], bill_to.id,
                            cur, sign * total))
    voucher = post_voucher(s, company, date, kind, entries,
                           sequence="invoice_voucher" if kind == "invoice" else "credit_note_voucher",
                           text=f"{'Invoice' if kind == 'invoice' else 'Credit note'} {number}")
    txn = open_item(s, company_id=company.id, customer_id=bill_to.id, voucher=voucher, number=number, kind=kind,
                    date=date, document_date=doc_date, due_date=due, amount=sign * total, amount_acc=ar_acc,
                    currency=cur, exchange_rate=rate, account_id=ar_account_id, posting_profile_id=profile.id,
                    cash_discount_id=cd.id if cd else None, method_of_payment_id=mop.id if mop else None,
                    schedule=schedule)
    invoice = Invoice(company_id=company.id, status="draft", kind=kind, customer_id=cust.id,
                      invoice_account_id=bill_to.id, date=date, document_date=doc_date, due_date=due,
                      terms_id=t.id if t else None, cash_discount_id=cd.id if cd else None,
                      posting_profile_id=profile.id, method_of_payment_id=mop.id if mop else None, currency=cur,
                      exchange_rate=rate, language=cust.language, notes=optional_text(notes, "notes", max_len=4000),
                      original_id=orig.id if orig else None)
    s.add(invoice)
    s.flush()
    s.add_all(InvoiceLine(invoice_id=invoice.id, seq=i, description=c.description, quantity=c.quantity,
                          unit_price=c.unit_price, amount=c.amount, account_id=c.account.id,
                          sales_tax_id=c.tax.id if c.tax else None) for i, c in enumerate(checked))
    s.add_all(InvoiceTax(invoice_id=invoice.id, sales_tax_id=tax.id, percent=tax.percent, base=base, amount=amount)
              for tax, base, amount in taxes)
    s.flush()
    invoice.number, invoice.status = number, "posted"
    invoice.lines_total, invoice.tax_total, invoice.total = lines_total, tax_total, total
    invoice.voucher_id, invoice.transaction_id = voucher.id, txn.id
    s.flush()
    return invoice


def _rate(company: Company, currency: str, exchange_rate: object) -> Decimal:
    if currency == company.currency:
        if exchange_rate is not None and as_decimal(exchange_rate, "exchange_rate") != 1:
            raise ValidationError("exchange_rate", "must be 1 (or left out) for the company's own currency")
        return Decimal(1)
    if exchange_rate is None:
        raise ValidationError("exchange_rate", f"give the exchange rate from {currency} to {company.currency}")
    rate = as_decimal(exchange_rate, "exchange_rate")
    if rate <= 0 or rate != rate.quantize(Decimal("0.00000001")):
        raise ValidationError("exchange_rate", "must be positive with at most 8 decimals")
    return rate


def _check_credit_limit(s: Session, company: Company, customer: Customer, amount_acc: Decimal) -> None:
    """Basic credit limit (DOMAIN 5.3): a mandatory limit refuses an invoice that takes the open
    balance over it. Non-mandatory limits only warn, which the invoicing workspace shows."""
    if customer.credit_limit is None or not customer.mandatory_credit_limit:
        return
    if lookup.parameters(s, company.id).credit_limit_check == "none":
        return
    after = open_balances(s, company.id, [customer.id]).get(customer.id, Decimal(0)) + amount_acc
    if after > customer.credit_limit:
        raise ValidationError("customer", f"this invoice takes {customer.account} to {after:,.2f}, over the "
                                          f"credit limit of {customer.credit_limit:,.2f}")


