"""Bills of exchange (DOMAIN 6): draw bills for invoices, remit them to the bank for collection or discount,
settle, protest, redraw and close them; each step posts one balanced voucher (sequence bill_voucher).

Subledger: the customer owes until the bank honours the bill, so the claim stays a customer transaction and
moves between summary accounts (AR -> bills of exchange -> remitted -> protested ...). Every step credits
the open claim on its old account with a "bill_transfer" transaction settled against it at once, and opens
a new "bill_of_exchange" debit (number = the bill's) on the new account; settling and writing off only
close it. So co.reconcile_receivables() matches the GL on every summary account and the customer's balance
includes the bills not yet honoured. Open bills are never dunned (letters.NOT_DUNNED_KINDS) nor charged
interest (interest notes charge invoices, fees and interest only); a protested bill invoiced back is an
open "invoice" again under the invoice's number, and is dunned and bears interest like one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import BillEvent, BillOfExchange, Company, Customer, CustomerTransaction, Voucher
from ardesk.money import currency_places, money
from ardesk.services import definitions, lookup, periods, settlements
from ardesk.services.bill_rules import (
    CLOSE_HOW,
    REMIT_KINDS,
    STATES,
    check_discount_date,
    check_matured,
    check_step,
    split_charge,
)
from ardesk.services.posting import Entry, next_number, post_voucher
from ardesk.services.text import a_date
from ardesk.services.transactions import OpenItem, open_item

CT = CustomerTransaction
#: The open debit that carries a bill's claim, and the credit that moves or closes it.
BILL_KIND = "bill_of_exchange"
TRANSFER_KIND = "bill_transfer"
#: The summary account role of each stage of a bill.
STAGE_ROLES = {
    "drawn": "bills_of_exchange",
    "collection": "bills_remitted_collection",
    "discount": "bills_remitted_discount",
    "protested": "bills_protested",
}


@dataclass(frozen=True)
class BillEventInfo:
    """One step of a bill: its date, what happened (draw, remit, settle, protest, redraw, close), the voucher."""

    date: dt.date
    event: str
    voucher: str
    amount: Decimal


@dataclass(frozen=True)
class BillOfExchangeInfo:
    """A bill of exchange as the list and the inquiry show it. state: drawn | remitted | honored | protested |
    redrawn | closed; remitted_as: collection | discount; closed_how: invoice_back | write_off."""

    number: str
    customer: str
    customer_name: str
    invoice: str
    amount: Decimal
    currency: str
    drawn_on: dt.date
    due_date: dt.date
    state: str
    remitted_as: str | None = None
    discount_charge: Decimal | None = None
    redrawn_from: str | None = None
    redrawn_as: str | None = None
    closed_how: str | None = None
    events: tuple[BillEventInfo, ...] = ()


@dataclass(frozen=True)
class DrawableInvoice:
    """An open invoice a bill can be drawn for."""

    number: str
    customer: str
    customer_name: str
    due_date: dt.date
    balance: Decimal
    currency: str


# --- finding --------------------------------------------------------------------------------------------


def _numbers(value: object, field: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, list | tuple) or not value:
        raise ValidationError(field, "give at least one number")
    out: list[str] = []
    for i, v in enumerate(value):
        text = lookup.code_text(v, f"{field}[{i}]", max_len=30)
        if text in out:
            raise ValidationError(f"{field}[{i}]", "{number} is listed twice", number=text)
        out.append(text)
    return out


def _bill(s: Session, company: Company, number: object, field: str = "number", *, lock: bool = True) -> BillOfExchange:
    """The bill of this number; a step holds its row until commit (lock), so two users cannot take one step twice."""
    text = lookup.code_text(number, field, max_len=30)
    q = select(BillOfExchange).where(BillOfExchange.company_id == company.id, BillOfExchange.number == text)
    bill = s.scalar(q.with_for_update() if lock else q)
    if bill is None:
        raise ValidationError(field, "there is no bill of exchange {number!r}", number=text)
    return bill


def _check_claim(s: Session, bill: BillOfExchange, field: str) -> None:
    """The bill's open claim must still be whole: settled some other way (an unsettle, a hand settlement), the
    bill's steps would no longer match its subledger."""
    claim = s.get(CT, bill.open_transaction_id) if bill.open_transaction_id is not None else None
    if claim is None or claim.balance != bill.amount:
        raise ValidationError(
            field, "the claim of {number} was settled outside its bill of exchange", number=bill.number
        )


