"""The hostile-bundle suite (issue 14, "Done when"; docs/hostile-bundles.md).

A deterministic, named catalogue of hostile variants, each made from real bundles exported
by real devices, imported into a real headquarters on SQLite and on PostgreSQL. Every
variant must end as it must: refused with its reason code (quarantined with the reason, the
database byte-for-byte unchanged), held (the file accepted, the change kept aside with its
reason, the state tables unchanged), "already imported" (nothing moved, nothing refused)
or skipped (a special file, never read). After each group, the receipt headquarters writes
for each honest device is imported by that device: it lists only refusals of files the
device itself signed, and every held change with its reason. ``test_tally`` counts the
variants per back-end (at least 400) and prints them by category and outcome.

Run: ``.venv/bin/python -m pytest tests/hq/test_hostile_suite.py -q``
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import socket
import struct
import uuid
from pathlib import Path

import pyrage
import pytest

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase, Participant, Person, Visit
from inspector_desk.core.services import PersonInput
from inspector_desk.core.services.base import device_case_prefix
from inspector_desk.hq import devices
from inspector_desk.hq.gaps import gaps_of
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync import limits
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.records_codec import record_sha256
from tests.fuzz.world import tar
from tests.hq.hostile_variants import CATEGORIES, TALLY, Ledger, counts
from tests.hq.test_authority import a_person_of, edit_person, forge, leak, open_case, two_devices
from tests.hq.test_bounds import Seed, _patch
from tests.hq.test_import import attach
from tests.hq.test_reenrol import approve, forged_request
from tests.hq.test_tampering import CHUNK, Bundle, _forgeries, resign
from tests.sync.fixtures import export

NOW = "2026-11-21T10:00:00+05:00"


def _spread(lo: int, hi: int, n: int) -> list[int]:
    """``n`` offsets spread evenly over [lo, hi)."""
    step = max(1, (hi - lo) // n)
    return list(range(lo, hi, step))[:n]


def _flip(data: bytes, at: int, bit: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 1 << bit
    return bytes(out)


# --- 1. the envelope: bytes flipped, cut, appended; chunks re-signed ----------------------------


def test_envelope_damage(hub, make_device, backend, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=3, seed=11)
    attach(a, 300_000)  # the payload spans several 64 KiB chunks
    [bundle] = export(a, tmp_path / "usb")
    data = bundle.path.read_bytes()
    b = Bundle(data)
    n, trailer, body = len(data), len(data) - 72, b.age_body_at()
    n_chunks = -(-(trailer - body) // CHUNK)
    assert n_chunks >= 5
    lg = Ledger(hub, tmp_path / "in", backend)
    rng = random.Random(14)
    header_codes = {"bundle_header_invalid", "bundle_signature_invalid", "device_unknown",
                    "bundle_wrong_hq_key", "bundle_malformed"}
    regions: dict[str, tuple[list[tuple[int, int]], set[str]]] = {
        "magic": ([(o, bit) for o in range(4) for bit in (0, 7)], {"bundle_malformed"}),
        "header-length": ([(o, bit) for o in range(4, 8) for bit in (0, 7)],
                          {"bundle_malformed", "bundle_header_invalid", "bundle_trailer_invalid"}),
        "header": ([(o, rng.randrange(8)) for o in _spread(8, b.payload_at, 60)], header_codes),
        "age-header": ([(o, rng.randrange(8)) for o in _spread(b.payload_at, body, 30)],
                       {"bundle_signature_invalid"}),
        "trailer-magic": ([(o, rng.randrange(8)) for o in range(trailer, trailer + 8)],
                          {"bundle_trailer_invalid"}),
        "signature": ([(o, rng.randrange(8)) for o in range(trailer + 8, n, 4)],
                      {"bundle_signature_invalid"}),
    }
    for k in range(n_chunks):
        start, end = body + k * CHUNK, min(body + (k + 1) * CHUNK, trailer)
        regions[f"chunk{k}"] = ([(start, 0), ((start + end) // 2, 3), (end - 17, 5), (end - 1, 7)],
                                {"bundle_signature_invalid"})
    for region, (spots, codes) in regions.items():
        for at, bit in spots:
            lg.bundle("byte-flip", f"{region}-{at}-bit{bit}", _flip(data, at, bit), codes)

    cuts = {0, 1, 3, 4, 7, 8, 9, 8 + b.hlen // 2, b.payload_at - 1, b.payload_at, b.payload_at + 1,
            (b.payload_at + body) // 2, body - 16, body, trailer - 1, trailer, trailer + 1,
            trailer + 8, n - 32, n - 1}
    for k in range(1, n_chunks + 1):
        cuts |= {body + k * CHUNK + d for d in (-1, 0, 1)}
    cuts |= {rng.randrange(1, n) for _ in range(20)}
    for cut in sorted(c for c in cuts if 0 <= c < n):
        lg.bundle("truncation", f"at-{cut}", data[:cut],
                  {"bundle_trailer_invalid", "bundle_malformed", "bundle_header_invalid"})

    appended = {
        "zero-byte": data + b"\0", "newline": data + b"\n", "ff": data + b"\xff",
        "1000-x": data + b"x" * 1000, "trailer-again": data + data[-72:],
        "signature-again": data + data[-64:], "trailer-magic-again": data + data[-72:-64],
        "72-zeros": data + bytes(72), "64k-zeros": data + bytes(65536), "bundle-twice": data + data,
        "prepended-zero": b"\0" + data, "prepended-magic": b"IDB1" + data,
    }
    for name, bad in appended.items():
        lg.bundle("appended", name, bad, {"bundle_trailer_invalid", "bundle_signature_invalid",
                                          "bundle_malformed", "bundle_header_invalid"})

    # With the device's own key (a stolen key): age still refuses damaged chunks.
    payload, rel = b.payload, body - b.payload_at
    chunks = [payload[rel + i * CHUNK: rel + (i + 1) * CHUNK] for i in range(n_chunks)]
    signed = {f"first-{k}-chunks-only": payload[:rel + k * CHUNK] for k in range(1, n_chunks)}
    signed |= {"swap-0-1": payload[:rel] + chunks[1] + chunks[0] + b"".join(chunks[2:]),
               "chunk-0-twice": payload[:rel] + chunks[0] + b"".join(chunks),
               "chunk-1-dropped": payload[:rel] + b"".join(chunks[:1] + chunks[2:]),
               "last-two-swapped": payload[:rel] + b"".join(chunks[:-2] + chunks[-1:] + chunks[-2:-1]),
               "last-chunk-cut": payload[:-1]}
    signed |= {f"flip-chunk{k}": _flip(payload, rel + k * CHUNK + 100, 2) for k in range(n_chunks)}
    for name, p in signed.items():
        lg.bundle("chunks-resigned", name, resign(a.signing_key, b.header, p), "bundle_decrypt_failed",
                  verified=True, device=a.actor.device_id)
    for at in _spread(0, rel - 16, 4):  # the age header (stanzas, MAC), re-signed
        lg.bundle("chunks-resigned", f"age-header-{at}", resign(a.signing_key, b.header, _flip(payload, at, 1)),
                  {"bundle_decrypt_failed", "bundle_malformed"}, verified=True, device=a.actor.device_id)

    lg.control(data)
    lg.check_receipt(a, held=set())
    assert lg.last_receipt.acknowledged == [1]
    lg.finish()


# --- 2. header fields: re-signed with the device key, and unsigned -------------------------------


def test_header_fields(hub, make_device, backend, tmp_path):
    a, b = two_devices(hub, make_device)
    [bundle] = export(a, tmp_path / "usb")
    data = bundle.path.read_bytes()
    env = Bundle(data)
    h = json.loads(env.header)
    raw = canonical(h)
    assert raw == env.header
    a_id, b_id = a.actor.device_id, b.actor.device_id
    assert h["escrow_key_id"]

    def ch(**kw) -> bytes:
        return canonical({**h, **kw})

    def without(key: str) -> bytes:
        return canonical({k: v for k, v in h.items() if k != key})

    def spelled(old: bytes, new: bytes) -> bytes:
        assert old in raw, old
        return raw.replace(old, new, 1)

    inv, oob = "bundle_header_invalid", "bundle_out_of_bounds"
    # name → (header bytes, code when signed by the device, verified when signed)
    v: dict[str, tuple[bytes, str, bool]] = {
        "seq-0": (ch(seq=0), inv, False),
        "seq-negative": (ch(seq=-1), inv, False),
        "seq-min-int": (ch(seq=-2 ** 63), inv, False),
        "seq-2^31-1": (ch(seq=2 ** 31 - 1), oob, True),
        "seq-2^31": (ch(seq=2 ** 31), oob, True),
        "seq-10001-ahead": (ch(seq=limits.MAX_SEQ_AHEAD + 1), oob, True),
        "seq-2^62": (ch(seq=2 ** 62), oob, True),
        "seq-2^63-1": (ch(seq=2 ** 63 - 1), oob, True),
        "seq-2^63": (ch(seq=2 ** 63), inv, False),
        "seq-2^64": (ch(seq=2 ** 64), inv, False),
        "seq-10^30": (ch(seq=10 ** 30), inv, False),
        "seq-string": (ch(seq="1"), inv, False),
        "seq-float": (spelled(b'"seq":1,', b'"seq":1.0,'), inv, False),
        "seq-exponent": (spelled(b'"seq":1,', b'"seq":1e0,'), inv, False),
        "seq-leading-zero": (spelled(b'"seq":1,', b'"seq":01,'), inv, False),
        "seq-minus-zero": (spelled(b'"seq":1,', b'"seq":-0,'), inv, False),
        "seq-true": (ch(seq=True), inv, False),
        "seq-null": (ch(seq=None), inv, False),
        "seq-list": (ch(seq=[1]), inv, False),
        "seq-2-over-the-payload-of-1": (ch(seq=2), "bundle_signer_mismatch", True),
        "prev_seq-equals-seq": (ch(prev_seq=1, prev_hash="ab" * 64), inv, False),
        "prev_seq-negative": (ch(prev_seq=-1), inv, False),
        "prev_hash-without-prev_seq": (ch(prev_hash="ab" * 64), inv, False),
        "prev_hash-upper-case": (ch(seq=3, prev_seq=2, prev_hash="AB" * 64), inv, False),
        "prev_hash-short": (ch(seq=3, prev_seq=2, prev_hash="ab" * 32), inv, False),
        "bundle_id-not-uuid": (ch(bundle_id="not-a-uuid"), inv, False),
        "bundle_id-upper-case": (ch(bundle_id=h["bundle_id"].upper()), inv, False),
        "bundle_id-number": (ch(bundle_id=1), inv, False),
        "bundle_id-another": (ch(bundle_id=str(uuid.UUID(int=7, version=4))), "bundle_signer_mismatch", True),
        "device_id-unknown": (ch(device_id=str(uuid.UUID(int=9, version=4))), "device_unknown", False),
        "device_id-of-b": (ch(device_id=b_id), "bundle_signature_invalid", False),
        "device_id-and-key-of-b": (ch(device_id=b_id, device_key_id=b.signing_key.key_id),
                                   "bundle_signature_invalid", False),
        "device_id-not-uuid": (ch(device_id="A-1"), inv, False),
        "device_key_id-of-b": (ch(device_key_id=b.signing_key.key_id), "bundle_signature_invalid", False),
        "device_key_id-zeros": (ch(device_key_id="0" * 16), "bundle_signature_invalid", False),
        "device_key_id-17-digits": (ch(device_key_id=h["device_key_id"] + "0"), inv, False),
        "device_key_id-not-hex": (ch(device_key_id="g" + h["device_key_id"][1:]), inv, False),
        "hq_key_id-another": (ch(hq_key_id="0123456789abcdef"), "bundle_wrong_hq_key", False),
        "hq_key_id-the-hq-signing-key": (ch(hq_key_id=hub.keys.public.signing_key_id),
                                         "bundle_wrong_hq_key", False),
        "hq_key_id-the-escrow-key": (ch(hq_key_id=h["escrow_key_id"]), "bundle_wrong_hq_key", False),
        "hq_key_id-empty": (ch(hq_key_id=""), inv, False),
        "hq_key_id-not-hex": (ch(hq_key_id="z" * 16), inv, False),
        "escrow_key_id-not-hex": (ch(escrow_key_id="xyz"), inv, False),
        "format-0": (ch(format=0), inv, False),
        "format-1-without-its-fields": (ch(format=1), inv, False),
        "format-3": (ch(format=3), inv, False),
        "format-string": (ch(format="2"), inv, False),
        "format-float": (spelled(b'"format":2,', b'"format":2.0,'), inv, False),
        "type-update": (ch(type="update"), inv, False),
        "type-receipt": (ch(type="receipt"), inv, False),
        "extra-counts": (ch(counts={}), inv, False),
        "extra-note": (ch(note="hello"), inv, False),
        "extra-signature": (ch(signature="AAAA"), inv, False),
        "volume-index-0": (ch(volume={"index": 0, "count": 1}), inv, False),
        "volume-index-above-count": (ch(volume={"index": 2, "count": 1}), inv, False),
        "volume-count-0": (ch(volume={"index": 1, "count": 0}), inv, False),
        "volume-extra-key": (ch(volume={"index": 1, "count": 1, "of": 1}), inv, False),
        "volume-count-beyond-limit": (ch(volume={"index": 1, "count": limits.MAX_VOLUMES + 1}), oob, True),
        "plaintext_size-negative": (ch(plaintext_size=-1), inv, False),
        "plaintext_size-2^63": (ch(plaintext_size=2 ** 63), inv, False),
        "plaintext_size-beyond-limit": (ch(plaintext_size=limits.MAX_PLAINTEXT + 1), oob, True),
        "plaintext_size-below-the-archive": (ch(plaintext_size=1024), oob, True),
        "schema_version-0": (ch(schema_version=0), inv, False),
        "schema_version-beyond-limit": (ch(schema_version=limits.MAX_SCHEMA_VERSION + 1), oob, True),
        "created_at-not-a-time": (ch(created_at="yesterday"), inv, False),
        "created_at-empty": (ch(created_at=""), inv, False),
        "created_at-another-time": (ch(created_at=NOW), "bundle_manifest_mismatch", True),
        "app_version-65-chars": (ch(app_version="x" * 65), inv, False),
        "app_version-number": (ch(app_version=1), inv, False),
        "spelling-spaced": (json.dumps(h, sort_keys=True, ensure_ascii=False).encode(), inv, False),
        "spelling-indented": (json.dumps(h, sort_keys=True, indent=1).encode(), inv, False),
        "spelling-unsorted": (json.dumps(dict(reversed(list(h.items()))), separators=(",", ":"))
                              .encode(), inv, False),
        "spelling-duplicate-key": (spelled(b'"type":"bundle"', b'"type":"bundle","type":"bundle"'), inv, False),
        "spelling-trailing-space": (raw + b" ", inv, False),
        "spelling-trailing-newline": (raw + b"\n", inv, False),
        "spelling-bom": (b"\xef\xbb\xbf" + raw, inv, False),
        "spelling-not-utf8": (spelled(b'"app_version":"', b'"app_version":"\xff'), inv, False),
        "spelling-escaped-ascii": (spelled(b'"type":"bundle"', b'"type":"\\u0062undle"'), inv, False),
        "spelling-lone-surrogate": (spelled(b'"app_version":"', b'"app_version":"\\ud800'), inv, False),
        "spelling-array": (b"[" + raw + b"]", inv, False),
        "spelling-empty-object": (b"{}", inv, False),
        "spelling-nul": (b"\0\0", inv, False),
        "length-1": (b"{", "bundle_malformed", False),
        "length-beyond-64k": (ch(app_version="x" * 70_000), "bundle_malformed", False),
    }
    for key in sorted(h):
        v[f"missing-{key}"] = (without(key), inv, False)
    lg = Ledger(hub, tmp_path / "in", backend)
    for name, (header, code, verified) in v.items():
        lg.bundle("header-signed", name, resign(a.signing_key, header, env.payload), code, verified=verified,
                  device=a_id if verified else None)
        # The same header without a new signature: the old one no longer matches.
        unsigned = b"IDB1" + struct.pack(">I", len(header)) + header + env.payload + data[-72:]
        lg.bundle("header-unsigned", name, unsigned, "bundle_signature_invalid" if verified else code,
                  verified=False)
    lg.control(data)
    # Huge numbers were never stored: every device's gaps (the `devices` listing) still work.
    assert [gaps_of(hub.repo, s.actor.device_id).highest for s in (a, b)] == [1, 0]
    lg.check_receipt(a, held=set())
    lg.check_receipt(b, held=set())
    assert hub.receipt(a).stat().st_size < 1 << 20
    lg.finish()


# --- 3. the plaintext: tar, manifest and content strictness, signed by the device key -----------


def test_archive_manifest_and_content(hub, make_device, backend, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=2, seed=5)
    attach(a, 5000)
    [bundle] = export(a, tmp_path / "usb")
    seed = Seed(hub, a, bundle.path.read_bytes())
    lg = Ledger(hub, tmp_path / "in", backend)
    a_id = a.actor.device_id
    members = [tuple(m) for m in seed.members]
    assert len(members) == 4 and [n for n, _ in members[:3]] == ["manifest.json", "records.jsonl", "audit.jsonl"]
    plain = tar(members)
    manifest = json.loads(members[0][1])
    mal = "bundle_malformed"

    def plain_variant(p: bytes) -> bytes:
        """A raw archive under the header's own ``bundle_id`` (what the manifest inside says)."""
        return seed.variant(plain=p, bundle_id=seed.header["bundle_id"])

    def send(category: str, name: str, data: bytes, code) -> None:
        lg.bundle(category, name, data, code, verified=True, device=a_id)

    # --- archive: the ustar subset
    size = len(members[0][1])
    octal = f"{size:011o}".encode()
    fields = {
        "underscore": octal[:6] + b"_" + octal[7:] + b"\0", "leading-space": b" " + octal[1:] + b"\0",
        "trailing-space": octal + b" ", "plus": b"+" + octal[1:] + b"\0", "negative": b"-0000000001\0",
        "0o-prefix": b"0o" + octal[2:] + b"\0", "no-nul": octal[1:] + b"00",
        "base-256": b"\x80" + bytes(7) + size.to_bytes(4, "big"),
    }
    for name, field in fields.items():
        assert len(field) == 12, name
        send("archive", f"size-{name}", plain_variant(_patch(plain[:512], 124, field) + plain[512:]), mal)
    head = bytearray(plain[:512])
    check = f"{sum(head[:148]) + 256 + sum(head[156:]):06o}"
    for name, stored in {"underscore": check[1] + "_" + check[2:] + "\0 ", "space": " " + check[1:] + "\0 ",
                         "no-space": check + "\0\0", "off-by-one": f"{int(check, 8) + 1:06o}\0 "}.items():
        bad = bytearray(head)
        bad[148:156] = stored.encode()
        send("archive", f"checksum-{name}", plain_variant(bytes(bad) + plain[512:]), mal)
    for flag in b"125xgLK\0":
        send("archive", f"typeflag-{flag:02x}", plain_variant(_patch(plain[:512], 156, bytes([flag])) + plain[512:]), mal)
    for name, at, value in (("gnu-magic", 257, b"ustar  \0"), ("version-01", 263, b"01"),
                            ("link-name", 157, b"x"), ("prefix-field", 345, b"x"), ("padding", 505, b"x")):
        send("archive", name, plain_variant(_patch(plain[:512], at, value) + plain[512:]), mal)
    pad_at = 512 + size
    assert size % 512
    send("archive", "data-padding-not-zero", plain_variant(plain[:pad_at] + b"x" + plain[pad_at + 1:]), mal)
    for name, p in {"one-end-block": plain[:-512], "no-end-blocks": plain[:-1024],
                    "three-end-blocks": plain + bytes(512), "garbage-after-end": plain + b"x" * 512,
                    "byte-after-end": plain + b"x", "cut-inside-a-member": plain[:700]}.items():
        send("archive", name, plain_variant(p), {mal, "bundle_manifest_mismatch"})
    for name, member in {"dot-dot": "../records.jsonl", "absolute": "/records.jsonl",
                         "space": "records .jsonl", "non-ascii": "récords.jsonl"}.items():
        renamed = [members[0], (member, members[1][1]), *members[2:]]
        send("archive", f"name-{name}", seed.variant(renamed), {mal, "bundle_manifest_mismatch"})

    # --- manifest
    mraw = canonical(manifest)
    listed = manifest["members"]

    def with_manifest(body: bytes, binding: bool = False) -> bytes:
        """A manifest spelled ``body`` (its binding fields left as they are: the header's own
        ``bundle_id`` is kept so only the spelling or shape is wrong)."""
        return seed.variant(plain=tar([("manifest.json", body), *members[1:]]), bundle_id=seed.header["bundle_id"])

    def listing(first: dict | None = None, extra: list | None = None, replace: list | None = None) -> bytes:
        out = replace if replace is not None else ([first] + listed[1:] if first else listed) + (extra or [])
        return canonical({**manifest, "members": out}) + b"\n"

    spellings = {
        "no-newline": mraw, "two-newlines": mraw + b"\n\n", "three-newlines": mraw + b"\n\n\n",
        "crlf": mraw + b"\r\n", "leading-newline": b"\n" + mraw + b"\n", "space-before-newline": mraw + b" \n",
        "spaced": mraw.replace(b":", b": ", 1) + b"\n", "bom": b"\xef\xbb\xbf" + mraw + b"\n",
        "array": b"[" + mraw + b"]\n", "not-json": b"manifest\n",
        "extra-field": canonical({**manifest, "note": "x"}) + b"\n",
        "missing-created_at": canonical({k: x for k, x in manifest.items() if k != "created_at"}) + b"\n",
        "missing-forms": canonical({k: x for k, x in manifest.items() if k != "forms"}) + b"\n",
        "missing-counts": canonical({k: x for k, x in manifest.items() if k != "counts"}) + b"\n",
        "other-type": canonical({**manifest, "type": "update"}) + b"\n",
        "member-listed-twice": listing(extra=listed[-1:]),
        "member-bad-hash": listing(dict(listed[0], sha256="AB" * 32)),
        "member-short-hash": listing(dict(listed[0], sha256="ab" * 16)),
        "member-negative-size": listing(dict(listed[0], size=-1)),
        "member-size-string": listing(dict(listed[0], size=str(listed[0]["size"]))),
        "member-size-beyond-limit": listing(dict(listed[0], size=8 ** 11)),
        "member-bad-name": listing(dict(listed[0], name="../records.jsonl")),
        "member-extra-key": listing(dict(listed[0], mode=420)),
        "member-manifest-listed": listing(extra=[{"name": "manifest.json", "size": 1, "sha256": "ab" * 32}]),
        "members-empty": listing(replace=[]),  # valid shape: then the members do not match
        "members-not-a-list": canonical({**manifest, "members": {}}) + b"\n",
        "counts-negative": canonical({**manifest, "counts": dict(manifest["counts"], case=-1)}) + b"\n",
        "counts-unknown-kind": canonical({**manifest, "counts": dict(manifest["counts"], ghost=0)}) + b"\n",
        "audit-head-hash-upper": canonical({**manifest, "audit": dict(
            manifest["audit"], head_hash=manifest["audit"]["head_hash"].upper())}) + b"\n",
        "changes-backwards": canonical({**manifest, "changes": {"from": 5, "to": 1}}) + b"\n",
        "forms-not-an-object": canonical({**manifest, "forms": []}) + b"\n",
    }
    for name, body in spellings.items():
        code = {mal, "bundle_out_of_bounds"} if "limit" in name else mal
        send("manifest", name, with_manifest(body), "bundle_manifest_mismatch" if name == "members-empty" else code)
    binding = {"seq": 2, "device_id": str(uuid.UUID(int=11, version=4)), "device_key_id": "0" * 16,
               "bundle_id": str(uuid.UUID(int=12, version=4)), "hq_key_id": "0123456789abcdef"}
    for k, value in binding.items():
        send("manifest", f"binding-{k}-differs", with_manifest(canonical({**manifest, k: value}) + b"\n"),
             "bundle_signer_mismatch")
    send("manifest", "created_at-differs", with_manifest(canonical({**manifest, "created_at": NOW}) + b"\n"),
         "bundle_manifest_mismatch")
    send("manifest", "format-1-inside-format-2",
         with_manifest(canonical({**{k: x for k, x in manifest.items() if k != "forms"}, "format": 1}) + b"\n"),
         {mal, "bundle_manifest_mismatch"})
    att = members[3]
    shapes = {
        "manifest-second": ([members[1], members[0], *members[2:]], False, mal),
        "no-manifest": (members[1:], False, mal),
        "manifest-twice": ([*members, members[0]], False, {mal, "bundle_manifest_mismatch"}),
        "unknown-member-listed": ([*members, ("notes.txt", b"hi")], True, "bundle_manifest_mismatch"),
        "unknown-member-unlisted": ([*members, ("notes.txt", b"hi")], False, "bundle_manifest_mismatch"),
        "duplicate-member-listed": ([*members[:2], members[1], *members[2:]], True,
                                    {mal, "bundle_manifest_mismatch"}),
        "duplicate-member-unlisted": ([*members[:2], members[1], *members[2:]], False,
                                      "bundle_manifest_mismatch"),
        "audit-missing-listed": ([*members[:2], *members[3:]], True, "bundle_manifest_mismatch"),
        "audit-missing-unlisted": ([*members[:2], *members[3:]], False, "bundle_manifest_mismatch"),
        "members-reordered": ([members[0], members[2], members[1], *members[3:]], True,
                              "bundle_manifest_mismatch"),
        "attachment-unannounced": ([*members, (f"attachments/{uuid.UUID(int=13, version=4)}", b"x" * 10)],
                                   True, "bundle_manifest_mismatch"),
        "attachment-dropped": (members[:3], True, "bundle_manifest_mismatch"),
        "attachment-altered": ([*members[:3], (att[0], b"y" + att[1][1:])], True, "bundle_manifest_mismatch"),
        "attachment-longer": ([*members[:3], (att[0], att[1] + b"z")], True, "bundle_manifest_mismatch"),
        "attachment-renamed": ([*members[:3], (f"attachments/{uuid.UUID(int=14, version=4)}", att[1])], True,
                               "bundle_manifest_mismatch"),
    }
    for name, (ms, fix, code) in shapes.items():
        data = (seed.variant(list(ms), fix=True) if fix else
                seed.variant(plain=tar(list(ms)), bundle_id=seed.header["bundle_id"]))
        send("manifest", name, data, code)

    # --- content: records, audit, figures
    records = members[1][1].splitlines(keepends=True)
    audit = members[2][1].splitlines(keepends=True)
    lines = [json.loads(x) for x in records]
    pi = next(i for i, x in enumerate(lines) if x["kind"] == "person")
    ci = next(i for i, x in enumerate(lines) if x["kind"] == "case")
    person, case = lines[pi], lines[ci]

    def relined(line: dict, **record) -> bytes:
        line = {**line, "record": {**line["record"], **record}}
        line["sha256"] = record_sha256(line["record"])
        return canonical(line) + b"\n"

    def replaced(i: int, new: bytes) -> list[bytes]:
        out = list(records)
        out[i] = new
        return out

    record_variants = {
        "spaced": replaced(pi, records[pi].replace(b'":', b'": ', 1)),
        "crlf": replaced(pi, records[pi][:-1] + b"\r\n"),
        "empty-line": records[:1] + [b"\n"] + records[1:],
        "no-final-newline": records[:-1] + [records[-1][:-1]],
        "compact-date": replaced(pi, relined(person, birth_date="20100101")),
        "week-date": replaced(pi, relined(person, birth_date="2010-W01-1")),
        "date-that-does-not-exist": replaced(pi, relined(person, birth_date="2010-02-30")),
        "time-with-z": replaced(ci, relined(case, updated_at="2026-11-20T05:00:00Z")),
        "time-with-space": replaced(ci, relined(case, updated_at="2026-11-20 05:00:00+05:00")),
        "int-beyond-64-bits": replaced(pi, relined(person, version=2 ** 64)),
        "version-0": replaced(pi, relined(person, version=0)),
        "version-string": replaced(pi, relined(person, version="1")),
        "base-version-0": replaced(pi, canonical({**person, "base": {"version": 0, "sha256": person["sha256"]}})
                                   + b"\n"),
        "base-upper-hex": replaced(pi, canonical({**person, "base": {"version": 1,
                                                                     "sha256": person["sha256"].upper()}}) + b"\n"),
        "lone-surrogate": replaced(pi, records[pi].replace(b'"kind":"person"', b'"kind":"pers\\ud800on"')),
        "unknown-kind": replaced(pi, canonical({**person, "kind": "ghost"}) + b"\n"),
        "extra-record-field": replaced(pi, relined(person, ghost="x")),
        "missing-record-field": replaced(pi, canonical({**person, "record": {
            k: x for k, x in person["record"].items() if k != "last_name"}}) + b"\n"),
        "extra-line-field": replaced(pi, canonical({**person, "note": "x"}) + b"\n"),
        "sha256-of-another-record": replaced(pi, canonical({**person, "sha256": case["sha256"]}) + b"\n"),
        "kind-swapped": replaced(pi, canonical({**person, "kind": "case"}) + b"\n"),
    }
    for name, ls in record_variants.items():
        send("content", f"records-{name}", seed.variant([members[0], ("records.jsonl", b"".join(ls)),
                                                        *members[2:]]),
             {"bundle_content_invalid", "bundle_out_of_bounds"} if "64-bits" in name else "bundle_content_invalid")
    first = json.loads(audit[0])
    audit_variants = {
        "spaced": [audit[0].replace(b'":', b'": ', 1)] + audit[1:],
        "reordered": [audit[1], audit[0]] + audit[2:],
        "entry-dropped": audit[:3] + audit[4:],
        "hash-wrong": [canonical({**first, "hash": "ab" * 32}) + b"\n"] + audit[1:],
        "another-device": [canonical({**first, "device_id": str(uuid.UUID(int=15, version=4))}) + b"\n"]
        + audit[1:],
    }
    for name, ls in audit_variants.items():
        send("content", f"audit-{name}", seed.variant([*members[:2], ("audit.jsonl", b"".join(ls)), *members[3:]]),
             {"bundle_content_invalid", "bundle_audit_invalid"})
    full = pyrage.decrypt(seed.payload, [hub.keys.import_identity])
    for name, forged, code in _forgeries(full):
        send("content", f"forged-{name}", seed.variant(plain=forged, bundle_id=seed.header["bundle_id"]), code)
    counts_ = dict(manifest["counts"])
    figures = {
        "count-lies": (dict(counts=dict(counts_, case=counts_["case"] + 1)), "bundle_manifest_mismatch"),
        "records-one-kind-beyond-limit": (dict(counts=dict(counts_, visit=limits.MAX_RECORDS + 1)),
                                          "bundle_out_of_bounds"),
        "records-in-total-beyond-limit": (dict(counts={k: limits.MAX_RECORDS // 5 + 1 for k in counts_
                                                       if k != "deleted"} | {"deleted": 0}),
                                          "bundle_out_of_bounds"),
        "attachments-count-beyond-limit": (dict(attachments={"count": limits.MAX_ATTACHMENTS + 1, "bytes": 1}),
                                           "bundle_out_of_bounds"),
        "attachments-bytes-beyond-limit": (dict(attachments={"count": 1, "bytes": limits.MAX_PLAINTEXT + 1}),
                                           "bundle_out_of_bounds"),
        "audit-range-beyond-limit": (dict(audit=dict(manifest["audit"], **{
            "from": 0, "to": limits.MAX_AUDIT + 1, "head_seq": limits.MAX_AUDIT + 1})), "bundle_out_of_bounds"),
    }
    for name, (changes, code) in figures.items():
        send("content", name, seed.variant([("manifest.json", canonical({**manifest, **changes}) + b"\n"),
                                            *members[1:]]), code)
    send("content", "archive-larger-than-plaintext_size", seed.variant(plaintext_size=1024), "bundle_out_of_bounds")

    lg.control(seed.data)
    lg.check_receipt(a, held=set())
    lg.finish()


