"""Company calls that print for SEPA direct debit (DOMAIN 7.3, 7.4): the mandate form and pre-notifications."""

from __future__ import annotations

import datetime as dt
import os

from ardesk.calls.door import Door
from ardesk.services import direct_debit_printing
from ardesk.services.text import file_to_write


class DirectDebitPrintCalls(Door):
    """The direct-debit prints, mixed into ardesk.api.Company."""

    def print_mandate(self, reference: str, path: str | os.PathLike[str]) -> None:
        """The mandate form as a PDF for the debtor to sign, in the customer's language: the standard SEPA
        wording (Core or B2B), creditor name, address and identifier, mandate reference and type, the debtor's
        name, address, IBAN and BIC, place and date (blank lines until signed) and a signature box."""
        from ardesk.reports.direct_debit_letters import render_mandate_form  # ReportLab loads only when printing

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = direct_debit_printing.gather_mandate_form(s, co, reference)
        render_mandate_form(doc, target)

    def print_prenotifications(
        self, collection_date: dt.date, path: str | os.PathLike[str], *, prepared_on: dt.date | None = None
    ) -> int:
        """The pre-notification letters of what a run on collection_date would collect (preview_direct_debit:
        nothing is written to the books), one per customer in the customer's language, into one PDF dated
        prepared_on (None: undated). Returns the number of letters; with none to send, no file is written."""
        from ardesk.reports.direct_debit_letters import render_prenotifications

        target = file_to_write(path, "path")
        docs = self._trial(direct_debit_printing.gather_prenotifications, collection_date, prepared_on=prepared_on)
        if docs:
            render_prenotifications(docs, target)
        return len(docs)
