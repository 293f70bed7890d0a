"""Enrolment: a device asks headquarters to accept it, headquarters answers with its keys.

* The **request** (``*.idreq``) carries the device id, its Ed25519 public key, the X25519
  (age) recipient that update packs are encrypted to, and who works on it; it is signed by
  the device key itself (proof that the requester holds it).
* The **enrolment** (``*.idenrol``) repeats the device's keys and adds the case-number
  prefix and headquarters' public keys (signing, import, recovery); it is signed by the
  headquarters signing key. The device pins those keys in its vault.

Both are signed documents (sync/canonical.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

import pyrage

from inspector_desk.core.errors import HqFingerprintRequired
from inspector_desk.keystore.signing import SigningKey, key_id
from inspector_desk.sync.canonical import (
    UUID_RE, CanonicalError, b64, check_signature, read_document, require, sign_document, unb64,
)
from inspector_desk.sync.errors import EnrolmentRejected

REQUEST_TYPE = "idesk-enrolment-request/1"
ENROLMENT_TYPE = "idesk-enrolment/1"
PREFIX_ALPHABET = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def recipient_key_id(recipient: str) -> str:
    """A short name for an age recipient (``age1…``): 16 hex digits of its SHA-256."""
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()[:16]


def check_recipient(text: Any) -> str:
    if not isinstance(text, str) or not text.startswith("age1"):
        raise ValueError("not an age X25519 recipient")
    try:
        pyrage.x25519.Recipient.from_str(text)
    except Exception:  # noqa: BLE001 - pyrage raises its own type for a bad recipient
        raise ValueError("not an age X25519 recipient") from None
    return text


def check_prefix(prefix: Any) -> str:
    if not isinstance(prefix, str) or not 2 <= len(prefix) <= 6 or set(prefix) - PREFIX_ALPHABET:
        raise ValueError("a case-number prefix is 2-6 of 0-9 and A-Z without I, L, O, U")
    return prefix


@dataclass(frozen=True)
class HqPublic:
    """Headquarters' public keys as a device pins them."""

    signing_key: str         # Ed25519, base64 of the raw 32 bytes
    signing_key_id: str
    import_recipient: str    # age X25519 recipient: bundles are encrypted to it
    import_key_id: str
    recovery_recipient: str  # age X25519 recipient: escrow of vault keys (and bundles)
    recovery_key_id: str

    @property
    def signing_public(self) -> bytes:
        return unb64(self.signing_key)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "HqPublic":
        fail = lambda m: EnrolmentRejected("enrolment_malformed", m)  # noqa: E731
        require(d, {k: str for k in cls.__dataclass_fields__}, fail)
        try:
            hq = cls(**{k: d[k] for k in cls.__dataclass_fields__})
            if len(hq.signing_public) != 32 or key_id(hq.signing_public) != hq.signing_key_id:
                raise ValueError("signing key id mismatch")
            for rec, kid in ((hq.import_recipient, hq.import_key_id),
                             (hq.recovery_recipient, hq.recovery_key_id)):
                if recipient_key_id(check_recipient(rec)) != kid:
                    raise ValueError("recipient key id mismatch")
        except (ValueError, CanonicalError) as exc:
            raise fail(str(exc)) from None
        return hq


@dataclass(frozen=True)
class Enrolment:
    """What the device keeps (vault meta ``sync.enrolment``) after importing an enrolment."""

    enrolment_id: str
    device_id: str
    case_prefix: str
    unit: str
    issued_at: str
    hq: HqPublic
    document: str  # the signed file as received, for the record
    # Headquarters' online intake (docs/hq-server.md), when the enrolment names one:
    # {"url": "https://…", "tls_spki_sha256": 64 hex digits}; None in older enrolments.
    intake: dict[str, str] | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Enrolment":
        d = json.loads(text)
        return cls(**{**d, "hq": HqPublic(**d["hq"])})


# --- request (device) ------------------------------------------------------------------------


def make_request(*, request_id: str, device_id: str, signer: SigningKey, recipient: str,
                 inspector: dict[str, str], created_at: str, app_version: str) -> bytes:
    body = {"request_id": request_id, "device_id": device_id, "device_key": b64(signer.public_bytes()),
            "device_key_id": signer.key_id, "device_recipient": recipient,
            "inspector": {k: str(inspector.get(k, "")) for k in ("name", "login", "unit", "district")},
            "created_at": created_at, "app_version": app_version}
    return sign_document(REQUEST_TYPE, body, signer)


def read_request(data: bytes) -> dict[str, Any]:
    """A request whose self-signature holds; returns its body."""
    fail = lambda m: EnrolmentRejected("enrolment_malformed", m)  # noqa: E731
    doc = read_document(data, REQUEST_TYPE, fail)
    body = doc["body"]
    require(body, {"request_id": str, "device_id": str, "device_key": str, "device_key_id": str,
                   "device_recipient": str, "inspector": dict, "created_at": str}, fail)
    try:
        public = unb64(body["device_key"])
        check_recipient(body["device_recipient"])
        if not UUID_RE.match(body["device_id"]) or len(public) != 32:
            raise ValueError("bad device id or key")
    except (ValueError, CanonicalError) as exc:
        raise fail(str(exc)) from None
    if key_id(public) != body["device_key_id"] or not check_signature(doc, public):
        raise EnrolmentRejected("enrolment_signature_invalid", "the request's signature is not valid")
    return body


