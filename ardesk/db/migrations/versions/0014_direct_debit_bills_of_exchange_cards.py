"""SEPA direct debit (mandates, runs and their collections, the pre-notification period), bills of exchange and
their events, card payments (issue 12); existing companies get the new accounts, roles and number sequences.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "direct_debit_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("message_id", sa.String(length=35), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("prepared_on", sa.Date(), nullable=False),
        sa.Column("collection_date", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("excluded", sa.String(length=20000), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_direct_debit_run_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_direct_debit_run")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_direct_debit_run_company_id_number")),
    )
    with op.batch_alter_table("direct_debit_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_direct_debit_run_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_direct_debit_run_message_id"), ["message_id"], unique=False)

    op.create_table(
        "mandate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=35), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("scheme", sa.String(length=4), nullable=False),
        sa.Column("recurring", sa.Boolean(), nullable=False),
        sa.Column("expected_payments", sa.Integer(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_at", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=200), nullable=False),
        sa.Column("last_collection", sa.Date(), nullable=True),
        sa.Column("collections_done", sa.Integer(), nullable=False),
        sa.Column("first_pending", sa.Boolean(), nullable=False),
        sa.Column("original_iban", sa.String(length=34), nullable=True),
        sa.Column("amended_on", sa.Date(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_mandate_company_id_company")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_mandate_customer_id_customer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandate")),
        sa.UniqueConstraint("company_id", "reference", name=op.f("uq_mandate_company_id_reference")),
    )
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mandate_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_mandate_customer", ["company_id", "customer_id"], unique=False)

    op.create_table(
        "bill_of_exchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_transaction_id", sa.Integer(), nullable=False),
        sa.Column("open_transaction_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("amount_acc", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.BigInteger(), nullable=False),
        sa.Column("drawn_on", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("remitted_as", sa.String(length=12), nullable=True),
        sa.Column("discount_charge", sa.BigInteger(), nullable=True),
        sa.Column("redrawn_from_id", sa.Integer(), nullable=True),
        sa.Column("closed_how", sa.String(length=12), nullable=True),
        sa.Column("last_date", sa.Date(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_bill_of_exchange_company_id_company")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_bill_of_exchange_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_bill_of_exchange_invoice_transaction_id_customer_transaction"),
        ),
        sa.ForeignKeyConstraint(
            ["open_transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_bill_of_exchange_open_transaction_id_customer_transaction"),
        ),
        sa.ForeignKeyConstraint(
            ["redrawn_from_id"],
            ["bill_of_exchange.id"],
            name=op.f("fk_bill_of_exchange_redrawn_from_id_bill_of_exchange"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_of_exchange")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_bill_of_exchange_company_id_number")),
    )
    with op.batch_alter_table("bill_of_exchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_of_exchange_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_of_exchange_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_bill_of_exchange_state", ["company_id", "state", "due_date"], unique=False)

    op.create_table(
        "card_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_transaction_id", sa.Integer(), nullable=True),
        sa.Column("processor", sa.String(length=40), nullable=False),
        sa.Column("token", sa.String(length=100), nullable=False),
        sa.Column("brand", sa.String(length=20), nullable=False),
        sa.Column("last4", sa.String(length=4), nullable=False),
        sa.Column("expiry_month", sa.Integer(), nullable=False),
        sa.Column("expiry_year", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("method_of_payment_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("decline_reason", sa.String(length=40), nullable=True),
        sa.Column("authorization_code", sa.String(length=40), nullable=True),
        sa.Column("authorized_on", sa.Date(), nullable=False),
        sa.Column("captured_on", sa.Date(), nullable=True),
        sa.Column("voided_on", sa.Date(), nullable=True),
        sa.Column("captured_amount", sa.BigInteger(), nullable=True),
        sa.Column("payment_transaction_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_card_payment_company_id_company")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_card_payment_customer_id_customer")),
        sa.ForeignKeyConstraint(
            ["invoice_transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_card_payment_invoice_transaction_id_customer_transaction"),
        ),
        sa.ForeignKeyConstraint(
            ["method_of_payment_id"],
            ["method_of_payment.id"],
            name=op.f("fk_card_payment_method_of_payment_id_method_of_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_transaction_id"],
            ["customer_transaction.id"],
            name=op.f("fk_card_payment_payment_transaction_id_customer_transaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_payment")),
        sa.UniqueConstraint("company_id", "number", name=op.f("uq_card_payment_company_id_number")),
    )
    with op.batch_alter_table("card_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_payment_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_card_payment_customer", ["company_id", "customer_id"], unique=False)

    op.create_table(
        "direct_debit_collection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("mandate_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("end_to_end_id", sa.String(length=35), nullable=False),
        sa.Column("sequence_type", sa.String(length=4), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("return_reason", sa.String(length=4), nullable=False),
        sa.Column("return_fee", sa.BigInteger(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_direct_debit_collection_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["customer_transaction.id"],
            name=op.f("fk_direct_debit_collection_invoice_id_customer_transaction"),
        ),
        sa.ForeignKeyConstraint(
            ["mandate_id"], ["mandate.id"], name=op.f("fk_direct_debit_collection_mandate_id_mandate")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["customer_transaction.id"],
            name=op.f("fk_direct_debit_collection_payment_id_customer_transaction"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["direct_debit_run.id"], name=op.f("fk_direct_debit_collection_run_id_direct_debit_run")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_direct_debit_collection")),
    )
    with op.batch_alter_table("direct_debit_collection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_direct_debit_collection_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_direct_debit_collection_e2e", ["company_id", "end_to_end_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_direct_debit_collection_mandate_id"), ["mandate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_direct_debit_collection_run_id"), ["run_id"], unique=False)

    op.create_table(
        "bill_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bill_of_exchange.id"], name=op.f("fk_bill_event_bill_id_bill_of_exchange")
        ),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_bill_event_company_id_company")),
        sa.ForeignKeyConstraint(["voucher_id"], ["voucher.id"], name=op.f("fk_bill_event_voucher_id_voucher")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_event")),
    )
    with op.batch_alter_table("bill_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_event_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bill_event_company_id"), ["company_id"], unique=False)

    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prenotification_days", sa.Integer(), server_default="14", nullable=False))

    _add_accounts_roles_and_sequences()


#: What services.chart gave new companies at this revision: (number, English, Dutch, kind, summary, role).
NEW_ACCOUNTS = (
    ("110300", "Card payments to receive", "Te ontvangen kaartbetalingen", "asset", False, "card_clearing"),
    ("130510", "Bills remitted for collection", "Wissels ter incasso", "asset", True, "bills_remitted_collection"),
    ("130520", "Bills remitted for discount", "Wissels ter discontering", "asset", True, "bills_remitted_discount"),
    ("130530", "Protested bills of exchange", "Geprotesteerde wissels", "asset", True, "bills_protested"),
    (
        "210300",
        "Liabilities for discounted bills",
        "Schulden uit verdisconteerde wissels",
        "liability",
        False,
        "bills_discount_liability",
    ),
    ("740100", "Discount on bills of exchange", "Discontokosten wissels", "expense", False, "bills_discount_expense"),
)
NEW_SEQUENCES = (
    ("bill_voucher", "Bill of exchange voucher", "BOEV-"),
    ("direct_debit_run", "Direct debit run", "DDR-"),
    ("card_payment", "Card payment", "CARD-"),
)


def _add_accounts_roles_and_sequences() -> None:
    """Each existing company gets the accounts and roles the new postings need, and the new sequences. A role
    already mapped is left alone; an account number already in use is mapped as it is (the user chose it)."""
    conn = op.get_bind()
    companies = conn.execute(sa.text("SELECT id, language FROM company")).all()
    for company_id, language in companies:
        for number, en, nl, kind, summary, role in NEW_ACCOUNTS:
            if conn.execute(
                sa.text("SELECT 1 FROM account_role WHERE company_id = :c AND role = :r"), {"c": company_id, "r": role}
            ).first():
                continue
            account_id = conn.execute(
                sa.text("SELECT id FROM account WHERE company_id = :c AND number = :n"), {"c": company_id, "n": number}
            ).scalar()
            if account_id is None:
                account_id = conn.execute(
                    sa.text(
                        "INSERT INTO account (company_id, number, name, kind, summary, active) "
                        "VALUES (:c, :n, :name, :k, :s, :a) RETURNING id"
                    ),
                    {
                        "c": company_id,
                        "n": number,
                        "name": nl if language == "nl" else en,
                        "k": kind,
                        "s": summary,
                        "a": True,
                    },
                ).scalar()
            conn.execute(
                sa.text("INSERT INTO account_role (company_id, role, account_id) VALUES (:c, :r, :a)"),
                {"c": company_id, "r": role, "a": account_id},
            )
        for code, name, prefix in NEW_SEQUENCES:
            if not conn.execute(
                sa.text("SELECT 1 FROM number_sequence WHERE company_id = :c AND code = :code"),
                {"c": company_id, "code": code},
            ).first():
                conn.execute(
                    sa.text(
                        "INSERT INTO number_sequence (company_id, code, name, prefix, width, next_number) "
                        "VALUES (:c, :code, :name, :p, 6, 1)"
                    ),
                    {"c": company_id, "code": code, "name": name, "p": prefix},
                )
        # remembered set-up of this company is stale now
        conn.execute(sa.text("UPDATE company SET setup_version = setup_version + 1 WHERE id = :c"), {"c": company_id})


def downgrade() -> None:
    # The accounts, roles and sequences added to existing companies stay: they may carry postings.
    with op.batch_alter_table("ar_parameters", schema=None) as batch_op:
        batch_op.drop_column("prenotification_days")

    with op.batch_alter_table("bill_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_event_company_id"))
        batch_op.drop_index(batch_op.f("ix_bill_event_bill_id"))

    op.drop_table("bill_event")
    with op.batch_alter_table("direct_debit_collection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_direct_debit_collection_run_id"))
        batch_op.drop_index(batch_op.f("ix_direct_debit_collection_mandate_id"))
        batch_op.drop_index("ix_direct_debit_collection_e2e")
        batch_op.drop_index(batch_op.f("ix_direct_debit_collection_company_id"))

    op.drop_table("direct_debit_collection")
    with op.batch_alter_table("card_payment", schema=None) as batch_op:
        batch_op.drop_index("ix_card_payment_customer")
        batch_op.drop_index(batch_op.f("ix_card_payment_company_id"))

    op.drop_table("card_payment")
    with op.batch_alter_table("bill_of_exchange", schema=None) as batch_op:
        batch_op.drop_index("ix_bill_of_exchange_state")
        batch_op.drop_index(batch_op.f("ix_bill_of_exchange_customer_id"))
        batch_op.drop_index(batch_op.f("ix_bill_of_exchange_company_id"))

    op.drop_table("bill_of_exchange")
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.drop_index("ix_mandate_customer")
        batch_op.drop_index(batch_op.f("ix_mandate_company_id"))

    op.drop_table("mandate")
    with op.batch_alter_table("direct_debit_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_direct_debit_run_message_id"))
        batch_op.drop_index(batch_op.f("ix_direct_debit_run_company_id"))

    op.drop_table("direct_debit_run")