# --- 4. replays and duplicate imports ------------------------------------------------------------


def test_replays_and_duplicates(hub, make_device, backend, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=2, seed=9)
    inbox = tmp_path / "inbox"
    bundles = []
    for beat in ("1", "2", "3"):
        a.services.cases.update_case(open_case(a).id, beat=beat)
        bundles += export(a, inbox)
    lg = Ledger(hub, tmp_path / "in", backend)
    for bd in bundles:
        lg.control(bd.path)
    a_id = a.actor.device_id
    for round_ in ("second", "third"):
        seen = lg.folder("replay", f"same-folder-{round_}-time", inbox, "already imported")
        assert len(seen) == 3
    for bd in bundles:
        data = bd.path.read_bytes()
        lg.path("replay", f"named-again-{bd.seq}", bd.path, "already imported")
        copy = tmp_path / "elsewhere" / f"copy-of-{bd.seq}.idb"
        copy.parent.mkdir(exist_ok=True)
        copy.write_bytes(data)
        lg.path("replay", f"copy-under-another-name-{bd.seq}", copy, "already imported")
    seed = Seed(hub, a, bundles[0].path.read_bytes())
    for bd in bundles:  # the same number with other content (a vault restored from a backup)
        lg.bundle("replay", f"seq-{bd.seq}-reused-other-content",
                  seed.variant(seq=bd.seq, prev_seq=max(0, bd.seq - 1),
                               prev_hash=bundles[bd.seq - 2].sha512 if bd.seq > 1 else "", created_at=NOW),
                  "bundle_seq_reused", verified=True, device=a_id)
    lg.bundle("replay", "bundle_id-reused-other-content",
              seed.variant(seq=4, prev_seq=3, prev_hash=bundles[2].sha512, bundle_id=bundles[1].bundle_id),
              "bundle_seq_reused", verified=True, device=a_id)
    lg.bundle("replay", "bundle-1-re-signed-byte-identical-header", seed.resigned(), "already imported",
              verified=None)
    lg.folder("replay", "same-folder-after-refusals", inbox, "already imported")
    assert all(bd.path.exists() for bd in bundles)
    lg.check_receipt(a, held=set())
    assert lg.last_receipt.acknowledged == [1, 2, 3]
    lg.finish()


