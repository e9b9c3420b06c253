"""Bank statement import (issue 10): a CAMT.053 or MT940 file becomes an unposted payment journal of proposals.

The rules, in one place:

* The file is read and checked in full (services.bank_files) before anything is written; a malformed
  file is refused naming what is wrong, and nothing is written.
* A statement is imported once: refused when the same file (SHA-256 of its bytes) was imported before,
  when the bank's statement id was already imported for the account, or when its dates overlap a
  statement imported for the same account (an overlapping download would pay invoices twice). ARDESK
  choice: the statement's account need not be the company's IBAN (a company may bank at several
  banks); the review shows it.
* Credits are matched to open invoices (services.statement_matching: structured payment reference,
  invoice numbers in the text, the payer's IBAN and the amount, with cash discounts and the settlement
  tolerances). Open items already marked on another unposted journal line are left out: one marking
  per open transaction at a time (DOMAIN 11.1 rule 5).
* Each credit with a customer becomes one journal line of the booking date and amount, its invoices
  marked (an invoice the amount pays in full is marked without an amount, so the settlement engine takes
  the discount the date allows; a partial one with the amount applied). A customer found without
  invoices gets a line without marks (money on account, DOMAIN 4.3 unapplied credit).
* Debits and credits nobody was found for get no journal line; they stay on the statement for the
  bookkeeper to assign (assign_line) or leave (bank costs are booked in the general ledger).
* Every entry keeps its confidence (0-100) and reason; the bookkeeper reviews, removes or assigns
  lines, and posts the journal with the usual payment journal posting (all or nothing).
* The journal lines and marks are written in bulk (a 10,000-line statement is a handful of INSERTs);
  what the matcher proposes is open, unmarked and of the customer by construction, and the posting
  checks it all again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.orm import Session

from ardesk.errors import ValidationError
from ardesk.models import (
    BankStatement,
    BankStatementLine,
    Company,
    Customer,
    CustomerTransaction,
    DiscountScheduleRow,
    JournalMark,
    MethodOfPayment,
    PaymentJournal,
    PaymentJournalLine,
    Settlement,
)
from ardesk.models.base import table
from ardesk.services import bank_files, definitions, journals, lookup
from ardesk.services.bank_files.records import BankEntry
from ardesk.services.bank_files.records import BankStatement as StatementFile
from ardesk.services.currency import exchange_rate
from ardesk.services.settlement_engine import Mark
from ardesk.services.statement_matching import Match, OpenItem, Tolerance, match_entries

CT = CustomerTransaction
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class StatementInfo:
    """An imported statement: which account and days, and the payment journal it became."""

    format: str
    statement_id: str
    account_iban: str
    currency: str
    from_date: dt.date
    to_date: dt.date
    opening_balance: Decimal
    closing_balance: Decimal
    entry_count: int
    file_name: str
    journal: str | None
    journal_status: str | None


@dataclass(frozen=True)
class StatementEntry:
    """One entry of an imported statement as the review shows it. line: the index of its payment journal
    line (None: no line, a debit or an unassigned credit); invoices: the documents that line marks (once
    posted: the documents its payment settled)."""

    seq: int
    booking_date: dt.date
    amount: Decimal
    currency: str
    counterparty_name: str
    counterparty_iban: str | None
    reference: str | None
    remittance: str
    customer: str | None
    confidence: int
    reason: str
    line: int | None
    invoices: tuple[str, ...] = ()
    customer_name: str | None = None
    payment: str | None = None  # the payment the line became, once the journal is posted


@dataclass(frozen=True)
class BankImport:
    """What import_bank_statement made: the unposted payment journal (number) and every entry."""

    journal: str
    statement: StatementInfo
    entries: tuple[StatementEntry, ...]

    @property
    def number(self) -> str:
        """The payment journal's number (a BankImport stands for its payment journal, API.md)."""
        return self.journal

    @property
    def matched(self) -> int:
        return sum(1 for e in self.entries if e.line is not None)

    @property
    def unmatched(self) -> int:
        return sum(1 for e in self.entries if e.line is None)


