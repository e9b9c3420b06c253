"""Company methods of customer statements: one statement, its PDF, and batches in worker processes."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from ardesk.calls.door import Door
from ardesk.errors import ValidationError
from ardesk.models import Customer, CustomerGroup
from ardesk.services import lookup, statements
from ardesk.services.statements import Statement, StatementLine
from ardesk.services.text import currency_code, file_to_write, folder_to_write

__all__ = ["Statement", "StatementCalls", "StatementLine"]  # the records ardesk.api hands on


class StatementCalls(Door):
    """Customer statements (DOMAIN 10), mixed into ardesk.api.Company."""

    def statement(self, customer: str, start: dt.date, end: dt.date, *, currency: str | None = None) -> Statement:
        """The customer's statement for [start, end]: opening balance, the movements with the running
        balance, closing balance, the items open on `end` and the aging as of `end`. In the customer's
        currency unless another is named (a statement never mixes currencies; other_currencies names the
        customer's others)."""
        first, last = statements.period(start, end)
        with self._read() as (s, co):
            cust = lookup.by_code(s, Customer, co.id, customer, "customer")
            return statements.statement(s, co, cust, first, last, _currency(currency))

    def print_statement(
        self,
        customer: str,
        start: dt.date,
        end: dt.date,
        path: str | os.PathLike[str],
        *,
        currency: str | None = None,
    ) -> None:
        """Write the customer's statement as a PDF, in the customer's language (see statement)."""
        from ardesk.reports.statement import render_statement  # ReportLab loads only when printing

        first, last = statements.period(start, end)
        target = file_to_write(path, "path")
        with self._read() as (s, co):
            cust = lookup.by_code(s, Customer, co.id, customer, "customer")
            doc = statements.gather_statement(s, co, cust, first, last, _currency(currency))
        render_statement(doc, target)

    def print_statements(
        self,
        start: dt.date,
        end: dt.date,
        folder_or_file: str | os.PathLike[str],
        *,
        customers: Sequence[str] | None = None,
        group: str | None = None,
        with_balance_only: bool = True,
        combined: bool = False,
        jobs: int | None = None,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> list[Path]:
        """Print the statements of many customers for [start, end]: every customer with a closing balance
        (with_balance_only, the default) or also those with a movement in the period; only the named
        customers, or one customer group. One statement per customer and currency (the customer's own
        currency first), in account order.

        Into a folder, one PDF per statement named ACCOUNT.pdf (ACCOUNT-CUR.pdf for another currency),
        gathered and rendered in worker processes (jobs; default: the CPUs, at most 4), as print_invoices
        does; or with combined=True into the one file folder_or_file, each statement starting on a new page
        with its own address window, language and page numbers. The combined file is drawn as one ReportLab
        document in this process (jobs unused): merging PDFs rendered by the workers would need a PDF library
        ardesk does not ship (pypdf), and one document of many statements costs less per statement than
        separate files. progress(done, total) may return False to stop: the files written so far are
        returned; a combined file is then not written. Returns the files written (none when no customer
        qualifies)."""
        from ardesk import printrun  # ReportLab loads only when printing
        from ardesk.reports import batch

        first, last = statements.period(start, end)
        for name, flag in (("with_balance_only", with_balance_only), ("combined", combined)):
            if not isinstance(flag, bool):
                raise ValidationError(name, "must be True or False")
        if combined:
            if isinstance(folder_or_file, str | os.PathLike) and Path(folder_or_file).is_dir():
                raise ValidationError("folder_or_file", "give the combined file's name, not a folder")
            target = file_to_write(folder_or_file, "folder_or_file")
        else:
            target = folder_to_write(folder_or_file, "folder_or_file")
        if jobs is not None and (not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1):
            raise ValidationError("jobs", "must be a whole number of at least 1")
        if progress is not None and not callable(progress):
            raise ValidationError("progress", "must be a function of (done, total)")
        with self._read() as (s, co):
            ids = None
            if customers is not None:
                if not isinstance(customers, list | tuple):
                    raise ValidationError("customers", "must be a list of customer accounts")
                ids = statements.customer_ids(s, co.id, customers, "customers")
            group_id = None if group is None else lookup.by_code(s, CustomerGroup, co.id, group, "group").id
            pairs = statements.select_statements(
                s, co.id, first, last, customer_ids=ids, group_id=group_id, with_balance_only=with_balance_only
            )
            if not pairs:
                return []
            if combined:
                docs = statements.gather_many(s, co, pairs, first, last)
            else:
                keys = statements.file_keys(s, pairs)
        if combined:
            from ardesk.reports.statement import render_statements

            return [target] if render_statements(docs, target, progress) else []
        url = (
            None
            if self.books.url.database in (None, "", ":memory:")
            else self.books.url.render_as_string(hide_password=False)
        )

        def serial(key: str, path: Path) -> None:
            from ardesk.reports.statement import render_statement

            with self._read() as (s, co):
                doc = statements.gather_many(s, co, [keys[key]], first, last)[0]
            render_statement(doc, path)

        return batch.print_many(
            url,
            self.code,
            list(keys),
            target,
            jobs or batch.default_jobs(),
            serial,
            partial(printrun.print_statement_chunk, start=first, end=last, pairs=keys),
            progress,
        )


def _currency(value: object) -> str | None:
    return None if value is None else currency_code(value, "currency")
