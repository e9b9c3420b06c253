"""Refunds to customers exported as a SEPA credit transfer file (ISO 20022 pain.001.001.03, DOMAIN 4.12).

Choices (ARDESK): one payment information block per file (the company's IBAN, one execution date);
EUR only; texts are reduced to the SEPA Latin character set (accents dropped, other characters
become spaces); the message id is derived from the company and the first refund, so exporting the
same refunds twice gives the same id (the bank refuses the duplicate), and no clock is read."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, Customer, CustomerTransaction
from ardesk.services import lookup
from ardesk.services.text import a_date, file_to_write

NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
_NOT_SEPA = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")


@dataclass(frozen=True)
class CreditTransferFile:
    message_id: str
    count: int
    total: Decimal


def sepa_text(value: str, limit: int) -> str:
    """The SEPA character set: accents dropped, anything else a space, at most `limit` characters."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_SEPA.sub(" ", plain).split())[:limit] or "-"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def export_refunds(
    s: Session, company: Company, numbers: Sequence[str], path: object, execution_date: object
) -> CreditTransferFile:
    day = a_date(execution_date, "execution_date")
    if not isinstance(numbers, list | tuple) or not numbers:
        raise ValidationError("numbers", "give at least one refund")
    target = file_to_write(path, "path")
    if not company.iban:
        raise ValidationError("iban", "company {code} has no IBAN to pay the refunds from", code=company.code)
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
        refunds.append((txn, cust))
    total = sum((t.amount for t, _ in refunds), Decimal(0))
    message_id = sepa_text(f"{company.code}-{refunds[0][0].number}-{len(refunds)}", 35)

    root = ET.Element("Document", xmlns=NS)
    init = _sub(root, "CstmrCdtTrfInitn")
    header = _sub(init, "GrpHdr")
    _sub(header, "MsgId", message_id)
    _sub(header, "CreDtTm", dt.datetime.combine(day, dt.time()).isoformat())
    _sub(header, "NbOfTxs", str(len(refunds)))
    _sub(header, "CtrlSum", f"{total:.2f}")
    _sub(_sub(header, "InitgPty"), "Nm", sepa_text(company.name, 70))
    info = _sub(init, "PmtInf")
    _sub(info, "PmtInfId", message_id)
    _sub(info, "PmtMtd", "TRF")
    _sub(info, "NbOfTxs", str(len(refunds)))
    _sub(info, "CtrlSum", f"{total:.2f}")
    _sub(_sub(_sub(info, "PmtTpInf"), "SvcLvl"), "Cd", "SEPA")
    _sub(info, "ReqdExctnDt", day.isoformat())
    _sub(_sub(info, "Dbtr"), "Nm", sepa_text(company.name, 70))
    _sub(_sub(_sub(info, "DbtrAcct"), "Id"), "IBAN", company.iban)
    agent = _sub(_sub(info, "DbtrAgt"), "FinInstnId")
    if company.bic:
        _sub(agent, "BIC", company.bic)
    else:
        _sub(_sub(agent, "Othr"), "Id", "NOTPROVIDED")
    _sub(info, "ChrgBr", "SLEV")
    for txn, cust in refunds:
        tx = _sub(info, "CdtTrfTxInf")
        _sub(_sub(tx, "PmtId"), "EndToEndId", sepa_text(txn.number, 35))
        _sub(_sub(tx, "Amt"), "InstdAmt", f"{txn.amount:.2f}", Ccy="EUR")
        if cust.bic:
            _sub(_sub(_sub(tx, "CdtrAgt"), "FinInstnId"), "BIC", cust.bic)
        _sub(_sub(tx, "Cdtr"), "Nm", sepa_text(cust.name, 70))
        _sub(_sub(_sub(tx, "CdtrAcct"), "Id"), "IBAN", cust.iban)
        _sub(_sub(tx, "RmtInf"), "Ustrd", sepa_text(f"Refund {txn.number} {cust.account}", 140))
    ET.indent(root)
    # Written beside the target and renamed, so a failed export never leaves half a file.
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return CreditTransferFile(message_id, len(refunds), total)
