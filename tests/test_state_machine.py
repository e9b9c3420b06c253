"""A hypothesis state machine over ardesk.api (issue 11.5): random customers' invoices, credit notes, payments with
marks, settlements, unsettlements, reversals, write-offs, period closes, interest notes, letters and journals keep
every voucher balanced, never cross an open balance over zero, keep open items equal to the receivable ledger and
never change posted history. soak/state_machine_soak.py runs the same machine for thousands of sequences."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import text

from ardesk.api import ArdeskError, Books, Company, Document, InterestVersion, LedgerLine, LetterStep, Line, Mark
from tests.helpers import inject_receivable_journal, snapshot

START = dt.date(2026, 1, 5)
LAST_DAY = dt.date(2027, 6, 30)  # the bounded calendar: "today" never moves past it
CUSTOMERS = ("1001", "1002", "1003")  # 1002 and 1003 bear interest and get letters (profile DUN)

money = st.decimals(min_value=D("0.01"), max_value=D("3000.00"), places=2)
share = st.integers(min_value=1, max_value=110)  # a mark's amount as a percentage of what is open
small = st.decimals(min_value=D("0.01"), max_value=D("50.00"), places=2)
pick = st.integers(min_value=0, max_value=60)  # an index into the documents posted so far (modulo)
back = st.sampled_from([0, 0, 0, 0, 2, 10, 45])  # how many days before "today" an operation is dated
customer = st.sampled_from(CUSTOMERS)

# In memory always: the PostgreSQL stage of scripts/test.sh would only run the same SQLite machine again.
pytestmark = pytest.mark.skipif(
    bool(os.environ.get("ARDESK_TEST_DATABASE_URL")), reason="runs on SQLite in memory, in the SQLite stage"
)

# Shared by every run of the machine, for the soak's figures.
STATS: Counter[str] = Counter()
REASONS: Counter[str] = Counter()  # refusals by call, field and message


def month_end(day: dt.date) -> dt.date:
    first_next = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return first_next - dt.timedelta(days=1)


def new_company(books: Books) -> Company:
    """Like conftest's `co`, plus tolerances, an interest code and a letter sequence on profile DUN."""
    co = books.create_company("SM", "State Machine B.V.", currency="EUR")
    co.set_parameters(
        cash_discount_on_partial_payments=True,
        cash_discount_on_credit_notes=True,
        max_penny_difference=D("0.05"),
        max_over_underpayment=D("1.00"),
    )
    co.create_terms_of_payment("N30", days=30)
    co.create_terms_of_payment("N7", days=7)
    co.create_cash_discount("2D8", [(8, D("2"))])
    co.create_cash_discount("3D5-1D14", [(5, D("3")), (14, D("1"))])
    co.create_sales_tax("HIGH", D("21"))
    co.create_sales_tax("LOW", D("9"))
    co.create_interest_code("R8", [InterestVersion(dt.date(2020, 1, 1), D("8"))])
    co.create_collection_letter_sequence(
        "SEQ", [LetterStep("L1", 3), LetterStep("L2", 7, fee=D("15.00")), LetterStep("L3", 7, fee="bik", block=True)]
    )
    co.create_posting_profile(
        "DUN", [("all", None, co.account_for("receivable"))], interest_code="R8", collection_letter_sequence="SEQ"
    )
    co.create_customer("1001", "Jansen Installatietechniek B.V.", terms="N30")
    co.create_customer("1002", "Bakkerij Oost", terms="N7", posting_profile="DUN")
    co.create_customer("1003", "Garage West", terms="N30", cash_discount="2D8", posting_profile="DUN")
    return co


