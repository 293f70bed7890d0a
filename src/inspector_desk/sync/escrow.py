"""Escrow of the vault's database key to headquarters, and the recovery documents.

Recovery needs the laptop (docs/recovery.md): the escrowed database key is sealed twice,
first under a key derived from the **device secret** (the 32 bytes only the laptop's OS
keyring holds), then, that sealed box, to headquarters' **recovery** key. Headquarters'
recovery key and every officer's passphrase open only the outer layer: a copied key file
gives them a box they cannot open, and a stolen laptop's owner asking for recovery needs
the laptop's keyring. Headquarters never sees the database key itself.

``keyfile.json`` (keyring mode, once the device is enrolled)::

    {"format": "idesk-escrow/2", "recipient": "age1…", "recovery_key_id": "…",
     "hq_signing_key": "<base64>", "hq_signing_key_id": "…",
     "binding": "<base64 signed document>",
     "wraps": {"current": "<base64 age file>", "pending": "…" (only during a key change)},
     "check": {"current": "<hex>", …}}

* a wrap is an age file (X25519, to the recovery key) of the canonical JSON
  ``{"format": "idesk-escrow/2", "device_id", "nonce", "sealed"}`` where ``sealed`` is
  ChaCha20-Poly1305(K_esc, nonce, DEK, aad = format ‖ device id) and
  K_esc = HKDF-SHA256(K_dev, salt = device id, info = "idesk/escrow/v2");
* ``binding`` is a document signed by the device's enrolled Ed25519 key (inside the vault)
  naming the *recovery signing key*, an Ed25519 key whose seed is
  HKDF-SHA256(K_dev, salt = device id, info = "idesk/recovery-sign/v1"): a locked laptop can
  sign a recovery request with it, and headquarters can tell it belongs to the enrolled
  device;
* ``check`` is HMAC-SHA256(DEK, "idesk/escrow-check/v1"): the program sees at every unlock
  whether the escrow still matches the current key, without decrypting it.

Passphrase-only vaults have no device secret and therefore no escrow (docs/recovery.md).
An escrow of the first format (``idesk-escrow/1``: the database key itself to the recovery
key) is replaced at the next unlock; headquarters answers no request made from one.

Recovery: the device writes a **request** (``*.idrecreq``) signed with the recovery signing
key: the escrow wrap, the binding, the device id, a fresh age recipient, its creation and
expiry time (at most :data:`REQUEST_LIFETIME`). Headquarters checks the binding against the
enrolled, not revoked device key, the expiry, opens the outer layer with the recovery key
(every officer) and answers with a **response** (``*.idrec``) signed by headquarters: the
device-sealed box, age-encrypted to the request's recipient.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync.canonical import (
    UUID_RE, CanonicalError, b64, canonical, check_signature, parse_canonical, read_document, require,
    sign_document, unb64,
)
from inspector_desk.sync.enrolment import Enrolment, check_recipient
from inspector_desk.sync.errors import RecoveryRejected

ESCROW_FORMAT = "idesk-escrow/2"
OLD_ESCROW_FORMATS = ("idesk-escrow/1",)
BINDING_TYPE = "idesk-recovery-binding/1"
REQUEST_TYPE = "idesk-recovery-request/2"
RESPONSE_TYPE = "idesk-recovery/2"
REQUEST_LIFETIME = dt.timedelta(hours=72)
CLOCK_SKEW = dt.timedelta(hours=12)  # a laptop's clock may run ahead of headquarters'
INFO_ESCROW = b"idesk/escrow/v2"
INFO_RECOVERY_SIGN = b"idesk/recovery-sign/v1"


def _malformed(message: str) -> RecoveryRejected:
    return RecoveryRejected("recovery_malformed", message)


def _derive(device_secret: bytes, device_id: str, info: bytes) -> bytes:
    if not isinstance(device_secret, bytes) or len(device_secret) != 32:
        raise ValueError("the escrow needs the 32-byte device secret")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=device_id.encode("utf-8"),
                info=info).derive(device_secret)


def recovery_signer(device_secret: bytes, device_id: str) -> SigningKey:
    """The key a locked laptop signs its recovery request with (derived from K_dev)."""
    return SigningKey.from_private_bytes(_derive(device_secret, device_id, INFO_RECOVERY_SIGN))


def dek_check(dek: bytes) -> str:
    return hmac.new(dek, b"idesk/escrow-check/v1", hashlib.sha256).hexdigest()


def _aad(device_id: str) -> bytes:
    return ESCROW_FORMAT.encode("ascii") + b"\0" + device_id.encode("utf-8")


def seal_for_device(dek: bytes, device_secret: bytes, device_id: str) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    ct = ChaCha20Poly1305(_derive(device_secret, device_id, INFO_ESCROW)).encrypt(nonce, dek, _aad(device_id))
    return {"nonce": b64(nonce), "sealed": b64(ct)}


def open_on_device(box: dict[str, Any], device_secret: bytes, device_id: str) -> bytes:
    """The DEK from the device-sealed box; needs this laptop's device secret."""
    try:
        dek = ChaCha20Poly1305(_derive(device_secret, device_id, INFO_ESCROW)).decrypt(
            unb64(box["nonce"]), unb64(box["sealed"]), _aad(device_id))
    except (InvalidTag, CanonicalError, KeyError, TypeError, ValueError):
        raise RecoveryRejected("recovery_key_invalid",
                               "the recovered key does not open with this laptop's device secret") from None
    if len(dek) != 32:
        raise RecoveryRejected("recovery_key_invalid")
    return dek


