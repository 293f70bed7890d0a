#!/usr/bin/env python3
"""How long each screen of the HQ Desk takes to open on a large headquarters.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_hq_desk.py \
        [--devices 50] [--households 800] [--sources 2] [--per-source 100] [--keep DIR] \
        [--runs 3] [--skip links] [--timeout 120]

Builds an encrypted SQLite headquarters (``--devices`` × ``--households`` households,
40,000 by default) in a temporary folder (or reuses ``--keep DIR``), then opens the real
window (offscreen Qt) as the admin and, for each screen, measures the time from choosing it
in the sidebar until the page has shown its rows (each page's ``ready`` signal, emitted
after its table is filled): "first" is the first opening of that screen in the session
(nothing kept yet: every screen is measured before anything else opens it), "again" a
later opening (the session keeps an answer while the data have not changed). Caseload
also: from opening its largest group to that group's first page of cases on screen
(``cases_shown``). Beside each, the raw SQL of the same reads, timed on the same connection
in the same run. A screen with no rows within ``--timeout`` seconds stops the run (the
worker is still busy with it). Not a test: the figures go into docs/performance.md. The
goal is 300 ms per screen.

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
    fill_links(repo)
    session.close()
    for s in laptops:
        if not s.locked:
            s.lock()
    return {"keys": keys, "login": login, "secret": secret}


RAW_SQL = {  # the same reads as the screen, asked of the database directly (same run, same connection)
    "devices": ["SELECT d.device_id, d.case_prefix, d.login, count(b.bundle_id), max(b.seq), max(b.imported_at) "
                "FROM devices d LEFT JOIN bundles b ON b.device_id = d.device_id GROUP BY d.device_id, "
                "d.case_prefix, d.login"],
    "inbox": None,  # the quarantine folder, not the database
    "conflicts": ["SELECT record_id, kind, heads FROM conflicts WHERE status = 'open' UNION ALL "
                  "SELECT record_id, kind, reason FROM held WHERE status = 'held'"],
    # the group counts (hq/summary.py caseload_groups reads these with the overdue and
    # ending-soon sums added) and the last bundle per inspector
    "caseload": ["SELECT district, inspector, count(*), sum(CASE WHEN risk_level = 'high' THEN 1 ELSE 0 END), "
                 "sum(court_missing) FROM case_summary WHERE open = 1 GROUP BY district, inspector",
                 "SELECT d.login, max(b.imported_at) FROM devices d JOIN bundles b ON b.device_id = d.device_id "
                 "GROUP BY d.login"],
    "caseload group": ["SELECT case_id, case_no, status, risk_level, due_at, due_reason, ends, court_requirements, "
                       "court_missing FROM case_summary WHERE open = 1 AND district = '{district}' "
                       "AND inspector = '{inspector}'"],
    # the month and the month before, by district (the page's first view), and the check
    # for shares whose moment has passed
    "statistics": ["SELECT DISTINCT district FROM records WHERE kind = 'case' AND district IS NOT NULL",
                   "SELECT by_col, grp, figures FROM figure_groups WHERE month IN ('{month}', '{previous}') "
                   "AND by_col IN ('district', '*')",
                   "SELECT case_id FROM case_figures WHERE month IN ('{month}', '{previous}') "
                   "AND stable_until <= '{as_of}'"],
    # the first page of the kept candidate pairs (hq/links.py, HQ schema 6), undecided, best first
    "links": ["SELECT pa.person_id, pa.device_id, pa.initials, pb.person_id, pb.device_id, pb.initials, "
              "p.reason, p.score FROM link_pairs p JOIN link_persons pa ON pa.n = p.a "
              "JOIN link_persons pb ON pb.n = p.b WHERE p.score >= 0 AND NOT EXISTS (SELECT 1 FROM links l "
              "WHERE l.person_a = pa.person_id AND l.person_b = pb.person_id) ORDER BY p.score DESC, p.ref "
              "LIMIT 200"],
    "recovery": None,
    "audit": ["SELECT at, actor, action, subject, detail FROM events ORDER BY id"],
    "users": ["SELECT login, name, role, created_at, created_by, disabled_at FROM hq_users ORDER BY login"],
}


def raw_sql(repo, sqls: list[str] | None, **values: str) -> float | None:
    if sqls is None:
        return None
    now = SystemClock().now()
    month = now.strftime("%Y-%m")
    from inspector_desk.hq.report import previous_month

    params = {"month": month, "previous": previous_month(month),
              "as_of": now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"), **values}
    t = time.perf_counter()
    for sql in sqls:
        for _row in repo.db.iterate(sql.format(**params), ()):
            pass
    return time.perf_counter() - t


def measure(home: Path, keys, login: str, secret: str, runs: int, skip: set[str],
            timeout_s: float) -> list[tuple[str, float | None, float | None, float | None]]:
    """Every page: from choosing it in the sidebar to its rows on screen (``ready``), the
    first time (nothing kept) and again; Caseload also from opening its first group to that
    group's first page of cases on screen. Beside each, the raw SQL of the same reads."""
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

    def wait_for(signal, start) -> float | None:
        loop = QEventLoop()
        fired = []
        signal.connect(loop.quit)
        signal.connect(lambda *_: fired.append(1))
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(int(timeout_s * 1000))
        t = time.perf_counter()
        start()
        if not fired:  # a page that shows what it has at once emits ready inside start()
            loop.exec()
        took = time.perf_counter() - t
        signal.disconnect()
        return took if fired else None

    t = time.perf_counter()
    p.submit()
    while w.session is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    say(f"login (session, first screen queued): {time.perf_counter() - t:.2f} s")
    actions = list(w.pages)
    first = w.pages[actions[0]]
    if w.runner.busy:
        wait_for(first.ready, lambda: None)
    # come from another screen, as a person does: one that reads almost nothing
    detour = {a: ("recovery" if a != "recovery" else "users") for a in actions}
    order = [a for a in actions if a not in skip and a != actions[0]] + [actions[0]]
    order.sort(key=lambda a: a == "links")  # last: at this size it may outlast --timeout
    out = []
    ms = lambda x: "—" if x is None else f"{x * 1000:.0f} ms"  # noqa: E731
    for action in order:
        page = w.pages[action]
        times = []
        for _ in range(runs):
            if w.page_stack.currentWidget() is page:
                wait_for(w.pages[detour[action]].ready, lambda o=detour[action]: w.show_page(o))
            took = wait_for(page.ready, lambda a=action: w.show_page(a))
            times.append(took)
            if took is None:
                break
        raw = raw_sql(w.session.repo, RAW_SQL.get(action))
        again = statistics.median([x for x in times[1:] if x is not None] or [0]) if len(times) > 1 else None
        out.append((action, times[0], again, raw))
        say(f"  {action:<15} first {ms(times[0]):>9}   again {ms(again):>9}   raw SQL {ms(raw):>8}"
            + ("" if times[0] is not None else f"   (no rows within {timeout_s:.0f} s)"))
        if action == "caseload" and page.rows:
            big = max(range(len(page.rows)), key=lambda i: page.rows[i].open_cases)
            r = page.rows[big]

            def open_group(i=big):
                page.table.selectRow(i)

            took = wait_for(page.cases_shown, open_group)
            raw = raw_sql(w.session.repo, RAW_SQL["caseload group"], district=r.district, inspector=r.inspector)
            out.append(("caseload group", took, None, raw))
            say(f"  {'caseload group':<15} first {ms(took):>9}   ({r.open_cases} cases; first page shown)"
                f"   raw SQL {ms(raw):>8}")
        if times[0] is None:
            say("  stopped: the worker is still busy with that page")
            return out
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


