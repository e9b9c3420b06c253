"""Invoice, credit note and pro forma invoice layout: draws a gathered InvoiceDoc as an A4 PDF (no database, no
Qt). A pro forma (a draft, InvoiceDoc.draft_id) is the invoice as it would be posted, titled "Pro forma invoice",
without a number, asking to pay in advance, with a notice that it is not a VAT invoice."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ardesk.reports import texts
from ardesk.reports.documents import InvoiceDoc, InvoiceLineDoc
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
    payment_request,
    styles,
    totals_table,
)
from ardesk.services.bank import format_iban

#: Lines table column widths: description takes what the numbers leave.
NUMBER_COLUMNS = (18 * mm, 24 * mm, 15 * mm, 27 * mm)


def render_invoice(doc: InvoiceDoc, path: str | os.PathLike[str]) -> None:
    """Write the invoice, credit note or pro forma invoice as a PDF file at path."""
    lang = doc.language
    st = styles(choose_fonts(printed_strings(doc)))
    title = texts.text("pro_forma" if doc.is_pro_forma else doc.kind, lang)
    heading = f"{title} {doc.number}" if doc.number else title
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=texts.text("pro_forma_continued", lang)
        if doc.is_pro_forma
        else texts.text("continued", lang, title=title, number=doc.number),
        title=heading,
        author=doc.company.name,
        subject=f"{heading} · {doc.customer.name}",
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
    return document_strings(doc, doc.language, doc.currency)


def pro_forma_reference(doc: InvoiceDoc) -> str:
    """What the customer mentions when paying a pro forma in advance: the draft's reference, not a number."""
    return texts.text("pro_forma_draft", doc.language, id=str(doc.draft_id))


# --- page 1: address window and information block -------------------------------------------------


def _first_page(canv: Canvas, st: Styles, doc: InvoiceDoc) -> None:
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    _draw_meta(canv, st, doc)


def _draw_meta(canv: Canvas, st: Styles, doc: InvoiceDoc) -> None:
    """The information block right of the address window: number (a pro forma's reference), dates, customer."""
    lang, t = doc.language, texts.text
    credit = doc.is_credit_note
    if doc.is_pro_forma:
        keys, number = ("pro_forma_reference", "pro_forma_date", "pro_forma_due"), pro_forma_reference(doc)
    elif credit:
        keys, number = ("credit_note_number", "credit_note_date", "due_date"), doc.number
    else:
        keys, number = ("invoice_number", "invoice_date", "due_date"), doc.number
    rows: list[tuple[str, str | None]] = [
        (t(keys[0], lang), number),
        (t(keys[1], lang), texts.long_date(doc.date, lang)),
        (t(keys[2], lang), texts.long_date(doc.due_date, lang) if doc.due_date and not credit else None),
        (t("original_invoice", lang), doc.original_number),
        (t("customer_number", lang), doc.customer.account),
        (t("customer_vat", lang), doc.customer.vat_number),
        (t("ordered_by", lang), doc.ordered_by),
    ]
    draw_info_block(canv, st.fonts, rows)


# --- body ---------------------------------------------------------------------------------------------


def _lines_table(doc: InvoiceDoc, st: Styles) -> Table:
    lang, t = doc.language, texts.text
    widths = (BODY_WIDTH - sum(NUMBER_COLUMNS), *NUMBER_COLUMNS)
    data: list[list[object]] = [[t(key, lang) for key in ("description", "quantity", "unit_price", "vat", "amount")]]
    for line in doc.lines:
        data.append(
            [
                cell(line.description, st.cell, widths[0] - 2 * PAD_X),
                "" if line.quantity is None else texts.quantity(line.quantity, lang),
                "" if line.unit_price is None else texts.unit_price(line.unit_price, lang),
                _line_vat(line, lang),
                texts.money(line.amount, doc.currency, lang, symbol=False),
            ]
        )
    return data_table(data, widths, st, right=range(1, len(widths)))


