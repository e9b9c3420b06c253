"""The default chart of accounts, account roles, number sequences and aging definition of a new company."""

from __future__ import annotations

#: Every role a company maps to a GL account (API "Accounts and roles", DOMAIN 2.12).
ROLES = (
    "receivable",
    "revenue",
    "sales_tax",
    "bank",
    "cash",
    "cash_discount",
    "over_underpayment",
    "penny_difference",
    "prepayment",
    "write_off",
    "interest_income",
    "fee_income",
    "due_to",
    "due_from",
    "exchange_gain",
    "exchange_loss",
    "bills_of_exchange",
    "bills_remitted_collection",
    "bills_remitted_discount",
    "bills_protested",
    "bills_discount_liability",
    "bills_discount_expense",
    "card_clearing",
)

#: (number, English name, Dutch name, kind, summary account?, role)
DEFAULT_CHART = (
    ("110110", "Bank", "Bank", "asset", False, "bank"),
    ("110200", "Cash", "Kas", "asset", False, "cash"),
    ("130100", "Accounts receivable trade", "Debiteuren handel", "asset", True, "receivable"),
    ("110300", "Card payments to receive", "Te ontvangen kaartbetalingen", "asset", False, "card_clearing"),
    ("130500", "Bills of exchange receivable", "Te innen wissels", "asset", True, "bills_of_exchange"),
    ("130510", "Bills remitted for collection", "Wissels ter incasso", "asset", True, "bills_remitted_collection"),
    ("130520", "Bills remitted for discount", "Wissels ter discontering", "asset", True, "bills_remitted_discount"),
    ("130530", "Protested bills of exchange", "Geprotesteerde wissels", "asset", True, "bills_protested"),
    ("140100", "Due from group companies", "Vorderingen op groepsmaatschappijen", "asset", False, "due_from"),
    ("210100", "Due to group companies", "Schulden aan groepsmaatschappijen", "liability", False, "due_to"),
    (
        "210300",
        "Liabilities for discounted bills",
        "Schulden uit verdisconteerde wissels",
        "liability",
        False,
        "bills_discount_liability",
    ),
    ("220100", "Customer prepayments", "Vooruitbetalingen van klanten", "liability", True, "prepayment"),
    ("222100", "Sales tax payable", "Af te dragen btw", "liability", False, "sales_tax"),
    ("401100", "Sales revenue", "Omzet", "revenue", False, "revenue"),
    ("402100", "Interest income", "Rentebaten", "revenue", False, "interest_income"),
    ("403100", "Fee income", "Opbrengst aanmaningskosten", "revenue", False, "fee_income"),
    ("710100", "Cash discounts granted", "Verleende betalingskorting", "expense", False, "cash_discount"),
    ("710200", "Over/underpayments", "Betalingsverschillen", "expense", False, "over_underpayment"),
    ("710300", "Penny differences", "Afrondingsverschillen", "expense", False, "penny_difference"),
    ("720100", "Bad debt write-off", "Afboeking oninbare vorderingen", "expense", False, "write_off"),
    ("730100", "Realized exchange gain", "Gerealiseerde koerswinst", "revenue", False, "exchange_gain"),
    ("730200", "Realized exchange loss", "Gerealiseerd koersverlies", "expense", False, "exchange_loss"),
    ("740100", "Discount on bills of exchange", "Discontokosten wissels", "expense", False, "bills_discount_expense"),
)

#: (code, name, prefix): gap-free sequences per company; voucher prefixes from DOMAIN 3.7.
DEFAULT_SEQUENCES = (
    ("invoice", "Invoice number", "INV-"),
    ("invoice_voucher", "Invoice voucher", "FTI-"),
    ("credit_note", "Credit note number", "CN-"),
    ("credit_note_voucher", "Credit note voucher", "CCRN-"),
    ("payment_voucher", "Payment voucher", "ARP-"),
    ("discount_voucher", "Cash discount voucher", "DISC-"),
    ("settlement_voucher", "Settlement voucher", "SET-"),
    ("interest_note", "Interest note number", "INT-"),
    ("collection_letter", "Collection letter number", "CL-"),
    ("general_voucher", "General journal voucher", "GJ-"),
    ("mandate", "Direct debit mandate ID", "MD-"),
    ("bill_of_exchange", "Bill of exchange number", "BOE-"),
    ("bill_voucher", "Bill of exchange voucher", "BOEV-"),
    ("direct_debit_run", "Direct debit run", "DDR-"),
    ("card_payment", "Card payment", "CARD-"),
    ("sales_order", "Sales order number", "SO-"),
    ("packing_slip", "Packing slip number", "PS-"),
    ("recurrence", "Recurring invoice run", "REC-"),
    ("settlement", "Settlement", "STL-"),
    ("payment_journal", "Payment journal", "PJ-"),
    ("deposit_slip", "Deposit slip", "DEP-"),
    ("adjustment_voucher", "Settlement adjustment voucher", "ADJ-"),
    ("collection_letter_voucher", "Collection letter voucher", "CLV-"),
    ("interest_note_voucher", "Interest note voucher", "INTV-"),
    ("interest_adjustment", "Interest waiver, reversal and reinstatement", "IADJ-"),
)

#: The default aging definition (API): label, from days, to days past the due date.
DEFAULT_AGING = (
    ("Current", None, 0),
    ("1-30", 1, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("Over 90", 91, None),
)
