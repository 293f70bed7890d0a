"""Applying an update pack on the device: verify first, then everything in one transaction.

Order: structure and size → headquarters signature (the key pinned at enrolment) → meant
for this device → not applied before → decrypt (the device's age key, kept in the vault)
while checking the archive against its manifest and applying records inside one vault
transaction → validate forms and rules → commit. Any failure rolls everything back.
Notices (``notices.jsonl``, sync/notices.py) are checked line by line, strictly, and kept in
the vault's ``sync_notices`` table in the same transaction.

A record from headquarters replaces the local copy only when the device has nothing newer
and nothing unsent for it; otherwise the local version is kept (it travels to headquarters
with the next bundle, whose merge shows the conflict for review).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
import sqlcipher3

from inspector_desk.core.errors import NotFound
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.forms import FormRegistry
from inspector_desk.forms.problems import FormDefinitionError
from inspector_desk.storage.store import CHUNK, VaultStore
from inspector_desk.sync.agestream import decrypt_stream
from inspector_desk.sync.canonical import require
from inspector_desk.sync.envelope import EnvelopeError, open_envelope
from inspector_desk.sync.notices import (
    MAX_NOTICES, NOTICES_NAME, Notice, NoticeFormatError, check_notice, store_notice,
)
from inspector_desk.sync.errors import UpdateRejected
from inspector_desk.sync.outbox import AGE_IDENTITY, RULES, RULES_PACK, Outbox
from inspector_desk.sync.payload import Lines, ManifestReader, PayloadError, Text
from inspector_desk.sync.records_codec import (
    RecordFormatError, check_line, record_from_json, record_sha256, record_to_json,
)
from inspector_desk.sync.updates import CHOICES_NAME, FORM_NAME, RULES_NAME

MAX_PACK = 4 << 30


@dataclass
class UpdateResult:
    pack_id: str
    seq: int
    forms: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    rules_changed: bool = False
    records: int = 0
    kept_local: list[str] = field(default_factory=list)
    case_ids: set[str] = field(default_factory=set)
    definitions: list[tuple[str, str, str]] = field(default_factory=list)  # kind, name, text
    notices: list[Notice] = field(default_factory=list)  # new notices kept (sync/notices.py)


class _Apply:
    def __init__(self, store: VaultStore, header: dict[str, Any], at: str = "") -> None:
        self.store, self.out, self.header, self.at = store, Outbox(store), header, at
        self.notice_count = 0
        self.result = UpdateResult(header["pack_id"], header["seq"])
        self.rules: bytes | None = None
        self.attachments: dict[str, str] = {}  # id → sha256 of the records applied

    def on_manifest(self, manifest: dict[str, Any]) -> None:
        for k in ("pack_id", "device_id", "seq", "hq_key_id"):
            if manifest.get(k) != self.header[k]:
                raise PayloadError("manifest", f"the manifest's {k} differs from the header")

    def consumer_for(self, name: str):
        if name == "records.jsonl":
            return Lines(self.record)
        if name == RULES_NAME:
            return Text(lambda b: setattr(self, "rules", b))
        if name == NOTICES_NAME:
            return Lines(self.notice)
        for rx, kind in ((FORM_NAME, "form"), (CHOICES_NAME, "choices")):
            if rx.match(name):
                return Text(lambda b, n=name, k=kind: self.result.definitions.append(
                    (k, n, _utf8(b, n))))
        if name.startswith("attachments/"):
            return _Blob(self.store, name.split("/", 1)[1], self.attachments)
        raise PayloadError("content", f"unexpected member {name}")

    def record(self, line: Any) -> None:
        try:
            kind, data, base = check_line(line)
        except RecordFormatError as exc:
            raise PayloadError("content", str(exc)) from None
        record = record_from_json(kind, data)
        try:
            local = self.store.get_any(kind, record.id)
        except NotFound:
            local = None
        sha = line["sha256"]
        local_sha = record_sha256(record_to_json(local)) if local is not None else None
        # Headquarters' version was made from exactly this device's copy: safe to take.
        continues_ours = base is not None and local is not None and (local.version, local_sha) == base
        if local is not None and local_sha != sha and not continues_ours and (
                local.version > record.version or self.out.has_unacked_change(record.id)):
            self.result.kept_local.append(record.id)
            return
        if local_sha != sha:
            try:
                self.store.put(record, log_change=False)
            except sqlcipher3.IntegrityError:
                self.result.kept_local.append(record.id)  # e.g. the same IIN under another id
                return
        self.out.set_base(kind, record.id, record.version, sha)
        if kind == "attachment":
            self.attachments[record.id] = data["sha256"]
        self.result.records += 1
        self.result.case_ids.add(data.get("case_id") or record.id)


    def notice(self, line: Any) -> None:
        self.notice_count += 1
        if self.notice_count > MAX_NOTICES:
            raise PayloadError("content", f"more than {MAX_NOTICES} notices")
        try:
            notice = check_notice(line)
        except NoticeFormatError as exc:
            raise PayloadError("content", str(exc)) from None
        if store_notice(self.store.conn, notice, self.header["seq"], self.at):
            self.result.notices.append(notice)


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PayloadError("content", f"{name} is not UTF-8 text") from None


class _Blob:
    """An attachment's bytes into the vault's chunk table (only for records applied)."""

    def __init__(self, store: VaultStore, attachment_id: str, applied: dict[str, str]) -> None:
        self.store, self.id = store, attachment_id
        self.keep = attachment_id in applied
        self.buf, self.n = bytearray(), 0
        if self.keep:
            store.conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (self.id,))

    def data(self, chunk: bytes) -> None:
        if self.keep:
            self.buf += chunk
            while len(self.buf) >= CHUNK:
                self._flush(bytes(self.buf[:CHUNK]))
                del self.buf[:CHUNK]

    def _flush(self, piece: bytes) -> None:
        self.store.conn.execute("INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)",
                                (self.id, self.n, piece))
        self.n += 1

    def end(self) -> None:
        if self.keep and self.buf:
            self._flush(bytes(self.buf))


def apply_update_pack(path: Path, *, store: VaultStore, device_id: str, registry: FormRegistry,
                      at: str, actor: str) -> UpdateResult:
    out = Outbox(store)
    hq = out.require_enrolment().hq
    with tempfile.TemporaryDirectory(prefix="idesk-update-") as tmp:
        try:
            opened = open_envelope(Path(path), Path(tmp) / "pack", b"IDU1", MAX_PACK)
        except EnvelopeError as exc:
            raise UpdateRejected("update_malformed", str(exc)) from None
        header = opened.header
        fail = lambda m: UpdateRejected("update_malformed", m)  # noqa: E731
        require(header, {"type": str, "pack_id": str, "device_id": str, "seq": int,
                         "hq_key_id": str}, fail)
        if header["type"] != "update" or header.get("format") != 1:
            raise fail("not an update pack of a known format")
        if not 0 < header["seq"] < 2 ** 63:  # it is looked up in the vault: a database integer
            raise fail("pack number out of range")
        if header["hq_key_id"] != hq.signing_key_id or not opened.signed_by(hq.signing_public):
            raise UpdateRejected("update_signature_invalid", "not signed by headquarters")
        if header["device_id"] != device_id:
            raise UpdateRejected("update_wrong_device", "this update pack is for another device")
        if store.conn.execute("SELECT 1 FROM sync_updates WHERE seq = ? OR pack_id = ?",
                              (header["seq"], header["pack_id"])).fetchone():
            raise UpdateRejected("update_replayed", "this update pack was already applied",
                                 seq=header["seq"])
        identity = pyrage.x25519.Identity.from_str(store.meta(AGE_IDENTITY) or "")
        job = _Apply(store, header, at)
        reader = ManifestReader(job.on_manifest, job.consumer_for)
        with store.transaction():
            try:
                with opened.payload() as payload:
                    decrypt_stream(payload, [identity], reader.feed)  # type: ignore[arg-type]
                reader.close()
            except pyrage.DecryptError:
                raise UpdateRejected("update_decrypt_failed", "the content is damaged") from None
            except PayloadError as exc:
                reason = "update_malformed" if exc.kind == "malformed" else "update_content_invalid"
                raise UpdateRejected(reason, str(exc)) from None
            _check_definitions(job.result, registry)
            _store_rules(store, job, header["seq"])
            result = job.result
            for kind, name, text in result.definitions:
                fid, version = _split(kind, name)
                store.conn.execute(
                    "INSERT INTO sync_forms (form_id, version, kind, definition, received_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", (fid, version, kind, text, at))
            store.conn.execute("INSERT INTO sync_updates (seq, pack_id, applied_at, summary) "
                               "VALUES (?, ?, ?, ?)", (header["seq"], header["pack_id"], at,
                                                       json.dumps(header.get("contents", {}))))
            store.append_audit(actor, device_id, "import", "update", header["pack_id"],
                               f"seq {header['seq']}")
    return result


def _split(kind: str, name: str) -> tuple[str, int]:
    m = (FORM_NAME if kind == "form" else CHOICES_NAME).match(name)
    assert m is not None
    return m.group(1), int(m.group(2)) if kind == "form" else 0


def _check_definitions(result: UpdateResult, registry: FormRegistry) -> None:
    """Every choice list and form must load (in a scratch registry first)."""
    scratch = FormRegistry(registry.shared_choices)
    try:
        for kind, name, text in sorted(result.definitions, key=lambda d: d[0] != "choices"):
            if kind == "choices":
                scratch.add_choice_list(text, source=name)
                result.choices.append(name)
            else:
                form = scratch.add_definition(text, source=name)
                if (form.id, form.version) != _split(kind, name):
                    raise UpdateRejected("update_content_invalid", f"{name} holds another form")
                if form.version in registry.versions(form.id) and \
                        registry.get(form.id, form.version).digest != form.digest:
                    raise UpdateRejected("update_content_invalid",
                                         f"{name}: a changed form needs a new version number")
                result.forms.append(f"{form.id}.v{form.version}")
    except FormDefinitionError as exc:
        raise UpdateRejected("update_content_invalid", str(exc)[:500]) from None


def _store_rules(store: VaultStore, job: _Apply, seq: int) -> None:
    if job.rules is None:
        return
    try:
        data = json.loads(job.rules.decode("utf-8"))
        FollowUpRules.from_mapping(data)
    except Exception as exc:  # noqa: BLE001 - any problem of the rules file is a refusal
        raise UpdateRejected("update_content_invalid", f"follow-up rules: {exc}") from None
    if seq > int(store.meta(RULES_PACK) or 0):
        store.set_meta(RULES, json.dumps(data, ensure_ascii=False))
        store.set_meta(RULES_PACK, str(seq))
        job.result.rules_changed = True
