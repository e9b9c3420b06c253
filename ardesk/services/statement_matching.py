"""Bank statement lines matched to open invoices, on plain values (no database): a proposal per line.

Every entry gets one Match: the customer, the items it pays (amount and cash discount per item), a
confidence 0–100 and the rule that found it. The bookkeeper reviews the proposal in the unposted
payment journal the import writes; nothing here settles anything.

Rules, first that applies wins (only open items with a positive balance in the entry's currency count):
1. "reference": the entry's structured reference, or an RF/16-digit reference found in its text
   (payment_reference.find_references), equals an item's payment_reference → that item (several
   references: those items). Confidence 100 when the amount pays it (see "fits"), else 90 (a partial
   payment or an overpayment).
2. "invoice_number": invoice numbers in the remittance text (and in a structured reference that is
   not a valid RF/Dutch reference). A token matches a number exactly (case ignored), or in compact
   form: separators - / . _ and spaces dropped and leading zeros of the trailing digits ignored, so
   "inv 3", "INV000003" and "inv-0003" all name INV-000003; "INV-000003/INV-000004" names both. A
   number without letters (000123) must be written exactly, else every small figure in a text would
   match. Items in the order `items` is given (load them by due date). Confidence 90 when the amount
   pays them all, else 70.
3. "iban_amount": the counterparty IBAN belongs to exactly one customer (`payers`) and the amount pays
   one of its open items (the first in order when several do) or all of them together → 80. An IBAN
   shared by several customers: 80 when exactly one item of those customers fits.
4. "iban": the IBAN belongs to exactly one customer, no amount fits → that customer, no items, 50.
5. "amount": the IBAN is unknown and the amount pays exactly one open item of any customer → 30.
6. "debit": money out (bank costs, refunds, returned direct debits) → no customer, 0.
7. "unknown": nothing found → no customer, 0.

Fits: an amount pays items when it is within tolerance of the sum of what each needs on the booking
date: its discounted amount (the discount step whose last day is on or after the booking date) or its
full balance (when both are within tolerance, the closer one). Items named by reference or number use
the larger of the penny and over/underpayment tolerances (the settlement engine closes such items with
a difference); IBAN and amount rules, where the amount is the only evidence, use the penny tolerance
alone.

Applied amounts: a fitting payment gives every item what it needs and its cash discount; the
difference within tolerance goes to the last item. A payment that does not fit goes to the items in
order: an item gets what it needs (and its discount) while the cash lasts, the next one the rest
without discount (no discount on a partial payment), and what is left after the last item stays on
that last item: the only case where an applied amount exceeds the item's balance (an overpayment the
bookkeeper refunds or leaves as a credit). The applied amounts of a match add up to the entry amount.

Items named by one entry for several customers: the items of the IBAN's customer are kept, else those
of the first item's customer. Each item is used by at most one entry: entries are settled in order of
confidence (then statement order); one whose items were taken by a better match is matched again
without them.

Speed: items are indexed once (reference, number, customer, amount); each entry costs a few dict
lookups and a scan of its own text, never a loop over all items (benchmarks/bench_statement_matching.py:
10,000 entries against 100,000 items in about a second and a half of CPU, index included).
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import heapq
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ardesk.services.bank_files.records import BankEntry
from ardesk.services.payment_reference import find_references, normalize_reference

ZERO = Decimal("0.00")
REASONS = ("reference", "invoice_number", "iban_amount", "iban", "amount", "debit", "unknown")
#: A customer with more open items than this is not tried for "the payment pays all its items".
ALL_ITEMS_LIMIT = 200


@dataclass(frozen=True)
class OpenItem:
    """An open invoice as matching sees it. discount_steps: (last day of the discount period, amount to
    pay then), ascending; after the last day the full balance is due."""

    id: int
    customer: str
    number: str
    payment_reference: str | None
    balance: Decimal
    currency: str
    discount_steps: tuple[tuple[dt.date, Decimal], ...] = ()


@dataclass(frozen=True)
class Tolerance:
    """The company's settlement tolerances (magnitudes): penny difference and over/underpayment."""

    penny: Decimal = ZERO
    over_under: Decimal = ZERO


