"""Dutch extrajudicial collection costs (BIK scale, DOMAIN 5.7) on plain values: principal in, costs out."""

from __future__ import annotations

from decimal import Decimal

from ardesk.errors import ValidationError
from ardesk.money import round_money

#: The BIK scale: (width of the slice of the principal, percent of it); None = the rest.
SCALE: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("2500.00"), Decimal(15)),
    (Decimal("2500.00"), Decimal(10)),
    (Decimal("5000.00"), Decimal(5)),
    (Decimal("190000.00"), Decimal(1)),
    (None, Decimal("0.5")),
)
MINIMUM = Decimal("40.00")
MAXIMUM = Decimal("6775.00")
ZERO = Decimal("0.00")


def collection_costs(principal: Decimal) -> Decimal:
    """The costs the BIK scale allows on an unpaid principal, rounded half-up to cents.

    15 % of the first 2,500.00 (at least 40.00), 10 % of the next 2,500.00, 5 % of the next
    5,000.00, 1 % of the next 190,000.00, 0.5 % of the rest, at most 6,775.00 in all.
    A principal of zero or less gives 0.00; anything but a finite Decimal is refused."""
    if isinstance(principal, float):
        raise ValidationError(
            "principal",
            "must be an exact decimal amount, not float {principal!r}",
            principal=principal,
        )
    if not isinstance(principal, Decimal):
        raise ValidationError(
            "principal",
            "must be a Decimal amount, not {type_name}",
            type_name=type(principal).__name__,
        )
    if not principal.is_finite():
        raise ValidationError("principal", "must be a finite number")
    if principal <= 0:
        return ZERO
    costs = Decimal(0)
    rest = principal
    for width, pct in SCALE:
        part = rest if width is None else min(rest, width)
        costs += part * pct / 100
        rest -= part
        if rest <= 0:
            break
    return round_money(min(max(costs, MINIMUM), MAXIMUM), 2)
