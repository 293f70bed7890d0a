"""What a device imports from headquarters, on hostile files: receipts, enrolments, update
packs and recovery responses. Byte mutations of valid files and arbitrary bytes; then the
fields of the signed content changed and *re-signed with headquarters' key* (what only a
compromised headquarters could send, to reach the checks behind the signature). Each ends
in a typed refusal or a proper result, in bounded time and memory; a refusal leaves the
vault exactly as it was (every row of every table)."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import struct
import uuid

import pyrage
import yaml
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.app import sync
from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.sync.canonical import sign_document
from inspector_desk.sync.envelope import signed_message, trailer_magic
from inspector_desk.sync.escrow import RESPONSE_TYPE, read_response
from inspector_desk.sync.records_codec import record_sha256
from tests.fuzz import harness
from tests.fuzz.conftest import NEW_PASSPHRASE, fix_manifest, tar, untar, vault_state
from tests.fuzz.harness import (
    MiB,
    apply_edits,
    byte_edits,
    call,
    fuzz_settings,
    mutate_json,
)

_seq = itertools.count(1000)
DOC_PREFIXES = [b"", b"{", b'{"body":{', b'{"body":{},"key_id":"', b"\xef\xbb\xbf{", b"   \n", b"[" * 50]


def on_device(w, name: str, reader: str, data: bytes, fn, **kw):
    """Run a device reader on ``data`` (written to a file): typed refusal or a result, and a
    refusal changes nothing in the vault."""
    session = w.devices[name]
    before = vault_state(session)
    path = w.scratch(reader, data)
    out = call(reader, lambda: fn(session, path), size=len(data), **kw)
    if isinstance(out, InspectorDeskError):
        assert vault_state(session) == before, f"a refused {reader} changed the vault"
    path.unlink(missing_ok=True)
    return out


def doc_parts(data: bytes) -> dict:
    return json.loads(data)


def resign_doc(w, doc_type: str, body) -> bytes:
    if not isinstance(body, dict):
        body = {"body": body}
    return sign_document(doc_type, body, w.hub.keys.signer)


# --- receipts ----------------------------------------------------------------------------------


@fuzz_settings(ci=60)
@given(edits=byte_edits())
def test_receipt_mutations(world, edits):
    data = apply_edits(world.files["receipt"], edits)
    on_device(world, "receipt", "receipt.bytes", data, sync.import_receipt)


@fuzz_settings(ci=60)
@given(prefix=st.sampled_from(DOC_PREFIXES), body=st.binary(max_size=2048))
def test_receipt_arbitrary_bytes(world, prefix, body):
    on_device(world, "receipt", "receipt.arbitrary", prefix + body, sync.import_receipt)


@fuzz_settings(ci=60)
@given(data=st.data())
def test_receipt_fields_resigned_by_headquarters(world, data):
    doc = doc_parts(world.files["receipt"])
    if data.draw(st.booleans(), label="whole document"):
        raw = harness.dumps_any(data, mutate_json(data, doc))  # envelope fields, not re-signed
    else:
        raw = resign_doc(world, doc["type"], mutate_json(data, doc["body"]))
    on_device(world, "receipt", "receipt.resigned", raw, sync.import_receipt)


# --- enrolment -----------------------------------------------------------------------------------


def _import_enrolment(session, path):
    return sync.import_enrolment(session, path)


@fuzz_settings(ci=50)
@given(edits=byte_edits())
def test_enrolment_mutations(world, edits):
    data = apply_edits(world.files["enrolment"], edits)
    on_device(world, "enrol", "enrolment.bytes", data, _import_enrolment)


@fuzz_settings(ci=50)
@given(prefix=st.sampled_from(DOC_PREFIXES), body=st.binary(max_size=2048))
def test_enrolment_arbitrary_bytes(world, prefix, body):
    on_device(world, "enrol", "enrolment.arbitrary", prefix + body, _import_enrolment)


@fuzz_settings(ci=60)
@given(data=st.data())
def test_enrolment_fields_resigned_by_headquarters(world, data):
    doc = doc_parts(world.files["enrolment"])
    if data.draw(st.booleans(), label="whole document"):
        raw = harness.dumps_any(data, mutate_json(data, doc))
    else:
        raw = resign_doc(world, doc["type"], mutate_json(data, doc["body"]))
    on_device(world, "enrol", "enrolment.resigned", raw, _import_enrolment)


# --- update packs --------------------------------------------------------------------------------


def _split(data: bytes) -> tuple[dict, bytes]:
    hlen = struct.unpack(">I", data[4:8])[0]
    return json.loads(data[8:8 + hlen]), data[8 + hlen:-72]


def _canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def seal_pack(w, header_bytes: bytes, plain: bytes) -> bytes:
    recipient = w.extra["update_identity"].to_public()
    payload = pyrage.encrypt(plain, [recipient])
    sig = w.hub.keys.signer.sign(signed_message(b"IDU1", hashlib.sha512(header_bytes).digest(),
                                                hashlib.sha512(payload).digest()))
    return b"IDU1" + struct.pack(">I", len(header_bytes)) + header_bytes + payload + trailer_magic(b"IDU1") + sig


def fresh_pack(w, which: str) -> tuple[dict, list[tuple[str, bytes]]]:
    header, _ = _split(w.files[which])
    header = dict(header, pack_id=str(uuid.uuid4()), seq=next(_seq))
    members = untar(w.extra["update_plain_" + which.split("_")[1]])
    manifest = json.loads(members[0][1])
    manifest.update(pack_id=header["pack_id"], seq=header["seq"])
    members[0] = ("manifest.json", _canonical(manifest) + b"\n")
    return header, members


def _import_update(session, path):
    return sync.import_update(session, path)


@fuzz_settings(ci=50)
@given(which=st.sampled_from(["update_records", "update_forms"]), edits=byte_edits())
def test_update_pack_mutations(world, which, edits):
    data = apply_edits(world.files[which], edits)
    if data != world.files[which]:
        out = on_device(world, "update", "update.bytes", data, _import_update)
        assert isinstance(out, InspectorDeskError), "a mutated update pack was applied"


@fuzz_settings(ci=50)
@given(data=st.data())
def test_update_pack_arbitrary_bytes(world, data):
    seed = world.files["update_forms"]
    hlen = struct.unpack(">I", seed[4:8])[0]
    prefix = data.draw(st.sampled_from([b"", b"IDU1", seed[:8], seed[:8 + hlen], seed[:8 + hlen + 300],
                                        b"IDU1\xff\xff\xff\xff", b"IDU1\x00\x00\x00\x02{}"]))
    tail = data.draw(st.sampled_from([b"", b"IDU1SIG\0" + bytes(64), seed[-72:]]))
    raw = prefix + data.draw(st.binary(max_size=4096)) + tail
    on_device(world, "update", "update.arbitrary", raw, _import_update)


@fuzz_settings(ci=40)
@given(which=st.sampled_from(["update_records", "update_forms"]), data=st.data())
def test_update_header_resigned_by_headquarters(world, which, data):
    header, members = fresh_pack(world, which)
    raw = seal_pack(world, harness.dumps_any(data, mutate_json(data, header))[:65536], tar(members))
    on_device(world, "update", "update.header", raw, _import_update)


def _mutate_yaml(data, text: bytes) -> bytes:
    if data.draw(st.booleans(), label="yaml bytes"):
        return apply_edits(text, data.draw(byte_edits(), label="yaml edits"))
    tree = yaml.safe_load(text)
    tree = mutate_json(data, json.loads(json.dumps(tree, default=str)))
    return yaml.safe_dump(tree, allow_unicode=True).encode()


@fuzz_settings(ci=80)
@given(which=st.sampled_from(["update_records", "update_forms"]), data=st.data())
def test_update_plaintext_resigned_by_headquarters(world, which, data):
    """The content of a pack (forms, choice lists, rules, records, the archive and its
    manifest) changed by someone holding headquarters' keys."""
    header, members = fresh_pack(world, which)
    names = [n for n, _ in members]
    target = data.draw(st.sampled_from(names + ["tar-bytes", "members"]), label="target")
    fix = data.draw(st.booleans(), label="fix manifest")
    if target == "tar-bytes":
        plain = apply_edits(tar(members), data.draw(byte_edits(), label="edits"))
    else:
        if target == "members":
            i = data.draw(st.integers(0, len(members) - 1), label="member")
            kind = data.draw(st.sampled_from(["drop", "repeat", "rename", "add"]), label="kind")
            if kind == "drop":
                del members[i]
            elif kind == "repeat":
                members.insert(i, members[i])
            elif kind == "rename":
                members[i] = (data.draw(st.sampled_from(
                    ["forms/x.v1.yaml", "forms/prevention_visit.v99.yaml", "choices/zz.yaml",
                     "rules/followup.json", "records.jsonl", "attachments/x", "other", "forms/A.v1.yaml"])),
                    members[i][1])
            else:
                members.insert(max(1, i), (data.draw(st.sampled_from(
                    ["forms/prevention_visit.v7.yaml", "choices/new_list.yaml", "attachments/"
                     + str(uuid.uuid4()), "rules/followup.json"])), data.draw(st.binary(max_size=400))))
        else:
            i = names.index(target)
            body = members[i][1]
            if target == "manifest.json":
                body = harness.dumps_any(data, mutate_json(data, json.loads(body))) + b"\n"
                fix = False
            elif target.endswith(".yaml"):
                body = _mutate_yaml(data, body)
            elif target.endswith(".json"):
                body = harness.dumps_any(data, mutate_json(data, json.loads(body)))
            elif target == "records.jsonl":
                lines = body.splitlines(keepends=True)
                k = data.draw(st.integers(0, len(lines) - 1), label="line")
                line = mutate_json(data, json.loads(lines[k]))
                if isinstance(line, dict) and isinstance(line.get("record"), dict) \
                        and data.draw(st.booleans(), label="rehash"):
                    line["sha256"] = record_sha256(line["record"])
                lines[k] = harness.dumps_any(data, line) + b"\n"
                body = b"".join(lines)
            else:
                body = apply_edits(body, data.draw(byte_edits(), label="blob edits"))
            members[i] = (target, body)
        plain = tar(fix_manifest(members) if fix else members)
    raw = seal_pack(world, _canonical(header), plain)
    on_device(world, "update", "update.plaintext", raw, _import_update)


