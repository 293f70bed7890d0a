#!/usr/bin/env python3
"""Make bench vaults of N households from a copy of the 40,000-household one, by SQL (issue 16).

    nice -n 5 .venv/bin/python bench/scale_vault.py 10000
    nice -n 5 .venv/bin/python bench/scale_vault.py 100000 [--source bench/out/vault-40000]
                                                         [--out bench/out/vault-100000] [--force]

Building through the services (bench/bench_vault.py) takes hours at these sizes on a small
machine. Instead the whole home folder of --source is copied (to OUT.partial, renamed to OUT
at the end; the source itself is never opened here), the copy is unlocked through
Profiles.unlock like the benches (which migrates the copy to the current schema) and reshaped
on its connection, one transaction per step:

* shrink to N: the cases with the first N rowids are kept; every row of the other cases in
  every table with a case_id (records, case_due, case_affected, drafts, ...) goes, then the
  persons no longer referenced, case_order rows, attachment chunks; the search indexes
  (person_fts, phone_fts, case_fts, case_people_fts) are made again from the kept rows; the
  audit log and the change log keep their oldest fraction N/M by seq (the vault was generated
  household by household, so that is the history of the kept cases; the kept audit prefix
  still verifies and the head in meta is moved to it). Then VACUUM.
* grow to N: the first cases (by rowid) are copied, in rounds of at most M, with every record
  (persons via participants, visits, incidents, measures, referrals, risk_assessments,
  attachments and their chunks). Every column named id or *_id (but device_id, form_id) is
  mapped: a UUID keeps its shape with its version digit changed per round (4 -> 5, 6, ...),
  any other id gets "~k"; the UUIDs inside answers (persons met) are mapped the same way;
  case_no gets "-k"; an IIN gets a new valid serial (same birth date and sex). Derived rows:
  tables keyed by case_id / person_id copied with the same mapping, case_order copied with
  the new case rowid (every sort key column as it is), person_fts and case_fts computed by
  the store's own search_text, phone_fts copied by rowid, case_people_fts filled with the
  SQL of register.rebuild_people for the new cases. The change log and the audit entries of
  the copied records are appended (new seq numbers, proportional by construction); the audit
  copies are sealed onto the chain in order and the head moved, so the chain verifies. The
  per-record story of a copy (timestamps, the "detail" text) is the original's; benches
  never run doctor's content checks on these vaults, and the copies are not for anything else.

Prints the counts, then locks, unlocks again and checks services.desk.case_count(CaseFilter())
equals the open cases. A table this script does not know is reported and left alone (a
virtual table it does not know stops it: teach it the table's key first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from inspector_desk.app.profile import Profiles  # noqa: E402
from inspector_desk.core import audit as audit_chain  # noqa: E402
from inspector_desk.core.iin import make_iin, parse_iin  # noqa: E402
from inspector_desk.core.records import CaseFilter, FamilyCase, Person  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.storage.register import PEOPLE_SHIFT  # noqa: E402
from inspector_desk.storage.store import TABLES, decode, search_text  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"
RECORD_TABLES = list(TABLES.values())  # cases, persons, participants, visits, ...
CASE_CHILDREN = [t for t in RECORD_TABLES if t not in ("cases", "persons")]
# Device bookkeeping: never keyed by a case, left as they are.
DEVICE_TABLES = {"meta", "counters", "sqlite_sequence", "sync_exports", "sync_base",
                 "sync_updates", "sync_receipts", "sync_forms", "audit", "changes",
                 "attachment_chunks", "case_order"}
# The search indexes and what their rowid is.
FTS_KEYS = {"person_fts": "person", "phone_fts": "person", "case_fts": "case",
            "case_people_fts": "case_people"}
NOT_IDS = {"device_id", "form_id"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")
VERSION_DIGITS = "56789abcdef0123"  # the version digit of round k's UUIDs (never the 4 of uuid4)


def open_home(home: Path):
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "bench-keyring.json")))
    return profiles.unlock("bench", PASSPHRASE)


def cols(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def is_id(col: str) -> bool:
    return (col == "id" or col.endswith("_id")) and col not in NOT_IDS


def tables(conn) -> tuple[list[str], list[str]]:
    """(plain tables, virtual tables) of the vault, without FTS shadow tables."""
    plain, virtual = [], []
    shadows = ("_data", "_idx", "_content", "_docsize", "_config")
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual_names = {n for n, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")}
    for name, _ in rows:
        internal = name.startswith("sqlite_") and name != "sqlite_sequence"
        if name in virtual_names:
            virtual.append(name)
        elif not internal and not any(name == v + s for v in virtual_names for s in shadows):
            plain.append(name)
    unknown = [v for v in virtual if v not in FTS_KEYS]
    if unknown:
        raise SystemExit(f"scale_vault.py does not know the virtual table(s) {unknown}: "
                         "add their rowid key to FTS_KEYS")
    return plain, virtual


def derived_by(conn, plain: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Derived tables keyed by case_id, by person_id (no case_id), and the unknown rest."""
    by_case, by_person, unknown = [], [], []
    for t in plain:
        if t in RECORD_TABLES or t in DEVICE_TABLES:
            continue
        c = cols(conn, t)
        if "case_id" in c:
            by_case.append(t)
        elif "person_id" in c:
            by_person.append(t)
        else:
            unknown.append(t)
    return by_case, by_person, unknown


