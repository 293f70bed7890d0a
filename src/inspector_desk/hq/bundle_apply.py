"""Applying one decrypted bundle to the headquarters database (inside the importer's single
transaction): record versions in batches, judged by hq/authority.py (what the device may
change joins the history and the merge, the rest is held), the audit segment, attachments.

Memory stays bounded: records are applied 500 at a time, attachment bytes 1 MiB at a time.
Anything unexpected raises :class:`BundleRejected`; the importer rolls the transaction back.
"""

from __future__ import annotations

from typing import Any

from inspector_desk.core.audit import AuditEntry, entry_hash
from inspector_desk.core.kinds import KINDS
from inspector_desk.hq.authority import Authority, Entry, Sender
from inspector_desk.hq.bounds import check_content_bounds
from inspector_desk.hq.header import CONTENT, check_content
from inspector_desk.hq.repo import Repository
from inspector_desk.sync import schemas
from inspector_desk.sync.errors import BundleRejected
from inspector_desk.sync.payload import Lines, PayloadError
from inspector_desk.sync.records_codec import RecordFormatError, check_line

BATCH = 500
BLOB_CHUNK = 1 << 20
BINDING = ("bundle_id", "device_id", "device_key_id", "seq", "hq_key_id")
MANIFEST = BINDING + ("format", "type", "created_at", "changes", "audit", "counts", "attachments")
AUDIT_FIELDS = set(AuditEntry.__dataclass_fields__)


