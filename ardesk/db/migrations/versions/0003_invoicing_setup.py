"""invoicing: charges, templates, recurring, orders, letterhead

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:41:27.196432
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# SQLite batch mode recreates invoice and invoice_line, which drops their triggers; every trigger
# is (re)created IF NOT EXISTS. PostgreSQL keeps triggers on ALTER and only needs the new ones.
TRIGGERS = {
    "postgresql": [
        "CREATE OR REPLACE FUNCTION ardesk_invoice_charge_no_insert() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = NEW.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_charge_no_insert BEFORE INSERT ON invoice_charge FOR EACH "
        "ROW EXECUTE FUNCTION ardesk_invoice_charge_no_insert()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_charge_no_update() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_charge_no_update BEFORE UPDATE ON invoice_charge FOR EACH "
        "ROW EXECUTE FUNCTION ardesk_invoice_charge_no_update()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_charge_no_delete() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_charge_no_delete BEFORE DELETE ON invoice_charge FOR EACH "
        "ROW EXECUTE FUNCTION ardesk_invoice_charge_no_delete()",
    ],
    "sqlite": [
        "CREATE TRIGGER IF NOT EXISTS trg_voucher_no_update BEFORE UPDATE ON voucher FOR EACH ROW "
        "WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); "
        "END",
        "CREATE TRIGGER IF NOT EXISTS trg_voucher_no_delete BEFORE DELETE ON voucher FOR EACH ROW "
        "WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); "
        "END",
        "CREATE TRIGGER IF NOT EXISTS trg_ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR "
        "EACH ROW WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or "
        "deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR "
        "EACH ROW WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or "
        "deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_ctrans_no_update BEFORE UPDATE ON customer_transaction "
        "FOR EACH ROW WHEN OLD.id IS NOT NEW.id OR OLD.customer_id IS NOT NEW.customer_id OR "
        "OLD.voucher_id IS NOT NEW.voucher_id OR OLD.number IS NOT NEW.number OR OLD.kind IS NOT "
        "NEW.kind OR OLD.date IS NOT NEW.date OR OLD.document_date IS NOT NEW.document_date OR "
        "OLD.due_date IS NOT NEW.due_date OR OLD.currency IS NOT NEW.currency OR OLD.exchange_rate "
        "IS NOT NEW.exchange_rate OR OLD.amount IS NOT NEW.amount OR OLD.amount_acc IS NOT "
        "NEW.amount_acc OR OLD.account_id IS NOT NEW.account_id OR OLD.posting_profile_id IS NOT "
        "NEW.posting_profile_id OR OLD.cash_discount_id IS NOT NEW.cash_discount_id OR "
        "OLD.method_of_payment_id IS NOT NEW.method_of_payment_id OR OLD.reference IS NOT "
        "NEW.reference OR OLD.text IS NOT NEW.text OR OLD.company_id IS NOT NEW.company_id BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_ctrans_no_delete BEFORE DELETE ON customer_transaction "
        "FOR EACH ROW WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed "
        "or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_dsched_no_update BEFORE UPDATE ON discount_schedule FOR "
        "EACH ROW WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or "
        "deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_dsched_no_delete BEFORE DELETE ON discount_schedule FOR "
        "EACH ROW WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or "
        "deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_settlement_no_update BEFORE UPDATE ON settlement FOR EACH "
        "ROW WHEN OLD.id IS NOT NEW.id OR OLD.debit_id IS NOT NEW.debit_id OR OLD.credit_id IS NOT "
        "NEW.credit_id OR OLD.date IS NOT NEW.date OR OLD.amount IS NOT NEW.amount OR "
        "OLD.amount_acc IS NOT NEW.amount_acc OR OLD.discount IS NOT NEW.discount OR OLD.difference "
        "IS NOT NEW.difference OR OLD.exchange_result IS NOT NEW.exchange_result OR OLD.voucher_id "
        "IS NOT NEW.voucher_id OR OLD.company_id IS NOT NEW.company_id OR OLD.unsettled_date IS NOT "
        "NULL BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_settlement_no_delete BEFORE DELETE ON settlement FOR EACH "
        "ROW WHEN 1=1 BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or "
        "deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_no_update BEFORE UPDATE ON invoice FOR EACH ROW "
        "WHEN OLD.status = 'posted' BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be "
        "changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_no_delete BEFORE DELETE ON invoice FOR EACH ROW "
        "WHEN OLD.status = 'posted' BEGIN SELECT RAISE(ABORT, 'ardesk: posted history cannot be "
        "changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_line_no_insert BEFORE INSERT ON invoice_line FOR "
        "EACH ROW WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_line_no_update BEFORE UPDATE ON invoice_line FOR "
        "EACH ROW WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_line_no_delete BEFORE DELETE ON invoice_line FOR "
        "EACH ROW WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_tax_no_insert BEFORE INSERT ON invoice_tax FOR "
        "EACH ROW WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_tax_no_update BEFORE UPDATE ON invoice_tax FOR "
        "EACH ROW WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_tax_no_delete BEFORE DELETE ON invoice_tax FOR "
        "EACH ROW WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_charge_no_insert BEFORE INSERT ON invoice_charge "
        "FOR EACH ROW WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_charge_no_update BEFORE UPDATE ON invoice_charge "
        "FOR EACH ROW WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
        "CREATE TRIGGER IF NOT EXISTS trg_invoice_charge_no_delete BEFORE DELETE ON invoice_charge "
        "FOR EACH ROW WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'posted' BEGIN "
        "SELECT RAISE(ABORT, 'ardesk: posted history cannot be changed or deleted'); END",
    ],
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # recreating a table breaks triggers that name it: drop, then re-create all
        names = bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_%'")
        for (name,) in names.all():
            op.execute(f"DROP TRIGGER {name}")

    op.create_table(
        "charge_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_charge_code_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_charge_code_company_id_company")),
        sa.ForeignKeyConstraint(["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_charge_code_sales_tax_id_sales_tax")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charge_code")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_charge_code_company_id_code")),
    )
    with op.batch_alter_table("charge_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charge_code_company_id"), ["company_id"], unique=False)

    op.create_table(
        "invoice_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("terms_id", sa.Integer(), nullable=True),
        sa.Column("cash_discount_id", sa.Integer(), nullable=True),
        sa.Column("posting_profile_id", sa.Integer(), nullable=True),
        sa.Column("method_of_payment_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cash_discount_id"], ["cash_discount.id"], name=op.f("fk_invoice_template_cash_discount_id_cash_discount")
        ),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_invoice_template_company_id_company")),
        sa.ForeignKeyConstraint(
            ["method_of_payment_id"],
            ["method_of_payment.id"],
            name=op.f("fk_invoice_template_method_of_payment_id_method_of_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["posting_profile_id"],
            ["posting_profile.id"],
            name=op.f("fk_invoice_template_posting_profile_id_posting_profile"),
        ),
        sa.ForeignKeyConstraint(
            ["terms_id"], ["terms_of_payment.id"], name=op.f("fk_invoice_template_terms_id_terms_of_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_template")),
        sa.UniqueConstraint("company_id", "name", name=op.f("uq_invoice_template_company_id_name")),
    )
    with op.batch_alter_table("invoice_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_template_company_id"), ["company_id"], unique=False)

    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_item_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_item_company_id_company")),
        sa.ForeignKeyConstraint(["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_item_sales_tax_id_sales_tax")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_item_company_id_number")),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_company_id"), ["company_id"], unique=False)

    op.create_table(
        "invoice_template_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_invoice_template_line_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_invoice_template_line_sales_tax_id_sales_tax")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"], ["invoice_template.id"], name=op.f("fk_invoice_template_line_template_id_invoice_template")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_template_line")),
        sa.UniqueConstraint("template_id", "seq", name=op.f("uq_invoice_template_line_template_id_seq")),
    )
    with op.batch_alter_table("invoice_template_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_template_line_template_id"), ["template_id"], unique=False)

    op.create_table(
        "recurring_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("pattern", sa.String(length=8), nullable=False),
        sa.Column("per", sa.Integer(), nullable=False),
        sa.Column("max_count", sa.Integer(), nullable=True),
        sa.Column("max_amount", sa.BigInteger(), nullable=True),
        sa.Column("defaults_from", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_recurring_assignment_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_recurring_assignment_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"], ["invoice_template.id"], name=op.f("fk_recurring_assignment_template_id_invoice_template")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recurring_assignment")),
    )
    with op.batch_alter_table("recurring_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recurring_assignment_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recurring_assignment_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "sales_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_sales_order_company_id_company")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_sales_order_customer_id_customer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_sales_order_company_id_number")),
    )
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_order_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_order_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "sales_order_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.Column("delivered", sa.BigInteger(), nullable=False),
        sa.Column("invoiced", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_sales_order_line_account_id_account")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_sales_order_line_item_id_item")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["sales_order.id"], name=op.f("fk_sales_order_line_order_id_sales_order")
        ),
        sa.ForeignKeyConstraint(
            ["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_sales_order_line_sales_tax_id_sales_tax")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order_line")),
        sa.UniqueConstraint("order_id", "seq", name=op.f("uq_sales_order_line_order_id_seq")),
    )
    with op.batch_alter_table("sales_order_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_order_line_order_id"), ["order_id"], unique=False)

    op.create_table(
        "invoice_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("charge_code_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_invoice_charge_account_id_account")),
        sa.ForeignKeyConstraint(
            ["charge_code_id"], ["charge_code.id"], name=op.f("fk_invoice_charge_charge_code_id_charge_code")
        ),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_charge_invoice_id_invoice")),
        sa.ForeignKeyConstraint(
            ["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_invoice_charge_sales_tax_id_sales_tax")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_charge")),
        sa.UniqueConstraint("invoice_id", "seq", name=op.f("uq_invoice_charge_invoice_id_seq")),
    )
    with op.batch_alter_table("invoice_charge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_charge_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "packing_slip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_packing_slip_company_id_company")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_packing_slip_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["order_id"], ["sales_order.id"], name=op.f("fk_packing_slip_order_id_sales_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packing_slip")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_packing_slip_company_id_number")),
    )
    with op.batch_alter_table("packing_slip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_packing_slip_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_packing_slip_order_id"), ["order_id"], unique=False)

    op.create_table(
        "packing_slip_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slip_id", sa.Integer(), nullable=False),
        sa.Column("order_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_line_id"], ["sales_order_line.id"], name=op.f("fk_packing_slip_line_order_line_id_sales_order_line")
        ),
        sa.ForeignKeyConstraint(
            ["slip_id"], ["packing_slip.id"], name=op.f("fk_packing_slip_line_slip_id_packing_slip")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packing_slip_line")),
    )
    with op.batch_alter_table("packing_slip_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_packing_slip_line_slip_id"), ["slip_id"], unique=False)

    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("phone", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("website", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("coc_number", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))

    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.add_column(sa.Column("charges_total", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("recurrence_id", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("assignment_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("period_date", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_invoice_recurrence_id"), ["recurrence_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_invoice_assignment_id_recurring_assignment"),
            "recurring_assignment",
            ["assignment_id"],
            ["id"],
        )

    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("packing_slip_line_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_invoice_line_item_id_item"), "item", ["item_id"], ["id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_invoice_line_packing_slip_line_id_packing_slip_line"),
            "packing_slip_line",
            ["packing_slip_line_id"],
            ["id"],
        )
    for ddl in TRIGGERS[op.get_bind().dialect.name]:
        op.execute(ddl)


def downgrade() -> None:

    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_invoice_line_packing_slip_line_id_packing_slip_line"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_invoice_line_item_id_item"), type_="foreignkey")
        batch_op.drop_column("packing_slip_line_id")
        batch_op.drop_column("item_id")

    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_invoice_assignment_id_recurring_assignment"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_invoice_recurrence_id"))
        batch_op.drop_column("period_date")
        batch_op.drop_column("assignment_id")
        batch_op.drop_column("recurrence_id")
        batch_op.drop_column("charges_total")

    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_column("logo")
        batch_op.drop_column("coc_number")
        batch_op.drop_column("website")
        batch_op.drop_column("phone")
        batch_op.drop_column("email")

    with op.batch_alter_table("packing_slip_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_packing_slip_line_slip_id"))

    op.drop_table("packing_slip_line")
    with op.batch_alter_table("packing_slip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_packing_slip_order_id"))
        batch_op.drop_index(batch_op.f("ix_packing_slip_company_id"))

    op.drop_table("packing_slip")
    with op.batch_alter_table("invoice_charge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_charge_invoice_id"))

    op.drop_table("invoice_charge")
    with op.batch_alter_table("sales_order_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_order_line_order_id"))

    op.drop_table("sales_order_line")
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_order_customer_id"))
        batch_op.drop_index(batch_op.f("ix_sales_order_company_id"))

    op.drop_table("sales_order")
    with op.batch_alter_table("recurring_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recurring_assignment_customer_id"))
        batch_op.drop_index(batch_op.f("ix_recurring_assignment_company_id"))

    op.drop_table("recurring_assignment")
    with op.batch_alter_table("invoice_template_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_template_line_template_id"))

    op.drop_table("invoice_template_line")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_company_id"))

    op.drop_table("item")
    with op.batch_alter_table("invoice_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_template_company_id"))

    op.drop_table("invoice_template")
    with op.batch_alter_table("charge_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charge_code_company_id"))

    op.drop_table("charge_code")
