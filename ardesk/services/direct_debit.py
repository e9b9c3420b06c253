"""SEPA direct debit runs (DOMAIN 7.5): choose what to collect, post the collections as payments, write pain.008.

Selection: every open invoice due by the collection date whose method of payment (the invoice's, else the
customer's) collects by direct debit. Each one is collected, or excluded with the reason, never skipped
silently: not in EUR, no usable mandate (none, not signed, cancelled, expired, completed, signed after the
collection date), B2B for a consumer, marked in a payment journal, returned before (unless asked), the
mandate's expected number of collections reached, or a name or number a SEPA file cannot carry.

Choices (ARDESK):
- One collection per invoice, end-to-end id = the invoice number; of a customer's usable mandates the most
  recently signed one is used. The amount is what a payment marking the invoice settles on the collection
  date (the open balance, net of a cash discount still available then).
- Creating the file posts the collections at once as payments dated the collection date (Dr the method of
  payment's bank account / Cr receivable, invoices settled): the bank credits the total on that date.
  A rejection or return reopens the invoice (services.direct_debit_returns).
- Sequence types per mandate in due-date order (mandate_rules.next_sequence): a run with two invoices under
  a new mandate sends FRST then RCUR.
- Pre-notification (DOMAIN 7.4): the invoice carries it, so its date must lie prenotification_days (company
  parameter, default 14) before the collection; a shorter notice is a warning in the run, not an exclusion,
  as debtor and creditor may have agreed a shorter period.
- Lead time: when the preparation day is given, the collection date must be at least one TARGET2 business
  day later (D-1, 2016 rulebook). A collection date on a weekend is left to the bank (it moves it on).
- The creditor identifier's structure is checked when it is set; check digits that do not match are a
  warning here (API.md's own example NL98ZZZ999999999999 has such digits; the bank assigns the id).
- No transactions: nothing is written, the run says why each invoice was excluded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ardesk.errors import ValidationError
from ardesk.models import (
    Company,
    Customer,
    CustomerTransaction,
    DirectDebitCollection,
    DirectDebitRun,
    Invoice,
    JournalMark,
    Mandate,
    MethodOfPayment,
)
from ardesk.services import audit, lookup, payment_batch, periods
from ardesk.services.bank import normalize_bic
from ardesk.services.definitions import is_open
from ardesk.services.payment_batch import PaymentLine
from ardesk.services.posting import next_number
from ardesk.services.sepa.charset import sepa_id, sepa_name
from ardesk.services.sepa.ids import creditor_identifier
from ardesk.services.sepa.mandate_rules import STATUS_TERMS, earliest_collection, expiry_date, next_sequence, status_on
from ardesk.services.sepa.pain008 import Collection, Creditor, direct_debit_file
from ardesk.services.settlement_engine import Mark
from ardesk.services.text import a_date, file_to_write, term

#: API.md names the versions in full; the writer by their last part.
VERSIONS = {"pain.008.001.02": "001.02", "pain.008.001.08": "001.08", "001.02": "001.02", "001.08": "001.08"}


class Reason(str):
    """Why an invoice was excluded, in English (str); error: the message that says it in the user's language
    (None for a run read back later, whose reasons are kept in English)."""

    error: ValidationError | None

    def __new__(cls, text: str, error: ValidationError | None = None) -> Reason:
        reason = super().__new__(cls, text)
        reason.error = error
        return reason

    @classmethod
    def of(cls, error: ValidationError) -> Reason:
        return cls(error.message, error)


@dataclass(frozen=True)
class Exclusion:
    """An invoice left out of a run and why; unpacks as (invoice, reason) like API.md's tuples."""

    invoice: str
    reason: Reason
    customer: str = ""

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.invoice, self.reason))


@dataclass(frozen=True)
class DirectDebitTransaction:
    invoice: str
    customer: str
    mandate: str
    sequence_type: str
    amount: Decimal
    end_to_end_id: str
    customer_name: str = ""
    payment: str | None = None  # the payment transaction that settled the invoice (None in a preview)
    status: str = "collected"  # collected | rejected | returned
    return_reason: str = ""


