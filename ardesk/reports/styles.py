"""House style of printed documents: fonts, colours, paragraph and table styles, A4 letter template.

Fonts: a document whose text is all in Windows-1252 (English, Dutch and most Western European text, "€" included)
prints in the PDF base-14 Helvetica faces, which need no embedding; any other text (Polish names, "≥", ...) prints
in the shipped DejaVu Sans, embedded as a subset. Helvetica is several times faster to lay out and write and makes
much smaller files; DejaVu covers nearly every script the app may meet."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, _digester, simpleSplit
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from ardesk.i18n import resources_dir
from ardesk.reports.documents import Addressee, Letterhead
from ardesk.reports.texts import LABELS, long_date, money, percent, quantity, text, unit_price
from ardesk.services.bank import format_iban

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"  # the embedded fallback faces
_FACES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

INK = colors.HexColor("#1d2530")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d1db")
SHADE = colors.HexColor("#eef2f6")

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT = 25 * mm, 20 * mm  # DIN 5008: text starts 25 mm from the left edge
BODY_WIDTH = PAGE_WIDTH - LEFT - RIGHT
TOP = 15 * mm
FOOTER_TOP = 24 * mm  # flowables stop above this line
FIRST_BODY_TOP = 100 * mm  # below the address window and the meta block on page 1
LATER_BODY_TOP = 28 * mm
PAD_X, PAD_Y = 4, 3.2  # table cell padding in points
PLAIN_DROP = 0.9  # extra top padding that puts a plain-string cell's baseline on a Paragraph's first line


@cache
def prepare_reportlab() -> None:
    """Once per process: the fonts, and binary PDF streams. ReportLab's default ASCII85 encoding of every
    stream is a 7-bit transport relic that costs a pure-Python pass per stream and 25 % in file size."""
    register_fonts()
    rl_config.useA85 = 0


@cache
def register_fonts() -> None:
    """Register the shipped DejaVu faces once, with the family so that <b> in Paragraph markup is bold."""
    folder = resources_dir() / "fonts"
    for name, file in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique"
    )


@dataclass(frozen=True)
class FontSet:
    """The regular and bold face a document prints in; <b> in Paragraph markup maps regular to bold."""

    regular: str
    bold: str
    encoding: str | None  # the text every face can print (None: all of Unicode the faces cover)


HELVETICA = FontSet("Helvetica", "Helvetica-Bold", "cp1252")  # base 14: WinAnsiEncoding, not embedded
DEJAVU = FontSet(FONT, FONT_BOLD, None)


def choose_fonts(strings: Iterable[str]) -> FontSet:
    """Helvetica when every string is printable in Windows-1252 (WinAnsiEncoding), else the embedded DejaVu."""
    try:
        "".join(strings).encode(HELVETICA.encoding)
    except UnicodeEncodeError:
        return DEJAVU
    return HELVETICA


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one font set, made once per process (see styles())."""

    fonts: FontSet
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    title: ParagraphStyle


def _style(
    fonts: FontSet,
    name: str,
    size: float = 9,
    *,
    bold: bool = False,
    color: colors.Color = INK,
    align: int = TA_LEFT,
    leading: float | None = None,
    **kw: Any,
) -> ParagraphStyle:
    return ParagraphStyle(
        f"{name}-{fonts.regular}",
        fontName=fonts.bold if bold else fonts.regular,
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=color,
        alignment=align,
        **kw,
    )


@cache
def styles(fonts: FontSet) -> Styles:
    """Body text, small print, wrapping table cells and the document title in the given faces."""
    prepare_reportlab()
    return Styles(
        fonts,
        body=_style(fonts, "body"),
        small=_style(fonts, "small", 8, color=MUTED),
        cell=_style(fonts, "cell", 8.5, leading=10.5),
        title=_style(fonts, "title", 17, bold=True, color=ACCENT, leading=21, spaceAfter=5 * mm),
    )


def para(value: str | None, style: ParagraphStyle) -> Paragraph:
    """User text printed literally: & < > are escaped, newlines become line breaks."""
    return Paragraph(markup(value), style)