# --- 5. devices: unknown, revoked, replaced key, re-signed by another; re-enrolment --------------


def test_devices_and_re_enrolment(hub, make_hub, make_device, backend, tmp_path):
    a, b = two_devices(hub, make_device)
    c, d, e = make_device("c", "C-3"), make_device("d", "D-4"), make_device("e", "E-5")
    hub.enrol(c, "CCCC")
    hub.enrol(d, "DDDD")
    hub.enrol(e, "EEEE")
    for s in (b, c, d, e):
        generate(s, households=1, seed=4)
    [ba] = export(a, tmp_path / "a")
    [bb] = export(b, tmp_path / "b")
    [bd] = export(d, tmp_path / "d")
    [be] = export(e, tmp_path / "e")
    e_request = sync.enrolment_request(e, tmp_path / "e-req").read_bytes()
    d_request = sync.enrolment_request(d, tmp_path / "d-req").read_bytes()
    a_request = sync.enrolment_request(a, tmp_path / "a-req").read_bytes()
    devices.revoke(hub.repo, d.actor.device_id, "laptop stolen", hub.clock.now().isoformat(), "test")
    approve(hub, forged_request(e.actor.device_id, SigningKey.generate(), login="E-5"), prefix="EEEE",
            replace_key=True, reason="motherboard replaced")
    other = make_hub()
    u = make_device("u", "U-9")
    other.enrol(u, "WWWW")
    generate(u, households=1, seed=6)
    [bu] = export(u, tmp_path / "u")

    data = ba.path.read_bytes()
    A, B, D, E, U = (Bundle(x.path.read_bytes()) for x in (ba, bb, bd, be, bu))
    ha = json.loads(A.header)
    a_id, b_id, c_id = a.actor.device_id, b.actor.device_id, c.actor.device_id

    def claimed(session, **kw) -> bytes:
        """A's encrypted content under another device's header, signed by that device."""
        return resign(session.signing_key, canonical({**ha, "device_id": session.actor.device_id,
                                                      "device_key_id": session.signing_key.key_id, **kw}),
                      A.payload)

    lg = Ledger(hub, tmp_path / "in", backend)
    sig_bad = "bundle_signature_invalid"
    unverified = {
        "unknown-device-real-bundle": (bu.path.read_bytes(), "device_unknown"),
        "unknown-device-header-re-signed": (resign(u.signing_key, canonical({**json.loads(U.header),
                                                                            "bundle_id": str(uuid.uuid4())}),
                                                   U.payload), "device_unknown"),
        "unknown-device-claims-a-id": (resign(u.signing_key, canonical({**ha, "device_key_id": u.signing_key.key_id}),
                                              A.payload), sig_bad),
        "unknown-device-signs-a-bundle": (resign(u.signing_key, A.header, A.payload), sig_bad),
        "revoked-real-bundle": (bd.path.read_bytes(), "device_revoked"),
        "revoked-re-signed-new-id": (resign(d.signing_key, canonical({**json.loads(D.header),
                                                                      "bundle_id": str(uuid.uuid4())}), D.payload),
                                     "device_revoked"),
        "revoked-header-signed-by-a": (resign(a.signing_key, D.header, D.payload), "device_revoked"),
        "replaced-key-real-bundle": (be.path.read_bytes(), "device_key_revoked"),
        "replaced-key-re-signed-seq-2": (resign(e.signing_key, canonical({
            **json.loads(E.header), "seq": 2, "prev_seq": 1, "prev_hash": be.sha512}), E.payload),
            "device_key_revoked"),
        "re-signed-by-b": (resign(b.signing_key, A.header, A.payload), sig_bad),
        "re-signed-by-c": (resign(c.signing_key, A.header, A.payload), sig_bad),
        "re-signed-by-revoked-d": (resign(d.signing_key, A.header, A.payload), sig_bad),
        "re-signed-by-hq-signing-key": (resign(hub.keys.signer, A.header, A.payload), sig_bad),
        "b-header-signed-by-a": (resign(a.signing_key, B.header, B.payload), sig_bad),
        "b-header-over-a-payload-signed-by-a": (resign(a.signing_key, B.header, A.payload), sig_bad),
        "signature-stripped": (data[:-72], "bundle_trailer_invalid"),
        "signature-zeroed": (data[:-64] + bytes(64), sig_bad),
        "signature-of-b-bundle": (data[:-64] + bb.path.read_bytes()[-64:], sig_bad),
        "trailer-of-an-update-pack": (data[:-72] + b"IDU1SIG\0" + data[-64:], "bundle_trailer_invalid"),
        "update-pack-magic": (b"IDU1" + data[4:], "bundle_malformed"),
        "receipt-magic": (b"IDR1" + data[4:], "bundle_malformed"),
    }
    for name, (bad, code) in unverified.items():
        lg.bundle("device", name, bad, code, verified=False)
    # Signed by the device that claims it: its own refusal, reported to it alone.
    for session, tag in ((b, "b"), (c, "c")):
        lg.bundle("device", f"{tag}-claims-a-content", claimed(session), "bundle_signer_mismatch",
                  verified=True, device=session.actor.device_id)
        lg.bundle("device", f"{tag}-claims-a-content-as-seq-2",
                  claimed(session, seq=2, bundle_id=str(uuid.uuid4())), "bundle_signer_mismatch",
                  verified=True, device=session.actor.device_id)

    known = "enrolment_device_known"
    enrolments = {
        "a-id-new-key": lambda: approve(hub, forged_request(a_id)),
        "a-id-new-key-other-prefix": lambda: approve(hub, forged_request(a_id), prefix="ZZZZ"),
        "a-id-replace-key-blank-reason": lambda: approve(hub, forged_request(a_id), replace_key=True, reason="  "),
        "a-id-replace-key-empty-reason": lambda: approve(hub, forged_request(a_id), replace_key=True, reason=""),
        "a-key-under-a-new-id": lambda: approve(hub, forged_request(str(uuid.uuid4()), signer=a.signing_key),
                                                prefix="QQQQ"),
        "a-own-request-unused-prefix": lambda: approve(hub, a_request, prefix="KKKK"),
        "b-id-with-a-login": lambda: approve(hub, forged_request(b_id, login="A-1"), prefix="BBBB"),
        "c-id-new-key": lambda: approve(hub, forged_request(c_id), prefix="CCCC"),
        "revoked-d-again": lambda: approve(hub, d_request, prefix="DDDD"),
        "revoked-d-replace-key": lambda: approve(hub, d_request, prefix="DDDD", replace_key=True, reason="found"),
        "replaced-e-old-key-again": lambda: approve(hub, e_request, prefix="EEEE"),
        "replaced-e-old-key-replace": lambda: approve(hub, e_request, prefix="EEEE", replace_key=True,
                                                      reason="put it back"),
    }
    for name, fn in enrolments.items():
        lg.other("re-enrolment", name, fn, known)
    taken = "enrolment_prefix_taken"  # another device's prefix: refused for that reason first
    lg.other("re-enrolment", "a-own-request-prefix-of-c", lambda: approve(hub, a_request, prefix="CCCC"), taken)
    lg.other("re-enrolment", "c-id-new-key-prefix-of-b", lambda: approve(hub, forged_request(c_id), prefix="BBBB"),
             taken)
    lg.other("re-enrolment", "new-device-prefix-of-a", lambda: approve(hub, forged_request(str(uuid.uuid4())),
                                                                        prefix="AAAA"), taken)
    assert hub.repo.device(a_id).key_id == a.signing_key.key_id

    lg.control(data)  # the real laptop is still the device
    lg.control(bb.path)
    for s in (a, b, c):
        lg.check_receipt(s, held=set())
    lg.finish()


