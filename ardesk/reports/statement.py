"""Customer statement layout: draws gathered StatementDocs as A4 PDFs, one per file or many in one file."""

from __future__ import annotations

import datetime as dt
import os
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import Any
from xml.sax.saxutils import escape

from babel import Locale
from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ardesk.i18n import babel_locale
from ardesk.reports import texts
from ardesk.reports.documents import StatementDoc
from ardesk.reports.styles import (
    ACCENT,
    BODY_WIDTH,
    MUTED,
    PAD_X,
    PLAIN_DROP,
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
    para,
    styles,
)
from ardesk.services.bank import format_iban

#: Movements table: date, document, description (what the others leave), debit, credit, balance.
DATE_W, NUMBER_W, AMOUNT_W, BALANCE_W, DAYS_W = 19 * mm, 26 * mm, 22 * mm, 24 * mm, 16 * mm
TX_WIDTHS = (DATE_W, NUMBER_W, BODY_WIDTH - DATE_W - NUMBER_W - 2 * AMOUNT_W - BALANCE_W, AMOUNT_W, AMOUNT_W, BALANCE_W)
#: Open items table: document, type, date, due date, days overdue, amount, open.
ITEM_WIDTHS = (
    NUMBER_W,
    BODY_WIDTH - NUMBER_W - 2 * DATE_W - DAYS_W - AMOUNT_W - BALANCE_W,
    DATE_W,
    DATE_W,
    DAYS_W,
    AMOUNT_W,
    BALANCE_W,
)
ZERO = Decimal(0)
#: Row padding of the movements and open items tables (points): denser than an invoice's lines, so that an
#: ordinary month (a dozen movements, a few open items, the aging and how to pay) fits on the first page.
DENSE = 2.0


def render_statement(doc: StatementDoc, path: str | os.PathLike[str]) -> None:
    """Write one statement as a PDF file at path."""
    st = styles(choose_fonts(printed_strings(doc)))
    template = LetterTemplate(
        path,
        doc.company,
        doc.language,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=_continued(doc),
        **_meta(doc),
    )
    template.render(statement_flowables(doc, st))


def render_statements(
    docs: Sequence[StatementDoc],
    path: str | os.PathLike[str],
    progress: Callable[[int, int], bool | None] | None = None,
) -> bool:
    """Write many statements into one PDF: each starts on a new page with its own letterhead page, address
    window, running head, language and "Page n of m". progress(done, total) is told as each statement is laid
    out; returning False stops, and nothing is written (returns False)."""
    if not docs:
        raise ValueError("no statements to print")
    st = styles(choose_fonts(s for doc in docs for s in printed_strings(doc)))
    starts: list[int] = []  # the page each statement starts on, in order

    def template(i: int) -> LetterTemplate:
        doc = docs[i]

        def first_page(canv: Canvas) -> None:
            starts.append(canv.getPageNumber())
            _first_page(canv, st, doc)

        return LetterTemplate(
            path,
            doc.company,
            doc.language,
            first_page=first_page,
            fonts=st.fonts,
            continued=_continued(doc),
            title=texts.text("statement", docs[0].language),
            author=docs[0].company.name,
        )

    main = template(0)
    flowables: list[Flowable] = []
    for i, doc in enumerate(docs):
        if i:
            flowables += [_Switch(template, i, len(docs), progress), NextPageTemplate("first"), PageBreak()]
        flowables += statement_flowables(doc, st)

    def label(page: int, pages: int) -> str:
        i = bisect_right(starts, page) - 1
        last = starts[i + 1] - 1 if i + 1 < len(starts) else pages
        return texts.text("page", docs[i].language, page=str(page - starts[i] + 1), pages=str(last - starts[i] + 1))

    try:
        main.build(flowables, canvasmaker=partial(NumberedCanvas, page_label=label, font=st.fonts.regular))
    except _Cancelled:
        return False
    if progress is not None:
        progress(len(docs), len(docs))
    return True


