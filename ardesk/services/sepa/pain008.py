"""SEPA direct debit document (ISO 20022 pain.008.001.02 and .08) from plain values, EUR only.

One payment information block per (collection date, scheme, sequence type) (DOMAIN 7.4, 7.5), blocks in
that order, collections within a block in the order given. A BIC the creditor or debtor did not give is
written as Othr/Id "NOTPROVIDED" (EPC: the BIC is optional within SEPA); version .08 names it BICFI.
Amendments (EPC AT-24): a changed mandate id goes to OrgnlMndtId; a changed debtor account within the
same bank to OrgnlDbtrAcct/IBAN, one at another bank as OrgnlDbtrAcct/Othr/Id "SMNDA" (same mandate, new
debtor account). CreDtTm is the earliest collection date at midnight unless the caller gives the
creation time: services never read the clock, and the message id does not depend on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

from ardesk.errors import ValidationError
from ardesk.services.bank import normalize_bic, normalize_iban, same_bank
from ardesk.services.sepa.charset import sepa_id, sepa_name, sepa_text
from ardesk.services.sepa.document import SepaFile, agent, amount_text, euro, finish, root, sub
from ardesk.services.sepa.ids import creditor_identifier
from ardesk.services.text import a_date

NAMESPACES = {
    "001.02": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02",
    "001.08": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08",
}
SEQUENCE_TYPES = ("FRST", "RCUR", "FNAL", "OOFF")
SCHEMES = ("CORE", "B2B", "COR1")


@dataclass(frozen=True)
class Creditor:
    """Who collects: the company's name, account and creditor identifier (incassant-ID)."""

    name: str
    iban: str
    creditor_id: str
    bic: str | None = None


@dataclass(frozen=True)
class Collection:
    """One direct debit: end_to_end_id is the invoice number. original_mandate_id / original_debtor_iban
    are given only when the mandate was amended since the last collection."""

    end_to_end_id: str
    amount: Decimal
    collection_date: dt.date
    sequence_type: str
    scheme: str
    mandate_id: str
    mandate_signature_date: dt.date
    debtor_name: str
    debtor_iban: str
    debtor_bic: str | None = None
    remittance: str = ""
    currency: str = "EUR"
    original_mandate_id: str | None = None
    original_debtor_iban: str | None = None


@dataclass(frozen=True)
class _Checked:
    e2e: str
    amount: Decimal
    day: dt.date
    sequence: str
    scheme: str
    mandate: str
    signed: dt.date
    debtor: str
    iban: str
    bic: str | None
    remittance: str
    original_mandate: str | None
    original_iban: str | None


def _collection(c: Collection, f: str) -> _Checked:
    if not isinstance(c, Collection):
        raise ValidationError(f, "must be a Collection, got {type_name}", type_name=type(c).__name__)
    if c.currency != "EUR":
        raise ValidationError(f"{f}.currency", "in {currency}; SEPA direct debits are in EUR", currency=c.currency)
    sequence = c.sequence_type
    if sequence not in SEQUENCE_TYPES:
        raise ValidationError(
            f"{f}.sequence_type", "{value!r} is not a sequence type (FRST, RCUR, FNAL or OOFF)", value=sequence
        )
    if c.scheme not in SCHEMES:
        raise ValidationError(
            f"{f}.scheme", "{value!r} is not a direct debit scheme (CORE, B2B or COR1)", value=c.scheme
        )
    day = a_date(c.collection_date, f"{f}.collection_date")
    signed = a_date(c.mandate_signature_date, f"{f}.mandate_signature_date")
    if signed > day:
        raise ValidationError(
            f"{f}.mandate_signature_date",
            "the mandate is signed on {signed}, after the collection date {date}",
            signed=signed,
            date=day,
        )
    iban = normalize_iban(c.debtor_iban, f"{f}.debtor_iban")
    original_iban = None
    if c.original_debtor_iban:
        original_iban = normalize_iban(c.original_debtor_iban, f"{f}.original_debtor_iban")
        if original_iban == iban:
            original_iban = None  # not an amendment of the account
    return _Checked(
        e2e=sepa_id(c.end_to_end_id, f"{f}.end_to_end_id"),
        amount=euro(c.amount, f"{f}.amount"),
        day=day,
        sequence=sequence,
        scheme=c.scheme,
        mandate=sepa_id(c.mandate_id, f"{f}.mandate_id"),
        signed=signed,
        debtor=sepa_name(c.debtor_name, f"{f}.debtor_name"),
        iban=iban,
        bic=normalize_bic(c.debtor_bic, f"{f}.debtor_bic") if c.debtor_bic else None,
        remittance=sepa_text(c.remittance, 140),
        original_mandate=sepa_id(c.original_mandate_id, f"{f}.original_mandate_id") if c.original_mandate_id else None,
        original_iban=original_iban,
    )