@dataclass(frozen=True)
class Applied:
    """The part of the payment applied to an item (excluding the discount) and the cash discount taken."""

    item_id: int
    number: str
    amount: Decimal
    discount: Decimal


@dataclass(frozen=True)
class Match:
    """The proposal for one entry (BankEntry.index); reason is one of REASONS."""

    entry: int
    customer: str | None
    applied: tuple[Applied, ...]
    confidence: int
    reason: str


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*")
_SEPARATORS = re.compile(r"[\s\-/._]+")
_DROP = str.maketrans("", "", " \t\n\r-/._")
_DIGITS = "0123456789"


def _compact(number: str) -> str | None:
    """The compact key of an invoice number ("INV-000003" → "INV3"), None when it has no letters."""
    s = number.upper().translate(_DROP)
    head = s.rstrip(_DIGITS)
    if head == head.lower():  # no letters (upper-cased letters would change)
        return None
    tail = s[len(head) :]
    return head + str(int(tail)) if tail else s


def _ref_key(reference: str) -> str:
    """A payment reference in store form (no spaces, upper case), for comparing."""
    return reference.upper().translate(_DROP)


def _due(item: OpenItem, on: dt.date) -> tuple[Decimal, Decimal]:
    """(cash that pays the item on `on`, cash discount it then gets)."""
    for last_day, pay in item.discount_steps:
        if on <= last_day:
            pay = min(pay, item.balance)
            return pay, item.balance - pay
    return item.balance, ZERO


def _step_day(item: OpenItem, on: dt.date) -> dt.date | None:
    for last_day, _ in item.discount_steps:
        if on <= last_day:
            return last_day
    return None


class _Book:
    """The open items of one currency, indexed for look-ups by reference, number, customer and amount."""

    def __init__(self) -> None:
        self.by_ref: dict[str, list[int]] = {}
        self.by_number: dict[str, list[int]] = {}
        self.by_customer: dict[str, list[int]] = {}
        #: amount that pays an item -> (position, last day of its discount step or None for the balance)
        self.by_amount: dict[Decimal, list[tuple[int, dt.date | None]]] = {}
        self._compact: dict[str, list[int]] | None = None
        self._keys: list[Decimal] | None = None

    def compact(self) -> dict[str, list[int]]:
        """Items by the compact key of their number, made on first use (most texts name numbers exactly)."""
        if self._compact is None:
            self._compact = {}
            for number, positions in self.by_number.items():
                key = _compact(number)
                if key:
                    self._compact.setdefault(key, []).extend(positions)
        return self._compact

    def around(self, amount: Decimal, tol: Decimal) -> Iterable[tuple[int, dt.date | None]]:
        if not tol:
            yield from self.by_amount.get(amount, ())
            return
        if self._keys is None:
            self._keys = sorted(self.by_amount)
        lo = bisect.bisect_left(self._keys, amount - tol)
        hi = bisect.bisect_right(self._keys, amount + tol)
        for key in self._keys[lo:hi]:
            yield from self.by_amount[key]


class _Index:
    def __init__(self, items: Sequence[OpenItem], payers: Mapping[str, Sequence[str]]) -> None:
        self.items = [it for it in items if it.balance > 0]
        self.books: dict[str, _Book] = {}
        book, book_currency = _Book(), None
        for pos, it in enumerate(self.items):
            if it.currency != book_currency:
                book_currency = it.currency
                book = self.books.setdefault(book_currency, _Book())
            if it.payment_reference:
                key = _ref_key(it.payment_reference)
                if key in book.by_ref:
                    book.by_ref[key].append(pos)
                else:
                    book.by_ref[key] = [pos]
            number = it.number.upper()
            if number in book.by_number:
                book.by_number[number].append(pos)
            else:
                book.by_number[number] = [pos]
            if it.customer in book.by_customer:
                book.by_customer[it.customer].append(pos)
            else:
                book.by_customer[it.customer] = [pos]
            if it.balance in book.by_amount:
                book.by_amount[it.balance].append((pos, None))
            else:
                book.by_amount[it.balance] = [(pos, None)]
            for day, pay in it.discount_steps:
                if pay < it.balance:
                    book.by_amount.setdefault(pay, []).append((pos, day))
        self.payers = {_SEPARATORS.sub("", iban.upper()): tuple(dict.fromkeys(c)) for iban, c in payers.items()}

    def book(self, currency: str) -> _Book:
        return self.books.get(currency) or _EMPTY

    def fitting(self, currency: str, amount: Decimal, on: dt.date, tol: Decimal, used: set[int]) -> list[int]:
        """Free items that one payment of `amount` on `on` pays (full balance or today's discounted amount)."""
        out = []
        for pos, day in self.book(currency).around(amount, tol):
            if pos in used:
                continue
            if day is not None and _step_day(self.items[pos], on) != day:
                continue  # a discount step that does not apply on this date
            out.append(pos)
        return sorted(set(out))