def _open_invoice(s: Session, company: Company, number: str, field: str) -> CustomerTransaction:
    """The open invoice of this number: kind invoice with a balance left (an invoice sent back by a
    protested bill is one too)."""
    rows = s.scalars(select(CT).where(CT.company_id == company.id, CT.number == number).order_by(CT.id)).all()
    if not rows:
        raise ValidationError(field, "there is no invoice {number!r}", number=number)
    invoices = [t for t in rows if t.kind == "invoice"]
    if not invoices:
        raise ValidationError(field, "{number} is not an invoice", number=number)
    open_ = [t for t in invoices if t.closed_date is None and t.balance > 0]
    if not open_:
        raise ValidationError(field, "{number} has nothing open to draw a bill for", number=number)
    return open_[-1]


# --- posting --------------------------------------------------------------------------------------------


def _claim(bill: BillOfExchange, account_id: int, sign: int, text: str) -> Entry:
    """The line of a summary account that carries the bill's claim (sign +1 debit, -1 credit)."""
    return Entry(account_id, sign * bill.amount_acc, text, bill.customer_id, bill.currency, sign * bill.amount)


def _gl(account_id: int, amount: Decimal, text: str) -> Entry:
    return Entry(account_id, amount, text)


def _role(s: Session, company: Company, role: str) -> int:
    return lookup.role_account(s, company.id, role).id


def _step(
    s: Session,
    company: Company,
    bill: BillOfExchange,
    day: dt.date,
    event: str,
    entries: list[Entry],
    text: str,
    *,
    new_account_id: int | None,
    new_kind: str = BILL_KIND,
    new_number: str | None = None,
    due_date: dt.date | None = None,
) -> Voucher:
    """Post one step's voucher, credit the bill's open claim with a bill_transfer transaction settled
    against it, and (new_account_id) open the claim again on the new account; record the event."""
    old = s.get(CT, bill.open_transaction_id)
    assert old is not None
    posted = post_voucher(
        s, company, day, f"boe_{event}", entries, sequence="bill_voucher", text=text, document=bill.number
    )
    event_number = next_number(s, company.id, "settlement")
    credit = open_item(
        s,
        company.id,
        OpenItem(
            customer_id=bill.customer_id,
            voucher_id=posted.id,
            number=posted.number,
            kind=TRANSFER_KIND,
            date=day,
            amount=-bill.amount,
            # the bill's value, not the old claim's whole balance_acc: an invoice may be drawn in part
            amount_acc=-bill.amount_acc,
            currency=bill.currency,
            exchange_rate=old.exchange_rate,
            account_id=old.account_id,
            posting_profile_id=old.posting_profile_id,
            text=text,
        ),
    )
    settlements.apply(s, company, old, credit, bill.amount, day, event=event_number)
    if new_account_id is None:
        bill.open_transaction_id = None
    else:
        new = open_item(
            s,
            company.id,
            OpenItem(
                customer_id=bill.customer_id,
                voucher_id=posted.id,
                number=new_number or bill.number,
                kind=new_kind,
                date=day,
                due_date=due_date or bill.due_date,
                amount=bill.amount,
                amount_acc=bill.amount_acc,
                currency=bill.currency,
                exchange_rate=bill.exchange_rate,
                account_id=new_account_id,
                posting_profile_id=old.posting_profile_id,
                text=text,
            ),
        )
        bill.open_transaction_id = new.id
    bill.last_date = day
    s.add(
        BillEvent(
            company_id=company.id, bill_id=bill.id, event=event, date=day, voucher_id=posted.id, amount=bill.amount
        )
    )
    voucher = s.get(Voucher, posted.id)
    assert voucher is not None
    return voucher


