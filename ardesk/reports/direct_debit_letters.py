"""SEPA direct debit prints (DOMAIN 7.3, 7.4): the mandate form the debtor signs, and the pre-notification
letters of a run, drawn from plain data gathered by services.direct_debit_printing (no database, no Qt)."""

from __future__ import annotations

import datetime as dt
import os
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ardesk.i18n import babel_locale, format_date
from ardesk.reports import texts
from ardesk.reports.documents import Addressee, Letterhead
from ardesk.reports.styles import (
    ACCENT,
    BODY_WIDTH,
    MUTED,
    PAD_X,
    RULE,
    SHADE,
    LetterTemplate,
    NumberedCanvas,
    Styles,
    bold,
    cell,
    choose_fonts,
    data_table,
    document_strings,
    draw_address_window,
    draw_info_block,
    markup,
    para,
    styles,
    totals_table,
)
from ardesk.services.bank import format_iban

#: The character that hides the digits of a masked IBAN.
MASK = "*"

# --- the documents ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MandateFormDoc:
    """A SEPA mandate to be signed by the debtor: the creditor (letterhead, creditor identifier), the mandate's
    reference, scheme and type, and the debtor's name, address and account; place and date when signed."""

    company: Letterhead
    creditor_id: str
    customer: Addressee
    language: str  # en | nl
    reference: str
    scheme: str  # CORE | COR1 | B2B
    recurring: bool
    iban: str
    bic: str | None = None
    signed_at: str = ""
    signed_on: dt.date | None = None
    country: str = ""  # the debtor's country code (printed when given)


@dataclass(frozen=True)
class PrenotificationLine:
    """One invoice the run collects: its number, dates and the amount collected (the open balance, net of a
    cash discount still available on the collection date)."""

    invoice: str
    date: dt.date | None
    due_date: dt.date | None
    amount: Decimal


@dataclass(frozen=True)
class PrenotificationDoc:
    """The notice to one debtor of what a direct-debit run will collect (DOMAIN 7.4), in the debtor's language."""

    company: Letterhead
    customer: Addressee
    language: str
    currency: str
    collection_date: dt.date
    creditor_id: str
    mandate: str
    scheme: str
    iban: str
    lines: tuple[PrenotificationLine, ...]
    total: Decimal
    date: dt.date | None = None  # the letter's date (None: not printed)


# --- texts --------------------------------------------------------------------------------------------

