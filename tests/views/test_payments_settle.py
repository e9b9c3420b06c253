"""Enter customer payments / settle transactions: open items, the live preview, posting and mark conflicts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ardesk.api import Mark
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.settle_model import COLUMNS
from tests.helpers import snapshot

pytestmark = pytest.mark.gui

#: Venlose Kassenbouw (cash discount 2 % within 8 days): INV-000068 of 14/11 can still take 2 % on 20/11.
CUSTOMER = "10280"
DISCOUNTED = "INV-000068"
PAY_DATE = dt.date(2026, 11, 20)


@pytest.fixture
def settle(ctx, qtbot):
    def open_dialog(customer: str = CUSTOMER, date: dt.date = PAY_DATE, **kw: object) -> SettleDialog:
        dialog = SettleDialog(ctx, customer=customer, date=date, **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_dialog


@pytest.fixture
def preview(qtbot):
    def run(dialog: SettleDialog) -> None:
        with qtbot.waitSignal(dialog.previewed, timeout=5000):
            dialog.preview_now()

    return run


def cell(dialog: SettleDialog, number: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return dialog.model.index(dialog.model.row_of(number), COLUMNS.index(key)).data(role)


def test_open_items_of_the_customer_with_their_discount(ctx, settle):
    dialog = settle()
    shown = [r.number for r in dialog.model.rows()]
    assert shown == [t.number for t in ctx.company.transactions(CUSTOMER, open_only=True)]
    doc = ctx.company.document(DISCOUNTED)
    first = doc.discount_schedule[0]
    assert cell(dialog, DISCOUNTED, "number") == DISCOUNTED
    assert cell(dialog, DISCOUNTED, "balance") == "2,187.94" == ctx.amount(doc.balance)
    assert cell(dialog, DISCOUNTED, "discount_date") == ctx.date(first.discount_date) == "22/11/2026"
    assert cell(dialog, DISCOUNTED, "discount_available") == ctx.amount(first.discount) == "43.76"
    assert cell(dialog, DISCOUNTED, "due_date") == ctx.date(doc.due_date)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(dialog, DISCOUNTED, "balance", Qt.ItemDataRole.TextAlignmentRole) == right
    assert cell(dialog, DISCOUNTED, "amount_to_settle", Qt.ItemDataRole.TextAlignmentRole) == right
    assert dialog.balance_label.text().endswith("4,130.02 EUR")
    # after the discount date the same invoice offers nothing
    dialog.date.setDate(dt.date(2026, 11, 25))
    assert cell(dialog, DISCOUNTED, "discount_available") == ""


def test_marking_previews_the_discount_and_the_totals(ctx, settle, qtbot):
    dialog = settle()
    with qtbot.waitSignal(dialog.previewed, timeout=5000):  # the debounced preview
        dialog.model.setData(
            dialog.model.index(dialog.model.row_of(DISCOUNTED), 0),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )
    expected = ctx.company.preview_settlement(CUSTOMER, PAY_DATE, [Mark(DISCOUNTED)])[0]
    assert (expected.amount_to_settle, expected.discount_to_take) == (Decimal("2144.18"), Decimal("43.76"))
    assert cell(dialog, DISCOUNTED, "amount_to_settle") == "2,144.18"
    assert cell(dialog, DISCOUNTED, "discount_to_take") == "43.76"
    assert dialog.totals() == (Decimal("2144.18"), Decimal("43.76"), Decimal("2144.18"))
    assert dialog.marked_tile.value.text() == "2,144.18"
    assert dialog.discount_tile.value.text() == "43.76"
    assert dialog.receive_tile.value.text() == "2,144.18"


def test_typed_amount_and_discount_mode_change_the_preview(ctx, settle, preview):
    dialog = settle()
    other = next(r.number for r in dialog.model.rows() if r.number != DISCOUNTED)
    dialog.model.set_marked(DISCOUNTED, True)
    dialog.model.setData(
        dialog.model.index(dialog.model.row_of(other), COLUMNS.index("amount_to_settle")),
        "1,000.00",
        Qt.ItemDataRole.EditRole,
    )
    preview(dialog)
    assert cell(dialog, other, "amount_to_settle") == "1,000.00"
    assert dialog.totals()[0] == Decimal("3144.18")
    dialog.model.setData(
        dialog.model.index(dialog.model.row_of(DISCOUNTED), COLUMNS.index("mode")), "never", Qt.ItemDataRole.EditRole
    )
    preview(dialog)
    assert cell(dialog, DISCOUNTED, "mode") == "Never"
    assert cell(dialog, DISCOUNTED, "amount_to_settle") == "2,187.94"
    assert dialog.totals() == (Decimal("3187.94"), Decimal("0.00"), Decimal("3187.94"))


def test_unreadable_amount_to_settle_is_refused(settle):
    dialog = settle()
    index = dialog.model.index(0, COLUMNS.index("amount_to_settle"))
    assert not dialog.model.setData(index, "12,50,0", Qt.ItemDataRole.EditRole)
    assert "is not an amount" in dialog.message.text() and dialog.message.isVisibleTo(dialog)
    assert dialog.model.marks() == []


def test_amount_received_below_the_marked_total_is_explained(ctx, settle, preview):
    dialog = settle()
    dialog.model.set_marked(DISCOUNTED, True)
    dialog.amount.setText("1,000.00")
    preview(dialog)
    assert dialog.totals()[2] == Decimal("1000.00")
    assert dialog.receive_tile.value.text() == "1,000.00"
    assert "differs from the marked total" in dialog.note.text()
    assert cell(dialog, DISCOUNTED, "amount_to_settle") == "1,000.00"


def test_post_payment_moves_the_balances(ctx, settle, preview):
    dialog = settle()
    dialog.model.set_marked(DISCOUNTED, True)
    dialog.reference.setText("ST-2026-47")
    preview(dialog)
    before = ctx.company.customer_balance(CUSTOMER)
    dialog.post_payment()
    assert ctx.company.document(DISCOUNTED).balance == Decimal("0.00")
    assert ctx.company.customer_balance(CUSTOMER) == before - Decimal("2187.94")
    assert dialog.result_text.startswith("Payment ") and "2,144.18" in dialog.result_text
    assert DISCOUNTED not in [r.number for r in dialog.model.rows()]
    assert dialog.model.marks() == [] and dialog.amount.text() == ""
    payment = dialog.result_text.split()[1]
    assert ctx.company.document(payment).amount == Decimal("-2144.18")


def test_mark_conflict_is_shown_and_the_books_stay_unchanged(ctx, settle, preview, demo_books):
    journal = ctx.company.create_payment_journal("Bank statement 12")
    ctx.company.add_payment_line(journal, "10010", PAY_DATE, marks=[Mark("INV-000010")])
    before = snapshot(demo_books)
    dialog = settle(customer="10010")
    assert cell(dialog, "INV-000010", "marked_in") == f"{journal} line 1"
    assert not dialog.view.isColumnHidden(COLUMNS.index("marked_in"))
    dialog.model.set_marked("INV-000010", True)
    preview(dialog)
    text = dialog.message.text()
    assert "INV-000010 is marked in payment journal" in text and f"{journal}, line 1" in text
    assert dialog.message.isVisibleTo(dialog)
    assert cell(dialog, "INV-000010", "number", Qt.ItemDataRole.ToolTipRole) == text
    dialog.post_payment()
    assert f"{journal}, line 1" in dialog.message.text()
    assert dialog.result_text == ""
    assert snapshot(demo_books) == before


def test_header_errors_show_beside_their_field(settle, demo_books):
    before = snapshot(demo_books)
    dialog = settle()
    dialog.post_payment()  # nothing marked, no amount
    assert dialog.errors.message("amount") == "give the amount received, or mark what it pays"
    dialog.amount.setText("abc")
    dialog.post_payment()
    assert "is not an amount" in dialog.errors.message("amount")
    assert snapshot(demo_books) == before


def test_prepayment_without_marks(ctx, settle):
    dialog = settle()
    dialog.prepayment.setChecked(True)
    assert not dialog.view.isEnabled()
    dialog.amount.setText("250.00")
    dialog.post_payment()
    number = dialog.result_text.split()[1]
    doc = ctx.company.document(number)
    assert (doc.kind, doc.amount, doc.balance) == ("prepayment", Decimal("-250.00"), Decimal("-250.00"))


def test_add_to_journal_asks_to_change_the_amount(ctx, settle, preview):
    journal = ctx.company.create_payment_journal("Bank statement 13")
    dialog = settle(journal=journal)
    questions = []
    dialog.ask = lambda title, text, cancel: questions.append(text) or QMessageBox.StandardButton.Yes
    dialog.model.set_marked(DISCOUNTED, True)
    dialog.amount.setText("2,000.00")
    preview(dialog)
    dialog.add_to_journal()
    assert "differs from the journal amount" in questions[0]
    line = ctx.company.payment_journal(journal).lines[0]
    assert (line.customer, line.amount, line.date) == (CUSTOMER, Decimal("2144.18"), PAY_DATE)
    assert [m.number for m in line.marks] == [DISCOUNTED]
    assert dialog.journal_line == (journal, 1)
    assert cell(dialog, DISCOUNTED, "marked_in") == f"{journal} line 1"


def test_add_to_a_new_journal_keeps_the_typed_amount_on_no(ctx, settle, preview):
    dialog = settle()
    dialog.ask = lambda *_: QMessageBox.StandardButton.No
    dialog.journal.setCurrentIndex(dialog.journal.count() - 1)  # "New payment journal"
    dialog.model.set_marked(DISCOUNTED, True)
    dialog.amount.setText("2,000.00")
    preview(dialog)
    dialog.add_to_journal()
    journal, index = dialog.journal_line
    assert ctx.company.payment_journal(journal).lines[index - 1].amount == Decimal("2000.00")


def test_settle_marked_credit_note_against_an_invoice(ctx, settle, preview):
    customer = "10180"
    credit = next(t for t in ctx.company.transactions(customer, open_only=True) if t.kind == "credit_note")
    invoice = next(
        t
        for t in ctx.company.transactions(customer, open_only=True)
        if t.kind == "invoice" and t.balance > -credit.balance
    )
    dialog = settle(customer=customer, date=dt.date(2026, 11, 25))
    dialog.model.mark_numbers([credit.number, invoice.number])
    preview(dialog)
    # the payment window previews what Post payment does: the invoice in full, the rest paid
    assert cell(dialog, credit.number, "amount_to_settle") == ctx.amount(credit.balance)
    assert cell(dialog, invoice.number, "amount_to_settle") == ctx.amount(invoice.balance)
    assert dialog.totals()[2] == invoice.balance + credit.balance
    questions = []
    dialog.ask = lambda title, text, cancel: questions.append(text) or QMessageBox.StandardButton.No
    dialog.settle_marked()  # without a payment they offset up to the credit: asked first
    assert f"{invoice.number}: {ctx.amount(-credit.balance)}" in questions[0] and dialog.result_text == ""
    dialog.ask = lambda *_: QMessageBox.StandardButton.Yes
    dialog.settle_marked()
    assert cell(dialog, invoice.number, "amount_to_settle") == "" and dialog.result_text.endswith("posted.")
    assert ctx.company.document(credit.number).balance == Decimal("0.00")
    assert ctx.company.document(invoice.number).balance == invoice.balance + credit.balance
    assert credit.number not in [r.number for r in dialog.model.rows()]


def test_mark_by_priority_marks_the_open_debits(ctx, settle, preview):
    dialog = settle()
    dialog.mark_by_priority()
    preview(dialog)
    assert {m.number for m in dialog.model.marks()} == {m.number for m in ctx.company.priority_marks(CUSTOMER)}
    assert len(dialog.model.preview) == len(dialog.model.marks())


def test_settle_only_hides_the_payment_fields(settle):
    dialog = settle(customer="10180", settle_only=True)
    assert dialog.windowTitle() == "Settle open transactions"
    assert not dialog.amount.isVisibleTo(dialog) and not dialog.post_button.isVisibleTo(dialog)
    assert not dialog.journal_button.isVisibleTo(dialog)
    assert dialog.settle_button.isVisibleTo(dialog) and dialog.view.isVisibleTo(dialog)


def test_open_items_model_passes_the_model_tester(settle, preview, qtmodeltester):
    dialog = settle()
    dialog.model.set_marked(DISCOUNTED, True)
    preview(dialog)
    qtmodeltester.check(dialog.model)


def test_release_a_journal_mark_after_confirmation(ctx, settle, preview):
    journal = ctx.company.create_payment_journal("Held")
    ctx.company.add_payment_line(journal, "10010", PAY_DATE, Decimal("100.00"), marks=[Mark("INV-000010")])
    dialog = settle(customer="10010")
    assert dialog.items.release.isVisibleTo(dialog)
    dialog.ask = lambda *_: QMessageBox.StandardButton.No
    assert not dialog.release_mark()
    assert ctx.company.payment_journal(journal).lines[0].marks
    dialog.ask = lambda *_: QMessageBox.StandardButton.Yes
    assert dialog.release_mark()
    assert ctx.company.payment_journal(journal).lines[0].marks == ()
    assert cell(dialog, "INV-000010", "marked_in") == ""
    assert not dialog.items.release.isVisibleTo(dialog)
    dialog.model.set_marked("INV-000010", True)
    preview(dialog)
    assert dialog.message.text() == "" and cell(dialog, "INV-000010", "amount_to_settle") == "1,898.13"


def test_dutch_amounts_are_read_and_shown_per_locale(ctx, settle, preview, dutch):
    ctx.locale = "nl_NL"
    dialog = settle()
    assert dialog.date.displayFormat() == "dd-MM-yyyy"
    assert cell(dialog, DISCOUNTED, "balance") == "2.187,94"
    dialog.model.set_marked(DISCOUNTED, True)
    dialog.amount.setText("1.000,00")
    preview(dialog)
    assert dialog.totals()[2] == Decimal("1000.00")
    assert dialog.receive_tile.value.text() == "1.000,00"
    assert dialog.marked_tile.value.text() == "2.144,18"


# --- the preview is the engine's, also for a credit note or a payment marked alone (DOMAIN 4.5 rule 7) ----------


def credit_after_discount(ctx, *, on_credit_notes: bool = True) -> str:
    """A 1,000.00 invoice of 10/11 paid on 12/11 with its 2 % discount (20.00), then a 100.00 credit note
    of 14/11 on it: the credit note's own schedule gives 2 % until 22/11. Returns the credit note."""
    from ardesk.api import Line

    company = ctx.company
    company.set_parameters(cash_discount_on_credit_notes=on_credit_notes)
    invoice = company.post_free_text_invoice(
        CUSTOMER, dt.date(2026, 11, 10), [Line("Kassa", Decimal("1000.00"))], cash_discount="2%8D"
    )
    company.post_payment(CUSTOMER, dt.date(2026, 11, 12), marks=[Mark(invoice.number)])
    assert company.document(invoice.number).balance == 0  # 980.00 paid, 20.00 discount taken
    return company.post_credit_note(
        CUSTOMER, dt.date(2026, 11, 14), [Line("Retour", Decimal("100.00"))], original=invoice.number
    ).number


