"""Escrow of the vault's database key to headquarters, and the recovery documents.

``keyfile.json`` gets an ``escrow`` object once the device is enrolled::

    {"format": "idesk-escrow/1", "recipient": "age1…", "recovery_key_id": "…",
     "hq_signing_key": "<base64>", "hq_signing_key_id": "…",
     "wraps": {"current": "<base64 age file>", "pending": "…" (only during a key change)},
     "check": {"current": "<hex>", …}}

Each wrap is an age file (X25519, to headquarters' *recovery* key) of the canonical JSON
``{"format": "idesk-escrow/1", "device_id": …, "dek": "<hex>"}``. ``check`` is
HMAC-SHA256(DEK, "idesk/escrow-check/v1"), so the program can tell whether the escrow
still matches the current key without being able to decrypt it.

Recovery (docs/recovery.md): the device writes a **request** (``*.idrecreq``): the escrow
wrap, the device id, and a fresh age recipient whose private half stays on the device,
encrypted under the *new* passphrase. Headquarters decrypts the wrap with the recovery key
(under dual control), checks the device, and answers with a **response** (``*.idrec``)
signed by headquarters: the DEK encrypted to the request's recipient.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pyrage

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync.canonical import (
    UUID_RE, CanonicalError, b64, canonical, check_signature, parse_canonical, read_document, require,
    sign_document, unb64,
)
from inspector_desk.sync.enrolment import Enrolment, check_recipient
from inspector_desk.sync.errors import RecoveryRejected

ESCROW_FORMAT = "idesk-escrow/1"
REQUEST_TYPE = "idesk-recovery-request/1"
RESPONSE_TYPE = "idesk-recovery/1"


def dek_check(dek: bytes) -> str:
    return hmac.new(dek, b"idesk/escrow-check/v1", hashlib.sha256).hexdigest()


def wrap_dek(dek: bytes, device_id: str, recipient: str) -> str:
    plain = canonical({"format": ESCROW_FORMAT, "device_id": device_id, "dek": dek.hex()})
    return b64(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)]))


def escrow_for(enrolment: Enrolment, device_id: str, deks: dict[str, bytes]) -> dict[str, Any]:
    """The key file's ``escrow`` object for these database keys (slot → DEK)."""
    hq = enrolment.hq
    return {"format": ESCROW_FORMAT, "recipient": hq.recovery_recipient,
            "recovery_key_id": hq.recovery_key_id, "hq_signing_key": hq.signing_key,
            "hq_signing_key_id": hq.signing_key_id,
            "wraps": {slot: wrap_dek(dek, device_id, hq.recovery_recipient) for slot, dek in deks.items()},
            "check": {slot: dek_check(dek) for slot, dek in deks.items()}}


def update_escrow(escrow: dict[str, Any], enrolment: Enrolment, device_id: str,
                  deks: dict[str, bytes], replace: bool = False) -> dict[str, Any]:
    """``escrow`` with these slots (re)wrapped; the other slots kept unless ``replace``."""
    fresh = escrow_for(enrolment, device_id, deks)
    if not replace and escrow.get("format") == ESCROW_FORMAT and \
            escrow.get("recipient") == fresh["recipient"]:
        fresh["wraps"] = {**escrow.get("wraps", {}), **fresh["wraps"]}
        fresh["check"] = {**escrow.get("check", {}), **fresh["check"]}
    return fresh


def escrow_matches(escrow: dict[str, Any], dek: bytes, slot: str = "current") -> bool:
    return escrow.get("check", {}).get(slot) == dek_check(dek)


