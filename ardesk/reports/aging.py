"""Aging report layout: draws a gathered AgingReportDoc as an A4 PDF with the invoice's letterhead (no DB, no Qt)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from decimal import Decimal
from xml.sax.saxutils import escape

from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ardesk.i18n import babel_locale
from ardesk.reports import texts
from ardesk.reports.documents import AgingCustomerDoc, AgingReportDoc
from ardesk.reports.styles import (
    ACCENT,
    BODY_WIDTH,
    FIRST_BODY_TOP,
    INK,
    LEFT,
    MUTED,
    PAD_X,
    PAD_Y,
    PAGE_WIDTH,
    PLAIN_DROP,
    RIGHT,
    RULE,
    SHADE,
    LetterTemplate,
    Run,
    Styles,
    choose_fonts,
    draw_lines,
    letterhead_strings,
    markup,
    para,
    styles,
)

#: The most buckets the table has room for (DOMAIN 5.1: the printed aging report supports at most 6).
MAX_BUCKETS = 6
#: Table font sizes tried in turn until the name column keeps at least NAME_MIN.
SIZES = (8.0, 7.5, 7.0, 6.5)
NAME_MIN = 34 * mm
AMOUNT_MIN, ACCOUNT_MIN, ACCOUNT_MAX = 13 * mm, 12 * mm, 24 * mm
TITLE_TOP, META_X, META_LABEL = 60 * mm, 117 * mm, 34 * mm
OVER_LIMIT = colors.HexColor("#a4262c")


def render_aging_report(doc: AgingReportDoc, path: str | os.PathLike[str]) -> None:
    """Write the aging report as a PDF file at path."""
    if len(doc.labels) > MAX_BUCKETS:
        raise ValueError(f"the printed aging report has room for {MAX_BUCKETS} buckets, not {len(doc.labels)}")
    lang = doc.language
    st = styles(choose_fonts(printed_strings(doc)))
    title = texts.text("aging_report", lang)
    when = texts.long_date(doc.as_of, lang)
    template = LetterTemplate(
        path,
        doc.company,
        lang,
        first_page=lambda canv: _first_page(canv, st, doc),
        fonts=st.fonts,
        continued=texts.text("aging_continued", lang, date=when),
        title=f"{title} {when}",
        author=doc.company.name,
        subject=f"{title} {when} · {doc.definition}",
    )
    note = texts.text(f"aging_note_{doc.basis}", lang, date=when, currency=doc.currency)
    template.render([_table(doc, st), KeepTogether([Spacer(1, 5 * mm), para(note, st.small)])])


def printed_strings(doc: AgingReportDoc) -> Iterator[str]:
    """A superset of the characters the report prints (for choose_fonts): its texts, the letterhead, the
    labels of its language and the characters Babel writes its amounts and dates with."""
    for item in dataclasses.astuple(doc):
        yield from _strings(item)
    yield from letterhead_strings(doc.company, doc.language)
    yield from (label[doc.language == "nl"] for label in texts.LABELS.values())
    yield texts.money(Decimal("-1234567.89"), doc.currency, doc.language, symbol=False)
    yield texts.percent(Decimal("-12.5"), doc.language)
    yield texts.long_date(doc.as_of, doc.language)


def _strings(item: object) -> Iterator[str]:
    if isinstance(item, str):
        yield item
    elif isinstance(item, tuple | list):
        for element in item:
            yield from _strings(element)


# --- page 1: title and information block ----------------------------------------------------------------------


def _first_page(canv: Canvas, st: Styles, doc: AgingReportDoc) -> None:
    """Where a letter has its address window: the title and date left, the report's parameters right."""
    lang, t = doc.language, texts.text
    title = [Run(t("aging_report", lang), 17, True, ACCENT), Run(texts.long_date(doc.as_of, lang), 11, color=MUTED)]
    draw_lines(canv, st.fonts, title, LEFT, TITLE_TOP, META_X - LEFT - 6 * mm, 30 * mm, leading=1.45)
    rows = [
        (t("aging_as_of", lang), texts.long_date(doc.as_of, lang)),
        (t("aging_definition", lang), doc.definition),
        (t("aging_basis", lang), t(f"aging_basis_{doc.basis}", lang)),
        (t("aging_currency", lang), doc.currency),
        (t("aging_customers", lang), texts.quantity(Decimal(len(doc.rows)), lang)),
    ]
    top, bottom = TITLE_TOP + 1.2 * mm, FIRST_BODY_TOP - 8 * mm
    value_width = PAGE_WIDTH - RIGHT - META_X - META_LABEL
    for i, (label, value) in enumerate(rows):
        room = bottom - top
        used = draw_lines(canv, st.fonts, [Run(label, 8, color=MUTED)], META_X, top + 0.6, META_LABEL - 2 * mm, room)
        used = max(
            used, draw_lines(canv, st.fonts, [Run(value, 9, i == 0)], META_X + META_LABEL, top, value_width, room)
        )
        top += used + 1.6 * mm


