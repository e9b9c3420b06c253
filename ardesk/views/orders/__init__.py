"""The recurring invoices and sales orders workspaces (DOMAIN 3.3, 3.5)."""
