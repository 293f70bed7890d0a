"""Enrolment at headquarters: approve a device's request, revoke a device."""

from __future__ import annotations

import uuid

from inspector_desk.core.errors import NotFound
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import DeviceRow, Repository
from inspector_desk.sync.enrolment import check_prefix, make_enrolment, read_request
from inspector_desk.sync.errors import EnrolmentRejected


def approve(repo: Repository, keys: HqKeys, request: bytes, *, case_prefix: str, at: str,
            actor: str, unit: str | None = None) -> tuple[DeviceRow, bytes]:
    """Register the device of ``request`` (checked: its self-signature) and return the
    signed enrolment file for it. Approving an enrolled device again (a new laptop key,
    a new prefix, or reinstating a revoked one) replaces its entry and is logged."""
    body = read_request(request)
    try:
        prefix = check_prefix(case_prefix.upper())
    except ValueError as exc:
        raise EnrolmentRejected("enrolment_malformed", str(exc)) from None
    other = repo.device_by_prefix(prefix)
    if other is not None and other.device_id != body["device_id"]:
        raise EnrolmentRejected("enrolment_prefix_taken", prefix=prefix)
    who = body["inspector"]
    enrolment_id = str(uuid.uuid4())
    row = DeviceRow(device_id=body["device_id"], key_id=body["device_key_id"],
                    signing_key=body["device_key"], recipient=body["device_recipient"],
                    case_prefix=prefix, login=str(who.get("login", "")), name=str(who.get("name", "")),
                    unit=unit if unit is not None else str(who.get("unit", "")),
                    district=str(who.get("district", "")), status="approved", enrolled_at=at,
                    enrolment_id=enrolment_id)
    data = make_enrolment(body, enrolment_id=enrolment_id, case_prefix=prefix, unit=row.unit,
                          issued_at=at, hq=keys.public, signer=keys.signer)
    with repo.transaction():
        previous = repo.device(row.device_id)
        repo.add_device(row)
        repo.add_event(at, actor, "enrol", row.device_id,
                       f"prefix {prefix}" + (f"; replaces enrolment {previous.enrolment_id}"
                                             f" ({previous.status})" if previous else ""))
    return row, data


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