def test_update_pack_huge_declared_lengths(world):
    header, members = fresh_pack(world, "update_forms")
    from inspector_desk.sync import tarstream

    cases = {
        "header length 4 GiB": b"IDU1\xff\xff\xff\xff" + world.files["update_forms"][8:],
        "manifest of 8 GiB": seal_pack(world, _canonical(header),
                                       tarstream.member_header("manifest.json", 8 ** 11 - 1, 0) + b"{" * 4000),
        "form of 8 GiB": seal_pack(world, _canonical(header), tar(members[:1])[:-1024]
                                   + tarstream.member_header(members[1][0], 8 ** 11 - 1, 0) + b"a: " * 2000),
    }
    header2, members2 = fresh_pack(world, "update_forms")
    members2[1] = (members2[1][0], b"a" * (5 * MiB))  # over the 4 MiB limit of a definition
    cases["form of 5 MiB"] = seal_pack(world, _canonical(header2), tar(fix_manifest(members2)))
    for name, raw in cases.items():
        out = on_device(world, "update", "update.huge", raw, _import_update, bound=20 * MiB)
        assert isinstance(out, InspectorDeskError), name


# --- recovery responses ---------------------------------------------------------------------------


def _read_response(w):
    v = w.devices["recovery"]
    pending = w.extra["recovery_pending"]
    hq_public = w.hub.keys.public
    identity = w.extra["recovery_identity_device"]
    return lambda data: read_response(data, base64.b64decode(hq_public.signing_key), v.actor.device_id,
                                      pending["request_id"], identity)


