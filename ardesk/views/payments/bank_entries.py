"""The entries table of an imported bank statement: a model of StatementEntry rows and the delegates that draw
two-line cells and the confidence badge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ardesk.api import StatementEntry
from ardesk.views.context import AppContext

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: The muted second line of a cell (an IBAN under a name).
SECONDARY = Qt.ItemDataRole.UserRole + 1
#: The entry's confidence 0-100 (the badge).
CONFIDENCE = Qt.ItemDataRole.UserRole + 2
#: The StatementEntry of the row.
ENTRY = Qt.ItemDataRole.UserRole + 3

#: "customer" shows the customer with, below it, the invoices its journal line marks.
COLUMNS = ("date", "amount", "counterparty", "description", "customer", "match")
MONEY_IN = QColor("#1d6b3a")
MUTED = QColor("#66707c")
TEXT = QColor("#1f2933")
#: Confidence at or above this (with a journal line) needs no review.
SURE = 80
#: Badge colours (background, text): sure, check, doubtful, nothing to do.
GREEN = ("#dcf1e3", "#1d6b3a")
AMBER = ("#fdf0d5", "#8a5300")
RED = ("#fbe3e1", "#b42318")
GREY = ("#eceff3", "#5b6673")


def reason_text(reason: str) -> str:
    """The matching rule in words (services.statement_matching reasons, "manual" and "removed")."""
    words = {
        "reference": QCoreApplication.translate("BankEntries", "Payment reference"),
        "invoice_number": QCoreApplication.translate("BankEntries", "Invoice number in the description"),
        "iban_amount": QCoreApplication.translate("BankEntries", "Payer's IBAN and amount"),
        "iban": QCoreApplication.translate("BankEntries", "Payer's IBAN"),
        "amount": QCoreApplication.translate("BankEntries", "Amount only"),
        "debit": QCoreApplication.translate("BankEntries", "Money out"),
        "unknown": QCoreApplication.translate("BankEntries", "Not recognised"),
        "manual": QCoreApplication.translate("BankEntries", "Assigned by hand"),
        "removed": QCoreApplication.translate("BankEntries", "Removed"),
    }
    return words.get(reason, reason)


def needs_review(entry: StatementEntry) -> bool:
    """To review: money in without a journal line, or with a line the matcher was not sure of. Money out (bank
    costs, refunds) is not accounts receivable's to review: it is booked in the general ledger."""
    return entry.amount > 0 and (entry.line is None or entry.confidence < SURE)


def is_matched(entry: StatementEntry) -> bool:
    """Matched: a journal line the matcher (or the bookkeeper, by hand) was sure of."""
    return entry.line is not None and entry.confidence >= SURE


def badge_colours(entry: StatementEntry) -> tuple[str, str]:
    if entry.reason in ("debit", "removed"):
        return GREY
    if entry.line is not None and entry.confidence >= 90:
        return GREEN
    if entry.line is not None and entry.confidence >= 70:
        return AMBER
    return RED


