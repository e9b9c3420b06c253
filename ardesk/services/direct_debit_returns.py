"""Direct debits that came back (DOMAIN 7.1, 4.10): rejects before settlement and returns after it.

Each one reverses the payment its run posted, so the invoice is open again, and charges the customer the
fee (Dr receivable / Cr fee income), the one given or else the bank's charge the file names. A reject
(pain.002) means the collection never happened: the mandate's count and last collection are put back, a
rejected first collection makes the next one FRST again, and a rejected final or one-off collection makes
the mandate usable again (EPC rulebook). A return after settlement (camt.054, or a refund the debtor asked
for) leaves the mandate as it is. What the file names but the books do not know, or knows as returned
already, is reported, not refused, so importing the same file twice changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import Company, CustomerTransaction, DirectDebitCollection, DirectDebitRun, Mandate
from ardesk.money import money
from ardesk.services import audit, payments
from ardesk.services.bank_files import read_bytes
from ardesk.services.direct_debit import Reason
from ardesk.services.sepa import returns_file
from ardesk.services.sepa.mandate_rules import STATUS_TERMS
from ardesk.services.sepa.returns_file import ReturnedCollection, reason_text
from ardesk.services.text import a_date, term


@dataclass(frozen=True)
class ReturnedDebit:
    """A collection undone: the invoice open again, the payment reversed, the fee charged (or None)."""

    invoice: str
    end_to_end_id: str
    kind: str  # rejected | returned
    reason: str
    reason_text: str
    amount: Decimal
    payment: str
    fee: Decimal | None
    fee_transaction: str | None
    run: str


@dataclass(frozen=True)
class ReturnImport:
    """What an import of the bank's answer did: returned, and (end-to-end id, why) of what it left alone (the
    reason is English text with .error, the message in the user's language)."""

    returned: list[ReturnedDebit]
    unknown: list[tuple[str, Reason]]

    @property
    def count(self) -> int:
        return len(self.returned)


def _collection(
    s: Session, company: Company, item: ReturnedCollection
) -> tuple[DirectDebitCollection | None, ValidationError | None]:
    rows = s.execute(
        select(DirectDebitCollection, DirectDebitRun.message_id)
        .join(DirectDebitRun, DirectDebitRun.id == DirectDebitCollection.run_id)
        .where(
            DirectDebitCollection.company_id == company.id,
            DirectDebitCollection.end_to_end_id == item.end_to_end_id,
        )
        .order_by(DirectDebitCollection.id.desc())
        .with_for_update()
    ).all()
    if item.original_message_id:
        same = [r for r in rows if r[1] == item.original_message_id]
        rows = same or rows
    field = "end_to_end_id"
    if not rows:
        return None, ValidationError(
            field, "no direct debit was collected with the end-to-end id {text}", text=item.end_to_end_id
        )
    row = rows[0][0]
    if row.status != "collected":
        return None, ValidationError(
            field,
            "the direct debit {text} was {status} already on {date}",
            text=item.end_to_end_id,
            status=term(STATUS_TERMS, row.status),
            date=row.returned_on,
        )
    if item.amount is not None and item.amount != row.amount:
        return None, ValidationError(
            field,
            "the file returns {amount} for {text}, but {collected} was collected",
            amount=item.amount,
            text=item.end_to_end_id,
            collected=row.amount,
        )
    return row, None


def _undo_count(s: Session, row: DirectDebitCollection) -> None:
    """A rejected collection never happened: the mandate is as if it was not sent (EPC rulebook)."""
    m = s.get(Mandate, row.mandate_id, with_for_update=True)
    m.collections_done = max(0, m.collections_done - 1)
    m.last_collection = s.scalar(
        select(DirectDebitRun.collection_date)
        .join(DirectDebitCollection, DirectDebitCollection.run_id == DirectDebitRun.id)
        .where(
            DirectDebitCollection.mandate_id == m.id,
            DirectDebitCollection.status == "collected",
            DirectDebitCollection.id != row.id,
        )
        .order_by(DirectDebitRun.collection_date.desc())
        .limit(1)
    )
    if row.sequence_type == "FRST" or m.collections_done == 0:
        m.first_pending = True
    if row.sequence_type in ("FNAL", "OOFF") and m.status == "completed":
        m.status, m.ended_on, m.end_reason = "active", None, ""


