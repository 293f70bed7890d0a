"""Issue 14, item 2: numbers, sizes and counts within the documented limits
(docs/bundle-format.md, "Limits"), only regular files read from an inbox, and a parser
exactly as strict as the specification. Every variant is made from a real bundle, signed
with the device's own key (what a stolen key or a broken device could send), on SQLite and
on PostgreSQL; every refusal has its typed reason and leaves the database unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import struct
import threading
import uuid
from pathlib import Path

import pyrage
import pytest

from inspector_desk.app.demo import generate
from inspector_desk.hq.gaps import gaps_of
from inspector_desk.hq.importer import ImportResult, Rejection, quarantined
from inspector_desk.hq.receipts import receipt_body
from inspector_desk.sync import limits, tarstream
from inspector_desk.sync.canonical import CanonicalError, canonical, parse_canonical
from inspector_desk.sync.envelope import EnvelopeError, open_regular, signed_message, trailer_magic
from inspector_desk.sync.payload import ManifestReader, PayloadError
from inspector_desk.sync.records_codec import record_sha256
from tests.fuzz.world import tar, untar
from tests.hq.test_import import attach
from tests.sync.fixtures import export

BINDING = ("bundle_id", "device_id", "device_key_id", "seq", "hq_key_id")


class Seed:
    """A real bundle taken apart (header, decrypted members), to make signed variants."""

    def __init__(self, hub, session, data: bytes) -> None:
        self.hub, self.session, self.data = hub, session, data
        hlen = struct.unpack(">I", data[4:8])[0]
        self.header = json.loads(data[8:8 + hlen])
        self.payload = data[8 + hlen:-72]
        self.members = untar(pyrage.decrypt(self.payload, [hub.keys.import_identity]))

    def variant(self, members: list[tuple[str, bytes]] | None = None, plain: bytes | None = None,
                fix: bool = True, signer=None, header_bytes: bytes | None = None, **changes) -> bytes:
        """A bundle with header ``changes`` (the manifest follows the binding fields), other
        ``members`` (the manifest relisting them when ``fix``) or raw ``plain`` text; encrypted
        to headquarters and signed with the device key, as the device would."""
        header = {**self.header, "bundle_id": str(uuid.uuid4()), **changes}
        if plain is None:
            members = list(members if members is not None else self.members)
            manifest = json.loads(members[0][1])
            manifest.update({k: header[k] for k in BINDING})
            if fix:
                manifest["members"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                                       for n, d in members[1:]]
            if members[0][1].endswith(b"\n") or fix:
                members[0] = ("manifest.json", canonical(manifest) + b"\n")
            plain = tar(members)
        if "plaintext_size" not in changes:
            header["plaintext_size"] = max(self.header["plaintext_size"], len(plain))
        recipient = pyrage.x25519.Recipient.from_str(self.hub.keys.public.import_recipient)
        return sign(signer or self.session.signing_key, header_bytes or canonical(header),
                    pyrage.encrypt(plain, [recipient]))

    def resigned(self, signer=None, **changes) -> bytes:
        """Only the header changed (and re-signed): the encrypted payload as it was."""
        header = {**self.header, **changes}
        return sign(signer or self.session.signing_key, canonical(header), self.payload)


def sign(signer, header: bytes, payload: bytes) -> bytes:
    sig = signer.sign(signed_message(b"IDB1", hashlib.sha512(header).digest(),
                                     hashlib.sha512(payload).digest()))
    return b"IDB1" + struct.pack(">I", len(header)) + header + payload + trailer_magic(b"IDB1") + sig


def try_import(hub, tmp_path: Path, data: bytes, name: str):
    folder = tmp_path / "attempts"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    [r] = hub.import_(path)
    return r


def refused(hub, tmp_path: Path, data: bytes, name: str, code: str, verified: bool = True) -> Rejection:
    """Refused with ``code``, quarantined with its reason, database unchanged."""
    before = hub.dump()
    r = try_import(hub, tmp_path, data, name)
    assert isinstance(r, Rejection), f"{name}: accepted: {r}"
    assert r.error.code == code, (name, r.error.code, str(r.error))
    assert r.verified is verified, name
    assert r.quarantined is not None and Path(f"{r.quarantined}.reason.txt").exists(), name
    assert hub.dump() == before, f"{name}: the refusal changed the database"
    return r


@pytest.fixture
def seed(hub, make_device, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=2, seed=5)
    attach(a, 5000)
    [bundle] = export(a, tmp_path / "usb")
    return Seed(hub, a, bundle.path.read_bytes())


# --- numbers in the signed header ----------------------------------------------------------


def test_huge_sequence_numbers_are_refused_and_headquarters_keeps_working(hub, seed, tmp_path):
    h = seed.header
    device = h["device_id"]
    variants = {
        "seq-2^62": dict(seq=2 ** 62),
        "seq-2^63-1": dict(seq=2 ** 63 - 1, prev_seq=2 ** 63 - 2, prev_hash="ab" * 64),
        "seq-2^31": dict(seq=2 ** 31),
        "seq-max-ahead": dict(seq=limits.MAX_SEQ_AHEAD + 1),
        "seq-max-valid-but-ahead": dict(seq=limits.MAX_SEQ),
    }
    for name, changes in variants.items():
        refused(hub, tmp_path, seed.variant(**changes), f"{name}.idb", "bundle_out_of_bounds")
    # A number in the schema's range but beyond 2^63 never reaches the limits: the header.
    refused(hub, tmp_path, seed.resigned(seq=2 ** 63), "seq-2^63.idb", "bundle_header_invalid",
            verified=False)
    # Nothing was stored: receipts and the device list still work, and say the truth.
    assert gaps_of(hub.repo, device).highest == 0
    body = receipt_body(hub.repo, hub.keys, hub.home, device, "t")
    assert body["highest_seq"] == 0 and body["accepted"] == [] and body["missing"] == []
    assert {r["reason"] for r in body["rejected"]} == {"bundle_out_of_bounds"}
    assert len(body["rejected"]) == len(variants)  # the unsigned-schema refusal is not the device's
    hub.receipt(seed.session)
    # At the limit it is a bundle like any other (numbers 1 … 9,999 burned, as the device said).
    edge = seed.variant(seq=limits.MAX_SEQ_AHEAD)
    r = try_import(hub, tmp_path, edge, "edge.idb")
    assert isinstance(r, ImportResult) and r.seq == limits.MAX_SEQ_AHEAD, r
    g = gaps_of(hub.repo, device)
    assert g.highest == limits.MAX_SEQ_AHEAD and len(g.burned) == limits.MAX_SEQ_AHEAD - 1
    body = receipt_body(hub.repo, hub.keys, hub.home, device, "t")
    assert len(body["burned"]) == 1000 and body["burned"][-1] == limits.MAX_SEQ_AHEAD - 1
    path = hub.receipt(seed.session)
    assert path.stat().st_size < 1 << 20  # a device reads receipts up to 1 MiB
    # The next step ahead is measured from what headquarters now holds.
    r = try_import(hub, tmp_path, seed.variant(seq=2 * limits.MAX_SEQ_AHEAD, prev_seq=limits.MAX_SEQ_AHEAD,
                                               prev_hash=hashlib.sha512(edge).hexdigest()), "next.idb")
    assert isinstance(r, ImportResult), r


def test_counts_and_sizes_beyond_the_limits_are_refused(hub, seed, tmp_path):
    h = seed.header
    m = json.loads(seed.members[0][1])  # format 2: the content's figures are in the manifest
    counts = dict(m["counts"])
    many = dict(counts, visit=limits.MAX_RECORDS + 1)
    spread = {k: limits.MAX_RECORDS // 5 + 1 for k in counts if k != "deleted"} | {"deleted": 0}
    in_manifest = {
        "records-one-kind": dict(counts=many),
        "records-in-total": dict(counts=spread),
        "attachments-count": dict(attachments={"count": limits.MAX_ATTACHMENTS + 1, "bytes": 1}),
        "attachments-bytes": dict(attachments={"count": 1, "bytes": limits.MAX_PLAINTEXT + 1}),
        "audit-range": dict(audit=dict(m["audit"], **{"from": 0, "to": limits.MAX_AUDIT + 1,
                                                      "head_seq": limits.MAX_AUDIT + 1})),
    }
    in_header = {
        "plaintext-size": dict(plaintext_size=limits.MAX_PLAINTEXT + 1),
        "volumes": dict(volume={"index": 1, "count": limits.MAX_VOLUMES + 1}),
        "schema-version": dict(schema_version=limits.MAX_SCHEMA_VERSION + 1),
    }
    for name, changes in in_manifest.items():
        members = list(seed.members)
        members[0] = ("manifest.json", canonical(dict(m, **changes)) + b"\n")
        refused(hub, tmp_path, seed.variant(members), f"{name}.idb", "bundle_out_of_bounds")
        # A format-1 header carries them in clear: refused before anything is decrypted.
        old = dict(h, format=1, **{k: m[k] for k in ("changes", "audit", "counts", "attachments",
                                                      "forms")})
        old.update(changes)
        refused(hub, tmp_path, seed.resigned(**old), f"{name}-format1.idb", "bundle_out_of_bounds")
    for name, changes in in_header.items():
        refused(hub, tmp_path, seed.resigned(**changes), f"{name}.idb", "bundle_out_of_bounds")
    # The archive is larger than the header announced (the header promises "≥ the real size").
    refused(hub, tmp_path, seed.variant(plaintext_size=1024), "plaintext-larger.idb",
            "bundle_out_of_bounds")
    assert isinstance(try_import(hub, tmp_path, seed.data, "good.idb"), ImportResult)


# --- the plaintext: exactly as strict as the specification --------------------------------


def _patch(block: bytes, at: int, value: bytes) -> bytes:
    """A tar header with ``value`` at ``at`` and its checksum made right again."""
    h = bytearray(block)
    h[at:at + len(value)] = value
    h[148:156] = b" " * 8
    h[148:156] = f"{sum(h):06o}".encode() + b"\0 "
    return bytes(h)


def _with_size_field(plain: bytes, field: bytes) -> bytes:
    """The first member's (manifest.json) size field replaced by ``field`` (12 bytes)."""
    assert len(field) == 12
    return _patch(plain[:512], 124, field) + plain[512:]


