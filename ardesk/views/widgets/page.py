"""The frame every workspace page shares: title, toolbar row, body, and reload-when-stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ardesk.api import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.context import AppContext


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    """A label that never interprets markup: names like "<b>&amp;" show literally."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    return label


def action_button(text: str, slot: Callable[[], object], object_name: str = "") -> QPushButton:
    """A push button that calls slot when clicked (its checked flag is not passed on)."""
    button = QPushButton(text)
    if object_name:
        button.setObjectName(object_name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def heading_width(header: QHeaderView, section: int) -> int:
    """The narrowest section that shows its heading whole: the widest line of the text plus the padding and
    border the style puts around it (Fusion draws the sort arrow above the text: it takes no width)."""
    model = header.model()
    if model is None:
        return 0
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    if not text.strip():
        return 0
    header.ensurePolished()  # the stylesheet's padding and font
    metrics = header.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.orientation = header.orientation()
    option.rect = QRect(0, 0, 200, max(header.height(), 30))
    if header.isSortIndicatorShown():
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    return width + option.rect.width() - label.width()


class Table(QTableView):
    """A QTableView whose stretch column takes the width the others leave (and gives it back first), and
    whose columns are never narrower than their headings (in any language), whatever width they were given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stretch_column: int | None = None
        self.stretch_minimum = 160
        self.stretch_maximum = 520  # a short list keeps its columns together rather than spread out

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # new or retitled columns: their headings must fit
            model.modelReset.connect(self.fit_headings)  # bound methods: Qt drops them with the view
            model.headerDataChanged.connect(self.fit_headings)
            model.columnsInserted.connect(self.fit_headings)
        self.fit_headings()

    def fit_headings(self) -> None:
        """Widen every shown column narrower than its heading (fixed widths, the default width, a longer
        translation); wider columns are left as they are."""
        header = self.horizontalHeader()
        if header.isHidden():  # no headings to show (a totals footer)
            return
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                needed = heading_width(header, column)
                if header.sectionSize(column) < needed:
                    header.resizeSection(column, needed)

    def fill_width(self) -> None:
        self.fit_headings()
        column = self.stretch_column
        header = self.horizontalHeader()
        if column is None or not 0 <= column < header.count():
            return
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != column and not header.isSectionHidden(c)
        )
        spare = self.viewport().width() - others
        least = max(self.stretch_minimum, heading_width(header, column))
        header.resizeSection(column, max(least, min(self.stretch_maximum, spare)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fill_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fill_width()


def make_table(parent: QWidget | None = None, stretch_column: int | None = None) -> Table:
    """A table set up the way every list in ardesk looks: whole rows, zebra, no grid."""
    view = Table(parent)
    view.stretch_column = stretch_column
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_column is None)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # lists come in a meaningful order from SQL
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


def fit_columns(view: Table, maximum: int = 340) -> None:
    """Size columns to their contents (header included), capped so one long text cannot take the
    screen; then the stretch column takes what is left of the width."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, max(heading_width(header, column), min(maximum, header.sectionSize(column))))
    view.fill_width()


class Page(QWidget):
    """A workspace page. Subclasses build their widgets, then implement refresh(); it runs on first
    show, and after the books change (at once if visible, else on the next show)."""

    #: Emitted when the page has (re)loaded its data; the self-test waits for it.
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = ctx
        self._stale = True
        self.loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 12)
        outer.setSpacing(8)
        self.title_label = plain_label("", "pageTitle")
        self.subtitle_label = plain_label("", "pageSubtitle")
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addWidget(self.title_label)
        outer.addWidget(self.subtitle_label)
        outer.addLayout(self.toolbar)
        outer.addLayout(self.body, 1)
        self.subtitle_label.hide()
        ctx.changed.connect(self._on_changed)

    def tool_button(self, text: str, slot: Callable[[], object], object_name: str = "") -> QPushButton:
        """An action_button at the end of the page's toolbar."""
        button = action_button(text, slot, object_name)
        self.toolbar.addWidget(button)
        return button

    def add_message_line(self) -> QLabel:
        """Make the page's message line (self.message: what the last action did, see say()); the caller
        places it in the layout."""
        self.last_message = ""
        self.message = plain_label("", "muted")
        self.message.setWordWrap(True)
        self.message.hide()
        return self.message

    def say(self, text: str) -> None:
        """Show text on the message line (add_message_line); an empty text hides it."""
        self.last_message = text
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def warn(self, title: str, text: str) -> None:
        """Say text and show it in a warning box titled title."""
        self.say(text)
        QMessageBox.warning(self, title, text)

    def warn_refusal(self, title: str, exc: BaseException, path: Path | None = None) -> None:
        """A refusal of the books (ArdeskError) or of the file system (OSError, writing path) is told in a
        warning; anything else is a bug for the main window's error handler."""
        if isinstance(exc, ArdeskError):
            self.warn(title, message_text(exc, self.ctx.language))
        elif isinstance(exc, OSError):
            where = str(path) if path is not None else (exc.filename or "")
            # The context of this class: self.tr would look the text up under the subclass's name.
            text = QCoreApplication.translate("Page", "Could not write %1: %2")
            # shows-exception-text: the system's reason the file cannot be written
            self.warn(title, text.replace("%1", str(where)).replace("%2", exc.strerror or str(exc)))
        else:
            self.ctx.runner.error.emit(exc)

    def set_title(self, title: str, subtitle: str = "") -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))

    def refresh(self) -> None:
        """Reload the page's data; pages that load in the background set self.loading meanwhile."""
        self.loaded.emit()

    def ensure_loaded(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()
