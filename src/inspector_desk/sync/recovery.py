"""Passphrase recovery on the device (docs/recovery.md): it needs the laptop itself.

1. :func:`write_request`: the inspector chooses a *new* passphrase; a fresh age key pair is
   made; its private half is kept in ``recovery-pending.json`` beside the vault, encrypted
   (ChaCha20-Poly1305) under HKDF(Argon2id(new passphrase) ‖ device secret): without this
   laptop's keyring the file is useless, whatever passphrase is guessed. The request (escrow
   wrap, binding, device id, the public half, created and expiring 72 h later) is signed
   with the recovery signing key derived from the device secret.
2. Headquarters answers with a signed response holding the device-sealed box (the DEK under
   a key derived from the device secret), age-encrypted to the request's key (hq/recovery.py).
3. :func:`apply_response`: with the device secret from the keyring and the new passphrase,
   the pending key is opened, the response verified against the headquarters key pinned in
   ``keyfile.json``, the box opened with the device secret, the key proves it opens the
   vault; the key file is rewritten for the new passphrase, the database key is rotated and
   re-escrowed, the audit log records the recovery and the pending file is removed. An
   expired pending file is removed and refused (``recovery_expired``).
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector_desk.core.errors import KeyringUnavailable, VaultCorrupt, WrongPassphrase
from inspector_desk.keystore.device_secret import SecretStore
from inspector_desk.keystore.keyfile import KdfParams, KeyFile, new_keyfile, secret_check, write_atomic
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.storage.vault import Vault
from inspector_desk.sync.canonical import CanonicalError, b64, canonical, unb64
from inspector_desk.sync.errors import RecoveryRejected
from inspector_desk.sync.escrow import (
    ESCROW_FORMAT, OLD_ESCROW_FORMATS, escrow_for, expires, make_request, open_on_device, parse_time,
    read_response, recovery_signer,
)
from inspector_desk.sync.outbox import Outbox

PENDING = "recovery-pending.json"
PENDING_FORMAT = "idesk-recovery-pending/2"
INFO_PENDING = b"idesk/recovery-pending/v1"


def _pending_key(kdf: KdfParams, hkdf_salt: str, new_passphrase: str, device_secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=unb64(hkdf_salt),
                info=INFO_PENDING).derive(kdf.derive(new_passphrase) + device_secret)


def _pending_aad(p: dict[str, Any]) -> bytes:
    return canonical({k: p[k] for k in ("format", "request_id", "device_id", "created_at",
                                        "expires_at", "kdf", "hkdf_salt")})


def check_device_secret(keyfile: KeyFile, device_secret: bytes | None) -> bytes:
    """The laptop's device secret, refused when missing or not the one of this vault."""
    if device_secret is None or len(device_secret) != 32 or (
            keyfile.secret_check and not hmac.compare_digest(secret_check(device_secret), keyfile.secret_check)):
        raise RecoveryRejected("recovery_needs_device_secret", device_id=keyfile.device_id)
    return device_secret


def can_request(keyfile: KeyFile) -> None:
    """Refuse early (before a passphrase is asked) when this vault cannot be recovered."""
    if keyfile.mode != "keyring":
        raise RecoveryRejected("recovery_passphrase_only")
    escrow = keyfile.escrow
    if escrow.get("format") in OLD_ESCROW_FORMATS:
        raise RecoveryRejected("recovery_old_escrow")
    if escrow.get("format") != ESCROW_FORMAT or not escrow.get("wraps", {}).get("current"):
        raise RecoveryRejected("recovery_no_escrow")


def write_request(folder: Path, keyfile: KeyFile, new_passphrase: str, dest: Path, *,
                  request_id: str, now: dt.datetime, device_secret: bytes | None, kdf: KdfParams,
                  note: str = "") -> Path:
    can_request(keyfile)
    device_secret = check_device_secret(keyfile, device_secret)
    created = now.isoformat()
    until = expires(now).isoformat()
    identity = pyrage.x25519.Identity.generate()
    pending: dict[str, Any] = {"format": PENDING_FORMAT, "request_id": request_id,
                               "device_id": keyfile.device_id, "created_at": created,
                               "expires_at": until, "kdf": asdict(kdf),
                               "hkdf_salt": b64(secrets.token_bytes(16))}
    nonce = secrets.token_bytes(12)
    key = _pending_key(kdf, pending["hkdf_salt"], new_passphrase, device_secret)
    pending["nonce"] = b64(nonce)
    pending["identity"] = b64(ChaCha20Poly1305(key).encrypt(nonce, str(identity).encode("ascii"),
                                                            _pending_aad(pending)))
    data = make_request(request_id=request_id, device_id=keyfile.device_id, escrow=keyfile.escrow,
                        reply_to=str(identity.to_public()), created_at=created, expires_at=until,
                        signer=recovery_signer(device_secret, keyfile.device_id), note=note)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"idesk-recovery-{keyfile.device_id[:8]}-{request_id[:8]}.idrecreq"
    write_atomic(folder / PENDING, json.dumps(pending, indent=2).encode("utf-8"))
    write_atomic(dest, data)
    return dest


