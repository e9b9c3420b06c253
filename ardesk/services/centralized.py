"""Centralized payments across legal entities (DOMAIN 4.13): a payment in one company settles
invoices of the same party in another company of its group, with due-to / due-from postings.

When a payment in company P settles x of an invoice in company I:
  P: Dr receivable (P) x / Cr due to group companies (P) x   - an `intercompany` debit settled with the payment
  I: Dr due from group companies (I) x / Cr receivable (I) x - an `intercompany` credit settled with the invoice
The cash discount goes to the company chosen by the set-up: "invoice" posts it in I as usual; "payment"
posts Dr cash discount (P) / Cr due to (P) and Dr due from (I) / Cr receivable (I). The realized
exchange result (documents at different rates) arises in the company chosen by the set-up, because
the intercompany pair is valued at the other side's rate.

Choices (ARDESK): one due-to and one due-from account per company (the roles `due_to` and
`due_from`), not one per partner; the companies of a group share one accounting currency; debits
of another company are settled by a payment, but credits of another company (the "primary
payment" case) are not: settle those in their own company. Tolerances and the cash discount
parameters are the paying company's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, Customer, CustomerTransaction, Parameters, Settlement
from ardesk.money import currency_places, round_money
from ardesk.services import adjustments, balances, lookup, settlements
from ardesk.services.currency import implied_rate
from ardesk.services.posting import Entry, post_voucher
from ardesk.services.transactions import OpenItem, open_item

PLACES = ("invoice", "payment")


def enable(
    s: Session, codes: object, cash_discount_in: object = "invoice", exchange_result_in: object = "payment"
) -> str:
    """Make the companies one centralized-payments group; returns the group's name."""
    if not isinstance(codes, list | tuple) or len(codes) < 2:
        raise ValidationError("companies", "give at least two company codes")
    for key, value in (("cash_discount_in", cash_discount_in), ("exchange_result_in", exchange_result_in)):
        if value not in PLACES:
            raise ValidationError(key, "must be 'invoice' or 'payment'")
    companies = []
    for i, code in enumerate(codes):
        company = s.scalar(select(Company).where(Company.code == code)) if isinstance(code, str) else None
        if company is None:
            raise ValidationError(f"companies[{i}]", "there is no company {code!r}", code=code)
        if company in companies:
            raise ValidationError(f"companies[{i}]", "{code} is given twice", code=code)
        companies.append(company)
    currencies = {c.currency for c in companies}
    if len(currencies) > 1:
        raise ValidationError(
            "companies",
            "the companies of a centralized-payments group need one accounting currency; these have {choices}",
            choices=", ".join(sorted(currencies)),
        )
    for company in companies:
        for role in ("due_to", "due_from"):
            lookup.role_account(s, company.id, role)  # each needs its intercompany accounts
    group = "+".join(sorted(c.code for c in companies))[:30]
    for company in companies:
        params = lookup.parameters(s, company.id)
        params.centralized_group = group
        params.centralized_cash_discount_in = str(cash_discount_in)  # one of PLACES, checked above
        params.centralized_exchange_result_in = str(exchange_result_in)
    s.flush()
    return group


def group_ids(s: Session, company: Company) -> list[int]:
    """The ids of the companies in this company's group (just its own without one)."""
    group = lookup.parameters(s, company.id).centralized_group
    if group is None:
        return [company.id]
    return list(s.scalars(select(Parameters.company_id).where(Parameters.centralized_group == group)))


def partner(s: Session, company: Company, code: object, field: str) -> Company:
    """The company `code` if it may be paid for by `company` (same centralized-payments group)."""
    if code is None or code == company.code:
        return company
    other = s.scalar(select(Company).where(Company.code == code)) if isinstance(code, str) else None
    if other is None:
        raise ValidationError(field, "there is no company {code!r}", code=code)
    if other.id not in group_ids(s, company):
        raise ValidationError(
            field,
            "{code} and {other_code} are not in one centralized-payments group",
            code=company.code,
            other_code=other.code,
        )
    return other


def party_customer(s: Session, customer: Customer, other: Company, field: str) -> Customer:
    """The customer of `other` that is the same party (address book id) as `customer`."""
    if customer.company_id == other.id:
        return customer
    if customer.party is None:
        raise ValidationError(
            field,
            "customer {account} has no party; centralized payments find the customer in the other company by its party",
            account=customer.account,
        )
    found = s.scalar(select(Customer).where(Customer.company_id == other.id, Customer.party == customer.party))
    if found is None:
        raise ValidationError(
            field,
            "company {code} has no customer with party {party!r}",
            code=other.code,
            party=customer.party,
        )
    return found


def _company_of(s: Session, txn: CustomerTransaction) -> Company:
    return s.get(Company, txn.company_id)