def wrap_dek(dek: bytes, device_id: str, recipient: str, device_secret: bytes) -> str:
    plain = canonical({"format": ESCROW_FORMAT, "device_id": device_id,
                       **seal_for_device(dek, device_secret, device_id)})
    return b64(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)]))


def make_binding(device_id: str, device_signer: SigningKey, device_secret: bytes,
                 recovery_key_id: str) -> str:
    body = {"device_id": device_id, "device_key_id": device_signer.key_id,
            "recovery_signing_key": b64(recovery_signer(device_secret, device_id).public_bytes()),
            "recovery_key_id": recovery_key_id}
    return b64(sign_document(BINDING_TYPE, body, device_signer))


def escrow_for(enrolment: Enrolment, device_id: str, deks: dict[str, bytes], *,
               device_secret: bytes, device_signer: SigningKey) -> dict[str, Any]:
    """The key file's ``escrow`` object for these database keys (slot → DEK)."""
    hq = enrolment.hq
    return {"format": ESCROW_FORMAT, "recipient": hq.recovery_recipient,
            "recovery_key_id": hq.recovery_key_id, "hq_signing_key": hq.signing_key,
            "hq_signing_key_id": hq.signing_key_id,
            "binding": make_binding(device_id, device_signer, device_secret, hq.recovery_key_id),
            "wraps": {slot: wrap_dek(dek, device_id, hq.recovery_recipient, device_secret)
                      for slot, dek in deks.items()},
            "check": {slot: dek_check(dek) for slot, dek in deks.items()}}


def update_escrow(escrow: dict[str, Any], enrolment: Enrolment, device_id: str,
                  deks: dict[str, bytes], *, device_secret: bytes, device_signer: SigningKey,
                  replace: bool = False) -> dict[str, Any]:
    """``escrow`` with these slots (re)wrapped; the other slots kept unless ``replace`` (or
    the escrow is of an older format or to another recovery key: then it is replaced)."""
    fresh = escrow_for(enrolment, device_id, deks, device_secret=device_secret, device_signer=device_signer)
    if not replace and escrow.get("format") == ESCROW_FORMAT and \
            escrow.get("recipient") == fresh["recipient"]:
        fresh["wraps"] = {**escrow.get("wraps", {}), **fresh["wraps"]}
        fresh["check"] = {**escrow.get("check", {}), **fresh["check"]}
    return fresh


