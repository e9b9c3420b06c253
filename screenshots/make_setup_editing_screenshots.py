"""Regenerate the set-up code editing screenshots offscreen (English).

`.venv/bin/python screenshots/make_setup_editing_screenshots.py` writes setup-sales-tax.png,
setup-cash-discount-dialog.png, setup-posting-profile-dialog.png and setup-charge-codes.png."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded
from ardesk.views.setup.code_dialogs import CashDiscountDialog
from ardesk.views.setup.posting_profile_dialog import PostingProfileDialog

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def arrange(books: Books) -> None:
    co = books.company("DEMO")
    co.create_charge_code("FREIGHT", "Freight and delivery", tax="BTW21")
    co.create_charge_code("PACKING", "Packing and handling", tax="BTW21")
    co.create_charge_code("ADMIN", "Administration fee")
    co.create_charge_code("EXPRESS", "Express surcharge", tax="BTW21")
    co.set_active("charge_code", "EXPRESS", False)
    co.set_active("sales_tax", "VERLEGD", False)
    co.create_cash_discount(
        "3%10D", [(10, Decimal(3)), (20, Decimal("1.5"))], description="3 % within 10 days, 1.5 % within 20"
    )
    co.create_posting_profile(
        "EXPORT",
        [("group", "EXPORT", "130500", "720100"), ("table", "20010", "130500"), ("all", "", "130100")],
        description="Export debtors",
    )


def shots(app: QApplication, books: Books) -> None:
    translators = install_translators(app, "en")
    window = MainWindow(books, books.company("DEMO"), "en", Runner(), today=lambda: TODAY)
    window.show()  # the default size: 1280 × 800
    for key, name in (("sales_tax", "setup-sales-tax.png"), ("charge_codes", "setup-charge-codes.png")):
        window.show_page(key)
        wait_loaded(app, window.pages[key])
        save(app, window, name)
    ctx = window.ctx
    assert ctx is not None
    [discount] = [c for c in ctx.company.cash_discounts() if c.code == "3%10D"]
    dialog = CashDiscountDialog(ctx, window, discount)
    dialog.show()
    save(app, dialog, "setup-cash-discount-dialog.png")
    dialog.reject()
    [profile] = [p for p in ctx.company.posting_profile_details() if p.code == "EXPORT"]
    editor = PostingProfileDialog(ctx, window, profile)
    editor.show()
    save(app, editor, "setup-posting-profile-dialog.png")
    editor.reject()
    window.close()
    window.runner.wait()
    app.processEvents()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        with Books.open(path) as books:
            create_demo(books, TODAY)
            arrange(books)
        books = Books.open(path, exclusive=True)
        shots(app, books)
        books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
