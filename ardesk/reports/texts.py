"""Printed labels of invoices and credit notes in English and Dutch, and Babel formatting of printed values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, format_currency, parse_pattern

from ardesk.i18n import babel_locale, format_percent
from ardesk.money import currency_places

#: Label key -> (English, Dutch). Placeholders are filled with already formatted text.
LABELS: dict[str, tuple[str, str]] = {
    "invoice": ("Invoice", "Factuur"),
    "credit_note": ("Credit note", "Creditnota"),
    "continued": ("{title} {number} (continued)", "{title} {number} (vervolg)"),
    "invoice_number": ("Invoice number", "Factuurnummer"),
    "credit_note_number": ("Credit note number", "Creditnotanummer"),
    "invoice_date": ("Invoice date", "Factuurdatum"),
    "credit_note_date": ("Date", "Datum"),
    "due_date": ("Due date", "Vervaldatum"),
    "customer_number": ("Customer number", "Klantnummer"),
    "customer_vat": ("Your VAT number", "Uw btw-nummer"),
    "ordered_by": ("Ordered by", "Besteld door"),
    "original_invoice": ("Original invoice", "Originele factuur"),
    "reason": ("Reason", "Reden"),
    "description": ("Description", "Omschrijving"),
    "quantity": ("Quantity", "Aantal"),
    "unit_price": ("Unit price", "Prijs"),
    "vat": ("VAT", "Btw"),
    "amount": ("Amount", "Bedrag"),
    "subtotal": ("Subtotal", "Subtotaal"),
    "vat_on": ("VAT {rate} on {base}", "Btw {rate} over {base}"),
    "vat_reverse_charged": ("RC", "verlegd"),
    "vat_reverse_charged_on": ("VAT reverse-charged on {base}", "Btw verlegd over {base}"),
    "total": ("Total", "Totaal"),
    "total_credit": ("Total credited", "Totaal gecrediteerd"),
    "terms": ("Payment terms", "Betalingsvoorwaarden"),
    "discount_offer": (
        "{percent} discount if paid by {date}: pay {amount}",
        "{percent} korting bij betaling uiterlijk op {date}: u betaalt dan {amount}",
    ),
    "please_pay": (
        "Please pay {amount} by {date} to IBAN {iban}{bic} in the name of {name}, mentioning {reference}.",
        "Wij verzoeken u {amount} uiterlijk op {date} over te maken op IBAN {iban}{bic} ten name van "
        "{name}, onder vermelding van {reference}.",
    ),
    "please_pay_no_iban": (
        "Please pay {amount} by {date}, mentioning {reference}.",
        "Wij verzoeken u {amount} uiterlijk op {date} te betalen, onder vermelding van {reference}.",
    ),
    "bic_suffix": (" (BIC {bic})", " (BIC {bic})"),
    "direct_debit": (
        "We will collect {amount} by SEPA direct debit from your account {iban} on or after {date}.",
        "Wij schrijven {amount} op of na {date} af van uw rekening {iban} via SEPA-incasso.",
    ),
    "payment_reference": ("Payment reference: {reference}", "Betalingskenmerk: {reference}"),
    "mandate": ("Mandate reference {mandate}.", "Machtigingskenmerk {mandate}."),
    "creditor_id": ("Creditor identifier {creditor}.", "Incassant-ID {creditor}."),
    "your_account": ("your account", "uw rekening"),
    "credit_settled": (
        "The amount of {amount} is credited to your account.",
        "Het bedrag van {amount} wordt op uw rekening gecrediteerd.",
    ),
    "credit_for": ("This credit note corrects invoice {original}.", "Deze creditnota corrigeert factuur {original}."),
    "replaces": ("This invoice replaces invoice {original}.", "Deze factuur vervangt factuur {original}."),
    # --- a draft invoice printed as a pro forma invoice (InvoiceDoc.draft_id) ---
    "pro_forma": ("Pro forma invoice", "Pro-formafactuur"),
    "pro_forma_continued": ("Pro forma invoice (continued)", "Pro-formafactuur (vervolg)"),
    "pro_forma_date": ("Date", "Datum"),
    "pro_forma_reference": ("Reference", "Referentie"),
    "pro_forma_draft": ("Pro forma {id}", "Pro forma {id}"),
    "pro_forma_due": ("Payable by", "Te betalen voor"),
    "pro_forma_notice": (
        "This pro forma invoice is not a VAT invoice and cannot be booked. The invoice follows with its own "
        "number; it may differ if the order changes.",
        "Deze pro-formafactuur is geen btw-factuur en kan niet worden geboekt. De factuur volgt met een eigen "
        "nummer; zij kan afwijken als de order wijzigt.",
    ),
    "pro_forma_pay": (
        "Please pay {amount} in advance by {date}, mentioning {reference}.",
        "Wij verzoeken u {amount} vooraf uiterlijk op {date} te betalen, onder vermelding van {reference}.",
    ),
    "page": ("Page {page} of {pages}", "Pagina {page} van {pages}"),
    "coc": ("CoC", "KvK"),
    "vat_number": ("VAT no.", "Btw-nr."),
    "phone": ("Phone", "Tel."),
    # --- the aging report and its CSV file (reports/aging.py, services/aging.py) ---
    "aging_report": ("Aging report", "Ouderdomsanalyse debiteuren"),
    "aging_continued": ("Aging report {date} (continued)", "Ouderdomsanalyse {date} (vervolg)"),
    "aging_as_of": ("Balances as of", "Saldi per"),
    "aging_definition": ("Aging periods", "Ouderdomsperioden"),
    "aging_basis": ("Age counted from", "Ouderdom vanaf"),
    "aging_basis_due_date": ("Due date", "Vervaldatum"),
    "aging_basis_document_date": ("Document date", "Documentdatum"),
    "aging_currency": ("Currency", "Valuta"),
    "aging_customers": ("Customers", "Klanten"),
    "aging_account": ("Account", "Klant"),
    "aging_name": ("Name", "Naam"),
    "aging_overdue": ("Overdue", "Vervallen"),
    "aging_credit_limit": ("Credit limit", "Kredietlimiet"),
    "aging_limit_line": ("Credit limit {amount}", "Kredietlimiet {amount}"),
    "aging_share": ("Share of total", "Aandeel in totaal"),
    "aging_none": ("No customer has an open balance on {date}.", "Geen enkele klant heeft op {date} een open saldo."),
    "aging_note_due_date": (
        "Balances as of {date} in {currency}, the accounting currency; payments and settlements dated after that "
        "day are not counted. Age: days past the due date (items without one: their document date). Credit notes "
        "and unapplied payments reduce the period they fall in.",
        "Saldi per {date} in {currency}, de boekhoudvaluta; betalingen en vereffeningen na die dag zijn niet "
        "meegeteld. Ouderdom: dagen na de vervaldatum (posten zonder vervaldatum: na de documentdatum). "
        "Creditnota's en niet-toegewezen betalingen verlagen de periode waarin ze vallen.",
    ),
    "aging_note_document_date": (
        "Balances as of {date} in {currency}, the accounting currency; payments and settlements dated after that "
        "day are not counted. Age: days past the document date. Credit notes and unapplied payments reduce the "
        "period they fall in.",
        "Saldi per {date} in {currency}, de boekhoudvaluta; betalingen en vereffeningen na die dag zijn niet "
        "meegeteld. Ouderdom: dagen na de documentdatum. Creditnota's en niet-toegewezen betalingen verlagen de "
        "periode waarin ze vallen.",
    ),
    "aging_current": ("Current", "Niet vervallen"),
    "aging_over_90": ("Over 90", "Meer dan 90"),
    "aging_days": ("{label} days", "{label} dagen"),
    # --- customer statements (reports/statement.py) ---
    "statement": ("Statement of account", "Rekeningoverzicht"),
    "stmt_continued": ("Statement {account} (continued)", "Rekeningoverzicht {account} (vervolg)"),
    "stmt_statement_date": ("Statement date", "Datum overzicht"),
    "stmt_period_from": ("Period from", "Periode vanaf"),
    "stmt_currency": ("Currency", "Valuta"),
    "stmt_intro": (
        "The movements on your account from {start} to {end}.",
        "De mutaties op uw rekening van {start} tot en met {end}.",
    ),
    "stmt_date": ("Date", "Datum"),
    "stmt_document": ("Document", "Document"),
    "stmt_debit": ("Debit", "Debet"),
    "stmt_credit": ("Credit", "Credit"),
    "stmt_balance": ("Balance", "Saldo"),
    "stmt_opening_balance": ("Opening balance", "Beginsaldo"),
    "stmt_closing_balance": ("Closing balance", "Eindsaldo"),
    "stmt_no_movements": ("No movements in this period", "Geen mutaties in deze periode"),
    "stmt_open_items_on": ("Open items on {date}", "Openstaande posten op {date}"),
    "stmt_type": ("Type", "Soort"),
    "stmt_days_overdue": ("Days late", "Dagen"),
    "stmt_open_amount": ("Open", "Open"),
    "stmt_total_open": ("Total open", "Totaal open"),
    "stmt_no_open_items": ("You have no open items.", "Er staan geen posten open."),
    "stmt_aging_on": ("Ageing on {date}, days past the due date", "Ouderdom op {date}, dagen na de vervaldatum"),
    "stmt_aging_in": (
        "All your items, every currency converted into {currency}",
        "Al uw posten, elke valuta omgerekend in {currency}",
    ),
    "stmt_pay_overdue": (
        "Of your balance, {amount} is past due. Please pay it without delay to IBAN {iban}{bic} in the name "
        "of {name}, mentioning {reference}.",
        "Van uw saldo is {amount} vervallen. Wij verzoeken u dit bedrag per omgaande over te maken op IBAN "
        "{iban}{bic} ten name van {name}, onder vermelding van {reference}.",
    ),
    "stmt_pay_overdue_no_iban": (
        "Of your balance, {amount} is past due. Please pay it without delay, mentioning {reference}.",
        "Van uw saldo is {amount} vervallen. Wij verzoeken u dit bedrag per omgaande te betalen, onder "
        "vermelding van {reference}.",
    ),
    "stmt_pay_when_due": (
        "Please pay the open items by their due dates to IBAN {iban}{bic} in the name of {name}, "
        "mentioning {reference}.",
        "Wij verzoeken u de openstaande posten uiterlijk op hun vervaldatum over te maken op IBAN {iban}{bic} "
        "ten name van {name}, onder vermelding van {reference}.",
    ),
    "stmt_pay_when_due_no_iban": (
        "Please pay the open items by their due dates, mentioning {reference}.",
        "Wij verzoeken u de openstaande posten uiterlijk op hun vervaldatum te betalen, onder vermelding van "
        "{reference}.",
    ),
    "stmt_balance_in_your_favour": (
        "The balance of {amount} is in your favour.",
        "Het saldo van {amount} is in uw voordeel.",
    ),
    "stmt_account_settled": ("Your account is settled. Thank you.", "Uw rekening is vereffend. Dank u wel."),
    "stmt_not_included_after": (
        "Payments received after {date} are not included in this statement.",
        "Betalingen die na {date} zijn ontvangen, staan niet op dit overzicht.",
    ),
    "stmt_other_currencies": (
        "Your items in {currencies} are listed on a statement of their own.",
        "Uw posten in {currencies} staan op een afzonderlijk overzicht.",
    ),
    "stmt_your_customer_number": ("your customer number {account}", "uw klantnummer {account}"),
    "kind_invoice": ("Invoice", "Factuur"),
    "kind_credit_note": ("Credit note", "Creditnota"),
    "kind_payment": ("Payment", "Betaling"),
    "kind_prepayment": ("Prepayment", "Vooruitbetaling"),
    "kind_cash_discount": ("Cash discount", "Betalingskorting"),
    "kind_penny_difference": ("Rounding difference", "Afrondingsverschil"),
    "kind_over_underpayment": ("Payment difference", "Betalingsverschil"),
    "kind_reversal": ("Reversal", "Tegenboeking"),
    "kind_write_off": ("Write-off", "Afboeking"),
    "kind_intercompany": ("Settled by group company", "Verrekend via groepsmaatschappij"),
    "kind_fee": ("Fee", "Kosten"),
    "kind_interest_note": ("Interest note", "Rentenota"),
    "kind_refund": ("Refund", "Terugbetaling"),
    "kind_bill_of_exchange": ("Bill of exchange", "Wissel"),
    "kind_bill_transfer": ("Bill of exchange transfer", "Overboeking wissel"),
    # --- collection letters and interest notes (reports/letter.py, reports/interest_note.py) ---
    "please_pay_now": (
        "Please pay {amount} without delay to IBAN {iban}{bic} in the name of {name}, mentioning {reference}.",
        "Wij verzoeken u {amount} per omgaande over te maken op IBAN {iban}{bic} ten name van {name}, onder "
        "vermelding van {reference}.",
    ),
    "please_pay_now_no_iban": (
        "Please pay {amount} without delay, mentioning {reference}.",
        "Wij verzoeken u {amount} per omgaande te betalen, onder vermelding van {reference}.",
    ),
    "letter": ("Letter", "Brief"),
    "letter_reference": ("Our reference", "Ons kenmerk"),
    "letter_date": ("Date", "Datum"),
    "letter_document": ("Document", "Document"),
    "letter_days_overdue": ("Days overdue", "Dagen vervallen"),
    "letter_open": ("Open", "Openstaand"),
    "letter_overdue_total": ("Overdue amount", "Vervallen bedrag"),
    "letter_fee": ("Collection costs", "Incassokosten"),
    "letter_interest": ("Interest (interest notes)", "Rente (rentenota's)"),
    "letter_total_due": ("Total due", "Totaal te betalen"),
    "interest_title": ("Interest note", "Rentenota"),
    "interest_number": ("Interest note number", "Rentenotanummer"),
    "interest_date": ("Date", "Datum"),
    "interest_to_date": ("Calculated up to", "Berekend tot en met"),
    "interest_code": ("Interest code", "Rentecode"),
    "interest_status": ("Status", "Status"),
    "interest_created": ("Draft", "Concept"),
    "interest_waived": ("Waived", "Kwijtgescholden"),
    "interest_reversed": ("Reversed", "Teruggeboekt"),
    "interest_cancelled": ("Cancelled", "Geannuleerd"),
    "interest_intro": (
        "We charge interest on the items below for the days after their due date, up to and including {date}.",
        "Wij brengen u rente in rekening over de onderstaande posten, voor de dagen na de vervaldatum tot en "
        "met {date}.",
    ),
    "interest_document": ("Document", "Document"),
    "interest_period": ("Period", "Periode"),
    "interest_days": ("Days", "Dagen"),
    "interest_base": ("Base amount", "Grondslag"),
    "interest_rate": ("Rate", "Tarief"),
    "interest_amount": ("Interest", "Rente"),
    "interest_total": ("Total interest", "Totaal rente"),
    "interest_per_day": (
        "Interest = base amount × yearly rate ÷ 365 × days. A period runs from the day after its first date up "
        "to and including its last date.",
        "Rente = grondslag × jaarpercentage ÷ 365 × aantal dagen. Een periode loopt van de dag na de eerste "
        "datum tot en met de laatste datum.",
    ),
    "interest_waived_note": (
        "This interest note has been waived; you do not need to pay it.",
        "Deze rentenota is kwijtgescholden; u hoeft deze niet te betalen.",
    ),
    "interest_reversed_note": (
        "This interest note has been reversed; you do not need to pay it.",
        "Deze rentenota is teruggeboekt; u hoeft deze niet te betalen.",
    ),
    "interest_cancelled_note": (
        "This interest note has been cancelled; you do not need to pay it.",
        "Deze rentenota is geannuleerd; u hoeft deze niet te betalen.",
    ),
    # --- the AR to GL reconciliation (reports/reconciliation.py) ---
    "rec_title": ("Receivables reconciliation", "Aansluiting debiteuren"),
    "rec_continued": ("Receivables reconciliation {date} (continued)", "Aansluiting debiteuren {date} (vervolg)"),
    "rec_as_of": ("As of", "Per"),
    "rec_currency": ("Currency", "Valuta"),
    "rec_accounts": ("Summary accounts", "Verzamelrekeningen"),
    "rec_result": ("Result", "Uitkomst"),
    "rec_account": ("Account", "Rekening"),
    "rec_name": ("Name", "Naam"),
    "rec_subledger": ("Subledger", "Subadministratie"),
    "rec_ledger": ("General ledger", "Grootboek"),
    "rec_difference": ("Difference", "Verschil"),
    "rec_in_balance": ("In balance", "Sluit aan"),
    "rec_differs": ("Differs", "Wijkt af"),
    "rec_balanced_text": (
        "In balance: on {date} the customer transactions agree with the general ledger on every summary account, "
        "and the aged-balance total equals the subledger.",
        "Sluit aan: op {date} komen de debiteurenposten overeen met het grootboek op elke verzamelrekening, en "
        "het totaal van de ouderdomsanalyse is gelijk aan de subadministratie.",
    ),
    "rec_differs_text": (
        "Differs: on {date} the customer transactions do not agree with the general ledger on {accounts}. "
        "The differences are listed below with their cause.",
        "Wijkt af: op {date} komen de debiteurenposten niet overeen met het grootboek op {accounts}. "
        "De verschillen staan hieronder met hun oorzaak.",
    ),
    "rec_aging_differs_text": (
        "Differs: the aged-balance total on {date} is not equal to the subledger.",
        "Wijkt af: het totaal van de ouderdomsanalyse op {date} is niet gelijk aan de subadministratie.",
    ),
    "rec_none": ("No summary account has postings on {date}.", "Geen verzamelrekening heeft boekingen op {date}."),
    "rec_aging_total": ("Aged-balance total", "Totaal ouderdomsanalyse"),
    "rec_aging_equal": ("equals the subledger", "gelijk aan de subadministratie"),
    "rec_aging_unequal": ("differs from the subledger by {amount}", "wijkt {amount} af van de subadministratie"),
    "rec_differences_on": ("Differences on {account} {name}", "Verschillen op {account} {name}"),
    "rec_cause": ("Cause", "Oorzaak"),
    "rec_voucher": ("Voucher", "Boekstuk"),
    "rec_date": ("Date", "Datum"),
    "rec_text": ("Text", "Omschrijving"),
    "rec_amount": ("Amount", "Bedrag"),
    "rec_customers": ("Customers {accounts}", "Klanten {accounts}"),
    "rec_without_voucher": ("(no voucher)", "(geen boekstuk)"),
    "rec_cause_journal": ("Manual journal", "Memoriaalboeking"),
    "rec_why_journal": (
        "Ledger posting without a customer transaction (manual journal)",
        "Grootboekboeking zonder debiteurenpost (memoriaal)",
    ),
    "rec_cause_cross_account": ("Between summary accounts", "Tussen verzamelrekeningen"),
    "rec_why_cross_account": (
        "Settlement between customer transactions on different summary accounts, not moved in the ledger",
        "Vereffening tussen debiteurenposten op verschillende verzamelrekeningen, niet overgeboekt in het grootboek",
    ),
    "rec_cause_no_ledger": ("No ledger posting", "Geen grootboekboeking"),
    "rec_why_no_ledger": (
        "Customer transaction whose voucher has no ledger line on this account",
        "Debiteurenpost waarvan de boeking geen grootboekregel op deze rekening heeft",
    ),
    "rec_cause_mismatch": ("Amounts differ", "Bedragen wijken af"),
    "rec_why_mismatch": (
        "The voucher posted another amount to this account than its customer transactions",
        "De boeking zette een ander bedrag op deze rekening dan haar debiteurenposten",
    ),
    "rec_cause_rounding": ("Rounding", "Afronding"),
    "rec_why_rounding": (
        "Less than the smallest unit of the currency per line of the voucher",
        "Minder dan de kleinste munteenheid per boekingsregel",
    ),
    "rec_note": (
        "Subledger: the balances of the customer transactions posted to the account, as of {date} (payments and "
        "settlements dated later not counted), in {currency}. General ledger: the balance of the account from the "
        "entries dated on or before {date}. Difference: subledger minus general ledger.",
        "Subadministratie: de saldi per {date} van de debiteurenposten die op de rekening zijn geboekt "
        "(betalingen en vereffeningen van later niet meegeteld), in {currency}. Grootboek: het saldo van de "
        "rekening uit de boekingen tot en met {date}. Verschil: subadministratie min grootboek.",
    ),
}


def text(key: str, language: str, **values: str) -> str:
    """The label in the document language (English for unknown ones), with placeholders filled."""
    english, dutch = LABELS[key]
    template = dutch if language == "nl" else english
    return template.format(**values) if values else template


@cache
def _locale(language: str) -> Locale:
    """The Babel locale of a document language, parsed once (parsing costs more than formatting)."""
    return Locale.parse(babel_locale(language))


@cache
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


def money(value: Decimal, currency: str, language: str, *, symbol: bool = True) -> str:
    """An amount as the language writes it: nl "€ 1.234,56", en "€1,234.56"; symbol=False: "1.234,56".

    The same text as ardesk.i18n.format_amount, without re-parsing locale and pattern for every amount."""
    if symbol:
        return format_currency(value, currency, locale=_locale(language))
    places = currency_places(currency)
    return _pattern("#,##0" + ("." + "0" * places if places else "")).apply(
        value, _locale(language), decimal_quantization=True
    )


def quantity(value: Decimal, language: str) -> str:
    """A quantity without needless decimals: "2", "1,5" (nl), "0.25" (en)."""
    return _pattern("#,##0.####").apply(value, _locale(language))


def unit_price(value: Decimal, language: str) -> str:
    """A unit price with two to four decimals."""
    return _pattern("#,##0.00##").apply(value, _locale(language))


@lru_cache(maxsize=256)
def percent(value: Decimal, language: str) -> str:
    """A tax or discount rate as the app shows it: "21%" (en), "21 %" (nl)."""
    return format_percent(value, babel_locale(language))


def long_date(value: dt.date, language: str) -> str:
    """An unambiguous date: "9 July 2026", "9 juli 2026"."""
    return format_date(value, format="long", locale=_locale(language))
