"""Company calls for bank statements (issue 10): import a CAMT.053 or MT940 file as an unposted payment journal of
matched lines, review and correct it; the journal is posted with post_payment_journal."""

from __future__ import annotations

import os
from collections.abc import Sequence

from ardesk.calls.door import Door
from ardesk.services import bank_import
from ardesk.services.bank_import import BankImport, StatementEntry, StatementInfo
from ardesk.services.settlement_engine import Mark


class BankStatementCalls(Door):
    """Bank statement import and review, mixed into ardesk.api.Company."""

    def import_bank_statement(self, path: str | os.PathLike[str]) -> BankImport:
        """Read a CAMT.053 or MT940 file, match its credits to open invoices and write them as an unposted
        payment journal (BankImport.journal), every entry with its confidence and reason. A file that is
        malformed, or was imported before (same file, statement number or overlapping days for the
        account), is refused (field "file") and nothing is written (services.bank_import)."""
        return self._write(bank_import.import_statement, path)

    def bank_statements(self) -> list[StatementInfo]:
        """Every imported statement, newest first, with its payment journal and whether it is posted."""
        with self._read() as (s, co):
            return bank_import.statements(s, co.id)

    def bank_statement(self, journal: str) -> BankImport:
        """The imported statement behind a payment journal: every entry, its match and its journal line."""
        with self._read() as (s, co):
            return bank_import.read_import(s, co, journal)

    def assign_statement_entry(self, journal: str, entry: int, customer: str, marks: Sequence[Mark] = ()) -> BankImport:
        """Give a credit of the statement its customer (and the documents it pays): a journal line of the
        entry's date and amount, checked like any payment line. Replaces the entry's proposal if it had one."""
        return self._write(bank_import.assign_line, journal, entry, customer, marks)

    def unassign_statement_entry(self, journal: str, entry: int) -> BankImport:
        """Take an entry's proposal (its journal line and marks) out of the journal."""
        return self._write(bank_import.unassign_line, journal, entry)


__all__ = ["BankImport", "BankStatementCalls", "StatementEntry", "StatementInfo"]
