"""Online sync on the device (docs/hq-server.md): the exchange that "Send now" and
``inspector-desk send`` run, over the unlocked session. No Qt.

One exchange, :func:`send` (a generator: ``(done, total)`` bytes, stop iterating to cancel):

1. ask headquarters' clock and check its certificate against the pin of the enrolment;
2. send every pending bundle of the online outbox (``<profile>/online-outbox/``, written by
   the same export as a USB bundle), lowest number first, each from the offset headquarters
   already holds; apply the receipt that answers each one, exactly as an imported ``.idr``;
3. if changes remain unacknowledged, export a new bundle there and send it the same way;
4. take the latest receipt and every update pack not applied yet, applied exactly as the
   USB path applies them (app/sync.py ``import_update``).

A bundle headquarters refuses for good (or that is too large to go online) is moved to
``online-outbox/refused/`` with its reason, and the result names it: it is never sent again
by itself. Busy, unreachable or a broken connection ends the exchange with an
:class:`~inspector_desk.sync.online.IntakeError` whose ``transient`` says whether to try
again later; the caller's :class:`~inspector_desk.sync.online.Backoff` says when. Nothing
here retries in a loop.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generator, Iterator

from inspector_desk.app.session import Session
from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.paths import private_dir
from inspector_desk.sync.errors import UpdateRejected
from inspector_desk.sync.online import (
    IntakeBusy, IntakeClient, IntakeNotConfigured, IntakeProtocolError, IntakeTooLarge,
)
from inspector_desk.sync.outbox import Outbox
from inspector_desk.sync.receipt import ReceiptResult, apply_receipt

OUTBOX = "online-outbox"
REFUSED = "refused"
AUTO = "sync.online_auto"
NAME_RE = re.compile(r"^idesk-[0-9a-f]{8}-(\d{6,})\.idb$")


@dataclass
class SetAside:
    seq: int
    file: str
    reason: str
    message: str
    at: str


@dataclass
class SendResult:
    sent: list[int] = field(default_factory=list)           # bundles headquarters stored now
    already: list[int] = field(default_factory=list)        # it held them already
    waiting: list[int] = field(default_factory=list)        # whole at HQ, after an earlier one
    set_aside: list[SetAside] = field(default_factory=list)  # refused for good: not sent again
    exported: list[int] = field(default_factory=list)       # new bundles written for this exchange
    acknowledged: list[int] = field(default_factory=list)
    receipts: list[ReceiptResult] = field(default_factory=list)
    packs: list[int] = field(default_factory=list)          # update packs applied
    packs_refused: list[tuple[int, str]] = field(default_factory=list)
    bytes_sent: int = 0
    resumed: dict[int, int] = field(default_factory=dict)   # seq → offset headquarters held


def outbox_folder(session: Session) -> Path:
    assert session.vault is not None
    return Path(session.vault.path).parent / OUTBOX


def intake_address(session: Session, url: str | None = None) -> tuple[str, str]:
    """(URL, pin) from the enrolment (``url`` may replace the address, never the pin)."""
    e = Outbox(session.store).require_enrolment()
    if not e.intake:
        raise IntakeNotConfigured("the enrolment file names no online intake: ask headquarters "
                                  "for an enrolment file issued again, or carry bundles on a stick")
    return (url or e.intake["url"]), e.intake["tls_spki_sha256"]


def client_for(session: Session, url: str | None = None, **kw: Any) -> IntakeClient:
    address, pin = intake_address(session, url)
    return IntakeClient(address, pin, session.actor.device_id, session.signing_key, **kw)


def auto_enabled(session: Session) -> bool:
    return session.store.meta(AUTO) == "1"


def set_auto(session: Session, on: bool) -> bool:
    with session.store.transaction():
        session.store.set_meta(AUTO, "1" if on else "0")
    return on


def pending(session: Session) -> list[tuple[int, Path, str]]:
    """(number, file, SHA-512) of every bundle in the online outbox that headquarters has not
    acknowledged, lowest first; files of acknowledged bundles are removed."""
    folder = outbox_folder(session)
    rows = {r.seq: r for r in Outbox(session.store).exports()}
    out = []
    for f in sorted(folder.glob("idesk-*.idb")) if folder.is_dir() else []:
        m = NAME_RE.match(f.name)
        row = rows.get(int(m.group(1))) if m else None
        if row is None or row.file_name != f.name:
            continue
        if row.state == "acknowledged":
            f.unlink(missing_ok=True)
        elif row.state == "written":
            out.append((row.seq, f, row.sha512))
    return out


def set_aside_list(session: Session) -> list[SetAside]:
    folder = outbox_folder(session) / REFUSED
    out = []
    for f in sorted(folder.glob("*.reason.json")) if folder.is_dir() else []:
        try:
            out.append(SetAside(**json.loads(f.read_text(encoding="utf-8"))))
        except (OSError, ValueError, TypeError):
            continue
    return out


def _set_aside(session: Session, seq: int, path: Path, reason: str, message: str) -> SetAside:
    folder = outbox_folder(session) / REFUSED
    private_dir(folder)
    path.replace(folder / path.name)
    entry = SetAside(seq, path.name, reason, message, session.clock.now().isoformat())
    write_atomic(folder / f"{path.name}.reason.json",
                 json.dumps(entry.__dict__, ensure_ascii=False).encode("utf-8"))
    with session.store.transaction():
        session.store.append_audit(session.actor.user, session.actor.device_id, "refused", "bundle",
                                   str(seq), f"{reason}: {message}"[:500])
    return entry


def _receipt(session: Session, data: bytes, result: SendResult) -> None:
    """Exactly what importing a receipt file does (app/sync.py ``import_receipt``)."""
    r = apply_receipt(session.store, data, session.clock.now().isoformat(), session.actor.user,
                      session.actor.device_id)
    result.receipts.append(r)
    result.acknowledged.extend(s for s in r.acknowledged if s not in result.acknowledged)


def send(session: Session, *, url: str | None = None, export_new: bool = True,
         client: IntakeClient | None = None) -> Generator[tuple[int, int], None, SendResult]:
    """One exchange (module docstring). Yields ``(done, total)`` bytes; returns a
    :class:`SendResult`. Stop iterating to cancel: headquarters keeps what arrived."""
    from inspector_desk.app import sync

    own = client is None
    c = client or client_for(session, url)
    result = SendResult()
    try:
        c.health()
        queue = pending(session)
        total = sum(p.stat().st_size for _s, p, _h in queue)
        done = 0
        yield done, max(total, 1)
        for seq, path, sha in queue:
            done = yield from _one(session, c, seq, path, sha, result, done, total)
        if export_new and session.store.unsent_changes() > 0:
            job = sync.export(session, outbox_folder(session))
            for _ in job:
                pass
            fresh = [(b.seq, Path(b.path), b.sha512) for b in job.result]
            result.exported.extend(s for s, _p, _h in fresh)
            total += sum(p.stat().st_size for _s, p, _h in fresh)
            for seq, path, sha in fresh:
                done = yield from _one(session, c, seq, path, sha, result, done, total)
        _receipt(session, c.receipt(), result)
        _packs(session, c, result)
        pending(session)  # drop the files of what is now acknowledged
        result.bytes_sent = c.sent
        yield max(total, 1), max(total, 1)
        return result
    finally:
        if own:
            c.close()


def _one(session: Session, c: IntakeClient, seq: int, path: Path, sha: str, result: SendResult,
         done: int, total: int) -> Iterator[tuple[int, int]]:
    size = path.stat().st_size
    try:
        state, offset = c.offset(seq, sha, size)
    except IntakeTooLarge as exc:
        result.set_aside.append(_set_aside(session, seq, path, exc.code, str(exc)))
        return done + size
    if state == "stored":
        result.already.append(seq)
        return done + size
    if state == "conflict":
        result.set_aside.append(_set_aside(session, seq, path, "bundle_seq_reused",
                                           "headquarters holds other bytes under this number"))
        return done + size
    offset = offset if state == "partial" else 0
    for attempt in (1, 2):  # a second time only from the offset headquarters says it holds
        if offset:
            result.resumed[seq] = offset
        answer = None
        base = done
        up = c.upload(seq, path, sha, offset)
        try:
            while True:
                sent, _size = next(up)
                yield base + sent, max(total, 1)
        except StopIteration as stop:
            answer = stop.value
        finally:
            up.close()
        if answer.status == 409 and answer.json().get("code") == "offset_mismatch" and attempt == 1:
            offset = int(answer.json().get("offset", 0))
            continue
        break
    return _answered(session, seq, path, answer, result, done + size)


def _answered(session: Session, seq: int, path: Path, answer: Any, result: SendResult, done: int) -> int:
    if answer.status == 503 or answer.status == 507:
        raise IntakeBusy("headquarters is busy: try again later",
                         retry_after=int(answer.header("Retry-After") or 30))
    info = answer.json()
    if answer.status == 202:  # held whole at headquarters, imported after the one before it
        result.waiting.append(seq)
        return done
    if answer.status == 200:
        (result.sent if info.get("state") == "stored" else result.already).append(seq)
        _receipt(session, str(info.get("receipt", "")).encode("utf-8"), result)
        return done
    if answer.status in (409, 413, 422) and info.get("permanent", answer.status != 422):
        result.set_aside.append(_set_aside(session, seq, path, str(info.get("code", "")),
                                           str(info.get("message", ""))))
        if info.get("receipt"):
            _receipt(session, str(info["receipt"]).encode("utf-8"), result)
        return done
    raise IntakeProtocolError(str(info.get("message") or "headquarters did not take the bundle"),
                              status=answer.status, reason=str(info.get("code", "")), seq=seq)


def _packs(session: Session, c: IntakeClient, result: SendResult) -> None:
    from inspector_desk.app import sync

    applied = {r[0] for r in session.store.conn.execute("SELECT seq FROM sync_updates")}
    folder = outbox_folder(session)
    private_dir(folder)
    for seq in c.packs():
        if seq in applied:
            continue
        path = c.pack(seq, folder / f"update-{seq:06d}.idu")
        try:
            sync.import_update(session, path)
            result.packs.append(seq)
        except UpdateRejected as exc:
            if exc.reason != "update_replayed":
                result.packs_refused.append((seq, exc.reason))
        finally:
            path.unlink(missing_ok=True)


@dataclass
class OnlineStatus:
    configured: bool
    url: str
    pending: int
    set_aside: list[SetAside]
    auto: bool


def status(session: Session) -> OnlineStatus:
    e = Outbox(session.store).enrolment()
    intake = e.intake if e else None
    return OnlineStatus(bool(intake), intake["url"] if intake else "",
                        len(pending(session)) if e else 0, set_aside_list(session), auto_enabled(session))


def run(job: Iterator[tuple[int, int]]) -> Any:
    """Drive a generator job to its end and return its value (the command line)."""
    try:
        while True:
            next(job)
    except StopIteration as stop:
        return stop.value


__all__ = ["send", "SendResult", "SetAside", "OnlineStatus", "status", "pending", "outbox_folder",
           "set_aside_list", "auto_enabled", "set_auto", "client_for", "intake_address", "run"]
