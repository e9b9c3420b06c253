"""Default texts of collection letters per step and language, the 14-day letter, placeholder filling and checks.

A letter text has a subject, a body (printed above the table of overdue items) and a closing (printed after
the totals and the request to pay: the signature). Paragraphs are separated by a blank line.

Placeholders: a name between single braces, e.g. ``{total}``, is replaced by its value when the letter is
printed (PLACEHOLDERS lists the names). Anything else stays as it is: an unknown name (``{note}``), a lone or
doubled brace, a brace with spaces (``{ total }``). Values are put in once, so a customer called ``{total}``
prints as ``{total}``. validate_text refuses unknown names in texts that users type, so a typo shows up when
the text is saved and not in a letter to a customer.

The texts (DOMAIN 2.10, 5.4, 5.7) escalate over five steps: 1 payment reminder, 2 second reminder, 3 final
reminder, 4 notice of default (ingebrekestelling, art. 6:82 BW: a last term to pay, in writing), 5 notice that
the claim is handed over for collection. None of them repeats the request to pay with the IBAN: the layout
prints it below the totals. The 14-day letter (veertiendagenbrief, art. 6:96 lid 6 BW) is the text for a
consumer before costs may be charged: it states the amount of the collection costs ({costs}, the BIK scale)
and gives 14 days counted from the day after the letter is received; the letter's pay-by date is then the
letter date + 15 days (fourteen_day_pay_by), received the day after its date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from ardesk.errors import ValidationError
from ardesk.reports.texts import long_date, money
from ardesk.services.bank import format_iban

#: Placeholder name -> what it is replaced by (the formatted text in the letter's language).
PLACEHOLDERS: dict[str, str] = {
    "customer": "the customer's name",
    "account": "the customer number",
    "number": "the letter's number",
    "date": "the letter date",
    "overdue": "the overdue total of the listed items",
    "fee": "the collection costs charged with this letter",
    "interest": "the open interest of the customer",
    "total": "the total due: overdue + fee + interest",
    "amount": "the amount to pay (the same as {total})",
    "costs": "the collection costs the BIK scale gives for the overdue principal (stated by the 14-day letter)",
    "pay_by": "the date the letter asks payment by",
    "company": "the company's name",
    "iban": "the company's IBAN, in groups of four",
    "reference": "what the customer mentions when paying",
}
STEPS = 5  # a sequence has at most five steps (DOMAIN 2.10)
LANGUAGES = ("en", "nl")
SUBJECT_MAX, BODY_MAX, CLOSING_MAX = 200, 5000, 500
FOURTEEN_DAY_WAIT = 15  # the 14 days start the day after receipt, the day after the letter date
ZERO = Decimal("0.00")

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
#: Format characters that reorder or hide text (bidirectional overrides and isolates, zero-width joiners aside).
_HIDDEN = frozenset("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


@dataclass(frozen=True)
class LetterText:
    """The subject, body and closing of a letter; placeholders unfilled until filled() is called."""

    subject: str
    body: str
    closing: str = ""

    def filled(self, values: Mapping[str, str]) -> LetterText:
        """The same text with its placeholders replaced (see fill)."""
        return LetterText(fill(self.subject, values), fill(self.body, values), fill(self.closing, values))


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace each {name} whose name is in values by its value; everything else stays as written. Never raises
    on odd text: unknown names, lone or unbalanced braces and format specs ({total:>10}) are left alone."""
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