# --- 6. cross-device writes and forged identities: held, never applied --------------------------


def test_cross_device_writes_and_forged_identities_are_held(hub, make_device, backend, tmp_path):
    a, b = two_devices(hub, make_device)
    lg = Ledger(hub, tmp_path / "in", backend)
    [first] = export(a, tmp_path / "a1")
    lg.control(first.path)
    sync.import_receipt(a, hub.receipt(a))
    case = open_case(a)
    person = a_person_of(a, case)
    visits = a.store.find(Visit, case_id=case.id)
    assert visits, "the demo case has visits"
    visit = visits[0]
    part = next(p for p in a.store.find(Participant, case_id=case.id) if p.person_id == person.id)
    leak(hub, case, b, tmp_path / "packs")
    # B's own case and person (accepted: B owns them).
    own = b.services.cases.open_case(address="ул. Новая 1", district="Есиль", source="102").created
    own_person = b.services.people.add_person_to_case(own, PersonInput("Свой", "Болат"), "affected").created
    [bown] = export(b, tmp_path / "b0")
    lg.control(bown.path)
    sync.import_receipt(b, hub.receipt(b))
    a_id, b_id = a.actor.device_id, b.actor.device_id
    count_a = "SELECT count(*) FROM records WHERE kind = 'case' AND inspector = 'A-1'"
    counted = hub.repo.db.query(count_a)
    expected: dict[str, set] = {a_id: set(), b_id: set()}
    step = iter(range(1, 1000))

    def variant(category: str, name: str, change, held: dict, session=b) -> None:
        change()
        [bundle] = export(session, tmp_path / f"x{next(step)}")
        lg.path(category, name, bundle.path, "held", held=held, session=session)
        expected[session.actor.device_id] |= set(held.items())
        sync.import_receipt(session, hub.receipt(session))  # acknowledged: the next bundle is only news

    def mine(record_cls, rid):
        return b.store.get(record_cls, rid)

    def bump(record, **kw):
        return dataclasses.replace(record, version=record.version + 1, **kw)

    nyc, nyp = "not_your_case", "not_your_person"
    cross = [
        ("b-edits-a-person", lambda: edit_person(b, mine(Person, person.id), notes="B was here"),
         {person.id: nyp}),
        ("b-edits-a-case", lambda: b.services.cases.update_case(case.id, beat="B's beat"), {case.id: nyc}),
        ("b-moves-a-case-to-itself", lambda: b.services.cases.update_case(case.id, inspector="B-2"), {case.id: nyc}),
        ("b-edits-a-participant", lambda: forge(b, bump(mine(Participant, part.id), updated_by="B-2")),
         {part.id: nyc}),
        ("b-edits-a-visit", lambda: forge(b, bump(mine(Visit, visit.id), updated_by="B-2")),
         {visit.id: nyc}),
        ("b-moves-a-visit-into-its-own-case", lambda: forge(b, bump(mine(Visit, visit.id), case_id=own)),
         {visit.id: nyc}),
        ("b-version-99-of-a-person", lambda: forge(b, dataclasses.replace(mine(Person, person.id), version=99,
                                                                          notes="B's 99")), {person.id: nyp}),
        ("b-version-99-of-a-case", lambda: forge(b, dataclasses.replace(mine(FamilyCase, case.id), version=99,
                                                                        beat="99")), {case.id: nyc}),
        ("b-person-turned-into-a-case", lambda: forge(b, FamilyCase(
            id=person.id, version=1, case_no="BBBB-2026-0900", inspector="B-2", district="Есиль", address="x",
            device_id=b_id, created_by="B-2")), {person.id: "kind_changed"}),
        ("b-case-turned-into-a-person", lambda: forge(b, Person(
            id=case.id, version=1, last_name="Дело", first_name="Не", device_id=b_id, created_by="B-2")),
         {case.id: "kind_changed"}),
        ("b-names-a-inspector-on-its-case", lambda: forge(b, bump(mine(FamilyCase, own), inspector="A-1")),
         {own: "identity"}),
        ("b-renumbers-its-case-into-a-prefix", lambda: forge(b, bump(mine(FamilyCase, own),
                                                                     case_no="AAAA-2026-0950")),
         {own: "case_number_changed"}),
        ("b-deletes-a-visit", lambda: forge(b, bump(mine(Visit, visit.id), deleted=True)), {visit.id: nyc}),
        ("b-deletes-a-participant", lambda: forge(b, bump(mine(Participant, part.id), deleted=True)),
         {part.id: nyc}),
        ("b-deletes-a-person", lambda: forge(b, bump(mine(Person, person.id), deleted=True)), {person.id: nyp}),
        ("b-deletes-a-case", lambda: forge(b, bump(mine(FamilyCase, case.id), deleted=True)), {case.id: nyc}),
    ]
    visit_id = str(uuid.UUID(int=21, version=4))
    cross.insert(4, ("b-adds-a-visit-to-a-case", lambda: forge(b, Visit(
        id=visit_id, version=1, case_id=case.id, device_id=b_id, created_by="B-2", form_id="prevention_visit",
        form_version=1)), {visit_id: nyc}))
    link_id = str(uuid.UUID(int=22, version=4))
    cross.insert(5, ("b-links-its-person-into-a-case", lambda: forge(b, Participant(
        id=link_id, version=1, case_id=case.id, person_id=own_person, role="affected", device_id=b_id,
        created_by="B-2")), {link_id: nyc}))
    for name, change, held in cross:
        variant("cross-device", name, change, held)

    # The owner's own laptop, tampered: version 99 of its own person (no base).
    def jump():
        edit_person(a, a.store.get(Person, person.id), notes="jump")
        a.store.conn.execute("UPDATE persons SET version = 99 WHERE id = ?", (person.id,))

    variant("cross-device", "a-own-person-version-jump", jump, {person.id: "version_jump"}, session=a)

    def case_(n: int, **kw) -> FamilyCase:
        base = dict(id=str(uuid.UUID(int=100 + n, version=4)), version=1, case_no=f"BBBB-2026-09{n:02d}",
                    inspector="B-2", district="Есиль", address="x", device_id=b_id, created_by="B-2")
        return FamilyCase(**{**base, **kw})

    forged = {
        "new-case-all-of-a": case_(1, case_no="AAAA-2026-0901", inspector="A-1", device_id=a_id, created_by="A-1"),
        "new-case-a-prefix": case_(2, case_no="AAAA-2026-0902"),
        "new-case-a-device-id": case_(3, device_id=a_id),
        "new-case-a-inspector": case_(4, inspector="A-1"),
        "new-case-created-by-a": case_(5, created_by="A-1"),
        "new-case-a-provisional-prefix": case_(6, case_no=f"{device_case_prefix(a_id)}-2026-0906"),
        "new-case-unknown-prefix": case_(7, case_no="ZZZZ-2026-0907"),
    }
    for name, record in forged.items():
        variant("forged-identity", name, lambda r=record: forge(b, r), {record.id: "identity"})
    pid = [str(uuid.UUID(int=200 + i, version=4)) for i in range(6)]
    more = [
        ("new-person-a-device-id", Person(id=pid[0], version=1, last_name="Чужой", device_id=a_id,
                                          created_by="B-2"), "identity"),
        ("new-person-created-by-a", Person(id=pid[1], version=1, last_name="Чужой", device_id=b_id,
                                           created_by="A-1"), "identity"),
        ("new-visit-a-device-id-in-own-case", Visit(id=pid[2], version=1, case_id=own, device_id=a_id,
                                                    created_by="B-2", form_id="prevention_visit",
                                                    form_version=1), "identity"),
        ("new-visit-created-by-a-in-own-case", Visit(id=pid[3], version=1, case_id=own, device_id=b_id,
                                                     created_by="A-1", form_id="prevention_visit",
                                                     form_version=1), "identity"),
        ("new-visit-in-a-forged-case", Visit(id=pid[4], version=1, case_id=forged["new-case-all-of-a"].id,
                                             device_id=b_id, created_by="B-2", form_id="prevention_visit",
                                             form_version=1), "case_held"),
        ("new-participant-in-a-forged-case", Participant(id=pid[5], version=1,
                                                         case_id=forged["new-case-a-prefix"].id,
                                                         person_id=own_person, role="affected", device_id=b_id,
                                                         created_by="B-2"), "case_held"),
    ]
    for name, record, reason in more:
        variant("forged-identity", name, lambda r=record: forge(b, r), {record.id: reason})

    assert hub.repo.record(person.id)[1]["notes"] == person.notes
    assert hub.repo.record(case.id)[1]["inspector"] == "A-1"
    assert hub.repo.db.query(count_a) == counted, "no forged case counted for A's inspector"
    lg.check_receipt(b, held=expected[b_id])
    lg.check_receipt(a, held=expected[a_id])
    lg.finish()


