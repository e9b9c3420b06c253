"""The posting profile editor (DOMAIN 2.4): its code and description and the lines that say which summary
account a customer, a customer group or every customer posts to, with an optional write-off account.

Save sends every line at once (update_posting_profile replaces them); a refused line is marked and its message
shows under the lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import PostingProfileInfo, ProfileLine
from ardesk.errors import ValidationError
from ardesk.i18n import field_message
from ardesk.views.context import AppContext
from ardesk.views.setup.dialogs import CodeDialog, account_items
from ardesk.views.setup.grid import row_field
from ardesk.views.widgets.combo import NONE, CodeCombo
from ardesk.views.widgets.customer_picker import CustomerPicker
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import plain_label

SCOPE, WHO, ACCOUNT, WRITEOFF = range(4)
#: The API's name of each column's value in a line (lines[2].account ...).
KEYS = ("scope", "who", "account", "writeoff_account")
#: Scopes of a line in words, in the "PostingScope" context; the most specific line wins.
SCOPES = (
    ("table", QT_TRANSLATE_NOOP("PostingScope", "One customer")),
    ("group", QT_TRANSLATE_NOOP("PostingScope", "Customer group")),
    ("all", QT_TRANSLATE_NOOP("PostingScope", "All customers")),
)
MAX_LINES = 100


def mark(widget: QWidget, invalid: bool) -> None:
    """Draw a cell's widget as refused (the theme's [invalid="true"]) or as normal."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def scope_label(scope: str) -> str:
    label = dict(SCOPES).get(scope)
    return QCoreApplication.translate("PostingScope", str(label)) if label else scope


