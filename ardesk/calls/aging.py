"""Company methods of aging: definitions, aging per customer, snapshots and the aging report."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from ardesk.calls.door import Door
from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import Customer
from ardesk.services import aging, lookup
from ardesk.services.aging import AgingDefinitionRow, AgingRow, AgingSnapshotInfo, Bucket
from ardesk.services.text import a_date, file_to_write

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ardesk.models import Company as CompanyRow


class AgingCalls(Door):
    """Aging (DOMAIN 5.1), mixed into ardesk.api.Company. Amounts are in the accounting currency, balances
    as of the date asked (settlements after it not counted); services.aging has the rules."""

    # --- definitions ------------------------------------------------------------------------------------
    def aging_definitions(self) -> list[AgingDefinitionRow]:
        """Every aging definition, by code: code, basis, default, buckets [(label, from_days, to_days)]."""
        with self._read() as (s, co):
            return aging.definitions_list(s, co.id)

    def update_aging_definition(
        self,
        code: str,
        *,
        buckets: Sequence[tuple[str, int | None, int | None]] | None = None,
        basis: str | None = None,
    ) -> AgingDefinitionRow:
        """Replace a definition's buckets and/or basis (checked as create_aging_definition checks them).
        Its snapshot, taken with the old buckets, is dropped."""
        return self._write(aging.update_definition, code, buckets=buckets, basis=basis)

    def set_default_aging_definition(self, code: str) -> None:
        """Make the definition the one aging uses when none is named."""
        self._write(aging.set_default_definition, code)

    def delete_aging_definition(self, code: str) -> None:
        """Delete a definition and its snapshot; the last one cannot be deleted."""
        self._write(aging.delete_definition, code)

    # --- aging per customer -----------------------------------------------------------------------------
    def aging(
        self,
        as_of: dt.date,
        *,
        definition: str | None = None,
        customers: Sequence[str] | None = None,
        include_zero: bool = False,
    ) -> list[AgingRow]:
        """One row per customer with an open balance as of the date, by account: buckets {label: amount} in
        the definition's order (the default one unless named), total, overdue, credit limit. customers:
        only these accounts; include_zero: also customers whose items add up to 0."""
        day = a_date(as_of, "as_of")
        _flag(include_zero, "include_zero")
        with self._read() as (s, co):
            ids = None if customers is None else _customer_ids(s, co, customers)
            return aging.aging_rows(s, co.id, day, definition, ids, include_zero=include_zero)

    # --- snapshots ---------------------------------------------------------------------------------------
    def take_aging_snapshot(
        self,
        as_of: dt.date,
        *,
        definition: str | None = None,
        taken_on: dt.date | None = None,
        include_zero: bool = False,
    ) -> AgingSnapshotInfo:
        """Store the aging as of the date as the definition's snapshot (replacing its previous one), for
        fast collections lists; taken_on: the day it is taken (default today)."""
        day = a_date(as_of, "as_of")
        taken = dt.date.today() if taken_on is None else a_date(taken_on, "taken_on")
        _flag(include_zero, "include_zero")
        return self._write(aging.take_snapshot, day, definition, taken_on=taken, include_zero=include_zero)

    def aging_snapshot(self, definition: str | None = None) -> AgingSnapshotInfo | None:
        """The stored snapshot of the definition (the default one unless named), or None if none was taken."""
        with self._read() as (s, co):
            return aging.read_snapshot(s, co.id, definition)

    # --- files -------------------------------------------------------------------------------------------
    def export_aging_csv(
        self,
        as_of: dt.date,
        path: str | os.PathLike[str],
        *,
        definition: str | None = None,
        language: str | None = None,
    ) -> int:
        """Write the aging as a CSV file Excel opens as a table (services.aging.write_csv: UTF-8 with BOM;
        Dutch ";" and decimal comma, English "," and decimal point; the company's language unless given).
        Returns the number of customer rows."""
        day = a_date(as_of, "as_of")
        target = file_to_write(path, "path")
        with self._read() as (s, co):
            found = aging.resolve_definition(s, co.id, definition)
            rows = aging.aging_rows(s, co.id, day, found)
            lang, currency = language or co.language, co.currency
        aging.write_csv(target, rows, found.labels, lang, currency)
        return len(rows)

    def print_aging_report(
        self,
        as_of: dt.date,
        path: str | os.PathLike[str],
        *,
        definition: str | None = None,
        language: str | None = None,
    ) -> None:
        """Write the aging report as an A4 PDF (at most 6 buckets), in the company's language unless given."""
        from ardesk.reports import aging as aging_report  # ReportLab loads only when printing

        day = a_date(as_of, "as_of")
        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = aging.gather_report(s, co, day, definition, language)
        aging_report.render_aging_report(doc, target)


def _flag(value: object, field: str) -> None:
    if not isinstance(value, bool):
        raise ValidationError(field, "must be True or False, got {value!r}", value=value)


def _customer_ids(s: Session, co: CompanyRow, accounts: Sequence[str]) -> list[int]:
    """The ids of these customer accounts; an unknown one raises NotFoundError (field customers[i])."""
    if isinstance(accounts, str) or not isinstance(accounts, list | tuple):
        raise ValidationError("customers", "must be a list of customer accounts")
    wanted = [lookup.code_text(a, f"customers[{i}]") for i, a in enumerate(accounts)]
    found: dict[str, int] = {}
    for part in lookup.chunks(sorted(set(wanted))):
        q = select(Customer.account, Customer.id).where(Customer.company_id == co.id, Customer.account.in_(part))
        found.update((account, id_) for account, id_ in s.execute(q))
    for i, account in enumerate(wanted):
        if account not in found:
            raise NotFoundError(f"customers[{i}]", "there is no customer {account!r}", account=account)
    return [found[a] for a in wanted]


__all__ = ["AgingCalls", "AgingDefinitionRow", "AgingRow", "AgingSnapshotInfo", "Bucket"]
