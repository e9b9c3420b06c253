"""BatchRun: post, print, cancel or reverse many collection documents in the background with progress.

Each one goes ahead on its own, a refused one is reported, Cancel stops after the current one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ardesk.errors import ArdeskError
from ardesk.i18n import message_text
from ardesk.views.invoicing.progress import Progress, ProgressRun
from ardesk.views.ops import Runner

#: (numbers done, (number, message) of those that failed, stopped early)
Outcome = tuple[list[str], list[tuple[str, str]], bool]


class BatchRun(QObject):
    """run(numbers, work, done, failed): work(number) on a worker thread for each number in turn."""

    def __init__(self, runner: Runner, parent: QWidget, title: str, label: str, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language  # of the refusals reported
        self.progress_run = ProgressRun(runner, parent, title, label)

    def run(
        self,
        numbers: list[str],
        work: Callable[[str], object],
        done: Callable[[Outcome], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        def job(progress: Progress) -> Outcome:
            ok: list[str] = []
            refused: list[tuple[str, str]] = []
            for i, number in enumerate(numbers):
                if not progress(i, len(numbers)):
                    return ok, refused, True
                try:
                    work(number)
                    ok.append(number)
                except ArdeskError as exc:
                    refused.append((number, message_text(exc, self.language)))
            progress(len(numbers), len(numbers))
            return ok, refused, False

        self.progress_run.run(job, done, failed)

    def outcome_text(self, outcome: Outcome, done_text: str) -> str:
        """done_text with %1 the number done, then a line per refused document."""
        ok, refused, stopped = outcome
        lines = [done_text.replace("%1", str(len(ok)))]
        lines += [f"  {number}: {message}" for number, message in refused]
        if stopped:
            lines.append(self.tr("Stopped early; the remaining documents were left as they were."))
        return "\n".join(lines)