#: Label key -> (English, Dutch); placeholders are filled with formatted, escaped text where marked up.
LABELS: dict[str, tuple[str, str]] = {
    "mandate_title": ("SEPA Direct Debit Mandate", "Doorlopende machtiging SEPA"),
    "mandate_title_once": ("SEPA Direct Debit Mandate (one-off)", "Eenmalige machtiging SEPA"),
    "mandate_title_b2b": (
        "SEPA Business-to-Business Direct Debit Mandate",
        "Doorlopende machtiging SEPA Bedrijven Incasso",
    ),
    "mandate_title_b2b_once": (
        "SEPA Business-to-Business Direct Debit Mandate (one-off)",
        "Eenmalige machtiging SEPA Bedrijven Incasso",
    ),
    # The EPC rulebook's wording (Core and B2B) and the Betaalvereniging's Dutch standard texts.
    "mandate_core": (
        "By signing this mandate form, you authorise (A) {creditor} to send instructions to your bank to debit "
        "your account and (B) your bank to debit your account in accordance with the instructions from "
        "{creditor}. As part of your rights, you are entitled to a refund from your bank under the terms and "
        "conditions of your agreement with your bank. A refund must be claimed within 8 weeks starting from the "
        "date on which your account was debited.",
        "Door ondertekening van dit formulier geeft u toestemming aan {creditor} om doorlopende incasso-opdrachten "
        "te sturen naar uw bank om een bedrag van uw rekening af te schrijven en aan uw bank om doorlopend een "
        "bedrag van uw rekening af te schrijven overeenkomstig de opdracht van {creditor}. Als u het niet eens "
        "bent met deze afschrijving kunt u deze laten terugboeken. Neem hiervoor binnen 8 weken na afschrijving "
        "contact op met uw bank. Vraag uw bank naar de voorwaarden.",
    ),
    "mandate_core_once": (
        "By signing this mandate form, you authorise (A) {creditor} to send instructions to your bank to debit "
        "your account and (B) your bank to debit your account in accordance with the instructions from "
        "{creditor}. As part of your rights, you are entitled to a refund from your bank under the terms and "
        "conditions of your agreement with your bank. A refund must be claimed within 8 weeks starting from the "
        "date on which your account was debited.",
        "Door ondertekening van dit formulier geeft u toestemming aan {creditor} om een eenmalige "
        "incasso-opdracht te sturen naar uw bank om een bedrag van uw rekening af te schrijven en aan uw bank om "
        "eenmalig een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van {creditor}. Als u "
        "het niet eens bent met deze afschrijving kunt u deze laten terugboeken. Neem hiervoor binnen 8 weken na "
        "afschrijving contact op met uw bank. Vraag uw bank naar de voorwaarden.",
    ),
    "mandate_b2b": (
        "By signing this mandate form, you authorise (A) {creditor} to send instructions to your bank to debit "
        "your account and (B) your bank to debit your account in accordance with the instructions from "
        "{creditor}. This mandate is only intended for business-to-business transactions. You are not entitled "
        "to a refund from your bank after your account has been debited, but you are entitled to request your "
        "bank not to debit your account up until the day on which the payment is due.",
        "Door ondertekening van dit formulier geeft u toestemming aan {creditor} om doorlopende incasso-opdrachten "
        "te sturen naar uw bank om een bedrag van uw rekening af te schrijven en aan uw bank om doorlopend een "
        "bedrag van uw rekening af te schrijven overeenkomstig de opdracht van {creditor}. Deze machtiging is "
        "uitsluitend bedoeld voor incasso's van zakelijke rekeningen. U heeft geen recht op terugboeking van "
        "de afschrijving. U heeft wel het recht uw bank te verzoeken de afschrijving niet uit te voeren, "
        "uiterlijk op de dag waarop de betaling verschuldigd is. Vraag uw bank naar de voorwaarden.",
    ),
    "mandate_b2b_once": (
        "By signing this mandate form, you authorise (A) {creditor} to send instructions to your bank to debit "
        "your account and (B) your bank to debit your account in accordance with the instructions from "
        "{creditor}. This mandate is only intended for business-to-business transactions. You are not entitled "
        "to a refund from your bank after your account has been debited, but you are entitled to request your "
        "bank not to debit your account up until the day on which the payment is due.",
        "Door ondertekening van dit formulier geeft u toestemming aan {creditor} om een eenmalige "
        "incasso-opdracht te sturen naar uw bank om een bedrag van uw rekening af te schrijven en aan uw bank om "
        "eenmalig een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van {creditor}. Deze "
        "machtiging is uitsluitend bedoeld voor incasso's van zakelijke rekeningen. U heeft geen recht op "
        "terugboeking van de afschrijving. U heeft wel het recht uw bank te verzoeken de afschrijving niet uit "
        "te voeren, uiterlijk op de dag waarop de betaling verschuldigd is. Vraag uw bank naar de voorwaarden.",
    ),
    "mandate_b2b_register": (
        "Before the first collection, please have this mandate registered with your bank.",
        "Laat deze machtiging vóór de eerste incasso registreren bij uw bank.",
    ),
    "mandate_rights": (
        "Your rights regarding the above mandate are explained in a statement that you can obtain from your bank.",
        "Uw rechten met betrekking tot deze machtiging staan in een verklaring die u bij uw bank kunt opvragen.",
    ),
    "mandate_return": (
        "Please sign this form and return it to {name}.",
        "Wilt u dit formulier ondertekenen en terugsturen naar {name}?",
    ),
    "creditor": ("Creditor", "Incassant"),
    "debtor": ("Debtor (account holder)", "Rekeninghouder"),
    "name": ("Name", "Naam"),
    "address": ("Address", "Adres"),
    "country": ("Country", "Land"),
    "creditor_id": ("Creditor identifier", "Incassant-ID"),
    "mandate_reference": ("Mandate reference", "Kenmerk machtiging"),
    "payment_type": ("Type of payment", "Soort incasso"),
    "recurrent": ("Recurrent payment", "Doorlopend"),
    "one_off": ("One-off payment", "Eenmalig"),
    "scheme": ("Scheme", "Incassosoort"),
    "scheme_CORE": ("SEPA Core direct debit", "SEPA Incasso Algemeen (Core)"),
    "scheme_COR1": ("SEPA Core direct debit (COR1)", "SEPA Incasso Algemeen (COR1)"),
    "scheme_B2B": ("SEPA Business-to-Business direct debit", "SEPA Bedrijven Incasso (B2B)"),
    "iban": ("Account number (IBAN)", "Rekeningnummer (IBAN)"),
    "bic": ("Bank identifier (BIC)", "Bank Identificatie (BIC)"),
    "place": ("Place", "Plaats"),
    "date": ("Date", "Datum"),
    "signature": ("Signature", "Handtekening"),
    "customer_number": ("Customer number", "Klantnummer"),
    "mandate_continued": ("Mandate {number} (continued)", "Machtiging {number} (vervolg)"),
    # pre-notification
    "notice_title": ("Notice of SEPA direct debit", "Vooraankondiging SEPA-incasso"),
    "notice_continued": (
        "Notice of direct debit {account} (continued)",
        "Vooraankondiging incasso {account} (vervolg)",
    ),
    "notice_date": ("Date", "Datum"),
    "collection_date": ("Collection date", "Incassodatum"),
    "your_account": ("Your account", "Uw rekening"),
    "notice_intro": (
        "On {date} we will collect {total} from your account {iban} by SEPA direct debit, under mandate "
        "{mandate}, for the invoices below. Please make sure that the amount is available in your account on "
        "that day.",
        "Op {date} schrijven wij {total} via SEPA-incasso af van uw rekening {iban}, op grond van machtiging "
        "{mandate}, voor de onderstaande facturen. Wilt u ervoor zorgen dat het bedrag die dag op uw rekening "
        "beschikbaar is?",
    ),
    "invoice": ("Invoice", "Factuur"),
    "invoice_date": ("Invoice date", "Factuurdatum"),
    "due_date": ("Due date", "Vervaldatum"),
    "amount": ("Amount", "Bedrag"),
    "notice_total": ("Total to be collected", "Totaal af te schrijven"),
    "notice_refund": (
        "If you do not agree with this collection, you can have it refunded: contact your bank within 8 weeks "
        "of the debit.",
        "Bent u het niet eens met deze afschrijving, dan kunt u deze laten terugboeken. Neem hiervoor binnen "
        "8 weken na afschrijving contact op met uw bank.",
    ),
    "notice_b2b": (
        "Under a business-to-business mandate this collection cannot be refunded; you may ask your bank not to "
        "pay it, at the latest on the collection date.",
        "Bij een machtiging voor Bedrijven Incasso kunt u deze afschrijving niet laten terugboeken; u kunt uw "
        "bank uiterlijk op de incassodatum verzoeken haar niet uit te voeren.",
    ),
    "notice_questions": (
        "Questions about these invoices? Please contact us, mentioning your customer number {account}.",
        "Vragen over deze facturen? Neem dan contact met ons op en vermeld uw klantnummer {account}.",
    ),
}