def counts(conn) -> dict[str, int]:
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("cases", "persons", "participants", "visits", "audit", "changes")}
    out["open"] = conn.execute("SELECT count(*) FROM cases WHERE deleted = 0 "
                               "AND status != 'closed'").fetchone()[0]
    return out


def transaction(conn, label: str, fn) -> None:
    t = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    try:
        fn()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    print(f"  {label}: {time.perf_counter() - t:.0f} s", flush=True)


def rows_as_dicts(cur):
    names = [d[0] for d in cur.description]
    for r in cur:
        yield dict(zip(names, r, strict=True))


# --- shrink -----------------------------------------------------------------------------------

def shrink(conn, n: int, m: int) -> None:
    plain, virtual = tables(conn)
    by_case, by_person, unknown = derived_by(conn, plain)
    print(f"  derived by case: {by_case}; by person: {by_person}; left as they are: {unknown}")

    def step():
        conn.execute("CREATE TEMP TABLE keep_cases (r INTEGER PRIMARY KEY, id TEXT UNIQUE)")
        conn.execute("INSERT INTO keep_cases SELECT rowid, id FROM cases ORDER BY rowid LIMIT ?",
                     (n,))
        gone = "case_id NOT IN (SELECT id FROM temp.keep_cases)"
        for t in by_case + CASE_CHILDREN:
            conn.execute(f"DELETE FROM {t} WHERE {gone}")
        conn.execute("DELETE FROM attachment_chunks WHERE attachment_id NOT IN "
                     "(SELECT id FROM attachments)")
        conn.execute("DELETE FROM case_order WHERE case_rowid NOT IN "
                     "(SELECT r FROM temp.keep_cases)")
        conn.execute("CREATE TEMP TABLE keep_persons (r INTEGER PRIMARY KEY, id TEXT UNIQUE)")
        conn.execute(
            "INSERT INTO keep_persons SELECT rowid, id FROM persons WHERE id IN ("
            "SELECT person_id FROM participants UNION SELECT person_id FROM measures "
            "UNION SELECT person_id FROM referrals "
            "UNION SELECT respondent_id FROM risk_assessments)")
        for t in by_person:
            conn.execute(f"DELETE FROM {t} WHERE person_id NOT IN "
                         "(SELECT id FROM temp.keep_persons)")
        keep_rowid = {
            "person": "rowid IN (SELECT r FROM temp.keep_persons)",
            "case": "rowid IN (SELECT r FROM temp.keep_cases)",
            "case_people": f"(rowid >> {PEOPLE_SHIFT}) IN (SELECT r FROM temp.keep_cases)"}
        for v in virtual:  # made again from the kept rows: faster than deleting most of it
            c = cols(conn, v)
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (v,)).fetchone()[0]
            conn.execute(f"CREATE TEMP TABLE keep_{v} AS SELECT rowid AS r, {', '.join(c)} "
                         f"FROM {v} WHERE {keep_rowid[FTS_KEYS[v]]}")
            conn.execute(f"DROP TABLE {v}")
            conn.execute(sql)
            conn.execute(f"INSERT INTO {v} (rowid, {', '.join(c)}) SELECT r, {', '.join(c)} "
                         f"FROM temp.keep_{v} ORDER BY r")
            conn.execute(f"DROP TABLE temp.keep_{v}")
        conn.execute("DELETE FROM cases WHERE rowid NOT IN (SELECT r FROM temp.keep_cases)")
        conn.execute("DELETE FROM persons WHERE rowid NOT IN (SELECT r FROM temp.keep_persons)")
        for log in ("audit", "changes"):  # the oldest fraction n/m
            total = conn.execute(f"SELECT count(*) FROM {log}").fetchone()[0]
            keep = max(1, round(total * n / m))
            cut = conn.execute(f"SELECT seq FROM {log} ORDER BY seq LIMIT 1 OFFSET ?",
                               (keep - 1,)).fetchone()[0]
            conn.execute(f"DELETE FROM {log} WHERE seq > ?", (cut,))
        seq, hsh = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{hsh}",))
        for t in ("keep_cases", "keep_persons"):
            conn.execute(f"DROP TABLE temp.{t}")

    transaction(conn, f"shrink to {n} cases", step)
    t = time.perf_counter()
    conn.execute("VACUUM")
    print(f"  VACUUM: {time.perf_counter() - t:.0f} s", flush=True)