# --- enrolment (headquarters → device) -------------------------------------------------------


def check_intake(intake: Any) -> dict[str, str]:
    """The ``intake`` member of an enrolment: the service's https URL and the SHA-256 of
    its TLS certificate's public key (SubjectPublicKeyInfo), which the device pins."""
    if not isinstance(intake, dict) or set(intake) != {"url", "tls_spki_sha256"}:
        raise ValueError("intake: url and tls_spki_sha256 expected")
    url, pin = intake["url"], intake["tls_spki_sha256"]
    if not isinstance(url, str) or not url.startswith("https://") or len(url) > 500 \
            or any(c.isspace() or ord(c) < 32 for c in url):
        raise ValueError("intake: the url must be https://…")
    if not isinstance(pin, str) or len(pin) != 64 or set(pin) - set("0123456789abcdef"):
        raise ValueError("intake: tls_spki_sha256 must be 64 lower-case hex digits")
    return {"url": url, "tls_spki_sha256": pin}


def make_enrolment(request: dict[str, Any], *, enrolment_id: str, case_prefix: str, unit: str,
                   issued_at: str, hq: HqPublic, signer: SigningKey,
                   intake: dict[str, str] | None = None) -> bytes:
    body = {"enrolment_id": enrolment_id, "device_id": request["device_id"],
            "device_key": request["device_key"], "device_key_id": request["device_key_id"],
            "device_recipient": request["device_recipient"], "case_prefix": check_prefix(case_prefix),
            "inspector": request["inspector"], "unit": unit, "issued_at": issued_at, "hq": asdict(hq)}
    if intake is not None:  # older devices ignore the member (they check only what they need)
        body["intake"] = check_intake(intake)
    return sign_document(ENROLMENT_TYPE, body, signer)


FINGERPRINT_DIGITS = 16  # keystore/signing.py key_id: the first 16 hex digits of a SHA-256


def normal_fingerprint(text: str) -> str:
    """Headquarters' key fingerprint as typed ("3F9C 0A12-7B44 e8d1") in the form the
    enrolment compares: 16 lower-case hexadecimal digits (keystore/signing.py key_id), or ""
    if it is not that."""
    compact = "".join(c for c in text if not c.isspace() and c not in "-:").lower()
    ok = len(compact) == FINGERPRINT_DIGITS and all(c in "0123456789abcdef" for c in compact)
    return compact if ok else ""


def read_enrolment(data: bytes, *, device_id: str, device_key: bytes,
                   expect_hq_key_id: str | None = None,
                   pinned: HqPublic | None = None) -> Enrolment:
    """Check an enrolment file for this device. The first enrolment is trusted on the
    fingerprint the person compares (``expect_hq_key_id``, from headquarters' letter), and
    only on it: without one it is refused (:class:`HqFingerprintRequired`), never trusted on
    first use. A later one must be signed by the headquarters key already pinned."""
    if pinned is None and not (expect_hq_key_id or "").strip():
        raise HqFingerprintRequired("a first enrolment needs headquarters' key fingerprint")
    fail = lambda m: EnrolmentRejected("enrolment_malformed", m)  # noqa: E731
    doc = read_document(data, ENROLMENT_TYPE, fail)
    body = doc["body"]
    require(body, {"enrolment_id": str, "device_id": str, "device_key": str, "device_key_id": str,
                   "case_prefix": str, "unit": str, "issued_at": str, "hq": dict}, fail)
    hq = HqPublic.from_dict(body["hq"])
    try:
        check_prefix(body["case_prefix"])
        intake = check_intake(body["intake"]) if "intake" in body else None
    except ValueError as exc:
        raise fail(str(exc)) from None
    trusted = pinned.signing_public if pinned else hq.signing_public
    if not check_signature(doc, trusted):
        raise EnrolmentRejected("enrolment_signature_invalid", "the enrolment is not signed by headquarters")
    if expect_hq_key_id and normal_fingerprint(expect_hq_key_id) != hq.signing_key_id:
        raise EnrolmentRejected("enrolment_hq_mismatch", "headquarters key fingerprint differs",
                                found=hq.signing_key_id)
    if pinned and pinned.signing_key != hq.signing_key:
        raise EnrolmentRejected("enrolment_hq_mismatch", "headquarters key differs from the pinned one")
    if body["device_id"] != device_id or body["device_key"] != b64(device_key):
        raise EnrolmentRejected("enrolment_wrong_device", "this enrolment is for another device")
    return Enrolment(body["enrolment_id"], body["device_id"], body["case_prefix"], body["unit"],
                     body["issued_at"], hq, data.decode("utf-8"), intake)


__all__ = ["HqPublic", "Enrolment", "make_request", "read_request", "make_enrolment",
           "read_enrolment", "recipient_key_id"]
