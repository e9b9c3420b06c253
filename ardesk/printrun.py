"""The worker of a print run: in its own process, it opens the books read-only and renders its share
of the invoices (reports.batch spreads the numbers over the workers)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from ardesk.db.engine import make_engine
from ardesk.reports.batch import file_name
from ardesk.reports.invoice import render_invoice
from ardesk.services import lookup, printing


def print_chunk(url: str, company: str, numbers: Sequence[str], folder: str) -> list[str]:
    """Gather and render each invoice of the chunk into folder; the parent process holds the books'
    lock and has checked every number, so this only reads (no schema check, no lock)."""
    engine = make_engine(url)
    paths = []
    try:
        with Session(engine) as s, s.begin():
            company_id = lookup.company(s, company).id
            docs = [(number, printing.gather_invoice(s, company_id, number)) for number in numbers]
        for number, doc in docs:
            path = str(Path(folder) / file_name(number))
            render_invoice(doc, path)
            paths.append(path)
    finally:
        engine.dispose()
    return paths
