"""Draw the ardesk application icon and write resources/icons/ardesk.png, .ico and .icns (Pillow only).

Run from anywhere: `.venv/bin/python installer/make_icons.py`. The icon is a deep-blue rounded square with
a white receipt (zig-zag tear-off edge) carrying "AR" and a few ledger lines. Small sizes (<= 32 px) get a
simplified glyph so they stay crisp.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
S = 1024  # design canvas; every coordinate below is on this grid
TOP, BOTTOM = (37, 99, 235), (18, 44, 122)  # gradient of the tile
INK = (23, 56, 150)  # text and lines on the receipt
MUTED = (148, 170, 214)

FONT_CANDIDATES = [
    ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf",
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Path("/Library/Fonts/Arial Bold.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    Path("C:/Windows/Fonts/arialbd.ttf"),
]


def bold_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_CANDIDATES:
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def tile() -> Image.Image:
    """The rounded square with a vertical gradient, on a transparent canvas."""
    margin, radius = 48, 220
    gradient = Image.new("RGBA", (S, S))
    draw = ImageDraw.Draw(gradient)
    for y in range(S):
        t = y / (S - 1)
        draw.line([(0, y), (S, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True)))
    mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(mask).rounded_rectangle([margin, margin, S - margin, S - margin], radius, fill=255)
    out = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    out.paste(gradient, mask=mask)
    return out


def receipt_outline(left: int, top: int, right: int, bottom: int, teeth: int) -> list[tuple[float, float]]:
    """Paper outline: straight top, zig-zag tear-off bottom edge."""
    step = (right - left) / teeth
    depth = step * 0.55
    points: list[tuple[float, float]] = [(left, top), (right, top), (right, bottom)]
    for i in range(teeth, 0, -1):
        points += [(left + (i - 0.5) * step, bottom - depth), (left + (i - 1) * step, bottom)]
    return points


def draw_icon(simple: bool) -> Image.Image:
    img = tile()
    left, top, right, bottom = (262, 190, 762, 850) if not simple else (190, 180, 834, 850)
    outline = receipt_outline(left, top, right, bottom, teeth=6 if not simple else 4)

    shadow = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).polygon([(x + 10, y + 22) for x, y in outline], fill=(5, 15, 50, 120))
    img.alpha_composite(shadow.filter(ImageFilter.GaussianBlur(18)))

    draw = ImageDraw.Draw(img)
    draw.polygon(outline, fill=(255, 255, 255, 255))
    draw.rectangle([left, top, right, top + 26], fill=(255, 255, 255, 255))

    if simple:  # just a big "AR", centred above the teeth
        draw.text(((left + right) / 2, (top + bottom) / 2 - 30), "AR", font=bold_font(330), fill=INK, anchor="mm")
        return img
    draw.text(((left + right) / 2, top + 40), "AR", font=bold_font(210), fill=INK, anchor="mt")

    # ledger rows: description bar on the left, amount bar on the right
    pad, row_h = 62, 14
    y = 480
    for desc, amount in ((0.42, 0.22), (0.30, 0.18), (0.38, 0.22)):
        width = right - left - 2 * pad
        draw.rounded_rectangle([left + pad, y, left + pad + width * desc, y + row_h], 7, fill=MUTED)
        draw.rounded_rectangle([right - pad - width * amount, y, right - pad, y + row_h], 7, fill=MUTED)
        y += 58
    # total rule and a bold total amount
    draw.rectangle([left + pad, y + 4, right - pad, y + 10], fill=INK)
    draw.rounded_rectangle([right - pad - 150, y + 36, right - pad, y + 60], 12, fill=INK)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    full, simple = draw_icon(simple=False), draw_icon(simple=True)

    def at(size: int) -> Image.Image:
        return (simple if size <= 32 else full).resize((size, size), Image.Resampling.LANCZOS)

    at(256).save(OUT / "ardesk.png", optimize=True)
    ico_sizes = [16, 24, 32, 48, 64, 128, 256]
    at(256).save(OUT / "ardesk.ico", sizes=[(s, s) for s in ico_sizes], append_images=[at(s) for s in ico_sizes[:-1]])
    icns_sizes = [16, 32, 64, 128, 256, 512]
    full.save(OUT / "ardesk.icns", append_images=[at(s) for s in icns_sizes])
    for name in ("ardesk.png", "ardesk.ico", "ardesk.icns"):
        print(OUT / name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
