"""Structured payment references printed on invoices: ISO 11649 "RF" and the Dutch betalingskenmerk.

ISO 11649 creditor reference: "RF", two check digits and a base of 1–21 letters and digits. The check
digits are computed as for an IBAN (ISO 7064 MOD 97-10): move "RF00" behind the base, turn letters into
numbers (A=10 … Z=35), check = 98 − (number mod 97); a reference is valid when the rearranged number mod
97 is 1. Stored without spaces ("RF18000000012"), printed in groups of four ("RF18 0000 0001 2").

Dutch betalingskenmerk (structured reference of the Betaalvereniging Nederland, formerly Currence/the
acceptgiro; issuer code "CUR" in SEPA files). Source: Betaalvereniging Nederland, "Specificaties
betalingskenmerk" (betaalvereniging.nl/.../specificaties-betalingskenmerk/), confirmed by the XMLdation
wiki page "Betalingskenmerk" (RBS Access Online rules):
* 7 to 16 digits. 7 digits: no check digit at all. 16 digits: a check digit C followed by 15 digits.
  9–14 digits: C, a length code L (the number of digits that follow, modulo 10: 7, 8, 9, 0, 1, 2) and
  7–12 digits; L is part of the check. 8 and 15 digits do not exist.
* C is a weighted modulus 11: the digits after C get, from the rightmost to the left, the weights
  2, 4, 8, 5, 10, 9, 7, 3, 6, 1 (repeating); A = sum of digit × weight; C = 11 − (A mod 11), where 10
  becomes 1 and 11 becomes 0. Example from the source: 5000 0567 8901 2345 (C = 5).
ardesk issues only 16-digit references (the advised, unambiguous form); `is_dutch_reference` accepts
every form that carries a check digit (9–14 and 16 digits); 7-digit numbers cannot be told from any
other number and are not recognised.

Which reference an invoice gets (`reference_for`): both kinds encode the invoice number sequence's
counter (the `sequence` the number was taken from, ardesk.services.posting: it only goes up and is
never reused), so the reference is unique within the company and tells the bookkeeper the invoice:
* "nl": the counter as 15 digits behind its check digit: counter 1 → 9000 0000 0000 0001;
* "rf": the counter as a base of at least 7 digits: counter 1 → RF74 0000 001 (short to type);
* "none": no reference (None).
"""

from __future__ import annotations

import re

from ardesk.errors import ValidationError

KINDS = ("rf", "nl", "none")

#: Weights of the betalingskenmerk check, from the rightmost digit to the left (repeating).
_NL_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
#: Length of a betalingskenmerk -> the length code it carries (None: no length code).
_NL_LENGTH_CODE = {9: 7, 10: 8, 11: 9, 12: 0, 13: 1, 14: 2, 16: None}

_RF_SHAPE = re.compile(r"RF[0-9]{2}[A-Z0-9]{1,21}")
_SPACES = re.compile(r"\s+")


def _mod97(text: str) -> int:
    """ISO 7064 MOD 97-10 of letters and digits (A=10 … Z=35), as for an IBAN."""
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


def _compact(text: str) -> str:
    return _SPACES.sub("", text).upper()


def rf_reference(base: str) -> str:
    """The ISO 11649 creditor reference of `base` (1–21 letters and digits), in store form (no spaces)."""
    if not isinstance(base, str):
        raise ValidationError("base", "must be text")
    clean = _compact(base)
    if not re.fullmatch(r"[A-Z0-9]{1,21}", clean):
        raise ValidationError(
            "base", "{base!r} is not 1 to 21 letters and digits; an RF reference cannot be made of it", base=base
        )
    check = 98 - _mod97(clean + "RF00")
    return f"RF{check:02d}{clean}"


def is_rf(text: object) -> bool:
    """Whether `text` (spaces and case ignored) is a valid ISO 11649 creditor reference."""
    if not isinstance(text, str):
        return False
    ref = _compact(text)
    return bool(_RF_SHAPE.fullmatch(ref)) and _mod97(ref[4:] + ref[:4]) == 1


def _nl_check(digits: str) -> int:
    """The betalingskenmerk check digit C over the digits behind it (length code included)."""
    total = sum(int(d) * _NL_WEIGHTS[i % 10] for i, d in enumerate(reversed(digits)))
    c = 11 - total % 11
    return {10: 1, 11: 0}.get(c, c)


