"""Interest and collection letters per posting profile (DOMAIN 2.4): its interest code and letter sequence.

Also whether the profile's transactions bear interest and get letters at all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import error_label
from ardesk.views.widgets.page import plain_label

PROFILE, DESCRIPTION, INTEREST, CODE, LETTERS, SEQUENCE = range(6)


class ProfileCollectionsDialog(QDialog):
    """One row per posting profile; Save writes the rows that changed (set_posting_profile_collections)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Interest and letters per posting profile"))
        self.setMinimumSize(860, 360)
        company = ctx.company
        self.profiles = company.posting_profile_collections()
        codes = [(None, self.tr("(none)"))] + [(c.code, c.code) for c in company.interest_codes()]
        sequences = [(None, self.tr("(none)"))] + [(s.code, s.code) for s in company.collection_letter_sequences()]
        self.table = QTableWidget(len(self.profiles), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Posting profile"),
                self.tr("Description"),
                self.tr("Interest"),
                self.tr("Interest code"),
                self.tr("Letters"),
                self.tr("Letter sequence"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the check boxes and combos in the cells
        self.table.setShowGrid(False)
        self.widgets: list[tuple[QCheckBox, CodeCombo, QCheckBox, CodeCombo]] = []
        for row, p in enumerate(self.profiles):
            for column, text in ((PROFILE, p.profile), (DESCRIPTION, p.description)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            interest = QCheckBox(self.tr("Charge"))
            interest.setChecked(p.interest)
            code = CodeCombo(codes, p.interest_code)
            letters = QCheckBox(self.tr("Send"))
            letters.setChecked(p.collection_letter)
            sequence = CodeCombo(sequences, p.collection_letter_sequence)
            for column, widget in ((INTEREST, interest), (CODE, code), (LETTERS, letters), (SEQUENCE, sequence)):
                self.table.setCellWidget(row, column, widget)
            self.widgets.append((interest, code, letters, sequence))
        header = self.table.horizontalHeader()
        for column, width in ((PROFILE, 110), (INTEREST, 90), (CODE, 170), (LETTERS, 80), (SEQUENCE, 170)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        note = plain_label(
            self.tr(
                "A customer's transactions use the profile of the customer (or its group, or the default profile). "
                "Without an interest code or letter sequence, the profile's transactions get no interest or letters."
            ),
            "muted",
        )
        note.setWordWrap(True)
        self.error = error_label()
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.widgets:
            self.widgets[0][0].setFocus()

    def values(self, row: int) -> dict[str, Any]:
        interest, code, letters, sequence = self.widgets[row]
        return {
            "interest": interest.isChecked(),
            "interest_code": code.code(),
            "collection_letter": letters.isChecked(),
            "collection_letter_sequence": sequence.code(),
        }

    def accept(self) -> None:
        self.error.hide()
        company = self.ctx.company
        changed = False
        for row, p in enumerate(self.profiles):
            values = self.values(row)
            before = {
                "interest": p.interest,
                "interest_code": p.interest_code,
                "collection_letter": p.collection_letter,
                "collection_letter_sequence": p.collection_letter_sequence,
            }
            if values == before:
                continue
            try:
                company.set_posting_profile_collections(p.profile, **values)
                changed = True
            except ArdeskError as exc:
                self.error.setText(f"{p.profile}: {message_text(exc, self.ctx.language)}")
                self.error.show()
                if changed:
                    self.ctx.notify_changed()
                return
        if changed:
            self.ctx.notify_changed()
        super().accept()
