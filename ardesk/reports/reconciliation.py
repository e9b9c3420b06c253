"""AR to GL reconciliation layout: draws a Reconciliation (services.reconciliation) as an A4 PDF with the letterhead:
per summary account the subledger against the general ledger, the aged-balance total, and each difference with
its cause (no DB, no Qt)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from itertools import groupby
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ardesk.reports import texts
from ardesk.reports.documents import Letterhead
from ardesk.reports.statement import short_date
from ardesk.reports.styles import (
    ACCENT,
    BODY_WIDTH,
    FIRST_BODY_TOP,
    LEFT,
    MUTED,
    PAD_X,
    PAGE_WIDTH,
    RIGHT,
    SHADE,
    LetterTemplate,
    Run,
    Styles,
    cell,
    choose_fonts,
    data_table,
    draw_lines,
    formatting_sample,
    letterhead_strings,
    markup,
    para,
    styles,
    texts_of,
)

if TYPE_CHECKING:
    from ardesk.services.reconciliation import Difference, Reconciliation, ReconciliationLine

TITLE_TOP, META_X, META_LABEL = 60 * mm, 117 * mm, 34 * mm
AGREES = colors.HexColor("#1d6b3a")
DIFFERS = colors.HexColor("#a4262c")
AGREES_BAND = colors.HexColor("#e8f3ec")
DIFFERS_BAND = colors.HexColor("#fbeaea")
#: Accounts table: account, name (what the others leave), subledger, ledger, difference.
ACCOUNT_W, AMOUNT_W = 24 * mm, 30 * mm
ACCOUNT_WIDTHS = (ACCOUNT_W, BODY_WIDTH - ACCOUNT_W - 3 * AMOUNT_W, AMOUNT_W, AMOUNT_W, AMOUNT_W)
#: Differences table: voucher, date, text (what the others leave), amount.
VOUCHER_W, DATE_W = 30 * mm, 22 * mm
DIFFERENCE_WIDTHS = (VOUCHER_W, DATE_W, BODY_WIDTH - VOUCHER_W - DATE_W - AMOUNT_W, AMOUNT_W)
ZERO = Decimal("0.00")


def render_reconciliation(
    found: Reconciliation, head: Letterhead, language: str, target: str | os.PathLike[str]
) -> None:
    """Write the reconciliation as a PDF file at target, in the language ("en" or "nl")."""
    st = styles(choose_fonts(printed_strings(found, head, language)))
    title = texts.text("rec_title", language)
    when = texts.long_date(found.as_of, language)
    template = LetterTemplate(
        target,
        head,
        language,
        first_page=lambda canv: _first_page(canv, found, language, st),
        fonts=st.fonts,
        continued=texts.text("rec_continued", language, date=when),
        title=f"{title} {when}",
        author=head.name,
        subject=f"{title} {when}",
    )
    template.render(flowables(found, language, st))


def printed_strings(found: Reconciliation, head: Letterhead, language: str) -> Iterator[str]:
    """A superset of the characters the report prints (for choose_fonts): the names, vouchers and texts of the
    reconciliation, the letterhead, every label of the language and Babel's amounts and dates."""
    yield from texts_of(found)
    yield from letterhead_strings(head, language)
    yield formatting_sample(language, found.currency)


def cause_label(cause: str, language: str) -> str:
    """The printed name of a cause; an unknown one prints as its code in words."""
    key = f"rec_cause_{cause}"
    return texts.text(key, language) if key in texts.LABELS else cause.replace("_", " ").capitalize()


def cause_explanation(cause: str, language: str) -> str:
    """One line saying what the cause means (empty for an unknown cause)."""
    key = f"rec_why_{cause}"
    return texts.text(key, language) if key in texts.LABELS else ""


# --- page 1: title and information block ----------------------------------------------------------------------


