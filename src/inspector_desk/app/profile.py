"""Inspector profiles: one vault per inspector, and what it takes to open one.

A profile is a folder ``<home>/profiles/<name>/`` holding:

* ``vault.db`` (+ ``-wal``, ``-shm``): the SQLCipher database, raw 256-bit key;
* ``keyfile.json``: that key, wrapped (keystore/keyfile.py); nothing secret in plain text;
* ``unlock-state.json``: the count of failed unlock attempts, for the growing delay.

``<home>`` is the platform data folder (platformdirs) unless ``INSPECTOR_DESK_HOME`` says
otherwise.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar

from inspector_desk.core.errors import (
    AuditChainBroken, BackupDamaged, DeviceSecretMissing, KeyringLocked, KeyringUnavailable,
    NotABackup, UnlockThrottled, VaultCorrupt, VaultError, VaultExists, VaultNotFound,
    WrongPassphrase,
)
from inspector_desk.core.ports import Clock, SystemClock
from inspector_desk.keystore.device_secret import SecretStore
from inspector_desk.keystore.keyfile import KdfParams, KeyFile, new_keyfile, write_atomic
from inspector_desk.paths import data_home, open_private, private_dir

if TYPE_CHECKING:  # imported where used: the unlock window opens before the forms engine,
    # the services and the passphrase estimator are loaded (docs/performance.md, cold start)
    from inspector_desk.app.forms_adapter import FormsAdapter
    from inspector_desk.app.session import InspectorInfo, Session
    from inspector_desk.storage.vault import Vault  # imported where a vault is opened

VAULT = "vault.db"
KEYFILE = "keyfile.json"
UNLOCK_STATE = "unlock-state.json"
FREE_ATTEMPTS = 3
MAX_DELAY_S = 300
BACKUP_FORMAT = "inspector-desk-backup/1"
_T = TypeVar("_T")


def default_home() -> Path:
    return data_home("INSPECTOR_DESK_HOME", "InspectorDesk")


def backoff_seconds(failures: int) -> int:
    """Delay before the next attempt: none for the first few, then 1, 2, 4 … 300 s."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)


@dataclass
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int


@dataclass
class CheckedBackup:
    """A backup that passed every check, with its database key: ready to be put in place."""

    path: Path
    keyfile: KeyFile
    dek: bytes
    created_at: str
    schema_version: int