@dataclass(frozen=True)
class DirectDebitRunInfo:
    """A direct debit run (API.md DirectDebitRun): its file's message id, what it collected and what not."""

    number: str
    message_id: str
    version: str
    collection_date: dt.date
    transactions: list[DirectDebitTransaction]
    total: Decimal
    excluded: list[Exclusion]
    warnings: list[Reason]
    path: str = ""
    prepared_on: dt.date | None = None

    @property
    def count(self) -> int:
        return len(self.transactions)


@dataclass
class _Candidate:
    txn: CustomerTransaction
    customer: Customer
    mop: MethodOfPayment
    mandate: Mandate
    sequence: str = ""


def _exclude(out: list[Exclusion], txn: CustomerTransaction, cust: Customer, why: ValidationError) -> None:
    out.append(Exclusion(txn.number, Reason.of(why), cust.account))


def _mandates(s: Session, company: Company, customer_ids: set[int]) -> dict[int, list[Mandate]]:
    found: dict[int, list[Mandate]] = {}
    for chunk in lookup.chunks(sorted(customer_ids)):
        for m in s.scalars(
            select(Mandate)
            .where(Mandate.company_id == company.id, Mandate.customer_id.in_(chunk))
            .order_by(Mandate.signed_on.desc(), Mandate.id.desc())
            .with_for_update()
        ):
            found.setdefault(m.customer_id, []).append(m)
    return found


def _why_unusable(m: Mandate, cust: Customer, day: dt.date) -> ValidationError | None:
    status = status_on(m.status, m.signed_on, m.last_collection, day)
    if status == "new":
        return ValidationError("invoice", "mandate {reference} is not signed yet", reference=m.reference)
    if status == "expired":
        return ValidationError(
            "invoice",
            "mandate {reference} expired on {date} (36 months without a collection)",
            reference=m.reference,
            date=m.ended_on or expiry_date(m.signed_on, m.last_collection),
        )
    if status in ("cancelled", "completed"):
        return ValidationError(
            "invoice", "mandate {reference} is {status}", reference=m.reference, status=term(STATUS_TERMS, status)
        )
    if m.signed_on is not None and m.signed_on > day:
        return ValidationError(
            "invoice",
            "mandate {reference} is signed on {signed}, after the collection date",
            reference=m.reference,
            signed=m.signed_on,
        )
    if m.scheme == "B2B" and cust.consumer:
        return ValidationError(
            "invoice",
            "mandate {reference} is B2B but customer {account} is a consumer",
            reference=m.reference,
            account=cust.account,
        )
    return None


def _open_debits(
    s: Session, company: Company, day: dt.date
) -> list[tuple[CustomerTransaction, Customer, MethodOfPayment]]:
    """Open invoices due by the day whose method of payment (the invoice's, else the customer's) is direct debit."""
    inv_mop, cust_mop = aliased(MethodOfPayment), aliased(MethodOfPayment)
    rows = s.execute(
        select(CustomerTransaction, Customer, inv_mop, cust_mop)
        .join(Customer, Customer.id == CustomerTransaction.customer_id)
        .outerjoin(Invoice, Invoice.transaction_id == CustomerTransaction.id)
        .outerjoin(inv_mop, inv_mop.id == Invoice.method_of_payment_id)
        .outerjoin(cust_mop, cust_mop.id == Customer.method_of_payment_id)
        .where(
            CustomerTransaction.company_id == company.id,
            CustomerTransaction.kind == "invoice",
            is_open(),
            CustomerTransaction.balance > 0,
            func.coalesce(CustomerTransaction.due_date, CustomerTransaction.date) <= day,
        )
        .order_by(Customer.account, CustomerTransaction.due_date, CustomerTransaction.date, CustomerTransaction.id)
    )
    out = []
    for txn, cust, im, cm in rows:
        mop = im if im is not None else cm
        if mop is not None and mop.direct_debit:
            out.append((txn, cust, mop))
    return out


def _returned(s: Session, company: Company, ids: list[int]) -> dict[int, DirectDebitCollection]:
    found: dict[int, DirectDebitCollection] = {}
    for chunk in lookup.chunks(ids):
        for c in s.scalars(
            select(DirectDebitCollection)
            .where(
                DirectDebitCollection.company_id == company.id,
                DirectDebitCollection.invoice_id.in_(chunk),
                DirectDebitCollection.status != "collected",
            )
            .order_by(DirectDebitCollection.id)
        ):
            found[c.invoice_id] = c
    return found