# --- draw -----------------------------------------------------------------------------------------------


def draw(
    s: Session,
    company: Company,
    invoices: object,
    date: object,
    *,
    due_date: object = None,
    amount: object = None,
) -> list[BillOfExchange]:
    """Draw one bill per open invoice (DOMAIN 6): Dr bills of exchange / Cr the invoice's receivable account;
    the invoice is settled and the claim stays open as the bill. The bill is for the invoice's open balance
    (amount: a part of it, only when one invoice is given), in the invoice's currency and at its rate, due on
    due_date, else the invoice's due date; neither may be before the draw date."""
    day = a_date(date, "date")
    numbers = _numbers(invoices, "invoices")
    due = None if due_date is None else a_date(due_date, "due_date")
    if amount is not None and len(numbers) != 1:
        raise ValidationError("amount", "give an amount only when drawing a bill for one invoice")
    periods.check_open(s, company.id, day)
    places = currency_places(company.currency)
    plan: list[tuple[CustomerTransaction, Decimal, dt.date]] = []
    for i, number in enumerate(numbers):
        field = f"invoices[{i}]"
        inv = _open_invoice(s, company, number, field)
        if day < inv.date:
            raise ValidationError(
                "date", "must not be before {date}, the date of {number}", date=inv.date, number=number
            )
        part = inv.balance
        if amount is not None:
            part = money(amount, "amount", currency=inv.currency, positive=True, allow_zero=False)
            if part > inv.balance:
                raise ValidationError(
                    "amount",
                    "{amount} is more than the {balance} open on {number}",
                    amount=part,
                    balance=inv.balance,
                    number=number,
                )
        bill_due = due or inv.due_date or inv.date
        if bill_due < day:
            if due is None:
                raise ValidationError(
                    "due_date",
                    "{number} fell due on {due_date}, before the draw date; give the bill's due date",
                    number=number,
                    due_date=bill_due,
                )
            raise ValidationError("due_date", "must not be before the draw date {date}", date=day)
        plan.append((inv, part, bill_due))
    boe = _role(s, company, STAGE_ROLES["drawn"])
    out = []
    for inv, part, bill_due in plan:
        number = next_number(s, company.id, "bill_of_exchange")
        bill = BillOfExchange(
            company_id=company.id,
            number=number,
            customer_id=inv.customer_id,
            invoice_transaction_id=inv.id,
            open_transaction_id=inv.id,
            amount=part,
            amount_acc=settlements.acc_part(inv, part, places),
            currency=inv.currency,
            exchange_rate=inv.exchange_rate,
            drawn_on=day,
            due_date=bill_due,
            state="drawn",
            last_date=day,
        )
        s.add(bill)
        s.flush()
        text = f"Bill of exchange {number} for {inv.number}"
        entries = [_claim(bill, boe, 1, text), _claim(bill, inv.account_id, -1, text)]
        _step(s, company, bill, day, "draw", entries, text, new_account_id=boe)
        out.append(bill)
    return out


# --- remit, settle, protest, redraw, close --------------------------------------------------------------


