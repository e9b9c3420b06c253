"""Period end pages: closing and reopening ledger months, and the receivables reconciliation."""