def cell(value: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line (fast, printed literally), else a wrapping
    Paragraph. The table's style must give plain cells the same font as `style`."""
    if "\n" not in value and pdfmetrics.stringWidth(value, style.fontName, style.fontSize) <= width:
        return value
    return para(value, style)


def markup(value: str | None) -> str:
    """Escape user text for Paragraph markup, keeping its line breaks."""
    return "<br/>".join(escape(line) for line in (value or "").splitlines())


def lines_table_style(rows: int) -> list[tuple]:
    """Lines table: muted bold header on a light band repeated per page, hairlines between rows."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, rows - 1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
    ]


def totals_table_style(rows: int) -> list[tuple]:
    """Totals block: plain rows, a rule above the bold grand total."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("LINEABOVE", (0, rows - 1), (-1, rows - 1), 1, ACCENT),
        ("TOPPADDING", (0, rows - 1), (-1, rows - 1), 5),
        ("BACKGROUND", (0, rows - 1), (-1, rows - 1), SHADE),
        ("BOTTOMPADDING", (0, rows - 1), (-1, rows - 1), 5),
    ]


@dataclass(frozen=True)
class Run:
    """One line of a fixed block (letterhead, address window, footer), printed literally: no markup."""

    text: str
    size: float = 9
    bold: bool = False
    color: colors.Color = INK


def draw_lines(
    canv: Canvas,
    fonts: FontSet,
    runs: Sequence[Run],
    x: float,
    top: float,
    width: float,
    height: float,
    *,
    right: bool = False,
    leading: float = 1.3,
    wrap: bool = True,
) -> float:
    """Draw runs in a fixed box (top measured from the page top), wrapping long ones (unless wrap=False) and
    shrinking all of them when the box is too small, so nothing is clipped or overlaps. Returns the height used."""
    scale = 1.0
    faces = [fonts.bold if run.bold else fonts.regular for run in runs]
    while True:
        rows, wide = [], False
        for run, face in zip(runs, faces, strict=True):
            size = run.size * scale
            if wrap and _fits(run.text, face, size, width):
                rows.append((run.text, run, face))
                continue
            pieces = simpleSplit(run.text, face, size, width) if wrap else [run.text]
            rows += [(piece, run, face) for piece in pieces]
            wide = wide or any(pdfmetrics.stringWidth(piece, face, size) > width for piece in pieces)
        used = sum(run.size * scale * leading for _, run, _ in rows)
        if (used <= height and not wide) or scale < 0.4:
            break
        scale -= 0.05
    y = PAGE_HEIGHT - top
    for i, (piece, run, face) in enumerate(rows):
        size = run.size * scale
        y -= size * (0.95 if i == 0 else leading)
        canv.setFont(face, size)
        canv.setFillColor(run.color)
        if right:
            canv.drawRightString(x + width, y, piece)
        else:
            canv.drawString(x, y, piece)
    return used


def _fits(value: str, face: str, size: float, width: float) -> bool:
    """simpleSplit would give back this one line unchanged: not empty, single spaces only, narrow enough."""
    words = value.split()
    return bool(words) and " ".join(words) == value and pdfmetrics.stringWidth(value, face, size) <= width


@dataclass(frozen=True)
class _Logo:
    """A logo decoded and compressed once per process: ReportLab's drawImage hashes the raw pixels and
    zlib-compresses them again for every document (1-15 ms for an ordinary logo)."""

    width: int
    height: int
    name: str
    image: pdfdoc.PDFImageXObject
    smask: pdfdoc.PDFImageXObject | None  # the alpha channel as a soft mask


@lru_cache(maxsize=8)
def _logo(logo: bytes) -> _Logo:
    reader = ImageReader(io.BytesIO(logo))
    name = _digester(logo)
    image = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    smask = image.__dict__.pop("_smask", None)
    width, height = reader.getSize()
    return _Logo(width, height, name, image, smask)


def _draw_logo(canv: Canvas, logo: bytes, x: float, y: float, width: float, height: float) -> None:
    """canv.drawImage(ImageReader(logo), x, y, width, height, mask="auto") with the image objects made once:
    each document gets shallow copies of them (ReportLab marks the objects it registers in a document)."""
    cached = _logo(logo)
    doc = canv._doc
    ref = doc.getXObjectName(cached.name)
    if ref not in doc.idToObject:
        image = copy.copy(cached.image)
        canv._setXObjects(image)
        doc.Reference(image, ref)
        doc.addForm(cached.name, image)
        if cached.smask is not None:
            smask = copy.copy(cached.smask)
            canv._setXObjects(smask)
            image.smask = doc.Reference(smask, doc.getXObjectName(smask.name))
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{ref} Do")
    canv.restoreState()
    canv._formsinuse.append(cached.name)
    canv._currentPageHasImages = 1


