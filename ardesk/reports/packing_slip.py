"""Packing slip layout: draws a gathered PackingSlipDoc as an A4 PDF on the company letterhead (no prices)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ardesk.reports import texts
from ardesk.reports.order_documents import ORDER_LABELS, PackingSlipDoc, label
from ardesk.reports.styles import (
    BODY_WIDTH,
    PAD_X,
    RULE,
    LetterTemplate,
    Styles,
    cell,
    choose_fonts,
    data_table,
    document_strings,
    draw_address_window,
    draw_info_block,
    para,
    styles,
)

#: Item, then description (the spare width), unit, ordered, delivered, to follow.
ITEM_WIDTH = 24 * mm
NUMBER_COLUMNS = (16 * mm, 20 * mm, 22 * mm, 24 * mm)


def render_packing_slip(doc: PackingSlipDoc, path: str | os.PathLike[str]) -> None:
    """Write the packing slip as a PDF file at path, in the customer's language."""
    lang = doc.language
    st = styles(choose_fonts(printed_strings(doc)))
    title = label("packing_slip", lang)
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=label("slip_continued", lang, number=doc.number),
        title=f"{title} {doc.number}",
        author=doc.company.name,
        subject=f"{title} {doc.number} · {doc.customer.name}",
    )
    template.render(
        [
            Paragraph(title, st.title),
            _lines_table(doc, st),
            Spacer(1, 5 * mm),
            KeepTogether(_closing(doc, st)),
        ]
    )


def printed_strings(doc: PackingSlipDoc) -> Iterator[str]:
    """A superset of the characters the slip prints (for choose_fonts): its texts, the labels and formats."""
    yield from document_strings(doc, doc.language, "EUR")
    yield from (pair[doc.language == "nl"] for pair in ORDER_LABELS.values())


def _first_page(canv: Canvas, st: Styles, doc: PackingSlipDoc) -> None:
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    lang = doc.language
    rows: list[tuple[str, str | None]] = [
        (label("slip_number", lang), doc.number),
        (label("delivery_date", lang), texts.long_date(doc.date, lang)),
        (label("sales_order", lang), doc.order_number),
        (label("order_date", lang), texts.long_date(doc.order_date, lang)),
        (label("your_reference", lang), doc.reference),
        (texts.text("customer_number", lang), doc.customer.account),
    ]
    draw_info_block(canv, st.fonts, rows)


def _lines_table(doc: PackingSlipDoc, st: Styles) -> Table:
    lang = doc.language
    widths = (ITEM_WIDTH, BODY_WIDTH - ITEM_WIDTH - sum(NUMBER_COLUMNS), *NUMBER_COLUMNS)
    header: list[object] = [
        label("item", lang),
        texts.text("description", lang),
        label("unit", lang),
        label("ordered", lang),
        label("delivered_now", lang),
        label("backorder", lang),
    ]
    data: list[list[object]] = [header]
    for line in doc.lines:
        data.append(
            [
                cell(line.item or "", st.cell, widths[0] - 2 * PAD_X),
                cell(line.description, st.cell, widths[1] - 2 * PAD_X),
                line.unit or "",
                texts.quantity(line.ordered, lang),
                texts.quantity(line.delivered, lang),
                texts.quantity(line.remaining, lang) if line.remaining else "–",
            ]
        )
    bold = [("FONT", (4, 1), (4, -1), st.fonts.bold, st.cell.fontSize)]  # what is in the box
    return data_table(data, widths, st, right=range(3, len(widths)), style=bold)


def _closing(doc: PackingSlipDoc, st: Styles) -> list[Flowable]:
    """A count of what is in the box, whether more follows, and a field to sign for receipt."""
    lang = doc.language
    delivered = sum((line.delivered for line in doc.lines), Decimal(0))
    out: list[Flowable] = [
        para(label("slip_lines", lang, count=str(len(doc.lines)), quantity=texts.quantity(delivered, lang)), st.body),
        para(label("slip_backorder" if any(line.remaining for line in doc.lines) else "slip_complete", lang), st.body),
        Spacer(1, 12 * mm),
    ]
    sign = Table(
        [
            [label("received", lang), "", ""],
            ["", "", ""],
            [label("signature", lang), "", label("date", lang)],
        ],
        colWidths=(80 * mm, 10 * mm, 45 * mm),
        rowHeights=(6 * mm, 12 * mm, 5 * mm),
        hAlign="LEFT",
    )
    sign.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), st.fonts.bold, 9),
                ("FONT", (0, 2), (-1, 2), st.fonts.regular, 7.5),
                ("TEXTCOLOR", (0, 2), (-1, 2), st.small.textColor),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, RULE),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(sign)
    return out