def unwrap_dek(wrap_b64: str, identity: pyrage.x25519.Identity) -> tuple[str, bytes]:
    """(device id, DEK) from an escrow wrap; headquarters side, with the recovery key."""
    fail = lambda m: RecoveryRejected("recovery_malformed", m)  # noqa: E731
    try:
        plain = parse_canonical(pyrage.decrypt(unb64(wrap_b64), [identity]))
        dek = bytes.fromhex(plain["dek"])
    except (CanonicalError, pyrage.DecryptError, KeyError, TypeError, ValueError) as exc:
        raise fail(f"the escrow does not open with this recovery key ({type(exc).__name__})") from None
    if plain.get("format") != ESCROW_FORMAT or len(dek) != 32:
        raise fail("unknown escrow format")
    if not isinstance(plain.get("device_id"), str):  # anyone can encrypt to the recovery key
        raise fail("the escrow names no device")
    return plain["device_id"], dek


# --- recovery documents ---------------------------------------------------------------------


def make_request(*, request_id: str, device_id: str, escrow: dict[str, Any], reply_to: str,
                 created_at: str, note: str = "") -> bytes:
    """The request is not signed: the device's signing key is inside the locked vault.
    Headquarters authenticates the *person* (docs/recovery.md) and the escrow itself."""
    body = {"request_id": request_id, "device_id": device_id, "created_at": created_at,
            "escrow": escrow["wraps"]["current"], "recovery_key_id": escrow["recovery_key_id"],
            "reply_to": reply_to, "note": note}
    return canonical({"type": REQUEST_TYPE, "body": body})


def read_request(data: bytes) -> dict[str, Any]:
    fail = lambda m: RecoveryRejected("recovery_malformed", m)  # noqa: E731
    try:
        doc = parse_canonical(data.strip())
    except CanonicalError as exc:
        raise fail(str(exc)) from None
    if set(doc) != {"type", "body"} or doc["type"] != REQUEST_TYPE or not isinstance(doc["body"], dict):
        raise fail("not a recovery request")
    body = doc["body"]
    require(body, {"request_id": str, "device_id": str, "created_at": str, "escrow": str,
                   "recovery_key_id": str, "reply_to": str}, fail)
    try:
        check_recipient(body["reply_to"])
    except ValueError as exc:
        raise fail(str(exc)) from None
    if not UUID_RE.match(body["device_id"]):
        raise fail("bad device id")
    return body


def make_response(request: dict[str, Any], dek: bytes, approved_at: str, approved_by: list[str],
                  signer: SigningKey) -> bytes:
    sealed = pyrage.encrypt(canonical({"request_id": request["request_id"],
                                        "device_id": request["device_id"], "dek": dek.hex()}),
                            [pyrage.x25519.Recipient.from_str(request["reply_to"])])
    body = {"request_id": request["request_id"], "device_id": request["device_id"],
            "approved_at": approved_at, "approved_by": approved_by, "sealed_dek": b64(sealed)}
    return sign_document(RESPONSE_TYPE, body, signer)


def read_response(data: bytes, hq_signing_key: bytes, device_id: str, request_id: str,
                  identity: pyrage.x25519.Identity) -> bytes:
    """The DEK from a recovery response, after checking it is headquarters' answer to this
    device's pending request."""
    fail = lambda m: RecoveryRejected("recovery_malformed", m)  # noqa: E731
    doc = read_document(data, RESPONSE_TYPE, fail)
    if not check_signature(doc, hq_signing_key):
        raise RecoveryRejected("recovery_signature_invalid", "not signed by headquarters")
    body = doc["body"]
    require(body, {"request_id": str, "device_id": str, "sealed_dek": str}, fail)
    if body["device_id"] != device_id or body["request_id"] != request_id:
        raise RecoveryRejected("recovery_wrong_device", "the response answers another request")
    try:
        inner = parse_canonical(pyrage.decrypt(unb64(body["sealed_dek"]), [identity]))
        dek = bytes.fromhex(inner["dek"])
    except (CanonicalError, pyrage.DecryptError, KeyError, TypeError, ValueError):
        raise fail("the sealed key does not open with this request's key") from None
    if inner.get("request_id") != request_id or inner.get("device_id") != device_id or len(dek) != 32:
        raise RecoveryRejected("recovery_wrong_device", "the sealed key is for another request")
    return dek
