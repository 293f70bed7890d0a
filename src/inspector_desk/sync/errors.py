"""Typed errors of the exchange with headquarters, each with a stable code.

A refusal carries a ``reason``: a stable code (``bundle_signature_invalid``, ``device_revoked``
…) that is also the error's ``code``, so the command line and the screens pick the translated
message for exactly what went wrong (resources/i18n/messages.json). Params never hold
personal data: ids, sequence numbers, sizes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from inspector_desk.core.errors import InspectorDeskError


class SyncError(InspectorDeskError):
    """Base of every error of bundles, receipts, update packs, enrolment and recovery."""

    code = "sync_error"


class _Refusal(SyncError):
    """An input refused for one of ``REASONS``; ``code`` is the reason itself."""

    REASONS: ClassVar[dict[str, str]] = {}

    def __init__(self, reason: str, message: str = "", **params: Any) -> None:
        if reason not in self.REASONS:
            raise ValueError(f"unknown reason {reason!r} for {type(self).__name__}")
        self.reason = reason
        super().__init__(message or self.REASONS[reason], reason=reason, **params)

    @property  # type: ignore[override]
    def code(self) -> str:  # noqa: D401 - the stable code is the reason
        return self.reason


class BundleRejected(_Refusal):
    """Headquarters refused a bundle; its database is unchanged."""

    REASONS = {
        "bundle_not_a_file": "not a regular file (a FIFO, device, socket, folder or symbolic link): skipped",
        "bundle_too_large": "the file is larger than the import limit",
        "bundle_malformed": "the file is not an Inspector Desk bundle, or its structure is damaged",
        "bundle_header_invalid": "the bundle header is not valid",
        "bundle_trailer_invalid": "the file is incomplete or has extra bytes at the end",
        "device_unknown": "the device is not enrolled at this headquarters",
        "device_revoked": "the device's enrolment was revoked",
        "device_key_revoked": "the bundle is signed with a device key headquarters revoked "
                              "(the device was enrolled again with a new key)",
        "bundle_wrong_hq_key": "the bundle is encrypted for another headquarters key",
        "bundle_signature_invalid": "the device signature does not match the bundle",
        "bundle_replayed": "this bundle was already imported",
        "bundle_seq_reused": "the device already sent a different bundle with this number",
        "bundle_out_of_bounds": "a number, count or size in the bundle is outside the documented limits",
        "bundle_decrypt_failed": "the encrypted content is damaged or incomplete",
        "bundle_signer_mismatch": "the content was made by another device or for another number",
        "bundle_manifest_mismatch": "the content does not match its manifest",
        "bundle_content_invalid": "a record in the bundle is not valid",
        "bundle_audit_invalid": "the audit log segment is broken",
    }


class ReceiptRejected(_Refusal):
    """The device refused a receipt; nothing was marked acknowledged."""

    REASONS = {
        "receipt_malformed": "the file is not an Inspector Desk receipt",
        "receipt_signature_invalid": "the receipt is not signed by headquarters",
        "receipt_wrong_device": "the receipt is for another device",
    }


class UpdateRejected(_Refusal):
    """The device refused an update pack; nothing was applied."""

    REASONS = {
        "update_malformed": "the file is not an Inspector Desk update pack",
        "update_signature_invalid": "the update pack is not signed by headquarters",
        "update_wrong_device": "the update pack is for another device",
        "update_replayed": "this update pack was already applied",
        "update_decrypt_failed": "the encrypted content is damaged or incomplete",
        "update_content_invalid": "the content of the update pack is not valid",
    }


class EnrolmentRejected(_Refusal):
    REASONS = {
        "enrolment_malformed": "the file is not an Inspector Desk enrolment file",
        "enrolment_signature_invalid": "the enrolment file is not validly signed",
        "enrolment_wrong_device": "the enrolment file is for another device",
        "enrolment_hq_mismatch": "the headquarters key is not the expected one",
        "enrolment_prefix_taken": "this case-number prefix is given to another device",
        "enrolment_device_known": "this device is already enrolled (replacing its key needs "
                                  "--replace-key and a reason)",
    }


class RecoveryRejected(_Refusal):
    REASONS = {
        "recovery_no_escrow": "this vault has no key escrowed to headquarters (not enrolled)",
        "recovery_malformed": "the file is not an Inspector Desk recovery file",
        "recovery_signature_invalid": "the recovery file is not signed by headquarters",
        "recovery_wrong_device": "the recovery file is for another device or request",
        "recovery_no_request": "there is no pending recovery request on this computer",
        "recovery_key_invalid": "the recovered key does not open this vault",
        "recovery_device_revoked": "the device's enrolment was revoked: no recovery",
        "recovery_expired": "the recovery request is past its time limit: make a new one",
        "recovery_not_this_device": "the request is not signed by the enrolled device's keys",
        "recovery_needs_device_secret": "recovery needs this laptop's device secret in the OS keyring",
        "recovery_passphrase_only": "a passphrase-only vault has no escrow: recovery is not possible",
        "recovery_old_escrow": "the escrow is of the old format (unlock once to renew it)",
    }


class NotEnrolled(SyncError):
    """Export, receipts and update packs need the device to be enrolled first."""

    code = "not_enrolled"


class ExportCancelled(SyncError):
    code = "export_cancelled"


class HqKeysError(SyncError):
    code = "hq_keys"


class HqKeysMissing(HqKeysError):
    code = "hq_keys_missing"


class HqKeysExist(HqKeysError):
    code = "hq_keys_exist"


class HqPassphraseWrong(HqKeysError):
    code = "hq_passphrase_wrong"


ALL_REASONS: dict[str, str] = {
    **BundleRejected.REASONS, **ReceiptRejected.REASONS, **UpdateRejected.REASONS,
    **EnrolmentRejected.REASONS, **RecoveryRejected.REASONS,
}
"""Every refusal code, for the message catalog test."""
