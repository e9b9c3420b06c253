"""Period close and bank statements: fiscal years with months open, on hold or closed, kept reasons of a
guided close, imported bank statements and their lines, the payment reference of each invoice.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fiscal_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_fiscal_year_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_year")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_fiscal_year_company_id_code")),
    )
    with op.batch_alter_table("fiscal_year", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fiscal_year_company_id"), ["company_id"], unique=False)

    op.create_table(
        "period_close_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("line", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_period_close_override_company_id_company")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_close_override")),
        sa.UniqueConstraint(
            "company_id", "period_end", "line", name=op.f("uq_period_close_override_company_id_period_end_line")
        ),
    )
    with op.batch_alter_table("period_close_override", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_close_override_company_id"), ["company_id"], unique=False)

    op.create_table(
        "bank_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("statement_id", sa.String(length=35), nullable=False),
        sa.Column("account_iban", sa.String(length=34), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=False),
        sa.Column("opening_balance", sa.BigInteger(), nullable=False),
        sa.Column("closing_balance", sa.BigInteger(), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("journal_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_bank_statement_company_id_company")),
        sa.ForeignKeyConstraint(
            ["journal_id"], ["payment_journal.id"], name=op.f("fk_bank_statement_journal_id_payment_journal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_statement")),
        sa.UniqueConstraint("company_id", "file_hash", name=op.f("uq_bank_statement_company_id_file_hash")),
    )
    with op.batch_alter_table("bank_statement", schema=None) as batch_op:
        batch_op.create_index("ix_bank_statement_account", ["company_id", "account_iban", "from_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_bank_statement_company_id"), ["company_id"], unique=False)

    op.create_table(
        "bank_statement_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("booking_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("counterparty_name", sa.String(length=140), nullable=False),
        sa.Column("counterparty_iban", sa.String(length=34), nullable=True),
        sa.Column("reference", sa.String(length=140), nullable=True),
        sa.Column("remittance", sa.String(length=500), nullable=False),
        sa.Column("bank_reference", sa.String(length=100), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("journal_line_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_bank_statement_line_company_id_company")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_bank_statement_line_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["journal_line_id"],
            ["payment_journal_line.id"],
            name=op.f("fk_bank_statement_line_journal_line_id_payment_journal_line"),
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["bank_statement.id"], name=op.f("fk_bank_statement_line_statement_id_bank_statement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_statement_line")),
        sa.UniqueConstraint("statement_id", "seq", name=op.f("uq_bank_statement_line_statement_id_seq")),
    )
    with op.batch_alter_table("bank_statement_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bank_statement_line_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bank_statement_line_statement_id"), ["statement_id"], unique=False)

    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payment_reference", sa.String(length=4), server_default="rf", nullable=False))

    with op.batch_alter_table("customer_transaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payment_reference", sa.String(length=35), nullable=True))
        batch_op.create_index(
            "ix_customer_transaction_payment_reference", ["company_id", "payment_reference"], unique=False
        )

    with op.batch_alter_table("ledger_period", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", sa.String(length=10), server_default="open", nullable=False))
        batch_op.add_column(sa.Column("fiscal_year_id", sa.Integer(), nullable=True))
    # A month closed before this version stays closed; one reopened is open.
    op.execute("UPDATE ledger_period SET state = CASE WHEN closed THEN 'closed' ELSE 'open' END")
    with op.batch_alter_table("ledger_period", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_ledger_period_fiscal_year_id_fiscal_year"), "fiscal_year", ["fiscal_year_id"], ["id"]
        )
        batch_op.drop_column("closed")


def downgrade() -> None:
    with op.batch_alter_table("ledger_period", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed", sa.Boolean(), server_default="0", nullable=False))
    op.execute("UPDATE ledger_period SET closed = (state <> 'open')")
    with op.batch_alter_table("ledger_period", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_ledger_period_fiscal_year_id_fiscal_year"), type_="foreignkey")
        batch_op.drop_column("fiscal_year_id")
        batch_op.drop_column("state")
    with op.batch_alter_table("customer_transaction", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_transaction_payment_reference")
        batch_op.drop_column("payment_reference")
    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.drop_column("payment_reference")
    for name in ("bank_statement_line", "bank_statement", "period_close_override", "fiscal_year"):
        op.drop_table(name)
