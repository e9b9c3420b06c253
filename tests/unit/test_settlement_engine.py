"""The settlement engine on plain values, table-driven, without a database (DOMAIN 4.5–4.9)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.errors import ValidationError
from ardesk.services.settlement_engine import (
    Open,
    Policy,
    automatic,
    item,
    offers,
    plan_offset,
    plan_payment,
    plan_preview,
    previews,
    priority_key,
)

DOC = date(2026, 3, 2)
TWO_PERCENT = ((date(2026, 3, 10), D("2")),)


def inv(
    n: int,
    amount: str,
    *,
    places: int = 2,
    schedule=TWO_PERCENT,
    kind: str = "invoice",
    day: date = DOC,
    due: date | None = None,
    taken: str = "0",
) -> Open:
    value = D(amount)
    return Open(n, f"I{n}", kind, day, due, value, value, places, D(taken), 1, schedule)


def credit(n: int, amount: str, *, kind: str = "payment", places: int = 2, schedule=()) -> Open:
    value = -D(amount)
    return Open(n, f"C{n}", kind, DOC, None, value, value, places, D(0), 1, schedule)


def plan_row(p, index=0):
    it = sorted(p.items, key=lambda i: i.index)[index]
    return it.cash, it.discount, it.difference, it.difference_kind


# (open item, pay on, payment amount, policy, expected (cash, discount, difference, kind), left open on payment)
PAYMENTS = [
    ("full within discount", inv(1, "100.00"), DOC, None, Policy(), ("98.00", "2.00", "0", ""), "0"),
    ("after the discount date", inv(1, "100.00"), date(2026, 3, 11), None, Policy(), ("100.00", "0", "0", ""), "0"),
    (
        "JPY rounds to yen",
        inv(1, "1234", places=0, schedule=((DOC, D("1")),)),
        DOC,
        None,
        Policy(),
        ("1222", "12", "0", ""),
        "0",
    ),
    (
        "KWD keeps three decimals",
        inv(1, "10.633", places=3, schedule=((DOC, D("1")),)),
        DOC,
        None,
        Policy(),
        ("10.527", "0.106", "0", ""),
        "0",
    ),
    (
        "partial, no discount without the parameter",
        inv(1, "100.00"),
        DOC,
        D("49.00"),
        Policy(),
        ("49.00", "0", "0", ""),
        "0",
    ),
    (
        "partial, grossed-up discount with it",
        inv(1, "100.00"),
        DOC,
        D("49.00"),
        Policy(cash_discount_on_partial_payments=True),
        ("49.00", "1.00", "0", ""),
        "0",
    ),
    (
        "a penny short closes within the tolerance",
        inv(1, "100.00"),
        DOC,
        D("97.99"),
        Policy(max_penny_difference=D("0.05")),
        ("97.99", "2.00", "0.01", "penny_difference"),
        "0",
    ),
    (
        "short beyond tolerances stays open",
        inv(1, "100.00"),
        DOC,
        D("90.00"),
        Policy(max_penny_difference=D("0.05")),
        ("90.00", "0", "0", ""),
        "0",
    ),
    (
        "overpaid stays open on the payment",
        inv(1, "100.00"),
        DOC,
        D("110.00"),
        Policy(),
        ("98.00", "2.00", "0", ""),
        "12.00",
    ),
    (
        "overpaid within over/underpayment closes",
        inv(1, "100.00"),
        DOC,
        D("99.00"),
        Policy(max_over_underpayment=D("5.00")),
        ("98.00", "2.00", "0", ""),
        "0",
    ),
    (
        "unspecific gives back the discount first",
        inv(1, "100.00"),
        DOC,
        D("99.00"),
        Policy(unspecific_discount=True),
        ("99.00", "1.00", "0", ""),
        "0",
    ),
]


@pytest.mark.parametrize("name, o, on, amount, policy, expected, left", PAYMENTS, ids=[p[0] for p in PAYMENTS])
def test_a_payment_against_one_item(name, o, on, amount, policy, expected, left):
    p = plan_payment([item(o, 0, on, policy)], amount, policy)
    assert plan_row(p) == tuple(D(x) if i < 3 else x for i, x in enumerate(expected))
    assert p.open_on_payment == D(left)


def test_cash_is_spread_oldest_first_then_better_discount():
    old, new = inv(1, "100.00", day=date(2026, 3, 1)), inv(2, "100.00")
    p = plan_payment([item(new, 0, DOC, Policy()), item(old, 1, DOC, Policy())], D("150.00"), Policy())
    assert plan_row(p, 1)[:2] == (D("98.00"), D("2.00"))  # the older one first, with its discount
    assert plan_row(p, 0)[:2] == (D("52.00"), D("0"))


def test_offset_settles_up_to_the_smaller_side():
    p = plan_offset(
        [
            item(inv(1, "100.00", schedule=()), 0, DOC, Policy()),
            item(credit(2, "30.00", kind="credit_note"), 1, DOC, Policy()),
        ],
        Policy(),
    )
    assert plan_row(p, 0)[0] == D("30.00") and plan_row(p, 1)[0] == D("30.00")
    with pytest.raises(ValidationError, match="at least one debit"):
        plan_offset([item(inv(1, "100.00"), 0, DOC, Policy())], Policy())


@pytest.mark.parametrize("on_credit_notes, cash, discount", [(False, "100.00", "0"), (True, "98.00", "2.00")])
def test_a_credit_note_alone_previews_what_it_refunds_and_gives_back(on_credit_notes, cash, discount):
    note = credit(5, "100.00", kind="credit_note", schedule=((date(2026, 3, 10), D("-2")),))
    note = Open(
        note.id,
        note.number,
        note.kind,
        note.date,
        None,
        note.amount,
        note.balance,
        2,
        D("0"),
        1,
        ((date(2026, 3, 10), D("2")),),
    )
    policy = Policy(cash_discount_on_credit_notes=on_credit_notes)
    [row] = previews(plan_preview([item(note, 0, DOC, policy)], policy))
    assert row.amount_to_settle == -D(cash) and row.discount_to_take == -D(discount)


def test_a_payment_alone_previews_its_open_amount():
    [row] = previews(plan_preview([item(credit(9, "40.00"), 0, DOC, Policy())], Policy()))
    assert row.amount_to_settle == D("-40.00") and row.discount_to_take == 0


def test_automatic_settlement_follows_the_priority_and_stops_when_the_cash_is_spent():
    fee, a, b = inv(1, "10.00", kind="fee", schedule=()), inv(2, "100.00", schedule=()), inv(3, "100.00", schedule=())
    policy = Policy(priority=("fee", "invoice"))
    debits = sorted([b, a, fee], key=priority_key(policy))
    assert [d.number for d in debits] == ["I1", "I2", "I3"]
    p = automatic(debits, credit(9, "60.00"), DOC, policy)
    assert [(i.open.number, i.cash) for i in p.items] == [("I1", D("10.00")), ("I2", D("50.00")), ("C9", D("60.00"))]
    assert automatic([], credit(9, "60.00"), DOC, policy) is None


def test_the_engine_imports_no_database_code():
    code = (
        "import sys, ardesk.services.settlement_engine\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'ardesk.models', 'ardesk.db'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_payment_needs_a_debit_and_credits_covering_the_debits_leave_the_payment_open():
    note = credit(5, "100.00", kind="credit_note")
    with pytest.raises(ValidationError, match="only credits are marked") as err:
        plan_payment([item(note, 0, DOC, Policy())], D("10.00"), Policy())
    assert err.value.field == "marks"
    p = plan_payment(
        [item(inv(1, "50.00", schedule=()), 0, DOC, Policy()), item(note, 1, DOC, Policy())], D("10.00"), Policy()
    )
    assert plan_row(p, 0)[0] == plan_row(p, 1)[0] == D("50.00") and p.open_on_payment == D("10.00")


def test_the_payment_preview_of_debits_and_credits_is_what_a_payment_settles():
    def marked():
        return [
            item(inv(1, "100.00"), 0, DOC, Policy()),
            item(credit(5, "30.00", kind="credit_note"), 1, DOC, Policy()),
        ]

    assert plan_row(plan_preview(marked(), Policy()), 0)[0] == D("30.00")  # offset (settle)
    assert plan_row(plan_preview(marked(), Policy(), payment=True), 0)[0] == D("98.00")  # a payment of 68.00
    covered = [
        item(inv(1, "20.00", schedule=()), 0, DOC, Policy()),
        item(credit(5, "30.00", kind="credit_note"), 1, DOC, Policy()),
    ]
    assert plan_row(plan_preview(covered, Policy(), payment=True), 1)[0] == D("20.00")  # no payment: offset


def test_offers_are_each_item_marked_alone():
    policy = Policy(cash_discount_on_credit_notes=True)
    note = credit(5, "100.00", kind="credit_note", schedule=TWO_PERCENT)
    rows = offers(
        [item(inv(1, "100.00"), 0, DOC, policy), item(note, 0, DOC, policy), item(credit(9, "40.00"), 0, DOC, policy)],
        policy,
    )
    assert [(r.amount_to_settle, r.discount_to_take) for r in rows] == [
        (D("98.00"), D("2.00")),
        (D("-98.00"), D("-2.00")),
        (D("-40.00"), D("0.00")),
    ]
    assert str(rows[2].discount_to_take) == "0.00"  # not -0.00
