"""Company methods of e-invoices: a posted invoice or credit note as Peppol UBL, or as a Factur-X PDF."""

from __future__ import annotations

import os
from pathlib import Path

from ardesk.calls.door import Door
from ardesk.services.einvoice_data import gather_einvoice
from ardesk.services.text import file_to_write


class EInvoiceCalls(Door):
    """E-invoices (EN 16931), mixed into ardesk.api.Company."""

    def export_ubl(self, number: str, path: str | os.PathLike[str]) -> Path:
        """Write the posted invoice or credit note `number` as a UBL 2.1 Invoice or CreditNote in the Peppol BIS
        Billing 3.0 profile at path; returns the file written. A draft or unknown number, or a folder that does
        not exist, raises ValidationError naming the field (number, path)."""
        from ardesk.reports.ubl import write_ubl

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            e = gather_einvoice(s, co.id, number)
        write_ubl(e, target)
        return target

    def print_facturx(self, number: str, path: str | os.PathLike[str]) -> Path:
        """Write the posted invoice or credit note `number` as its PDF with the Factur-X (ZUGFeRD 2, profile
        EN 16931) XML embedded as factur-x.xml; returns the file written. Refuses what export_ubl refuses."""
        from ardesk.reports.facturx import render_facturx  # ReportLab and pypdf load only when printing

        target = file_to_write(path, "path")
        with self._read() as (s, co):
            e = gather_einvoice(s, co.id, number)
        render_facturx(e, target)
        return target
