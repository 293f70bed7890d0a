"""Run the atheris targets of fuzz/targets.py, each in its own process, and report.

    .venv/bin/python fuzz/run.py --seconds 120                 # every target, 2 minutes each
    .venv/bin/python fuzz/run.py --seconds 300 --target bundle --target update
    .venv/bin/python fuzz/run.py --seconds 60 --jobs 2 --out fuzz-out

Each target builds its seeds first (valid files made by the program: nothing binary is
committed), then fuzzes for ``--seconds`` (setup not counted). Per target: executions,
executions per second, coverage (libFuzzer's ``cov``/``ft``), peak RSS, and the crashes,
timeouts and out-of-memory inputs found (kept in ``OUT/<target>/artifacts``; replay one
with ``python fuzz/targets.py NAME ARTIFACT``). Exits 1 when anything was found.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TARGETS = ["bundle", "receipt", "enrolment", "update", "recovery_response", "enrolment_request",
           "recovery_request", "form_yaml", "choices_yaml", "rules_json", "expression", "keyfile",
           "settings", "verify_document"]


def run_target(name: str, seconds: int, out: Path, rss_limit_mb: int, timeout_s: int) -> dict:
    home = out / name
    corpus, seeds, artifacts = home / "corpus", home / "seeds", home / "artifacts"
    for d in (corpus, seeds, artifacts):
        d.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(HERE / "targets.py"), name, f"-max_total_time={seconds}",
           f"-timeout={timeout_s}", f"-rss_limit_mb={rss_limit_mb}", "-print_final_stats=1",
           f"-artifact_prefix={artifacts}/", "-max_len=1048576", str(corpus), str(seeds)]
    env = {**os.environ, "IDESK_FUZZ_SEED_DIR": str(seeds), "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    with open(home / "log.txt", "w") as log:
        p = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, check=False,
                           timeout=seconds + 600)
    text = (home / "log.txt").read_text(errors="replace")

    def stat(key: str) -> int | None:
        m = re.search(rf"stat::{key}:\s+(\d+)", text)
        return int(m.group(1)) if m else None

    cov = re.findall(r"#\d+\s+\w+\s+cov: (\d+) ft: (\d+)", text)
    found = sorted(p.name for p in artifacts.iterdir())
    return {"target": name, "exit": p.returncode, "seconds": seconds,
            "wall_s": round(time.monotonic() - started), "executions": stat("number_of_executed_units"),
            "exec_per_s": stat("average_exec_per_sec"), "peak_rss_mb": stat("peak_rss_mb"),
            "cov": int(cov[-1][0]) if cov else None, "ft": int(cov[-1][1]) if cov else None,
            "corpus": len(list(corpus.iterdir())), "artifacts": found,
            "ok": p.returncode == 0 and not found}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=60, help="fuzzing time per target (setup excluded)")
    ap.add_argument("--target", action="append", choices=TARGETS, help="only these (repeatable)")
    ap.add_argument("--jobs", type=int, default=1, help="targets run at once (the machine has 2 cores)")
    ap.add_argument("--out", default=None, help="folder for corpora, artifacts, logs (default: a temp folder)")
    ap.add_argument("--rss-limit-mb", type=int, default=3072,
                    help="libFuzzer's memory limit (setup peaks near 1 GiB: age's scrypt)")
    ap.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    args = ap.parse_args(argv)
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed (pip install atheris)", file=sys.stderr)
        return 2
    import tempfile

    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="idesk-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    targets = args.target or TARGETS
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda t: run_target(t, args.seconds, out, args.rss_limit_mb, args.timeout),
                                targets))
    (out / "report.json").write_text(json.dumps(results, indent=2))
    print(f"{'target':<20} {'execs':>9} {'exec/s':>7} {'cov':>6} {'ft':>6} {'rss MB':>7}  found")
    for r in results:
        found = ", ".join(r["artifacts"]) or ("-" if r["exit"] == 0 else f"exit {r['exit']}")
        print(f"{r['target']:<20} {r['executions'] or 0:>9} {r['exec_per_s'] or 0:>7} {r['cov'] or 0:>6} "
              f"{r['ft'] or 0:>6} {r['peak_rss_mb'] or 0:>7}  {found}")
    print(f"report and artifacts: {out}")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
