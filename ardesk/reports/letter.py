"""Collection letter layout: draws a gathered CollectionLetterDoc as an A4 PDF letter (no database, no Qt)."""

from __future__ import annotations

import os
import re
from decimal import Decimal
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ardesk.i18n import babel_locale, format_date
from ardesk.reports import texts
from ardesk.reports.documents import CollectionLetterDoc, LetterLineDoc
from ardesk.reports.styles import (
    ACCENT,
    BODY_WIDTH,
    PAD_X,
    FontSet,
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

#: Overdue items table: document (what the others leave), date, due date, days overdue, amount, open balance.
DATE_W, DAYS_W, AMOUNT_W = 21 * mm, 25 * mm, 26 * mm
ITEM_WIDTHS = (BODY_WIDTH - 2 * DATE_W - DAYS_W - 2 * AMOUNT_W, DATE_W, DATE_W, DAYS_W, AMOUNT_W, AMOUNT_W)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@cache
def letter_styles(fonts: FontSet) -> tuple[ParagraphStyle, ParagraphStyle]:
    """The subject line and the running text of a letter: a size above the invoice's body, paragraphs apart."""
    st = styles(fonts)
    subject = ParagraphStyle(
        f"letter-subject-{fonts.regular}",
        parent=st.body,
        fontName=fonts.bold,
        fontSize=12,
        leading=15,
        textColor=ACCENT,
        spaceAfter=5 * mm,
    )
    body = ParagraphStyle(f"letter-body-{fonts.regular}", parent=st.body, fontSize=10, leading=13.5, spaceAfter=3 * mm)
    return subject, body


def render_collection_letter(doc: CollectionLetterDoc, path: str | os.PathLike[str]) -> None:
    """Write the collection letter as a PDF file at path."""
    lang = doc.language
    st = styles(choose_fonts(document_strings(doc, lang, doc.currency)))
    subject, body = letter_styles(st.fonts)
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=texts.text("continued", lang, title=texts.text("letter", lang), number=doc.number),
        title=f"{doc.subject} {doc.number}",
        author=doc.company.name,
        subject=f"{doc.subject} · {doc.customer.name}",
    )
    flowables: list[Flowable] = [para(doc.subject, subject), *paragraphs(doc.body, body)]
    if doc.lines:
        flowables += [Spacer(1, 1 * mm), _items_table(doc, st), Spacer(1, 4 * mm)]
    request = payment_request(
        doc.company,
        lang,
        amount=texts.money(doc.total_due, doc.currency, lang),
        date=texts.long_date(doc.pay_by, lang) if doc.pay_by else None,
        reference=doc.payment_reference or doc.number,
    )
    ending = [_totals_table(doc, st), Spacer(1, 6 * mm), Paragraph(request, body), *paragraphs(doc.closing, body)]
    flowables.append(KeepTogether(ending))
    template.render(flowables)


def paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new one, a single line break stays a line break; & < >
    print literally."""
    return [para(block.strip("\n"), style) for block in _BLANK_LINE.split(value.strip()) if block.strip()]


# --- page 1: address window and information block -------------------------------------------------


def _first_page(canv: Canvas, st: Styles, doc: CollectionLetterDoc) -> None:
    lang, t = doc.language, texts.text
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    rows = [
        (t("letter_reference", lang), doc.number),
        (t("letter_date", lang), texts.long_date(doc.date, lang)),
        (t("customer_number", lang), doc.customer.account),
    ]
    draw_info_block(canv, st.fonts, rows)


# --- body ---------------------------------------------------------------------------------------------


def _items_table(doc: CollectionLetterDoc, st: Styles) -> Table:
    lang, t = doc.language, texts.text
    locale = babel_locale(lang)
    keys = ("letter_document", "letter_date", "due_date", "letter_days_overdue", "amount", "letter_open")
    data: list[list[object]] = [[t(key, lang) for key in keys]]
    for line in doc.lines:
        data.append(
            [
                cell(_document(line, lang), st.cell, ITEM_WIDTHS[0] - 2 * PAD_X),
                format_date(line.date, locale),
                format_date(line.due_date, locale),
                str(line.days_overdue),
                texts.money(line.amount, doc.currency, lang, symbol=False),
                texts.money(line.balance, doc.currency, lang, symbol=False),
            ]
        )
    return data_table(data, ITEM_WIDTHS, st, right=range(3, 6))


def _document(line: LetterLineDoc, language: str) -> str:
    """The number, after the kind of document unless it is an invoice ("Rentenota RN-000012")."""
    key = f"kind_{line.kind}"
    if line.kind == "invoice" or key not in texts.LABELS:
        return line.number
    return f"{texts.text(key, language)} {line.number}"


def _totals_table(doc: CollectionLetterDoc, st: Styles) -> Table:
    """Overdue amount, costs and interest when there are any, and the total due."""
    lang, t = doc.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, doc.currency, lang)

    rows: list[list[object]] = []
    if doc.fee or doc.interest:
        rows.append([t("letter_overdue_total", lang), money(doc.overdue_total)])
        if doc.fee:
            rows.append([t("letter_fee", lang), money(doc.fee)])
        if doc.interest:
            rows.append([t("letter_interest", lang), money(doc.interest)])
    rows.append([t("letter_total_due", lang), money(doc.total_due)])
    return totals_table(rows, st)
