"""amounts in thousandths (KWD, BHD), versions of open balances, whole vouchers

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 19:00:00

* Every amount column was stored in cents; currencies with three decimals (KWD, BHD, OMR) need
  thousandths, so every stored amount is multiplied by ten (exact: integers).
* customer_transaction.version: raised at every change of an open balance, so a change overtaken by
  another user's is refused (services.balances).
* voucher.line_count: the number of ledger entries a voucher was posted with; the database refuses
  more (db.triggers).
The triggers are dropped first (they refuse updates of posted history) and installed anew by
schema.upgrade after the last migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: The amount columns as they stood at this revision.
AMOUNTS = {
    "ar_parameters": ["max_penny_difference", "max_over_underpayment", "minimum_reimbursement"],
    "customer": ["credit_limit"],
    "customer_transaction": ["amount", "amount_acc", "balance", "balance_acc", "discount_taken"],
    "deposit_slip": ["total"],
    "discount_schedule": ["discount", "amount_to_pay"],
    "invoice": ["lines_total", "charges_total", "tax_total", "total"],
    "invoice_charge": ["amount"],
    "invoice_line": ["amount"],
    "invoice_tax": ["base", "amount"],
    "invoice_template_line": ["amount"],
    "journal_mark": ["amount"],
    "ledger_entry": ["amount", "amount_cur"],
    "payment_journal_line": ["amount"],
    "recurring_assignment": ["max_amount"],
    "settlement": ["amount", "amount_acc", "discount", "difference", "exchange_result"],
}


def _drop_triggers() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        rows = bind.execute(sa.text("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")).all()
        for name, _ in rows:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        rows = bind.execute(
            sa.text(
                "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE NOT t.tgisinternal AND t.tgname LIKE 'trg\\_%' AND n.nspname = current_schema()"
            )
        ).all()
        for name, table in rows:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def _scale(factor: str) -> None:
    for table, columns in AMOUNTS.items():
        op.execute(f"UPDATE {table} SET " + ", ".join(f"{c} = {c} {factor}" for c in columns))


def upgrade() -> None:
    _drop_triggers()
    _scale("* 10")
    op.add_column("customer_transaction", sa.Column("version", sa.Integer(), server_default="0", nullable=False))
    op.add_column("voucher", sa.Column("line_count", sa.Integer(), server_default="0", nullable=False))
    op.execute("UPDATE voucher SET line_count = (SELECT COUNT(*) FROM ledger_entry WHERE voucher_id = voucher.id)")


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table("voucher") as batch:
        batch.drop_column("line_count")
    with op.batch_alter_table("customer_transaction") as batch:
        batch.drop_column("version")
    _scale("/ 10")