def _first_page(canv: Canvas, found: Reconciliation, lang: str, st: Styles) -> None:
    """Where a letter has its address window: the title and date left, the figures' basis and the result right."""
    t = texts.text
    when = texts.long_date(found.as_of, lang)
    title = [Run(t("rec_title", lang), 17, True, ACCENT), Run(when, 11, color=MUTED)]
    draw_lines(canv, st.fonts, title, LEFT, TITLE_TOP, META_X - LEFT - 6 * mm, 30 * mm, leading=1.45)
    result = t("rec_in_balance" if found.balanced else "rec_differs", lang)
    rows = [
        (Run(t("rec_as_of", lang), 8, color=MUTED), Run(when, 9, True)),
        (Run(t("rec_currency", lang), 8, color=MUTED), Run(found.currency, 9)),
        (Run(t("rec_accounts", lang), 8, color=MUTED), Run(str(len(found.lines)), 9)),
        (Run(t("rec_result", lang), 8, color=MUTED), Run(result, 9, True, AGREES if found.balanced else DIFFERS)),
    ]
    top, bottom = TITLE_TOP + 1.2 * mm, FIRST_BODY_TOP - 8 * mm
    value_width = PAGE_WIDTH - RIGHT - META_X - META_LABEL
    for label, value in rows:
        room = bottom - top
        used = draw_lines(canv, st.fonts, [label], META_X, top + 0.6, META_LABEL - 2 * mm, room)
        used = max(used, draw_lines(canv, st.fonts, [value], META_X + META_LABEL, top, value_width, room))
        top += used + 1.6 * mm


# --- the body ---------------------------------------------------------------------------------------------


def flowables(found: Reconciliation, lang: str, st: Styles) -> list[Flowable]:
    """The verdict, the accounts with their totals and the aged-balance total, then per account that differs
    its differences by cause, and how the figures are made."""
    when = texts.long_date(found.as_of, lang)
    out: list[Flowable] = [_verdict(found, lang, st), Spacer(1, 5 * mm), _accounts(found, lang, st)]
    for line in found.lines:
        if line.difference or line.differences:
            out += _differences(found, line, lang, st)
    note = texts.text("rec_note", lang, date=when, currency=found.currency)
    out.append(KeepTogether([Spacer(1, 6 * mm), para(note, st.small)]))
    return out


def _money(found: Reconciliation, lang: str, value: Decimal) -> str:
    return texts.money(value, found.currency, lang, symbol=False)


def _verdict(found: Reconciliation, lang: str, st: Styles) -> Table:
    """One band: "In balance" (green) when every account and the aging agree, else what differs (red)."""
    when = texts.long_date(found.as_of, lang)
    differing = [line.account for line in found.lines if line.difference]
    if found.balanced:
        sentence = texts.text("rec_balanced_text", lang, date=when)
    elif differing:
        sentence = texts.text("rec_differs_text", lang, date=when, accounts=", ".join(differing))
    else:
        sentence = texts.text("rec_aging_differs_text", lang, date=when)
    colour = AGREES if found.balanced else DIFFERS
    style = st.body.clone("rec-verdict", textColor=colour, fontName=st.fonts.bold)
    band = Table([[Paragraph(escape(sentence), style)]], colWidths=[BODY_WIDTH])
    band.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), AGREES_BAND if found.balanced else DIFFERS_BAND),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return band


