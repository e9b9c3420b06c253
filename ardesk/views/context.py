"""What every page needs, passed in explicitly: the books, the company, the UI locale and the runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from ardesk.api import Books, Company
from ardesk.i18n import babel_locale, format_amount, format_date, format_percent
from ardesk.views.ops import Runner


class AppContext(QObject):
    """One open company. `changed` fires after anything was written, so each page decides for itself
    whether to reload (Anki's operation_did_execute)."""

    changed = Signal()
    #: A page asks the main window to show another page (a navigation key, views.navigation.PAGES).
    open_page = Signal(str)

    def __init__(
        self,
        books: Books,
        company: Company,
        language: str,
        runner: Runner,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.books = books
        self.company = company
        self.language = language
        self.locale = babel_locale(language)
        self.runner = runner
        self._today = today
        self.company_name = company.name
        self.currency = company.currency

    def today(self) -> dt.date:
        """The GUI's working date (the clock); services always get it passed in."""
        return self._today()

    def amount(self, value: Decimal | None, currency: str | None = None) -> str:
        return format_amount(value, currency or self.currency, self.locale)

    def date(self, value: dt.date | None) -> str:
        return format_date(value, self.locale)

    def percent(self, value: Decimal | None) -> str:
        return format_percent(value, self.locale)

    def notify_changed(self) -> None:
        self.changed.emit()
