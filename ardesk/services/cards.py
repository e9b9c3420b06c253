"""Card payments (DOMAIN 8): authorize through the card processor, capture (posting a customer payment that
settles the invoice: Dr card clearing / Cr receivable) or void.

The card number and security code are checked (card_rules), passed to the processor and forgotten: the
row keeps the processor's token, the brand and the last four digits (PCI DSS). A declined card is recorded
as declined and returned; bad input raises ValidationError before anything is written or sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError, Term, ValidationError
from ardesk.models import CardPayment, Company, Customer, CustomerTransaction, MethodOfPayment, Voucher
from ardesk.money import money
from ardesk.services import audit, card_rules, lookup, payments, transactions
from ardesk.services.card_processor import CardData, CardProcessor
from ardesk.services.posting import lock_company, next_number
from ardesk.services.settlement_engine import Mark
from ardesk.services.text import a_date, name_text, term

STATES = ("authorized", "captured", "voided", "declined")

#: The states as a message names them ("card payment CARD-000001 was voided").
STATE_TERMS: dict[str, Term] = {
    "authorized": Term("authorized"),
    "captured": Term("captured"),
    "voided": Term("voided"),
    "declined": Term("declined"),
}


@dataclass(frozen=True)
class CardPaymentInfo:
    """A card payment as the screens and integrators see it: never more of the card than brand and last four."""

    number: str
    customer: str
    customer_name: str
    invoice: str | None
    brand: str  # visa | mastercard | amex | discover
    brand_name: str  # "Visa", "MasterCard", "American Express", "Discover"
    last4: str
    masked: str  # "•••• 1234"
    expiry_month: int
    expiry_year: int
    holder: str
    amount: Decimal
    currency: str
    state: str  # authorized | captured | voided | declined
    decline_reason: str | None  # the processor's code: card_declined, insufficient_funds, ...
    authorization_code: str | None
    authorized_on: dt.date
    captured_on: dt.date | None
    voided_on: dt.date | None
    captured_amount: Decimal | None
    payment: str | None  # the customer payment the capture posted
    voucher: str | None  # its voucher
    method: str
    processor: str


# --- checks -----------------------------------------------------------------------------------------


def card_method(s: Session, company_id: int, method: object) -> MethodOfPayment:
    """The method of payment a capture posts with: the one named (kind card, active), or else the
    company's only active card method."""
    if method is not None:
        mop = lookup.usable(s, MethodOfPayment, company_id, method, "method")
        if mop.kind != "card":
            raise ValidationError("method", "method of payment {code} is not a card method", code=mop.code)
        return mop
    found = list(
        s.scalars(
            select(MethodOfPayment)
            .where(
                MethodOfPayment.company_id == company_id,
                MethodOfPayment.kind == "card",
                MethodOfPayment.active.is_(True),
            )
            .order_by(MethodOfPayment.code)
        )
    )
    if not found:
        raise ValidationError(
            "method",
            "there is no active method of payment of kind card: create one, with the card clearing account",
        )
    if len(found) > 1:
        raise ValidationError(
            "method", "name the card method of payment: {choices}", choices=", ".join(m.code for m in found)
        )
    return found[0]


def _invoice(s: Session, company_id: int, customer: Customer, invoice: object) -> CustomerTransaction:
    number = lookup.code_text(invoice, "invoice", max_len=30)
    txn = transactions.find_by_number(s, company_id, number)
    if txn is None:
        raise NotFoundError("invoice", "there is no invoice {number}", number=number)
    if txn.customer_id != customer.id:
        raise ValidationError(
            "invoice", "{number} is not a document of customer {customer}", number=number, customer=customer.account
        )
    if txn.amount <= 0:
        raise ValidationError("invoice", "{number} is not an invoice: a card payment pays a debit", number=number)
    if txn.balance <= 0:
        raise ValidationError("invoice", "invoice {number} is already settled", number=number)
    return txn


def _row(s: Session, company_id: int, number: object) -> CardPayment:
    text = lookup.code_text(number, "number", max_len=30)
    lock_company(s, company_id)  # the posting order of locks: the company first, then the card payment
    row = s.scalar(
        select(CardPayment).where(CardPayment.company_id == company_id, CardPayment.number == text).with_for_update()
    )
    if row is None:
        raise NotFoundError("number", "there is no card payment {number!r}", number=text)
    return row


def _authorized(row: CardPayment) -> None:
    """Only an authorization still open may be captured or voided."""
    if row.state != "authorized":
        raise ValidationError(
            "number",
            "card payment {number} is {state}: only an authorized one can be captured or voided",
            number=row.number,
            state=term(STATE_TERMS, row.state),
        )


