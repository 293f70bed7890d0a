#!/usr/bin/env python3
"""The register filter, its sorts, its count and the dashboard at 40,000 (or 100,000)
households, each figure beside raw sqlcipher3 running the SAME statements on the same file
in the same run (issue 16).

    .venv/bin/python bench/bench_register_filter.py [--home bench/out/vault-40000] [--n 30]

What is timed is what the window asks the service for: per keystroke of the register's
search box the count and the first page of 200 rows (the default sort, next contact); the
first and the last page of the open cases by next contact and by case number; the
unfiltered count; the dashboard (warm). "raw" replays, on a bare sqlcipher3 connection with
the same pragmas, every statement the store issued for that call, with its parameters
(recorded), so the ratio is the price of the Python around the SQL; the goal column is the
issue's absolute goal. Not a test: figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from inspector_desk.app.profile import VAULT, Profiles  # noqa: E402
from inspector_desk.core.records import CaseFilter  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KeyFile  # noqa: E402
from inspector_desk.storage.connection import connect  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"
PAGE = 200


class Recorder:
    """Stands in for the store's connection for one call and keeps every statement."""

    def __init__(self, conn) -> None:
        self.conn, self.log = conn, []

    def execute(self, sql, params=()):
        self.log.append((sql, list(params)))
        return self.conn.execute(sql, params)

    def executemany(self, sql, seq):
        seq = list(seq)
        self.log.append((sql, seq))
        return self.conn.executemany(sql, seq)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def summary(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", default=str(ROOT / "bench" / "out" / "vault-40000"))
    ap.add_argument("--n", type=int, default=30, help="queries per row")
    a = ap.parse_args()
    home = Path(a.home)
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "bench-keyring.json")))
    if not profiles.exists("bench"):
        print("build the vault first: .venv/bin/python bench/bench_vault.py --households N")
        return 2
    t = time.perf_counter()
    session = profiles.unlock("bench", PASSPHRASE)  # applies any new migration first
    print(f"unlock (with migrations, if any) {time.perf_counter() - t:.1f} s")
    svc, store = session.services, session.store
    folder = profiles.folder("bench")
    kf = KeyFile.load(folder / "keyfile.json")
    dek = kf.unwrap("current", kf.unlock_key(PASSPHRASE, profiles.secrets.get(kf.device_id)))
    raw = connect(folder / VAULT, dek)  # the same pragmas (cache, memory security) as ours
    conn = session.vault.conn
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("persons", "cases", "participants", "visits")}
    print(f"vault: {counts}, schema {session.vault.schema_version}, "
          f"file {(folder / VAULT).stat().st_size / 1e6:.0f} MB")

    rng = random.Random(11)
    names = conn.execute("SELECT last_name, first_name FROM persons ORDER BY random() LIMIT ?",
                         (a.n,)).fetchall()
    iins = [r[0] for r in conn.execute(
        "SELECT iin FROM persons WHERE iin IS NOT NULL ORDER BY random() LIMIT ?", (a.n,))]
    letters = "абвгдежзиклмнопрстуфхцшэюяәқ"
    total_open = svc.desk.case_count(CaseFilter())
    last_offset = (total_open - 1) // PAGE * PAGE

    def keystroke(text):
        def run():
            f = CaseFilter(text=text)
            svc.desk.case_count(f)
            svc.desk.case_page(f, "due_at", False, 0, PAGE)
        return run

    def page(sort, offset, desc=False):
        return lambda: svc.desk.case_page(CaseFilter(), sort, desc, offset, PAGE)

    rows: list[tuple[str, float, list]] = [
        ("filter: 1 letter (count + page)", 50, [keystroke(rng.choice(letters)) for _ in range(a.n)]),
        ("filter: 3-6 letters", 50, [keystroke(f"{ln} {fn}"[:rng.randint(3, 6)]) for ln, fn in names]),
        ("filter: a full ИИН", 20, [keystroke(i) for i in iins]),
        ("open by next contact, first page", 50, [page("due_at", 0)] * 10),
        ("open by next contact, last page", 50, [page("due_at", last_offset)] * 10),
        ("open by next contact desc, first", 50, [page("due_at", 0, True)] * 10),
        ("open by case number, first page", 20, [page("case_no", 0)] * 10),
        ("open by case number, last page", 20, [page("case_no", last_offset)] * 10),
        ("unfiltered case_count", 10, [lambda: svc.desk.case_count(CaseFilter())] * 10),
        ("districts (at every unlock)", 50, [svc.desk.districts] * 10),
        ("dashboard (warm)", 150, [svc.desk.dashboard] * 10),
    ]
    print(f"open cases {total_open}; last page at offset {last_offset}")
    print(f"{'':<36} {'ours p50':>8} {'p95':>8} | {'raw p50':>8} {'p95':>8} | ratio p50 | goal")
    for name, goal, calls in rows:
        calls[0]()  # warm
        ours, bare = [], []
        for call in calls:
            t = time.perf_counter()
            call()
            ours.append((time.perf_counter() - t) * 1000)
            rec = Recorder(store.conn)
            store.conn = rec
            try:
                call()
            finally:
                store.conn = rec.conn
            t = time.perf_counter()
            for sql, params in rec.log:
                raw.execute(sql, params).fetchall()
            bare.append((time.perf_counter() - t) * 1000)
        (m1, p1), (m2, p2) = summary(ours), summary(bare)
        ok = "ok" if m1 < goal else "MISS"
        print(f"{name:<36} {m1:8.1f} {p1:8.1f} | {m2:8.1f} {p2:8.1f} | x{m1 / max(m2, 0.01):6.2f}"
              f" | < {goal} {ok}", flush=True)
    raw.close()
    session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
