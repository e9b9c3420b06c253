"""Factur-X / ZUGFeRD 2 (profile EN 16931): the invoice PDF with its UN/CEFACT CII XML embedded."""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal
from pathlib import Path

from lxml import etree

from ardesk.reports.einvoice_parties import PartyValues, parties
from ardesk.reports.ubl import (
    CREDIT_NOTE_TYPE,
    INVOICE_TYPE,
    NOT_DEFINED,
    SEPA_CREDIT_TRANSFER,
    SEPA_DIRECT_DEBIT,
    amount_text,
    number_text,
    payment_terms_text,
    price_text,
    rate_text,
)
from ardesk.services.einvoice_data import UNIT_CODE, EInvoiceDoc

#: The guideline of the Factur-X EN 16931 profile (ZUGFeRD 2 "COMFORT").
GUIDELINE = "urn:cen.eu:en16931:2017"
RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
#: A party's postal address fields as CII elements, in schema order.
ADDRESS_ELEMENTS = (
    ("postal_code", "PostcodeCode"),
    ("street", "LineOne"),
    ("additional_street", "LineTwo"),
    ("city", "CityName"),
)


class _Writer:
    def __init__(self, e: EInvoiceDoc) -> None:
        self.e = e
        self.currency = e.doc.currency

    def ram(self, parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
        node = etree.SubElement(parent, f"{{{RAM}}}{tag}", attrib)
        if text is not None:
            node.text = text
        return node

    def money(self, parent: etree._Element, tag: str, value: Decimal, *, currency: bool = False) -> None:
        attrib = {"currencyID": self.currency} if currency else {}
        self.ram(parent, tag, amount_text(value, self.e.places), **attrib)

    def date(self, parent: etree._Element, tag: str, value: object, ns: str = UDT) -> None:
        node = self.ram(parent, tag)
        etree.SubElement(node, f"{{{ns}}}DateTimeString", format="102").text = value.strftime("%Y%m%d")  # type: ignore[attr-defined]

    def tax(
        self,
        parent: etree._Element,
        category: str,
        rate: Decimal | None,
        *,
        calculated: Decimal | None = None,
        basis: Decimal | None = None,
        reason: str | None = None,
        reason_code: str | None = None,
    ) -> None:
        if calculated is not None:
            self.money(parent, "CalculatedAmount", calculated)
        self.ram(parent, "TypeCode", "VAT")
        if reason:
            self.ram(parent, "ExemptionReason", reason)
        if basis is not None:
            self.money(parent, "BasisAmount", basis)
        self.ram(parent, "CategoryCode", category)
        if reason_code:
            self.ram(parent, "ExemptionReasonCode", reason_code)
        if category != "O":
            self.ram(parent, "RateApplicablePercent", rate_text(rate or Decimal(0)))

    def build(self) -> etree._Element:
        e, doc = self.e, self.e.doc
        root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap={"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT})
        context = etree.SubElement(root, f"{{{RSM}}}ExchangedDocumentContext")
        self.ram(self.ram(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", GUIDELINE)
        header = etree.SubElement(root, f"{{{RSM}}}ExchangedDocument")
        self.ram(header, "ID", doc.number)
        self.ram(header, "TypeCode", CREDIT_NOTE_TYPE if e.is_credit_note else INVOICE_TYPE)
        self.date(header, "IssueDateTime", doc.date)
        if e.note:
            self.ram(self.ram(header, "IncludedNote"), "Content", e.note)
        trade = etree.SubElement(root, f"{{{RSM}}}SupplyChainTradeTransaction")
        for line in e.lines:
            item = self.ram(trade, "IncludedSupplyChainTradeLineItem")
            self.ram(self.ram(item, "AssociatedDocumentLineDocument"), "LineID", str(line.number))
            self.ram(self.ram(item, "SpecifiedTradeProduct"), "Name", line.name)
            agreement = self.ram(item, "SpecifiedLineTradeAgreement")
            self.ram(
                self.ram(agreement, "NetPriceProductTradePrice"), "ChargeAmount", price_text(line.price, self.e.places)
            )
            self.ram(
                self.ram(item, "SpecifiedLineTradeDelivery"),
                "BilledQuantity",
                number_text(line.quantity),
                unitCode=UNIT_CODE,
            )
            settlement = self.ram(item, "SpecifiedLineTradeSettlement")
            self.tax(self.ram(settlement, "ApplicableTradeTax"), line.category, line.rate)
            self.money(
                self.ram(settlement, "SpecifiedTradeSettlementLineMonetarySummation"), "LineTotalAmount", line.amount
            )
        agreement = self.ram(trade, "ApplicableHeaderTradeAgreement")
        self.ram(agreement, "BuyerReference", doc.customer.account)
        seller, buyer = parties(e)
        self.party(self.ram(agreement, "SellerTradeParty"), seller)
        self.party(self.ram(agreement, "BuyerTradeParty"), buyer)
        delivery = self.ram(trade, "ApplicableHeaderTradeDelivery")
        if "K" in e.categories:  # intra-Community supply: the country delivered to and the date (BR-IC-11/12)
            ship_to = self.ram(delivery, "ShipToTradeParty")
            self.ram(self.ram(ship_to, "PostalTradeAddress"), "CountryID", e.buyer.country)
            self.date(self.ram(delivery, "ActualDeliverySupplyChainEvent"), "OccurrenceDateTime", doc.date)
        self.settlement(self.ram(trade, "ApplicableHeaderTradeSettlement"))
        return root

    def party(self, node: etree._Element, p: PartyValues) -> None:
        self.ram(node, "Name", p.name)
        if p.legal_id:
            self.ram(self.ram(node, "SpecifiedLegalOrganization"), "ID", p.legal_id, **p.legal_attrib)
        if p.has_contact:
            contact = self.ram(node, "DefinedTradeContact")
            if p.contact:
                self.ram(contact, "PersonName", p.contact)
            if p.phone:
                self.ram(self.ram(contact, "TelephoneUniversalCommunication"), "CompleteNumber", p.phone)
            if p.email:
                self.ram(self.ram(contact, "EmailURIUniversalCommunication"), "URIID", p.email)
        address = self.ram(node, "PostalTradeAddress")
        for tag, value in p.address(ADDRESS_ELEMENTS):
            self.ram(address, tag, value)
        self.ram(address, "CountryID", p.country)
        if p.endpoint:
            scheme, value = p.endpoint
            self.ram(self.ram(node, "URIUniversalCommunication"), "URIID", value, schemeID=scheme)
        if p.vat_number:
            self.ram(self.ram(node, "SpecifiedTaxRegistration"), "ID", p.vat_number, schemeID="VA")

    def settlement(self, node: etree._Element) -> None:
        e, doc = self.e, self.e.doc
        dd = None if e.is_credit_note else doc.direct_debit
        if dd is not None and dd.creditor_id:
            self.ram(node, "CreditorReferenceID", dd.creditor_id)
        if not e.is_credit_note:
            self.ram(node, "PaymentReference", e.payment_reference)
        self.ram(node, "InvoiceCurrencyCode", self.currency)
        if not e.is_credit_note:
            means = self.ram(node, "SpecifiedTradeSettlementPaymentMeans")
            code = SEPA_DIRECT_DEBIT if dd else SEPA_CREDIT_TRANSFER if doc.company.iban else NOT_DEFINED
            self.ram(means, "TypeCode", code)
            if dd is not None and dd.debtor_iban:
                self.ram(self.ram(means, "PayerPartyDebtorFinancialAccount"), "IBANID", dd.debtor_iban)
            if dd is None and doc.company.iban:
                account = self.ram(means, "PayeePartyCreditorFinancialAccount")
                self.ram(account, "IBANID", doc.company.iban)
                self.ram(account, "AccountName", doc.company.name)
                if doc.company.bic:
                    self.ram(self.ram(means, "PayeeSpecifiedCreditorFinancialInstitution"), "BICID", doc.company.bic)
        for tax in e.taxes:
            self.tax(
                self.ram(node, "ApplicableTradeTax"),
                tax.category,
                tax.rate,
                calculated=tax.tax,
                basis=tax.base,
                reason=tax.reason,
                reason_code=tax.reason_code,
            )
        for charge in e.charges:
            allowance = self.ram(node, "SpecifiedTradeAllowanceCharge")
            etree.SubElement(self.ram(allowance, "ChargeIndicator"), f"{{{UDT}}}Indicator").text = "true"
            self.money(allowance, "ActualAmount", charge.amount)
            self.ram(allowance, "Reason", charge.reason)
            self.tax(self.ram(allowance, "CategoryTradeTax"), charge.category, charge.rate)
        note = payment_terms_text(e)
        if note or (doc.due_date and not e.is_credit_note) or (dd and dd.mandate_id):
            terms = self.ram(node, "SpecifiedTradePaymentTerms")
            if note:
                self.ram(terms, "Description", note)
            if doc.due_date and not e.is_credit_note:
                self.date(terms, "DueDateDateTime", doc.due_date)
            if dd is not None and dd.mandate_id:
                self.ram(terms, "DirectDebitMandateID", dd.mandate_id)
        sums = self.ram(node, "SpecifiedTradeSettlementHeaderMonetarySummation")
        self.money(sums, "LineTotalAmount", e.line_total)
        if e.charges:
            self.money(sums, "ChargeTotalAmount", e.charge_total)
        self.money(sums, "TaxBasisTotalAmount", e.tax_exclusive)
        self.money(sums, "TaxTotalAmount", e.tax_total, currency=True)
        self.money(sums, "GrandTotalAmount", e.total)
        self.money(sums, "DuePayableAmount", e.total)
        if doc.original_number:
            ref = self.ram(node, "InvoiceReferencedDocument")
            self.ram(ref, "IssuerAssignedID", doc.original_number)
            if e.original_date:
                self.date(ref, "FormattedIssueDateTime", e.original_date, QDT)


def cii_bytes(e: EInvoiceDoc) -> bytes:
    """The Factur-X CII XML as UTF-8 bytes with an XML declaration."""
    return etree.tostring(_Writer(e).build(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def render_facturx(e: EInvoiceDoc, path: str | os.PathLike[str]) -> None:
    """Draw the invoice PDF (reports.invoice) and embed its Factur-X XML: a PDF/A-3 with factur-x.xml attached."""
    import facturx

    from ardesk.reports.invoice import render_invoice

    target = Path(path)
    with tempfile.TemporaryDirectory(prefix="ardesk-facturx-") as folder:
        plain = Path(folder) / "invoice.pdf"
        render_invoice(e.doc, plain)
        title = f"{e.doc.number} · {e.doc.customer.name}"
        facturx.generate_from_file(
            str(plain),
            cii_bytes(e),
            flavor="factur-x",
            level="en16931",
            check_xsd=True,
            pdf_metadata={
                "author": e.doc.company.name,
                "keywords": "Factur-X, Invoice",
                "title": title,
                "subject": title,
            },
            lang=e.doc.language,
            output_pdf_file=str(target),
        )
