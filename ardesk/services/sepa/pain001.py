"""SEPA credit transfer document (ISO 20022 pain.001.001.03) from plain values: one payment information
block (one debtor account, one execution date), EUR only.

CreDtTm is the execution date at midnight unless the caller gives the creation time: services never read
the clock, and the message id does not depend on it (message_id)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ardesk.errors import ValidationError
from ardesk.services.bank import normalize_bic, normalize_iban
from ardesk.services.sepa.charset import sepa_id, sepa_name, sepa_text
from ardesk.services.sepa.document import SepaFile, agent, amount_text, euro, finish, root, sub
from ardesk.services.text import a_date

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"


@dataclass(frozen=True)
class Debtor:
    """Who pays: the company, from its own account."""

    name: str
    iban: str
    bic: str | None = None


@dataclass(frozen=True)
class Transfer:
    """One payment: end_to_end_id is the document number the payee sees back on the statement."""

    end_to_end_id: str
    amount: Decimal
    creditor_name: str
    creditor_iban: str
    creditor_bic: str | None = None
    remittance: str = ""


def credit_transfer_file(
    debtor: Debtor,
    execution_date: dt.date,
    transfers: Sequence[Transfer],
    *,
    prefix: str = "CT",
    created: dt.datetime | None = None,
) -> SepaFile:
    """The pain.001.001.03 file paying `transfers` from the debtor's account on execution_date; refused,
    naming the field ("transfers[2].amount"), when a value cannot go into a SEPA file."""
    day = a_date(execution_date, "execution_date")
    name = sepa_name(debtor.name, "debtor.name")
    iban = normalize_iban(debtor.iban, "debtor.iban")
    bic = normalize_bic(debtor.bic, "debtor.bic") if debtor.bic else None
    if not isinstance(transfers, list | tuple) or not transfers:
        raise ValidationError("transfers", "give at least one transfer")
    rows = []
    seen: set[str] = set()
    for i, t in enumerate(transfers):
        f = f"transfers[{i}]"
        e2e = sepa_id(t.end_to_end_id, f"{f}.end_to_end_id")
        if e2e in seen:
            raise ValidationError(f"{f}.end_to_end_id", "{text} is given twice", text=e2e)
        seen.add(e2e)
        rows.append(
            (
                e2e,
                euro(t.amount, f"{f}.amount"),
                sepa_name(t.creditor_name, f"{f}.creditor_name"),
                normalize_iban(t.creditor_iban, f"{f}.creditor_iban"),
                normalize_bic(t.creditor_bic, f"{f}.creditor_bic") if t.creditor_bic else None,
                sepa_text(t.remittance, 140),
            )
        )
    total = sum((r[1] for r in rows), Decimal("0.00"))

    document, init = root(NAMESPACE, "CstmrCdtTrfInitn")
    header = sub(init, "GrpHdr")
    sub(header, "MsgId")
    sub(header, "CreDtTm")
    sub(header, "NbOfTxs", str(len(rows)))
    sub(header, "CtrlSum", amount_text(total))
    sub(sub(header, "InitgPty"), "Nm", name)
    info = sub(init, "PmtInf")
    sub(info, "PmtInfId")
    sub(info, "PmtMtd", "TRF")
    sub(info, "NbOfTxs", str(len(rows)))
    sub(info, "CtrlSum", amount_text(total))
    sub(sub(sub(info, "PmtTpInf"), "SvcLvl"), "Cd", "SEPA")
    sub(info, "ReqdExctnDt", day.isoformat())
    sub(sub(info, "Dbtr"), "Nm", name)
    sub(sub(sub(info, "DbtrAcct"), "Id"), "IBAN", iban)
    agent(info, "DbtrAgt", bic, "BIC")
    sub(info, "ChrgBr", "SLEV")
    for e2e, amount, creditor, creditor_iban, creditor_bic, remittance in rows:
        tx = sub(info, "CdtTrfTxInf")
        sub(sub(tx, "PmtId"), "EndToEndId", e2e)
        sub(sub(tx, "Amt"), "InstdAmt", amount_text(amount), Ccy="EUR")
        if creditor_bic:  # optional for SEPA payees (EPC); left out rather than NOTPROVIDED
            sub(sub(sub(tx, "CdtrAgt"), "FinInstnId"), "BIC", creditor_bic)
        sub(sub(tx, "Cdtr"), "Nm", creditor)
        sub(sub(sub(tx, "CdtrAcct"), "Id"), "IBAN", creditor_iban)
        if remittance:
            sub(sub(tx, "RmtInf"), "Ustrd", remittance)
    created = created or dt.datetime.combine(day, dt.time())
    return finish(document, prefix, created, len(rows), total)


def credit_transfer_document(
    debtor: Debtor,
    execution_date: dt.date,
    transfers: Sequence[Transfer],
    *,
    prefix: str = "CT",
    created: dt.datetime | None = None,
) -> bytes:
    """The bytes of credit_transfer_file."""
    return credit_transfer_file(debtor, execution_date, transfers, prefix=prefix, created=created).content
