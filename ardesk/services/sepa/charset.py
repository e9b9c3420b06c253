"""The SEPA character set (EPC217-08): texts transliterated and reduced to it, identifiers checked against it.

Choices (ARDESK):
- Texts (names, remittance) are transliterated with text-unidecode first, so "Søren Ærø" becomes
  "Soren AEro" and "Юлия" becomes "Iuliia"; what is still outside the Latin set A-Z a-z 0-9 / - ? : ( ) . , ' +
  and space becomes a space, runs of spaces collapse, and the text is cut to the field's length.
- "&" (and "<", ">", '"', "*", ...) is not in the set and becomes a space, as every other foreign character:
  "Café <Zoë> & Zn" -> "Cafe Zoe Zn". "+" was considered, but it reads as a plus sign in a name.
- A text with nothing left ("★", emoji only) is the empty string: optional elements are then left out,
  and a name is refused by sepa_name (a bank needs a name; "-" or "NOTPROVIDED" would tell it nothing).
- Identifiers (MsgId, PmtInfId, EndToEndId, MndtId) are never altered: a mandate reference that is not
  valid as it is would no longer match the signed mandate, so it is refused naming the field (sepa_id)."""

from __future__ import annotations

import re
import unicodedata

from text_unidecode import unidecode

from ardesk.errors import ValidationError

#: Outside the EPC Latin character set of texts.
_NOT_SEPA = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")
#: The restricted set EPC (and the German DK) recommend for identifiers: the Latin set without the space.
_ID = re.compile(r"[A-Za-z0-9/\-?:().,'+]+")


def sepa_text(value: str, limit: int) -> str:
    """value transliterated to the SEPA Latin set, spaces collapsed, at most `limit` characters; "" when
    nothing of it can be carried."""
    plain = unidecode(unicodedata.normalize("NFC", value))
    return " ".join(_NOT_SEPA.sub(" ", plain).split())[:limit].rstrip()


def sepa_name(value: str, field: str, limit: int = 70) -> str:
    """A party's name for a SEPA file (EPC: at most 70 characters), refused when no letter or digit survives."""
    text = sepa_text(value, limit)
    if not any(ch.isalnum() for ch in text):
        raise ValidationError(
            field, "{value!r} has no letters or digits that a SEPA payment file can carry", value=value
        )
    return text


def sepa_id(value: object, field: str, limit: int = 35) -> str:
    """An identifier as it is (surrounding spaces removed), refused unless it is 1..limit characters of
    A-Z a-z 0-9 / - ? : ( ) . , ' + that neither starts nor ends with "/" nor holds "//" (EPC)."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text, got {type_name}", type_name=type(value).__name__)
    text = value.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > limit:
        raise ValidationError(field, "{text!r} is longer than {max_len} characters", text=text, max_len=limit)
    if not _ID.fullmatch(text):
        bad = next(ch for ch in text if not _ID.fullmatch(ch))
        raise ValidationError(
            field,
            "{value!r} holds {char!r}; a SEPA identifier has only letters A-Z, digits and / - ? : ( ) . , ' +",
            value=text,
            char=bad,
        )
    if text.startswith("/") or text.endswith("/") or "//" in text:
        raise ValidationError(
            field, "{value!r}: a SEPA identifier may not start or end with / nor contain //", value=text
        )
    return text
