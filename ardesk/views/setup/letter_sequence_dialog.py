"""The collection letter sequence editor (DOMAIN 2.10, 5.7): the header, up to five steps and their letter texts.

Everything is read and checked before anything is written: the steps, then each text typed (the API's own check,
check_letter_text), then the sequence, then its texts. A refused value shows beside its field or, for a step,
under the steps grid with the cell marked."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import LetterSequenceInfo, LetterStep
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import field_message, message_text
from ardesk.views.collections.inputs import form_layout, parse_number
from ardesk.views.context import AppContext
from ardesk.views.setup.grid import EditGrid, GridColumn, parse_int, row_field
from ardesk.views.setup.letter_text_editor import EMPTY, LANGUAGES, LetterTextEditor, Text
from ardesk.views.widgets.combo import CodeCombo
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

MAX_STEPS = 5
#: What may be typed in the fee cell for the statutory scale (besides the translated "BIK scale").
BIK_WORDS = ("bik", "bik scale", "bik-staffel", "bik staffel")
CODE, DESCRIPTION, DAYS, MIN_OVERDUE, FEE, FEE_ACCOUNT, BLOCK = range(7)


class LetterSequenceDialog(QDialog):
    def __init__(self, ctx: AppContext, info: LetterSequenceInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.setWindowTitle(
            self.tr("New collection letter sequence")
            if info is None
            else self.tr("Collection letter sequence %1").replace("%1", info.code)
        )
        self.setMinimumSize(1060, 760)
        self.errors = FieldErrors(error_label())
        company = ctx.company

        # --- the header -------------------------------------------------------------------------------------
        self.code = QLineEdit(info.code if info else "")
        self.code.setReadOnly(info is not None)
        self.code.setMaximumWidth(200)
        self.description = QLineEdit(info.description if info else "")
        self.per = CodeCombo(
            [("transaction", self.tr("Per transaction")), ("customer", self.tr("Per customer: one level"))],
            info.per if info else "transaction",
        )
        self.currencies = QLineEdit(", ".join(info.currencies) if info else "")
        self.currencies.setPlaceholderText(self.tr("every currency"))
        self.terms = CodeCombo(
            [(None, self.tr("(the customer's)"))]
            + [(t.code, f"{t.code} - {t.description}") for t in company.terms_of_payment()],
            info.terms if info else None,
        )
        self.ignore_payments = QCheckBox(self.tr("Ignore open payments and credit notes"))
        self.ignore_payments.setChecked(info.ignore_payments if info else False)
        self.ignore_payments.setToolTip(self.tr("They are then neither listed nor deducted from the overdue balance"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(info.active if info else True)
        self.active.setVisible(info is not None)
        left, right = form_layout(), form_layout()
        self.errors.add_row(left, self.tr("Sequence"), self.code, "code")
        self.errors.add_row(left, self.tr("Description"), self.description, "description")
        self.errors.add_row(left, self.tr("Letters"), self.per, "per")
        self.errors.add_row(right, self.tr("Currencies"), self.currencies, "currencies")
        self.errors.add_row(right, self.tr("Terms of the fee"), self.terms, "terms")
        options = QWidget()
        options_row = QHBoxLayout(options)
        options_row.setContentsMargins(0, 0, 0, 0)
        options_row.addWidget(self.ignore_payments)
        options_row.addSpacing(12)
        options_row.addWidget(self.active)
        options_row.addStretch(1)
        self.errors.add_row(right, "", options, "ignore_payments")
        head = QHBoxLayout()
        head.addLayout(left, 1)
        head.addSpacing(24)
        head.addLayout(right, 1)

        # --- the steps --------------------------------------------------------------------------------------
        accounts = tuple(a.number for a in company.revenue_accounts())
        self.steps = EditGrid(
            [
                GridColumn(self.tr("Step"), "code", width=130),
                GridColumn(self.tr("Description"), "description", width=220),
                GridColumn(self.tr("Days"), "days", "number", 60),
                GridColumn(self.tr("Min. overdue"), "min_overdue", "number", 110),
                GridColumn(self.tr("Fee"), "fee", "number", 110, (self.tr("BIK scale"),)),
                GridColumn(self.tr("Fee account"), "fee_account", width=110, choices=accounts),
                GridColumn(self.tr("Block"), "block", "check", 60),
            ],
            max_rows=MAX_STEPS,
        )
        self.steps.stretch(DESCRIPTION)
        self.steps.setFixedHeight(28 + 26 * MAX_STEPS + 4)
        self.steps_error = error_label()
        self.steps_error.hide()
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.add_button.clicked.connect(lambda _checked=False: self.add_step())
        self.delete_button = QPushButton(self.tr("Delete step"))
        self.delete_button.setToolTip(self.tr("Ctrl+Delete"))
        self.delete_button.clicked.connect(lambda _checked=False: self.steps.remove_current())
        hint = plain_label(
            self.tr(
                "Days: step 1 counts from the due date, later steps from the previous letter. Fee: an amount, or "
                "BIK scale for the statutory collection costs. Block: posting the letter puts the customer on hold."
            ),
            "muted",
        )
        hint.setWordWrap(True)
        steps_buttons = QHBoxLayout()
        steps_buttons.addWidget(self.add_button)
        steps_buttons.addWidget(self.delete_button)
        steps_buttons.addWidget(hint, 1)
        steps_box = QGroupBox(self.tr("Steps (at most five)"))
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.addWidget(self.steps)
        steps_layout.addWidget(self.steps_error)
        steps_layout.addLayout(steps_buttons)

        # --- the texts ------------------------------------------------------------------------------------------
        self.texts = LetterTextEditor(ctx)
        self.stored: list[dict[str, Text]] = []  # what the books hold per step number, to write only changes
        self.steps.row_added.connect(self.texts.insert_row)
        self.steps.row_removed.connect(self.texts.remove_row)
        self.steps.rows_changed.connect(self._steps_changed)
        self.steps.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_texts(row))
        self.steps.itemChanged.connect(lambda item: self._show_texts(item.row()) if item.column() == CODE else None)
        self._load(info)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(steps_box)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.errors.clear()
        (self.description if info else self.code).setFocus()

    # --- loading -----------------------------------------------------------------------------------------------
    def fee_text(self, step: LetterStep) -> str:
        if step.fee == "bik":
            return self.tr("BIK scale")
        return self.ctx.amount(Decimal(step.fee))

    def _load(self, info: LetterSequenceInfo | None) -> None:
        steps = list(info.steps) if info else []
        for step in steps:
            self.steps.add_row(
                [
                    step.code,
                    step.description,
                    str(step.days),
                    self.ctx.amount(step.min_overdue),
                    self.fee_text(step),
                    step.fee_account or "",
                    step.block,
                ]
            )
        codes = [s.code for s in steps]
        self.stored = [{} for _ in steps]
        for text in info.texts if info else ():
            if text.step in codes:
                self.stored[codes.index(text.step)][text.language] = (text.subject, text.body, text.closing)
        self.texts.texts = [dict(t) for t in self.stored]
        if steps:
            self.steps.setCurrentCell(0, CODE)
        self._show_texts(self.steps.currentRow())

    def add_step(self) -> None:
        row = self.steps.add_row(["", "", "14", self.ctx.amount(Decimal(0)), self.ctx.amount(Decimal(0)), "", False])
        if row >= 0:
            self.steps.setCurrentCell(row, CODE)
            self.steps.setFocus()

    def _steps_changed(self) -> None:
        self.add_button.setEnabled(self.steps.rowCount() < MAX_STEPS)
        self.delete_button.setEnabled(self.steps.rowCount() > 0)
        self._show_texts(self.steps.currentRow())

    def _show_texts(self, row: int) -> None:
        code = self.steps.text(row, CODE) if row >= 0 else ""
        title = (
            self.tr("Letter text of step %1 %2").replace("%1", str(row + 1)).replace("%2", code)
            if row >= 0
            else self.tr("Letter text")
        )
        if row != self.texts.row or title != self.texts.title():
            self.texts.show_step(row, title)

    # --- reading what was typed -------------------------------------------------------------------------------
    def read_steps(self) -> list[LetterStep]:
        out = []
        for i in range(self.steps.rowCount()):
            f = f"steps[{i}]"
            fee_text = self.steps.text(i, FEE)
            fee: Decimal | str
            if fee_text.casefold() in (*BIK_WORDS, self.tr("BIK scale").casefold()):
                fee = "bik"
            else:
                fee = parse_number(fee_text, self.ctx.locale, f"{f}.fee") or Decimal(0)
            out.append(
                LetterStep(
                    code=self.steps.text(i, CODE),
                    days=parse_int(self.steps.text(i, DAYS), f"{f}.days"),
                    min_overdue=parse_number(self.steps.text(i, MIN_OVERDUE), self.ctx.locale, f"{f}.min_overdue")
                    or Decimal(0),
                    fee=fee,
                    fee_account=self.steps.text(i, FEE_ACCOUNT) or None,
                    block=self.steps.checked(i, BLOCK),
                    description=self.steps.text(i, DESCRIPTION),
                )
            )
        return out

    def read_currencies(self) -> list[str] | None:
        found = [c.upper() for c in re.split(r"[,;\s]+", self.currencies.text().strip()) if c]
        return found or None

    def changed_texts(self) -> list[tuple[int, str, Text]]:
        """The texts to write, each checked by the API: typed or changed ones; a step whose text was emptied,
        or which now holds another step's stored text, gets ardesk's default (what an empty text prints)."""
        self.texts.store()
        out = []
        for row, texts in enumerate(self.texts.texts):
            stored = self.stored[row] if row < len(self.stored) else {}
            for language in LANGUAGES:
                text = texts.get(language, EMPTY)
                if text == stored.get(language, EMPTY):
                    continue
                if not any(text):
                    default = self.ctx.company.letter_text_defaults(min(row + 1, 5), language)
                    text = (default.subject, default.body, default.closing)
                try:
                    self.ctx.company.check_letter_text(*text)
                except ValidationError:
                    self.steps.setCurrentCell(row, CODE)
                    self._show_texts(row)
                    self.texts.show_language(language)
                    raise
                out.append((row, language, text))
        return out

    # --- saving -----------------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.errors.clear()
        self.texts.errors.clear()
        self.steps.clear_marks()
        self.steps_error.hide()
        company = self.ctx.company
        try:
            steps = self.read_steps()
            texts = self.changed_texts()
            per, currencies, terms = self.per.code() or "transaction", self.read_currencies(), self.terms.code()
            ignore, description = self.ignore_payments.isChecked(), self.description.text()
            if self.info is None:
                code = self.code.text().strip()
                company.create_collection_letter_sequence(
                    self.code.text(),
                    steps,
                    per=per,
                    currencies=currencies,
                    terms=terms,
                    ignore_payments=ignore,
                    description=description,
                )
            else:
                code = self.info.code
                company.update_collection_letter_sequence(
                    code,
                    steps=steps,
                    per=per,
                    currencies=currencies,
                    terms=terms,
                    ignore_payments=ignore,
                    description=description,
                    active=self.active.isChecked(),
                )
            for row, language, (subject, body, closing) in texts:
                company.set_letter_text(code, steps[row].code, language, subject, body, closing)
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
        found = row_field(exc.field, "steps")
        if found is not None:
            row, name = found
            self.steps.mark(row, name or "code")
            self.steps_error.setText(
                f"{self.steps.where(self.tr('Step %1'), row, name)}: {field_message(exc, self.ctx.language)}"
            )
            self.steps_error.show()
        elif exc.field == "steps":
            self.steps_error.setText(field_message(exc, self.ctx.language))
            self.steps_error.show()
            self.steps.setFocus()
        elif exc.field in ("subject", "body", "closing"):
            self.texts.errors.show(exc)
        else:
            self.errors.show(exc)
