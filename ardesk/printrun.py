"""The worker of a print run: in its own process, it opens the books read-only and renders its share
of the invoices (reports.batch spreads the numbers over the workers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
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


def print_statement_chunk(
    url: str,
    company: str,
    keys: Sequence[str],
    folder: str,
    *,
    start: dt.date,
    end: dt.date,
    pairs: Mapping[str, tuple[int, str]],
) -> list[str]:
    """Gather and render the customer statements of the chunk into folder as KEY.pdf; pairs: file key ->
    (customer id, currency), as services.statements.file_keys made them in the parent (which holds the lock)."""
    from ardesk.reports.statement import render_statement
    from ardesk.services import statements

    engine = make_engine(url)
    paths = []
    try:
        with Session(engine) as s, s.begin():
            co = lookup.company(s, company)
            docs = statements.gather_many(s, co, [pairs[key] for key in keys], start, end)
        for key, doc in zip(keys, docs, strict=True):
            path = str(Path(folder) / file_name(key))
            render_statement(doc, path)
            paths.append(path)
    finally:
        engine.dispose()
    return paths