def placeholders_in(template: str) -> list[str]:
    """The placeholder names a text uses, in order of first use."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(template)))


def fourteen_day_pay_by(letter_date: dt.date) -> dt.date:
    """The last day to pay after a 14-day letter: 14 days from the day after receipt, received the next day."""
    return letter_date + dt.timedelta(days=FOURTEEN_DAY_WAIT)


def letter_values(
    language: str,
    currency: str,
    *,
    customer: str,
    date: dt.date,
    pay_by: dt.date,
    overdue: Decimal,
    fee: Decimal = ZERO,
    interest: Decimal = ZERO,
    total: Decimal | None = None,
    costs: Decimal | None = None,
    account: str = "",
    number: str = "",
    company: str = "",
    iban: str | None = None,
    reference: str = "",
) -> dict[str, str]:
    """The placeholder values of a letter, formatted as the printed letter formats them (Babel, its language).
    total defaults to overdue + fee + interest; without costs, {costs} is left unfilled."""
    due = overdue + fee + interest if total is None else total

    def amount(value: Decimal) -> str:
        return money(value, currency, language)

    values = {
        "customer": customer,
        "account": account,
        "number": number,
        "date": long_date(date, language),
        "overdue": amount(overdue),
        "fee": amount(fee),
        "interest": amount(interest),
        "total": amount(due),
        "amount": amount(due),
        "pay_by": long_date(pay_by, language),
        "company": company,
        "iban": format_iban(iban) if iban else "",
        "reference": reference or number,
    }
    if costs is not None:
        values["costs"] = amount(costs)
    return values


def default_text(step_index: int, language: str, *, fourteen_day: bool = False) -> LetterText:
    """ardesk's text of a step (1..5) in a language ("en", "nl"; another language gets English); fourteen_day:
    the 14-day letter for a consumer, the same for every step."""
    if isinstance(step_index, bool) or not isinstance(step_index, int) or not 1 <= step_index <= STEPS:
        raise ValidationError("step_index", "must be a whole number from 1 to {steps}", steps=STEPS)
    texts = _FOURTEEN_DAY if fourteen_day else _STEPS[step_index - 1]
    return texts[1] if language == "nl" else texts[0]


def validate_text(subject: object, body: object, closing: object = "", *, fourteen_day: bool = False) -> LetterText:
    """A text typed by a user, checked and tidied: line ends made \\n, tabs made spaces, trailing spaces and
    surrounding blank lines removed. Raises ValidationError naming subject, body or closing: an empty subject, a
    text over its length limit, a control character, a line break in the subject, an unknown placeholder; a
    14-day letter's body must state the costs ({costs})."""
    text = LetterText(
        _clean(subject, "subject", SUBJECT_MAX, multiline=False),
        _clean(body, "body", BODY_MAX),
        _clean(closing, "closing", CLOSING_MAX),
    )
    if not text.subject:
        raise ValidationError("subject", "is required")
    if fourteen_day and "costs" not in placeholders_in(text.body):
        raise ValidationError("body", "a 14-day letter must state the amount of the collection costs: use {costs}")
    return text


def _clean(value: object, field: str, limit: int, *, multiline: bool = True) -> str:
    if value is None and field != "subject":
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = "\n".join(line.rstrip() for line in value.split("\n")).strip("\n")
    if not multiline:
        value = value.strip()
        if "\n" in value:
            raise ValidationError(field, "must be one line")
    for i, ch in enumerate(value):
        if ch != "\n" and (unicodedata.category(ch) in ("Cc", "Cs", "Co") or ch in _HIDDEN):
            raise ValidationError(
                field,
                "contains an invisible control character (U+{code:04X}) at {position}",
                code=ord(ch),
                position=i + 1,
            )
    if len(value) > limit:
        raise ValidationError(
            field,
            "is {count} characters long; at most {limit} are allowed",
            count=len(value),
            limit=limit,
        )
    for name in placeholders_in(value):
        if name not in PLACEHOLDERS:
            close = [known for known in PLACEHOLDERS if known == name.lower()]
            if close:
                raise ValidationError(
                    field, "has an unknown placeholder {{{name}}}; did you mean {{{close}}}?", name=name, close=close[0]
                )
            raise ValidationError(
                field, "has an unknown placeholder {{{name}}}; known: {known}", name=name, known=", ".join(PLACEHOLDERS)
            )
    return value


_NL_SIGN = "Met vriendelijke groet,\n\n{company}"
_EN_SIGN = "Yours faithfully,\n\n{company}"
_NL_PAID = "Heeft u het bedrag inmiddels overgemaakt, dan kunt u deze brief als niet verzonden beschouwen."
_EN_PAID = "If you have paid in the meantime, please disregard this letter."