def text(key: str, language: str, **values: str) -> str:
    """The label in the document's language (English unless Dutch), placeholders filled."""
    english, dutch = LABELS[key]
    template = dutch if language == "nl" else english
    return template.format(**values) if values else template


def mask_iban(iban: str) -> str:
    """The IBAN with every character but the last four hidden, in groups of four: "**** **** **** **43 00"."""
    plain = "".join(iban.split())
    return format_iban(MASK * max(len(plain) - 4, 0) + plain[-4:])


def _strings(doc: MandateFormDoc | PrenotificationDoc, currency: str) -> Iterator[str]:
    """Every character the document may print (for choose_fonts)."""
    yield from document_strings(doc, doc.language, currency)
    yield from (label[doc.language == "nl"] for label in LABELS.values())
    yield MASK


# --- shared pieces -----------------------------------------------------------------------------------

LABEL_W = 52 * mm
SIGNATURE_H = 24 * mm


def _section_style(st: Styles) -> ParagraphStyle:
    return ParagraphStyle(
        f"dd-section-{st.fonts.regular}",
        parent=st.body,
        fontName=st.fonts.bold,
        fontSize=10,
        leading=13,
        textColor=ACCENT,
        spaceBefore=3.5 * mm,
        spaceAfter=1.2 * mm,
    )


