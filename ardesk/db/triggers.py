"""Database triggers that keep posted history immutable, whatever client writes to the file."""

from __future__ import annotations

from sqlalchemy import Connection, text

from ardesk.models import Base
from ardesk.models.transaction import MUTABLE_TRANSACTION_COLUMNS

MESSAGE = "ardesk: posted history cannot be changed or deleted"


def _changed(table: str, mutable: tuple[str, ...]) -> str:
    """SQL condition true when any column outside `mutable` changes (NULL-safe on both back ends)."""
    cols = [c.name for c in Base.metadata.tables[table].columns if c.name not in mutable]
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in cols)


def _settled(column: str, side: str, id_: str = "NEW.id") -> str:
    return f"(SELECT COALESCE(SUM({column}), 0) FROM settlement WHERE {side}_id = {id_} AND unsettled_date IS NULL)"


def _unexplained_balance() -> str:
    """True when a customer transaction's open balance is not its amount less what its live settlement
    rows took (as debit) plus what they gave (as credit), or its closed date does not match it (DOMAIN
    4.4: only settlement changes an open balance; ARDESK choice: balances stay stored, for fast open-item
    lists and aging on big books, and the database checks every change against the settlement rows)."""
    moved = (
        "OLD.balance IS DISTINCT FROM NEW.balance OR OLD.balance_acc IS DISTINCT FROM NEW.balance_acc "
        "OR OLD.closed_date IS DISTINCT FROM NEW.closed_date"
    )
    explained = (
        f"NEW.balance = NEW.amount - {_settled('amount', 'debit')} + {_settled('amount', 'credit')} "
        f"AND NEW.balance_acc = NEW.amount_acc - {_settled('amount_acc', 'debit')} "
        f"+ {_settled('amount_acc + exchange_result', 'credit')} "
        "AND ((NEW.closed_date IS NULL) = (NEW.balance <> 0))"
    )
    return f"({moved}) AND NOT ({explained})"


def rules() -> list[tuple[str, str, str, str]]:
    """(name, table, event, condition): each forbids `event` on `table` when `condition` holds."""
    posted_parent = "(SELECT status FROM invoice WHERE id = {row}.invoice_id) = 'posted'"
    return [
        ("voucher_no_update", "voucher", "UPDATE", "1=1"),
        ("voucher_no_delete", "voucher", "DELETE", "1=1"),
        ("ledger_entry_no_update", "ledger_entry", "UPDATE", "1=1"),
        ("ledger_entry_no_delete", "ledger_entry", "DELETE", "1=1"),
        # The audit trail is only ever added to (issue 11).
        ("audit_event_no_update", "audit_event", "UPDATE", "1=1"),
        ("audit_event_no_delete", "audit_event", "DELETE", "1=1"),
        # A posted voucher is whole: no line beyond the count it was written with.
        (
            "ledger_entry_no_extra",
            "ledger_entry",
            "INSERT",
            "(SELECT COUNT(*) FROM ledger_entry WHERE voucher_id = NEW.voucher_id) >= "
            "(SELECT line_count FROM voucher WHERE id = NEW.voucher_id)",
        ),
        ("ctrans_balance_explained", "customer_transaction", "UPDATE", _unexplained_balance()),
        (
            "customer_no_delete_with_history",
            "customer",
            "DELETE",
            "EXISTS (SELECT 1 FROM customer_transaction WHERE customer_id = OLD.id) "
            "OR EXISTS (SELECT 1 FROM invoice WHERE customer_id = OLD.id AND status = 'posted')",
        ),
        (
            "ctrans_no_update",
            "customer_transaction",
            "UPDATE",
            _changed("customer_transaction", MUTABLE_TRANSACTION_COLUMNS),
        ),
        ("ctrans_no_delete", "customer_transaction", "DELETE", "1=1"),
        ("dsched_no_update", "discount_schedule", "UPDATE", "1=1"),
        ("dsched_no_delete", "discount_schedule", "DELETE", "1=1"),
        (
            "settlement_no_update",
            "settlement",
            "UPDATE",
            _changed("settlement", ("unsettled_date", "unsettle_voucher_id")) + " OR OLD.unsettled_date IS NOT NULL",
        ),
        ("settlement_no_delete", "settlement", "DELETE", "1=1"),
        ("invoice_no_update", "invoice", "UPDATE", "OLD.status = 'posted'"),
        ("invoice_no_delete", "invoice", "DELETE", "OLD.status = 'posted'"),
        ("invoice_line_no_insert", "invoice_line", "INSERT", posted_parent.format(row="NEW")),
        ("invoice_line_no_update", "invoice_line", "UPDATE", posted_parent.format(row="OLD")),
        ("invoice_line_no_delete", "invoice_line", "DELETE", posted_parent.format(row="OLD")),
        ("invoice_tax_no_insert", "invoice_tax", "INSERT", posted_parent.format(row="NEW")),
        ("invoice_tax_no_update", "invoice_tax", "UPDATE", posted_parent.format(row="OLD")),
        ("invoice_tax_no_delete", "invoice_tax", "DELETE", posted_parent.format(row="OLD")),
        ("invoice_charge_no_insert", "invoice_charge", "INSERT", posted_parent.format(row="NEW")),
        ("invoice_charge_no_update", "invoice_charge", "UPDATE", posted_parent.format(row="OLD")),
        ("invoice_charge_no_delete", "invoice_charge", "DELETE", posted_parent.format(row="OLD")),
    ]


