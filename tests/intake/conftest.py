"""The real intake service in a subprocess (``inspector-desk-hq serve``) on 127.0.0.1 with a
real generated certificate, over a real SQLite file or a real PostgreSQL cluster; devices
are real vaults that send with the real client (sync/online.py)."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from inspector_desk.app import sync
from inspector_desk.hq import devices, keys as hq_keys
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.intake import tls
from inspector_desk.hq.repo import Repository
from tests.sync.fixtures import *  # noqa: F401,F403 - shared fixtures (keys, devices, PostgreSQL)
from tests.sync.fixtures import HQ_PASSPHRASE
from tests.sync.pg import Cluster

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def fast_keys_dir(hq_keys_dir, tmp_path_factory):
    """The session's headquarters keys, the secret file re-sealed with a cheap scrypt work
    factor: each service process unlocks it at start (2^20 would take 1 GiB and seconds)."""
    home = tmp_path_factory.mktemp("hq-fast-keys")
    for f in (hq_keys.PUBLIC, hq_keys.RECOVERY):
        shutil.copy(hq_keys_dir / f, home / f)
    plain = pyrage.passphrase.decrypt((hq_keys_dir / hq_keys.SECRET).read_bytes(), HQ_PASSPHRASE)
    (home / hq_keys.SECRET).write_bytes(hq_keys.age_scrypt_encrypt(plain, HQ_PASSPHRASE, log_n=10))
    return home


class _Cluster(Cluster):
    """tests/sync/pg.py's cluster on a port of its own (other test runs may use 54329)."""

    def __init__(self) -> None:
        super().__init__()
        self.port = free_port()

    def start(self) -> "_Cluster":
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        opts = (f"-k {self.base} -c listen_addresses='' -p {self.port} -c fsync=off "
                "-c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.base / "log"), "-w", "start")
        return self

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@/{db}?host={self.base}&port={self.port}"


@pytest.fixture(scope="session")
def intake_pg():
    try:
        cluster = _Cluster()
    except FileNotFoundError as exc:
        pytest.skip(f"PostgreSQL tests need the server binaries: {exc}")
    cluster.start()
    yield cluster
    cluster.stop()


class Server:
    """``inspector-desk-hq serve`` in a subprocess; kill() is SIGKILL."""

    def __init__(self, home: Path, db: str | None, port: int, *extra: str) -> None:
        self.home, self.db, self.port, self.extra = home, db, port, extra
        self.proc: subprocess.Popen | None = None
        self.pw = home / "passphrase.txt"
        self.pw.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")

    def start(self) -> "Server":
        args = [sys.executable, "-c", "import sys; from inspector_desk.hq.cli import main; sys.exit(main())",
                "--home", str(self.home), "--passphrase-file", str(self.pw)]
        if self.db:
            args += ["--db", self.db]
        args += ["serve", "--host", "127.0.0.1", "--port", str(self.port), *self.extra]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.log = open(self.home / f"serve-{self.port}.log", "ab")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited: {(self.home / f'serve-{self.port}.log').read_text()}")
            try:
                if self.health()[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("serve did not answer /health")

    def health(self) -> tuple[int, dict]:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        c = http.client.HTTPSConnection("127.0.0.1", self.port, context=ctx, timeout=10)
        try:
            c.request("GET", "/health")
            r = c.getresponse()
            return r.status, json.loads(r.read() or b"{}")
        finally:
            c.close()

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if getattr(self, "log", None):
            self.log.close()


@dataclass
class Site:
    """Headquarters for a test: folder, database URL (None: SQLite), keys, an in-process
    repository (to enrol devices and to read the outcome) and its running service."""

    home: Path
    db: str | None
    keys: hq_keys.HqKeys
    repo: Repository
    server: Server
    port: int

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def enrol(self, session, prefix: str):
        req = sync.enrolment_request(session, self.home)
        _row, data = devices.approve(self.repo, self.keys, req.read_bytes(), case_prefix=prefix,
                                     at="2026-11-20T10:00:00+05:00", actor="test",
                                     intake=tls.enrolment_intake(self.home))
        path = self.home / f"{prefix}.idenrol"
        path.write_bytes(data)
        return sync.import_enrolment(session, path, expect_hq_key_id=self.keys.public.signing_key_id)

    def dump(self) -> list:
        return list(self.repo.dump())


def make_home(base: Path, keys_dir: Path, port: int) -> Path:
    base.mkdir(parents=True)
    for f in (hq_keys.PUBLIC, hq_keys.SECRET, hq_keys.RECOVERY):
        shutil.copy(keys_dir / f, base / f)
    tls.init_tls(base, f"https://127.0.0.1:{port}")
    return base


@pytest.fixture
def make_site(request, tmp_path, fast_keys_dir, unlocked_hq):
    made: list[Site] = []

    def make(backend: str = "sqlite", *extra: str, start: bool = True) -> Site:
        port = free_port()
        home = make_home(tmp_path / f"hq{len(made)}", fast_keys_dir, port)
        url = request.getfixturevalue("intake_pg").new_database() if backend == "postgresql" else None
        repo = Repository(open_backend(url, home, unlocked_hq.db_key))
        server = Server(home, url, port, *extra)
        site = Site(home, url, unlocked_hq, repo, server, port)
        made.append(site)
        if start:
            server.start()
        return site

    yield make
    for s in made:
        s.server.stop()
        s.repo.close()
        if s.db:
            request.getfixturevalue("intake_pg").drop_database(s.db)


@pytest.fixture(params=["sqlite", "postgresql"])
def site(request, make_site):
    return make_site(request.param)
