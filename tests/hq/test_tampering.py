"""Every tampered bundle is refused, each kind with its own code, and the headquarters
database is unchanged (SECURITY.md T8, T9, T11): bit flips anywhere, truncation at every
chunk boundary and at random offsets, appended bytes, the wrong headquarters key, unknown
and revoked devices, replays, re-signing by another enrolled device, and content that only
a compromised device key could sign (truncated or reordered chunks, a forged manifest)."""

from __future__ import annotations

import hashlib
import io
import random
import struct

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from inspector_desk.app.demo import generate
from inspector_desk.hq import devices
from inspector_desk.hq.importer import AlreadyImported, ImportResult, Rejection
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.envelope import signed_message, trailer_magic
from tests.hq.test_import import attach
from tests.sync.fixtures import export

CHUNK = 64 * 1024 + 16  # an age STREAM chunk: 64 KiB of plaintext and its tag


class Bundle:
    """A bundle file taken apart: prefix, header, payload (age), trailer."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.hlen = struct.unpack(">I", data[4:8])[0]
        self.header = data[8:8 + self.hlen]
        self.payload = data[8 + self.hlen:-72]
        self.payload_at = 8 + self.hlen

    def age_body_at(self) -> int:
        """Offset of the first STREAM chunk (after the age header and its 16-byte nonce)."""
        end = self.payload.index(b"\n--- ") + 1
        end = self.payload.index(b"\n", end) + 1
        return self.payload_at + end + 16


def resign(signer, header: bytes, payload: bytes, magic: bytes = b"IDB1") -> bytes:
    sig = signer.sign(signed_message(magic, hashlib.sha512(header).digest(),
                                     hashlib.sha512(payload).digest()))
    return magic + struct.pack(">I", len(header)) + header + payload + trailer_magic(magic) + sig


@pytest.fixture
def scene(hub, make_device, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=3, seed=11)
    attach(a, 300_000)  # the payload spans several 64 KiB chunks
    [bundle] = export(a, tmp_path / "usb")
    original = bundle.path.read_bytes()
    return a, original


def attempt(hub, tmp_path, data: bytes, name: str = "t.idb"):
    path = tmp_path / "attempts" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    [r] = hub.import_(path)
    return r


def refused(r, *codes: str) -> str:
    assert isinstance(r, Rejection), f"accepted a tampered bundle: {r}"
    if codes:
        assert r.error.code in codes, r.error.code
    assert r.quarantined is not None and r.quarantined.with_name(r.quarantined.name + ".reason.txt").exists()
    return r.error.code


def test_bit_flips_anywhere_are_refused(hub, scene, tmp_path):
    _a, data = scene
    b = Bundle(data)
    before = hub.dump()
    rng = random.Random(1)
    offsets = set(range(0, 8)) | set(range(8, 8 + b.hlen, max(1, b.hlen // 60)))
    offsets |= {rng.randrange(b.payload_at, len(data) - 72) for _ in range(150)}
    offsets |= set(range(len(data) - 72, len(data), 5))
    codes = {}
    for i, off in enumerate(sorted(offsets)):
        tampered = bytearray(data)
        tampered[off] ^= 1 << rng.randrange(8)
        code = refused(attempt(hub, tmp_path, bytes(tampered), f"flip{i}.idb"))
        region = ("prefix" if off < 8 else "header" if off < b.payload_at else
                  "payload" if off < len(data) - 72 else "trailer")
        codes.setdefault(region, set()).add(code)
    assert codes["payload"] == {"bundle_signature_invalid"}
    assert codes["trailer"] <= {"bundle_trailer_invalid", "bundle_signature_invalid"}
    assert codes["header"] <= {"bundle_header_invalid", "bundle_signature_invalid", "device_unknown",
                               "bundle_wrong_hq_key", "bundle_malformed"}
    assert hub.dump() == before
    assert isinstance(attempt(hub, tmp_path, data, "good.idb"), ImportResult)


def test_truncation_and_appended_bytes_are_refused(hub, scene, tmp_path):
    _a, data = scene
    b = Bundle(data)
    before = hub.dump()
    body = b.age_body_at()
    cuts = set()
    for k in range(0, (len(data) - body) // CHUNK + 2):
        for d in (-1, 0, 1):
            cuts.add(body + k * CHUNK + d)
    rng = random.Random(2)
    cuts |= {rng.randrange(1, len(data)) for _ in range(60)}
    cuts |= {len(data) - 1, len(data) - 72, len(data) - 73, b.payload_at, 4, 8}
    for i, cut in enumerate(sorted(c for c in cuts if 0 < c < len(data))):
        refused(attempt(hub, tmp_path, data[:cut], f"cut{i}.idb"),
                "bundle_trailer_invalid", "bundle_malformed", "bundle_header_invalid")
    for i, extra in enumerate((b"\0", b"x" * 1000, data[-72:])):
        refused(attempt(hub, tmp_path, data + extra, f"app{i}.idb"),
                "bundle_trailer_invalid", "bundle_signature_invalid")
    assert hub.dump() == before


def test_size_cap(hub, scene, tmp_path):
    _a, data = scene
    hub_small = hub.importer
    hub_small.max_bundle = len(data) - 1
    path = tmp_path / "big.idb"
    path.write_bytes(data)
    [r] = hub_small.import_paths([path])
    refused(r, "bundle_too_large")


def test_unknown_revoked_replayed_and_wrong_key(hub, make_hub, scene, tmp_path):
    a, data = scene
    # Another headquarters never enrolled this device.
    other = make_hub()
    refused(attempt(other, tmp_path, data, "unknown.idb"), "device_unknown")
    # Imported once; the same file again is "already imported": not a refusal, not moved.
    assert isinstance(attempt(hub, tmp_path, data, "first.idb"), ImportResult)
    before = hub.dump()
    again = attempt(hub, tmp_path, data, "again.idb")
    assert isinstance(again, AlreadyImported) and again.path.exists()
    assert hub.dump() == before
    # The same number with other content (a device restored from an old backup).
    b = Bundle(data)
    header = __import__("json").loads(b.header)
    header["bundle_id"] = "00000000-0000-4000-8000-000000000000"
    refused(attempt(hub, tmp_path, resign(a.signing_key, canonical(header), b.payload), "fork.idb"),
            "bundle_seq_reused")
    # Encrypted for another headquarters key (the header says so: refused before decryption).
    other_key = pyrage.x25519.Identity.generate()
    header = __import__("json").loads(b.header)
    header["hq_key_id"] = "0123456789abcdef"
    refused(attempt(hub, tmp_path, resign(a.signing_key, canonical(header), b.payload), "k.idb"),
            "bundle_wrong_hq_key")
    # A header that names our key over content encrypted to another one.
    payload = pyrage.encrypt(b"not for you", [other_key.to_public()])
    header = __import__("json").loads(b.header)
    header["seq"], header["prev_seq"], header["prev_hash"] = 9, 1, hub.repo.bundle_at(
        a.actor.device_id, 1).sha512
    header["bundle_id"] = "00000000-0000-4000-8000-000000000009"
    refused(attempt(hub, tmp_path, resign(a.signing_key, canonical(header), payload), "k2.idb"),
            "bundle_decrypt_failed")
    # Revoked: every further bundle is refused.
    devices.revoke(hub.repo, a.actor.device_id, "laptop stolen", "t", "test")
    after_revoke = hub.dump()
    [b2] = export(a, tmp_path / "later")
    refused(attempt(hub, tmp_path, b2.path.read_bytes(), "revoked.idb"), "device_revoked")
    assert hub.dump() == after_revoke
    def data_rows(dump):
        return [r for r in dump if r[0] not in ("devices", "events")]

    assert data_rows(before) == data_rows(after_revoke)


def test_resigned_by_another_enrolled_device(hub, make_device, scene, tmp_path):
    a, data = scene
    b_dev = make_device("b", "B-2")
    hub.enrol(b_dev, "BBBB")
    before = hub.dump()
    bundle = Bundle(data)
    # B signs A's bundle as it is: the signature is not A's.
    refused(attempt(hub, tmp_path, resign(b_dev.signing_key, bundle.header, bundle.payload), "s1.idb"),
            "bundle_signature_invalid")
    # B claims A's encrypted content as its own bundle: the signed manifest inside says A.
    header = __import__("json").loads(bundle.header)
    header["device_id"], header["device_key_id"] = b_dev.actor.device_id, b_dev.signing_key.key_id
    refused(attempt(hub, tmp_path, resign(b_dev.signing_key, canonical(header), bundle.payload), "s2.idb"),
            "bundle_signer_mismatch")
    # The signature stripped off entirely.
    refused(attempt(hub, tmp_path, data[:-72], "s3.idb"), "bundle_trailer_invalid")
    assert hub.dump() == before


def test_content_only_a_compromised_key_could_sign_is_still_refused(hub, scene, tmp_path):
    """With the device key, an attacker can sign anything; age and the strict reader still
    refuse truncated, reordered or forged content, and nothing is applied."""
    a, data = scene
    b = Bundle(data)
    before = hub.dump()
    body = b.age_body_at() - b.payload_at
    payload = b.payload
    n_chunks = (len(payload) - body + CHUNK - 1) // CHUNK
    assert n_chunks >= 4
    variants = {}
    for k in range(1, n_chunks):
        variants[f"cut{k}"] = payload[:body + k * CHUNK]  # whole chunks, the final one missing
    chunks = [payload[body + i * CHUNK: body + (i + 1) * CHUNK] for i in range(n_chunks)]
    variants["swap"] = payload[:body] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    variants["dup"] = payload[:body] + chunks[0] + b"".join(chunks)
    variants["drop"] = payload[:body] + b"".join(chunks[:1] + chunks[2:])
    for name, p in variants.items():
        refused(attempt(hub, tmp_path, resign(a.signing_key, b.header, p), f"{name}.idb"),
                "bundle_decrypt_failed")
    # Forged plaintext, validly encrypted and signed: member hashes, schema, audit chain.
    plain = io.BytesIO()
    pyrage.decrypt_io(io.BytesIO(payload), plain, [hub.keys.import_identity])
    recipient = [pyrage.x25519.Recipient.from_str(hub.keys.public.import_recipient)]
    for name, forged, code in _forgeries(plain.getvalue()):
        p = pyrage.encrypt(forged, recipient)
        refused(attempt(hub, tmp_path, resign(a.signing_key, b.header, p), f"{name}.idb"), code)
    assert hub.dump() == before
    assert isinstance(attempt(hub, tmp_path, data, "good.idb"), ImportResult)


def _forgeries(plain: bytes):
    from inspector_desk.sync import tarstream

    members = _untar(plain)
    names = list(members)

    def build(ms: dict[str, bytes], fix_manifest: bool = True) -> bytes:
        ms = dict(ms)
        if fix_manifest:
            manifest = __import__("json").loads(ms["manifest.json"])
            manifest["members"] = [{"name": n, "size": len(ms[n]),
                                    "sha256": hashlib.sha256(ms[n]).hexdigest()}
                                   for n in names if n != "manifest.json"]
            ms["manifest.json"] = canonical(manifest) + b"\n"
        out = b"".join(b"".join(tarstream.write_member(n, len(ms[n]), 0, [ms[n]])) for n in names)
        return out + tarstream.END

    records = members["records.jsonl"].splitlines(keepends=True)
    edited = records[0].replace(b'"deleted":false', b'"deleted":true')
    yield "member-hash", build({**members, "records.jsonl": edited + b"".join(records[1:])},
                               fix_manifest=False), "bundle_manifest_mismatch"
    yield "record-hash", build({**members, "records.jsonl": edited + b"".join(records[1:])}), \
        "bundle_content_invalid"
    yield "record-dropped", build({**members, "records.jsonl": b"".join(records[1:])}), \
        "bundle_manifest_mismatch"
    audit = members["audit.jsonl"].splitlines(keepends=True)
    yield "audit-gap", build({**members, "audit.jsonl": b"".join(audit[:3] + audit[4:])}), \
        "bundle_audit_invalid"
    yield "not-tar", b"\x00" * 100 + b"garbage", "bundle_malformed"
    yield "extra-member", build(members) + b"x" * 512, "bundle_malformed"


def _untar(data: bytes) -> dict[str, bytes]:
    import tarfile

    out = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        for m in tf.getmembers():
            out[m.name] = tf.extractfile(m).read()
    return out


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(["flip", "cut", "insert", "zero"]),
                                st.binary(min_size=1, max_size=40)), min_size=1, max_size=4))
def test_random_mutations_only_ever_end_in_a_refusal(sqlite_hub, scene_sqlite, tmp_path, edits):
    """Hypothesis mutations of a valid bundle (SECURITY.md T12): a typed refusal, nothing else,
    and the database untouched."""
    hub, data = sqlite_hub, scene_sqlite
    before = hub.dump()
    mutated = bytearray(data)
    for pos, op, blob in edits:
        at = pos % max(1, len(mutated))
        if op == "flip":
            mutated[at] ^= blob[0] or 1
        elif op == "cut":
            del mutated[at:at + len(blob) * 97]
        elif op == "insert":
            mutated[at:at] = blob
        else:
            mutated[at:at + len(blob)] = bytes(len(blob))
    if bytes(mutated) == data:
        return
    r = attempt(hub, tmp_path, bytes(mutated), f"h{abs(hash(bytes(mutated)))}.idb")
    assert isinstance(r, Rejection), r
    assert hub.dump() == before


@pytest.fixture
def scene_sqlite(sqlite_hub, make_device, tmp_path):
    a = make_device("h", "H-1")
    sqlite_hub.enrol(a, "HHHH")
    generate(a, households=2, seed=13)
    attach(a, 150_000)
    [bundle] = export(a, tmp_path / "usb")
    return bundle.path.read_bytes()
