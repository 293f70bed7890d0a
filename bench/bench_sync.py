#!/usr/bin/env python3
"""Benchmark the exchange with headquarters, each figure beside its raw equivalent.

    .venv/bin/python bench/bench_sync.py [--records 10000] [--attachment-mb 200]
        [--bundles 1000] [--db postgresql://…] [--out bench/out/sync]

1. **Export** of ~``--records`` changed records plus ``--attachment-mb`` of attachments
   (random bytes, 2 MiB each) from a demo vault, beside raw SHA-512 + pyrage encryption of
   the same plaintext bytes (decrypted back out of the bundle) from a file.
2. **Import** of ``--bundles`` small bundles (10 changed cases each, plus their audit
   entries), one transaction each, beside raw INSERTs of the same rows (record versions and
   audit entries) into the same kind of database, one transaction per bundle.
3. **Memory**: export and import of bundles with 1/4, 1/2 and all of the attachments, each in
   a fresh process: peak Python heap (tracemalloc) of each phase and the process's peak RSS
   must stay flat while the bundle grows.

Synthetic data only. Not a test: figures go into notes.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import struct
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import pyrage  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: E402

from inspector_desk.app import sync  # noqa: E402
from inspector_desk.app.demo import generate  # noqa: E402
from inspector_desk.app.profile import Profiles  # noqa: E402
from inspector_desk.app.session import InspectorInfo  # noqa: E402
from inspector_desk.core.ports import KZ_TZ, FixedClock  # noqa: E402
from inspector_desk.core.records import FamilyCase  # noqa: E402
from inspector_desk.hq import devices, keys as hq_keys  # noqa: E402
from inspector_desk.hq.backends import open_backend  # noqa: E402
from inspector_desk.hq.importer import Importer, Rejection  # noqa: E402
from inspector_desk.hq.repo import Repository  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KdfParams  # noqa: E402
from inspector_desk.sync.envelope import open_envelope, signed_message  # noqa: E402
from inspector_desk.sync.outbox import Outbox  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASS = "bench-passphrase-2026"
HQ_PASS = "bench-hq-passphrase"
MB = 1 << 20


def rss_peak_mb() -> float:
    """Peak RSS of this process image (VmHWM: getrusage's ru_maxrss would also count the
    parent's peak before exec, i.e. the 1 GiB scrypt of opening the headquarters keys)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Phase:
    """Wall time of a block; with ``memory=True`` also its peak Python heap (tracemalloc
    slows Python code down, so timed runs go without it)."""

    def __init__(self, memory: bool = False) -> None:
        self.memory = memory
        self.heap_mb = 0.0

    def __enter__(self) -> "Phase":
        if self.memory:
            tracemalloc.start()
        self.t = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t
        if self.memory:
            self.heap_mb = tracemalloc.get_traced_memory()[1] / MB
            tracemalloc.stop()


def setup(out: Path, db: str | None):
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    clock = FixedClock(dt.datetime(2026, 11, 20, 10, tzinfo=KZ_TZ))
    hq_home = out / "hq"
    hq_keys.init_keys(hq_home, HQ_PASS, ["сирень трамвай медведь окно бенч", "ветер аспан жылқы терезе бенч"],
                      clock.now())  # two officers at least, each strong (hq/keys.py)
    keys = hq_keys.unlock(hq_home, HQ_PASS)
    repo = Repository(open_backend(db, hq_home, keys.db_key))
    profiles = Profiles(out / "device", KeyringSecrets(MemoryKeyring()), clock,
                        kdf=KdfParams.fast_for_tests())
    return clock, hq_home, keys, repo, profiles


def device(profiles: Profiles, repo: Repository, keys, name: str, prefix: str, out: Path):
    s = profiles.create(name, PASS, InspectorInfo(name="Бенчмарк", login=f"B-{prefix}", district="Есиль"))
    req = sync.enrolment_request(s, out)
    _row, data = devices.approve(repo, keys, req.read_bytes(), case_prefix=prefix,
                                 at=s.clock.now().isoformat(), actor="bench")
    (out / f"{prefix}.idenrol").write_bytes(data)
    sync.import_enrolment(s, out / f"{prefix}.idenrol", expect_hq_key_id=keys.public.signing_key_id)
    return s


def add_attachments(s, total_mb: int, each_mb: int = 2) -> None:
    cases = [c for c in s.store.find(FamilyCase) if c.status != "closed"]
    for i in range(max(1, total_mb // each_mb)):
        c = cases[i % len(cases)]
        s.services.records.attach(c.id, record_kind="case", record_id=c.id, filename=f"scan{i}.jpg",
                          mime="image/jpeg", stream=io.BytesIO(os.urandom(each_mb * MB)))


def export_all(s, dest: Path):
    job = sync.export(s, dest)
    for _ in job:
        pass
    return job.result


def bench_export(args, out: Path, repo, keys, profiles) -> None:
    s = device(profiles, repo, keys, "export", "EXPT", out)
    t = time.perf_counter()
    generate(s, households=max(1, round(args.records / 14.5)), seed=3)
    add_attachments(s, args.attachment_mb)
    changed = s.store.conn.execute("SELECT count(DISTINCT record_id) FROM changes").fetchone()[0]
    print(f"vault: {changed} changed records, {args.attachment_mb} MB attachments "
          f"(built in {time.perf_counter() - t:.0f} s)")
    with Phase() as ours:
        [bundle] = export_all(s, out / "usb")
    size = bundle.size / MB
    # The same plaintext, decrypted back out of the bundle, then hashed and encrypted raw.
    plain = out / "plain.tar"
    opened = open_envelope(bundle.path, out / "copy.idb", b"IDB1", 1 << 40)
    with opened.payload() as src, open(plain, "wb") as f:
        pyrage.decrypt_io(src, f, [keys.import_identity])
    recipients = [pyrage.x25519.Recipient.from_str(keys.public.import_recipient),
                  pyrage.x25519.Recipient.from_str(keys.public.recovery_recipient)]
    with Phase() as raw:
        import hashlib

        h = hashlib.sha512()

        class Hashing(io.RawIOBase):
            def writable(self) -> bool:
                return True

            def write(self, b) -> int:
                h.update(b)
                return sink.write(b)

        with open(plain, "rb") as src, open(out / "raw.age", "wb") as sink:
            pyrage.encrypt_io(src, Hashing(), recipients)
    # And the bare reads of the same rows and attachments from the vault (the records with
    # one SELECT per table, the attachments through the store's own chunk reader).
    from inspector_desk.storage.store import TABLES

    with Phase() as read:
        for table in TABLES.values():
            for _row in s.store.conn.execute(f"SELECT * FROM {table}"):
                pass
        for (aid,) in s.store.conn.execute("SELECT id FROM attachments").fetchall():
            for _chunk in s.store.attachment_chunks(aid):
                pass
    print(f"export   {bundle.records:>6} records {size:7.1f} MB | ours {ours.seconds:6.2f} s "
          f"{size / ours.seconds:6.1f} MB/s | raw sha512+age {raw.seconds:6.2f} s "
          f"{size / raw.seconds:6.1f} MB/s | raw vault reads {read.seconds:6.2f} s | "
          f"ours / (reads + crypto) x{ours.seconds / (raw.seconds + read.seconds):.2f}")
    with Phase() as imp:
        [r] = Importer(repo, keys, out / "hq").import_paths([bundle.path])
    assert not isinstance(r, Rejection), r
    print(f"import   {r.records:>6} records {size:7.1f} MB | ours {imp.seconds:6.2f} s "
          f"{size / imp.seconds:6.1f} MB/s")
    s.lock()
    for f in (plain, out / "raw.age", out / "copy.idb"):
        f.unlink(missing_ok=True)


def bench_import(args, out: Path, repo, keys, profiles, db: str | None) -> None:
    s = device(profiles, repo, keys, "many", "MANY", out)
    generate(s, households=40, seed=5)
    cases = [c for c in s.store.find(FamilyCase) if c.status != "closed"][:10]
    folder = out / "many"
    t = time.perf_counter()
    outbox = Outbox(s.store)
    for i in range(args.bundles):
        for c in cases:
            s.services.cases.update_case(c.id, beat=str(i))
        [b] = export_all(s, folder)
        with s.store.transaction():  # stands in for the receipt: the next bundle is small
            outbox.acknowledge({b.seq}, s.clock.now().isoformat())
    print(f"made {args.bundles} bundles in {time.perf_counter() - t:.0f} s")
    files = sorted(folder.glob("*.idb"))
    importer = Importer(repo, keys, out / "hq")
    results, per_bundle = [], []
    with Phase() as ours:
        for f in files:
            t = time.perf_counter()
            results += importer.import_paths([f])
            per_bundle.append(time.perf_counter() - t)
    tenth = max(len(per_bundle) // 10, 1)
    first, last = (1000 * sum(x) / len(x) for x in (per_bundle[:tenth], per_bundle[-tenth:]))
    print(f"import cost as each record's history grows (one version per bundle): first {tenth} "
          f"bundles {first:.1f} ms/bundle, last {tenth} {last:.1f} ms/bundle (x{last / first:.2f})")
    bad = [r for r in results if isinstance(r, Rejection)]
    assert not bad, bad[:3]
    # Raw: the same rows, inserted into the same kind of database, one transaction per bundle.
    rows = repo.db.query("SELECT v.bundle_id, v.record_id, v.version, v.sha256, v.kind, v.device_id, "
                         "v.data FROM record_versions v JOIN bundles b ON b.bundle_id = v.bundle_id "
                         "WHERE b.device_id = ?", (s.actor.device_id,))
    audit = repo.db.query("SELECT bundle_id, device_id, seq, hash, at, actor, action, kind, record_id, "
                          "detail, prev_hash FROM audit WHERE device_id = ?", (s.actor.device_id,))
    by_bundle: dict[str, tuple[list, list]] = {}
    for r in rows:
        by_bundle.setdefault(r[0], ([], []))[0].append(r[1:])
    for a in audit:
        by_bundle.setdefault(a[0], ([], []))[1].append(a[1:])
    raw_db = _raw_db(out, db, keys.db_key)
    device_key = repo.device(s.actor.device_id)
    public = bytes.fromhex(device_key.signing_key) if all(c in "0123456789abcdef" for c in device_key.signing_key) \
        else base64.b64decode(device_key.signing_key)
    with Phase() as raw:
        # What any importer must do, with the primitives alone: read the file, hash and
        # verify its Ed25519 signature, age-decrypt the payload, insert the rows.
        for f in files:
            data = f.read_bytes()
            hlen = struct.unpack(">I", data[4:8])[0]
            header, payload, sig = data[8:8 + hlen], data[8 + hlen:-72], data[-64:]
            Ed25519PublicKey.from_public_bytes(public).verify(
                sig, signed_message(b"IDB1", hashlib.sha512(header).digest(),
                                    hashlib.sha512(payload).digest()))
            pyrage.decrypt(payload, [keys.import_identity])
        for versions, entries in by_bundle.values():
            with raw_db.transaction():
                raw_db.executemany("INSERT INTO rv VALUES (?, ?, ?, ?, ?, ?)",
                                   [(*v[:5], json.dumps(v[5]) if not isinstance(v[5], str) else v[5])
                                    for v in versions])
                raw_db.executemany("INSERT INTO ra VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    n = len(files)
    print(f"import   {n} bundles ({len(rows)} record rows, {len(audit)} audit rows) | ours "
          f"{ours.seconds:6.2f} s {1000 * ours.seconds / n:6.1f} ms/bundle | "
          f"raw read+verify+decrypt+insert {raw.seconds:6.2f} s {1000 * raw.seconds / n:6.2f} ms/bundle | "
          f"x{ours.seconds / raw.seconds:.1f}")
    raw_db.close()
    s.lock()


def _raw_db(out: Path, db: str | None, key: bytes):
    from inspector_desk.hq.backends import PostgresBackend, SqliteBackend

    backend = PostgresBackend(db) if db else SqliteBackend(out / "raw.db", key)
    with backend.transaction():
        backend.execute("DROP TABLE IF EXISTS rv")
        backend.execute("DROP TABLE IF EXISTS ra")
        backend.execute("CREATE TABLE rv (record_id TEXT, version BIGINT, sha256 TEXT, kind TEXT, "
                        "device_id TEXT, data TEXT, PRIMARY KEY (record_id, version, sha256))")
        backend.execute("CREATE TABLE ra (device_id TEXT, seq BIGINT, hash TEXT, at TEXT, actor TEXT, "
                        "action TEXT, kind TEXT, record_id TEXT, detail TEXT, prev_hash TEXT, "
                        "PRIMARY KEY (device_id, seq, hash))")
    return backend


def bench_memory(args, out: Path, db: str | None, keys) -> None:
    """Each size in a fresh process, so that its peak RSS is its own. The keys go to the
    child through a pipe: opening hq-secret.age (scrypt, 1 GiB) would dominate its RSS."""
    import subprocess

    secret = json.dumps({"signing_key": keys.signer.private_bytes().hex(),
                         "import_identity": str(keys.import_identity), "db_key": keys.db_key.hex()})

    print("memory as bundles grow (each in its own process: peak heap of export and import "
          "(tracemalloc), peak RSS of the whole process: vault, export, import):")
    for part in (4, 2, 1):
        mb = max(2, args.attachment_mb // part)
        cmd = [sys.executable, __file__, "--child-memory", str(mb), "--out", str(out)]
        if db:
            cmd += ["--db", db]
        p = subprocess.run(cmd, input=secret, capture_output=True, text=True, check=True)
        r = json.loads(p.stdout.strip().splitlines()[-1])
        print(f"  {r['bundle_mb']:7.1f} MB bundle | export heap {r['export_heap']:5.1f} MB | "
              f"import heap {r['import_heap']:5.1f} MB | process peak RSS {r['rss']:6.1f} MB")


def child_memory(mb: int, out: Path, db: str | None) -> None:
    from inspector_desk.keystore.signing import SigningKey

    secret = json.loads(sys.stdin.read())
    keys = hq_keys.HqKeys(hq_keys.load_public(out / "hq"),
                          SigningKey.from_private_bytes(bytes.fromhex(secret["signing_key"])),
                          pyrage.x25519.Identity.from_str(secret["import_identity"]),
                          bytes.fromhex(secret["db_key"]))
    repo = Repository(open_backend(db, out / "hq", keys.db_key))
    clock = FixedClock(dt.datetime(2026, 11, 20, 10, tzinfo=KZ_TZ))
    home = out / f"mem-{mb}"
    shutil.rmtree(home, ignore_errors=True)
    profiles = Profiles(home, KeyringSecrets(MemoryKeyring()), clock, kdf=KdfParams.fast_for_tests())
    prefix = f"M{mb % 1000:03d}"
    s = device(profiles, repo, keys, "mem", prefix, home)
    generate(s, households=20, seed=mb)
    add_attachments(s, mb)
    with Phase(memory=True) as e:
        [b] = export_all(s, home / "usb")
    with Phase(memory=True) as m:
        [r] = Importer(repo, keys, out / "hq").import_paths([b.path])
    assert not isinstance(r, Rejection), r
    s.lock()
    repo.close()
    shutil.rmtree(home, ignore_errors=True)
    print(json.dumps({"bundle_mb": b.size / MB, "export_heap": e.heap_mb, "import_heap": m.heap_mb,
                      "rss": rss_peak_mb()}))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--records", type=int, default=10_000)
    p.add_argument("--attachment-mb", type=int, default=200)
    p.add_argument("--bundles", type=int, default=1000)
    p.add_argument("--db", help="postgresql://… for the headquarters database (default SQLCipher)")
    p.add_argument("--out", default=str(ROOT / "bench" / "out" / "sync"))
    p.add_argument("--only", choices=("export", "import", "memory"), help="run one part")
    p.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    out = Path(args.out)
    if args.child_memory:
        child_memory(args.child_memory, out, args.db)
        return
    clock, _hq_home, keys, repo, profiles = setup(out, args.db)
    print(f"headquarters database: {repo.db.dialect}")
    if args.only in (None, "export"):
        bench_export(args, out, repo, keys, profiles)
    if args.only in (None, "import"):
        bench_import(args, out, repo, keys, profiles, args.db)
    repo.close()
    if args.only in (None, "memory"):
        bench_memory(args, out, args.db, keys)


if __name__ == "__main__":
    main()
