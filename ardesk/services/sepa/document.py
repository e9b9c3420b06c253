"""What pain.001 and pain.008 documents share: elements, amounts, bank identification, the finished file."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

from ardesk.money import money
from ardesk.services.sepa.message_id import block_id, message_id

#: The largest amount of one SEPA transaction (EPC: 999 999 999.99 EUR).
MAX_SEPA_AMOUNT = Decimal("999999999.99")


@dataclass(frozen=True)
class SepaFile:
    """A SEPA file's bytes with what the caller shows or records of it."""

    content: bytes
    message_id: str
    count: int
    total: Decimal

    def write(self, target: Path) -> None:
        """Write the file beside the target and rename it, so a failed write never leaves half a file."""
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(self.content)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """A child element in the parent's (default) namespace."""
    ns = etree.QName(parent).namespace
    el = etree.SubElement(parent, f"{{{ns}}}{tag}" if ns else tag, attrs)
    if text is not None:
        el.text = text
    return el


def root(namespace: str, tag: str) -> tuple[etree._Element, etree._Element]:
    """The Document element with its one message element (CstmrCdtTrfInitn, CstmrDrctDbtInitn)."""
    document = etree.Element(f"{{{namespace}}}Document", nsmap={None: namespace})
    return document, sub(document, tag)


def euro(value: object, field: str) -> Decimal:
    """A SEPA amount: an exact Decimal above zero, cents at most, at most 999 999 999.99."""
    return money(value, field, currency="EUR", positive=True, allow_zero=False, max_abs=MAX_SEPA_AMOUNT)


def amount_text(amount: Decimal) -> str:
    return f"{amount:.2f}"


def agent(parent: etree._Element, tag: str, bic: str | None, bic_tag: str) -> None:
    """A bank by its BIC, or Othr/Id "NOTPROVIDED" when the BIC is not known (EPC: BIC optional in SEPA)."""
    institution = sub(sub(parent, tag), "FinInstnId")
    if bic:
        sub(institution, bic_tag, bic)
    else:
        sub(sub(institution, "Othr"), "Id", "NOTPROVIDED")


def finish(document: etree._Element, prefix: str, created: dt.datetime, count: int, total: Decimal) -> SepaFile:
    """Fill in MsgId, the PmtInfIds and CreDtTm and serialize. The message id is taken over the document
    while these are still empty, so it depends on what is paid or collected only (message_id)."""
    ns = {"p": etree.QName(document).namespace}
    header_id = document.find("p:*/p:GrpHdr/p:MsgId", ns)
    block_ids = document.findall("p:*/p:PmtInf/p:PmtInfId", ns)
    creation = document.find("p:*/p:GrpHdr/p:CreDtTm", ns)
    for el in (header_id, creation, *block_ids):
        el.text = ""
    msg = message_id(prefix, etree.tostring(document, encoding="UTF-8"))
    header_id.text = msg
    creation.text = created.replace(microsecond=0).isoformat()
    for i, el in enumerate(block_ids, start=1):
        el.text = block_id(msg, i)
    content = etree.tostring(document, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return SepaFile(content, msg, count, total)
