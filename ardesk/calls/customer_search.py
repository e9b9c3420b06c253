"""Company methods that find customers as the user types (the customer picker), fast on large books."""

from __future__ import annotations

from ardesk.calls.door import Door
from ardesk.services import customer_search as search
from ardesk.services.invoice_queries import CustomerChoice


class CustomerSearchCalls(Door):
    """Customer look-ups for pickers, mixed into ardesk.api.Company."""

    def customer_search(self, text: str, limit: int = 50) -> list[CustomerChoice]:
        """Up to limit customers: account starts with text first (by account), then name contains
        text (by name), ignoring case; empty text gives the first customers by account."""
        with self._read() as (s, co):
            return search.customer_search(s, co.id, text, limit)

    def customer_choice(self, account: str) -> CustomerChoice | None:
        """The customer with exactly this account, with its document defaults; None if there is none."""
        with self._read() as (s, co):
            return search.customer_choice(s, co.id, account)
