"""Company calls for the period end (DOMAIN 9, 11.1): fiscal years and month states, the guided close and its
checklist, the AR to GL reconciliation as of a date (screen, PDF, CSV), general journal vouchers."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from ardesk.calls.door import Door
from ardesk.errors import ValidationError
from ardesk.services import aging, close_checklist, ledger_journal, periods, reconciliation
from ardesk.services.close_checklist import Checklist, ChecklistLine
from ardesk.services.exchange import Cell, Table, file_format, write_table
from ardesk.services.ledger_journal import LedgerLine
from ardesk.services.periods import FiscalYearInfo, PeriodInfo
from ardesk.services.printing import letterhead
from ardesk.services.reconciliation import Difference, Reconciliation, ReconciliationLine, ReconciliationRow
from ardesk.services.text import a_date, file_to_write


class PeriodCalls(Door):
    """The period-end calls, mixed into ardesk.api.Company."""

    # --- months and fiscal years ------------------------------------------------------------------------
    def period_history(self) -> list[PeriodInfo]:
        """Every month the books know (of a fiscal year, or closed once without one), newest first, with
        its state and the reason of its last reopening."""
        with self._read() as (s, co):
            return periods.periods(s, co.id)

    def create_fiscal_year(self, start: dt.date, *, months: int = 12, code: str | None = None) -> FiscalYearInfo:
        """A fiscal year of `months` months (1-24) from `start`, the first of a month; its months open.
        code: default the year ("2027"), or "2026-2027" for a year that does not start in January."""
        return self._write(periods.create_fiscal_year, start, months, code)

    def fiscal_years(self) -> list[FiscalYearInfo]:
        with self._read() as (s, co):
            return periods.fiscal_years(s, co.id)

    def close_period(self, period_end: dt.date, *, overrides: Mapping[str, str] | None = None) -> None:
        """Close the month ending on period_end: postings dated in it are refused (field "date"). Asks
        nothing of earlier months nor of the checklist (API.md); overrides: checklist lines let pass, with
        their reasons, kept with the month. The guided close is close_period_checked."""
        self._write(periods.close_period, period_end, overrides)

    def reopen_period(self, period_end: dt.date, reason: str) -> None:
        """Open a closed month again; the reason is kept."""
        self._write(periods.reopen_period, period_end, reason)

    def hold_period(self, period_end: dt.date) -> None:
        """Put an open month on hold: postings dated in it are refused until release_period."""
        self._write(periods.hold_period, period_end)

    def release_period(self, period_end: dt.date) -> None:
        self._write(periods.release_period, period_end)

    def closed_periods(self) -> list[dt.date]:
        """The ends of the months closed now (not those on hold), oldest first."""
        with self._read() as (s, co):
            return periods.closed_periods(s, co.id)

    # --- the guided close --------------------------------------------------------------------------------
    def close_checklist(self, period_end: dt.date) -> Checklist:
        """The period-end checklist of the month (services.close_checklist): each line's state, count and
        the page that resolves it. Nothing is written (the collection runs are tried and rolled back)."""
        return self._trial(close_checklist.checklist, period_end)

    def close_period_checked(self, period_end: dt.date, overrides: Mapping[str, str] | None = None) -> Checklist:
        """The guided close: refused (field "overrides") while a checklist line is red and not let pass
        with a reason; the reconciliation and aging lines cannot be let pass. Returns the checklist after."""
        return self._write(close_checklist.close, period_end, overrides)

    # --- reconciliation ----------------------------------------------------------------------------------
    def reconcile_receivables(self, as_of: dt.date | None = None) -> list[ReconciliationRow]:
        """Per summary account: the open customer transactions as of the date (now: None), in accounting
        currency, against the GL balance of the account as of the date (DOMAIN 9)."""
        day = None if as_of is None else a_date(as_of, "as_of")
        with self._read() as (s, co):
            return reconciliation.reconcile_receivables(s, co.id, day)

    def receivables_reconciliation(self, as_of: dt.date) -> Reconciliation:
        """The reconciliation as of the date with account names, each difference taken apart by voucher
        with its cause (services.reconciliation), and the aged-balance total as of the date."""
        day = a_date(as_of, "as_of")
        with self._read() as (s, co):
            aged = sum((r.total for r in aging.aging_rows(s, co.id, day)), reconciliation.ZERO)
            return reconciliation.reconciliation(s, co, day, aged)

    def export_reconciliation(
        self, as_of: dt.date, path: str | os.PathLike[str], *, language: str | None = None
    ) -> Path:
        """The reconciliation as CSV or XLSX (by the suffix; services.exchange: CSV in the language's region,
        text cells safe from formula injection): one row per account, one per difference, the aging total."""
        from ardesk.reports import texts

        file_format(path)
        target = file_to_write(path, "path")
        found = self.receivables_reconciliation(as_of)
        with self._read() as (_s, co):
            lang = language or co.language
        if lang not in ("en", "nl"):
            raise ValidationError("language", "must be 'en' or 'nl', got {value!r}", value=lang)

        def t(key: str) -> str:
            return texts.text(key, lang)

        headers = ("account", "name", "subledger", "ledger", "difference", "cause", "voucher", "date", "text")
        rows: list[tuple[Cell, ...]] = []
        for line in found.lines:
            rows.append((line.account, line.name, line.subledger, line.ledger, line.difference, None, None, None, None))
            for d in line.differences:
                rows.append(
                    (line.account, None, None, None, d.amount, t(f"rec_cause_{d.cause}"), d.voucher, d.date, d.text)
                )
        rows.append((None, t("rec_aging_total"), found.aging_total, None, None, None, None, None, None))
        table = Table(t("rec_title"), tuple(t(f"rec_{h}") for h in headers), rows)
        write_table(table, target, lang)
        return target

    def print_reconciliation(self, as_of: dt.date, path: str | os.PathLike[str]) -> Path:
        """The reconciliation as a PDF in the company's language."""
        from ardesk.reports.reconciliation import render_reconciliation  # ReportLab loads only when printing

        target = file_to_write(path, "path")
        found = self.receivables_reconciliation(as_of)
        with self._read() as (_s, co):
            head, language = letterhead(co), co.language
        render_reconciliation(found, head, language, target)
        return target

    # --- general journal -----------------------------------------------------------------------------------
    def post_ledger_journal(self, date: dt.date, lines: Sequence[LedgerLine], text: str = "") -> str:
        """Post a balanced general journal voucher (GJ-...); refused on receivable (summary) accounts
        (DOMAIN 11.1). Returns the voucher number."""
        return self._posting(ledger_journal.post_ledger_journal, date, lines, text).number


__all__ = [
    "Checklist",
    "ChecklistLine",
    "Difference",
    "FiscalYearInfo",
    "LedgerLine",
    "PeriodCalls",
    "PeriodInfo",
    "Reconciliation",
    "ReconciliationLine",
    "ReconciliationRow",
]