def _marked(s: Session, company: Company, ids: list[int]) -> set[int]:
    marked: set[int] = set()
    for chunk in lookup.chunks(ids):
        marked.update(
            s.scalars(
                select(JournalMark.transaction_id).where(
                    JournalMark.company_id == company.id, JournalMark.transaction_id.in_(chunk)
                )
            )
        )
    return marked


def _choose(
    s: Session, company: Company, day: dt.date, include_returned: bool
) -> tuple[list[_Candidate], list[Exclusion]]:
    """What the run collects, with sequence types, and what it leaves out and why."""
    debits = _open_debits(s, company, day)
    excluded: list[Exclusion] = []
    ids = [t.id for t, _, _ in debits]
    mandates = _mandates(s, company, {c.id for _, c, _ in debits})
    returned = {} if include_returned else _returned(s, company, ids)
    marked = _marked(s, company, ids)
    chosen: list[_Candidate] = []
    uses: dict[int, int] = {}  # mandate id -> collections this run already gives it
    for txn, cust, mop in debits:
        if txn.currency != "EUR":
            _exclude(
                excluded,
                txn,
                cust,
                ValidationError("invoice", "in {currency}; SEPA direct debits are in EUR", currency=txn.currency),
            )
            continue
        if txn.id in marked:
            _exclude(excluded, txn, cust, ValidationError("invoice", "marked for settlement in a payment journal"))
            continue
        if txn.id in returned:
            r = returned[txn.id]
            _exclude(
                excluded,
                txn,
                cust,
                ValidationError(
                    "invoice",
                    "its direct debit was {status} on {date} ({reason}); include returned invoices to collect it again",
                    status=term(STATUS_TERMS, r.status),
                    date=r.returned_on,
                    reason=r.return_reason,
                ),
            )
            continue
        own = mandates.get(cust.id, [])
        if not own:
            _exclude(
                excluded,
                txn,
                cust,
                ValidationError("invoice", "customer {account} has no direct debit mandate", account=cust.account),
            )
            continue
        usable = [m for m in own if _why_unusable(m, cust, day) is None]
        if not usable:
            _exclude(excluded, txn, cust, _why_unusable(own[0], cust, day))  # type: ignore[arg-type]
            continue
        m = usable[0]
        k = uses.get(m.id, 0)
        done = m.collections_done + k
        if (not m.recurring and done >= 1) or (m.expected_payments is not None and done >= m.expected_payments):
            _exclude(
                excluded,
                txn,
                cust,
                ValidationError("invoice", "mandate {reference} allows no more collections", reference=m.reference),
            )
            continue
        uses[m.id] = k + 1
        sequence = next_sequence(m.recurring, m.first_pending and k == 0, done, m.expected_payments)
        chosen.append(_Candidate(txn, cust, mop, m, sequence))
    return chosen, excluded


def _creditor(s: Session, company: Company, warnings: list[Reason]) -> Creditor:
    params = lookup.parameters(s, company.id)
    if not params.sepa_creditor_id:
        raise ValidationError(
            "sepa_creditor_id", "set the company's SEPA creditor identifier (incassant-ID) before collecting"
        )
    try:
        creditor_identifier(params.sepa_creditor_id, "sepa_creditor_id")
    except ValidationError:
        warnings.append(
            Reason.of(
                ValidationError(
                    "sepa_creditor_id",
                    "the creditor identifier {value} has check digits that do not match; the bank refuses the file"
                    " unless it issued this identifier",
                    value=params.sepa_creditor_id,
                )
            )
        )
    if not company.iban:
        raise ValidationError("iban", "company {code} has no IBAN to collect into", code=company.code)
    sepa_name(company.name, "name")
    return Creditor(
        company.name, company.iban, params.sepa_creditor_id, normalize_bic(company.bic, "bic") if company.bic else None
    )


def _warn_notice(s: Session, company: Company, chosen: list[_Candidate], day: dt.date, warnings: list[Reason]) -> None:
    days = lookup.parameters(s, company.id).prenotification_days
    for c in chosen:
        if days and c.txn.date + dt.timedelta(days=days) > day:
            warnings.append(
                Reason.of(
                    ValidationError(
                        "invoice",
                        "{number}: pre-notified on {date}, {count} days before the collection (agreed: {days})",
                        number=c.txn.number,
                        date=c.txn.date,
                        count=(day - c.txn.date).days,
                        days=days,
                    )
                )
            )


