"""The Bank statements page: import a CAMT.053 or MT940 file, review what each entry was matched to, correct
it, and post the statement's payment journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import BankImport, StatementEntry, StatementInfo
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.context import AppContext
from ardesk.views.payments.bank_assign import AssignDialog
from ardesk.views.payments.bank_entries import (
    COLUMNS,
    ENTRY,
    EntriesModel,
    MatchDelegate,
    TwoLineDelegate,
    iban_text,
    is_matched,
    needs_review,
)
from ardesk.views.payments.journal import JournalDialog
from ardesk.views.payments.widgets import banner, show_banner
from ardesk.views.widgets.page import Page, fit_columns, make_table, plain_label
from ardesk.views.widgets.record_model import Column, RecordTableModel

#: The review filters: every entry, those to look at, those the matcher was sure of.
FILTERS = ("all", "review", "matched")
#: The widest the two-line columns get, so that the table fits the default window without scrolling.
WIDEST = {"counterparty": 195, "customer": 215}

CHIP_STYLE = """
QPushButton#chip { border-radius: 11px; padding: 2px 12px; min-height: 18px; }
QPushButton#chip:checked { background: #d6e4f5; border-color: #1f5fa8; color: #0f2f57; }
"""


def set_primary_enabled(button: QPushButton, enabled: bool) -> None:
    """Enable or disable a primary (blue) button; disabled it looks like any disabled button (the theme's
    #primary rule would otherwise keep it blue)."""
    button.setEnabled(enabled)
    name = "primary" if enabled else ""
    if button.objectName() != name:
        button.setObjectName(name)
        button.style().unpolish(button)
        button.style().polish(button)


class BankStatementsPage(Page):
    """Top: the imported statements, newest first. Below: the selected statement's entries with their match,
    the review filter, a summary, and the actions Assign..., Remove proposal and Post journal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_title(
            self.tr("Bank statements"),
            self.tr("Import the bank's statement file, check what each payment was matched to, and post it"),
        )
        self._generation = 0
        self._wanted: str | None = None
        self.statement: BankImport | None = None
        self.names: dict[str, str] = {}
        self.payments: dict[int, str] = {}
        self.filter = "all"
        self.importing = False
        self.posting = False
        #: Asks for the file to import (tests replace it).
        self.ask_path: Callable[[], Path | None] = self._ask_path
        #: Confirms posting (tests replace it).
        self.confirm: Callable[[str], bool] = self._confirm

        self.import_button = QPushButton(self.tr("Import statement..."))
        self.import_button.setObjectName("primary")
        self.import_button.setToolTip(self.tr("A CAMT.053 (.xml) or MT940 (.sta, .940) file from your bank"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.busy_label = plain_label("", "muted")
        self.statement_count = plain_label("", "muted")
        self.toolbar.addWidget(self.statement_count)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(self.busy_label)
        self.toolbar.addWidget(self.progress)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.import_button)
        self.message_banner = banner()
        self.body.addWidget(self.message_banner)
        self.body.addWidget(self.add_message_line())

        # The statements.
        self.statements = RecordTableModel(ctx, self.statement_columns(), self)
        self.statement_view = make_table(self, stretch_column=0)
        self.statement_view.setModel(self.statements)
        self.top = top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.statement_view, 1)

        # The selected statement.
        self.heading = plain_label("", "")
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.facts = plain_label("", "muted")
        self.facts.setWordWrap(True)  # a long file name must not widen the page
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        chip_row = QHBoxLayout()
        chip_row.setSpacing(6)
        self.chip_buttons: dict[str, QPushButton] = {}
        for key in FILTERS:
            chip = QPushButton()
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setStyleSheet(CHIP_STYLE)
            chip.setProperty("filter", key)
            self.chips.addButton(chip)
            self.chip_buttons[key] = chip
            chip_row.addWidget(chip)
        self.chip_buttons["all"].setChecked(True)
        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(self.heading)
        head_text.addWidget(self.facts)
        head.addLayout(head_text, 1)
        head.addLayout(chip_row)

        self.entries = EntriesModel(ctx, self)
        self.entry_view = make_table(self, stretch_column=COLUMNS.index("description"))
        self.entry_view.setModel(self.entries)
        self.entry_view.stretch_maximum = 400
        self.entry_view.stretch_minimum = 120
        self.two_lines = TwoLineDelegate(self.entry_view)
        for column in ("counterparty", "description", "customer"):
            self.entry_view.setItemDelegateForColumn(COLUMNS.index(column), self.two_lines)
        self.match_delegate = MatchDelegate(lambda index: index.data(ENTRY), self.entry_view)
        self.entry_view.setItemDelegateForColumn(COLUMNS.index("match"), self.match_delegate)
        self.entry_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 12)
        self.empty_label = plain_label("", "placeholder")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.summary = plain_label("", "")
        self.summary.setWordWrap(True)
        self.assign_button = QPushButton(self.tr("Assign..."))
        self.assign_button.setToolTip(self.tr("Choose the customer who paid this credit and the items it pays"))
        self.remove_button = QPushButton(self.tr("Remove proposal"))
        self.remove_button.setToolTip(self.tr("Take this entry out of the payment journal"))
        self.journal_button = QPushButton(self.tr("Open journal"))
        self.journal_button.setToolTip(self.tr("The statement's payment journal with all its lines"))
        self.post_button = QPushButton(self.tr("Post journal"))
        self.post_button.setObjectName("primary")
        actions = QHBoxLayout()
        actions.addWidget(self.assign_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.journal_button)
        actions.addWidget(self.post_button)

        self.detail = QFrame()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 6, 0, 0)
        dl.setSpacing(6)
        dl.addLayout(head)
        dl.addWidget(self.entry_view, 1)
        dl.addWidget(self.empty_label, 1)
        dl.addWidget(self.summary)
        dl.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([118, 600])
        self.body.addWidget(self.splitter, 1)

        self.import_button.clicked.connect(self.import_statement)
        self.statement_view.selectionModel().currentRowChanged.connect(lambda *_a: self._statement_chosen())
        self.entry_view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.entry_view.doubleClicked.connect(lambda _i: self.assign_selected())
        self.chips.buttonClicked.connect(lambda b: self.set_filter(str(b.property("filter"))))
        self.assign_button.clicked.connect(self.assign_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.journal_button.clicked.connect(self.open_journal)
        self.post_button.clicked.connect(self.post)
        self._show_statement()

    def statement_columns(self) -> list[Column]:
        statuses = {"open": self.tr("Open"), "posted": self.tr("Posted")}

        def period(r: StatementInfo) -> str:
            if r.from_date == r.to_date:
                return self.ctx.date(r.from_date)
            return f"{self.ctx.date(r.from_date)} – {self.ctx.date(r.to_date)}"

        return [
            Column(self.tr("Bank account"), lambda r: iban_text(r.account_iban), stretch=True),
            Column(self.tr("Statement"), lambda r: r.statement_id),
            Column(self.tr("Period"), period),
            Column(self.tr("Entries"), lambda r: r.entry_count, "int"),
            Column(self.tr("Payment journal"), lambda r: r.journal),
            Column(self.tr("Status"), lambda r: statuses.get(r.journal_status or "", r.journal_status)),
            Column(self.tr("File"), lambda r: r.file_name),
        ]

    # --- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The statements, and the one selected (else the newest) with its entries, in the background."""
        self._load(self._wanted or self.selected_journal())

    def _changed(self, journal: str | None) -> None:
        """Tell the other pages the books changed, and reload this one showing journal."""
        self._wanted = journal
        self.ctx.notify_changed()  # reloads this page at once when it is shown
        if not self.loading:
            self._load(journal)

    def _load(self, journal: str | None) -> None:
        self._generation += 1
        generation = self._generation
        company = self.ctx.company
        self._wanted = None

        def query() -> tuple[list[StatementInfo], BankImport | None, dict[str, str], dict[int, str]]:
            found = company.bank_statements()
            number = journal if any(s.journal == journal for s in found) else None
            if number is None and found:
                number = found[0].journal
            shown = company.bank_statement(number) if number else None
            entries = shown.entries if shown is not None else ()
            names = {e.customer: e.customer_name or "" for e in entries if e.customer}
            payments = {e.line: e.payment for e in entries if e.line is not None and e.payment}
            return found, shown, names, payments

        self.loading = True
        self.ctx.runner.run(
            query,
            success=lambda result: self._arrived(generation, *result),
            failure=self._failed,
            text=self.tr("Loading bank statements..."),
        )

    def _arrived(
        self,
        generation: int,
        found: list[StatementInfo],
        shown: BankImport | None,
        names: dict[str, str],
        payments: dict[int, str],
    ) -> None:
        if generation != self._generation:
            return
        self.statements.set_rows(found)
        if found:
            fit_columns(self.statement_view)
        self.statement_count.setText(
            self.tr("%n statement(s) imported", "", len(found)) if found else self.tr("No statements imported yet.")
        )
        self.statement = shown
        self.names = names
        self.payments = payments
        if shown is not None:
            row = next((i for i, s in enumerate(found) if s.journal == shown.journal), 0)
            self.statement_view.selectionModel().blockSignals(True)
            self.statement_view.selectionModel().setCurrentIndex(
                self.statements.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.statement_view.selectionModel().blockSignals(False)
        self._show_statement()
        self.loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.ctx.runner.error.emit(exc)
        self.loaded.emit()

    def selected_journal(self) -> str | None:
        index = self.statement_view.currentIndex()
        if index.isValid():
            info: StatementInfo = self.statements.row_at(index.row())
            return info.journal
        return self.statement.journal if self.statement is not None else None

    def _statement_chosen(self) -> None:
        journal = self.selected_journal()
        if journal and (self.statement is None or self.statement.journal != journal):
            self._load(journal)

    # --- showing a statement ----------------------------------------------------------------------
    def is_posted(self) -> bool:
        return self.statement is not None and self.statement.statement.journal_status == "posted"

    def visible_entries(self) -> list[StatementEntry]:
        entries = list(self.statement.entries) if self.statement is not None else []
        if self.filter == "review":
            return [e for e in entries if needs_review(e)]
        if self.filter == "matched":
            return [e for e in entries if is_matched(e)]
        return entries

    def set_filter(self, key: str) -> None:
        self.filter = key
        self.chip_buttons[key].setChecked(True)
        self._show_entries()

    def _show_statement(self) -> None:
        shown = self.statement
        has = shown is not None
        self.entry_view.setVisible(has)
        self.empty_label.setVisible(not has)
        self.heading.setVisible(has)
        self.facts.setVisible(has)
        self.top.setVisible(self.statements.rowCount() > 0)  # the first visit shows only how to begin
        shown_widgets: list[QWidget] = [*self.chip_buttons.values(), self.assign_button, self.remove_button]
        for widget in [*shown_widgets, self.journal_button, self.post_button, self.summary]:
            widget.setVisible(has)
        if shown is None:
            self.empty_label.setText(
                self.tr(
                    "Download the day's statement from your bank as CAMT.053 or MT940 and click Import "
                    "statement. Payments are matched to open invoices; you check them and post."
                )
            )
            self.summary.setText("")
            self.entries.set_rows([], {})
            self._enable()
            return
        info = shown.statement
        status = self.tr("Posted") if info.journal_status == "posted" else self.tr("Open: to review and post")
        self.heading.setText(self.tr("Statement %1").replace("%1", info.statement_id))
        period = (
            self.ctx.date(info.from_date)
            if info.from_date == info.to_date
            else f"{self.ctx.date(info.from_date)} – {self.ctx.date(info.to_date)}"
        )
        self.facts.setText(
            "  |  ".join(
                [
                    iban_text(info.account_iban),
                    period,
                    self.tr("Payment journal %1").replace("%1", info.journal or "-"),
                    status,
                ]
            )
        )
        entries = shown.entries
        review = sum(1 for e in entries if needs_review(e))
        for key, text in (
            ("all", self.tr("All (%1)").replace("%1", str(len(entries)))),
            ("review", self.tr("To review (%1)").replace("%1", str(review))),
            ("matched", self.tr("Matched (%1)").replace("%1", str(sum(1 for e in entries if is_matched(e))))),
        ):
            chip = self.chip_buttons[key]
            chip.setText(text)
            chip.setMinimumWidth(chip.fontMetrics().horizontalAdvance(text) + 34)  # the rounded ends' padding
        money_in = sum((e.amount for e in entries if e.amount > 0), 0)
        money_out = -sum((e.amount for e in entries if e.amount < 0), 0)
        cur = info.currency
        self.summary.setText(
            "  ·  ".join(
                [
                    self.tr("%n matched", "", sum(1 for e in entries if is_matched(e))),
                    self.tr("%n to review", "", review),
                    self.tr("In %1").replace("%1", self.ctx.amount(money_in, cur)),  # type: ignore[arg-type]
                    self.tr("Out %1").replace("%1", self.ctx.amount(money_out, cur)),  # type: ignore[arg-type]
                    self.tr("Balance: opening %1, closing %2")
                    .replace("%1", self.ctx.amount(info.opening_balance, cur))
                    .replace("%2", self.ctx.amount(info.closing_balance, cur)),
                ]
            )
        )
        self._show_entries()

    def _show_entries(self) -> None:
        current = self.selected_entry()
        self.entries.set_rows(self.visible_entries(), self.names, self.payments)
        if self.entries.rowCount():
            fit_columns(self.entry_view, maximum=300)
            header = self.entry_view.horizontalHeader()
            for column, most in WIDEST.items():  # names elide (the tooltip has them whole): Match keeps its words
                index = COLUMNS.index(column)
                header.resizeSection(index, min(header.sectionSize(index), most))
            self.entry_view.fill_width()
            row = self.entries.row_of(current.seq) if current is not None else -1
            self.entry_view.setCurrentIndex(self.entries.index(max(row, 0), 0))
        self._enable()

    def selected_entry(self) -> StatementEntry | None:
        index = self.entry_view.currentIndex()
        if not index.isValid() or index.row() >= self.entries.rowCount():
            return None
        return self.entries.row_at(index.row())

    def select_entry(self, seq: int) -> None:
        row = self.entries.row_of(seq)
        if row >= 0:
            self.entry_view.setCurrentIndex(self.entries.index(row, 0))

    def _enable(self) -> None:
        entry = self.selected_entry()
        open_ = self.statement is not None and not self.is_posted() and not self.posting
        self.assign_button.setEnabled(open_ and entry is not None and entry.amount > 0)
        self.remove_button.setEnabled(open_ and entry is not None and entry.line is not None)
        self.journal_button.setEnabled(self.statement is not None)
        has_lines = self.statement is not None and any(e.line is not None for e in self.statement.entries)
        set_primary_enabled(self.post_button, open_ and has_lines)

    # --- importing --------------------------------------------------------------------------------
    def _ask_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import bank statement"),
            str(Path.home()),
            self.tr("Bank statements (*.xml *.sta *.940 *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def import_statement(self, path: Path | None = None) -> None:
        """Import a statement file in the background; a refusal is shown on the page, nothing else happens."""
        path = path or self.ask_path()
        if path is None or self.importing:
            return
        show_banner(self.message_banner, "")
        self.say("")
        self.importing = True
        set_primary_enabled(self.import_button, False)
        self.busy_label.setText(self.tr("Importing %1...").replace("%1", path.name))
        self.progress.show()
        company = self.ctx.company
        self.ctx.runner.run(
            lambda: company.import_bank_statement(path),
            success=self._imported,
            failure=self._import_failed,
            text=self.busy_label.text(),
        )

    def _import_done(self) -> None:
        self.importing = False
        set_primary_enabled(self.import_button, True)
        self.busy_label.setText("")
        self.progress.hide()

    def _imported(self, found: BankImport) -> None:
        self._import_done()
        review = sum(1 for e in found.entries if needs_review(e))
        self.say(
            self.tr("Statement %1 imported: %n entry(ies) in payment journal %2.", "", len(found.entries))
            .replace("%1", found.statement.statement_id)
            .replace("%2", found.journal)
            + " "
            + self.tr("%n to review.", "", review)
        )
        self.statement = found
        self.set_filter("review" if review else "all")
        self._changed(found.journal)  # the payments page lists the new journal

    def _import_failed(self, exc: BaseException) -> None:
        self._import_done()
        if not isinstance(exc, ArdeskError):
            self.ctx.runner.error.emit(exc)
            return
        text = (
            field_message(exc, self.ctx.language)
            if isinstance(exc, ValidationError)
            else message_text(exc, self.ctx.language)
        )
        show_banner(self.message_banner, self.tr("The statement was not imported: %1").replace("%1", text))

    # --- correcting -------------------------------------------------------------------------------
    def assign_selected(self) -> AssignDialog | None:
        entry = self.selected_entry()
        if self.statement is None or entry is None or entry.amount <= 0 or self.is_posted():
            return None
        dialog = AssignDialog(self.ctx, self.statement.journal, entry, self)
        dialog.accepted.connect(lambda: self._corrected(dialog.result_import, entry.seq))
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        entry = self.selected_entry()
        if self.statement is None or entry is None or entry.line is None:
            return
        try:
            after = self.ctx.company.unassign_statement_entry(self.statement.journal, entry.seq)
        except ArdeskError as exc:
            show_banner(self.message_banner, message_text(exc, self.ctx.language))
            return
        self.say(self.tr("Entry %1 was taken out of the journal.").replace("%1", str(entry.seq)))
        self._corrected(after, entry.seq)

    def _corrected(self, after: BankImport | None, seq: int) -> None:
        if after is None:
            return
        show_banner(self.message_banner, "")
        self.names.update({e.customer: e.customer_name or "" for e in after.entries if e.customer})
        self.statement = after
        self.payments = {}
        self._show_statement()
        self.select_entry(seq)
        self._changed(after.journal)

    def open_journal(self) -> JournalDialog | None:
        if self.statement is None:
            return None
        dialog = JournalDialog(self.ctx, self.statement.journal, self)
        dialog.finished.connect(lambda _r: self._load(self.selected_journal()))
        dialog.open()
        return dialog

    # --- posting ----------------------------------------------------------------------------------
    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Post journal"), text) == QMessageBox.StandardButton.Yes

    def post(self) -> None:
        shown = self.statement
        if shown is None or self.is_posted() or self.posting:
            return
        lines = sum(1 for e in shown.entries if e.line is not None)
        left = sum(1 for e in shown.entries if e.line is None and e.amount > 0)
        question = self.tr("Post the %n payment(s) of statement %1 (payment journal %2)?", "", lines)
        question = question.replace("%1", shown.statement.statement_id).replace("%2", shown.journal)
        if left:
            question += "\n\n" + self.tr(
                "%n credit(s) without a customer stay on the statement and are not posted.", "", left
            )
        if not self.confirm(question):
            return
        show_banner(self.message_banner, "")
        self.posting = True
        self._enable()
        self.busy_label.setText(self.tr("Posting %n payment(s)...", "", lines))
        self.progress.show()
        company, journal = self.ctx.company, shown.journal
        self.ctx.runner.run(
            lambda: company.post_payment_journal(journal),
            success=self._posted,
            failure=self._post_failed,
            text=self.busy_label.text(),
        )

    def _post_done(self) -> None:
        self.posting = False
        self.busy_label.setText("")
        self.progress.hide()

    def _posted(self, numbers: list[str]) -> None:
        self._post_done()
        self.say(self.tr("Journal posted: %n payment(s).", "", len(numbers)))
        self._changed(self.selected_journal())

    def _post_failed(self, exc: BaseException) -> None:
        self._post_done()
        self._enable()
        if not isinstance(exc, ArdeskError):
            self.ctx.runner.error.emit(exc)
            return
        text = self.tr("Nothing was posted. %1").replace("%1", message_text(exc, self.ctx.language))
        show_banner(self.message_banner, text)