class _Cancelled(Exception):
    """progress() returned False while a combined file was laid out."""


class _Switch(ActionFlowable):
    """Between two statements of one file: the next statement's page templates replace the current ones (the
    page on the press keeps its own), after telling progress how many are done."""

    def __init__(
        self,
        make: Callable[[int], LetterTemplate],
        index: int,
        total: int,
        progress: Callable[[int, int], bool | None] | None,
    ) -> None:
        super().__init__()
        self.make, self.index, self.total, self.progress = make, index, total, progress

    def apply(self, doc: BaseDocTemplate) -> None:
        if self.progress is not None and self.progress(self.index, self.total) is False:
            raise _Cancelled
        doc.pageTemplates[:] = self.make(self.index).pageTemplates


def _meta(doc: StatementDoc) -> dict[str, str]:
    title = texts.text("statement", doc.language)
    return {
        "title": f"{title} {doc.customer.account}",
        "author": doc.company.name,
        "subject": f"{title} {doc.customer.name} {doc.start.isoformat()} - {doc.end.isoformat()}",
    }


def _continued(doc: StatementDoc) -> str:
    return texts.text("stmt_continued", doc.language, account=doc.customer.account)


def printed_strings(doc: StatementDoc) -> Iterator[str]:
    """A superset of the characters the statement prints (for choose_fonts): its texts, the letterhead, the
    labels of its language and Babel's way of writing its amounts and dates (short dates are digits)."""
    return document_strings(doc, doc.language, doc.currency)


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(babel_locale(language))


@lru_cache(maxsize=4096)
def short_date(value: dt.date, language: str) -> str:
    """A table date as the language writes it: nl 31-01-2026, en 31/01/2026 (day first in both)."""
    return format_date(value, format="short", locale=_locale(language))


def kind_label(kind: str, language: str) -> str:
    """The printed name of a transaction kind; an unknown kind prints as its code in words."""
    key = f"kind_{kind}"
    return texts.text(key, language) if key in texts.LABELS else kind.replace("_", " ").capitalize()


# --- page 1: address window and information block (the invoice's DIN 5008 positions) ------------------


def _first_page(canv: Canvas, st: Styles, doc: StatementDoc) -> None:
    """The address window and the information block: statement date, period, customer number, currency."""
    lang, t = doc.language, texts.text
    draw_address_window(canv, st.fonts, doc.company, doc.customer)
    draw_info_block(
        canv,
        st.fonts,
        [
            (t("stmt_statement_date", lang), texts.long_date(doc.end, lang)),
            (t("stmt_period_from", lang), texts.long_date(doc.start, lang)),
            (t("customer_number", lang), doc.customer.account),
            (t("stmt_currency", lang), doc.currency),
            (t("customer_vat", lang), doc.customer.vat_number),
        ],
    )


# --- body ---------------------------------------------------------------------------------------------


def statement_flowables(doc: StatementDoc, st: Styles) -> list[Flowable]:
    """Title, the period's movements with the running balance, the open items, the aging and how to pay."""
    lang, t = doc.language, texts.text
    intro = t("stmt_intro", lang, start=texts.long_date(doc.start, lang), end=texts.long_date(doc.end, lang))
    return [
        Paragraph(escape(t("statement", lang)), st.title),
        para(intro, st.body),
        Spacer(1, 4 * mm),
        _movements_table(doc, st),
        Spacer(1, 6 * mm),
        *_open_items(doc, st),
        KeepTogether([*_aging(doc, st), Spacer(1, 5 * mm), *_how_to_pay(doc, st)]),
    ]


def _money(doc: StatementDoc, value: Decimal) -> str:
    return texts.money(value, doc.currency, doc.language, symbol=False)


