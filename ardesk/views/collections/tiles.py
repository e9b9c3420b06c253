"""Tile: a small card with a caption above an amount (the aging totals; the settle window's totals)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ardesk.views.widgets.page import plain_label


class Tile(QFrame):
    """A small card: a caption above an amount; set_value(alert=True) shows the amount in red."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = plain_label(caption, "tileLabel")
        self.value = plain_label("", "tileValue")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set_value(self, text: str, alert: bool = False) -> None:
        self.value.setText(text)
        self.value.setObjectName("tileValueAlert" if alert else "tileValue")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