class BundleApplier:
    def __init__(self, repo: Repository, header: dict[str, Any], at: str) -> None:
        self.repo, self.header, self.at = repo, header, at
        self.device_id, self.bundle_id = header["device_id"], header["bundle_id"]
        self.batch: list[Entry] = []
        self.authority = Authority(repo, at)
        self.sender: Sender | None = None
        self.held = 0
        self.waiting = 0
        self.counts = {k.name: 0 for k in KINDS} | {"deleted": 0}
        self.attachments: dict[str, tuple[int, str]] = {}
        self.audit_rows: list[tuple] = []
        self.audit_last: AuditEntry | None = None
        self.audit_count = 0
        self.conflicts = 0
        self.notes: list[str] = []
        self.failure: BaseException | None = None
        self.member_sha: dict[str, str] = {}

    def fail(self, exc: BaseException) -> BaseException:
        """Remember the first refusal: it must survive being raised through the decryptor."""
        if self.failure is None:
            self.failure = exc
        return self.failure

    # --- manifest ----------------------------------------------------------------------------

    def on_manifest(self, manifest: dict[str, Any]) -> None:
        for key in MANIFEST:
            if key not in self.header and key in CONTENT:
                continue  # format 2: only in the manifest (taken below)
            if manifest.get(key) != self.header.get(key):
                reason = "bundle_signer_mismatch" if key in BINDING else "bundle_manifest_mismatch"
                raise self.fail(BundleRejected(reason, f"the manifest's {key} differs from the "
                                                       "signed header", field=key))
        if "counts" not in self.header:
            # Format 2: the content's figures are the manifest's (they are not in clear),
            # checked as a format-1 header's are, before any record is applied.
            check_content(manifest, lambda what: self.fail(BundleRejected(
                "bundle_malformed", f"manifest: {what}")))
            try:
                check_content_bounds(manifest)
            except BundleRejected as exc:
                raise self.fail(exc) from None
            self.header.update({k: manifest[k] for k in CONTENT})
        names = [m["name"] for m in manifest["members"]]
        self.member_sha = {m["name"]: m["sha256"] for m in manifest["members"]}
        if names[:2] != ["records.jsonl", "audit.jsonl"] or \
                len(names) - 2 != self.header["attachments"]["count"] or \
                not all(n.startswith("attachments/") for n in names[2:]):
            raise self.fail(BundleRejected("bundle_manifest_mismatch", "unexpected members"))

    def consumer_for(self, name: str):
        if name == "records.jsonl":
            return Lines(self._guard(self.record))
        if name == "audit.jsonl":
            return Lines(self._guard(self.audit))
        return _BlobWriter(self, name.split("/", 1)[1])

    def _guard(self, fn):
        def run(value: Any) -> None:
            try:
                fn(value)
            except BundleRejected as exc:
                raise self.fail(exc)
            except PayloadError as exc:
                raise self.fail(BundleRejected("bundle_content_invalid", str(exc)))
        return run

    # --- records -------------------------------------------------------------------------------

    def record(self, line: Any) -> None:
        try:
            schemas.validate_line(line)  # docs/schemas/: the published format, first
            kind, data, base = check_line(line)
        except schemas.SchemaError as exc:
            raise BundleRejected("bundle_content_invalid", f"records.jsonl: {exc}",
                                 schema=exc.schema, where=exc.where) from None
        except RecordFormatError as exc:
            raise BundleRejected("bundle_content_invalid", str(exc)) from None
        self.counts[kind] += 1
        self.counts["deleted"] += int(data["deleted"])
        sha = line["sha256"]
        if kind == "attachment" and not data["deleted"]:
            self.attachments[data["id"]] = (data["size"], data["sha256"])
        self.batch.append(Entry(kind, data, base, sha))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Judge the batch (hq/authority.py): what this device may change joins the history
        and the merge; the rest is held (or waits for its case)."""
        if not self.batch:
            return
        if self.sender is None:
            device = self.repo.device(self.device_id)
            assert device is not None  # the importer checked it before decrypting
            self.sender = Sender(device, self.bundle_id, self.header["seq"],
                                 self.header["changes"]["to"])
        out = self.authority.process(self.sender, self.batch)
        self.conflicts += out.conflicts
        self.held += out.held
        self.waiting += out.waiting
        self.batch.clear()

    # --- audit -------------------------------------------------------------------------------

    def audit(self, line: Any) -> None:
        try:
            schemas.validate_audit(line)  # docs/schemas/audit-entry.json
        except schemas.SchemaError as exc:
            raise BundleRejected("bundle_content_invalid", f"audit.jsonl: {exc}",
                                 schema=exc.schema, where=exc.where) from None
        if not isinstance(line, dict) or set(line) != AUDIT_FIELDS or \
                not all(isinstance(line[k], str) for k in AUDIT_FIELDS - {"seq"}) or \
                not isinstance(line["seq"], int):
            raise BundleRejected("bundle_content_invalid", "bad audit entry")
        e = AuditEntry(**line)
        a = self.header["audit"]
        expected_seq = (self.audit_last.seq + 1) if self.audit_last else a["from"] + 1
        if e.seq != expected_seq or e.seq > a["to"] or entry_hash(e) != e.hash or \
                e.device_id != self.device_id:
            raise BundleRejected("bundle_audit_invalid", f"audit entry {e.seq} is not valid")
        if self.audit_last and e.prev_hash != self.audit_last.hash:
            raise BundleRejected("bundle_audit_invalid", f"audit entry {e.seq} does not follow")
        if self.audit_last is None and e.seq > 1:
            known = self.repo.audit_hash(self.device_id, e.seq - 1)
            if known and e.prev_hash not in known:
                self.notes.append(f"audit log forks at entry {e.seq} (device restored from a backup?)")
        self.audit_last = e
        self.audit_count += 1
        self.audit_rows.append((self.device_id, e.seq, e.hash, e.at, e.actor, e.action, e.kind,
                                e.record_id, e.detail, e.prev_hash, self.bundle_id))
        if len(self.audit_rows) >= BATCH:
            self.repo.add_audit(self.audit_rows)
            self.audit_rows.clear()

    # --- end -----------------------------------------------------------------------------------

    def finish(self) -> None:
        self.flush()
        if self.held:
            self.notes.append(f"{self.held} change(s) held for review, not applied "
                              "(inspector-desk-hq held)")
        if self.waiting:
            self.notes.append(f"{self.waiting} change(s) wait for their case (not received yet)")
        if self.audit_rows:
            self.repo.add_audit(self.audit_rows)
            self.audit_rows.clear()
        if self.counts != self.header["counts"]:
            raise BundleRejected("bundle_manifest_mismatch", "record counts differ from the header")
        a = self.header["audit"]
        if self.audit_count != a["to"] - a["from"]:
            raise BundleRejected("bundle_audit_invalid", "audit entries are missing")
        if self.audit_last and a["to"] == a["head_seq"] and self.audit_last.hash != a["head_hash"]:
            raise BundleRejected("bundle_audit_invalid", "the audit log does not end at its head")


class _BlobWriter:
    def __init__(self, job: BundleApplier, attachment_id: str) -> None:
        self.job = job
        meta = job.attachments.get(attachment_id)
        if meta is None or job.member_sha.get(f"attachments/{attachment_id}") != meta[1]:
            raise job.fail(BundleRejected("bundle_manifest_mismatch",
                                          "attachment bytes without their record"))
        self.size, self.sha = meta
        self.store = not job.repo.has_blob(self.sha)
        self.buf, self.n, self.seen = bytearray(), 0, 0

    def data(self, chunk: bytes) -> None:
        self.seen += len(chunk)
        if self.store:
            self.buf += chunk
            while len(self.buf) >= BLOB_CHUNK:
                self.job.repo.put_blob_chunk(self.sha, self.n, bytes(self.buf[:BLOB_CHUNK]))
                del self.buf[:BLOB_CHUNK]
                self.n += 1

    def end(self) -> None:
        if self.seen != self.size:
            raise self.job.fail(BundleRejected("bundle_manifest_mismatch", "attachment size differs"))
        if self.store:
            if self.buf:
                self.job.repo.put_blob_chunk(self.sha, self.n, bytes(self.buf))
            self.job.repo.put_blob(self.sha, self.size)


__all__ = ["BundleApplier"]
