"""The card processor interface and the offline test processor that ardesk ships (DOMAIN 8).

A processor authorizes an amount on a card, captures (part of) an authorization or voids it. ardesk
keeps only what the processor gives back (its token and authorization code) with the brand and the
last four digits: never the card number or the security code (PCI DSS).

Which processor a company uses: the test processor, unless an integrator registers another with
set_processor (for every company, or for one company code). The services take the processor as a
parameter; the calls in ardesk.calls.cards ask processor_for(company code)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class CardData:
    """What a processor needs to authorize a card. The number and CVV are left out of repr, so a
    traceback or a log line cannot show them."""

    number: str = field(repr=False)
    expiry_month: int
    expiry_year: int
    holder: str
    cvv: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Authorization:
    """The processor's answer: approved with an authorization code, or declined with a reason code
    (card_declined, insufficient_funds, lost_card, stolen_card, amount_limit, ...). token: the
    processor's reference to the card, kept instead of the number."""

    approved: bool
    token: str
    authorization_code: str | None = None
    decline_reason: str | None = None


@dataclass(frozen=True)
class Outcome:
    """The answer to a capture or void: done, or refused with a reason code."""

    ok: bool
    reason: str | None = None


@runtime_checkable
class CardProcessor(Protocol):
    """A connector to a card processor (a payment service, DOMAIN 8)."""

    #: Stored with every card payment: which processor holds its authorization.
    name: str

    def authorize(self, card: CardData, amount: Decimal, currency: str, reference: str) -> Authorization:
        """Reserve `amount` on the card; reference: ardesk's card payment number."""
        ...

    def capture(self, authorization_code: str, amount: Decimal) -> Outcome:
        """Charge `amount` (at most the authorized amount) of an authorization; closes it."""
        ...

    def void(self, authorization_code: str) -> Outcome:
        """Release an authorization that was not captured."""
        ...


#: The test processor's cards that decline, like the big processors' test cards; every other valid
#: number is approved. The usual approving test numbers: 4242424242424242, 4111111111111111 (Visa),
#: 5555555555554444 (MasterCard), 378282246310005 (American Express), 6011111111111117 (Discover).
DECLINING_CARDS: dict[str, str] = {
    "4000000000000002": "card_declined",
    "4000000000009995": "insufficient_funds",
    "4000000000009987": "lost_card",
    "4000000000009979": "stolen_card",
}


class TestProcessor:
    """An offline, deterministic processor for tests, demonstrations and training. It declines the
    DECLINING_CARDS and any amount above `limit`; the token is "tok_" and a keyed hash of the card (the
    same card gives the same token, and the token does not reveal the number); the authorization code
    is derived from the token, amount, currency and reference. Capture and void always succeed."""

    __test__ = False  # not a pytest test class
    name = "test"

    def __init__(self, *, limit: Decimal = Decimal("10000"), key: bytes = b"ardesk test processor") -> None:
        self.limit = limit
        self._key = key

    def _hash(self, *parts: str) -> str:
        return hmac.new(self._key, "|".join(parts).encode(), hashlib.sha256).hexdigest()

    def authorize(self, card: CardData, amount: Decimal, currency: str, reference: str) -> Authorization:
        token = "tok_" + self._hash(card.number, f"{card.expiry_month:02d}/{card.expiry_year}")[:24]
        reason = DECLINING_CARDS.get(card.number)
        if reason is None and amount > self.limit:
            reason = "amount_limit"
        if reason is not None:
            return Authorization(False, token, None, reason)
        code = self._hash(token, str(amount), currency, reference)[:6].upper()
        return Authorization(True, token, code, None)

    def capture(self, authorization_code: str, amount: Decimal) -> Outcome:
        return Outcome(True)

    def void(self, authorization_code: str) -> Outcome:
        return Outcome(True)


_DEFAULT = TestProcessor()
_processors: dict[str | None, CardProcessor] = {}


def set_processor(processor: CardProcessor | None, company: str | None = None) -> None:
    """Use `processor` for the company with this code (None: for every company without one of its own);
    None as processor goes back to the test processor (or to the processor for every company)."""
    if processor is None:
        _processors.pop(company, None)
    else:
        _processors[company] = processor


def processor_for(company: str) -> CardProcessor:
    """The processor the company with this code uses."""
    return _processors.get(company) or _processors.get(None) or _DEFAULT