# --- 7. not regular files in an inbox ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs, sockets and symbolic links: POSIX")
def test_non_regular_files_are_skipped(hub, make_device, backend, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=1, seed=2)
    [bundle] = export(a, tmp_path / "usb")
    lg = Ledger(hub, tmp_path / "in", backend)
    base = Path(f"/tmp/idesk-hostile-{uuid.uuid4().hex[:8]}")  # short: a Unix socket path is ≤ 107 bytes
    base.mkdir()
    sock = socket.socket(socket.AF_UNIX)
    try:
        fifo_elsewhere = base / "fifo-target"
        os.mkfifo(fifo_elsewhere)
        (base / "folder-target").mkdir()

        def inbox(name: str, make) -> Path:
            folder = base / name
            folder.mkdir()
            make(folder / f"{name}.idb")
            return folder

        skipped = {
            "fifo": (lambda p: os.mkfifo(p), "FIFO"),
            "symlink-to-a-valid-bundle": (lambda p: p.symlink_to(bundle.path), "symbolic link"),
            "symlink-to-dev-null": (lambda p: p.symlink_to("/dev/null"), "symbolic link"),
            "symlink-to-dev-zero": (lambda p: p.symlink_to("/dev/zero"), "symbolic link"),
            "symlink-to-a-fifo": (lambda p: p.symlink_to(fifo_elsewhere), "symbolic link"),
            "symlink-to-a-folder": (lambda p: p.symlink_to(base / "folder-target"), "symbolic link"),
            "dangling-symlink": (lambda p: p.symlink_to(base / "nowhere.idb"), "symbolic link"),
            "symlink-loop": (lambda p: p.symlink_to(p), "symbolic link"),
            "folder": (lambda p: p.mkdir(), "folder"),
            "socket": (lambda p: sock.bind(str(p)), "socket"),
        }
        for name, (make, kind) in skipped.items():
            seen = lg.path("inbox", f"in-a-folder-{name}", inbox(name, make), "skipped")
            if seen.outcome == "skipped" and seen.detail != kind:
                lg.failures.append(f"inbox/{name}: skipped as {seen.detail}, expected {kind}")
        named = {"named-fifo": base / "fifo-target", "named-dev-null": Path("/dev/null"),
                 "named-dev-zero": Path("/dev/zero"), "named-dev-urandom": Path("/dev/urandom"),
                 "named-symlink": base / "symlink-to-a-valid-bundle" / "symlink-to-a-valid-bundle.idb"}
        for name, path in named.items():
            lg.path("inbox", name, path, "skipped")
        # Everything at once, beside the real bundle (imported before): skipped, already imported.
        crowd = base / "crowd"
        crowd.mkdir()
        os.mkfifo(crowd / "a-fifo.idb")
        (crowd / "b-link.idb").symlink_to(bundle.path)
        (crowd / "c-folder.idb").mkdir()
        shutil.copy(bundle.path, crowd / "d-real.idb")
        lg.control(crowd / "d-real.idb")
        seen = lg.folder("inbox", "crowd", crowd, {"skipped", "already imported"})
        assert sorted(s.outcome for s in seen) == ["already imported"] + ["skipped"] * 3, seen
        assert (crowd / "a-fifo.idb").exists() and (crowd / "b-link.idb").is_symlink()
    finally:
        sock.close()
        shutil.rmtree(base, ignore_errors=True)
    lg.check_receipt(a, held=set())
    assert lg.last_receipt.acknowledged == [1]
    lg.finish()


