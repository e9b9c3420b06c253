"""CodeCombo: a combo box of (code, label) items whose value is the code, or None for a "none" item."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

#: Stored as the item data for "no code": every item carries a string, so Qt never hands an invalid
#: QVariant back to Python (one of the None reference leaks of PySide6 6.12 on Python 3.11, see
#: ardesk.views).
NONE = ""


class CodeCombo(QComboBox):
    def __init__(
        self, items: Sequence[tuple[str | None, str]], current: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        for code, label in items:
            self.addItem(label, NONE if code is None else code)
        self.set_code(current)

    def code(self) -> str | None:
        """The selected code (None for the "none" item or an empty combo)."""
        if self.currentIndex() < 0:
            return None
        value = self.itemData(self.currentIndex())
        return None if value == NONE else str(value)

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(NONE if code is None else code), 0))
