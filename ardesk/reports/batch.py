"""Printing many invoices at once: the numbers are split over worker processes that each read and
render their share, so a month's print run uses every CPU (the layout is CPU-bound)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

MAX_JOBS = 4
PER_TASK = 50  # invoices per task: small enough for progress, big enough to amortize opening the books


def file_name(number: str) -> str:
    """The PDF's file name: the document number, with characters no file system takes replaced."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in number) + ".pdf"


def default_jobs() -> int:
    return max(1, min(MAX_JOBS, os.cpu_count() or 1))


Worker = Callable[[str, str, Sequence[str], str], list[str]]


def print_many(
    url: str | None,
    company: str,
    numbers: Sequence[str],
    folder: Path,
    jobs: int,
    serial: Callable[[str, Path], None],
    worker: Worker,
    progress: Callable[[int, int], bool | None] | None = None,
) -> list[Path]:
    """Print every number into folder; `serial` prints one in this process (used when jobs is 1 or the
    books are in memory), `worker(url, company, numbers, folder)` a chunk in a worker process (a
    module-level function, ardesk.printrun.print_chunk). progress(done, total) may return False to
    stop after the current chunks."""
    total = len(numbers)
    done: list[Path] = []
    if jobs <= 1 or url is None or total <= PER_TASK:
        for number in numbers:
            path = folder / file_name(number)
            serial(number, path)
            done.append(path)
            if progress is not None and progress(len(done), total) is False:
                break
        return done
    chunks = [list(numbers[i : i + PER_TASK]) for i in range(0, total, PER_TASK)]
    # spawn: the same on every platform, and safe beside Qt's threads (fork is not).
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(worker, url, company, chunk, str(folder)) for chunk in chunks]
        try:
            for future in as_completed(futures):
                done += [Path(p) for p in future.result()]
                if progress is not None and progress(len(done), total) is False:
                    for f in futures:
                        f.cancel()
                    break
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    order = {file_name(n): i for i, n in enumerate(numbers)}
    return sorted(done, key=lambda p: order.get(p.name, 0))