# --- reading and refusing ------------------------------------------------------------------------------------


def _read(path: object) -> tuple[bytes, str]:
    if not isinstance(path, str | os.PathLike):
        raise ValidationError("file", "must be a path, got {type_name}", type_name=type(path).__name__)
    return bank_files.read_bytes(path), Path(path).name


def _refuse_duplicate(s: Session, company_id: int, found: StatementFile, digest: str) -> None:
    same = s.execute(
        select(BankStatement.statement_id, BankStatement.from_date, BankStatement.to_date, PaymentJournal.number)
        .outerjoin(PaymentJournal, PaymentJournal.id == BankStatement.journal_id)
        .where(
            BankStatement.company_id == company_id,
            or_(
                BankStatement.file_hash == digest,
                and_(
                    BankStatement.account_iban == found.account_iban,
                    or_(
                        BankStatement.statement_id == found.statement_id,
                        and_(BankStatement.from_date <= found.to_date, BankStatement.to_date >= found.from_date),
                    ),
                ),
            ),
        )
    ).first()
    if same is None:
        return
    statement_id, start, end, journal = same
    raise ValidationError(
        "file",
        "this statement was imported before: statement {statement} of {start} to {end} (payment journal "
        "{journal}) has the same file, number or days",
        statement=statement_id,
        start=start,
        end=end,
        journal=journal or "-",
    )


# --- what the matcher sees ------------------------------------------------------------------------------------


def _open_items(s: Session, company_id: int, currency: str, first_day: dt.date) -> list[OpenItem]:
    """Open debits in the statement's currency not marked on any unposted journal line, by due date; the
    discount steps of items nothing was paid on yet, from the first booking date on. Read with Core, one
    money column per row: this is the import's largest read (every open invoice of the company)."""
    open_debit = and_(
        CT.company_id == company_id,
        definitions.is_open(),
        CT.balance > 0,
        CT.currency == currency,
        CT.id.not_in(select(JournalMark.transaction_id)),
        CT.kind != "bill_of_exchange",  # the bank settles bills of exchange (services.bills)
    )
    conn = s.connection()
    rows = conn.execute(
        select(CT.id, Customer.account, CT.number, CT.payment_reference, CT.balance)
        .join(Customer, Customer.id == CT.customer_id)
        .where(open_debit)
        .order_by(definitions.falls_due(), CT.id)
    ).all()
    steps: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for tid, day, to_pay in conn.execute(
        select(DiscountScheduleRow.transaction_id, DiscountScheduleRow.discount_date, DiscountScheduleRow.amount_to_pay)
        .join(CT, CT.id == DiscountScheduleRow.transaction_id)
        .where(
            open_debit,
            CT.balance == CT.amount,  # nothing paid yet: the schedule still holds
            CT.discount_taken == 0,
            DiscountScheduleRow.discount > 0,
            DiscountScheduleRow.discount_date >= first_day,
        )
        .order_by(DiscountScheduleRow.transaction_id, DiscountScheduleRow.seq)
    ):
        steps[tid].append((day, to_pay))
    return [
        OpenItem(tid, account, number, ref, balance, currency, tuple(steps[tid]) if tid in steps else ())
        for tid, account, number, ref, balance in rows
    ]