_EMPTY = _Book()


def _closest(option: tuple[Decimal, list[tuple[Decimal, Decimal]]]) -> Decimal:
    return abs(option[0])


def _allocate(amount: Decimal, items: Sequence[OpenItem], on: dt.date, tol: Decimal) -> tuple[list[Applied], bool]:
    """How a payment spreads over items (module docstring), and whether it pays them all."""
    dues = [_due(it, on) for it in items]
    plans = [dues]
    if any(disc for _, disc in dues):
        plans.append([(it.balance, ZERO) for it in items])
    # The plan closest to the amount: with the discounts or, when the customer paid the full balance
    # inside the discount period, without them (a tie keeps the discount).
    for diff, plan in sorted(((amount - sum((p for p, _ in plan), ZERO), plan) for plan in plans), key=_closest):
        if abs(diff) <= tol:
            applied = [Applied(it.id, it.number, pay, disc) for it, (pay, disc) in zip(items, plan, strict=True)]
            last = applied[-1]
            if last.amount + diff >= 0:
                applied[-1] = Applied(last.item_id, last.number, last.amount + diff, last.discount)
                return applied, True
    applied = []
    remaining = amount
    for it, (pay, disc) in zip(items, dues, strict=True):
        if remaining <= 0:
            break
        if remaining >= pay:
            applied.append(Applied(it.id, it.number, pay, disc))
            remaining -= pay
        else:
            applied.append(Applied(it.id, it.number, remaining, ZERO))
            remaining = ZERO
    if remaining > 0:
        last = applied[-1]
        applied[-1] = Applied(last.item_id, last.number, last.amount + remaining, last.discount)
    return applied, False


