"""Interest note layout: draws a gathered InterestNoteDoc as an A4 PDF (no database, no Qt)."""

from __future__ import annotations

import os
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ardesk.i18n import babel_locale, format_date
from ardesk.reports import texts
from ardesk.reports.documents import InterestLineDoc, InterestNoteDoc
from ardesk.reports.styles import (
    BODY_WIDTH,
    PAD_X,
    LetterTemplate,
    Styles,
    cell,
    choose_fonts,
    data_table,
    document_strings,
    draw_address_window,
    draw_info_block,
    para,
    payment_request,
    styles,
    totals_table,
)

#: Lines table: document (what the others leave), due date, period, days, base amount, rate, interest.
DATE_W, PERIOD_W, DAYS_W, AMOUNT_W, RATE_W = 20 * mm, 38 * mm, 12 * mm, 25 * mm, 17 * mm
LINE_WIDTHS = (
    BODY_WIDTH - DATE_W - PERIOD_W - DAYS_W - 2 * AMOUNT_W - RATE_W,
    DATE_W,
    PERIOD_W,
    DAYS_W,
    AMOUNT_W,
    RATE_W,
    AMOUNT_W,
)
#: States printed with a mark across every page and a status line; the others (posted, reinstated) print plain.
MARKED = ("created", "waived", "reversed", "cancelled")
#: States whose note is not to be paid: the request to pay gives way to a sentence saying so.
NOT_DUE = ("waived", "reversed", "cancelled")


def render_interest_note(doc: InterestNoteDoc, path: str | os.PathLike[str]) -> None:
    """Write the interest note as a PDF file at path; a draft, waived, reversed or cancelled note carries a
    mark ("CONCEPT", "KWIJTGESCHOLDEN", ...) across every page."""
    lang = doc.language
    st = styles(choose_fonts(document_strings(doc, lang, doc.currency)))
    title = texts.text("interest_title", lang)
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=texts.text("continued", lang, title=title, number=doc.number),
        watermark=state_label(doc).upper(),
        title=f"{title} {doc.number}",
        author=doc.company.name,
        subject=f"{title} {doc.number} · {doc.customer.name}",
    )
    intro = texts.text("interest_intro", lang, date=texts.long_date(doc.to_date, lang))
    template.render(
        [
            Paragraph(title, st.title),
            para(intro, st.body),
            Spacer(1, 3 * mm),
            _lines_table(doc, st),
            Spacer(1, 4 * mm),
            KeepTogether([_totals_table(doc, st), Spacer(1, 6 * mm), *_closing(doc, st)]),
        ]
    )


def state_label(doc: InterestNoteDoc) -> str:
    """ "Concept", "Waived", ... for a marked state, else ""."""
    return texts.text(f"interest_{doc.state}", doc.language) if doc.state in MARKED else ""


# --- page 1: address window and information block -------------------------------------------------


def _first_page(canv: Canvas, st: Styles, doc: InterestNoteDoc) -> None:
    lang, t = doc.language, texts.text
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    rows = [
        (t("interest_number", lang), doc.number),
        (t("interest_date", lang), texts.long_date(doc.date, lang)),
        (t("interest_to_date", lang), texts.long_date(doc.to_date, lang)),
        (t("due_date", lang), texts.long_date(doc.due_date, lang) if doc.due_date else None),
        (t("customer_number", lang), doc.customer.account),
        (t("interest_code", lang), doc.interest_code),
        (t("interest_status", lang), state_label(doc)),
    ]
    draw_info_block(canv, st.fonts, rows)


# --- body ---------------------------------------------------------------------------------------------


def _lines_table(doc: InterestNoteDoc, st: Styles) -> Table:
    lang, t = doc.language, texts.text
    locale = babel_locale(lang)
    keys = (
        "interest_document",
        "due_date",
        "interest_period",
        "interest_days",
        "interest_base",
        "interest_rate",
        "interest_amount",
    )
    data: list[list[object]] = [[t(key, lang) for key in keys]]
    for line in doc.lines:
        period = f"{format_date(line.start, locale)} – {format_date(line.end, locale)}"
        data.append(
            [
                cell(line.transaction, st.cell, LINE_WIDTHS[0] - 2 * PAD_X),
                format_date(line.due_date, locale),
                cell(period, st.cell, LINE_WIDTHS[2] - 2 * PAD_X),
                str(line.days),
                texts.money(line.base, doc.currency, lang, symbol=False),
                _rate(line, doc.currency, lang),
                texts.money(line.interest, doc.currency, lang, symbol=False),
            ]
        )
    return data_table(data, LINE_WIDTHS, st, right=(3, 4, 5, 6))


def _rate(line: InterestLineDoc, currency: str, language: str) -> str:
    """A yearly or interval percentage with two to four decimals as the app writes percentages ("12,50 %",
    "12.50%"), or the amount per interval of the amount methods."""
    if line.rate is None:
        return ""
    if line.method == "amount_per_interval":
        return texts.money(line.rate, currency, language)
    number = texts.unit_price(line.rate, language)  # two to four decimals: 8,00 12,25 8,125
    return f"{number}\u00a0%" if language == "nl" else f"{number}%"


def _totals_table(doc: InterestNoteDoc, st: Styles) -> Table:
    return totals_table([[texts.text("interest_total", doc.language), _money(doc, doc.total)]], st)


def _closing(doc: InterestNoteDoc, st: Styles) -> list[Flowable]:
    """How the interest was worked out (per-day lines), then how to pay, or that the note is not to be paid."""
    lang, t = doc.language, texts.text
    out: list[Flowable] = []
    if doc.state in NOT_DUE:
        out.append(para(t(f"interest_{doc.state}_note", lang), st.body))
    else:
        request = payment_request(
            doc.company,
            lang,
            amount=_money(doc, doc.total),
            date=texts.long_date(doc.due_date, lang) if doc.due_date else None,
            reference=doc.payment_reference or doc.number,
        )
        out.append(Paragraph(request, st.body))
    if any(line.method == "yearly_per_day" for line in doc.lines):
        out += [Spacer(1, 4 * mm), para(t("interest_per_day", lang), st.small)]
    return out


def _money(doc: InterestNoteDoc, value: Decimal) -> str:
    return texts.money(value, doc.currency, doc.language)
