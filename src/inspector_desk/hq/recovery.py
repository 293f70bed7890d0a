"""Headquarters' half of passphrase recovery (docs/recovery.md).

Needs the recovery key, which opens only with every recovery officer's passphrase (dual
control, hq/keys.py), and the headquarters signing key. The request must be

* signed by the recovery signing key derived from the laptop's device secret, and bound to
  it by a binding signed with the device's **enrolled** key (a copied key file without the
  laptop's keyring cannot make one);
* from an enrolled device that is not revoked, whose current key signed the binding;
* within its time limit (72 hours from its creation; ``recovery_expired``).

The answer carries only the device-sealed box: headquarters never sees the database key,
and the box opens only with the laptop's device secret. Every approval is logged.
"""

from __future__ import annotations

import pyrage

from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import Repository
from inspector_desk.sync.canonical import CanonicalError, unb64
from inspector_desk.sync.errors import RecoveryRejected
from inspector_desk.sync.escrow import check_binding, make_response, parse_time, read_request, unwrap_escrow


def approve(repo: Repository, keys: HqKeys, recovery_identity: pyrage.x25519.Identity,
            request: bytes, *, officers: list[str], at: str, actor: str) -> tuple[dict, bytes]:
    """(the request, the signed response file). ``at`` is now, ISO 8601."""
    now = parse_time(at)
    body = read_request(request, now)  # form, signature by the bound key, time limit
    device = repo.device(body["device_id"])
    if device is None:
        raise RecoveryRejected("recovery_wrong_device", "the device is not enrolled here")
    if device.status != "approved":
        raise RecoveryRejected("recovery_device_revoked", device_id=device.device_id)
    try:
        device_key = unb64(device.signing_key)
    except CanonicalError:
        raise RecoveryRejected("recovery_not_this_device") from None
    check_binding(body, device_key, device.key_id)
    if body["recovery_key_id"] != keys.public.recovery_key_id or \
            body["binding_doc"]["body"]["recovery_key_id"] != keys.public.recovery_key_id:
        raise RecoveryRejected("recovery_malformed", "the escrow is for another recovery key")
    device_id, box = unwrap_escrow(body["escrow"], recovery_identity)
    if device_id != body["device_id"]:
        raise RecoveryRejected("recovery_wrong_device", "the escrow belongs to another device")
    response = make_response(body, box, now.isoformat(), officers, keys.signer)
    with repo.transaction():
        repo.add_event(now.isoformat(), actor, "recover", device_id,
                       f"request {body['request_id']} (expires {body['expires_at']}); "
                       f"officers: {', '.join(officers)}")
    return {k: v for k, v in body.items() if k != "binding_doc"}, response


__all__ = ["approve"]
