"""A deterministic demo company (Dutch and English customers, four months of invoices) built through the API."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from ardesk.api import Books, Company, Line

DEMO_CODE = "DEMO"
DEMO_NAME = "Demo Handelsonderneming B.V."

#: (name, street, postcode, city, group, terms or None = the group's, credit limit or None)
DUTCH = (
    ("Bakkerij Van der Meer B.V.", "Prinsengracht 263", "1016 GV", "Amsterdam", "NL", "14D", "5000"),
    ("Bouwbedrijf Mulder & Zn. B.V.", "Westblaak 112", "3012 KM", "Rotterdam", "GROOT", None, "50000"),
    ("Installatietechniek Jansen B.V.", "Oudegracht 45", "3511 AB", "Utrecht", "NL", None, "15000"),
    ("Drukkerij Het Anker B.V.", "Grote Markt 12", "2011 RD", "Haarlem", "NL", "14D", None),
    ("Van Dijk Transport B.V.", "Waalhaven Oostzijde 8", "3087 BM", "Rotterdam", "GROOT", None, "40000"),
    ("Koffiebranderij De Molen B.V.", "Herestraat 77", "9711 LD", "Groningen", "NL", None, None),
    ("Hoveniersbedrijf De Groene Vinger B.V.", "Stationsweg 31", "7311 LM", "Apeldoorn", "NL", "14D", None),
    ("Technisch Bureau Visser B.V.", "Kennedyplein 200", "5611 ZT", "Eindhoven", "GROOT", None, "25000"),
    ("Smit Schoonmaakdiensten B.V.", "Piet Heinkade 55", "1019 GM", "Amsterdam", "NL", None, "10000"),
    ("Autobedrijf De Boer B.V.", "Spoorlaan 350", "5038 CC", "Tilburg", "NL", None, None),
    ("Brouwerij 't Haantje B.V.", "Markt 4", "4811 WR", "Breda", "NL", "14D", None),
    ("Kantoorinrichting Bos B.V.", "Lange Voorhout 18", "2514 ED", "Den Haag", "NL", None, "7500"),
    ("Meijer Elektrotechniek B.V.", "Molenstraat 90", "6511 HJ", "Nijmegen", "NL", None, None),
    ("Zorggroep Het Baken B.V.", "Jansbinnensingel 2", "6811 AL", "Arnhem", "GROOT", None, "30000"),
    ("Timmerfabriek De Vries B.V.", "Melkmarkt 17", "8011 MC", "Zwolle", "NL", None, None),
    ("Boekhandel Van Leeuwen B.V.", "Breestraat 125", "2311 CM", "Leiden", "NL", "14D", None),
    ("Maasland Catering B.V.", "Vrijthof 23", "6211 LE", "Maastricht", "NL", None, None),
    ("Delfts Blauw Ontwerp B.V.", "Oude Delft 140", "2611 CG", "Delft", "NL", None, None),
    ("Hendriks Installaties B.V.", "Utrechtseweg 60", "3818 EM", "Amersfoort", "NL", None, "12000"),
    ("Twentse Textiel B.V.", "Oude Markt 9", "7511 GA", "Enschede", "GROOT", None, "20000"),
    ("Brabantse Bloemenhandel B.V.", "Hinthamerstraat 101", "5211 MG", "'s-Hertogenbosch", "NL", "14D", None),
    ("Friese Zuivel Coöperatie U.A.", "Nieuwestad 66", "8911 CL", "Leeuwarden", "GROOT", None, "35000"),
    ("Kaashandel Alkmaar B.V.", "Waagplein 2", "1811 JP", "Alkmaar", "NL", None, None),
    ("Deventer Koek Compagnie B.V.", "Brink 56", "7411 BV", "Deventer", "NL", None, None),
    ("Goudse Pottenbakkerij B.V.", "Markt 35", "2801 JK", "Gouda", "NL", "14D", None),
    ("Mediahuis Gooiland B.V.", "Kerkstraat 63", "1211 CM", "Hilversum", "NL", None, "8000"),
    ("Zeeuwse Mosselkwekerij B.V.", "Lange Delft 20", "4331 AP", "Middelburg", "NL", None, None),
    ("Venlose Kassenbouw B.V.", "Parade 48", "5911 CE", "Venlo", "NL", None, None),
)
#: (name, street, city and postcode, currency)
ENGLISH = (
    ("Thornbury Engineering Ltd", "14 Harbour Road", "Bristol BS1 5TX", "EUR"),
    ("Hargreaves & Sons Ltd", "3 Wellington Street", "Leeds LS1 4DL", "GBP"),
    ("Pennine Office Supplies Ltd", "88 Deansgate", "Manchester M3 2ER", "EUR"),
    ("Albion Logistics Ltd", "120 Commercial Road", "London E1 1NL", "GBP"),
    ("Kestrel Design Studio Ltd", "7 North Street", "Brighton BN1 1RH", "EUR"),
    ("Caledonian Foods Ltd", "45 Buchanan Street", "Glasgow G1 3HL", "EUR"),
    ("Severn Valley Printing Ltd", "21 Foregate Street", "Worcester WR1 1DB", "EUR"),
    ("Oakridge Software Ltd", "9 Station Road", "Cambridge CB1 2JH", "GBP"),
    ("Blackwater Marine Ltd", "2 Ocean Way", "Southampton SO14 3JZ", "EUR"),
    ("Northgate Consulting Ltd", "60 Grey Street", "Newcastle upon Tyne NE1 6AF", "EUR"),
    ("Wessex Timber Ltd", "15 Castle Street", "Salisbury SP1 3SP", "EUR"),
    ("Lindqvist & O'Brien Ltd", "31 Bold Street", "Liverpool L1 4DN", "EUR"),
)
#: Dutch banks (code, BIC) for the customers' IBANs.
BANKS = (
    ("ABNA", "ABNANL2A"),
    ("RABO", "RABONL2U"),
    ("INGB", "INGBNL2A"),
    ("TRIO", "TRIONL2U"),
    ("SNSB", "SNSBNL2A"),
    ("ASNB", "ASNBNL21"),
)
#: (description, unit, price range, tax code) per customer language.
ITEMS = {
    "nl": (
        ("Advieswerkzaamheden", "uur", (85, 125), "BTW21"),
        ("Installatie en montage", "uur", (55, 75), "BTW21"),
        ("Onderhoudscontract (kwartaal)", "st", (350, 900), "BTW21"),
        ("Kantoorartikelen", "st", (4, 40), "BTW21"),
        ("Vakliteratuur", "st", (25, 90), "BTW9"),
        ("Lunch en catering", "pers", (12, 24), "BTW9"),
        ("Zaalhuur", "dag", (250, 600), "BTW21"),
        ("Voorrijkosten", "st", (35, 60), "BTW21"),
        ("Bloemstukken", "st", (20, 75), "BTW9"),
    ),
    "en": (
        ("Consultancy services", "hour", (90, 140), "BTW0"),
        ("Software licence (annual)", "pcs", (400, 1200), "BTW0"),
        ("Installation and commissioning", "hour", (60, 85), "BTW0"),
        ("Training day", "day", (650, 950), "BTW0"),
        ("Spare parts", "pcs", (15, 120), "BTW0"),
    ),
}
GBP_RATE = Decimal("1.1625")


def iban(country: str, bban: str) -> str:
    """An IBAN with correct ISO 13616 mod-97 check digits for the given national account (BBAN)."""
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def has_demo(books: Books, code: str = DEMO_CODE) -> bool:
    return any(info.code == code for info in books.companies())


def create_demo(books: Books, today: dt.date, *, code: str = DEMO_CODE, seed: int = 2027) -> Company:
    """Create the demo company as of `today`: set-up, 40 customers, four months of invoices and a
    few credit notes. The same today and seed give the same books."""
    rng = random.Random(seed)
    co = books.create_company(
        code,
        DEMO_NAME,
        "EUR",
        country="NL",
        language="nl",
        address="Keizersgracht 174\n1016 DW  AMSTERDAM",
        vat_number="NL859765432B01",
        coc_number="34567890",
        iban=iban("NL", "RABO0301234567"),
        bic="RABONL2U",
        phone="020 555 0174",
        email="debiteuren@demohandel.nl",
        website="www.demohandel.nl",
    )
    _setup(co)
    for year in range((today - dt.timedelta(days=130)).year, today.year + 1):
        co.create_fiscal_year(dt.date(year, 1, 1))  # the months the demo's documents are dated in, open
    customers = _customers(co, rng)
    _documents(co, rng, customers, today)
    _drafts_and_recurring(co, today)
    return co


def _setup(co: Company) -> None:
    co.create_terms_of_payment("14D", days=14, description="14 dagen netto")
    co.create_terms_of_payment("30D", days=30, description="30 dagen netto")
    co.create_terms_of_payment("1M", months=1, description="1 maand na factuurdatum")
    co.create_cash_discount("2%8D", [(8, Decimal("2"))], description="2% bij betaling binnen 8 dagen")
    co.create_customer_group("NL", "Klanten Nederland", terms="30D")
    co.create_customer_group("GROOT", "Grootzakelijke klanten", terms="1M")
    co.create_customer_group("EXPORT", "Klanten buitenland", terms="30D")
    # Sales tax: the Dutch codes come with country="NL" (BTW21, BTW9, BTW0, VRIJ, VERLEGD, ICP).
    co.create_method_of_payment("KAS", "cash", description="Contant")
    co.create_method_of_payment("INCASSO", "electronic", description="SEPA-incasso", direct_debit=True)
    co.create_method_of_payment("KAART", "card", description="Creditcard")  # on the card clearing account
    co.set_parameters(sepa_creditor_id="NL22ZZZ345678900000")  # incassant-ID: the KvK number 34567890 + 0000


def _customers(co: Company, rng: random.Random) -> list[tuple[str, str, str]]:
    """Create the customers; returns (account, language, currency) per customer."""
    out = []
    for i, (name, street, postcode, city, group, terms, limit) in enumerate(DUTCH):
        account = f"{10010 + 10 * i}"
        bank, bic = BANKS[rng.randrange(len(BANKS))]
        slug = "".join(ch for ch in name.split()[0].lower() if ch.isalpha())
        co.create_customer(
            account,
            name,
            group=group,
            terms=terms,
            cash_discount="2%8D" if i % 5 == 2 else None,
            credit_limit=Decimal(limit) if limit else None,
            language="nl",
            address=f"{street}\n{postcode}  {city.upper()}",
            email=f"administratie@{slug}.nl",
            iban=iban("NL", f"{bank}{rng.randrange(10**9, 10**10)}"),
            bic=bic,
            country="NL",
            vat_number=f"NL{int(account) * 7919 % 10**9:09d}B01",  # derived, not drawn: the draws stay as they were
            coc_number=f"{int(account) * 104729 % 10**8:08d}",
            sales_tax="BTW21",
        )
        out.append((account, "nl", "EUR"))
    for i, (name, street, city, currency) in enumerate(ENGLISH):
        account = f"{20010 + 10 * i}"
        slug = "".join(ch for ch in name.split()[0].lower() if ch.isalpha())
        co.create_customer(
            account,
            name,
            group="EXPORT",
            terms="30D" if i % 3 else "14D",
            currency=currency,
            credit_limit=Decimal(10000 + 5000 * (i % 3)) if i % 4 == 0 else None,
            language="en",
            address=f"{street}\n{city}\nUnited Kingdom",
            email=f"accounts@{slug}.co.uk",
            iban=iban("GB", f"NWBK{rng.randrange(10**5, 10**6)}{rng.randrange(10**7, 10**8)}"),
            bic="NWBKGB2L",
            country="GB",
            vat_number=f"GB{int(account) * 7919 % 10**9:09d}",
            sales_tax="BTW0",
        )
        out.append((account, "en", currency))
    return out


def _lines(rng: random.Random, language: str) -> list[Line]:
    items = ITEMS[language]
    lines = []
    count = rng.choice((2, 2, 2, 3, 3, 4, 5, 6))
    for description, unit, (low, high), tax in rng.sample(items, min(count, len(items))):
        quantity = Decimal(rng.choice((1, 1, 2)) if high >= 300 else rng.choice((1, 2, 3, 4, 6, 8, 10, 12)))
        price = Decimal(rng.randrange(low * 100, high * 100 + 1, 5)) / 100
        lines.append(Line(f"{description} ({unit})", quantity=quantity, unit_price=price, tax=tax))
    return lines


def _documents(co: Company, rng: random.Random, customers: list[tuple[str, str, str]], today: dt.date) -> None:
    """About 80 invoices spread over the four months before today, saved as drafts and posted in one
    batch (numbers follow the dates, as in real life), then a few credit notes."""
    start = today - dt.timedelta(days=120)
    plan = []
    for account, language, currency in customers:
        for _ in range(rng.choice((0, 1, 1, 2, 2, 2, 3, 4))):
            plan.append((start + dt.timedelta(days=rng.randrange(0, 120)), account, language, currency))
    plan.sort()
    drafts = []
    rate: dict[str, Any]  # keyword arguments of save_draft
    for date, account, language, currency in plan:
        lines = _lines(rng, language)
        rate = {"exchange_rate": GBP_RATE + Decimal(rng.randrange(-150, 150)) / 10000} if currency == "GBP" else {}
        drafts.append((co.save_draft(account, date, lines, **rate), lines))
    result = co.post_drafts([draft_id for draft_id, _ in drafts], stop_at_first_error=True)
    if result.errors or len(result.posted) != len(drafts):
        raise RuntimeError(f"the demo invoices did not post: {result.errors}")
    posted = [
        (date, account, language, currency, number, lines[0])
        for (date, account, language, currency), number, (_, lines) in zip(plan, result.posted, drafts, strict=True)
    ]
    for date, account, language, currency, number, line in rng.sample(posted[: len(posted) * 3 // 4], 5):
        text = "Creditering: " if language == "nl" else "Credit: "
        credit_date = min(today - dt.timedelta(days=1), date + dt.timedelta(days=rng.randrange(3, 20)))
        rate = {"exchange_rate": GBP_RATE} if currency == "GBP" else {}
        co.post_credit_note(
            account,
            credit_date,
            [Line(text + line.description, quantity=Decimal(1), unit_price=line.unit_price, tax=line.tax)],
            original=number,
            **rate,
        )


#: Unposted work in progress: (customer, days before today, [(description, quantity, unit price, tax)]).
DRAFTS = (
    (
        "10010",
        1,
        (("Onderhoudscontract (kwartaal)", "1", "640.00", "BTW21"), ("Voorrijkosten (st)", "1", "45.00", "BTW21")),
    ),
    ("10050", 2, (("Advieswerkzaamheden (uur)", "6", "95.00", "BTW21"), ("Vakliteratuur (st)", "2", "39.50", "BTW9"))),
    ("20010", 1, (("Consultancy services (hour)", "12", "120.00", "BTW0"),)),
    ("10130", 3, (("Lunch en catering (pers)", "18", "16.50", "BTW9"), ("Zaalhuur (dag)", "1", "450.00", "BTW21"))),
)


def _drafts_and_recurring(co: Company, today: dt.date) -> None:
    """A few drafts to review and post, and a monthly service contract billed to three customers from the
    first of this month, so "Generate recurring invoices" has work to do. No randomness: the other
    demo documents stay exactly as they were."""
    for account, days, lines in DRAFTS:
        co.save_draft(
            account,
            today - dt.timedelta(days=days),
            [Line(d, quantity=Decimal(q), unit_price=Decimal(p), tax=t) for d, q, p, t in lines],
        )
    co.create_invoice_template(
        "SERVICE",
        [Line("Servicecontract ICT (maand)", quantity=Decimal(1), unit_price=Decimal("149.00"), tax="BTW21")],
        description="Maandelijks servicecontract",
    )
    for account in ("10020", "10080", "10140"):
        co.assign_template(account, "SERVICE", today.replace(day=1), pattern="monthly")
