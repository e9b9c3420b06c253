"""UBL 2.1 Invoice and CreditNote in the Peppol BIS Billing 3.0 profile, written from a gathered EInvoiceDoc."""

from __future__ import annotations

import os
from decimal import Decimal

from lxml import etree

from ardesk.reports import texts
from ardesk.reports.einvoice_parties import PartyValues, parties
from ardesk.services.einvoice_data import UNIT_CODE, EInvoiceDoc

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

#: UNCL 1001 document types: commercial invoice, credit note.
INVOICE_TYPE = "380"
CREDIT_NOTE_TYPE = "381"
#: UNCL 4461 payment means: SEPA credit transfer, SEPA direct debit; "instrument not defined" when the company
#: has no IBAN (a credit transfer code needs the account, BR-61).
SEPA_CREDIT_TRANSFER = "58"
SEPA_DIRECT_DEBIT = "59"
NOT_DEFINED = "1"
#: A party's postal address fields as UBL elements, in schema order.
ADDRESS_ELEMENTS = (
    ("street", "StreetName"),
    ("additional_street", "AdditionalStreetName"),
    ("city", "CityName"),
    ("postal_code", "PostalZone"),
)


def amount_text(value: Decimal, places: int) -> str:
    """An amount written exactly with the currency's decimals (EUR 2, JPY 0)."""
    return f"{value.quantize(Decimal(1).scaleb(-places)):f}"


def number_text(value: Decimal) -> str:
    """A quantity or price without trailing zeros (never in exponent notation)."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def rate_text(rate: Decimal) -> str:
    return number_text(rate)


def price_text(value: Decimal, places: int) -> str:
    """A unit price with the currency's decimals, or more where it has them (645.50, 62.1234)."""
    if value == value.quantize(Decimal(1).scaleb(-places)):
        return amount_text(value, places)
    return number_text(value)


