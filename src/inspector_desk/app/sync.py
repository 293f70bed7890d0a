"""The device's exchange with headquarters, for the command line and the screens (no Qt).

* :func:`enrolment_request` / :func:`import_enrolment`: join headquarters;
* :func:`export`: an :class:`~inspector_desk.sync.export.ExportJob`: iterate it for
  ``(done, total)`` progress, stop iterating to cancel, read ``.result`` at the end;
* :func:`import_receipt`, :func:`import_update`: what comes back (:func:`held_notes`: the
  changes headquarters held, to show);
* :func:`status`: what the headquarters page shows;
* :func:`recovery_request`, :func:`recover`: a forgotten passphrase (docs/recovery.md);
* :func:`after_unlock`, :func:`escrow_rekey`: hooks ``Profiles`` calls so that received
  forms and rules are in force and the escrow follows the database key.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from inspector_desk import __version__
from inspector_desk.app.session import Session
from inspector_desk.core.errors import HqFingerprintRequired
from inspector_desk.core.records import FamilyCase
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.keystore.keyfile import KeyFile, write_atomic
from inspector_desk.storage.vault import schema_version_latest
from inspector_desk.sync import recovery as device_recovery
from inspector_desk.sync.apply_update import UpdateResult, apply_update_pack
from inspector_desk.sync.canonical import read_limited
from inspector_desk.sync.enrolment import Enrolment, make_request, read_enrolment
from inspector_desk.sync.escrow import escrow_matches, update_escrow
from inspector_desk.sync.export import DEFAULT_VOLUME_BYTES, ExportContext, ExportJob
from inspector_desk.sync.outbox import AGE_IDENTITY, ENROLMENT, RULES, Outbox
from inspector_desk.sync.receipt import ReceiptResult, RetentionPolicy, apply_receipt, keep_everything


def _now(session: Session) -> str:
    return session.clock.now().isoformat()


# --- enrolment -----------------------------------------------------------------------------


def enrolment_request(session: Session, dest: Path) -> Path:
    """Write the enrolment request file (into folder ``dest``, or as the file ``dest``)."""
    store = session.store
    with store.transaction():
        if not store.meta(AGE_IDENTITY):
            store.set_meta(AGE_IDENTITY, str(pyrage.x25519.Identity.generate()))
        identity = pyrage.x25519.Identity.from_str(store.meta(AGE_IDENTITY) or "")
    info = dataclasses.asdict(session.inspector)
    data = make_request(request_id=str(uuid.uuid4()), device_id=session.actor.device_id,
                        signer=session.signing_key, recipient=str(identity.to_public()),
                        inspector=info, created_at=_now(session), app_version=__version__)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"idesk-enrol-{session.actor.device_id[:8]}.idreq"
    write_atomic(dest, data)
    return dest


def import_enrolment(session: Session, path: Path, *, expect_hq_key_id: str | None = None,
                     profiles: Any = None, profile: str = "default",
                     passphrase: str | None = None) -> Enrolment:
    """Verify and keep an enrolment: pin headquarters' keys, take the case-number prefix.

    A first enrolment (nothing pinned yet) needs ``expect_hq_key_id``, headquarters' key
    fingerprint from its letter: without it :class:`HqFingerprintRequired` is raised before
    the file is read, so no caller can trust a headquarters on first use. A later one is
    checked against the pinned key (and the fingerprint too, when given).

    The database key is escrowed to headquarters at once when ``profiles`` and the
    ``passphrase`` are given, otherwise at the next unlock."""
    store, out = session.store, Outbox(session.store)
    current = out.enrolment()
    if current is None and not (expect_hq_key_id or "").strip():
        raise HqFingerprintRequired("a first enrolment needs headquarters' key fingerprint")
    enrolment = read_enrolment(read_limited(Path(path)), device_id=session.actor.device_id,
                               device_key=session.signing_key.public_bytes(),
                               expect_hq_key_id=expect_hq_key_id,
                               pinned=current.hq if current else None)
    with store.transaction():
        store.set_meta(ENROLMENT, enrolment.to_json())
        store.set_meta("case_prefix", enrolment.case_prefix)
        store.append_audit(session.actor.user, session.actor.device_id, "import", "enrolment",
                           enrolment.enrolment_id, f"prefix {enrolment.case_prefix}")
    session.actor = dataclasses.replace(session.actor, case_prefix=enrolment.case_prefix)
    session.services.reconfigure(actor=session.actor)
    if profiles is not None and passphrase is not None:
        kf = profiles.load_keyfile(profile)
        key = profiles._unlock_key(profile, kf, passphrase)
        if kf.mode == "keyring":  # a passphrase-only vault has no escrow (docs/recovery.md)
            kf.escrow = update_escrow(kf.escrow, enrolment, kf.device_id, dict(kf.unwrap_any(key)),
                                      device_secret=profiles._device_secret(kf),
                                      device_signer=session.signing_key, replace=True)
            kf.save(profiles.folder(profile) / "keyfile.json")
        session.keyfile = kf
    return enrolment


# --- export, receipts, updates -------------------------------------------------------------


def export(session: Session, dest: Path, volume_bytes: int = DEFAULT_VOLUME_BYTES) -> ExportJob:
    registry = session.forms.registry
    ctx = ExportContext(store=session.store, signer=session.signing_key,
                        device_id=session.actor.device_id, now=session.clock.now,
                        forms_known={f: registry.versions(f) for f in registry.form_ids()},
                        app_version=__version__, schema_version=schema_version_latest(),
                        actor=session.actor.user)
    return ExportJob(ctx, Path(dest), volume_bytes)


def import_receipt(session: Session, path: Path,
                   retention: RetentionPolicy = keep_everything) -> ReceiptResult:
    return apply_receipt(session.store, read_limited(Path(path)), _now(session), session.actor.user,
                         session.actor.device_id, retention)


def held_notes(session: Session, result: ReceiptResult, lang: str) -> list[str]:
    """One line per change headquarters held (not applied: not this device's case or
    person, another identity, a version jump; docs/hq.md), with what to do. The record is
    named by its case number when this vault has it."""
    from inspector_desk.messages import catalog, text

    lines = []
    for h in result.held:
        what = f"{h['kind']} {h['record_id'][:8]}"
        try:
            record = session.store.get_any(h["kind"], h["record_id"])
            case_no = getattr(record, "case_no", "") or (
                session.store.get(FamilyCase, record.case_id).case_no if getattr(record, "case_id", "") else "")
            if case_no:
                what = case_no if h["kind"] == "case" else f"{h['kind']}, {case_no}"
        except Exception:  # noqa: BLE001 - a record this vault does not have (any more)
            pass
        key = f"held.{h['reason']}"
        reason = text(key, lang) if key in catalog() else text("held.other", lang, reason=h["reason"])
        lines.append(text("label.receipt_held", lang, what=what, seq=h["seq"], reason=reason))
    return lines


def import_update(session: Session, path: Path) -> UpdateResult:
    """Verify and apply an update pack; new forms join the registry, new rules take effect,
    and the due dates of the cases it touched are recomputed."""
    _private_forms(session)
    rules_before = session.services.rules
    try:
        # The pack and the due dates it moves commit together: a full disk at the second
        # step must not leave a pack applied (and refused as replayed) without its due dates.
        with session.store.transaction():
            result = apply_update_pack(Path(path), store=session.store,
                                       device_id=session.actor.device_id,
                                       registry=session.forms.registry, at=_now(session),
                                       actor=session.actor.user)
            cases = set(result.case_ids)
            if result.rules_changed:
                _load_rules(session)
                cases |= {c.id for c in session.store.find(FamilyCase)}
            _refresh_due(session, cases)
    except BaseException:
        session.services.reconfigure(rules=rules_before)
        raise
    _load_definitions(session, [(k, text) for k, _n, text in result.definitions])
    return result


@dataclass
class SyncStatus:
    enrolled: bool
    case_prefix: str
    hq_fingerprint: str
    acknowledged_change: int
    unsent_changes: int
    last_export_at: str | None
    last_bundle: int
    acknowledged_bundle: int
    burned: list[int]


def status(session: Session) -> SyncStatus:
    out = Outbox(session.store)
    e = out.enrolment()
    return SyncStatus(e is not None, session.actor.case_prefix, e.hq.signing_key_id if e else "",
                      out.acked_change, session.store.unsent_changes(),
                      session.store.meta("sync.last_export_at"), out.last_written()[0],
                      out.acked_bundle, out.burned())


# --- hooks called by Profiles --------------------------------------------------------------


def after_unlock(session: Session, keyfile: KeyFile, dek: bytes, keyfile_path: Path,
                 device_secret: bytes | None = None) -> None:
    """Put received forms and rules in force; escrow the key if that is still owed (or the
    escrow is of the old format, which headquarters' key alone opened); a passphrase-only
    vault's old escrow is removed; an expired recovery request is removed."""
    rows = session.store.conn.execute("SELECT kind, definition FROM sync_forms "
                                      "ORDER BY kind = 'form', form_id, version").fetchall()
    if rows:
        _private_forms(session)
        _load_definitions(session, [(k, d) for k, d in rows])
    if session.store.meta(RULES):
        _load_rules(session)
    device_recovery.drop_expired(Path(keyfile_path).parent, session.clock.now())
    enrolment = Outbox(session.store).enrolment()
    if keyfile.mode != "keyring":
        if keyfile.escrow:
            keyfile.escrow = {}
            keyfile.save(keyfile_path)
    elif enrolment is not None and device_secret is not None and not escrow_matches(keyfile.escrow, dek):
        keyfile.escrow = update_escrow(keyfile.escrow, enrolment, keyfile.device_id,
                                       {"current": dek}, device_secret=device_secret,
                                       device_signer=session.signing_key, replace=True)
        keyfile.save(keyfile_path)


def escrow_rekey(session: Session, keyfile: KeyFile, slot: str, dek: bytes,
                 device_secret: bytes | None = None) -> None:
    """During ``rekey``: escrow the new key as ``pending``, then as the only ``current``
    (keyring mode only: the escrow is sealed under the device secret too)."""
    enrolment = Outbox(session.store).enrolment()
    if keyfile.mode != "keyring":
        keyfile.escrow = {}
    elif enrolment is not None and device_secret is not None:
        keyfile.escrow = update_escrow(keyfile.escrow, enrolment, keyfile.device_id, {slot: dek},
                                       device_secret=device_secret,
                                       device_signer=session.signing_key, replace=(slot == "current"))


def _private_forms(session: Session) -> None:
    """Received forms go into a registry of this session's own, never into one shared with
    other profiles of the process."""
    if getattr(session.forms, "_private_to", None) is session:
        return
    from inspector_desk.app.forms_adapter import load_forms

    adapter = load_forms()
    adapter._private_to = session  # type: ignore[attr-defined]
    session.forms = adapter
    session.services.reconfigure(forms=adapter)


def _load_definitions(session: Session, items: list[tuple[str, str]]) -> None:
    registry = session.forms.registry
    for kind, text in sorted(items, key=lambda i: i[0] != "choices"):
        if kind == "choices":
            registry.add_choice_list(text, source="headquarters")
        else:
            registry.add_definition(text, source="headquarters")


def _load_rules(session: Session) -> None:
    session.services.reconfigure(
        rules=FollowUpRules.from_mapping(json.loads(session.store.meta(RULES) or "{}")))


def _refresh_due(session: Session, case_ids: set[str]) -> None:
    session.services.refresh_due(case_ids)


# --- recovery ----------------------------------------------------------------------------


def can_request_recovery(profiles: Any, profile: str) -> None:
    """Raise the reason this profile cannot be recovered (passphrase-only, no or old escrow,
    device secret not in this computer's keyring), before any passphrase is asked."""
    from inspector_desk.core.errors import DeviceSecretMissing, KeyringLocked

    kf = profiles.load_keyfile(profile)
    device_recovery.can_request(kf)
    try:
        secret = profiles._device_secret(kf)
    except (DeviceSecretMissing, KeyringLocked):
        secret = None
    device_recovery.check_device_secret(kf, secret)


def recovery_request(profiles: Any, profile: str, new_passphrase: str, dest: Path) -> Path:
    """Write a recovery request (docs/recovery.md): needs this laptop's device secret; the
    request is signed with a key derived from it and expires after 72 hours."""
    # keystore.strength: the policy with its estimator (zxcvbn) installed
    from inspector_desk.keystore import strength as policy

    can_request_recovery(profiles, profile)
    kf = profiles.load_keyfile(profile)
    policy.check(new_passphrase, mode=kf.mode)
    return device_recovery.write_request(profiles.folder(profile), kf, new_passphrase, Path(dest),
                                         request_id=str(uuid.uuid4()), now=profiles.clock.now(),
                                         device_secret=profiles._device_secret(kf),
                                         kdf=profiles._kdf_for(kf.mode))


def recover(profiles: Any, profile: str, response: Path, new_passphrase: str) -> str:
    folder = profiles.folder(profile)
    request_id = device_recovery.apply_response(
        folder, "vault.db", "keyfile.json", read_limited(Path(response)), new_passphrase,
        secret_store=profiles.secrets, kdf_for=profiles._kdf_for, now=profiles.clock.now())
    write_atomic(folder / "unlock-state.json", json.dumps({"failures": 0, "not_before": 0}).encode())
    return request_id
