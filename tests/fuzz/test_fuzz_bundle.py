"""Headquarters' bundle importer on hostile files (SECURITY.md T12; tests/hq/test_tampering.py
has the systematic bit flips and truncations): byte mutations of a valid bundle, arbitrary
bytes, header fields changed and re-signed, and mutated plaintext (archive, manifest,
record and audit lines) validly encrypted and signed, as a stolen device key could. Each
ends in a typed refusal or a proper import, within the time and memory bounds; a refusal
leaves the headquarters database exactly as it was."""

from __future__ import annotations

import hashlib
import itertools
import json
import struct
import uuid

import pyrage
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.hq.importer import ImportResult, Rejection
from inspector_desk.sync import tarstream
from inspector_desk.sync.envelope import signed_message, trailer_magic
from inspector_desk.sync.records_codec import record_sha256
from tests.fuzz import harness
from tests.fuzz.conftest import fix_manifest, tar, untar
from tests.fuzz.harness import (
    MiB,
    apply_edits,
    byte_edits,
    call,
    fuzz_settings,
    mutate_json,
)

_seq = itertools.count(1000)


def attempt(w, data: bytes, reader: str = "bundle", **kw):
    """Import ``data`` as a bundle file under the contract; returns the result."""
    hub = w.hub
    before = hub.dump()
    path = w.scratch("t.idb", data)
    [r] = call(reader, lambda: hub.importer.import_paths([path]), size=len(data), classify=_outcome, **kw)
    assert isinstance(r, (Rejection, ImportResult)), r
    if isinstance(r, Rejection):
        assert hub.dump() == before, "a refused bundle changed the database"
        if r.quarantined is not None:  # keep the scratch disk small on long runs
            for p in (r.quarantined, r.quarantined.with_name(r.quarantined.name + ".reason.txt"),
                      r.quarantined.with_name(r.quarantined.name + ".reason.json")):
                p.unlink(missing_ok=True)
    return r


def _outcome(results) -> str:
    r = results[0]
    return r.error.code if isinstance(r, Rejection) else "imported"


def sign_bundle(signer, header: bytes, payload: bytes, magic: bytes = b"IDB1") -> bytes:
    sig = signer.sign(signed_message(magic, hashlib.sha512(header).digest(),
                                     hashlib.sha512(payload).digest()))
    return magic + struct.pack(">I", len(header)) + header + payload + trailer_magic(magic) + sig


def split(data: bytes) -> tuple[dict, bytes]:
    hlen = struct.unpack(">I", data[4:8])[0]
    return json.loads(data[8:8 + hlen]), data[8 + hlen:-72]


def canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def fresh(w) -> tuple[dict, list[tuple[str, bytes]]]:
    """The seed bundle's header and members under a new bundle id and number, so that each
    example gets past the replay check to the content."""
    header, _ = split(w.files["bundle"])
    header = dict(header, bundle_id=str(uuid.uuid4()), seq=next(_seq))
    members = untar(w.extra["bundle_plain"])
    manifest = json.loads(members[0][1])
    manifest.update(bundle_id=header["bundle_id"], seq=header["seq"])
    members[0] = ("manifest.json", canonical(manifest) + b"\n")
    return header, members


def seal(w, header_bytes: bytes, plain: bytes) -> bytes:
    recipient = pyrage.x25519.Recipient.from_str(w.hub.keys.public.import_recipient)
    return sign_bundle(w.devices["bundle"].signing_key, header_bytes, pyrage.encrypt(plain, [recipient]))


# --- (a) mutations of a valid file, (b) arbitrary bytes -----------------------------------------


@fuzz_settings(ci=60)
@given(edits=byte_edits())
def test_mutated_bundles_are_refused(world, edits):
    data = apply_edits(world.files["bundle"], edits)
    if data == world.files["bundle"]:
        return
    r = attempt(world, data, "bundle.bytes")
    assert isinstance(r, Rejection), "a mutated bundle was imported"


@fuzz_settings(ci=80)
@given(data=st.data())
def test_arbitrary_bytes_are_refused(world, data):
    seed = world.files["bundle"]
    hlen = struct.unpack(">I", seed[4:8])[0]
    prefix = data.draw(st.sampled_from([b"", b"IDB1", seed[:8], seed[:8 + hlen], seed[:8 + hlen + 200],
                                        b"IDB1\xff\xff\xff\xff", b"IDB1\x00\x01\x00\x00",
                                        b"IDB1\x00\x00\x00\x02{}"]))
    body = data.draw(st.binary(max_size=4096))
    tail = data.draw(st.sampled_from([b"", b"IDB1SIG\0" + bytes(64), seed[-72:]]))
    r = attempt(world, prefix + body + tail, "bundle.arbitrary")
    assert isinstance(r, Rejection)


# --- (c) structured: the header, and the plaintext, under a valid signature ---------------------