def _movements_table(doc: StatementDoc, st: Styles) -> Table:
    """Opening balance, every transaction of the period (debit or credit) with the balance after it, and the
    closing balance with the period's debit and credit totals. The header repeats on every page."""
    lang, t = doc.language, texts.text
    header = [t(k, lang) for k in ("stmt_date", "stmt_document", "description", "stmt_debit", "stmt_credit")]
    data: list[list[Any]] = [[*header, t("stmt_balance", lang)]]
    opening = [
        short_date(doc.start, lang),
        "",
        t("stmt_opening_balance", lang),
        "",
        "",
        _money(doc, doc.opening_balance),
    ]
    data.append(opening)
    extra: list[tuple] = []
    debit = credit = ZERO
    for line in doc.lines:
        described = kind_label(line.kind, lang) + (f" {line.description}" if line.description else "")
        description = cell(described, st.cell, TX_WIDTHS[2] - 2 * PAD_X)
        if line.amount >= 0:
            debit += line.amount
        else:
            credit -= line.amount
        data.append(
            [
                short_date(line.date, lang),
                line.number,
                description,
                _money(doc, line.amount) if line.amount >= 0 else "",
                _money(doc, -line.amount) if line.amount < 0 else "",
                _money(doc, line.balance),
            ]
        )
    if not doc.lines:
        data.append(["", "", t("stmt_no_movements", lang), "", "", ""])
        extra.append(("TEXTCOLOR", (2, len(data) - 1), (2, len(data) - 1), MUTED))
    closing: list[Any] = [
        short_date(doc.end, lang),
        "",
        t("stmt_closing_balance", lang),
        _money(doc, debit),
        _money(doc, credit),
        _money(doc, doc.closing_balance),
    ]
    data.append(closing)
    return data_table(
        data,
        TX_WIDTHS,
        st,
        right=(3, 4, 5),
        style=[
            ("TEXTCOLOR", (0, 1), (2, 1), MUTED),
            ("FONT", (-1, 1), (-1, 1), st.fonts.bold, st.cell.fontSize),  # opening balance
            *_dense(data),
            *_total_row(st),
            *extra,
        ],
    )


def _open_items(doc: StatementDoc, st: Styles) -> list[Flowable]:
    """The items open on the end date with their balance on that date and days past due, and their total."""
    lang, t = doc.language, texts.text
    heading = _heading(t("stmt_open_items_on", lang, date=texts.long_date(doc.end, lang)), st)
    if not doc.open_items:
        return [*heading, para(t("stmt_no_open_items", lang), st.body), Spacer(1, 5 * mm)]
    header = [t("stmt_document", lang), t("stmt_type", lang), t("stmt_date", lang), t("due_date", lang)]
    data: list[list[Any]] = [[*header, t("stmt_days_overdue", lang), t("amount", lang), t("stmt_open_amount", lang)]]
    overdue_rows: list[tuple] = []
    for item in doc.open_items:
        late = item.days_overdue > 0 and item.open_balance > 0
        if late:
            overdue_rows.append(("FONT", (4, len(data)), (4, len(data)), st.fonts.bold, st.cell.fontSize))
        data.append(
            [
                item.number,
                cell(kind_label(item.kind, lang), st.cell, ITEM_WIDTHS[1] - 2 * PAD_X),
                short_date(item.date, lang),
                short_date(item.due_date, lang) if item.due_date and item.open_balance > 0 else "",
                str(item.days_overdue) if late else "",
                _money(doc, item.amount),
                _money(doc, item.open_balance),
            ]
        )
    total = sum((item.open_balance for item in doc.open_items), ZERO)
    data.append(["", t("stmt_total_open", lang), "", "", "", "", _money(doc, total)])
    table = data_table(data, ITEM_WIDTHS, st, right=(4, 5, 6), style=[*_dense(data), *_total_row(st), *overdue_rows])
    return [*heading, table, Spacer(1, 5 * mm)]