def _screen(chosen: list[_Candidate], excluded: list[Exclusion]) -> list[_Candidate]:
    """Leave out, with the reason, what a SEPA file cannot carry (checked before anything is posted)."""
    kept = []
    for c in chosen:
        try:
            sepa_id(c.txn.number, "invoice")
            sepa_name(c.customer.name, "name")
            if c.mandate.bic:
                normalize_bic(c.mandate.bic, "bic")
        except ValidationError as exc:
            excluded.append(Exclusion(c.txn.number, Reason.of(exc), c.customer.account))
            continue
        kept.append(c)
    return kept


def _version(value: object) -> str:
    if not isinstance(value, str) or value not in VERSIONS:
        raise ValidationError(
            "version", "{value!r} is not a pain.008 version ardesk writes (001.02 or 001.08)", value=value
        )
    return VERSIONS[value]


def run(
    s: Session,
    company: Company,
    collection_date: object,
    path: object,
    *,
    version: object = "pain.008.001.02",
    prepared_on: object = None,
    include_returned: object = False,
) -> DirectDebitRunInfo:
    """Collect what is due by the collection date: post the payments and write the pain.008 file to path
    (path None: a preview, which the caller rolls back)."""
    day = a_date(collection_date, "collection_date")
    writer_version = _version(version)
    target = None if path is None else file_to_write(path, "path")
    prepared = None if prepared_on is None else a_date(prepared_on, "prepared_on")
    if not isinstance(include_returned, bool):
        raise ValidationError("include_returned", "must be True or False")
    if prepared is not None and day < earliest_collection(prepared):
        raise ValidationError(
            "collection_date",
            "must be at least one TARGET2 business day after {date}: {earliest} at the earliest",
            date=prepared,
            earliest=earliest_collection(prepared),
        )
    warnings: list[Reason] = []
    creditor = _creditor(s, company, warnings)
    chosen, excluded = _choose(s, company, day, include_returned)
    chosen = _screen(chosen, excluded)
    if not chosen:
        return DirectDebitRunInfo("", "", f"pain.008.{writer_version}", day, [], Decimal("0.00"), excluded, warnings)
    number = next_number(s, company.id, "direct_debit_run")
    periods.check_open(s, company.id, day)
    _warn_notice(s, company, chosen, day, warnings)
    payments = payment_batch.post_many(
        s,
        company,
        [
            PaymentLine(c.customer.account, day, None, (Mark(c.txn.number),), c.mop.code, f"{number} {c.txn.number}")
            for c in chosen
        ],
    )
    collections = [
        Collection(
            end_to_end_id=c.txn.number,
            amount=-p.amount,
            collection_date=day,
            sequence_type=c.sequence,
            scheme=c.mandate.scheme,
            mandate_id=c.mandate.reference,
            mandate_signature_date=c.mandate.signed_on,  # type: ignore[arg-type]
            debtor_name=c.customer.name,
            debtor_iban=c.mandate.iban,
            debtor_bic=c.mandate.bic,
            remittance=f"{c.txn.number} {c.customer.account}",
            original_debtor_iban=c.mandate.original_iban,
        )
        for c, p in zip(chosen, payments, strict=True)
    ]
    sepa = direct_debit_file(writer_version, creditor, collections, prefix=company.code)
    row = DirectDebitRun(
        company_id=company.id,
        number=number,
        message_id=sepa.message_id,
        version=f"pain.008.{writer_version}",
        prepared_on=prepared or day,
        collection_date=day,
        count=sepa.count,
        total=sepa.total,
        file_name=str(target) if target else "",
        excluded="\n".join(f"{e.invoice}: {e.reason}" for e in excluded)[:20000],
    )
    s.add(row)
    s.flush()
    for c, p, col in zip(chosen, payments, collections, strict=True):
        s.add(
            DirectDebitCollection(
                company_id=company.id,
                run_id=row.id,
                mandate_id=c.mandate.id,
                invoice_id=c.txn.id,
                payment_id=p.id,
                end_to_end_id=col.end_to_end_id,
                sequence_type=c.sequence,
                amount=col.amount,
                status="collected",
                return_reason="",
            )
        )
        m = c.mandate
        m.collections_done += 1
        m.last_collection = day
        m.first_pending = False
        m.original_iban = None  # reported with this collection (AT-24)
        if c.sequence in ("FNAL", "OOFF"):
            m.status, m.ended_on, m.end_reason = "completed", day, f"{c.sequence} collected"
    s.flush()
    audit.record(s, company.id, "direct_debit_run", number, None, f"{sepa.message_id} {sepa.count} {sepa.total}")
    audit.record_many(s, company.id, [("direct_debit", c.txn.number, None, number) for c in chosen])
    if target is not None:
        sepa.write(target)
    return DirectDebitRunInfo(
        number=number,
        message_id=sepa.message_id,
        version=row.version,
        collection_date=day,
        transactions=[
            DirectDebitTransaction(
                invoice=c.txn.number,
                customer=c.customer.account,
                mandate=c.mandate.reference,
                sequence_type=c.sequence,
                amount=col.amount,
                end_to_end_id=col.end_to_end_id,
                customer_name=c.customer.name,
                payment=p.number,
            )
            for c, p, col in zip(chosen, payments, collections, strict=True)
        ],
        total=sepa.total,
        excluded=excluded,
        warnings=warnings,
        path=str(target) if target else "",
        prepared_on=prepared,
    )