#: (English, Dutch) per step.
_STEPS: tuple[tuple[LetterText, LetterText], ...] = (
    (
        LetterText(
            "Payment reminder",
            "Dear Sir or Madam,\n\n"
            "According to our records, the items listed below are still unpaid, although their payment term has "
            "expired. Perhaps the payment has escaped your attention.",
            "If you have paid in the meantime, please disregard this reminder. If you have any questions about "
            "these items, please do not hesitate to contact us.\n\n" + _EN_SIGN,
        ),
        LetterText(
            "Betalingsherinnering",
            "Geachte heer, mevrouw,\n\n"
            "Volgens onze administratie staan de onderstaande posten nog open, terwijl de betalingstermijn is "
            "verstreken. Wellicht is de betaling aan uw aandacht ontsnapt.",
            "Heeft u het bedrag inmiddels overgemaakt, dan kunt u deze herinnering als niet verzonden beschouwen. "
            "Heeft u vragen over een van deze posten, neem dan gerust contact met ons op.\n\n" + _NL_SIGN,
        ),
    ),
    (
        LetterText(
            "Second payment reminder",
            "Dear Sir or Madam,\n\n"
            "We recently sent you a reminder for the items listed below. Unfortunately, we have not yet received "
            "your payment.",
            "If you have paid in the meantime, please disregard this reminder. If there is a reason why you have "
            "not paid, for instance because you disagree with an invoice, please let us know as soon as possible "
            "so that we can resolve it together.\n\n" + _EN_SIGN,
        ),
        LetterText(
            "Tweede betalingsherinnering",
            "Geachte heer, mevrouw,\n\n"
            "Onlangs hebben wij u een herinnering gestuurd voor de onderstaande posten. Helaas hebben wij uw "
            "betaling tot op heden nog niet ontvangen.",
            "Heeft u het bedrag inmiddels overgemaakt, dan kunt u deze herinnering als niet verzonden beschouwen. "
            "Is er een reden waarom u nog niet heeft betaald, bijvoorbeeld omdat u het niet eens bent met een "
            "factuur? Laat het ons dan zo snel mogelijk weten, zodat wij samen naar een oplossing kunnen "
            "zoeken.\n\n" + _NL_SIGN,
        ),
    ),
    (
        LetterText(
            "Final payment reminder",
            "Dear Sir or Madam,\n\n"
            "Despite our earlier reminders, we have still not received payment of the items listed below. This is "
            "our final reminder: we urge you to settle the amount now.",
            "If we do not receive your payment in time, we will have to take further steps, which may result in "
            "additional costs for you, such as statutory interest and collection costs.\n\n"
            + _EN_PAID
            + "\n\n"
            + _EN_SIGN,
        ),
        LetterText(
            "Laatste betalingsherinnering",
            "Geachte heer, mevrouw,\n\n"
            "Ondanks onze eerdere herinneringen hebben wij de betaling van de onderstaande posten nog altijd niet "
            "ontvangen. Dit is onze laatste herinnering: wij verzoeken u dringend het bedrag nu te voldoen.",
            "Ontvangen wij uw betaling niet op tijd, dan zijn wij genoodzaakt verdere maatregelen te nemen. Daaraan "
            "kunnen extra kosten voor u verbonden zijn, zoals de wettelijke rente en incassokosten.\n\n"
            + _NL_PAID
            + "\n\n"
            + _NL_SIGN,
        ),
    ),
    (
        LetterText(
            "Notice of default",
            "Dear Sir or Madam,\n\n"
            "Despite our repeated requests, you have still not paid the items listed below. We hereby formally "
            "give you notice of default.\n\n"
            "We give you a final opportunity to pay the total of {total}: your payment must be credited to our "
            "account no later than {pay_by}. If payment is not made within this period, you will be in default "
            "without any further notice. We will then hand the claim over for collection without further warning "
            "and claim statutory interest and extrajudicial collection costs, to the extent permitted by law.",
            _EN_PAID + "\n\n" + _EN_SIGN,
        ),
        LetterText(
            "Ingebrekestelling",
            "Geachte heer, mevrouw,\n\n"
            "Ondanks onze herhaalde verzoeken heeft u de onderstaande posten nog steeds niet betaald. Hierbij "
            "stellen wij u formeel in gebreke.\n\n"
            "Wij geven u een laatste termijn om het totaalbedrag van {total} te betalen: uw betaling moet uiterlijk "
            "op {pay_by} op onze rekening zijn bijgeschreven. Blijft betaling binnen deze termijn uit, dan bent u "
            "zonder nadere ingebrekestelling in verzuim. Wij zullen de vordering dan zonder verdere aankondiging "
            "uit handen geven en aanspraak maken op de wettelijke rente en de buitengerechtelijke incassokosten, "
            "voor zover de wet dat toestaat.",
            _NL_PAID + "\n\n" + _NL_SIGN,
        ),
    ),
    (
        LetterText(
            "Claim to be handed over for collection",
            "Dear Sir or Madam,\n\n"
            "Despite our reminders and our notice of default, you have not paid the items listed below. We are "
            "therefore compelled to hand the claim over to a collection agency or a bailiff. The costs of "
            "collection will be charged to you, to the extent permitted by law.\n\n"
            "You can only prevent this by paying the total of {total} no later than {pay_by}. After that date we "
            "will hand the claim over without further warning.",
            _EN_PAID + "\n\n" + _EN_SIGN,
        ),
        LetterText(
            "Overdracht ter incasso",
            "Geachte heer, mevrouw,\n\n"
            "Ondanks onze herinneringen en onze ingebrekestelling heeft u de onderstaande posten niet betaald. Wij "
            "zijn daarom genoodzaakt de vordering uit handen te geven aan een incassobureau of gerechtsdeurwaarder. "
            "De kosten van de invordering komen voor uw rekening, voor zover de wet dat toestaat.\n\n"
            "Dit kunt u alleen nog voorkomen door het totaalbedrag van {total} uiterlijk op {pay_by} te betalen. Na "
            "die datum dragen wij de vordering zonder verdere waarschuwing over.",
            _NL_PAID + "\n\n" + _NL_SIGN,
        ),
    ),
)

