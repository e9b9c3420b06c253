"""The Collection letters and Interest notes pages on a small book: runs, lines, posting, waiving, editing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from ardesk.api import Books, Company, InterestVersion, LetterStep, Line
from ardesk.views.collections.interest import InterestNotesPage
from ardesk.views.collections.letter_dialog import LetterEditDialog
from ardesk.views.collections.letters import LettersPage
from ardesk.views.collections.proposals import ProposalPage
from ardesk.views.context import AppContext
from ardesk.views.ops import Runner

pytestmark = pytest.mark.gui
TODAY = dt.date(2024, 4, 30)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Company]:
    """A Dutch company with a letter sequence (L1 after 5 days, L2 10 days later with 15.00 costs) on profile
    DUN and an interest code of 8 % a year on profile RENTE; customers C1, C2 (DUN), C3 (no letters), K (RENTE)."""
    books = Books.open(tmp_path / "small.db", exclusive=True)
    co = books.create_company("NL01", "Kantoorboekhandel De Vries B.V.", currency="EUR")
    co.create_terms_of_payment("N14", days=14)
    co.create_terms_of_payment("N30", days=30)
    co.create_collection_letter_sequence("SEQ", [LetterStep("L1", 5), LetterStep("L2", 10, fee=D("15.00"))])
    co.create_posting_profile("DUN", [("all", None, "130100")], collection_letter_sequence="SEQ")
    co.create_interest_code("R8", [InterestVersion(dt.date(2020, 1, 1), D("8"))])
    co.create_posting_profile("RENTE", [("all", None, "130100")], interest_code="R8")
    co.create_customer("C1", "Bakkerij Van der Meer B.V.", terms="N14", posting_profile="DUN")
    co.create_customer("C2", "Bouwbedrijf Mulder", terms="N14", posting_profile="DUN")
    co.create_customer("C3", "Zonder brieven", terms="N14")
    co.create_customer("K", "Klant met rente", terms="N30", posting_profile="RENTE")
    yield co
    books.close()


def invoice(co: Company, customer: str, day: dt.date, amount: str) -> str:
    return co.post_free_text_invoice(customer, day, [Line("Goods", D(amount))]).number


@pytest.fixture
def make_page(small: Company, runner: Runner, qtbot) -> Callable[[type[ProposalPage]], ProposalPage]:
    def make(cls: type[ProposalPage]) -> ProposalPage:
        ctx = AppContext(small.books, small, "en", runner, today=lambda: TODAY)
        page = cls(ctx)
        qtbot.addWidget(page)
        page.resize(1064, 760)
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.show()
        return page

    return make


def run(qtbot, page: ProposalPage, day: dt.date, customers: str = "") -> None:
    page.run_date.setDate(QDate(day.year, day.month, day.day))
    page.customers.setText(customers)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.run_proposals()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def act(qtbot, page: ProposalPage, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        action()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def test_the_letter_run_proposes_the_right_letters_and_posting_charges_the_fee(small, make_page, qtbot):
    first = invoice(small, "C1", dt.date(2024, 1, 1), "1000.00")  # due 15 January
    invoice(small, "C2", dt.date(2024, 1, 19), "500.00")  # due 2 February: not overdue in January
    invoice(small, "C3", dt.date(2024, 1, 1), "300.00")  # its profile has no sequence
    page = make_page(LettersPage)
    run(qtbot, page, dt.date(2024, 1, 20))
    rows = page.model.rows()
    assert [(r.customer, r.step, r.fee, r.state) for r in rows] == [("C1", "L1", D("0.00"), "created")]
    assert page.model.data(page.model.index(0, 2)) == "Bakkerij Van der Meer B.V."
    assert [(ln.transaction, ln.days_overdue) for ln in page.line_model.rows()] == [(first, 5)]
    assert page.last_message == "Proposals made: 1."

    page.ask_date = lambda title, text, day, ok: day  # the confirmation, answered with the letter date
    page.view.selectAll()
    assert page.post_button.isEnabled()
    act(qtbot, page, page.post_selected)
    assert [r.state for r in small.collection_letters()] == ["posted"]
    assert page.model.rows() == []  # the Proposals tab is empty now

    run(qtbot, page, dt.date(2024, 1, 30))
    [second] = page.model.rows()
    assert (second.customer, second.step, second.fee) == ("C1", "L2", D("15.00"))
    assert "Fees 15.00" in page.totals_label.text()
    act(qtbot, page, page.post_selected)
    fees = small.document_rows(["fee"])
    assert [(f.number, f.amount) for f in fees] == [(second.number, D("15.00"))]
    assert small.customer_balance("C1") == D("1015.00")
    assert "Letters posted: 1." in page.last_message


def test_a_letter_run_for_chosen_customers_and_an_unknown_account(small, make_page, qtbot):
    invoice(small, "C1", dt.date(2024, 1, 1), "1000.00")
    invoice(small, "C2", dt.date(2024, 1, 1), "500.00")
    page = make_page(LettersPage)
    run(qtbot, page, dt.date(2024, 1, 20), "C2")
    assert [r.customer for r in page.model.rows()] == ["C2"]
    page.customers.setText("C2, NOPE")
    page.run_proposals()
    qtbot.waitUntil(lambda: page.run_errors.message("customers") != "", timeout=10000)
    assert "NOPE" in page.run_errors.message("customers")
    assert [r.customer for r in small.collection_letters(state="created")] == ["C2"]  # nothing replaced


def test_editing_cancelling_and_reversing_letters(small, make_page, qtbot):
    first = invoice(small, "C1", dt.date(2024, 1, 1), "1000.00")
    second = invoice(small, "C1", dt.date(2024, 1, 2), "200.00")
    page = make_page(LettersPage)
    run(qtbot, page, dt.date(2024, 1, 20))
    [letter] = page.model.rows()
    dialog = LetterEditDialog(page.ctx, letter, page)
    dialog.fee.setText("1.2.3")
    dialog.accept()
    assert "not an amount" in dialog.errors.message("fee")
    dialog.set_removed([ln.transaction for ln in letter.lines])
    dialog.fee.setText("12.50")
    dialog.accept()
    assert "at least one" in dialog.errors.message("remove")
    assert small.collection_letter(letter.number).fee == D("0.00")  # nothing changed
    page.open_dialog = lambda d: (d.fee.setText("12.50"), d.set_removed([second]), d.accept(), d)[-1]
    act(qtbot, page, page.edit_selected)
    changed = small.collection_letter(letter.number)
    assert changed.fee == D("12.50") and [ln.transaction for ln in changed.lines] == [first]
    assert len(page.line_model.rows()) == 1

    page.ask_date = lambda title, text, day, ok: day
    act(qtbot, page, page.post_selected)
    page.set_state("posted")
    qtbot.waitUntil(lambda: not page.loading and page.model.rows() != [], timeout=10000)
    assert page.reverse_button.isEnabled()
    act(qtbot, page, page.reverse_selected)
    assert small.collection_letter(letter.number).state == "reversed"
    assert small.customer_balance("C1") == D("1200.00")

    run(qtbot, page, dt.date(2024, 1, 21))
    page.ask_yes = lambda title, text: True
    page.view.selectAll()
    act(qtbot, page, page.cancel_selected)
    assert [r.state for r in small.collection_letters()] == ["reversed", "cancelled"]


def test_the_interest_page_shows_the_total_and_waiving_works(small, make_page, qtbot):
    inv = invoice(small, "K", dt.date(2024, 1, 1), "1000.00")  # due 31 January
    page = make_page(InterestNotesPage)
    run(qtbot, page, dt.date(2024, 3, 31))
    [note] = page.model.rows()
    assert (note.customer, note.total, note.state) == ("K", D("13.15"), "created")  # 1000 × 8 % × 60/365
    assert page.totals_label.text() == "Interest EUR 13.15"
    [line] = page.line_model.rows()
    assert (line.transaction, line.days, line.base, line.interest) == (inv, 60, D("1000.00"), D("13.15"))
    calculation = page.line_model.data(page.line_model.index(0, page.line_model.columnCount() - 1))
    assert calculation == "8% a year on 1,000.00 for 60/365 days"

    page.ask_date = lambda title, text, day, ok: day
    act(qtbot, page, page.post_selected)
    assert small.interest_note(note.number).state == "posted"
    assert small.customer_balance("K") == D("1013.15")
    page.set_state("posted")
    qtbot.waitUntil(lambda: not page.loading and page.model.rows() != [], timeout=10000)
    assert page.waive_button.isEnabled() and not page.reinstate_button.isEnabled()
    act(qtbot, page, page.waive_selected)
    assert small.interest_note(note.number).state == "waived"
    assert small.customer_balance("K") == D("1000.00")
    page.set_state("waived")
    qtbot.waitUntil(lambda: not page.loading and page.model.rows() != [], timeout=10000)
    assert "Waived" in page.lines_note.text() and page.reinstate_button.isEnabled()


def test_interest_lines_can_be_removed_and_bad_run_input_is_refused(small, make_page, qtbot):
    first = invoice(small, "K", dt.date(2024, 1, 1), "1000.00")
    invoice(small, "K", dt.date(2024, 1, 5), "500.00")
    page = make_page(InterestNotesPage)
    for box in page.kind_boxes.values():
        box.setChecked(False)
    page.run_proposals()
    assert page.run_errors.message("kinds") == "tick at least one kind of item"
    assert small.interest_notes() == []
    page.kind_boxes["invoice"].setChecked(True)
    run(qtbot, page, dt.date(2024, 3, 31))
    [note] = page.model.rows()
    assert len(note.lines) == 2
    page.line_view.selectRow(0)
    assert page.remove_button.isEnabled()
    act(qtbot, page, page.remove_lines)
    assert first not in [ln.transaction for ln in small.interest_note(note.number).lines]
    assert len(page.line_model.rows()) == 1


def test_preview_and_printing_letters_to_a_folder(small, make_page, qtbot, tmp_path):
    invoice(small, "C1", dt.date(2024, 1, 1), "1000.00")
    invoice(small, "C2", dt.date(2024, 1, 1), "500.00")
    page = make_page(LettersPage)
    run(qtbot, page, dt.date(2024, 1, 20))
    opened: list[Path] = []
    page.preview_folder = tmp_path / "preview"
    page.open_file = opened.append
    page.preview_selected()
    qtbot.waitUntil(lambda: opened != [], timeout=20000)
    assert opened[0].read_bytes().startswith(b"%PDF")
    assert not any(r.printed for r in small.collection_letters())  # a preview is not a print
    page.ask_folder = lambda: tmp_path
    page.view.clearSelection()  # nothing selected: every letter shown
    assert page.print_button.text() == "Print... (2)"
    act(qtbot, page, page.print_selected)
    numbers = [r.number for r in small.collection_letters()]
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(f"{n}.pdf" for n in numbers)
    assert all(r.printed for r in small.collection_letters())
    assert page.last_message == f"Saved 2 PDFs in {tmp_path}."