#: Set-up tables whose every change raises company.setup_version (services.setup_cache): the
#: company id of a row, from NEW or OLD ({row}).
SETUP_TABLES = {
    "account": "{row}.company_id",
    "account_role": "{row}.company_id",
    "aging_definition": "{row}.company_id",
    "aging_bucket": "(SELECT company_id FROM aging_definition WHERE id = {row}.definition_id)",
    "ar_parameters": "{row}.company_id",
    "exchange_rate": "{row}.company_id",
    "ledger_period": "{row}.company_id",
    "posting_profile": "{row}.company_id",
    "posting_profile_line": "(SELECT company_id FROM posting_profile WHERE id = {row}.profile_id)",
    "terms_of_payment": "{row}.company_id",
    "cash_discount": "{row}.company_id",
    "cash_discount_period": "(SELECT company_id FROM cash_discount WHERE id = {row}.cash_discount_id)",
    "customer_group": "{row}.company_id",
    "method_of_payment": "{row}.company_id",
    "sales_tax": "{row}.company_id",
    "charge_code": "{row}.company_id",
}
_EVENTS = (("ins", "INSERT", "NEW"), ("upd", "UPDATE", "NEW"), ("del", "DELETE", "OLD"))


def setup_trigger_names() -> list[str]:
    return [f"trg_setup_{table}_{short}" for table in SETUP_TABLES for short, _, _ in _EVENTS]


def _setup_statements(dialect: str) -> list[str]:
    out = []
    for table, company in SETUP_TABLES.items():
        bump = "UPDATE company SET setup_version = setup_version + 1 WHERE id = {}"
        if dialect == "sqlite":
            out += [
                f"CREATE TRIGGER IF NOT EXISTS trg_setup_{table}_{short} AFTER {ev} ON {table} FOR EACH ROW "
                f"BEGIN {bump.format(company.format(row=row))}; END"
                for short, ev, row in _EVENTS
            ]
        else:
            out.append(
                f"CREATE OR REPLACE FUNCTION ardesk_setup_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN IF TG_OP = 'DELETE' THEN {bump.format(company.format(row='OLD'))}; "
                f"ELSE {bump.format(company.format(row='NEW'))}; END IF; RETURN NULL; END $$"
            )
            out += [
                f"CREATE TRIGGER trg_setup_{table}_{short} AFTER {ev} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION ardesk_setup_{table}()"
                for short, ev, _ in _EVENTS
            ]
    return out


def create_statements(dialect: str) -> list[str]:
    """DDL that installs every rule on `dialect` ("sqlite" or "postgresql")."""
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER IF NOT EXISTS trg_{name} BEFORE {ev} ON {table} FOR EACH ROW "
            f"WHEN {cond.replace('IS DISTINCT FROM', 'IS NOT')} "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            for name, table, ev, cond in rules()
        ] + _setup_statements(dialect)
    if dialect == "postgresql":
        out = [
            "CREATE OR REPLACE FUNCTION ardesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION USING MESSAGE = '{MESSAGE} (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END $$"
        ]
        for name, table, ev, cond in rules():
            if "SELECT" in cond:  # PostgreSQL forbids subqueries in WHEN: test inside the function
                out.append(
                    f"CREATE OR REPLACE FUNCTION ardesk_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    f"BEGIN IF {cond} THEN RAISE EXCEPTION USING MESSAGE = '{MESSAGE} (' || TG_TABLE_NAME || ')', "
                    f"ERRCODE = 'P0001'; END IF; "
                    f"IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
                )
                out.append(
                    f"CREATE TRIGGER trg_{name} BEFORE {ev} ON {table} FOR EACH ROW EXECUTE FUNCTION ardesk_{name}()"
                )
            else:
                when = "" if cond == "1=1" else f"WHEN ({cond}) "
                out.append(
                    f"CREATE TRIGGER trg_{name} BEFORE {ev} ON {table} FOR EACH ROW "
                    f"{when}EXECUTE FUNCTION ardesk_refuse()"
                )
        return out + _setup_statements(dialect)
    raise ValueError(f"unsupported database {dialect}")


def install(conn: Connection) -> None:
    """Install the triggers on an open connection (inside the caller's transaction)."""
    for ddl in create_statements(conn.dialect.name):
        conn.exec_driver_sql(ddl)


def installed(conn: Connection) -> dict[str, str]:
    """The ardesk triggers the database has: {trigger name: table}."""
    if conn.dialect.name == "sqlite":
        sql = "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg\\_%' ESCAPE '\\'"
    else:
        sql = (
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND t.tgname LIKE 'trg\\_%' AND n.nspname = current_schema()"
        )
    return {name: table for name, table in conn.execute(text(sql)).all()}


def missing(conn: Connection) -> list[str]:
    """Names of the protective triggers this version expects that the database lacks."""
    have = installed(conn)
    return [name for name in [*(f"trg_{rule[0]}" for rule in rules()), *setup_trigger_names()] if name not in have]


def drop_all(conn: Connection) -> None:
    """Drop every ardesk trigger (a migration that rewrites history rows; reinstall follows)."""
    for name, table in installed(conn).items():
        conn.exec_driver_sql(
            f"DROP TRIGGER IF EXISTS {name}"
            if conn.dialect.name == "sqlite"
            else f"DROP TRIGGER IF EXISTS {name} ON {table}"
        )


def reinstall(conn: Connection) -> None:
    """Replace every ardesk trigger with this version's (after an upgrade, or when some were removed)."""
    drop_all(conn)
    install(conn)
