"""A company ready for its country, and set-up changed after it was made: edit, deactivate, delete."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest

from ardesk.api import Books, Line, ValidationError
from tests.helpers import snapshot

DAY = dt.date(2026, 12, 1)


@pytest.fixture
def books():
    with Books.open(":memory:") as b:
        yield b


@pytest.fixture
def nl(books):
    return books.create_company(
        "NL1",
        "Bakkerij De Zon B.V.",
        country="NL",
        address="Kerkstraat 1\n1011 AA  AMSTERDAM",
        vat_number="NL123456789B01",
        coc_number="12345678",
        iban="NL91ABNA0417164300",
        bic="ABNANL2A",
    )


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "").replace("\u00a0", " ") for p in pdf.pages)


def test_a_dutch_company_is_ready_to_invoice_with_vat(nl, tmp_path):
    assert nl.details()["language"] == "nl" and nl.details()["country"] == "NL"
    codes = {t.code: t for t in nl.sales_tax_codes()}
    assert {c: (t.percent, t.kind) for c, t in codes.items()} == {
        "BTW21": (D("21"), "standard"),
        "BTW9": (D("9"), "standard"),
        "BTW0": (D("0"), "zero"),
        "VRIJ": (D("0"), "exempt"),
        "VERLEGD": (D("0"), "reverse_charge"),
        "ICP": (D("0"), "intra_eu"),
    }
    assert all(t.active for t in codes.values())
    assert codes["VERLEGD"].invoice_text == "Btw verlegd"
    assert [(t.code, t.days) for t in nl.terms_of_payment()] == [("N14", 14), ("N30", 30)]
    assert nl.parameters()["default_sales_tax"] == "BTW21"
    assert next(g for g in nl.customer_groups() if g.code == "STD").terms == "N30"
    nl.create_customer("1000", "Klant B.V.", terms="N14")
    inv = nl.post_free_text_invoice("1000", DAY, [Line("Brood", D("100.00"), tax="BTW21")])
    assert inv.amount == D("121.00")
    path = tmp_path / "inv.pdf"
    nl.print_invoice(inv.number, path)
    text = pdf_text(path)
    assert "Kerkstraat 1" in text and "NL123456789B01" in text and "12345678" in text
    assert "NL91 ABNA 0417 1643 00" in text
    assert "Btw 21 % over € 100,00 € 21,00" in text
    assert "Betaling binnen 14 dagen na factuurdatum" in text  # the terms in the customer's language


def test_reverse_charge_and_intra_eu_lines_print_the_legal_text_with_the_customers_vat_number(nl, tmp_path):
    nl.create_customer("2000", "Bouw B.V.", vat_number="NL987654321B01", language="nl")
    nl.create_customer("3000", "Brussels SA", vat_number="BE0123456789", country="BE", language="en")
    verlegd = nl.post_free_text_invoice("2000", DAY, [Line("Stukadoorswerk", D("500.00"), tax="VERLEGD")])
    icp = nl.post_free_text_invoice("3000", DAY, [Line("Goods", D("800.00"), tax="ICP")])
    assert (verlegd.amount, icp.amount) == (D("500.00"), D("800.00"))
    nl.print_invoice(verlegd.number, tmp_path / "v.pdf")
    nl.print_invoice(icp.number, tmp_path / "i.pdf")
    text = pdf_text(tmp_path / "v.pdf")
    assert "Btw verlegd (btw-nummer afnemer: NL987654321B01)" in text
    assert "Stukadoorswerk verlegd 500,00" in text  # the line says "verlegd", not 0 %
    assert "Btw verlegd over € 500,00 € 0,00" in text and "Btw 0 %" not in text
    text = " ".join(pdf_text(tmp_path / "i.pdf").split())
    assert "Intra-Community supply, exempt under Article 138 of Directive 2006/112/EC" in text
    assert "customer's VAT number: BE0123456789" in text
    assert "Payment terms: Payment within 30 days of the invoice date" in text  # the STD group's N30


def test_a_code_may_carry_its_own_invoice_wording(nl, tmp_path):
    nl.create_sales_tax("EXPORT", D("0"), kind="export", invoice_text="Export: zero-rated, art. 146")
    nl.create_customer("4000", "Oslo AS", country="NO", language="en")
    inv = nl.post_free_text_invoice("4000", DAY, [Line("Machine", D("900.00"), tax="EXPORT")])
    nl.print_invoice(inv.number, tmp_path / "e.pdf")
    assert "Export: zero-rated, art. 146" in pdf_text(tmp_path / "e.pdf")
    with pytest.raises(ValidationError) as err:
        nl.create_sales_tax("BAD", D("21"), kind="reverse_charge")
    assert err.value.field == "percent"


def test_without_a_country_a_company_gets_no_tax_codes_or_terms(books):
    co = books.create_company("X", "X Ltd")
    assert co.sales_tax_codes() == [] and co.terms_of_payment() == []
    assert co.details()["language"] == "en" and co.details()["country"] is None


def test_another_country_gets_neutral_defaults(books):
    co = books.create_company("GB1", "Albion Ltd", "GBP", country="gb")
    assert [(t.code, t.percent) for t in co.sales_tax_codes()] == [("NOVAT", D("0"))]
    assert [t.code for t in co.terms_of_payment()] == ["N14", "N30"]
    assert co.details()["country"] == "GB" and co.details()["language"] == "en"


@pytest.mark.parametrize(
    "kw,field",
    [
        (dict(country="XX"), "country"),
        (dict(iban="NL00ABNA0417164300"), "iban"),
        (dict(email="not an address"), "email"),
        (dict(fiscal_year_start=13), "fiscal_year_start"),
        (dict(language="de"), "language"),
    ],
)
def test_bad_company_details_create_nothing(books, kw, field):
    with pytest.raises(ValidationError) as err:
        books.create_company("BAD", "Bad B.V.", **kw)
    assert err.value.field == field
    assert books.companies() == []


def test_every_code_kind_can_be_edited(nl):
    nl.update_sales_tax("BTW9", description="Laag tarief", percent=D("10"))
    nl.update_terms_of_payment("N30", days=45, description="45 dagen")
    nl.create_cash_discount("2D8", [(8, D("2"))])
    nl.update_cash_discount("2D8", periods=[(8, D("2")), (14, D("1"))], description="2/8, 1/14")
    nl.create_customer_group("GROOT", "Groot")
    nl.update_customer_group("GROOT", name="Grote klanten", terms="N14")
    nl.update_method_of_payment("BANK", description="Overschrijving", direct_debit=True)
    nl.create_account("131000", "Debiteuren export", "asset")
    nl.update_posting_profile(
        "GEN", description="Algemeen", lines=[("all", None, "130100"), ("group", "GROOT", "131000")]
    )
    nl.create_charge_code("VRACHT", "Vrachtkosten", account="401100", tax="BTW21")
    nl.update_charge_code("VRACHT", description="Verzendkosten", tax="BTW9")
    nl.update_account("131000", name="Debiteuren buitenland")
    nl.update_number_sequence("invoice", prefix="F2026-", width=4, next_number=100)
    assert next(t for t in nl.sales_tax_codes() if t.code == "BTW9").percent == D("10")
    assert next(t for t in nl.terms_of_payment() if t.code == "N30").days == 45
    assert next(c for c in nl.cash_discounts() if c.code == "2D8").periods == ((8, D("2")), (14, D("1")))
    assert next(g for g in nl.customer_groups() if g.code == "GROOT").terms == "N14"
    assert next(m for m in nl.methods_of_payment() if m.code == "BANK").direct_debit
    assert {(r.scope, r.who, r.account) for r in nl.posting_profile_lines() if r.profile == "GEN"} == {
        ("all", "", "130100"),
        ("group", "GROOT", "131000"),
    }
    assert next(a for a in nl.accounts() if a.number == "131000").name == "Debiteuren buitenland"
    nl.create_customer("1", "Groot B.V.", group="GROOT")
    inv = nl.post_free_text_invoice("1", DAY, [Line("x", D("10.00"), tax="BTW9")])
    assert inv.number == "F2026-0100" and inv.amount == D("11.00")
    assert nl.balance("131000") == D("11.00")  # the group's new profile line
    nl.update_charge_code("VRACHT", tax=None)
    nl.update_customer_group("GROOT", terms=None)
    assert next(c for c in nl.charge_codes() if c.code == "VRACHT").tax is None
    assert next(g for g in nl.customer_groups() if g.code == "GROOT").terms is None


def test_a_bad_edit_changes_nothing(nl):
    before = nl.terms_of_payment()
    with pytest.raises(ValidationError) as err:
        nl.update_terms_of_payment("N30", description="Dertig", days=-1)
    assert err.value.field == "days"
    assert nl.terms_of_payment() == before
    with pytest.raises(ValidationError) as err:
        nl.update_number_sequence("invoice", next_number=0)
    assert err.value.field == "next_number"
    with pytest.raises(ValidationError):
        nl.update_sales_tax("VERLEGD", percent=D("21"))


def test_a_code_in_use_is_deactivated_not_deleted(nl, books):
    nl.create_customer("1000", "Klant B.V.", sales_tax="BTW9")
    nl.post_free_text_invoice("1000", DAY, [Line("Boek", D("20.00"), tax="BTW9")])
    assert nl.code_uses("sales_tax", "BTW9") == {"customer": 1, "invoice_line": 1, "invoice_tax": 1}
    before = snapshot(books)
    with pytest.raises(ValidationError, match=r"in use .*deactivate it instead") as err:
        nl.delete_code("sales_tax", "BTW9")
    assert err.value.field == "code"
    assert snapshot(books) == before
    nl.set_active("sales_tax", "BTW9", False)
    assert not next(t for t in nl.sales_tax_codes() if t.code == "BTW9").active
    with pytest.raises(ValidationError, match="deactivated") as err:
        nl.post_free_text_invoice("1000", DAY, [Line("Boek", D("20.00"), tax="BTW9")])
    assert err.value.field == "lines[0].tax"
    with pytest.raises(ValidationError, match="deactivated"):
        nl.create_customer("1001", "Ander B.V.", terms="N14", sales_tax="BTW9")
    assert nl.customer("1000").sales_tax == "BTW9"  # what has it keeps it
    nl.update_customer("1000", name="Klant B.V. (nieuw)", sales_tax="BTW9")  # saving it again is no new use
    with pytest.raises(ValidationError, match="deactivated"):
        nl.create_customer("1002", "Derde B.V.", sales_tax="BTW9")
    nl.set_active("sales_tax", "BTW9", True)
    nl.post_free_text_invoice("1000", DAY, [Line("Boek", D("20.00"), tax="BTW9")])


def test_an_unused_code_is_deleted_with_what_belongs_to_it(nl):
    nl.create_cash_discount("3D5", [(5, D("3")), (10, D("1"))])
    nl.delete_code("cash_discount", "3D5")
    assert [c.code for c in nl.cash_discounts()] == []
    nl.create_account("131000", "Debiteuren export", "asset")
    nl.create_posting_profile("EXP", [("all", None, "131000")])
    nl.delete_code("posting_profile", "EXP")
    assert "EXP" not in nl.posting_profiles()
    nl.delete_code("sales_tax", "ICP")
    assert "ICP" not in [t.code for t in nl.sales_tax_codes()]


@pytest.mark.parametrize(
    "kind,code",
    [("posting_profile", "GEN"), ("sales_tax", "BTW21"), ("customer_group", "STD"), ("posting_profile", "PREPAY")],
)
def test_the_companys_defaults_cannot_be_deactivated_or_deleted(nl, kind, code):
    with pytest.raises(ValidationError, match="default"):
        nl.set_active(kind, code, False)
    with pytest.raises(ValidationError, match="in use"):
        nl.delete_code(kind, code)


def test_an_account_in_use_is_refused_by_number(nl):
    with pytest.raises(ValidationError, match=r"^code: 110110 is in use \(.*account roles \(1\).*\); deactivate"):
        nl.delete_code("account", "110110")
    nl.create_account("999000", "Spare", "expense")
    nl.set_active("account", "999000", False)
    assert not next(a for a in nl.accounts() if a.number == "999000").active
    nl.delete_code("account", "999000")
    assert "999000" not in [a.number for a in nl.accounts()]


def test_unknown_kind_is_refused(nl):
    with pytest.raises(ValidationError) as err:
        nl.set_active("customer", "1000", False)
    assert err.value.field == "kind"


def test_exchange_rates_are_listed_and_removed(nl):
    nl.set_exchange_rate("USD", dt.date(2026, 1, 1), D("0.91"))
    nl.set_exchange_rate("USD", dt.date(2026, 6, 1), D("0.93"))
    assert [(r.currency, r.valid_from, r.rate) for r in nl.exchange_rates()] == [
        ("USD", dt.date(2026, 6, 1), D("0.93")),
        ("USD", dt.date(2026, 1, 1), D("0.91")),
    ]
    nl.delete_exchange_rate("USD", dt.date(2026, 6, 1))
    assert nl.exchange_rate("USD", dt.date(2026, 7, 1)) == D("0.91")
    with pytest.raises(ValidationError) as err:
        nl.delete_exchange_rate("USD", dt.date(2026, 6, 1))
    assert err.value.field == "valid_from"


def test_customers_keep_vat_kvk_country_contact_and_default_tax(nl):
    info = nl.create_customer(
        "1000",
        "Klant B.V.",
        vat_number="NL111222333B01",
        coc_number="87654321",
        country="nl",
        contact="J. de Vries",
        phone="010 123 4567",
        sales_tax="BTW21",
    )
    assert (info.vat_number, info.coc_number, info.country, info.contact, info.phone, info.sales_tax) == (
        "NL111222333B01",
        "87654321",
        "NL",
        "J. de Vries",
        "010 123 4567",
        "BTW21",
    )
    choice = next(c for c in nl.customer_choices() if c.account == "1000")
    assert (choice.tax, choice.country) == ("BTW21", "NL")
    with pytest.raises(ValidationError) as err:
        nl.update_customer("1000", country="Holland")
    assert err.value.field == "country"
