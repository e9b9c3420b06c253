"""Invoice PDF benchmark: gather a few InvoiceDoc variants once, then render N PDFs and print PDFs/s."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path

from ardesk.api import Books, Line
from ardesk.reports.documents import InvoiceDoc
from ardesk.reports.invoice import render_invoice
from ardesk.services import lookup, printing

DATE = dt.date(2026, 6, 25)


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 80), (255, 255, 255, 0))
    ImageDraw.Draw(image).rounded_rectangle((0, 0, 79, 79), radius=14, fill=(31, 78, 121, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def variants() -> list[InvoiceDoc]:
    """A one-page English invoice with logo and discount, a two-page Dutch one, and a credit note."""
    with Books.open(":memory:") as books:
        co = books.create_company("BENCH", "Fenwick & De Vries Office B.V.")
        co.set_details(address="Keizersgracht 123\n1015 CJ  Amsterdam", iban="NL91ABNA0417164300", bic="ABNANL2A",
                       vat_number="NL859123456B01", coc_number="12345678", email="billing@fenwick.nl",
                       logo=_logo())
        co.create_terms_of_payment("N30", days=30, description="30 days net")
        co.create_cash_discount("2D14", [(14, Decimal(2))])
        co.create_sales_tax("HIGH", Decimal(21))
        co.create_sales_tax("LOW", Decimal(9))
        co.create_customer("1", "Thornbury Engineering Ltd", language="en", terms="N30", cash_discount="2D14",
                           address="14 Harbour Road\nBristol BS1 5TX\nUnited Kingdom")
        co.create_customer("2", "Bakkerij Van der Meer B.V.", language="nl", terms="N30",
                           address="Prinsengracht 263\n1016 GV  AMSTERDAM")
        numbers = [
            co.post_free_text_invoice("1", DATE, [
                Line(f"Office chair, model {i}", quantity=Decimal(i + 1), unit_price=Decimal("389.00"),
                     tax="HIGH" if i % 3 else "LOW") for i in range(6)]).number,
            co.post_free_text_invoice("2", DATE, [
                Line(f"Kantoorartikelen, levering {i + 1}", quantity=Decimal(1 + i % 5), unit_price=Decimal("27.40"),
                     tax="HIGH") for i in range(30)]).number,
        ]
        numbers.append(co.post_credit_note("1", DATE, [Line("Returned chair", amount=Decimal("389.00"), tax="HIGH")],
                                           original=numbers[0]).number)
        with books.reading() as s:
            company_id = lookup.company(s, "BENCH").id
            return [printing.gather_invoice(s, company_id, n) for n in numbers]


def render_many(docs: list[InvoiceDoc], start: int, count: int, folder: str) -> float:
    """Render `count` PDFs cycling through docs; returns the CPU seconds spent."""
    cpu = time.process_time()
    for i in range(start, start + count):
        render_invoice(docs[i % len(docs)], os.path.join(folder, f"invoice-{i:05d}.pdf"))
    return time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (0 = one per CPU)")
    args = parser.parse_args()
    jobs = args.jobs or os.cpu_count() or 1
    docs = variants()
    with tempfile.TemporaryDirectory(prefix="ardesk-pdf-") as folder:
        render_many(docs, 0, len(docs), folder)  # warm-up: fonts, Babel locale data
        wall = time.perf_counter()
        if jobs == 1:
            cpu = render_many(docs, 0, args.count, folder)
        else:
            share = [args.count // jobs + (k < args.count % jobs) for k in range(jobs)]
            starts = [sum(share[:k]) for k in range(jobs)]
            with ProcessPoolExecutor(jobs) as pool:
                cpu = sum(pool.map(render_many, [docs] * jobs, starts, share, [folder] * jobs))
        wall = time.perf_counter() - wall
        size = sum(f.stat().st_size for f in Path(folder).iterdir()) / len(os.listdir(folder))
    accel = "yes" if _has_accelerator() else "no (pip install rl-accel)"
    print(f"{args.count} PDFs in {wall:.2f} s with {jobs} process(es): {args.count / wall:.0f} PDFs/s; "
          f"{cpu / args.count * 1000:.1f} ms CPU per PDF; {size / 1024:.0f} KiB each; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; ReportLab C accelerator: {accel}")


def _has_accelerator() -> bool:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
