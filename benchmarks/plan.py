"""Deterministic benchmark data: customers and invoices as plain specs, shared by the bulk writer and the API."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import accumulate
from typing import NamedTuple, TypeVar

T = TypeVar("T")

#: The last day of the generated history (the measurements are dated 2026-11-25).
END = dt.date(2026, 11, 25)
YEARS = 2

#: (code, days, months) terms of payment; None means the customer has none (due on the document date).
TERMS = (("N14", 14, 0), ("N30", 30, 0), ("M1", 0, 1))
TERMS_WEIGHTS = ((None, 10), ("N14", 25), ("N30", 45), ("M1", 20))
#: (code, [(days, percent)]) cash discounts.
CASH_DISCOUNTS = (("2D10", ((10, Decimal(2)),)), ("3D5-1D14", ((5, Decimal(3)), (14, Decimal(1)))))
CASH_DISCOUNT_WEIGHTS = ((None, 75), ("2D10", 20), ("3D5-1D14", 5))
#: (code, percent) sales tax codes.
TAXES = (("HIGH", Decimal(21)), ("LOW", Decimal(9)))
LINE_COUNT_WEIGHTS = ((1, 35), (2, 25), (3, 20), (4, 12), (5, 8))

WORDS = (
    "Jansen",
    "de Vries",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "Vermeulen",
    "van den Berg",
    "Schouten",
    "Willems",
    "Hoekstra",
    "Koster",
    "Prins",
    "Huisman",
    "Kuipers",
    "Verhoeven",
    "Nijland",
    "Postma",
    "Timmermans",
    "Boer",
)
TRADES = (
    "Installatietechniek",
    "Bouw",
    "Transport",
    "Drukkerij",
    "Advies",
    "Handel",
    "Techniek",
    "Schilders",
    "Elektro",
    "Catering",
    "Logistiek",
    "Automatisering",
    "Hoveniers",
    "Kantoorartikelen",
    "Metaal",
)
FORMS = ("B.V.", "V.O.F.", "& Zn.", "Holding B.V.", "")
PRODUCTS = (
    "Consulting hours",
    "Printer paper A4, 5 boxes",
    "Maintenance contract",
    "Installation work",
    "Travel expenses",
    "Software licence",
    "Office chairs",
    "Toner cartridges",
    "Delivery and handling",
    "Repair of heating system",
    "Project management",
    "Training day",
    "Hosting, monthly fee",
    "Cable and fittings",
    "Design work",
    "Cleaning services",
    "Rental of equipment",
    "Spare parts",
)


class CustomerSpec(NamedTuple):
    account: str
    name: str
    terms: str | None
    cash_discount: str | None


class LineSpec(NamedTuple):
    """amount in cents; quantity whole units; unit_price in 1/10,000 (None: an amount-only line)."""

    description: str
    quantity: int
    unit_price: int | None
    amount: int
    tax: str | None


class InvoiceSpec(NamedTuple):
    customer: int  # index into the customer list
    date: dt.date
    lines: tuple[LineSpec, ...]


def _picker(rng: random.Random, weights: tuple[tuple[T, int], ...]) -> Callable[[], T]:
    values = [v for v, _ in weights]
    cum = list(accumulate(w for _, w in weights))
    return lambda: rng.choices(values, cum_weights=cum)[0]


def customers(count: int, seed: int) -> list[CustomerSpec]:
    rng = random.Random(seed)
    terms, discount = _picker(rng, TERMS_WEIGHTS), _picker(rng, CASH_DISCOUNT_WEIGHTS)
    out = []
    for i in range(count):
        name = f"{rng.choice(WORDS)} {rng.choice(TRADES)} {rng.choice(FORMS)}".strip()
        out.append(CustomerSpec(f"{100001 + i}", name, terms(), discount()))
    return out


def business_days(end: dt.date = END, years: int = YEARS) -> list[dt.date]:
    start = end.replace(year=end.year - years) + dt.timedelta(days=1)
    days = (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
    return [d for d in days if d.weekday() < 5]


def _line(rng: random.Random, tax: str | None) -> LineSpec:
    description = rng.choice(PRODUCTS)
    if rng.random() < 0.5:
        return LineSpec(description, 1, None, rng.randrange(500, 250_000), tax)
    quantity, price = rng.randrange(1, 21), rng.randrange(10_000, 2_500_000)  # 1.0000 .. 249.9999
    return LineSpec(description, quantity, price, (2 * quantity * price + 100) // 200, tax)  # half-up to cents


def _taxes(rng: random.Random, count: int) -> list[str | None]:
    """60 % of invoices all 21 %, 15 % mixed 21 % / 9 %, 25 % without tax (exempt, export)."""
    r = rng.random()
    if r < 0.60:
        return ["HIGH"] * count
    if r < 0.75:
        return [rng.choice(("HIGH", "LOW")) for _ in range(count)]
    return [None] * count


def invoices(count: int, customer_count: int, seed: int) -> Iterator[InvoiceSpec]:
    """count invoices in date order over the last two years; a few customers buy much more often."""
    rng = random.Random(seed + 1)
    days = business_days()
    dates = sorted(rng.randrange(len(days)) for _ in range(count))
    line_count = _picker(rng, LINE_COUNT_WEIGHTS)
    for day in dates:
        customer = min(int(customer_count * rng.random() ** 1.5), customer_count - 1)
        lines = tuple(_line(rng, tax) for tax in _taxes(rng, line_count()))
        yield InvoiceSpec(customer, days[day], lines)