@pytest.mark.parametrize("settle_only", [False, True])
def test_marking_only_a_credit_note_shows_the_refund_and_the_discount_given_back(
    ctx, settle, preview, demo_books, settle_only
):
    note = credit_after_discount(ctx)
    dialog = settle(settle_only=settle_only)
    # unmarked, the row already shows what the engine offers: the credit note's 2 % until 22/11
    assert cell(dialog, note, "discount_date") == "22/11/2026"
    assert cell(dialog, note, "discount_available") == "-2.00"
    dialog.model.set_marked(note, True)
    preview(dialog)
    assert dialog.message.text() == ""
    assert cell(dialog, note, "amount_to_settle") == "-98.00"
    assert cell(dialog, note, "discount_to_take") == "-2.00"
    assert "given back" in cell(dialog, note, "discount_to_take", Qt.ItemDataRole.ToolTipRole)
    [engine] = ctx.company.preview_settlement(CUSTOMER, PAY_DATE, [Mark(note)])
    assert (engine.amount_to_settle, engine.discount_to_take) == (Decimal("-98.00"), Decimal("-2.00"))
    assert dialog.model.preview[note] == engine
    assert dialog.refund() == (Decimal("98.00"), Decimal("2.00"))
    refund_tile = dialog.receive_tile if settle_only else dialog.marked_tile
    assert (refund_tile.caption.text(), refund_tile.value.text()) == ("To refund", "98.00")
    assert (dialog.discount_tile.caption.text(), dialog.discount_tile.value.text()) == (
        "Cash discount given back",
        "2.00",
    )
    assert dialog.note.text().startswith(
        f"Only credits are marked: settling {note} would refund 98.00 EUR to the "
        "customer and give back 2.00 EUR of cash discount."
    )
    # nothing to settle against: every action says what is needed and posts nothing
    before = snapshot(demo_books)
    for action in (dialog.settle_marked, dialog.post_payment, dialog.add_to_journal):
        dialog.message.setText("")
        action()
        assert dialog.message.text().startswith("Nothing is posted from here: mark an invoice")
        assert dialog.result_text == ""
    assert dialog.settle_button.toolTip() == dialog.message.text()
    assert snapshot(demo_books) == before
    # with an invoice marked too, the tiles are back to what the marks settle
    dialog.model.set_marked(DISCOUNTED, True)
    preview(dialog)
    assert dialog.refund() is None and dialog.discount_tile.caption.text() == "Cash discount to take"
    assert dialog.marked_tile.caption.text() == ("Debits marked" if settle_only else "Marked total")


