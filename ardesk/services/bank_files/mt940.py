"""SWIFT MT940 customer statements read into BankStatement (library: mt-940, module mt940).

Supported tags: :20: (statement reference), :25: account (an IBAN, optionally followed by the currency
as Rabobank writes it, or BIC/IBAN), :28C: statement number, :60F:/:60M: opening and :62F:/:62M:
closing balance, :61: statement lines (value date, optional booking date MMDD, C/D/RC/RD mark, amount
with a decimal comma, transaction type, references; RC is a debit, RD a credit) and :86: information.
Several statements in one file (each starting with :20:) are read one by one.

:86: in the structured form of the Dutch banks (SEPA format of ABN AMRO, ING, Rabobank, Triodos,
bunq: "/CODE/value" fields) gives: the counterparty from /NAME/ (ORDP//NAME and BENM//NAME too) and
/IBAN/ or the first part of ING's /CNTP/account/BIC/name/city/; the structured reference from
/REMI/STRD/CUR/<betalingskenmerk>/ or /REMI/STRD/ISO/<RF…>/; the free text from /REMI/USTD//…/ or
/REMI/…; the end-to-end id /EREF/ as bank reference when :61: has none. Any other :86: is kept whole
as free text. Each :61: is validated before the library reads it, so a bad amount or date is named
with its entry and line."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import mt940 as mt940_lib

from ardesk.errors import ValidationError
from ardesk.services.bank_files.common import account_iban, check_balance, counterparty_iban
from ardesk.services.bank_files.records import BankEntry, BankStatement

_TAG = re.compile(r"^:(?P<tag>[0-9]{2}[A-Z]?|NS):", re.MULTILINE)
_LINE61 = re.compile(r"(?P<date>[0-9]{6})(?P<entry>[0-9]{4})?(?P<mark>RC|RD|C|D)(?P<funds>[A-Z](?=[0-9]))?")
_AMOUNT = re.compile(r"[0-9]{1,12},[0-9]{0,2}")
_TYPE = re.compile(r"[NSF][A-Z0-9]{3}")
_BALANCE = re.compile(r"(?P<mark>[CD])(?P<date>[0-9]{6})(?P<ccy>[A-Z]{3})(?P<amount>[0-9]{1,12},[0-9]{0,2})")
_CODES = (
    "TRTP|IBAN|BIC|NAME|REMI|EREF|MARF|CSID|ORDP|BENM|ADDR|CNTP|ISDT|RTRN|PURP|SVCL|ULTC|ULTD|ULTB|CHGS|CREF|IREF"
    "|OCMT|ATOS|EXCH|CITY|PREF|BUSP|ID"
)
_FIELD = re.compile(rf"/({_CODES})/")


def _yymmdd(text: str) -> dt.date:
    """A SWIFT date YYMMDD (years 00–79 are 20xx, 80–99 19xx)."""
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    return dt.date(2000 + yy if yy < 80 else 1900 + yy, mm, dd)


def _tags(block: str, first_line: int) -> list[tuple[str, str, int]]:
    """(tag, value, line number) of each tag of one statement; values keep their inner line breaks."""
    marks = list(_TAG.finditer(block))
    out = []
    line, counted = first_line, 0
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(block)
        value = block[m.end() : end].strip("\r\n")
        # A trailing "-" (end of a SWIFT block 4) is not part of the value.
        if value.endswith(("-", "-}")):
            value = re.sub(r"\n-\}?\s*$", "", value)
        line += block.count("\n", counted, m.start())
        counted = m.start()
        out.append((m.group("tag"), value.rstrip(), line))
    return out


def _balance(tags: list[tuple[str, str, int]], names: tuple[str, ...]) -> tuple[Decimal, dt.date, str] | None:
    for tag, value, line in tags:
        if tag not in names:
            continue
        m = _BALANCE.match(value.strip())
        if not m:
            raise ValidationError(
                "file",
                "line {line}: the balance :{tag}: {value!r} is not in MT940 form",
                line=line,
                tag=tag,
                value=value,
            )
        try:
            day = _yymmdd(m.group("date"))
        except ValueError:
            raise ValidationError(
                "file", "line {line}: {value!r} is not a date", line=line, value=m.group("date")
            ) from None
        amount = Decimal(m.group("amount").replace(",", "."))
        return (-amount if m.group("mark") == "D" else amount), day, m.group("ccy")
    return None


def _check_line61(value: str, entry: int, line: int) -> tuple[int, dt.date]:
    """The sign (+1 money in) and value date of a :61: line, or a message naming what is wrong."""
    m = _LINE61.match(value)
    if not m:
        raise ValidationError(
            "file",
            "entry {entry} (line {line}): the :61: line {value!r} is not in MT940 form",
            entry=entry,
            line=line,
            value=value.splitlines()[0] if value else "",
        )
    try:
        day = _yymmdd(m.group("date"))
        if m.group("entry"):
            dt.date(2000, int(m.group("entry")[:2]), int(m.group("entry")[2:]))  # a leap year: 0229 is a date
    except ValueError:
        raise ValidationError(
            "file",
            "entry {entry} (line {line}): {value!r} is not a date",
            entry=entry,
            line=line,
            value=m.group("date") + (m.group("entry") or ""),
        ) from None
    rest = value[m.end() :]
    amount = _AMOUNT.match(rest)
    if not amount or not _TYPE.match(rest, amount.end()):
        bad = re.match(r"[^NSF]*", rest)
        raise ValidationError(
            "file",
            "entry {entry} (line {line}): {value!r} is not an amount",
            entry=entry,
            line=line,
            value=bad.group() if bad and bad.group() else rest[:15],
        )
    return (1 if m.group("mark") in ("C", "RD") else -1), day


def _join(text: str) -> str:
    """:86: lines joined: a full 65-character line was wrapped by the bank and continues without a space."""
    lines = text.splitlines()
    out = ""
    for i, ln in enumerate(lines):
        out += ln
        if i + 1 < len(lines) and len(ln) < 65 and not text.lstrip().startswith("/"):
            out += " "
    return out.strip()


def _details(text: str) -> tuple[str | None, str | None, str | None, str, str | None]:
    """(name, iban, structured reference, free text, end-to-end id) from an :86: field."""
    joined = _join(text)
    marks = list(_FIELD.finditer(joined))
    if not joined.startswith("/") or not marks:
        return None, None, None, joined, None
    fields: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(joined)
        fields.setdefault(m.group(1), joined[m.end() : end].strip("/ ").strip())
    name = fields.get("NAME") or None
    iban = fields.get("IBAN") or None
    if "CNTP" in fields:  # ING: /CNTP/account/BIC/name/city/
        parts = fields["CNTP"].split("/")
        iban = iban or (parts[0] if parts else None)
        name = name or (parts[2] if len(parts) > 2 and parts[2] else None)
    remi = fields.get("REMI", "")
    ref = None
    free = remi
    strd = re.match(r"STRD/(CUR|ISO)/([^/]*)", remi)
    if strd:
        ref = re.sub(r"\s+", "", strd.group(2)).upper() or None
        free = ""
    elif remi.startswith("USTD"):
        free = remi[4:].lstrip("/").strip()
    eref = fields.get("EREF") or None
    if eref and eref.upper() == "NOTPROVIDED":
        eref = None
    return name, counterparty_iban(iban), ref, free, eref


def _statement(block: str, first_line: int) -> BankStatement:
    tags = _tags(block, first_line)
    names = {t for t, _, _ in tags}
    for need in ("25", "60F|60M", "62F|62M"):
        if not names & set(need.split("|")):
            raise ValidationError(
                "file", "the MT940 statement at line {line} has no :{tag}: line", line=first_line, tag=need[:3]
            )
    account = next(v for t, v, _ in tags if t == "25").strip()
    iban_match = re.search(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", account.replace(" ", ""))
    candidate = iban_match.group() if iban_match else account
    # Rabobank writes the currency behind the IBAN (NL…0123456789EUR).
    if iban_match and counterparty_iban(candidate) is None and counterparty_iban(candidate[:-3]):
        candidate = candidate[:-3]
    iban = account_iban(candidate)
    opening = _balance(tags, ("60F", "60M"))
    closing = _balance(tags, ("62F", "62M"))
    assert opening is not None and closing is not None  # checked above
    checked: list[tuple[int, dt.date, int]] = []
    for tag, value, line in tags:
        if tag == "61":
            checked.append((*_check_line61(value, len(checked) + 1, line), line))
    try:
        parsed: Any = mt940_lib.parse(block)
        transactions = list(parsed)
    except Exception:  # the library's own errors: the lines were checked, this is what remains
        raise ValidationError(
            "file", "the MT940 statement at line {line} could not be read; the file is damaged", line=first_line
        ) from None
    if len(transactions) != len(checked):
        raise ValidationError(
            "file", "the MT940 statement at line {line} could not be read; the file is damaged", line=first_line
        )
    entries = []
    for i, (tx, (sign, value_date, _line)) in enumerate(zip(transactions, checked, strict=True), start=1):
        data = tx.data
        amount = sign * abs(Decimal(data["amount"].amount))
        booked = data.get("entry_date") or value_date
        name, cp_iban, ref, free, eref = _details(str(data.get("transaction_details") or ""))
        bank_ref = data.get("bank_reference") or None
        customer_ref = data.get("customer_reference")
        if not bank_ref and customer_ref and customer_ref.upper() != "NONREF":
            bank_ref = customer_ref
        entries.append(
            BankEntry(
                index=i,
                booking_date=dt.date(booked.year, booked.month, booked.day),
                value_date=value_date,
                amount=amount,
                currency=data.get("currency") or closing[2],
                counterparty_name=name,
                counterparty_iban=cp_iban,
                structured_reference=ref,
                remittance_text=free,
                bank_reference=bank_ref or eref,
            )
        )
    check_balance(opening[0], entries, closing[0])
    number = next((v.strip() for t, v, _ in tags if t == "28C"), "")
    reference = next((v.strip() for t, v, _ in tags if t == "20"), "")
    first = min((e.booking_date for e in entries), default=closing[1])
    return BankStatement(
        format="mt940",
        statement_id="/".join(p for p in (reference, number) if p),
        account_iban=iban,
        currency=closing[2],
        from_date=first,
        to_date=closing[1],
        opening_balance=opening[0],
        closing_balance=closing[0],
        entries=tuple(entries),
    )


def parse(text: str) -> list[BankStatement]:
    """Every statement in MT940 text (one per :20:), in file order; a message naming the fault otherwise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    starts = [m.start() for m in re.finditer(r"^:20:", text, re.MULTILINE)]
    if not starts:
        raise ValidationError("file", "the MT940 statement at line {line} has no :{tag}: line", line=1, tag="20")
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        out.append(_statement(text[start:end], text.count("\n", 0, start) + 1))
    return out
