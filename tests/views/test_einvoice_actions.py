"""The invoicing page's E-invoice menu: UBL export and Factur-X PDF of the selected posted document."""

from __future__ import annotations

from pathlib import Path

import facturx
import pytest
from lxml import etree
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ardesk.views.invoicing.page import InvoicingPage

pytestmark = pytest.mark.gui

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok
    )
    return shown


@pytest.fixture
def page(ctx, qtbot, wait_loaded, warnings) -> InvoicingPage:
    p = InvoicingPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    wait_loaded(p)
    return p


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_the_menu_offers_both_forms_only_for_a_posted_document(page):
    button = page.einvoice_button
    assert [a.text() for a in button.menu().actions()] == [
        "Export e-invoice (UBL)...",
        "PDF with e-invoice (Factur-X)...",
    ]
    draft = next(r for r in page.model.rows() if r.status == "draft")
    page.select_ids([draft.id])
    assert not button.isEnabled()
    posted = next(r for r in page.model.rows() if r.status == "posted" and r.kind == "invoice")
    page.select_ids([posted.id])
    assert button.isEnabled()


def test_export_ubl_writes_the_selected_invoice(page, qtbot, monkeypatch, tmp_path):
    row = next(r for r in page.model.rows() if r.status == "posted" and r.kind == "invoice")
    page.select_ids([row.id])
    target = tmp_path / "out.xml"
    choose(monkeypatch, target)
    page.einvoice_button.ubl_action.trigger()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved the e-invoice"), timeout=10000)
    assert page.last_message == f"Saved the e-invoice of {row.number} as {target}."
    data = target.read_bytes()
    assert facturx.xml_check_xsd(data, flavor="ubl-2.1-invoice")
    root = etree.fromstring(data)
    cbc = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
    assert root.findtext(f"{cbc}ID") == row.number
    payable = root.find(".//{*}LegalMonetaryTotal").findtext(f"{cbc}PayableAmount")
    assert payable == f"{row.amount:.2f}"


def test_factur_x_pdf_of_a_credit_note(page, qtbot, monkeypatch, tmp_path):
    row = next(r for r in page.model.rows() if r.status == "posted" and r.kind == "credit_note")
    page.select_ids([row.id])
    target = tmp_path / "credit.pdf"
    choose(monkeypatch, target)
    page.einvoice_button.facturx_action.trigger()
    qtbot.waitUntil(lambda: page.last_message.startswith("Saved the e-invoice"), timeout=20000)
    name, xml = facturx.get_xml_from_pdf(target.read_bytes(), check_xsd=True)
    assert name == "factur-x.xml" and b"<ram:TypeCode>381</ram:TypeCode>" in xml


def test_a_folder_that_does_not_exist_is_told_in_a_warning(page, qtbot, monkeypatch, tmp_path, warnings):
    row = next(r for r in page.model.rows() if r.status == "posted")
    page.select_ids([row.id])
    choose(monkeypatch, tmp_path / "gone" / "x.xml")
    page.einvoice_button.ubl_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "does not exist" in warnings[0] and "gone" in warnings[0]
    assert page.last_message == warnings[0]


def test_cancelling_the_dialog_writes_nothing(page, monkeypatch, tmp_path):
    row = next(r for r in page.model.rows() if r.status == "posted")
    page.select_ids([row.id])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.einvoice_button.ubl_action.trigger()
    page.einvoice_button.facturx_action.trigger()
    assert page.last_message == "" and not page.ctx.runner.active


def test_screenshot(page, qtbot):
    row = next(r for r in page.model.rows() if r.status == "posted")
    page.select_ids([row.id])
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "invoicing-einvoice-button.png"))
    menu = page.einvoice_button.menu()
    menu.popup(page.einvoice_button.mapToGlobal(page.einvoice_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    assert menu.grab().save(str(SCREENSHOTS / "invoicing-einvoice-menu.png"))
    menu.hide()