def direct_debit_file(
    version: str,
    creditor: Creditor,
    collections: Sequence[Collection],
    *,
    prefix: str = "DD",
    created: dt.datetime | None = None,
) -> SepaFile:
    """The pain.008 file (version "001.02" or "001.08") collecting `collections` for the creditor; refused,
    naming the field ("collections[2].amount"), when a value cannot go into a SEPA direct debit."""
    namespace = NAMESPACES.get(version) if isinstance(version, str) else None
    if namespace is None:
        raise ValidationError(
            "version", "{value!r} is not a pain.008 version ardesk writes (001.02 or 001.08)", value=version
        )
    bic_tag = "BIC" if version == "001.02" else "BICFI"
    name = sepa_name(creditor.name, "creditor.name")
    creditor_iban = normalize_iban(creditor.iban, "creditor.iban")
    creditor_bic = normalize_bic(creditor.bic, "creditor.bic") if creditor.bic else None
    scheme_id = creditor_identifier(creditor.creditor_id, "creditor.creditor_id", check_digits=False)
    if not isinstance(collections, list | tuple) or not collections:
        raise ValidationError("collections", "give at least one collection")
    checked: list[_Checked] = []
    seen: set[str] = set()
    for i, c in enumerate(collections):
        row = _collection(c, f"collections[{i}]")
        if row.e2e in seen:
            raise ValidationError(f"collections[{i}].end_to_end_id", "{text} is given twice", text=row.e2e)
        seen.add(row.e2e)
        checked.append(row)
    blocks: dict[tuple[dt.date, int, int], list[_Checked]] = {}
    for row in checked:
        key = (row.day, SCHEMES.index(row.scheme), SEQUENCE_TYPES.index(row.sequence))
        blocks.setdefault(key, []).append(row)
    total = sum((r.amount for r in checked), Decimal("0.00"))

    document, init = root(namespace, "CstmrDrctDbtInitn")
    header = sub(init, "GrpHdr")
    sub(header, "MsgId")
    sub(header, "CreDtTm")
    sub(header, "NbOfTxs", str(len(checked)))
    sub(header, "CtrlSum", amount_text(total))
    sub(sub(header, "InitgPty"), "Nm", name)
    for (day, scheme, sequence), rows in sorted(blocks.items()):
        info = sub(init, "PmtInf")
        sub(info, "PmtInfId")
        sub(info, "PmtMtd", "DD")
        sub(info, "NbOfTxs", str(len(rows)))
        sub(info, "CtrlSum", amount_text(sum((r.amount for r in rows), Decimal("0.00"))))
        kind = sub(info, "PmtTpInf")
        sub(sub(kind, "SvcLvl"), "Cd", "SEPA")
        sub(sub(kind, "LclInstrm"), "Cd", SCHEMES[scheme])
        sub(kind, "SeqTp", SEQUENCE_TYPES[sequence])
        sub(info, "ReqdColltnDt", day.isoformat())
        sub(sub(info, "Cdtr"), "Nm", name)
        sub(sub(sub(info, "CdtrAcct"), "Id"), "IBAN", creditor_iban)
        agent(info, "CdtrAgt", creditor_bic, bic_tag)
        sub(info, "ChrgBr", "SLEV")
        other = sub(sub(sub(sub(info, "CdtrSchmeId"), "Id"), "PrvtId"), "Othr")
        sub(other, "Id", scheme_id)
        sub(sub(other, "SchmeNm"), "Prtry", "SEPA")
        for r in rows:
            _transaction(info, r, bic_tag)
    created = created or dt.datetime.combine(min(r.day for r in checked), dt.time())
    return finish(document, prefix, created, len(checked), total)


def _transaction(info: etree._Element, r: _Checked, bic_tag: str) -> None:
    tx = sub(info, "DrctDbtTxInf")
    sub(sub(tx, "PmtId"), "EndToEndId", r.e2e)
    sub(tx, "InstdAmt", amount_text(r.amount), Ccy="EUR")
    mandate = sub(sub(tx, "DrctDbtTx"), "MndtRltdInf")
    sub(mandate, "MndtId", r.mandate)
    sub(mandate, "DtOfSgntr", r.signed.isoformat())
    if r.original_mandate or r.original_iban:
        sub(mandate, "AmdmntInd", "true")
        details = sub(mandate, "AmdmntInfDtls")
        if r.original_mandate:
            sub(details, "OrgnlMndtId", r.original_mandate)
        if r.original_iban:
            account = sub(sub(details, "OrgnlDbtrAcct"), "Id")
            if same_bank(r.original_iban, r.iban):
                sub(account, "IBAN", r.original_iban)
            else:
                sub(sub(account, "Othr"), "Id", "SMNDA")
    agent(tx, "DbtrAgt", r.bic, bic_tag)
    sub(sub(tx, "Dbtr"), "Nm", r.debtor)
    sub(sub(sub(tx, "DbtrAcct"), "Id"), "IBAN", r.iban)
    if r.remittance:
        sub(sub(tx, "RmtInf"), "Ustrd", r.remittance)


def direct_debit_document(
    version: str,
    creditor: Creditor,
    collections: Sequence[Collection],
    *,
    prefix: str = "DD",
    created: dt.datetime | None = None,
) -> bytes:
    """The bytes of direct_debit_file."""
    return direct_debit_file(version, creditor, collections, prefix=prefix, created=created).content
