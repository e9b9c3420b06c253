"""Company calls for card payments through a payment processor (DOMAIN 8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy.orm import Session

from ardesk.calls.door import Door
from ardesk.models import CardPayment
from ardesk.models import Company as CompanyRow
from ardesk.services import card_processor, cards
from ardesk.services.card_processor import Authorization, CardData, CardProcessor, Outcome, TestProcessor
from ardesk.services.cards import CardPaymentInfo


def set_card_processor(processor: CardProcessor | None, company: str | None = None) -> None:
    """Use `processor` for the company with this code (None: every company without its own); None as the
    processor goes back to the offline test processor that ardesk ships (services.card_processor)."""
    card_processor.set_processor(processor, company)


class CardCalls(Door):
    """The calls for card payments through a payment processor (DOMAIN 8), mixed into ardesk.api.Company."""

    def authorize_card_payment(
        self,
        customer: str,
        amount: Decimal,
        date: dt.date,
        *,
        card_number: str,
        expiry: str | tuple[int, int],
        holder: str,
        cvv: str | None = None,
        invoice: str | None = None,
        method: str | None = None,
    ) -> CardPaymentInfo:
        """Authorize `amount` (in the invoice's currency, else the customer's) on a card. expiry: "MM/YY",
        "MM/YYYY" or (month, year), valid through the end of that month on `date`; cvv: 3 digits (4 for
        American Express) when given; method: the card method of payment the capture will post with
        (None: the company's only active one). A declined card is returned with state "declined" and
        its decline_reason; bad input raises ValidationError and nothing is written. The card number
        and CVV are never stored: only the processor's token, the brand and the last four digits."""
        return self._write(
            self._processor_call(cards.authorize),
            customer,
            amount,
            date,
            card_number=card_number,
            expiry=expiry,
            holder=holder,
            cvv=cvv,
            invoice=invoice,
            method=method,
        )

    def capture_card_payment(self, number: str, date: dt.date, *, amount: Decimal | None = None) -> CardPaymentInfo:
        """Charge an authorized card payment (amount: default the authorized amount, or less: a partial
        capture closes the authorization) and post the customer payment (Dr card clearing / Cr receivable)
        that settles its invoice; the info names the payment and its voucher. Refused above the invoice's
        open balance, or when the invoice is settled already."""
        return self._posting(self._processor_call(cards.capture), number, date, amount=amount)

    def void_card_payment(self, number: str, date: dt.date) -> CardPaymentInfo:
        """Release an authorized card payment that was not captured; it can no longer be captured."""
        return self._write(self._processor_call(cards.void), number, date)

    def card_payments(self, *, customer: str | None = None, state: str | None = None) -> list[CardPaymentInfo]:
        """Card payments, newest first; state: authorized | captured | voided | declined."""
        with self._read() as (s, co):
            return cards.card_payments(s, co.id, customer=customer, state=state)

    def card_payment(self, number: str) -> CardPaymentInfo:
        with self._read() as (s, co):
            return cards.card_payment(s, co.id, number)

    def _processor_call(self, fn: Callable[..., CardPayment]) -> Callable[..., CardPaymentInfo]:
        """fn(session, company, processor, ...) as a call that returns the payment's record."""
        processor = card_processor.processor_for(self.code)

        def call(s: Session, co: CompanyRow, *args: object, **kwargs: object) -> CardPaymentInfo:
            return cards.infos(s, [fn(s, co, processor, *args, **kwargs)])[0]

        return call


__all__ = [
    "Authorization",
    "CardCalls",
    "CardData",
    "CardPaymentInfo",
    "CardProcessor",
    "Outcome",
    "TestProcessor",
    "set_card_processor",
]
