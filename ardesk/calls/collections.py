"""Company methods of collections: holds, activities, collection letters, interest notes, the Dutch pack."""

from __future__ import annotations

from ardesk.calls.door import Door


class CollectionCalls(Door):
    """Credit and collections (DOMAIN 5.2-5.7), mixed into ardesk.api.Company."""
