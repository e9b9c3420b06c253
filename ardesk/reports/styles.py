"""House style of printed documents: DejaVu fonts, colours, paragraph and table styles, A4 letter template."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from ardesk.i18n import resources_dir
from ardesk.reports.documents import Letterhead
from ardesk.reports.texts import text
from ardesk.services.bank import format_iban

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
_FACES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
          "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf"}

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
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic="DejaVuSans-Oblique",
                                  boldItalic="DejaVuSans-BoldOblique")


def _style(name: str, size: float = 9, *, bold: bool = False, color: colors.Color = INK, align: int = TA_LEFT,
           leading: float | None = None, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.3, textColor=color, alignment=align, **kw)


BODY = _style("body")
SMALL = _style("small", 8, color=MUTED)
CELL = _style("cell", 8.5, leading=10.5)
TITLE = _style("title", 17, bold=True, color=ACCENT, leading=21, spaceAfter=5 * mm)


def para(value: str | None, style: ParagraphStyle = BODY) -> Paragraph:
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
    font: str = FONT
    color: colors.Color = INK


def draw_lines(canv: Canvas, runs: Sequence[Run], x: float, top: float, width: float, height: float, *,
               right: bool = False, leading: float = 1.3, wrap: bool = True) -> float:
    """Draw runs in a fixed box (top measured from the page top), wrapping long ones (unless wrap=False) and
    shrinking all of them when the box is too small, so nothing is clipped or overlaps. Returns the height used."""
    scale = 1.0
    while True:
        rows = [(piece, run) for run in runs
                for piece in (simpleSplit(run.text, run.font, run.size * scale, width) if wrap else [run.text])]
        used = sum(run.size * scale * leading for _, run in rows)
        wide = any(pdfmetrics.stringWidth(piece, run.font, run.size * scale) > width for piece, run in rows)
        if (used <= height and not wide) or scale < 0.4:
            break
        scale -= 0.05
    y = PAGE_HEIGHT - top
    for i, (piece, run) in enumerate(rows):
        size = run.size * scale
        y -= size * (0.95 if i == 0 else leading)
        canv.setFont(run.font, size)
        canv.setFillColor(run.color)
        if right:
            canv.drawRightString(x + width, y, piece)
        else:
            canv.drawString(x, y, piece)
    return used


@lru_cache(maxsize=8)
def _image(logo: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(logo))


def _draw_letterhead(canv: Canvas, head: Letterhead) -> None:
    """Page 1: logo (or the name) at the top left, the company's address and contacts at the top right."""
    right = [Run(head.name, 8.5, FONT_BOLD, ACCENT)] if head.logo else []
    right += [Run(v, 8, color=MUTED) for v in [*(head.address or "").splitlines(), head.phone, head.email,
                                                 head.website] if v]
    if head.logo:
        image = _image(head.logo)
        w, h = image.getSize()
        scale = min(55 * mm / w, 20 * mm / h)
        canv.drawImage(image, LEFT, PAGE_HEIGHT - TOP - h * scale, w * scale, h * scale, mask="auto")
    else:
        draw_lines(canv, [Run(head.name, 15, FONT_BOLD, ACCENT)], LEFT, TOP, 95 * mm, 22 * mm, leading=1.2)
    draw_lines(canv, right, PAGE_WIDTH - RIGHT - 70 * mm, TOP, 70 * mm, 30 * mm, right=True)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    for y in (105 * mm, 210 * mm):  # fold marks (DIN 5008 form B) and the punch mark
        canv.line(4 * mm, PAGE_HEIGHT - y, 8 * mm, PAGE_HEIGHT - y)
    canv.line(4 * mm, PAGE_HEIGHT / 2, 10 * mm, PAGE_HEIGHT / 2)


def _draw_running_head(canv: Canvas, head: Letterhead, continued: str) -> None:
    """Pages 2+: company name and "Invoice X (continued)" above a rule."""
    half = BODY_WIDTH / 2 - 3 * mm
    draw_lines(canv, [Run(head.name, 8.5, FONT_BOLD, ACCENT)], LEFT, TOP, half, 4 * mm, wrap=False)
    draw_lines(canv, [Run(continued, 8.5, color=MUTED)], PAGE_WIDTH - RIGHT - half, TOP, half, 4 * mm, right=True,
               wrap=False)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(LEFT, PAGE_HEIGHT - TOP - 5.5 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - TOP - 5.5 * mm)


def footer_lines(head: Letterhead, language: str) -> tuple[str, str]:
    """The two footer lines: name and address; registration numbers and bank details."""
    first = " · ".join([head.name, *(head.address or "").splitlines()])
    parts = [f"{text('coc', language)} {head.coc_number}" if head.coc_number else "",
             f"{text('vat_number', language)} {head.vat_number}" if head.vat_number else "",
             f"IBAN {format_iban(head.iban)}" if head.iban else "", f"BIC {head.bic}" if head.bic else ""]
    return first, " · ".join(p for p in parts if p)


def _draw_footer(canv: Canvas, head: Letterhead, language: str) -> None:
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(LEFT, 18 * mm, PAGE_WIDTH - RIGHT, 18 * mm)
    draw_lines(canv, [Run(line, 7, color=MUTED) for line in footer_lines(head, language) if line],
               LEFT, PAGE_HEIGHT - 16.6 * mm, BODY_WIDTH - 25 * mm, 8 * mm)


class NumberedCanvas(Canvas):
    """Two-pass canvas: pages are kept until save(), then each gets "Page n of m" in the footer."""

    def __init__(self, *args: Any, page_label: Callable[[int, int], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - RIGHT, 14.4 * mm, self._page_label(self._pageNumber, len(self._pages)))
            super().showPage()
        super().save()


class LetterTemplate(BaseDocTemplate):
    """A4 with the letterhead on page 1, a running head on later pages and the company footer on all.

    first_page draws the document's own fixed blocks (address window, meta data) on page 1."""

    def __init__(self, path: str | os.PathLike[str], head: Letterhead, language: str, *, continued: str,
                 first_page: Callable[[Canvas], None], **meta: Any) -> None:
        prepare_reportlab()
        super().__init__(os.fspath(path), pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=FOOTER_TOP, creator="ardesk", **meta)
        self.head, self.language = head, language

        def first(canv: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_letterhead(canv, head)
            first_page(canv)
            _draw_footer(canv, head, language)

        def later(canv: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_running_head(canv, head, continued)
            _draw_footer(canv, head, language)

        def frame(ident: str, top: float) -> Frame:
            return Frame(LEFT, FOOTER_TOP, BODY_WIDTH, PAGE_HEIGHT - top - FOOTER_TOP, id=ident,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        self.addPageTemplates([
            PageTemplate("first", [frame("first-body", FIRST_BODY_TOP)], onPage=first, autoNextPageTemplate="later"),
            PageTemplate("later", [frame("later-body", LATER_BODY_TOP)], onPage=later),
        ])

    def render(self, flowables: list) -> None:
        label = partial(_page_label, self.language)
        self.build(flowables, canvasmaker=partial(NumberedCanvas, page_label=label))


def _page_label(language: str, page: int, pages: int) -> str:
    return text("page", language, page=str(page), pages=str(pages))