def dutch_reference(number: int) -> str:
    """The 16-digit betalingskenmerk carrying `number` (0 … 10^15 − 1) as its 15 digits, store form."""
    if not isinstance(number, int) or isinstance(number, bool):
        raise ValidationError("number", "must be a whole number")
    if not 0 <= number < 10**15:
        raise ValidationError("number", "{number} does not fit in the 15 digits of a betalingskenmerk", number=number)
    body = f"{number:015d}"
    return f"{_nl_check(body)}{body}"


def is_dutch_reference(text: object) -> bool:
    """Whether `text` (spaces ignored) is a betalingskenmerk with a correct check digit: 16 digits, or
    9–14 digits with their length code."""
    if not isinstance(text, str):
        return False
    ref = _compact(text)
    if not ref.isascii() or not ref.isdigit() or len(ref) not in _NL_LENGTH_CODE:
        return False
    code = _NL_LENGTH_CODE[len(ref)]
    if code is not None and int(ref[1]) != code:
        return False
    return int(ref[0]) == _nl_check(ref[1:])


def normalize_reference(text: str) -> str | None:
    """The store form of a valid RF or Dutch reference (no spaces, upper case), else None."""
    if not isinstance(text, str):
        return None
    ref = _compact(text)
    return ref if is_rf(ref) or is_dutch_reference(ref) else None


def print_form(reference: str) -> str:
    """A reference in groups of four for printing: "RF18 0000 0001 2", "1000 0000 0000 0001"."""
    ref = _compact(reference)
    return " ".join(ref[i : i + 4] for i in range(0, len(ref), 4))


def reference_for(kind: str, invoice_number: str, sequence: int) -> str | None:
    """The payment reference a posted invoice gets (store form), or None for kind "none".

    `sequence` is the counter its invoice number was taken from (unique per company, never reused);
    `invoice_number` only names the invoice in a message."""
    if kind not in KINDS:
        raise ValidationError("kind", "must be one of {choices}", choices=", ".join(KINDS))
    if kind == "none":
        return None
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 0:
        raise ValidationError(
            "sequence", "{sequence!r} is not the counter of invoice {number}", sequence=sequence, number=invoice_number
        )
    if kind == "nl":
        return dutch_reference(sequence)
    digits = f"{sequence:07d}"
    if len(digits) > 21:
        raise ValidationError(
            "sequence", "{sequence!r} is not the counter of invoice {number}", sequence=sequence, number=invoice_number
        )
    return rf_reference(digits)


_RF_START = re.compile(r"(?<![A-Za-z0-9])RF[0-9]{2}", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9])[0-9]+(?: [0-9]+)*(?![A-Za-z0-9])")


def _rf_in(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _RF_START.finditer(text):
        # The base: this token's rest and the tokens after it, each separated by one space; the
        # longest one that validates wins (a reference ends where a token ends).
        rest = text[m.end() :]
        candidates, base = [], ""
        pos = 1 if rest[:1] == " " else 0
        while True:
            tok = _TOKEN.match(rest, pos)
            if not tok or len(base) + len(tok.group()) > 21:
                break
            base += tok.group()
            candidates.append(base)
            pos = tok.end()
            if rest[pos : pos + 1] != " ":
                break
            pos += 1
        for cand in reversed(candidates):
            ref = (m.group() + cand).upper()
            if is_rf(ref):
                found.append((m.start(), ref))
                break
    return found


def _nl_in(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _DIGIT_RUN.finditer(text):
        groups = m.group().split(" ")
        offsets, o = [], m.start()
        for g in groups:
            offsets.append(o)
            o += len(g) + 1
        i = 0
        while i < len(groups):
            joined, j = "", i
            while j < len(groups) and len(joined) < 16:
                joined += groups[j]
                j += 1
            if len(joined) == 16 and is_dutch_reference(joined):
                found.append((offsets[i], joined))
                i = j
            else:
                i += 1
    return found


def find_references(text: str | None) -> list[str]:
    """The valid RF and 16-digit Dutch references in free text, normalised, in the order they appear.

    Groups may be separated by single spaces ("RF18 0000 0001 2", "1000 0000 0000 0001"); a reference
    must stand on its own (not inside a longer word or number). Each reference is listed once."""
    if not text:
        return []
    hits = sorted(_rf_in(text) + _nl_in(text))
    out: list[str] = []
    for _, ref in hits:
        if ref not in out:
            out.append(ref)
    return out
