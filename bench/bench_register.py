#!/usr/bin/env python3
"""Benchmark the case register (search and sorting) against raw sqlcipher3 running the
same SQL in the same run.

    .venv/bin/python bench/bench_register.py [--home bench/out/vault-40000] [--n 40]

Uses the demo vault bench/bench_vault.py builds (40,000 households). For each kind of
query it times what the register asks the service for when the list opens or the search
text changes (the count, then the first page of 200 rows) and, beside it, the very same
statements (recorded from the store, replayed with their parameters) on a bare sqlcipher3
connection. Prints medians and 95th percentiles in milliseconds and the ratios.
Not a test: figures go into notes and docs/desk.md.
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
from inspector_desk.core.records import CASE_SORTS, CaseFilter  # noqa: E402
from inspector_desk.core.text import digits  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KeyFile  # noqa: E402
from inspector_desk.storage.connection import connect  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"


class Recorder:
    """Stands in for the store's connection for one call and keeps every statement."""

    def __init__(self, conn) -> None:
        self.conn, self.log = conn, []

    def execute(self, sql, params=()):
        self.log.append((sql, list(params)))
        return self.conn.execute(sql, params)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def summary(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", default=str(ROOT / "bench" / "out" / "vault-40000"))
    ap.add_argument("--n", type=int, default=40, help="queries per kind")
    a = ap.parse_args()
    home = Path(a.home)
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "bench-keyring.json")))
    if not profiles.exists("bench"):
        print("build the vault first: .venv/bin/python bench/bench_vault.py")
        return 2
    t = time.perf_counter()
    session = profiles.unlock("bench", PASSPHRASE)  # applies any new migration first
    print(f"unlock (with migrations, if any) {time.perf_counter() - t:.1f} s")
    svc, store = session.services, session.store
    folder = profiles.folder("bench")
    kf = KeyFile.load(folder / "keyfile.json")
    dek = kf.unwrap("current", kf.unlock_key(PASSPHRASE, profiles.secrets.get(kf.device_id)))
    raw = connect(folder / VAULT, dek)
    counts = {t: session.vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("persons", "cases", "participants")}
    print(f"vault: {counts}, schema {session.vault.schema_version}")

    rng = random.Random(5)
    phones = [p for (p,) in session.vault.conn.execute(
        "SELECT phones FROM persons WHERE phones != '[]' ORDER BY random() LIMIT ?", (a.n,))]
    import json
    numbers = [json.loads(p)[0] for p in phones]
    kinds: dict[str, list[tuple[CaseFilter, str, bool]]] = {}
    everyone = dict(status="all")

    def fragment(n: str) -> str:
        d = digits(n)
        i = rng.randrange(1, len(d) - 4)
        return d[i:i + rng.choice((4, 5, 6))]

    kinds["phone: 4-6 digits inside"] = [(CaseFilter(text=fragment(n), **everyone), "due_at", False)
                                         for n in numbers]
    kinds["phone: '+7 (7xx) xxx' start"] = [
        (CaseFilter(text=f"+7 ({digits(n)[1:4]}) {digits(n)[4:7]}", **everyone), "due_at", False)
        for n in numbers]
    kinds["phone: whole, as 8 7xx…"] = [(CaseFilter(text="8" + digits(n)[1:], **everyone), "due_at", False)
                                        for n in numbers]
    kinds["name: 'Surname Fi'"] = [
        (CaseFilter(text=f"{r[0]} {r[1][:2]}", **everyone), "due_at", False)
        for r in session.vault.conn.execute(
            "SELECT last_name, first_name FROM persons ORDER BY random() LIMIT ?", (a.n,))]
    for key in CASE_SORTS:
        kinds[f"open cases sorted by {key}"] = [(CaseFilter(), key, i % 2 == 1) for i in range(10)]

    print(f"{'register: count + first 200 rows':<36} {'ours p50':>8} {'p95':>8} | {'raw p50':>8} "
          f"{'p95':>8} | ratio p50  p95 | rows p50")
    for name, queries in kinds.items():
        ours, bare, found = [], [], []
        for f, key, desc in queries:
            t = time.perf_counter()
            n = svc.desk.case_count(f)
            svc.desk.case_page(f, key, desc, 0, 200)
            ours.append((time.perf_counter() - t) * 1000)
            found.append(n)
            rec = Recorder(store.conn)
            store.conn = rec
            try:
                svc.desk.case_count(f)
                svc.desk.case_page(f, key, desc, 0, 200)
            finally:
                store.conn = rec.conn
            t = time.perf_counter()
            for sql, params in rec.log:
                raw.execute(sql, params).fetchall()
            bare.append((time.perf_counter() - t) * 1000)
        (m1, p1), (m2, p2) = summary(ours), summary(bare)
        print(f"{name:<36} {m1:8.1f} {p1:8.1f} | {m2:8.1f} {p2:8.1f} | x{m1 / m2:5.2f} x{p1 / p2:5.2f}"
              f" | {statistics.median(found):8.0f}")
    raw.close()
    session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