class Profiles:
    """Creates, unlocks and maintains the profiles under one home folder."""

    def __init__(self, home: Path | None = None, secrets_store: SecretStore | None = None,
                 clock: Clock | None = None, kdf: KdfParams | None = None,
                 forms: FormsAdapter | None = None) -> None:
        from inspector_desk.keystore.device_secret import KeyringSecrets

        self.home = Path(home) if home else default_home()
        self.secrets = secrets_store or KeyringSecrets()
        if clock is None:  # the unit's zone, from the dated legal fact (docs/legal.md)
            from inspector_desk.core.ports import unit_zone
            from inspector_desk.reports.legal_source import default_legal

            clock = SystemClock(unit_zone(default_legal()))
        self.clock = clock
        self._kdf = kdf  # tests pass cheap parameters; None = the real ones
        self._forms = forms

    @property
    def forms(self) -> FormsAdapter:
        if self._forms is None:
            from inspector_desk.app.forms_adapter import load_forms

            self._forms = load_forms()
        return self._forms

    def folder(self, name: str = "default") -> Path:
        if not name or not name.replace("-", "").replace("_", "").isalnum():
            raise ValueError("a profile name is letters, digits, '-' and '_'")
        return self.home / "profiles" / name

    def exists(self, name: str = "default") -> bool:
        return (self.folder(name) / KEYFILE).exists()

    def names(self) -> list[str]:
        root = self.home / "profiles"
        return sorted(p.name for p in root.iterdir() if (p / KEYFILE).exists()) if root.exists() else []

    # --- creating ------------------------------------------------------------------------

    def keyring_status(self) -> tuple[bool, str]:
        return self.secrets.available()

    def create(self, name: str, passphrase: str, inspector: InspectorInfo, *,
               allow_passphrase_only: bool = False) -> Session:
        """Make a new profile. Without a usable keyring this refuses unless the caller has
        the user's explicit consent to passphrase-only protection."""
        _policy().check(passphrase, mode="passphrase_only" if allow_passphrase_only else "keyring",
                                user_inputs=(inspector.name, inspector.login, inspector.unit, inspector.district))
        folder = self.folder(name)
        if (folder / KEYFILE).exists() or (folder / VAULT).exists():
            raise VaultExists("this profile already exists", profile=name)
        usable, backend = self.secrets.available()
        if not usable and not allow_passphrase_only:
            raise KeyringUnavailable("no usable OS keyring: passphrase-only mode must be accepted",
                                     backend=backend)
        mode = "keyring" if usable else "passphrase_only"
        device_id = str(uuid.uuid4())
        kdf = self._kdf_for(mode)
        kf = new_keyfile(device_id, mode, kdf)
        device_secret = None
        if mode == "keyring":
            device_secret = secrets.token_bytes(32)
            self.secrets.put(device_id, device_secret)
        dek = secrets.token_bytes(32)
        kf.wrap("current", dek, kf.unlock_key(passphrase, device_secret))
        for own in (self.home, self.home / "profiles", folder):  # 0700, even if made before
            private_dir(own)
        try:
            from inspector_desk.storage.vault import Vault
            vault = Vault.create(folder / VAULT, dek)
            kf.save(folder / KEYFILE)
        except BaseException:
            for f in (VAULT, VAULT + "-wal", VAULT + "-shm", KEYFILE):
                (folder / f).unlink(missing_ok=True)
            raise
        session = _session_class().start(vault, kf, inspector, self.clock, self.forms, new_profile=True)
        session.store.append_audit(inspector.login, device_id, "create", "vault", device_id, mode)
        return session

    def discard_new(self, name: str) -> None:
        """Undo a first run that failed after create() (a refused enrolment): the vault, its
        key file and the device secret go, so the person starts again from the first screen.
        Only for a profile that was never used: refuses one that holds any case."""
        folder = self.folder(name)
        try:
            kf = KeyFile.load(folder / KEYFILE)
        except (FileNotFoundError, VaultCorrupt):
            kf = None
        for f in (VAULT, VAULT + "-wal", VAULT + "-shm", KEYFILE, UNLOCK_STATE):
            (folder / f).unlink(missing_ok=True)
        if kf is not None and kf.mode == "keyring":
            try:
                self.secrets.delete(kf.device_id)
            except Exception:  # noqa: BLE001 - a stale keyring entry is harmless without the file
                pass

    def _kdf_for(self, mode: str) -> KdfParams:
        if self._kdf is None:
            return KdfParams.for_mode(mode)
        return KdfParams(memory_kib=self._kdf.memory_kib, iterations=self._kdf.iterations,
                         lanes=self._kdf.lanes, salt=KdfParams.for_mode(mode).salt)

    # --- unlocking -----------------------------------------------------------------------

    def load_keyfile(self, name: str) -> KeyFile:
        folder = self.folder(name)
        if not (folder / KEYFILE).exists():
            raise VaultNotFound("there is no such profile", profile=name)
        return KeyFile.load(folder / KEYFILE)

    def _device_secret(self, kf: KeyFile) -> bytes | None:
        if kf.mode != "keyring":
            return None
        try:
            secret = self.secrets.get(kf.device_id)
        except KeyringUnavailable as exc:
            raise KeyringLocked("the OS keyring does not answer; unlock it and try again",
                                reason=str(exc)) from None
        if secret is None:
            raise DeviceSecretMissing("the device secret for this vault is not in the OS keyring",
                                      device_id=kf.device_id)
        return secret

    def _attempt(self, names: Iterable[str], attempt: Callable[[], _T]) -> _T:
        """Run one passphrase attempt under the back-off of the profiles ``names``.

        Every path that takes a passphrase comes here: unlock, change_passphrase, rekey,
        backup, the enrolment's escrow (all through :meth:`_unlock_key`) and restore. While
        any of the profiles must wait, the attempt is refused before any key derivation
        (UnlockThrottled). The failure is written *before* the attempt runs and taken back
        after it: killing the program in the middle of a guess leaves it counted. A wrong
        passphrase keeps it; the right one clears the count; any other error (keyring locked,
        device secret missing, a damaged file) puts the state file back as it was."""
        names = list(dict.fromkeys(names))
        before = {n: self._state_bytes(n) for n in names}
        states = {n: self._parse_state(raw) for n, raw in before.items()}
        now = self.clock.now().timestamp()
        wait = max(s.get("not_before", 0) - now for s in states.values())
        if wait > 0:
            raise UnlockThrottled("too many failed attempts; wait", retry_after=int(wait) + 1)
        for n, s in states.items():
            failures = s.get("failures", 0) + 1
            self._write_state(n, {"failures": failures, "not_before": now + backoff_seconds(failures)})
        try:
            result = attempt()
        except WrongPassphrase:
            raise
        except BaseException:
            for n, raw in before.items():
                self._put_state_bytes(n, raw)
            raise
        for n in names:  # the right passphrase: back to no failures (no file if there was none)
            if states[n].get("failures"):
                self._write_state(n, {"failures": 0, "not_before": 0})
            else:
                self._put_state_bytes(n, before[n])
        return result

    def _unlock_key(self, name: str, kf: KeyFile, passphrase: str) -> bytes:
        """Derive the unlock key of a profile's key file, counted by the back-off."""

        def attempt() -> bytes:
            key = kf.unlock_key(passphrase, self._device_secret(kf))
            kf.unwrap("current", key)
            return key

        return self._attempt([name], attempt)

    def unlock(self, name: str, passphrase: str) -> Session:
        kf = self.load_keyfile(name)
        key = self._unlock_key(name, kf, passphrase)
        folder = self.folder(name)
        if not (folder / VAULT).exists():
            raise VaultNotFound("the vault file of this profile is missing", profile=name)
        vault = None
        candidates = kf.unwrap_any(key)
        for slot, dek in candidates:
            try:
                from inspector_desk.storage.vault import Vault
                vault = Vault.open(folder / VAULT, dek)
            except VaultCorrupt:
                continue
            opened_with = dek
            if slot == "pending":
                # A key rotation finished re-encrypting but not updating the key file.
                kf.wrap("current", dek, key)
            kf.wraps.pop("pending", None)
            break
        if vault is None:
            raise VaultCorrupt("the vault does not open with its key: restore a backup",
                               profile=name)
        try:  # e.g. a full disk refuses the audit entry: close again, keep no key in memory
            if len(candidates) > 1:
                kf.save(folder / KEYFILE)
            session = _session_class().start(vault, kf, None, self.clock, self.forms)
            session.store.append_audit(session.actor.user, kf.device_id, "unlock", "vault",
                                       kf.device_id)
            from inspector_desk.app import sync  # received forms and rules; escrow owed to HQ

            sync.after_unlock(session, kf, opened_with, folder / KEYFILE,
                              device_secret=self._device_secret(kf))
        except BaseException:
            vault.close()
            raise
        return session

    def _read_state(self, name: str) -> dict:
        return self._parse_state(self._state_bytes(name))

    @staticmethod
    def _parse_state(raw: bytes | None) -> dict:
        if raw is None:
            return {}
        try:
            state = json.loads(raw)
        except (ValueError, RecursionError):
            return {}
        # Damaged or edited by hand: keep only what it should hold, as bounded numbers (a
        # failure count of 10**18 would make the backoff compute 2 ** 10**18).
        if not isinstance(state, dict):
            return {}
        out: dict = {}
        if type(state.get("failures")) is int:
            out["failures"] = min(max(state["failures"], 0), 1000)
        if type(state.get("not_before")) in (int, float) and abs(state["not_before"]) < 1e11:
            out["not_before"] = state["not_before"]
        return out

    def _write_state(self, name: str, state: dict) -> None:
        folder = self.folder(name)
        if not folder.is_dir():  # a restore into a profile that has no folder yet
            private_dir(folder)
        write_atomic(folder / UNLOCK_STATE, json.dumps(state).encode())

    def _state_bytes(self, name: str) -> bytes | None:
        try:
            return (self.folder(name) / UNLOCK_STATE).read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None

    def _put_state_bytes(self, name: str, raw: bytes | None) -> None:
        """Put the state file back exactly as it was (``None``: there was none)."""
        if raw is None:
            (self.folder(name) / UNLOCK_STATE).unlink(missing_ok=True)
        else:
            write_atomic(self.folder(name) / UNLOCK_STATE, raw)

    # --- keys ----------------------------------------------------------------------------

    def change_passphrase(self, name: str, old: str, new: str) -> None:
        """Re-wrap the database key under a new passphrase; the vault itself is untouched."""
        _policy().check(new, mode=self.load_keyfile(name).mode)
        kf = self.load_keyfile(name)
        key = self._unlock_key(name, kf, old)
        deks = dict(kf.unwrap_any(key))
        fresh = new_keyfile(kf.device_id, kf.mode, self._kdf_for(kf.mode))
        fresh.escrow = kf.escrow
        new_key = fresh.unlock_key(new, self._device_secret(kf))
        for slot, dek in deks.items():
            fresh.wrap(slot, dek, new_key)
        fresh.save(self.folder(name) / KEYFILE)

    def rekey(self, session: Session, name: str, passphrase: str) -> None:
        """Re-encrypt the vault under a new random database key (after a suspected leak).

        The new key is first saved as ``pending`` beside the current one, then the vault is
        re-encrypted, then the key file is switched over: a crash at any point leaves a
        vault that opens (see :meth:`unlock`)."""
        kf = self.load_keyfile(name)
        key = self._unlock_key(name, kf, passphrase)
        from inspector_desk.app import sync  # the escrow at headquarters follows the key

        new_dek = secrets.token_bytes(32)
        device_secret = self._device_secret(kf)  # the escrow is sealed under it too
        kf.wrap("pending", new_dek, key)
        sync.escrow_rekey(session, kf, "pending", new_dek, device_secret)
        kf.save(self.folder(name) / KEYFILE)
        session.vault.rekey(new_dek, old_key=kf.unwrap("current", key))
        kf.wrap("current", new_dek, key)
        kf.wraps.pop("pending")
        sync.escrow_rekey(session, kf, "current", new_dek, device_secret)
        kf.save(self.folder(name) / KEYFILE)
        session.keyfile = kf
        session.store.append_audit(session.actor.user, kf.device_id, "rekey", "vault", kf.device_id)

    # --- backup and restore -----------------------------------------------------------

    def backup(self, session: Session, name: str, passphrase: str, dest_dir: Path) -> BackupInfo:
        """A consistent encrypted copy plus the key file, verified by opening it."""
        kf = self.load_keyfile(name)
        key = self._unlock_key(name, kf, passphrase)
        dek = kf.unwrap("current", key)
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        target = Path(dest_dir) / f"inspector-desk-{name}-{stamp}.idbackup"
        if target.exists():
            raise VaultExists("a backup with this name already exists", path=str(target))
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        private_dir(partial)  # 0700; a missing destination is made 0700, an existing one kept
        try:
            session.vault.export_copy(partial / VAULT, dek)
            kf.save(partial / KEYFILE)
            from inspector_desk.storage.vault import verify_copy
            report = verify_copy(partial / VAULT, dek)
            manifest = {"format": "inspector-desk-backup/1", "profile": name,
                        "created_at": self.clock.now().isoformat(),
                        "schema_version": report.schema_version, "device_id": kf.device_id}
            write_atomic(partial / "manifest.json", json.dumps(manifest, indent=2).encode())
            # Audited before the copy takes its final name: if the vault's disk is full the
            # error is raised with no backup left behind, never after one was made.
            session.store.append_audit(session.actor.user, kf.device_id, "backup", "vault",
                                       kf.device_id)
            os.replace(partial, target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        return BackupInfo(target, manifest["created_at"], report.schema_version)

    def check_backup(self, name: str, backup: Path, passphrase: str) -> CheckedBackup:
        """Check a backup in full without touching the profile ``name`` (the one it would
        replace): the folder and its manifest (else :class:`NotABackup`), the key file, the
        passphrase, and the vault opened and checked with its key (else
        :class:`BackupDamaged`). The passphrase attempt is counted against ``name`` and
        against every local profile made with the same device secret, and refused while
        they must wait (:meth:`_attempt`): a restore is no way round the back-off."""
        backup = Path(backup)
        if not backup.is_dir():
            raise NotABackup("not a folder", path=str(backup))
        looks_ours = (backup / KEYFILE).exists() or (backup / VAULT).exists()
        try:
            with open(backup / "manifest.json", "rb") as f:
                raw = f.read((1 << 20) + 1)  # a manifest is a few hundred bytes
            if len(raw) > 1 << 20:
                raise ValueError("too large")
            manifest = json.loads(raw.decode("utf-8"))
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise NotABackup("no manifest.json", path=str(backup)) from None
        except (ValueError, RecursionError):
            if looks_ours:
                raise BackupDamaged("the backup's manifest is damaged", path=str(backup)) from None
            raise NotABackup("manifest.json is not ours", path=str(backup)) from None
        fmt = manifest.get("format") if isinstance(manifest, dict) else None
        if fmt != BACKUP_FORMAT:
            if looks_ours and not isinstance(fmt, str):
                raise BackupDamaged("the backup's manifest is damaged", path=str(backup))
            raise NotABackup("unknown backup format", path=str(backup))
        if not (backup / VAULT).is_file():
            raise BackupDamaged("the backup has no vault file", path=str(backup))
        try:
            kf = KeyFile.load(backup / KEYFILE)
        except VaultCorrupt as exc:
            raise BackupDamaged("the backup's key file is damaged", path=str(backup)) from exc

        def attempt() -> bytes:
            key = kf.unlock_key(passphrase, self._device_secret(kf))
            return kf.unwrap("current", key)

        try:
            dek = self._attempt([name, *self._same_device(kf.device_id)], attempt)
            from inspector_desk.storage.vault import verify_copy
            report = verify_copy(backup / VAULT, dek)
        except (BackupDamaged, WrongPassphrase, UnlockThrottled):
            raise
        except (VaultCorrupt, AuditChainBroken) as exc:
            raise BackupDamaged("the backup does not pass its checks", path=str(backup)) from exc
        except VaultError as exc:
            if type(exc) is VaultError:  # "database file is missing" and the like
                raise BackupDamaged("the backup's vault does not open", path=str(backup)) from exc
            raise
        return CheckedBackup(backup, kf, dek, str(manifest.get("created_at", ""))[:64],
                             report.schema_version)

    def _same_device(self, device_id: str) -> list[str]:
        """The local profiles whose key file was made with ``device_id``'s secret."""
        out = []
        for other in self.names():
            try:
                if KeyFile.load(self.folder(other) / KEYFILE).device_id == device_id:
                    out.append(other)
            except VaultCorrupt:
                continue
        return out

    def install_backup(self, name: str, checked: CheckedBackup) -> Path:
        """Put a checked backup in place of the profile's files. The replaced files are
        moved to ``<profile>/before-restore-<time>/`` (returned; it exists only if there were
        files), never deleted; if any step fails they are moved back, byte for byte."""
        kf, dek = checked.keyfile, checked.dek
        folder = private_dir(self.folder(name))
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        kept = folder / f"before-restore-{stamp}"
        n = 1
        while kept.exists():  # a second restore within the same second keeps both copies
            n += 1
            kept = folder / f"before-restore-{stamp}-{n}"
        files = (VAULT, VAULT + "-wal", VAULT + "-shm", KEYFILE)
        tmp = folder / (VAULT + ".restoring")
        moved: list[str] = []
        placed = False
        try:
            with open(checked.path / VAULT, "rb") as src, os.fdopen(open_private(tmp, exclusive=False), "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)  # 0600 from the first byte
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            if any((folder / f).exists() for f in (VAULT, KEYFILE)):
                private_dir(kept)
                for f in files:
                    if (folder / f).exists():
                        os.replace(folder / f, kept / f)
                        moved.append(f)
            placed = True  # from here on every file of the four in the folder is the backup's
            os.replace(tmp, folder / VAULT)
            kf.save(folder / KEYFILE)
            from inspector_desk.storage.vault import Vault
            vault = Vault.open(folder / VAULT, dek)
            try:
                vault.store.append_audit("restore", kf.device_id, "restore", "vault", kf.device_id,
                                         checked.created_at)  # text from a stick, cut to 64
            finally:
                vault.close()
        except BaseException:
            tmp.unlink(missing_ok=True)
            if placed:
                for f in files:
                    (folder / f).unlink(missing_ok=True)
            for f in moved:
                os.replace(kept / f, folder / f)
            if kept.is_dir() and not any(kept.iterdir()):
                kept.rmdir()
            raise
        return kept

    def restore(self, name: str, backup: Path, passphrase: str) -> Path:
        """Replace the profile's vault with a backup, checked in full first
        (:meth:`check_backup`). Returns the folder that keeps the replaced files
        (``before-restore-<time>``; it exists only if the profile had files)."""
        return self.install_backup(name, self.check_backup(name, backup, passphrase))


def _policy() -> ModuleType:
    from inspector_desk.keystore import strength

    return strength


def _session_class() -> type[Session]:
    from inspector_desk.app.session import Session

    return Session
