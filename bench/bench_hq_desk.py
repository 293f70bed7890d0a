#!/usr/bin/env python3
"""How long each screen of the HQ Desk takes to open on a large headquarters.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_hq_desk.py \
        [--devices 50] [--households 800] [--sources 2] [--per-source 100] [--keep DIR]

Builds an encrypted SQLite headquarters (``--devices`` × ``--households`` households,
40,000 by default) in a temporary folder, then opens the real window (offscreen Qt) as the
admin and, for each screen, measures the time from choosing it in the sidebar until the
page has shown its rows (each page's ``ready`` signal, emitted after its table is filled);
beside it, the raw SQL of the same question timed on the same connection. Not a test: the
figures go into docs/hq-desk.md. The goal is 300 ms per screen.

How the headquarters is built (fast, and still through the real paths):

1. headquarters keys (age scrypt 2^20, about 10 s), the first admin (``HqSession.first_admin``);
2. ``--sources`` real demo laptops (``hqdesk/demo.py``'s way: real device profiles, cheap
   test KDF parameters, a process-only keyring), enrolled with ``HqSession.enrol``; each
   writes ``--per-source`` synthetic households (``app/demo.generate``), exports its signed
   bundles, and headquarters imports them through ``HqSession.import_inbox`` (the importer,
   the merge, authority, owners, the audit chain);
3. replication: the rows the importer wrote for each source device (``devices``,
   ``bundles``, ``record_versions``, ``records``, ``owners``, ``audit``) are copied
   ``--households / --per-source`` times under each of ``--devices`` new device ids, by direct
   INSERTs through the repository's back-end (``repo.db.executemany``, one transaction per
   device). Every record id (a UUID) is rewritten by putting the copy's tag in its first
   eight hex digits, so ids stay unique and references between records (case → person →
   participant, visit → case) stay consistent; the case numbers take the new device's
   prefix and a running number; the inspector login, name and district are the new
   device's; bundle and audit sequence numbers run on per device. Hashes (sha256 of the
   data, bundle sha512) are not recomputed: no screen checks them;
4. the source devices' own rows are deleted, so the database holds exactly the replicated
   devices.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inspector_desk.app import sync  # noqa: E402
from inspector_desk.app.demo import DISTRICTS, generate  # noqa: E402
from inspector_desk.app.forms_adapter import load_forms  # noqa: E402
from inspector_desk.app.profile import Profiles  # noqa: E402
from inspector_desk.app.session import InspectorInfo  # noqa: E402
from inspector_desk.core.ports import SystemClock  # noqa: E402
from inspector_desk.hq import keys as hq_keys  # noqa: E402
from inspector_desk.hq.service import HqSession  # noqa: E402
from inspector_desk.hqdesk import demo  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KdfParams  # noqa: E402

UUID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
TABLE_COLS = {
    "records": ("record_id", "kind", "version", "sha256", "device_id", "updated_at", "deleted", "case_id",
                "district", "inspector", "case_no", "heads", "data"),
    "record_versions": ("record_id", "version", "sha256", "kind", "device_id", "bundle_id", "base_version",
                        "base_sha256", "updated_at", "deleted", "superseded", "data"),
    "owners": ("record_id", "kind", "device_id", "login", "since", "via", "previous_device_id",
               "since_version", "since_sha256", "acknowledged_at"),
    "bundles": ("bundle_id", "device_id", "seq", "sha512", "prev_seq", "prev_hash", "change_from", "change_to",
                "audit_from", "audit_to", "volume", "volumes", "records", "attachments", "size", "created_at",
                "imported_at", "header"),
    "audit": ("device_id", "seq", "hash", "at", "actor", "action", "kind", "record_id", "detail", "prev_hash",
              "bundle_id"),
}


def say(text: str) -> None:
    print(text, flush=True)


def build(home: Path, devices: int, households: int, sources: int, per_source: int) -> dict:
    t0 = time.perf_counter()
    now = dt.datetime.now(dt.timezone.utc)
    hq_keys.init_keys(home, demo.HQ_PASSPHRASE, demo.OFFICERS, now)
    keys = hq_keys.unlock(home, demo.HQ_PASSPHRASE)
    login, name, _role, secret = demo.USERS[0]
    session = HqSession.first_admin(home, None, demo.HQ_PASSPHRASE, login, name, secret, unlock=lambda *_: keys)
    say(f"keys and admin: {time.perf_counter() - t0:.1f} s")
    clock, forms, keyring = SystemClock(), load_forms(), demo._ProcessKeyring()
    laptops = []
    t1 = time.perf_counter()
    for n in range(sources):
        profiles = Profiles(home / "src-devices" / f"laptop-{n + 1}", KeyringSecrets(keyring), clock,
                            kdf=KdfParams.fast_for_tests(), forms=forms)
        s = profiles.create("default", demo.DEVICE_PASSPHRASE, InspectorInfo(
            name=f"Источник {n + 1}", login=f"S-{n + 1}", district=DISTRICTS[n % len(DISTRICTS)],
            unit="УП (бенч)"))
        letter = session.enrol(sync.enrolment_request(s, home / "src-devices"), f"SRC{n + 1}")
        sync.import_enrolment(s, letter.file, expect_hq_key_id=letter.fingerprint)
        generate(s, households=per_source, seed=100 + n)
        demo._export(s, home / "src-inbox")
        laptops.append(s)
    for _ in session.import_inbox([home / "src-inbox"]):
        pass
    say(f"{sources} real laptops × {per_source} households generated, exported, imported: "
        f"{time.perf_counter() - t1:.1f} s")

    t2 = time.perf_counter()
    repo, db = session.repo, session.repo.db
    src = [(d.device_id, d) for d in repo.devices()]
    rows = {sid: {t: db.query(f"SELECT {', '.join(c)} FROM {t} WHERE device_id = ?", (sid,))
                  for t, c in TABLE_COLS.items()} for sid, _d in src}
    copies = max(1, households // per_source)
    for k in range(devices):
        sid, sdev = src[k % len(src)]
        dev_id = f"{0xd0000000 + k:08x}-0000-4000-8000-{k:012x}"
        prefix = f"B{k:03d}"
        login_k, district = f"I-{1000 + k}", DISTRICTS[k % len(DISTRICTS)]
        # the source's own records mention its device id, login, prefix, district
        fixed = {sid: dev_id, sdev.login: login_k, sdev.district: district, sdev.name: f"Инспектор {k + 1}"}
        with repo.transaction():
            repo.add_device(type(sdev)(dev_id, f"bench-key-{k}", sdev.signing_key, sdev.recipient, prefix,
                                       login_k, f"Инспектор {k + 1}", sdev.unit, district, "approved",
                                       sdev.enrolled_at, f"bench-{k}"))
            seq_step = max([r[2] for r in rows[sid]["bundles"]] + [0])
            audit_step = max([r[1] for r in rows[sid]["audit"]] + [0])
            for c in range(copies):
                tag = f"{k:02x}{c:06x}"

                def text(v, tag=tag, c=c):
                    if not isinstance(v, str):
                        return v
                    v = UUID.sub(lambda m: fixed.get(m[0]) or tag + m[1], v)
                    v = re.sub(rf"{sdev.case_prefix}-(\d{{4}})-(\d+)",
                               lambda m: f"{prefix}-{m[1]}-{int(m[2]) + c * per_source:04d}", v)
                    for a, b in fixed.items():
                        v = v.replace(f'"{a}"', f'"{b}"') if v.startswith(("{", "[")) else (b if v == a else v)
                    return v

                for t, cols in TABLE_COLS.items():
                    out = []
                    for r in rows[sid][t]:
                        r = [text(v) for v in r]
                        if t == "bundles":
                            r[2] += c * seq_step
                            r[4] += c * seq_step
                        elif t == "audit":
                            r[1] += c * audit_step
                        out.append(r)
                    db.executemany(f"INSERT INTO {t} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                   out)
    with repo.transaction():
        for sid, _d in src:
            for t in (*TABLE_COLS, "devices"):
                db.execute(f"DELETE FROM {t} WHERE device_id = ?", (sid,))
        db.execute("DELETE FROM held", ())
        db.execute("DELETE FROM conflicts", ())
    n_cases = db.query("SELECT count(*) FROM records WHERE kind = 'case'")[0][0]
    n_all = db.query("SELECT count(*) FROM records")[0][0]
    say(f"replicated under {devices} devices: {n_cases:,} households, {n_all:,} records: "
        f"{time.perf_counter() - t2:.1f} s")
    fill_summary(repo)
    session.close()
    for s in laptops:
        if not s.locked:
            s.lock()
    return {"keys": keys, "login": login, "secret": secret}


RAW_SQL = {  # the same question as the screen, asked of the database directly
    "devices": "SELECT d.device_id, d.case_prefix, d.login, count(b.bundle_id), max(b.seq), max(b.imported_at) "
               "FROM devices d LEFT JOIN bundles b ON b.device_id = d.device_id GROUP BY d.device_id, "
               "d.case_prefix, d.login",
    "inbox": None,  # the quarantine folder, not the database
    "conflicts": "SELECT record_id, kind, heads FROM conflicts WHERE status = 'open' UNION ALL "
                 "SELECT record_id, kind, reason FROM held WHERE status = 'held'",
    # the reads the screens make since HQ schema 5 (hq/summary.py)
    "caseload": "SELECT case_id, case_no, district, inspector, status, risk_level, open, due_at, due_reason, "
                "ends, court_requirements, court_missing FROM case_summary WHERE open = 1",
    "statistics": "SELECT by_col, grp, figures FROM figure_groups WHERE month = '{month}' UNION ALL "
                  "SELECT district, inspector, overdue FROM case_figures WHERE month = '{month}' "
                  "AND overdue IS NOT NULL",
    "links": "SELECT data FROM records WHERE kind = 'person' AND deleted = 0",
    "recovery": None,
    "audit": "SELECT at, actor, action, subject, detail FROM events ORDER BY id DESC LIMIT 2000",
    "users": "SELECT login, name, role, created_at, created_by, disabled_at FROM hq_users ORDER BY login",
}


# what the two heavy screens read before schema 5 (every current record), for comparison
RAW_BEFORE = {
    "caseload": "SELECT kind, data FROM records WHERE kind IN ('case', 'visit', 'incident', 'measure') "
                "AND deleted = 0",
    "statistics": "SELECT kind, data FROM records WHERE kind IN ('case', 'person', 'participant', 'visit', "
                  "'incident', 'measure', 'referral', 'risk') AND deleted = 0",
}


def raw_sql(repo, sql: str | None) -> float | None:
    if sql is None:
        return None
    sql = sql.replace("{month}", SystemClock().now().strftime("%Y-%m"))
    t = time.perf_counter()
    for _row in repo.db.iterate(sql, ()):
        pass
    return time.perf_counter() - t


def measure(home: Path, keys, login: str, secret: str, runs: int) -> list[tuple[str, float, float, float | None]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from inspector_desk.hqdesk.window import DeskWindow, opener_with

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    w = DeskWindow(home, None, "ru", opener=opener_with(unlock=lambda *_: keys))
    w.resize(1366, 768)
    w.show()
    p = w.login_page
    p.hq_passphrase.setText(demo.HQ_PASSPHRASE)
    p.login.setText(login)
    p.passphrase.setText(secret)

    def wait_for(signal, start) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(600_000)
        t = time.perf_counter()
        start()
        loop.exec()
        signal.disconnect(loop.quit)
        return time.perf_counter() - t

    t = time.perf_counter()
    p.submit()
    while w.session is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    say(f"login (session, first screen queued): {time.perf_counter() - t:.2f} s")
    first = w.pages[next(iter(w.pages))]
    wait_for(first.ready, lambda: None) if w.runner.busy else None
    out = []
    actions = list(w.pages)
    for action in actions:
        page = w.pages[action]
        times = []
        for _ in range(runs):
            # come from another screen, as a person does
            other = actions[(actions.index(action) + 1) % len(actions)]
            if w.page_stack.currentWidget() is page:
                wait_for(w.pages[other].ready, lambda o=other: w.show_page(o))
            times.append(wait_for(page.ready, lambda a=action: w.show_page(a)))
        raw = raw_sql(w.session.repo, RAW_SQL.get(action))
        before = raw_sql(w.session.repo, RAW_BEFORE.get(action))
        out.append((action, times[0], statistics.median(times[1:] or times), raw))
        say(f"  {action:<11} first {times[0] * 1000:8.0f} ms   again {statistics.median(times[1:] or times) * 1000:8.0f} ms"
            f"   raw SQL {'—' if raw is None else f'{raw * 1000:.0f} ms'}"
            + ("" if before is None else f"   (reads before schema 5: {before * 1000:.0f} ms)"))
    w.lock()
    w.close()
    return out


def fill_summary(repo) -> None:
    """The rows above were written directly, not through the importer: fill the per-case
    summary (hq/summary.py) from scratch, as the schema-5 migration does once."""
    from inspector_desk.hq import summary

    t = time.perf_counter()
    now = SystemClock().now()
    with repo.transaction():
        this = now.strftime("%Y-%m")
        summary.rebuild(repo, now, [this, __import__("inspector_desk.hq.report", fromlist=["x"]).previous_month(this)])
    say(f"per-case summary filled (HQ schema 5 back-fill, once): {time.perf_counter() - t:.1f} s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devices", type=int, default=50)
    ap.add_argument("--households", type=int, default=800)
    ap.add_argument("--sources", type=int, default=2)
    ap.add_argument("--per-source", type=int, default=100)
    ap.add_argument("--keep", help="build into (or reuse) this folder and keep it")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    home = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench-hq-desk-"))
    try:
        if not (home / hq_keys.PUBLIC).exists():
            home.mkdir(parents=True, exist_ok=True)
            keys = build(home, a.devices, a.households, a.sources, a.per_source)["keys"]
        else:
            keys = hq_keys.unlock(home, demo.HQ_PASSPHRASE)
            from inspector_desk.hq import summary
            from inspector_desk.hq.backends import open_backend
            from inspector_desk.hq.repo import Repository

            repo = Repository(open_backend(None, home, keys.db_key))  # migrates to schema 5
            if summary.pending(repo):
                fill_summary(repo)
            repo.close()
        login, _name, _role, secret = demo.USERS[0]
        say(f"screens of the HQ Desk (admin, every screen; {a.runs} openings each; goal 300 ms):")
        figures = measure(home, keys, login, secret, a.runs)
        slow = [f[0] for f in figures if f[1] > 0.3 or f[2] > 0.3]
        say("all within 300 ms" if not slow else f"over 300 ms: {', '.join(slow)}")
        return 0
    finally:
        if not a.keep:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
