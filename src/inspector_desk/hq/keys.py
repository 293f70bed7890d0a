"""Headquarters' keys, in the headquarters folder (``--home``):

``hq-keys.json``  public: the Ed25519 signing key, the X25519 import recipient (bundles are
                  encrypted to it) and the X25519 recovery recipient (vault-key escrow), with
                  their key ids. Not secret; its ``signing_key_id`` is the fingerprint that
                  inspectors compare when they import their enrolment.
``hq-secret.age`` the signing key, the import identity and the key of the SQLite database,
                  as canonical JSON encrypted with the headquarters passphrase (age scrypt:
                  ``age -d hq-secret.age`` opens it with the standard tool too).
``hq-recovery.age`` the recovery identity, encrypted once per recovery officer, in turn
                  (officer 1's passphrase innermost): every officer must be present to open
                  it (dual control). Keep this file offline; only recovery needs it.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

import pyrage

from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.keystore.signing import SigningKey, key_id
from inspector_desk.paths import private_dir
from inspector_desk.sync.canonical import CanonicalError, b64, canonical, parse_canonical, unb64
from inspector_desk.sync.enrolment import HqPublic, recipient_key_id
from inspector_desk.sync.errors import HqKeysExist, HqKeysMissing, HqPassphraseWrong

PUBLIC = "hq-keys.json"
SECRET = "hq-secret.age"
RECOVERY = "hq-recovery.age"
SECRET_FORMAT = "idesk-hq-secret/1"
MIN_PASSPHRASE = 12


@dataclass
class HqKeys:
    """Headquarters' unlocked working keys (never the recovery key)."""

    public: HqPublic
    signer: SigningKey
    import_identity: pyrage.x25519.Identity
    db_key: bytes


def _check_passphrase(p: str) -> None:
    if len(p) < MIN_PASSPHRASE:
        raise ValueError(f"a headquarters passphrase has at least {MIN_PASSPHRASE} characters")


def init_keys(home: Path, passphrase: str, officer_passphrases: list[str],
              now: dt.datetime) -> HqPublic:
    """Make every headquarters key; refuses to overwrite existing ones."""
    home = Path(home)
    if (home / PUBLIC).exists() or (home / SECRET).exists():
        raise HqKeysExist("headquarters keys already exist here", path=str(home))
    _check_passphrase(passphrase)
    if not officer_passphrases:
        raise ValueError("at least one recovery officer passphrase is needed")
    for p in officer_passphrases:
        _check_passphrase(p)
    private_dir(home)  # 0700; every file in it 0600 (write_atomic)
    signer = SigningKey.generate()
    imp, rec = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    imp_r, rec_r = str(imp.to_public()), str(rec.to_public())
    public = HqPublic(signing_key=b64(signer.public_bytes()), signing_key_id=signer.key_id,
                      import_recipient=imp_r, import_key_id=recipient_key_id(imp_r),
                      recovery_recipient=rec_r, recovery_key_id=recipient_key_id(rec_r))
    secret = canonical({"format": SECRET_FORMAT, "signing_key": b64(signer.private_bytes()),
                        "import_identity": str(imp), "db_key": secrets.token_bytes(32).hex()})
    sealed = str(rec).encode("ascii")
    for p in officer_passphrases:
        sealed = pyrage.passphrase.encrypt(sealed, p)
    write_atomic(home / RECOVERY, sealed)
    write_atomic(home / SECRET, pyrage.passphrase.encrypt(secret, passphrase))
    doc = {"format": "idesk-hq-keys/1", "created_at": now.isoformat(),
           "recovery_officers": len(officer_passphrases), **asdict(public)}
    write_atomic(home / PUBLIC, json.dumps(doc, indent=2, sort_keys=True).encode("utf-8"))
    return public


def load_public(home: Path) -> HqPublic:
    try:
        doc = json.loads((Path(home) / PUBLIC).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HqKeysMissing("no headquarters keys here: run 'inspector-desk-hq keys init'",
                            path=str(home)) from None
    return HqPublic.from_dict({k: doc[k] for k in HqPublic.__dataclass_fields__})


def unlock(home: Path, passphrase: str) -> HqKeys:
    public = load_public(home)
    try:
        plain = pyrage.passphrase.decrypt((Path(home) / SECRET).read_bytes(), passphrase)
    except FileNotFoundError:
        raise HqKeysMissing("the headquarters secret key file is missing", path=str(home)) from None
    except pyrage.DecryptError:
        raise HqPassphraseWrong("wrong headquarters passphrase") from None
    try:
        data = parse_canonical(plain)
        signer = SigningKey.from_private_bytes(unb64(data["signing_key"]))
        identity = pyrage.x25519.Identity.from_str(data["import_identity"])
        db_key = bytes.fromhex(data["db_key"])
    except (CanonicalError, KeyError, ValueError, pyrage.IdentityError) as exc:
        raise HqKeysMissing(f"the headquarters secret key file is damaged ({exc})") from None
    if signer.key_id != public.signing_key_id or \
            recipient_key_id(str(identity.to_public())) != public.import_key_id:
        raise HqKeysMissing("hq-secret.age does not belong to hq-keys.json")
    return HqKeys(public, signer, identity, db_key)


def unlock_recovery(home: Path, officer_passphrases: list[str]) -> pyrage.x25519.Identity:
    """The recovery identity; every officer's passphrase, in the order given at ``init``."""
    public = load_public(home)
    try:
        sealed = (Path(home) / RECOVERY).read_bytes()
    except FileNotFoundError:
        raise HqKeysMissing("the recovery key file is not here (it is kept offline)") from None
    try:
        for p in reversed(officer_passphrases):
            sealed = pyrage.passphrase.decrypt(sealed, p)
        identity = pyrage.x25519.Identity.from_str(sealed.decode("ascii"))
    except Exception:  # noqa: BLE001 - DecryptError, IdentityError, bad text: all the same here
        raise HqPassphraseWrong("the recovery officers' passphrases do not open the recovery key") from None
    if recipient_key_id(str(identity.to_public())) != public.recovery_key_id:
        raise HqKeysMissing("the recovery key does not belong to hq-keys.json")
    return identity


def fingerprint(public: HqPublic) -> str:
    """What an inspector compares at enrolment: the signing key id, in groups of four."""
    k = public.signing_key_id
    return " ".join(k[i:i + 4] for i in range(0, len(k), 4))


__all__ = ["HqKeys", "init_keys", "load_public", "unlock", "unlock_recovery", "fingerprint",
           "key_id"]
