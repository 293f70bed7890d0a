"""The intake's work over the headquarters database and folder, without HTTP.

Uploads land in ``HOME/intake/spool/<device>/``: ``<seq>.part`` grows as bytes arrive (never
trusted), ``<seq>.json`` says which file it is meant to become (length and SHA-512, as the
device signed them in its request). When the last byte is there the whole file is hashed;
only the very bytes the device announced become ``<seq>.idb``, which the importer takes.

Imports are serialised: one at a time per headquarters (a lock file for the workers of
one machine, and for PostgreSQL also an advisory lock, for workers on several machines).
The worker that holds the lock imports every complete file of that device, lowest number
first, so a device's bundles are never imported twice or out of order, whichever worker or
process received them. Everything else (receiving, hashing, receipts) runs in parallel.

The importer is ``hq/importer.py`` as it is: the same checks, the same quarantine, the same
database outcome as a folder import. The receipt is ``hq/receipts.py``'s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import queue
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from inspector_desk.core.errors import StorageFull
from inspector_desk.hq.backends import PostgresBackend, open_backend
from inspector_desk.hq.importer import DEFAULT_MAX_BUNDLE, AlreadyImported, Importer, quarantined
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.receipts import receipt_body
from inspector_desk.hq.repo import DeviceRow, Repository
from inspector_desk.paths import open_private, private_dir
from inspector_desk.sync.errors import BundleRejected
from inspector_desk.sync.receipt import make_receipt

try:
    import fcntl
except ImportError:  # Windows: one process; the threads share a lock below
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("inspector_desk.hq.intake")

SPOOL = "spool"
IMPORT_LOCK = "import.lock"
IMPORT_LOG = "imported.log"
ADVISORY_KEY = 0x1DE5_17A4E   # pg_advisory_lock key of the intake's import
STALE_PART = 3600             # seconds: an upload without progress no longer holds later bundles back
DEVICE_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA512_RE = re.compile(r"^[0-9a-f]{128}$")


class OffsetMismatch(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(f"headquarters holds {offset} bytes of this bundle")
        self.offset = offset


class UploadBusy(Exception):
    """Another request is writing this very bundle right now."""


class DigestMismatch(Exception):
    """The bytes received are not the file the device announced (the partial is dropped)."""


@dataclass
class Outcome:
    state: str                      # stored | already_stored | refused | waiting | conflict
    seq: int
    error: BundleRejected | None = None
    notes: list[str] = field(default_factory=list)


_THREAD_LOCK = threading.Lock()      # where flock does not exist


class Intake:
    """The intake over one headquarters (folder + database). Thread-safe: each thread
    borrows a repository (its own database connection) from a small pool."""

    def __init__(self, home: Path, db: str | None, keys: HqKeys, *, max_bundle: int = DEFAULT_MAX_BUNDLE,
                 now: Any = None) -> None:
        self.home, self.db, self.keys, self.max_bundle = Path(home), db, keys, max_bundle
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        self.root = self.home / "intake"
        self.spool = self.root / SPOOL
        private_dir(self.spool)
        self._pool: "queue.LifoQueue[Repository]" = queue.LifoQueue()
        self._all: list[Repository] = []
        self._outcomes: dict[tuple[str, int], Outcome] = {}
        self._mutex = threading.Lock()
        with self.repo():  # the schema is made or upgraded once, here, not by every worker
            pass

    # --- the database ------------------------------------------------------------------------

    @contextlib.contextmanager
    def repo(self) -> Iterator[Repository]:
        try:
            r = self._pool.get_nowait()
        except queue.Empty:
            r = Repository(open_backend(self.db, self.home, self.keys.db_key))
            with self._mutex:
                self._all.append(r)
        try:
            yield r
        except BaseException:
            # A connection in an unknown state (a failed transaction) is not lent again.
            with self._mutex:
                self._all.remove(r)
            with contextlib.suppress(Exception):
                r.close()
            raise
        self._pool.put(r)

    def close(self) -> None:
        with self._mutex:
            repos, self._all = self._all, []
        for r in repos:
            with contextlib.suppress(Exception):
                r.close()

    def device(self, device_id: str) -> DeviceRow | None:
        with self.repo() as r:
            return r.device(device_id)

    def health(self) -> dict[str, Any]:
        with self.repo() as r:
            r.db.query("SELECT 1")
        return {"db": "ok"}

    # --- where an upload stands ----------------------------------------------------------------

    def _paths(self, device_id: str, seq: int) -> tuple[Path, Path, Path]:
        d = self.spool / device_id
        return d / f"{seq:012d}.part", d / f"{seq:012d}.json", d / f"{seq:012d}.idb"

    @staticmethod
    def _meta(path: Path) -> dict[str, Any]:
        try:
            m = json.loads(path.read_text(encoding="utf-8"))
            return m if isinstance(m, dict) else {}
        except (OSError, ValueError):
            return {}

    def state(self, device_id: str, seq: int, sha512: str) -> tuple[str, int]:
        """``stored`` (these bytes are imported), ``conflict`` (other bytes are, under this
        number), ``partial`` with the bytes held, or ``none``."""
        with self.repo() as r:
            b = r.bundle_at(device_id, seq)
        if b is not None:
            return ("stored", b.size) if b.sha512 == sha512 else ("conflict", 0)
        part, meta, done = self._paths(device_id, seq)
        m = self._meta(meta)
        if m.get("sha512") != sha512:
            return "none", 0
        if done.exists():
            return "partial", int(m.get("length", 0))
        try:
            return "partial", part.stat().st_size
        except FileNotFoundError:
            return "none", 0

    @contextlib.contextmanager
    def receiving(self, device_id: str, seq: int, sha512: str, length: int,
                  offset: int) -> Iterator[Any]:
        """The open ``.part`` file positioned at ``offset``, for one request alone.
        Raises :class:`OffsetMismatch` when headquarters holds another number of bytes,
        :class:`UploadBusy` when another request writes this bundle now."""
        part, meta, done = self._paths(device_id, seq)
        private_dir(part.parent)
        m = self._meta(meta)
        same = m.get("sha512") == sha512 and m.get("length") == length
        if same and done.exists():
            if offset != length:
                raise OffsetMismatch(length)
            yield None
            return
        fd = os.open(part, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        f = os.fdopen(fd, "r+b", buffering=0)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise UploadBusy() from None
            if not same:
                # Another file (or none) was announced under this number: what was held is
                # unverified bytes of an upload that will never finish; start again.
                if offset != 0:
                    raise OffsetMismatch(0)
                f.truncate(0)
                _write_json(meta, {"sha512": sha512, "length": length, "device_id": device_id,
                                   "seq": seq, "started_at": self.now().isoformat()})
            held = os.fstat(f.fileno()).st_size
            if held != offset:
                raise OffsetMismatch(held)
            f.seek(offset)
            yield f
        finally:
            f.close()

    # --- a complete upload ----------------------------------------------------------------

    def complete(self, device_id: str, seq: int, sha512: str, length: int) -> Outcome:
        """The last byte has arrived: check the whole file against the hash the device
        announced, then import (this device's complete files, in order)."""
        part, meta, done = self._paths(device_id, seq)
        if not done.exists():
            h = hashlib.sha512()
            size = 0
            with open(part, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
                    size += len(chunk)
            if size != length or h.hexdigest() != sha512:
                part.unlink(missing_ok=True)
                meta.unlink(missing_ok=True)
                raise DigestMismatch()
            os.replace(part, done)
        self.import_pending(device_id)
        return self.outcome(device_id, seq, sha512)

    def import_pending(self, device_id: str) -> None:
        with self._import_lock():
            while self._import_pass(device_id):
                pass  # a predecessor became complete while this pass looked: look again

    def _import_pass(self, device_id: str) -> bool:
        """Import this device's complete files, lowest number first, under the import lock.
        True when a predecessor's upload completed after the files were listed (its
        ``.part`` became an ``.idb`` in between): nothing after it was imported; list again."""
        folder = self.spool / device_id
        files = sorted(folder.glob("*.idb"))
        if not files:
            return False
        with self.repo() as r:
            importer = Importer(r, self.keys, self.home, now=self.now, max_bundle=self.max_bundle)
            for f in files:
                seq = int(f.stem)
                meta = f.with_suffix(".json")
                prev = _prev_seq(f)
                if prev and self._arriving(device_id, prev):
                    # Its predecessor is still arriving (on another connection, or in
                    # another process): this one, and every later one, waits for it.
                    self._outcomes[(device_id, seq)] = Outcome("waiting", seq, notes=[str(prev)])
                    break
                before = self._paths(device_id, prev)[2] if prev else None
                if before is not None and before not in files and before.exists():
                    return True
                try:
                    res = importer.import_file(f)
                except BundleRejected as exc:  # quarantined by the importer, with its reason
                    self._outcomes[(device_id, seq)] = Outcome("refused", seq, exc)
                    self._log(device_id, seq, f"refused {exc.reason}")
                except StorageFull:
                    raise  # the file stays complete in the spool; tried again later
                else:
                    state = "already_stored" if isinstance(res, AlreadyImported) else "stored"
                    notes = [] if isinstance(res, AlreadyImported) else list(res.notes)
                    self._outcomes[(device_id, seq)] = Outcome(state, seq, None, notes)
                    self._log(device_id, seq, state)
                    f.unlink(missing_ok=True)
                meta.unlink(missing_ok=True)
        return False

    def _arriving(self, device_id: str, seq: int) -> bool:
        """A ``.part`` of this bundle that grew within ``STALE_PART`` seconds."""
        part, _meta, _done = self._paths(device_id, seq)
        try:
            return part.stat().st_mtime > self.now().timestamp() - STALE_PART
        except FileNotFoundError:
            return False

    @contextlib.contextmanager
    def _import_lock(self) -> Iterator[None]:
        private_dir(self.root)
        if fcntl is None:
            with _THREAD_LOCK:
                yield
            return
        fd = os.open(self.root / IMPORT_LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            with self._advisory():
                yield
        finally:
            os.close(fd)  # releases the flock

    @contextlib.contextmanager
    def _advisory(self) -> Iterator[None]:
        """PostgreSQL: workers on other machines import into the same database."""
        if not (self.db and self.db.startswith(("postgresql://", "postgres://"))):
            yield
            return
        with self.repo() as r:
            assert isinstance(r.db, PostgresBackend)
            r.db.execute("SELECT pg_advisory_lock(?)", (ADVISORY_KEY,))
            try:
                yield
            finally:
                r.db.execute("SELECT pg_advisory_unlock(?)", (ADVISORY_KEY,))

    def _log(self, device_id: str, seq: int, what: str) -> None:
        """One line per import decision (``HOME/intake/imported.log``), in import order."""
        line = f"{self.now().isoformat()} {device_id} {seq} {what}\n".encode("utf-8")
        fd = os.open(self.root / IMPORT_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def outcome(self, device_id: str, seq: int, sha512: str) -> Outcome:
        """What became of bundle ``seq``: from this process's import, else from the
        database and the quarantine (another worker imported or refused it)."""
        found = self._outcomes.pop((device_id, seq), None)
        if found is not None and found.state != "waiting":
            return found
        with self.repo() as r:
            b = r.bundle_at(device_id, seq)
        if b is not None:
            return Outcome("already_stored" if b.sha512 == sha512 else "conflict", seq)
        for q in reversed(quarantined(self.home, device_id)):
            if q.get("seq") == seq and (not q.get("sha512") or q.get("sha512") == sha512):
                reason = str(q.get("reason", "bundle_malformed"))
                try:
                    err = BundleRejected(reason, str(q.get("message") or ""))
                except ValueError:
                    err = BundleRejected("bundle_malformed", str(q.get("message") or ""))
                return Outcome("refused", seq, err)
        if self._paths(device_id, seq)[2].exists():
            return found or Outcome("waiting", seq)
        return Outcome("pending", seq)

    # --- what goes back to the device ---------------------------------------------------------

    def receipt(self, device_id: str) -> bytes:
        """A receipt signed by headquarters (hq/receipts.py), made now."""
        with self.repo() as r:
            body = receipt_body(r, self.keys, self.home, device_id, self.now().isoformat())
        return make_receipt(body, self.keys.signer)

    def packs(self, device_id: str) -> list[tuple[int, Path]]:
        """The update packs written for this device that are in ``HOME/outbox/updates``
        (signed by headquarters, encrypted to the device): nothing else is ever sent."""
        with self.repo() as r:
            rows = r.db.query("SELECT seq, file_name FROM updates WHERE device_id = ? ORDER BY seq",
                              (device_id,))
        folder = self.home / "outbox" / "updates"
        out = []
        for seq, name in rows:
            p = folder / str(name)
            if "/" not in str(name) and "\\" not in str(name) and p.is_file():
                out.append((int(seq), p))
        return out


def _prev_seq(path: Path) -> int:
    """The ``prev_seq`` of a complete bundle's clear header (0 when it cannot be read: the
    importer then says what is wrong with the file)."""
    from inspector_desk.sync.canonical import CanonicalError, parse_canonical

    try:
        with open(path, "rb") as f:
            head = f.read(8)
            n = int.from_bytes(head[4:8], "big")
            if head[:4] != b"IDB1" or not 2 <= n <= 65536:
                return 0
            header = parse_canonical(f.read(n))
        prev = header.get("prev_seq")
        return prev if isinstance(prev, int) and not isinstance(prev, bool) and prev > 0 else 0
    except (OSError, CanonicalError):
        return 0


def _write_json(path: Path, value: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = open_private(tmp)
    with os.fdopen(fd, "wb") as f:
        f.write(json.dumps(value, sort_keys=True).encode("utf-8"))
    os.replace(tmp, path)


__all__ = ["Intake", "Outcome", "OffsetMismatch", "UploadBusy", "DigestMismatch", "DEVICE_RE",
           "SHA512_RE"]
