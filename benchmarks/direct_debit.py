"""Times a SEPA direct debit run on new books: N customers with a mandate, M open invoices due, then the
preview, the run (posting M payments and writing pain.008) and a camt.054 return import of 1 % of them."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ardesk.api import Books, Line

DAY = dt.date(2026, 3, 2)
COLLECT = dt.date(2026, 4, 16)


def _ibans(count: int) -> list[str]:
    """Valid Dutch IBANs (ABNA, mod 97) for the debtors."""
    out = []
    for i in range(count):
        bban = f"ABNA{1000000000 + i:010d}"
        digits = "".join(str(int(c, 36)) for c in bban + "NL00")
        out.append(f"NL{98 - int(digits) % 97:02d}{bban}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--invoices", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ardesk-dd-"))
    with Books.open(folder / "books.db") as books:
        co = books.create_company("NL01", "Incasso B.V.", currency="EUR")
        co.set_details(iban="NL91ABNA0417164300", bic="ABNANL2A")
        co.set_parameters(sepa_creditor_id="NL57ZZZ999999999999")
        co.create_terms_of_payment("N30", days=30)
        co.create_method_of_payment("INCASSO", "electronic", direct_debit=True)
        co.create_sales_tax("HIGH", Decimal("21"))
        ibans = _ibans(args.customers)
        for i in range(args.customers):
            account = f"{10000 + i}"
            co.create_customer(account, f"Klant {i} & Zn", terms="N30", method_of_payment="INCASSO")
            co.create_mandate(account, iban=ibans[i], signed_on=dt.date(2025, 1, 1))
        for j in range(args.invoices):
            co.save_draft(f"{10000 + j % args.customers}", DAY, [Line("Abonnement", Decimal(10 + j % 90))])
        co.post_drafts()
        start, cpu = time.perf_counter(), time.process_time()
        preview = co.preview_direct_debit(COLLECT)
        print(f"preview: {preview.count} collections, {time.perf_counter() - start:.2f} s wall")
        start, cpu = time.perf_counter(), time.process_time()
        run = co.create_direct_debit_file(COLLECT, folder / "dd.xml")
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = os.path.getsize(folder / "dd.xml")
        print(
            f"run: {run.count} collections, {run.total} EUR, {wall:.2f} s wall, {cpu:.2f} s CPU, "
            f"{run.count / wall:.0f} collections/s, file {size / 1e6:.1f} MB"
        )
        returned = run.transactions[::100]
        entries = "".join(
            f"<Ntry><Amt Ccy='EUR'>{t.amount}</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-04-20</Dt></BookgDt>"
            f"<NtryDtls><TxDtls><Refs><EndToEndId>{t.end_to_end_id}</EndToEndId></Refs>"
            f"<RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>"
            for t in returned
        )
        (folder / "camt054.xml").write_text(
            "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.02'><BkToCstmrDbtCdtNtfctn>"
            f"<Ntfctn>{entries}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
        )
        start = time.perf_counter()
        result = co.import_direct_debit_returns(folder / "camt054.xml", dt.date(2026, 4, 20), fee=Decimal("5.00"))
        print(f"returns: {result.count} undone with fee, {time.perf_counter() - start:.2f} s wall")
        print(
            f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB;"
            f" load {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
