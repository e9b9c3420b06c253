"""Company methods of data exchange: lists to CSV/XLSX, customers from CSV, and a backup of the open books."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ardesk.calls.door import Door
from ardesk.db import backup as backups
from ardesk.errors import ValidationError
from ardesk.services import exchange
from ardesk.services.exchange import CustomerImportPreview, ImportRow, Table
from ardesk.services.text import a_date, file_to_write

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ardesk.models import Company as CompanyRow


class ExchangeCalls(Door):
    """Spreadsheet files and backups, mixed into ardesk.api.Company; services.exchange has the file formats
    (CSV: UTF-8 with BOM, Dutch ";" and decimal comma, English "," and decimal point; formula injection
    neutralised) and db.backup the backups."""

    def export_table(
        self,
        what: str,
        path: str | os.PathLike[str],
        *,
        as_of: dt.date | None = None,
        customer: str | None = None,
        definition: str | None = None,
        language: str | None = None,
    ) -> Path:
        """Write a list as CSV or XLSX (by the file's suffix; another suffix is refused) and return the path.
        what: "customers" (in the columns import_customers reads, plus the balance), "open_items" (now, or as
        they stood at the end of as_of, with days overdue), "aging" (as of as_of, default today, by the default
        or the named definition) or "transactions" (every posted one, oldest first). customer: only this
        customer's open items or transactions. Headings in the company's language unless given."""
        if what not in exchange.TABLES:
            raise ValidationError(
                "what", "must be one of {choices}; got {value!r}", choices=", ".join(exchange.TABLES), value=what
            )
        exchange.file_format(path)
        target = file_to_write(path, "path")
        day = None if as_of is None else a_date(as_of, "as_of")
        with self._read() as (s, co):
            lang = language or co.language
            if lang not in ("en", "nl"):
                raise ValidationError("language", "must be 'en' or 'nl', got {value!r}", value=lang)
            table = self._exchange_table(s, co, what, day, customer, definition, lang)
        exchange.write_table(table, target, lang)
        return target

    def _exchange_table(
        self,
        s: Session,
        co: CompanyRow,
        what: str,
        day: dt.date | None,
        customer: str | None,
        definition: str | None,
        lang: str,
    ) -> Table:
        if customer is not None and what in ("customers", "aging"):
            raise ValidationError("customer", "the {what} list is not for one customer", what=what)
        if what == "customers":
            return exchange.customers_table(s, co, lang)
        if what == "aging":
            # The aging is always as of a date; a script that gives none gets today's.
            return exchange.aging_table(s, co, day or dt.date.today(), definition, lang)
        cid = exchange.customer_id(s, co, customer)
        if what == "open_items":
            return exchange.open_items_table(s, co, day, lang, cid)
        return exchange.transactions_table(s, co, lang, cid)

    # --- customers from CSV ------------------------------------------------------------------------------
    def preview_customer_import(self, path: str | os.PathLike[str]) -> CustomerImportPreview:
        """Read a CSV file of customers and check every row as create_customer would, writing nothing.
        The headings are create_customer's keywords (exchange.IMPORT_COLUMNS: account, name, group, currency,
        language, country, vat_number, address, email, iban, credit_limit, terms, ...; any case, spaces for
        underscores); account and name are needed, an unknown column refuses the file, "balance" (in an
        export) is ignored. UTF-8 with or without BOM, else Windows-1252; "," or ";" between cells; amounts
        with a decimal comma or point; yes/no columns take yes/no, ja/nee, true/false, 1/0. An empty cell is
        the default. Each row has its errors per column; an account twice in the file or already in the books
        is an error."""
        parsed = exchange.parse_customer_file(path)
        # A write transaction whose changes are all rolled back (savepoints): the engine's own checks.
        return self._trial(exchange.check_customer_rows, parsed)

    def import_customers(self, path: str | os.PathLike[str]) -> int:
        """Create the customers of a CSV file (as preview_customer_import reads it), all or none: any row with
        an error raises ValidationError naming its row and column ("row 3, iban") and nothing is written.
        Returns how many customers were created."""
        parsed = exchange.parse_customer_file(path)

        def run(s: Session, co: CompanyRow) -> int:
            if not parsed.rows:
                raise ValidationError("path", "the file has no customers")
            checked = exchange.check_customer_rows(s, co, parsed, keep=True)  # kept only when all are fine
            problem = exchange.first_error(checked)
            if problem is not None:
                raise problem
            return len(checked.rows)

        return self._write(run)

    # --- backup ------------------------------------------------------------------------------------------
    def backup(self, path: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the open SQLite books to path while they are in use (db.backup; a file
        there is replaced atomically; not the books' own file). On PostgreSQL: refused (pg_dump)."""
        return backups.backup(self.books.engine, path)


__all__ = ["CustomerImportPreview", "ExchangeCalls", "ImportRow", "Table"]