def test_archive_numbers_are_read_exactly_as_written(hub, seed, tmp_path):
    plain = tar(seed.members)
    size = len(seed.members[0][1])
    octal = f"{size:011o}".encode()
    assert octal.startswith(b"0000000")  # a manifest is smaller than 4 KiB
    fields = {
        "underscore": octal[:6] + b"_" + octal[7:] + b"\0",
        "leading-space": b" " + octal[1:] + b"\0",
        "trailing-space": octal + b" ",
        "plus": b"+" + octal[1:] + b"\0",
        "negative": b"-0000000001\0",
        "0o-prefix": b"0o" + octal[2:] + b"\0",
        "no-nul": octal[1:] + b"00",
    }
    assert int(fields["underscore"][:11], 8) == size  # what Python's int() quietly accepted
    assert int(fields["leading-space"][:11], 8) == size
    for name, field in fields.items():
        assert len(field) == 12, name
        refused(hub, tmp_path, seed.variant(plain=_with_size_field(plain, field)), f"size-{name}.idb",
                "bundle_malformed")
    # The checksum field too: 6 octal digits, NUL, space.
    head = bytearray(plain[:512])
    check = f"{sum(head[:148]) + 256 + sum(head[156:]):06o}"
    assert check[0] == "0" and int(check[1] + "_" + check[2:], 8) == int(check, 8)
    for name, stored in {"checksum-underscore": check[1] + "_" + check[2:] + "\0 ",
                         "checksum-space": " " + check[1:] + "\0 ",
                         "checksum-no-space": check + "\0\0"}.items():
        bad = bytearray(head)
        assert len(stored) == 8
        bad[148:156] = stored.encode()
        refused(hub, tmp_path, seed.variant(plain=bytes(bad) + plain[512:]), f"{name}.idb",
                "bundle_malformed")
    # Bytes after the prefix field of a header (ustar padding) must be zero.
    refused(hub, tmp_path, seed.variant(plain=_patch(plain[:512], 505, b"x") + plain[512:]),
            "header-padding.idb", "bundle_malformed")


