"""Refunds to customers exported as a SEPA credit transfer file (ISO 20022 pain.001.001.03, DOMAIN 4.12).

Choices (ARDESK): one payment information block per file (the company's IBAN, one execution date);
EUR only; the document is written by services.sepa.pain001: texts transliterated to the SEPA character
set (services.sepa.charset), the message id taken from the file's content (services.sepa.message_id),
so exporting the same refunds twice gives the same id (the bank refuses the duplicate) and two different
exports get different ones; CreDtTm is the execution date at midnight, as no clock is read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, Customer, CustomerTransaction
from ardesk.services import lookup
from ardesk.services.bank import normalize_bic
from ardesk.services.sepa.charset import sepa_id, sepa_name
from ardesk.services.sepa.pain001 import Debtor, Transfer, credit_transfer_file
from ardesk.services.text import a_date, file_to_write


@dataclass(frozen=True)
class CreditTransferFile:
    message_id: str
    count: int
    total: Decimal


def export_refunds(
    s: Session, company: Company, numbers: Sequence[str], path: object, execution_date: object
) -> CreditTransferFile:
    day = a_date(execution_date, "execution_date")
    if not isinstance(numbers, list | tuple) or not numbers:
        raise ValidationError("numbers", "give at least one refund")
    target = file_to_write(path, "path")
    if not company.iban:
        raise ValidationError("iban", "company {code} has no IBAN to pay the refunds from", code=company.code)
    sepa_name(company.name, "name")
    if company.bic:
        normalize_bic(company.bic, "bic")
    refunds: list[tuple[CustomerTransaction, Customer]] = []
    for i, number in enumerate(numbers):
        f = f"numbers[{i}]"
        text = lookup.code_text(number, f, max_len=30)
        txn = s.scalar(
            select(CustomerTransaction).where(
                CustomerTransaction.company_id == company.id,
                CustomerTransaction.number == text,
                CustomerTransaction.kind == "refund",
            )
        )
        if txn is None:
            raise ValidationError(f, "there is no refund {text!r}", text=text)
        if any(t.id == txn.id for t, _ in refunds):
            raise ValidationError(f, "{text} is given twice", text=text)
        if txn.currency != "EUR":
            raise ValidationError(
                f,
                "{text} is in {currency}; SEPA credit transfers are in EUR",
                text=text,
                currency=txn.currency,
            )
        cust = s.get(Customer, txn.customer_id)
        if not cust.iban:
            raise ValidationError(f, "customer {account} has no IBAN to refund to", account=cust.account)
        try:
            sepa_name(cust.name, f)
        except ValidationError:
            raise ValidationError(
                f,
                "the name of customer {account} has no letters or digits that a SEPA payment file can carry",
                account=cust.account,
            ) from None
        sepa_id(txn.number, f)  # the end-to-end id the customer's bank shows: never altered
        if cust.bic:
            normalize_bic(cust.bic, f)
        refunds.append((txn, cust))
    result = credit_transfer_file(
        Debtor(company.name, company.iban, company.bic),
        day,
        [
            Transfer(
                end_to_end_id=txn.number,
                amount=txn.amount,
                creditor_name=cust.name,
                creditor_iban=cust.iban,
                creditor_bic=cust.bic,
                remittance=f"Refund {txn.number} {cust.account}",
            )
            for txn, cust in refunds
        ],
        prefix=company.code,
    )
    result.write(target)
    return CreditTransferFile(result.message_id, result.count, result.total)
