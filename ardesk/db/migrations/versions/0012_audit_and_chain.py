"""The audit trail and the voucher hash chain (issue 11): audit_event (only ever added to), each voucher's place
in its company's chain and hash, the end of each company's chain. Vouchers posted before this version are
chained here, in the order they were written (ardesk.db.chain).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from ardesk.db import triggers
from ardesk.db.chain import GENESIS, line_text, voucher_hash

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("document", sa.String(length=30), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.String(length=500), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_audit_event_company_id_company")),
        sa.ForeignKeyConstraint(["voucher_id"], ["voucher.id"], name=op.f("fk_audit_event_voucher_id_voucher")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_audit_event_document", ["company_id", "document"], unique=False)

    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_seq", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column(
                "chain_head",
                sa.String(length=64),
                server_default="0000000000000000000000000000000000000000000000000000000000000000",
                nullable=False,
            )
        )

    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_index("uq_voucher_chain_seq", "voucher", ["company_id", "chain_seq"], unique=True)
    _chain_existing_vouchers(op.get_bind())


def _chain_existing_vouchers(conn: sa.Connection) -> None:
    """Chain every voucher already in the books, company by company in id order. The protective triggers
    refuse any change to a voucher, so they are dropped here; schema.upgrade reinstalls them after."""
    triggers.drop_all(conn)
    companies = [row[0] for row in conn.execute(sa.text("SELECT id FROM company ORDER BY id"))]
    for company_id in companies:
        lines: dict[int, list[str]] = {}
        for vid, account, amount, currency, amount_cur, customer, text in conn.execute(
            sa.text(
                "SELECT voucher_id, account_id, amount, currency, amount_cur, customer_id, text FROM ledger_entry "
                "WHERE company_id = :c ORDER BY id"
            ),
            {"c": company_id},
        ):
            lines.setdefault(vid, []).append(
                line_text(account, Decimal(amount).scaleb(-3), currency, Decimal(amount_cur).scaleb(-3), customer, text)
            )
        head, seq, updates = GENESIS, 0, []
        for vid, number, day, kind, text, reverses in conn.execute(
            sa.text("SELECT id, number, date, kind, text, reverses_id FROM voucher WHERE company_id = :c ORDER BY id"),
            {"c": company_id},
        ):
            seq += 1
            day = day if not isinstance(day, str) else dt.date.fromisoformat(day)  # SQLite returns text
            head = voucher_hash(head, seq, number, day, kind, text, reverses, lines.get(vid, []))
            updates.append({"i": vid, "s": seq, "h": head})
        for start in range(0, len(updates), 5000):
            conn.execute(
                sa.text("UPDATE voucher SET chain_seq = :s, hash = :h WHERE id = :i"), updates[start : start + 5000]
            )
        conn.execute(
            sa.text("UPDATE company SET chain_seq = :s, chain_head = :h WHERE id = :c"),
            {"s": seq, "h": head, "c": company_id},
        )


def downgrade() -> None:
    op.drop_index("uq_voucher_chain_seq", table_name="voucher")
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("chain_seq")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_column("chain_head")
        batch_op.drop_column("chain_seq")
    op.drop_table("audit_event")