def test_without_the_credit_note_parameter_the_credit_note_refunds_in_full(ctx, settle, preview):
    note = credit_after_discount(ctx, on_credit_notes=False)
    dialog = settle()
    assert cell(dialog, note, "discount_available") == "" and cell(dialog, note, "discount_date") == ""
    dialog.model.set_marked(note, True)
    preview(dialog)
    assert (cell(dialog, note, "amount_to_settle"), cell(dialog, note, "discount_to_take")) == ("-100.00", "0.00")
    assert dialog.refund() == (Decimal("100.00"), Decimal("0.00"))
    assert dialog.note.text().startswith(
        f"Only credits are marked: settling {note} would refund 100.00 EUR to the customer. Nothing is posted"
    )


def test_marking_only_a_payment_shows_its_open_amount(ctx, settle, preview):
    payment = ctx.company.post_payment(CUSTOMER, dt.date(2026, 11, 15), Decimal("250.00")).number
    dialog = settle(settle_only=True)
    assert cell(dialog, payment, "discount_available") == ""
    dialog.model.set_marked(payment, True)
    preview(dialog)
    assert dialog.message.text() == ""
    assert (cell(dialog, payment, "amount_to_settle"), cell(dialog, payment, "discount_to_take")) == ("-250.00", "0.00")
    assert dialog.refund() == (Decimal("250.00"), Decimal("0.00"))
    assert dialog.receive_tile.value.text() == "250.00" and dialog.marked_tile.value.text() == "0.00"
    assert f"settling {payment} would refund 250.00 EUR" in dialog.note.text()


