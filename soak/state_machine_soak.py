"""Soak of the ardesk.api state machine (issue 11.5): many random sequences, with figures for benchmarks/README.md.

    .venv/bin/python soak/state_machine_soak.py --sequences 10000 [--steps 25] [--chunk 100]

Runs tests/test_state_machine.BooksMachine in chunks; a failing chunk is a defect (hypothesis shrinks it and the
minimal sequence is printed), counted, and the soak goes on with the next chunk."""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.test_state_machine import REASONS, STATS, run_machine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sequences", type=int, default=10_000, help="sequences to run (default 10,000)")
    parser.add_argument("--steps", type=int, default=25, help="at most this many steps per sequence")
    parser.add_argument("--chunk", type=int, default=100, help="sequences per hypothesis run")
    parser.add_argument("--reasons", type=int, default=10, help="list this many of the most frequent refusals")
    parser.add_argument("--minutes", type=float, default=0, help="stop after the chunk that passes this (0: no limit)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    defects: list[str] = []
    done = 0
    while done < args.sequences and not (args.minutes and time.perf_counter() - started > args.minutes * 60):
        n = min(args.chunk, args.sequences - done)
        try:
            run_machine(n, args.steps)
        except Exception as exc:  # a broken invariant or an unexpected exception: a defect
            defects.append(f"{type(exc).__name__}: {exc}".splitlines()[0])
            traceback.print_exc()
        done += n
        print(f"... {done} of {args.sequences} sequences, {time.perf_counter() - started:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    refused = {k.split(":", 1)[1]: v for k, v in STATS.items() if k.startswith("refused:")}
    posted = {k.split(":", 1)[1]: v for k, v in STATS.items() if k.startswith("done:")}
    print("\n== state machine soak ==")
    print(f"sequences run      {STATS['sequences']:>10,}  (hypothesis runs, shrinking included)")
    print(f"steps (API calls)  {STATS['steps']:>10,}")
    print(f"refusals           {STATS['refusals']:>10,}  (ArdeskError, books checked unchanged)")
    print(f"defects found      {len(defects):>10,}")
    print(f"time               {elapsed:>10.0f} s")
    for name in sorted(set(refused) | set(posted)):
        print(f"  {name:<22} done {posted.get(name, 0):>8,}  refused {refused.get(name, 0):>8,}")
    print("most frequent refusals:")
    for reason, count in REASONS.most_common(args.reasons):
        print(f"  {count:>7,}  {reason}")
    for d in defects:
        print(f"DEFECT {d}")
    return 1 if defects else 0


if __name__ == "__main__":
    raise SystemExit(main())
