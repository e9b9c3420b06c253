"""The help window: one Markdown topic per page key and language (resources/help/<language>/<key>.md), opened by F1.

Topics link to each other by file name ("[Invoicing](invoicing.md)"); a topic missing in the UI language
falls back to the English one, and an unknown key to the contents (index.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ardesk.i18n import resources_dir
from ardesk.views.navigation import SECTIONS, translate
from ardesk.views.theme import ACCENT, BORDER, MUTED, TEXT

INDEX = "index"
KEY = Qt.ItemDataRole.UserRole

#: The contents list, in the navigation's colours.
LIST_STYLE = f"""
QListWidget#helpTopics {{ background: #eef1f5; border: 1px solid {BORDER}; outline: 0; padding-top: 4px; }}
QListWidget#helpTopics::item {{ padding: 3px 8px; color: {TEXT}; border: none; }}
QListWidget#helpTopics::item:disabled {{ color: {MUTED}; padding-top: 10px; }}
QListWidget#helpTopics::item:hover {{ background: #e2e8f0; }}
QListWidget#helpTopics::item:selected {{ background: #d6e4f5; color: #0f2f57; border-left: 3px solid {ACCENT}; }}
"""
#: (size step above the body text as in HTML's font-size: 1 = larger, 3 = xx-large; bold, colour, space above)
#: of the topic's title and of its sections.
HEADINGS = {1: (3, False, ACCENT, 0), 2: (1, True, TEXT, 12)}


def help_dir(language: str) -> Path:
    """The folder of one language's help topics."""
    return resources_dir() / "help" / language


def topic_path(key: str, language: str) -> Path:
    """The topic file of a page key in the language, else in English, else the contents."""
    for candidate in (help_dir(language) / f"{key}.md", help_dir("en") / f"{key}.md"):
        if candidate.is_file():
            return candidate
    return help_dir(language if (help_dir(language) / f"{INDEX}.md").is_file() else "en") / f"{INDEX}.md"


class HelpWindow(QDialog):
    """Contents on the left (the navigation's pages), the topic on the right; Back/Forward like a browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("ardesk Help"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.resize(980, 680)

        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        self.topics.setStyleSheet(LIST_STYLE)
        self.topics.setFixedWidth(230)
        self._add_topic(self.tr("Contents"), INDEX, bold=True)
        for section, items in SECTIONS:
            header = QListWidgetItem(translate(section).upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(KEY, "")
            self.topics.addItem(header)
            for key, label, _cls in items:
                self._add_topic(translate(label), key)

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_dir(language)), str(help_dir("en"))])
        self.browser.document().setDocumentMargin(18)

        self.back_button = QPushButton(self.tr("Back"))
        self.forward_button = QPushButton(self.tr("Forward"))
        self.contents_button = QPushButton(self.tr("Contents"))
        close = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(self.show_contents)
        close.clicked.connect(self.close)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.browser.sourceChanged.connect(self._source_changed)
        self.topics.currentItemChanged.connect(self._topic_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Forward), self, self.browser.forward)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.browser, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addLayout(right, 1)

    def _add_topic(self, text: str, key: str, bold: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(KEY, key)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.topics.addItem(item)

    def show_topic(self, key: str) -> None:
        """Show the topic of a page key (the contents if it has none) and bring the window up."""
        path = topic_path(key, self.language)
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_contents(self) -> None:
        self.show_topic(INDEX)

    def topic(self) -> str:
        """The key of the topic shown ("index" for the contents)."""
        return Path(self.browser.source().path()).stem  # a relative link ("terms.md") too

    def text(self) -> str:
        """The topic as plain text (tests)."""
        return self.browser.toPlainText()

    def _style_headings(self) -> None:
        """The Markdown headings in the app's type: a calm title in the accent colour, bold section names."""
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                size, bold, colour, above = HEADINGS.get(level, HEADINGS[2])
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                chars = QTextCharFormat()
                chars.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
                chars.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
                chars.setForeground(QColor(colour))
                cursor.mergeCharFormat(chars)
                spacing = QTextBlockFormat()
                spacing.setTopMargin(above)
                spacing.setBottomMargin(4)
                cursor.mergeBlockFormat(spacing)
            block = block.next()

    def _source_changed(self, url: QUrl) -> None:
        self._style_headings()
        key = Path(url.path()).stem  # (source() may still name the previous topic here)
        self.topics.blockSignals(True)
        self.topics.setCurrentRow(-1)
        for row in range(self.topics.count()):
            if key and self.topics.item(row).data(KEY) == key:
                self.topics.setCurrentRow(row)
                break
        self.topics.blockSignals(False)

    def _topic_clicked(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        key = current.data(KEY) if current is not None else ""
        if key and key != self.topic():
            self.show_topic(key)
