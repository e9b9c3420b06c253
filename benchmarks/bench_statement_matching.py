"""Bank statement import benchmark (issue 10): parse a 10,000-line statement, match it to 100,000 open items.

Generates (deterministic, seeded) N open invoices of N/10 customers, a third with a cash discount step,
half with an RF and a quarter with a Dutch reference, and a statement of M lines: 40 % paying by
structured reference, 20 % naming one to three invoice numbers in the text, 15 % from a known IBAN with
the amount of one invoice, 5 % known IBAN with another amount, 5 % amount only, 5 % bank costs, 10 %
unknown. Writes it as CAMT.053 and as MT940 to a temporary directory, then times, median of --runs:
reading each file (ardesk.services.bank_files.read_statement) and match_entries on the parsed lines.
No database: the lead's import service adds its loading and writing on top.

    python benchmarks/bench_statement_matching.py [--entries 10000] [--items 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ardesk.services.bank_files import read_statement
from ardesk.services.payment_reference import reference_for
from ardesk.services.statement_matching import OpenItem, Tolerance, match_entries

TARGET_S = 5.0
DAY = dt.date(2026, 12, 2)
ACCOUNT = "NL91ABNA0417164300"


def _iban(n: int) -> str:
    """A valid Dutch IBAN (mod 97) for customer n."""
    bban = f"RABO{3000000000 + n:010d}"
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bban}"


def make_items(count: int, rng: random.Random) -> tuple[list[OpenItem], dict[str, list[str]]]:
    customers = max(1, count // 10)
    items = []
    for n in range(1, count + 1):
        number = f"INV-{n:07d}"
        balance = Decimal(rng.randrange(1000, 500000)) / 100
        kind = "rf" if n % 4 < 2 else "nl" if n % 4 == 2 else "none"
        steps: tuple[tuple[dt.date, Decimal], ...] = ()
        if n % 3 == 0:
            steps = ((dt.date(2026, 12, 10), (balance * Decimal("0.98")).quantize(Decimal("0.01"))),)
        items.append(
            OpenItem(n, f"C{n % customers:06d}", number, reference_for(kind, number, n), balance, "EUR", steps)
        )
    payers = {_iban(c): [f"C{c:06d}"] for c in range(customers)}
    return items, payers


def make_lines(count: int, items: list[OpenItem], rng: random.Random) -> list[dict]:
    """(amount, name, iban, structured reference, text) per line, by the mix in the module docstring."""
    lines = []
    picks = rng.sample(range(len(items)), min(len(items), count * 3))
    customers = len(items) // 10 or 1
    for i in range(count):
        it = items[picks[i]]
        due = it.discount_steps[0][1] if it.discount_steps else it.balance
        cust = int(it.customer[1:])
        r = i % 20
        line = {"amount": due, "name": f"Klant {cust}", "iban": _iban(cust), "ref": None, "text": ""}
        if r < 8 and it.payment_reference:
            line["ref"] = it.payment_reference
        elif r < 12 or (r < 8 and not it.payment_reference):
            extra = [items[p] for p in picks[count + 2 * i : count + 2 * i + rng.randrange(0, 3)]]
            line["text"] = "Factuur " + " ".join(x.number for x in [it, *extra])
            line["amount"] = due + sum((x.balance for x in extra), Decimal(0))
        elif r < 15:
            line["text"] = "betaling"
        elif r < 16:
            line["amount"] = due + Decimal("3.33")
            line["text"] = "termijn"
        elif r < 17:
            line["iban"] = _iban(customers + 1 + i)
        elif r < 18:
            line = {"amount": -Decimal("12.50"), "name": None, "iban": None, "ref": None, "text": "Kosten"}
        else:
            line = {"amount": Decimal(rng.randrange(100, 99999)) / 100, "name": "Onbekend",
                    "iban": _iban(customers + 1 + i), "ref": None, "text": "gift"}  # fmt: skip
        lines.append(line)
    return lines


def write_camt(path: str, lines: list[dict]) -> None:
    opening = Decimal("1000.00")
    closing = opening + sum((ln["amount"] for ln in lines), Decimal(0))
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>\n')
        f.write(f"<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>{DAY}T23:00:00</CreDtTm></GrpHdr>\n")
        f.write(f"<Stmt><Id>BENCH-{DAY}</Id><Acct><Id><IBAN>{ACCOUNT}</IBAN></Id><Ccy>EUR</Ccy></Acct>\n")
        for code, amount in (("OPBD", opening), ("CLBD", closing)):
            sign = "CRDT" if amount >= 0 else "DBIT"
            f.write(
                f'<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{abs(amount)}</Amt>'
                f"<CdtDbtInd>{sign}</CdtDbtInd><Dt><Dt>{DAY}</Dt></Dt></Bal>\n"
            )
        for i, ln in enumerate(lines, 1):
            sign = "CRDT" if ln["amount"] > 0 else "DBIT"
            party = ""
            if ln["iban"]:
                role = "Dbtr" if sign == "CRDT" else "Cdtr"
                party = (
                    f"<RltdPties><{role}><Nm>{ln['name']}</Nm></{role}>"
                    f"<{role}Acct><Id><IBAN>{ln['iban']}</IBAN></Id></{role}Acct></RltdPties>"
                )
            rmt = ""
            if ln["ref"]:
                rmt = f"<RmtInf><Strd><CdtrRefInf><Ref>{ln['ref']}</Ref></CdtrRefInf></Strd></RmtInf>"
            elif ln["text"]:
                rmt = f"<RmtInf><Ustrd>{ln['text']}</Ustrd></RmtInf>"
            f.write(
                f'<Ntry><Amt Ccy="EUR">{abs(ln["amount"])}</Amt><CdtDbtInd>{sign}</CdtDbtInd><Sts>BOOK</Sts>'
                f"<BookgDt><Dt>{DAY}</Dt></BookgDt><ValDt><Dt>{DAY}</Dt></ValDt><AcctSvcrRef>B{i:08d}</AcctSvcrRef>"
                f"<NtryDtls><TxDtls>{party}{rmt}</TxDtls></NtryDtls></Ntry>\n"
            )
        f.write("</Stmt></BkToCstmrStmt></Document>\n")


def write_mt940(path: str, lines: list[dict]) -> None:
    def amt(a: Decimal) -> str:
        return f"{abs(a):.2f}".replace(".", ",")

    opening = Decimal("1000.00")
    closing = opening + sum((ln["amount"] for ln in lines), Decimal(0))
    d = DAY.strftime("%y%m%d")
    out = [":20:BENCH", f":25:{ACCOUNT}", ":28C:1", f":60F:C{d}EUR{amt(opening)}"]
    for i, ln in enumerate(lines, 1):
        mark = "C" if ln["amount"] > 0 else "D"
        out.append(f":61:{d}{d[2:]}{mark}{amt(ln['amount'])}NTRFNONREF//B{i:08d}")
        info = ""
        if ln["iban"]:
            info += f"/IBAN/{ln['iban']}/NAME/{ln['name']}"
        if ln["ref"]:
            info += f"/REMI/STRD/CUR/{ln['ref']}/"
        elif ln["text"]:
            info += f"/REMI/USTD//{ln['text']}/"
        info = info or "Kosten"
        out.append(":86:" + "\n".join(info[k : k + 65] for k in range(0, len(info), 65)))
    out.append(f":62F:{'C' if closing >= 0 else 'D'}{d}EUR{amt(closing)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def _timed(fn, runs: int):  # type: ignore[no-untyped-def]
    """(median wall seconds, median CPU seconds of this process, result) of `runs` calls."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(10)
    t0 = time.perf_counter()
    items, payers = make_items(args.items, rng)
    lines = make_lines(args.entries, items, rng)
    print(f"generated {len(items):,} open items of {len(payers):,} customers, {len(lines):,} lines "
          f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        camt, mt = os.path.join(tmp, "bench.xml"), os.path.join(tmp, "bench.sta")
        write_camt(camt, lines)
        write_mt940(mt, lines)
        print(f"files: CAMT.053 {os.path.getsize(camt) / 1e6:.1f} MB, MT940 {os.path.getsize(mt) / 1e6:.1f} MB")
        t_camt, c_camt, statement = _timed(lambda: read_statement(camt), args.runs)
        t_mt, c_mt, mt_statement = _timed(lambda: read_statement(mt), args.runs)
    assert len(statement.entries) == len(mt_statement.entries) == args.entries
    entries = list(statement.entries)
    tol = Tolerance(penny=Decimal("0.01"))
    t_match, c_match, matches = _timed(lambda: match_entries(entries, items, payers, tol), args.runs)
    assert match_entries(list(mt_statement.entries), items, payers, tol) == matches
    reasons = Counter(m.reason for m in matches)
    n = f"{args.entries:,}"
    print(f"{'':34} {'wall':>7} {'CPU':>7}")
    print(f"{'read CAMT.053 (' + n + ' entries)':34} {t_camt:6.2f}s {c_camt:6.2f}s")
    print(f"{'read MT940 (' + n + ' entries)':34} {t_mt:6.2f}s {c_mt:6.2f}s")
    print(f"{'match vs ' + format(len(items), ',') + ' items':34} {t_match:6.2f}s {c_match:6.2f}s")
    total = t_camt + t_match
    verdict = "ok" if total < TARGET_S else "SLOW"
    print(f"{'CAMT read + match':34} {total:6.2f}s {c_camt + c_match:6.2f}s  aim < {TARGET_S:.0f} s wall: {verdict}")
    print("matches by reason: " + ", ".join(f"{r} {reasons[r]:,}" for r in sorted(reasons, key=lambda r: -reasons[r])))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall times suffer from other work)")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, median of {args.runs} runs")


if __name__ == "__main__":
    main()
