#!/usr/bin/env python3
"""Issue 16's table at 10,000, 40,000 and 100,000 households, with the growth 100k / 10k.

    .venv/bin/python bench/bench_scale.py [--repeat 2] [--home 100k=bench/out/vault-100000-sql]
                                          [--only register,window,vault]

For each of bench/out/vault-10000, vault-40000, vault-100000 that holds a built vault (make
them with bench/scale_vault.py), runs as subprocesses, one at a time:

* bench/bench_register_filter.py (the register's filter, sorts, count, districts, dashboard;
  beside raw sqlcipher3 replaying the same statements),
* bench/bench_window.py (the real window offscreen, from action to rows on screen, beside the
  service call; the longest UI-thread stall; the idle noise floor; cold start),
* bench/bench_vault.py --n 20 (save a visit, search, due list; beside raw sqlcipher3),

parses the lines they print and prints ONE table: row | 10k | 40k | 100k | growth | goal | ok?
Each figure is the bench's median in ms, with in brackets what that bench prints beside it:
raw sqlcipher3 doing the same work (register, vault), the service call fetching the same rows
(window), the bare process (cold start). ok? = within the goal at 40k, within twice the goal
at 100k, growth 100k/10k at most x2 (the issue's "Done when"); a missing size is skipped.
With --repeat 2 every bench runs twice per vault and each row keeps its better (lower) run:
use it when the machine is shared. Each bench's output is kept in bench/out/scale-logs/.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
SIZES = {"10k": 10000, "40k": 40000, "100k": 100000}
LOGS = ROOT / "bench" / "out" / "scale-logs"

# Goals (ms, or a ratio for "x" goals) of issue 16 for rows whose bench does not print one;
# the register bench prints its own ("| < 50").
WINDOW_GOALS = {
    "unlock -> dashboard rows (beyond the KDF)": 500,
    "9 letters typed -> last rows shown": 150,
    "scroll to 50 % -> rows shown": 150,
    "sort by address -> rows shown": 150,
    "audit log -> first rows": 150,
}
VAULT_GOALS = {  # "no slower than now" (issue 16: 6.3 ms, 8-10 ms, 19 ms)
    "save one visit (service vs INSERT)": 6.3,
    "search as you type": 10,
    "due list of one inspector": 19,
}
STALL_GOAL, RATIO_GOAL = 100, 2.0  # ms; cold start and --version: x bare

NUM = r"([\d.]+)"
REGISTER_LINE = re.compile(rf"^(.+?)\s+{NUM}\s+{NUM} \|\s+{NUM}\s+{NUM} \| x\s*{NUM}\s*\| < {NUM}")
WINDOW_LINE = re.compile(rf"^(.+?)\s+{NUM}\s+{NUM} \|\s+{NUM} \|\s+{NUM} ms$")
VAULT_LINE = re.compile(rf"^(.+?)\s+{NUM}\s+{NUM} \|\s+{NUM}\s+{NUM} \| x")
COLD_LINE = re.compile(rf"cold start to the unlock window: {NUM} ms; a bare QMainWindow {NUM} ms")
VERSION_LINE = re.compile(rf"inspector-desk --version: {NUM} ms; python -c pass {NUM} ms")
IDLE_LINE = re.compile(rf"idle noise floor \(.*?\) {NUM} ms")


class Figure:
    """One cell: our median in ms and what the bench printed beside it. mode: "abs" (ok when
    ours < goal ms), "ratio" (ok when ours / beside <= goal) or "info" (no goal)."""

    def __init__(self, ours: float, beside: float | None = None, mode: str = "abs") -> None:
        self.ours, self.beside, self.mode = ours, beside, mode

    def within(self, goal: float, factor: float = 1) -> bool:
        if self.mode == "ratio":
            return self.ours / self.beside <= goal * factor
        return self.mode == "info" or self.ours < goal * factor

    def __str__(self) -> str:
        text = _ms(self.ours)
        if self.beside is not None:
            text += f" ({_ms(self.beside)})"
        return text


def _ms(v: float) -> str:
    return f"{v:.2f}" if v < 1 else f"{v:,.1f}" if v < 100 else f"{v:,.0f}"


def run(label: str, name: str, argv: list[str], i: int, timeout: int) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    try:
        p = subprocess.run([PY, *argv], capture_output=True, text=True, env=env, timeout=timeout,
                           cwd=ROOT)
        out, status = p.stdout, f"exit {p.returncode}"
        if p.returncode:
            out += "\n" + p.stderr
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        status = "timeout"
    LOGS.mkdir(parents=True, exist_ok=True)
    (LOGS / f"{label}-{name}-{i}.log").write_text(out, encoding="utf-8")
    print(f"  {label} {name} #{i}: {status}, {time.perf_counter() - t:.0f} s", file=sys.stderr,
          flush=True)
    return out


def parse_register(out: str) -> dict[str, tuple[Figure, float]]:
    rows = {}
    for line in out.splitlines():
        m = REGISTER_LINE.match(line)
        if m:
            rows["register: " + m[1].strip()] = (Figure(float(m[2]), float(m[4])), float(m[7]))
    return rows


def parse_window(out: str) -> dict[str, tuple[Figure, float]]:
    rows, stalls = {}, []
    for line in out.splitlines():
        m = WINDOW_LINE.match(line)
        if m and m[1].strip() in WINDOW_GOALS:
            name = m[1].strip()
            rows["window: " + name] = (Figure(float(m[2]), float(m[4])), WINDOW_GOALS[name])
            stalls.append(float(m[5]))
        if (m := COLD_LINE.search(line)):
            ours, bare = float(m[1]), float(m[2])
            rows["cold start to unlock window (bare QMainWindow)"] = (
                Figure(ours, bare, "ratio"), RATIO_GOAL)
        if (m := VERSION_LINE.search(line)):
            ours, bare = float(m[1]), float(m[2])
            rows["--version (python -c pass)"] = (Figure(ours, bare, "ratio"), RATIO_GOAL)
        if (m := IDLE_LINE.search(line)):
            rows["window: idle noise floor (5 ms heartbeat gap)"] = (
                Figure(float(m[1]), None, "info"), 0)
    if stalls:
        rows["window: longest UI-thread stall (any action)"] = (Figure(max(stalls)), STALL_GOAL)
    return rows


def parse_vault(out: str) -> dict[str, tuple[Figure, float]]:
    rows = {}
    for line in out.splitlines():
        m = VAULT_LINE.match(line)
        if not m:
            continue
        name = re.sub(r" \(\d+ prefixes\)", "", m[1].strip())
        if name in VAULT_GOALS:
            rows["vault: " + name] = (Figure(float(m[2]), float(m[4])), VAULT_GOALS[name])
    return rows


def better(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        if k not in out or v[0].ours < out[k][0].ours:
            out[k] = v
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per bench and vault; each row keeps its best")
    ap.add_argument("--home", action="append", default=[], metavar="SIZE=PATH",
                    help="another home folder for a size, e.g. 100k=bench/out/vault-100000-sql")
    ap.add_argument("--only", default="register,window,vault")
    ap.add_argument("--n-register", type=int, default=10)
    ap.add_argument("--n-window", type=int, default=3)
    ap.add_argument("--n-vault", type=int, default=20)
    ap.add_argument("--timeout", type=int, default=3600, help="seconds per bench run")
    a = ap.parse_args()
    homes = {label: ROOT / "bench" / "out" / f"vault-{n}" for label, n in SIZES.items()}
    for spec in a.home:
        label, _, path = spec.partition("=")
        homes[label] = Path(path).resolve()
    only = set(a.only.split(","))
    links = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    results: dict[str, dict[str, tuple[Figure, float]]] = {}
    t0 = time.perf_counter()
    for label, home in homes.items():
        if not (home / "profiles" / "bench" / "vault.db").exists():
            print(f"  {label}: no vault at {home}, skipped", file=sys.stderr)
            continue
        # bench_vault.py finds its vault as OUT/vault-N (and would BUILD a missing one): give
        # it a folder where that name is a link to this home.
        (links / f"vault-{SIZES[label]}").symlink_to(home)
        rows: dict[str, tuple[Figure, float]] = {}
        for i in range(1, a.repeat + 1):
            if "register" in only:
                rows = better(rows, parse_register(run(label, "register", [
                    "bench/bench_register_filter.py", "--home", str(home),
                    "--n", str(a.n_register)],
                    i, a.timeout)))
            if "window" in only:
                rows = better(rows, parse_window(run(label, "window", [
                    "bench/bench_window.py", "--home", str(home), "--n", str(a.n_window)],
                    i, a.timeout)))
            if "vault" in only:
                rows = better(rows, parse_vault(run(label, "vault", [
                    "bench/bench_vault.py", "--households", str(SIZES[label]), "--out", str(links),
                    "--n", str(a.n_vault)], i, a.timeout)))
        results[label] = rows
    print(f"\nissue 16 at {', '.join(results) or 'no vault'}; {a.repeat} run(s) per bench, the "
          f"better kept; {time.perf_counter() - t0:.0f} s in all. Median ms; in brackets: raw "
          "sqlcipher3 doing the same work (register, vault), the service call (window), a bare "
          "process (cold start). ok? = < goal at 40k, < 2x goal at 100k, growth <= x2.")
    names = list(dict.fromkeys(k for r in results.values() for k in r))
    width = max((len(n) for n in names), default=10)
    head = (f"{'row':<{width}} | {'10k':>14} | {'40k':>14} | {'100k':>14} | {'growth':>7} | "
            f"{'goal':>6} | ok?")
    print(head)
    print("-" * len(head))
    for name in names:
        cells, goal, figs = [], None, {}
        for label in SIZES:
            v = results.get(label, {}).get(name)
            cells.append(str(v[0]) if v else "-")
            if v:
                figs[label], goal = v[0], v[1]
        growth = (f"x{figs['100k'].ours / figs['10k'].ours:.2f}"
                  if "100k" in figs and "10k" in figs and figs["10k"].ours > 0 else "-")
        mode = next(iter(figs.values())).mode
        misses = []
        if "40k" in figs and not figs["40k"].within(goal):
            misses.append("40k")
        if "100k" in figs and not figs["100k"].within(goal, 2):
            misses.append("100k")
        if mode != "info" and growth != "-" and float(growth[1:]) > 2:
            misses.append("growth")
        goal_text = {"ratio": f"<=x{goal:g}", "info": "-"}.get(mode, f"<{goal:g}")
        verdict = "info" if mode == "info" else "ok" if not misses else "MISS " + ",".join(misses)
        print(f"{name:<{width}} | {cells[0]:>14} | {cells[1]:>14} | {cells[2]:>14} | {growth:>7} | "
              f"{goal_text:>6} | {verdict}")
    for link in links.iterdir():
        link.unlink()
    links.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
