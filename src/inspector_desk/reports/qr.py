"""The check code of a printed document: what the QR code and the PDF metadata carry.

A paper copy or a PDF file can be checked against the record it was printed from, by
headquarters or a court, without trusting the paper: the payload names the record and its
version, carries a SHA-256 of the record's content, and is signed with the device's Ed25519
key (keystore/signing.py; the key lives only inside the encrypted vault).

Payload (ASCII, fields separated by ``|``; about 215 characters)::

    IDESK1|<document>|<record id>|<version>|<digest>|<key id>|<printed at>|<signature>

* ``document``: ``visit``, ``incident``, ``measure-notice``, ``referral``, ``case-summary``
  or ``statistics``;
* ``record id`` and ``version``: the record printed (a case summary: the case; statistics:
  ``stats:<inspector>:<YYYY-MM>``, version 1);
* ``digest``: SHA-256, base64url without padding, of the canonical JSON of the content
  (:func:`content_digest`);
* ``key id``: the first 16 hex digits of SHA-256 of the device's public key;
* ``printed at``: local time (UTC+5) ``YYYYMMDDTHHMMSS``;
* ``signature``: Ed25519 over the UTF-8 text of everything before the last ``|``,
  base64url without padding.

The same text is the PDF's ``/Keywords`` entry, so a PDF file is checked without decoding
the QR image (:func:`payloads_in_pdf`).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from inspector_desk.core.kinds import documents
from inspector_desk.core.records import ADDED_FIELDS, Record
from inspector_desk.keystore.signing import key_id as key_id_of
from inspector_desk.keystore.signing import verify as verify_signature

PREFIX = "IDESK1"
DOCUMENTS = {**{d.name: k.name for k, d in documents()}, "statistics": "stats"}
"""Document type -> the kind of record it is printed from (core/kinds.py; the monthly
statistics are printed from figures, "stats")."""
BOOKKEEPING = frozenset({"created_at", "created_by", "updated_at", "updated_by", "device_id"})
_FIELD = re.compile(r"^[A-Za-z0-9_.:*%\-]+$")
_PAYLOAD_BYTES = re.compile(rb"IDESK1\|[A-Za-z0-9_.:*%|\-]{20,1000}")


class Signer(Protocol):
    """What signs a payload: keystore.signing.SigningKey."""

    @property
    def key_id(self) -> str: ...

    def sign(self, message: bytes) -> bytes: ...


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --- the content that is hashed -----------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def record_content(record: Record) -> dict[str, Any]:
    """What a record says: its kind and every field but the save bookkeeping."""
    out: dict[str, Any] = {"kind": record.KIND}
    added = ADDED_FIELDS.get(record.KIND, {})
    for f in dataclasses.fields(record):
        if f.name not in BOOKKEEPING:
            value = getattr(record, f.name)
            if f.name in added and value == added[f.name]:
                continue  # a field added later, at its default: papers printed before verify
            out[f.name] = _plain(value)
    return out


def canonical_json(value: Any) -> bytes:
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def content_digest(subject: Any) -> str:
    """SHA-256 (base64url) of what a document was printed from.

    ``subject`` is a record; a sequence of records (a case summary: the case, its
    participants, persons and timeline records, in any order); an object with ``to_dict()``
    (monthly statistics); or a plain mapping.
    """
    if isinstance(subject, Record):
        content: Any = record_content(subject)
    elif isinstance(subject, (list, tuple)):
        content = sorted((record_content(r) for r in subject), key=lambda c: (c["kind"], c["id"]))
    elif hasattr(subject, "to_dict"):
        content = subject.to_dict()
    elif isinstance(subject, Mapping):
        content = dict(subject)
    else:
        raise TypeError(f"cannot hash a {type(subject).__name__}")
    return _b64(hashlib.sha256(canonical_json(content)).digest())


def subject_identity(subject: Any) -> tuple[str, str, int]:
    """(record kind, id, version) of what a document is printed from."""
    if isinstance(subject, Record):
        return subject.KIND, subject.id, subject.version
    if isinstance(subject, (list, tuple)) and subject:
        head = subject[0]
        return head.KIND, head.id, head.version
    if hasattr(subject, "record_id"):
        return "stats", subject.record_id, 1
    raise TypeError(f"cannot name a {type(subject).__name__}")


# --- the payload ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentPayload:
    document: str
    record_id: str
    version: int
    digest: str
    key_id: str
    printed_at: str
    signature: str = ""

    @property
    def message(self) -> bytes:
        """The signed part: every field but the signature."""
        return "|".join((PREFIX, self.document, self.record_id, str(self.version), self.digest,
                         self.key_id, self.printed_at)).encode("ascii")

    @property
    def text(self) -> str:
        return self.message.decode("ascii") + "|" + self.signature

    @property
    def record_kind(self) -> str:
        return DOCUMENTS[self.document]

    @property
    def printed_moment(self) -> dt.datetime:
        from inspector_desk.core.ports import KZ_TZ

        return dt.datetime.strptime(self.printed_at, "%Y%m%dT%H%M%S").replace(tzinfo=KZ_TZ)

    @classmethod
    def parse(cls, text: str) -> DocumentPayload:
        """Read a payload; raises ValueError when it is not one."""
        parts = (text or "").strip().split("|")
        if len(parts) != 8 or parts[0] != PREFIX:
            raise ValueError("not an Inspector Desk document code")
        _, document, record_id, version, digest, key_id, printed_at, signature = parts
        if document not in DOCUMENTS or not all(_FIELD.match(p) for p in parts[1:]):
            raise ValueError("not an Inspector Desk document code")
        if not version.isdigit() or not re.fullmatch(r"\d{8}T\d{6}", printed_at):
            raise ValueError("not an Inspector Desk document code")
        return cls(document, record_id, int(version), digest, key_id, printed_at, signature)


def sign_payload(document: str, subject: Any, signer: Signer,
                 printed_at: dt.datetime) -> DocumentPayload:
    """The signed check code for ``subject`` printed as ``document`` at ``printed_at``."""
    if document not in DOCUMENTS:
        raise ValueError(f"unknown document {document!r}")
    kind, record_id, version = subject_identity(subject)
    if kind != DOCUMENTS[document]:
        raise ValueError(f"a {document} is printed from a {DOCUMENTS[document]}, not a {kind}")
    if not _FIELD.match(record_id):
        raise ValueError("a record id must not contain '|' or spaces")
    from inspector_desk.core.ports import KZ_TZ

    moment = printed_at.astimezone(KZ_TZ) if printed_at.tzinfo else printed_at
    unsigned = DocumentPayload(document, record_id, version, content_digest(subject),
                               signer.key_id, moment.strftime("%Y%m%dT%H%M%S"))
    return dataclasses.replace(unsigned, signature=_b64(signer.sign(unsigned.message)))


def payloads_in_pdf(pdf: bytes) -> list[str]:
    """The check codes a PDF carries (its /Keywords; found in the file's bytes, or through
    pypdf when the file was re-saved with compressed objects)."""
    found = list(dict.fromkeys(m.decode("ascii") for m in _PAYLOAD_BYTES.findall(pdf)))
    if found:
        return found
    try:  # a PDF re-saved by another program may compress its objects
        import io

        from pypdf import PdfReader
    except ImportError:
        return []
    try:
        info = PdfReader(io.BytesIO(pdf)).metadata or {}
    except Exception:  # noqa: BLE001 - a damaged file simply carries no code
        return []
    texts = [str(info.get(k, "")) for k in ("/Keywords", "/Subject")]
    return list(dict.fromkeys(m.group(0) for t in texts
                              for m in re.finditer(r"IDESK1\|[A-Za-z0-9_.:*%|\-]{20,1000}", t)))


# --- verification -----------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    """The answer of :func:`verify_document`.

    ``status``: ``valid`` (signature good and, when a record was given, it matches),
    ``signed`` (signature good, no record given), ``record_changed`` (signature good, but
    the record has a newer version than the one printed), ``content_mismatch`` (same
    version, different content: the record or the paper was altered), ``wrong_record``
    (the record given is not the one printed), ``bad_signature``, ``wrong_key`` (signed by
    another device's key), ``malformed`` (no readable code), ``ambiguous`` (a PDF with
    several different codes).
    """

    status: str
    signature_valid: bool
    matches_record: bool | None = None
    payload: DocumentPayload | None = None
    current_version: int | None = None

    @property
    def ok(self) -> bool:
        return self.signature_valid and self.matches_record is not False


def verify_document(payload_or_pdf_bytes: str | bytes, public_key: bytes,
                    record: Any = None) -> VerifyResult:
    """Check a document's code: is the signature the holder of ``public_key``'s, and (when
    ``record`` is given: a record, the list of records of a case summary, or monthly
    statistics) does the record still say what was printed?"""
    data = payload_or_pdf_bytes
    if isinstance(data, (bytes, bytearray)):
        if bytes(data[:5]) == b"%PDF-":
            codes = payloads_in_pdf(bytes(data))
            if len(codes) > 1:
                return VerifyResult("ambiguous", False)
            data = codes[0] if codes else ""
        else:
            try:
                data = bytes(data).decode("ascii")
            except UnicodeDecodeError:
                return VerifyResult("malformed", False)
    try:
        payload = DocumentPayload.parse(str(data))
    except ValueError:
        return VerifyResult("malformed", False)
    if key_id_of(public_key) != payload.key_id:
        return VerifyResult("wrong_key", False, payload=payload)
    try:
        signature = _unb64(payload.signature)
    except (ValueError, TypeError):
        return VerifyResult("bad_signature", False, payload=payload)
    if _b64(signature) != payload.signature:  # only the canonical spelling is accepted
        return VerifyResult("bad_signature", False, payload=payload)
    if not verify_signature(public_key, signature, payload.message):
        return VerifyResult("bad_signature", False, payload=payload)
    if record is None:
        return VerifyResult("signed", True, payload=payload)
    kind, record_id, version = subject_identity(record)
    if kind != payload.record_kind or record_id != payload.record_id:
        return VerifyResult("wrong_record", True, False, payload, version)
    if version != payload.version:
        return VerifyResult("record_changed", True, False, payload, version)
    if content_digest(record) != payload.digest:
        return VerifyResult("content_mismatch", True, False, payload, version)
    return VerifyResult("valid", True, True, payload, version)


QR_MASK = 2
"""The QR mask pattern, fixed. reportlab's encoder picks the "best" of the eight masks by a
penalty score, which costs about 15 ms per code (more than the rest of a two-page act); any
mask is valid and every reader decodes it, and for our payloads (base64-like, close to
random bits) the masks score alike. tests/reports check the result against reportlab's own
encoder and decode it with zxing-cpp when that is installed."""
QR_BORDER = 2  # quiet zone, in modules, inside the drawn square


def _qrencoder():
    """reportlab's QR encoder, made fast enough to run once per document: the Reed-Solomon
    generator polynomials are memoised (the encoder rebuilt the same polynomial, a pure
    function of the error-correction length, for every block of every code) and the
    polynomial remainder is computed without recursion. Both give exactly what reportlab
    computes (tests/reports/test_reports_qr.py)."""
    from functools import lru_cache

    from reportlab.graphics.barcode import qrencoder

    util = qrencoder.QRUtil
    if not getattr(util.getErrorCorrectPolynomial, "cache_info", None):
        util.getErrorCorrectPolynomial = staticmethod(lru_cache(maxsize=64)(
            util.getErrorCorrectPolynomial))
    if qrencoder.QRPolynomial.mod is not _polynomial_mod:
        global _reportlab_mod
        _reportlab_mod = qrencoder.QRPolynomial.mod  # kept for the test that compares them
        qrencoder.QRPolynomial.mod = _polynomial_mod
    return qrencoder


_reportlab_mod = None


def _polynomial_mod(self, divisor):
    """``QRPolynomial.mod`` without recursion: the remainder over GF(256) of the data by the
    generator polynomial (the error-correction bytes). Same result as reportlab's own (a test
    compares them); about four times faster."""
    from reportlab.graphics.barcode import qrencoder

    if len(self.num) < len(divisor.num):
        return self
    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    num = list(self.num)
    den = [log[c] for c in divisor.num]  # a generator polynomial has no zero coefficient
    n, start = len(den), 0
    while True:
        while start < len(num) and num[start] == 0:
            start += 1
        if len(num) - start < n:
            break
        ratio = log[num[start]] - den[0]
        for i, d in enumerate(den):
            num[start + i] ^= exp[(d + ratio) % 255]
    return qrencoder.QRPolynomial(num[start:] or [0], 0)


def qr_modules(payload: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code of ``payload``: byte mode, error
    correction M (15 % of the code may be lost), the smallest version that holds it."""
    qrencoder = _qrencoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return [[bool(m) for m in row] for row in code.modules]


def qr_path(modules: list[list[bool]]) -> tuple[str, int]:
    """PDF path operators that fill the dark modules (one rectangle per horizontal run, in
    module units, origin at the bottom left) and the side of the square in modules."""
    n = len(modules)
    ops = []
    for r, row in enumerate(modules):
        y = n - 1 - r + QR_BORDER
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start + QR_BORDER} {y} {c - start} 1 re")
            else:
                c += 1
    return " ".join(ops) + " f", n + 2 * QR_BORDER


__all__ = ["DOCUMENTS", "DocumentPayload", "Signer", "VerifyResult", "content_digest",
           "payloads_in_pdf", "qr_modules", "qr_path", "record_content", "sign_payload",
           "subject_identity", "verify_document"]
