"""The background runner: results and errors come back on the GUI thread, with one busy signal."""

from __future__ import annotations

import threading

import pytest

from ardesk.views.ops import Runner, run_with_progress

pytestmark = pytest.mark.gui


def test_success_runs_the_callback_on_the_gui_thread(runner: Runner, qtbot):
    seen: list[tuple[object, bool]] = []
    busy: list[bool] = []
    runner.busy.connect(lambda on, _text: busy.append(on))
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    runner.run(work, success=lambda v: seen.append((v, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()
    assert busy == [True, False]
    assert runner.active == 0


def test_failure_goes_to_the_failure_callback_or_the_error_signal(runner: Runner, qtbot):
    failures: list[BaseException] = []
    runner.run(lambda: 1 / 0, success=lambda v: None, failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ZeroDivisionError)
    with qtbot.waitSignal(runner.error, timeout=5000) as signal:
        runner.run(lambda: int("x"), success=lambda v: None)
    assert isinstance(signal.args[0], ValueError)


def test_run_with_progress_returns_the_result_or_raises(runner: Runner):
    assert run_with_progress(runner, lambda: "done", "Working") == "done"
    with pytest.raises(KeyError):
        run_with_progress(runner, lambda: {}["missing"], "Working")


def test_a_result_for_a_closed_window_is_dropped(runner: Runner, qtbot):
    from PySide6.QtCore import QStringListModel
    from shiboken6 import delete

    model = QStringListModel()
    delivered = []
    runner.run(lambda: ["late"], success=lambda rows: (delivered.append(rows), model.setStringList(rows)))
    delete(model)  # the page went away while the query ran
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    assert delivered == [["late"]]  # the callback ran, its RuntimeError on the dead model was swallowed
