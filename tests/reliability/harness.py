"""Kill a worker process (tests/reliability/crash_worker.py) with SIGKILL at a random moment
and hand back what it had acknowledged before it died."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 120


def kills_per_scenario() -> int:
    """How many kills each scenario makes: INSPECTOR_DESK_KILLS (CI runs the default)."""
    return int(os.environ.get("INSPECTOR_DESK_KILLS", "6"))


def seed() -> int:
    value = os.environ.get("INSPECTOR_DESK_CRASH_SEED")
    return int(value) if value else random.SystemRandom().randrange(1 << 32)


@dataclass
class Kill:
    delay: float
    acks: list[dict]
    killed: bool  # False: the worker ended on its own (a bug unless it says "done")
    stderr: str

    def of(self, op: str) -> list[dict]:
        return [a for a in self.acks if a["op"] == op]


@dataclass
class Stats:
    """What the kills hit, for the figures in docs/reliability.md."""

    scenario: str
    seed: int
    kills: int = 0
    acks: int = 0
    notes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def note(self, what: str) -> None:
        self.notes[what] = self.notes.get(what, 0) + 1


class Harness:
    def __init__(self, folder: Path, stats: Stats) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.stats = stats
        self.rng = random.Random(stats.seed)
        self.rounds = 0
        self._started = time.perf_counter()

    def kill(self, config: dict, low: float, high: float) -> Kill:
        """Start a worker, wait for READY, sleep uniformly in [low, high] s, SIGKILL it."""
        self.rounds += 1
        path = self.folder / f"config-{self.rounds}.json"
        path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        p = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_worker", str(path)],
                             cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8")
        lines: list[str] = []
        ready = threading.Event()

        def read() -> None:
            assert p.stdout is not None
            for line in p.stdout:
                if line.startswith("READY"):
                    ready.set()
                lines.append(line)
            ready.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if not ready.wait(READY_TIMEOUT):
            p.kill()
            raise AssertionError("the worker never became ready")
        delay = self.rng.uniform(low, high)
        time.sleep(delay)
        killed = p.poll() is None
        if killed:
            os.kill(p.pid, signal.SIGKILL)
        p.wait()
        reader.join(10)
        stderr = p.stderr.read() if p.stderr else ""
        if not killed or p.returncode != -signal.SIGKILL:
            raise AssertionError(f"the worker ended by itself (exit {p.returncode}):\n{stderr}")
        acks = []
        for line in lines:
            if line.startswith("ACK ") and line.endswith("\n"):  # a torn last line is not an ack
                acks.append(json.loads(line[4:]))
        self.stats.kills += 1
        self.stats.acks += len(acks)
        self.stats.seconds = time.perf_counter() - self._started
        return Kill(delay, acks, killed, stderr)
