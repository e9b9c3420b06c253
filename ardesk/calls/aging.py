"""Company methods of aging: definitions, aging per customer, snapshots and the aging report."""

from __future__ import annotations

from ardesk.calls.door import Door


class AgingCalls(Door):
    """Aging (DOMAIN 5.1), mixed into ardesk.api.Company."""