def remit(
    s: Session,
    company: Company,
    numbers: object,
    date: object,
    *,
    kind: object = "collection",
    discount_charge: object = None,
) -> list[BillOfExchange]:
    """Remit drawn bills to the bank (DOMAIN 6). For collection (any day from the draw on, also after the
    due date: the bank presents the bill at maturity or at once): Dr remitted for collection / Cr bills of
    exchange. For discount (only before the due date): Dr remitted for discount / Cr bills of exchange, and
    in the same voucher the bank's advance: Dr bank (net) + Dr discount expense / Cr liabilities for discount
    (gross = the bill in accounting currency). discount_charge: what the bank keeps of the whole remittance
    (accounting currency, 0 when not given), spread over the bills in proportion to their amounts."""
    day = a_date(date, "date")
    texts = _numbers(numbers, "numbers")
    if kind not in REMIT_KINDS:
        raise ValidationError("kind", "must be one of {choices}", choices=", ".join(REMIT_KINDS))
    charge = Decimal(0)
    if discount_charge is not None:
        if kind != "discount":
            raise ValidationError("discount_charge", "only a bill remitted for discount has a discount charge")
        charge = money(discount_charge, "discount_charge", currency=company.currency, positive=True)
    periods.check_open(s, company.id, day)
    bills = [_bill(s, company, n, f"numbers[{i}]") for i, n in enumerate(texts)]
    for i, bill in enumerate(bills):
        check_step(bill.number, bill.state, "remit", day, bill.last_date, f"numbers[{i}]")
        _check_claim(s, bill, f"numbers[{i}]")
        if kind == "discount":
            check_discount_date(bill.number, day, bill.due_date)
    places = currency_places(company.currency)
    gross = [b.amount_acc for b in bills]
    if charge and charge >= sum(gross, Decimal(0)):
        raise ValidationError(
            "discount_charge", "must be less than the {total} the bills are worth", total=sum(gross, Decimal(0))
        )
    shares = split_charge(charge, gross, places) if charge else [Decimal(0)] * len(bills)
    boe = _role(s, company, STAGE_ROLES["drawn"])
    to = _role(s, company, STAGE_ROLES[str(kind)])
    for bill, share in zip(bills, shares, strict=True):
        text = f"Bill of exchange {bill.number} remitted for {kind}"
        entries = [_claim(bill, to, 1, text), _claim(bill, boe, -1, text)]
        if kind == "discount":
            entries += [
                _gl(_role(s, company, "bank"), bill.amount_acc - share, text),
                _gl(_role(s, company, "bills_discount_expense"), share, text),
                _gl(_role(s, company, "bills_discount_liability"), -bill.amount_acc, text),
            ]
            bill.discount_charge = share
        _step(s, company, bill, day, "remit", entries, text, new_account_id=to)
        bill.state, bill.remitted_as = "remitted", str(kind)
    return bills


def settle(s: Session, company: Company, numbers: object, date: object) -> list[BillOfExchange]:
    """The bank honoured remitted bills (on or after their due date): for collection Dr bank / Cr remitted
    for collection; for discount Dr liabilities for discount / Cr remitted for discount. The claim is closed."""
    day = a_date(date, "date")
    texts = _numbers(numbers, "numbers")
    periods.check_open(s, company.id, day)
    bills = [_bill(s, company, n, f"numbers[{i}]") for i, n in enumerate(texts)]
    for i, bill in enumerate(bills):
        check_step(bill.number, bill.state, "settle", day, bill.last_date, f"numbers[{i}]")
        _check_claim(s, bill, f"numbers[{i}]")
        check_matured(bill.number, day, bill.due_date)
    for bill in bills:
        text = f"Bill of exchange {bill.number} honoured"
        stage = _role(s, company, STAGE_ROLES[str(bill.remitted_as)])
        other = "bank" if bill.remitted_as == "collection" else "bills_discount_liability"
        entries = [_gl(_role(s, company, other), bill.amount_acc, text), _claim(bill, stage, -1, text)]
        _step(s, company, bill, day, "settle", entries, text, new_account_id=None)
        bill.state = "honored"
    return bills


def protest(s: Session, company: Company, number: object, date: object) -> BillOfExchange:
    """The customer did not pay the bill at maturity: Dr protested bills / Cr remitted (or bills of exchange
    when not remitted); a discounted bill is also reclaimed by the bank: Dr liabilities for discount / Cr bank."""
    day = a_date(date, "date")
    bill = _bill(s, company, number)
    periods.check_open(s, company.id, day)
    check_step(bill.number, bill.state, "protest", day, bill.last_date)
    _check_claim(s, bill, "number")
    check_matured(bill.number, day, bill.due_date)
    text = f"Bill of exchange {bill.number} protested"
    stage = "drawn" if bill.state == "drawn" else str(bill.remitted_as)
    to = _role(s, company, STAGE_ROLES["protested"])
    entries = [_claim(bill, to, 1, text), _claim(bill, _role(s, company, STAGE_ROLES[stage]), -1, text)]
    if bill.remitted_as == "discount":
        entries += [
            _gl(_role(s, company, "bills_discount_liability"), bill.amount_acc, text),
            _gl(_role(s, company, "bank"), -bill.amount_acc, text),
        ]
    _step(s, company, bill, day, "protest", entries, text, new_account_id=to)
    bill.state = "protested"
    return bill


