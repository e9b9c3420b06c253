"""ledger periods

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:35:45.048099
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "ledger_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("reopen_reason", sa.String(length=200), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_ledger_period_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_period")),
        sa.UniqueConstraint("company_id", "period_end", name=op.f("uq_ledger_period_company_id_period_end")),
    )
    with op.batch_alter_table("ledger_period", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_period_company_id"), ["company_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("ledger_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_period_company_id"))

    op.drop_table("ledger_period")
