"""The crash harness reports what it did (kills, acknowledged saves, where kills landed) at
the end of the run, and into $INSPECTOR_DESK_CRASH_REPORT (JSON) when that is set."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.reliability.harness import Harness, Stats, seed

_STATS: list[Stats] = []


@pytest.fixture
def harness(request, tmp_path):
    def make(scenario: str) -> Harness:
        stats = Stats(scenario, seed())
        _STATS.append(stats)
        return Harness(tmp_path / f"harness-{scenario}", stats)

    return make


def pytest_terminal_summary(terminalreporter):
    if not _STATS:
        return
    tr = terminalreporter
    tr.section("crash harness")
    for s in _STATS:
        notes = ", ".join(f"{k} {v}" for k, v in sorted(s.notes.items()))
        tr.write_line(f"{s.scenario:<30} kills {s.kills:>4}  acks {s.acks:>6}  {s.seconds:6.1f} s  "
                      f"seed {s.seed}  {notes}")
    tr.write_line(f"{'total':<30} kills {sum(s.kills for s in _STATS):>4}  "
                  f"acks {sum(s.acks for s in _STATS):>6}")
    out = os.environ.get("INSPECTOR_DESK_CRASH_REPORT")
    if out:
        Path(out).write_text(json.dumps([asdict(s) for s in _STATS], indent=2, ensure_ascii=False),
                             encoding="utf-8")


from tests.sync.fixtures import *  # noqa: E402,F401,F403 - headquarters and device fixtures