# --- the table ------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Layout:
    """Font size and column widths of the table. stacked: each customer takes two rows, account and name
    across the page and the amounts below, because the amounts leave the name too little room beside them."""

    size: float
    stacked: bool
    account: float  # 0 when stacked
    name: float  # stacked: the blank column left of the amounts
    amounts: list[float]


def _layout(doc: AgingReportDoc, st: Styles, labels: list[str], figures: list[list[str]]) -> _Layout:
    """Each amount column as wide as its widest figure (and the longest word of its heading); the font steps
    down (SIZES) until the name keeps NAME_MIN beside them, else the rows are stacked at the largest size whose
    amounts fit the width."""
    bold, regular = st.fonts.bold, st.fonts.regular
    accounts = [texts.text("aging_account", doc.language), *(row.account for row in doc.rows)]

    def amount_widths(size: float) -> list[float]:
        return [
            max(
                AMOUNT_MIN,
                *(stringWidth(word, bold, size - 0.5) for word in label.split()),
                *(stringWidth(f[i], bold, size) for f in figures),
            )
            + 2 * PAD_X
            for i, label in enumerate(labels)
        ]

    for size in SIZES:
        amounts = amount_widths(size)
        widest = max(stringWidth(a, regular, size) for a in accounts) + 2 * PAD_X
        account = min(max(widest, ACCOUNT_MIN), ACCOUNT_MAX)
        if BODY_WIDTH - account - sum(amounts) >= NAME_MIN:
            return _Layout(size, False, account, BODY_WIDTH - account - sum(amounts), amounts)
    for size in SIZES:
        amounts = amount_widths(size)
        if sum(amounts) <= BODY_WIDTH:
            return _Layout(size, True, 0, BODY_WIDTH - sum(amounts), amounts)
    return _Layout(size, True, 0, 0, [w * BODY_WIDTH / sum(amounts) for w in amounts])  # beyond any real book


