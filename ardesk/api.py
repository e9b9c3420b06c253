"""The scripting interface to the books (spec/API.md): used by the GUI, the command line and tests.

Every method that changes the books runs in one database transaction and either completes or
raises (ValidationError naming the field) with nothing written."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ardesk import reads
from ardesk.calls import orders_reads
from ardesk.calls.aging import AgingCalls, AgingDefinitionRow, AgingRow, AgingSnapshotInfo
from ardesk.calls.bank_statements import BankImport, BankStatementCalls, StatementEntry, StatementInfo
from ardesk.calls.bills import BillCalls, BillEventInfo, BillOfExchangeInfo, DrawableInvoice
from ardesk.calls.cards import CardCalls, CardPaymentInfo, CardProcessor, TestProcessor, set_card_processor
from ardesk.calls.charge_code_reads import ChargeCodeReads
from ardesk.calls.charge_code_reads import ChargeCodeRow as ChargeCodeRow
from ardesk.calls.charge_code_reads import PostingProfileInfo as PostingProfileInfo
from ardesk.calls.charge_code_reads import ProfileLine as ProfileLine
from ardesk.calls.collection_setup_reads import CollectionSetupReads
from ardesk.calls.collections import CollectionCalls
from ardesk.calls.customer_search import CustomerSearchCalls
from ardesk.calls.direct_debit import DirectDebitCalls
from ardesk.calls.direct_debit_printing import DirectDebitPrintCalls
from ardesk.calls.einvoices import EInvoiceCalls
from ardesk.calls.exchange import CustomerImportPreview, ExchangeCalls, ImportRow, Table
from ardesk.calls.orders_reads import *  # noqa: F403 - the order screens' records (orders_reads.__all__)
from ardesk.calls.orders_reads import OrderCalls
from ardesk.calls.payment_reads import GroupOpenItemRow, GroupPaymentCalls, RefundCandidate
from ardesk.calls.period_close import (
    Checklist,
    ChecklistLine,
    Difference,
    FiscalYearInfo,
    LedgerLine,
    PeriodCalls,
    PeriodInfo,
    Reconciliation,
    ReconciliationLine,
    ReconciliationRow,
)
from ardesk.calls.setup_edits import CODE_KINDS, SetupEditCalls
from ardesk.calls.statements import Statement, StatementCalls, StatementLine
from ardesk.calls.workspace import (
    COLLECTION_SORT_COLUMNS,
    CollectionItem,
    CollectionList,
    CollectionRow,
    CollectionSummary,
    WorkspaceCalls,
)
from ardesk.db import backup as backups
from ardesk.db import credentials, integrity, roles, schema
from ardesk.db.backup import RestoreResult
from ardesk.db.engine import WRITE, make_engine
from ardesk.db.lock import InstanceLock
from ardesk.errors import (
    ArdeskError,
    ConcurrencyError,
    DatabaseError,
    DatabaseInUseError,
    ImmutableError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ardesk.models import Company as CompanyRow
from ardesk.models import Customer, CustomerTransaction
from ardesk.models import Voucher as VoucherRow
from ardesk.models.company import ACCOUNT_KINDS
from ardesk.reads import *  # noqa: F403 - the read functions' records and constants (reads.__all__)
from ardesk.services import (
    audit,
    audit_reads,
    centralized,
    chain_check,
    corrections,
    credit_transfer,
    customers,
    invoice_posting,
    invoicing,
    journals,
    ledger,
    lookup,
    orders,
    payment_batch,
    payments,
    printing,
    recurring,
    refunds,
    setup,
    transactions,
    writeoff,
)
from ardesk.services import change_stamp as stamps
from ardesk.services import currency as fx
from ardesk.services.activities import Activity
from ardesk.services.audit_reads import AuditRow
from ardesk.services.chain_check import ChainProblem
from ardesk.services.chart import ROLES as ACCOUNT_ROLES
from ardesk.services.collection_costs import collection_costs
from ardesk.services.collection_setup import InterestCodeInfo, InterestVersion, LetterSequenceInfo, LetterStep
from ardesk.services.credit_transfer import CreditTransferFile
from ardesk.services.direct_debit import DirectDebitRunInfo as DirectDebitRun
from ardesk.services.direct_debit import DirectDebitTransaction, Exclusion
from ardesk.services.direct_debit_returns import ReturnedDebit, ReturnImport
from ardesk.services.interest_notes import InterestNote, InterestNoteLine
from ardesk.services.invoice_posting import BatchResult
from ardesk.services.invoicing import Charge, Line
from ardesk.services.journals import JournalInfo, JournalLineInfo
from ardesk.services.letters import Letter, LetterLine
from ardesk.services.mandates import Mandate
from ardesk.services.orders import OrderLine
from ardesk.services.payment_batch import PaymentLine
from ardesk.services.records import (
    AccountRow,
    CompanyInfo,
    CustomerInfo,
    Document,
    ExchangeRateRow,
    SalesTaxInfo,
    Transaction,
    TrialBalanceRow,
    VoucherLine,
)
from ardesk.services.records import Settlement as SettlementRecord
from ardesk.services.settlement_engine import Mark, MarkPreview
from ardesk.services.setup_cache import SetupCache
from ardesk.services.text import a_date, dates_within, file_to_write, folder_to_write
from ardesk.settings import resolve_target

__all__ = [
    "ACCOUNT_KINDS",
    "ACCOUNT_ROLES",
    "CODE_KINDS",
    "COLLECTION_SORT_COLUMNS",
    "AccountRow",
    "Activity",
    "AgingDefinitionRow",
    "AgingRow",
    "AgingSnapshotInfo",
    "ArdeskError",
    "AuditRow",
    "BankImport",
    "BatchResult",
    "BillEventInfo",
    "BillOfExchangeInfo",
    "Books",
    "ChainProblem",
    "Charge",
    "Checklist",
    "ChecklistLine",
    "CollectionItem",
    "CollectionList",
    "CollectionRow",
    "CollectionSummary",
    "Company",
    "CompanyInfo",
    "CreditTransferFile",
    "CustomerImportPreview",
    "CustomerInfo",
    "DatabaseError",
    "DatabaseInUseError",
    "Difference",
    "DirectDebitRun",
    "DirectDebitTransaction",
    "Document",
    "DrawableInvoice",
    "ExchangeRateRow",
    "Exclusion",
    "FiscalYearInfo",
    "GroupOpenItemRow",
    "ImmutableError",
    "ImportRow",
    "InterestCodeInfo",
    "InterestNote",
    "InterestNoteLine",
    "InterestVersion",
    "JournalInfo",
    "JournalLineInfo",
    "LedgerLine",
    "Letter",
    "LetterLine",
    "LetterSequenceInfo",
    "LetterStep",
    "Line",
    "Mandate",
    "Mark",
    "MarkPreview",
    "NotFoundError",
    "OrderLine",
    "PaymentLine",
    "PeriodInfo",
    "PermissionDeniedError",
    "Reconciliation",
    "ReconciliationLine",
    "ReconciliationRow",
    "RefundCandidate",
    "RestoreResult",
    "ReturnImport",
    "ReturnedDebit",
    "SalesTaxInfo",
    "SettlementRecord",
    "Statement",
    "StatementEntry",
    "StatementInfo",
    "StatementLine",
    "Table",
    "Transaction",
    "TrialBalanceRow",
    "ValidationError",
    "VoucherLine",
    "collection_costs",
]
__all__ += reads.__all__
__all__ += orders_reads.__all__
__all__ += ["Verification"]
__all__ += ["CardPaymentInfo", "CardProcessor", "TestProcessor", "set_card_processor"]

T = TypeVar("T")


class Verification(NamedTuple):
    """What "Verify books" found (Books.verify): how many vouchers in how many companies were checked, the first
    break of each company's hash chain, and SQLite's own lines about a damaged file (empty lists: whole)."""

    vouchers: int
    companies: int
    chain: list[ChainProblem]
    file: list[str]

    @property
    def whole(self) -> bool:
        return not self.chain and not self.file


class Books:
    """An open set of books: one database holding one or more companies."""

    def __init__(
        self,
        engine: Engine,
        lock: InstanceLock | None = None,
        state: str = "current",
        warnings: list[ArdeskError] | None = None,
    ) -> None:
        self.engine = engine
        self.url = engine.url
        self.schema_state = state  # created | current | upgraded
        #: What the bookkeeper should know about these books on opening (e.g. restored protections).
        #: The same as errors, whose template and params the GUI shows in its language (i18n.message_text).
        self.notices: list[ArdeskError] = list(warnings or [])
        self.warnings: list[str] = [notice.message for notice in self.notices]
        self._lock = lock
        self.setup_cache = SetupCache()
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(bind=engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self._user: str | None = None

    @property
    def user(self) -> str:
        """Who the audit trail names for this program's changes: the PostgreSQL role it logged in as, or the
        operating-system user on SQLite (issue 11)."""
        if self._user is None:
            if self.engine.dialect.name == "postgresql":
                with self.engine.connect() as conn:
                    self._user = str(conn.exec_driver_sql("SELECT current_user").scalar())
            else:
                try:
                    self._user = getpass.getuser()
                except (KeyError, OSError):  # no such user in the password database (containers)
                    self._user = "unknown"
        return self._user

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *, exclusive: bool = True) -> Books:
        """Open (creating or upgrading) the books. target: None for the user's default file, a path,
        ":memory:", or an SQLAlchemy URL. exclusive (default): an SQLite file is held with a lock file
        until close, so a second program or script opening it is refused with DatabaseInUseError
        (SQLite has one writer). exclusive=False skips the lock, for read-only helpers of the holder
        (the print workers). No effect on ":memory:" or PostgreSQL."""
        url = credentials.with_password(resolve_target(target))  # a server's password from the keyring
        parsed = make_url(url)
        lock = None
        path: Path | None = None
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            path = Path(parsed.database)
            if not path.parent.is_dir():
                raise DatabaseError("the folder {parent} does not exist", parent=path.parent)
            if exclusive:
                lock = InstanceLock(path)
                lock.acquire()
        try:
            if path is not None and path.exists():  # refused files are left as they are (db.integrity)
                integrity.check_before_open(path, unclean=lock is not None and lock.unclean, holder=exclusive)
            engine = make_engine(url)
            warnings: list[ArdeskError] = []
            state = schema.prepare(engine, warnings)  # new or upgraded tables get the ardesk roles' rights too
            if lock:
                lock.hold_identity()  # new books: their file exists only now
        except ArdeskError:
            if lock:
                lock.release(clean=False)  # checked again on the next opening
            raise
        except (OperationalError, DBAPIError) as exc:
            if lock:
                lock.release(clean=False)
            if getattr(exc.orig, "sqlstate", None) == "42501":  # a bookkeeper or reader cannot upgrade
                raise DatabaseError(
                    "These books need an upgrade that only their owner may make: ask the administrator to open "
                    "them once with this version of ardesk."
                ) from exc
            raise DatabaseError(
                "cannot open the books at {url}: {orig}",
                url=parsed.render_as_string(hide_password=True),
                orig=exc.orig,
            ) from exc
        return cls(engine, lock, state, warnings)

    def backup(self, path: str | os.PathLike[str]) -> Path:
        """A consistent copy of these (SQLite) books while they are in use; see Company.backup."""
        return backups.backup(self.engine, path)

    @staticmethod
    def restore(backup_path: str | os.PathLike[str], target: str | os.PathLike[str]) -> RestoreResult:
        """Put a backup in place of the SQLite books at target after checking it is an intact ardesk book of a
        known schema version (an older one is upgraded on the next open); the replaced books are kept as
        NAME.before-restore-N.db. Refused while the books at target are open (DatabaseInUseError)."""
        return backups.restore(backup_path, target)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Books:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- units of work -------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One writing transaction: committed at the end, rolled back on any error."""
        with self._write() as s:
            s.info[audit.USER] = self.user
            try:
                with s.begin():
                    yield s
            except DBAPIError as exc:
                raise _translate(exc) from exc
            except (InvalidOperation, OverflowError) as exc:
                # Every amount is range-checked where it arises; this is the net under those checks.
                raise ValidationError("amount", "an amount is out of range") from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as s, s.begin():
            yield s

    # --- verification ------------------------------------------------------------------------------
    def verify_chain(self) -> list[ChainProblem]:
        """Recompute every company's voucher hash chain (issue 11) and name, per company, the first voucher
        altered, added or removed outside ardesk; an empty list when every chain is whole."""
        with self.reading() as s:
            return chain_check.verify(s)

    def verify(self) -> Verification:
        """Verify books (issue 11): SQLite's PRAGMA integrity_check of the books file (db.integrity.check_file;
        nothing for ":memory:" or PostgreSQL), then every company's hash chain (verify_chain). Changes nothing."""
        database = self.url.database if self.url.get_backend_name() == "sqlite" else None
        file = integrity.check_file(database) if database not in (None, "", ":memory:") else []
        with self.reading() as s:
            chain = chain_check.verify(s)
            companies = s.scalar(select(func.count()).select_from(CompanyRow)) or 0
            vouchers = s.scalar(select(func.count()).select_from(VoucherRow)) or 0
        return Verification(vouchers, companies, chain, file)

    # --- who may do what (PostgreSQL) -------------------------------------------------------------------
    @property
    def may_write(self) -> bool:
        """Whether the role logged in may post: always on SQLite; on PostgreSQL the owner of the tables or a
        member of ardesk_bookkeeper, not ardesk_reader (db.roles). The database enforces it either way."""
        if self.engine.dialect.name != "postgresql":
            return True
        with self.engine.connect() as conn:
            return roles.may_write(conn)

    def create_roles(self) -> None:
        """Create the ardesk_bookkeeper and ardesk_reader roles and grant their rights on these books
        (PostgreSQL; run by the owner of the tables with CREATEROLE; safe to run again)."""
        self._server_only()
        with self._admin() as conn:
            roles.create_roles(conn)

    def add_user(self, name: str, password: str, role: str) -> roles.DatabaseUser:
        """A person's own login role on the server, member of "bookkeeper" (may post) or "reader" (may only
        read); an existing one gets the new password and role. The audit trail names them by it."""
        self._server_only()
        with self._admin() as conn:
            return roles.add_user(conn, name, password, role)

    def database_users(self) -> list[roles.DatabaseUser]:
        """The login roles with an ardesk role (PostgreSQL), by name; empty on SQLite."""
        if self.engine.dialect.name != "postgresql":
            return []
        with self.engine.connect() as conn:
            return roles.users(conn)

    def connection_security(self) -> str:
        """How the connection is protected: "TLSv1.3 TLS_AES_256_GCM_SHA384" when encrypted, "" when not;
        "local file" for SQLite."""
        if self.engine.dialect.name != "postgresql":
            return "local file"
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).first()
        return f"{row[1]} {row[2]}" if row and row[0] else ""

    def _server_only(self) -> None:
        if self.engine.dialect.name != "postgresql":
            raise ValidationError("books", "database roles exist only on a PostgreSQL server")

    @contextmanager
    def _admin(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":
                raise PermissionDeniedError(
                    "Only the owner of the books with the right to create roles (CREATEROLE) may manage users."
                ) from exc
            raise _translate(exc) from exc

    def audit_trail(
        self, company: str | None = None, *, document: str | None = None, action: str | None = None, limit: int = 1000
    ) -> list[AuditRow]:
        """The audit trail, newest first: who did what, when, with which program version (filters optional)."""
        with self.reading() as s:
            return audit_reads.events(s, company, document=document, action=action, limit=limit)

    # --- companies -----------------------------------------------------------------------------
    def create_company(
        self,
        code: str,
        name: str,
        currency: str = "EUR",
        *,
        country: str | None = None,
        language: str | None = None,
        **details: object,
    ) -> Company:
        """A new company. country="NL" makes it ready for Dutch invoicing (services.company_defaults);
        language defaults to Dutch for NL, else English; details are set_details's fields, set at once."""
        with self.writing() as s:
            row = setup.create_company(s, code, name, currency, country=country, language=language, details=details)
            return Company(self, row.code)

    def enable_centralized_payments(
        self, companies: Sequence[str], *, cash_discount_in: str = "invoice", exchange_result_in: str = "payment"
    ) -> None:
        """Let these companies pay for each other's invoices (DOMAIN 4.13); see services.centralized."""
        with self.writing() as s:
            centralized.enable(s, companies, cash_discount_in, exchange_result_in)

    def company(self, code: str) -> Company:
        with self.reading() as s:
            return Company(self, lookup.company(s, code).code)

    def companies(self) -> list[CompanyInfo]:
        with self.reading() as s:
            rows = s.scalars(select(CompanyRow).order_by(CompanyRow.code)).all()
            return [CompanyInfo(r.code, r.name, r.currency) for r in rows]


def _translate(exc: DBAPIError) -> ArdeskError:
    text = str(exc.orig)
    # PostgreSQL: a deadlock (40P01) or serialization failure (40001) between two users' changes.
    if getattr(exc.orig, "sqlstate", None) in ("40001", "40P01"):
        return ConcurrencyError("A document")
    if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege: a reader's role (db.roles)
        return PermissionDeniedError(
            "Your database role may only read these books; ask the administrator for the bookkeeper role."
        )
    if "posted history" in text:
        return ImmutableError(
            "Posted documents and vouchers cannot be changed or deleted; post a reversal or a credit note instead."
        )
    if "locked" in text or "busy" in text:
        return DatabaseInUseError("The books are busy in another window; try again in a moment.")
    return DatabaseError("the database refused the change: {text}", text=text)


def _company_dates(s: Session, company: CompanyRow) -> AbstractContextManager[None]:
    """The company's sane range of business dates (parameters earliest_date, latest_date) for text.a_date."""
    p = lookup.parameters(s, company.id)
    return dates_within(p.earliest_date, p.latest_date)


class Company(
    reads.CompanyReads,
    AgingCalls,
    StatementCalls,
    CollectionCalls,
    CollectionSetupReads,
    WorkspaceCalls,
    PeriodCalls,
    GroupPaymentCalls,
    SetupEditCalls,
    ChargeCodeReads,
    OrderCalls,
    CustomerSearchCalls,
    EInvoiceCalls,
    ExchangeCalls,
    BankStatementCalls,
    DirectDebitCalls,
    DirectDebitPrintCalls,
    BillCalls,
    CardCalls,
):
    """One legal entity in the books. Obtained from Books.create_company or Books.company."""

    def __init__(self, books: Books, code: str) -> None:
        self.books = books
        self.code = code

    def __repr__(self) -> str:
        return f"<Company {self.code}>"

    @contextmanager
    def _open(self, *, write: bool, memo: bool, stamp: bool) -> Iterator[tuple[Session, CompanyRow]]:
        """The one way into the company's books: a writing or reading transaction with the company row, its
        date range applied (text.a_date), the set-up memo attached when memo (services.setup_cache: never for
        a call that changes set-up), and the change stamp raised as the last statement when stamp."""
        with self.books.writing() if write else self.books.reading() as s:
            company = lookup.company(s, self.code)
            if memo:
                self.books.setup_cache.attach(s, company)
            with _company_dates(s, company):
                yield s, company
            if stamp:
                stamps.bump(s, company.id)

    def _write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run fn(session, company row, ...) as one writing transaction; raises the change stamp."""
        with self._open(write=True, memo=False, stamp=True) as (s, company):
            return fn(s, company, *args, **kwargs)

    def _trial(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A writing transaction for calls that only try things in savepoints and roll them all back (previews,
        the close checklist): the same as _write, but the change stamp stays, as nothing changed."""
        with self._open(write=True, memo=False, stamp=False) as (s, company):
            return fn(s, company, *args, **kwargs)

    def _posting(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """_write for the calls that post: set-up rows come from the memo of the company's current set-up
        version (services.setup_cache) instead of being read again. Never for a call that changes set-up."""
        with self._open(write=True, memo=True, stamp=True) as (s, company):
            return fn(s, company, *args, **kwargs)

    def _read(self) -> AbstractContextManager[tuple[Session, CompanyRow]]:
        """A reading transaction; reads change nothing, so remembered set-up is safe."""
        return self._open(write=False, memo=True, stamp=False)

    def change_stamp(self) -> int:
        """A number that grows with every change anyone makes to this company's books (issue 11): a window
        that remembers it and later finds it larger reloads what it shows. One indexed read."""
        with self.books.reading() as s:
            return stamps.read(s, lookup.company(s, self.code).id)

    @property
    def name(self) -> str:
        with self._read() as (_, co):
            return co.name

    @property
    def currency(self) -> str:
        with self._read() as (_, co):
            return co.currency

    def set_details(self, **values: object) -> None:
        """Letterhead details: name, address, iban, bic, vat_number, email, phone, website, coc_number,
        logo (PNG/JPEG bytes), language, country, fiscal_year_start (month 1-12)."""
        self._write(setup.update_company, values)

    def details(self) -> dict[str, object]:
        with self._read() as (_, co):
            return {k: getattr(co, k) for k in (*setup.COMPANY_FIELDS, "code", "currency")}

    # --- accounts and roles --------------------------------------------------------------------
    def create_account(self, number: str, name: str, kind: str) -> None:
        self._write(setup.create_account, number, name, kind)

    def account_for(self, role: str) -> str:
        with self._read() as (s, co):
            if not isinstance(role, str):
                raise ValidationError("role", "must be a role name")
            return lookup.role_account(s, co.id, role).number

    def set_account_role(self, role: str, number: str) -> None:
        self._write(setup.set_account_role, role, number)

    def balance(self, account_or_role: str, as_of: dt.date | None = None) -> Decimal:
        with self._read() as (s, co):
            return ledger.balance(s, co.id, account_or_role, as_of)

    def voucher_lines(self, voucher: str) -> list[VoucherLine]:
        with self._read() as (s, co):
            return ledger.voucher_lines(s, co.id, voucher)

    def trial_balance(self, as_of: dt.date | None = None) -> list[TrialBalanceRow]:
        with self._read() as (s, co):
            return ledger.trial_balance(s, co.id, as_of)

    # --- set-up ---------------------------------------------------------------------------------
    def set_parameters(self, **values: object) -> None:
        self._write(setup.set_parameters, values)

    def parameters(self) -> dict[str, object]:
        with self._read() as (s, co):
            p = lookup.parameters(s, co.id)
            return {
                k: getattr(p, k)
                for k in [
                    *setup.PARAMETERS,
                    "default_posting_profile",
                    "prepayment_posting_profile",
                    "default_sales_tax",
                ]
            }

    def create_customer_group(self, code: str, name: str, **kw: object) -> None:
        self._write(setup.create_customer_group, code, name, **kw)

    def create_terms_of_payment(self, code: str, *, days: int = 0, months: int = 0, **kw: object) -> None:
        self._write(setup.create_terms_of_payment, code, days=days, months=months, **kw)

    def create_cash_discount(self, code: str, periods: Sequence[tuple[int, Decimal]], **kw: object) -> None:
        self._write(setup.create_cash_discount, code, periods, **kw)

    def create_posting_profile(self, code: str, lines: Sequence[tuple[str, str | None, str]], **kw: object) -> None:
        self._write(setup.create_posting_profile, code, lines, **kw)

    def create_sales_tax(self, code: str, percent: Decimal, account: str | None = None, **kw: object) -> None:
        self._write(setup.create_sales_tax, code, percent, account, **kw)

    def create_method_of_payment(self, code: str, kind: str, account: str | None = None, **kw: object) -> None:
        self._write(setup.create_method_of_payment, code, kind, account, **kw)

    def create_aging_definition(
        self, code: str, buckets: Sequence[tuple[str, int | None, int | None]], *, basis: str = "due_date"
    ) -> None:
        self._write(setup.create_aging_definition, code, buckets, basis=basis)

    def create_customer(self, account: str, name: str, **fields: object) -> CustomerInfo:
        def create(s: Session, co: CompanyRow) -> CustomerInfo:
            row = customers.create_customer(s, co, account, name, **fields)
            return customers.infos(s, co.id, [row])[0]

        return self._write(create)

    def update_customer(self, account: str, **fields: object) -> CustomerInfo:
        def update(s: Session, co: CompanyRow) -> CustomerInfo:
            row = customers.update_customer(s, co, account, **fields)
            return customers.infos(s, co.id, [row])[0]

        return self._write(update)

    def customers(self) -> list[CustomerInfo]:
        with self._read() as (s, co):
            return customers.all_customers(s, co.id)

    def customer(self, account: str) -> CustomerInfo:
        with self._read() as (s, co):
            return customers.infos(s, co.id, [lookup.by_code(s, Customer, co.id, account, "customer")])[0]

    # --- invoices -------------------------------------------------------------------------------
    def post_free_text_invoice(self, customer: str, date: dt.date, lines: Sequence[Line], **kw: object) -> Document:
        return self._post(customer, date, lines, "invoice", kw)

    def post_credit_note(self, customer: str, date: dt.date, lines: Sequence[Line], **kw: object) -> Document:
        return self._post(customer, date, lines, "credit_note", kw)

    def _post(self, customer: str, date: dt.date, lines: Sequence[Line], kind: str, kw: dict) -> Document:
        def post(s: Session, co: CompanyRow) -> Document:
            draft, draft_lines, draft_charges = invoicing.save_draft_lines(  # posted at once: plain INSERTs
                s, co, customer, date, lines, kind=kind, detached=True, **kw
            )
            return invoice_posting.post_one(s, co, draft, draft_lines, draft_charges).document()

        return self._posting(post)

    def correct_invoice(
        self, number: str, date: dt.date, lines: Sequence[Line], *, reason: str = "Correction", **kw: object
    ) -> tuple[Document, Document]:
        """Correct a posted invoice (DOMAIN 3.6): returns (cancelling credit note, corrected invoice)."""

        def correct(s: Session, co: CompanyRow) -> tuple[Document, Document]:
            cancel, new = corrections.correct_invoice(s, co, number, date, lines, reason=reason, **kw)
            first, second = (
                transactions.document(s, s.get(CustomerTransaction, inv.transaction_id)) for inv in (cancel, new)
            )
            return first, second

        return self._posting(correct)

    # --- recurring invoices (DOMAIN 3.5) -------------------------------------------------------
    def create_invoice_template(self, name: str, lines: Sequence[Line], **kw: object) -> None:
        """Free-text invoice template; replace=True overwrites one of the same name."""
        self._write(recurring.save_template, name, lines, **kw)

    def assign_template(self, customer: str, template: str, start_date: dt.date, **kw: object) -> int:
        """Bill a template to a customer: pattern daily|weekly|monthly|yearly, per, end_date,
        max_count, max_amount, defaults_from template|customer. Returns the assignment id."""
        return self._write(recurring.assign, customer, template, start_date, **kw)

    def generate_recurring_invoices(self, invoice_date: dt.date, **kw: object) -> recurring.RecurrenceRun:
        """Draft every occurrence due up to invoice_date (templates=, customers=, progress=)."""
        return self._write(recurring.generate, invoice_date, **kw)

    # --- items, sales orders, packing slips (DOMAIN 3.3) ----------------------------------------
    def create_item(self, number: str, name: str, unit_price: Decimal, **kw: object) -> None:
        self._write(orders.create_item, number, name, unit_price, **kw)

    def create_sales_order(self, customer: str, date: dt.date, lines: Sequence[OrderLine], **kw: object) -> str:
        return self._write(lambda s, co: orders.create_order(s, co, customer, date, lines, **kw).number)

    def post_packing_slip(self, order: str, date: dt.date, quantities: dict[int, Decimal] | None = None) -> str:
        """Deliver {order line index: quantity} (None: all that is left); returns the slip number."""
        return self._write(lambda s, co: orders.post_packing_slip(s, co, order, date, quantities).number)

    def invoice_packing_slips(self, slips: Sequence[str], date: dt.date, **kw: object) -> Document:
        def post(s: Session, co: CompanyRow) -> Document:
            invoice = orders.invoice_packing_slips(s, co, slips, date, **kw)
            return transactions.document(s, s.get(CustomerTransaction, invoice.transaction_id))

        return self._posting(post)

    def sales_order(self, number: str) -> orders.SalesOrderInfo:
        with self._read() as (s, co):
            return orders.order_info(s, co, number)

    def create_charge_code(
        self, code: str, description: str, *, account: str | None = None, tax: str | None = None
    ) -> None:
        self._write(invoicing.create_charge_code, code, description, account=account, tax=tax)

    def save_draft(
        self, customer: str, date: dt.date, lines: Sequence[Line], *, kind: str = "invoice", **kw: object
    ) -> int:
        """Save a draft invoice (or credit note); returns its draft id. Nothing is posted or numbered."""
        return self._write(lambda s, co: invoicing.save_draft(s, co, customer, date, lines, kind=kind, **kw).id)  # type: ignore[arg-type]

    def update_draft(
        self, draft_id: int, customer: str, date: dt.date, lines: Sequence[Line], *, kind: str = "invoice", **kw: object
    ) -> None:
        """Replace a draft's header and lines."""
        self._write(
            lambda s, co: invoicing.save_draft(s, co, customer, date, lines, kind=kind, draft_id=draft_id, **kw)
        )

    def delete_draft(self, draft_id: int) -> None:
        self._write(invoicing.delete_draft, draft_id)

    def post_draft(self, draft_id: int) -> Document:
        def post(s: Session, co: CompanyRow) -> Document:
            return invoice_posting.post_one(s, co, invoicing.draft(s, co, draft_id)).document()

        return self._posting(post)

    def post_drafts(
        self,
        draft_ids: Sequence[int] | None = None,
        *,
        stop_at_first_error: bool | None = None,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> BatchResult:
        """Post many drafts in one go (DOMAIN 3.1 batch posting); see BatchResult."""
        return self._posting(
            invoice_posting.post_drafts, draft_ids, stop_at_first_error=stop_at_first_error, progress=progress
        )

    # --- payments and settlement (DOMAIN 4) -------------------------------------------------------
    def preview_settlement(
        self,
        customer: str,
        date: dt.date,
        marks: Sequence[Mark],
        *,
        payment_amount: Decimal | None = None,
        full_settlement: bool = False,
        payment: bool = False,
    ) -> list[MarkPreview]:
        """What the settle screen shows; posts nothing. Debits and credits marked without an amount
        preview as settle() offsets them, or with payment=True as post_payment settles them."""
        with self._read() as (s, co):
            return payments.preview(
                s,
                co,
                customer,
                date,
                marks,
                payment_amount=payment_amount,
                full_settlement=full_settlement,
                payment=payment,
            )

    def post_payment(
        self,
        customer: str,
        date: dt.date,
        amount: Decimal | None = None,
        *,
        marks: Sequence[Mark] = (),
        method: str = "BANK",
        reference: str | None = None,
        prepayment: bool = False,
        full_settlement: bool = False,
        currency: str | None = None,
        exchange_rate: Decimal | None = None,
        posting_profile: str | None = None,
    ) -> Document:
        def post(s: Session, co: CompanyRow) -> Document:
            txn = payments.post_payment(
                s,
                co,
                customer,
                date,
                amount,
                marks=marks,
                method=method,
                reference=reference,
                prepayment=prepayment,
                full_settlement=full_settlement,
                currency=currency,
                exchange_rate_=exchange_rate,
                posting_profile=posting_profile,
            )
            return transactions.document(s, txn)

        return self._posting(post)

    def print_invoices(
        self,
        numbers: Sequence[str],
        folder: str | os.PathLike[str],
        *,
        jobs: int | None = None,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> list[Path]:
        """Print many posted invoices and credit notes into folder as NUMBER.pdf, in worker processes
        (jobs; default: the CPUs, at most 4). Every number is checked before anything is printed."""
        from ardesk import printrun  # ReportLab loads only when printing
        from ardesk.reports import batch

        target = folder_to_write(folder, "folder")
        if not isinstance(numbers, list | tuple) or not numbers:
            raise ValidationError("numbers", "give at least one document number")
        with self._read() as (s, co):
            for i, number in enumerate(numbers):
                printing.check_printable(s, co.id, number, f"numbers[{i}]")
        if jobs is not None and (not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1):
            raise ValidationError("jobs", "must be a whole number of at least 1")
        url = (
            None
            if self.books.url.database in (None, "", ":memory:")
            else self.books.url.render_as_string(hide_password=False)
        )
        return batch.print_many(
            url,
            self.code,
            list(numbers),
            target,
            jobs or batch.default_jobs(),
            lambda number, path: self.print_invoice(number, path),
            printrun.print_chunk,
            progress,
        )

    # --- foreign currency (DOMAIN 4.11) ------------------------------------------------------------
    def set_exchange_rate(self, currency: str, valid_from: dt.date, rate: Decimal) -> None:
        """Units of the company's currency per unit of `currency`, from valid_from on. Documents in
        that currency posted without an explicit exchange_rate take the rate valid on their date."""
        self._write(fx.set_rate, currency, valid_from, rate)

    def exchange_rate(self, currency: str, date: dt.date) -> Decimal:
        with self._read() as (s, co):
            rate = fx.rate_on(s, co, lookup.code_text(currency, "currency", max_len=3), a_date(date, "date"))
        if rate is None:
            raise NotFoundError(
                "currency",
                "there is no exchange rate for {currency} on {date}",
                currency=currency,
                date=date,
            )
        return rate

    # --- write-off and reimbursement (DOMAIN 4.14, 4.12) ---------------------------------------------
    def write_off(
        self,
        date: dt.date,
        numbers: Sequence[str] = (),
        *,
        customer: str | None = None,
        reason: str | None = None,
        comment: str | None = None,
        separate_sales_tax: bool = False,
    ) -> list[Document]:
        """Write off the open transactions `numbers`, or everything open of `customer`; returns the
        write-off documents (one per customer, currency and posting profile)."""

        def run(s: Session, co: CompanyRow) -> list[Document]:
            return [
                transactions.document(s, t)
                for t in writeoff.write_off(
                    s,
                    co,
                    date,
                    customer=customer,
                    numbers=numbers,
                    reason=reason,
                    comment=comment,
                    separate_sales_tax=separate_sales_tax,
                )
            ]

        return self._posting(run)

    def reimburse(
        self,
        date: dt.date,
        *,
        customers: Sequence[str] | None = None,
        method: str = "BANK",
        minimum: Decimal | None = None,
        include_customers_with_open_debits: bool = False,
    ) -> list[Document]:
        """Refund customers whose credit balance is at least the minimum reimbursement (parameter
        minimum_reimbursement unless `minimum` is given); returns the refunds (kind "refund")."""

        def run(s: Session, co: CompanyRow) -> list[Document]:
            return [
                transactions.document(s, t)
                for t in refunds.reimburse(
                    s,
                    co,
                    date,
                    customers=customers,
                    method=method,
                    minimum=minimum,
                    include_customers_with_open_debits=include_customers_with_open_debits,
                )
            ]

        return self._write(run)

    def export_refunds(
        self, numbers: Sequence[str], path: str | os.PathLike[str], *, execution_date: dt.date
    ) -> CreditTransferFile:
        """Write the refunds as a SEPA credit transfer file (pain.001.001.03) to pay them from the bank."""
        with self._read() as (s, co):
            return credit_transfer.export_refunds(s, co, numbers, path, execution_date)

    # --- payment journals (DOMAIN 4.1) -------------------------------------------------------------
    def create_payment_journal(self, description: str = "") -> str:
        """A new, empty payment journal; returns its number (PJ-...)."""
        return self._write(lambda s, co: journals.create_journal(s, co, description).number)

    def add_payment_line(
        self,
        journal: str,
        customer: str,
        date: dt.date,
        amount: Decimal | None = None,
        *,
        marks: Sequence[Mark] = (),
        method: str = "BANK",
        reference: str | None = None,
        prepayment: bool = False,
        full_settlement: bool = False,
        currency: str | None = None,
        exchange_rate: Decimal | None = None,
    ) -> int:
        """Add an unposted payment line; its marks lock those transactions against every other
        journal and payment until the journal is posted. Returns the line's index."""
        return self._posting(
            journals.add_line,
            journal,
            customer,
            date,
            amount,
            marks=marks,
            method=method,
            reference=reference,
            prepayment=prepayment,
            full_settlement=full_settlement,
            currency=currency,
            exchange_rate_=exchange_rate,
        )

    def remove_payment_line(self, journal: str, index: int) -> None:
        self._write(journals.remove_line, journal, index)

    def clear_marks(self, number: str) -> int:
        """Release a transaction marked on an unposted journal line; returns how many marks went."""
        return self._write(journals.clear_marks, number)

    def post_payment_journal(self, journal: str) -> list[str]:
        """Post every line of the journal, all or nothing; returns the payment numbers."""
        return self._posting(journals.post_journal, journal)

    def payment_journal(self, journal: str) -> JournalInfo:
        with self._read() as (s, co):
            return journals.journal_info(s, co, journal)

    def create_deposit_slip(self, date: dt.date, payments_: Sequence[str]) -> str:
        """A deposit slip for posted cheque payments of one bank account; returns its number."""
        return self._write(lambda s, co: journals.create_deposit_slip(s, co, date, payments_).number)

    # --- printing ----------------------------------------------------------------------------------
    def print_invoice(self, number: str, path: str | os.PathLike[str]) -> None:
        """Write the posted invoice or credit note as a PDF, in the customer's language."""
        from ardesk.reports import invoice as invoice_report  # ReportLab loads only when printing

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            doc = printing.gather_invoice(s, co.id, number)
        invoice_report.render_invoice(doc, target)

    def post_payments(self, lines: Sequence[PaymentLine]) -> list[Document]:
        """Post many payments in one transaction, all or nothing (each PaymentLine has the fields
        of post_payment); errors name the line: "lines[3].amount". Settled in line order."""

        def post(s: Session, co: CompanyRow) -> list[Document]:
            if not isinstance(lines, list | tuple):
                raise ValidationError("lines", "must be a list of PaymentLine")
            return transactions.documents(s, payment_batch.post_many(s, co, lines))

        return self._posting(post)

    def settle(self, customer: str, date: dt.date, marks: Sequence[Mark]) -> list[SettlementRecord]:
        def run(s: Session, co: CompanyRow) -> list[SettlementRecord]:
            return [transactions.settlement_record(s, row) for row in payments.settle(s, co, customer, date, marks)]

        return self._posting(run)

    def settlements(self, number: str) -> list[SettlementRecord]:
        """Every settlement a document took part in, undone ones included."""
        with self._read() as (s, co):
            return transactions.settlements_of(s, co.id, lookup.code_text(number, "number", max_len=30))

    def unsettle(self, settlement_id: int, date: dt.date) -> None:
        """Undo the settlement action this settlement row belongs to (DOMAIN 4.10)."""
        self._posting(payments.unsettle, settlement_id, date)

    def reverse(self, number: str, date: dt.date) -> Document:
        """Reverse a posted invoice, credit note or payment; returns the reversal."""

        def run(s: Session, co: CompanyRow) -> Document:
            txn = payments.reverse(s, co, number, date)
            rev = s.scalar(
                select(CustomerTransaction)
                .where(
                    CustomerTransaction.company_id == co.id,
                    CustomerTransaction.kind == "reversal",
                    CustomerTransaction.customer_id == txn.customer_id,
                )
                .order_by(CustomerTransaction.id.desc())
                .limit(1)
            )
            return transactions.document(s, rev)

        return self._posting(run)

    def nsf_payment(self, number: str, date: dt.date, *, fee: Decimal | None = None) -> Document | None:
        """A bounced payment: reversed, its invoices reopened, and an optional fee charged."""

        def run(s: Session, co: CompanyRow) -> Document | None:
            fee_txn = payments.nsf(s, co, number, date, fee)
            return None if fee_txn is None else transactions.document(s, fee_txn)

        return self._posting(run)

    def priority_marks(self, customer: str) -> list[Mark]:
        """'Mark by priority': the customer's open debits in settlement order (DOMAIN 4.9)."""
        with self._read() as (s, co):
            cust = lookup.by_code(s, Customer, co.id, customer, "customer")
            return payments.priority_marks(s, co, cust, cust.currency)

    def document(self, number: str) -> Document:
        with self._read() as (s, co):
            txn = transactions.find_by_number(s, co.id, lookup.code_text(number, "number", max_len=30))
            if txn is None:
                raise NotFoundError("number", "there is no document {number!r}", number=number)
            return transactions.document(s, txn)

    def transactions(self, customer: str, *, open_only: bool = False) -> list[Transaction]:
        with self._read() as (s, co):
            cust = lookup.by_code(s, Customer, co.id, customer, "customer")
            return transactions.customer_transactions(s, co.id, cust.id, open_only=open_only)

    def customer_balance(self, customer: str, as_of: dt.date | None = None) -> Decimal:
        if as_of is not None:
            raise ValidationError("as_of", "balances as of a past date come with settlement history")
        with self._read() as (s, co):
            cust = lookup.by_code(s, Customer, co.id, customer, "customer")
            return customers.open_balances(s, co.id, [cust.id]).get(cust.id, Decimal("0.00"))