#: (English, Dutch): the 14-day letter (DOMAIN 5.7, art. 6:96 lid 6 BW).
_FOURTEEN_DAY: tuple[LetterText, LetterText] = (
    LetterText(
        "Reminder: please pay within 14 days",
        "Dear Sir or Madam,\n\n"
        "We asked you earlier to pay the items listed below, but we have not yet received your payment. The "
        "amount outstanding is {overdue}.\n\n"
        "You have 14 days to pay this amount, counted from the day after you receive this letter. If you receive "
        "this letter on the day after its date, your payment must reach us no later than {pay_by}.\n\n"
        "If you do not pay within this period, you will owe us extrajudicial collection costs in addition to the "
        "amount outstanding. These costs amount to {costs}, calculated according to the Dutch statutory scale "
        "(Besluit vergoeding voor buitengerechtelijke incassokosten).",
        _EN_PAID + " If you cannot pay the full amount at once, please contact us; we will gladly discuss a payment "
        "arrangement with you.\n\n" + _EN_SIGN,
    ),
    LetterText(
        "Aanmaning: betaling binnen 14 dagen",
        "Geachte heer, mevrouw,\n\n"
        "Wij hebben u eerder gevraagd de onderstaande posten te betalen, maar wij hebben uw betaling nog niet "
        "ontvangen. Het openstaande bedrag is {overdue}.\n\n"
        "U heeft 14 dagen de tijd om dit bedrag te betalen, te rekenen vanaf de dag na ontvangst van deze brief. "
        "Ontvangt u deze brief op de dag na de dagtekening, dan moet uw betaling uiterlijk op {pay_by} bij ons "
        "binnen zijn.\n\n"
        "Betaalt u niet binnen deze termijn, dan bent u naast het openstaande bedrag ook buitengerechtelijke "
        "incassokosten verschuldigd. Deze incassokosten bedragen {costs}, berekend volgens het Besluit vergoeding "
        "voor buitengerechtelijke incassokosten.",
        _NL_PAID + " Kunt u het bedrag niet in één keer betalen, neem dan contact met ons op; wij denken graag met "
        "u mee over een betalingsregeling.\n\n" + _NL_SIGN,
    ),
)