# --- the suite can fail ---------------------------------------------------------------------------


def test_the_ledger_reports_what_it_must(sqlite_hub, make_device, tmp_path):
    """The checks above are not vacuous: an honest bundle passed off as a hostile variant is
    reported as wrongly accepted, a refusal with the wrong code or a wrong verified flag is
    reported, and a receipt that leaves out a verified refusal is reported (a tally of its
    own, not counted)."""
    a = make_device("a", "A-1")
    sqlite_hub.enrol(a, "AAAA")
    generate(a, households=1, seed=2)
    [bundle] = export(a, tmp_path / "usb")
    data = bundle.path.read_bytes()
    lg = Ledger(sqlite_hub, tmp_path / "in", "self-check")
    lg.bundle("self", "honest", data, "bundle_signature_invalid")
    lg.bundle("self", "honest-again", data, "bundle_signature_invalid")
    lg.bundle("self", "cut", data[:-1], "bundle_malformed")
    lg.bundle("self", "seq-2^40", Seed(sqlite_hub, a, data).variant(seq=2 ** 40), "bundle_out_of_bounds",
              verified=False)
    assert [f.split(":")[0] for f in lg.failures] == ["self/honest", "self/honest-again", "self/cut",
                                                      "self/seq-2^40"], lg.failures
    assert "WRONGLY ACCEPTED" in lg.failures[0] and "expected ['already imported']" not in lg.failures[1]
    lg.failures.clear()
    lg.seen[-1].verified = False  # pretend it was unsigned: then the receipt must not list it
    lg.check_receipt(a)
    assert len(lg.failures) == 3 and "receipt of" in lg.failures[0] and "never signed" in lg.failures[1] \
        and "shows" in lg.failures[2], lg.failures
    with pytest.raises(AssertionError, match="3 problem"):
        lg.finish()
    del TALLY["self-check"]


# --- the tally -----------------------------------------------------------------------------------


def test_tally(backend, capsys):
    """At least 400 distinct named variants on this back-end, every category run, nothing
    wrongly accepted, nothing that hung or crashed; the counts are printed."""
    by = counts(backend)
    total = len(TALLY[backend])
    lines = [f"hostile-bundle suite on {backend}: {total} variants"]
    for category in CATEGORIES:
        outcomes = ", ".join(f"{k} {n}" for k, n in sorted(by.get(category, {}).items()))
        lines.append(f"  {category:16} {sum(by.get(category, {}).values()):4}  {outcomes}")
    report = "\n".join(lines)
    with capsys.disabled():
        print("\n" + report)
    missing = [c for c in CATEGORIES if c not in by]
    assert not missing, f"categories not run (run the whole file): {missing}"
    bad = {k: s.outcome for k, s in TALLY[backend].items() if s.outcome in ("ACCEPTED", "HANG", "CRASH", "?")}
    assert bad == {}, bad
    assert total >= 400, report
