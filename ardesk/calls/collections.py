"""Company methods of collections: holds, activities, collection letters, interest notes, the Dutch pack."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from ardesk.calls.door import Door
from ardesk.models import Company as CompanyRow
from ardesk.models import Customer
from ardesk.services import (
    activities,
    collection_printing,
    collection_setup,
    dutch_pack,
    interest_notes,
    letters,
    lookup,
    transactions,
)
from ardesk.services.activities import Activity
from ardesk.services.collection_setup import (
    InterestCodeInfo,
    InterestVersion,
    LetterSequenceInfo,
    LetterStep,
)
from ardesk.services.interest_notes import InterestNote
from ardesk.services.letters import Letter
from ardesk.services.records import Document
from ardesk.services.text import file_to_write


class CollectionCalls(Door):
    """Credit and collections (DOMAIN 5.2-5.7), mixed into ardesk.api.Company."""

    # --- set-up: interest codes (DOMAIN 2.9) ------------------------------------------------------
    def create_interest_code(
        self,
        code: str,
        versions: Sequence[InterestVersion],
        *,
        account: str | None = None,
        description: str = "",
    ) -> None:
        """An interest code with date-effective versions; account: interest revenue (None: the
        interest_income role)."""
        self._write(collection_setup.create_interest_code, code, versions, account=account, description=description)

    def update_interest_code(self, code: str, **changes: object) -> None:
        """Change versions (the whole list), account, description or active."""
        self._write(collection_setup.update_interest_code, code, **changes)

    def add_interest_version(self, code: str, version: InterestVersion) -> None:
        """A new version from a later date (a new statutory rate)."""
        self._write(collection_setup.add_interest_version, code, version)

    def interest_codes(self) -> list[InterestCodeInfo]:
        with self._read() as (s, co):
            return collection_setup.interest_codes(s, co.id)

    # --- set-up: collection letter sequences (DOMAIN 2.10) ----------------------------------------
    def create_collection_letter_sequence(
        self,
        code: str,
        steps: Sequence[LetterStep],
        *,
        per: str = "transaction",
        currencies: Sequence[str] | None = None,
        terms: str | None = None,
        ignore_payments: bool = False,
        description: str = "",
    ) -> None:
        """At most five steps; per "transaction" or "customer"; currencies: those letters are made for
        (None: all); terms: of the fee; ignore_payments: open payments and credit notes are neither
        listed nor deducted from the overdue balance."""
        self._write(
            collection_setup.create_letter_sequence,
            code,
            steps,
            per=per,
            currencies=currencies,
            terms=terms,
            ignore_payments=ignore_payments,
            description=description,
        )

    def update_collection_letter_sequence(self, code: str, **changes: object) -> None:
        """Change steps (the whole list), per, currencies, terms, ignore_payments, description, active."""
        self._write(collection_setup.update_letter_sequence, code, **changes)

    def collection_letter_sequences(self) -> list[LetterSequenceInfo]:
        with self._read() as (s, co):
            return collection_setup.letter_sequences(s, co.id)

    def set_letter_text(
        self, sequence: str, step: str, language: str, subject: str, body: str, closing: str = ""
    ) -> None:
        """The text of a step in "en" or "nl" (placeholders: ardesk.services.letter_texts)."""
        self._write(collection_setup.set_letter_text, sequence, step, language, subject, body, closing)

    def set_posting_profile_collections(self, profile: str, **changes: object) -> None:
        """interest_code, collection_letter_sequence (None clears), interest and collection_letter flags."""
        self._write(collection_setup.set_profile_collections, profile, **changes)

    def enable_dutch_collection_pack(self) -> None:
        """DOMAIN 5.7: WETTELIJK and HANDELSRENTE, the INCASSO sequence with BIK costs, the legal
        clearing order; the default posting profile uses them when it names none. Idempotent."""
        self._write(dutch_pack.enable)

    # --- holds and activities (DOMAIN 5.2) --------------------------------------------------------
    def set_collection_status(self, customer: str, status: str, date: dt.date, text: str = "") -> None:
        """A customer on "hold" or "disputed" gets no letters and no interest; "" clears it."""
        self._write(activities.set_customer_status, customer, status, date, text)

    def set_transaction_status(self, number: str, status: str, date: dt.date, text: str = "") -> None:
        """One transaction on "hold" or "disputed" (no letters, no interest), or "" to clear it."""
        self._write(activities.set_transaction_status, number, status, date, text)

    def transaction_statuses(self, customer: str) -> dict[str, str]:
        with self._read() as (s, co):
            return activities.transaction_statuses(s, co.id, customer)

    def add_activity(self, customer: str, kind: str, date: dt.date, text: str = "", **kw: object) -> int:
        """kind: note | call | promise | dispute | hold | release; keywords transaction, follow_up,
        promise_date, promise_amount. Returns the activity's id."""
        return self._write(lambda s, co: activities.add_activity(s, co, customer, kind, date, text, **kw).id)

    def complete_activity(self, activity_id: int, done: bool = True) -> None:
        self._write(activities.complete_activity, activity_id, done)

    def activities(
        self, customer: str | None = None, *, open_only: bool = False, due_by: dt.date | None = None
    ) -> list[Activity]:
        with self._read() as (s, co):
            return activities.activities(s, co.id, customer, open_only=open_only, due_by=due_by)

    def break_promises(self, as_of: dt.date) -> int:
        """Promises to pay dated before as_of become promise_broken; returns how many."""
        return self._write(lambda s, co: activities.break_promises(s, co.id, as_of))

    # --- interest notes (DOMAIN 5.5, 5.6) ---------------------------------------------------------
    def create_interest_notes(
        self,
        to_date: dt.date,
        *,
        from_date: dt.date | None = None,
        customers: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[InterestNote]:
        """Proposals, not posted (unposted notes of the customers are cancelled first). kinds: the
        transaction kinds that bear interest (default invoices)."""

        def run(s: Session, co: CompanyRow) -> list[InterestNote]:
            rows = interest_notes.create_notes(s, co, to_date, from_date=from_date, customers=customers, kinds=kinds)
            return [interest_notes.note_record(s, r) for r in rows]

        return self._write(run)

    def interest_notes(self, *, state: str | None = None, customer: str | None = None) -> list[InterestNote]:
        with self._read() as (s, co):
            return interest_notes.notes(s, co.id, state=state, customer=customer)

    def interest_note(self, number: str) -> InterestNote:
        with self._read() as (s, co):
            return interest_notes.note_record(s, interest_notes.find(s, co.id, number))

    def remove_interest_lines(self, number: str, numbers: Sequence[str]) -> InterestNote:
        def run(s: Session, co: CompanyRow) -> InterestNote:
            return interest_notes.note_record(s, interest_notes.remove_lines(s, co, number, numbers))

        return self._write(run)

    def cancel_interest_note(self, number: str) -> None:
        self._write(interest_notes.cancel_note, number)

    def post_interest_note(self, number: str, date: dt.date | None = None) -> Document:
        """Post a proposal; the Document (kind interest_note) has the note's number."""
        return self._posting(lambda s, co: transactions.document(s, interest_notes.post_note(s, co, number, date)))

    def waive_interest(self, number: str, date: dt.date) -> Document:
        """The credit (kind interest_waiver) that forgives what is open on the note, settled against it."""
        return self._posting(lambda s, co: transactions.document(s, interest_notes.waive(s, co, number, date)))

    def reinstate_interest(self, number: str, date: dt.date) -> Document:
        """The debit (kind interest_reinstated) that charges a waived note again."""
        return self._posting(lambda s, co: transactions.document(s, interest_notes.reinstate(s, co, number, date)))

    def reverse_interest(self, number: str, date: dt.date) -> Document:
        """The credit (kind interest_reversal) that takes the note back; recalculation charges again."""
        return self._posting(lambda s, co: transactions.document(s, interest_notes.reverse(s, co, number, date)))

    # --- collection letters (DOMAIN 5.4) ----------------------------------------------------------
    def create_collection_letters(
        self, letter_date: dt.date, *, customers: Sequence[str] | None = None
    ) -> list[Letter]:
        """Proposals as of letter_date (unposted letters of the customers are cancelled first)."""

        def run(s: Session, co: CompanyRow) -> list[Letter]:
            return letters.create_letters(s, co, letter_date, customers)

        return self._write(run)

    def collection_letters(self, *, state: str | None = None, customer: str | None = None) -> list[Letter]:
        with self._read() as (s, co):
            return letters.letters(s, co.id, state=state, customer=customer)

    def collection_letter(self, number: str) -> Letter:
        with self._read() as (s, co):
            return letters.letter_record(s, letters.find(s, co.id, number))

    def edit_collection_letter(
        self, number: str, *, fee: Decimal | None = None, remove: Sequence[str] | None = None
    ) -> Letter:
        """Change an unposted letter's fee or take transactions off it."""

        def run(s: Session, co: CompanyRow) -> Letter:
            return letters.letter_record(s, letters.edit_letter(s, co, number, fee=fee, remove=remove))

        return self._write(run)

    def cancel_collection_letter(self, number: str) -> None:
        self._write(letters.cancel_letter, number)

    def post_collection_letter(self, number: str, date: dt.date | None = None) -> Document | None:
        """Post a letter; returns its fee (kind fee, the letter's number) or None without a fee."""

        def run(s: Session, co: CompanyRow) -> Document | None:
            fee = letters.post_letter(s, co, number, date)
            return None if fee is None else transactions.document(s, fee)

        return self._posting(run)

    def reverse_collection_letter(self, number: str, date: dt.date) -> None:
        """Reverse the fee, lift the block, put the items back on the step they had."""
        self._write(letters.reverse_letter, number, date)

    def waive_fee(self, number: str, date: dt.date) -> Document:
        """The credit (kind fee_waiver) that forgives what is open on a collection fee (DOMAIN 5.6)."""
        return self._posting(lambda s, co: transactions.document(s, letters.waive_fee(s, co, number, date)))

    def customer_letter_step(self, customer: str) -> tuple[int, dt.date | None]:
        """Letters per customer: the step the customer has reached and the last letter's date."""
        with self._read() as (s, co):
            row = lookup.by_code(s, Customer, co.id, customer, "customer")
            return row.letter_step, row.letter_date

    # --- printing (DOMAIN 5.4, 5.5) ---------------------------------------------------------------
    def print_collection_letter(self, number: str, path: str | os.PathLike[str], *, mark_printed: bool = True) -> None:
        """The letter as a PDF in the customer's language; marks it printed (DOMAIN 5.4)."""
        from ardesk.reports.letter import render_collection_letter  # ReportLab loads only when printing

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = collection_printing.gather_letter(s, co.id, number)
        render_collection_letter(doc, target)
        if mark_printed:
            self._write(letters.mark_printed, number)

    def print_interest_note(self, number: str, path: str | os.PathLike[str], *, mark_printed: bool = True) -> None:
        """The interest note as a PDF (a proposal prints as a draft); marks it printed."""
        from ardesk.reports.interest_note import render_interest_note

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = collection_printing.gather_interest_note(s, co.id, number)
        render_interest_note(doc, target)
        if mark_printed:
            self._write(interest_notes.mark_printed, number)