def _payers(s: Session, company_id: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for iban, account in s.execute(
        select(Customer.iban, Customer.account).where(Customer.company_id == company_id, Customer.iban.is_not(None))
    ):
        out[iban.replace(" ", "").upper()].append(account)
    return out


def _bank_method(s: Session, company_id: int) -> int:
    """The method of payment of bank receipts: BANK, else the first electronic one."""
    rows = s.execute(
        select(MethodOfPayment.id, MethodOfPayment.code, MethodOfPayment.kind)
        .where(MethodOfPayment.company_id == company_id, MethodOfPayment.active.is_(True))
        .order_by(MethodOfPayment.code)
    ).all()
    for mid, code, _ in rows:
        if code == "BANK":
            return mid
    for mid, _, kind in rows:
        if kind == "electronic":
            return mid
    raise ValidationError("method", "set up a method of payment for bank receipts (BANK) before importing statements")


# --- the import -------------------------------------------------------------------------------------------------


def import_statement(s: Session, company: Company, path: object) -> BankImport:
    """Read, check, match and write one statement file as an unposted payment journal (module docstring)."""
    data, file_name = _read(path)
    found = bank_files.one_statement(bank_files.parse_statements(data))
    digest = hashlib.sha256(data).hexdigest()
    _refuse_duplicate(s, company.id, found, digest)
    method_id = _bank_method(s, company.id)
    entries = found.entries
    first = min((e.booking_date for e in entries), default=found.from_date)
    items = _open_items(s, company.id, found.currency, first)
    params = lookup.parameters(s, company.id)
    tolerance = Tolerance(params.max_penny_difference, params.max_over_underpayment)
    matches = {m.entry: m for m in match_entries(entries, items, _payers(s, company.id), tolerance)}
    journal = journals.create_journal(
        s, company, f"Bank {found.account_iban} {found.statement_id} {found.from_date:%Y-%m-%d}"[:200]
    )
    customer_ids = (
        dict(
            s.execute(
                select(Customer.account, Customer.id).where(
                    Customer.company_id == company.id,
                    Customer.account.in_({m.customer for m in matches.values() if m.customer}),
                )
            ).all()
        )
        if matches
        else {}
    )
    balances = {item.id: item.balance for item in items}
    line_ids = _write_lines(s, company, journal, entries, matches, customer_ids, method_id, found.currency, balances)
    statement = BankStatement(
        company_id=company.id,
        format=found.format,
        statement_id=found.statement_id[:35],
        account_iban=found.account_iban,
        currency=found.currency,
        from_date=found.from_date,
        to_date=found.to_date,
        opening_balance=found.opening_balance,
        closing_balance=found.closing_balance,
        entry_count=len(entries),
        file_hash=digest,
        file_name=file_name[:200],
        journal_id=journal.id,
    )
    s.add(statement)
    s.flush()
    rows = []
    for e in entries:
        m = matches.get(e.index)
        rows.append(
            dict(
                company_id=company.id,
                statement_id=statement.id,
                seq=e.index,
                booking_date=e.booking_date,
                amount=e.amount,
                currency=e.currency,
                counterparty_name=(e.counterparty_name or "")[:140],
                counterparty_iban=e.counterparty_iban,
                reference=(e.structured_reference or None) and e.structured_reference[:140],
                remittance=(e.remittance_text or "")[:500],
                bank_reference=(e.bank_reference or None) and e.bank_reference[:100],
                customer_id=customer_ids.get(m.customer) if m and m.customer else None,
                confidence=m.confidence if m else 0,
                reason=m.reason if m else ("debit" if e.amount < 0 else "unknown"),
                journal_line_id=line_ids.get(e.index),
            )
        )
    if rows:
        s.execute(insert(table(BankStatementLine)), rows)
    return read_import(s, company, journal.number)


_INSERT_LINES = insert(table(PaymentJournalLine)).returning(PaymentJournalLine.seq, PaymentJournalLine.id)


def _write_lines(
    s: Session,
    company: Company,
    journal: PaymentJournal,
    entries: Sequence[BankEntry],
    matches: dict[int, Match],
    customer_ids: dict[str, int],
    method_id: int,
    currency: str,
    balances: dict[int, Decimal],
) -> dict[int, int]:
    """One journal line per matched credit and its marks, in bulk; returns {entry index: line id}."""
    rates: dict[dt.date, Decimal] = {}
    lines: list[dict] = []
    marks: list[tuple[int, Match]] = []
    for e in entries:
        m = matches.get(e.index)
        if e.amount <= 0 or m is None or m.customer is None:
            continue
        if e.booking_date not in rates:
            rates[e.booking_date] = exchange_rate(company, currency, None, s, e.booking_date)
        seq = len(lines) + 1
        lines.append(
            dict(
                journal_id=journal.id,
                seq=seq,
                customer_id=customer_ids[m.customer],
                date=e.booking_date,
                amount=e.amount,
                method_of_payment_id=method_id,
                reference=(e.bank_reference or e.structured_reference or None),
                prepayment=False,
                full_settlement=False,
                currency=currency,
                exchange_rate=rates[e.booking_date],
                transaction_id=None,
            )
        )
        marks.append((seq, m))
    if not lines:
        return {}
    ids = dict(s.execute(_INSERT_LINES, lines).all())
    mark_rows = [
        dict(
            company_id=company.id,
            line_id=ids[seq],
            transaction_id=a.item_id,
            # Paid in full (with the discount the date allows): no amount, the engine takes the discount.
            amount=None if a.amount + a.discount >= balances[a.item_id] else a.amount,
            use_cash_discount="normal",
        )
        for seq, m in marks
        for a in m.applied
    ]
    if mark_rows:
        s.execute(insert(table(JournalMark)), mark_rows)
    by_seq = {seq: m.entry for seq, m in marks}
    return {by_seq[seq]: line_id for seq, line_id in ids.items()}


# --- reading back and correcting -------------------------------------------------------------------------------


def _statement_of(s: Session, company_id: int, journal: object) -> tuple[BankStatement, PaymentJournal]:
    number = lookup.code_text(journal, "journal", max_len=30)
    row = s.execute(
        select(BankStatement, PaymentJournal)
        .join(PaymentJournal, PaymentJournal.id == BankStatement.journal_id)
        .where(BankStatement.company_id == company_id, PaymentJournal.number == number)
    ).first()
    if row is None:
        raise ValidationError("journal", "payment journal {number} is not an imported bank statement", number=number)
    return row[0], row[1]


def read_import(s: Session, company: Company, journal: object) -> BankImport:
    """The imported statement behind a payment journal, every entry with its match and journal line: the
    documents a line marks while the journal is open, those its payment settled once it is posted."""
    st, j = _statement_of(s, company.id, journal)
    SL, PL = BankStatementLine, PaymentJournalLine
    lines = s.execute(
        select(
            SL.seq,
            SL.booking_date,
            SL.amount,
            SL.currency,
            SL.counterparty_name,
            SL.counterparty_iban,
            SL.reference,
            SL.remittance,
            Customer.account,
            Customer.name,
            SL.confidence,
            SL.reason,
            PL.seq,
            PL.transaction_id,
        )
        .outerjoin(Customer, Customer.id == SL.customer_id)
        .outerjoin(PL, PL.id == SL.journal_line_id)
        .where(SL.statement_id == st.id)
        .order_by(SL.seq)
    ).all()
    invoices: dict[int, list[str]] = defaultdict(list)
    marked = (
        select(PL.seq, CT.number)
        .join(JournalMark, JournalMark.line_id == PL.id)
        .join(CT, CT.id == JournalMark.transaction_id)
        .where(PL.journal_id == j.id)
        .order_by(JournalMark.id)
    )
    settled = (
        select(PL.seq, CT.number)
        .join(Settlement, and_(Settlement.credit_id == PL.transaction_id, Settlement.unsettled_date.is_(None)))
        .join(CT, CT.id == Settlement.debit_id)
        .where(PL.journal_id == j.id)
        .order_by(Settlement.id)
    )
    for line_seq, number in s.execute(marked if j.status == "open" else settled):
        if number not in invoices[line_seq]:
            invoices[line_seq].append(number)
    payments = (
        dict(
            s.execute(select(PL.seq, CT.number).join(CT, CT.id == PL.transaction_id).where(PL.journal_id == j.id)).all()
        )
        if j.status != "open"
        else {}
    )
    info = _info(st, j.number, j.status)
    entries = tuple(
        StatementEntry(
            seq,
            day,
            amount,
            currency,
            name,
            iban,
            reference,
            remittance,
            account,
            confidence,
            reason,
            line_seq,
            tuple(invoices.get(line_seq, ())) if line_seq is not None else (),
            customer_name,
            payments.get(line_seq) if line_seq is not None else None,
        )
        for (
            seq,
            day,
            amount,
            currency,
            name,
            iban,
            reference,
            remittance,
            account,
            customer_name,
            confidence,
            reason,
            line_seq,
            _,
        ) in lines
    )
    return BankImport(j.number, info, entries)


def statements(s: Session, company_id: int) -> list[StatementInfo]:
    """Every imported statement, newest first."""
    rows = s.execute(
        select(BankStatement, PaymentJournal.number, PaymentJournal.status)
        .outerjoin(PaymentJournal, PaymentJournal.id == BankStatement.journal_id)
        .where(BankStatement.company_id == company_id)
        .order_by(BankStatement.to_date.desc(), BankStatement.id.desc())
    ).all()
    return [_info(st, number, status) for st, number, status in rows]


def _info(st: BankStatement, journal: str | None, status: str | None) -> StatementInfo:
    return StatementInfo(
        st.format,
        st.statement_id,
        st.account_iban,
        st.currency,
        st.from_date,
        st.to_date,
        st.opening_balance,
        st.closing_balance,
        st.entry_count,
        st.file_name,
        journal,
        status,
    )


def assign_line(
    s: Session, company: Company, journal: object, entry: object, customer: object, marks: Sequence[Mark] = ()
) -> BankImport:
    """Give a credit the bookkeeper recognised its customer (and invoices): a journal line of the entry's date
    and amount, checked like any payment line (journals.add_line). An entry that has a line gets a new one
    (the old one is removed first)."""
    st, j = _statement_of(s, company.id, journal)
    row = s.scalar(
        select(BankStatementLine).where(BankStatementLine.statement_id == st.id, BankStatementLine.seq == entry)
    )
    if row is None:
        raise ValidationError("entry", "the statement has no entry {entry!r}", entry=entry)
    if row.amount <= 0:
        raise ValidationError("entry", "entry {entry} is money out, not a customer payment", entry=entry)
    if row.journal_line_id is not None:
        unassign_line(s, company, journal, entry)
    seq = journals.add_line(
        s,
        company,
        j.number,
        customer,
        row.booking_date,
        row.amount,
        marks=marks,
        reference=row.bank_reference or row.reference,
        currency=row.currency,
    )
    line = s.scalar(
        select(PaymentJournalLine).where(PaymentJournalLine.journal_id == j.id, PaymentJournalLine.seq == seq)
    )
    assert line is not None
    row.journal_line_id, row.customer_id = line.id, line.customer_id
    row.reason, row.confidence = "manual", 100
    s.flush()
    return read_import(s, company, j.number)


def unassign_line(s: Session, company: Company, journal: object, entry: object) -> BankImport:
    """Take an entry's proposal out of the journal (its line and marks go; the entry stays on the statement)."""
    st, j = _statement_of(s, company.id, journal)
    row = s.scalar(
        select(BankStatementLine).where(BankStatementLine.statement_id == st.id, BankStatementLine.seq == entry)
    )
    if row is None:
        raise ValidationError("entry", "the statement has no entry {entry!r}", entry=entry)
    if row.journal_line_id is None:
        raise ValidationError("entry", "entry {entry} has no journal line", entry=entry)
    line_seq = s.scalar(select(PaymentJournalLine.seq).where(PaymentJournalLine.id == row.journal_line_id))
    journals.remove_line(s, company, j.number, line_seq)  # also unlinks the statement line
    s.flush()
    return read_import(s, company, j.number)
