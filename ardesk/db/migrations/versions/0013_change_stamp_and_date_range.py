"""The change stamp open windows poll to reload what another user changed, and each company's sane range of
business dates (issue 11).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_stamp",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_change_stamp_company_id_company")),
        sa.PrimaryKeyConstraint("company_id", name=op.f("pk_change_stamp")),
    )
    op.execute("INSERT INTO change_stamp (company_id, seq) SELECT id, 0 FROM company")
    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("earliest_date", sa.Date(), server_default="1990-01-01", nullable=False))
        batch_op.add_column(sa.Column("latest_date", sa.Date(), server_default="2100-12-31", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.drop_column("latest_date")
        batch_op.drop_column("earliest_date")
    op.drop_table("change_stamp")
