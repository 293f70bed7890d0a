"""The atheris targets (fuzz/) still run: a few seconds each through fuzz/run.py, which
fails on any crash, timeout or out-of-memory input.

By default only the targets that need no headquarters world (its keys cost age's scrypt:
about 30 s per target process) run, two at a time; INSPECTOR_DESK_FUZZ_ATHERIS_ALL=1 (or a
long run, INSPECTOR_DESK_FUZZ_EXAMPLES set) runs every target."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUICK = ["form_yaml", "choices_yaml", "rules_json", "expression", "settings"]

pytest.importorskip("atheris", reason="atheris is not installed (Linux x86_64 wheels only): "
                                      "the coverage-guided targets in fuzz/ cannot run here")


def test_atheris_targets_run_clean(tmp_path):
    every = os.environ.get("INSPECTOR_DESK_FUZZ_ATHERIS_ALL") == "1" or bool(
        os.environ.get("INSPECTOR_DESK_FUZZ_EXAMPLES"))
    seconds = int(os.environ.get("INSPECTOR_DESK_FUZZ_ATHERIS_SECONDS", "2"))
    cmd = [sys.executable, str(ROOT / "fuzz" / "run.py"), "--seconds", str(seconds), "--jobs", "2",
           "--out", str(tmp_path)]
    if not every:
        for t in QUICK:
            cmd += ["--target", t]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, cwd=ROOT, check=False)
    report = json.loads((tmp_path / "report.json").read_text()) if (tmp_path / "report.json").exists() else []
    assert p.returncode == 0, p.stdout + p.stderr
    assert report and all(r["executions"] for r in report), p.stdout
