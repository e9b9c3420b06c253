"""ISO 20022 camt.053 (BankToCustomerStatement, versions 001.02 to 001.08) read into BankStatement.

Safety: lxml without DTDs, entity expansion or network access; a file with a DOCTYPE is refused.
What is read, per Stmt: Id, Acct/Id/IBAN, Acct/Ccy, FrToDt, balances (opening OPBD, else PRCD; closing
CLBD) and every booked Ntry (Sts BOOK or absent; PDNG/INFO entries are not in the balances and are
skipped): Amt + CdtDbtInd (sign), BookgDt, ValDt, AcctSvcrRef/NtryRef, and its NtryDtls/TxDtls:
RltdPties Dbtr/DbtrAcct (a credit) or Cdtr/CdtrAcct (a debit) with name and IBAN (the party name
directly under Dbtr/Cdtr up to .07, under Dbtr/Pty from .08), RmtInf/Strd/CdtrRefInf/Ref (the
structured reference) and RmtInf/Ustrd (free text; AddtlTxInf/AddtlNtryInf when there is none).
A batch booking (one Ntry, several TxDtls that each carry an amount: TxDtls/Amt, or AmtDtls/TxAmt/Amt
in .02) becomes one BankEntry per TxDtls; their amounts must add up to the Ntry. Without amounts
per TxDtls the Ntry stays one entry with the texts joined. A file may hold several Stmt (several
accounts or days): `parse` returns them all, each balance-checked."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from ardesk.errors import ValidationError
from ardesk.services.bank_files.common import account_iban, check_balance, counterparty_iban
from ardesk.services.bank_files.records import BankEntry, BankStatement

NS_PREFIX = "urn:iso:std:iso:20022:tech:xsd:"
VERSIONS = ("02", "03", "04", "05", "06", "07", "08")
_AMOUNT = re.compile(r"[0-9]{1,18}(\.[0-9]{1,5})?")


def _parser() -> Any:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def load_document(data: bytes) -> Any:
    """The parsed document, or a message naming what is wrong with the XML."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        text = str(exc.msg or "")
        if "encoding" in text.lower() or "utf-8" in text.lower() or "bytes:" in text.lower():
            raise ValidationError(
                "file",
                "line {line} is not in the file's text encoding ({encoding}); save it again or ask the bank for a new"
                " download",
                line=line,
                encoding=_declared_encoding(data),
            ) from None
        if line >= data.count(b"\n") + 1 - (1 if data.endswith(b"\n") else 0) or "premature end" in text.lower():
            raise ValidationError(
                "file", "the XML ends too early at line {line}: the file is incomplete (cut off)", line=line
            ) from None
        raise ValidationError(
            "file",
            "the XML is broken at line {line}, column {column}; the file is damaged",
            line=line,
            column=exc.position[1] if exc.position else 0,
        ) from None
    if root.getroottree().docinfo.doctype:
        raise ValidationError(
            "file", "the file has a document type declaration (DOCTYPE), which bank statements never have"
        )
    return root


def _declared_encoding(data: bytes) -> str:
    m = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data.lstrip(b"\xef\xbb\xbf"))
    return m.group(1).decode("ascii").upper() if m else "UTF-8"


