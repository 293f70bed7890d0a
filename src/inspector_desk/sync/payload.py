"""Reading the decrypted archive of a bundle or update pack, checked against its manifest.

``manifest.json`` must come first; then exactly the members it lists, in its order, each
with its announced size and SHA-256. Each member's bytes go to a consumer chosen by name
(records as JSON lines, attachment bytes in pieces, small texts). Any deviation raises
:class:`PayloadError`, whose ``kind`` the caller turns into its own typed refusal.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Callable, Protocol

from inspector_desk.sync.canonical import CanonicalError, parse_canonical, parse_canonical_value
from inspector_desk.sync.limits import MAX_ATTACHMENT, MAX_ATTACHMENTS, MAX_LINE, MAX_MANIFEST
from inspector_desk.sync.tarstream import NAME_RE, TarFormatError, TarReader

HEX64 = re.compile(r"^[0-9a-f]{64}$")
MANIFEST_FIELDS = {
    # docs/bundle-format.md: the header fields a manifest repeats, and its member list.
    "bundle": frozenset({"format", "type", "bundle_id", "device_id", "device_key_id", "seq",
                         "hq_key_id", "created_at", "changes", "audit", "counts", "attachments",
                         "members"}),
    "update": frozenset({"format", "type", "pack_id", "device_id", "seq", "hq_key_id",
                         "created_at", "members"}),
    # Bundle format 2: the figures of the content travel here only, not in the clear header.
    "bundle/2": frozenset({"format", "type", "bundle_id", "device_id", "device_key_id", "seq",
                           "hq_key_id", "created_at", "changes", "audit", "counts", "attachments",
                           "forms", "members"}),
}


def manifest_fields(manifest: dict[str, Any]) -> frozenset[str] | None:
    """The fields a manifest of its type and format has (None: unknown type or format)."""
    kind, fmt = manifest.get("type"), manifest.get("format")
    if not isinstance(kind, str) or type(fmt) is not int:
        return None
    if kind == "bundle" and fmt == 2:
        return MANIFEST_FIELDS["bundle/2"]
    return MANIFEST_FIELDS.get(kind) if fmt == 1 else None
MAX_MEMBERS = MAX_ATTACHMENTS + 2


class PayloadError(ValueError):
    """``kind``: 'malformed' (archive structure), 'manifest' (differs from the manifest or
    the header), 'content' (a member's content is invalid) or 'bounds' (a documented limit
    is exceeded: sync/limits.py)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class Consumer(Protocol):
    def data(self, chunk: bytes) -> None: ...
    def end(self) -> None: ...


class Lines:
    """Splits a member into lines and hands each parsed JSON value to ``on_line``.

    Each line is canonical JSON (sync/canonical.py) followed by exactly one ``\\n``: no
    empty lines, no ``\\r``, no other spelling of the same value."""

    def __init__(self, on_line: Callable[[Any], None], max_line: int = MAX_LINE) -> None:
        self.on_line, self.max_line = on_line, max_line
        self._buf = bytearray()
        self.count = 0

    def data(self, chunk: bytes) -> None:
        self._buf += chunk
        while True:
            cut = self._buf.find(b"\n")
            if cut < 0:
                break
            self._line(bytes(self._buf[:cut]))
            del self._buf[:cut + 1]
        if len(self._buf) > self.max_line:
            raise PayloadError("bounds", f"a line is longer than {self.max_line} bytes")

    def _line(self, raw: bytes) -> None:
        if len(raw) >= self.max_line:
            raise PayloadError("bounds", f"a line is longer than {self.max_line} bytes")
        try:
            value = parse_canonical_value(raw)
        except CanonicalError as exc:
            raise PayloadError("content", f"line {self.count + 1}: {exc}") from None
        self.count += 1
        self.on_line(value)

    def end(self) -> None:
        if self._buf:
            raise PayloadError("content", "the last line does not end with a newline")


class Text:
    """Collects a small member (a form definition, rules) up to ``limit`` bytes."""

    def __init__(self, on_text: Callable[[bytes], None], limit: int = 4 << 20) -> None:
        self.on_text, self.limit = on_text, limit
        self._buf = bytearray()

    def data(self, chunk: bytes) -> None:
        self._buf += chunk
        if len(self._buf) > self.limit:
            raise PayloadError("content", "a member is too large")

    def end(self) -> None:
        self.on_text(bytes(self._buf))


