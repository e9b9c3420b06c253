"""Company methods of customer statements: one statement, its PDF, and batches in worker processes."""

from __future__ import annotations

from ardesk.calls.door import Door


class StatementCalls(Door):
    """Customer statements (DOMAIN 10), mixed into ardesk.api.Company."""
