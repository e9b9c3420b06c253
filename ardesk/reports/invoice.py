"""Invoice and credit note layout: draws a gathered InvoiceDoc as an A4 PDF (no database, no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ardesk.reports import texts
from ardesk.reports.documents import InvoiceDoc
from ardesk.reports.styles import (
    BODY_WIDTH,
    FIRST_BODY_TOP,
    INK,
    LEFT,
    MUTED,
    PAD_X,
    PAD_Y,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PLAIN_DROP,
    RIGHT,
    RULE,
    LetterTemplate,
    Run,
    Styles,
    cell,
    choose_fonts,
    draw_lines,
    letterhead_strings,
    lines_table_style,
    markup,
    para,
    styles,
    totals_table_style,
)
from ardesk.services.bank import format_iban

#: Lines table column widths: description takes what the numbers leave.
NUMBER_COLUMNS = (18 * mm, 24 * mm, 15 * mm, 27 * mm)
META_LABEL = 31 * mm
META_X = 125 * mm  # DIN 5008 information block
ADDRESS_TOP, ADDRESS_WIDTH = 50 * mm, 85 * mm


def render_invoice(doc: InvoiceDoc, path: str | os.PathLike[str]) -> None:
    """Write the invoice or credit note as a PDF file at path."""
    lang = doc.language
    st = styles(choose_fonts(printed_strings(doc)))
    title = texts.text(doc.kind, lang)
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=texts.text("continued", lang, title=title, number=doc.number),
        title=f"{title} {doc.number}",
        author=doc.company.name,
        subject=f"{title} {doc.number} · {doc.customer.name}",
    )
    template.render(
        [
            Paragraph(title, st.title),
            _lines_table(doc, st),
            Spacer(1, 4 * mm),
            KeepTogether([_totals_table(doc, st), Spacer(1, 7 * mm), *_closing(doc, st)]),
        ]
    )


def printed_strings(doc: InvoiceDoc) -> Iterator[str]:
    """A superset of the characters the document prints: its own texts, the letterhead, every label of its
    language and the characters Babel writes amounts, quantities, rates and dates of its language with."""
    yield from _texts_of(doc)
    yield from letterhead_strings(doc.company, doc.language)
    yield _formatting_sample(doc.language, doc.currency)


def _texts_of(value: object) -> Iterator[str]:
    for field in dataclasses.fields(value):  # type: ignore[arg-type]
        item = getattr(value, field.name)
        if isinstance(item, str):
            yield item
        elif isinstance(item, tuple):
            for element in item:
                yield from _texts_of(element)
        elif dataclasses.is_dataclass(item):
            yield from _texts_of(item)


@cache
def _formatting_sample(language: str, currency: str) -> str:
    number = Decimal("-1234567.8912")
    return " ".join(
        [
            *(label[language == "nl"] for label in texts.LABELS.values()),
            texts.money(number, currency, language),
            texts.money(number, currency, language, symbol=False),
            texts.quantity(number, language),
            texts.unit_price(number, language),
            texts.percent(Decimal("-21.5"), language),
            *(texts.long_date(dt.date(2026, month, 28), language) for month in range(1, 13)),
        ]
    )


# --- page 1: address window and information block -------------------------------------------------


def _first_page(canv: Canvas, st: Styles, doc: InvoiceDoc) -> None:
    head, width = doc.company, ADDRESS_WIDTH - 5 * mm
    sender = " · ".join([head.name, *(head.address or "").splitlines()])
    draw_lines(canv, st.fonts, [Run(sender, 6.5, color=MUTED)], LEFT, ADDRESS_TOP + 2 * mm, width, 4 * mm, wrap=False)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(LEFT, PAGE_HEIGHT - ADDRESS_TOP - 5 * mm, LEFT + width, PAGE_HEIGHT - ADDRESS_TOP - 5 * mm)
    recipient = [Run(doc.customer.name, 10), *(Run(line, 10) for line in (doc.customer.address or "").splitlines())]
    draw_lines(canv, st.fonts, recipient, LEFT, ADDRESS_TOP + 9 * mm, width, 31 * mm)
    _draw_meta(canv, st, doc)


def _draw_meta(canv: Canvas, st: Styles, doc: InvoiceDoc) -> None:
    """The information block right of the address window: number, dates, customer number."""
    lang, t = doc.language, texts.text
    credit = doc.is_credit_note
    rows: list[tuple[str, str | None]] = [
        (t("credit_note_number" if credit else "invoice_number", lang), doc.number),
        (t("credit_note_date" if credit else "invoice_date", lang), texts.long_date(doc.date, lang)),
        (t("due_date", lang), texts.long_date(doc.due_date, lang) if doc.due_date and not credit else None),
        (t("original_invoice", lang), doc.original_number),
        (t("customer_number", lang), doc.customer.account),
        (t("customer_vat", lang), doc.customer.vat_number),
        (t("ordered_by", lang), doc.ordered_by),
    ]
    top, bottom = ADDRESS_TOP + 2 * mm, FIRST_BODY_TOP - 8 * mm
    value_width = PAGE_WIDTH - RIGHT - META_X - META_LABEL
    for i, (label, value) in enumerate(row for row in rows if row[1]):
        room = bottom - top
        used = draw_lines(canv, st.fonts, [Run(label, 8, color=MUTED)], META_X, top + 0.6, META_LABEL - 2 * mm, room)
        used = max(
            used, draw_lines(canv, st.fonts, [Run(value, 9, i == 0)], META_X + META_LABEL, top, value_width, room)
        )
        top += used + 1.6 * mm


# --- body ---------------------------------------------------------------------------------------------


def _lines_table(doc: InvoiceDoc, st: Styles) -> Table:
    lang, t = doc.language, texts.text
    widths = (BODY_WIDTH - sum(NUMBER_COLUMNS), *NUMBER_COLUMNS)
    data: list[list[object]] = [[t(key, lang) for key in ("description", "quantity", "unit_price", "vat", "amount")]]
    wrapped = []
    for row, line in enumerate(doc.lines, start=1):
        description = cell(line.description, st.cell, widths[0] - 2 * PAD_X)
        if not isinstance(description, str):
            wrapped.append(("TOPPADDING", (0, row), (0, row), PAD_Y))
        data.append(
            [
                description,
                "" if line.quantity is None else texts.quantity(line.quantity, lang),
                "" if line.unit_price is None else texts.unit_price(line.unit_price, lang),
                "" if line.tax_rate is None else texts.percent(line.tax_rate, lang),
                texts.money(line.amount, doc.currency, lang, symbol=False),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *lines_table_style(len(data)),
                ("FONT", (0, 0), (-1, 0), st.fonts.bold, 7.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("FONT", (0, 1), (-1, -1), st.fonts.regular, st.cell.fontSize),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 1), (-1, -1), PAD_Y + PLAIN_DROP),
                *wrapped,
            ]
        )
    )
    return table


def _totals_table(doc: InvoiceDoc, st: Styles) -> Table:
    lang, t = doc.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, doc.currency, lang)

    rows: list[list[object]] = []
    if doc.taxes or doc.charges:
        rows.append([t("subtotal", lang), money(doc.lines_total)])
    rows += [[para(charge.description, st.body), money(charge.amount)] for charge in doc.charges]
    rows += [
        [t("vat_on", lang, rate=texts.percent(tax.rate, lang), base=money(tax.base)), money(tax.tax)]
        for tax in doc.taxes
    ]
    rows.append([t("total_credit" if doc.is_credit_note else "total", lang), money(doc.total)])
    table = Table(rows, colWidths=(62 * mm, 33 * mm), hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                *totals_table_style(len(rows)),
                ("FONT", (0, 0), (-1, -1), st.fonts.regular, 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), st.fonts.bold, 10),
            ]
        )
    )
    return table


def _closing(doc: InvoiceDoc, st: Styles) -> list[Flowable]:
    """What the document corrects, payment terms, discount offers, how to pay (or the direct debit notice,
    or what a credit note does), notes."""
    lang, t = doc.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, doc.currency, lang)

    out: list[Flowable] = []
    if doc.original_number:
        key = "credit_for" if doc.is_credit_note else "replaces"
        out.append(para(t(key, lang, original=doc.original_number), st.body))
    if doc.reason:
        out.append(para(f"{t('reason', lang)}: {doc.reason}", st.body))
    if doc.is_credit_note:
        out.append(para(t("credit_settled", lang, amount=money(abs(doc.total))), st.body))
    else:
        if doc.terms:
            out.append(Paragraph(f"<b>{markup(t('terms', lang))}:</b> {markup(doc.terms)}", st.body))
        out += [
            para(
                t(
                    "discount_offer",
                    lang,
                    percent=texts.percent(offer.percent, lang),
                    date=texts.long_date(offer.discount_date, lang),
                    amount=money(offer.amount_to_pay),
                ),
                st.body,
            )
            for offer in doc.discount_offers
        ]
        out += [Spacer(1, 2 * mm), _how_to_pay(doc, st)]
    if doc.notes:
        out += [Spacer(1, 4 * mm), para(doc.notes, st.small)]
    return out


def _how_to_pay(doc: InvoiceDoc, st: Styles) -> Paragraph:
    """The request to pay by transfer, or the direct debit pre-notification; amount, date and reference bold."""
    lang, t, head = doc.language, texts.text, doc.company
    dd = doc.direct_debit
    if dd is not None:
        account = format_iban(dd.debtor_iban) if dd.debtor_iban else t("your_account", lang)
        sentence = t(
            "direct_debit",
            lang,
            amount=_bold(texts.money(dd.amount, doc.currency, lang)),
            iban=escape(account),
            date=_bold(texts.long_date(dd.collection_date, lang)),
        )
        if dd.mandate_id:
            sentence += " " + t("mandate", lang, mandate=escape(dd.mandate_id))
        if dd.creditor_id:
            sentence += " " + t("creditor_id", lang, creditor=escape(dd.creditor_id))
        return Paragraph(sentence, st.body)
    values = {
        "amount": _bold(texts.money(doc.total, doc.currency, lang)),
        "date": _bold(texts.long_date(doc.due_date or doc.date, lang)),
        "reference": _bold(doc.payment_reference or doc.number),
    }
    if not head.iban:
        return Paragraph(t("please_pay_no_iban", lang, **values), st.body)
    bic = t("bic_suffix", lang, bic=escape(head.bic)) if head.bic else ""
    return Paragraph(
        t("please_pay", lang, iban=escape(format_iban(head.iban)), bic=bic, name=escape(head.name), **values), st.body
    )


def _bold(value: str) -> str:
    return f"<b>{escape(value)}</b>"
