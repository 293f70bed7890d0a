"""The online intake (docs/hq-server.md) against the folder import, in the same run.

1. **Throughput**: 50 devices (real vaults), two bundles each. The same files are imported
   from a folder into a fresh headquarters (``Importer.import_paths`` and one receipt per
   device, as ``inspector-desk-hq import`` does), then sent by 50 concurrent devices (threads,
   the real client: pinned TLS, signed requests, HEAD + PUT, a receipt in every answer) to
   ``inspector-desk-hq serve`` on 127.0.0.1 over another fresh headquarters. Bundles per
   second of each, and the ratio (goal: online ≥ 80 % of the folder rate).
2. **Memory**: the service's resident memory (VmRSS, sampled every 20 ms) before and while it
   takes one bundle of 50 MB, then (a fresh service) one of 200 MB (attachments of 5 MB):
   received to disk, hashed, imported. Flat: the growth does not follow the size.
3. **Resume**: SIGKILL half-way through a 100 MB bundle, start again, resume: the bytes sent
   the second time against the file's size.

    .venv/bin/python bench/bench_intake.py [--devices 50] [--big-mb 50,200] [--resume-mb 100]

SQLite back-end (the PostgreSQL path is the same code; tests/intake runs both).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pyrage  # noqa: E402

from inspector_desk.app import online, sync  # noqa: E402
from inspector_desk.app.demo import generate  # noqa: E402
from inspector_desk.app.forms_adapter import load_forms  # noqa: E402
from inspector_desk.app.profile import Profiles  # noqa: E402
from inspector_desk.app.session import InspectorInfo  # noqa: E402
from inspector_desk.core.ports import KZ_TZ, FixedClock  # noqa: E402
from inspector_desk.core.records import FamilyCase  # noqa: E402
from inspector_desk.hq import devices, keys as hq_keys  # noqa: E402
from inspector_desk.hq.backends import open_backend  # noqa: E402
from inspector_desk.hq.importer import Importer  # noqa: E402
from inspector_desk.hq.intake.tls import enrolment_intake  # noqa: E402
from inspector_desk.hq.receipts import write_receipt  # noqa: E402
from inspector_desk.hq.repo import Repository  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KdfParams  # noqa: E402
from inspector_desk.sync.online import IntakeClient, IntakeUnreachable  # noqa: E402
from tests.intake.conftest import Server, free_port, make_home  # noqa: E402
from tests.intake.fleet import approve_all, make_fleet  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

HQ_PASSPHRASE = "штаб-пароль-2026"
OFFICERS = ["офицер-первый-2026", "офицер-второй-2026"]


def keys_dir(base: Path):
    home = base / "keys"
    hq_keys.init_keys(home, HQ_PASSPHRASE, OFFICERS, dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    keys = hq_keys.unlock(home, HQ_PASSPHRASE)
    # Each service start unlocks the secret: re-seal it cheaply for the bench (not for use).
    plain = pyrage.passphrase.decrypt((home / hq_keys.SECRET).read_bytes(), HQ_PASSPHRASE)
    (home / hq_keys.SECRET).write_bytes(hq_keys.age_scrypt_encrypt(plain, HQ_PASSPHRASE, log_n=10))
    return home, keys


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def throughput(base: Path, kdir: Path, keys, forms, n: int) -> None:
    print(f"making {n} devices, 2 bundles each …", flush=True)
    fleet = make_fleet(base / "fleet", keys, make_home(base / "scratch", kdir, 1), forms, n)
    files = sorted(p for d in fleet for _s, p, _h in d.bundles)
    size = sum(p.stat().st_size for p in files)

    home = make_home(base / "folder-hq", kdir, 1)
    repo = Repository(open_backend(None, home, keys.db_key))
    approve_all(repo, keys, fleet)
    t0 = time.perf_counter()
    out = Importer(repo, keys, home).import_paths(files)
    for d in fleet:
        write_receipt(repo, keys, home, d.device_id, "2026-11-20T12:00:00+05:00", home / "outbox" / "receipts")
    folder_s = time.perf_counter() - t0
    repo.close()
    assert len(out) == len(files)

    port = free_port()
    home = make_home(base / "online-hq", kdir, port)
    repo = Repository(open_backend(None, home, keys.db_key))
    approve_all(repo, keys, fleet)
    repo.close()
    server = Server(home, None, port).start()
    pin = enrolment_intake(home)["tls_spki_sha256"]

    def send(d) -> int:
        with IntakeClient(f"https://127.0.0.1:{port}", pin, d.device_id, d.signer) as c:
            c.health()
            for seq, path, sha in d.bundles:
                state, offset = c.offset(seq, sha, path.stat().st_size)
                a = online.run(c.upload(seq, path, sha, offset if state == "partial" else 0))
                assert a.status == 200, a.body[:200]
        return len(d.bundles)

    try:
        t0 = time.perf_counter()
        with ThreadPoolExecutor(n) as pool:
            sent = sum(pool.map(send, fleet))
        online_s = time.perf_counter() - t0
    finally:
        server.stop()
    f_rate, o_rate = len(files) / folder_s, sent / online_s
    print(f"bundles: {len(files)} ({size / len(files) / 1024:.0f} KiB average) from {n} devices")
    print(f"folder import + receipts : {folder_s:6.2f} s  {f_rate:6.1f} bundles/s")
    print(f"online, {n} concurrent    : {online_s:6.2f} s  {o_rate:6.1f} bundles/s "
          f"({100 * o_rate / f_rate:.0f} % of the folder rate; goal ≥ 80 %)")


def big_device(base: Path, site_home: Path, keys, forms, mb: int, name: str, prefix: str):
    clock = FixedClock(dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))
    profiles = Profiles(base / name, KeyringSecrets(MemoryKeyring()), clock, kdf=KdfParams.fast_for_tests(),
                        forms=forms)
    s = profiles.create("default", "Жаз-2026-Астана!", InspectorInfo(name="Инспектор", login="B-1", district="Есиль"))
    repo = Repository(open_backend(None, site_home, keys.db_key))
    req = sync.enrolment_request(s, base / name)
    _row, data = devices.approve(repo, keys, req.read_bytes(), case_prefix=prefix, at="2026-11-20T10:00:00+05:00",
                                 actor="bench", intake=enrolment_intake(site_home))
    repo.close()
    (base / name / "e.idenrol").write_bytes(data)
    sync.import_enrolment(s, base / name / "e.idenrol", expect_hq_key_id=keys.public.signing_key_id)
    generate(s, households=1, seed=1)
    case = s.store.find(FamilyCase)[0]
    for _ in range(mb // 5):
        s.services.records.attach(case.id, record_kind="case", record_id=case.id, filename="scan.jpg",
                          mime="image/jpeg", stream=io.BytesIO(os.urandom(5 << 20)))
    return s


def memory(base: Path, kdir: Path, keys, forms, mb: int, n: int = 0) -> None:
    port = free_port()
    home = make_home(base / f"mem-hq{n}", kdir, port)
    s = big_device(base, home, keys, forms, mb, f"big{n}", f"BG{n}")
    server = Server(home, None, port).start()
    pid = server.proc.pid
    idle = rss_kib(pid)
    samples: list[int] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append(rss_kib(pid))
            time.sleep(0.02)

    t = threading.Thread(target=sample)
    t.start()
    try:
        t0 = time.perf_counter()
        r = online.run(online.send(s))
        took = time.perf_counter() - t0
    finally:
        stop.set()
        t.join()
        server.stop()
    size = r.bytes_sent
    print(f"{mb} MB bundle ({size / 1e6:.0f} MB sent, export + upload + import {took:.1f} s): "
          f"service RSS idle {idle / 1024:.0f} MiB, peak {max(samples) / 1024:.0f} MiB, "
          f"growth {(max(samples) - idle) / 1024:.0f} MiB")
    s.lock()


def resume(base: Path, kdir: Path, keys, forms, mb: int) -> None:
    port = free_port()
    home = make_home(base / "resume-hq", kdir, port)
    s = big_device(base, home, keys, forms, mb, "resume", "RS")
    server = Server(home, None, port).start()
    job = online.send(s)
    size = part = None
    try:
        for done, _total in job:
            if size is None and online.pending(s):
                [(_seq, path, _sha)] = online.pending(s)
                size = path.stat().st_size
                part = home / "intake" / "spool" / s.actor.device_id / f"{1:012d}.part"
            if size and done >= size // 2 and server.proc.poll() is None:
                while part.stat().st_size < size // 3:
                    time.sleep(0.01)
                server.kill()
    except IntakeUnreachable:
        pass
    held = part.stat().st_size
    server.start()
    try:
        r = online.run(online.send(s))
    finally:
        server.stop()
    print(f"{mb} MB bundle ({size / 1e6:.0f} MB), killed with {held / 1e6:.0f} MB at headquarters: "
          f"resumed from {r.resumed.get(1, 0) / 1e6:.0f} MB, sent {r.bytes_sent / 1e6:.0f} MB again "
          f"(the rest: {(size - held) / 1e6:.0f} MB); stored: {r.sent == [1]}")
    s.lock()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--devices", type=int, default=50)
    p.add_argument("--big-mb", default="50,200",
                   help="sizes of the single bundles whose memory is measured (MB, comma-separated): "
                        "the same growth for each means memory does not follow the bundle's size")
    p.add_argument("--resume-mb", type=int, default=100)
    p.add_argument("--skip-throughput", action="store_true")
    p.add_argument("--skip-resume", action="store_true")
    a = p.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-intake-"))
    try:
        kdir, keys = keys_dir(base)
        forms = load_forms()
        if not a.skip_throughput:
            throughput(base, kdir, keys, forms, a.devices)
        for i, mb in enumerate(int(x) for x in a.big_mb.split(",")):
            memory(base, kdir, keys, forms, mb, i)
        if not a.skip_resume:
            resume(base, kdir, keys, forms, a.resume_mb)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
