"""Company methods that feed the Credit and collections workspace: the customer list and its details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ardesk.calls.door import Door
from ardesk.errors import ValidationError
from ardesk.services import collections_list
from ardesk.services.collections_list import (
    CollectionItem,
    CollectionList,
    CollectionRow,
    CollectionSummary,
)
from ardesk.services.text import a_date

#: Columns collection_list sorts by besides the buckets ("b0", "b1", ... in the definition's order).
COLLECTION_SORT_COLUMNS = collections_list.SORT_COLUMNS


class WorkspaceCalls(Door):
    """Reads of the collections workspace (DOMAIN 5.2), mixed into ardesk.api.Company. Figures are those of
    services.aging (a stored snapshot of the same date when there is one); services.collections_list has
    the rules. The list pages by id: collection_list gives the ids in display order, collection_rows a page."""

    def collection_list(
        self,
        as_of: dt.date,
        *,
        text: str = "",
        overdue_only: bool = True,
        bucket: int | None = None,
        definition: str | None = None,
        sort: str = "overdue",
        descending: bool = True,
        summary: bool = True,
    ) -> CollectionList:
        """Ids of the customers with an overdue balance as of the date (overdue_only=False: with items open
        on it) whose account or name contains text, in display order; bucket: only those with an amount in
        that bucket (its position in the definition, from 0); summary: also the company's bucket totals
        (CollectionList.summary; None when the company has no aging definition)."""
        day = a_date(as_of, "as_of")
        if not isinstance(text, str):
            raise ValidationError("text", "must be text")
        _flags(overdue_only=overdue_only, descending=descending, summary=summary)
        with self._read() as (s, co):
            return collections_list.collection_ids(
                s,
                co.id,
                day,
                text=text,
                overdue_only=overdue_only,
                bucket=bucket,
                definition=definition,
                sort=sort,
                descending=descending,
                summary=summary,
            )

    def collection_rows(
        self, ids: Sequence[int], as_of: dt.date, *, definition: str | None = None
    ) -> list[CollectionRow]:
        """The CollectionRow of these customer ids (one page of collection_list), in their order."""
        day = a_date(as_of, "as_of")
        with self._read() as (s, co):
            return collections_list.collection_rows(s, co.id, list(ids), day, definition=definition)

    def collection_summary(self, as_of: dt.date, *, definition: str | None = None) -> CollectionSummary | None:
        """The company's bucket totals as of the date from the list's source (tiles and chart)."""
        day = a_date(as_of, "as_of")
        with self._read() as (s, co):
            return collections_list.collection_summary(s, co.id, day, definition)

    def collection_items(self, customer: str, as_of: dt.date) -> list[CollectionItem]:
        """The customer's transactions open on the date with their balance then, days overdue and
        collection status, the oldest due first."""
        day = a_date(as_of, "as_of")
        with self._read() as (s, co):
            return collections_list.collection_items(s, co.id, customer, day)


def _flags(**flags: object) -> None:
    for field, value in flags.items():
        if not isinstance(value, bool):
            raise ValidationError(field, "must be True or False, got {value!r}", value=value)


__all__ = [
    "COLLECTION_SORT_COLUMNS",
    "CollectionItem",
    "CollectionList",
    "CollectionRow",
    "CollectionSummary",
    "WorkspaceCalls",
]