def preview(
    s: Session,
    company: Company,
    collection_date: object,
    *,
    prepared_on: object = None,
    include_returned: object = False,
) -> DirectDebitRunInfo:
    """What run would collect and exclude, with amounts and sequence types; nothing is kept."""
    nested = s.begin_nested()
    try:
        result = run(s, company, collection_date, None, prepared_on=prepared_on, include_returned=include_returned)
    finally:
        nested.rollback()
    return DirectDebitRunInfo(
        number="",
        message_id="",
        version=result.version,
        collection_date=result.collection_date,
        transactions=[DirectDebitTransaction(**{**t.__dict__, "payment": None}) for t in result.transactions],
        total=result.total,
        excluded=result.excluded,
        warnings=result.warnings,
        prepared_on=result.prepared_on,
    )


def runs(s: Session, company: Company) -> list[DirectDebitRunInfo]:
    """The runs, newest first, with their transactions and what became of them."""
    out = []
    for row in s.scalars(
        select(DirectDebitRun).where(DirectDebitRun.company_id == company.id).order_by(DirectDebitRun.id.desc())
    ):
        out.append(run_info(s, row))
    return out


def run_info(s: Session, row: DirectDebitRun) -> DirectDebitRunInfo:
    inv, pay = aliased(CustomerTransaction), aliased(CustomerTransaction)
    rows = s.execute(
        select(DirectDebitCollection, inv.number, pay.number, Customer.account, Customer.name, Mandate.reference)
        .join(inv, inv.id == DirectDebitCollection.invoice_id)
        .join(pay, pay.id == DirectDebitCollection.payment_id)
        .join(Customer, Customer.id == inv.customer_id)
        .join(Mandate, Mandate.id == DirectDebitCollection.mandate_id)
        .where(DirectDebitCollection.run_id == row.id)
        .order_by(DirectDebitCollection.id)
    )
    transactions = [
        DirectDebitTransaction(
            invoice=i,
            customer=acc,
            mandate=ref,
            sequence_type=c.sequence_type,
            amount=c.amount,
            end_to_end_id=c.end_to_end_id,
            customer_name=name,
            payment=p,
            status=c.status,
            return_reason=c.return_reason,
        )
        for c, i, p, acc, name, ref in rows
    ]
    excluded = [
        Exclusion(line.split(": ", 1)[0], Reason(line.split(": ", 1)[1]))
        for line in row.excluded.splitlines()
        if ": " in line
    ]
    return DirectDebitRunInfo(
        number=row.number,
        message_id=row.message_id,
        version=row.version,
        collection_date=row.collection_date,
        transactions=transactions,
        total=row.total,
        excluded=excluded,
        warnings=[],
        path=row.file_name,
        prepared_on=row.prepared_on,
    )
