"""Regenerate the screenshots of the pages and dialogs added in issue 9, offscreen, in English and Dutch (-nl).

`.venv/bin/python screenshots/make_issue9_screenshots.py` writes recurring-invoices, sales-orders, refunds,
period-close, reconciliation, settle-centralized, setup-sales-tax, setup-charge-codes, setup-cash-discount-dialog,
setup-posting-profile-dialog, customer-editor, customer-picker, invoice-editor, welcome, help, new-company-dialog,
company-page, accounts and exchange-rates (.png and -nl.png)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from decimal import Decimal as D
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_company_setup_screenshots import sample_logo  # this folder: the De Zon logo
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books, Charge, Line, OrderLine
from ardesk.demo import create_demo
from ardesk.i18n import install_translators, remove_translators
from ardesk.views import theme
from ardesk.views.company_dialog import NewCompanyDialog
from ardesk.views.customers.dialogs import CustomerDialog
from ardesk.views.invoicing.editor import InvoiceDialog
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.payments.settle import SettleDialog
from ardesk.views.payments.settle_model import COLUMNS
from ardesk.views.selftest import wait_loaded
from ardesk.views.setup.code_dialogs import CashDiscountDialog
from ardesk.views.setup.posting_profile_dialog import PostingProfileDialog
from ardesk.views.welcome import WelcomeDialog

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


#: The texts the screenshots show, in the language of the screenshot: (English, Dutch).
TEXTS = {
    "freight": ("Freight and handling", "Vracht en verzending"),
    "packing": ("Packing and handling", "Verpakking"),
    "admin": ("Administration fee", "Administratiekosten"),
    "discount": ("3 % within 10 days, 1.5 % within 20", "3 % binnen 10 dagen, 1,5 % binnen 20 dagen"),
    "profile": ("Export debtors", "Debiteuren buitenland"),
    "template": ("Hosting package", "Hostingpakket"),
    "hosting": ("Web hosting and e-mail (month)", "Webhosting en e-mail (maand)"),
    "reopened": ("Late credit note for September", "Nagekomen creditnota september"),
    "line1": ("Consultancy (hours)", "Advieswerkzaamheden (uren)"),
    "line2": ("Installation and assembly (hours)", "Installatie en montage (uren)"),
    "line3": ("Office supplies (pcs)", "Kantoorartikelen (stuks)"),
    "line4": ("Technical books (pcs)", "Vakliteratuur (stuks)"),
    "line5": ("Lunch and catering (persons)", "Lunch en catering (personen)"),
}


def arrange(books: Books, language: str) -> int:
    """Codes, templates, orders, a second company for centralized payments and a draft; returns the draft id."""

    def t(key: str) -> str:
        return TEXTS[key][0 if language == "en" else 1]

    co = books.company("DEMO")
    co.create_charge_code("FREIGHT", t("freight"), tax="BTW21")
    co.create_charge_code("PACKING", t("packing"), tax="BTW21")
    co.create_charge_code("ADMIN", t("admin"))
    co.create_cash_discount("3%10D", [(10, D(3)), (20, D("1.5"))], description=t("discount"))
    co.create_posting_profile(
        "EXPORT",
        [("group", "EXPORT", "130500", "720100"), ("table", "20010", "130500"), ("all", "", "130100")],
        description=t("profile"),
    )
    co.create_invoice_template(
        "HOSTING", [Line(t("hosting"), quantity=D(1), unit_price=D("39.00"), tax="BTW21")], description=t("template")
    )
    co.assign_template("10030", "HOSTING", dt.date(2026, 1, 1), pattern="monthly", per=3, max_count=8)
    co.generate_recurring_invoices(dt.date(2026, 10, 31))
    co.create_item("CH-ERGO", "Ergonomic office chair", D("389.00"), tax="BTW21")
    co.create_item("DK-160", "Desk 160 x 80 cm, oak", D("645.50"), tax="BTW21")
    co.create_item("INST", "Installation (hour)", D("62.00"), tax="BTW21", unit="hour")
    order = co.create_sales_order(
        "20010",
        dt.date(2026, 11, 2),
        [OrderLine(D(6), "CH-ERGO"), OrderLine(D(3), "DK-160"), OrderLine(D("4.5"), "INST")],
        reference="PO-2026-118",
    )
    slip = co.post_packing_slip(order, dt.date(2026, 11, 9), {0: D(4), 1: D(3)})
    co.invoice_packing_slips([slip], dt.date(2026, 11, 16))
    co.create_sales_order("10140", dt.date(2026, 11, 20), [OrderLine(D(10), "CH-ERGO", unit_price=D("369.00"))])
    sub = books.create_company("SUB", "Demo Dienstverlening B.V.")
    co.update_customer("10010", party="P-10010")
    sub.create_customer("50010", "Bakkerij Van der Meer B.V.", party="P-10010")
    sub.post_free_text_invoice("50010", dt.date(2026, 11, 2), [Line("Advice", D("500.00"))])
    sub.post_free_text_invoice("50010", dt.date(2026, 11, 12), [Line("Training", D("1250.00"))])
    books.enable_centralized_payments(["DEMO", "SUB"])
    co.set_exchange_rate("USD", dt.date(2026, 1, 1), D("0.9215"))
    co.set_exchange_rate("USD", dt.date(2026, 7, 1), D("0.8790"))
    co.set_exchange_rate("GBP", dt.date(2026, 1, 1), D("1.1650"))
    co.set_exchange_rate("GBP", dt.date(2026, 10, 1), D("1.1472"))
    # Credit balances to refund (overpayments), one below the minimum.
    co.set_parameters(minimum_reimbursement=D("10.00"))
    co.create_customer("10990", "Café De Hoek")
    co.create_customer("10991", "Klein Kantoor B.V.", iban="NL44RABO0123456789")
    for account, amount in (("10040", "250.00"), ("10990", "80.00"), ("10991", "4.50")):
        co.post_payment(account, dt.date(2026, 11, 20), D(amount))
    # Closed months, one of them reopened once.
    for month_end in (dt.date(2026, 7, 31), dt.date(2026, 8, 31), dt.date(2026, 9, 30)):
        co.close_period(month_end)
    co.reopen_period(dt.date(2026, 9, 30), t("reopened"))
    co.close_period(dt.date(2026, 9, 30))
    co.update_customer(
        "10010",
        contact="Marieke van der Meer",
        phone="+31 182 512 300",
        coc_number="29012345",
        vat_number="NL001234567B01",
        credit_limit=D(15000),
    )
    lines = [
        Line(t("line1"), quantity=D(4), unit_price=D("95.00"), tax="BTW21"),
        Line(t("line2"), quantity=D(6), unit_price=D("62.50"), tax="BTW21"),
        Line(t("line3"), quantity=D(12), unit_price=D("4.35"), tax="BTW21"),
        Line(t("line4"), quantity=D(2), unit_price=D("39.95"), tax="BTW9"),
        Line(t("line5"), quantity=D(14), unit_price=D("16.50"), tax="BTW9"),
    ]
    return co.save_draft("10040", TODAY, lines, charges=[Charge("FREIGHT", D("35.00"))])


def settle_shots(app: QApplication, window: MainWindow, suffix: str) -> None:
    ctx = window.ctx
    assert ctx is not None
    dialog = SettleDialog(ctx, customer="10010", date=dt.date(2026, 11, 20))
    dialog.resize(1220, 720)
    dialog.show()
    dialog.group_items.setChecked(True)
    for row, record in enumerate(dialog.model.rows()):  # one invoice of each company marked
        if record.number in ("INV-000010", "INV-000001"):
            index = dialog.model.index(row, COLUMNS.index("mark"))
            dialog.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    done: list[object] = []
    dialog.previewed.connect(lambda *_args: done.append(True))
    dialog.preview_now()  # the marks' amounts are worked out in the background
    for _ in range(100):
        if done:
            break
        QTest.qWait(50)
    save(app, dialog, f"settle-centralized{suffix}.png")
    dialog.close()
    picker = SettleDialog(ctx, None, date=TODAY)
    picker.resize(1220, 720)
    picker.show()
    picker.activateWindow()
    picker.customer.setFocus()
    app.processEvents()
    QTest.keyClicks(picker.customer.edit, "b")
    QTest.qWait(400)
    popup = picker.customer.completer.popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    app.processEvents()
    base = picker.grab()  # the popup is a window of its own: painted onto the dialog's picture
    painter = QPainter(base)
    painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - picker.mapToGlobal(QPoint(0, 0)), popup.grab())
    painter.end()
    base.save(str(OUT / f"customer-picker{suffix}.png"))
    print("wrote", OUT / f"customer-picker{suffix}.png")
    popup.hide()
    picker.close()


def shots(app: QApplication, books: Books, language: str, draft: int, scratch: Path) -> None:
    translators = install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"

    with Books.open(scratch / f"empty-{language}.db") as empty:
        welcome = WelcomeDialog(empty, language, set_language=lambda _code: None)
        welcome.show()
        welcome.adjustSize()
        save(app, welcome, f"welcome{suffix}.png")
        welcome.close()

        dialog = NewCompanyDialog(empty, language)
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

    window = MainWindow(books, books.company("DEMO"), language, Runner(), today=lambda: TODAY)
    window.resize(1280, 800)
    window.show()
    for key, name in (
        ("company", "company-page"),
        ("accounts", "accounts"),
        ("exchange_rates", "exchange-rates"),
        ("recurring", "recurring-invoices"),
        ("sales_orders", "sales-orders"),
        ("refunds", "refunds"),
        ("period_close", "period-close"),
        ("reconciliation", "reconciliation"),
        ("sales_tax", "setup-sales-tax"),
        ("charge_codes", "setup-charge-codes"),
    ):
        window.show_page(key)
        wait_loaded(app, window.pages[key])
        save(app, window, f"{name}{suffix}.png")
    ctx = window.ctx
    assert ctx is not None
    company = ctx.company

    [discount] = [c for c in company.cash_discounts() if c.code == "3%10D"]
    dialog = CashDiscountDialog(ctx, window, discount)
    dialog.show()
    save(app, dialog, f"setup-cash-discount-dialog{suffix}.png")
    dialog.reject()
    [profile] = [p for p in company.posting_profile_details() if p.code == "EXPORT"]
    editor = PostingProfileDialog(ctx, window, profile)
    editor.show()
    save(app, editor, f"setup-posting-profile-dialog{suffix}.png")
    editor.reject()

    customer = CustomerDialog(ctx, company.customer("10010"))
    customer.show()
    save(app, customer, f"customer-editor{suffix}.png")
    customer.reject()

    invoice = InvoiceDialog(ctx, company.invoice_detail(draft))
    invoice.resize(1280, 800)
    invoice.show()
    save(app, invoice, f"invoice-editor{suffix}.png")
    invoice.reject()

    settle_shots(app, window, suffix)

    window.show_page("invoicing")
    wait_loaded(app, window.pages["invoicing"])
    help_window = window.show_help()
    help_window.resize(1000, 700)
    save(app, help_window, f"help{suffix}.png")
    help_window.close()

    window.close()
    window.runner.wait()
    app.processEvents()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        base = scratch / "demo.db"
        with Books.open(base) as books:
            create_demo(books, TODAY)
        for language in ("en", "nl"):
            copy = scratch / f"demo-{language}.db"
            shutil.copy(base, copy)
            books = Books.open(copy, exclusive=True)
            draft = arrange(books, language)
            shots(app, books, language, draft, scratch)
            books.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
