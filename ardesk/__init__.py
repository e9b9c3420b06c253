"""ardesk: offline desktop Accounts Receivable for small-business bookkeepers."""

__version__ = "0.1.0"
