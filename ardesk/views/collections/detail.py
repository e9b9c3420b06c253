"""The detail of the selected customer on the collections page (DOMAIN 5.2): open transactions as of the date,
activities, letters, interest notes and all transactions, read in the background through ardesk.api."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget

from ardesk.api import Activity, CollectionItem, CollectionRow, CustomerInfo, InterestNote, Letter
from ardesk.views.collections.columns import DetailColumns
from ardesk.views.context import AppContext
from ardesk.views.payments.transactions import TransactionsView
from ardesk.views.payments.widgets import banner, show_banner
from ardesk.views.widgets.page import Table, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import RecordTableModel

HELD = "#9a5b00"
DISPUTED = "#7a3fc4"
#: Tabs, in order.
TABS = ("items", "activities", "letters", "interest", "transactions")


class CustomerDetail(QWidget):
    """Header (the customer, its status and credit) above tabs; the page puts the action buttons in
    self.header_actions (see ardesk.views.collections.actions). load(row, as_of) reads everything for the customer
    in one background job; `loaded` fires when it is in (also after a failure)."""

    loaded = Signal()
    #: Escape in a detail table: back to the customer list.
    leave = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: CollectionRow | None = None
        self.info: CustomerInfo | None = None
        self.as_of = ctx.today()
        self.loading = False
        self._generation = 0
        self._transactions: TransactionsView | None = None

        self.title = plain_label("", "detailTitle")
        self.title.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.badge = plain_label("", "")
        self.facts = plain_label("", "muted")
        self.facts.setWordWrap(True)
        self.header_actions = QHBoxLayout()
        self.header_actions.setSpacing(6)
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.title)
        heading.addWidget(self.badge)
        heading.addStretch(1)
        heading.addLayout(self.header_actions)

        self.names = DetailColumns(ctx, self)
        self.items = RecordTableModel(ctx, self.names.items(), self)
        self.item_view = self._table(self.items, 0)
        self.item_actions = QHBoxLayout()
        self.activities = RecordTableModel(ctx, self.names.activities(), self)
        self.activity_view = self._table(self.activities, 2)
        self.activity_actions = QHBoxLayout()
        self.letters = RecordTableModel(ctx, self.names.letters(), self)
        self.letter_view = self._table(self.letters, None)
        self.notes = RecordTableModel(ctx, self.names.notes(), self)
        self.note_view = self._table(self.notes, None)
        self.note_actions = QHBoxLayout()
        self.transactions_tab = QWidget()
        QVBoxLayout(self.transactions_tab).setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._tab(self.item_view), self.tr("&Open items"))
        self.tabs.addTab(self._tab(self.activity_view), self.tr("Acti&vities"))
        self.tabs.addTab(self._tab(self.letter_view), self.tr("Lette&rs"))
        self.tabs.addTab(self._tab(self.note_view), self.tr("Interest &notes"))
        self.tabs.addTab(self.transactions_tab, self.tr("All tr&ansactions"))
        # The buttons of the tab on show, beside the tabs (one row less than a bar of their own).
        self.tab_actions = QStackedWidget()
        for actions in (self.item_actions, self.activity_actions, None, self.note_actions, None):
            bar = QWidget()
            if actions is not None:
                bar.setLayout(actions)
                actions.setContentsMargins(0, 0, 0, 2)
                actions.setSpacing(6)
                actions.addStretch(1)  # the buttons (added by CollectionActions) keep their size, on the right
            self.tab_actions.addWidget(bar)
        self.tabs.setCornerWidget(self.tab_actions, Qt.Corner.TopRightCorner)
        self.message = banner()
        self.status = plain_label("", "")
        self.status.setStyleSheet("color: #1d6b3a;")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.set_empty()

    def _table(self, model: RecordTableModel, stretch: int | None) -> Table:
        view = make_table(self, stretch)
        view.setModel(model)
        view.installEventFilter(self)
        return view

    def _tab(self, view: QTableView) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(view, 1)
        return tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QTableView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.leave.emit()
            return True
        return super().eventFilter(watched, event)

    # --- loading ----------------------------------------------------------------------------------
    def set_empty(self) -> None:
        self._generation += 1
        self.row = self.info = None
        self.title.setText(self.tr("No customer selected"))
        self.badge.clear()
        self.facts.setText(self.tr("Choose a customer in the list to see its transactions, activities and letters."))
        for model in (self.items, self.activities, self.letters, self.notes):
            model.set_rows([])
        self.tabs.setEnabled(False)
        self.loading = False

    @property
    def account(self) -> str | None:
        return self.row.account if self.row is not None else None

    def load(self, row: CollectionRow, as_of: dt.date) -> None:
        """Read the customer's details as of the date in the background (the newest request wins)."""
        same = self.row is not None and self.row.id == row.id
        self.row, self.as_of = row, as_of
        self._generation += 1
        generation = self._generation
        company, account = self.ctx.company, row.account
        if not same:
            show_banner(self.message, "")
            self.status.clear()
        self.show_header()

        def job() -> tuple[CustomerInfo, list[Any], list[Any], list[Any], list[Any]]:
            return (
                company.customer(account),
                company.collection_items(account, as_of),
                company.activities(account),
                company.collection_letters(customer=account),
                company.interest_notes(customer=account),
            )

        self.loading = True
        self.ctx.runner.run(job, success=lambda r: self._arrived(generation, *r), failure=self._failed)

    def _arrived(
        self,
        generation: int,
        info: CustomerInfo,
        items: list[CollectionItem],
        activities: list[Activity],
        letters: list[Letter],
        notes: list[InterestNote],
    ) -> None:
        if generation != self._generation:
            return
        self.info = info
        self.tabs.setEnabled(True)
        for model, view, rows in (
            (self.items, self.item_view, items),
            (self.activities, self.activity_view, activities),
            (self.letters, self.letter_view, list(reversed(letters))),
            (self.notes, self.note_view, list(reversed(notes))),
        ):
            selected = view.currentIndex().row()
            model.set_rows(rows)
            if rows:
                fit_columns(view, 300)
                view.setCurrentIndex(model.index(min(max(selected, 0), len(rows) - 1), 0))
        counts = (len(items), len(activities), len(letters), len(notes))
        titles = (
            self.tr("&Open items (%1)"),
            self.tr("Acti&vities (%1)"),
            self.tr("Lette&rs (%1)"),
            self.tr("Interest &notes (%1)"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))
        self.show_header()
        if self._transactions is not None and self.tabs.currentWidget() is self.transactions_tab:
            self._transactions.set_customer(info.account)
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def show_header(self) -> None:
        row = self.row
        if row is None:
            return
        self.title.setText(f"{row.account}  {row.name}")
        status = row.collection_status
        badge = {"hold": self.tr("On hold for collections"), "disputed": self.tr("In dispute")}.get(status, "")
        blocked = (self.info.on_hold if self.info is not None else row.invoicing_hold) != "no"
        if blocked:
            badge = ", ".join(filter(None, (badge, self.tr("invoicing blocked"))))
        self.badge.setText(badge)
        self.badge.setStyleSheet(f"color: {HELD if status != 'disputed' else DISPUTED}; font-weight: bold;")
        facts = []
        if row.limit is None:
            facts.append(self.tr("No credit limit"))
        else:
            limit = self.tr("Credit limit %1").replace("%1", self.ctx.amount(row.limit))
            if row.credit_use is not None:
                limit += " " + self.tr("(%1 used)").replace("%1", self.ctx.percent(row.credit_use))
            elif row.over_limit:
                limit += " " + self.tr("(exceeded)")
            facts.append(limit)
        facts.append(
            self.tr("last payment %1").replace("%1", self.ctx.date(row.last_payment))
            if row.last_payment
            else self.tr("no payment yet")
        )
        if row.letter_step:
            facts.append(
                self.tr("last letter: step %1 (%2) on %3")
                .replace("%1", str(row.letter_step))
                .replace("%2", row.letter_code)
                .replace("%3", self.ctx.date(row.letter_date))
            )
        self.facts.setText("  ·  ".join(facts))

    # --- the embedded payments view ----------------------------------------------------------------
    def all_transactions(self) -> TransactionsView:
        """The Payments page's customer transactions view (write-off, reverse, NSF, unsettle), made on first
        use and kept on the selected customer."""
        if self._transactions is None:
            self._transactions = TransactionsView(self.ctx, self.transactions_tab)
            self._transactions.customer.setEnabled(False)  # the list chooses the customer
            self.transactions_tab.layout().addWidget(self._transactions)
        if self.account is not None and self._transactions.customer.account() != self.account:
            self._transactions.set_customer(self.account)
        return self._transactions

    def _tab_changed(self) -> None:
        self.tab_actions.setCurrentIndex(self.tabs.currentIndex())
        if self.tabs.currentWidget() is self.transactions_tab and self.account is not None:
            self.all_transactions()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # --- selection ------------------------------------------------------------------------------------
    def selected_item(self) -> CollectionItem | None:
        index = self.item_view.currentIndex()
        return self.items.row_at(index.row()) if index.isValid() and index.row() < self.items.rowCount() else None

    def selected_activity(self) -> Activity | None:
        index = self.activity_view.currentIndex()
        ok = index.isValid() and index.row() < self.activities.rowCount()
        return self.activities.row_at(index.row()) if ok else None

    def selected_note(self) -> InterestNote | None:
        index = self.note_view.currentIndex()
        return self.notes.row_at(index.row()) if index.isValid() and index.row() < self.notes.rowCount() else None

    def focus_items(self) -> None:
        self.show_tab("items")
        self.item_view.setFocus()
        if not self.item_view.currentIndex().isValid() and self.items.rowCount():
            self.item_view.setCurrentIndex(self.items.index(0, 0))

    # --- messages -----------------------------------------------------------------------------------
    def report(self, text: str) -> None:
        show_banner(self.message, "")
        self.status.setText(text)

    def report_error(self, text: str) -> None:
        self.status.clear()
        show_banner(self.message, text)
