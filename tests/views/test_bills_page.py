"""The Bills of exchange page: draw bills for open invoices, remit them for discount, protest and redraw one, all
through the page's dialogs; the table shows each bill's state (DOMAIN 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from ardesk.views.payments.bills import BillsOfExchangePage, DrawDialog, RemitDialog, StepDialog

from .conftest import TODAY

pytestmark = pytest.mark.gui

DUE = TODAY + dt.timedelta(days=30)


@pytest.fixture
def page(ctx, qtbot, wait_loaded):
    p = BillsOfExchangePage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    wait_loaded(p)
    return p


def table(page: BillsOfExchangePage) -> dict[str, dict[str, str]]:
    titles = [c.title for c in page.model.columns]
    return {
        page.model.index(r, 0).data(): {t: page.model.index(r, i).data() for i, t in enumerate(titles)}
        for r in range(page.model.rowCount())
    }


def run(page, qtbot, wait_loaded, button, fill) -> QDialog:
    seen = []

    def drive(dialog):
        fill(dialog)
        dialog.accept()
        seen.append(dialog)
        return dialog

    page.open_dialog = drive
    button.click()
    wait_loaded(page)
    return seen[0]


def select_all(page: BillsOfExchangePage) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in range(page.model.rowCount()):
        page.view.selectionModel().select(page.model.index(r, 0), flags)


def draw_two(page, ctx, qtbot, wait_loaded) -> list[str]:
    invoices = ctx.company.drawable_invoices()[:2]

    def fill(d: DrawDialog) -> None:
        for inv in invoices:
            d.tick(inv.number)
        d.own_due.setChecked(True)
        d.due_date.setDate(DUE)

    dialog = run(page, qtbot, wait_loaded, page.draw_button, fill)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return [inv.number for inv in invoices]


def test_draw_and_remit_for_discount_through_the_page(page, ctx, qtbot, wait_loaded):
    assert page.placeholder.text().startswith("No bills of exchange yet")
    invoices = ctx.company.drawable_invoices()[:2]
    numbers = draw_two(page, ctx, qtbot, wait_loaded)
    rows = table(page)
    assert set(rows) == {"BOE-000001", "BOE-000002"}
    assert [rows[b]["Invoice"] for b in ("BOE-000001", "BOE-000002")] == numbers
    for bill, inv in zip(("BOE-000001", "BOE-000002"), invoices, strict=True):
        assert rows[bill]["Amount"] == ctx.amount(inv.balance)
        assert rows[bill]["State"] == "Drawn" and rows[bill]["Due date"] == ctx.date(DUE)
        assert rows[bill]["Drawn on"] == ctx.date(TODAY) and rows[bill]["Voucher"].startswith("BOEV-")
    assert page.last_message == "Drawn: BOE-000001, BOE-000002."
    assert page.count_label.text().startswith("2 bill")  # the plural form comes with the translations
    assert all(ctx.company.document(n).balance == Decimal("0.00") for n in numbers)

    select_all(page)
    assert page.remit_button.isEnabled() and not page.settle_button.isEnabled()

    def discount(d: RemitDialog) -> None:
        d.kind.set_code("discount")
        d.kind.activated.emit(d.kind.currentIndex())
        assert d.charge.isEnabled()
        d.charge.setText("10.00")

    dialog = run(page, qtbot, wait_loaded, page.remit_button, discount)
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = table(page)
    assert {r["State"] for r in rows.values()} == {"Remitted for discount"}
    assert page.last_message == "Remitted to the bank: BOE-000001, BOE-000002."
    charges = [ctx.company.bill_of_exchange(b).discount_charge for b in ("BOE-000001", "BOE-000002")]
    assert sum(charges) == Decimal("10.00")
    page.state.set_code("drawn")
    page.state.activated.emit(page.state.currentIndex())
    wait_loaded(page)
    assert page.model.rowCount() == 0


def test_errors_stay_in_the_dialog_and_protest_then_redraw(page, ctx, qtbot, wait_loaded):
    def nothing_ticked(d: DrawDialog) -> None:
        pass

    dialog = run(page, qtbot, wait_loaded, page.draw_button, nothing_ticked)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("invoices") == "Tick at least one invoice" and page.model.rowCount() == 0

    draw_two(page, ctx, qtbot, wait_loaded)
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert page.protest_button.isEnabled() and not page.redraw_button.isEnabled()

    def too_early(d: StepDialog) -> None:
        d.date.setDate(TODAY)  # the bill is due in 30 days: not protested before then

    dialog = run(page, qtbot, wait_loaded, page.protest_button, too_early)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "falls due on" in dialog.errors.message("date")  # beside the date
    assert table(page)["BOE-000001"]["State"] == "Drawn"

    def at_maturity(d: StepDialog) -> None:
        d.date.setDate(DUE)

    run(page, qtbot, wait_loaded, page.protest_button, at_maturity)
    assert table(page)["BOE-000001"]["State"] == "Protested"
    page.view.setCurrentIndex(page.model.index([*table(page)].index("BOE-000001"), 0))
    assert page.redraw_button.isEnabled() and page.close_button.isEnabled()

    def redraw(d: StepDialog) -> None:
        d.date.setDate(DUE)
        d.due_date.setDate(DUE + dt.timedelta(days=30))

    run(page, qtbot, wait_loaded, page.redraw_button, redraw)
    rows = table(page)
    assert rows["BOE-000001"]["State"] == "Redrawn as BOE-000003"
    assert rows["BOE-000003"]["State"] == "Drawn" and rows["BOE-000003"]["Due date"] == ctx.date(
        DUE + dt.timedelta(days=30)
    )
    assert page.last_message == "BOE-000001 redrawn as BOE-000003."