# --- grow -------------------------------------------------------------------------------------

def grow(conn, n: int, m: int) -> None:
    plain, virtual = tables(conn)
    by_case, by_person, unknown = derived_by(conn, plain)
    print(f"  derived by case: {by_case}; by person: {by_person}; left as they are: {unknown}")
    bad = conn.execute("SELECT count(*) FROM cases WHERE length(id) = 36 "
                       "AND substr(id, 15, 1) != '4'").fetchone()[0]
    if bad:
        raise SystemExit("the source holds non-uuid4 case ids (already grown?): "
                         "grow from an original")
    last_original = conn.execute("SELECT max(rowid) FROM cases").fetchone()[0]
    iins = {r[0] for r in conn.execute("SELECT iin FROM persons WHERE iin IS NOT NULL")}
    state = {"k": 0}
    rng = random.Random(16)

    def map_id(x):
        if not isinstance(x, str) or not x:
            return x
        if len(x) == 36 and x[14] == "4" and UUID.fullmatch(x):
            return x[:14] + VERSION_DIGITS[state["k"] - 1] + x[15:]
        return f"{x}~{state['k']}"

    def map_answers(text):
        if not text:
            return text
        return UUID.sub(lambda mo: map_id(mo.group(0)), text)

    def new_iin(iin):
        if not iin:
            return iin
        try:
            info = parse_iin(iin)
        except Exception:
            return None
        for _ in range(1000):
            candidate = make_iin(info.birth_date, info.sex, rng.randrange(10000))
            if candidate not in iins:
                iins.add(candidate)
                return candidate
        return None

    conn.create_function("scale_id", 1, map_id)
    conn.create_function("scale_answers", 1, map_answers)
    conn.create_function("scale_iin", 1, new_iin)

    def exprs(table: str, c: list[str]) -> str:
        out = []
        for col in c:
            if is_id(col):
                out.append(f"scale_id({col})")
            elif col == "case_no":
                out.append(f"{col} || '-' || {state['k']}")
            elif col == "answers":
                out.append(f"scale_answers({col})")
            elif col == "iin" and table == "persons":
                out.append("scale_iin(iin)")
            else:
                out.append(col)
        return ", ".join(out)

    def copy(table: str, where: str) -> int:
        c = cols(conn, table)
        cur = conn.execute(f"INSERT INTO {table} ({', '.join(c)}) SELECT {exprs(table, c)} "
                           f"FROM {table} WHERE {where} ORDER BY rowid")
        return cur.rowcount

    def round_(take: int):
        k = state["k"]
        conn.execute("DROP TABLE IF EXISTS temp.sc_cases")
        conn.execute("DROP TABLE IF EXISTS temp.sc_persons")
        conn.execute("DROP TABLE IF EXISTS temp.sc_ids")
        conn.execute("CREATE TEMP TABLE sc_cases (id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO sc_cases SELECT id FROM cases WHERE rowid <= ? "
                     "ORDER BY rowid LIMIT ?", (last_original, take))
        conn.execute("CREATE TEMP TABLE sc_persons (id TEXT PRIMARY KEY)")
        in_cases = "case_id IN (SELECT id FROM temp.sc_cases)"
        conn.execute(
            f"INSERT OR IGNORE INTO sc_persons SELECT person_id FROM participants WHERE {in_cases} "
            f"UNION SELECT person_id FROM measures WHERE {in_cases} "
            f"UNION SELECT person_id FROM referrals WHERE {in_cases} "
            f"UNION SELECT respondent_id FROM risk_assessments WHERE {in_cases}")
        conn.execute("DELETE FROM sc_persons WHERE id NOT IN (SELECT id FROM persons)")
        conn.execute("CREATE TEMP TABLE sc_ids (id TEXT PRIMARY KEY)")
        max_case = conn.execute("SELECT max(rowid) FROM cases").fetchone()[0]
        max_person = conn.execute("SELECT max(rowid) FROM persons").fetchone()[0]
        made = {"cases": copy("cases", "id IN (SELECT id FROM temp.sc_cases)"),
                "persons": copy("persons", "id IN (SELECT id FROM temp.sc_persons)")}
        conn.execute("INSERT INTO sc_ids SELECT id FROM temp.sc_cases "
                     "UNION SELECT id FROM temp.sc_persons")
        for t in CASE_CHILDREN:
            made[t] = copy(t, in_cases)
            conn.execute(f"INSERT OR IGNORE INTO sc_ids SELECT id FROM {t} WHERE {in_cases}")
        conn.execute("INSERT INTO attachment_chunks (attachment_id, n, data) "
                     "SELECT scale_id(attachment_id), n, data FROM attachment_chunks WHERE "
                     f"attachment_id IN (SELECT id FROM attachments WHERE {in_cases})")
        for t in by_case:
            made[t] = copy(t, in_cases)
        for t in by_person:
            made[t] = copy(t, "person_id IN (SELECT id FROM temp.sc_persons)")
        # case_order: every column as it is, but the new case's rowid, id and number.
        oc = cols(conn, "case_order")
        sel = ", ".join("n.rowid" if col == "case_rowid" else
                        "n.id" if col == "id" else "n.case_no" if col == "case_no" else f"o.{col}"
                        for col in oc)
        made["case_order"] = conn.execute(
            f"INSERT INTO case_order ({', '.join(oc)}) SELECT {sel} FROM case_order o "
            "JOIN cases n ON n.id = scale_id(o.id) WHERE o.id IN (SELECT id FROM temp.sc_cases) "
            "ORDER BY n.rowid").rowcount
        # The search indexes of the new rows.
        for v in virtual:
            if v == "person_fts":
                cur = conn.execute("SELECT rowid AS _rowid, * FROM persons WHERE rowid > ? "
                                   "ORDER BY rowid", (max_person,))
                conn.executemany("INSERT INTO person_fts (rowid, body) VALUES (?, ?)", [
                    (d["_rowid"], search_text(decode(Person, d))) for d in rows_as_dicts(cur)
                    if not d["deleted"]])
            elif v == "case_fts":
                cur = conn.execute("SELECT rowid AS _rowid, * FROM cases WHERE rowid > ? "
                                   "ORDER BY rowid", (max_case,))
                conn.executemany("INSERT INTO case_fts (rowid, body) VALUES (?, ?)", [
                    (d["_rowid"], search_text(decode(FamilyCase, d))) for d in rows_as_dicts(cur)
                    if not d["deleted"]])
            elif FTS_KEYS[v] == "person":  # phone_fts: the same numbers, the new person's rowid
                c = cols(conn, v)
                conn.execute(
                    f"INSERT INTO {v} (rowid, {', '.join(c)}) SELECT n.rowid, "
                    f"{', '.join('f.' + x for x in c)} FROM {v} f "
                    "JOIN persons o ON o.rowid = f.rowid "
                    "JOIN persons n ON n.id = scale_id(o.id) "
                    "WHERE o.id IN (SELECT id FROM temp.sc_persons) ORDER BY n.rowid")
        if "case_people_fts" in virtual:  # register.rebuild_people, for the new cases only
            conn.execute(
                "INSERT INTO case_people_fts (rowid, body) SELECT (c.rowid << ?) + row_number() "
                "OVER (PARTITION BY c.rowid ORDER BY pa.rowid), f.body FROM participants pa "
                "JOIN cases c ON c.id = pa.case_id JOIN persons p ON p.id = pa.person_id "
                "JOIN person_fts f ON f.rowid = p.rowid WHERE pa.deleted = 0 AND p.deleted = 0 "
                "AND c.rowid > ?", (PEOPLE_SHIFT, max_case))
        # The change log and the audit entries of the copied records, in their order.
        made["changes"] = conn.execute(
            "INSERT INTO changes (kind, record_id, version, op, at) SELECT kind, "
            "scale_id(record_id), version, op, at FROM changes WHERE record_id IN "
            "(SELECT id FROM temp.sc_ids) ORDER BY seq").rowcount
        head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        seq, prev = 0, audit_chain.GENESIS
        if head:
            seq, prev = int(head[0].split(":")[0]), head[0].split(":")[1]
        last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
        if last != seq:
            raise SystemExit(f"the audit head says {seq} but the log ends at {last}")
        src = conn.execute(
            "SELECT at, actor, device_id, action, kind, record_id, detail FROM audit "
            "WHERE record_id IN (SELECT id FROM temp.sc_ids) ORDER BY seq").fetchall()
        batch = []
        for at, actor, device, action, kind, record_id, detail in src:
            seq += 1
            e = audit_chain.AuditEntry(seq=seq, at=at, actor=actor, device_id=device, action=action,
                                       kind=kind, record_id=map_id(record_id), detail=detail,
                                       prev_hash=prev)
            prev = audit_chain.entry_hash(e)
            batch.append((e.seq, e.at, e.actor, e.device_id, e.action, e.kind, e.record_id,
                          e.detail, e.prev_hash, prev))
        conn.executemany("INSERT INTO audit (seq, at, actor, device_id, action, kind, record_id, "
                         "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
        conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) "
                     "DO UPDATE SET value = excluded.value", (f"{seq}:{prev}",))
        made["audit"] = len(batch)
        print(f"  round {k}: {made}", flush=True)

    left = n - m
    while left > 0:
        state["k"] += 1
        take = min(left, m)
        transaction(conn, f"grow round {state['k']}: copy {take} cases",
                    lambda take=take: round_(take))
        left -= take


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("households", type=int, help="cases in the result (one case per household)")
    ap.add_argument("--source", default=str(ROOT / "bench" / "out" / "vault-40000"))
    ap.add_argument("--out", help="default: bench/out/vault-N")
    ap.add_argument("--force", action="store_true", help="replace OUT if it exists")
    a = ap.parse_args()
    source = Path(a.source)
    out = Path(a.out) if a.out else ROOT / "bench" / "out" / f"vault-{a.households}"
    partial = out.with_name(out.name + ".partial")
    if out.exists() and not a.force:
        print(f"{out} exists: --force replaces it")
        return 2
    t0 = time.perf_counter()
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(source, partial)
    print(f"copied {source} -> {partial}: {time.perf_counter() - t0:.0f} s", flush=True)
    session = open_home(partial)
    conn = session.vault.conn
    before = counts(conn)
    print(f"source: {before}, schema {session.vault.schema_version}")
    m = before["cases"]
    if a.households < m:
        shrink(conn, a.households, m)
    elif a.households > m:
        grow(conn, a.households, m)
    after = counts(conn)
    session.lock()
    t = time.perf_counter()
    session = open_home(partial)  # unlocks again
    unlock_s = time.perf_counter() - t
    counted = session.services.desk.case_count(CaseFilter())
    again = counts(session.vault.conn)
    size = sum(p.stat().st_size for p in (partial / "profiles" / "bench").iterdir()) / 1e6
    session.lock()
    print(f"result: {again} ({size:.0f} MB); unlocks again in {unlock_s:.1f} s; "
          f"case_count(CaseFilter()) = {counted}")
    same = all(again[k] == after[k] for k in ("cases", "persons", "participants", "visits"))
    if counted != again["open"] or not same or again["cases"] != a.households:
        print(f"MISMATCH: open cases {again['open']}, before the lock {after}")
        return 1
    if out.exists():
        shutil.rmtree(out)
    partial.rename(out)
    print(f"{out} ready in {time.perf_counter() - t0:.0f} s ({dt.datetime.now():%H:%M})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
