"""Online sync: the device's half of the HQ intake protocol (docs/hq-server.md), no Qt, no vault.

The same signed, encrypted bundles that travel on a USB stick go over HTTPS to
``inspector-desk-hq serve``:

* **TLS pinned at enrolment.** The enrolment file (signed by headquarters) names the
  service's URL and the SHA-256 of its certificate's public key (``tls_spki_sha256``).
  The device checks that key right after the TLS handshake, before a single byte of a
  request is sent; no certificate authority is trusted, and a mismatch is refused
  (:class:`IntakePinMismatch`).
* **No passwords.** Every request is signed with the device's enrolled Ed25519 key over
  :func:`request_message` (method, path, time, a nonce and the upload headers); headquarters
  checks it against the key it enrolled and refuses a time more than ``MAX_SKEW`` seconds
  off its own clock (the device takes headquarters' time from ``/health`` first).
* **Resumable, idempotent uploads.** ``HEAD`` tells the offset headquarters holds of a
  bundle (device id + number + the file's SHA-512); ``PUT`` sends the rest from there.

Only the standard library's ``http.client`` and ``ssl`` carry it (the packaged app stays
small); ``cryptography`` (already a dependency) reads the certificate's public key.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import random
import secrets
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, urlsplit

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync.canonical import b64
from inspector_desk.sync.errors import SyncError

PROTOCOL = "idesk-intake/1"
AUTH_SCHEME = "IDesk-Sig"
MAX_SKEW = 300                 # seconds between the device's signed time and headquarters' clock
CHUNK = 256 * 1024             # bytes per write on the wire (progress and cancel between them)
TIMEOUT = 60.0                 # seconds without progress before a connection is given up
H_OFFSET, H_LENGTH, H_SHA = "Upload-Offset", "Upload-Length", "Bundle-Sha512"
H_STATE = "Idesk-State"


# --- errors (each a stable code: resources/i18n/messages.json, /work/notes/msgs-intake.json) ----


class IntakeError(SyncError):
    """The exchange with the intake service did not happen or stopped."""

    code = "intake_error"
    transient = True  # try again later (with back-off); False: this bundle waits for a person


class IntakeNotConfigured(IntakeError):
    code = "intake_not_configured"
    transient = False


class IntakeUnreachable(IntakeError):
    code = "intake_unreachable"


class IntakePinMismatch(IntakeError):
    """The server's certificate is not the one headquarters named at enrolment."""

    code = "intake_pin_mismatch"
    transient = False


class IntakeBusy(IntakeError):
    code = "intake_busy"


class IntakeAuthRefused(IntakeError):
    code = "intake_auth_refused"
    transient = False


class IntakeTooLarge(IntakeError):
    """Larger than the service takes (its limit is in ``params['limit']``): carry this one
    on a USB stick."""

    code = "intake_too_large"
    transient = False


class IntakeProtocolError(IntakeError):
    code = "intake_protocol"


# --- the protocol, shared by both ends -----------------------------------------------------


def request_message(method: str, path: str, ts: int, nonce: str, offset: str = "",
                    length: str = "", sha512: str = "") -> bytes:
    """What a device signs for one request: the method, the path with its query, the time
    (Unix seconds), a random nonce and the upload headers (empty when absent)."""
    parts = (PROTOCOL, method.upper(), path, str(int(ts)), nonce, offset, length, sha512)
    return b"\0".join(p.encode("utf-8") for p in parts)


def auth_header(device_id: str, signer: SigningKey, method: str, path: str, ts: int,
                offset: str = "", length: str = "", sha512: str = "") -> str:
    nonce = secrets.token_hex(12)
    sig = signer.sign(request_message(method, path, ts, nonce, offset, length, sha512))
    return (f'{AUTH_SCHEME} device="{device_id}", key="{signer.key_id}", ts="{int(ts)}", '
            f'nonce="{nonce}", sig="{b64(sig)}"')


def parse_auth(value: str) -> dict[str, str]:
    """The fields of an ``Authorization: IDesk-Sig …`` header ({} when it is not one)."""
    scheme, _, rest = (value or "").partition(" ")
    if scheme != AUTH_SCHEME:
        return {}
    out: dict[str, str] = {}
    for part in rest.split(","):
        k, eq, v = part.strip().partition("=")
        if not eq or len(v) < 2 or v[0] != '"' or v[-1] != '"' or k in out:
            return {}
        out[k] = v[1:-1]
    return out if set(out) == {"device", "key", "ts", "nonce", "sig"} else {}


