"""The task runner: one worker thread, results and errors back on the UI thread; and its
inline twin for unit tests of screens (InlineTaskRunner: the same Task signals, no thread)."""

import threading

import pytest

from inspector_desk.ui.tasks import InlineTaskRunner, TaskRunner


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


# --- InlineTaskRunner: the jobs run on the UI thread, in order, when the test says -------------


@pytest.fixture
def inline(qapp):
    r = InlineTaskRunner()
    yield r
    r.shutdown()


def test_inline_jobs_run_on_the_ui_thread_when_drained_and_deliver_done(inline):
    main = threading.get_ident()
    seen = []
    task = inline.run(lambda a, b=0: seen.append(("job", threading.get_ident())) or a + b, 40, b=2)
    # Nothing ran inside run(): callbacks attached to the returned task are still honoured,
    # as they are with the worker thread (ui/client.py sets task.alive afterwards).
    task.on(done=lambda v: seen.append(("done", threading.get_ident(), v)))
    assert seen == [] and inline.busy and not task.done
    assert inline.run_pending() == 1
    assert seen == [("job", main), ("done", main, 42)]
    assert task.done and not inline.busy
    assert inline.run_pending() == 0


def test_inline_jobs_run_in_order_and_a_callbacks_job_runs_after_the_current_one(inline):
    order = []

    def first_done(_):
        order.append("first done: start")
        inline.run(lambda: order.append("from callback"))
        order.append("first done: end")

    inline.run(lambda: order.append("first"), on_done=first_done)
    inline.run(lambda: order.append("second"))
    assert inline.run_pending() == 3
    assert order == ["first", "first done: start", "first done: end", "second", "from callback"]


def test_inline_errors_are_delivered_not_raised(qtbot, inline):
    errors, done = [], []
    task = inline.run(lambda: 1 / 0, on_done=done.append, on_error=errors.append)
    with qtbot.waitSignal(task.failed, timeout=1000) as blocker:
        inline.run_pending()
    assert isinstance(blocker.args[0], ZeroDivisionError)
    assert len(errors) == 1 and errors[0] is blocker.args[0] and done == []
    assert not inline.busy


def test_inline_generator_jobs_report_progress_in_order_then_their_result(inline):
    steps, done = [], []

    def long_job():
        for i in range(1, 6):
            yield i, 5
        return "finished"

    inline.run(long_job, on_progress=lambda d, t: steps.append((d, t)), on_done=done.append)
    inline.run_pending()
    assert steps == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert done == ["finished"]


def test_inline_generator_job_stops_at_its_next_step_when_cancelled(inline):
    """Cancel pressed while the job runs: on one thread that is a callback of the job itself
    (its progress); the generator is closed at its next step and 'cancelled' is delivered."""
    made, closed, steps, outcome = [], [], [], []

    def long_job():
        try:
            for i in range(1000):
                made.append(i)
                yield i, 1000
        finally:
            closed.append(True)
        return "finished"

    def progress(done, total):
        steps.append(done)
        if done == 2:
            task.cancel()

    task = inline.run(long_job, on_progress=progress, on_done=outcome.append,
                      on_error=outcome.append)
    task.on(cancelled=lambda: outcome.append("cancelled"))
    inline.run_pending()
    assert steps == [0, 1, 2]
    assert made == [0, 1, 2, 3]  # step 3 was made, then the cancel was seen: no progress for it
    assert closed == [True] and outcome == ["cancelled"] and not inline.busy


def test_inline_queued_jobs_cancelled_by_cancel_all_never_start(inline):
    ran, cancelled = [], []
    for i in range(3):
        inline.run(lambda i=i: ran.append(i)).on(cancelled=lambda i=i: cancelled.append(i))
    assert inline.cancel_all() == 3
    inline.run(lambda: ran.append("after"))
    inline.run_pending()
    assert ran == ["after"] and cancelled == [0, 1, 2]


def test_inline_results_for_a_screen_that_is_gone_are_dropped(inline):
    got = []
    task = inline.run(lambda: 1, on_done=got.append)
    task.alive = lambda: False
    inline.run_pending()
    assert got == [] and task.done and not inline.busy


def test_inline_call_and_wait_idle_run_what_is_queued_first(inline):
    order = []
    inline.run(lambda: order.append("queued"), on_done=lambda _: order.append("delivered"))
    assert inline.call(lambda x: order.append("call") or x * 2, 21) == 42
    assert order == ["queued", "delivered", "call"]
    with pytest.raises(ZeroDivisionError):
        inline.call(lambda: 1 / 0)
    inline.run(lambda: order.append("before lock"))
    assert inline.wait_idle(0) is True
    assert order[-1] == "before lock" and not inline.busy


def test_inline_jobs_also_run_at_the_next_turn_of_the_event_loop(qtbot, inline):
    got = []
    inline.run(lambda: threading.get_ident(), on_done=got.append)
    qtbot.waitUntil(lambda: len(got) == 1, timeout=1000)
    assert got == [threading.get_ident()]


def test_inline_runner_after_shutdown_runs_nothing(inline):
    ran = []
    inline.run(lambda: ran.append("queued before shutdown"))
    inline.shutdown()
    inline.run(lambda: ran.append("after"))
    assert inline.run_pending() == 0 and ran == [] and inline.stopped
    assert inline.wait_idle(0) is True
    with pytest.raises(RuntimeError):
        inline.call(lambda: 1)


def test_inline_runner_drives_the_service_client_over_a_real_vault(inline, profiles, inspector):
    """What a page test does: the real ServiceClient and AppCore on a real SQLCipher vault,
    with every call finished by run_pending() instead of waiting for a worker."""
    from inspector_desk.app.core import AppCore
    from inspector_desk.ui.client import ServiceClient
    from inspector_desk.ui.errors import ErrorPresenter
    from tests.conftest import PASSPHRASE

    core = AppCore(profiles, "default")
    inline.call(core.create, PASSPHRASE, inspector)
    client = ServiceClient(inline, ErrorPresenter("en"), core)
    announced, created, found = [], [], []
    client.changed.connect(announced.append)
    client.mutate(lambda svc: svc.cases.open_case(address="г. Астана, ул. Кенесары, 40", district="Есиль",
                                            source="111"),
                  on_done=lambda ch: created.append(ch.created))
    assert created == [] and inline.run_pending() == 1
    assert len(created) == 1 and [c.created for c in announced] == created
    client.call(lambda svc: svc.cases.get_case(created[0]), on_done=found.append)
    inline.run_pending()
    assert found[0].case.district == "Есиль"
    late = []
    client.call(lambda svc: svc.desk.districts(), on_done=late.append)
    client.revoke()  # a lock starts: a result of an earlier call reaches no screen
    inline.run_pending()
    assert late == []
    inline.call(core.lock)