def _aging(doc: StatementDoc, st: Styles) -> list[Flowable]:
    """One row: the balance per aging bucket on the end date and the total."""
    if not doc.aging:
        return []
    lang, t = doc.language, texts.text
    currency = doc.aging_currency or doc.currency
    title = t("stmt_aging_on", lang, date=texts.long_date(doc.end, lang))
    if doc.aging_currency:
        title += ". " + t("stmt_aging_in", lang, currency=doc.aging_currency)
    labels = [b.label for b in doc.aging]
    amounts = [texts.money(b.amount, currency, lang, symbol=False) for b in doc.aging]
    total = texts.money(sum((b.amount for b in doc.aging), ZERO), currency, lang, symbol=False)
    columns = len(labels) + 1
    table = data_table(
        [[*labels, t("total", lang)], [*amounts, total]],
        [BODY_WIDTH / columns] * columns,
        st,
        right=range(columns),
        style=[
            ("FONT", (-1, 1), (-1, 1), st.fonts.bold, st.cell.fontSize),
            ("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT),
        ],
    )
    return [*_heading(title, st), table]


def _how_to_pay(doc: StatementDoc, st: Styles) -> list[Flowable]:
    """What the closing balance asks of the customer: pay what is overdue now (or the open items when due) to
    the company's IBAN with the customer number as reference; or that the balance is theirs, or nil."""
    lang, t, head = doc.language, texts.text, doc.company
    reference = t("stmt_your_customer_number", lang, account=bold(doc.payment_reference or doc.customer.account))
    bic = t("bic_suffix", lang, bic=escape(head.bic)) if head.bic else ""
    payee = {"iban": escape(format_iban(head.iban)), "bic": bic, "name": escape(head.name)} if head.iban else {}
    suffix = "" if head.iban else "_no_iban"
    if doc.closing_balance > 0 and doc.overdue > 0:
        amount = bold(texts.money(doc.overdue, doc.currency, lang))
        sentence = t("stmt_pay_overdue" + suffix, lang, amount=amount, reference=reference, **payee)
    elif doc.closing_balance > 0:
        sentence = t("stmt_pay_when_due" + suffix, lang, reference=reference, **payee)
    elif doc.closing_balance < 0:
        amount = bold(texts.money(-doc.closing_balance, doc.currency, lang))
        sentence = t("stmt_balance_in_your_favour", lang, amount=amount)
    else:
        sentence = escape(t("stmt_account_settled", lang))
    out: list[Flowable] = [Paragraph(sentence, st.body), Spacer(1, 1.5 * mm)]
    later = t("stmt_not_included_after", lang, date=texts.long_date(doc.end, lang))
    out.append(para(later, st.small))
    if doc.other_currencies:
        out.append(para(t("stmt_other_currencies", lang, currencies=", ".join(doc.other_currencies)), st.small))
    return out


def _dense(data: list[list[Any]]) -> list[tuple]:
    """Table commands for DENSE rows; a wrapping Paragraph cell keeps its first line on the plain cells'
    baseline (styles.PLAIN_DROP)."""
    return [
        ("TOPPADDING", (0, 1), (-1, -1), DENSE + PLAIN_DROP),
        ("BOTTOMPADDING", (0, 1), (-1, -1), DENSE),
        *(
            ("TOPPADDING", (col, row), (col, row), DENSE)
            for row, values in enumerate(data[1:], start=1)
            for col, value in enumerate(values)
            if isinstance(value, Flowable)
        ),
    ]


def _total_row(st: Styles) -> list[tuple]:
    """The last row of a table is its total: bold on a band, a rule above."""
    return [
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
        ("FONT", (0, -1), (-1, -1), st.fonts.bold, st.cell.fontSize),
    ]


def _heading(value: str, st: Styles) -> list[Flowable]:
    """A section heading: on a new page unless the heading, the table's header and a few rows fit on this one
    (never alone at the foot of a page; a long table then continues on the next pages)."""
    return [CondPageBreak(30 * mm), Paragraph(bold(value), st.body), Spacer(1, 1.5 * mm)]