class _Matcher:
    def __init__(self, index: _Index, tolerance: Tolerance) -> None:
        self.ix = index
        self.penny = abs(tolerance.penny)
        self.named_tol = max(abs(tolerance.penny), abs(tolerance.over_under))
        #: item id -> its position, for the items a match has proposed
        self.pos_of: dict[int, int] = {}

    def _one_customer(self, positions: list[int], iban_customers: Sequence[str]) -> list[int]:
        items = self.ix.items
        customers = {items[p].customer for p in positions}
        if len(customers) <= 1:
            return positions
        keep = next((c for c in iban_customers if c in customers), items[positions[0]].customer)
        return [p for p in positions if items[p].customer == keep]

    def _named(
        self, e: BankEntry, positions: list[int], reason: str, high: int, low: int, custs: Sequence[str]
    ) -> Match:
        positions = self._one_customer(sorted(dict.fromkeys(positions)), custs)
        chosen = [self.ix.items[p] for p in positions]
        self.pos_of.update((it.id, p) for it, p in zip(chosen, positions, strict=True))
        applied, fits = _allocate(e.amount, chosen, e.booking_date, self.named_tol)
        return Match(e.index, chosen[0].customer, tuple(applied), high if fits else low, reason)

    def _by_reference(self, e: BankEntry, used: set[int]) -> list[int]:
        refs = []
        if e.structured_reference:
            refs.append(_ref_key(e.structured_reference))
        refs.extend(find_references(e.remittance_text))
        out: list[int] = []
        book = self.ix.book(e.currency)
        for ref in refs:
            out.extend(p for p in book.by_ref.get(ref, ()) if p not in used)
        return out

    def _by_number(self, e: BankEntry, used: set[int]) -> list[int]:
        text = e.remittance_text or ""
        if e.structured_reference and not normalize_reference(e.structured_reference):
            text = f"{e.structured_reference} {text}"
        tokens = [m.group() for m in _TOKEN.finditer(text)]
        # "INV-000003/INV-000004", "INV-000003/4": the parts of a slashed token are tried too.
        tokens += [part for tok in tokens if "/" in tok for part in tok.split("/")]
        # "INV 000003": a word of letters followed by a number is tried joined too.
        tokens += [a + b for a, b in itertools.pairwise(tokens) if a.isalpha() and b.isdigit()]
        out: list[int] = []
        book = self.ix.book(e.currency)
        for tok in tokens:
            exact = book.by_number.get(tok.upper())
            if exact is None:
                key = _compact(tok)
                found = book.compact().get(key) if key else None
                exact = found if found and len(found) == 1 else None
            if exact:
                out.extend(p for p in exact if p not in used)
        return sorted(dict.fromkeys(out))

    def match(self, e: BankEntry, used: set[int]) -> Match:
        if e.amount < 0:
            return Match(e.index, None, (), 0, "debit")
        if e.amount == 0:
            return Match(e.index, None, (), 0, "unknown")
        iban = _SEPARATORS.sub("", e.counterparty_iban.upper()) if e.counterparty_iban else None
        custs = self.ix.payers.get(iban, ()) if iban else ()
        found = self._by_reference(e, used)
        if found:
            return self._named(e, found, "reference", 100, 90, custs)
        found = self._by_number(e, used)
        if found:
            return self._named(e, found, "invoice_number", 90, 70, custs)
        items = self.ix.items
        if custs:
            fit = [
                p
                for p in self.ix.fitting(e.currency, e.amount, e.booking_date, self.penny, used)
                if items[p].customer in custs
            ]
            if len(custs) == 1:
                if fit:
                    return self._named(e, fit[:1], "iban_amount", 80, 80, custs)
                own = [p for p in self.ix.book(e.currency).by_customer.get(custs[0], ()) if p not in used]
                if 1 < len(own) <= ALL_ITEMS_LIMIT:
                    applied, fits = _allocate(e.amount, [items[p] for p in own], e.booking_date, self.penny)
                    self.pos_of.update((items[p].id, p) for p in own)
                    if fits:
                        return Match(e.index, custs[0], tuple(applied), 80, "iban_amount")
                return Match(e.index, custs[0], (), 50, "iban")
            if len(fit) == 1:
                return self._named(e, fit, "iban_amount", 80, 80, custs)
        else:
            fit = self.ix.fitting(e.currency, e.amount, e.booking_date, self.penny, used)
            if len(fit) == 1:
                return self._named(e, fit, "amount", 30, 30, custs)
        return Match(e.index, None, (), 0, "unknown")


def match_entries(
    entries: Sequence[BankEntry],
    items: Sequence[OpenItem],
    payers: Mapping[str, Sequence[str]],
    tolerance: Tolerance,
) -> list[Match]:
    """One Match per entry, in the entries' order (rules in the module docstring).

    payers: IBAN (any spacing or case) → the customer accounts that pay from it."""
    # Building the index makes some hundred thousand small objects; the cyclic garbage collector
    # would walk them all again and again meanwhile (half the time). Nothing here makes cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _match_all(entries, _Matcher(_Index(items, payers), tolerance))
    finally:
        if collecting:
            gc.enable()


def _match_all(entries: Sequence[BankEntry], matcher: _Matcher) -> list[Match]:
    ids = matcher.pos_of
    used: set[int] = set()
    results: list[Match | None] = [None] * len(entries)
    # Best first: a heap of (−confidence, statement order); a match whose items were taken meanwhile
    # is matched again without them and goes back in.
    heap = []
    for n, e in enumerate(entries):
        m = matcher.match(e, used)
        heap.append((-m.confidence, n, m))
    heapq.heapify(heap)
    while heap:
        _, n, m = heapq.heappop(heap)
        positions = [ids[a.item_id] for a in m.applied]
        if any(p in used for p in positions):
            again = matcher.match(entries[n], used)
            heapq.heappush(heap, (-again.confidence, n, again))
            continue
        used.update(positions)
        results[n] = m
    return [m for m in results if m is not None]
