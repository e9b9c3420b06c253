"""The collections set-up screens: codes, sequences, texts, aging, profiles; bad input changes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor

from ardesk.views.setup.aging_dialog import AgingDefinitionDialog
from ardesk.views.setup.collections_setup import AgingDefinitionsPage, InterestCodesPage, LetterSequencesPage
from ardesk.views.setup.interest_code_dialog import InterestCodeDialog
from ardesk.views.setup.letter_sequence_dialog import BLOCK, CODE, DAYS, FEE, LetterSequenceDialog
from ardesk.views.setup.profile_collections_dialog import ProfileCollectionsDialog

pytestmark = pytest.mark.gui


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --- interest codes ----------------------------------------------------------------------------------------
def test_an_interest_code_with_two_versions_through_the_editor(ctx, qtbot):
    dialog = InterestCodeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("R8")
    dialog.description.setText("Acht procent")
    dialog.form.valid_from.setDate(qdate(dt.date(2024, 1, 1)))
    dialog.form.percent.setText("8")
    dialog.form.grace_days.setText("3")
    dialog.add_version(dt.date(2025, 7, 1))  # a copy of the latest, selected, the cursor in its rate
    assert dialog.current == 1 and dialog.form.valid_from.value() == dt.date(2025, 7, 1)
    assert dialog.form.percent.text() == "8" and dialog.form.grace_days.text() == "3"
    dialog.form.percent.setText("9.5")
    dialog.form.compound.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    [code] = [c for c in ctx.company.interest_codes() if c.code == "R8"]
    assert code.description == "Acht procent"
    assert [(v.valid_from, v.method, v.percent, v.grace_days, v.compound_yearly) for v in code.versions] == [
        (dt.date(2024, 1, 1), "yearly_per_day", D("8"), 3, False),
        (dt.date(2025, 7, 1), "yearly_per_day", D("9.5"), 3, True),
    ]

    changed = InterestCodeDialog(ctx, code)  # the editor shows what was saved; a range version replaces one
    qtbot.addWidget(changed)
    changed.select_version(0)
    changed.form.method.set_code("percent_per_interval")
    changed.form.every_n.setText("2")
    changed.form.range_by.set_code("amount")
    changed.form.ranges.add_row(["0", "1"])
    changed.form.ranges.add_row(["1001", "2"])
    changed.accept()
    [code] = [c for c in ctx.company.interest_codes() if c.code == "R8"]
    first = code.versions[0]
    assert (first.method, first.every, first.range_by, first.ranges, first.percent) == (
        "percent_per_interval",
        (2, "month"),
        "amount",
        ((D("0"), D("1")), (D("1001"), D("2"))),
        None,
    )


@pytest.mark.parametrize(
    "field, text, message",
    [
        ("code", "", "must not be empty"),
        ("grace_days", "-3", "at least 0"),
        ("grace_days", "2.5", "not a whole number"),
        ("percent", "1e3", "not a number"),
        ("percent", "7,5.0", "not an amount"),
        ("percent", "-2", "between 0 and 1,000"),
    ],
)
def test_bad_interest_input_shows_beside_the_field_and_changes_nothing(ctx, qtbot, field, text, message):
    before = ctx.company.interest_codes()
    dialog = InterestCodeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("BAD")
    dialog.form.percent.setText("8")
    getattr(dialog if field == "code" else dialog.form, field).setText(text)
    dialog.accept()
    errors = dialog.errors if field == "code" else dialog.version_errors
    assert message in errors.message(field)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert ctx.company.interest_codes() == before


def test_an_error_in_an_earlier_version_selects_that_version(ctx, qtbot):
    dialog = InterestCodeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("R2")
    dialog.form.valid_from.setDate(qdate(dt.date(2024, 1, 1)))
    dialog.form.percent.setText("abc")
    dialog.add_version(dt.date(2025, 1, 1))
    dialog.form.percent.setText("5")
    dialog.accept()
    assert dialog.current == 0 and "not an amount" in dialog.version_errors.message("percent")
    assert [c.code for c in ctx.company.interest_codes()] == []


def test_the_interest_codes_page_adds_a_version_and_turns_on_the_dutch_pack(ctx, qtbot, wait_loaded):
    page = InterestCodesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    assert page.model.rows() == [] and not page.version_button.isEnabled()
    page.ask_yes = lambda title, text: True
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.turn_on_pack()
    assert [r.code for r in page.model.rows()] == ["HANDELSRENTE", "WETTELIJK"]
    assert page.model.data(page.model.index(0, 2)) == "12.25%"  # the rate in effect on 25/11/2026
    assert [s.code for s in ctx.company.collection_letter_sequences()] == ["INCASSO"]

    page.ask_date = lambda title, text, day, ok: dt.date(2027, 1, 1)
    page.open_dialog = lambda d: (d.form.percent.setText("12.15"), d.accept(), d)[-1]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.ask_new_version()
    [code] = [c for c in ctx.company.interest_codes() if c.code == "HANDELSRENTE"]
    assert [(v.valid_from, v.percent, v.compound_yearly) for v in code.versions][-1] == (
        dt.date(2027, 1, 1),
        D("12.15"),
        True,
    )


# --- letter sequences ---------------------------------------------------------------------------------------
def test_a_sequence_with_a_bik_step_and_a_dutch_text(ctx, qtbot):
    dialog = LetterSequenceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("DUN")
    dialog.description.setText("Aanmaningen")
    dialog.add_step()
    dialog.steps.set_text(0, CODE, "L1")
    dialog.steps.set_text(0, DAYS, "5")
    dialog.add_step()
    dialog.steps.set_text(1, CODE, "L2")
    dialog.steps.set_text(1, DAYS, "10")
    dialog.steps.set_text(1, FEE, "BIK scale")
    dialog.steps.item(1, BLOCK).setCheckState(Qt.CheckState.Checked)
    dialog.steps.setCurrentCell(1, CODE)
    assert dialog.texts.title() == "Letter text of step 2 L2"
    dialog.texts.show_language("nl")
    dialog.texts.insert_default()
    assert dialog.texts.subject.text() == "Tweede betalingsherinnering"
    dialog.texts.subject.setText("Tweede herinnering voor {customer}")
    dialog.texts.body.setFocus()
    dialog.texts.last_field = dialog.texts.body
    dialog.texts.body.setPlainText("Het openstaande bedrag is ")
    dialog.texts.body.moveCursor(QTextCursor.MoveOperation.End)
    dialog.texts.insert_placeholder("overdue")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    [seq] = ctx.company.collection_letter_sequences()
    assert [(s.code, s.days, s.fee, s.block) for s in seq.steps] == [
        ("L1", 5, D("0.00"), False),
        ("L2", 10, "bik", True),
    ]
    assert [(t.step, t.language, t.subject, t.body) for t in seq.texts] == [
        ("L2", "nl", "Tweede herinnering voor {customer}", "Het openstaande bedrag is {overdue}")
    ]

    again = LetterSequenceDialog(ctx, seq)  # the texts come back with their step; an unchanged text is not rewritten
    qtbot.addWidget(again)
    again.steps.setCurrentCell(1, CODE)
    again.texts.show_language("nl")
    assert again.texts.subject.text() == "Tweede herinnering voor {customer}"
    assert again.changed_texts() == []


@pytest.mark.parametrize(
    "row, column, text, message",
    [
        (0, DAYS, "-3", "Step 1, Days: must be a whole number of days from 0 to 3650"),
        (0, DAYS, "2.5", "Step 1, Days: '2.5' is not a whole number"),
        (0, FEE, "1e2", "Step 1, Fee: '1e2' is not a number"),
        (0, CODE, "", "Step 1, Step: must not be empty"),
    ],
)
def test_a_bad_step_is_marked_and_nothing_is_saved(ctx, qtbot, row, column, text, message):
    dialog = LetterSequenceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("DUN")
    dialog.add_step()
    dialog.steps.set_text(0, CODE, "L1")
    dialog.steps.set_text(row, column, text)
    dialog.accept()
    assert dialog.steps_error.isVisible() or not dialog.steps_error.isHidden()
    assert dialog.steps_error.text().startswith(message)
    assert (dialog.steps.currentRow(), dialog.steps.currentColumn()) == (row, column)
    assert ctx.company.collection_letter_sequences() == []


def test_an_unknown_placeholder_shows_beside_the_body_before_anything_is_written(ctx, qtbot):
    dialog = LetterSequenceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("DUN")
    dialog.add_step()
    dialog.steps.set_text(0, CODE, "L1")
    dialog.steps.setCurrentCell(0, CODE)
    dialog.texts.subject.setText("Herinnering")
    dialog.texts.body.setPlainText("Totaal: {totaal}")
    dialog.accept()
    assert "{totaal}" in dialog.texts.errors.message("body")
    assert ctx.company.collection_letter_sequences() == []  # the sequence itself was not created either


def test_the_sequences_page_lists_the_steps(ctx, qtbot, wait_loaded):
    ctx.company.enable_dutch_collection_pack()
    page = LetterSequencesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    assert page.model.data(page.model.index(0, 2)) == "HERINNERING 7 d · AANMANING 14 d · INCASSO 14 d, BIK"
    opened = []
    page.open_dialog = lambda d: opened.append(d) or d
    page.edit_selected()
    assert isinstance(opened[0], LetterSequenceDialog) and opened[0].steps.rowCount() == 3


# --- posting profiles and aging -----------------------------------------------------------------------------
def test_posting_profiles_choose_their_interest_code_and_sequence(ctx, qtbot):
    ctx.company.enable_dutch_collection_pack()
    before = {p.profile: p for p in ctx.company.posting_profile_collections()}
    dialog = ProfileCollectionsDialog(ctx)
    qtbot.addWidget(dialog)
    row = [p.profile for p in dialog.profiles].index(ctx.company.parameters()["default_posting_profile"])
    _interest, code, letters, _sequence = dialog.widgets[row]
    code.set_code("WETTELIJK")
    letters.setChecked(False)
    dialog.accept()
    after = {p.profile: p for p in ctx.company.posting_profile_collections()}
    changed = after[dialog.profiles[row].profile]
    assert (changed.interest_code, changed.collection_letter, changed.collection_letter_sequence) == (
        "WETTELIJK",
        False,
        "INCASSO",
    )
    assert {k: v for k, v in after.items() if k != changed.profile} == {
        k: v for k, v in before.items() if k != changed.profile
    }


def test_aging_definitions_editor_and_bad_buckets(ctx, qtbot, wait_loaded):
    page = AgingDefinitionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page)
    before = ctx.company.aging_definitions()
    dialog = AgingDefinitionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("WEEKS")
    dialog.buckets.set_text(1, 2, "7")  # 1-7: the next bucket follows from 8
    assert dialog.buckets.text(2, 1) == "31"  # it had a From already: left alone
    dialog.buckets.set_text(2, 1, "9")  # a gap after day 7
    dialog.accept()
    assert (
        dialog.errors.message("buckets")
        == "Bucket 3, From day: must be 8: the day after the previous bucket ends (no gap, no overlap)"
    )
    assert ctx.company.aging_definitions() == before
    dialog.buckets.set_text(2, 1, "8")
    dialog.buckets.set_text(1, 0, "1-7")
    dialog.default.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dialog.accept()
    found = {d.code: d for d in ctx.company.aging_definitions()}["WEEKS"]
    assert [(b.label, b.from_days, b.to_days) for b in found.buckets] == [
        ("Current", None, 0),
        ("1-7", 1, 7),
        ("Over 30", 8, None),
    ]
    assert found.default
    assert [r.code for r in page.model.rows()].count("WEEKS") == 1