@fuzz_settings(ci=40)
@given(data=st.data())
def test_header_fields_changed_and_resigned(world, data):
    """A stolen device key signs any header: the strict schema and the manifest binding
    refuse what does not fit; what fits imports as a proper bundle."""
    header, members = fresh(world)
    header = mutate_json(data, header)
    header_bytes = harness.dumps_any(data, header)
    if len(header_bytes) > 65536:
        header_bytes = header_bytes[:65536]
    attempt(world, seal(world, header_bytes, tar(members)), "bundle.header")


PLAIN_OPS = ["tar-bytes", "manifest", "record", "record", "audit", "members"]


@fuzz_settings(ci=60)
@given(data=st.data())
def test_plaintext_mutations_validly_encrypted_and_signed(world, data):
    header, members = fresh(world)
    op = data.draw(st.sampled_from(PLAIN_OPS), label="op")
    fix = True
    if op == "tar-bytes":
        plain = apply_edits(tar(members), data.draw(byte_edits(), label="edits"))
    else:
        if op == "manifest":
            manifest = mutate_json(data, json.loads(members[0][1]))
            members[0] = ("manifest.json", harness.dumps_any(data, manifest) + b"\n")
            fix = False
        elif op in ("record", "audit"):
            index = 1 if op == "record" else 2
            name, body = members[index]
            lines = body.splitlines(keepends=True)
            i = data.draw(st.integers(0, len(lines) - 1), label="line")
            line = mutate_json(data, json.loads(lines[i]))
            if op == "record" and isinstance(line, dict) and isinstance(line.get("record"), dict) \
                    and data.draw(st.booleans(), label="rehash"):
                line["sha256"] = record_sha256(line["record"])  # past the hash, into the checks
            lines[i] = harness.dumps_any(data, line) + data.draw(st.sampled_from([b"\n", b"", b"\r\n"]))
            members[index] = (name, b"".join(lines))
        else:
            kind = data.draw(st.sampled_from(["drop", "repeat", "swap", "rename", "add"]), label="kind")
            i = data.draw(st.integers(0, len(members) - 1), label="member")
            if kind == "drop":
                del members[i]
            elif kind == "repeat":
                members.insert(i, members[i])
            elif kind == "swap":
                j = data.draw(st.integers(0, len(members) - 1), label="other")
                members[i], members[j] = members[j], members[i]
            elif kind == "rename":
                members[i] = (data.draw(st.sampled_from(["attachments/x", "../x", "records.jsonl",
                                                         "manifest.json", "a" * 101, "attachments/",
                                                         "/etc/passwd", "ä"])), members[i][1])
            else:
                members.insert(i, (f"attachments/{uuid.uuid4()}", data.draw(st.binary(max_size=600))))
        fix = fix and data.draw(st.booleans(), label="fix manifest")
        plain = tar(fix_manifest(members) if fix else members)
    attempt(world, seal(world, canonical(header), plain), "bundle.plaintext")


# --- huge declared sizes are not allocated ------------------------------------------------------


def test_huge_declared_lengths_are_not_allocated(world):
    seed = world.files["bundle"]
    small = 4 * MiB
    cases = {
        "header length 4 GiB": b"IDB1\xff\xff\xff\xff" + seed[8:],
        "header length at the limit, file short": b"IDB1\x00\x01\x00\x00" + b"{" * 100,
        "header length at the limit": b"IDB1\x00\x01\x00\x00" + b" " * 65536 + seed[-72:],
    }
    for name, data in cases.items():
        r = attempt(world, data, "bundle.huge", bound=small + len(data))
        assert isinstance(r, Rejection) and r.error.code in ("bundle_malformed", "bundle_header_invalid"), name

    # Inside a validly signed bundle: a manifest and a member announcing 8 GiB, a manifest
    # too large, a header announcing an enormous plaintext, a line that never ends.
    header, members = fresh(world)
    manifest = json.loads(members[0][1])
    manifest["members"][0]["size"] = 8 ** 11 - 1
    plain = tar([("manifest.json", canonical(manifest) + b"\n")])[:-1024]
    plain += tarstream.member_header("records.jsonl", 8 ** 11 - 1, 0) + members[1][1][:1000]
    r = attempt(world, seal(world, canonical(header), plain), "bundle.huge", bound=small)
    assert isinstance(r, Rejection)

    header, members = fresh(world)
    big_manifest = tarstream.member_header("manifest.json", 8 ** 11 - 1, 0) + b"{" * 5000
    r = attempt(world, seal(world, canonical(header), big_manifest), "bundle.huge", bound=small)
    assert isinstance(r, Rejection) and r.error.code == "bundle_out_of_bounds"  # docs: "Limits"

    header, members = fresh(world)
    header["plaintext_size"] = 2 ** 63 - 1
    header["attachments"] = {"count": 1, "bytes": 2 ** 63 - 1}
    r = attempt(world, seal(world, canonical(header), tar(members)), "bundle.huge", bound=small)
    assert isinstance(r, Rejection)

    header, members = fresh(world)
    endless = b"{" + b" " * (9 * MiB)
    members[1] = ("records.jsonl", endless)
    r = attempt(world, seal(world, canonical(header), tar(fix_manifest(members))), "bundle.huge",
                bound=48 * MiB)
    assert isinstance(r, Rejection) and r.error.code == "bundle_out_of_bounds"
