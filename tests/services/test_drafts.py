"""Drafts, charges and batch posting of free-text invoices (DOMAIN 3.1, 2.11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import Charge, ImmutableError, Line, NotFoundError, ValidationError
from tests.helpers import snapshot


def test_a_draft_has_no_number_and_no_ledger_effect_until_posted(books, co):
    draft = co.save_draft("1001", date(2026, 3, 2), [Line("Advice", D("100.00"), tax="HIGH")])
    assert co.trial_balance() == [] and co.transactions("1001") == []
    co.update_draft(draft, "1001", date(2026, 3, 3), [Line("Advice", D("150.00"), tax="HIGH")])
    doc = co.post_draft(draft)
    assert (doc.number, doc.amount, doc.date) == ("INV-000001", D("181.50"), date(2026, 3, 3))
    with pytest.raises(ImmutableError):
        co.update_draft(draft, "1001", date(2026, 3, 3), [Line("x", D("1.00"))])
    with pytest.raises(ImmutableError):
        co.delete_draft(draft)
    with pytest.raises(NotFoundError):
        co.post_draft(99999)


def test_deleting_a_draft_consumes_no_number(co):
    gone = co.save_draft("1001", date(2026, 3, 2), [Line("x", D("1.00"))])
    co.delete_draft(gone)
    assert co.post_free_text_invoice("1001", date(2026, 3, 2), [Line("x", D("1.00"))]).number == "INV-000001"


def test_charges_are_added_to_the_invoice_and_taxed(co):
    co.create_account("403500", "Freight charged", "revenue")
    co.create_charge_code("FREIGHT", "Freight", account="403500", tax="HIGH")
    co.create_charge_code("ADMIN", "Small order surcharge", account="fee_income")
    inv = co.post_free_text_invoice(
        "1001",
        date(2026, 3, 2),
        [Line("Paper", D("40.00"), tax="HIGH")],
        charges=[Charge("FREIGHT", D("12.50")), Charge("ADMIN", D("5.00"), "Small order")],
    )
    # HIGH base 40.00 + 12.50 = 52.50 -> 11.03 (11.025 half-up); total 40 + 12.50 + 5 + 11.03
    assert inv.amount == D("68.53")
    assert [(v.account, v.debit, v.credit, v.text) for v in co.voucher_lines(inv.voucher)] == [
        ("130100", D("68.53"), D("0.00"), "1001 Jansen Installatietechniek B.V."),
        ("401100", D("0.00"), D("40.00"), "Paper"),
        ("403500", D("0.00"), D("12.50"), "Freight"),
        ("403100", D("0.00"), D("5.00"), "Small order"),
        ("222100", D("0.00"), D("11.03"), "Sales tax HIGH"),
    ]


def test_a_drafts_charges_come_back_for_the_editor(co):
    co.create_charge_code("FREIGHT", "Freight", account="fee_income")
    draft = co.save_draft(
        "1001", date(2026, 3, 2), [Line("Paper", D("40.00"))], charges=[Charge("FREIGHT", D("12.50"), "Transport")]
    )
    detail = co.invoice_detail(draft)
    assert [(c.code, c.amount, c.description) for c in detail.charges] == [("FREIGHT", D("12.50"), "Transport")]
    assert detail.total == D("52.50")


@pytest.mark.parametrize(
    "charge, field",
    [
        (Charge("NOPE", D("1.00")), "charges[0].code"),
        (Charge("FREIGHT", 1.0), "charges[0].amount"),
        (Charge("FREIGHT", D("0")), "charges[0].amount"),
    ],
)
def test_bad_charges(books, co, charge, field):
    co.create_charge_code("FREIGHT", "Freight")
    before = snapshot(books)
    with pytest.raises(ValidationError) as err:
        co.post_free_text_invoice("1001", date(2026, 3, 2), [Line("x", D("1.00"))], charges=[charge])
    assert err.value.field == field
    assert snapshot(books) == before


def _drafts(co, n, bad_at=()):
    ids = []
    for i in range(n):
        customer = "1001"
        ids.append(co.save_draft(customer, date(2026, 3, 1 + i % 20), [Line(f"Month {i}", D(f"{i + 1}.00"))]))
    for i in bad_at:  # becomes unpostable after saving: the customer goes on hold
        co.create_customer(f"H{i}", f"On hold {i}")
        co.update_draft(ids[i], f"H{i}", date(2026, 3, 1), [Line("x", D("1.00"))])
        co.update_customer(f"H{i}", on_hold="all")
    return ids


def test_batch_posting_skips_and_reports_bad_drafts(co):
    ids = _drafts(co, 6, bad_at=(2,))
    result = co.post_drafts(ids, stop_at_first_error=False)
    assert len(result.posted) == 5 and not result.stopped
    assert result.errors == [(ids[2], "customer", "customer H2 is on hold for invoicing")]
    assert result.posted == [f"INV-{i:06d}" for i in range(1, 6)]  # gap-free in date order
    assert co.customer_balance("1001") == D("1.00") + D("2.00") + D("4.00") + D("5.00") + D("6.00")


def test_batch_posting_can_stop_at_the_first_error(co):
    ids = _drafts(co, 4, bad_at=(2,))
    result = co.post_drafts(ids, stop_at_first_error=True)
    # Drafts are posted in date order: dates 1, 2, 3(bad: moved to the 1st), 4 -> 1st, 1st(bad) ...
    assert result.stopped and len(result.errors) == 1
    assert co.post_drafts(stop_at_first_error=False).errors[0][0] == ids[2]


def test_batch_credit_limit_counts_invoices_of_the_same_batch(co):
    co.create_customer("5001", "Limited", credit_limit=D("100.00"), mandatory_credit_limit=True)
    ids = [co.save_draft("5001", date(2026, 3, 1), [Line("x", D("60.00"))]) for _ in range(2)]
    result = co.post_drafts(ids, stop_at_first_error=False)
    assert len(result.posted) == 1 and result.errors[0][1] == "customer"


def test_non_mandatory_credit_limit_warns(co):
    co.create_customer("5002", "Soft limit", credit_limit=D("50.00"))
    draft = co.save_draft("5002", date(2026, 3, 1), [Line("x", D("60.00"))])
    result = co.post_drafts([draft])
    assert result.posted == ["INV-000001"] and "credit limit" in result.warnings[0][1]


def test_a_credit_limit_of_zero_without_mandatory_means_no_limit(co):
    """DOMAIN 5.3: 0.00 and not mandatory is "no limit"; 0.00 and mandatory refuses everything."""
    co.create_customer("5003", "No limit", credit_limit=D("0.00"))
    co.create_customer("5004", "Review all", credit_limit=D("0.00"), mandatory_credit_limit=True)
    free = co.post_drafts([co.save_draft("5003", date(2026, 3, 1), [Line("x", D("60.00"))])])
    assert free.posted == ["INV-000001"] and free.warnings == []
    held = co.post_drafts([co.save_draft("5004", date(2026, 3, 1), [Line("x", D("60.00"))])])
    assert held.posted == [] and held.errors[0][1] == "customer"


def test_posting_progress_can_cancel_between_whole_invoices(co):
    ids = _drafts(co, 250)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 200

    result = co.post_drafts(ids, progress=progress)
    assert result.stopped and len(result.posted) == 200 and seen[-1] == (200, 250)
    assert len(co.transactions("1001")) == 200


def test_unknown_draft_ids_are_refused(co):
    with pytest.raises(ValidationError) as err:
        co.post_drafts([424242])
    assert err.value.field == "drafts"