def escrow_matches(escrow: dict[str, Any], dek: bytes, slot: str = "current") -> bool:
    """The escrow is of the current format and holds this key in ``slot``."""
    return escrow.get("format") == ESCROW_FORMAT and bool(escrow.get("binding")) \
        and escrow.get("check", {}).get(slot) == dek_check(dek)


def unwrap_escrow(wrap_b64: str, identity: pyrage.x25519.Identity) -> tuple[str, dict[str, str]]:
    """(device id, device-sealed box) from an escrow wrap: headquarters' side, with the
    recovery key. The box opens only with the device secret."""
    try:
        plain = parse_canonical(pyrage.decrypt(unb64(wrap_b64), [identity]))
    except (CanonicalError, pyrage.DecryptError, TypeError, ValueError) as exc:
        raise _malformed(f"the escrow does not open with this recovery key ({type(exc).__name__})") from None
    if plain.get("format") in OLD_ESCROW_FORMATS:
        raise RecoveryRejected("recovery_old_escrow")
    if plain.get("format") != ESCROW_FORMAT or set(plain) != {"format", "device_id", "nonce", "sealed"} \
            or not all(isinstance(v, str) for v in plain.values()):
        raise _malformed("unknown escrow format")
    return plain["device_id"], {"nonce": plain["nonce"], "sealed": plain["sealed"]}


# --- time ------------------------------------------------------------------------------------


def parse_time(value: Any) -> dt.datetime:
    try:
        t = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise _malformed("a time is not in ISO 8601 form") from None
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def expires(created_at: dt.datetime) -> dt.datetime:
    return created_at + REQUEST_LIFETIME


def check_fresh(created_at: Any, expires_at: Any, now: dt.datetime) -> None:
    """Refuse a request past its time limit (``recovery_expired``), or one that claims a
    longer life than :data:`REQUEST_LIFETIME` or a creation far in the future."""
    created, until = parse_time(created_at), parse_time(expires_at)
    now = now if now.tzinfo else now.replace(tzinfo=dt.timezone.utc)
    if until - created > REQUEST_LIFETIME or until < created or created > now + CLOCK_SKEW:
        raise _malformed("the request's times are not valid")
    if now > until:
        raise RecoveryRejected("recovery_expired", expires_at=until.isoformat())


# --- recovery documents ---------------------------------------------------------------------


def make_request(*, request_id: str, device_id: str, escrow: dict[str, Any], reply_to: str,
                 created_at: str, expires_at: str, signer: SigningKey, note: str = "") -> bytes:
    """The request, signed with the recovery signing key derived from the device secret (the
    device's own signing key is inside the locked vault); ``binding`` proves that key is the
    enrolled device's."""
    body = {"request_id": request_id, "device_id": device_id, "created_at": created_at,
            "expires_at": expires_at, "escrow": escrow["wraps"]["current"],
            "recovery_key_id": escrow["recovery_key_id"], "binding": escrow["binding"],
            "reply_to": reply_to, "note": note}
    return sign_document(REQUEST_TYPE, body, signer)


