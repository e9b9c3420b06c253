"""The guided period-end close of accounts receivable (DOMAIN 9): a checklist whose lines must be green (or
let pass with a kept reason) before the month is closed.

The lines, in the order a bookkeeper works through them (DOMAIN 9 steps 2, 3, 4, 7, 8):

* ``drafts``: no draft invoice or credit note dated in the month or before (step 2);
* ``orders``: no packing slip delivered by the month end still waiting for its invoice (step 2);
* ``recurring``: no recurring billing due by the month end without its invoice (step 2);
* ``journals``: no unposted payment journal with a line dated in the month or before; an imported bank
  statement is such a journal until it is posted (step 3);
* ``letters``: no collection letter or interest note created but not posted, and none the runs as of the
  month end would still propose (step 4; the runs are tried and rolled back, nothing is written);
* ``reconciliation``: the receivables subledger equals the ledger on every summary account as of the
  month end (step 7, services.reconciliation);
* ``aging``: the aged balance as of the month end adds up to the subledger (step 7).

Step 8 is the close itself (services.periods). Steps 1, 5 and 6 (background jobs, revaluation, the EU
sales list) have nothing in ardesk to check yet. ARDESK choice: a red line may be let pass with a reason,
except ``reconciliation`` and ``aging``, which show a difference in the books themselves and must be
resolved; the reasons are kept with the month (periods.overrides) and shown again on the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ardesk.errors import ArdeskError, Listing, Term, ValidationError
from ardesk.models import (
    CollectionLetter,
    Company,
    InterestNote,
    Invoice,
    PackingSlip,
    PaymentJournal,
    PaymentJournalLine,
)
from ardesk.services import aging, interest_notes, letters, order_queries, periods, reconciliation

#: The lines in their order; each names the page that resolves it.
LINES = ("drafts", "orders", "recurring", "journals", "letters", "reconciliation", "aging")
PAGES = {
    "drafts": "invoicing",
    "orders": "sales_orders",
    "recurring": "recurring",
    "journals": "payments",
    "letters": "collections",
    "reconciliation": "reconciliation",
    "aging": "aging",
}
#: The lines as words inside a message.
LINE_TERMS: dict[str, Term] = {
    "drafts": Term("draft invoices"),
    "orders": Term("packing slips to invoice"),
    "recurring": Term("recurring invoices due"),
    "journals": Term("unposted payment journals"),
    "letters": Term("collection letters and interest notes"),
    "reconciliation": Term("reconciliation"),
    "aging": Term("aged balance"),
}
#: Lines that can never be let pass: they are differences in the books themselves.
MUST_RESOLVE = ("reconciliation", "aging")


@dataclass(frozen=True)
class ChecklistLine:
    """One line: ok (green) or not, how many things are open (count) or the amount that differs,
    the page that resolves it, and the reason it was let pass (None: not overridden)."""

    key: str
    ok: bool
    count: int
    amount: Decimal | None
    page: str
    override: str | None = None

    @property
    def passes(self) -> bool:
        return self.ok or self.override is not None


@dataclass(frozen=True)
class Checklist:
    period_end: dt.date
    state: str  # the month's state: open | on_hold | closed
    lines: tuple[ChecklistLine, ...]
    aging_total: Decimal
    subledger_total: Decimal

    @property
    def ready(self) -> bool:
        """True when every line is green or let pass: the month may be closed."""
        return all(line.passes for line in self.lines)


def _count(s: Session, q: object) -> int:
    return int(s.scalar(q) or 0)  # type: ignore[call-overload]


def _drafts(s: Session, co: Company, end: dt.date) -> int:
    return _count(
        s,
        select(func.count()).where(Invoice.company_id == co.id, Invoice.status == "draft", Invoice.date <= end),
    )


def _orders(s: Session, co: Company, end: dt.date) -> int:
    return _count(
        s,
        select(func.count()).where(
            PackingSlip.company_id == co.id, PackingSlip.invoice_id.is_(None), PackingSlip.date <= end
        ),
    )


def _recurring(s: Session, co: Company, end: dt.date) -> int:
    return sum(
        1 for a in order_queries.assignments(s, co) if a.active and a.next_date is not None and a.next_date <= end
    )


def _journals(s: Session, co: Company, end: dt.date) -> int:
    return _count(
        s,
        select(func.count(func.distinct(PaymentJournal.id)))
        .join(PaymentJournalLine, PaymentJournalLine.journal_id == PaymentJournal.id)
        .where(PaymentJournal.company_id == co.id, PaymentJournal.status == "open", PaymentJournalLine.date <= end),
    )


def _letters(s: Session, co: Company, end: dt.date) -> int:
    """Letters and notes created and not posted, plus what the runs would propose as of the month end."""
    waiting = _count(
        s,
        select(func.count()).where(
            CollectionLetter.company_id == co.id,
            CollectionLetter.state == "created",
            CollectionLetter.letter_date <= end,
        ),
    ) + _count(
        s,
        select(func.count()).where(
            InterestNote.company_id == co.id, InterestNote.state == "created", InterestNote.to_date <= end
        ),
    )
    if waiting:
        return waiting
    return _try(s, lambda: len(letters.create_letters(s, co, end))) + _try(
        s, lambda: len(interest_notes.create_notes(s, co, end))
    )


def _try(s: Session, run: Callable[[], int]) -> int:
    """Run a proposal run inside a savepoint and roll it back: how many it would create (0 when the
    company has nothing set up for it)."""
    savepoint = s.begin_nested()
    try:
        return run()
    except ArdeskError:
        return 0
    finally:
        savepoint.rollback()


def checklist(s: Session, co: Company, period_end: object, definition: str | None = None) -> Checklist:
    """The checklist for the month ending on period_end, as the books stand now."""
    end = periods.a_period_end(period_end, "period_end")
    state = next((p.state for p in periods.periods(s, co.id) if p.period_end == end), "open")
    kept = periods.overrides(s, co.id, end)
    rows = reconciliation.reconcile_receivables(s, co.id, end)
    difference = sum((abs(r.difference) for r in rows), Decimal(0))
    subledger = sum((r.subledger for r in rows), Decimal(0))
    aged = sum((r.total for r in aging.aging_rows(s, co.id, end, definition)), Decimal(0))
    counts = {
        "drafts": _drafts(s, co, end),
        "orders": _orders(s, co, end),
        "recurring": _recurring(s, co, end),
        "journals": _journals(s, co, end),
        "letters": _letters(s, co, end),
    }
    lines = [ChecklistLine(k, n == 0, n, None, PAGES[k], kept.get(k)) for k, n in counts.items()]
    lines.append(
        ChecklistLine(
            "reconciliation", difference == 0, sum(1 for r in rows if r.difference), difference, PAGES["reconciliation"]
        )
    )
    lines.append(ChecklistLine("aging", aged == subledger, 0, aged, PAGES["aging"]))
    return Checklist(end, state, tuple(lines), aged, subledger)


def close(s: Session, co: Company, period_end: object, overrides: Mapping[str, object] | None = None) -> Checklist:
    """The guided close: refused while a line is red and not let pass with a reason (the reconciliation
    and aging lines cannot be let pass); the reasons are kept with the month."""
    given = dict(overrides or {})
    for key in given:
        if key not in LINES:
            raise ValidationError("overrides", "{key!r} is not a line of the close checklist", key=key)
        if key in MUST_RESOLVE:
            raise ValidationError(
                "overrides",
                "the line {line} shows a difference in the books; resolve it, it cannot be let pass",
                line=LINE_TERMS[key],
            )
    found = checklist(s, co, period_end)
    red = [line.key for line in found.lines if not line.ok and line.key not in given]
    if red:
        raise ValidationError(
            "overrides",
            "the month cannot be closed yet: {lines} still open; resolve them or give a reason to let them pass",
            lines=Listing(LINE_TERMS[k] for k in red),
        )
    used = {k: v for k, v in given.items() if not next(line.ok for line in found.lines if line.key == k)}
    periods.close_period(s, co, found.period_end, used)
    return checklist(s, co, found.period_end)
