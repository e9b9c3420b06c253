"""The interest code editor (DOMAIN 2.9): the code, its revenue account and its date-effective versions.

The versions are listed on the left; the selected one is edited on the right (interest_version_form). Save
sends every version at once (update_interest_code replaces the list); a refused value selects its version and
shows the message beside the field."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import InterestCodeInfo
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text
from ardesk.views.collections.inputs import DateQuestion, form_layout
from ardesk.views.context import AppContext
from ardesk.views.setup.grid import row_field
from ardesk.views.setup.interest_version_form import VersionDraft, VersionForm
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label


def next_half_year(day: dt.date) -> dt.date:
    """The next 1 January or 1 July after day: when statutory rates change."""
    return dt.date(day.year, 7, 1) if day < dt.date(day.year, 7, 1) else dt.date(day.year + 1, 1, 1)


class InterestCodeDialog(QDialog):
    def __init__(self, ctx: AppContext, info: InterestCodeInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.setWindowTitle(
            self.tr("New interest code") if info is None else self.tr("Interest code %1").replace("%1", info.code)
        )
        self.setMinimumSize(1000, 660)
        self.errors = FieldErrors(error_label())
        self.form = VersionForm(ctx)  # the selected version, on the right
        self.version_errors = self.form.errors
        self.drafts = (
            [self.form.draft_of(v) for v in info.versions] if info else [VersionDraft(dt.date(ctx.today().year, 1, 1))]
        )
        self.current = -1

        # --- the code -------------------------------------------------------------------------------------
        self.code = QLineEdit(info.code if info else "")
        self.code.setReadOnly(info is not None)
        self.code.setMaximumWidth(200)
        self.description = QLineEdit(info.description if info else "")
        accounts = ctx.company.revenue_accounts()
        self.account = CodeCombo(
            [(None, self.tr("(the interest income account)"))]
            + [(a.number, f"{a.number} - {a.name}") for a in accounts],
            info.account if info else None,
        )
        self.active = QCheckBox(self.tr("Active: posting profiles may use it"))
        self.active.setChecked(info.active if info else True)
        left, right = form_layout(), form_layout()
        self.errors.add_row(left, self.tr("Interest code"), self.code, "code")
        self.errors.add_row(left, self.tr("Description"), self.description, "description")
        self.errors.add_row(right, self.tr("Interest account"), self.account, "account")
        self.errors.add_row(right, "", self.active, "active")
        head = QHBoxLayout()
        head.addLayout(left, 1)
        head.addSpacing(24)
        head.addLayout(right, 1)

        # --- the versions ---------------------------------------------------------------------------------
        self.versions = QTableWidget(0, 3)
        self.versions.setHorizontalHeaderLabels([self.tr("Valid from"), self.tr("Method"), self.tr("Rate")])
        self.versions.verticalHeader().setVisible(False)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setAlternatingRowColors(True)
        self.versions.setShowGrid(False)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.verticalHeader().setDefaultSectionSize(26)
        versions_header = self.versions.horizontalHeader()
        versions_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        versions_header.resizeSection(0, 100)
        versions_header.resizeSection(2, 80)
        versions_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.new_version_button = QPushButton(self.tr("New version from date..."))
        self.new_version_button.setToolTip(self.tr("A new rate from a later date; the earlier rates stay"))
        self.new_version_button.clicked.connect(lambda _checked=False: self.ask_new_version())
        self.delete_version_button = QPushButton(self.tr("Delete version"))
        self.delete_version_button.clicked.connect(lambda _checked=False: self.delete_version())
        versions_box = QGroupBox(self.tr("Versions"))
        versions_form = form_layout()
        versions_form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(versions_form, "", self.versions, "versions")
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.new_version_button)
        buttons_row.addWidget(self.delete_version_button)
        buttons_row.addStretch(1)
        box_layout = QVBoxLayout(versions_box)
        box_layout.addLayout(versions_form, 1)
        box_layout.addLayout(buttons_row)

        middle = QHBoxLayout()
        middle.addWidget(versions_box, 2)
        middle.addWidget(self.form, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

        self.versions.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.select_version(row))
        self.form.changed.connect(self._form_changed)
        self.errors.clear()
        self.show_versions(len(self.drafts) - 1)
        (self.description if info else self.code).setFocus()

    # --- drafts --------------------------------------------------------------------------------------------
    def show_versions(self, select: int) -> None:
        """Rebuild the list of versions and select one (by position)."""
        self.versions.blockSignals(True)
        self.versions.setRowCount(len(self.drafts))
        for row in range(len(self.drafts)):
            self._list_row(row)
        self.versions.blockSignals(False)
        self.current = -1
        self.versions.setCurrentCell(max(0, min(select, len(self.drafts) - 1)), 0)
        self.select_version(self.versions.currentRow())

    def _list_row(self, row: int) -> None:
        d = self.drafts[row]
        methods = {
            "yearly_per_day": self.tr("Yearly, per day"),
            "percent_per_interval": self.tr("% per interval"),
            "amount_per_interval": self.tr("Amount per interval"),
        }
        rate = d.amount if d.method == "amount_per_interval" else (f"{d.percent}%" if d.percent else "")
        if d.range_by:
            rate = self.tr("by ranges")
        for column, text in enumerate((self.ctx.date(d.valid_from), methods.get(d.method, d.method), rate)):
            item = QTableWidgetItem(text)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.versions.setItem(row, column, item)

    def select_version(self, row: int) -> None:
        if row == self.current or not 0 <= row < len(self.drafts):
            return
        self.store()
        self.current = row
        self.form.load(self.drafts[row])
        self.delete_version_button.setEnabled(len(self.drafts) > 1)

    def store(self) -> None:
        """What the form shows, back into the draft it edits."""
        if 0 <= self.current < len(self.drafts):
            self.form.store(self.drafts[self.current])

    def _form_changed(self) -> None:
        self.store()
        if 0 <= self.current < len(self.drafts):
            self._list_row(self.current)

    # --- adding and removing versions -------------------------------------------------------------------------
    def ask_new_version(self) -> None:
        latest = max((d.valid_from for d in self.drafts), default=self.ctx.today())
        dialog = DateQuestion(
            self.tr("New version"),
            self.tr("From which date does the new rate apply? Interest for earlier days keeps the rate it had."),
            next_half_year(max(latest, self.ctx.today())),
            self.tr("Add version"),
            self.ctx.language,
            self,
        )
        if dialog.exec():
            self.add_version(dialog.date.value())

    def add_version(self, day: dt.date) -> None:
        """A copy of the latest version from this date, selected, with the cursor in its rate."""
        self.store()
        latest = max(self.drafts, key=lambda d: d.valid_from)
        draft = copy.deepcopy(latest)
        draft.valid_from = day
        self.drafts.append(draft)
        self.drafts.sort(key=lambda d: d.valid_from)
        self.show_versions(self.drafts.index(draft))
        self.form.focus_rate()

    def delete_version(self) -> None:
        if len(self.drafts) > 1 and 0 <= self.current < len(self.drafts):
            del self.drafts[self.current]
            self.show_versions(self.current)

    # --- saving --------------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.errors.clear()
        self.version_errors.clear()
        self.store()
        selected = self.drafts[self.current] if 0 <= self.current < len(self.drafts) else None
        self.drafts.sort(key=lambda d: d.valid_from)
        self.show_versions(self.drafts.index(selected) if selected is not None else 0)
        company = self.ctx.company
        try:
            versions = [self.form.version(i, d) for i, d in enumerate(self.drafts)]
            if self.info is None:
                company.create_interest_code(
                    self.code.text(), versions, account=self.account.code(), description=self.description.text()
                )
            else:
                company.update_interest_code(
                    self.info.code,
                    versions=versions,
                    account=self.account.code(),
                    description=self.description.text(),
                    active=self.active.isChecked(),
                )
        except ValidationError as exc:
            self.show_error(exc)
            return
        except ArdeskError as exc:
            self.errors.general.setText(message_text(exc, self.ctx.language))
            self.errors.general.show()
            return
        self.ctx.notify_changed()
        super().accept()

    def show_error(self, exc: ValidationError) -> None:
        """A version's field: select that version and show the message beside the field."""
        found = row_field(exc.field, "versions")
        if found is None:
            self.errors.show(exc)
            return
        row, name = found
        self.show_versions(row)
        self.version_errors.show(ValidationError(name or "valid_from", exc.template, **exc.params))
