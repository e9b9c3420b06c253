"""The Dutch collection pack (DOMAIN 5.7): statutory interest codes, a letter sequence with the BIK
costs and the 14-day letter, and the legal clearing order, turned on in one step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from ardesk.models import Company, InterestCode, LetterSequence, PostingProfile
from ardesk.services import collection_setup, lookup, setup
from ardesk.services.collection_setup import InterestVersion, LetterStep

#: Statutory interest (art. 6:119 BW, non-commercial) and commercial interest (art. 6:119a BW):
#: yearly percentages from 1 January and 1 July, compounded yearly. Later versions are added by the user.
WETTELIJK = ((dt.date(2024, 1, 1), Decimal("7")),)
HANDELSRENTE = ((dt.date(2024, 1, 1), Decimal("12.5")), (dt.date(2024, 7, 1), Decimal("12.25")))

#: The pack's letter sequence: reminder, notice with the costs (the 14-day letter for consumers), costs.
SEQUENCE = "INCASSO"
STEPS = (
    LetterStep("HERINNERING", 7, description="Betalingsherinnering"),
    LetterStep("AANMANING", 14, description="Aanmaning"),
    LetterStep("INCASSO", 14, fee="bik", description="Aanmaning met incassokosten"),
)


def _versions(rates: tuple[tuple[dt.date, Decimal], ...]) -> list[InterestVersion]:
    return [InterestVersion(day, pct, method="yearly_per_day", compound_yearly=True) for day, pct in rates]


def enable(s: Session, company: Company) -> None:
    """Create what is missing and set the legal clearing order; calling it again changes nothing.

    The default posting profile gets HANDELSRENTE and the INCASSO sequence when it has none (a consumer
    is charged WETTELIJK instead: services.interest_notes); codes that exist are left as they are."""
    for code, rates, text in (
        ("WETTELIJK", WETTELIJK, "Wettelijke rente (art. 6:119 BW)"),
        ("HANDELSRENTE", HANDELSRENTE, "Wettelijke handelsrente (art. 6:119a BW)"),
    ):
        if not lookup.exists(s, InterestCode, company.id, code):
            collection_setup.create_interest_code(s, company, code, _versions(rates), description=text)
    if not lookup.exists(s, LetterSequence, company.id, SEQUENCE):
        collection_setup.create_letter_sequence(
            s, company, SEQUENCE, list(STEPS), description="Incassoreeks (BIK-staffel)"
        )
    params = lookup.parameters(s, company.id)
    profile = lookup.by_code(s, PostingProfile, company.id, params.default_posting_profile, "profile")
    if profile.interest_code is None:
        profile.interest_code = "HANDELSRENTE"
    if profile.collection_letter_sequence is None:
        profile.collection_letter_sequence = SEQUENCE
    if params.clearing_order != "legal":
        setup.set_parameters(s, company, {"clearing_order": "legal"})
    s.flush()