def spki_sha256(der_certificate: bytes) -> str:
    """SHA-256 (hex) of a certificate's SubjectPublicKeyInfo: the pin. It survives renewing
    the certificate with the same key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def bundle_path(device_id: str, seq: int) -> str:
    return f"/v1/devices/{quote(device_id)}/bundles/{int(seq)}"


# --- back-off -------------------------------------------------------------------------------


@dataclass
class Backoff:
    """When to try again after a failed exchange: exponential with full jitter, never less
    than headquarters' Retry-After, reset by a success. It only ever answers "when": the
    caller schedules one attempt at that time (a timer), never a loop."""

    base: float = 30.0
    cap: float = 3600.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def failed(self, retry_after: float | None = None) -> float:
        self.failures += 1
        ceiling = min(self.cap, self.base * (2 ** min(self.failures - 1, 20)))
        delay = self.rng.uniform(ceiling / 2, ceiling)
        return max(delay, float(retry_after or 0))

    def succeeded(self) -> None:
        self.failures = 0


# --- the client -----------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, Any]:
        try:
            value = json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise IntakeProtocolError("headquarters answered something that is not JSON",
                                      status=self.status) from None
        if not isinstance(value, dict):
            raise IntakeProtocolError("headquarters answered something unexpected", status=self.status)
        return value

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


class IntakeClient:
    """One device talking to one intake service over a pinned TLS connection (kept open
    between requests). Not thread-safe; ``close()`` it (or use ``with``)."""

    def __init__(self, url: str, pin: str, device_id: str, signer: SigningKey, *,
                 timeout: float = TIMEOUT, client_cert: tuple[Path, Path] | None = None) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise IntakeNotConfigured("the intake address must be https://…", url=url)
        self.host, self.port = parts.hostname, parts.port or 443
        self.base = parts.path.rstrip("/")
        self.pin, self.device_id, self.signer, self.timeout = pin.lower(), device_id, signer, timeout
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self.ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        # The pin replaces the certificate authorities: the certificate is checked below,
        # against the key headquarters signed into the enrolment, before anything is sent.
        self.ctx.check_hostname = False
        self.ctx.verify_mode = ssl.CERT_NONE
        if client_cert is not None:  # mutual TLS at a reverse proxy (docs/hq-server.md)
            self.ctx.load_cert_chain(str(client_cert[0]), str(client_cert[1]))
        self.conn: http.client.HTTPSConnection | None = None
        self.clock_offset = 0.0   # headquarters' clock minus this computer's
        self.sent = 0             # bundle bytes put on the wire by this client

    def __enter__(self) -> "IntakeClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None

    def _connection(self) -> http.client.HTTPSConnection:
        if self.conn is not None:
            return self.conn
        conn = http.client.HTTPSConnection(self.host, self.port, context=self.ctx, timeout=self.timeout)
        try:
            conn.connect()
        except (OSError, ssl.SSLError) as exc:
            conn.close()
            raise IntakeUnreachable(f"headquarters cannot be reached: {type(exc).__name__}",
                                    host=self.host, port=self.port) from None
        der = conn.sock.getpeercert(binary_form=True) if conn.sock is not None else None
        if not der or not secrets.compare_digest(spki_sha256(der), self.pin):
            conn.close()
            raise IntakePinMismatch("the server's certificate is not the one headquarters named "
                                    "at enrolment: nothing was sent", host=self.host)
        self.conn = conn
        return conn

    def _headers(self, method: str, path: str, extra: dict[str, str]) -> dict[str, str]:
        ts = int(time.time() + self.clock_offset)
        h = {"Authorization": auth_header(self.device_id, self.signer, method, path, ts,
                                          extra.get(H_OFFSET, ""), extra.get(H_LENGTH, ""),
                                          extra.get(H_SHA, "")),
             "User-Agent": PROTOCOL}
        h.update(extra)
        return h

    def _answer(self, conn: http.client.HTTPSConnection) -> Answer:
        resp = conn.getresponse()
        body = resp.read()
        headers = {k.lower(): v for k, v in resp.getheaders()}
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Answer(resp.status, headers, body)

    def request(self, method: str, path: str, extra: dict[str, str] | None = None,
                body: bytes = b"", signed: bool = True) -> Answer:
        full = self.base + path
        headers = self._headers(method, full, extra or {}) if signed else {"User-Agent": PROTOCOL}
        for attempt in (1, 2):  # a kept-alive connection the server closed meanwhile: once more
            conn = self._connection()
            try:
                conn.request(method, full, body=body or None, headers=headers)
                return self._answer(conn)
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self.close()
                if attempt == 2:
                    raise IntakeUnreachable(f"headquarters closed the connection: {type(exc).__name__}",
                                            host=self.host) from None
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                raise IntakeUnreachable(f"the connection to headquarters failed: {type(exc).__name__}",
                                        host=self.host) from None
        raise AssertionError("unreachable")

    # --- the exchange's steps ---------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Headquarters' state and clock (unsigned; the pin is checked all the same)."""
        t0 = time.time()
        a = self.request("GET", "/health", signed=False)
        info = a.json() if a.body else {}
        if isinstance(info.get("time"), int):
            self.clock_offset = info["time"] - (t0 + time.time()) / 2
        if a.status == 503:
            raise IntakeBusy("headquarters is busy", retry_after=_retry_after(a))
        if a.status != 200:
            raise IntakeProtocolError("headquarters' health check failed", status=a.status)
        return info

    def offset(self, seq: int, sha512: str, size: int) -> tuple[str, int]:
        """(state, offset) headquarters holds of bundle ``seq`` with this hash: ``none``,
        ``partial``, ``stored`` (the same bytes), ``conflict`` (other bytes under the
        number). Too large: :class:`IntakeTooLarge` (with headquarters' limit)."""
        a = self.request("HEAD", bundle_path(self.device_id, seq), {H_SHA: sha512, H_LENGTH: str(size)})
        self._raise_common(a)
        if a.status == 413:
            raise IntakeTooLarge("the bundle is larger than headquarters takes online",
                                 limit=int(a.header("Idesk-Limit") or 0), size=size)
        try:
            return a.header(H_STATE) or "none", int(a.header(H_OFFSET) or 0)
        except ValueError:
            raise IntakeProtocolError("headquarters sent a bad offset") from None

    def upload(self, seq: int, path: Path, sha512: str, offset: int) -> Iterator[tuple[int, int]]:
        """Send the file from ``offset``; yields (bytes held by headquarters, size); returns
        the answer. Stopping the iteration closes the connection (headquarters keeps what
        arrived: the next upload resumes from there)."""
        size = Path(path).stat().st_size
        full = self.base + bundle_path(self.device_id, seq)
        extra = {H_OFFSET: str(offset), H_LENGTH: str(size), H_SHA: sha512,
                 "Content-Length": str(size - offset), "Content-Type": "application/octet-stream"}
        headers = self._headers("PUT", full, extra)
        conn = self._connection()
        done = offset
        completed = False
        try:
            conn.putrequest("PUT", full, skip_accept_encoding=True)
            for k, v in headers.items():
                conn.putheader(k, v)
            conn.endheaders()
            with open(path, "rb") as f:
                f.seek(offset)
                while True:
                    chunk = f.read(CHUNK)
                    if not chunk:
                        break
                    try:
                        conn.send(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        early = self._early_answer(conn)  # refused before the end (busy, 413)
                        if early is None:
                            raise
                        completed = True
                        return early
                    done += len(chunk)
                    self.sent += len(chunk)
                    yield done, size
            answer = self._answer(conn)
            completed = True
            return answer
        except (OSError, http.client.HTTPException) as exc:
            raise IntakeUnreachable(f"the upload stopped: {type(exc).__name__}", host=self.host,
                                    seq=seq, sent=done) from None
        finally:
            if not completed:
                self.close()  # cancelled or broken half-way: this connection is unusable

    def _early_answer(self, conn: http.client.HTTPSConnection) -> Answer | None:
        """An answer headquarters sent before reading the whole body, if one arrived."""
        try:
            answer = self._answer(conn)
        except (OSError, http.client.HTTPException):
            return None
        self.close()
        return answer

    def receipt(self) -> bytes:
        a = self.request("GET", f"/v1/devices/{quote(self.device_id)}/receipt")
        self._raise_common(a)
        if a.status != 200:
            raise IntakeProtocolError("headquarters did not send the receipt", status=a.status)
        return a.body

    def packs(self) -> list[int]:
        a = self.request("GET", f"/v1/devices/{quote(self.device_id)}/updates")
        self._raise_common(a)
        if a.status != 200:
            raise IntakeProtocolError("headquarters did not list the update packs", status=a.status)
        packs = a.json().get("packs", [])
        return sorted(int(p["seq"]) for p in packs if isinstance(p, dict) and isinstance(p.get("seq"), int))

    def pack(self, seq: int, dest: Path) -> Path:
        a = self.request("GET", f"/v1/devices/{quote(self.device_id)}/updates/{int(seq)}")
        self._raise_common(a)
        if a.status != 200:
            raise IntakeProtocolError("headquarters did not send the update pack", status=a.status, seq=seq)
        from inspector_desk.keystore.keyfile import write_atomic

        write_atomic(dest, a.body)
        return dest

    @staticmethod
    def _raise_common(a: Answer) -> None:
        if a.status == 503:
            raise IntakeBusy("headquarters is busy: try again later", retry_after=_retry_after(a))
        if a.status in (401, 403):
            info = _json_or_empty(a)
            raise IntakeAuthRefused(str(info.get("message") or "headquarters refused this device"),
                                    reason=str(info.get("code") or a.header("Idesk-Reason") or a.status))


def _json_or_empty(a: Answer) -> dict[str, Any]:
    try:
        return a.json()
    except IntakeProtocolError:
        return {}


def _retry_after(a: Answer) -> int:
    try:
        return max(1, int(a.header("Retry-After") or 30))
    except ValueError:
        return 30


def file_sha512(path: Path) -> str:
    h = hashlib.sha512()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


__all__ = ["IntakeClient", "Backoff", "Answer", "request_message", "auth_header", "parse_auth",
           "spki_sha256", "bundle_path", "IntakeError", "IntakeNotConfigured", "IntakeUnreachable",
           "IntakePinMismatch", "IntakeBusy", "IntakeAuthRefused", "IntakeProtocolError", "IntakeTooLarge",
           "file_sha512"]
