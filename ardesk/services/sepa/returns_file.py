"""Reading the bank's answers to a direct debit file: rejects (pain.002) and returns (camt.054), from bytes.

A pain.002 lists transactions refused before settlement (TxSts RJCT, or a whole group or block rejected);
a camt.054 debit notification lists collections that came back after settlement (RtrInf), with the bank's
charge when it names one. Every version is read by element names, whatever the namespace version."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ardesk.errors import ValidationError
from ardesk.services.bank_files.camt053 import load_document

#: The R-transaction reason codes a bookkeeper meets most (EPC guidance on reason codes).
REASONS = {
    "AC01": "wrong account number",
    "AC04": "account closed",
    "AC06": "account blocked",
    "AC13": "debtor is a consumer",
    "AG01": "direct debit not allowed on this account",
    "AG02": "wrong operation code",
    "AM04": "insufficient funds",
    "AM05": "duplicate collection",
    "BE05": "creditor unknown to the debtor's bank",
    "CNOR": "creditor bank not reachable",
    "DNOR": "debtor bank not reachable",
    "FF01": "file format error",
    "MD01": "no valid mandate",
    "MD02": "mandate data missing or wrong",
    "MD06": "refund requested by the debtor",
    "MD07": "debtor deceased",
    "MS02": "refused by the debtor",
    "MS03": "reason not given",
    "RC01": "wrong BIC",
    "RR01": "debtor account or identification missing",
    "RR02": "debtor name or address missing",
    "RR03": "creditor name or address missing",
    "RR04": "regulatory reason",
    "SL01": "service of the debtor's bank",
}
_AMOUNT = re.compile(r"[0-9]{1,18}(\.[0-9]{1,5})?")


@dataclass(frozen=True)
class ReturnedCollection:
    """One collection the bank sent back: its end-to-end id (the invoice number), why, and when."""

    end_to_end_id: str
    reason: str  # the ISO reason code (AM04, MD06, ...), "" when the file gives none
    kind: str  # "rejected" (pain.002, before settlement) | "returned" (camt.054, after settlement)
    amount: Decimal | None = None
    charge: Decimal | None = None
    date: dt.date | None = None
    original_message_id: str = ""


def reason_text(code: str) -> str:
    return REASONS.get(code, "") if code else ""


def _local(el: Any) -> str:
    return etree_localname(el.tag)


def etree_localname(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(el: Any, *path: str) -> Any:
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if isinstance(c.tag, str) and _local(c) == name), None)
    return el


def _all(el: Any, name: str) -> list[Any]:
    return [c for c in el.iter() if isinstance(c.tag, str) and _local(c) == name]


def _text(el: Any, *path: str) -> str:
    found = _find(el, *path)
    return (found.text or "").strip() if found is not None else ""


def _amount(text: str) -> Decimal | None:
    if not text:
        return None
    if not _AMOUNT.fullmatch(text):
        raise ValidationError("file", "{value!r} is not an amount", value=text)
    return Decimal(text)


def _date(text: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValidationError("file", "{value!r} is not a date", value=text) from None


def _reason(el: Any, *, own: bool = False) -> str:
    """The first reason code within el; own: only in el's own StsRsnInf (a group's or block's reason, not
    those of its transactions)."""
    if el is None:
        return ""
    infos = (
        [c for c in el if isinstance(c.tag, str) and _local(c) == "StsRsnInf"]
        if own
        else _all(el, "StsRsnInf") + _all(el, "RtrInf")
    )
    for info in infos:
        code = _text(info, "Rsn", "Cd") or _text(info, "Rsn", "Prtry")
        if code:
            return code[:4]
    return ""


def _pain002(root: Any) -> list[ReturnedCollection]:
    report = _find(root, "CstmrPmtStsRpt")
    group = _find(report, "OrgnlGrpInfAndSts")
    message = _text(group, "OrgnlMsgId")
    group_rejected = _text(group, "GrpSts") == "RJCT"
    out: list[ReturnedCollection] = []
    for block in [c for c in report if _local(c) == "OrgnlPmtInfAndSts"]:
        block_rejected = group_rejected or _text(block, "PmtInfSts") == "RJCT"
        for tx in [c for c in block if _local(c) == "TxInfAndSts"]:
            status = _text(tx, "TxSts")
            if status == "RJCT" or (block_rejected and status in ("", "RJCT")):
                e2e = _text(tx, "OrgnlEndToEndId")
                if not e2e:
                    raise ValidationError("file", "a rejected transaction has no OrgnlEndToEndId")
                amount = _amount(_text(tx, "OrgnlTxRef", "Amt", "InstdAmt"))
                day = _date(_text(tx, "OrgnlTxRef", "ReqdColltnDt"))
                reason = _reason(tx) or (
                    (_reason(block, own=True) or _reason(group, own=True)) if block_rejected else ""
                )
                out.append(ReturnedCollection(e2e, reason, "rejected", amount, None, day, message))
    return out


def _camt054(root: Any) -> list[ReturnedCollection]:
    out: list[ReturnedCollection] = []
    for entry in _all(root, "Ntry"):
        if _text(entry, "CdtDbtInd") != "DBIT":
            continue
        day = _date(_text(entry, "BookgDt", "Dt") or _text(entry, "BookgDt", "DtTm"))
        for tx in _all(entry, "TxDtls"):
            if _find(tx, "RtrInf") is None:
                continue
            e2e = _text(tx, "Refs", "EndToEndId")
            if not e2e:
                raise ValidationError("file", "a returned transaction has no EndToEndId")
            amount = _amount(_text(tx, "Amt") or _text(tx, "AmtDtls", "TxAmt", "Amt"))
            charge = None
            charges = _find(tx, "Chrgs")
            if charges is not None:
                record = _find(charges, "Rcrd")
                charge = _amount(_text(record if record is not None else charges, "Amt"))
            message = _text(tx, "Refs", "MsgId")
            out.append(ReturnedCollection(e2e, _reason(tx), "returned", amount, charge, day, message))
    return out


def parse(data: bytes) -> list[ReturnedCollection]:
    """The rejected or returned collections in a pain.002 or camt.054 file; anything else is refused."""
    root = load_document(data)
    kind = _local(root[0]) if len(root) else ""
    if kind == "CstmrPmtStsRpt":
        return _pain002(root)
    if kind == "BkToCstmrDbtCdtNtfctn":
        return _camt054(root)
    raise ValidationError("file", "this is not a payment status report (pain.002) or a debit notification (camt.054)")
