"""company.setup_version: raised by triggers at every set-up change, so set-up can be remembered

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 19:20:00

Postings read the accounts, tax codes, profiles and parameters they need once per set-up version
(services.setup_cache) instead of at every call. The triggers that raise the version are installed
with the others by schema.upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("company", sa.Column("setup_version", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.drop_column("setup_version")
