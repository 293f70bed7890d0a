"""The intake service's HTTP side (Starlette): the protocol of docs/hq-server.md.

Routes (every ``/v1`` request is signed by the device, sync/online.py ``auth_header``)::

    GET  /health                                  state, version, headquarters' clock
    HEAD /v1/devices/{device}/bundles/{seq}       Idesk-State + Upload-Offset for Bundle-Sha512
    PUT  /v1/devices/{device}/bundles/{seq}       the bytes from Upload-Offset (PATCH: the same)
    GET  /v1/devices/{device}/receipt             a receipt signed by headquarters, made now
    GET  /v1/devices/{device}/updates             the device's update packs: [{seq, size}]
    GET  /v1/devices/{device}/updates/{seq}       one pack (signed, encrypted to the device)

Answers to a PUT: 200 ``stored``/``already_stored`` with the receipt; 409 ``conflict``
(other bytes under this number; nothing is overwritten) or ``offset_mismatch`` (with the
offset held); 413 with the limit; 422 a refusal (code, message, ``permanent``, the
receipt); 503 + Retry-After when busy; 507 + Retry-After when headquarters' disk is full.
"""

from __future__ import annotations

import base64
import contextlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import anyio
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from inspector_desk import __version__
from inspector_desk.core.errors import StorageFull
from inspector_desk.hq.intake.spool import (
    DEVICE_RE, SHA512_RE, DigestMismatch, Intake, OffsetMismatch, Outcome, UploadBusy,
)
from inspector_desk.keystore.signing import key_id, verify
from inspector_desk.sync.online import (
    H_LENGTH, H_OFFSET, H_SHA, H_STATE, MAX_SKEW, parse_auth, request_message,
)

WRITE_EVERY = 1 << 20  # bytes gathered before a write to the .part file


@dataclass
class Limits:
    max_bundle: int            # bytes: larger is 413 with this number
    max_uploads: int = 64      # uploads received at once; more is 503 + Retry-After
    max_waiting: int = 256     # complete bundles waiting for the import; more is 503
    retry_after: int = 30      # seconds, in every 503


class _Nonces:
    """Nonces seen within the allowed clock skew: a signed request is taken once."""

    def __init__(self, keep: int = 100_000) -> None:
        self.seen: OrderedDict[str, float] = OrderedDict()
        self.keep = keep
        self.lock = threading.Lock()

    def fresh(self, nonce: str, now: float) -> bool:
        with self.lock:
            while self.seen and (len(self.seen) > self.keep or
                                 next(iter(self.seen.values())) < now - 2 * MAX_SKEW):
                self.seen.popitem(last=False)
            if nonce in self.seen:
                return False
            self.seen[nonce] = now
            return True


def _err(status: int, code: str, message: str, headers: dict[str, str] | None = None,
         **extra: Any) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, **extra}, status_code=status, headers=headers)