def test_manifest_is_exactly_the_specified_object_and_one_newline(hub, seed, tmp_path):
    members = [tuple(m) for m in seed.members]
    manifest = json.loads(members[0][1])
    raw = canonical(manifest)

    def with_manifest(body: bytes) -> list:
        return [("manifest.json", body)] + members[1:]

    h = seed.header
    listed = manifest["members"]

    def members_as(first: dict | None = None, extra: list | None = None) -> bytes:
        out = ([first] + listed[1:] if first else listed) + (extra or [])
        return canonical({**manifest, "members": out}) + b"\n"

    variants = {
        "no-newline": raw, "two-newlines": raw + b"\n\n", "crlf": raw + b"\r\n",
        "space-before-newline": raw + b" \n", "spaced": raw.replace(b":", b": ", 1) + b"\n",
        "extra-field": canonical({**manifest, "note": "x"}) + b"\n",
        "missing-field": canonical({k: v for k, v in manifest.items() if k != "created_at"}) + b"\n",
        "other-type": canonical({**manifest, "type": "update"}) + b"\n",
        "member-twice": members_as(extra=listed[-1:]),
        "member-bad-hash": members_as(dict(listed[0], sha256="AB" * 32)),
        "member-negative": members_as(dict(listed[0], size=-1)),
        "member-bad-name": members_as(dict(listed[0], name="../records.jsonl")),
    }
    for name, body in variants.items():
        # The binding fields are already the header's: only the spelling or shape is wrong.
        data = seed.variant(plain=tar(with_manifest(body)), bundle_id=h["bundle_id"])
        refused(hub, tmp_path, data, f"manifest-{name}.idb", "bundle_malformed")