@fuzz_settings(ci=60)
@given(edits=byte_edits())
def test_recovery_response_mutations(world, edits):
    data = apply_edits(world.files["recovery_response"], edits)
    read = _read_response(world)
    call("recovery_response.bytes", lambda: read(data), size=len(data))


@fuzz_settings(ci=60)
@given(prefix=st.sampled_from(DOC_PREFIXES), body=st.binary(max_size=2048))
def test_recovery_response_arbitrary_bytes(world, prefix, body):
    read = _read_response(world)
    call("recovery_response.arbitrary", lambda: read(prefix + body), size=len(prefix + body))


@fuzz_settings(ci=60)
@given(data=st.data())
def test_recovery_response_resigned_by_headquarters(world, data):
    """Including a sealed key whose inner document is mutated and sealed again to the
    request's key (a response only headquarters could make)."""
    doc = json.loads(world.files["recovery_response"])
    body = mutate_json(data, doc["body"])
    if isinstance(body, dict) and data.draw(st.booleans(), label="reseal"):
        inner = mutate_json(data, {"request_id": world.extra["recovery_pending"]["request_id"],
                                   "device_id": world.devices["recovery"].actor.device_id,
                                   "nonce": "AAAAAAAAAAAAAAAA", "sealed": "00" * 32})
        sealed = pyrage.encrypt(harness.dumps_any(data, inner),
                                [world.extra["recovery_identity_device"].to_public()])
        body["sealed_box"] = base64.b64encode(sealed).decode()
    raw = resign_doc(world, RESPONSE_TYPE, body)
    read = _read_response(world)
    call("recovery_response.resigned", lambda: read(raw), size=len(raw))


SCRYPT_BOUND = 1200 * MiB
"""What ``recover`` may use: the pending request's key is Argon2id with the profile's
parameters (KdfParams bounds them: at most 1 GiB, 10 passes)."""


