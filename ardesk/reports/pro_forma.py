"""Pro forma invoice layout: a draft invoice drawn like the invoice (reports/invoice.py), titled "Pro forma
invoice", without an invoice number, with a notice that it is not a VAT invoice."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ardesk.reports import texts
from ardesk.reports.order_documents import ORDER_LABELS, ProFormaDoc, label
from ardesk.reports.styles import (
    BODY_WIDTH,
    PAD_X,
    LetterTemplate,
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

#: As the invoice: description takes what quantity, unit price, VAT and amount leave.
NUMBER_COLUMNS = (18 * mm, 24 * mm, 15 * mm, 27 * mm)


def render_pro_forma(doc: ProFormaDoc, path: str | os.PathLike[str]) -> None:
    """Write the pro forma invoice as a PDF file at path, in the customer's language."""
    inv, lang = doc.invoice, doc.invoice.language
    st = styles(choose_fonts(printed_strings(doc)))
    title = label("pro_forma", lang)
    template = LetterTemplate(
        path,
        inv.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=label("pro_forma_continued", lang),
        title=title,
        author=inv.company.name,
        subject=f"{title} · {inv.customer.name}",
    )
    template.render(
        [
            Paragraph(title, st.title),
            _lines_table(doc, st),
            Spacer(1, 4 * mm),
            KeepTogether([_totals_table(doc, st), Spacer(1, 7 * mm), *_closing(doc, st)]),
        ]
    )


def printed_strings(doc: ProFormaDoc) -> Iterator[str]:
    """A superset of the characters the pro forma prints (for choose_fonts)."""
    yield from document_strings(doc.invoice, doc.invoice.language, doc.invoice.currency)
    yield from (pair[doc.invoice.language == "nl"] for pair in ORDER_LABELS.values())


def reference(doc: ProFormaDoc) -> str:
    """What the customer mentions when paying in advance: the draft's reference, not an invoice number."""
    return label("pro_forma_draft", doc.invoice.language, id=str(doc.draft_id))


def _first_page(canv: Canvas, st: Styles, doc: ProFormaDoc) -> None:
    inv, lang = doc.invoice, doc.invoice.language
    draw_address_window(canv, st.fonts, inv.company, inv.customer)
    rows: list[tuple[str, str | None]] = [
        (label("pro_forma_reference", lang), reference(doc)),
        (label("pro_forma_date", lang), texts.long_date(inv.date, lang)),
        (label("pro_forma_due", lang), texts.long_date(inv.due_date, lang) if inv.due_date else None),
        (texts.text("customer_number", lang), inv.customer.account),
        (texts.text("customer_vat", lang), inv.customer.vat_number),
        (texts.text("ordered_by", lang), inv.ordered_by),
    ]
    draw_info_block(canv, st.fonts, rows)


def _lines_table(doc: ProFormaDoc, st: Styles) -> Table:
    inv, lang = doc.invoice, doc.invoice.language
    widths = (BODY_WIDTH - sum(NUMBER_COLUMNS), *NUMBER_COLUMNS)
    data: list[list[object]] = [
        [texts.text(key, lang) for key in ("description", "quantity", "unit_price", "vat", "amount")]
    ]
    for line in inv.lines:
        data.append(
            [
                cell(line.description, st.cell, widths[0] - 2 * PAD_X),
                "" if line.quantity is None else texts.quantity(line.quantity, lang),
                "" if line.unit_price is None else texts.unit_price(line.unit_price, lang),
                "" if line.tax_rate is None else texts.percent(line.tax_rate, lang),
                texts.money(line.amount, inv.currency, lang, symbol=False),
            ]
        )
    return data_table(data, widths, st, right=range(1, len(widths)))


def _totals_table(doc: ProFormaDoc, st: Styles) -> Table:
    inv, lang, t = doc.invoice, doc.invoice.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, inv.currency, lang)

    rows: list[list[object]] = []
    if inv.taxes or inv.charges:
        rows.append([t("subtotal", lang), money(inv.lines_total)])
    rows += [[para(charge.description, st.body), money(charge.amount)] for charge in inv.charges]
    rows += [
        [t("vat_on", lang, rate=texts.percent(tax.rate, lang), base=money(tax.base)), money(tax.tax)]
        for tax in inv.taxes
    ]
    rows.append([t("total", lang), money(inv.total)])
    return totals_table(rows, st)


def _closing(doc: ProFormaDoc, st: Styles) -> list[Flowable]:
    """Payment terms, the request to pay in advance, the not-a-VAT-invoice notice and the notes."""
    inv, lang = doc.invoice, doc.invoice.language
    out: list[Flowable] = []
    if inv.terms:
        out.append(Paragraph(f"<b>{markup(texts.text('terms', lang))}:</b> {markup(inv.terms)}", st.body))
    out.append(
        Paragraph(
            label(
                "pro_forma_pay",
                lang,
                amount=bold(texts.money(inv.total, inv.currency, lang)),
                date=bold(texts.long_date(inv.due_date or inv.date, lang)),
                reference=bold(reference(doc)),
            ),
            st.body,
        )
    )
    out += [Spacer(1, 3 * mm), Paragraph(f"<b>{escape(label('pro_forma_notice', lang))}</b>", st.small)]
    if inv.notes:
        out += [Spacer(1, 4 * mm), para(inv.notes, st.small)]
    return out