def redraw(s: Session, company: Company, number: object, date: object, *, due_date: object) -> BillOfExchange:
    """A new bill for a protested one (DOMAIN 6): Dr bills of exchange (the new bill) / Cr protested bills.
    The old bill becomes redrawn; the new one is drawn on `date`, due on due_date (not before `date`)."""
    day = a_date(date, "date")
    due = a_date(due_date, "due_date")
    bill = _bill(s, company, number)
    periods.check_open(s, company.id, day)
    check_step(bill.number, bill.state, "redraw", day, bill.last_date)
    _check_claim(s, bill, "number")
    if due < day:
        raise ValidationError("due_date", "must not be before the draw date {date}", date=day)
    new = BillOfExchange(
        company_id=company.id,
        number=next_number(s, company.id, "bill_of_exchange"),
        customer_id=bill.customer_id,
        invoice_transaction_id=bill.invoice_transaction_id,
        amount=bill.amount,
        amount_acc=bill.amount_acc,
        currency=bill.currency,
        exchange_rate=bill.exchange_rate,
        drawn_on=day,
        due_date=due,
        state="drawn",
        redrawn_from_id=bill.id,
        last_date=day,
    )
    s.add(new)
    s.flush()
    text = f"Bill of exchange {new.number} redrawn for {bill.number}"
    boe = _role(s, company, STAGE_ROLES["drawn"])
    entries = [_claim(bill, boe, 1, text), _claim(bill, _role(s, company, STAGE_ROLES["protested"]), -1, text)]
    voucher = _step(
        s, company, bill, day, "redraw", entries, text, new_account_id=boe, new_number=new.number, due_date=due
    )
    new.open_transaction_id, bill.open_transaction_id = bill.open_transaction_id, None
    bill.state = "redrawn"
    s.add(
        BillEvent(
            company_id=company.id, bill_id=new.id, event="draw", date=day, voucher_id=voucher.id, amount=new.amount
        )
    )
    return new


def close(
    s: Session, company: Company, number: object, date: object, *, how: object = "invoice_back"
) -> BillOfExchange:
    """Close a protested bill (DOMAIN 6). invoice_back: Dr the invoice's receivable account / Cr protested
    bills; the claim is an open invoice again under the invoice's number, due on the bill's due date, and is
    dunned and bears interest like any invoice. write_off: Dr the write_off role's account / Cr protested bills."""
    day = a_date(date, "date")
    if how not in CLOSE_HOW:
        raise ValidationError("how", "must be one of {choices}", choices=", ".join(CLOSE_HOW))
    bill = _bill(s, company, number)
    periods.check_open(s, company.id, day)
    check_step(bill.number, bill.state, "close", day, bill.last_date)
    _check_claim(s, bill, "number")
    protested = _role(s, company, STAGE_ROLES["protested"])
    if how == "invoice_back":
        inv = s.get(CT, bill.invoice_transaction_id)
        assert inv is not None
        text = f"Bill of exchange {bill.number} protested: invoice {inv.number} back"
        entries = [_claim(bill, inv.account_id, 1, text), _claim(bill, protested, -1, text)]
        _step(
            s,
            company,
            bill,
            day,
            "close",
            entries,
            text,
            new_account_id=inv.account_id,
            new_kind="invoice",
            new_number=inv.number,
        )
    else:
        text = f"Bill of exchange {bill.number} written off"
        entries = [_gl(_role(s, company, "write_off"), bill.amount_acc, text), _claim(bill, protested, -1, text)]
        _step(s, company, bill, day, "close", entries, text, new_account_id=None)
    bill.state, bill.closed_how = "closed", str(how)
    return bill


