"""Batch runs and opening the books hand the GUI their refusals and warnings as errors (template + params),
not only English text."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal as D

from ardesk.api import Books, Line
from ardesk.i18n import field_message, message_text


def test_batch_posting_keeps_the_errors_and_warnings_for_the_dutch_gui(co):
    co.create_customer("5001", "Hard limit", credit_limit=D("100.00"), mandatory_credit_limit=True)
    co.create_customer("5002", "Soft limit", credit_limit=D("50.00"))
    refused = co.save_draft("5001", date(2026, 3, 1), [Line("x", D("160.00"))])
    warned = co.save_draft("5002", date(2026, 3, 2), [Line("x", D("1060.00"))])
    result = co.post_drafts([refused, warned], stop_at_first_error=False)
    assert result.posted == ["INV-000001"]
    assert [(i, f) for i, f, _ in result.errors] == [(refused, "customer")]
    assert [(i, exc.message) for i, exc in result.refusals] == [(i, m) for i, _, m in result.errors]
    assert [(i, exc.message) for i, exc in result.cautions] == result.warnings
    assert result.warnings == [
        (warned, "this invoice takes 5002 to 1,060.00, over the credit limit of 50.00"),
    ]
    assert field_message(result.cautions[0][1], "nl") == (
        "door deze factuur komt 5002 op 1.060,00, boven de kredietlimiet van 50,00"
    )
    assert field_message(result.refusals[0][1], "nl").startswith("door deze factuur komt 5001 op 160,00")


def test_a_recurring_run_keeps_its_skip_reasons_for_the_dutch_gui(co):
    co.create_invoice_template("PLAIN", [Line("Service", D("100.00"))])
    co.assign_template("1001", "PLAIN", date(2026, 1, 1), max_amount=D("1000.00"))
    run = co.generate_recurring_invoices(date(2027, 6, 1))
    assert run.skipped == [("1001", date(2026, 11, 1), "the maximum of 1,000.00 would be exceeded")]
    assert [field_message(r, "nl") for r in run.skip_reasons] == ["het maximum van 1.000,00 zou overschreden worden"]


def test_books_whose_protection_was_removed_say_so_in_dutch_too(tmp_path):
    path = tmp_path / "books.db"
    Books.open(path).close()
    with sqlite3.connect(path) as c:
        c.execute("DROP TRIGGER trg_ledger_entry_no_update")
    with Books.open(path) as books:
        assert books.warnings == [notice.message for notice in books.notices]
        assert books.warnings[0].startswith(
            "These books had lost 1 of their protective rules (trg_ledger_entry_no_update)"
        )
        assert message_text(books.notices[0], "nl").startswith(
            "Deze administratie was 1 van haar beschermende regels kwijt (trg_ledger_entry_no_update): "
        )