def read_request(data: bytes, now: dt.datetime) -> dict[str, Any]:
    """The request's body after checking its form, its time limit and that it is signed by
    the recovery key its binding names. ``body["binding_doc"]`` is the parsed binding (whose
    signature by the enrolled device key headquarters checks: :func:`check_binding`)."""
    try:
        doc = read_document(data, REQUEST_TYPE, _malformed)
    except RecoveryRejected:
        try:
            old = parse_canonical(data.strip())
        except CanonicalError:
            old = {}
        if isinstance(old, dict) and old.get("type") == "idesk-recovery-request/1":
            raise RecoveryRejected("recovery_old_escrow") from None
        raise
    body = doc["body"]
    require(body, {"request_id": str, "device_id": str, "created_at": str, "expires_at": str,
                   "escrow": str, "recovery_key_id": str, "binding": str, "reply_to": str,
                   "note": str}, _malformed)
    if set(body) != {"request_id", "device_id", "created_at", "expires_at", "escrow",
                     "recovery_key_id", "binding", "reply_to", "note"}:
        raise _malformed("unexpected fields")
    try:
        check_recipient(body["reply_to"])
    except ValueError as exc:
        raise _malformed(str(exc)) from None
    if not UUID_RE.match(body["device_id"]) or not UUID_RE.match(body["request_id"]):
        raise _malformed("bad device or request id")
    try:
        binding = read_document(unb64(body["binding"]), BINDING_TYPE, _malformed)
    except CanonicalError:
        raise _malformed("the binding is not base64") from None
    bb = binding["body"]
    require(bb, {"device_id": str, "device_key_id": str, "recovery_signing_key": str,
                 "recovery_key_id": str}, _malformed)
    if bb["device_id"] != body["device_id"]:
        raise RecoveryRejected("recovery_not_this_device", "the binding names another device")
    try:
        rec_key = unb64(bb["recovery_signing_key"])
    except CanonicalError:
        raise _malformed("bad recovery signing key") from None
    if not check_signature(doc, rec_key):
        raise RecoveryRejected("recovery_not_this_device",
                               "the request is not signed by the device's recovery key")
    check_fresh(body["created_at"], body["expires_at"], now)
    return {**body, "binding_doc": binding}


def check_binding(body: dict[str, Any], device_key: bytes, device_key_id: str) -> None:
    """Headquarters: the request's binding is signed by the enrolled device key."""
    binding = body["binding_doc"]
    if binding["body"]["device_key_id"] != device_key_id or not check_signature(binding, device_key):
        raise RecoveryRejected("recovery_not_this_device",
                               "the request is not bound to the enrolled device key")


def make_response(request: dict[str, Any], box: dict[str, str], approved_at: str,
                  approved_by: list[str], signer: SigningKey) -> bytes:
    sealed = pyrage.encrypt(canonical({"request_id": request["request_id"],
                                        "device_id": request["device_id"], **box}),
                            [pyrage.x25519.Recipient.from_str(request["reply_to"])])
    body = {"request_id": request["request_id"], "device_id": request["device_id"],
            "expires_at": request["expires_at"], "approved_at": approved_at,
            "approved_by": approved_by, "sealed_box": b64(sealed)}
    return sign_document(RESPONSE_TYPE, body, signer)


def read_response(data: bytes, hq_signing_key: bytes, device_id: str, request_id: str,
                  identity: pyrage.x25519.Identity) -> dict[str, str]:
    """The device-sealed box from a recovery response, after checking it is headquarters'
    answer to this device's pending request (open it with :func:`open_on_device`)."""
    doc = read_document(data, RESPONSE_TYPE, _malformed)
    if not check_signature(doc, hq_signing_key):
        raise RecoveryRejected("recovery_signature_invalid", "not signed by headquarters")
    body = doc["body"]
    require(body, {"request_id": str, "device_id": str, "sealed_box": str}, _malformed)
    if body["device_id"] != device_id or body["request_id"] != request_id:
        raise RecoveryRejected("recovery_wrong_device", "the response answers another request")
    try:
        inner = parse_canonical(pyrage.decrypt(unb64(body["sealed_box"]), [identity]))
    except (CanonicalError, pyrage.DecryptError, TypeError, ValueError):
        raise _malformed("the sealed key does not open with this request's key") from None
    if inner.get("request_id") != request_id or inner.get("device_id") != device_id:
        raise RecoveryRejected("recovery_wrong_device", "the sealed key is for another request")
    if not isinstance(inner.get("nonce"), str) or not isinstance(inner.get("sealed"), str):
        raise _malformed("the sealed key is damaged")
    return {"nonce": inner["nonce"], "sealed": inner["sealed"]}
