"""Two processes settling the same invoice at the same moment on PostgreSQL (issue 7, item 6).

Two long-lived worker processes (spawned, each with its own `Books.open(url)`) wait on one barrier
and then make the same call. Per race exactly one may win; the other must get a clean loss (a
`ConcurrencyError`, "changed by another user at the same moment ... Try again", when the two overlap,
or a `ValidationError` "already settled" / "more than the ... open" when it ran after the winner
committed) and write nothing. A defect is more than one winner, an invoice or credit note settled
for more than its amount, a transaction count that shows the loser wrote something, a receivable
account that no longer equals the open items, or a loser whose error is not an `ArdeskError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from ardesk.api import ArdeskError, Books, Company, Line, Mark, PaymentLine, ValidationError
from ardesk.errors import ConcurrencyError
from ardesk.models import Company as CompanyRow
from ardesk.models import CustomerTransaction
from tests.conftest import PG_URL

ON_PG = bool(PG_URL) and PG_URL.startswith("postgresql")
pytestmark = [
    pytest.mark.postgresql_only,
    pytest.mark.skipif(not ON_PG, reason="races need ARDESK_TEST_DATABASE_URL=postgresql..."),
]

ROUNDS = int(os.environ.get("ARDESK_RACE_ROUNDS", "20"))
DAY = dt.date(2026, 3, 2)
AMOUNT = D("100.00")
PART = D("60.00")
TIMEOUT = 60.0  # seconds a worker may take for one call before the test gives up

SCENARIOS = {
    "full": "full payment",
    "partial": "two partial payments over the balance",
    "settle": "settle invoice + credit note",
    "post_payments": "post_payments",
    "write_off": "write-off",
}


# --- the worker processes ----------------------------------------------------------------------------
def _call(co: Company, scenario: str, customer: str, invoice: str, credit_note: str | None) -> Callable[[], object]:
    if scenario == "full":
        return lambda: co.post_payment(customer, DAY, AMOUNT, marks=[Mark(invoice)])
    if scenario == "partial":
        return lambda: co.post_payment(customer, DAY, PART, marks=[Mark(invoice, amount=PART)])
    if scenario == "settle":
        return lambda: co.settle(customer, DAY, [Mark(invoice), Mark(credit_note)])
    if scenario == "post_payments":
        return lambda: co.post_payments([PaymentLine(customer, DAY, AMOUNT, marks=[Mark(invoice)])])
    if scenario == "write_off":
        return lambda: co.write_off(DAY, [invoice])
    raise AssertionError(scenario)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    error: str = ""  # class name
    message: str = ""
    ardesk: bool = False
    clean: bool = False  # ConcurrencyError, or ValidationError (the other one committed first)


def _outcome(exc: BaseException) -> Outcome:
    clean = isinstance(exc, ConcurrencyError | ValidationError)
    message = str(exc) if isinstance(exc, ArdeskError) else "".join(traceback.format_exception(exc))[-1500:]
    return Outcome(False, type(exc).__name__, message, isinstance(exc, ArdeskError), clean)


def _worker(url: str, conn, barrier) -> None:
    """Open the books once; per message build the call, meet the other worker at the barrier, run it."""
    try:
        books = Books.open(url)
    except BaseException as exc:
        conn.send(_outcome(exc))
        return
    conn.send("ready")
    try:
        while (msg := conn.recv()) is not None:
            company, scenario, customer, invoice, credit_note = msg
            call = _call(books.company(company), scenario, customer, invoice, credit_note)
            try:
                barrier.wait(timeout=TIMEOUT)
            except BaseException as exc:
                conn.send(_outcome(exc))
                continue
            try:
                call()
                conn.send(Outcome(True))
            except BaseException as exc:
                conn.send(_outcome(exc))
    finally:
        books.close()


class Racers:
    def __init__(self, url: str) -> None:
        ctx = multiprocessing.get_context("spawn")  # what ardesk uses beside Qt; no inherited connections
        self.barrier = ctx.Barrier(2)
        self.pipes = []
        self.procs = []
        for i in range(2):
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(url, child, self.barrier), name=f"racer-{i}", daemon=True)
            proc.start()
            child.close()
            self.pipes.append(parent)
            self.procs.append(proc)
        for got in self._receive_all():
            if got != "ready":
                raise RuntimeError(f"a race worker could not open the books: {got}")

    def _receive_all(self) -> list:
        out = []
        for pipe, proc in zip(self.pipes, self.procs, strict=True):
            if not pipe.poll(TIMEOUT):
                raise RuntimeError(f"{proc.name} did not answer within {TIMEOUT:.0f} s (alive: {proc.is_alive()})")
            out.append(pipe.recv())
        return out

    def race(self, *msg: object) -> list[Outcome]:
        for pipe in self.pipes:
            pipe.send(msg)
        return self._receive_all()

    def close(self) -> None:
        for pipe in self.pipes:
            with contextlib.suppress(OSError):
                pipe.send(None)
        for proc in self.procs:
            proc.join(10)
            if proc.is_alive():
                proc.terminate()
                proc.join(5)


# --- fixtures -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def race_books() -> Books:
    from tests.conftest import _fresh_pg  # the run's one PostgreSQL database, emptied once for this module

    return _fresh_pg()


@pytest.fixture(scope="module")
def racers(race_books: Books) -> Iterator[Racers]:
    r = Racers(PG_URL)
    try:
        yield r
    finally:
        r.close()


# --- the races ---------------------------------------------------------------------------------------
@dataclass
class Tally:
    races: int = 0
    one_winner: int = 0
    no_winner: int = 0
    double: int = 0
    defects: int = 0
    unclear: int = 0  # an ArdeskError that is neither ConcurrencyError nor ValidationError
    losses: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if len(self.notes) < 8:
            self.notes.append(text)


def _settled(co: Company, number: str, side: str) -> D:
    return sum(
        (s.amount for s in co.settlements(number) if getattr(s, side) == number and s.unsettled_date is None), D("0.00")
    )


def _open_items(books: Books, company: str) -> D:
    with books.reading() as s:
        total = s.scalar(
            select(func.sum(CustomerTransaction.balance_acc))
            .join(CompanyRow, CompanyRow.id == CustomerTransaction.company_id)
            .where(CompanyRow.code == company)
        )
    return total or D("0.00")


def _race_once(books: Books, co: Company, racers: Racers, scenario: str, n: int, tally: Tally) -> None:
    customer = f"R{n:03d}"
    co.create_customer(customer, f"Race customer {n}")
    invoice = co.post_free_text_invoice(customer, DAY, [Line("Race", AMOUNT)]).number
    credit_note = None
    if scenario == "settle":
        credit_note = co.post_credit_note(customer, DAY, [Line("Race", AMOUNT)]).number
    before = len(co.transactions(customer))
    gap = co.balance("receivable") - _open_items(books, co.code)  # 0 unless an earlier race went wrong

    outcomes = racers.race(co.code, scenario, customer, invoice, credit_note)

    tally.races += 1
    winners = sum(o.ok for o in outcomes)
    defects = []  # anything here makes the race a defect
    if winners == 1:
        tally.one_winner += 1
    elif winners == 0:
        tally.no_winner += 1
        tally.note(f"{scenario} #{n}: no winner: " + "; ".join(f"{o.error}: {o.message}" for o in outcomes))
    else:
        tally.double += 1
        defects.append(f"{winners} winners")
    for o in outcomes:
        if o.ok:
            continue
        tally.losses[o.error] = tally.losses.get(o.error, 0) + 1
        if not o.ardesk:
            defects.append(f"loser got {o.error}, not an ArdeskError: {o.message}")
        elif not o.clean:
            tally.unclear += 1
            tally.note(f"{scenario} #{n}: unclear loss {o.error}: {o.message}")
    settled = _settled(co, invoice, "debit")
    if settled > AMOUNT:
        defects.append(f"{invoice} settled {settled} of {AMOUNT}")
    if credit_note is not None and (cn_settled := _settled(co, credit_note, "credit")) > AMOUNT:
        defects.append(f"{credit_note} settled {cn_settled} of {AMOUNT}")
    written = len(co.transactions(customer)) - before
    expected = 0 if scenario == "settle" else winners  # one payment or write-off per winning call
    if written != expected:
        defects.append(f"{written} new transactions for {winners} winning call(s)")
    receivable, open_items = co.balance("receivable"), _open_items(books, co.code)
    if receivable - open_items != gap:
        defects.append(
            f"receivable {receivable} != open items {open_items}" + (f" (before this race: {gap:+})" if gap else "")
        )
    if defects:
        tally.defects += 1
        tally.note(f"{scenario} #{n}: " + "; ".join(defects))


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_two_processes_racing_for_the_same_invoice(race_books, racers, scenario, capsys):
    co = race_books.create_company(f"RACE-{scenario.upper()}"[:20], f"Races: {SCENARIOS[scenario]}")
    tally = Tally()
    started = time.perf_counter()
    for n in range(1, ROUNDS + 1):
        _race_once(race_books, co, racers, scenario, n, tally)
    # The same reconciliation through the API, over every customer of the scenario.
    open_total = sum(
        (t.balance for n in range(1, ROUNDS + 1) for t in co.transactions(f"R{n:03d}", open_only=True)), D("0.00")
    )
    receivable = co.balance("receivable")
    losses = ", ".join(f"{k} {v}" for k, v in sorted(tally.losses.items())) or "none"
    line = (
        f"{SCENARIOS[scenario]}: {tally.races} races, winners {tally.one_winner}/{tally.races} exactly one "
        f"({tally.double} double, {tally.no_winner} none), defects {tally.defects}; losses: {losses}; "
        f"unclear {tally.unclear}; receivable {receivable} vs open items {open_total} "
        f"({time.perf_counter() - started:.1f} s)"
    )
    with capsys.disabled():
        print(f"\n[races] {line}")
        for note in tally.notes:
            print(f"[races]   {note}")
    assert tally.defects == 0, line + "\n" + "\n".join(tally.notes)
    assert tally.one_winner == tally.races, line + "\n" + "\n".join(tally.notes)
    assert tally.unclear == 0, line + "\n" + "\n".join(tally.notes)
    assert receivable == open_total, line
