"""Export: everything headquarters has not acknowledged, as one or more signed bundles.

A bundle carries the records changed since the last *acknowledged* change-log position (so
exporting again before a receipt sends the same records again, plus anything newer), the
audit-log entries since the last acknowledged one, and the bytes of changed attachments.
Each record appears once, at its current version; deleted records travel as tombstones.

Steps (docs/bundle-format.md):

1. plan, in a read snapshot: the change-log range and its split into volumes of at most
   ``volume_bytes`` (a record goes in the volume that holds its last change);
2. reserve the bundle numbers in a committed transaction;
3. per volume, in a read snapshot: a first pass measures and hashes ``records.jsonl`` and
   ``audit.jsonl`` (the manifest comes first in the archive and names them); the second
   pass streams the archive through age into ``<name>.idb.partial``, then rename;
4. mark the number written (with the file's hash, the next bundle's ``prev_hash``).

Memory stays bounded: records are read one at a time, attachments in 1 MiB pieces, and at
most a few pieces wait for the encryptor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pyrage

from inspector_desk.core.audit import AuditEntry
from inspector_desk.core.errors import StorageFull, is_disk_full
from inspector_desk.core.records import RECORD_TYPES, Attachment
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.paths import private_dir
from inspector_desk.storage.store import VaultStore
from inspector_desk.sync import tarstream
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.envelope import Written, write_envelope
from inspector_desk.sync.outbox import Outbox
from inspector_desk.sync.records_codec import record_line

BUNDLE_FORMAT = 2
"""Format 2 (issue 14, item 7): the figures of an inspector's work (``CONTENT_FIELDS``) travel
only in the encrypted manifest; the clear header keeps what headquarters needs before it
decrypts (docs/bundle-format.md, "Bundle header"). Headquarters still reads format 1."""
CONTENT_FIELDS = ("changes", "audit", "counts", "attachments", "forms")
DEFAULT_VOLUME_BYTES = 1_900_000_000  # under 2 GiB: FAT32 sticks take files below 4 GiB
# What an export keeps between measuring a volume and writing it, so that the usual bundle
# (a day's or a week's work) reads and serialises each record once; a first export of a
# whole vault stays flat in memory and does both passes instead.
KEPT_LINES_BYTES = 64 * 1024 * 1024
KEPT_ROWS = 200_000


@dataclass(frozen=True)
class BundleInfo:
    seq: int
    bundle_id: str
    path: Path
    size: int
    sha512: str
    records: int
    attachments: int
    volume: int
    volumes: int


@dataclass
class _Volume:
    change_from: int
    change_to: int
    audit_from: int
    audit_to: int
    estimate: int = 0
    seq: int = 0
    bundle_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    # (kind, record id) of the records it carries, as planned; None when the export is too
    # large to keep them (then each pass asks the change log again).
    rows: list[tuple[str, str]] | None = field(default_factory=list)


@dataclass
class _Measured:
    records_size: int = 0
    records_sha: str = ""
    audit_size: int = 0
    audit_sha: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    forms_used: dict[str, int] = field(default_factory=dict)
    attachments: list[tuple[str, int, str]] = field(default_factory=list)  # id, size, sha256
    # records.jsonl as measured, written from here (each record read and serialised once);
    # None past KEPT_LINES_BYTES: then read and serialised again to be written.
    lines: list[bytes] | None = field(default_factory=list)


@dataclass
class ExportContext:
    store: VaultStore
    signer: SigningKey
    device_id: str
    now: Callable[[], dt.datetime]
    forms_known: dict[str, list[int]]
    app_version: str
    schema_version: int
    actor: str


class ExportJob:
    """Iterate it for (done, total) progress in plaintext bytes; ``result`` holds the
    bundles written once iteration ends. Stop iterating (``close()``) to cancel: the
    partial file is removed and the reserved number stays burned."""

    def __init__(self, ctx: ExportContext, dest_dir: Path,
                 volume_bytes: int = DEFAULT_VOLUME_BYTES) -> None:
        self.ctx = ctx
        self.dest_dir = Path(dest_dir)
        self.volume_bytes = volume_bytes
        self.result: list[BundleInfo] = []
        self._after = 0

    def __iter__(self) -> Iterator[tuple[int, int]]:
        ctx, out = self.ctx, Outbox(self.ctx.store)
        enrol = out.require_enrolment()
        private_dir(self.dest_dir, tighten=False)  # the person's folder: made 0700 if new
        for stale in self.dest_dir.glob(f"idesk-{ctx.device_id[:8]}-*.idb.partial"):
            stale.unlink(missing_ok=True)  # an export killed half-way; its number stays burned
        with ctx.store.read_snapshot():
            volumes, final_to = self._plan(out)
        at = ctx.now().isoformat()
        with ctx.store.transaction():
            for i, v in enumerate(volumes, 1):
                v.seq = out.reserve(v.bundle_id, at, i, len(volumes))
        recipients = [pyrage.x25519.Recipient.from_str(enrol.hq.import_recipient)]
        if enrol.hq.recovery_recipient:
            recipients.append(pyrage.x25519.Recipient.from_str(enrol.hq.recovery_recipient))
        total = sum(v.estimate for v in volumes)
        done = 0
        for i, v in enumerate(volumes, 1):
            with ctx.store.read_snapshot():
                m = self._measure(out, v, final_to)
                plain = _archive_size(m)
                total += plain - v.estimate
                prev_seq, prev_hash = out.last_written()
                header = self._header(v, i, len(volumes), m, plain, prev_seq, prev_hash, enrol)
                name = f"idesk-{ctx.device_id[:8]}-{v.seq:06d}.idb"
                writer = write_envelope(self.dest_dir / name, b"IDB1", clear_header(header),
                                        self._archive(out, v, final_to, m, header), recipients,
                                        ctx.signer)
                try:
                    written = yield from _progress(writer, done, total)
                except OSError as exc:
                    if is_disk_full(exc):
                        raise StorageFull("the destination is full: nothing was written there; "
                                          "free some space or use another stick", seq=v.seq) from None
                    raise
            done += plain
            try:
                with ctx.store.transaction():
                    out.mark_written(v.seq, change_from=v.change_from, change_to=v.change_to,
                                     audit_from=v.audit_from, audit_to=v.audit_to,
                                     records=_records_in(m), attachments=len(m.attachments),
                                     size=written.size, sha512=written.sha512, file_name=name,
                                     at=ctx.now().isoformat())
                    ctx.store.append_audit(ctx.actor, ctx.device_id, "export", "bundle",
                                           v.bundle_id, f"seq {v.seq}")
            except BaseException:
                # The vault could not record it (e.g. its own disk is full): a bundle the
                # device does not know it wrote must not travel. Its number stays burned.
                written.path.unlink(missing_ok=True)
                raise
            self.result.append(BundleInfo(v.seq, v.bundle_id, written.path, written.size,
                                          written.sha512, _records_in(m),
                                          len(m.attachments), i, len(volumes)))
            yield done, total

    # --- planning ------------------------------------------------------------------------

    def _plan(self, out: Outbox) -> tuple[list[_Volume], int]:
        after, final_to = out.acked_change, out.max_change()
        self._after = after
        cur_last = after
        audit_from, (audit_to, _) = out.acked_audit, out.audit_head()
        audit_to = max(audit_to, audit_from)
        volumes = [_Volume(after, final_to, audit_to, audit_to)]
        kept = 0
        for kind, rid, last, estimate in out.changed(after, final_to):
            cur = volumes[-1]
            if cur.estimate and cur.estimate + estimate > self.volume_bytes:
                cur.change_to = cur_last
                volumes.append(_Volume(cur_last, final_to, audit_to, audit_to,
                                       rows=None if kept > KEPT_ROWS else []))
                cur = volumes[-1]
            cur.estimate += estimate
            cur_last = last
            if cur.rows is not None:
                kept += 1
                if kept > KEPT_ROWS:
                    for v in volumes:
                        v.rows = None
                else:
                    cur.rows.append((kind, rid))
        volumes[-1].audit_from = audit_from  # the audit segment travels in the last volume
        for v in volumes:
            v.estimate += 4096 * max(0, v.audit_to - v.audit_from) + 64 * 1024
        return volumes, final_to

    def _records(self, out: Outbox, v: _Volume, final_to: int) -> Iterator[tuple[Any, bytes]]:
        """(record, its line in records.jsonl) of every record the volume carries."""
        bases = out.bases()
        rows: Iterator[tuple[str, str]]
        if v.rows is not None:  # as planned: the change log is not asked again
            rows = iter(v.rows)
        else:
            rows = ((kind, rid) for kind, rid, _last, _est in
                    out.changed(self._after, final_to, v.change_from, v.change_to))
        while True:
            batch = list(itertools.islice(rows, 500))
            if not batch:
                return
            for record in out.records(batch):
                yield record, record_line(record, bases.get(record.id))

    def _audit(self, out: Outbox, v: _Volume) -> Iterator[bytes]:
        for row in out.audit_entries(v.audit_from, v.audit_to):
            yield canonical(AuditEntry(*row).__dict__) + b"\n"

    def _measure(self, out: Outbox, v: _Volume, final_to: int) -> _Measured:
        m = _Measured(counts={k: 0 for k in RECORD_TYPES} | {"deleted": 0})
        h = hashlib.sha256()
        for record, line in self._records(out, v, final_to):
            h.update(line)
            m.records_size += len(line)
            if m.lines is not None:
                m.lines.append(line)
                if m.records_size > KEPT_LINES_BYTES:
                    m.lines = None
            m.counts[record.KIND] += 1
            if record.deleted:
                m.counts["deleted"] += 1
            form_id = getattr(record, "form_id", None)
            if form_id:
                key = f"{form_id}.v{record.form_version}"
                m.forms_used[key] = m.forms_used.get(key, 0) + 1
            if isinstance(record, Attachment) and not record.deleted:
                m.attachments.append((record.id, record.size, record.sha256))
        m.records_sha = h.hexdigest()
        h = hashlib.sha256()
        for line in self._audit(out, v):
            h.update(line)
            m.audit_size += len(line)
        m.audit_sha = h.hexdigest()
        return m

    # --- writing -------------------------------------------------------------------------

    def _header(self, v: _Volume, i: int, n: int, m: _Measured, plain: int, prev_seq: int,
                prev_hash: str, enrol) -> dict:
        """Everything the bundle states about itself; :func:`clear_header` is the part written
        in clear, the manifest repeats the binding fields and holds ``CONTENT_FIELDS``."""
        ctx = self.ctx
        head_seq, head_hash = Outbox(ctx.store).audit_head()
        return {
            "format": BUNDLE_FORMAT, "type": "bundle", "bundle_id": v.bundle_id,
            "device_id": ctx.device_id, "device_key_id": ctx.signer.key_id, "seq": v.seq,
            "prev_seq": prev_seq, "prev_hash": prev_hash, "hq_key_id": enrol.hq.import_key_id,
            "escrow_key_id": enrol.hq.recovery_key_id if enrol.hq.recovery_recipient else "",
            "created_at": ctx.now().isoformat(), "volume": {"index": i, "count": n},
            "changes": {"from": v.change_from, "to": v.change_to},
            "audit": {"from": v.audit_from, "to": v.audit_to, "head_seq": head_seq,
                      "head_hash": head_hash},
            "counts": m.counts,
            "attachments": {"count": len(m.attachments), "bytes": sum(a[1] for a in m.attachments)},
            "plaintext_size": plain, "schema_version": ctx.schema_version,
            "forms": {"known": {k: sorted(vs) for k, vs in ctx.forms_known.items()},
                      "used": m.forms_used},
            "app_version": ctx.app_version,
        }

    def _archive(self, out: Outbox, v: _Volume, final_to: int, m: _Measured,
                 header: dict) -> Iterator[bytes]:
        members = [{"name": "records.jsonl", "size": m.records_size, "sha256": m.records_sha},
                   {"name": "audit.jsonl", "size": m.audit_size, "sha256": m.audit_sha}]
        members += [{"name": f"attachments/{aid}", "size": size, "sha256": sha}
                    for aid, size, sha in m.attachments]
        manifest = canonical({k: header[k] for k in _MANIFEST_FIELDS} | {"members": members}) + b"\n"
        mtime = int(self.ctx.now().timestamp())
        yield from tarstream.write_member("manifest.json", len(manifest), mtime, [manifest])
        lines = iter(m.lines) if m.lines is not None else (
            line for _record, line in self._records(out, v, final_to))
        yield from tarstream.write_member("records.jsonl", m.records_size, mtime, _batched(lines))
        m.lines = None
        yield from tarstream.write_member("audit.jsonl", m.audit_size, mtime,
                                          _batched(self._audit(out, v)))
        for aid, size, sha in m.attachments:
            yield from tarstream.write_member(f"attachments/{aid}", size, mtime,
                                              _verified(self.ctx.store.attachment_chunks(aid), sha))
        yield tarstream.END


_MANIFEST_FIELDS = ("format", "type", "bundle_id", "device_id", "device_key_id", "seq",
                    "hq_key_id", "created_at", "changes", "audit", "counts", "attachments", "forms")


def clear_header(header: dict) -> dict:
    """The header as written in clear: without the figures of the inspector's work."""
    return {k: v for k, v in header.items() if k not in CONTENT_FIELDS}


