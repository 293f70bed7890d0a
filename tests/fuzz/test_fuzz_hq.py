"""What headquarters reads besides bundles: enrolment requests (``enrol approve``) and
recovery requests (``recover approve``). A request is self-signed by a device key (which an
attacker can make for himself) or not signed at all, so field-level edits here are what a
hostile device can send. A typed refusal or a proper answer, in bounded time and memory; a
refusal leaves the headquarters database as it was."""

from __future__ import annotations

import base64
import json
import random
import string

import pyrage
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.hq import devices
from inspector_desk.hq import recovery as hq_recovery
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync.canonical import sign_document
from inspector_desk.sync.enrolment import PREFIX_ALPHABET, REQUEST_TYPE
from tests.fuzz import harness
from tests.fuzz.harness import apply_edits, byte_edits, call, fuzz_settings, mutate_json

PREFIXES = sorted(PREFIX_ALPHABET)
_rng = random.Random(7)


def _prefix() -> str:
    return "".join(_rng.choice(PREFIXES) for _ in range(6))


def at_hq(w, reader: str, data: bytes, fn):
    before = w.hub.dump()
    out = call(reader, lambda: fn(data), size=len(data))
    if isinstance(out, InspectorDeskError):
        assert w.hub.dump() == before, f"a refused {reader} changed the headquarters database"
    return out


def _approve(w):
    return lambda data: devices.approve(w.hub.repo, w.hub.keys, data, case_prefix=_prefix(), at="t",
                                        actor="fuzz")


def _recover(w):
    return lambda data: hq_recovery.approve(w.hub.repo, w.hub.keys, w.extra["recovery_identity_hq"], data,
                                            officers=["o1", "o2"], at=w.clock.now().isoformat(), actor="fuzz")


DOC_PREFIXES = [b"", b"{", b'{"body":{', b"\xef\xbb\xbf{", b"[" * 50]


@fuzz_settings(ci=50)
@given(edits=byte_edits())
def test_enrolment_request_mutations(world, edits):
    at_hq(world, "enrolment_request.bytes", apply_edits(world.files["enrolment_request"], edits), _approve(world))


@fuzz_settings(ci=50)
@given(prefix=st.sampled_from(DOC_PREFIXES), body=st.binary(max_size=2048))
def test_enrolment_request_arbitrary_bytes(world, prefix, body):
    at_hq(world, "enrolment_request.arbitrary", prefix + body, _approve(world))


@fuzz_settings(ci=60)
@given(data=st.data())
def test_enrolment_request_fields_signed_by_a_device_key(world, data):
    """Any device key can sign a request: the fields are what a hostile device chooses."""
    doc = json.loads(world.files["enrolment_request"])
    body = mutate_json(data, doc["body"])
    key = SigningKey.generate()
    if isinstance(body, dict) and data.draw(st.booleans(), label="own key"):
        body["device_key"] = base64.b64encode(key.public_bytes()).decode()
        body["device_key_id"] = key.key_id
    raw = sign_document(REQUEST_TYPE, body if isinstance(body, dict) else {"x": body}, key)
    at_hq(world, "enrolment_request.signed", raw, _approve(world))


@fuzz_settings(ci=50)
@given(edits=byte_edits())
def test_recovery_request_mutations(world, edits):
    at_hq(world, "recovery_request.bytes", apply_edits(world.files["recovery_request"], edits), _recover(world))


@fuzz_settings(ci=50)
@given(prefix=st.sampled_from(DOC_PREFIXES), body=st.binary(max_size=2048))
def test_recovery_request_arbitrary_bytes(world, prefix, body):
    at_hq(world, "recovery_request.arbitrary", prefix + body, _recover(world))


@fuzz_settings(ci=60)
@given(data=st.data())
def test_recovery_request_fields(world, data):
    """Every field is the sender's choice, including an escrow validly encrypted to
    headquarters' recovery key around a hostile inner document (re-signed with the device's
    recovery key half of the time, so that it reaches the escrow)."""
    doc = json.loads(world.files["recovery_request"])
    doc = mutate_json(data, doc)
    if isinstance(doc, dict) and isinstance(doc.get("body"), dict) and data.draw(st.booleans(), label="escrow"):
        v = world.devices["recovery"]
        inner = mutate_json(data, {"format": "idesk-escrow/2", "device_id": v.actor.device_id,
                                   "nonce": "AAAAAAAAAAAAAAAA", "sealed": "ab" * 32})
        recipient = pyrage.x25519.Recipient.from_str(world.hub.keys.public.recovery_recipient)
        doc["body"]["escrow"] = base64.b64encode(pyrage.encrypt(harness.dumps_any(data, inner),
                                                                [recipient])).decode()
    if isinstance(doc, dict) and isinstance(doc.get("body"), dict) and data.draw(st.booleans(), label="resign"):
        raw = _resign_request(world, doc["body"])
    else:
        raw = harness.dumps_any(data, doc)
    at_hq(world, "recovery_request.fields", raw, _recover(world))


def _resign_request(world, body):
    from inspector_desk.sync.canonical import sign_document
    from inspector_desk.sync.escrow import REQUEST_TYPE, recovery_signer

    v = world.devices["recovery"]
    return sign_document(REQUEST_TYPE, body, recovery_signer(world.extra["recovery_device_secret"],
                                                             v.actor.device_id))


def test_prefix_alphabet_is_what_the_helper_uses():
    assert set(string.ascii_uppercase + string.digits) >= PREFIX_ALPHABET


def test_recovery_request_with_a_forged_escrow_naming_no_device(world):
    """Found by the long run: anyone can encrypt an escrow to the public recovery key; one
    without a device id raised KeyError at headquarters."""
    doc = json.loads(world.files["recovery_request"])
    recipient = pyrage.x25519.Recipient.from_str(world.hub.keys.public.recovery_recipient)
    for inner in ({"format": "idesk-escrow/2", "nonce": "AAAAAAAAAAAAAAAA", "sealed": "ab" * 32},
                  {"format": "idesk-escrow/2", "nonce": "AAAAAAAAAAAAAAAA", "sealed": "ab" * 32, "device_id": 5}):
        sealed = pyrage.encrypt(json.dumps(inner, sort_keys=True, separators=(",", ":")).encode(), [recipient])
        doc["body"]["escrow"] = base64.b64encode(sealed).decode()
        out = at_hq(world, "recovery_request.forged_escrow", _resign_request(world, doc["body"]), _recover(world))
        assert isinstance(out, InspectorDeskError) and out.code == "recovery_malformed"