def test_every_discount_shown_is_the_engines(ctx, settle, preview):
    """Unmarked rows show what marking them alone would take; marked rows what the marks together take,
    also for a typed partial amount and in yen (DOMAIN 4.5 rules 1, 2, 7)."""
    from ardesk.api import Line

    company = ctx.company
    company.set_parameters(cash_discount_on_partial_payments=True)
    note = credit_after_discount(ctx)
    dialog = settle()
    for row in dialog.model.rows():
        [alone] = company.preview_settlement(CUSTOMER, PAY_DATE, [Mark(row.number)])
        assert row.discount_available == alone.discount_to_take and row.offer == alone, row.number
        assert cell(dialog, row.number, "discount_available") == (
            ctx.amount(alone.discount_to_take) if alone.discount_to_take else ""
        )
    dialog.model.mark_numbers([DISCOUNTED, note])
    dialog.model.set_amount(DISCOUNTED, Decimal("1000.00"))
    preview(dialog)
    marks = dialog.model.marks()
    assert marks == [Mark(DISCOUNTED, Decimal("1000.00")), Mark(note)]
    engine = {p.number: p for p in company.preview_settlement(CUSTOMER, PAY_DATE, marks, payment=True)}
    assert engine[DISCOUNTED].discount_to_take == Decimal("20.41")  # 1,000.00 / 0.98 × 2 %
    assert (engine[note].amount_to_settle, engine[note].discount_to_take) == (Decimal("-98.00"), Decimal("-2.00"))
    for number, p in engine.items():
        assert cell(dialog, number, "amount_to_settle") == ctx.amount(p.amount_to_settle)
        assert cell(dialog, number, "discount_to_take") == ctx.amount(p.discount_to_take)
    assert dialog.totals() == (Decimal("902.00"), Decimal("18.41"), Decimal("902.00"))
    # settling them against each other: the credit note's 2.00 given back, the invoice's 2.00 taken (rule 7)
    dialog = settle(settle_only=True)
    dialog.model.mark_numbers([DISCOUNTED, note])
    preview(dialog)
    offset = {p.number: p for p in company.preview_settlement(CUSTOMER, PAY_DATE, [Mark(DISCOUNTED), Mark(note)])}
    assert (offset[DISCOUNTED].amount_to_settle, offset[DISCOUNTED].discount_to_take) == (
        Decimal("98.00"),
        Decimal("2.00"),
    )
    assert dialog.model.preview == offset
    assert [cell(dialog, n, "discount_to_take") for n in (DISCOUNTED, note)] == ["2.00", "-2.00"]
    # yen: whole yen from the engine, in the row and the preview
    company.create_customer("JP100", "Kyoto Trading", currency="JPY", cash_discount="2%8D")
    company.set_exchange_rate("JPY", dt.date(2026, 1, 1), Decimal("0.0062"))
    yen = company.post_free_text_invoice("JP100", dt.date(2026, 11, 18), [Line("Tea", Decimal("1234"))]).number
    dialog = settle(customer="JP100")
    [alone] = company.preview_settlement("JP100", PAY_DATE, [Mark(yen)])
    assert alone.discount_to_take == Decimal("25")  # 2 % of 1,234 in whole yen
    assert cell(dialog, yen, "discount_available") == ctx.amount(Decimal("25"), "JPY") == "25"
    dialog.model.set_marked(yen, True)
    preview(dialog)
    assert (cell(dialog, yen, "amount_to_settle"), cell(dialog, yen, "discount_to_take")) == ("1,209", "25")