def test_record_and_audit_lines_are_canonical_and_strict(hub, seed, tmp_path):
    members = [tuple(m) for m in seed.members]
    records = members[1][1].splitlines(keepends=True)
    audit = members[2][1].splitlines(keepends=True)
    person_i = next(i for i, l in enumerate(records) if json.loads(l)["kind"] == "person")
    person = json.loads(records[person_i])
    visit_i = next(i for i, l in enumerate(records) if json.loads(l)["kind"] == "case")

    def relined(i: int, line: dict) -> bytes:
        line = dict(line)
        line["sha256"] = record_sha256(line["record"])
        return canonical(line) + b"\n"

    def with_records(lines: list[bytes]) -> list:
        return members[:1] + [("records.jsonl", b"".join(lines))] + members[2:]

    def replaced(i: int, new: bytes) -> list[bytes]:
        out = list(records)
        out[i] = new
        return out

    variants = {
        "spaced": replaced(person_i, records[person_i].replace(b'":', b'": ', 1)),
        "crlf": replaced(person_i, records[person_i][:-1] + b"\r\n"),
        "empty-line": records[:1] + [b"\n"] + records[1:],
        "compact-date": replaced(person_i, relined(person_i, {**person, "record": {
            **person["record"], "birth_date": "20100101"}})),
        "week-date": replaced(person_i, relined(person_i, {**person, "record": {
            **person["record"], "birth_date": "2010-W01-1"}})),
        "time-with-z": replaced(visit_i, relined(visit_i, {**json.loads(records[visit_i]), "record": {
            **json.loads(records[visit_i])["record"], "updated_at": "2026-11-20T05:00:00Z"}})),
        "int-beyond-64-bits": replaced(person_i, relined(person_i, {**person, "record": {
            **person["record"], "version": 2 ** 64}})),
        "base-version-0": replaced(person_i, canonical({**person, "base": {
            "version": 0, "sha256": person["sha256"]}}) + b"\n"),
        "base-upper-hex": replaced(person_i, canonical({**person, "base": {
            "version": 1, "sha256": person["sha256"].upper()}}) + b"\n"),
        "lone-surrogate": replaced(person_i, records[person_i].replace(
            b'"kind":"person"', b'"kind":"pers\\ud800on"')),
    }
    for name, lines in variants.items():
        refused(hub, tmp_path, seed.variant(members=with_records(lines)), f"records-{name}.idb",
                "bundle_content_invalid")
    spaced_audit = [audit[0].replace(b'":', b'": ', 1)] + audit[1:]
    refused(hub, tmp_path, seed.variant(members=members[:2] + [("audit.jsonl", b"".join(spaced_audit))]
                                        + members[3:]), "audit-spaced.idb", "bundle_content_invalid")
    assert isinstance(try_import(hub, tmp_path, seed.data, "good.idb"), ImportResult)


def test_a_header_with_a_lone_surrogate_is_refused_not_a_crash(hub, seed, tmp_path):
    text = canonical(seed.header).replace(b'"app_version":"', b'"app_version":"\\ud800', 1)
    refused(hub, tmp_path, sign(seed.session.signing_key, text, seed.payload), "surrogate.idb",
            "bundle_header_invalid", verified=False)


# --- only regular files ---------------------------------------------------------------------


