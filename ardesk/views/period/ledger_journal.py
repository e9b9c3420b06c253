"""The general journal dialog: one balanced ledger voucher (an accrual, a correction, a bank fee) typed as lines of
account, debit and credit, posted through the API; the receivable accounts are refused by the books (DOMAIN 11.1)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ardesk.api import AccountRow, LedgerLine
from ardesk.errors import ValidationError
from ardesk.i18n import field_message
from ardesk.views.collections.inputs import parse_number
from ardesk.views.context import AppContext
from ardesk.views.invoicing.editor import DateEdit
from ardesk.views.setup.grid import EditGrid, GridColumn
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.form_dialog import FormDialog
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import plain_label

ACCOUNT, DEBIT, CREDIT, TEXT = range(4)
LINE_FIELD = re.compile(r"lines(?:\[(\d+)\](?:\.(\w+))?)?")
ZERO = Decimal(0)
#: How many lines a voucher may have in the dialog.
MAX_LINES = 40


def account_choices(accounts: list[AccountRow], none_label: str) -> list[tuple[str | None, str]]:
    """The active accounts as "number - name"; the receivable (summary) ones too: the books refuse them with
    the reason, which tells a bookkeeper more than an account that is silently missing."""
    return [(None, none_label)] + [(a.number, f"{a.number} - {a.name}") for a in accounts if a.active]


class LedgerJournalDialog(FormDialog):
    """Date, description and a grid of lines; the totals and the difference follow the typing, Post is enabled
    while debits equal credits. A refusal of the books shows under the grid with the line marked."""

    notify_on_save = True

    def __init__(self, ctx: AppContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, min_width=860)
        self.setWindowTitle(self.tr("General journal"))
        self.voucher = ""
        self.choices = account_choices(ctx.company.accounts(), self.tr("Choose an account"))
        intro = plain_label(
            self.tr(
                "Post an accrual, a correction or a bank fee to the general ledger. Debits must equal credits. "
                "Customer balances change only through customer documents, so the receivable accounts are refused."
            ),
            "muted",
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.date = DateEdit(day, ctx.language)
        self.date.setMaximumWidth(150)
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("for example Bank charges November"))
        self.add(self.tr("Date"), self.date, "date")
        self.add(self.tr("Description"), self.description, "text")

        self.grid = EditGrid(
            [
                GridColumn(self.tr("Account"), "account", width=300),
                GridColumn(self.tr("Debit"), "debit", "number", 120),
                GridColumn(self.tr("Credit"), "credit", "number", 120),
                GridColumn(self.tr("Text"), "text", width=200),
            ],
            max_rows=MAX_LINES,
        )
        self.grid.stretch(TEXT)
        self.grid.verticalHeader().setDefaultSectionSize(30)
        self.grid.setMinimumHeight(230)
        self.grid.row_added.connect(self._row_added)
        self.grid.itemChanged.connect(lambda _item: self.update_totals())
        self.grid.rows_changed.connect(self.update_totals)
        self.grid.currentCellChanged.connect(self._cell_changed)
        self.lines_error = error_label()
        self.lines_error.hide()
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self.grid.remove_current)
        self.debit_total = plain_label()
        self.credit_total = plain_label()
        self.difference = plain_label()
        totals = QWidget()
        row = QHBoxLayout(totals)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        for caption, value in (
            (self.tr("Total debit"), self.debit_total),
            (self.tr("Total credit"), self.credit_total),
            (self.tr("Difference"), self.difference),
        ):
            row.addWidget(plain_label(caption, "muted"))
            value.setMinimumWidth(90)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(value)
            row.addSpacing(14)
        self.post_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.post_button.setText(self.tr("Post"))
        self.finish(self.grid, totals, self.lines_error)
        for _ in range(2):  # add_row, not set_rows: the account combos come with row_added
            self.grid.add_row()
        self.resize(900, 560)
        self.update_totals()

    def focus_widget(self) -> QWidget | None:
        return self.description

    # --- the grid ---------------------------------------------------------------------------------------
    def _row_added(self, row: int) -> None:
        """The account cell is a combo of the ledger accounts over a cell that is not typed in."""
        combo = CodeCombo(self.choices, None)
        combo.currentIndexChanged.connect(lambda _i: self.update_totals())
        item = self.grid.item(row, ACCOUNT)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.grid.setCellWidget(row, ACCOUNT, combo)

    def _cell_changed(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        if column == ACCOUNT and row >= 0:
            widget = self.grid.cellWidget(row, ACCOUNT)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)

    def account(self, row: int) -> str | None:
        widget = self.grid.cellWidget(row, ACCOUNT)
        return widget.code() if isinstance(widget, CodeCombo) else None

    def set_line(self, row: int, account: str | None, debit: str = "", credit: str = "", text: str = "") -> None:
        """Fill a line (tests, screenshots); lines are added up to `row`."""
        while self.grid.rowCount() <= row:
            self.grid.add_row()
        widget = self.grid.cellWidget(row, ACCOUNT)
        assert isinstance(widget, CodeCombo)
        widget.set_code(account)
        for column, value in ((DEBIT, debit), (CREDIT, credit), (TEXT, text)):
            self.grid.set_text(row, column, value)

    def used_rows(self) -> list[int]:
        """The rows with anything on them (an account, an amount or a text)."""
        return [
            r
            for r in range(self.grid.rowCount())
            if self.account(r) or any(self.grid.text(r, c) for c in (DEBIT, CREDIT, TEXT))
        ]

    def _amount(self, row: int, column: int, n: int) -> Decimal:
        """The amount in a cell ("" is zero); a refusal names the line as the books number it (n: 1-based
        among the used rows)."""
        key = self.grid.columns[column].key
        value = parse_number(self.grid.text(row, column), self.ctx.locale, f"lines[{n}].{key}")
        return value if value is not None else ZERO

    def lines(self) -> list[LedgerLine]:
        """The voucher's lines as typed (the used rows in order); an unreadable amount or a line without an
        account raises the ValidationError of its cell."""
        found = []
        for n, r in enumerate(self.used_rows(), start=1):
            debit, credit = self._amount(r, DEBIT, n), self._amount(r, CREDIT, n)
            account = self.account(r)
            if account is None:
                raise ValidationError(f"lines[{n}].account", self.tr("Choose an account."))
            found.append(LedgerLine(account, debit, credit, self.grid.text(r, TEXT)))
        return found

    def update_totals(self) -> None:
        """Totals and difference of what is typed; Post only while the voucher balances. A new empty line is
        added when the last one is used."""
        self.clear_errors()
        debit = credit = ZERO
        try:
            for n, r in enumerate(self.used_rows(), start=1):
                debit += self._amount(r, DEBIT, n)
                credit += self._amount(r, CREDIT, n)
        except ValidationError as exc:
            self.show_error(exc)
            for label in (self.debit_total, self.credit_total, self.difference):
                label.setText("-")
            self.post_button.setEnabled(False)
            return
        rows = self.grid.rowCount()
        if rows and rows - 1 in self.used_rows() and rows < MAX_LINES:
            self.grid.add_row()
        self.debit_total.setText(self.ctx.amount(debit))
        self.credit_total.setText(self.ctx.amount(credit))
        self.difference.setText(self.ctx.amount(debit - credit))
        self.difference.setObjectName("fieldError" if debit != credit else "")
        self.difference.style().unpolish(self.difference)
        self.difference.style().polish(self.difference)
        self.post_button.setEnabled(debit == credit and debit > 0 and len(self.used_rows()) >= 2)

    # --- posting ------------------------------------------------------------------------------------------
    def save(self) -> None:
        self.voucher = self.ctx.company.post_ledger_journal(self.date.value(), self.lines(), self.description.text())

    def clear_errors(self) -> None:
        super().clear_errors()
        self.grid.clear_marks()
        self.lines_error.hide()
        for row in range(self.grid.rowCount()):
            self._mark_account(row, False)

    def _mark_account(self, row: int, invalid: bool) -> None:
        """The account combo covers its cell: it gets the red border of a refused field instead."""
        widget = self.grid.cellWidget(row, ACCOUNT)
        if widget is not None and bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            if invalid:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: ValidationError) -> None:
        """A line's error under the grid with its cell marked (the books number the lines they were given:
        the grid's used rows in order); any other beside its field."""
        found = LINE_FIELD.fullmatch(exc.field)
        if found is None:
            super().show_error(exc)
            return
        text = field_message(exc, self.ctx.language)
        used = self.used_rows()
        if found.group(1) is not None and 1 <= int(found.group(1)) <= len(used):
            row = used[int(found.group(1)) - 1]
            self.grid.mark(row, found.group(2) or "debit")
            if found.group(2) == "account":
                self._mark_account(row, True)
            text = self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", text)
        self.lines_error.setText(text)
        self.lines_error.show()
