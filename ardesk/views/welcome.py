"""The first start on empty books: explore the demo company or create your own, in English or Dutch.

Where the demo goes: never into the books that were opened. Those are the user's own books (ardesk.db in
the data folder, or the file or database given), and a made-up company in them would mix demo customers
and postings into the real administration, with no way to take them out again. The demo lives in its own
file, demo.db in the data folder, the same file `ardesk --demo` opens (created once, then reused). The
user's books stay empty, so the next start offers this choice again until the user creates a company.
The dialog only records the choice (`choice`); ardesk.app opens the demo books and builds the demo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ardesk import demo
from ardesk.api import Books, Company
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.widgets.page import plain_label

DEMO, CREATE = "demo", "create"
#: How many customers the demo company has (its Dutch and English ones).
DEMO_CUSTOMERS = len(demo.DUTCH) + len(demo.ENGLISH)
#: The languages offered, each in its own language (so a user who cannot read the other finds theirs).
LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"))

STYLE = """
QPushButton#choice { background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px; padding: 0; text-align: left; }
QPushButton#choice:hover { border: 1px solid #1f5fa8; background: #f7faff; }
QPushButton#choice:focus { border: 2px solid #1f5fa8; }
QPushButton#choice:pressed { background: #e9f0fa; }
QLabel#choiceTitle { color: #1f5fa8; font-size: 12pt; font-weight: bold; }
QLabel#choiceText { color: #3d4650; }
QLabel#welcomeTitle { color: #1f2933; font-size: 18pt; }
"""


class ChoiceButton(QPushButton):
    """A big button with a title and a line of explanation; Enter, Space or a click chooses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(QSize(300, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = plain_label("", "choiceTitle")
        self.text_label = plain_label("", "choiceText")
        self.text_label.setWordWrap(True)
        for label in (self.title, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.text_label, 1, Qt.AlignmentFlag.AlignTop)

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text_label.setText(text)


class WelcomeDialog(QDialog):
    """Two choices: DEMO (explore the demo company; the caller opens it) or CREATE (NewCompanyDialog; on
    success `company` is the new company in these books). Cancelling the company form comes back here."""

    def __init__(
        self,
        books: Books,
        language: str,
        parent: QWidget | None = None,
        set_language: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.books = books
        self.language = language
        self.choice = ""
        self.company: Company | None = None
        self._set_language = set_language
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(720)

        self.heading = plain_label("", "welcomeTitle")
        self.intro = plain_label("", "muted")
        self.intro.setWordWrap(True)
        self.demo_button = ChoiceButton()
        self.create_button = ChoiceButton()
        self.demo_button.clicked.connect(self.explore_demo)
        self.create_button.clicked.connect(self._create_clicked)  # a bound method: no lambda cycle to collect
        self.language_label = QLabel()
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_box.setVisible(set_language is not None)
        self.language_label.setVisible(set_language is not None)
        self.language_label.setBuddy(self.language_box)
        self.quit_button = QPushButton()
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.hint = plain_label("", "muted")
        self.hint.setWordWrap(True)

        choices = QHBoxLayout()
        choices.setSpacing(16)
        choices.addWidget(self.demo_button)
        choices.addWidget(self.create_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language_box)
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(choices, 1)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        self.retranslate()
        self.demo_button.setFocus()

    def retranslate(self) -> None:
        """Every text, in the language installed now (again after a language switch)."""
        self.setWindowTitle(self.tr("Welcome to ardesk"))
        self.heading.setText(self.tr("Welcome to ardesk"))
        self.intro.setText(
            self.tr(
                "ardesk keeps your accounts receivable: customers, invoices, payments and collections. "
                "These books are still empty. Look around in a demo company first, or start right away "
                "with your own company."
            )
        )
        self.demo_button.set_texts(
            self.tr("Explore the demo company"),
            self.tr(
                "A Dutch trading company with %1 customers and four months of invoices, payments, reminders "
                "and interest notes. Try anything: the demo is kept in a file of its own, apart from your books."
            ).replace("%1", str(DEMO_CUSTOMERS)),
        )
        self.create_button.set_texts(
            self.tr("Create my company"),
            self.tr(
                "Enter your company's details and start with your own customers and invoices. "
                "You can add more companies later."
            ),
        )
        self.hint.setText(
            self.tr("Press F1 on any page for help: what the page is for and the steps of its common jobs.")
        )
        self.language_label.setText(self.tr("&Language"))
        self.quit_button.setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choices ----------------------------------------------------------------------------------
    def explore_demo(self) -> None:
        self.choice = DEMO
        self.accept()

    def create_company(self) -> int:
        """Open the company form; a company created there closes the welcome with CREATE. Returns the
        form's result (tests drive it)."""
        dialog = NewCompanyDialog(self.books, self.language, self)
        result = dialog.exec()
        if result and dialog.company is not None:
            self.company = dialog.company
            self.choice = CREATE
            self.accept()
        return result

    def _create_clicked(self) -> None:
        self.create_company()

    def _language_chosen(self, index: int) -> None:
        code = self.language_box.itemData(index)
        if code and code != self.language:
            self.language = code
            if self._set_language is not None:
                self._set_language(code)  # installs the translators; Qt then sends LanguageChange
            self.retranslate()