def _on_or_after(day: object, row: CardPayment) -> dt.date:
    d = a_date(day, "date")
    if d < row.authorized_on:
        raise ValidationError("date", "must not be before the authorization on {date}", date=row.authorized_on)
    return d


# --- authorize, capture, void -------------------------------------------------------------------------


def authorize(
    s: Session,
    company: Company,
    processor: CardProcessor,
    customer: object,
    amount: object,
    date: object,
    *,
    card_number: object,
    expiry: object,
    holder: object,
    cvv: object = None,
    invoice: object = None,
    method: object = None,
) -> CardPayment:
    """Ask the processor to authorize `amount` on the card for the customer (and invoice, when named).
    Approved: state authorized; declined: recorded as declined with the processor's reason, no error."""
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    day = a_date(date, "date")
    digits, brand = card_rules.check_card_number(card_number)
    month, year = card_rules.check_expiry(expiry, day)
    card_rules.check_cvv(cvv, brand)
    name = name_text(holder, "holder", max_len=100)
    txn = None if invoice is None or invoice == "" else _invoice(s, company.id, cust, invoice)
    currency = txn.currency if txn is not None else cust.currency
    value = money(amount, "amount", currency=currency, positive=True, allow_zero=False)
    if txn is not None and value > txn.balance:
        raise ValidationError(
            "amount",
            "{amount} is more than the open balance {balance} of invoice {invoice}",
            amount=value,
            balance=txn.balance,
            invoice=txn.number,
        )
    mop = card_method(s, company.id, method)
    number = next_number(s, company.id, "card_payment")
    code = cvv if isinstance(cvv, str) and cvv else None
    answer = processor.authorize(CardData(digits, month, year, name, code), value, currency, number)
    # The processor's token takes the number's place; one that holds the number would store it.
    if digits in answer.token or digits[:12] in answer.token:
        raise ValueError("the card processor returned a token that holds the card number")
    row = CardPayment(
        company_id=company.id,
        number=number,
        customer_id=cust.id,
        invoice_transaction_id=None if txn is None else txn.id,
        processor=processor.name,
        token=answer.token,
        brand=brand,
        last4=card_rules.last4(digits),
        expiry_month=month,
        expiry_year=year,
        holder=name,
        amount=value,
        currency=currency,
        method_of_payment_id=mop.id,
        state="authorized" if answer.approved else "declined",
        decline_reason=None if answer.approved else (answer.decline_reason or "card_declined")[:40],
        authorization_code=answer.authorization_code if answer.approved else None,
        authorized_on=day,
    )
    s.add(row)
    s.flush()
    card = f"{card_rules.BRAND_NAMES[brand]} {card_rules.mask(row.last4)}"
    outcome = f"approved {row.authorization_code}" if answer.approved else f"declined: {row.decline_reason}"
    audit.record(s, company.id, "card_authorize", number, details=f"{card} {value} {currency} {outcome}")
    return row


def capture(
    s: Session, company: Company, processor: CardProcessor, number: object, date: object, *, amount: object = None
) -> CardPayment:
    """Charge the card (the authorized amount, or less: a partial capture closes the authorization, DOMAIN 8)
    and post the customer payment, Dr the card method's account (card clearing) / Cr receivable, settling
    the invoice when the payment names one. Above the invoice's open balance is refused."""
    row = _row(s, company.id, number)
    _authorized(row)
    day = _on_or_after(date, row)
    value = (
        row.amount
        if amount is None
        else money(amount, "amount", currency=row.currency, positive=True, allow_zero=False)
    )
    if value > row.amount:
        raise ValidationError(
            "amount", "{amount} is more than the authorized {authorized}", amount=value, authorized=row.amount
        )
    marks: list[Mark] = []
    if row.invoice_transaction_id is not None:
        inv = s.get(CustomerTransaction, row.invoice_transaction_id)
        assert inv is not None
        if inv.balance <= 0:
            raise ValidationError(
                "number", "invoice {invoice} is already settled: void the card payment instead", invoice=inv.number
            )
        if value > inv.balance:
            raise ValidationError(
                "amount",
                "{amount} is more than the open balance {balance} of invoice {invoice}",
                amount=value,
                balance=inv.balance,
                invoice=inv.number,
            )
        # Charged the whole open balance: settled in full, no cash discount (it would leave a credit the card
        # paid for); less than the balance may take the discount of the day, as any payment does (DOMAIN 4.4).
        marks = [Mark(inv.number, value, "never" if value == inv.balance else "normal")]
    cust = s.get(Customer, row.customer_id)
    mop = s.get(MethodOfPayment, row.method_of_payment_id)
    assert cust is not None and mop is not None
    # Posted first: a refused posting (a closed period) leaves the card uncharged.
    payment = payments.post_payment(
        s, company, cust.account, day, value, marks=marks, method=mop.code, reference=row.number, currency=row.currency
    )
    done = processor.capture(row.authorization_code or "", value)
    if not done.ok:
        raise ValidationError(
            "number", "the card processor refused the capture: {reason}", reason=done.reason or "no reason given"
        )
    row.state = "captured"
    row.captured_on = day
    row.captured_amount = value
    row.payment_transaction_id = payment.id
    audit.record(s, company.id, "card_capture", row.number, payment.voucher_id, f"{value} {row.currency}")
    s.flush()
    return row


