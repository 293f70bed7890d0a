"""Update packs: headquarters → one device, signed by headquarters, encrypted to the device.

An update pack is an ``IDU1`` envelope (sync/envelope.py) whose archive holds, after
``manifest.json``: ``choices/<name>.yaml`` (shared choice lists), ``forms/<id>.v<n>.yaml``
(new form versions), ``rules/followup.json`` (follow-up rules), ``records.jsonl`` (records
handed to this device, e.g. a reassigned case, same line format as bundles) and
``attachments/<id>`` and ``notices.jsonl`` (notices to the inspector, e.g. a linked
person: sync/notices.py). Header::

    format 1, type "update", pack_id, device_id, seq (per device), hq_key_id (signing key),
    created_at, contents {forms, choices, rules, records, attachments[, notices]}, plaintext_size

Building the archive is here (headquarters calls it); applying it is
:mod:`inspector_desk.sync.apply_update`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pyrage

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync import tarstream
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.envelope import Written, write_envelope
from inspector_desk.sync.notices import NOTICES_NAME

UPDATE_FORMAT = 1
FORM_NAME = re.compile(r"^forms/([a-z][a-z0-9_]*)\.v([0-9]+)\.yaml$")
CHOICES_NAME = re.compile(r"^choices/([a-z][a-z0-9_]*)\.yaml$")
RULES_NAME = "rules/followup.json"


@dataclass
class PackContent:
    forms: list[tuple[str, int, bytes]] = field(default_factory=list)    # id, version, YAML
    choices: list[tuple[str, bytes]] = field(default_factory=list)       # name, YAML
    rules: bytes | None = None                                           # followup.json
    records: list[bytes] = field(default_factory=list)                   # record lines
    attachments: list[tuple[str, int, str, Callable[[], Iterator[bytes]]]] = field(default_factory=list)
    notices: list[bytes] = field(default_factory=list)                   # notice lines

    def summary(self) -> dict:
        out = {"forms": [f"{i}.v{v}" for i, v, _ in self.forms],
               "choices": [n for n, _ in self.choices], "rules": self.rules is not None,
               "records": len(self.records), "attachments": len(self.attachments)}
        if self.notices:  # only then: a pack without notices is what older versions wrote
            out["notices"] = len(self.notices)
        return out


def _members(c: PackContent) -> list[tuple[str, int, str, Callable[[], Iterator[bytes]]]]:
    out: list[tuple[str, int, str, Callable[[], Iterator[bytes]]]] = []

    def small(name: str, data: bytes) -> None:
        out.append((name, len(data), hashlib.sha256(data).hexdigest(), lambda d=data: iter([d])))

    for name, text in c.choices:
        small(f"choices/{name}.yaml", text)
    for fid, version, text in c.forms:
        small(f"forms/{fid}.v{version}.yaml", text)
    if c.rules is not None:
        small(RULES_NAME, c.rules)
    if c.records:
        small("records.jsonl", b"".join(c.records))
    if c.notices:
        small(NOTICES_NAME, b"".join(c.notices))
    for aid, size, sha, chunks in c.attachments:
        out.append((f"attachments/{aid}", size, sha, chunks))
    return out


def write_pack(dest: Path, header: dict, content: PackContent, recipient: str,
               signer: SigningKey) -> Written:
    """Write a signed update pack for one device; returns the file written."""
    members = _members(content)
    manifest = canonical({**{k: header[k] for k in ("format", "type", "pack_id", "device_id", "seq",
                                                     "hq_key_id", "created_at")},
                          "members": [{"name": n, "size": s, "sha256": h} for n, s, h, _ in members]}) + b"\n"
    mtime = 0
    header = {**header, "contents": content.summary(),
              "plaintext_size": tarstream.total_size([len(manifest)] + [m[1] for m in members])}

    def archive() -> Iterator[bytes]:
        yield from tarstream.write_member("manifest.json", len(manifest), mtime, [manifest])
        for name, size, _sha, chunks in members:
            yield from tarstream.write_member(name, size, mtime, chunks())
        yield tarstream.END

    writer = write_envelope(dest, b"IDU1", header, archive(),
                            [pyrage.x25519.Recipient.from_str(recipient)], signer)
    while True:
        try:
            next(writer)
        except StopIteration as stop:
            return stop.value
