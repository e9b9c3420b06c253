"""What a new company gets for its country: Dutch sales-tax codes and terms, or neutral defaults."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ardesk.models import Company, CustomerGroup, SalesTax, TermsOfPayment
from ardesk.services import lookup

#: (code, percent, kind, English description, Dutch description): the Dutch VAT rates (art. 9 Wet OB 1968)
#: and the 0 % cases an invoice must word by law (services.tax_texts).
DUTCH_TAXES = (
    ("BTW21", Decimal("21"), "standard", "VAT standard rate 21%", "Btw hoog tarief 21%"),
    ("BTW9", Decimal("9"), "standard", "VAT reduced rate 9%", "Btw laag tarief 9%"),
    ("BTW0", Decimal("0"), "zero", "VAT 0%", "Btw 0%"),
    ("VRIJ", Decimal("0"), "exempt", "Exempt from VAT", "Vrijgesteld van btw"),
    ("VERLEGD", Decimal("0"), "reverse_charge", "VAT reverse charge", "Btw verlegd"),
    ("ICP", Decimal("0"), "intra_eu", "Intra-Community supply", "Intracommunautaire levering"),
)

#: (code, days, English description, Dutch description)
DEFAULT_TERMS = (
    ("N14", 14, "14 days net", "14 dagen netto"),
    ("N30", 30, "30 days net", "30 dagen netto"),
)

#: ARDESK choice: a company of another country gets the terms and one neutral 0 % code, so an invoice
#: can be posted at once; its own rates are set up under Sales tax (no country's rates are guessed).
NEUTRAL_TAXES = (("NOVAT", Decimal("0"), "zero", "No VAT", "Geen btw"),)


def apply(s: Session, company: Company) -> None:
    """Add the defaults of the company's country (called by setup.create_company when a country is given;
    without one a company gets only the chart, profiles and sequences, as API.md describes)."""
    dutch_text = company.language == "nl"
    tax_account = lookup.role_account(s, company.id, "sales_tax")
    taxes = DUTCH_TAXES if company.country == "NL" else NEUTRAL_TAXES
    for code, rate, kind, en, nl in taxes:
        s.add(
            SalesTax(
                company_id=company.id,
                code=code,
                percent=rate,
                kind=kind,
                account_id=tax_account.id,
                description=nl if dutch_text else en,
            )
        )
    for code, days, en, nl in DEFAULT_TERMS:
        s.add(TermsOfPayment(company_id=company.id, code=code, days=days, description=nl if dutch_text else en))
    s.flush()
    params = lookup.parameters(s, company.id)
    params.default_sales_tax = taxes[0][0]
    # The standard group's customers are due in 30 days unless they have terms of their own.
    group = s.scalar(select(CustomerGroup).where(CustomerGroup.company_id == company.id, CustomerGroup.code == "STD"))
    if group is not None:
        group.terms_id = s.scalar(
            select(TermsOfPayment.id).where(TermsOfPayment.company_id == company.id, TermsOfPayment.code == "N30")
        )
    s.flush()
