"""SEPA direct debit mandates (DOMAIN 7.3): create, sign, amend the account, cancel, expire, and read.

Choices (ARDESK): a mandate is signed when its signature date is entered (at creation or later with
sign); a recurring mandate may state how many collections it expects (at least two: a single collection is
a one-off mandate); an amendment keeps the reference and reports the old IBAN with the next collection
(EPC AT-24), after which it is cleared; a move to another bank makes the next collection FRST. Status
changes are kept in the audit trail under the mandate's reference."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from schwifty import IBAN
from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.errors import NotFoundError, ValidationError
from ardesk.models import Company, Customer
from ardesk.models import Mandate as MandateRow
from ardesk.services import audit, lookup
from ardesk.services.bank import normalize_bic, normalize_iban, same_bank
from ardesk.services.posting import next_number
from ardesk.services.sepa.charset import sepa_id
from ardesk.services.sepa.mandate_rules import ENDED, STATUS_TERMS, STATUSES, expiry_date, next_sequence, status_on
from ardesk.services.text import a_date, name_text, term

SCHEMES = ("CORE", "COR1", "B2B")


@dataclass(frozen=True)
class Mandate:
    """A mandate as the API shows it; status and next_sequence_type as of the day asked (default: today's
    stored state)."""

    reference: str
    customer: str
    customer_name: str
    iban: str
    bic: str | None
    scheme: str
    recurring: bool
    expected_payments: int | None
    signed_on: dt.date | None
    signed_at: str
    status: str
    collections_done: int
    last_collection: dt.date | None
    expiry_date: dt.date | None
    next_sequence_type: str
    original_iban: str | None
    amended_on: dt.date | None
    ended_on: dt.date | None
    end_reason: str


def record(row: MandateRow, customer: Customer, day: dt.date | None = None) -> Mandate:
    status = row.status if day is None else status_on(row.status, row.signed_on, row.last_collection, day)
    return Mandate(
        reference=row.reference,
        customer=customer.account,
        customer_name=customer.name,
        iban=row.iban,
        bic=row.bic,
        scheme=row.scheme,
        recurring=row.recurring,
        expected_payments=row.expected_payments,
        signed_on=row.signed_on,
        signed_at=row.signed_at,
        status=status,
        collections_done=row.collections_done,
        last_collection=row.last_collection,
        expiry_date=expiry_date(row.signed_on, row.last_collection),
        next_sequence_type=next_sequence(row.recurring, row.first_pending, row.collections_done, row.expected_payments),
        original_iban=row.original_iban,
        amended_on=row.amended_on,
        ended_on=row.ended_on,
        end_reason=row.end_reason,
    )


def sepa_iban(value: object, field: str) -> str:
    """An IBAN (bank.normalize_iban) of a bank in the SEPA zone: a direct debit cannot reach any other."""
    iban = normalize_iban(value, field)
    if not IBAN(iban).in_sepa_zone:
        raise ValidationError(
            field, "{value!r} is an account outside the SEPA zone ({country})", value=value, country=iban[:2]
        )
    return iban


def _scheme(value: object, customer: Customer) -> str:
    if not isinstance(value, str) or value.upper() not in SCHEMES:
        raise ValidationError("scheme", "{value!r} is not a direct debit scheme (CORE, B2B or COR1)", value=value)
    scheme = value.upper()
    if scheme == "B2B" and customer.consumer:  # DOMAIN 7.1: B2B is not allowed for consumers
        raise ValidationError(
            "scheme", "customer {account} is a consumer; B2B mandates are for businesses only", account=customer.account
        )
    return scheme


def _flag(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "must be True or False")
    return value


def _expected(value: object, recurring: bool) -> int | None:
    if value is None:
        return None
    if not recurring:
        raise ValidationError("expected_payments", "a one-off mandate is used for one collection")
    if not isinstance(value, int) or isinstance(value, bool) or not 2 <= value <= 9999:
        raise ValidationError(
            "expected_payments", "must be a whole number from {low} to {high}, got {v!r}", low=2, high=9999, v=value
        )
    return value


def _signed(signed_on: object, created_on: dt.date | None) -> dt.date | None:
    if signed_on is None:
        return None
    day = a_date(signed_on, "signed_on")
    if created_on is not None and day < created_on:
        raise ValidationError("signed_on", "must not be before {date}", date=created_on)
    return day


def create(
    s: Session,
    company: Company,
    customer: object,
    *,
    iban: object,
    signed_on: object,
    scheme: object = "CORE",
    recurring: object = True,
    reference: object = None,
    bic: object = None,
    signed_at: object = "",
    expected_payments: object = None,
) -> MandateRow:
    """A new mandate of the customer; active at once when signed_on is given, else new (to be signed)."""
    cust = lookup.by_code(s, Customer, company.id, customer, "customer")
    checked_iban = sepa_iban(iban, "iban")
    checked_bic = None if bic in (None, "") else normalize_bic(bic, "bic")
    checked_scheme = _scheme(scheme, cust)
    is_recurring = _flag(recurring, "recurring")
    expected = _expected(expected_payments, is_recurring)
    day = _signed(signed_on, None)
    place = name_text(signed_at or "", "signed_at", max_len=100, required=False) or ""
    if reference is None or reference == "":
        ref = next_number(s, company.id, "mandate")
    else:
        ref = sepa_id(reference, "reference")
    if s.scalar(select(MandateRow.id).where(MandateRow.company_id == company.id, MandateRow.reference == ref)):
        raise ValidationError("reference", "mandate {reference} exists already", reference=ref)
    row = MandateRow(
        company_id=company.id,
        reference=ref,
        customer_id=cust.id,
        iban=checked_iban,
        bic=checked_bic,
        scheme=checked_scheme,
        recurring=is_recurring,
        expected_payments=expected,
        created_on=day,
        signed_on=day,
        signed_at=place,
        status="active" if day is not None else "new",
        collections_done=0,
        first_pending=True,
        end_reason="",
    )
    s.add(row)
    s.flush()
    audit.record(s, company.id, "create_mandate", ref, None, f"{cust.account} {checked_scheme} {row.status}")
    return row


def find(s: Session, company: Company, reference: object, *, lock: bool = False) -> MandateRow:
    ref = lookup.code_text(reference, "reference", max_len=35)
    stmt = select(MandateRow).where(MandateRow.company_id == company.id, MandateRow.reference == ref)
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise NotFoundError("reference", "there is no mandate {reference!r}", reference=ref)
    return row


def _usable(row: MandateRow, day: dt.date, field: str = "reference") -> None:
    """Refuse a change to a mandate that can no longer be used (DOMAIN 7.3: a new mandate is needed)."""
    status = status_on(row.status, row.signed_on, row.last_collection, day)
    if status in ENDED:
        raise ValidationError(
            field,
            "mandate {reference} is {status}; a new mandate is needed",
            reference=row.reference,
            status=term(STATUS_TERMS, status),
        )


def sign(s: Session, company: Company, reference: object, signed_on: object, signed_at: object = "") -> MandateRow:
    """Enter the signature (New -> Active)."""
    row = find(s, company, reference, lock=True)
    if row.status != "new":
        raise ValidationError(
            "reference",
            "mandate {reference} is {status}, not waiting for a signature",
            reference=row.reference,
            status=term(STATUS_TERMS, row.status),
        )
    row.signed_on = _signed(signed_on, None)
    row.created_on = row.created_on or row.signed_on
    if signed_at:
        row.signed_at = name_text(signed_at, "signed_at", max_len=100)
    row.status = "active"
    audit.record(s, company.id, "sign_mandate", row.reference, None, f"signed {row.signed_on}")
    return row


def amend(
    s: Session, company: Company, reference: object, date: object, iban: object, bic: object = None
) -> MandateRow:
    """The debtor's new account under the same mandate (DOMAIN 7.3 amendment, EPC AT-24): the next collection
    reports the account the bank knew; a move to another bank makes it a first collection again."""
    day = a_date(date, "date")
    row = find(s, company, reference, lock=True)
    _usable(row, day)
    new_iban = sepa_iban(iban, "iban")
    new_bic = None if bic in (None, "") else normalize_bic(bic, "bic")
    if new_iban == row.iban and new_bic == row.bic:
        raise ValidationError("iban", "the mandate already collects from {iban}", iban=new_iban)
    if new_iban != row.iban:
        if row.original_iban is None and row.collections_done > 0:
            row.original_iban = row.iban  # the account the debtor's bank knows the mandate by
        if not same_bank(row.iban, new_iban):
            row.first_pending = True  # SMNDA: the new bank has not seen this mandate
    audit.record(s, company.id, "amend_mandate", row.reference, None, f"{row.iban} -> {new_iban}")
    row.iban, row.bic, row.amended_on = new_iban, new_bic, day
    return row


def cancel(s: Session, company: Company, reference: object, date: object, reason: object = "") -> MandateRow:
    """The debtor revoked the mandate, or the user ends it: it can no longer be used (DOMAIN 7.3)."""
    day = a_date(date, "date")
    row = find(s, company, reference, lock=True)
    if row.status in ENDED:
        raise ValidationError(
            "reference",
            "mandate {reference} is {status} already",
            reference=row.reference,
            status=term(STATUS_TERMS, row.status),
        )
    row.status, row.ended_on = "cancelled", day
    row.end_reason = name_text(reason or "", "reason", max_len=200, required=False) or ""
    audit.record(s, company.id, "cancel_mandate", row.reference, None, row.end_reason)
    return row


def expire(s: Session, company: Company, date: object) -> list[str]:
    """Mark the active mandates whose 36 months without a collection have passed on `date` as expired
    (DOMAIN 7.3: checked at proposal time and on request); returns their references."""
    day = a_date(date, "date")
    done: list[str] = []
    for row in s.scalars(
        select(MandateRow)
        .where(MandateRow.company_id == company.id, MandateRow.status == "active")
        .order_by(MandateRow.reference)
        .with_for_update()
    ):
        if status_on(row.status, row.signed_on, row.last_collection, day) == "expired":
            row.status, row.ended_on = "expired", expiry_date(row.signed_on, row.last_collection)
            row.end_reason = "36 months without a collection"
            done.append(row.reference)
    audit.record_many(s, company.id, [("expire_mandate", ref, None, str(day)) for ref in done])
    return done


def read(s: Session, company: Company, reference: object, day: dt.date | None = None) -> Mandate:
    row = find(s, company, reference)
    return record(row, s.get(Customer, row.customer_id), day)


def listing(
    s: Session, company: Company, *, customer: object = None, status: object = None, as_of: object = None
) -> list[Mandate]:
    """The mandates, by customer then reference; status (as of as_of when given) filters."""
    day = None if as_of is None else a_date(as_of, "as_of")
    if status is not None and status not in STATUSES:
        raise ValidationError("status", "must be one of {choices}", choices=", ".join(STATUSES))
    stmt = (
        select(MandateRow, Customer)
        .join(Customer, Customer.id == MandateRow.customer_id)
        .where(MandateRow.company_id == company.id)
        .order_by(Customer.account, MandateRow.reference)
    )
    if customer is not None:
        stmt = stmt.where(Customer.id == lookup.by_code(s, Customer, company.id, customer, "customer").id)
    rows = [record(m, c, day) for m, c in s.execute(stmt)]
    return rows if status is None else [r for r in rows if r.status == status]
