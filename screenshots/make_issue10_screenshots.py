"""Regenerate the screenshots of the period-end and bank pages of issue 10, offscreen, in English and Dutch (-nl).

`.venv/bin/python screenshots/make_issue10_screenshots.py` writes close-checklist, bank-statements-review,
reconciliation-as-of and audit-trail (issue 11) (.png and -nl.png) from the demo company with a draft in the
month, a statement imported (references, invoice numbers, an unknown payer, bank costs) and a manual journal
typed in outside ardesk; the audit trail after a month closed and reopened."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

import ardesk.views  # noqa: F401 - the PySide6 workaround first
from ardesk.api import Books, Company
from ardesk.demo import create_demo, iban
from ardesk.i18n import install_translators, remove_translators
from ardesk.services.payment_reference import reference_for
from ardesk.views import theme
from ardesk.views.main_window import MainWindow
from ardesk.views.ops import Runner
from ardesk.views.selftest import wait_loaded

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 3)
ACCOUNT = iban("NL", "RABO0301234567")  # the demo company's own account
sys.path.insert(0, str(OUT.parent))
from tests.helpers import inject_receivable_journal  # noqa: E402


def save(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def rf(number: str) -> str:
    """The RF reference the demo's invoice printed (services.invoice_posting.payment_references)."""
    return reference_for("rf", number, int(number.rsplit("-", 1)[-1])) or number


def statement(co: Company, path: Path) -> None:
    """A CAMT.053 of 1-2 December paying open demo invoices four ways, plus bank costs and an unknown payer."""
    open_items = [t for c in co.customers()[:6] for t in co.transactions(c.account, open_only=True) if t.amount > 0]
    a, b, c, d = open_items[:4]
    entries = [
        (a.balance, "Klant", None, f"<Strd><CdtrRefInf><Ref>{rf(a.number)}</Ref></CdtrRefInf></Strd>"),
        (b.balance + c.balance, "Klant", None, f"<Ustrd>Factuur {b.number} en {c.number}</Ustrd>"),
        (d.balance, "Klant", None, "<Ustrd>Termijn</Ustrd>"),
        ("-18.75", "Bank", None, "<Ustrd>Kosten zakelijk betalingsverkeer</Ustrd>"),
        ("99.99", "Stichting Vrienden", "NL49SNSB9123456787", "<Ustrd>Donatie</Ustrd>"),
    ]
    total = sum(Decimal(str(x[0])) for x in entries)
    body = []
    for n, (amount, name, payer, rmt) in enumerate(entries, 1):
        sign = "DBIT" if str(amount).startswith("-") else "CRDT"
        party = f"<RltdPties><Dbtr><Nm>{name}</Nm></Dbtr>"
        party += f"<DbtrAcct><Id><IBAN>{payer}</IBAN></Id></DbtrAcct></RltdPties>" if payer else "</RltdPties>"
        body.append(
            f'<Ntry><Amt Ccy="EUR">{str(amount).lstrip("-")}</Amt><CdtDbtInd>{sign}</CdtDbtInd><Sts>BOOK</Sts>'
            f"<BookgDt><Dt>2026-12-0{1 + n // 3}</Dt></BookgDt><AcctSvcrRef>R{n}</AcctSvcrRef>"
            f"<NtryDtls><TxDtls>{party}<RmtInf>{rmt}</RmtInf></TxDtls></NtryDtls></Ntry>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        "<BkToCstmrStmt><GrpHdr><MsgId>SHOT</MsgId><CreDtTm>2026-12-02T23:00:00</CreDtTm></GrpHdr><Stmt>"
        "<Id>DEMO-2026-12-02</Id><FrToDt><FrDtTm>2026-12-01T00:00:00</FrDtTm><ToDtTm>2026-12-02T23:59:59</ToDtTm>"
        f"</FrToDt><Acct><Id><IBAN>{ACCOUNT}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        "<Dt><Dt>2026-11-30</Dt></Dt></Bal>"
        f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{10000 + total:.2f}</Amt>'
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-02</Dt></Dt></Bal>"
        + "".join(body)
        + "</Stmt></BkToCstmrStmt></Document>",
        encoding="utf-8",
    )


def shots(app: QApplication, books: Books, language: str, scratch: Path) -> None:
    translators = install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"
    co = books.company("DEMO")
    path = scratch / f"statement-{language}.xml"
    statement(co, path)
    co.import_bank_statement(path)
    window = MainWindow(books, co, language, Runner(), today=lambda: TODAY)
    window.resize(1280, 800)
    window.show()

    def shoot(key: str, name: str) -> None:
        window.show_page(key)
        wait_loaded(app, window.pages[key])
        for _ in range(20):
            app.processEvents()
        save(app, window, f"{name}{suffix}.png")

    for key, name in (
        ("period_close", "close-checklist"),
        ("bank_statements", "bank-statements-review"),
        ("reconciliation", "reconciliation-as-of"),
    ):
        shoot(key, name)
    # The audit trail (issue 11) with a month closed and reopened above the postings.
    co.close_period(dt.date(2025, 1, 31))
    co.reopen_period(dt.date(2025, 1, 31), "Late supplier invoice" if language == "en" else "Late inkoopfactuur")
    shoot("audit_trail", "audit-trail")
    window.close()
    remove_translators(app, translators)


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        base = scratch / "demo.db"
        with Books.open(base) as books:
            create_demo(books, TODAY)
            inject_receivable_journal(books, "DEMO", dt.date(2026, 11, 12))
        for language in ("en", "nl"):
            copy = scratch / f"demo-{language}.db"
            shutil.copy(base, copy)
            with Books.open(copy, exclusive=True) as books:
                shots(app, books, language, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