def _fields(rows: Sequence[tuple[str, str | None]], st: Styles, *, signature: str | None = None) -> Table:
    """A two-column form: the label in muted small print, the value (printed literally) or, when None, an
    empty line to write on; signature adds a tall box for the signature."""
    value_w = BODY_WIDTH - LABEL_W
    value_style = ParagraphStyle(f"dd-value-{st.fonts.regular}", parent=st.body, fontSize=9.5, leading=12.5)
    data: list[list[object]] = []
    blanks: list[int] = []
    for i, (label, value) in enumerate(rows):
        data.append([label, para(value, value_style) if value else ""])
        if not value:
            blanks.append(i)
    commands: list[tuple] = [
        ("FONT", (0, 0), (0, -1), st.fonts.regular, 8),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        *(("LINEBELOW", (1, i), (1, i), 0.6, MUTED) for i in blanks),  # a line to write on
    ]
    heights: list[float | None] = [None] * len(data)
    if signature is not None:
        data.append([signature, ""])
        heights.append(SIGNATURE_H)
        last = len(data) - 1
        commands += [("BOX", (1, last), (1, last), 0.8, MUTED), ("BACKGROUND", (1, last), (1, last), "#fbfcfd")]
    table = Table(data, colWidths=(LABEL_W, value_w), rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def _boxed(paragraph: Flowable) -> Table:
    """The legal text in a light band."""
    table = Table([[paragraph]], colWidths=(BODY_WIDTH,))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


def _one_line(value: str | None) -> str:
    return ", ".join(line.strip() for line in (value or "").splitlines() if line.strip())


# --- the mandate form ---------------------------------------------------------------------------------


def mandate_title(doc: MandateFormDoc) -> str:
    key = "mandate_title_b2b" if doc.scheme == "B2B" else "mandate_title"
    return text(key if doc.recurring else f"{key}_once", doc.language)


def mandate_wording(doc: MandateFormDoc) -> str:
    """The standard text the debtor agrees to (plain text, the creditor's name filled in)."""
    key = "mandate_b2b" if doc.scheme == "B2B" else "mandate_core"
    return _with_name(key if doc.recurring else f"{key}_once", doc.language, "creditor", doc.company.name)


def _with_name(key: str, language: str, placeholder: str, name: str) -> str:
    """The text with the name filled in, without a second full stop after a name ending in one ("B.V.")."""
    filled = text(key, language, **{placeholder: name})
    return filled.replace(f"{name}.", name) if name.endswith(".") else filled


def render_mandate_form(doc: MandateFormDoc, path: str | os.PathLike[str]) -> None:
    """Write the mandate form as a one-page A4 PDF at path: sent to the debtor, signed and returned."""
    lang = doc.language
    st = styles(choose_fonts(_strings(doc, "EUR")))
    title = mandate_title(doc)
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _mandate_first_page(canv, st, doc),
        fonts=st.fonts,
        continued=text("mandate_continued", lang, number=doc.reference),
        title=f"{title} {doc.reference}",
        author=doc.company.name,
        subject=f"{title} {doc.reference} · {doc.customer.name}",
    )
    title_style = ParagraphStyle(
        f"dd-title-{st.fonts.regular}", parent=st.title, fontSize=15, leading=19, spaceAfter=3.5 * mm
    )
    legal = ParagraphStyle(f"dd-legal-{st.fonts.regular}", parent=st.body, fontSize=9, leading=12.2)
    section = _section_style(st)
    t = partial(text, language=lang)
    type_text = t("recurrent") if doc.recurring else t("one_off")
    creditor = [
        (t("name"), doc.company.name),
        (t("address"), _one_line(doc.company.address)),
        (t("creditor_id"), doc.creditor_id),
        (t("mandate_reference"), doc.reference),
        (t("payment_type"), type_text),
        (t("scheme"), t(f"scheme_{doc.scheme}") if f"scheme_{doc.scheme}" in LABELS else doc.scheme),
    ]
    debtor = [
        (t("name"), doc.customer.name),
        (t("address"), _one_line(doc.customer.address)),
        *([(t("country"), doc.country)] if doc.country else []),
        (t("iban"), format_iban(doc.iban) if doc.iban else None),
        (t("bic"), doc.bic),
        (t("place"), doc.signed_at or None),
        (t("date"), texts.long_date(doc.signed_on, lang) if doc.signed_on else None),
    ]
    notes = [t("mandate_rights")]
    if doc.scheme == "B2B":
        notes.insert(0, t("mandate_b2b_register"))
    notes.append(_with_name("mandate_return", lang, "name", doc.company.name))
    template.render(
        [
            para(title, title_style),
            _boxed(para(mandate_wording(doc), legal)),
            para(t("creditor"), section),
            _fields(creditor, st),
            KeepTogether([para(t("debtor"), section), _fields(debtor, st, signature=t("signature"))]),
            Spacer(1, 3 * mm),
            para(" ".join(notes), st.small),
        ]
    )


def _mandate_first_page(canv: Canvas, st: Styles, doc: MandateFormDoc) -> None:
    lang = doc.language
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    draw_info_block(
        canv,
        st.fonts,
        [
            (text("mandate_reference", lang), doc.reference),
            (text("creditor_id", lang), doc.creditor_id),
            (text("customer_number", lang), doc.customer.account),
        ],
    )


# --- pre-notification letters ---------------------------------------------------------------------------

DATE_W, AMOUNT_W = 28 * mm, 32 * mm
LINE_WIDTHS = (BODY_WIDTH - 2 * DATE_W - AMOUNT_W, DATE_W, DATE_W, AMOUNT_W)


