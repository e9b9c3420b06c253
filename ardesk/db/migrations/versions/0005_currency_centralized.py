"""exchange rates by date; centralized payments parameters

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 13:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_exchange_rate_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint(
            "company_id", "currency", "valid_from", name=op.f("uq_exchange_rate_company_id_currency_valid_from")
        ),
    )
    op.create_index(op.f("ix_exchange_rate_company_id"), "exchange_rate", ["company_id"], unique=False)
    # Plain ADD COLUMN (nullable, no default): no SQLite table rebuild, so the triggers stay as they are.
    op.add_column("ar_parameters", sa.Column("centralized_group", sa.String(length=30), nullable=True))
    op.add_column("ar_parameters", sa.Column("centralized_cash_discount_in", sa.String(length=10), nullable=True))
    op.add_column("ar_parameters", sa.Column("centralized_exchange_result_in", sa.String(length=10), nullable=True))


def downgrade() -> None:
    op.drop_column("ar_parameters", "centralized_exchange_result_in")
    op.drop_column("ar_parameters", "centralized_cash_discount_in")
    op.drop_column("ar_parameters", "centralized_group")
    op.drop_index(op.f("ix_exchange_rate_company_id"), table_name="exchange_rate")
    op.drop_table("exchange_rate")