class PostingProfileDialog(CodeDialog):
    """record: a PostingProfileInfo (ardesk.api) to edit, or None for a new profile."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, record: PostingProfileInfo | None = None
    ) -> None:
        super().__init__(ctx, parent, record)
        self.set_titles(self.tr("New posting profile"), self.tr("Posting profile %1"))
        self.setMinimumSize(1040, 520)
        company = ctx.company
        self.accounts = company.accounts()
        self.groups = [(g.code, f"{g.code} - {g.name}") for g in company.customer_groups() if g.active]
        self.code = self.code_field()
        self.description = QLineEdit(record.description if record else "")
        self.description.setPlaceholderText(self.tr("for example Trade debtors"))
        self.add(self.tr("Posting profile"), self.code, "code")
        self.add(self.tr("Description"), self.description, "description")

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Applies to"),
                self.tr("Customer or group"),
                self.tr("Summary account"),
                self.tr("Write-off account"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the combos in the cells
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(SCOPE, 150)
        header.resizeSection(WHO, 260)
        header.resizeSection(ACCOUNT, 280)
        header.setSectionResizeMode(WRITEOFF, QHeaderView.ResizeMode.Stretch)
        #: Per line: scope, who (a CustomerPicker for one customer, else a combo of groups), account, write-off.
        self.rows: list[list[QWidget]] = []
        for line in record.lines if record else [ProfileLine("all", "", "")]:
            self.add_line(line)
        self.lines_error = error_label()
        self.lines_error.hide()
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.clicked.connect(lambda _checked=False: self.new_line())
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the line it removes
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_line(self.table.currentRow()))
        hint = plain_label(
            self.tr(
                "A customer's transactions post to the summary account of the line for that customer, else of the "
                "line for its group, else of the line for all customers. The write-off account overrides the "
                "company's for write-offs of those transactions."
            ),
            "muted",
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Lines"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.table, 1)
        box_layout.addWidget(self.lines_error)
        box_layout.addLayout(buttons)
        box_layout.addWidget(hint)
        self.layout_.addWidget(box, 1)
        self._lines_changed()
        self.finish()

    def focus_widget(self) -> QWidget | None:
        return self.description if self.editing else self.code

    # --- lines -------------------------------------------------------------------------------------------------
    def add_line(self, line: ProfileLine) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        scope = CodeCombo([(s, scope_label(s)) for s, _ in SCOPES], line.scope)
        who = CodeCombo([], None)
        account = CodeCombo(
            account_items(
                self.accounts, line.account or None, self.tr("(choose)") if not line.account else None, summary=True
            ),
            line.account or None,
        )
        writeoff = CodeCombo(
            account_items(self.accounts, line.writeoff_account, self.tr("(the company's)"), summary=False),
            line.writeoff_account,
        )
        widgets: list[QWidget] = [scope, who, account, writeoff]
        for column, widget in enumerate(widgets):
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        self.rows.append(widgets)
        self._fill_who(widgets, line.who)
        scope.currentIndexChanged.connect(lambda _i, w=widgets: self._fill_who(w, None))
        self._lines_changed()
        return row

    def _fill_who(self, widgets: list[QWidget], who: str | None) -> None:
        """A customer picker for one customer (searched in the books, however many there are), the groups
        to choose from for a group, nothing for all customers."""
        scope = widgets[SCOPE].code()  # type: ignore[attr-defined]
        if scope == "table":
            if not isinstance(widgets[WHO], CustomerPicker):
                picker = CustomerPicker(self.ctx.company, placeholder=self.tr("account or name"))
                self._replace_who(widgets, picker)
            widgets[WHO].set_account(who or None)  # type: ignore[attr-defined]
            return
        if not isinstance(widgets[WHO], CodeCombo):
            self._replace_who(widgets, CodeCombo([], None))
        combo: Any = widgets[WHO]
        items = self.groups if scope == "group" else []
        if who and all(code != who for code, _ in items):
            items = [*items, (who, who)]
        combo.blockSignals(True)
        combo.clear()
        if scope != "all":
            combo.addItem(self.tr("(choose)"), NONE)
        for code, label in items:
            combo.addItem(label, code)
        combo.set_code(who)
        combo.blockSignals(False)
        combo.setEnabled(scope != "all")

    def _replace_who(self, widgets: list[QWidget], widget: QWidget) -> None:
        widgets[WHO].hide()  # the table deletes it later; until then it must not show in the corner
        widget.installEventFilter(self)
        self.table.setCellWidget(self.rows.index(widgets) if widgets in self.rows else len(self.rows), WHO, widget)
        widgets[WHO] = widget

    def new_line(self) -> None:
        """A line for one customer group (the line for all customers usually exists already)."""
        if self.table.rowCount() >= MAX_LINES:
            return
        row = self.add_line(ProfileLine("group", "", ""))
        self.select_line(row)
        self.rows[row][SCOPE].setFocus()

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.rows) and len(self.rows) > 1:
            self.table.removeRow(row)
            del self.rows[row]
            self.select_line(min(row, len(self.rows) - 1))
            self._lines_changed()

    def select_line(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentCell(row, SCOPE)

    def _lines_changed(self) -> None:
        if hasattr(self, "remove_button"):  # not yet while the first lines are added
            self.add_button.setEnabled(self.table.rowCount() < MAX_LINES)
            self.remove_button.setEnabled(self.table.rowCount() > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for row, widgets in enumerate(self.rows):
                if watched in widgets:
                    self.select_line(row)
                    break
        return super().eventFilter(watched, event)

    def read_lines(self) -> list[tuple[str, str, str | None, str | None]]:
        return [
            (
                scope.code() or "all",  # type: ignore[attr-defined]
                (who.account() if isinstance(who, CustomerPicker) else who.code()) or "",  # type: ignore[attr-defined]
                account.code(),  # type: ignore[attr-defined]
                writeoff.code(),  # type: ignore[attr-defined]
            )
            for scope, who, account, writeoff in self.rows
        ]

    # --- errors and saving -------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        super().clear_errors()
        self.lines_error.hide()
        for widgets in self.rows:
            for widget in widgets:
                mark(widget, False)

    def show_error(self, exc: ValidationError) -> None:
        """A line's field: mark the line (the cell, or the whole line) and say which under the lines."""
        found = row_field(exc.field, "lines")
        if found is not None and 0 <= found[0] < len(self.rows):
            row, name = found
            widgets = self.rows[row]
            marked = [widgets[KEYS.index(name)]] if name in KEYS else list(widgets)
            for widget in marked:
                mark(widget, True)
            self.select_line(row)
            marked[0].setFocus()
            where = self.tr("Line %1").replace("%1", str(row + 1))
            if name in KEYS:
                where += ", " + self.table.horizontalHeaderItem(KEYS.index(name)).text()
            self.lines_error.setText(f"{where}: {field_message(exc, self.ctx.language)}")
            self.lines_error.show()
        elif exc.field.startswith("lines"):
            self.lines_error.setText(field_message(exc, self.ctx.language))
            self.lines_error.show()
        else:
            self.errors.show(exc)

    def save(self) -> None:
        lines: Any = self.read_lines()
        company = self.ctx.company
        if self.record is None:
            company.create_posting_profile(self.code.text(), lines, description=self.description.text())
        else:
            company.update_posting_profile(self.record.code, description=self.description.text(), lines=lines)
