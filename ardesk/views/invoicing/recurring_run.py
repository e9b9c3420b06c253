"""Drafting the recurring invoices that are due (DOMAIN 3.5), one flow for the Invoicing and the Recurring invoices
pages: ask up to which date, draft in the background behind a progress dialog (Cancel keeps what is done), and
tell what was drafted and what was skipped and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ardesk.i18n import field_message
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.invoicing.progress import Progress, ProgressRun
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.page import Page, plain_label


class DueDateDialog(FormDialog):
    """Up to which date to draft the recurring invoices due (today unless changed); nothing is written here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=420)
        self.setWindowTitle(self.tr("Draft due invoices"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Draft invoices"))
        self.date = DateEdit(ctx.today(), ctx.language)
        self.date.setMaximumWidth(150)
        self.form.addRow(plain_label(self.tr("Draft every recurring invoice due up to this date."), "muted"))
        self.add(self.tr("Up to"), self.date, "invoice_date")
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.date

    def save(self) -> None:
        """The date is taken by draft_due_invoices once the dialog is accepted."""


def draft_due_invoices(
    page: Page, invoice_date: dt.date | None = None, *, then: Callable[[Any], None] | None = None
) -> ProgressRun | None:
    """Draft every recurring invoice due up to invoice_date (asked when None; None back when cancelled) in the
    background; the summary goes to the page's message line and a message box, then(result) runs after it."""
    ctx = page.ctx
    if invoice_date is None:
        dialog = DueDateDialog(ctx, page)
        if not dialog.exec():
            return None
        invoice_date = dialog.date.value()
    company = ctx.company
    run = ProgressRun(
        ctx.runner,
        page,
        QCoreApplication.translate("RecurringRun", "Recurring invoices"),
        QCoreApplication.translate("RecurringRun", "Drafting the recurring invoices due up to %1...").replace(
            "%1", ctx.date(invoice_date)
        ),
    )

    def work(progress: Progress) -> Any:
        return company.generate_recurring_invoices(invoice_date, progress=progress)

    def done(result: Any) -> None:
        summary = run_summary(ctx, result)
        page.say(summary)
        QMessageBox.information(page, QCoreApplication.translate("RecurringRun", "Recurring invoices"), summary)
        if then is not None:
            then(result)
        ctx.notify_changed()

    run.run(
        work,
        success=done,
        failure=lambda exc: page.warn_refusal(QCoreApplication.translate("RecurringRun", "Recurring invoices"), exc),
    )
    return run


def run_summary(ctx: AppContext, result: Any) -> str:
    """How many drafts the run made, each billing date it skipped with the reason, and whether it was cancelled."""
    lines = [
        QCoreApplication.translate("RecurringRun", "Recurring drafts created: %1 (run %2).")
        .replace("%1", str(len(result.drafts)))
        .replace("%2", result.recurrence_id)
    ]
    lines += [
        f"  {customer} {ctx.date(day)}: {field_message(reason, ctx.language)}"
        for (customer, day, _), reason in zip(result.skipped, result.skip_reasons, strict=True)
    ]
    if result.cancelled:
        lines.append(
            QCoreApplication.translate(
                "RecurringRun", "Cancelled: the drafts made so far are kept; run it again for the rest."
            )
        )
    return "\n".join(lines)