def apply(
    s: Session, company: Company, items: Sequence[ReturnedCollection], date: object, fee: object = None
) -> ReturnImport:
    """Undo the collections the bank sent back, all or nothing; fee: charged per returned debit (None: the
    bank's charge in the file, if any; 0: none)."""
    day = a_date(date, "date")
    fixed = None if fee is None else money(fee, "fee", currency="EUR", positive=True)
    done: list[ReturnedDebit] = []
    unknown: list[tuple[str, Reason]] = []
    seen: set[str] = set()
    for item in items:
        if item.end_to_end_id in seen:
            unknown.append((item.end_to_end_id, Reason.of(ValidationError("end_to_end_id", "named twice in the file"))))
            continue
        seen.add(item.end_to_end_id)
        row, why = _collection(s, company, item)
        if row is None:
            unknown.append((item.end_to_end_id, Reason.of(why)))  # type: ignore[arg-type]
            continue
        payment = s.get(CustomerTransaction, row.payment_id)
        invoice = s.get(CustomerTransaction, row.invoice_id)
        charge = fixed if fixed is not None else item.charge
        if charge is not None and charge == 0:
            charge = None
        # A reject (pain.002) usually arrives before the collection date: the collection never happened, so its
        # payment is reversed on the collection date itself. A return comes after settlement, never before it.
        when = max(day, payment.date) if item.kind == "rejected" else day
        if when < payment.date:
            raise ValidationError(
                "date",
                "must not be before the collection date {date} of {number}",
                date=payment.date,
                number=invoice.number,
            )
        fee_txn = payments.nsf(s, company, payment.number, when, charge)
        row.status, row.returned_on, row.return_reason, row.return_fee = item.kind, when, item.reason, charge
        if item.kind == "rejected":
            _undo_count(s, row)
        run = s.get(DirectDebitRun, row.run_id)
        done.append(
            ReturnedDebit(
                invoice=invoice.number,
                end_to_end_id=row.end_to_end_id,
                kind=item.kind,
                reason=item.reason,
                reason_text=reason_text(item.reason),
                amount=row.amount,
                payment=payment.number,
                fee=charge,
                fee_transaction=fee_txn.number if fee_txn is not None else None,
                run=run.number,
            )
        )
    audit.record_many(
        s, company.id, [(f"direct_debit_{r.kind}", r.invoice, None, f"{r.reason} {r.run}".strip()) for r in done]
    )
    return ReturnImport(done, unknown)


def import_file(s: Session, company: Company, path: object, date: object, fee: object = None) -> ReturnImport:
    """Read a pain.002 or camt.054 file and undo what it rejects or returns."""
    if not isinstance(path, str | bytes) and not hasattr(path, "__fspath__"):
        raise ValidationError("path", "must be a file path")
    a_date(date, "date")
    return apply(s, company, returns_file.parse(read_bytes(path)), date, fee)  # type: ignore[arg-type]


REASON_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def return_one(
    s: Session,
    company: Company,
    end_to_end_id: object,
    date: object,
    *,
    reason: object = "MS03",
    fee: object = None,
    rejected: object = False,
) -> ReturnedDebit:
    """One collection the bank sent back, entered by hand (a letter or a statement line)."""
    if not isinstance(end_to_end_id, str) or not end_to_end_id.strip():
        raise ValidationError("end_to_end_id", "must not be empty")
    if not isinstance(reason, str) or len(reason) != 4 or not set(reason) <= REASON_CODE_CHARS:
        raise ValidationError(
            "reason", "{value!r} is not a reason code (four letters or digits, like AM04)", value=reason
        )
    if not isinstance(rejected, bool):
        raise ValidationError("rejected", "must be True or False")
    item = ReturnedCollection(end_to_end_id.strip(), reason, "rejected" if rejected else "returned")
    result = apply(s, company, [item], date, fee)
    if not result.returned:
        raise result.unknown[0][1].error  # type: ignore[misc]
    return result.returned[0]
