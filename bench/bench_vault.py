#!/usr/bin/env python3
"""Benchmark the vault against raw sqlcipher3 doing the same SQL in the same run.

    .venv/bin/python bench/bench_vault.py [--households 40000] [--out bench/out]

Builds (once; reused on later runs) a realistic demo vault through the services, then
measures, each beside the raw-SQL equivalent on the same file in the same process:

* saving one visit through the service (form validation, change log, audit chain, due
  date) vs a bare INSERT of the same row, each committed with synchronous=FULL;
* a search-as-you-type query (prefixes typed letter by letter) vs the bare FTS5 query;
* the due list of one inspector vs the bare SELECT;
* opening the vault once the KDF is done vs a bare sqlcipher3 connect + key + first query.

Prints medians and 95th percentiles and the ratios. Not a test: figures go into notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import secrets
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from inspector_desk.app.demo import generate  # noqa: E402
from inspector_desk.app.profile import VAULT, Profiles  # noqa: E402
from inspector_desk.app.session import InspectorInfo, Session  # noqa: E402
from inspector_desk.storage.vault import Vault  # noqa: E402
from inspector_desk.core.records import FamilyCase, Visit  # noqa: E402
from inspector_desk.core.text import words  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KeyFile  # noqa: E402
from inspector_desk.storage.connection import connect  # noqa: E402
from inspector_desk.storage.store import encode  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"


def timed(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def summary(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def row(name: str, ours: list[float], raw: list[float]) -> None:
    (m1, p1), (m2, p2) = summary(ours), summary(raw)
    print(f"{name:<34} {m1:8.2f} {p1:8.2f} | {m2:8.2f} {p2:8.2f} | x{m1 / m2:6.2f}  x{p1 / p2:6.2f}")


def build(profiles: Profiles, households: int) -> None:
    info = InspectorInfo(name="Бенчмарк Инспектор", login="B-0001", unit="bench", district="Есиль")
    session = profiles.create("bench", PASSPHRASE, info)
    t = time.perf_counter()

    def progress(n, total):
        if n % 2000 == 0:
            print(f"  {n}/{total} households, {time.perf_counter() - t:.0f} s", flush=True)

    stats = generate(session, households=households, seed=7, progress=progress)
    print(f"built {stats} in {time.perf_counter() - t:.0f} s")
    session.lock()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--n", type=int, default=200, help="repetitions per measurement")
    a = ap.parse_args()
    home = Path(a.out) / f"vault-{a.households}"
    if a.rebuild:
        shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True, exist_ok=True)
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "bench-keyring.json")))
    if not profiles.exists("bench"):
        build(profiles, a.households)

    # --- open ---------------------------------------------------------------------------
    folder = profiles.folder("bench")
    kf = KeyFile.load(folder / "keyfile.json")
    t = time.perf_counter()
    key = kf.unlock_key(PASSPHRASE, profiles.secrets.get(kf.device_id))
    dek = kf.unwrap("current", key)
    kdf_ms = (time.perf_counter() - t) * 1000

    opened = []

    def open_ours():
        # Everything unlock does after the KDF: open with checks, migrations, session start.
        vault = Vault.open(folder / VAULT, dek)
        opened.append(Session.start(vault, kf, None, profiles.clock, profiles.forms))

    def open_raw():
        import sqlcipher3
        c = sqlcipher3.connect(str(folder / VAULT))
        c.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        c.close()

    profiles.forms  # load the form definitions once, as the app does at start-up
    ours_open = timed(open_ours, 10)
    for s in opened:
        s.vault.close()
    raw_open = timed(open_raw, 10)

    session = profiles.unlock("bench", PASSPHRASE)
    svc, store = session.services, session.store
    counts = {k: session.vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for k, t in (("persons", "persons"), ("cases", "cases"), ("visits", "visits"))}
    print(f"vault: {counts}, file {(folder / VAULT).stat().st_size / 1e6:.0f} MB; "
          f"KDF (Argon2id {kf.kdf.memory_kib // 1024} MiB, t={kf.kdf.iterations}) {kdf_ms:.0f} ms")
    print(f"{'':<34} {'ours p50':>8} {'p95':>8} | {'raw p50':>8} {'p95':>8} | ratio p50  p95")
    row("open vault (after KDF)", ours_open, raw_open)

    # --- the page cache (docs/vault.md, "Memory"): the vault's connection beside a raw
    # one with SQLite's default 8 MiB, the same query on the same file.
    import sqlcipher3
    raw_conn = sqlcipher3.connect(str(folder / VAULT))
    raw_conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    measures_sql = "SELECT count(*) FROM measures WHERE deleted = 0 AND status = 'active'"
    row("count active measures (page cache)",
        timed(lambda: session.vault.conn.execute(measures_sql).fetchall(), 20),
        timed(lambda: raw_conn.execute(measures_sql).fetchall(), 20))
    raw_conn.close()

    # --- save one visit ---------------------------------------------------------------
    rng = random.Random(3)
    cases = [c for c in store.find(FamilyCase, status="active")][:a.n]
    from inspector_desk.app.demo import DemoAnswers
    answers = DemoAnswers(rng)
    now = svc.clock.now()
    it = iter(cases * 2)

    participants = {c.id: [p.person.id for p in svc.cases.get_case(c.id).participants[:2]] for c in cases}
    visit_at = now - dt.timedelta(minutes=1)

    def save_ours():
        c = next(it)
        svc.records.record_visit(c.id, answers.visit(visit_at, participants[c.id], c.address))

    raw_conn = connect(folder / VAULT, dek)
    template = store.find(Visit, case_id=cases[0].id)[0]

    def save_raw():
        v = Visit(**{**template.__dict__, "id": secrets.token_hex(16), "version": 1})
        r = encode(v)
        raw_conn.execute("BEGIN IMMEDIATE")
        raw_conn.execute(f"INSERT INTO visits ({', '.join(r)}) VALUES ({', '.join('?' * len(r))})",
                         tuple(r.values()))
        raw_conn.execute("COMMIT")

    row("save one visit (service vs INSERT)", timed(save_ours, a.n), timed(save_raw, a.n))

    # --- search as you type -------------------------------------------------------------
    people = session.vault.conn.execute(
        "SELECT last_name, first_name FROM persons ORDER BY random() LIMIT 40").fetchall()
    queries = []
    for last, first in people:
        typed = f"{last} {first}"
        for i in range(3, len(typed) + 1, 2):
            queries.append(typed[:i])
    qi = iter(queries * 3)

    def search_ours():
        svc.cases.search(next(qi), limit=50)

    qr = iter(queries * 3)

    def search_raw():
        # The same statements the store issues: a bounded probe, then a ranked query when
        # the matches are few enough to rank, then the rows.
        terms = words(next(qr))[:8]
        match = " AND ".join(f'"{w}"*' for w in terms)
        for fts, table in (("person_fts", "persons"), ("case_fts", "cases")):
            probe = raw_conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT 301",
                                     (match,)).fetchall()
            if len(probe) <= 300:
                probe = raw_conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? "
                                         "ORDER BY rank LIMIT 50", (match,)).fetchall()
            rowids = [r[0] for r in probe[:50]]
            if rowids:
                raw_conn.execute(f"SELECT * FROM {table} WHERE rowid IN "
                                 f"({', '.join('?' * len(rowids))})", rowids).fetchall()

    row(f"search as you type ({len(queries)} prefixes)", timed(search_ours, len(queries)),
        timed(search_raw, len(queries)))

    # --- due list -------------------------------------------------------------------------
    until = int((svc.clock.now() + dt.timedelta(days=7)).timestamp())

    def due_ours():
        svc.cases.due(session.actor.user)

    def due_raw():
        raw_conn.execute("SELECT c.*, d.due_at, d.reason FROM case_due d JOIN cases c ON c.id = d.case_id "
                         "WHERE d.due_at <= ? AND d.inspector = ? ORDER BY d.due_at LIMIT 500",
                         (until, session.actor.user)).fetchall()

    print(f"  (due list length: {len(svc.cases.due(session.actor.user))})")
    row("due list of one inspector", timed(due_ours, 50), timed(due_raw, 50))
    raw_conn.close()
    session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
