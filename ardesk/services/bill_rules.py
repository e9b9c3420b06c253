"""The rules of a bill of exchange's life that need no database: which step may follow which, and when (DOMAIN 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ardesk.errors import Term, ValidationError
from ardesk.money import round_money
from ardesk.services.text import term

#: The states of a bill (DOMAIN 6 state machine; names after AX 2012 CustVendNegInstStatus).
STATES = ("drawn", "remitted", "honored", "protested", "redrawn", "closed")
#: How a bill is remitted to the bank.
REMIT_KINDS = ("collection", "discount")
#: How a protested bill is closed: the invoice goes back to the customer's receivable, or it is written off.
CLOSE_HOW = ("invoice_back", "write_off")

#: The states each step may start from (DOMAIN 6): Drawn -> Remitted -> Honored; Drawn or Remitted ->
#: Protested -> Redrawn (a new Drawn bill) or closed.
ALLOWED_FROM: dict[str, tuple[str, ...]] = {
    "remit": ("drawn",),
    "settle": ("remitted",),
    "protest": ("drawn", "remitted"),
    "redraw": ("protested",),
    "close": ("protested",),
}

#: The states as a message names them ("BOE-000001 is protested").
STATE_TERMS: dict[str, Term] = {
    "drawn": Term("drawn"),
    "remitted": Term("remitted"),
    "honored": Term("honored"),
    "protested": Term("protested"),
    "redrawn": Term("redrawn"),
    "closed": Term("closed"),
}

#: What each step does, as a message names it ("... cannot be settled").
STEP_TERMS: dict[str, Term] = {
    "remit": Term("remitted to the bank"),
    "settle": Term("settled"),
    "protest": Term("protested"),
    "redraw": Term("redrawn"),
    "close": Term("closed"),
}


def check_step(number: str, state: str, step: str, day: dt.date, last_date: dt.date, field: str = "number") -> None:
    """Refuse a step the state machine does not allow from `state`, or dated before the bill's last step."""
    if state not in ALLOWED_FROM[step]:
        raise ValidationError(
            field,
            "{number} is {state}; it cannot be {step}",
            number=number,
            state=term(STATE_TERMS, state),
            step=term(STEP_TERMS, step),
        )
    if day < last_date:
        raise ValidationError(
            "date", "must not be before {date}, the last step of {number}", date=last_date, number=number
        )


def check_matured(number: str, day: dt.date, due_date: dt.date) -> None:
    """A bill is honoured or protested at maturity: settle and protest are refused before its due date."""
    if day < due_date:
        raise ValidationError(
            "date", "{number} falls due on {due_date}; not before then", number=number, due_date=due_date
        )


def check_discount_date(number: str, day: dt.date, due_date: dt.date) -> None:
    """A bill is remitted for discount before its due date (DOMAIN 6): afterwards there is nothing to advance."""
    if day >= due_date:
        raise ValidationError(
            "date",
            "{number} falls due on {due_date}; a bill is remitted for discount before its due date",
            number=number,
            due_date=due_date,
        )


def split_charge(charge: Decimal, amounts: list[Decimal], places: int) -> list[Decimal]:
    """The bank's discount charge of one remittance spread over its bills in proportion to their amounts,
    rounded to `places`; the last bill takes the rounding rest, so the parts add up to the charge."""
    total = sum(amounts, Decimal(0))
    parts = [round_money(charge * a / total, places) for a in amounts[:-1]]
    return [*parts, charge - sum(parts, Decimal(0))]
