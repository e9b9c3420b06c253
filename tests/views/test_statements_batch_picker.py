"""The print run's "selected customers": picked one by one with the customer picker and added to a short
list (nothing reads every customer), then printed through the Customer statements page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ardesk.api import Books, Line
from ardesk.views.collections.statements import BatchChoice, BatchDialog, StatementsPage
from ardesk.views.context import AppContext
from tests.views.test_labels_fit import cut_off

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 4, 15)
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture
def four_ctx(tmp_path, runner):
    """Four customers, each with one invoice in March 2026."""
    books = Books.open(tmp_path / "four.db", exclusive=True)
    co = books.create_company("NL01", "De Vries B.V.", currency="EUR")
    co.create_terms_of_payment("N30", days=30)
    for day, (account, name) in enumerate(
        (("1001", "Jansen B.V."), ("1002", "Bakker & Zn."), ("1003", "Visser V.O.F."), ("1004", "Smit Holding")),
        start=2,
    ):
        co.create_customer(account, name, terms="N30")
        co.post_free_text_invoice(account, dt.date(2026, 3, day), [Line("Goods", D("100.00"))])
    yield AppContext(books, co, "en", runner, today=lambda: TODAY)
    runner.wait()
    books.close()


@pytest.fixture
def page(four_ctx, qtbot, wait_loaded, monkeypatch) -> StatementsPage:
    monkeypatch.setattr(four_ctx.company, "customer_choices", _never)  # the dialog must not read them all
    p = StatementsPage(four_ctx)
    qtbot.addWidget(p)
    p.resize(1060, 700)
    p.show()
    wait_loaded(p)
    return p


def _never(*_args, **_kwargs):
    raise AssertionError("the batch dialog read every customer")


def focus(qtbot, dialog: BatchDialog) -> None:
    """Show the dialog and put the keyboard in its picker, as the user would."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.picker.edit.setFocus()
    qtbot.waitUntil(dialog.picker.edit.hasFocus)


def pick(qtbot, dialog: BatchDialog, account: str) -> None:
    """Type the account into the picker, Enter (the picker chooses it), then click Add."""
    dialog.picker.edit.setFocus()
    qtbot.keyClicks(dialog.picker.edit, account)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert dialog.picker.account() == account and dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.picker.text() == ""  # emptied for the next customer


def test_two_customers_picked_and_added_get_a_statement(page, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "run"
    out.mkdir()
    seen: list[object] = []

    def drive(dialog: BatchDialog) -> int:
        focus(qtbot, dialog)
        assert dialog.all_button.isChecked() and dialog.ticked() == []
        pick(qtbot, dialog, "1003")
        assert dialog.selected_button.isChecked()  # adding a customer chooses "Selected customers"
        pick(qtbot, dialog, "1001")
        pick(qtbot, dialog, "1003")  # twice: listed once
        assert [dialog.chosen.item(i).text() for i in range(dialog.chosen.count())] == [
            "1003  Visser V.O.F.",
            "1001  Jansen B.V.",
        ]
        seen.append(dialog.choice())
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    page.exec_dialog = drive
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    told: list[str] = []
    page.ask_open_folder = lambda text: told.append(text) or False
    page.open_batch()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert seen == [BatchChoice(*MARCH, customers=("1003", "1001"))]
    assert sorted(p.name for p in out.iterdir()) == ["1001.pdf", "1003.pdf"]
    assert told == [f"Statements printed: 2, into the folder {out}."]


def test_enter_again_adds_remove_takes_out_and_an_empty_list_is_refused(page, qtbot, four_ctx):
    dialog = BatchDialog(four_ctx, four_ctx.company.customer_groups(), *MARCH, parent=page)
    focus(qtbot, dialog)
    edit = dialog.picker.edit
    qtbot.keyClicks(edit, "1002")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # chooses the customer
    assert dialog.ticked() == [] and dialog.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # adds it; does not press Print
    assert dialog.ticked() == ["1002"] and dialog.isVisible() and dialog.result() == 0
    qtbot.keyClicks(edit, "1004")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.ticked() == ["1002", "1004"]

    dialog.chosen.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.ticked() == ["1004"]
    dialog.chosen.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.ticked() == [] and not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and dialog.error.text() == "Add at least one customer."

    # A customer picked but not yet added when Print is pressed is printed too.
    qtbot.keyClicks(edit, "1001")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.choice().customers == ("1001",)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_dialog_fits_its_texts(page, qtbot, four_ctx, language, request):
    if language == "nl":
        request.getfixturevalue("dutch")
    dialog = BatchDialog(four_ctx, four_ctx.company.customer_groups(), *MARCH, ticked=["1001"], parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert cut_off(dialog, f"[{language}] batch dialog") == []
