"""The settlement primitive: offset a debit and a credit customer transaction (DOMAIN 4.4).

The settlement engine decides amounts; this module records them: the settlement row, both
remaining balances and closed dates, plus one voucher when the ledger must move: a transfer
between two summary accounts (prepayment against a trade invoice, DOMAIN 2.4) and the realized
exchange gain or loss when the two sides were booked at different rates (DOMAIN 4.11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, CustomerTransaction, Settlement
from ardesk.money import currency_places, round_money
from ardesk.services import balances, lookup
from ardesk.services.posting import Entry, post_voucher


def acc_part(txn: CustomerTransaction, part: Decimal, places: int) -> Decimal:
    """Accounting-currency value of `part` (signed) of a transaction's open balance: the exact rest
    when it is all that is open, else at the transaction's own rate, rounded to the accounting
    currency's `places`."""
    if part == txn.balance:
        return txn.balance_acc
    return round_money(part * txn.exchange_rate, places)


def _parts(
    company: Company, debit: CustomerTransaction, credit: CustomerTransaction, amount: Decimal
) -> tuple[Decimal, Decimal]:
    """(debit_acc, credit_acc): the accounting-currency values `amount` takes off each side, after
    checking it is no more than either has open."""
    if amount <= 0 or amount > debit.balance or amount > -credit.balance:
        raise ValidationError(
            "amount",
            "{amount} is more than is open on {number} or {credit_number}",
            amount=amount,
            number=debit.number,
            credit_number=credit.number,
        )
    places = currency_places(company.currency)
    return acc_part(debit, amount, places), -acc_part(credit, -amount, places)


def apply(
    s: Session,
    company: Company,
    debit: CustomerTransaction,
    credit: CustomerTransaction,
    amount: Decimal,
    date: dt.date,
    *,
    event: str = "",
    discount: Decimal = Decimal(0),
    difference: Decimal = Decimal(0),
    flush: bool = True,
) -> Settlement:
    """Close `amount` (positive, transaction currency) of the debit against the credit.
    flush=False leaves the row for the caller's next flush (bulk settlement)."""
    if debit.customer_id != credit.customer_id:
        raise ValidationError("marks", "transactions of different customers cannot be settled together")
    if debit.currency != credit.currency:
        raise ValidationError(
            "marks",
            "{number} is in {currency} and {credit_number} in {credit_currency}; settle documents of one currency",
            number=debit.number,
            currency=debit.currency,
            credit_number=credit.number,
            credit_currency=credit.currency,
        )
    debit_acc, credit_acc = _parts(company, debit, credit, amount)
    exchange = credit_acc - debit_acc  # > 0: more was received than was booked: a realized gain
    entries: list[Entry] = []
    text = f"Settle {debit.number} / {credit.number}"
    if debit.account_id != credit.account_id:
        entries += [
            Entry(credit.account_id, credit_acc, text, credit.customer_id, credit.currency, Decimal(0)),
            Entry(debit.account_id, -credit_acc, text, debit.customer_id, debit.currency, Decimal(0)),
        ]
    if exchange:
        role = "exchange_gain" if exchange > 0 else "exchange_loss"
        entries += [
            Entry(debit.account_id, exchange, text, debit.customer_id, debit.currency, Decimal(0)),
            Entry(
                lookup.role_account(s, company.id, role).id,
                -exchange,
                f"Exchange result {text}",
                currency=debit.currency,
                amount_cur=Decimal(0),
            ),
        ]
    voucher_id = None
    if entries:
        voucher_id = post_voucher(s, company, date, "settlement", entries, sequence="settlement_voucher", text=text).id
    row = Settlement(
        company_id=company.id,
        event=event,
        debit_id=debit.id,
        credit_id=credit.id,
        date=date,
        amount=amount,
        amount_acc=debit_acc,
        exchange_result=exchange,
        voucher_id=voucher_id,
        discount=discount,
        difference=difference,
    )
    s.add(row)
    balances.move(debit, -amount, -debit_acc, date)
    balances.move(credit, amount, credit_acc, date)
    balances.queue(s, (debit, credit))  # written after the flush that writes the row
    if flush:
        s.flush()
    return row


class CashBatch:
    """Plain cash settlements (same summary account, same rates: no voucher) written in bulk: the
    rows with one INSERT, the balances with one UPDATE (services.balances), instead of a
    unit-of-work round per pair. Balances change in memory at once."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def add(
        self,
        company: Company,
        debit: CustomerTransaction,
        credit: CustomerTransaction,
        amount: Decimal,
        date: dt.date,
        event: str,
    ) -> bool:
        """Settle like apply(); False (nothing done) when the pair needs a voucher."""
        if (
            debit.account_id != credit.account_id
            or debit.customer_id != credit.customer_id
            or debit.currency != credit.currency
        ):
            return False
        debit_acc, credit_acc = _parts(company, debit, credit, amount)
        if credit_acc != debit_acc:
            return False
        balances.move(debit, -amount, -debit_acc, date)
        balances.move(credit, amount, credit_acc, date)
        balances.queue(
            self.s,
            (debit, credit),
            [
                dict(
                    company_id=company.id,
                    event=event,
                    debit_id=debit.id,
                    credit_id=credit.id,
                    date=date,
                    amount=amount,
                    amount_acc=debit_acc,
                    exchange_result=Decimal(0),
                    voucher_id=None,
                    discount=Decimal(0),
                    difference=Decimal(0),
                )
            ],
        )
        return True

    def flush(self, s: Session) -> None:
        """Write the queued rows and balances now."""
        balances.write_all(s)


def undo(s: Session, row: Settlement, debit: CustomerTransaction, credit: CustomerTransaction, day: dt.date) -> None:
    """Undo the row on `day`: both transactions get back what it settled (the caller reverses its voucher)."""
    row.unsettled_date = day
    balances.move(debit, row.amount, row.amount_acc, day)
    balances.move(credit, -row.amount, -(row.amount_acc + row.exchange_result), day)
    balances.queue(s, (debit, credit))


def settle_all(s: Session, company: Company, txns: list[CustomerTransaction], day: dt.date, event: str) -> None:
    """Settle debits (oldest due first) against credits (oldest first) until one side is used up.
    A write-off's part is recorded as a difference, so the settlement shows what was written off."""
    debits = sorted((t for t in txns if t.balance > 0), key=lambda t: (t.due_date or t.date, t.date, t.id))
    credits = sorted((t for t in txns if t.balance < 0), key=lambda t: (t.date, t.id))
    ci = 0
    for debit in debits:
        while debit.balance > 0 and ci < len(credits):
            credit = credits[ci]
            use = min(debit.balance, -credit.balance)
            written = "write_off" in (debit.kind, credit.kind)
            apply(s, company, debit, credit, use, day, event=event, difference=use if written else Decimal(0))
            if credit.balance == 0:
                ci += 1