class _Writer:
    def __init__(self, e: EInvoiceDoc) -> None:
        self.e = e
        self.currency = e.doc.currency

    def cbc(self, parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
        node = etree.SubElement(parent, f"{{{CBC}}}{tag}", attrib)
        if text is not None:
            node.text = text
        return node

    def cac(self, parent: etree._Element, tag: str) -> etree._Element:
        return etree.SubElement(parent, f"{{{CAC}}}{tag}")

    def money(self, parent: etree._Element, tag: str, value: Decimal) -> etree._Element:
        return self.cbc(parent, tag, amount_text(value, self.e.places), currencyID=self.currency)

    # --- document -------------------------------------------------------------------------------
    def build(self) -> etree._Element:
        e, doc = self.e, self.e.doc
        credit = e.is_credit_note
        root_ns = CREDIT_NOTE_NS if credit else INVOICE_NS
        root = etree.Element(
            f"{{{root_ns}}}{'CreditNote' if credit else 'Invoice'}", nsmap={None: root_ns, "cac": CAC, "cbc": CBC}
        )
        self.cbc(root, "CustomizationID", CUSTOMIZATION_ID)
        self.cbc(root, "ProfileID", PROFILE_ID)
        self.cbc(root, "ID", doc.number)
        self.cbc(root, "IssueDate", doc.date.isoformat())
        if not credit and doc.due_date:
            self.cbc(root, "DueDate", doc.due_date.isoformat())
        self.cbc(
            root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", CREDIT_NOTE_TYPE if credit else INVOICE_TYPE
        )
        if e.note:
            self.cbc(root, "Note", e.note)
        self.cbc(root, "DocumentCurrencyCode", self.currency)
        # Peppol R003 asks for a buyer reference or an order reference; ardesk keeps neither, so the buyer's
        # account number with the seller serves as the reference the buyer routes the invoice by.
        self.cbc(root, "BuyerReference", doc.customer.account)
        if doc.original_number:
            ref = self.cac(self.cac(root, "BillingReference"), "InvoiceDocumentReference")
            self.cbc(ref, "ID", doc.original_number)
            if e.original_date:
                self.cbc(ref, "IssueDate", e.original_date.isoformat())
        seller, buyer = parties(e)
        self.party(self.cac(root, "AccountingSupplierParty"), seller)
        self.party(self.cac(root, "AccountingCustomerParty"), buyer)
        if "K" in e.categories:
            # Intra-Community supply needs the delivery date and the country delivered to (BR-IC-11, BR-IC-12).
            delivery = self.cac(root, "Delivery")
            self.cbc(delivery, "ActualDeliveryDate", doc.date.isoformat())
            location = self.cac(delivery, "DeliveryLocation")
            self.country(self.cac(location, "Address"), e.buyer.country)
        self.payment(root)
        for charge in e.charges:
            node = self.cac(root, "AllowanceCharge")
            self.cbc(node, "ChargeIndicator", "true")
            self.cbc(node, "AllowanceChargeReason", charge.reason)
            self.money(node, "Amount", charge.amount)
            self.category(node, "TaxCategory", charge.category, charge.rate)
        total = self.cac(root, "TaxTotal")
        self.money(total, "TaxAmount", e.tax_total)
        for tax in e.taxes:
            sub = self.cac(total, "TaxSubtotal")
            self.money(sub, "TaxableAmount", tax.base)
            self.money(sub, "TaxAmount", tax.tax)
            self.category(sub, "TaxCategory", tax.category, tax.rate, tax.reason_code, tax.reason)
        sums = self.cac(root, "LegalMonetaryTotal")
        self.money(sums, "LineExtensionAmount", e.line_total)
        self.money(sums, "TaxExclusiveAmount", e.tax_exclusive)
        self.money(sums, "TaxInclusiveAmount", e.total)
        if e.charges:
            self.money(sums, "ChargeTotalAmount", e.charge_total)
        self.money(sums, "PayableAmount", e.total)
        for line in e.lines:
            node = self.cac(root, "CreditNoteLine" if credit else "InvoiceLine")
            self.cbc(node, "ID", str(line.number))
            self.cbc(
                node,
                "CreditedQuantity" if credit else "InvoicedQuantity",
                number_text(line.quantity),
                unitCode=UNIT_CODE,
            )
            self.money(node, "LineExtensionAmount", line.amount)
            item = self.cac(node, "Item")
            self.cbc(item, "Name", line.name)
            self.category(item, "ClassifiedTaxCategory", line.category, line.rate)
            price = self.cac(node, "Price")
            self.cbc(price, "PriceAmount", price_text(line.price, self.e.places), currencyID=self.currency)
        return root

    def category(
        self,
        parent: etree._Element,
        tag: str,
        category: str,
        rate: Decimal | None,
        reason_code: str | None = None,
        reason: str | None = None,
    ) -> None:
        node = self.cac(parent, tag)
        self.cbc(node, "ID", category)
        if category != "O":  # "not subject to VAT" has no rate (BR-O-05)
            self.cbc(node, "Percent", rate_text(rate or Decimal(0)))
        if reason_code:
            self.cbc(node, "TaxExemptionReasonCode", reason_code)
        if reason:
            self.cbc(node, "TaxExemptionReason", reason)
        self.cbc(self.cac(node, "TaxScheme"), "ID", "VAT")

    def country(self, address: etree._Element, code: str) -> None:
        self.cbc(self.cac(address, "Country"), "IdentificationCode", code)

    def party(self, parent: etree._Element, p: PartyValues) -> None:
        party = self.cac(parent, "Party")
        if p.endpoint:
            scheme, value = p.endpoint
            self.cbc(party, "EndpointID", value, schemeID=scheme)
        self.cbc(self.cac(party, "PartyName"), "Name", p.name)
        address = self.cac(party, "PostalAddress")
        for tag, value in p.address(ADDRESS_ELEMENTS):
            self.cbc(address, tag, value)
        self.country(address, p.country)
        if p.vat_number:
            scheme = self.cac(party, "PartyTaxScheme")
            self.cbc(scheme, "CompanyID", p.vat_number)
            self.cbc(self.cac(scheme, "TaxScheme"), "ID", "VAT")
        legal = self.cac(party, "PartyLegalEntity")
        self.cbc(legal, "RegistrationName", p.name)
        if p.legal_id:
            self.cbc(legal, "CompanyID", p.legal_id, **p.legal_attrib)
        if p.has_contact:
            contact = self.cac(party, "Contact")
            if p.contact:
                self.cbc(contact, "Name", p.contact)
            if p.phone:
                self.cbc(contact, "Telephone", p.phone)
            if p.email:
                self.cbc(contact, "ElectronicMail", p.email)

    def payment(self, root: etree._Element) -> None:
        """How to pay: SEPA credit transfer to the seller's IBAN with the payment reference, or the SEPA
        direct debit the invoice announces; and the terms in words. A credit note gets its terms only."""
        e, doc = self.e, self.e.doc
        if not e.is_credit_note:
            means = self.cac(root, "PaymentMeans")
            dd = doc.direct_debit
            code = SEPA_DIRECT_DEBIT if dd else SEPA_CREDIT_TRANSFER if doc.company.iban else NOT_DEFINED
            self.cbc(means, "PaymentMeansCode", code)
            self.cbc(means, "PaymentID", e.payment_reference)
            if dd is None and doc.company.iban:
                account = self.cac(means, "PayeeFinancialAccount")
                self.cbc(account, "ID", doc.company.iban)
                self.cbc(account, "Name", doc.company.name)
                if doc.company.bic:
                    self.cbc(self.cac(account, "FinancialInstitutionBranch"), "ID", doc.company.bic)
            if dd is not None:
                mandate = self.cac(means, "PaymentMandate")
                if dd.mandate_id:
                    self.cbc(mandate, "ID", dd.mandate_id)
                if dd.debtor_iban:
                    self.cbc(self.cac(mandate, "PayerFinancialAccount"), "ID", dd.debtor_iban)
        note = payment_terms_text(e)
        if note:
            self.cbc(self.cac(root, "PaymentTerms"), "Note", note)


def payment_terms_text(e: EInvoiceDoc) -> str | None:
    """The terms in words with the cash discount offers; for a credit note, how it is settled."""
    doc, lang = e.doc, e.doc.language
    if e.is_credit_note:
        money = texts.money(e.total, doc.currency, lang)
        return texts.text("credit_settled", lang, amount=money)
    parts = [doc.terms] if doc.terms else []
    parts += [
        texts.text(
            "discount_offer",
            lang,
            percent=texts.percent(offer.percent, lang),
            date=texts.long_date(offer.discount_date, lang),
            amount=texts.money(offer.amount_to_pay, doc.currency, lang),
        )
        for offer in doc.discount_offers
    ]
    return "; ".join(parts) or None


def ubl_bytes(e: EInvoiceDoc) -> bytes:
    """The UBL document as UTF-8 bytes with an XML declaration."""
    return etree.tostring(_Writer(e).build(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_ubl(e: EInvoiceDoc, path: str | os.PathLike[str]) -> None:
    """Write the UBL Invoice or CreditNote at path."""
    data = ubl_bytes(e)
    with open(path, "wb") as out:
        out.write(data)