class BooksMachine(RuleBasedStateMachine):
    """One company in fresh in-memory books per run; "today" only moves forward."""

    def __init__(self) -> None:
        super().__init__()
        self.books = Books.open(":memory:")
        self.co = new_company(self.books)
        self.today = START
        self.docs: list[str] = []  # document numbers posted through the API, in order
        self.posted_notes: list[str] = []  # posted interest notes
        self.posted_letters: list[str] = []  # posted collection letters
        self.seen: dict[str, tuple] = {}  # voucher -> its lines when first seen
        self.signs: dict[str, tuple[D, str]] = {}  # document -> (amount, kind) when first seen
        STATS["sequences"] += 1

    def teardown(self) -> None:
        self.books.close()

    # --- running an operation ------------------------------------------------------------------------------
    def day(self, days_back: int) -> dt.date:
        return self.today - dt.timedelta(days=days_back)

    def attempt(self, name: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """Run one API call; a refusal (ArdeskError) must leave every table exactly as it was."""
        STATS["steps"] += 1
        before = snapshot(self.books)
        try:
            result = fn(*args, **kw)
        except ArdeskError as exc:
            STATS["refusals"] += 1
            REASONS[f"{name}: {getattr(exc, 'field', '')}: {exc}"[:110]] += 1
            STATS[f"refused:{name}"] += 1
            assert snapshot(self.books) == before, f"{name} was refused but changed the books"
            return None
        STATS[f"done:{name}"] += 1
        return result

    def doc(self, i: int) -> str:
        return self.docs[i % len(self.docs)]

    def own(self, cust: str, i: int) -> str | None:
        """The customer's i-th open item (modulo), so that marks mostly name something they can settle."""
        mine = [t.number for t in self.co.transactions(cust, open_only=True)]
        return mine[i % len(mine)] if mine else None

    def posted(self, *docs: Document | None) -> None:
        for doc in docs:
            if doc is not None:
                self.docs.append(doc.number)

    # --- rules -----------------------------------------------------------------------------------------------
    @rule(days=st.integers(min_value=1, max_value=40))
    def advance(self, days: int) -> None:
        self.today = min(self.today + dt.timedelta(days=days), LAST_DAY)

    @rule(
        cust=customer,
        amounts=st.lists(money, min_size=1, max_size=3),
        tax=st.sampled_from([None, "HIGH", "LOW"]),
        discount=st.sampled_from([None, "2D8", "3D5-1D14"]),
        b=back,
    )
    def invoice(self, cust: str, amounts: list[D], tax: str | None, discount: str | None, b: int) -> None:
        lines = [Line(f"item {n}", a, tax=tax) for n, a in enumerate(amounts)]
        kw = {"cash_discount": discount} if discount else {}
        doc = self.attempt("invoice", self.co.post_free_text_invoice, cust, self.day(b), lines, **kw)
        self.posted(doc)

    @rule(cust=customer, amount=money, original=st.one_of(st.none(), pick), b=back)
    def credit_note(self, cust: str, amount: D, original: int | None, b: int) -> None:
        number = None if original is None else self.own(cust, original)
        kw = {"original": number} if number else {}
        doc = self.attempt("credit_note", self.co.post_credit_note, cust, self.day(b), [Line("credit", amount)], **kw)
        self.posted(doc)

    @rule(
        cust=customer,
        amount=st.one_of(st.none(), money),
        marks=st.lists(st.tuples(pick, st.one_of(st.none(), money), st.sampled_from(["normal", "always", "never"]))),
        prepayment=st.booleans(),
        full=st.booleans(),
        b=back,
    )
    def payment(self, cust: str, amount: D | None, marks: list, prepayment: bool, full: bool, b: int) -> None:
        chosen: dict[str, Mark] = {}
        for i, a, use in marks:
            number = self.own(cust, i) if i % 7 else (self.doc(i) if self.docs else None)
            if number is not None:
                chosen.setdefault(number, Mark(number, a, use_cash_discount=use))
        doc = self.attempt(
            "payment",
            self.co.post_payment,
            cust,
            self.day(b),
            amount if amount is not None or chosen else D("100.00"),
            marks=list(chosen.values()),
            prepayment=prepayment and not chosen,
            full_settlement=full,
        )
        self.posted(doc)

    @precondition(lambda self: self.docs)
    @rule(
        cust=customer,
        debit=st.tuples(pick, st.one_of(st.none(), share)),
        credit=st.tuples(pick, st.one_of(st.none(), share)),
        extra=st.lists(pick, max_size=2),
        b=back,
    )
    def settle(self, cust: str, debit: tuple, credit: tuple, extra: list[int], b: int) -> None:
        """A debit and a credit of the customer (another's when it has none), all or a share of what is open."""
        for other in sorted(CUSTOMERS, key=lambda c: c != cust):  # a customer with both sides open, if any
            items = self.co.transactions(other, open_only=True)
            if {t.balance > 0 for t in items} == {True, False}:
                cust = other
                break
        items = self.co.transactions(cust, open_only=True)
        marks: dict[str, D | None] = {}
        for (i, percent), side in (
            (debit, [t for t in items if t.balance > 0]),
            (credit, [t for t in items if t.balance < 0]),
        ):
            if side:
                t = side[i % len(side)]
                marks[t.number] = (
                    None if percent is None else max(D("0.01"), (abs(t.balance) * percent / 100).quantize(D("0.01")))
                )
            else:
                marks.setdefault(self.doc(i), None)
        for i in extra:  # sometimes a third document, perhaps another customer's
            marks.setdefault(self.own(cust, i) or self.doc(i) if i % 5 else self.doc(i), None)
        self.attempt("settle", self.co.settle, cust, self.day(b), [Mark(n, a) for n, a in marks.items()])

    @precondition(lambda self: self.docs)
    @rule(i=pick, j=st.integers(min_value=0, max_value=5), b=back)
    def unsettle(self, i: int, j: int, b: int) -> None:
        rows = [r for r in self.co.settlements(self.doc(i)) if r.unsettled_date is None]
        if rows:
            self.attempt("unsettle", self.co.unsettle, rows[j % len(rows)].id, self.day(b))

    @precondition(lambda self: self.docs)
    @rule(i=pick, b=back)
    def reverse(self, i: int, b: int) -> None:
        reversible = [n for n in self.docs if n.split("-")[0] in ("INV", "CN", "ARP")] or self.docs
        doc = self.attempt("reverse", self.co.reverse, reversible[i % len(reversible)], self.day(b))
        self.posted(doc)

    @precondition(lambda self: self.docs)
    @rule(picks=st.lists(pick, min_size=1, max_size=3), whole=st.one_of(st.none(), customer), b=back)
    def write_off(self, picks: list[int], whole: str | None, b: int) -> None:
        if whole is not None:
            docs = self.attempt("write_off", self.co.write_off, self.day(b), customer=whole, reason="soak")
        else:
            numbers = list(dict.fromkeys(self.doc(i) for i in picks))
            docs = self.attempt("write_off", self.co.write_off, self.day(b), numbers, separate_sales_tax=b % 2 == 0)
        self.posted(*(docs or []))

    @rule(months_back=st.integers(min_value=0, max_value=3), reopen=st.booleans())
    def period(self, months_back: int, reopen: bool) -> None:
        """Close a month (this one or up to three back), or reopen a closed one."""
        closed = self.co.closed_periods()
        if reopen and closed:
            self.attempt("reopen_period", self.co.reopen_period, closed[months_back % len(closed)], "correction")
            return
        end = self.today.replace(day=1)
        for _ in range(months_back):
            end = (end - dt.timedelta(days=1)).replace(day=1)
        self.attempt("close_period", self.co.close_period, month_end(end))

    @rule(which=st.integers(min_value=0, max_value=10), b=back)
    def interest_notes(self, which: int, b: int) -> None:
        notes = self.attempt("create_interest_notes", self.co.create_interest_notes, self.day(b)) or []
        if notes:
            note = notes[which % len(notes)]
            doc = self.attempt("post_interest_note", self.co.post_interest_note, note.number, self.day(b))
            if doc is not None:
                self.posted(doc)
                self.posted_notes.append(note.number)

    @precondition(lambda self: self.posted_notes)
    @rule(i=pick, waive=st.booleans(), b=back)
    def undo_interest(self, i: int, waive: bool, b: int) -> None:
        number = self.posted_notes[i % len(self.posted_notes)]
        call = self.co.waive_interest if waive else self.co.reverse_interest
        doc = self.attempt("waive_interest" if waive else "reverse_interest", call, number, self.day(b))
        self.posted(doc)

    @rule(which=st.integers(min_value=0, max_value=10), b=back)
    def letters(self, which: int, b: int) -> None:
        letters = self.attempt("create_letters", self.co.create_collection_letters, self.day(b)) or []
        if letters:
            letter = letters[which % len(letters)]
            before = len(self.co.collection_letters(state="posted"))
            fee = self.attempt("post_letter", self.co.post_collection_letter, letter.number, self.day(b))
            if len(self.co.collection_letters(state="posted")) > before:
                self.posted_letters.append(letter.number)
            self.posted(fee)

    @precondition(lambda self: self.posted_letters)
    @rule(i=pick, waive=st.booleans(), b=back)
    def undo_letter(self, i: int, waive: bool, b: int) -> None:
        number = self.posted_letters[i % len(self.posted_letters)]
        if waive:
            doc = self.attempt("waive_fee", self.co.waive_fee, number, self.day(b))
            self.posted(doc)
        else:
            self.attempt("reverse_letter", self.co.reverse_collection_letter, number, self.day(b))

    @rule(amount=small, b=back)
    def ledger_journal(self, amount: D, b: int) -> None:
        lines = [LedgerLine(self.co.account_for("bank"), debit=amount), LedgerLine("710300", credit=amount)]
        self.attempt("ledger_journal", self.co.post_ledger_journal, self.day(b), lines, "soak")

    # --- invariants --------------------------------------------------------------------------------------------
    @invariant()
    def every_voucher_balances_and_posted_history_is_unchanged(self) -> None:
        rows = self.co.trial_balance()
        assert sum(r.debit for r in rows) == sum(r.credit for r in rows), "the trial balance does not balance"
        entries: dict[str, list[tuple]] = {}
        with self.books.engine.connect() as conn:  # every ledger line of every voucher, read-only
            for number, *line in conn.execute(
                text(
                    "SELECT v.number, v.date, e.account_id, e.date, e.amount, e.currency, e.amount_cur, e.text, "
                    "e.customer_id FROM voucher v LEFT JOIN ledger_entry e ON e.voucher_id = v.id ORDER BY e.id"
                )
            ):
                entries.setdefault(number, []).append(tuple(line))
        for number, lines in entries.items():
            assert sum(line[3] or 0 for line in lines) == 0, f"voucher {number} does not balance: {lines}"
            if number not in self.seen:  # new: also through the API, which shows debits and credits
                shown = self.co.voucher_lines(number)
                assert shown, f"voucher {number} has no lines"
                assert sum(ln.debit for ln in shown) == sum(ln.credit for ln in shown), f"{number} does not balance"
            assert self.seen.setdefault(number, tuple(lines)) == tuple(lines), f"posted voucher {number} changed"
        assert set(self.seen) <= set(entries), "a posted voucher disappeared"

    @invariant()
    def open_balances_never_cross_zero_and_equal_the_receivable_ledger(self) -> None:
        open_total = D(0)
        for cust in CUSTOMERS:
            balance = D(0)
            for t in self.co.transactions(cust):
                amount, kind = self.signs.setdefault(t.number, (t.amount, t.kind))
                assert (t.amount, t.kind) == (amount, kind), f"{t.number} changed its amount or kind"
                assert t.balance * t.amount >= 0, f"{t.number} of {t.amount} has an open balance of {t.balance}"
                assert abs(t.balance) <= abs(t.amount), f"{t.number} of {t.amount} has {t.balance} open"
                assert (t.balance == 0) == (t.closed_date is not None), f"{t.number}: balance and closed date differ"
                balance += t.balance
            assert self.co.customer_balance(cust) == balance, f"customer {cust}'s balance is not its open items"
            open_total += balance
        recon = self.co.reconcile_receivables()
        assert all(r.difference == 0 for r in recon), f"subledger and ledger differ: {recon}"
        assert sum(r.subledger for r in recon) == open_total, f"open items {open_total} but reconciliation {recon}"
        assert sum(r.ledger for r in recon) == open_total


TestBooksMachine = pytest.mark.slow(BooksMachine.TestCase)
TestBooksMachine.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def run_machine(examples: int, steps: int = 25) -> None:
    """For the soak: `examples` sequences of up to `steps` steps, without the example database."""
    config = settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    run_state_machine_as_test(BooksMachine, settings=config)


def test_every_rule_of_the_machine_posts_in_a_scripted_sequence():
    """The machine's rules really post (its invariants are not checked over refusals only)."""
    STATS.clear()
    m = BooksMachine()
    try:
        m.invoice("1002", [D("1000.00")], "HIGH", None, 0)
        m.invoice("1001", [D("500.00"), D("250.00")], None, "2D8", 0)
        m.credit_note("1001", D("100.00"), 0, 0)
        m.settle("1001", (0, None), (0, None), [], 0)
        m.payment("1001", None, [(0, None, "normal")], False, False, 0)
        m.payment("1003", D("80.00"), [], True, False, 0)
        m.ledger_journal(D("12.34"), 0)
        m.advance(20)
        m.letters(0, 0)
        m.interest_notes(0, 0)
        m.undo_letter(0, False, 0)
        m.undo_interest(0, False, 0)
        m.unsettle(1, 0, 0)
        m.reverse(0, 0)
        m.write_off([0], "1003", 0)
        m.period(1, False)
        m.period(0, True)
        for check in (
            m.every_voucher_balances_and_posted_history_is_unchanged,
            m.open_balances_never_cross_zero_and_equal_the_receivable_ledger,
        ):
            check()
    finally:
        m.teardown()
    done = {k.split(":", 1)[1] for k in STATS if k.startswith("done:")}
    assert done >= {
        "invoice",
        "credit_note",
        "settle",
        "payment",
        "ledger_journal",
        "create_letters",
        "post_letter",
        "create_interest_notes",
        "post_interest_note",
        "reverse_letter",
        "reverse_interest",
        "unsettle",
        "reverse",
        "write_off",
        "close_period",
        "reopen_period",
    }, STATS


def test_the_invariants_catch_a_receivable_posted_outside_the_subledger():
    m = BooksMachine()
    try:
        m.invoice("1001", [D("100.00")], None, None, 0)
        m.open_balances_never_cross_zero_and_equal_the_receivable_ledger()
        inject_receivable_journal(m.books, "SM", START)
        with pytest.raises(AssertionError, match="subledger and ledger differ"):
            m.open_balances_never_cross_zero_and_equal_the_receivable_ledger()
    finally:
        m.teardown()
