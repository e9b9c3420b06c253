"""payments

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 11:16:33.691605
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The settlement row gained a column, so its update guard is re-created to cover it.
TRIGGERS = {
    "postgresql": [
        "CREATE TRIGGER trg_settlement_no_update BEFORE UPDATE ON settlement FOR EACH ROW WHEN "
        "(OLD.id IS DISTINCT FROM NEW.id OR OLD.event IS DISTINCT FROM NEW.event OR "
        "OLD.debit_id IS DISTINCT FROM NEW.debit_id OR OLD.credit_id IS DISTINCT FROM "
        "NEW.credit_id OR OLD.date IS DISTINCT FROM NEW.date OR OLD.amount IS DISTINCT FROM "
        "NEW.amount OR OLD.amount_acc IS DISTINCT FROM NEW.amount_acc OR OLD.discount IS "
        "DISTINCT FROM NEW.discount OR OLD.difference IS DISTINCT FROM NEW.difference OR "
        "OLD.exchange_result IS DISTINCT FROM NEW.exchange_result OR OLD.voucher_id IS DISTINCT "
        "FROM NEW.voucher_id OR OLD.company_id IS DISTINCT FROM NEW.company_id OR "
        "OLD.unsettled_date IS NOT NULL) EXECUTE FUNCTION ardesk_refuse()"
    ],
    "sqlite": [
        "CREATE TRIGGER IF NOT EXISTS trg_settlement_no_update BEFORE UPDATE ON settlement FOR EACH "
        "ROW WHEN OLD.id IS NOT NEW.id OR OLD.event IS NOT NEW.event OR OLD.debit_id IS NOT "
        "NEW.debit_id OR OLD.credit_id IS NOT NEW.credit_id OR OLD.date IS NOT NEW.date OR "
        "OLD.amount IS NOT NEW.amount OR OLD.amount_acc IS NOT NEW.amount_acc OR OLD.discount IS "
        "NOT NEW.discount OR OLD.difference IS NOT NEW.difference OR OLD.exchange_result IS NOT "
        "NEW.exchange_result OR OLD.voucher_id IS NOT NEW.voucher_id OR OLD.company_id IS NOT "
        "NEW.company_id OR OLD.unsettled_date IS NOT NULL BEGIN SELECT RAISE(ABORT, 'ardesk: posted "
        "history cannot be changed or deleted'); END"
    ],
}


def upgrade() -> None:

    op.create_table(
        "payment_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("posted_date", sa.Date(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_payment_journal_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_journal")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_payment_journal_company_id_number")),
    )
    with op.batch_alter_table("payment_journal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_journal_company_id"), ["company_id"], unique=False)

    op.create_table(
        "deposit_slip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_deposit_slip_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_deposit_slip_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_slip")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_deposit_slip_company_id_number")),
    )
    with op.batch_alter_table("deposit_slip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_slip_company_id"), ["company_id"], unique=False)

    op.create_table(
        "deposit_slip_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slip_id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["slip_id"], ["deposit_slip.id"], name=op.f("fk_deposit_slip_line_slip_id_deposit_slip")
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_deposit_slip_line_transaction_id_customer_transaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_slip_line")),
        sa.UniqueConstraint("transaction_id", name=op.f("uq_deposit_slip_line_transaction_id")),
    )
    with op.batch_alter_table("deposit_slip_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_slip_line_slip_id"), ["slip_id"], unique=False)

    op.create_table(
        "payment_journal_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journal_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("method_of_payment_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("prepayment", sa.Boolean(), nullable=False),
        sa.Column("full_settlement", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.BigInteger(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_payment_journal_line_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["journal_id"], ["payment_journal.id"], name=op.f("fk_payment_journal_line_journal_id_payment_journal")
        ),
        sa.ForeignKeyConstraint(
            ["method_of_payment_id"],
            ["method_of_payment.id"],
            name=op.f("fk_payment_journal_line_method_of_payment_id_method_of_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_payment_journal_line_transaction_id_customer_transaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_journal_line")),
        sa.UniqueConstraint("journal_id", "seq", name=op.f("uq_payment_journal_line_journal_id_seq")),
    )
    with op.batch_alter_table("payment_journal_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_journal_line_journal_id"), ["journal_id"], unique=False)

    op.create_table(
        "journal_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("use_cash_discount", sa.String(length=6), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_journal_mark_company_id_company")),
        sa.ForeignKeyConstraint(
            ["line_id"], ["payment_journal_line.id"], name=op.f("fk_journal_mark_line_id_payment_journal_line")
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_journal_mark_transaction_id_customer_transaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_mark")),
        sa.UniqueConstraint("company_id", "transaction_id", name=op.f("uq_journal_mark_company_id_transaction_id")),
    )
    with op.batch_alter_table("journal_mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_mark_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_mark_line_id"), ["line_id"], unique=False)

    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event", sa.String(length=30), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_settlement_event"), ["event"], unique=False)
    op.execute(
        "DROP TRIGGER IF EXISTS trg_settlement_no_update"
        + (" ON settlement" if op.get_bind().dialect.name == "postgresql" else "")
    )
    for ddl in TRIGGERS[op.get_bind().dialect.name]:
        op.execute(ddl)


def downgrade() -> None:

    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_settlement_event"))
        batch_op.drop_column("event")

    with op.batch_alter_table("journal_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_mark_line_id"))
        batch_op.drop_index(batch_op.f("ix_journal_mark_company_id"))

    op.drop_table("journal_mark")
    with op.batch_alter_table("payment_journal_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_journal_line_journal_id"))

    op.drop_table("payment_journal_line")
    with op.batch_alter_table("deposit_slip_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deposit_slip_line_slip_id"))

    op.drop_table("deposit_slip_line")
    with op.batch_alter_table("deposit_slip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deposit_slip_company_id"))

    op.drop_table("deposit_slip")
    with op.batch_alter_table("payment_journal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_journal_company_id"))

    op.drop_table("payment_journal")