def render_prenotifications(docs: Sequence[PrenotificationDoc], path: str | os.PathLike[str]) -> None:
    """Write the pre-notification letters into one PDF: each starts on a new page with the letterhead, its
    own address window, language and "Page n of m"."""
    if not docs:
        raise ValueError("no letters to print")
    st = styles(choose_fonts(s for doc in docs for s in _strings(doc, doc.currency)))
    starts: list[int] = []  # the page each letter starts on

    def template(i: int) -> LetterTemplate:
        doc = docs[i]

        def first_page(canv: Canvas) -> None:
            starts.append(canv.getPageNumber())
            _notice_first_page(canv, st, doc)

        title = text("notice_title", docs[0].language)
        return LetterTemplate(
            path,
            doc.company,
            doc.language,
            first_page=first_page,
            fonts=st.fonts,
            continued=text("notice_continued", doc.language, account=doc.customer.account),
            title=f"{title} {texts.long_date(docs[0].collection_date, docs[0].language)}",
            author=doc.company.name,
            subject=title,
        )

    main = template(0)
    flowables: list[Flowable] = []
    for i, doc in enumerate(docs):
        if i:
            flowables += [_NextLetter(template, i), NextPageTemplate("first"), PageBreak()]
        flowables += _notice_flowables(doc, st)

    def label(page: int, pages: int) -> str:
        i = bisect_right(starts, page) - 1
        last = starts[i + 1] - 1 if i + 1 < len(starts) else pages
        return texts.text("page", docs[i].language, page=str(page - starts[i] + 1), pages=str(last - starts[i] + 1))

    main.build(flowables, canvasmaker=partial(NumberedCanvas, page_label=label, font=st.fonts.regular))


class _NextLetter(ActionFlowable):
    """Between two letters of one file: the next letter's page templates (its address window) replace the
    current ones; the page on the press keeps its own."""

    def __init__(self, make: Callable[[int], LetterTemplate], index: int) -> None:
        super().__init__()
        self.make, self.index = make, index

    def apply(self, doc: BaseDocTemplate) -> None:
        doc.pageTemplates[:] = self.make(self.index).pageTemplates


def _notice_first_page(canv: Canvas, st: Styles, doc: PrenotificationDoc) -> None:
    lang = doc.language
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    draw_info_block(
        canv,
        st.fonts,
        [
            (text("collection_date", lang), texts.long_date(doc.collection_date, lang)),
            (text("notice_date", lang), texts.long_date(doc.date, lang) if doc.date else None),
            (text("customer_number", lang), doc.customer.account),
            (text("mandate_reference", lang), doc.mandate),
            (text("creditor_id", lang), doc.creditor_id),
            (text("your_account", lang), mask_iban(doc.iban)),
        ],
    )


def _notice_flowables(doc: PrenotificationDoc, st: Styles) -> list[Flowable]:
    lang = doc.language
    subject = ParagraphStyle(
        f"dd-subject-{st.fonts.regular}",
        parent=st.body,
        fontName=st.fonts.bold,
        fontSize=12,
        leading=15,
        textColor=ACCENT,
        spaceAfter=5 * mm,
    )
    body = ParagraphStyle(f"dd-body-{st.fonts.regular}", parent=st.body, fontSize=10, leading=13.5, spaceAfter=3 * mm)
    total = texts.money(doc.total, doc.currency, lang)
    intro = text(
        "notice_intro",
        lang,
        date=bold(texts.long_date(doc.collection_date, lang)),
        total=bold(total),
        iban=escape(mask_iban(doc.iban)),
        mandate=bold(doc.mandate),
    )
    locale = babel_locale(lang)
    data: list[list[object]] = [[text(k, lang) for k in ("invoice", "invoice_date", "due_date", "amount")]]
    for line in doc.lines:
        data.append(
            [
                cell(line.invoice, st.cell, LINE_WIDTHS[0] - 2 * PAD_X),
                format_date(line.date, locale),
                format_date(line.due_date, locale),
                texts.money(line.amount, doc.currency, lang, symbol=False),
            ]
        )
    closing = text("notice_b2b" if doc.scheme == "B2B" else "notice_refund", lang)
    return [
        Paragraph(markup(text("notice_title", lang)), subject),
        Paragraph(intro, body),
        Spacer(1, 1 * mm),
        data_table(data, LINE_WIDTHS, st, right=(3,)),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                totals_table([[text("notice_total", lang), total]], st),
                Spacer(1, 6 * mm),
                para(closing, body),
                para(text("notice_questions", lang, account=doc.customer.account), body),
            ]
        ),
    ]
