"""Canonical JSON and small signed documents.

Canonical JSON is what every signature covers: UTF-8, keys sorted, no insignificant
whitespace, no floats. A reader accepts a header only if it is byte for byte the canonical
form of what it parses to, so there is exactly one way to write each header (duplicate keys,
extra spaces or reordered keys are refused, not normalised).

Small files (enrolment request, enrolment, receipt, recovery request and response) are one
canonical JSON object ``{"type", "body", "key_id", "signature"}``; the Ed25519 signature is
over ``"idesk-doc\\0" ‖ type ‖ "\\0" ‖ SHA-512(canonical(body))``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Any, Callable

from inspector_desk.keystore.signing import SigningKey, key_id, verify
from inspector_desk.sync.limits import MAX_INT

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HEX16_RE = re.compile(r"^[0-9a-f]{16}$")
MAX_DOCUMENT = 1 << 20


class CanonicalError(ValueError):
    """Not canonical JSON (the caller turns it into its own typed refusal)."""


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise CanonicalError(f"duplicate key {k!r}")
        out[k] = v
    return out


def _no_floats(text: str) -> Any:
    raise CanonicalError("numbers must be integers")


def _int64(text: str) -> int:
    value = int(text)
    if not -MAX_INT - 1 <= value <= MAX_INT:
        raise CanonicalError("an integer outside the signed 64-bit range")
    return value


def loads_strict(data: bytes) -> Any:
    """Parse JSON refusing duplicate keys, floats, NaN, integers outside the signed 64-bit
    range and invalid UTF-8."""
    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_floats,
                          parse_constant=_no_floats, parse_int=_int64)
    except CanonicalError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CanonicalError(f"not JSON: {type(exc).__name__}") from None


def parse_canonical_value(data: bytes) -> Any:
    """Any JSON value whose bytes are exactly its canonical form (a line of
    ``records.jsonl``, without its newline)."""
    value = loads_strict(data)
    try:
        again = canonical(value)
    except (UnicodeEncodeError, ValueError):  # a lone surrogate (\ud800) has no UTF-8 form
        raise CanonicalError("a string that is not valid Unicode") from None
    if again != data:
        raise CanonicalError("not in canonical form")
    return value


def parse_canonical(data: bytes) -> dict[str, Any]:
    """An object whose bytes are exactly its canonical form."""
    obj = parse_canonical_value(data)
    if not isinstance(obj, dict):
        raise CanonicalError("not a JSON object")
    return obj


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise CanonicalError("expected base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise CanonicalError("bad base64") from None


# --- signed documents -------------------------------------------------------------------


def _doc_message(doc_type: str, body: dict[str, Any]) -> bytes:
    return b"idesk-doc\0" + doc_type.encode("ascii") + b"\0" + hashlib.sha512(canonical(body)).digest()


def sign_document(doc_type: str, body: dict[str, Any], key: SigningKey) -> bytes:
    """The file content of a signed document."""
    sig = key.sign(_doc_message(doc_type, body))
    return canonical({"type": doc_type, "body": body, "key_id": key.key_id, "signature": b64(sig)})


def read_limited(path: Any, limit: int = MAX_DOCUMENT) -> bytes:
    """At most ``limit + 1`` bytes of a file: enough for :func:`read_document` to refuse an
    oversized one without reading it whole into memory."""
    with open(path, "rb") as f:
        return f.read(limit + 1)


def read_document(data: bytes, doc_type: str, fail: Callable[[str], Exception]) -> dict[str, Any]:
    """Parse a signed document of ``doc_type`` without checking the signature yet.

    ``fail(message)`` makes the caller's typed error for a malformed file."""
    if len(data) > MAX_DOCUMENT:
        raise fail("the file is too large")
    try:
        doc = parse_canonical(data.strip())
    except CanonicalError as exc:
        raise fail(str(exc)) from None
    if set(doc) != {"type", "body", "key_id", "signature"} or doc["type"] != doc_type \
            or not isinstance(doc["body"], dict) or not isinstance(doc["key_id"], str):
        raise fail(f"not a {doc_type} document")
    return doc


def check_signature(doc: dict[str, Any], public: bytes) -> bool:
    """True when ``doc`` is signed by ``public`` (and names that key)."""
    try:
        sig = unb64(doc["signature"])
    except CanonicalError:
        return False
    return doc["key_id"] == key_id(public) and verify(public, sig, _doc_message(doc["type"], doc["body"]))


def require(body: dict[str, Any], spec: dict[str, type | tuple[type, ...]],
            fail: Callable[[str], Exception]) -> None:
    """Check that ``body`` has these fields with these types (bool is not an int here)."""
    for name, types_ in spec.items():
        value = body.get(name)
        if name not in body or not isinstance(value, types_) or (
                isinstance(value, bool) and bool not in (types_ if isinstance(types_, tuple) else (types_,))):
            raise fail(f"field {name!r} is missing or has the wrong type")
