"""Invoice PDF benchmark (issue 3): print N posted invoices with Company.print_invoice and report PDFs/s.

A small SQLite file (in a temporary folder) gets a one-page English invoice with logo and discount offer, a
two-page Dutch one and a credit note; the run prints them in turn through the API (read + gather + layout +
write), in one process or several (--jobs). A last table gives the milliseconds per variant, with a fourth
one whose customer name is outside Windows-1252 and so prints in the embedded DejaVu faces.

    python benchmarks/invoice_pdf.py [--count 1000] [--jobs 1|2|0=one per CPU]
    python benchmarks/invoice_pdf.py --batch [--count 1000]   # one Company.print_invoices() of N invoices
"""

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

DATE = dt.date(2026, 6, 25)
COMPANY = "BENCH"


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 80), (255, 255, 255, 0))
    ImageDraw.Draw(image).rounded_rectangle((0, 0, 79, 79), radius=14, fill=(31, 78, 121, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_books(path: str) -> dict[str, str]:
    """The sample invoices, posted through the API; returns variant name -> document number."""
    with Books.open(path) as books:
        co = books.create_company(COMPANY, "Fenwick & De Vries Office B.V.")
        co.set_details(
            address="Keizersgracht 123\n1015 CJ  Amsterdam",
            iban="NL91ABNA0417164300",
            bic="ABNANL2A",
            vat_number="NL859123456B01",
            coc_number="12345678",
            email="billing@fenwick.nl",
            logo=_logo(),
        )
        co.create_terms_of_payment("N30", days=30, description="30 days net")
        co.create_cash_discount("2D14", [(14, Decimal(2))])
        co.create_sales_tax("HIGH", Decimal(21))
        co.create_sales_tax("LOW", Decimal(9))
        co.create_customer(
            "1",
            "Thornbury Engineering Ltd",
            language="en",
            terms="N30",
            cash_discount="2D14",
            address="14 Harbour Road\nBristol BS1 5TX\nUnited Kingdom",
        )
        co.create_customer(
            "2",
            "Bakkerij Van der Meer B.V.",
            language="nl",
            terms="N30",
            address="Prinsengracht 263\n1016 GV  AMSTERDAM",
        )
        co.create_customer(
            "3", "Łukasz Źródło Sp. z o.o.", language="en", terms="N30", address="ul. Długa 5\n80-831 Gdańsk\nPoland"
        )
        chairs = [
            Line(
                f"Office chair, model {i}",
                quantity=Decimal(i + 1),
                unit_price=Decimal("389.00"),
                tax="HIGH" if i % 3 else "LOW",
            )
            for i in range(6)
        ]
        english = co.post_free_text_invoice("1", DATE, chairs).number
        dutch = co.post_free_text_invoice(
            "2",
            DATE,
            [
                Line(
                    f"Kantoorartikelen, levering {i + 1} – 80 g/m² à € 27,40",
                    quantity=Decimal(1 + i % 5),
                    unit_price=Decimal("27.40"),
                    tax="HIGH",
                )
                for i in range(30)
            ],
        ).number
        credit = co.post_credit_note(
            "1", DATE, [Line("Returned chair", amount=Decimal("389.00"), tax="HIGH")], original=english
        ).number
        polish = co.post_free_text_invoice("3", DATE, chairs).number
    return {"english 1 page": english, "dutch 2 pages": dutch, "credit note": credit, "non-cp1252 (DejaVu)": polish}


def print_many(db: str, numbers: list[str], start: int, count: int, folder: str) -> float:
    """Print `count` PDFs cycling through numbers through Company.print_invoice; returns the CPU seconds."""
    with Books.open(db, exclusive=False) as books:  # several processes read the file at once (--jobs)
        co = books.company(COMPANY)
        co.print_invoice(numbers[0], os.path.join(folder, f"warm-{os.getpid()}.pdf"))  # fonts, Babel, ReportLab
        cpu = time.process_time()
        for i in range(start, start + count):
            co.print_invoice(numbers[i % len(numbers)], os.path.join(folder, f"invoice-{i:05d}.pdf"))
        return time.process_time() - cpu


def per_variant(
    db: str, variants: dict[str, str], folder: str, repeat: int = 40
) -> list[tuple[str, float, float, int]]:
    """(variant, wall ms per PDF, CPU ms per PDF, file size) for each variant on its own."""
    out = []
    with Books.open(db) as books:
        co = books.company(COMPANY)
        for name, number in variants.items():
            path = os.path.join(folder, "variant.pdf")
            co.print_invoice(number, path)
            started, cpu = time.perf_counter(), time.process_time()
            for _ in range(repeat):
                co.print_invoice(number, path)
            out.append(
                (
                    name,
                    (time.perf_counter() - started) / repeat * 1000,
                    (time.process_time() - cpu) / repeat * 1000,
                    os.path.getsize(path),
                )
            )
    return out


def batch(count: int) -> None:
    """The product's print run: count distinct posted invoices (English and Dutch, with credit notes) printed by
    one Company.print_invoices() call into a folder, in its worker processes (one per CPU, at most 4)."""
    with tempfile.TemporaryDirectory(prefix="ardesk-pdf-") as folder:
        db = os.path.join(folder, "books.db")
        make_books(db)
        with Books.open(db) as books:
            co = books.company(COMPANY)
            for i in range(count):
                lines = [
                    Line(
                        f"Office chair, model {k}",
                        quantity=Decimal(k + 1),
                        unit_price=Decimal("389.00"),
                        tax="HIGH" if k % 3 else "LOW",
                    )
                    for k in range(3 + i % 8)
                ]
                co.save_draft(str(1 + i % 2), DATE, lines, kind="credit_note" if i % 10 == 9 else "invoice")
            numbers = co.post_drafts().posted
            out = Path(folder) / "out"
            out.mkdir()
            wall, cpu = time.perf_counter(), time.process_time()
            paths = co.print_invoices(numbers, out)
            wall = time.perf_counter() - wall
        assert len(paths) == count and all(p.exists() for p in paths)
        size = sum(p.stat().st_size for p in paths) / count
    print(
        f"{count} distinct PDFs via one Company.print_invoices() in {wall:.2f} s: {count / wall:.0f} PDFs/s "
        f"({os.cpu_count()} CPUs; main process CPU {time.process_time() - cpu:.2f} s); {size / 1024:.1f} KiB each"
    )
    print(
        f"load average {os.getloadavg()[0]:.1f}; ReportLab C accelerator (rl_accel): "
        f"{'yes' if _has_accelerator() else 'no'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (0 = one per CPU)")
    parser.add_argument("--batch", action="store_true", help="time one Company.print_invoices() instead")
    args = parser.parse_args()
    if args.batch:
        batch(args.count)
        return
    jobs = args.jobs or os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="ardesk-pdf-") as folder:
        db = os.path.join(folder, "books.db")
        variants = make_books(db)
        numbers = list(variants.values())[:3]  # the mix: English, Dutch, credit note
        out = os.path.join(folder, "out")
        os.mkdir(out)
        wall = time.perf_counter()
        if jobs == 1:
            cpu = print_many(db, numbers, 0, args.count, out)
        else:
            share = [args.count // jobs + (k < args.count % jobs) for k in range(jobs)]
            starts = [sum(share[:k]) for k in range(jobs)]
            with ProcessPoolExecutor(jobs) as pool:
                cpu = sum(pool.map(print_many, [db] * jobs, [numbers] * jobs, starts, share, [out] * jobs))
        wall = time.perf_counter() - wall
        files = [f for f in Path(out).iterdir() if f.name.startswith("invoice-")]
        assert len(files) == args.count, f"{len(files)} PDFs written, {args.count} expected"
        size = sum(f.stat().st_size for f in files) / len(files)
        table = per_variant(db, variants, folder)
    print(
        f"{args.count} PDFs via Company.print_invoice in {wall:.2f} s with {jobs} process(es): "
        f"{args.count / wall:.0f} PDFs/s; {cpu / args.count * 1000:.1f} ms CPU per PDF; {size / 1024:.1f} KiB each"
    )
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; ReportLab C accelerator (rl_accel): "
        f"{'yes' if _has_accelerator() else 'no'}"
    )
    for name, ms, cpu_ms, size in table:
        print(f"  {name:<22}{ms:7.1f} ms per PDF ({cpu_ms:5.1f} ms CPU)  {size / 1024:6.1f} KiB")


def _has_accelerator() -> bool:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
