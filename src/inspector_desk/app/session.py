"""An unlocked profile: the vault, its services, and who is working."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from inspector_desk.app.forms_adapter import FormsAdapter
from inspector_desk.core.errors import VaultCorrupt, VaultLocked
from inspector_desk.core.ports import Clock
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.core.services import Actor, DeskService, device_case_prefix
from inspector_desk.keystore.keyfile import KeyFile
from inspector_desk.keystore.signing import SigningKey, b64
from inspector_desk.paths import resource_dir
from inspector_desk.storage.store import VaultStore
from inspector_desk.storage.vault import Vault


@dataclass
class InspectorInfo:
    """Who works with this profile; stored inside the encrypted vault."""

    name: str
    login: str  # the badge number: what the audit log and headquarters know them by
    unit: str = ""
    district: str = ""
    rank: str = ""     # «капитан полиции»: printed with the name on every document
    unit_kk: str = ""  # the unit's name in Kazakh, for documents in Kazakh
    unit_en: str = ""


def load_rules(path: Path | None = None) -> FollowUpRules:
    path = path or resource_dir() / "rules" / "followup.json"
    return FollowUpRules.from_mapping(json.loads(path.read_text(encoding="utf-8")))


class Session:
    """Everything that exists only while the vault is unlocked. ``lock()`` ends it."""

    def __init__(self, vault: Vault, keyfile: KeyFile, inspector: InspectorInfo,
                 clock: Clock, forms: FormsAdapter) -> None:
        self.vault: Vault | None = vault
        self.keyfile = keyfile
        self.inspector = inspector
        self.clock = clock
        store = vault.store
        prefix = store.meta("case_prefix") or device_case_prefix(keyfile.device_id)
        self.actor = Actor(user=inspector.login, device_id=keyfile.device_id, case_prefix=prefix)
        self.forms = forms
        self.service: DeskService | None = DeskService(store, clock, self.actor, load_rules(),
                                                       self.forms)

    @classmethod
    def start(cls, vault: Vault, keyfile: KeyFile, inspector: InspectorInfo | None, clock: Clock,
              forms: FormsAdapter, new_profile: bool = False) -> "Session":
        store = vault.store
        if new_profile:
            assert inspector is not None
            with store.transaction():
                store.set_meta("inspector", json.dumps(asdict(inspector), ensure_ascii=False))
                store.set_meta("device_id", keyfile.device_id)
                store.set_meta("device_signing_key", b64(SigningKey.generate().private_bytes()))
        else:
            inspector = InspectorInfo(**json.loads(store.meta("inspector") or "{}"))
        return cls(vault, keyfile, inspector, clock, forms)

    @property
    def signing_key(self) -> SigningKey:
        """The device's Ed25519 key, from inside the vault."""
        key = self.store.meta("device_signing_key")
        if key is None:  # written with the profile (start): only a damaged vault lacks it
            raise VaultCorrupt("the vault holds no device signing key")
        return SigningKey.from_private_bytes(base64.b64decode(key))

    @property
    def store(self) -> VaultStore:
        if self.vault is None:
            raise VaultLocked("the vault is locked")
        return self.vault.store

    @property
    def services(self) -> DeskService:
        if self.service is None:
            raise VaultLocked("the vault is locked")
        return self.service

    @property
    def locked(self) -> bool:
        return self.vault is None

    def lock(self) -> None:
        """Close the database (SQLCipher wipes its key) and drop every reference to data."""
        if self.vault is not None:
            # Locked even when the audit entry cannot be written (a full disk): the error
            # still reaches the caller, but the session is closed first.
            vault, self.vault, self.service = self.vault, None, None
            try:
                vault.store.append_audit(self.actor.user, self.actor.device_id, "lock",
                                         "vault", self.actor.device_id)
            finally:
                vault.close()
        self.vault = None
        self.service = None
