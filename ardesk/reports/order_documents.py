"""Frozen print documents of the order screens (the packing slip) and their printed labels in English and Dutch;
no ReportLab here, so gathering them does not load it. A pro forma invoice is an InvoiceDoc with a draft_id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ardesk.reports.documents import Addressee, Letterhead

#: Label key -> (English, Dutch); placeholders are filled with already formatted text.
ORDER_LABELS: dict[str, tuple[str, str]] = {
    "packing_slip": ("Packing slip", "Pakbon"),
    "slip_continued": ("Packing slip {number} (continued)", "Pakbon {number} (vervolg)"),
    "slip_number": ("Packing slip number", "Pakbonnummer"),
    "delivery_date": ("Delivery date", "Leverdatum"),
    "sales_order": ("Sales order", "Verkooporder"),
    "order_date": ("Order date", "Orderdatum"),
    "your_reference": ("Your reference", "Uw referentie"),
    "item": ("Item", "Artikel"),
    "unit": ("Unit", "Eenheid"),
    "ordered": ("Ordered", "Besteld"),
    "delivered_now": ("Delivered", "Geleverd"),
    "backorder": ("To follow", "Nog te leveren"),
    "slip_lines": (
        "Lines on this packing slip: {count}. Quantity delivered: {quantity}.",
        "Regels op deze pakbon: {count}. Geleverd aantal: {quantity}.",
    ),
    "slip_complete": ("This delivery completes the order.", "Met deze levering is de order compleet."),
    "slip_backorder": (
        "The quantities under \u201cTo follow\u201d will be delivered later.",
        "De aantallen onder \u201cNog te leveren\u201d volgen later.",
    ),
    "received": ("Received in good order", "In goede orde ontvangen"),
    "signature": ("Name and signature", "Naam en handtekening"),
    "date": ("Date", "Datum"),
}


def label(key: str, language: str, **values: str) -> str:
    """The order label in the document language (English for unknown ones), with placeholders filled."""
    english, dutch = ORDER_LABELS[key]
    template = dutch if language == "nl" else english
    return template.format(**values) if values else template


@dataclass(frozen=True)
class PackingSlipLineDoc:
    """One delivered order line: what was ordered, delivered with this slip, and still to follow."""

    item: str | None
    description: str
    unit: str | None
    ordered: Decimal
    delivered: Decimal  # on this slip
    remaining: Decimal  # still to deliver after this slip


@dataclass(frozen=True)
class PackingSlipDoc:
    """A posted packing slip, ready to print: addressed to the ordering customer, without prices."""

    company: Letterhead
    customer: Addressee
    number: str
    date: dt.date
    order_number: str
    order_date: dt.date
    reference: str | None
    language: str  # "en" | "nl"
    lines: tuple[PackingSlipLineDoc, ...]
