"""CustomerPicker: typing an account and Enter/Tab selects it, a name part lists matches, unknown text is marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ardesk.views.widgets.customer_picker import CustomerPicker


@pytest.fixture
def form(ctx, qtbot):
    """A picker with a line edit after it, shown and focused; the picker records what it emits."""
    ctx.company.create_customer("1001", "Jansen Test B.V.")
    window = QWidget()
    qtbot.addWidget(window)
    picker = CustomerPicker(ctx.company)
    after = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(picker)
    layout.addWidget(after)
    window.show()
    window.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    picker.emitted = []
    picker.customer_changed.connect(picker.emitted.append)
    yield picker, after
    window.close()  # the window lives (held here) until the test is done


def type_text(qtbot, picker: CustomerPicker, text: str) -> None:
    qtbot.keyClicks(picker.edit, text)


def key(qtbot, picker: CustomerPicker, k: Qt.Key) -> None:
    """A key as the user presses it: to the popup while it is open (it has the keyboard then)."""
    popup = picker.completer.popup()
    qtbot.keyClick(popup if popup.isVisible() else picker.edit, k)


def test_typing_an_account_and_enter_selects_that_customer(form, qtbot):
    picker, _after = form
    type_text(qtbot, picker, "1001")
    key(qtbot, picker, Qt.Key.Key_Return)
    assert picker.account() == "1001" and picker.choice().name == "Jansen Test B.V."
    assert picker.edit.text() == "1001  Jansen Test B.V." and picker.is_valid()
    assert [c.account for c in picker.emitted] == ["1001"]  # 1001, not 10010 that also starts with it


@pytest.mark.parametrize("pause", [0, 250], ids=["before-the-popup", "popup-open"])
def test_tab_selects_the_account_and_moves_on(form, qtbot, pause):
    picker, after = form
    type_text(qtbot, picker, "10020")
    qtbot.wait(pause)  # after 250 ms the popup is open: Tab goes to it
    key(qtbot, picker, Qt.Key.Key_Tab)
    assert picker.account() == "10020" and picker.choice().name == "Bouwbedrijf Mulder & Zn. B.V."
    qtbot.waitUntil(after.hasFocus)
    assert picker.emitted[-1].account == "10020"


def test_part_of_a_name_lists_the_matches_and_a_row_is_picked(form, qtbot):
    picker, _after = form
    type_text(qtbot, picker, "bakker")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown[:2] == ["10010  Bakkerij Van der Meer B.V.", "10250  Goudse Pottenbakkerij B.V."]
    assert all("bakker" in row.lower() for row in shown)
    assert picker.emitted == []  # nothing chosen while typing
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.account() == "10250" and not popup.isVisible()
    assert picker.edit.text() == "10250  Goudse Pottenbakkerij B.V."


def test_unknown_account_is_marked_invalid(form, qtbot):
    picker, _after = form
    picker.set_account("1001")
    picker.edit.selectAll()
    type_text(qtbot, picker, "99999")
    key(qtbot, picker, Qt.Key.Key_Return)
    assert not picker.is_valid() and picker.edit.property("invalid") is True
    assert picker.edit.toolTip() == "No customer with account 99999"
    assert picker.account() is None and picker.emitted[-1] is None
    picker.edit.selectAll()
    type_text(qtbot, picker, "1001")
    key(qtbot, picker, Qt.Key.Key_Return)
    assert picker.is_valid() and picker.edit.toolTip() == "" and picker.account() == "1001"


def test_set_account_and_clear(form):
    picker, _after = form
    picker.set_account("10030")
    assert picker.edit.text() == "10030  Installatietechniek Jansen B.V." and picker.emitted[-1].account == "10030"
    picker.set_account("10030")  # the same again: no signal
    assert len(picker.emitted) == 1
    picker.set_account("nope")
    assert picker.account() is None and not picker.is_valid() and picker.edit.text() == "nope"
    picker.clear()
    assert picker.account() is None and picker.is_valid() and picker.edit.text() == ""
    assert [c.account if c else None for c in picker.emitted] == ["10030", None]


def test_text_set_without_typing_is_resolved_when_read(form):
    picker, _after = form
    picker.edit.setText("10040")
    assert picker.account() == "10040" and picker.emitted[-1].account == "10040"


def test_enter_that_selects_does_not_press_the_default_button(ctx, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = CustomerPicker(ctx.company, placeholder="Bill to")
    ok = QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(ok)
    dialog.show()
    picker.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    assert picker.edit.placeholderText() == "Bill to"
    qtbot.keyClicks(picker.edit, "10010")
    key(qtbot, picker, Qt.Key.Key_Return)
    assert picker.account() == "10010" and dialog.result() == 0 and dialog.isVisible()
    key(qtbot, picker, Qt.Key.Key_Return)  # the field is resolved now: Enter is the dialog's again
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_row_clicked_in_the_popup_is_chosen(form, qtbot):
    picker, _after = form
    type_text(qtbot, picker, "mulder")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    row = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert picker.account() == "10020" and picker.emitted[-1].name == "Bouwbedrijf Mulder & Zn. B.V."


def test_erasing_the_text_chooses_no_customer_at_once(form, qtbot):
    picker, _after = form
    picker.set_account("10010")
    picker.edit.selectAll()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert picker.emitted[-1] is None and picker.choice() is None and picker.is_valid()