def _records_in(m: _Measured) -> int:
    return sum(n for kind, n in m.counts.items() if kind != "deleted")


def _archive_size(m: _Measured) -> int:
    # The manifest's own size is not known before it is built; count it generously.
    return tarstream.total_size([m.records_size, m.audit_size, *(a[1] for a in m.attachments)]) \
        + 4096 + 200 * len(m.attachments) + 2048


def _batched(lines: Iterator[bytes], size: int = 256 * 1024) -> Iterator[bytes]:
    buf: list[bytes] = []
    n = 0
    for line in lines:
        buf.append(line)
        n += len(line)
        if n >= size:
            yield b"".join(buf)
            buf, n = [], 0
    if buf:
        yield b"".join(buf)


def _verified(chunks: Iterator[bytes], sha256: str) -> Iterator[bytes]:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(chunk)
        yield chunk
    if h.hexdigest() != sha256:
        raise ValueError("an attachment's bytes in the vault do not match its hash")


def _progress(writer, done: int, total: int):
    """Relay an envelope writer's progress as (done, total); return its result."""
    try:
        while True:
            consumed = next(writer)
            yield min(done + consumed, total), total
    except StopIteration as stop:
        return stop.value
    except GeneratorExit:
        writer.close()
        raise


__all__ = ["ExportContext", "ExportJob", "BundleInfo", "Written"]