class ManifestReader:
    """The tar member handler: manifest first, then the listed members, each verified."""

    def __init__(self, on_manifest: Callable[[dict[str, Any]], None],
                 consumer_for: Callable[[str], Consumer]) -> None:
        self._on_manifest = on_manifest
        self._consumer_for = consumer_for
        self.manifest: dict[str, Any] | None = None
        self._expected: list[dict[str, Any]] = []
        self._index = 0
        self._name = ""
        self._size = 0
        self._seen = 0
        self._hash = hashlib.sha256()
        self._buf = bytearray()
        self._consumer: Consumer | None = None
        self.tar = TarReader(self)

    # --- feeding -------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        try:
            self.tar.feed(data)
        except TarFormatError as exc:
            raise PayloadError("malformed", str(exc)) from None

    def close(self) -> None:
        try:
            self.tar.close()
        except TarFormatError as exc:
            raise PayloadError("malformed", str(exc)) from None
        if self.manifest is None or self._index != len(self._expected):
            raise PayloadError("manifest", "members listed in the manifest are missing")

    # --- tar callbacks ---------------------------------------------------------------------

    def begin(self, name: str, size: int) -> None:
        self._name, self._size, self._seen = name, size, 0
        self._hash = hashlib.sha256()
        if self.manifest is None:
            if name != "manifest.json":
                raise PayloadError("malformed", "the archive must start with manifest.json")
            if size > MAX_MANIFEST:
                raise PayloadError("bounds", f"manifest.json is larger than {MAX_MANIFEST} bytes")
            self._consumer = None
            return
        if self._index >= len(self._expected):
            raise PayloadError("manifest", f"member {name} is not in the manifest")
        want = self._expected[self._index]
        if name != want["name"] or size != want["size"]:
            raise PayloadError("manifest", f"member {name} differs from the manifest")
        self._consumer = self._consumer_for(name)

    def data(self, chunk: bytes) -> None:
        self._seen += len(chunk)
        self._hash.update(chunk)
        if self.manifest is None:
            self._buf += chunk
        elif self._consumer is not None:
            self._consumer.data(chunk)

    def end(self) -> None:
        if self.manifest is None:
            raw = bytes(self._buf)
            self._buf.clear()
            if not raw.endswith(b"\n"):
                raise PayloadError("malformed", "manifest: it must end with one newline")
            try:
                manifest = parse_canonical(raw[:-1])  # a second newline is not canonical
            except CanonicalError as exc:
                raise PayloadError("malformed", f"manifest: {exc}") from None
            wanted = manifest_fields(manifest) if isinstance(manifest, dict) else None
            if wanted is None or set(manifest) != wanted:
                raise PayloadError("malformed", "manifest: unexpected or missing fields")
            members = manifest["members"]
            if not isinstance(members, list) or not all(_member_ok(m) for m in members):
                raise PayloadError("malformed", "manifest: bad member list")
            if len(members) > MAX_MEMBERS:
                raise PayloadError("bounds", f"manifest: more than {MAX_MEMBERS} members")
            names = [m["name"] for m in members]
            if len(set(names)) != len(names) or "manifest.json" in names:
                raise PayloadError("malformed", "manifest: a member is listed twice")
            if any(m["size"] > MAX_ATTACHMENT for m in members):
                raise PayloadError("bounds", "manifest: a member larger than a tar size field holds")
            self._expected = members
            self.manifest = manifest
            self._on_manifest(manifest)
            return
        want = self._expected[self._index]
        if self._hash.hexdigest() != want["sha256"]:
            raise PayloadError("manifest", f"member {self._name} does not match its hash")
        if self._consumer is not None:
            self._consumer.end()
        self._index += 1


def _member_ok(m: Any) -> bool:
    return (isinstance(m, dict) and set(m) == {"name", "size", "sha256"}
            and isinstance(m["name"], str) and bool(NAME_RE.match(m["name"]))
            and ".." not in m["name"].split("/")
            and isinstance(m["size"], int) and not isinstance(m["size"], bool) and m["size"] >= 0
            and isinstance(m["sha256"], str) and bool(HEX64.match(m["sha256"])))