def _in_thread(fn):
    """Run ``fn`` on a thread; the test fails (instead of hanging) if it never returns."""
    out: list = []
    t = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    t.start()
    t.join(120)
    assert not t.is_alive(), "import blocked on a special file"
    return out[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symbolic links: POSIX")
def test_only_regular_files_are_read_from_an_inbox(hub, seed, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.mkfifo(inbox / "a-fifo.idb")
    elsewhere = tmp_path / "elsewhere.idb"
    elsewhere.write_bytes(seed.data)  # a valid bundle: a link to it is still not read
    (inbox / "c-link.idb").symlink_to(elsewhere)
    (inbox / "d-folder.idb").mkdir()
    (inbox / "f-dangling.idb").symlink_to(tmp_path / "nowhere.idb")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(inbox / "e-socket.idb"))
        has_socket = True
    except OSError:  # a path too long for a Unix socket: the others suffice
        has_socket = False
    before = hub.dump()
    results = _in_thread(lambda: hub.import_(inbox))
    kinds = {}
    for r in results:
        assert isinstance(r, Rejection) and r.error.code == "bundle_not_a_file", r
        assert r.quarantined is None and not r.verified
        kinds[r.path.name] = r.error.params["kind"]
    assert kinds == {"a-fifo.idb": "FIFO", "c-link.idb": "symbolic link", "d-folder.idb": "folder",
                     "f-dangling.idb": "symbolic link"} | ({"e-socket.idb": "socket"} if has_socket else {})
    # Left where they were; nothing in the quarantine, nothing in the database.
    assert (inbox / "a-fifo.idb").exists() and (inbox / "c-link.idb").is_symlink()
    assert quarantined(hub.home) == [] and hub.dump() == before
    # A real bundle beside them is imported as usual.
    (inbox / "b-good.idb").write_bytes(seed.data)
    results = _in_thread(lambda: hub.import_(inbox))
    assert [type(r).__name__ for r in results].count("ImportResult") == 1
    # Explicitly named special files too: a FIFO, a character device.
    fifo = tmp_path / "named.idb"
    os.mkfifo(fifo)
    rs = _in_thread(lambda: hub.import_(fifo, Path("/dev/null")))
    assert [r.error.code for r in rs] == ["bundle_not_a_file"] * 2
    assert rs[1].error.params["kind"] == "character device"
    sock.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX")
def test_the_reader_never_opens_a_special_file(tmp_path):
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    target = tmp_path / "t"
    target.write_bytes(b"x")
    link = tmp_path / "l"
    link.symlink_to(target)
    for p in (fifo, link, tmp_path, Path("/dev/null")):
        err = _in_thread(lambda p=p: _raise_to_caller(open_regular, p))
        assert isinstance(err, EnvelopeError) and err.reason == "not_a_file", (p, err)
    with open_regular(target) as f:
        assert f.read() == b"x"


def _raise_to_caller(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # handed back to the test thread
        return exc


# --- the parsers on their own (no database) -------------------------------------------------


def test_parsers_refuse_what_python_would_quietly_accept():
    for bad in (b'{"a":"\\ud800"}', b'{"a":' + b"9" * 20 + b"}", b'{"a":-9223372036854775809}'):
        with pytest.raises(CanonicalError):
            parse_canonical(bad)
    assert parse_canonical(b'{"a":-9223372036854775808}') == {"a": -(2 ** 63)}
    head = tarstream.member_header("manifest.json", 10, 0)
    for field in (b"0000000_012\0", b" 0000000012\0", b"-0000000001\0", b"0o000000012\0",
                  b"00000000012 ", b"000000000012"):
        with pytest.raises(tarstream.TarFormatError):
            tarstream.parse_header(_patch(head, 124, field))
    assert tarstream.parse_header(head) == ("manifest.json", 10)
    for manifest in (canonical({"type": "bundle", "members": []}),  # fields missing, no newline
                     canonical({"type": "bundle", "members": []}) + b"\n\n"):
        reader = ManifestReader(lambda m: None, lambda name: None)
        with pytest.raises(PayloadError):
            reader.feed(b"".join(tarstream.write_member("manifest.json", len(manifest), 0, [manifest])))
            reader.close()
    assert re.fullmatch(r"[0-7]{11}", f"{limits.MAX_ATTACHMENT:o}")  # the largest member fits the field
