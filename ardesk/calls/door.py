"""What every group of Company methods may use: the transactions that ardesk.api.Company opens."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ardesk.models import Company as CompanyRow

T = TypeVar("T")


class Door:
    """The base of the mixins in ardesk.calls: Company supplies these (see ardesk.api.Company)."""

    if TYPE_CHECKING:
        books: Any  # ardesk.api.Books (not imported: the API imports this module)
        code: str

        def _read(self) -> AbstractContextManager[tuple[Session, CompanyRow]]: ...

        def _write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...

        def _posting(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...

        def _trial(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...