def _table(doc: AgingReportDoc, st: Styles) -> Table:
    """Account, name, one column per bucket, total; a total row and each bucket's share of the total below.
    The header repeats on every page; a customer's rows stay on one page. Empty buckets print blank."""
    lang, t = doc.language, texts.text

    def money(value: Decimal) -> str:
        return texts.money(value, doc.currency, lang, symbol=False)

    labels = [*doc.labels, t("total", lang)]
    figures = [[money(v) for v in (*row.buckets, row.total)] for row in doc.rows]
    figures.append([money(v) for v in (*doc.totals, doc.total)])
    lay = _layout(doc, st, labels, figures)
    size, bold = lay.size, st.fonts.bold
    cell_style = ParagraphStyle("aging-cell", parent=st.cell, fontSize=size, leading=size * 1.25)
    head_style = ParagraphStyle("aging-head", parent=cell_style, fontName=bold, fontSize=size - 0.5, textColor=MUTED)
    amount_head = ParagraphStyle("aging-amount-head", parent=head_style, alignment=TA_RIGHT)

    def header(label: str, width: float, style: ParagraphStyle) -> str | Paragraph:
        fits = stringWidth(label, bold, size - 0.5) <= width - 2 * PAD_X
        return label if fits else Paragraph(markup(label), style)

    lead = 1 if lay.stacked else 2  # columns left of the amounts
    heads = [t("aging_account", lang), t("aging_name", lang)]
    if lay.stacked:
        both = f"{heads[0]} / {heads[1]}"
        heads = [both if stringWidth(both, bold, size - 0.5) <= lay.name - 2 * PAD_X else ""]
    data: list[list[object]] = [
        [*heads, *(header(x, w, amount_head) for x, w in zip(labels, lay.amounts, strict=True))]
    ]
    cmds: list[tuple] = []

    def record(name: object, first: list[object], amounts: list[str]) -> tuple[int, int]:
        """Append one record (a customer, the totals, the shares): (its first row, its last row)."""
        top = len(data)
        if lay.stacked:
            data.append([name, *[""] * len(amounts)])
            data.append(["", *amounts])
            cmds.extend([("SPAN", (0, top), (-1, top)), ("NOSPLIT", (0, top), (-1, top + 1))])
            cmds.append(("TOPPADDING", (0, top + 1), (-1, top + 1), 0))
        else:
            data.append([*first, name, *amounts])
        return top, len(data) - 1

    for row, amounts in zip(doc.rows, figures, strict=False):
        values = (*row.buckets, row.total)
        shown = [text if value else "" for text, value in zip(amounts, values, strict=True)]
        name = _name(
            row.account if lay.stacked else None, row, doc, cell_style, BODY_WIDTH if lay.stacked else lay.name
        )
        _, last = record(name, [_fit(row.account, st.fonts.regular, size, lay.account)], shown)
        cmds += [("LINEBELOW", (0, last), (-1, last), 0.25, RULE), ("FONT", (-1, last), (-1, last), bold, size)]
    if not doc.rows:
        cmds.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([para(t("aging_none", lang, date=texts.long_date(doc.as_of, lang)), cell_style)])
        data[-1] += [""] * (len(data[0]) - 1)
    first, last = record(t("total", lang), [""], figures[-1])
    cmds += [
        ("LINEABOVE", (0, first), (-1, first), 1, ACCENT),
        ("BACKGROUND", (0, first), (-1, last), SHADE),
        ("FONT", (0, first), (-1, last), bold, size),
        ("TOPPADDING", (0, first), (-1, first), 5),
        ("BOTTOMPADDING", (0, last), (-1, last), 5),
    ]
    if not lay.stacked:
        cmds.append(("LINEBEFORE", (-1, 0), (-1, -1), 0.4, RULE))  # each total apart from its buckets
    first, last = record(t("aging_share", lang), [""], _shares(doc, lang))
    cmds += [
        ("FONT", (0, first), (-1, last), st.fonts.regular, size - 0.5),
        ("TEXTCOLOR", (0, first), (-1, last), MUTED),
    ]
    table = Table(
        data, colWidths=[*([lay.name] if lay.stacked else [lay.account, lay.name]), *lay.amounts], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                ("FONT", (0, 0), (-1, 0), bold, size - 0.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("FONT", (0, 1), (-1, -1), st.fonts.regular, size),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("ALIGN", (lead, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 1), (-1, -1), PAD_Y + PLAIN_DROP * size / 8.5),
                *cmds,
            ]
        )
    )
    return table


def _fit(value: str, face: str, size: float, width: float) -> str:
    """A plain cell's text, cut with an ellipsis when wider than the column (accounts are short codes)."""
    if stringWidth(value, face, size) <= width - 2 * PAD_X:
        return value
    while value and stringWidth(value + "…", face, size) > width - 2 * PAD_X:
        value = value[:-1]
    return value + "…"


def _name(
    account: str | None, row: AgingCustomerDoc, doc: AgingReportDoc, style: ParagraphStyle, width: float
) -> str | Paragraph:
    """The customer's name, wrapping, after its account when the rows are stacked; below it, small, the credit
    limit (red when the balance is above it)."""
    small = f'<font size="{style.fontSize - 1}" color="#{{colour}}">{{text}}</font>'
    text = markup(row.name) if account is None else f"{escape(account)}&nbsp;&nbsp;&nbsp;{markup(row.name)}"
    if row.credit_limit is not None:
        amount = texts.money(row.credit_limit, doc.currency, doc.language, symbol=False)
        limit = escape(texts.text("aging_limit_line", doc.language, amount=amount))
        colour = _hex(OVER_LIMIT if row.total > row.credit_limit else MUTED)
        return Paragraph(f"{text}<br/>{small.format(colour=colour, text=limit)}", style)
    if account is None and "\n" not in row.name and stringWidth(row.name, style.fontName, style.fontSize) <= width - 8:
        return row.name  # the plain string: fast, printed literally
    return Paragraph(text, style)


def _hex(colour: colors.Color) -> str:
    return colour.hexval()[2:]


def _shares(doc: AgingReportDoc, lang: str) -> list[str]:
    """Each bucket's part of the grand total, in percent with one decimal (blank when the total is 0)."""
    if not doc.total:
        return ["" for _ in (*doc.totals, doc.total)]
    locale = babel_locale(lang)
    out = []
    for value in (*doc.totals, doc.total):
        number = format_decimal((value * 100 / doc.total).quantize(Decimal("0.1")), format="#,##0.0", locale=locale)
        out.append(f"{number}\u00a0%" if lang == "nl" else f"{number}%")  # as i18n.format_percent writes them
    return out
