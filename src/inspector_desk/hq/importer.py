"""``inspector-desk-hq import``: bundles from USB sticks or a network share into the database.

For each file, in this order (docs/bundle-format.md, "Import"):

0. only a regular file is read (``lstat``; opened without following links or blocking): a
   FIFO, device, socket, folder or symbolic link is skipped with ``bundle_not_a_file``;
1. size cap; magic and header (canonical JSON, strict schema);
2. the device: enrolled, not revoked, its key id (a key revoked by ``enrol approve
   --replace-key`` has its own reason); the headquarters import key id;
3. a private copy is made while hashing (what is verified is what gets decrypted), then
   the trailer and the Ed25519 signature are checked, *before any decryption*;
4. the same file imported before (same device, number and file hash) is reported as
   :class:`AlreadyImported`, not refused; the same number or bundle id with other content
   is refused;
5. the documented limits (hq/bounds.py): numbers, counts, sizes, how far ahead the number is;
6. the age header: at most two X25519 recipients (import, escrow) plus grease stanzas;
7. one transaction: stream-decrypt (at most the header's ``plaintext_size``), check the
   archive against its manifest and the manifest against the signed header (defeats
   re-signing by another device), apply records (merge), audit segment and attachments,
   record the bundle; commit only if everything held.

A refused file is moved to ``<home>/quarantine/`` with ``.reason.txt`` (and ``.reason.json``
for receipts); the database is left exactly as it was. Only a refusal of a file whose
signature was verified with its device's key is marked ``verified`` and reaches that
device's receipt: an unsigned header can name any device.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from inspector_desk.core.errors import StorageFull, is_disk_full
from inspector_desk.hq import devices as hq_devices
from inspector_desk.hq.bounds import check_header_bounds, check_seq_ahead, out_of_bounds
from inspector_desk.hq.bundle_apply import BundleApplier
from inspector_desk.hq.header import check_header
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import BundleRow, Repository
from inspector_desk.paths import make_private, private_dir, write_private
from inspector_desk.sync.agestream import check_age_header, decrypt_stream
from inspector_desk.sync.canonical import canonical, unb64
from inspector_desk.sync.envelope import EnvelopeError, Opened, open_envelope
from inspector_desk.sync.errors import BundleRejected
from inspector_desk.sync.limits import MAX_FILE, MAX_PLAINTEXT
from inspector_desk.sync.payload import ManifestReader, PayloadError

DEFAULT_MAX_BUNDLE = MAX_FILE
QUARANTINE = "quarantine"
INCOMING = "incoming"
STALE_INCOMING_SECONDS = 3600


@dataclass
class ImportResult:
    path: Path
    bundle_id: str
    device_id: str
    seq: int
    records: int
    attachments: int
    conflicts: int
    notes: list[str] = field(default_factory=list)


@dataclass
class Rejection:
    path: Path
    error: BundleRejected
    quarantined: Path | None       # None: left where it was (not a regular file)
    verified: bool = False         # signed by the device it names: reported in its receipt
    device_id: str | None = None   # that device, when verified


@dataclass
class AlreadyImported:
    """The very same file was imported before (same device, number and file hash): nothing
    to do, nothing refused, the file is left where it is."""

    path: Path
    bundle_id: str
    device_id: str
    seq: int
    imported_at: str


class _Attempt:
    """What one import attempt has established so far (for the quarantine record)."""

    def __init__(self) -> None:
        self.header: dict = {}
        self.verified = False
        self.sha512 = ""  # of the whole file, once its signature is verified


_KINDS = ((stat.S_ISLNK, "symbolic link"), (stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"),
          (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
          (stat.S_ISDIR, "folder"))


def _not_a_file(mode: int | None) -> BundleRejected:
    what = next((name for test, name in _KINDS if mode is not None and test(mode)), "special file")
    return BundleRejected("bundle_not_a_file", f"not a regular file ({what}): skipped, not read",
                          kind=what)


class Importer:
    def __init__(self, repo: Repository, keys: HqKeys, home: Path, now=None,
                 max_bundle: int = DEFAULT_MAX_BUNDLE) -> None:
        self.repo, self.keys, self.home = repo, keys, Path(home)
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        self.max_bundle = max_bundle

    def import_paths(self, paths: list[Path]) -> list[ImportResult | AlreadyImported | Rejection]:
        """Every ``*.idb`` file given or inside the folders given, oldest number first."""
        files: list[Path] = []
        for p in map(Path, paths):
            files.extend(sorted(p.glob("*.idb")) if p.is_dir() else [p])
        self._sweep_incoming()
        out: list[ImportResult | AlreadyImported | Rejection] = []
        for f in files:
            try:
                out.append(self.import_file(f))
            except BundleRejected as exc:
                verified = getattr(exc, "verified", False)
                out.append(Rejection(f, exc, getattr(exc, "quarantined", None), verified,
                                     getattr(exc, "device_id", None) if verified else None))
        return out

    def import_file(self, path: Path) -> ImportResult | AlreadyImported:
        path = Path(path)
        try:
            mode: int | None = os.lstat(path).st_mode
        except OSError:
            mode = None  # missing or unreadable: said below, when it is opened
        if mode is not None and not stat.S_ISREG(mode):
            exc = _not_a_file(mode)
            exc.quarantined, exc.verified = None, False  # type: ignore[attr-defined]
            raise exc  # never read, never moved: a FIFO would block, a link points elsewhere
        incoming = self.home / INCOMING
        private_dir(incoming)
        copy = incoming / f"{uuid.uuid4()}.idb"
        attempt = _Attempt()
        try:
            try:
                opened = open_envelope(path, copy, b"IDB1", self.max_bundle,
                                       on_header=lambda h: (attempt.header.update(h), self._early(h)))
            except EnvelopeError as exc:
                if exc.reason == "not_a_file":  # swapped for a FIFO or a link meanwhile
                    raise _not_a_file(None) from None
                reason = {"too_large": "bundle_too_large", "header": "bundle_header_invalid",
                          "trailer": "bundle_trailer_invalid"}.get(exc.reason, "bundle_malformed")
                raise BundleRejected(reason, str(exc)) from None
            except OSError as exc:
                if is_disk_full(exc):
                    # Headquarters' own disk is full (the private copy): the bundle is fine,
                    # so it is not quarantined; it stays where it is for the next attempt.
                    raise StorageFull("the headquarters disk is full: the bundle was not "
                                      "imported and was left in place; free some space and "
                                      "import it again", file=path.name) from None
                raise BundleRejected("bundle_malformed", f"the file cannot be read: {exc.strerror}") from None
            return self._verified(path, opened, attempt)
        except BundleRejected as exc:
            exc.verified = attempt.verified  # type: ignore[attr-defined]
            exc.device_id = attempt.header.get("device_id") if attempt.verified else None  # type: ignore[attr-defined]
            exc.quarantined = (None if exc.reason == "bundle_not_a_file" else  # type: ignore[attr-defined]
                               self._quarantine(path, exc, attempt))
            raise
        finally:
            copy.unlink(missing_ok=True)

    def _sweep_incoming(self, older_than: float = STALE_INCOMING_SECONDS) -> None:
        """Remove the working copies of imports that were killed half-way (still encrypted;
        only disk space). Recent ones may belong to an import running in another process."""
        folder = self.home / INCOMING
        if not folder.is_dir():
            return
        cutoff = self.now().timestamp() - older_than
        for f in folder.glob("*.idb"):
            try:
                if f.stat().st_mtime < cutoff:
                    f.unlink()
            except OSError:
                pass

    # --- checks ------------------------------------------------------------------------------

    def _early(self, header: dict) -> dict:
        """Checks that need only the header (before the rest of the file is copied)."""
        check_header(header)
        device = self.repo.device(header["device_id"])
        if device is None:
            raise BundleRejected("device_unknown", device_id=header["device_id"])
        if device.status != "approved":
            raise BundleRejected("device_revoked", device_id=device.device_id)
        if header["device_key_id"] != device.key_id:
            revoked = hq_devices.revoked_key(self.repo, device.device_id, header["device_key_id"])
            if revoked is not None:
                raise BundleRejected("device_key_revoked", device_id=device.device_id,
                                     revoked_at=revoked.get("at", ""))
            raise BundleRejected("bundle_signature_invalid", "signed with another key than the enrolled one")
        if header["hq_key_id"] != self.keys.public.import_key_id:
            raise BundleRejected("bundle_wrong_hq_key", hq_key_id=header["hq_key_id"])
        return header

    def _verified(self, path: Path, opened: Opened, attempt: _Attempt) -> ImportResult | AlreadyImported:
        h = opened.header
        device = self.repo.device(h["device_id"])
        assert device is not None
        if not opened.signed_by(unb64(device.signing_key)):
            raise BundleRejected("bundle_signature_invalid", device_id=device.device_id, seq=h["seq"])
        attempt.verified, attempt.sha512 = True, opened.sha512  # from here on: the device's own word
        for seen in (self.repo.bundle(h["bundle_id"]), self.repo.bundle_at(h["device_id"], h["seq"])):
            if seen is not None:
                if seen.sha512 == opened.sha512:
                    return AlreadyImported(path, seen.bundle_id, seen.device_id, seen.seq, seen.imported_at)
                raise BundleRejected("bundle_seq_reused", device_id=device.device_id, seq=h["seq"],
                                     imported_at=seen.imported_at)
        check_header_bounds(h)
        check_seq_ahead(self.repo, h)
        with opened.payload() as payload:
            head = payload.read(16 * 1024)
        try:
            stanzas = check_age_header(head)
        except ValueError as exc:
            raise BundleRejected("bundle_malformed", f"age header: {exc}") from None
        if not 1 <= stanzas.count("X25519") <= 2:
            raise BundleRejected("bundle_malformed", "unexpected age recipients")
        return self._apply(path, opened)

    def _apply(self, path: Path, opened: Opened) -> ImportResult:
        h, at = opened.header, self.now().isoformat()
        job = BundleApplier(self.repo, h, at)
        reader = ManifestReader(job.on_manifest, job.consumer_for)
        limit = min(h["plaintext_size"], MAX_PLAINTEXT)  # the header promises "≥ the real size"
        fed = 0

        def feed(chunk: bytes) -> None:
            nonlocal fed
            fed += len(chunk)
            if fed > limit:
                raise PayloadError("bounds", f"the archive is larger than its header's "
                                             f"plaintext_size ({h['plaintext_size']})")
            reader.feed(chunk)

        with self.repo.transaction():
            try:
                with opened.payload() as payload:
                    decrypt_stream(payload, [self.keys.import_identity], feed)  # type: ignore[arg-type]
                reader.close()
                job.finish()
            except BundleRejected as exc:
                raise job.failure or exc
            except PayloadError as exc:
                if exc.kind == "bounds":
                    raise job.failure or out_of_bounds("plaintext", detail=str(exc)) from None
                raise job.failure or BundleRejected(
                    {"malformed": "bundle_malformed", "manifest": "bundle_manifest_mismatch"}
                    .get(exc.kind, "bundle_content_invalid"), str(exc)) from None
            except pyrage.DecryptError:
                raise job.failure or BundleRejected("bundle_decrypt_failed") from None
            except Exception:
                if job.failure:
                    raise job.failure from None
                raise
            self.repo.add_bundle(BundleRow(
                h["bundle_id"], h["device_id"], h["seq"], opened.sha512, h["prev_seq"], h["prev_hash"],
                h["changes"]["from"], h["changes"]["to"], h["audit"]["from"], h["audit"]["to"],
                h["volume"]["index"], h["volume"]["count"], sum(job.counts.values()) - job.counts["deleted"],
                len(job.attachments), opened.size, h["created_at"], at,
                canonical(h).decode("utf-8")))
        notes = job.notes + self._neighbours(h)
        return ImportResult(path, h["bundle_id"], h["device_id"], h["seq"],
                            sum(job.counts[k] for k in job.counts if k != "deleted"),
                            len(job.attachments), job.conflicts, notes)

    def _neighbours(self, h: dict) -> list[str]:
        """What this bundle says about the one before it (the full picture: hq/gaps.py)."""
        if not h["prev_seq"]:
            return []
        prev = self.repo.bundle_at(h["device_id"], h["prev_seq"])
        notes = []
        if prev is None:
            notes.append(f"the previous bundle ({h['prev_seq']}) has not arrived yet")
        elif prev.sha512 != h["prev_hash"]:
            notes.append(f"does not follow bundle {h['prev_seq']} received before (device restored?)")
        if h["seq"] - h["prev_seq"] > 1:
            notes.append(f"numbers {h['prev_seq'] + 1}-{h['seq'] - 1} were never written (cancelled exports)")
        return notes

    # --- quarantine ------------------------------------------------------------------------------

    def _quarantine(self, path: Path, exc: BundleRejected, attempt: _Attempt) -> Path | None:
        folder = self.home / QUARANTINE
        private_dir(folder)
        # Names sort in the order of refusal (quarantined() lists them so): the second, then
        # a nanosecond counter, since a folder of bad files is refused many per second.
        stamp = self.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stamp}-{time.monotonic_ns():020d}-{uuid.uuid4().hex[:6]}-{path.name}"
        header = attempt.header
        info = {"file": path.name, "reason": exc.reason, "message": str(exc), "at": self.now().isoformat(),
                "device_id": header.get("device_id"), "seq": header.get("seq"),
                "bundle_id": header.get("bundle_id"),
                # True only when the device's own key signed this file: only then is the
                # refusal reported in that device's receipt (hq/receipts.py).
                "verified": attempt.verified, "sha512": attempt.sha512}
        try:
            try:
                os.replace(path, target)
            except OSError:
                shutil.copyfile(path, target)
                try:
                    path.unlink()
                except OSError:
                    info["note"] = "the original could not be removed from where it was"
            make_private(target)  # moved in with the mode it had on the stick
        except OSError:
            target = folder / f"{stamp}-{uuid.uuid4().hex[:6]}-{path.name}.missing"
            info["note"] = "the file could not be copied"
        text = (f"{exc.reason}\n{exc}\nfile: {path}\nat: {info['at']}\n"
                f"device: {info['device_id'] or '-'}  seq: {info['seq'] or '-'}\n")
        try:
            write_private(Path(f"{target}.reason.txt"), text.encode("utf-8"))
            write_private(Path(f"{target}.reason.json"),
                          json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8"))
        except OSError:  # a full disk: the refusal itself still reaches the operator
            pass
        return target


def quarantined(home: Path, device_id: str | None = None, verified_only: bool = False) -> list[dict]:
    """The refusals recorded in the quarantine folder (newest last). ``verified_only``:
    only those of files whose signature was verified with the device's key (a header
    without a valid signature can name any device)."""
    out = []
    for f in sorted((Path(home) / QUARANTINE).glob("*.reason.json")):
        try:
            info = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(info, dict):
            continue
        if verified_only and info.get("verified") is not True:
            continue
        if device_id is None or info.get("device_id") == device_id:
            out.append(info)
    return out
