"""Database triggers that keep posted history immutable, whatever client writes to the file."""

from __future__ import annotations

from sqlalchemy import Connection

from ardesk.models import Base
from ardesk.models.transaction import MUTABLE_TRANSACTION_COLUMNS

MESSAGE = "ardesk: posted history cannot be changed or deleted"


def _changed(table: str, mutable: tuple[str, ...]) -> str:
    """SQL condition true when any column outside `mutable` changes (NULL-safe on both back ends)."""
    cols = [c.name for c in Base.metadata.tables[table].columns if c.name not in mutable]
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in cols)


def rules() -> list[tuple[str, str, str, str]]:
    """(name, table, event, condition): each forbids `event` on `table` when `condition` holds."""
    posted_parent = "(SELECT status FROM invoice WHERE id = {row}.invoice_id) = 'posted'"
    return [
        ("voucher_no_update", "voucher", "UPDATE", "1=1"),
        ("voucher_no_delete", "voucher", "DELETE", "1=1"),
        ("ledger_entry_no_update", "ledger_entry", "UPDATE", "1=1"),
        ("ledger_entry_no_delete", "ledger_entry", "DELETE", "1=1"),
        ("ctrans_no_update", "customer_transaction", "UPDATE",
         _changed("customer_transaction", MUTABLE_TRANSACTION_COLUMNS)),
        ("ctrans_no_delete", "customer_transaction", "DELETE", "1=1"),
        ("dsched_no_update", "discount_schedule", "UPDATE", "1=1"),
        ("dsched_no_delete", "discount_schedule", "DELETE", "1=1"),
        ("settlement_no_update", "settlement", "UPDATE",
         _changed("settlement", ("unsettled_date", "unsettle_voucher_id"))
         + " OR OLD.unsettled_date IS NOT NULL"),
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


def create_statements(dialect: str) -> list[str]:
    """DDL that installs every rule on `dialect` ("sqlite" or "postgresql")."""
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER IF NOT EXISTS trg_{name} BEFORE {ev} ON {table} FOR EACH ROW "
            f"WHEN {cond.replace('IS DISTINCT FROM', 'IS NOT')} "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            for name, table, ev, cond in rules()
        ]
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
                out.append(f"CREATE TRIGGER trg_{name} BEFORE {ev} ON {table} FOR EACH ROW "
                           f"EXECUTE FUNCTION ardesk_{name}()")
            else:
                when = "" if cond == "1=1" else f"WHEN ({cond}) "
                out.append(f"CREATE TRIGGER trg_{name} BEFORE {ev} ON {table} FOR EACH ROW "
                           f"{when}EXECUTE FUNCTION ardesk_refuse()")
        return out
    raise ValueError(f"unsupported database {dialect}")


def install(conn: Connection) -> None:
    """Install the triggers on an open connection (inside the caller's transaction)."""
    for ddl in create_statements(conn.dialect.name):
        conn.exec_driver_sql(ddl)
