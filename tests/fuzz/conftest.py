"""Fixtures of the fuzz tests: one *world* per test run (tests/fuzz/world.py), and the
figures of the run at the end (examples, outcomes, slowest input, peak memory per reader)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.fuzz import harness
from tests.fuzz.world import (  # noqa: F401
    NEW_PASSPHRASE,
    World,
    build_world,
    close_world,
    fix_manifest,
    tar,
    untar,
    vault_state,
)
from tests.sync.fixtures import *


@pytest.fixture(scope="session")
def world(tmp_path_factory, hq_keys_dir, unlocked_hq, recovery_identity, forms) -> World:
    w = build_world(tmp_path_factory.mktemp("fuzz-world"), hq_keys_dir, unlocked_hq, recovery_identity, forms)
    yield w
    close_world(w)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    figures = harness.report()
    if not figures:
        return
    terminalreporter.section("fuzz figures")
    for name, f in figures.items():
        top = ", ".join(f"{k}={v}" for k, v in list(f["outcomes"].items())[:4])
        terminalreporter.write_line(
            f"{name:<28} {f['examples']:>6} examples  slowest {f['slowest_s']:.3f} s  "
            f"peak {f['peak_mib']:.1f} MiB  ({top})")
    out = os.environ.get("INSPECTOR_DESK_FUZZ_REPORT")
    if out:
        Path(out).write_text(json.dumps({"readers": figures}, indent=2,
                                        ensure_ascii=False), encoding="utf-8")