def test_recovery_pending_key_with_an_excessive_kdf_cost_is_refused_at_once(world):
    """A tampered pending file must not make ``recover`` allocate terabytes or run for hours."""
    profiles = world.devices["recovery"].profiles
    folder = profiles.folder("default")
    original = (folder / "recovery-pending.json").read_bytes()
    pending = json.loads(original)
    path = world.scratch("r.idrec", world.files["recovery_response"])
    try:
        for kdf in ({"memory_kib": 2 ** 30}, {"iterations": 10 ** 6}, {"lanes": 10 ** 4}, {"memory_kib": "9" * 50}):
            (folder / "recovery-pending.json").write_text(json.dumps(dict(pending, kdf={**pending["kdf"], **kdf})))
            out = call("recovery.kdf_cost", lambda: sync.recover(profiles, "default", path, NEW_PASSPHRASE),
                       size=len(original), limit_s=1.0, bound=16 * MiB)
            assert isinstance(out, InspectorDeskError) and out.code == "recovery_no_request"
    finally:
        (folder / "recovery-pending.json").write_bytes(original)


def _profile_files(profiles) -> dict[str, str]:
    folder = profiles.folder("default")
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.startswith(".")}


@fuzz_settings(ci=4, cap=60)
@given(edits=byte_edits())
def test_recovery_end_to_end_refusals_change_no_file(world, edits):
    """The whole of ``recover`` (key file, pending request, scrypt, response) on a few
    mutated responses: refused, and no file of the profile changed. (Few examples: each
    pays for the scrypt of the pending request.)"""
    profiles = world.devices["recovery"].profiles
    data = apply_edits(world.files["recovery_response"], edits)
    before = _profile_files(profiles)
    path = world.scratch("r.idrec", data)
    out = call("recovery.end_to_end", lambda: sync.recover(profiles, "default", path, NEW_PASSPHRASE),
               size=len(data), limit_s=20, bound=SCRYPT_BOUND)
    assert isinstance(out, InspectorDeskError)
    assert _profile_files(profiles) == before


@fuzz_settings(ci=10, cap=150)
@given(data=st.data())
def test_recovery_pending_file_damaged(world, data):
    """``recovery-pending.json`` beside the vault, damaged or edited: a typed refusal."""
    profiles = world.devices["recovery"].profiles
    folder = profiles.folder("default")
    original = (folder / "recovery-pending.json").read_bytes()
    try:
        if data.draw(st.booleans(), label="bytes"):
            damaged = apply_edits(original, data.draw(byte_edits(), label="edits"))
        else:
            damaged = harness.dumps_any(data, mutate_json(data, json.loads(original)))
        if damaged == original:
            return
        (folder / "recovery-pending.json").write_bytes(damaged)
        # A response to another request: the pending file is read, decrypted and checked to
        # the end, but no variant can complete a recovery (which would re-key the vault).
        body = dict(json.loads(world.files["recovery_response"])["body"], request_id=str(uuid.uuid4()))
        path = world.scratch("r.idrec", resign_doc(world, RESPONSE_TYPE, body))
        out = call("recovery.pending_file", lambda: sync.recover(profiles, "default", path, NEW_PASSPHRASE),
                   size=len(damaged), limit_s=20, bound=SCRYPT_BOUND)
        assert isinstance(out, InspectorDeskError)
    finally:
        (folder / "recovery-pending.json").write_bytes(original)


# --- documents too large to be what they claim ---------------------------------------------------


def test_oversized_documents_are_refused_without_reading_them_whole(world):
    """A receipt, an enrolment or a recovery response is a small signed document (1 MiB at
    most); a 64 MiB file is refused without loading it."""
    big = world.files["receipt"][:-1] + b" " * (64 * MiB) + b"}"
    for name, fn in (("receipt", sync.import_receipt), ("enrol", _import_enrolment)):
        out = on_device(world, name, "document.oversized", big, fn, bound=8 * MiB)
        assert isinstance(out, InspectorDeskError)


def test_receipt_numbers_beyond_sqlite_integers(world):
    """Numbers a database integer cannot hold, in a receipt headquarters signed."""
    doc = doc_parts(world.files["receipt"])
    for change in ({"highest_seq": 2 ** 63}, {"highest_seq": -(2 ** 63) - 1}, {"highest_seq": 10 ** 30},
                   {"accepted": [{"seq": 2 ** 64, "bundle_id": "x", "sha512": "y"}]},
                   {"missing": [2 ** 70]}, {"rejected": [{"seq": 2 ** 70}]}):
        raw = resign_doc(world, doc["type"], dict(doc["body"], **change, receipt_id=str(uuid.uuid4())))
        on_device(world, "receipt", "receipt.big_numbers", raw, sync.import_receipt)


def test_update_pack_numbers_beyond_sqlite_integers(world):
    for seq in (2 ** 63, 2 ** 64, -(2 ** 63) - 1, 0, -1):
        header, members = fresh_pack(world, "update_forms")
        header["seq"] = seq
        manifest = json.loads(members[0][1])
        manifest["seq"] = seq
        members[0] = ("manifest.json", _canonical(manifest) + b"\n")
        out = on_device(world, "update", "update.big_numbers", seal_pack(world, _canonical(header), tar(members)),
                        _import_update)
        assert isinstance(out, InspectorDeskError)
