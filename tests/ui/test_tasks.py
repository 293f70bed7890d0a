"""The task runner: one worker thread, results and errors back on the UI thread."""

import threading

import pytest

from inspector_desk.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_jobs_run_off_the_ui_thread_and_results_come_back_on_it(qtbot, runner):
    main = threading.get_ident()
    seen = {}

    def job():
        seen["job"] = threading.get_ident()
        return 42

    def done(value):
        seen["done"] = (threading.get_ident(), value)

    runner.run(job, on_done=lambda v: done(v))
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["job"] != main
    assert seen["done"] == (main, 42)


def test_jobs_run_one_at_a_time_in_order(qtbot, runner):
    order = []
    for i in range(20):
        runner.run(lambda i=i: order.append(i))
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))


def test_errors_are_delivered_not_raised(qtbot, runner):
    gate = threading.Event()
    task = runner.run(lambda: gate.wait(5) and 1 / 0)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        gate.set()
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_generator_jobs_report_progress_and_can_be_cancelled(qtbot, runner):
    gate = threading.Event()

    def long_job():
        for i in range(1000):
            if i == 3:
                gate.wait(5)
            yield i, 1000
        return "finished"

    steps = []
    task = runner.run(long_job, on_progress=lambda d, t: steps.append((d, t, threading.get_ident())))
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=5000)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
        gate.set()
    assert steps[0][:2] == (0, 1000) and len(steps) < 1000
    assert {s[2] for s in steps} == {threading.get_ident()}