def make_app(intake: Intake, limits: Limits, import_workers: int = 2) -> Starlette:
    nonces = _Nonces()
    state = {"uploads": 0, "waiting": 0}
    import_limiter = anyio.CapacityLimiter(max(1, import_workers))
    busy_headers = {"Retry-After": str(limits.retry_after)}

    def busy(why: str) -> JSONResponse:
        return _err(503, "busy", why, busy_headers, retry_after=limits.retry_after)

    async def authenticate(request: Request, device_id: str) -> JSONResponse | None:
        """The request is signed by the device named in its path, with its enrolled key."""
        a = parse_auth(request.headers.get("authorization", ""))
        if not a:
            return _err(401, "auth_missing", "a signed request is needed (docs/hq-server.md)",
                        {"WWW-Authenticate": "IDesk-Sig"})
        if a["device"] != device_id or not DEVICE_RE.match(device_id):
            return _err(403, "auth_wrong_device", "the request is signed for another device")
        try:
            ts = int(a["ts"])
            sig = base64.b64decode(a["sig"], validate=True)
        except ValueError:
            return _err(401, "auth_malformed", "the signature header is malformed")
        now = time.time()
        if abs(now - ts) > MAX_SKEW:
            return _err(401, "auth_clock", "the request's time is too far from headquarters' clock",
                        server_time=int(now))
        device = await anyio.to_thread.run_sync(intake.device, device_id)
        if device is None:
            return _err(403, "device_unknown", "the device is not enrolled at this headquarters")
        if device.status != "approved":
            return _err(403, "device_revoked", "the device's enrolment was revoked")
        public = base64.b64decode(device.signing_key)
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        h = request.headers
        msg = request_message(request.method, path, ts, a["nonce"], h.get(H_OFFSET, ""),
                              h.get(H_LENGTH, ""), h.get(H_SHA, ""))
        if a["key"] != key_id(public) or not verify(public, sig, msg):
            return _err(401, "auth_signature", "the request is not signed by the enrolled device key")
        if not nonces.fresh(a["nonce"], now):
            return _err(401, "auth_replayed", "this signed request was already used")
        return None

    def signed(handler: Callable[[Request, str], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        """A device's route: ``handler(request, device_id)`` runs only for a request signed by
        the device its path names (:func:`authenticate`); any other gets the refusal."""
        async def route(request: Request) -> Response:
            device_id = request.path_params["device"]
            refused = await authenticate(request, device_id)
            return refused if refused is not None else await handler(request, device_id)
        return route

    async def health(request: Request) -> Response:
        try:
            await anyio.to_thread.run_sync(intake.health)
            ok = True
        except Exception:  # noqa: BLE001 - the answer says it; details in the log
            ok = False
        body = {"status": "ok" if ok else "db_unavailable", "version": __version__,
                "time": int(time.time()), "uploads": state["uploads"], "waiting": state["waiting"],
                "max_bundle": limits.max_bundle}
        return JSONResponse(body, status_code=200 if ok else 503,
                            headers=None if ok else busy_headers)

    def _seq(request: Request) -> int | None:
        try:
            seq = int(request.path_params["seq"])
        except (KeyError, ValueError):
            return None
        return seq if 0 < seq < 2 ** 63 else None

    async def bundle_head(request: Request) -> Response:
        device_id = request.path_params["device"]
        refused = await authenticate(request, device_id)
        if refused is not None:
            import json

            code = json.loads(bytes(refused.body)).get("code", "")
            return Response(status_code=refused.status_code,
                            headers={H_STATE: "refused", "Idesk-Reason": code})
        seq, sha = _seq(request), request.headers.get(H_SHA, "")
        if seq is None or not SHA512_RE.match(sha):
            return Response(status_code=400)
        try:
            length = int(request.headers.get(H_LENGTH) or 0)
        except ValueError:
            return Response(status_code=400)
        if length > limits.max_bundle:
            return Response(status_code=413, headers={"Idesk-Limit": str(limits.max_bundle)})
        st, offset = await anyio.to_thread.run_sync(intake.state, device_id, seq, sha)
        return Response(status_code=200, headers={H_STATE: st, H_OFFSET: str(offset),
                                                  "Idesk-Limit": str(limits.max_bundle)})

    async def answer(device_id: str, outcome: Outcome) -> Response:
        receipt = (await anyio.to_thread.run_sync(intake.receipt, device_id)).decode("utf-8")
        if outcome.state in ("stored", "already_stored"):
            return JSONResponse({"state": outcome.state, "seq": outcome.seq, "notes": outcome.notes,
                                 "receipt": receipt})
        if outcome.state == "conflict":
            return _err(409, "bundle_seq_reused", "headquarters holds other bytes under this number",
                        permanent=True, receipt=receipt)
        if outcome.state == "refused" and outcome.error is not None:
            e = outcome.error
            return _err(422, e.reason, str(e), permanent=True, receipt=receipt,
                        params={k: v for k, v in e.params.items() if isinstance(v, (str, int))})
        if outcome.state == "waiting":  # its predecessor is still arriving: imported after it
            return JSONResponse({"state": "waiting", "seq": outcome.seq, "after": outcome.notes,
                                 "receipt": receipt}, status_code=202)
        return busy("the bundle is waiting for the import")

    @signed
    async def bundle_put(request: Request, device_id: str) -> Response:
        seq, sha, h = _seq(request), request.headers.get(H_SHA, ""), request.headers
        try:
            offset, length = int(h.get(H_OFFSET) or 0), int(h.get(H_LENGTH) or -1)
            body_len = int(h.get("content-length") or -1)
        except ValueError:
            return _err(400, "bad_request", "Upload-Offset, Upload-Length and Content-Length are numbers")
        if seq is None or not SHA512_RE.match(sha) or length <= 0 or not 0 <= offset <= length \
                or body_len != length - offset:
            return _err(400, "bad_request", "a bundle number, Bundle-Sha512, Upload-Length, "
                        "Upload-Offset and a Content-Length of the rest are needed")
        if length > limits.max_bundle:
            return _err(413, "too_large", f"headquarters takes bundles up to {limits.max_bundle} "
                        "bytes online; carry this one on a USB stick", limit=limits.max_bundle)
        st, held = await anyio.to_thread.run_sync(intake.state, device_id, seq, sha)
        if st == "stored":
            return await answer(device_id, Outcome("already_stored", seq))
        if st == "conflict":
            return await answer(device_id, Outcome("conflict", seq))
        if state["uploads"] >= limits.max_uploads or state["waiting"] >= limits.max_waiting:
            return busy("headquarters is receiving as many bundles as it takes at once")
        state["uploads"] += 1
        try:
            try:
                with intake.receiving(device_id, seq, sha, length, offset) as f:
                    got = await _receive(request, f) if f is not None else 0
                if f is not None and offset + got < length:  # the body ended early, cleanly
                    return JSONResponse({"state": "partial", "offset": offset + got},
                                        status_code=202, headers={H_OFFSET: str(offset + got)})
            except OffsetMismatch as exc:
                return _err(409, "offset_mismatch", str(exc), {H_OFFSET: str(exc.offset)},
                            offset=exc.offset)
            except UploadBusy:
                return busy("this bundle is being received on another connection")
            except ClientDisconnect:
                return Response(status_code=400)  # nobody reads it; the bytes that came are kept
        finally:
            state["uploads"] -= 1
        state["waiting"] += 1
        try:
            async with import_limiter:
                outcome = await anyio.to_thread.run_sync(intake.complete, device_id, seq, sha, length)
        except DigestMismatch:
            return _err(422, "digest_mismatch", "the bytes received are not the announced file; "
                        "send it again from the start", permanent=False)
        except StorageFull:
            return _err(507, "storage_full", "headquarters' disk is full", busy_headers,
                        retry_after=limits.retry_after)
        finally:
            state["waiting"] -= 1
        return await answer(device_id, outcome)

    @signed
    async def receipt(request: Request, device_id: str) -> Response:
        data = await anyio.to_thread.run_sync(intake.receipt, device_id)
        return Response(data, media_type="application/json")

    @signed
    async def updates(request: Request, device_id: str) -> Response:
        packs = await anyio.to_thread.run_sync(intake.packs, device_id)
        return JSONResponse({"packs": [{"seq": s, "size": p.stat().st_size} for s, p in packs]})

    @signed
    async def update(request: Request, device_id: str) -> Response:
        seq = _seq(request)
        packs = dict(await anyio.to_thread.run_sync(intake.packs, device_id))
        if seq not in packs:
            return _err(404, "not_found", "no such update pack for this device")
        return FileResponse(packs[seq], media_type="application/octet-stream")

    routes = [Route("/health", health, methods=["GET"]),
              Route("/v1/devices/{device}/bundles/{seq}", bundle_head, methods=["HEAD"]),
              Route("/v1/devices/{device}/bundles/{seq}", bundle_put, methods=["PUT", "PATCH"]),
              Route("/v1/devices/{device}/receipt", receipt, methods=["GET"]),
              Route("/v1/devices/{device}/updates", updates, methods=["GET"]),
              Route("/v1/devices/{device}/updates/{seq}", update, methods=["GET"])]
    app = Starlette(routes=routes)
    app.state.intake = intake
    return app


async def _receive(request: Request, f: Any) -> int:
    """The body into the ``.part`` file as it arrives (memory stays flat: at most about
    ``WRITE_EVERY`` bytes wait); what arrived before a broken connection stays written."""
    buf: list[bytes] = []
    n = total = 0
    try:
        async for chunk in request.stream():
            buf.append(chunk)
            n += len(chunk)
            if n >= WRITE_EVERY:
                f.write(b"".join(buf))
                total += n
                buf, n = [], 0
    finally:
        if buf:
            with contextlib.suppress(OSError):
                f.write(b"".join(buf))
                total += n
    return total


__all__ = ["make_app", "Limits"]
