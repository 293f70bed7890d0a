"""Enrolment at headquarters: approve a device's request, revoke a device.

A device id is enrolled with one Ed25519 key. A request that reuses a known id with
another key (a cloned or forged laptop, or a genuine reinstall) is refused unless
headquarters says so explicitly (``enrol approve --replace-key --reason TEXT``): then the
old key is recorded as revoked in the HQ audit log (``events``, action ``key_revoked``),
and a bundle still signed with it is refused as ``device_key_revoked``."""

from __future__ import annotations

import json
import uuid
from typing import Any

from inspector_desk.core.errors import NotFound
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import DeviceRow, Repository
from inspector_desk.sync.enrolment import check_prefix, make_enrolment, read_request
from inspector_desk.sync.errors import EnrolmentRejected

KEY_REVOKED = "key_revoked"


def approve(repo: Repository, keys: HqKeys, request: bytes, *, case_prefix: str, at: str,
            actor: str, unit: str | None = None, replace_key: bool = False,
            reason: str = "", intake: dict[str, str] | None = None) -> tuple[DeviceRow, bytes]:
    """Register the device of ``request`` (checked: its self-signature) and return the
    signed enrolment file for it.

    A known device id is refused (``enrolment_device_known``) except:

    * the same key, still approved, same prefix: the enrolment file is issued again (a
      lost file; nothing changes but the enrolment id), and logged;
    * ``replace_key`` with a ``reason``: the request's *new* key replaces the enrolled one
      (the device is approved again, with the prefix given); the old key is recorded as
      revoked, with the reason, in the same transaction.

    A revoked device's key is never approved again."""
    body = read_request(request)
    try:
        prefix = check_prefix(case_prefix.upper())
    except ValueError as exc:
        raise EnrolmentRejected("enrolment_malformed", str(exc)) from None
    reason = " ".join(str(reason or "").split())
    device_id = body["device_id"]
    other = repo.device_by_prefix(prefix)
    if other is not None and other.device_id != device_id:
        raise EnrolmentRejected("enrolment_prefix_taken", prefix=prefix)
    holder = next((d for d in repo.devices() if d.key_id == body["device_key_id"]), None)
    if holder is not None and holder.device_id != device_id:
        raise EnrolmentRejected("enrolment_device_known", "this device key is already enrolled "
                                "under another device id", device_id=holder.device_id)
    if revoked_key(repo, device_id, body["device_key_id"]) is not None:
        raise EnrolmentRejected("enrolment_device_known", "this key was revoked for this device; "
                                "a revoked key is never approved again", device_id=device_id)
    previous = repo.device(device_id)
    replacing = False
    if replace_key and previous is None:
        raise NotFound("--replace-key: no device with this id is enrolled", kind="device", id=device_id)
    if previous is not None:
        same_key = previous.key_id == body["device_key_id"] and previous.signing_key == body["device_key"]
        if same_key:
            if previous.status != "approved":
                raise EnrolmentRejected("enrolment_device_known", "the device's enrolment was "
                                        "revoked: its key is never approved again", device_id=device_id)
            if prefix != previous.case_prefix:
                raise EnrolmentRejected("enrolment_device_known", "an enrolled device keeps its "
                                        f"prefix {previous.case_prefix}", device_id=device_id)
        elif not replace_key:
            raise EnrolmentRejected("enrolment_device_known", "this device id is already enrolled "
                                    "with another key; to replace the key: enrol approve "
                                    "--replace-key --reason TEXT", device_id=device_id)
        elif not reason:
            raise EnrolmentRejected("enrolment_device_known", "--replace-key needs --reason",
                                    device_id=device_id)
        else:
            replacing = True
    who = body["inspector"]
    enrolment_id = str(uuid.uuid4())
    row = DeviceRow(device_id=device_id, key_id=body["device_key_id"],
                    signing_key=body["device_key"], recipient=body["device_recipient"],
                    case_prefix=prefix, login=str(who.get("login", "")), name=str(who.get("name", "")),
                    unit=unit if unit is not None else str(who.get("unit", "")),
                    district=str(who.get("district", "")), status="approved", enrolled_at=at,
                    enrolment_id=enrolment_id)
    data = make_enrolment(body, enrolment_id=enrolment_id, case_prefix=prefix, unit=row.unit,
                          issued_at=at, hq=keys.public, signer=keys.signer, intake=intake)
    with repo.transaction():
        previous = repo.device(device_id)
        if replacing and previous is not None:
            repo.add_event(at, actor, KEY_REVOKED, device_id, json.dumps(
                {"key_id": previous.key_id, "signing_key": previous.signing_key,
                 "enrolment_id": previous.enrolment_id, "status": previous.status,
                 "replaced_by": row.key_id, "reason": reason}, sort_keys=True, ensure_ascii=False))
        repo.add_device(row)
        detail = f"prefix {prefix}"
        if replacing and previous is not None:
            detail += (f"; key {previous.key_id} replaced by {row.key_id} (old key revoked); "
                       f"reason: {reason}")
        elif previous is not None:
            detail += f"; enrolment file issued again, replaces enrolment {previous.enrolment_id}"
        repo.add_event(at, actor, "enrol", device_id, detail)
    return row, data


def revoked_keys(repo: Repository, device_id: str) -> list[dict[str, Any]]:
    """The keys of this device revoked by ``--replace-key``, oldest first (HQ audit log)."""
    out = []
    for at, actor, detail in repo.db.query("SELECT at, actor, detail FROM events WHERE action = ? "
                                           "AND subject = ? ORDER BY id", (KEY_REVOKED, device_id)):
        try:
            info = json.loads(detail)
        except ValueError:
            continue
        if isinstance(info, dict):
            out.append({**info, "at": at, "actor": actor})
    return out


def revoked_key(repo: Repository, device_id: str, key_id: str) -> dict[str, Any] | None:
    """The record of ``key_id``'s revocation for this device, or None."""
    return next((k for k in revoked_keys(repo, device_id) if k.get("key_id") == key_id), None)


def revoke(repo: Repository, device_id: str, reason: str, at: str, actor: str) -> DeviceRow:
    """From now on every bundle of this device is refused (``device_revoked``), and no
    recovery is granted for it."""
    with repo.transaction():
        device = repo.device(device_id)
        if device is None:
            raise NotFound("no such device", kind="device", id=device_id)
        repo.set_device_status(device_id, "revoked", at, reason)
        repo.add_event(at, actor, "revoke", device_id, reason)
    return repo.device(device_id)  # type: ignore[return-value]
