"""ledger core

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 10:29:24.882514
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Immutability triggers as they stood at this revision (frozen copy of ardesk.db.triggers).
TRIGGERS = {
    "postgresql": [
        "CREATE OR REPLACE FUNCTION ardesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be changed or "
        "deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END $$",
        "CREATE TRIGGER trg_voucher_no_update BEFORE UPDATE ON voucher FOR EACH ROW EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_voucher_no_delete BEFORE DELETE ON voucher FOR EACH ROW EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_ctrans_no_update BEFORE UPDATE ON customer_transaction FOR EACH ROW "
        "WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.customer_id IS DISTINCT FROM "
        "NEW.customer_id OR OLD.voucher_id IS DISTINCT FROM NEW.voucher_id OR OLD.number IS "
        "DISTINCT FROM NEW.number OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.date IS DISTINCT "
        "FROM NEW.date OR OLD.document_date IS DISTINCT FROM NEW.document_date OR OLD.due_date "
        "IS DISTINCT FROM NEW.due_date OR OLD.currency IS DISTINCT FROM NEW.currency OR "
        "OLD.exchange_rate IS DISTINCT FROM NEW.exchange_rate OR OLD.amount IS DISTINCT FROM "
        "NEW.amount OR OLD.amount_acc IS DISTINCT FROM NEW.amount_acc OR OLD.account_id IS "
        "DISTINCT FROM NEW.account_id OR OLD.posting_profile_id IS DISTINCT FROM "
        "NEW.posting_profile_id OR OLD.cash_discount_id IS DISTINCT FROM NEW.cash_discount_id "
        "OR OLD.method_of_payment_id IS DISTINCT FROM NEW.method_of_payment_id OR OLD.reference "
        "IS DISTINCT FROM NEW.reference OR OLD.text IS DISTINCT FROM NEW.text OR OLD.company_id "
        "IS DISTINCT FROM NEW.company_id) EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_ctrans_no_delete BEFORE DELETE ON customer_transaction FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_dsched_no_update BEFORE UPDATE ON discount_schedule FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_dsched_no_delete BEFORE DELETE ON discount_schedule FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_settlement_no_update BEFORE UPDATE ON settlement FOR EACH ROW WHEN "
        "(OLD.id IS DISTINCT FROM NEW.id OR OLD.debit_id IS DISTINCT FROM NEW.debit_id OR "
        "OLD.credit_id IS DISTINCT FROM NEW.credit_id OR OLD.date IS DISTINCT FROM NEW.date OR "
        "OLD.amount IS DISTINCT FROM NEW.amount OR OLD.amount_acc IS DISTINCT FROM "
        "NEW.amount_acc OR OLD.discount IS DISTINCT FROM NEW.discount OR OLD.difference IS "
        "DISTINCT FROM NEW.difference OR OLD.exchange_result IS DISTINCT FROM "
        "NEW.exchange_result OR OLD.voucher_id IS DISTINCT FROM NEW.voucher_id OR "
        "OLD.company_id IS DISTINCT FROM NEW.company_id OR OLD.unsettled_date IS NOT NULL) "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_settlement_no_delete BEFORE DELETE ON settlement FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_invoice_no_update BEFORE UPDATE ON invoice FOR EACH ROW WHEN "
        "(OLD.status = 'posted') EXECUTE FUNCTION ardesk_refuse()",
        "CREATE TRIGGER trg_invoice_no_delete BEFORE DELETE ON invoice FOR EACH ROW WHEN "
        "(OLD.status = 'posted') EXECUTE FUNCTION ardesk_refuse()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_line_no_insert() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = NEW.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_line_no_insert BEFORE INSERT ON invoice_line FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_invoice_line_no_insert()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_line_no_update() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_line_no_update BEFORE UPDATE ON invoice_line FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_invoice_line_no_update()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_line_no_delete() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_line_no_delete BEFORE DELETE ON invoice_line FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_invoice_line_no_delete()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_tax_no_insert() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = NEW.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_tax_no_insert BEFORE INSERT ON invoice_tax FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_invoice_tax_no_insert()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_tax_no_update() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_tax_no_update BEFORE UPDATE ON invoice_tax FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_invoice_tax_no_update()",
        "CREATE OR REPLACE FUNCTION ardesk_invoice_tax_no_delete() RETURNS trigger LANGUAGE "
        "plpgsql AS $$ BEGIN IF (SELECT status FROM invoice WHERE id = OLD.invoice_id) = "
        "'posted' THEN RAISE EXCEPTION USING MESSAGE = 'ardesk: posted history cannot be "
        "changed or deleted (' || TG_TABLE_NAME || ')', ERRCODE = 'P0001'; END IF; IF TG_OP = "
        "'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER trg_invoice_tax_no_delete BEFORE DELETE ON invoice_tax FOR EACH ROW "
        "EXECUTE FUNCTION ardesk_invoice_tax_no_delete()",
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
    ],
}


def upgrade() -> None:

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("vat_number", sa.String(length=30), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
        sa.UniqueConstraint("code", name=op.f("uq_company_code")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.Boolean(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_account_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_account_company_id_number")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_company_id"), ["company_id"], unique=False)

    op.create_table(
        "aging_definition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("basis", sa.String(length=15), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_aging_definition_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aging_definition")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_aging_definition_company_id_code")),
    )
    with op.batch_alter_table("aging_definition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aging_definition_company_id"), ["company_id"], unique=False)

    op.create_table(
        "ar_parameters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("default_posting_profile", sa.String(length=20), nullable=False),
        sa.Column("prepayment_posting_profile", sa.String(length=20), nullable=False),
        sa.Column("automatic_settlement", sa.Boolean(), nullable=False),
        sa.Column("cash_discount_administration", sa.String(length=10), nullable=False),
        sa.Column("max_penny_difference", sa.BigInteger(), nullable=False),
        sa.Column("max_over_underpayment", sa.BigInteger(), nullable=False),
        sa.Column("cash_discount_on_partial_payments", sa.Boolean(), nullable=False),
        sa.Column("cash_discount_on_credit_notes", sa.Boolean(), nullable=False),
        sa.Column("prioritize_settlement", sa.Boolean(), nullable=False),
        sa.Column("settlement_priority", sa.String(length=200), nullable=True),
        sa.Column("minimum_reimbursement", sa.BigInteger(), nullable=False),
        sa.Column("collection_letter_per", sa.String(length=12), nullable=False),
        sa.Column("stop_fti_posting_on_first_error", sa.Boolean(), nullable=False),
        sa.Column("credit_limit_check", sa.String(length=10), nullable=False),
        sa.Column("sepa_creditor_id", sa.String(length=35), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_ar_parameters_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ar_parameters")),
        sa.UniqueConstraint("company_id", name=op.f("uq_ar_parameters_company_id")),
    )
    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ar_parameters_company_id"), ["company_id"], unique=False)

    op.create_table(
        "number_sequence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_number_sequence_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_sequence")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_number_sequence_company_id_code")),
    )
    with op.batch_alter_table("number_sequence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_number_sequence_company_id"), ["company_id"], unique=False)

    op.create_table(
        "posting_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("settle", sa.Boolean(), nullable=False),
        sa.Column("interest", sa.Boolean(), nullable=False),
        sa.Column("collection_letter", sa.Boolean(), nullable=False),
        sa.Column("interest_code", sa.String(length=20), nullable=True),
        sa.Column("collection_letter_sequence", sa.String(length=20), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_posting_profile_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting_profile")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_posting_profile_company_id_code")),
    )
    with op.batch_alter_table("posting_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posting_profile_company_id"), ["company_id"], unique=False)

    op.create_table(
        "terms_of_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("basis", sa.String(length=10), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_terms_of_payment_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terms_of_payment")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_terms_of_payment_company_id_code")),
    )
    with op.batch_alter_table("terms_of_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_terms_of_payment_company_id"), ["company_id"], unique=False)

    op.create_table(
        "voucher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_voucher_company_id_company")),
        sa.ForeignKeyConstraint(["reverses_id"], ["voucher.id"], name=op.f("fk_voucher_reverses_id_voucher")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_voucher_company_id_number")),
    )
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_company_id"), ["company_id"], unique=False)

    op.create_table(
        "account_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_account_role_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_account_role_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_role")),
        sa.UniqueConstraint("company_id", "role", name=op.f("uq_account_role_company_id_role")),
    )
    with op.batch_alter_table("account_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_role_company_id"), ["company_id"], unique=False)

    op.create_table(
        "aging_bucket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("definition_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("from_days", sa.Integer(), nullable=True),
        sa.Column("to_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["definition_id"], ["aging_definition.id"], name=op.f("fk_aging_bucket_definition_id_aging_definition")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aging_bucket")),
        sa.UniqueConstraint("definition_id", "seq", name=op.f("uq_aging_bucket_definition_id_seq")),
    )
    with op.batch_alter_table("aging_bucket", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aging_bucket_definition_id"), ["definition_id"], unique=False)

    op.create_table(
        "cash_discount",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_cash_discount_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_cash_discount_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_discount")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_cash_discount_company_id_code")),
    )
    with op.batch_alter_table("cash_discount", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cash_discount_company_id"), ["company_id"], unique=False)

    op.create_table(
        "customer_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("terms_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_customer_group_company_id_company")),
        sa.ForeignKeyConstraint(
            ["terms_id"], ["terms_of_payment.id"], name=op.f("fk_customer_group_terms_id_terms_of_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_group")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_customer_group_company_id_code")),
    )
    with op.batch_alter_table("customer_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_group_company_id"), ["company_id"], unique=False)

    op.create_table(
        "method_of_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("direct_debit", sa.Boolean(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_method_of_payment_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_method_of_payment_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_method_of_payment")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_method_of_payment_company_id_code")),
    )
    with op.batch_alter_table("method_of_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_method_of_payment_company_id"), ["company_id"], unique=False)

    op.create_table(
        "posting_profile_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=6), nullable=False),
        sa.Column("who", sa.String(length=20), nullable=False),
        sa.Column("receivable_account_id", sa.Integer(), nullable=False),
        sa.Column("writeoff_account_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["posting_profile.id"], name=op.f("fk_posting_profile_line_profile_id_posting_profile")
        ),
        sa.ForeignKeyConstraint(
            ["receivable_account_id"],
            ["account.id"],
            name=op.f("fk_posting_profile_line_receivable_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["writeoff_account_id"], ["account.id"], name=op.f("fk_posting_profile_line_writeoff_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting_profile_line")),
        sa.UniqueConstraint("profile_id", "scope", "who", name=op.f("uq_posting_profile_line_profile_id_scope_who")),
    )
    with op.batch_alter_table("posting_profile_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posting_profile_line_profile_id"), ["profile_id"], unique=False)

    op.create_table(
        "sales_tax",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_sales_tax_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_sales_tax_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_tax")),
        sa.UniqueConstraint("company_id", "code", name=op.f("uq_sales_tax_company_id_code")),
    )
    with op.batch_alter_table("sales_tax", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_tax_company_id"), ["company_id"], unique=False)

    op.create_table(
        "cash_discount_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cash_discount_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cash_discount_id"],
            ["cash_discount.id"],
            name=op.f("fk_cash_discount_period_cash_discount_id_cash_discount"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_discount_period")),
        sa.UniqueConstraint("cash_discount_id", "seq", name=op.f("uq_cash_discount_period_cash_discount_id_seq")),
    )
    with op.batch_alter_table("cash_discount_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cash_discount_period_cash_discount_id"), ["cash_discount_id"], unique=False
        )

    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("terms_id", sa.Integer(), nullable=True),
        sa.Column("cash_discount_id", sa.Integer(), nullable=True),
        sa.Column("posting_profile_id", sa.Integer(), nullable=True),
        sa.Column("method_of_payment_id", sa.Integer(), nullable=True),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.Column("invoice_account_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("credit_limit", sa.BigInteger(), nullable=True),
        sa.Column("mandatory_credit_limit", sa.Boolean(), nullable=False),
        sa.Column("on_hold", sa.String(length=8), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("vat_number", sa.String(length=30), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("party", sa.String(length=30), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cash_discount_id"], ["cash_discount.id"], name=op.f("fk_customer_cash_discount_id_cash_discount")
        ),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_customer_company_id_company")),
        sa.ForeignKeyConstraint(["group_id"], ["customer_group.id"], name=op.f("fk_customer_group_id_customer_group")),
        sa.ForeignKeyConstraint(
            ["invoice_account_id"], ["customer.id"], name=op.f("fk_customer_invoice_account_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["method_of_payment_id"],
            ["method_of_payment.id"],
            name=op.f("fk_customer_method_of_payment_id_method_of_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["posting_profile_id"], ["posting_profile.id"], name=op.f("fk_customer_posting_profile_id_posting_profile")
        ),
        sa.ForeignKeyConstraint(["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_customer_sales_tax_id_sales_tax")),
        sa.ForeignKeyConstraint(
            ["terms_id"], ["terms_of_payment.id"], name=op.f("fk_customer_terms_id_terms_of_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("company_id", "account", name=op.f("uq_customer_company_id_account")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_party"), ["party"], unique=False)

    op.create_table(
        "customer_transaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("amount_acc", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("posting_profile_id", sa.Integer(), nullable=False),
        sa.Column("cash_discount_id", sa.Integer(), nullable=True),
        sa.Column("method_of_payment_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("balance_acc", sa.BigInteger(), nullable=False),
        sa.Column("discount_taken", sa.BigInteger(), nullable=False),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_customer_transaction_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["cash_discount_id"],
            ["cash_discount.id"],
            name=op.f("fk_customer_transaction_cash_discount_id_cash_discount"),
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_customer_transaction_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_transaction_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["method_of_payment_id"],
            ["method_of_payment.id"],
            name=op.f("fk_customer_transaction_method_of_payment_id_method_of_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["posting_profile_id"],
            ["posting_profile.id"],
            name=op.f("fk_customer_transaction_posting_profile_id_posting_profile"),
        ),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["voucher.id"], name=op.f("fk_customer_transaction_voucher_id_voucher")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_transaction")),
        sa.UniqueConstraint(
            "company_id", "voucher_id", "number", name=op.f("uq_customer_transaction_company_id_voucher_id_number")
        ),
    )
    with op.batch_alter_table("customer_transaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_transaction_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_customer_transaction_number", ["company_id", "number"], unique=False)
        batch_op.create_index(
            "ix_customer_transaction_open", ["company_id", "customer_id", "closed_date", "due_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_customer_transaction_voucher_id"), ["voucher_id"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_cur", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_ledger_entry_account_id_account")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_ledger_entry_company_id_company")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_ledger_entry_customer_id_customer")),
        sa.ForeignKeyConstraint(["voucher_id"], ["voucher.id"], name=op.f("fk_ledger_entry_voucher_id_voucher")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_entry_account_date", ["company_id", "account_id", "date"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entry_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entry_voucher_id"), ["voucher_id"], unique=False)

    op.create_table(
        "discount_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("discount_date", sa.Date(), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("discount", sa.BigInteger(), nullable=False),
        sa.Column("amount_to_pay", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_discount_schedule_transaction_id_customer_transaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discount_schedule")),
        sa.UniqueConstraint("transaction_id", "seq", name=op.f("uq_discount_schedule_transaction_id_seq")),
    )
    with op.batch_alter_table("discount_schedule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discount_schedule_transaction_id"), ["transaction_id"], unique=False)

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_account_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("terms_id", sa.Integer(), nullable=True),
        sa.Column("cash_discount_id", sa.Integer(), nullable=True),
        sa.Column("posting_profile_id", sa.Integer(), nullable=True),
        sa.Column("method_of_payment_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("lines_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=True),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.Column("original_id", sa.Integer(), nullable=True),
        sa.Column("correction", sa.String(length=12), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cash_discount_id"], ["cash_discount.id"], name=op.f("fk_invoice_cash_discount_id_cash_discount")
        ),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_invoice_company_id_company")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_invoice_customer_id_customer")),
        sa.ForeignKeyConstraint(
            ["invoice_account_id"], ["customer.id"], name=op.f("fk_invoice_invoice_account_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["method_of_payment_id"],
            ["method_of_payment.id"],
            name=op.f("fk_invoice_method_of_payment_id_method_of_payment"),
        ),
        sa.ForeignKeyConstraint(["original_id"], ["invoice.id"], name=op.f("fk_invoice_original_id_invoice")),
        sa.ForeignKeyConstraint(
            ["posting_profile_id"], ["posting_profile.id"], name=op.f("fk_invoice_posting_profile_id_posting_profile")
        ),
        sa.ForeignKeyConstraint(
            ["terms_id"], ["terms_of_payment.id"], name=op.f("fk_invoice_terms_id_terms_of_payment")
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"], ["customer_transaction.id"], name=op.f("fk_invoice_transaction_id_customer_transaction")
        ),
        sa.ForeignKeyConstraint(["voucher_id"], ["voucher.id"], name=op.f("fk_invoice_voucher_id_voucher")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_invoice_company_id_number")),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "settlement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debit_id", sa.Integer(), nullable=False),
        sa.Column("credit_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("amount_acc", sa.BigInteger(), nullable=False),
        sa.Column("discount", sa.BigInteger(), nullable=False),
        sa.Column("difference", sa.BigInteger(), nullable=False),
        sa.Column("exchange_result", sa.BigInteger(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=True),
        sa.Column("unsettled_date", sa.Date(), nullable=True),
        sa.Column("unsettle_voucher_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_settlement_company_id_company")),
        sa.ForeignKeyConstraint(
            ["credit_id"], ["customer_transaction.id"], name=op.f("fk_settlement_credit_id_customer_transaction")
        ),
        sa.ForeignKeyConstraint(
            ["debit_id"], ["customer_transaction.id"], name=op.f("fk_settlement_debit_id_customer_transaction")
        ),
        sa.ForeignKeyConstraint(
            ["unsettle_voucher_id"], ["voucher.id"], name=op.f("fk_settlement_unsettle_voucher_id_voucher")
        ),
        sa.ForeignKeyConstraint(["voucher_id"], ["voucher.id"], name=op.f("fk_settlement_voucher_id_voucher")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement")),
    )
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_settlement_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_settlement_credit_id"), ["credit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_settlement_debit_id"), ["debit_id"], unique=False)

    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_invoice_line_account_id_account")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")),
        sa.ForeignKeyConstraint(
            ["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_invoice_line_sales_tax_id_sales_tax")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint("invoice_id", "seq", name=op.f("uq_invoice_line_invoice_id_seq")),
    )
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_line_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "invoice_tax",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("sales_tax_id", sa.Integer(), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("base", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_tax_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["sales_tax_id"], ["sales_tax.id"], name=op.f("fk_invoice_tax_sales_tax_id_sales_tax")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_tax")),
        sa.UniqueConstraint("invoice_id", "sales_tax_id", name=op.f("uq_invoice_tax_invoice_id_sales_tax_id")),
    )
    with op.batch_alter_table("invoice_tax", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_tax_invoice_id"), ["invoice_id"], unique=False)
    for ddl in TRIGGERS[op.get_bind().dialect.name]:
        op.execute(ddl)


def downgrade() -> None:

    with op.batch_alter_table("invoice_tax", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_tax_invoice_id"))

    op.drop_table("invoice_tax")
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_line_invoice_id"))

    op.drop_table("invoice_line")
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_settlement_debit_id"))
        batch_op.drop_index(batch_op.f("ix_settlement_credit_id"))
        batch_op.drop_index(batch_op.f("ix_settlement_company_id"))

    op.drop_table("settlement")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_customer_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_company_id"))

    op.drop_table("invoice")
    with op.batch_alter_table("discount_schedule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discount_schedule_transaction_id"))

    op.drop_table("discount_schedule")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_voucher_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entry_company_id"))
        batch_op.drop_index("ix_ledger_entry_account_date")

    op.drop_table("ledger_entry")
    with op.batch_alter_table("customer_transaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_transaction_voucher_id"))
        batch_op.drop_index("ix_customer_transaction_open")
        batch_op.drop_index("ix_customer_transaction_number")
        batch_op.drop_index(batch_op.f("ix_customer_transaction_company_id"))

    op.drop_table("customer_transaction")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_party"))
        batch_op.drop_index(batch_op.f("ix_customer_name"))
        batch_op.drop_index(batch_op.f("ix_customer_company_id"))

    op.drop_table("customer")
    with op.batch_alter_table("cash_discount_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_discount_period_cash_discount_id"))

    op.drop_table("cash_discount_period")
    with op.batch_alter_table("sales_tax", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_tax_company_id"))

    op.drop_table("sales_tax")
    with op.batch_alter_table("posting_profile_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posting_profile_line_profile_id"))

    op.drop_table("posting_profile_line")
    with op.batch_alter_table("method_of_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_method_of_payment_company_id"))

    op.drop_table("method_of_payment")
    with op.batch_alter_table("customer_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_group_company_id"))

    op.drop_table("customer_group")
    with op.batch_alter_table("cash_discount", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_discount_company_id"))

    op.drop_table("cash_discount")
    with op.batch_alter_table("aging_bucket", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aging_bucket_definition_id"))

    op.drop_table("aging_bucket")
    with op.batch_alter_table("account_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_role_company_id"))

    op.drop_table("account_role")
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_company_id"))

    op.drop_table("voucher")
    with op.batch_alter_table("terms_of_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terms_of_payment_company_id"))

    op.drop_table("terms_of_payment")
    with op.batch_alter_table("posting_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posting_profile_company_id"))

    op.drop_table("posting_profile")
    with op.batch_alter_table("number_sequence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_number_sequence_company_id"))

    op.drop_table("number_sequence")
    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ar_parameters_company_id"))

    op.drop_table("ar_parameters")
    with op.batch_alter_table("aging_definition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aging_definition_company_id"))

    op.drop_table("aging_definition")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_company_id"))

    op.drop_table("account")
    op.drop_table("company")
