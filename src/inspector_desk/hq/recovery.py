"""Headquarters' half of passphrase recovery (docs/recovery.md).

Needs the recovery key, which opens only with every recovery officer's passphrase (dual
control, hq/keys.py), and the headquarters signing key. The request is checked against the
enrolment register: an unknown or revoked device gets nothing. Every approval is logged.
"""

from __future__ import annotations

import pyrage

from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import Repository
from inspector_desk.sync.errors import RecoveryRejected
from inspector_desk.sync.escrow import make_response, read_request, unwrap_dek


def approve(repo: Repository, keys: HqKeys, recovery_identity: pyrage.x25519.Identity,
            request: bytes, *, officers: list[str], at: str, actor: str) -> tuple[dict, bytes]:
    """(the request, the signed response file)."""
    body = read_request(request)
    device = repo.device(body["device_id"])
    if device is None:
        raise RecoveryRejected("recovery_wrong_device", "the device is not enrolled here")
    if device.status != "approved":
        raise RecoveryRejected("recovery_device_revoked", device_id=device.device_id)
    if body["recovery_key_id"] != keys.public.recovery_key_id:
        raise RecoveryRejected("recovery_malformed", "the escrow is for another recovery key")
    device_id, dek = unwrap_dek(body["escrow"], recovery_identity)
    if device_id != body["device_id"]:
        raise RecoveryRejected("recovery_wrong_device", "the escrow belongs to another device")
    response = make_response(body, dek, at, officers, keys.signer)
    with repo.transaction():
        repo.add_event(at, actor, "recover", device_id,
                       f"request {body['request_id']}; officers: {', '.join(officers)}")
    return body, response
