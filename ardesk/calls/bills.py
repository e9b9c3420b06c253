"""Company calls for bills of exchange (DOMAIN 6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from ardesk.calls.door import Door
from ardesk.services import bills
from ardesk.services.bills import BillEventInfo, BillOfExchangeInfo, DrawableInvoice

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ardesk.models import BillOfExchange
    from ardesk.models import Company as CompanyRow


class BillCalls(Door):
    """The calls for bills of exchange (DOMAIN 6), mixed into ardesk.api.Company. Every step posts one
    voucher (BOEV-...); bad input raises ValidationError naming the field before anything is written."""

    def draw_bills_of_exchange(
        self,
        invoices: Sequence[str],
        date: dt.date,
        *,
        due_date: dt.date | None = None,
        amount: Decimal | None = None,
    ) -> list[BillOfExchangeInfo]:
        """Draw one bill per open invoice (Dr bills of exchange / Cr receivable; the invoice is settled). The
        bill is for the invoice's open balance (amount: a part, only for one invoice), due on due_date, else
        on the invoice's due date."""
        return self._steps(bills.draw, invoices, date, due_date=due_date, amount=amount)

    def remit_bills_of_exchange(
        self,
        numbers: Sequence[str],
        date: dt.date,
        *,
        kind: str = "collection",
        discount_charge: Decimal | None = None,
    ) -> list[BillOfExchangeInfo]:
        """Remit drawn bills to the bank, kind "collection" (any day from the draw on) or "discount" (before
        the due date; the bank advances the bills less discount_charge, the remittance's total charge in
        accounting currency, spread over the bills by amount)."""
        return self._steps(bills.remit, numbers, date, kind=kind, discount_charge=discount_charge)

    def settle_bills_of_exchange(self, numbers: Sequence[str], date: dt.date) -> list[BillOfExchangeInfo]:
        """The bank honoured remitted bills (on or after their due date)."""
        return self._steps(bills.settle, numbers, date)

    def protest_bill_of_exchange(self, number: str, date: dt.date) -> BillOfExchangeInfo:
        """The customer did not pay a drawn or remitted bill at maturity (on or after its due date)."""
        return self._steps(bills.protest, number, date)[0]

    def redraw_bill_of_exchange(self, number: str, date: dt.date, *, due_date: dt.date) -> BillOfExchangeInfo:
        """Draw a new bill, due on due_date, for a protested one; returns the new bill."""
        return self._steps(bills.redraw, number, date, due_date=due_date)[0]

    def close_protested_bill(self, number: str, date: dt.date, *, how: str = "invoice_back") -> BillOfExchangeInfo:
        """Close a protested bill: how "invoice_back" (the invoice is open on the receivable again) or
        "write_off" (to the write_off role's account)."""
        return self._steps(bills.close, number, date, how=how)[0]

    def bills_of_exchange(
        self, *, state: str | None = None, due_by: dt.date | None = None, customer: str | None = None
    ) -> list[BillOfExchangeInfo]:
        """The bills by due date: of one state (drawn, remitted, honored, protested, redrawn, closed), due on or
        before due_by, of one customer."""
        with self._read() as (s, co):
            return bills.bills(s, co, state=state, due_by=due_by, customer=customer)

    def bill_of_exchange(self, number: str) -> BillOfExchangeInfo:
        """One bill with its events (date, event, voucher, amount)."""
        with self._read() as (s, co):
            return bills.bill(s, co, number)

    def drawable_invoices(self) -> list[DrawableInvoice]:
        """The open invoices a bill of exchange can be drawn for, by due date."""
        with self._read() as (s, co):
            return bills.drawable_invoices(s, co)

    def _steps(
        self, fn: Callable[..., BillOfExchange | list[BillOfExchange]], *args: object, **kwargs: object
    ) -> list[BillOfExchangeInfo]:
        """Post a step and read the bills it touched as records in the same transaction."""

        def run(s: Session, co: CompanyRow) -> list[BillOfExchangeInfo]:
            done = fn(s, co, *args, **kwargs)
            return bills.records(s, co.id, done if isinstance(done, list) else [done])

        return self._posting(run)


__all__ = ["BillCalls", "BillEventInfo", "BillOfExchangeInfo", "DrawableInvoice"]