def iban_text(iban: str | None) -> str:
    """An IBAN in groups of four, as banks print it."""
    if not iban:
        return ""
    compact = iban.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class EntriesModel(QAbstractTableModel):
    """The statement's entries (already filtered by the page); customer names come from `names`."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[StatementEntry] = []
        self.names: dict[str, str] = {}
        self.payments: dict[int, str] = {}
        self.titles = [
            QCoreApplication.translate("BankEntries", "Date"),
            QCoreApplication.translate("BankEntries", "Amount"),
            QCoreApplication.translate("BankEntries", "Counterparty"),
            QCoreApplication.translate("BankEntries", "Description"),
            QCoreApplication.translate("BankEntries", "Customer and invoices"),
            QCoreApplication.translate("BankEntries", "Match"),
        ]

    def set_rows(
        self, rows: Sequence[StatementEntry], names: dict[str, str], payments: dict[int, str] | None = None
    ) -> None:
        """rows; names: customer account -> name; payments: journal line -> the payment posted for it."""
        self.beginResetModel()
        self._rows = list(rows)
        self.names = dict(names)
        self.payments = dict(payments or {})
        self.endResetModel()

    def rows(self) -> list[StatementEntry]:
        return list(self._rows)

    def row_at(self, row: int) -> StatementEntry:
        return self._rows[row]

    def row_of(self, seq: int) -> int:
        return next((r for r, e in enumerate(self._rows) if e.seq == seq), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if COLUMNS[section] == "amount" else LEFT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ENTRY:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SECONDARY:
            return self._secondary(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == CONFIDENCE and column == "match":
            return entry.confidence
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column == "amount" else LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and column == "amount":
            return MONEY_IN if entry.amount > 0 else MUTED
        return None

    def _display(self, entry: StatementEntry, column: str) -> str:
        if column == "date":
            return self.ctx.date(entry.booking_date)
        if column == "amount":
            return self.ctx.amount(entry.amount, entry.currency)
        if column == "counterparty":
            return entry.counterparty_name or (
                QCoreApplication.translate("BankEntries", "Bank") if entry.amount < 0 else ""
            )
        if column == "description":
            return entry.remittance or entry.reference or ""
        if column == "customer":
            if entry.customer is None:
                return ""
            return f"{entry.customer}  {self.names.get(entry.customer, '')}".strip()
        return reason_text(entry.reason)

    def invoices_text(self, entry: StatementEntry) -> str:
        """The invoices the entry's journal line pays (once posted: and the payment it became), "On account" for a
        line without, else why none."""
        paid = (
            QCoreApplication.translate("BankEntries", "Payment %1").replace("%1", self.payments[entry.line])
            if entry.line in self.payments
            else ""
        )
        if entry.invoices:
            return "  ·  ".join(x for x in (", ".join(entry.invoices), paid) if x)
        if paid:
            return paid
        if entry.line is not None:
            return QCoreApplication.translate("BankEntries", "On account")
        return QCoreApplication.translate("BankEntries", "Not in the journal") if entry.customer is not None else ""

    def _secondary(self, entry: StatementEntry, column: str) -> str:
        if column == "counterparty":
            return iban_text(entry.counterparty_iban)
        if column == "description" and entry.remittance and entry.reference:
            return QCoreApplication.translate("BankEntries", "Ref. %1").replace("%1", entry.reference)
        if column == "customer":
            return self.invoices_text(entry)
        return ""

    def _tooltip(self, entry: StatementEntry, column: str) -> str | None:
        if column == "description":
            parts = [
                entry.remittance,
                QCoreApplication.translate("BankEntries", "Ref. %1").replace("%1", entry.reference)
                if entry.reference
                else "",
            ]
            return "\n".join(p for p in parts if p) or None
        if column == "counterparty":
            return "\n".join(p for p in (entry.counterparty_name, iban_text(entry.counterparty_iban)) if p) or None
        if column == "customer" and entry.customer is not None:
            lines = [self._display(entry, column), *entry.invoices]
            if entry.line is not None:
                lines.append(
                    QCoreApplication.translate("BankEntries", "Journal line %1").replace("%1", str(entry.line))
                )
            return "\n".join(lines)
        if column == "match":
            return (
                QCoreApplication.translate("BankEntries", "Confidence %1 of 100: %2")
                .replace("%1", str(entry.confidence))
                .replace("%2", reason_text(entry.reason))
            )
        return None


def _background(painter: QPainter, option: QStyleOptionViewItem, delegate: QStyledItemDelegate, index: Index) -> None:
    """The row's background and selection as the style draws them, without text."""
    item = QStyleOptionViewItem(option)
    delegate.initStyleOption(item, index)
    item.text = ""
    style = item.widget.style() if item.widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)


class TwoLineDelegate(QStyledItemDelegate):
    """The cell's text, and below it in a smaller muted font its SECONDARY text (both elided)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() * 2 + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        _background(painter, option, self, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SECONDARY) or "")
        rect = option.rect.adjusted(6, 3, -6, -3)
        metrics = option.fontMetrics
        painter.save()
        painter.setFont(option.font)
        painter.setPen(TEXT)
        if not second:
            painter.drawText(rect, LEFT, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        else:
            top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
            bottom = QRect(rect.left(), rect.top() + rect.height() // 2, rect.width(), rect.height() - top.height())
            painter.drawText(top, LEFT, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
            painter.setFont(small)
            painter.setPen(MUTED)
            elided = painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(bottom, LEFT, elided)
        painter.restore()


class MatchDelegate(QStyledItemDelegate):
    """A rounded badge with the confidence (green 90-100, amber 70-80, red below; grey for money out and
    removed proposals) and the reason in words beside it."""

    def __init__(self, entry_of: Callable[[Index], StatementEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entry_of = entry_of

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.badge_width(option) + 8, size.height())

    @staticmethod
    def badge_width(option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.horizontalAdvance("100") + 14

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        _background(painter, option, self, index)
        entry = self.entry_of(index)
        back, fore = badge_colours(entry)
        metrics = option.fontMetrics
        rect = option.rect.adjusted(6, 0, -6, 0)
        width = self.badge_width(option)
        height = metrics.height() + 4
        badge = QRectF(rect.left(), rect.center().y() - height / 2 + 1, width, height)
        label = "–" if entry.reason == "debit" else str(entry.confidence)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(back))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(fore))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(option.font)
        painter.setPen(TEXT if entry.reason not in ("debit", "removed") else MUTED)
        text_rect = rect.adjusted(width + 8, 0, 0, 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(text_rect, LEFT, metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()
