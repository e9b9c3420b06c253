"""Company calls for SEPA mandates and direct-debit runs (DOMAIN 7): mandates, runs, returns."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from decimal import Decimal

from ardesk.calls.door import Door
from ardesk.services import direct_debit, direct_debit_returns, mandates
from ardesk.services.direct_debit import DirectDebitRunInfo
from ardesk.services.direct_debit_returns import ReturnedDebit, ReturnImport
from ardesk.services.mandates import Mandate
from ardesk.services.sepa.returns_file import ReturnedCollection
from ardesk.services.text import a_date


class DirectDebitCalls(Door):
    """The calls for SEPA direct debit, mixed into ardesk.api.Company."""

    # --- mandates (DOMAIN 7.3) ------------------------------------------------------------------------
    def create_mandate(
        self,
        customer: str,
        *,
        iban: str,
        signed_on: dt.date | None,
        scheme: str = "CORE",
        recurring: bool = True,
        reference: str | None = None,
        bic: str | None = None,
        signed_at: str = "",
        expected_payments: int | None = None,
    ) -> Mandate:
        """A mandate of the customer: active when signed_on is given, else new until sign_mandate. reference:
        default the next number of the "mandate" sequence. scheme CORE, COR1 or B2B (not for consumers);
        expected_payments: for a recurring mandate that ends, the number of collections (the last is FNAL)."""

        def create(s, co):  # type: ignore[no-untyped-def]
            row = mandates.create(
                s,
                co,
                customer,
                iban=iban,
                signed_on=signed_on,
                scheme=scheme,
                recurring=recurring,
                reference=reference,
                bic=bic,
                signed_at=signed_at,
                expected_payments=expected_payments,
            )
            return mandates.read(s, co, row.reference)

        return self._write(create)

    def sign_mandate(self, reference: str, signed_on: dt.date, *, signed_at: str = "") -> Mandate:
        """Enter the signature of a new mandate: it becomes active."""
        return self._write(lambda s, co: _read(s, co, mandates.sign(s, co, reference, signed_on, signed_at)))

    def amend_mandate(self, reference: str, date: dt.date, *, iban: str, bic: str | None = None) -> Mandate:
        """The debtor's new account under the same mandate; the next collection reports the old one."""
        return self._write(lambda s, co: _read(s, co, mandates.amend(s, co, reference, date, iban, bic)))

    def cancel_mandate(self, reference: str, date: dt.date, *, reason: str = "") -> Mandate:
        """End a mandate (the debtor revoked it): it can no longer be used."""
        return self._write(lambda s, co: _read(s, co, mandates.cancel(s, co, reference, date, reason)))

    def expire_mandates(self, as_of: dt.date) -> list[str]:
        """Mark the mandates unused for 36 months as expired; returns their references."""
        return self._write(mandates.expire, as_of)

    def mandate(self, reference: str, *, as_of: dt.date | None = None) -> Mandate:
        """One mandate; with as_of, its status as of that day (an active mandate past its expiry is expired)."""
        day = None if as_of is None else a_date(as_of, "as_of")
        with self._read() as (s, co):
            return mandates.read(s, co, reference, day)

    def mandates(
        self, *, customer: str | None = None, status: str | None = None, as_of: dt.date | None = None
    ) -> list[Mandate]:
        """The mandates by customer and reference, optionally of one customer or in one status."""
        with self._read() as (s, co):
            return mandates.listing(s, co, customer=customer, status=status, as_of=as_of)

    # --- runs (DOMAIN 7.5) ----------------------------------------------------------------------------
    def preview_direct_debit(
        self, collection_date: dt.date, *, prepared_on: dt.date | None = None, include_returned: bool = False
    ) -> DirectDebitRunInfo:
        """What create_direct_debit_file would collect and exclude, and why; nothing is written."""
        return self._trial(
            direct_debit.preview, collection_date, prepared_on=prepared_on, include_returned=include_returned
        )

    def create_direct_debit_file(
        self,
        collection_date: dt.date,
        path: str | os.PathLike[str],
        *,
        version: str = "pain.008.001.02",
        prepared_on: dt.date | None = None,
        include_returned: bool = False,
    ) -> DirectDebitRunInfo:
        """Collect the open invoices of direct-debit customers with a usable mandate, due by collection_date:
        posts them as payments dated collection_date (invoices settled) and writes the pain.008 file (version
        pain.008.001.02 or .08). The run lists each transaction (invoice, mandate, sequence type, amount) and
        each excluded invoice with its reason; with none to collect, no file is written. prepared_on (the
        day the file goes to the bank) checks the lead time; include_returned collects returned invoices too."""
        return self._posting(
            direct_debit.run,
            collection_date,
            path,
            version=version,
            prepared_on=prepared_on,
            include_returned=include_returned,
        )

    def direct_debit_runs(self) -> list[DirectDebitRunInfo]:
        """Every run, newest first, with what became of each collection (collected, rejected, returned)."""
        with self._read() as (s, co):
            return direct_debit.runs(s, co)

    # --- what came back ------------------------------------------------------------------------------
    def import_direct_debit_returns(
        self, path: str | os.PathLike[str], date: dt.date, *, fee: Decimal | None = None
    ) -> ReturnImport:
        """Read the bank's pain.002 (rejects) or camt.054 (returns): each collection named is undone, the
        invoice reopened and the fee charged (None: the bank's charge in the file; 0: none), dated `date`.
        What the books do not know, or undid before, is listed in `unknown`."""
        return self._posting(direct_debit_returns.import_file, path, date, fee)

    def return_direct_debit(
        self,
        end_to_end_id: str,
        date: dt.date,
        *,
        reason: str = "MS03",
        fee: Decimal | None = None,
        rejected: bool = False,
    ) -> ReturnedDebit:
        """One collection that came back, by its end-to-end id (the invoice number), entered by hand."""
        return self._posting(
            direct_debit_returns.return_one, end_to_end_id, date, reason=reason, fee=fee, rejected=rejected
        )

    def undo_direct_debits(self, items: Sequence[ReturnedCollection], date: dt.date) -> ReturnImport:
        """The collections given undone as direct_debit_returns.apply does (for integrations that parse the
        bank's answer themselves)."""
        return self._posting(direct_debit_returns.apply, items, date)


def _read(s, co, row) -> Mandate:  # type: ignore[no-untyped-def]
    return mandates.read(s, co, row.reference)
