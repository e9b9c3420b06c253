"""Recurring invoices: occurrence dates, ends, maxima, no double billing, cancel (DOMAIN 3.5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Line, ValidationError
from ardesk.services.recurring import occurrence


@pytest.mark.parametrize(
    "start, pattern, per, k, expected",
    [
        (date(2026, 1, 31), "monthly", 1, 1, date(2026, 2, 28)),
        (date(2026, 1, 31), "monthly", 1, 2, date(2026, 3, 31)),  # from the start date: no drift to the 28th
        (date(2028, 1, 31), "monthly", 1, 1, date(2028, 2, 29)),  # leap year
        (date(2024, 2, 29), "yearly", 1, 1, date(2025, 2, 28)),
        (date(2024, 2, 29), "yearly", 1, 4, date(2028, 2, 29)),
        (date(2026, 1, 31), "monthly", 3, 1, date(2026, 4, 30)),  # quarterly
        (date(2026, 1, 1), "weekly", 2, 3, date(2026, 2, 12)),
        (date(2026, 12, 30), "daily", 1, 3, date(2027, 1, 2)),
    ],
)
def test_occurrence_dates(start, pattern, per, k, expected):
    assert occurrence(start, pattern, per, k) == expected


@pytest.fixture
def subscription(co):
    co.create_invoice_template(
        "SUPPORT", [Line("Support contract", D("100.00"), tax="HIGH")], terms="M1", description="Monthly support"
    )
    return co


def test_a_run_drafts_each_due_occurrence_once(subscription):
    co = subscription
    co.assign_template("1001", "SUPPORT", date(2026, 1, 31))
    run = co.generate_recurring_invoices(date(2026, 3, 31))
    assert len(run.drafts) == 3 and run.recurrence_id == "REC-000001" and not run.cancelled
    again = co.generate_recurring_invoices(date(2026, 3, 31))
    assert again.drafts == []
    result = co.post_drafts(run.drafts)
    docs = [co.document(n) for n in result.posted]
    assert [d.date for d in docs] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert [d.due_date for d in docs] == [date(2026, 2, 28), date(2026, 3, 28), date(2026, 4, 30)]
    assert all(d.amount == D("121.00") for d in docs)
    assert co.generate_recurring_invoices(date(2026, 4, 29)).drafts == []
    assert len(co.generate_recurring_invoices(date(2026, 4, 30)).drafts) == 1


def test_deleting_a_draft_lets_the_next_run_bill_it_again(subscription):
    co = subscription
    co.assign_template("1001", "SUPPORT", date(2026, 1, 15))
    run = co.generate_recurring_invoices(date(2026, 2, 20))
    co.delete_draft(run.drafts[1])
    again = co.generate_recurring_invoices(date(2026, 2, 20))
    assert len(again.drafts) == 1
    assert co.post_drafts(again.drafts).posted == ["INV-000001"]
    assert co.document("INV-000001").date == date(2026, 2, 15)


def test_end_date_and_count_stop_the_billing(subscription):
    co = subscription
    co.create_customer("2001", "End date")
    co.create_customer("2002", "Count")
    co.assign_template("2001", "SUPPORT", date(2026, 1, 1), end_date=date(2026, 3, 15))
    co.assign_template("2002", "SUPPORT", date(2026, 1, 1), pattern="weekly", max_count=4)
    run = co.generate_recurring_invoices(date(2026, 12, 31), customers=["2001"])
    assert len(run.drafts) == 3
    assert len(co.generate_recurring_invoices(date(2026, 12, 31), customers=["2002"]).drafts) == 4


def test_maximum_cumulative_amount(subscription):
    co = subscription
    co.create_invoice_template("PLAIN", [Line("Service", D("100.00"))])
    co.assign_template("1001", "PLAIN", date(2026, 1, 1), max_amount=D("1000.00"))
    run = co.generate_recurring_invoices(date(2027, 6, 1))
    assert len(run.drafts) == 10  # 1,000.00 with 100.00 monthly: stops after the 10th
    assert run.skipped == [("1001", date(2026, 11, 1), "the maximum of 1,000.00 would be exceeded")]
    assert co.generate_recurring_invoices(date(2027, 6, 1)).drafts == []


def test_defaults_from_the_customer(subscription):
    co = subscription
    co.assign_template("1001", "SUPPORT", date(2026, 3, 2), defaults_from="customer")
    [draft] = co.generate_recurring_invoices(date(2026, 3, 2)).drafts
    assert co.post_draft(draft).due_date == date(2026, 4, 1)  # the customer's N30, not the template's M1


def test_cancelling_a_run_keeps_whole_drafts_only(subscription):
    co = subscription
    for i in range(5):
        co.create_customer(f"S{i}", f"Subscriber {i}")
        co.assign_template(f"S{i}", "SUPPORT", date(2026, 1, 1))
    run = co.generate_recurring_invoices(date(2026, 2, 1), progress=lambda done, total: done < 2)
    assert run.cancelled and len(run.drafts) == 4  # two assignments x two months
    assert len(co.generate_recurring_invoices(date(2026, 2, 1)).drafts) == 6


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(template="NOPE"), "template"),
        (dict(customer="NOPE"), "customer"),
        (dict(end_date=date(2025, 12, 31)), "end_date"),
        (dict(pattern="fortnightly"), "pattern"),
        (dict(per=0), "per"),
        (dict(max_amount=D("0")), "max_amount"),
        (dict(max_count=1.5), "max_count"),
    ],
)
def test_bad_assignments(subscription, kw, field):
    args = dict(customer="1001", template="SUPPORT", start_date=date(2026, 1, 1)) | kw
    with pytest.raises(ValidationError) as err:
        subscription.assign_template(args.pop("customer"), args.pop("template"), args.pop("start_date"), **args)
    assert err.value.field == field


def test_template_names_are_unique_unless_replaced(subscription):
    co = subscription
    with pytest.raises(ValidationError) as err:
        co.create_invoice_template("SUPPORT", [Line("x", D("1.00"))])
    assert err.value.field == "name"
    co.create_invoice_template("SUPPORT", [Line("Support, new price", D("120.00"))], replace=True)
    co.assign_template("1001", "SUPPORT", date(2026, 1, 1))
    [draft] = co.generate_recurring_invoices(date(2026, 1, 1)).drafts
    assert co.post_draft(draft).amount == D("120.00")
