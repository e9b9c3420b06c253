"""AgingChart: the company's aging buckets as a small clickable bar chart, painted with QPainter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

#: The current bucket, then the overdue ones from young to old (last colour repeats for a longer definition).
CURRENT = QColor("#7da7d9")
OVERDUE = (QColor("#f0c05a"), QColor("#eb9a48"), QColor("#de6f3a"), QColor("#b42318"))
TEXT = QColor("#1f2933")
MUTED = QColor("#66707c")
AXIS = QColor("#c3c9d1")
FRAME = QColor("#d5dae1")
FOCUS = QColor("#1f5fa8")
CAPTION_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Bar:
    caption: str  # "31-60 days"
    amount: Decimal
    text: str  # the amount formatted per locale


class AgingChart(QWidget):
    """The aging buckets as bars, each with its caption below and its amount above (negative bars go down).

    Why QPainter and no chart library (TECH §12): QtCharts ships only in PySide6-Addons, a 59 MB wheel that
    would triple the installer, and pyqtgraph would bring numpy along; five or six bars with a label and an
    amount each are a few dozen lines of painting on the Qt we already ship.

    Clicking a bar (anywhere in its column) selects it and emits bucket_clicked(index); clicking it again
    clears the selection and emits -1. From the keyboard: Left/Right move between bars, Space or Enter
    selects, Escape clears."""

    bucket_clicked = Signal(int)

    MARGIN = 10
    CAPTION_HEIGHT = 20
    AMOUNT_HEIGHT = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(260, 112)
        self.bars: list[Bar] = []
        self.selected: int | None = None
        self._cursor = 0
        self.hint = ""  # the tooltip's second line ("Click to list the customers with an amount in it")

    def sizeHint(self) -> QSize:
        return QSize(480, 120)

    # --- data ---------------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        if self.selected is not None and self.selected >= len(self.bars):
            self.selected = None
        self._cursor = min(self._cursor, max(len(self.bars) - 1, 0))
        self.update()

    def set_selected(self, index: int | None) -> None:
        """Select a bar (None: none) without emitting bucket_clicked."""
        self.selected = index if index is not None and 0 <= index < len(self.bars) else None
        self.update()

    def amounts(self) -> list[Decimal]:
        return [bar.amount for bar in self.bars]

    # --- geometry -----------------------------------------------------------------------------------
    def _caption_height(self) -> int:
        """One line for the captions, two when one of them does not fit its column ("Meer dan 90 dagen")."""
        metrics = self.fontMetrics()
        width = int(self.column_rect(0).width()) - 4
        wrap = any(metrics.horizontalAdvance(bar.caption) > width for bar in self.bars)
        return self.CAPTION_HEIGHT + (metrics.lineSpacing() if wrap else 0)

    def _plot(self) -> QRectF:
        m = self.MARGIN
        return QRectF(
            m,
            m + self.AMOUNT_HEIGHT,
            self.width() - 2 * m,
            self.height() - 2 * m - self.AMOUNT_HEIGHT - self._caption_height(),
        )

    def _scale(self) -> tuple[float, float]:
        """(baseline y, pixels per unit): the zero line sits lower the more the positive bars weigh."""
        plot = self._plot()
        high = max((float(b.amount) for b in self.bars), default=0.0)
        low = min((float(b.amount) for b in self.bars), default=0.0)
        high, low = max(high, 0.0), min(low, 0.0)
        span = high - low
        if span <= 0:
            return plot.bottom(), 0.0
        extra = self.AMOUNT_HEIGHT if low < 0 else 0  # room below a negative bar for its amount
        per_unit = (plot.height() - extra) / span
        return plot.top() + high * per_unit, per_unit

    def column_rect(self, index: int) -> QRectF:
        """The slot of a bar: the whole height of the chart, one n-th of its width (what a click hits)."""
        width = (self.width() - 2 * self.MARGIN) / max(len(self.bars), 1)
        return QRectF(self.MARGIN + index * width, 0, width, self.height())

    def bar_rect(self, index: int) -> QRectF:
        column = self.column_rect(index)
        baseline, per_unit = self._scale()
        height = abs(float(self.bars[index].amount)) * per_unit
        width = min(column.width() * 0.58, 72.0)
        left = column.center().x() - width / 2
        top = baseline - height if self.bars[index].amount >= 0 else baseline
        return QRectF(left, top, width, max(height, 1.0 if self.bars[index].amount else 0.0))

    def bar_at(self, pos: QPointF) -> int | None:
        for index in range(len(self.bars)):
            if self.column_rect(index).contains(pos):
                return index
        return None

    # --- painting -----------------------------------------------------------------------------------
    def colour(self, index: int) -> QColor:
        colour = QColor(CURRENT if index == 0 else OVERDUE[min(index - 1, len(OVERDUE) - 1)])
        if self.selected is not None and index != self.selected:
            colour.setAlpha(90)
        return colour

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if not self.bars:
            return
        baseline, _ = self._scale()
        plot = self._plot()
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(QPointF(plot.left(), baseline), QPointF(plot.right(), baseline))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, bar in enumerate(self.bars):
            rect = self.bar_rect(index)
            column = self.column_rect(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(index))
            painter.drawRect(rect)
            chosen = index == self.selected
            painter.setFont(bold if chosen else self.font())
            painter.setPen(TEXT if self.selected is None or chosen else MUTED)
            if bar.amount >= 0:
                amount_box = QRectF(column.left(), rect.top() - self.AMOUNT_HEIGHT, column.width(), self.AMOUNT_HEIGHT)
            else:
                amount_box = QRectF(column.left(), rect.bottom(), column.width(), self.AMOUNT_HEIGHT)
            painter.drawText(amount_box, Qt.AlignmentFlag.AlignCenter, bar.text)
            caption_box = QRectF(
                column.left() + 2, self._plot().bottom() + 2, column.width() - 4, self._caption_height()
            )
            painter.drawText(caption_box, CAPTION_FLAGS, bar.caption)
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.column_rect(self._cursor).adjusted(2, 3, -2, -3))

    # --- input --------------------------------------------------------------------------------------
    def toggle(self, index: int) -> None:
        """What a click on a bar does: select it, or clear the selection when it was selected."""
        self.selected = None if index == self.selected else index
        self._cursor = index
        self.update()
        self.bucket_clicked.emit(-1 if self.selected is None else index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.toggle(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.bars and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self._cursor = max(0, min(len(self.bars) - 1, self._cursor + step))
            self.update()
        elif self.bars and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(self._cursor)
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.toggle(self.selected)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                bar = self.bars[index]
                QToolTip.showText(event.globalPos(), f"{bar.caption}: {bar.text}\n{self.hint}".strip(), self)
            return True
        return super().event(event)