class _Doc:
    """Finds elements of one camt.053 version's namespace (paths like "Acct/Id/IBAN").

    An entry's elements are looked up from a map of all its paths, made in one walk (`index`): a
    statement of 10,000 entries asks some 200,000 questions, and lxml's find costs 5–10 µs each."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self._paths: dict[str, str] = {}
        self._maps: dict[Any, dict[str, list[Any]]] = {}

    def path(self, p: str) -> str:
        full = self._paths.get(p)
        if full is None:
            full = self._paths[p] = "/".join(f"{{{self.ns}}}{part}" for part in p.split("/"))
        return full

    def index(self, el: Any) -> None:
        """Map every path below `el` (replacing the maps of the previous entry)."""
        self._maps.clear()
        self._add(el)

    def _add(self, el: Any) -> dict[str, list[Any]]:
        found: dict[str, list[Any]] = {}
        cut = len(self.ns) + 2
        maps = self._maps

        def walk(node: Any, prefix: str, sinks: list[tuple[dict[str, list[Any]], int]]) -> None:
            for child in node:
                tag = child.tag
                if not isinstance(tag, str):  # a comment or processing instruction
                    continue
                name = prefix + tag[cut:]
                for sink, start in sinks:
                    key = name[start:]
                    if key in sink:
                        sink[key].append(child)
                    else:
                        sink[key] = [child]
                if len(child):
                    if name == "NtryDtls/TxDtls":  # each transaction gets its own map in the same walk
                        maps[child] = {}
                        walk(child, name + "/", [*sinks, (maps[child], len(name) + 1)])
                    else:
                        walk(child, name + "/", sinks)

        walk(el, "", [(found, 0)])
        maps[el] = found
        return found

    def forget(self) -> None:
        self._maps.clear()

    def _all(self, el: Any, p: str) -> list[Any]:
        found = self._maps.get(el)
        if found is None:
            if not self._maps:
                return el.findall(self.path(p))
            found = self._add(el)  # a part of the indexed entry (TxDtls, a date holder)
        return found.get(p, [])

    def find(self, el: Any, p: str) -> Any:
        hits = self._all(el, p)
        return hits[0] if hits else None

    def findall(self, el: Any, p: str) -> list[Any]:
        return self._all(el, p)

    def text(self, el: Any, p: str) -> str | None:
        hit = self.find(el, p)
        return (hit.text.strip() or None) if hit is not None and hit.text else None


def _version(root: Any) -> str:
    tag = etree.QName(root)
    ns = tag.namespace or ""
    kind = ns.removeprefix(NS_PREFIX) if ns.startswith(NS_PREFIX) else tag.localname
    m = re.fullmatch(r"camt\.053\.001\.([0-9]{2})", kind)
    if not m or tag.localname != "Document":
        raise ValidationError(
            "file", "the XML file is a {kind} document, not a CAMT.053 bank statement", kind=kind or tag.localname
        )
    if m.group(1) not in VERSIONS:
        raise ValidationError(
            "file", "CAMT.053 version {version} is not supported (001.02 to 001.08 are)", version=kind[9:]
        )
    return ns


def _amount(text: str | None, entry: int | None, line: int) -> Decimal:
    if text is None or not _AMOUNT.fullmatch(text):
        if entry is None:
            raise ValidationError("file", "line {line}: {value!r} is not an amount", line=line, value=text or "")
        raise ValidationError(
            "file", "entry {entry} (line {line}): {value!r} is not an amount", entry=entry, line=line, value=text or ""
        )
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ValidationError("file", "line {line}: {value!r} is not an amount", line=line, value=text) from None


def _date(d: _Doc, el: Any, p: str, entry: int | None) -> dt.date | None:
    """The date of an element holding Dt or DtTm (None when the element is absent)."""
    holder = d.find(el, p)
    if holder is None:
        return None
    day, stamp = d.text(el, p + "/Dt"), d.text(el, p + "/DtTm")
    if day is None and stamp is None:
        stamp = (holder.text or "").strip()  # FrDtTm, ToDtTm: the date and time itself
    value = day or stamp or ""
    try:
        return dt.date.fromisoformat(value) if day else dt.datetime.fromisoformat(value).date()
    except ValueError:
        if entry is None:
            raise ValidationError(
                "file", "line {line}: {value!r} is not a date", line=holder.sourceline, value=value
            ) from None
        raise ValidationError(
            "file",
            "entry {entry} (line {line}): {value!r} is not a date",
            entry=entry,
            line=holder.sourceline,
            value=value,
        ) from None


def _sign(d: _Doc, el: Any, entry: int) -> int:
    ind = d.text(el, "CdtDbtInd")
    if ind not in ("CRDT", "DBIT"):
        raise ValidationError(
            "file",
            "entry {entry} (line {line}) has no {element} (CRDT or DBIT)",
            entry=entry,
            line=el.sourceline,
            element="CdtDbtInd",
        )
    return 1 if ind == "CRDT" else -1


def _balance(d: _Doc, stmt: Any, codes: tuple[str, ...]) -> tuple[Decimal, dt.date | None] | None:
    for code in codes:
        for bal in d.findall(stmt, "Bal"):
            if d.text(bal, "Tp/CdOrPrtry/Cd") != code:
                continue
            amt = d.find(bal, "Amt")
            value = _amount(
                amt.text.strip() if amt is not None and amt.text else None,
                None,
                amt.sourceline if amt is not None else bal.sourceline,
            )
            sign = -1 if d.text(bal, "CdtDbtInd") == "DBIT" else 1
            return sign * value, _date(d, bal, "Dt", None)
    return None


def _party(d: _Doc, tx: Any, credit: bool) -> tuple[str | None, str | None]:
    role = "Dbtr" if credit else "Cdtr"
    name = (
        d.text(tx, f"RltdPties/{role}/Nm")
        or d.text(tx, f"RltdPties/{role}/Pty/Nm")
        or d.text(tx, f"RltdPties/Ultmt{role}/Nm")
    )
    iban = d.text(tx, f"RltdPties/{role}Acct/Id/IBAN")
    return name, counterparty_iban(iban)


def _texts(d: _Doc, tx: Any) -> tuple[str | None, str]:
    """(structured reference, free text) of one TxDtls."""
    ref = None
    for r in d.findall(tx, "RmtInf/Strd/CdtrRefInf/Ref"):
        if r.text and r.text.strip():
            ref = re.sub(r"\s+", "", r.text).upper()
            break
    free = " ".join(u.text.strip() for u in d.findall(tx, "RmtInf/Ustrd") if u.text and u.text.strip())
    if not free:
        free = d.text(tx, "AddtlTxInf") or ""
    return ref, free


def _not_provided(value: str | None) -> str | None:
    return None if value is None or value.upper() == "NOTPROVIDED" else value


def _entries(d: _Doc, stmt: Any, currency: str) -> list[BankEntry]:
    out: list[BankEntry] = []
    for ntry in d.findall(stmt, "Ntry"):
        d.index(ntry)
        status = d.text(ntry, "Sts") or d.text(ntry, "Sts/Cd") or "BOOK"
        if status != "BOOK":
            continue
        index = len(out) + 1
        amt = d.find(ntry, "Amt")
        if amt is None:
            raise ValidationError(
                "file", "entry {entry} (line {line}) has no {element}", entry=index, line=ntry.sourceline, element="Amt"
            )
        amount = _sign(d, ntry, index) * _amount((amt.text or "").strip() or None, index, amt.sourceline)
        ccy = amt.get("Ccy") or currency
        booked = _date(d, ntry, "BookgDt", index)
        if booked is None:
            raise ValidationError(
                "file",
                "entry {entry} (line {line}) has no {element}",
                entry=index,
                line=ntry.sourceline,
                element="BookgDt",
            )
        valued = _date(d, ntry, "ValDt", index)
        entry_ref = d.text(ntry, "AcctSvcrRef") or d.text(ntry, "NtryRef")
        entry_text = d.text(ntry, "AddtlNtryInf") or ""
        details = d.findall(ntry, "NtryDtls/TxDtls")
        tx_amounts = []
        for tx in details:
            a = d.find(tx, "Amt")
            if a is None:
                a = d.find(tx, "AmtDtls/TxAmt/Amt")
            tx_amounts.append(a)
        if len(details) > 1 and all(a is not None for a in tx_amounts):
            # A batch booking: one BankEntry per transaction, their sum must be the booked amount.
            split: list[BankEntry] = []
            for tx, a in zip(details, tx_amounts, strict=True):
                i = index + len(split)
                sign = _sign(d, tx, i) if d.text(tx, "CdtDbtInd") else (1 if amount > 0 else -1)
                value = sign * _amount((a.text or "").strip() or None, i, a.sourceline)
                name, iban = _party(d, tx, value > 0)
                ref, free = _texts(d, tx)
                split.append(
                    BankEntry(
                        index=i,
                        booking_date=booked,
                        value_date=valued,
                        amount=value,
                        currency=a.get("Ccy") or ccy,
                        counterparty_name=name,
                        counterparty_iban=iban,
                        structured_reference=ref,
                        remittance_text=free or entry_text,
                        bank_reference=d.text(tx, "Refs/AcctSvcrRef") or entry_ref,
                    )
                )
            total = sum((e.amount for e in split), Decimal(0))
            if total != amount:
                raise ValidationError(
                    "file",
                    "entry {entry} (line {line}): its transactions add up to {details}, the entry to {amount}",
                    entry=index,
                    line=ntry.sourceline,
                    details=total,
                    amount=amount,
                )
            out.extend(split)
            continue
        name = iban = ref = None
        texts = []
        bank_ref = entry_ref
        for tx in details:
            n, i2 = _party(d, tx, amount > 0)
            r, free = _texts(d, tx)
            name, iban, ref = name or n, iban or i2, ref or r
            if free:
                texts.append(free)
            bank_ref = bank_ref or d.text(tx, "Refs/AcctSvcrRef") or _not_provided(d.text(tx, "Refs/EndToEndId"))
        out.append(
            BankEntry(
                index=index,
                booking_date=booked,
                value_date=valued,
                amount=amount,
                currency=ccy,
                counterparty_name=name,
                counterparty_iban=iban,
                structured_reference=ref,
                remittance_text=" ".join(texts) or entry_text,
                bank_reference=bank_ref,
            )
        )
    return out


def _statement(d: _Doc, stmt: Any) -> BankStatement:
    statement_id = d.text(stmt, "Id")
    if statement_id is None:
        raise ValidationError(
            "file", "the statement at line {line} has no {element}", line=stmt.sourceline, element="Stmt/Id"
        )
    iban_text = d.text(stmt, "Acct/Id/IBAN")
    if iban_text is None:
        raise ValidationError(
            "file", "the statement at line {line} has no {element}", line=stmt.sourceline, element="Acct/Id/IBAN"
        )
    iban = account_iban(iban_text)
    opening = _balance(d, stmt, ("OPBD", "PRCD"))
    if opening is None:
        raise ValidationError(
            "file",
            "the statement at line {line} has no {element}",
            line=stmt.sourceline,
            element="Bal (opening balance OPBD/PRCD)",
        )
    closing = _balance(d, stmt, ("CLBD",))
    if closing is None:
        raise ValidationError(
            "file",
            "the statement at line {line} has no {element}",
            line=stmt.sourceline,
            element="Bal (closing balance CLBD)",
        )
    currency = d.text(stmt, "Acct/Ccy")
    if currency is None:
        bal_amt = d.find(stmt, "Bal/Amt")
        currency = bal_amt.get("Ccy") if bal_amt is not None else None
    if not currency:
        raise ValidationError(
            "file", "the statement at line {line} has no {element}", line=stmt.sourceline, element="Acct/Ccy"
        )
    entries = _entries(d, stmt, currency)
    d.forget()
    check_balance(opening[0], entries, closing[0])
    from_date = _date(d, stmt, "FrToDt/FrDtTm", None) if d.find(stmt, "FrToDt/FrDtTm") is not None else None
    to_date = _date(d, stmt, "FrToDt/ToDtTm", None) if d.find(stmt, "FrToDt/ToDtTm") is not None else None
    last = closing[1] or (max(e.booking_date for e in entries) if entries else None)
    first = min((e.booking_date for e in entries), default=last)
    from_date, to_date = from_date or first, to_date or last
    if from_date is None or to_date is None:
        raise ValidationError(
            "file",
            "the statement at line {line} has no {element}",
            line=stmt.sourceline,
            element="FrToDt or Bal/Dt",
        )
    return BankStatement(
        format="camt053",
        statement_id=statement_id,
        account_iban=iban,
        currency=currency,
        from_date=from_date,
        to_date=to_date,
        opening_balance=opening[0],
        closing_balance=closing[0],
        entries=tuple(entries),
    )


def parse(data: bytes) -> list[BankStatement]:
    """Every statement in a camt.053 file, in file order; a message naming the fault otherwise."""
    root = load_document(data)
    d = _Doc(_version(root))
    body = d.find(root, "BkToCstmrStmt")
    if body is None:
        raise ValidationError("file", "the statement at line {line} has no {element}", line=1, element="BkToCstmrStmt")
    stmts = d.findall(body, "Stmt")
    if not stmts:
        raise ValidationError("file", "the file holds no statement (no {element})", element="Stmt")
    return [_statement(d, s) for s in stmts]
