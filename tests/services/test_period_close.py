"""Fiscal years, month states, general journals, reconciliation as of a date and the guided close (DOMAIN 9)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ardesk.api import LedgerLine, Line, Mark, ValidationError
from tests.helpers import inject_receivable_journal

JAN, FEB, MAR = date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)


def invoice(co, amount, day=date(2026, 2, 10), customer="1001"):
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))])


# --- fiscal years and states ------------------------------------------------------------------------------


def test_a_fiscal_year_has_its_months_open_and_refuses_overlap(co):
    year = co.create_fiscal_year(date(2026, 1, 1))
    assert year.code == "2026" and year.end == date(2026, 12, 31)
    assert [p.period_end for p in year.periods][:3] == [JAN, FEB, MAR]
    assert len(year.periods) == 12 and {p.state for p in year.periods} == {"open"}
    short = co.create_fiscal_year(date(2027, 1, 1), months=6, code="2027H1")
    assert short.end == date(2027, 6, 30) and len(short.periods) == 6
    with pytest.raises(ValidationError, match="overlap") as err:
        co.create_fiscal_year(date(2026, 7, 1))
    assert err.value.field == "start"
    with pytest.raises(ValidationError) as err:
        co.create_fiscal_year(date(2028, 1, 15))
    assert err.value.field == "start"
    with pytest.raises(ValidationError) as err:
        co.create_fiscal_year(date(2028, 1, 1), months=0)
    assert err.value.field == "months"
    assert [y.code for y in co.fiscal_years()] == ["2026", "2027H1"]


def test_a_month_closed_before_its_year_existed_joins_the_year_closed(co):
    co.close_period(FEB)
    year = co.create_fiscal_year(date(2026, 1, 1))
    assert [p.state for p in year.periods][:3] == ["open", "closed", "open"]


def test_on_hold_refuses_postings_until_released_without_a_reason(co):
    co.create_fiscal_year(date(2026, 1, 1))
    co.hold_period(FEB)
    with pytest.raises(ValidationError, match="closed period") as err:
        invoice(co, "10.00")
    assert err.value.field == "date"
    assert co.closed_periods() == []  # on hold is not closed
    with pytest.raises(ValidationError, match="not closed"):
        co.reopen_period(FEB, "why")
    co.release_period(FEB)
    invoice(co, "10.00")
    with pytest.raises(ValidationError, match="not on hold"):
        co.release_period(FEB)
    co.close_period(FEB)
    with pytest.raises(ValidationError, match="only an open period"):
        co.hold_period(FEB)
    assert [p.state for p in co.period_history() if p.period_end in (JAN, FEB)] == ["closed", "open"]


# --- every kind of posting is refused in a closed month ----------------------------------------------------


def _kinds(co):
    """Calls that each post one kind of document dated 2026-02-15 (inside the closed month)."""
    day = date(2026, 2, 15)
    inv = invoice(co, "100.00", day=date(2026, 1, 5))
    credit = co.post_credit_note("1001", date(2026, 1, 6), [Line("Return", D("10.00"))])
    pay = co.post_payment("1001", date(2026, 1, 7), D("30.00"))
    return {
        "invoice": lambda: invoice(co, "10.00", day=day),
        "credit note": lambda: co.post_credit_note("1001", day, [Line("Return", D("5.00"))]),
        "correction": lambda: co.correct_invoice(inv.number, day, [Line("Goods", D("90.00"))]),
        "payment": lambda: co.post_payment("1001", day, D("5.00")),
        "settlement": lambda: co.settle("1001", day, [Mark(inv.number), Mark(pay.number)]),
        "credit note settlement": lambda: co.settle("1001", day, [Mark(inv.number), Mark(credit.number)]),
        "reversal": lambda: co.reverse(pay.number, day),
        "write-off": lambda: co.write_off(day, [inv.number]),
        "journal": lambda: co.post_ledger_journal(
            day, [LedgerLine("110110", debit=D("1.00")), LedgerLine("710300", credit=D("1.00"))]
        ),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "invoice",
        "credit note",
        "correction",
        "payment",
        "settlement",
        "credit note settlement",
        "reversal",
        "write-off",
        "journal",
    ],
)
def test_every_kind_of_posting_into_a_closed_month_is_refused(co, kind):
    calls = _kinds(co)
    co.close_period(FEB)
    before = co.trial_balance()
    with pytest.raises(ValidationError, match="closed period") as err:
        calls[kind]()
    assert err.value.field in ("date", "day")
    assert co.trial_balance() == before


def test_posting_a_payment_journal_line_dated_in_a_closed_month_is_refused(co):
    inv = invoice(co, "50.00", day=date(2026, 1, 5))
    journal = co.create_payment_journal("Bank")
    co.add_payment_line(journal, "1001", date(2026, 2, 3), D("50.00"), marks=[Mark(inv.number)])
    co.close_period(FEB)
    with pytest.raises(ValidationError, match="closed period"):
        co.post_payment_journal(journal)
    assert co.document(inv.number).balance == D("50.00")


# --- the general journal ---------------------------------------------------------------------------------


def test_a_general_journal_posts_but_never_on_a_receivable_account(co):
    number = co.post_ledger_journal(
        date(2026, 2, 1), [LedgerLine("110110", debit=D("12.50")), LedgerLine("710300", credit=D("12.50"), text="Fix")]
    )
    assert number.startswith("GJ-")
    assert co.balance("110110") == D("12.50")
    for account in ("130100", "receivable", "220100"):
        with pytest.raises(ValidationError, match="receivable") as err:
            co.post_ledger_journal(
                date(2026, 2, 1), [LedgerLine(account, debit=D("1.00")), LedgerLine("401100", credit=D("1.00"))]
            )
        assert err.value.field == "lines[1].account"
    with pytest.raises(ValidationError, match="does not balance"):
        co.post_ledger_journal(
            date(2026, 2, 1), [LedgerLine("110110", debit=D("1.00")), LedgerLine("401100", credit=D("2.00"))]
        )
    with pytest.raises(ValidationError) as err:
        co.post_ledger_journal(
            date(2026, 2, 1), [LedgerLine("110110", debit=D("1.00"), credit=D("1.00")), LedgerLine("401100")]
        )
    assert err.value.field == "lines[1]"
    assert co.balance("110110") == D("12.50")


# --- reconciliation as of a date ---------------------------------------------------------------------------


def test_reconciliation_as_of_past_dates_follows_settlements_and_equals_the_aging(co):
    inv = invoice(co, "121.00", day=date(2026, 1, 10))
    invoice(co, "50.00", day=date(2026, 2, 10))
    co.post_payment("1001", date(2026, 2, 20), D("121.00"), marks=[Mark(inv.number)])
    for day, expected in [(JAN, D("121.00")), (date(2026, 2, 15), D("171.00")), (FEB, D("50.00"))]:
        rows = co.reconcile_receivables(day)
        assert sum(r.subledger for r in rows) == expected
        assert all(r.difference == 0 for r in rows)
        report = co.receivables_reconciliation(day)
        assert report.balanced and report.aging_total == expected == report.totals[0]
    assert co.reconcile_receivables(date(2025, 12, 31)) == [
        r._replace(subledger=D("0.00"), ledger=D("0.00"), difference=D("0.00")) if hasattr(r, "_replace") else r
        for r in co.reconcile_receivables(date(2025, 12, 31))
    ]


def test_an_undone_settlement_counts_until_the_day_it_was_undone(co):
    inv = invoice(co, "100.00", day=date(2026, 1, 10))
    co.post_payment("1001", date(2026, 1, 20), D("100.00"))
    settled = co.settle("1001", date(2026, 1, 25), [Mark(inv.number), Mark(co.transactions("1001")[-1].number)])
    co.unsettle(settled[0].id, date(2026, 2, 5))
    for day in (date(2026, 1, 24), date(2026, 1, 31), date(2026, 2, 28)):
        rows = co.reconcile_receivables(day)
        assert sum(r.difference for r in rows) == 0
        assert co.receivables_reconciliation(day).balanced


def test_an_injected_ledger_posting_is_reported_with_its_voucher_and_cause(books, co):
    invoice(co, "121.00", day=date(2026, 2, 1))
    inject_receivable_journal(books, co.code, date(2026, 2, 12))  # 5.00 (money is stored in thousandths)
    assert all(r.difference == 0 for r in co.reconcile_receivables(JAN))
    report = co.receivables_reconciliation(FEB)
    assert not report.balanced
    line = next(x for x in report.lines if x.account == "130100")
    assert (line.subledger, line.ledger, line.difference) == (D("121.00"), D("126.00"), D("-5.00"))
    assert [(d.cause, d.voucher, d.amount, d.date) for d in line.differences] == [
        ("journal", "GJ-HAND", D("-5.00"), date(2026, 2, 12))
    ]
    assert report.aging_total == D("121.00")


def test_reconciliation_csv_xlsx_and_pdf(co, tmp_path):
    import openpyxl
    import pdfplumber

    invoice(co, "121.00")
    csv_path = co.export_reconciliation(FEB, tmp_path / "rec.csv")
    rows = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("Account,Name,Subledger,General ledger,Difference,Cause")
    assert any(r.startswith("130100,") and ",121.00,121.00,0.00," in r for r in rows)
    dutch = co.export_reconciliation(FEB, tmp_path / "rec-nl.csv", language="nl").read_text(encoding="utf-8-sig")
    assert dutch.splitlines()[0].startswith("Rekening;Naam;Subadministratie;Grootboek;Verschil;Oorzaak")
    assert ";121,00;121,00;0,00;" in dutch
    sheet = openpyxl.load_workbook(co.export_reconciliation(FEB, tmp_path / "rec.xlsx")).active
    assert [c.value for c in sheet[2]][:5] == ["130100", sheet["B2"].value, 121, 121, 0]
    with pytest.raises(ValidationError) as err:
        co.export_reconciliation(FEB, tmp_path / "rec.txt")
    assert err.value.field == "path"
    pdf = co.print_reconciliation(FEB, tmp_path / "rec.pdf")
    with pdfplumber.open(pdf) as doc:
        words = "\n".join(page.extract_text() for page in doc.pages)
    assert "130100" in words and "121.00" in words


# --- the guided close --------------------------------------------------------------------------------------


def test_the_checklist_shows_what_is_open_and_the_close_keeps_the_reasons(co):
    invoice(co, "121.00", day=date(2026, 2, 1))
    co.save_draft("1001", date(2026, 2, 20), [Line("Draft", D("10.00"))])
    journal = co.create_payment_journal("Bank")
    co.add_payment_line(journal, "1001", date(2026, 2, 25), D("20.00"))
    found = co.close_checklist(FEB)
    state = {line.key: (line.ok, line.count) for line in found.lines}
    assert state["drafts"] == (False, 1) and state["journals"] == (False, 1)
    assert state["reconciliation"] == (True, 0) and state["aging"][0] is True
    assert found.aging_total == D("121.00") and not found.ready
    with pytest.raises(ValidationError, match="cannot be closed yet") as err:
        co.close_period_checked(FEB)
    assert err.value.field == "overrides"
    with pytest.raises(ValidationError, match="cannot be closed yet"):
        co.close_period_checked(FEB, {"drafts": "Draft belongs to March"})
    after = co.close_period_checked(FEB, {"drafts": "Draft belongs to March", "journals": "Bank line is March's"})
    assert after.state == "closed" and after.ready
    kept = {line.key: line.override for line in after.lines}
    assert kept["drafts"] == "Draft belongs to March" and kept["recurring"] is None
    assert co.closed_periods() == [FEB]


def test_a_difference_in_the_books_cannot_be_let_pass(books, co):
    invoice(co, "121.00", day=date(2026, 2, 1))
    inject_receivable_journal(books, co.code, date(2026, 2, 12))
    found = co.close_checklist(FEB)
    assert {line.key: line.ok for line in found.lines}["reconciliation"] is False
    with pytest.raises(ValidationError, match="cannot be let pass"):
        co.close_period_checked(FEB, {"reconciliation": "later"})
    with pytest.raises(ValidationError, match="cannot be closed yet"):
        co.close_period_checked(FEB)
    assert co.closed_periods() == []


def test_a_clean_month_closes_without_overrides(co):
    invoice(co, "121.00", day=date(2026, 2, 1))
    after = co.close_period_checked(FEB)
    assert after.state == "closed" and all(line.ok for line in after.lines)
