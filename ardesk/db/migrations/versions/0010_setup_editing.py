"""Set-up editable in the GUI: active flags on codes, sales-tax kinds and legal texts, company country and
fiscal year start, customer country / contact / KvK, the default sales-tax code.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("default_sales_tax", sa.String(length=20), nullable=True))

    with op.batch_alter_table("cash_discount", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("charge_code", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("fiscal_year_start", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("contact", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("coc_number", sa.String(length=30), nullable=True))

    with op.batch_alter_table("customer_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("method_of_payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("posting_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("sales_tax", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("kind", sa.String(length=15), server_default="standard", nullable=False))
        batch_op.add_column(sa.Column("invoice_text", sa.String(length=300), nullable=True))

    with op.batch_alter_table("terms_of_payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("terms_of_payment", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("sales_tax", schema=None) as batch_op:
        batch_op.drop_column("invoice_text")
        batch_op.drop_column("kind")
        batch_op.drop_column("active")

    with op.batch_alter_table("posting_profile", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("method_of_payment", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("customer_group", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("coc_number")
        batch_op.drop_column("contact")
        batch_op.drop_column("country")

    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_column("fiscal_year_start")
        batch_op.drop_column("country")

    with op.batch_alter_table("charge_code", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("cash_discount", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.drop_column("default_sales_tax")

    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_column("active")