def _accounts(found: Reconciliation, lang: str, st: Styles) -> Table:
    """Account, name, subledger, general ledger and difference per summary account (a difference in red);
    the totals; below the subledger total the aged-balance total and whether it equals it."""
    t = texts.text

    def money(value: Decimal) -> str:
        return _money(found, lang, value)

    heads = ("rec_account", "rec_name", "rec_subledger", "rec_ledger", "rec_difference")
    data: list[list[Any]] = [[t(key, lang) for key in heads]]
    style: list[tuple] = []
    for line in found.lines:
        row = len(data)
        name = cell(line.name, st.cell, ACCOUNT_WIDTHS[1] - 2 * PAD_X)
        data.append([line.account, name, money(line.subledger), money(line.ledger), money(line.difference)])
        if line.difference:
            style += [("TEXTCOLOR", (4, row), (4, row), DIFFERS), ("FONT", (4, row), (4, row), st.fonts.bold, 8.5)]
    if not found.lines:
        data.append(["", t("rec_none", lang, date=texts.long_date(found.as_of, lang)), "", "", ""])
        style.append(("SPAN", (1, 1), (-1, 1)))
    total_row = len(data)
    subledger, ledger, difference = found.totals
    data.append(["", t("total", lang), money(subledger), money(ledger), money(difference)])
    style += [
        ("BACKGROUND", (0, total_row), (-1, total_row), SHADE),
        ("LINEABOVE", (0, total_row), (-1, total_row), 1, ACCENT),
        ("FONT", (0, total_row), (-1, total_row), st.fonts.bold, 8.5),
    ]
    if difference:
        style.append(("TEXTCOLOR", (4, total_row), (4, total_row), DIFFERS))
    # The aging as of the same day must equal the subledger (DOMAIN 9): its total below the subledger's.
    gap = found.aging_total - subledger
    verdict = t("rec_aging_equal", lang) if not gap else t("rec_aging_unequal", lang, amount=money(gap))
    colour = AGREES if not gap else DIFFERS
    label = st.cell.clone("rec-aging", textColor=colour, fontName=st.fonts.bold if gap else st.fonts.regular)
    aging_row = len(data)
    two_lines = f'{escape(t("rec_aging_total", lang))}<br/><font size="7.5">{escape(verdict)}</font>'
    data.append([Paragraph(two_lines, label), "", money(found.aging_total), "", ""])
    style += [
        ("SPAN", (0, aging_row), (1, aging_row)),
        ("TEXTCOLOR", (0, aging_row), (-1, aging_row), colour),
        ("LINEBELOW", (0, aging_row), (-1, aging_row), 0.8, ACCENT),
    ]
    if gap:
        style.append(("FONT", (2, aging_row), (2, aging_row), st.fonts.bold, 8.5))
    return data_table(data, ACCOUNT_WIDTHS, st, right=(2, 3, 4), style=style)


def _differences(found: Reconciliation, line: ReconciliationLine, lang: str, st: Styles) -> list[Flowable]:
    """The account's differences by cause: a band naming the cause and what it means, then its vouchers with
    date, text (and the customers involved) and amount; the account's difference as the total."""
    t = texts.text
    heading = t("rec_differences_on", lang, account=line.account, name=line.name)
    data: list[list[Any]] = [[t("rec_voucher", lang), t("rec_date", lang), t("rec_text", lang), t("rec_amount", lang)]]
    style: list[tuple] = []
    small = st.cell.clone("rec-small", fontSize=7.5, leading=9.5, textColor=MUTED)
    for cause, items in groupby(line.differences, key=lambda d: d.cause):
        row = len(data)
        why = cause_explanation(cause, lang)
        band = f"<b>{escape(cause_label(cause, lang))}</b>" + (f"  –  {escape(why)}" if why else "")
        data.append([Paragraph(band, st.cell), "", "", ""])
        style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
        for d in items:
            data.append(_difference_row(found, d, lang, st, small))
    total_row = len(data)
    data.append(["", "", t("rec_difference", lang), _money(found, lang, line.difference)])
    style += [
        ("LINEABOVE", (0, total_row), (-1, total_row), 1, ACCENT),
        ("FONT", (0, total_row), (-1, total_row), st.fonts.bold, 8.5),
        ("TEXTCOLOR", (3, total_row), (3, total_row), DIFFERS if line.difference else AGREES),
    ]
    table = data_table(data, DIFFERENCE_WIDTHS, st, right=(3,), style=style)
    return [CondPageBreak(35 * mm), Spacer(1, 6 * mm), para(heading, _heading(st)), Spacer(1, 1.5 * mm), table]


def _difference_row(found: Reconciliation, d: Difference, lang: str, st: Styles, small: Any) -> list[Any]:
    width = DIFFERENCE_WIDTHS[2] - 2 * PAD_X
    text: str | Paragraph = cell(d.text, st.cell, width)
    if d.customers:  # the customers involved, small, below the text
        who = escape(texts.text("rec_customers", lang, accounts=", ".join(d.customers)))
        first = f"{markup(d.text)}<br/>" if d.text else ""
        text = Paragraph(f'{first}<font size="7.5" color="#{MUTED.hexval()[2:]}">{who}</font>', st.cell)
    voucher: str | Paragraph = d.voucher or Paragraph(escape(texts.text("rec_without_voucher", lang)), small)
    return [
        voucher,
        short_date(d.date, lang) if d.date else "",
        text,
        _money(found, lang, d.amount),
    ]


def _heading(st: Styles) -> Any:
    return st.body.clone("rec-heading", fontName=st.fonts.bold, textColor=ACCENT, fontSize=10, leading=13)