def read_pending(folder: Path, device_id: str) -> dict[str, Any] | None:
    try:
        pending = json.loads((folder / PENDING).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(pending, dict) or pending.get("format") != PENDING_FORMAT \
            or pending.get("device_id") != device_id:
        return None
    return pending


def drop_expired(folder: Path, now: dt.datetime) -> bool:
    """Remove a pending request past its time limit, or one of an older format (whose
    private key opened with the new passphrase alone). True when one was removed."""
    path = Path(folder) / PENDING
    if not path.exists():
        return False
    try:
        pending = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False  # damaged: refused as such (recovery_no_request), not called expired
    if not isinstance(pending, dict):
        return False
    if pending.get("format") == PENDING_FORMAT:
        try:
            stale = now > parse_time(pending.get("expires_at"))
        except RecoveryRejected:
            return False
    else:
        stale = pending.get("format") == "idesk-recovery-pending/1"
    if stale:
        path.unlink(missing_ok=True)
    return stale


def open_pending(pending: dict[str, Any], new_passphrase: str, device_secret: bytes) -> pyrage.x25519.Identity:
    """The request's private age key from the pending file: needs the new passphrase *and*
    this laptop's device secret (a wrong one of either: WrongPassphrase)."""
    try:
        kdf = KdfParams(**pending["kdf"])
        if not all(type(n) is int for n in (kdf.memory_kib, kdf.iterations, kdf.lanes)):
            raise TypeError("kdf")
        sealed, nonce = unb64(pending["identity"]), unb64(pending["nonce"])
        aad = _pending_aad(pending)
        key = _pending_key(kdf, pending["hkdf_salt"], new_passphrase, device_secret)
    except (KeyError, TypeError, ValueError, AttributeError, CanonicalError, VaultCorrupt):
        raise RecoveryRejected("recovery_no_request", "the pending request is damaged") from None
    try:
        secret = ChaCha20Poly1305(key).decrypt(nonce, sealed, aad)
    except (InvalidTag, ValueError):
        raise WrongPassphrase("this is not the new passphrase chosen for the recovery request") from None
    try:
        return pyrage.x25519.Identity.from_str(secret.decode("ascii"))
    except Exception:  # noqa: BLE001 - pyrage's own error type for a bad identity
        raise RecoveryRejected("recovery_no_request", "the pending request is damaged") from None


def apply_response(folder: Path, vault_name: str, keyfile_name: str, data: bytes,
                   new_passphrase: str, *, secret_store: SecretStore,
                   kdf_for: Callable[[str], KdfParams], now: dt.datetime) -> str:
    """Recover the vault; returns the request id. Raises a typed error and changes nothing
    (except removing an expired pending request) when the response, the device secret, the
    passphrase or the key does not fit."""
    kf = KeyFile.load(folder / keyfile_name)
    if kf.mode != "keyring":
        raise RecoveryRejected("recovery_passphrase_only")
    try:
        device_secret = secret_store.get(kf.device_id)
    except KeyringUnavailable:
        device_secret = None
    device_secret = check_device_secret(kf, device_secret)  # the laptop itself, first
    if drop_expired(folder, now):
        raise RecoveryRejected("recovery_expired")
    pending = read_pending(folder, kf.device_id)
    if pending is None or not isinstance(pending.get("request_id"), str):
        raise RecoveryRejected("recovery_no_request")
    identity = open_pending(pending, new_passphrase, device_secret)
    hq_key = unb64(kf.escrow.get("hq_signing_key", ""))
    box = read_response(data, hq_key, kf.device_id, pending["request_id"], identity)
    dek = open_on_device(box, device_secret, kf.device_id)
    try:
        vault = Vault.open(folder / vault_name, dek)
    except VaultCorrupt:
        raise RecoveryRejected("recovery_key_invalid") from None
    try:
        enrolment = Outbox(vault.store).require_enrolment()
        signer = SigningKey.from_private_bytes(unb64(vault.store.meta("device_signing_key") or ""))
        new_dek = secrets.token_bytes(32)
        fresh = new_keyfile(kf.device_id, kf.mode, kdf_for(kf.mode))
        key = fresh.unlock_key(new_passphrase, device_secret)
        fresh.wrap("current", dek, key)
        fresh.wrap("pending", new_dek, key)
        fresh.escrow = escrow_for(enrolment, kf.device_id, {"current": dek, "pending": new_dek},
                                  device_secret=device_secret, device_signer=signer)
        write_atomic(folder / f"{keyfile_name}.before-recovery", kf.to_json().encode("utf-8"))
        fresh.save(folder / keyfile_name)
        vault.rekey(new_dek)  # the escrowed key has been through headquarters: retire it
        fresh.wrap("current", new_dek, key)
        fresh.wraps.pop("pending")
        fresh.escrow = escrow_for(enrolment, kf.device_id, {"current": new_dek},
                                  device_secret=device_secret, device_signer=signer)
        fresh.save(folder / keyfile_name)
        vault.store.append_audit("recovery", kf.device_id, "recover", "vault", kf.device_id,
                                 f"request {pending['request_id']} at {now.isoformat()}")
    finally:
        vault.close()
    (folder / PENDING).unlink(missing_ok=True)
    return pending["request_id"]