def fill_links(repo) -> None:
    """The same for the kept candidate pairs of linked persons (hq/links.py, HQ schema 6)."""
    from inspector_desk.hq import links

    t = time.perf_counter()
    with repo.transaction():
        links.rebuild(repo)
    pairs = repo.db.query("SELECT count(*) FROM link_pairs")[0][0]
    say(f"candidate pairs filled (HQ schema 6 back-fill, once): {pairs} pairs, {time.perf_counter() - t:.1f} s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devices", type=int, default=50)
    ap.add_argument("--households", type=int, default=800)
    ap.add_argument("--sources", type=int, default=2)
    ap.add_argument("--per-source", type=int, default=100)
    ap.add_argument("--keep", help="build into (or reuse) this folder and keep it")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip", default="", help="pages not to measure, e.g. links")
    ap.add_argument("--timeout", type=float, default=120, help="seconds to wait for a page's rows")
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

            repo = Repository(open_backend(None, home, keys.db_key))  # migrates to schema 6
            if summary.pending(repo):
                fill_summary(repo)
            from inspector_desk.hq import links

            if links.pending(repo):
                fill_links(repo)
            repo.close()
        login, _name, _role, secret = demo.USERS[0]
        say(f"screens of the HQ Desk (admin, every screen; {a.runs} openings each; goal 300 ms):")
        figures = measure(home, keys, login, secret, a.runs, set(filter(None, a.skip.split(","))), a.timeout)
        slow = [f[0] for f in figures if f[1] is None or f[1] > 0.3 or (f[2] or 0) > 0.3]
        say("all within 300 ms" if not slow else f"over 300 ms: {', '.join(slow)}")
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    else:
        code = 0
    finally:
        if not a.keep:
            shutil.rmtree(home, ignore_errors=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # a page still computing (see above) must not keep the process alive


if __name__ == "__main__":
    raise SystemExit(main())