def _line_vat(line: InvoiceLineDoc, lang: str) -> str:
    """The rate, or for reverse charge the word the customer's VAT return needs ("verlegd"), not 0 %."""
    if line.tax_kind == "reverse_charge":
        return texts.text("vat_reverse_charged", lang)
    return "" if line.tax_rate is None else texts.percent(line.tax_rate, lang)


def _totals_table(doc: InvoiceDoc, st: Styles) -> Table:
    lang, t = doc.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, doc.currency, lang)

    rows: list[list[object]] = []
    if doc.taxes or doc.charges:
        rows.append([t("subtotal", lang), money(doc.lines_total)])
    rows += [[para(charge.description, st.body), money(charge.amount)] for charge in doc.charges]
    rows += [
        [
            t("vat_reverse_charged_on", lang, base=money(tax.base))
            if tax.kind == "reverse_charge"
            else t("vat_on", lang, rate=texts.percent(tax.rate, lang), base=money(tax.base)),
            money(tax.tax),
        ]
        for tax in doc.taxes
    ]
    rows.append([t("total_credit" if doc.is_credit_note else "total", lang), money(doc.total)])
    return totals_table(rows, st)


def _closing(doc: InvoiceDoc, st: Styles) -> list[Flowable]:
    """What the document corrects, payment terms, discount offers, how to pay (or the direct debit notice,
    or what a credit note does; a pro forma's request to pay in advance and its not-a-VAT-invoice notice), notes."""
    lang, t = doc.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, doc.currency, lang)

    out: list[Flowable] = [Paragraph(f"<b>{markup(note)}</b>", st.body) for note in doc.tax_notes]
    if out:
        out.append(Spacer(1, 2 * mm))
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
        out += [Spacer(1, 2 * mm), *_how_to_pay(doc, st)]
    if doc.notes:
        out += [Spacer(1, 4 * mm), para(doc.notes, st.small)]
    return out


def _how_to_pay(doc: InvoiceDoc, st: Styles) -> list[Flowable]:
    """The request to pay by transfer (with the payment reference under it when it is not the number), the direct
    debit pre-notification, or a pro forma's request to pay in advance; amount, date and reference bold."""
    lang, t = doc.language, texts.text
    if doc.is_pro_forma:
        request = t(
            "pro_forma_pay",
            lang,
            amount=bold(texts.money(doc.total, doc.currency, lang)),
            date=bold(texts.long_date(doc.due_date or doc.date, lang)),
            reference=bold(pro_forma_reference(doc)),
        )
        notice = Paragraph(f"<b>{escape(t('pro_forma_notice', lang))}</b>", st.small)
        return [Paragraph(request, st.body), *_payment_reference(doc, st), Spacer(1, 3 * mm), notice]
    dd = doc.direct_debit
    if dd is not None:
        account = format_iban(dd.debtor_iban) if dd.debtor_iban else t("your_account", lang)
        sentence = t(
            "direct_debit",
            lang,
            amount=bold(texts.money(dd.amount, doc.currency, lang)),
            iban=escape(account),
            date=bold(texts.long_date(dd.collection_date, lang)),
        )
        if dd.mandate_id:
            sentence += " " + t("mandate", lang, mandate=escape(dd.mandate_id))
        if dd.creditor_id:
            sentence += " " + t("creditor_id", lang, creditor=escape(dd.creditor_id))
        return [Paragraph(sentence, st.body)]
    request = payment_request(
        doc.company,
        lang,
        amount=texts.money(doc.total, doc.currency, lang),
        date=texts.long_date(doc.due_date or doc.date, lang),
        reference=doc.number,  # what a customer writes in the description; the structured reference follows
    )
    return [Paragraph(request, st.body), *_payment_reference(doc, st)]


def _payment_reference(doc: InvoiceDoc, st: Styles) -> list[Flowable]:
    """ "Payment reference: ..." under the request to pay, for a reference other than the document number."""
    ref = doc.payment_reference
    if not ref or ref == doc.number:
        return []
    return [Paragraph(texts.text("payment_reference", doc.language, reference=bold(ref)), st.body)]