def _pair(
    s: Session,
    pay_co: Company,
    inv_co: Company,
    pay_side: CustomerTransaction,
    inv_side: CustomerTransaction,
    amount: Decimal,
    amount_acc: Decimal,
    day: dt.date,
    label: str,
) -> tuple[CustomerTransaction, CustomerTransaction]:
    """Post the two intercompany vouchers and their customer transactions (debit in P, credit in I)."""
    due_to = lookup.role_account(s, pay_co.id, "due_to").id
    due_from = lookup.role_account(s, inv_co.id, "due_from").id
    rate = implied_rate(amount_acc, amount)
    cur = inv_side.currency
    out = []
    for co, side, ic_account, sign in ((pay_co, pay_side, due_to, 1), (inv_co, inv_side, due_from, -1)):
        voucher = post_voucher(
            s,
            co,
            day,
            "intercompany",
            [
                Entry(side.account_id, sign * amount_acc, label, side.customer_id, cur, sign * amount),
                Entry(ic_account, -sign * amount_acc, label, currency=cur, amount_cur=Decimal(0)),
            ],
            sequence="settlement_voucher",
            text=label,
        )
        out.append(
            open_item(
                s,
                co.id,
                OpenItem(
                    customer_id=side.customer_id,
                    voucher_id=voucher.id,
                    number=voucher.number,
                    kind="intercompany",
                    date=day,
                    amount=sign * amount,
                    amount_acc=sign * amount_acc,
                    currency=cur,
                    exchange_rate=rate,
                    account_id=side.account_id,
                    posting_profile_id=side.posting_profile_id,
                    text=label,
                ),
            )
        )
    return out[0], out[1]


def settle_across(
    s: Session,
    pay_co: Company,
    invoice: CustomerTransaction,
    payment: CustomerTransaction,
    amount: Decimal,
    day: dt.date,
    event: str,
) -> list[Settlement]:
    """`amount` of the payment (company P) settles the invoice of another company I of the group."""
    inv_co = _company_of(s, invoice)
    params = lookup.parameters(s, pay_co.id)
    places = currency_places(pay_co.currency)  # the group shares one accounting currency
    inv_acc = settlements.acc_part(invoice, amount, places)
    pay_acc = -settlements.acc_part(payment, -amount, places)
    # The pair is valued so that the exchange result falls in the chosen company (DOMAIN 4.13).
    ic_acc = inv_acc if params.centralized_exchange_result_in != "invoice" else pay_acc
    label = f"Centralized payment {payment.number} ({pay_co.code}) / {invoice.number} ({inv_co.code})"[:200]
    debit_p, credit_i = _pair(s, pay_co, inv_co, payment, invoice, amount, ic_acc, day, label)
    return [
        settlements.apply(s, pay_co, debit_p, payment, amount, day, event=event),
        settlements.apply(s, inv_co, invoice, credit_i, amount, day, event=event),
    ]


def discount_across(
    s: Session,
    pay_co: Company,
    invoice: CustomerTransaction,
    payment: CustomerTransaction,
    discount: Decimal,
    day: dt.date,
    event: str,
    account_in_invoice_co: int,
) -> list[Settlement]:
    """The cash discount on another company's invoice, in the company the set-up chose."""
    inv_co = _company_of(s, invoice)
    params = lookup.parameters(s, pay_co.id)
    if params.centralized_cash_discount_in != "payment":
        return [adjustments.adjust(s, inv_co, invoice, "cash_discount", discount, day, account_in_invoice_co, event)]
    # In P: an intercompany debit closed by P's own cash discount (Dr cash discount / Cr due to, net);
    # in I: an intercompany credit closes the discount part of the invoice (Dr due from / Cr receivable).
    amount_acc = round_money(discount * invoice.exchange_rate, currency_places(pay_co.currency))
    label = f"Cash discount {invoice.number} ({inv_co.code}) taken in {pay_co.code}"[:200]
    debit_p, credit_i = _pair(s, pay_co, inv_co, payment, invoice, discount, amount_acc, day, label)
    rows = [
        adjustments.adjust(
            s,
            pay_co,
            debit_p,
            "cash_discount",
            discount,
            day,
            lookup.role_account(s, pay_co.id, "cash_discount").id,
            event,
        )
    ]
    balances.take_discount(invoice, discount)
    rows.append(settlements.apply(s, inv_co, invoice, credit_i, discount, day, event=event, discount=discount))
    return rows


def settlement_companies(s: Session, company: Company, event: str) -> Sequence[int]:
    """The companies whose settlement rows belong to the event (a centralized event spans the group)."""
    return group_ids(s, company) if event.startswith("C:") else [company.id]
