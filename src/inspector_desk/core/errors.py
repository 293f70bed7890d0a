"""Typed errors with stable codes.

Every error a person can meet carries a ``code`` (stable, used by the UI and the command
line to pick a translated message) and ``params`` (values the message may show). The
English text in ``str(error)`` is for logs and developers; screens translate the code.
Never put personal data (names, IINs, addresses) into ``params`` of errors that may be
logged: use record ids.
"""

from __future__ import annotations

import errno

from typing import Any


class InspectorDeskError(Exception):
    """Base of every error the program raises on purpose."""

    code = "error"

    def __init__(self, message: str = "", **params: Any) -> None:
        self.params = params
        super().__init__(message or self.code)


class ValidationError(InspectorDeskError):
    """Input that breaks a rule. ``errors`` maps a field name to a list of messages."""

    code = "validation"

    def __init__(self, errors: dict[str, list[str]] | str, **params: Any) -> None:
        if isinstance(errors, str):
            errors = {"": [errors]}
        self.errors = errors
        text = "; ".join(f"{k}: {', '.join(v)}" if k else ", ".join(v) for k, v in errors.items())
        super().__init__(text, **params)


class InvalidIIN(ValidationError):
    code = "invalid_iin"


class NotFound(InspectorDeskError):
    code = "not_found"


class Conflict(InspectorDeskError):
    """The record changed since it was read (optimistic locking)."""

    code = "conflict"


# --- vault and keys -------------------------------------------------------------------


class VaultError(InspectorDeskError):
    code = "vault"


class VaultNotFound(VaultError):
    code = "vault_not_found"


class VaultExists(VaultError):
    code = "vault_exists"


class VaultLocked(VaultError):
    code = "vault_locked"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class UnlockThrottled(VaultError):
    """Too many failed attempts: wait ``retry_after`` seconds."""

    code = "unlock_throttled"


class DeviceSecretMissing(VaultError):
    """The vault needs the device secret from the OS keyring and it is not there."""

    code = "device_secret_missing"


class DeviceSecretChanged(VaultError):
    """The OS keyring holds a device secret, but not the one this vault was made with (the
    keyring was reset, or restored from another computer). Told apart from a wrong
    passphrase before any key derivation, so it never counts as a failed attempt."""

    code = "device_secret_changed"


class KeyringLocked(VaultError):
    """The vault needs the OS keyring and the keyring does not answer (locked, or its
    service is not running). Nothing is counted as a failed attempt."""

    code = "keyring_locked"


class KeyringUnavailable(VaultError):
    """No usable OS keyring (headless box, locked keyring, or a backend that drops writes)."""

    code = "keyring_unavailable"


class WeakPassphrase(ValidationError):
    code = "weak_passphrase"


class NotSQLCipher(VaultError):
    """The database driver is plain SQLite: refusing to write anything unencrypted."""

    code = "not_sqlcipher"


class VaultCorrupt(VaultError):
    code = "vault_corrupt"


class NotABackup(VaultError):
    """What was given to restore is not an Inspector Desk backup (not a folder, no manifest,
    another format). Nothing was read with the passphrase, nothing changed."""

    code = "not_a_backup"


class BackupDamaged(VaultCorrupt):
    """A backup whose manifest is ours but whose key file or vault does not check out.
    Found before anything of the current profile is touched."""

    code = "backup_damaged"


class SchemaTooNew(VaultError):
    """The vault was written by a newer version of the program."""

    code = "schema_too_new"


class AuditChainBroken(VaultError):
    code = "audit_chain_broken"


def is_disk_full(exc: OSError) -> bool:
    """An OS error that means "no room": the disk, the user's quota, or a file size limit."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class StorageFull(VaultError):
    code = "storage_full"


# --- forms ------------------------------------------------------------------------------


class FormError(InspectorDeskError):
    """A form definition that cannot be used (schema, typo, bad expression)."""

    code = "form_error"


class ExpressionError(FormError):
    """A relevance, constraint or calculation expression that does not parse or evaluate."""

    code = "expression_error"


# --- enrolment with headquarters --------------------------------------------------------


class HqFingerprintRequired(InspectorDeskError):
    """A first enrolment was offered without headquarters' key fingerprint to compare.

    The device pins the headquarters key it first accepts; without a fingerprint from
    headquarters' letter to check it against, a forged enrolment would be trusted on first
    use and then receive the key escrow and every bundle. Nothing was changed."""

    code = "hq_fingerprint_required"