def letterhead_strings(head: Letterhead, language: str) -> list[str]:
    """Every text the letterhead, running head and footer print (for choose_fonts)."""
    return [
        head.name,
        head.address or "",
        head.phone or "",
        head.email or "",
        head.website or "",
        *footer_lines(head, language),
    ]


def _draw_letterhead(canv: Canvas, fonts: FontSet, head: Letterhead) -> None:
    """Page 1: logo (or the name) at the top left, the company's address and contacts at the top right."""
    right = [Run(head.name, 8.5, True, ACCENT)] if head.logo else []
    right += [
        Run(v, 8, color=MUTED) for v in [*(head.address or "").splitlines(), head.phone, head.email, head.website] if v
    ]
    if head.logo:
        w, h = _logo(head.logo).width, _logo(head.logo).height
        scale = min(55 * mm / w, 20 * mm / h)
        _draw_logo(canv, head.logo, LEFT, PAGE_HEIGHT - TOP - h * scale, w * scale, h * scale)
    else:
        draw_lines(canv, fonts, [Run(head.name, 15, True, ACCENT)], LEFT, TOP, 95 * mm, 22 * mm, leading=1.2)
    draw_lines(canv, fonts, right, PAGE_WIDTH - RIGHT - 70 * mm, TOP, 70 * mm, 30 * mm, right=True)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    for y in (105 * mm, 210 * mm):  # fold marks (DIN 5008 form B) and the punch mark
        canv.line(4 * mm, PAGE_HEIGHT - y, 8 * mm, PAGE_HEIGHT - y)
    canv.line(4 * mm, PAGE_HEIGHT / 2, 10 * mm, PAGE_HEIGHT / 2)


def _draw_running_head(canv: Canvas, fonts: FontSet, head: Letterhead, continued: str) -> None:
    """Pages 2+: company name and "Invoice X (continued)" above a rule."""
    half = BODY_WIDTH / 2 - 3 * mm
    draw_lines(canv, fonts, [Run(head.name, 8.5, True, ACCENT)], LEFT, TOP, half, 4 * mm, wrap=False)
    draw_lines(
        canv,
        fonts,
        [Run(continued, 8.5, color=MUTED)],
        PAGE_WIDTH - RIGHT - half,
        TOP,
        half,
        4 * mm,
        right=True,
        wrap=False,
    )
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(LEFT, PAGE_HEIGHT - TOP - 5.5 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - TOP - 5.5 * mm)


def footer_lines(head: Letterhead, language: str) -> tuple[str, str]:
    """The two footer lines: name and address; registration numbers and bank details."""
    first = " · ".join([head.name, *(head.address or "").splitlines()])
    parts = [
        f"{text('coc', language)} {head.coc_number}" if head.coc_number else "",
        f"{text('vat_number', language)} {head.vat_number}" if head.vat_number else "",
        f"IBAN {format_iban(head.iban)}" if head.iban else "",
        f"BIC {head.bic}" if head.bic else "",
    ]
    return first, " · ".join(p for p in parts if p)


def _draw_footer(canv: Canvas, fonts: FontSet, head: Letterhead, language: str) -> None:
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(LEFT, 18 * mm, PAGE_WIDTH - RIGHT, 18 * mm)
    draw_lines(
        canv,
        fonts,
        [Run(line, 7, color=MUTED) for line in footer_lines(head, language) if line],
        LEFT,
        PAGE_HEIGHT - 16.6 * mm,
        BODY_WIDTH - 25 * mm,
        8 * mm,
    )


class NumberedCanvas(Canvas):
    """Two-pass canvas: pages are kept until save(), then each gets "Page n of m" in the footer."""

    def __init__(self, *args: Any, page_label: Callable[[int, int], str], font: str = FONT, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._label_font = font
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self._label_font, 7)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - RIGHT, 14.4 * mm, self._page_label(self._pageNumber, len(self._pages)))
            super().showPage()
        super().save()


