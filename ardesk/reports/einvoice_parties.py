"""Seller and buyer of an e-invoice as plain values, derived once for both XML writers (UBL, CII)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ardesk.services.einvoice_data import EInvoiceDoc, EParty


@dataclass(frozen=True)
class PartyValues:
    """What the UBL and CII writers emit of a party, each in its own element names and order."""

    name: str
    country: str  # ISO 3166-1 alpha-2
    street: str | None
    additional_street: str | None
    city: str | None
    postal_code: str | None
    endpoint: tuple[str, str] | None  # electronic address (BT-34/BT-49): (Peppol EAS scheme, id)
    legal_scheme: str | None  # legal registration (BT-30/BT-47): 0106 for a Dutch KvK number, else no scheme
    legal_id: str | None
    vat_number: str | None  # None on a document not subject to VAT
    contact: str | None
    phone: str | None
    email: str | None

    @property
    def legal_attrib(self) -> dict[str, str]:
        """The schemeID attribute of the legal registration, when it has a scheme."""
        return {"schemeID": self.legal_scheme} if self.legal_scheme else {}

    @property
    def has_contact(self) -> bool:
        return bool(self.contact or self.phone or self.email)

    def address(self, elements: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """(element, text) of the address fields the party has, in the order of `elements`: pairs of a field
        (street, additional_street, city, postal_code) and the writer's element name for it."""
        return [(tag, value) for field, tag in elements if (value := getattr(self, field))]


def party_values(e: EInvoiceDoc, p: EParty) -> PartyValues:
    """The plain values of seller or buyer `p` on document `e`."""
    legal_scheme, legal_id = p.legal_id or (None, None)
    return PartyValues(
        name=p.name,
        country=p.country,
        street=p.street,
        additional_street=p.additional_street,
        city=p.city,
        postal_code=p.postal_code,
        endpoint=p.endpoint,
        legal_scheme=legal_scheme,
        legal_id=legal_id,
        # Not subject to VAT (O) is invoiced without the parties' VAT numbers (BR-O-02, BR-O-03).
        vat_number=p.vat_number if "O" not in e.categories else None,
        contact=p.contact,
        phone=p.phone,
        email=p.email,
    )


def parties(e: EInvoiceDoc) -> tuple[PartyValues, PartyValues]:
    """(seller, buyer) of document `e`."""
    return party_values(e, e.seller), party_values(e, e.buyer)
