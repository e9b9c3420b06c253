"""Regenerate the company set-up screenshots offscreen: the New company dialog, the Company page, Ledger accounts,
Exchange rates and Parameters.

`.venv/bin/python screenshots/make_company_setup_screenshots.py` writes English, then Dutch (-nl)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def sample_logo() -> bytes:
    """A small PNG logo drawn here (no image files in the repository)."""
    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f4e79"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(8, 12, 96, 96)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(56)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(8, 12, 96, 96, int(Qt.AlignmentFlag.AlignCenter), "Z")
    painter.setPen(QColor("#1f4e79"))
    font.setPixelSize(44)
    painter.setFont(font)
    painter.drawText(120, 12, 240, 96, int(Qt.AlignmentFlag.AlignVCenter), "De Zon")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def shots(app: QApplication, books: Books, language: str, scratch: Path) -> None:
    translators = install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"
    dialog = NewCompanyDialog(books, language)
    dialog.code.setText("ZON")
    dialog.name.setText("Bakkerij De Zon B.V.")
    form = dialog.form
    form.address.setPlainText("Kerkstraat 1\n1011 AA  AMSTERDAM")
    form.phone.setText("020 123 4567")
    form.email.setText("info@bakkerijdezon.nl")
    form.website.setText("www.bakkerijdezon.nl")
    form.coc_number.setText("12345678")
    form.vat_number.setText("NL123456789B01")
    form.iban.setText("NL91 ABNA 0417 1643 00")
    form.bic.setText("ABNANL2A")
    logo = scratch / "logo.png"
    logo.write_bytes(sample_logo())
    form.load_logo(logo)
    dialog.show()
    save(app, dialog, f"new-company-dialog{suffix}.png")
    dialog.close()

    company = books.company("DEMO")
    if not company.exchange_rates():
        company.set_exchange_rate("USD", dt.date(2026, 1, 1), Decimal("0.9215"))
        company.set_exchange_rate("USD", dt.date(2026, 7, 1), Decimal("0.8790"))
        company.set_exchange_rate("GBP", dt.date(2026, 1, 1), Decimal("1.1650"))
        company.set_exchange_rate("GBP", dt.date(2026, 10, 1), Decimal("1.1472"))
    window = MainWindow(books, company, language, Runner(), today=lambda: TODAY)
    window.show()  # the default size: 1280 × 800
    for key, name in (
        ("company", "company-page"),
        ("accounts", "accounts"),
        ("exchange_rates", "exchange-rates"),
        ("parameters", "parameters"),
    ):
        window.show_page(key)
        wait_loaded(app, window.pages[key])
        save(app, window, f"{name}{suffix}.png")
    window.close()
    window.runner.wait()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv)
    theme.apply(app)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "demo.db"
        with Books.open(base) as books:
            create_demo(books, TODAY)
        for language in ("en", "nl"):
            copy = Path(tmp) / f"demo-{language}.db"
            shutil.copy(base, copy)
            with Books.open(copy) as books:
                shots(app, books, language, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