class LetterTemplate(BaseDocTemplate):
    """A4 with the letterhead on page 1, a running head on later pages and the company footer on all.

    first_page draws the document's own fixed blocks (address window, meta data) on page 1. fonts must cover
    every text of the document: choose_fonts over its strings and letterhead_strings(head, language). A
    watermark ("DRAFT") is drawn pale and diagonally across every page."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        head: Letterhead,
        language: str,
        *,
        continued: str,
        first_page: Callable[[Canvas], None],
        fonts: FontSet = DEJAVU,
        watermark: str = "",
        **meta: Any,
    ) -> None:
        prepare_reportlab()
        super().__init__(
            os.fspath(path),
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=FOOTER_TOP,
            creator="ardesk",
            **meta,
        )
        self.head, self.language, self.fonts = head, language, fonts

        def first(canv: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_letterhead(canv, fonts, head)
            first_page(canv)
            _draw_footer(canv, fonts, head, language)

        def later(canv: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_running_head(canv, fonts, head, continued)
            _draw_footer(canv, fonts, head, language)

        def mark(canv: Canvas, _doc: BaseDocTemplate) -> None:
            if watermark:
                draw_watermark(canv, watermark)

        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [_frame("first-body", FIRST_BODY_TOP)],
                    onPage=first,
                    onPageEnd=mark,
                    autoNextPageTemplate="later",
                ),
                PageTemplate("later", [_frame("later-body", LATER_BODY_TOP)], onPage=later, onPageEnd=mark),
            ]
        )

    def render(self, flowables: list) -> None:
        label = partial(_page_label, self.language)
        self.build(flowables, canvasmaker=partial(NumberedCanvas, page_label=label, font=self.fonts.regular))


def _frame(ident: str, top: float) -> Frame:
    return Frame(
        LEFT,
        FOOTER_TOP,
        BODY_WIDTH,
        PAGE_HEIGHT - top - FOOTER_TOP,
        id=ident,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _page_label(language: str, page: int, pages: int) -> str:
    return text("page", language, page=str(page), pages=str(pages))


# --- shared pieces of the letter-like documents (invoice, collection letter, interest note) ---------

META_LABEL = 31 * mm
META_X = 125 * mm  # DIN 5008 information block
ADDRESS_TOP, ADDRESS_WIDTH = 50 * mm, 85 * mm
WATERMARK_COLOR = (176, 48, 48, 34)  # RGBA: a pale red that leaves the text below readable


def document_strings(doc: object, language: str, currency: str) -> Iterator[str]:
    """A superset of the characters a document prints (for choose_fonts): every text of the frozen document
    (its dataclass fields, nested ones and tuples of them, the letterhead included), the footer, every label of
    its language and the characters Babel writes amounts, quantities, rates and dates of its language with."""
    yield from texts_of(doc)
    head = getattr(doc, "company", None)
    if isinstance(head, Letterhead):
        yield from letterhead_strings(head, language)
    yield formatting_sample(language, currency)


def texts_of(value: object) -> Iterator[str]:
    """Every str field of a dataclass, of the dataclasses it holds and of the tuples of them."""
    for field in dataclasses.fields(value):  # type: ignore[arg-type]
        item = getattr(value, field.name)
        if isinstance(item, str):
            yield item
        elif isinstance(item, tuple):
            for element in item:
                if isinstance(element, str):
                    yield element
                elif dataclasses.is_dataclass(element):
                    yield from texts_of(element)
        elif dataclasses.is_dataclass(item):
            yield from texts_of(item)


@cache
def formatting_sample(language: str, currency: str) -> str:
    """Every label of the language and a sample of each Babel format, for choose_fonts."""
    number = Decimal("-1234567.8912")
    return " ".join(
        [
            *(label[language == "nl"] for label in LABELS.values()),
            money(number, currency, language),
            money(number, currency, language, symbol=False),
            quantity(number, language),
            unit_price(number, language),
            percent(Decimal("-21.5"), language),
            *(long_date(dt.date(2026, month, 28), language) for month in range(1, 13)),
        ]
    )


def bold(value: str) -> str:
    """Plain text as bold Paragraph markup, escaped."""
    return f"<b>{escape(value)}</b>"


def draw_address_window(canv: Canvas, fonts: FontSet, head: Letterhead, customer: Addressee) -> None:
    """The DIN 5008 address field on page 1: the sender in small print above a hairline, the customer below."""
    width = ADDRESS_WIDTH - 5 * mm
    sender = " · ".join([head.name, *(head.address or "").splitlines()])
    draw_lines(canv, fonts, [Run(sender, 6.5, color=MUTED)], LEFT, ADDRESS_TOP + 2 * mm, width, 4 * mm, wrap=False)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(LEFT, PAGE_HEIGHT - ADDRESS_TOP - 5 * mm, LEFT + width, PAGE_HEIGHT - ADDRESS_TOP - 5 * mm)
    recipient = [Run(customer.name, 10), *(Run(line, 10) for line in (customer.address or "").splitlines())]
    draw_lines(canv, fonts, recipient, LEFT, ADDRESS_TOP + 9 * mm, width, 31 * mm)


def draw_info_block(canv: Canvas, fonts: FontSet, rows: Sequence[tuple[str, str | None]]) -> None:
    """The information block right of the address window: label and value per row, the first value bold;
    rows without a value are left out."""
    top, bottom = ADDRESS_TOP + 2 * mm, FIRST_BODY_TOP - 8 * mm
    value_width = PAGE_WIDTH - RIGHT - META_X - META_LABEL
    for i, (label, value) in enumerate(row for row in rows if row[1]):
        room = bottom - top
        used = draw_lines(canv, fonts, [Run(label, 8, color=MUTED)], META_X, top + 0.6, META_LABEL - 2 * mm, room)
        used = max(used, draw_lines(canv, fonts, [Run(value, 9, i == 0)], META_X + META_LABEL, top, value_width, room))
        top += used + 1.6 * mm


def data_table(
    data: list[list[Any]], widths: Sequence[float], st: Styles, *, right: Iterable[int] = (), style: Sequence = ()
) -> Table:
    """A lines table: the header row (repeated on every page) in muted bold, the rows in the cell font, the
    columns in `right` right-aligned. Plain string cells sit PLAIN_DROP lower so that their baseline meets the
    first line of a wrapping Paragraph cell (see cell()); `style` adds commands."""
    wrapped = [
        ("TOPPADDING", (col, row), (col, row), PAD_Y)
        for row, values in enumerate(data[1:], start=1)
        for col, value in enumerate(values)
        if isinstance(value, Flowable)
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *lines_table_style(len(data)),
                ("FONT", (0, 0), (-1, 0), st.fonts.bold, 7.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("FONT", (0, 1), (-1, -1), st.fonts.regular, st.cell.fontSize),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                *(("ALIGN", (col, 0), (col, -1), "RIGHT") for col in right),
                ("TOPPADDING", (0, 1), (-1, -1), PAD_Y + PLAIN_DROP),
                *wrapped,
                *style,
            ]
        )
    )
    return table


def totals_table(rows: list[list[Any]], st: Styles, widths: Sequence[float] = (62 * mm, 33 * mm)) -> Table:
    """The totals block at the right: label and amount per row, the last row the bold grand total."""
    table = Table(rows, colWidths=widths, hAlign="RIGHT")
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


def payment_request(head: Letterhead, language: str, *, amount: str, date: str | None, reference: str) -> str:
    """Paragraph markup asking to pay `amount` by `date` (None: without delay) to the company's IBAN, mentioning
    `reference`; amount, date and reference bold. The values are formatted plain text, escaped here."""
    values = {"amount": bold(amount), "reference": bold(reference)}
    key = "please_pay" if date is not None else "please_pay_now"
    if date is not None:
        values["date"] = bold(date)
    if not head.iban:
        return text(f"{key}_no_iban", language, **values)
    bic = text("bic_suffix", language, bic=escape(head.bic)) if head.bic else ""
    return text(key, language, iban=escape(format_iban(head.iban)), bic=bic, name=escape(head.name), **values)


@lru_cache(maxsize=16)
def watermark_png(mark: str) -> tuple[bytes, int]:
    """A pale diagonal word (DRAFT, WAIVED) as a transparent PNG and the word's length in its pixels, made once
    per process. An image, not text: extracting the page's text does not pick its letters up between the lines."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(resources_dir() / "fonts" / _FACES[FONT_BOLD]), 150)
    left, top, right, bottom = (math.ceil(v) for v in font.getbbox(mark))
    image = Image.new("RGBA", (right - left + 40, bottom - top + 40), (255, 255, 255, 0))
    ImageDraw.Draw(image).text((20 - left, 20 - top), mark, font=font, fill=WATERMARK_COLOR)
    angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
    out = io.BytesIO()
    image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True).save(out, "PNG", optimize=True)
    return out.getvalue(), right - left


def draw_watermark(canv: Canvas, mark: str) -> None:
    """The mark diagonally across the middle of the page, over the text: 18 mm a letter, at most 3/5 of the
    page's diagonal long (clear of the letterhead and the footer)."""
    png, length = watermark_png(mark)
    scale = min(0.6 * math.hypot(PAGE_WIDTH, PAGE_HEIGHT), 18 * mm * len(mark)) / length
    cached = _logo(png)
    width, height = cached.width * scale, cached.height * scale
    _draw_logo(canv, png, (PAGE_WIDTH - width) / 2, (PAGE_HEIGHT - height) / 2, width, height)
