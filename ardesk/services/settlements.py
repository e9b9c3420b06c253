"""The settlement primitive: offset a debit and a credit customer transaction (DOMAIN 4.4).

The settlement engine (marking, cash discounts, tolerances) decides amounts; this module only
records them: the settlement row, both remaining balances, closed dates, and the transfer
voucher when the two transactions sit on different summary accounts (DOMAIN 2.4)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, CustomerTransaction, Settlement
from ardesk.money import round_money
from ardesk.services.posting import Entry, post_voucher


def _acc_part(txn: CustomerTransaction, part: Decimal) -> Decimal:
    """The accounting-currency value of `part` of a transaction's open balance: the exact rest
    when it is all that is open, else at the transaction's own rate."""
    if part == txn.balance:
        return txn.balance_acc
    return round_money(part * txn.exchange_rate)


def apply(s: Session, company: Company, debit: CustomerTransaction, credit: CustomerTransaction,
          amount: Decimal, date: dt.date) -> Settlement:
    """Close `amount` (positive, transaction currency) of the debit against the credit, cash for cash."""
    if debit.customer_id != credit.customer_id:
        raise ValidationError("marks", "transactions of different customers cannot be settled together")
    if debit.currency != credit.currency:
        raise ValidationError("marks", "transactions in different currencies are settled with an exchange rate")
    if amount <= 0 or amount > debit.balance or amount > -credit.balance:
        raise ValidationError("amount", f"{amount} is more than is open on {debit.number} or {credit.number}")
    debit_acc = _acc_part(debit, amount)
    credit_acc = -_acc_part(credit, -amount)
    voucher_id = None
    if debit.account_id != credit.account_id:
        # A prepayment (liability) against a trade invoice: move the amount between the summary accounts.
        voucher_id = post_voucher(s, company, date, "settlement", [
            Entry(credit.account_id, credit_acc, f"Settle {credit.number} / {debit.number}", credit.customer_id),
            Entry(debit.account_id, -credit_acc, f"Settle {debit.number} / {credit.number}", debit.customer_id),
        ], sequence="settlement_voucher", text=f"Settlement {debit.number} / {credit.number}").id
    elif debit_acc != credit_acc:
        raise ValidationError("marks", "the two transactions have different exchange rates")
    row = Settlement(company_id=company.id, debit_id=debit.id, credit_id=credit.id, date=date, amount=amount,
                     amount_acc=debit_acc, voucher_id=voucher_id)
    s.add(row)
    debit.balance -= amount
    debit.balance_acc -= debit_acc
    credit.balance += amount
    credit.balance_acc += credit_acc
    for txn in (debit, credit):
        if txn.balance == 0:
            txn.closed_date = max(date, txn.date)
    s.flush()
    return row
