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

At least :data:`MIN_OFFICERS` officers, each passphrase different and judged by the same
estimator as the inspectors' (keystore/strength.py) at the passphrase-only minimum: an
officer's layer is guessed offline by whoever copies the file. Every age scrypt layer is
written here with the work factor :data:`SCRYPT_LOG_N` (2^20), not the one pyrage would
pick by timing the machine (it chose 2^17 to 2^19); :func:`age_scrypt_encrypt` writes the
standard age format, so ``age -d`` and pyrage still open the files.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.core.passphrase import GuessablePassphrase
from inspector_desk.keystore import strength
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
MIN_OFFICERS = 2
OFFICER_MODE = "passphrase_only"  # the strength an officer's passphrase needs (10^12 guesses)
SCRYPT_LOG_N = 20  # age scrypt work factor of every layer written here: 2^20, 1 GiB, ~3 s


class OfficersTooFew(InspectorDeskError):
    """``keys init`` with fewer than two recovery officers: no dual control."""

    code = "hq_officers_too_few"


class OfficerPassphraseWeak(GuessablePassphrase):
    """A recovery officer's passphrase the estimator finds too easy to guess."""

    code = "hq_officer_passphrase_weak"


class OfficerPassphraseReused(InspectorDeskError):
    """Two officers gave the same passphrase: one person could open both layers."""

    code = "hq_officer_passphrase_reused"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def age_scrypt_encrypt(plaintext: bytes, passphrase: str, log_n: int = SCRYPT_LOG_N) -> bytes:
    """An age v1 file (one scrypt stanza, work factor 2^log_n) of ``plaintext``; standard
    format (c2sp.org/age), opened by pyrage and ``age -d``. pyrage has no way to set the work
    factor, so the header is written here; the payload is age's STREAM (64 KiB chunks)."""
    file_key, salt = secrets.token_bytes(16), secrets.token_bytes(16)
    kek = Scrypt(salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=2 ** log_n, r=8,
                 p=1).derive(passphrase.encode("utf-8"))
    body = ChaCha20Poly1305(kek).encrypt(b"\0" * 12, file_key, None)
    header = f"age-encryption.org/v1\n-> scrypt {_b64(salt)} {log_n}\n{_b64(body)}\n---".encode("ascii")
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)
    mac = hmac.new(mac_key, header, hashlib.sha256).digest()
    nonce = secrets.token_bytes(16)
    payload_key = ChaCha20Poly1305(HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce,
                                        info=b"payload").derive(file_key))
    chunks = [plaintext[i:i + 65536] for i in range(0, len(plaintext), 65536)] or [b""]
    out = [header, b" ", _b64(mac).encode("ascii"), b"\n", nonce]
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        out.append(payload_key.encrypt(n.to_bytes(11, "big") + (b"\1" if last else b"\0"), chunk, None))
    return b"".join(out)


def scrypt_work_factor(age_file: bytes) -> int | None:
    """log2 of the scrypt work factor of a passphrase-encrypted age file (None: not one)."""
    m = re.match(rb"age-encryption\.org/v1\n-> scrypt \S+ (\d{1,2})\n", age_file)
    return int(m.group(1)) if m else None


def check_officers(officer_passphrases: list[str]) -> None:
    """At least two officers, different passphrases, each strong enough (the inspectors'
    estimator, passphrase-only minimum)."""
    if len(officer_passphrases) < MIN_OFFICERS:
        raise OfficersTooFew(f"at least {MIN_OFFICERS} recovery officers are needed",
                             minimum=MIN_OFFICERS, given=len(officer_passphrases))
    if len(set(officer_passphrases)) != len(officer_passphrases):
        raise OfficerPassphraseReused("each recovery officer needs a passphrase of their own")
    for n, p in enumerate(officer_passphrases, 1):
        try:
            strength.check(p, mode=OFFICER_MODE)
        except GuessablePassphrase as exc:
            raise OfficerPassphraseWeak(exc.problems, officer=n, **exc.params) from None


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
    check_officers(officer_passphrases)
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
        sealed = age_scrypt_encrypt(sealed, p)
    write_atomic(home / RECOVERY, sealed)
    write_atomic(home / SECRET, age_scrypt_encrypt(secret, passphrase))
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


__all__ = ["HqKeys", "init_keys", "check_officers", "age_scrypt_encrypt", "scrypt_work_factor", "load_public", "unlock", "unlock_recovery", "fingerprint",
           "key_id"]
