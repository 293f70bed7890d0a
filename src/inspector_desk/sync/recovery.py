"""Passphrase recovery on the device (docs/recovery.md), without the forgotten passphrase.

1. :func:`write_request`: the inspector chooses a *new* passphrase; a fresh age key pair is
   made; its private half is kept in ``recovery-pending.json`` beside the vault, encrypted
   under the new passphrase (age scrypt), and the request file (escrow wrap, device id, the
   public half) goes to headquarters.
2. Headquarters answers with a signed response holding the database key sealed to the
   request's key (hq/recovery.py).
3. :func:`apply_response`: with the new passphrase again, the response is verified against
   the headquarters key pinned in ``keyfile.json`` (``escrow.hq_signing_key``), the key
   proves it opens the vault, then a new device secret is made, the key file is rewritten
   for the new passphrase, the database key is rotated (the escrowed one is spent) and
   re-escrowed, and the audit log records the recovery.
"""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Callable

import pyrage

from inspector_desk.core.errors import KeyringUnavailable, VaultCorrupt, WrongPassphrase
from inspector_desk.keystore.device_secret import SecretStore
from inspector_desk.keystore.keyfile import KdfParams, KeyFile, new_keyfile, write_atomic
from inspector_desk.storage.vault import Vault
from inspector_desk.sync.canonical import CanonicalError, b64, unb64
from inspector_desk.sync.errors import RecoveryRejected
from inspector_desk.sync.escrow import escrow_for, make_request, read_response
from inspector_desk.sync.outbox import Outbox

PENDING = "recovery-pending.json"
PENDING_FORMAT = "idesk-recovery-pending/1"
MAX_SCRYPT_LOG_N = 22


def write_request(folder: Path, keyfile: KeyFile, new_passphrase: str, dest: Path, *,
                  request_id: str, created_at: str, note: str = "") -> Path:
    if not keyfile.escrow.get("wraps", {}).get("current"):
        raise RecoveryRejected("recovery_no_escrow")
    identity = pyrage.x25519.Identity.generate()
    pending = {"format": PENDING_FORMAT, "request_id": request_id, "device_id": keyfile.device_id,
               "created_at": created_at,
               "identity": b64(pyrage.passphrase.encrypt(str(identity).encode("ascii"), new_passphrase))}
    write_atomic(folder / PENDING, json.dumps(pending, indent=2).encode("utf-8"))
    data = make_request(request_id=request_id, device_id=keyfile.device_id, escrow=keyfile.escrow,
                        reply_to=str(identity.to_public()), created_at=created_at, note=note)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"idesk-recovery-{keyfile.device_id[:8]}-{request_id[:8]}.idrecreq"
    write_atomic(dest, data)
    return dest


def apply_response(folder: Path, vault_name: str, keyfile_name: str, data: bytes,
                   new_passphrase: str, *, secret_store: SecretStore,
                   kdf_for: Callable[[str], KdfParams], at: str) -> str:
    """Recover the vault; returns the request id. Raises a typed error and changes nothing
    when the response, the passphrase or the key does not fit."""
    kf = KeyFile.load(folder / keyfile_name)
    try:
        pending = json.loads((folder / PENDING).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        raise RecoveryRejected("recovery_no_request") from None
    if not isinstance(pending, dict) or pending.get("format") != PENDING_FORMAT \
            or pending.get("device_id") != kf.device_id or not isinstance(pending.get("request_id"), str):
        raise RecoveryRejected("recovery_no_request")
    try:
        sealed = unb64(pending.get("identity"))
    except CanonicalError:
        raise RecoveryRejected("recovery_no_request", "the pending request is damaged") from None
    # age lets the file choose scrypt's cost, and pyrage accepts up to about 2**24 (16 GiB of
    # memory, a minute of work): what pyrage writes here is about 2**20 (1 GiB, ~1 s).
    cost = re.search(rb"\n-> scrypt \S+ (\d{1,3})\n", sealed[:200])
    if cost is None or int(cost.group(1)) > MAX_SCRYPT_LOG_N:
        raise RecoveryRejected("recovery_no_request", "the pending request is damaged") from None
    try:
        secret = pyrage.passphrase.decrypt(sealed, new_passphrase)
    except pyrage.DecryptError:
        raise WrongPassphrase("this is not the new passphrase chosen for the recovery request") from None
    try:
        identity = pyrage.x25519.Identity.from_str(secret.decode("ascii"))
    except Exception:  # noqa: BLE001 - pyrage's own error type for a bad identity
        raise RecoveryRejected("recovery_no_request", "the pending request is damaged") from None
    hq_key = unb64(kf.escrow.get("hq_signing_key", ""))
    dek = read_response(data, hq_key, kf.device_id, pending["request_id"], identity)
    try:
        vault = Vault.open(folder / vault_name, dek)
    except VaultCorrupt:
        raise RecoveryRejected("recovery_key_invalid") from None
    try:
        enrolment = Outbox(vault.store).require_enrolment()
        device_secret = None
        if kf.mode == "keyring":
            usable, backend = secret_store.available()
            if not usable:
                raise KeyringUnavailable("the OS keyring is needed for the new device secret",
                                         backend=backend)
            device_secret = secrets.token_bytes(32)
            secret_store.put(kf.device_id, device_secret)
        new_dek = secrets.token_bytes(32)
        fresh = new_keyfile(kf.device_id, kf.mode, kdf_for(kf.mode))
        key = fresh.unlock_key(new_passphrase, device_secret)
        fresh.wrap("current", dek, key)
        fresh.wrap("pending", new_dek, key)
        fresh.escrow = escrow_for(enrolment, kf.device_id, {"current": dek, "pending": new_dek})
        write_atomic(folder / f"{keyfile_name}.before-recovery", kf.to_json().encode("utf-8"))
        fresh.save(folder / keyfile_name)
        vault.rekey(new_dek)  # the escrowed key has been seen at headquarters: retire it
        fresh.wrap("current", new_dek, key)
        fresh.wraps.pop("pending")
        fresh.escrow = escrow_for(enrolment, kf.device_id, {"current": new_dek})
        fresh.save(folder / keyfile_name)
        vault.store.append_audit("recovery", kf.device_id, "recover", "vault", kf.device_id,
                                 f"request {pending['request_id']} at {at}")
    finally:
        vault.close()
    (folder / PENDING).unlink(missing_ok=True)
    return pending["request_id"]
