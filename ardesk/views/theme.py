"""The look: bundled DejaVu fonts, the Fusion style and one light, calm stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ardesk.i18n import resources_dir

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
FAMILY = "DejaVu Sans"
POINT_SIZE = 9

ACCENT = "#1f5fa8"
TEXT = "#1f2933"
MUTED = "#66707c"
BORDER = "#d5dae1"
ERROR = "#b42318"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f6f7f9; }}
QWidget#page {{ background: #f6f7f9; }}
QLabel {{ color: {TEXT}; }}
QLabel#pageTitle {{ font-size: 15pt; color: {TEXT}; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {ERROR}; }}
QLabel#placeholder {{ color: {MUTED}; font-size: 10pt; padding: 24px; }}

QWidget#header {{ background: #ffffff; border-bottom: 1px solid {BORDER}; }}
QLabel#appName {{ color: {ACCENT}; font-weight: bold; font-size: 11pt; }}
QLabel#companyName {{ color: {TEXT}; font-size: 11pt; }}

QTreeWidget#navigation {{
    background: #eef1f5; border: none; border-right: 1px solid {BORDER};
    padding-top: 6px; outline: 0;
}}
QTreeWidget#navigation::item {{ padding-left: 6px; border: none; color: {TEXT}; }}
QTreeWidget#navigation::item:hover {{ background: #e2e8f0; }}
QTreeWidget#navigation::item:selected {{
    background: #d6e4f5; color: #0f2f57; border-left: 3px solid {ACCENT};
}}

QFrame#tile {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 4px; }}
QLabel#tileLabel {{ color: {MUTED}; }}
QLabel#tileValue {{ color: {TEXT}; font-size: 12pt; }}
QLabel#tileValueAlert {{ color: {ERROR}; font-size: 12pt; }}

QTableView {{
    background: #ffffff; alternate-background-color: #f7f9fb; gridline-color: #e7eaee;
    border: 1px solid {BORDER}; selection-background-color: #cfe0f5; selection-color: {TEXT};
}}
QTableView::item {{ padding: 0 3px; }}
QHeaderView::section {{
    background: #f1f3f6; color: #3d4650; border: none; border-right: 1px solid #e1e5ea;
    border-bottom: 1px solid {BORDER}; padding: 4px 4px;
}}

QLineEdit, QComboBox, QPlainTextEdit, QSpinBox {{
    background: #ffffff; border: 1px solid #c3c9d1; border-radius: 3px; padding: 3px 5px;
    selection-background-color: #cfe0f5; selection-color: {TEXT};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QSpinBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit:read-only {{ background: #f1f3f6; color: {MUTED}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {ERROR};
}}

QPushButton {{
    background: #ffffff; border: 1px solid #c3c9d1; border-radius: 3px; padding: 4px 14px; color: {TEXT};
}}
QPushButton:hover {{ background: #eef2f7; }}
QPushButton:pressed {{ background: #e2e8f0; }}
QPushButton:default, QPushButton#primary {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff; }}
QPushButton:default:hover, QPushButton#primary:hover {{ background: #184d8a; }}
QPushButton:disabled {{ color: #a0a7b0; background: #f3f4f6; border-color: #dde1e6; }}

QGroupBox {{ border: 1px solid {BORDER}; border-radius: 4px; margin-top: 14px; padding: 10px 8px 6px 8px;
            background: #ffffff; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; color: {ACCENT}; font-weight: bold; }}

QStatusBar {{ background: #eef1f5; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 3px; background: #ffffff; max-height: 10px; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
"""


def load_fonts() -> str:
    """Register the bundled DejaVu fonts with Qt; returns the family to use (a system font if absent)."""
    folder = resources_dir() / "fonts"
    families: set[str] = set()
    for name in FONT_FILES:
        path = folder / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FAMILY if FAMILY in families else QFont().family()


def apply(app: QApplication) -> None:
    """Fusion style, the bundled font and the stylesheet: the app looks the same on every system."""
    family = load_fonts()
    app.setStyle("Fusion")
    app.setFont(QFont(family, POINT_SIZE))
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe0f5"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(TEXT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
