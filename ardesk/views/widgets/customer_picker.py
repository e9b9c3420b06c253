"""CustomerPicker: the one customer chooser; a line edit that searches the books as the user types."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ardesk.api import Company, CustomerChoice

#: Milliseconds after the last key before the books are searched.
DEBOUNCE_MS = 150
#: At most this many customers in the popup (the search is one indexed query with this limit).
LIMIT = 50


def label(choice: CustomerChoice) -> str:
    """How a customer shows in the picker and its popup: "account  name"."""
    return f"{choice.account}  {choice.name}"


class _RowDelegate(QStyledItemDelegate):
    """A popup row as two columns: the account (muted, the width of the widest shown) and the name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account_width = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        account, _, name = item.text.partition("  ")
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = option.rect.adjusted(8, 0, -6, 0)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.save()
        painter.setPen(QColor("#5b6673"))
        painter.drawText(rect, align, account)
        painter.setPen(QColor("#1f2933"))
        name_rect = rect.adjusted(self.account_width + 14, 0, 0, 0)
        painter.drawText(
            name_rect, align, option.fontMetrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        )
        painter.restore()


class CustomerPicker(QWidget):
    """Type an account or part of a name: a popup lists the matches (company.customer_search);
    Enter or Tab on an exact account selects that customer, as does picking a row. Text that names
    no customer marks the field invalid (red border, tooltip). customer_changed fires with the
    CustomerChoice (None: no customer) whenever the choice changes, also through set_account/clear."""

    customer_changed = Signal(object)
    #: The text was resolved (Enter, Tab, leaving the field, a popup row), naming a customer or not.
    resolved = Signal()

    def __init__(self, company: Company, parent: QWidget | None = None, *, placeholder: str | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self._choice: CustomerChoice | None = None
        self._results: dict[str, CustomerChoice] = {}  # popup text -> customer
        self._resolved = ""  # the text when it was last resolved to a customer (or to none)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            placeholder if placeholder is not None else QCoreApplication.translate("CustomerPicker", "Account or name")
        )
        self.edit.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setFocusProxy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        # The books filter (SQL); the completer only shows and picks. setWidget, not setCompleter: the
        # line edit must not re-filter the old list or copy highlighted rows into the text.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[str].connect(self._picked)  # type: ignore[index]  # a row clicked; Enter: _commit
        popup = self.completer.popup()
        self._delegate = _RowDelegate(popup)
        popup.setItemDelegate(self._delegate)
        popup.setUniformItemSizes(True)  # type: ignore[attr-defined]
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.setStyleSheet(
            "QListView { background: #ffffff; border: 1px solid #9aa5b1; outline: 0; }"
            "QListView::item:selected { background: #cfe0f5; }"
        )

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self.completer.popup().installEventFilter(self)

    # --- the public interface -------------------------------------------------------------------
    def choice(self) -> CustomerChoice | None:
        """The chosen customer (text typed but not yet confirmed is resolved first)."""
        if self._dirty():
            self._commit()
        return self._choice

    def account(self) -> str | None:
        choice = self.choice()
        return choice.account if choice is not None else None

    def set_account(self, account: str | None) -> None:
        """Show this customer (None or "": none); an unknown account is shown marked invalid."""
        self._timer.stop()
        self.completer.popup().hide()
        if not account:
            self.edit.clear()
            self._resolved = ""
            self._mark_invalid(None)
            self._set(None)
            return
        self.edit.setText(account)
        self._commit()

    def clear(self) -> None:
        self.set_account(None)

    def text(self) -> str:
        """What the field shows, stripped ("account  name" once a customer is chosen)."""
        return self.edit.text().strip()

    def is_valid(self) -> bool:
        """False while the text names no customer."""
        return not bool(self.edit.property("invalid"))

    # --- typing and searching -------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        self._mark_invalid(None)
        if not text.strip():  # emptied (the clear button, or erased): no customer, at once
            self._timer.stop()
            self.completer.popup().hide()
            self._commit()
            return
        self._timer.start()

    def _search(self) -> None:
        """Fill the popup with what the books find for the text (one query with a LIMIT, fast enough
        for the GUI thread) and show it while the field has the focus."""
        text = self.edit.text().strip()
        if not text:
            self._model.setStringList([])
            self.completer.popup().hide()
            return
        found = self.company.customer_search(text, LIMIT)
        self._fill(found)
        popup = self.completer.popup()
        if found and self.edit.hasFocus():
            popup.setMinimumWidth(max(self.edit.width(), 420))
            self.completer.complete()
            popup.setCurrentIndex(self._model.index(-1, 0))  # nothing highlighted: Enter takes the text
        else:
            popup.hide()

    def _fill(self, found: list[CustomerChoice]) -> None:
        self._results = {label(c): c for c in found}
        metrics = self.completer.popup().fontMetrics()
        self._delegate.account_width = max((metrics.horizontalAdvance(c.account) for c in found), default=0)
        self._model.setStringList(list(self._results))

    def _picked(self, text: str) -> None:
        choice = self._results.get(text)
        if choice is not None:
            self._timer.stop()
            self._select(choice)

    def _commit(self) -> None:
        """Resolve the text (Enter, Tab, leaving the field): a highlighted popup row, else the exact
        account typed (or the "account  name" shown); anything else is marked invalid."""
        self._timer.stop()
        popup = self.completer.popup()
        if popup.isVisible():
            row = popup.currentIndex()
            popup.hide()
            if row.isValid():
                self._picked(str(row.data()))
                return
        text = self.edit.text().strip()
        self._resolved = self.edit.text()
        if not text:
            self._mark_invalid(None)
            self._set(None)
            self.resolved.emit()
            return
        if self._choice is not None and text == label(self._choice):
            self._mark_invalid(None)
            self.resolved.emit()
            return
        choice = self._results.get(text) or self.company.customer_choice(text.split()[0])
        if choice is None:
            self._set(None)
            self._mark_invalid(text)
            self.resolved.emit()
        else:
            self._select(choice)

    def _select(self, choice: CustomerChoice) -> None:
        self._mark_invalid(None)
        self.edit.setText(label(choice))
        self._resolved = self.edit.text()
        self.edit.setCursorPosition(0)
        self._set(choice)
        self.resolved.emit()

    def _set(self, choice: CustomerChoice | None) -> None:
        if choice != self._choice:
            self._choice = choice
            self.customer_changed.emit(choice)

    def _mark_invalid(self, text: str | None) -> None:
        """text: what names no customer (red border and tooltip); None: valid again."""
        invalid = text is not None
        tip = (
            QCoreApplication.translate("CustomerPicker", "No customer with account %1").replace("%1", text)
            if text
            else ""
        )
        if bool(self.edit.property("invalid")) == invalid and self.edit.toolTip() == tip:
            return
        self.edit.setProperty("invalid", invalid)
        self.edit.setToolTip(tip)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    # --- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Tab confirms the text (or the highlighted row) and then moves on as usual.
                self._commit()
                if watched is self.completer.popup():
                    self.edit.focusNextPrevChild(key == Qt.Key.Key_Tab)
                    return True
                return False
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter that resolves typed text only selects: it must not also press the dialog's
                # default button. On a resolved field it goes on to the dialog as usual.
                if watched is self.completer.popup() or self._dirty():
                    self._commit()
                    return True
                return False
            if key == Qt.Key.Key_Down and watched is self.edit and not self.completer.popup().isVisible():
                self._search_now(show_all=not self.edit.text().strip())
                return True
        elif (
            kind == QEvent.Type.FocusOut
            and watched is self.edit
            and self._dirty()
            and not self.completer.popup().isVisible()
        ):
            self._commit()  # leaving the field by mouse confirms the text too
        return super().eventFilter(watched, event)

    def _dirty(self) -> bool:
        """Whether the text changed (typed or set) since it was last resolved."""
        return self.edit.text() != self._resolved

    def _popup_open(self) -> bool:
        return self.completer.popup().isVisible()

    def _search_now(self, *, show_all: bool) -> None:
        """Down arrow: the popup now (the first customers by account when nothing is typed)."""
        self._timer.stop()
        if not show_all:
            self._search()
            return
        found = self.company.customer_search("", LIMIT)
        self._fill(found)
        if found:
            self.completer.popup().setMinimumWidth(max(self.edit.width(), 420))
            self.completer.complete()
