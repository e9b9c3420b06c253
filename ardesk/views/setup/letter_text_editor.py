"""The letter texts of a sequence's steps per language (DOMAIN 2.10), with placeholders and default texts.

Subject, body and closing; the placeholders a text may use (Enter or a double-click puts one at the cursor) and
ardesk's default text to start from."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ardesk.views.collections.inputs import form_layout
from ardesk.views.context import AppContext
from ardesk.views.widgets.forms import FieldErrors, error_label
from ardesk.views.widgets.page import plain_label

#: (subject, body, closing) of one step in one language; ("", "", "") prints ardesk's default text.
Text = tuple[str, str, str]
EMPTY: Text = ("", "", "")
LANGUAGES = ("en", "nl")
#: The API's descriptions of the placeholders (ardesk.api Company.letter_placeholders), for the Dutch UI.
PLACEHOLDER_TEXTS = (
    QT_TRANSLATE_NOOP("Placeholder", "the customer's name"),
    QT_TRANSLATE_NOOP("Placeholder", "the customer number"),
    QT_TRANSLATE_NOOP("Placeholder", "the letter's number"),
    QT_TRANSLATE_NOOP("Placeholder", "the letter date"),
    QT_TRANSLATE_NOOP("Placeholder", "the overdue total of the listed items"),
    QT_TRANSLATE_NOOP("Placeholder", "the collection costs charged with this letter"),
    QT_TRANSLATE_NOOP("Placeholder", "the open interest of the customer"),
    QT_TRANSLATE_NOOP("Placeholder", "the total due: overdue + fee + interest"),
    QT_TRANSLATE_NOOP("Placeholder", "the amount to pay (the same as {total})"),
    QT_TRANSLATE_NOOP(
        "Placeholder",
        "the collection costs the BIK scale gives for the overdue principal (stated by the 14-day letter)",
    ),
    QT_TRANSLATE_NOOP("Placeholder", "the date the letter asks payment by"),
    QT_TRANSLATE_NOOP("Placeholder", "the company's name"),
    QT_TRANSLATE_NOOP("Placeholder", "the company's IBAN, in groups of four"),
    QT_TRANSLATE_NOOP("Placeholder", "what the customer mentions when paying"),
)


class LetterTextEditor(QGroupBox):
    """Holds the texts of every step (a list aligned with the steps grid) and edits one step at a time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.texts: list[dict[str, Text]] = []
        self.row = -1
        self.language = "en"
        self.errors = FieldErrors(error_label())
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.addTab(self.tr("English"))
        self.tabs.addTab(self.tr("Dutch"))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        self.closing = QPlainTextEdit()
        self.closing.setTabChangesFocus(True)
        self.closing.setFixedHeight(100)
        self.default_button = QPushButton(self.tr("Insert default text"))
        self.default_button.setToolTip(self.tr("Start from ardesk's text for this step and language"))
        self.default_button.clicked.connect(lambda _checked=False: self.insert_default())
        form = form_layout()
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("Subject"), self.subject, "subject")
        self.errors.add_row(form, self.tr("Body"), self.body, "body")
        self.errors.add_row(form, self.tr("Closing"), self.closing, "closing")
        form.addRow("", self.errors.general)
        self.note = plain_label(
            self.tr(
                "Empty: ardesk's default text for the step is printed. The items, totals and the request to pay are "
                "printed between the body and the closing. A consumer first gets the 14-day letter (ardesk's text, "
                "stating the costs) before a step that charges collection costs."
            ),
            "muted",
        )
        self.note.setWordWrap(True)
        left = QVBoxLayout()
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs)
        tabs_row.addStretch(1)
        tabs_row.addWidget(self.default_button)
        left.addLayout(tabs_row)
        left.addLayout(form, 1)
        left.addWidget(self.note)

        self.placeholders = QListWidget()
        self.placeholders.setWordWrap(True)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setSpacing(1)
        self.placeholders.setToolTip(self.tr("Enter or double-click: put the placeholder at the cursor"))
        for name, description in ctx.company.letter_placeholders().items():
            item = QListWidgetItem(f"{{{name}}}   {QCoreApplication.translate('Placeholder', description)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(QCoreApplication.translate("Placeholder", description))
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(
            lambda item: self.insert_placeholder(item.data(Qt.ItemDataRole.UserRole))
        )
        right = QVBoxLayout()
        right.addWidget(plain_label(self.tr("Placeholders"), "muted"))
        right.addWidget(self.placeholders, 1)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addSpacing(8)
        row.addLayout(right, 2)

        self.last_field: QWidget = self.body
        for widget in (self.subject, self.body, self.closing):
            widget.installEventFilter(self)
        self.tabs.currentChanged.connect(lambda index: self.show_language(LANGUAGES[index]))
        self.errors.clear()
        self.setEnabled(False)

    # --- the texts -------------------------------------------------------------------------------------------
    def current_text(self) -> Text:
        return (self.subject.text(), self.body.toPlainText(), self.closing.toPlainText())

    def store(self) -> None:
        if 0 <= self.row < len(self.texts):
            self.texts[self.row][self.language] = self.current_text()

    def load(self) -> None:
        text = self.texts[self.row].get(self.language, EMPTY) if 0 <= self.row < len(self.texts) else EMPTY
        self.subject.setText(text[0])
        self.body.setPlainText(text[1])
        self.closing.setPlainText(text[2])
        if 0 <= self.row < len(self.texts):
            default = self.ctx.company.letter_text_defaults(min(self.row + 1, 5), self.language)
            self.subject.setPlaceholderText(default.subject)
            self.body.setPlaceholderText(self.tr("Empty: ardesk's default text for this step is printed."))

    def show_step(self, row: int, title: str) -> None:
        """Edit the texts of the step in this row of the grid (-1: none)."""
        self.store()
        self.row = row
        self.setTitle(title)
        self.setEnabled(0 <= row < len(self.texts))
        self.errors.clear()
        self.load()

    def show_language(self, language: str) -> None:
        self.store()
        self.language = language
        self.errors.clear()
        self.load()
        index = LANGUAGES.index(language)
        if self.tabs.currentIndex() != index:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)

    def insert_row(self, row: int) -> None:
        self.texts.insert(row, {})

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.texts):
            del self.texts[row]
        self.row = -1

    # --- inserting ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.last_field = watched
        return super().eventFilter(watched, event)

    def insert_placeholder(self, name: str) -> None:
        """Put {name} at the cursor of the field last typed in (the body when none)."""
        text = f"{{{name}}}"
        field = self.last_field
        if isinstance(field, QLineEdit):
            field.insert(text)
        elif isinstance(field, QPlainTextEdit):
            field.insertPlainText(text)
        field.setFocus()

    def ask_replace(self) -> bool:
        """Tests replace this."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, self.title(), self.tr("Replace the text typed here?"), yes | no, no)
        return answer == yes

    def insert_default(self) -> None:
        if not 0 <= self.row < len(self.texts):
            return
        if any(self.current_text()) and not self.ask_replace():
            return
        default = self.ctx.company.letter_text_defaults(min(self.row + 1, 5), self.language)
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)
        self.closing.setPlainText(default.closing)
        self.store()
        self.body.setFocus()