# --- reads ----------------------------------------------------------------------------------------------


def records(s: Session, company_id: int, bills: Sequence[BillOfExchange]) -> list[BillOfExchangeInfo]:
    """The bills as records with their events, in the order given (four queries)."""
    if not bills:
        return []
    s.flush()
    ids = [b.id for b in bills]
    customers = dict(
        (cid, (acc, name))
        for cid, acc, name in s.execute(
            select(Customer.id, Customer.account, Customer.name).where(Customer.id.in_({b.customer_id for b in bills}))
        )
    )
    invoices = dict(
        s.execute(select(CT.id, CT.number).where(CT.id.in_({b.invoice_transaction_id for b in bills}))).all()
    )
    linked = {b.redrawn_from_id for b in bills if b.redrawn_from_id is not None}
    from_numbers = dict(
        s.execute(select(BillOfExchange.id, BillOfExchange.number).where(BillOfExchange.id.in_(linked))).all()
    )
    redrawn_as = dict(
        s.execute(
            select(BillOfExchange.redrawn_from_id, BillOfExchange.number).where(BillOfExchange.redrawn_from_id.in_(ids))
        ).all()
    )
    events: dict[int, list[BillEventInfo]] = {i: [] for i in ids}
    for bill_id, day, event, voucher, amount in s.execute(
        select(BillEvent.bill_id, BillEvent.date, BillEvent.event, Voucher.number, BillEvent.amount)
        .join(Voucher, Voucher.id == BillEvent.voucher_id)
        .where(BillEvent.bill_id.in_(ids))
        .order_by(BillEvent.id)
    ):
        events[bill_id].append(BillEventInfo(day, event, voucher, amount))
    return [
        BillOfExchangeInfo(
            number=b.number,
            customer=customers[b.customer_id][0],
            customer_name=customers[b.customer_id][1],
            invoice=invoices[b.invoice_transaction_id],
            amount=b.amount,
            currency=b.currency,
            drawn_on=b.drawn_on,
            due_date=b.due_date,
            state=b.state,
            remitted_as=b.remitted_as,
            discount_charge=b.discount_charge,
            redrawn_from=from_numbers.get(b.redrawn_from_id) if b.redrawn_from_id is not None else None,
            redrawn_as=redrawn_as.get(b.id),
            closed_how=b.closed_how,
            events=tuple(events[b.id]),
        )
        for b in bills
    ]


def bills(
    s: Session, company: Company, *, state: object = None, due_by: object = None, customer: object = None
) -> list[BillOfExchangeInfo]:
    """The company's bills by due date (then number): of one state, due on or before due_by, of one customer."""
    q = select(BillOfExchange).where(BillOfExchange.company_id == company.id)
    if state is not None:
        if state not in STATES:
            raise ValidationError("state", "must be one of {choices}", choices=", ".join(STATES))
        q = q.where(BillOfExchange.state == state)
    if due_by is not None:
        q = q.where(BillOfExchange.due_date <= a_date(due_by, "due_by"))
    if customer is not None:
        cust = lookup.by_code(s, Customer, company.id, customer, "customer")
        q = q.where(BillOfExchange.customer_id == cust.id)
    rows = s.scalars(q.order_by(BillOfExchange.due_date, BillOfExchange.number)).all()
    return records(s, company.id, rows)


def bill(s: Session, company: Company, number: object) -> BillOfExchangeInfo:
    """One bill with its events."""
    return records(s, company.id, [_bill(s, company, number, lock=False)])[0]


def drawable_invoices(s: Session, company: Company) -> list[DrawableInvoice]:
    """The open invoices a bill can be drawn for, by due date and number."""
    due = definitions.falls_due()
    rows = s.execute(
        select(CT.number, Customer.account, Customer.name, due, CT.balance, CT.currency)
        .join(Customer, Customer.id == CT.customer_id)
        .where(CT.company_id == company.id, CT.kind == "invoice", definitions.is_open(), CT.balance > 0)
        .order_by(due, CT.number)
    ).all()
    return [DrawableInvoice(*r) for r in rows]