def void(s: Session, company: Company, processor: CardProcessor, number: object, date: object) -> CardPayment:
    """Release an authorization that was not captured (DOMAIN 8: the customer pays another way)."""
    row = _row(s, company.id, number)
    _authorized(row)
    day = _on_or_after(date, row)
    done = processor.void(row.authorization_code or "")
    if not done.ok:
        raise ValidationError(
            "number", "the card processor refused the void: {reason}", reason=done.reason or "no reason given"
        )
    row.state = "voided"
    row.voided_on = day
    audit.record(s, company.id, "card_void", row.number)
    s.flush()
    return row


# --- reading ----------------------------------------------------------------------------------------


def infos(s: Session, rows: Sequence[CardPayment]) -> list[CardPaymentInfo]:
    """The records of card payments, with four queries whatever their number."""
    if not rows:
        return []
    customers = {
        c.id: c
        for chunk in lookup.chunks(list({r.customer_id for r in rows}))
        for c in s.scalars(select(Customer).where(Customer.id.in_(chunk)))
    }
    txn_ids = [i for r in rows for i in (r.invoice_transaction_id, r.payment_transaction_id) if i is not None]
    txns: dict[int, tuple[str, str]] = {}
    for chunk in lookup.chunks(txn_ids):
        for tid, tnum, vnum in s.execute(
            select(CustomerTransaction.id, CustomerTransaction.number, Voucher.number)
            .join(Voucher, Voucher.id == CustomerTransaction.voucher_id)
            .where(CustomerTransaction.id.in_(chunk))
        ):
            txns[tid] = (tnum, vnum)
    methods = dict(
        s.execute(
            select(MethodOfPayment.id, MethodOfPayment.code).where(
                MethodOfPayment.id.in_({r.method_of_payment_id for r in rows})
            )
        ).all()
    )
    out = []
    for r in rows:
        cust = customers[r.customer_id]
        paid = txns.get(r.payment_transaction_id) if r.payment_transaction_id is not None else None
        out.append(
            CardPaymentInfo(
                number=r.number,
                customer=cust.account,
                customer_name=cust.name,
                invoice=txns[r.invoice_transaction_id][0] if r.invoice_transaction_id is not None else None,
                brand=r.brand,
                brand_name=card_rules.BRAND_NAMES.get(r.brand, r.brand),
                last4=r.last4,
                masked=card_rules.mask(r.last4),
                expiry_month=r.expiry_month,
                expiry_year=r.expiry_year,
                holder=r.holder,
                amount=r.amount,
                currency=r.currency,
                state=r.state,
                decline_reason=r.decline_reason,
                authorization_code=r.authorization_code,
                authorized_on=r.authorized_on,
                captured_on=r.captured_on,
                voided_on=r.voided_on,
                captured_amount=r.captured_amount,
                payment=paid[0] if paid else None,
                voucher=paid[1] if paid else None,
                method=methods[r.method_of_payment_id],
                processor=r.processor,
            )
        )
    return out


def card_payments(
    s: Session, company_id: int, *, customer: object = None, state: object = None
) -> list[CardPaymentInfo]:
    """The company's card payments, newest first; of one customer and/or in one state when given."""
    q = select(CardPayment).where(CardPayment.company_id == company_id)
    if customer is not None:
        q = q.where(CardPayment.customer_id == lookup.by_code(s, Customer, company_id, customer, "customer").id)
    if state is not None:
        if state not in STATES:
            raise ValidationError("state", "must be one of {choices}", choices=", ".join(STATES))
        q = q.where(CardPayment.state == state)
    return infos(s, list(s.scalars(q.order_by(CardPayment.id.desc()))))


def card_payment(s: Session, company_id: int, number: object) -> CardPaymentInfo:
    text = lookup.code_text(number, "number", max_len=30)
    row = s.scalar(select(CardPayment).where(CardPayment.company_id == company_id, CardPayment.number == text))
    if row is None:
        raise NotFoundError("number", "there is no card payment {number!r}", number=text)
    return infos(s, [row])[0]
