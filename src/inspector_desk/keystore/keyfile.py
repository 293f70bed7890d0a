"""The key file: the vault's database key, wrapped, and everything needed to unwrap it.

::

    passphrase ──Argon2id(salt, m, t, p)──► K_pass
    OS keyring ──► K_dev (32 random bytes per install)
    K_unlock = HKDF-SHA256(K_pass ‖ K_dev, salt=hkdf_salt, info="idesk/unlock/v1")
    DEK (32 random bytes, SQLCipher raw key) ──ChaCha20-Poly1305(K_unlock, aad=header)──► wrap

In passphrase-only mode (no usable keyring, accepted knowingly) K_dev is absent and the
Argon2id cost is higher. The header (format, device id, mode, KDF parameters, salts) is the
AEAD's associated data, so changing any parameter in the file makes unwrapping fail rather
than quietly weakening it. The file holds nothing secret in plain text, is replaced
atomically (write, fsync, rename, fsync the folder) and is readable by its user alone (0600).

While the database key is being rotated, the file carries a ``pending`` wrap of the new key
next to the current one, so a crash at any moment leaves a vault that opens with exactly one
of them (see :func:`KeyFile.unwrap_any`).
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# cryptography is imported where a key is derived or (un)wrapped, not with this module: the
# unlock window reads the key file's mode before anyone types (docs/performance.md, cold start).

from inspector_desk.core.errors import (
    DeviceSecretChanged, StorageFull, VaultCorrupt, WrongPassphrase, is_disk_full,
)
from inspector_desk.paths import write_private

FORMAT = "inspector-desk-keyfile/1"
MODES = ("keyring", "passphrase_only")
INFO_UNLOCK = b"idesk/unlock/v1"
INFO_SECRET_CHECK = b"idesk/device-secret-check/v1"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. Defaults take about 0.25 s on a current laptop (measured 0.24 s
    on the 2-core CI machine); passphrase-only mode doubles the memory and adds a pass."""

    memory_kib: int = 128 * 1024
    iterations: int = 3
    lanes: int = 4
    salt: str = ""

    @classmethod
    def for_mode(cls, mode: str) -> "KdfParams":
        if mode == "passphrase_only":
            return cls(memory_kib=256 * 1024, iterations=3, salt=b64(secrets.token_bytes(16)))
        return cls(salt=b64(secrets.token_bytes(16)))

    @classmethod
    def fast_for_tests(cls) -> "KdfParams":
        """Cheap parameters that only tests may use (the cost is stored in the file, so a
        vault made with them stays cheap to attack: never use outside tests)."""
        return cls(memory_kib=8 * 1024, iterations=1, lanes=1, salt=b64(secrets.token_bytes(16)))

    def derive(self, passphrase: str) -> bytes:
        if self.memory_kib < 8 * 1024 or self.iterations < 1:
            raise VaultCorrupt("key file KDF parameters are below the minimum")
        if self.memory_kib > 1024 * 1024 or self.iterations > 10 or not 1 <= self.lanes <= 64:
            # A tampered key file must not make the unlock allocate terabytes or run for hours.
            raise VaultCorrupt("key file KDF parameters are out of range")
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(salt=unb64(self.salt), length=32, iterations=self.iterations,
                        lanes=self.lanes, memory_cost=self.memory_kib).derive(passphrase.encode("utf-8"))


@dataclass
class KeyFile:
    device_id: str
    mode: str
    kdf: KdfParams
    hkdf_salt: str
    wraps: dict[str, dict[str, str]] = field(default_factory=dict)
    # Filled by the sync issue: the DEK wrapped to headquarters' recovery key, and HQ key pins.
    escrow: dict[str, Any] = field(default_factory=dict)
    format: str = FORMAT
    # 8 bytes of HMAC-SHA256(K_dev, INFO_SECRET_CHECK): tells "the keyring holds another
    # secret" from "wrong passphrase" without running the KDF or counting a failure. Says
    # nothing useful about a 256-bit random secret. Outside the header: files made before it
    # existed keep opening (and gain it at their next rewrite).
    secret_check: str = ""

    # --- derivation --------------------------------------------------------------------

    def header(self) -> bytes:
        """Associated data binding every parameter to the wrapped key."""
        h = {"format": self.format, "device_id": self.device_id, "mode": self.mode,
             "kdf": asdict(self.kdf), "hkdf_salt": self.hkdf_salt}
        return json.dumps(h, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def unlock_key(self, passphrase: str, device_secret: bytes | None) -> bytes:
        if self.mode == "keyring":
            if device_secret is None or len(device_secret) != 32:
                raise ValueError("this key file needs the 32-byte device secret")
            check = secret_check(device_secret)
            if self.secret_check and not hmac.compare_digest(check, self.secret_check):
                raise DeviceSecretChanged("the OS keyring holds another device secret than the one "
                                          "this vault was made with", device_id=self.device_id)
            self.secret_check = check
        k_pass = self.kdf.derive(passphrase)
        if self.mode == "keyring":
            assert device_secret is not None
            material = k_pass + device_secret
        else:
            material = k_pass
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(algorithm=hashes.SHA256(), length=32, salt=unb64(self.hkdf_salt),
                    info=INFO_UNLOCK).derive(material)

    # --- wrapping ------------------------------------------------------------------------

    def wrap(self, slot: str, dek: bytes, unlock_key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        nonce = secrets.token_bytes(12)
        ct = ChaCha20Poly1305(unlock_key).encrypt(nonce, dek, self.header() + slot.encode())
        self.wraps[slot] = {"nonce": b64(nonce), "ct": b64(ct)}

    def unwrap(self, slot: str, unlock_key: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        w = self.wraps.get(slot)
        if w is None:
            raise VaultCorrupt(f"the key file has no '{slot}' key")
        try:
            return ChaCha20Poly1305(unlock_key).decrypt(unb64(w["nonce"]), unb64(w["ct"]),
                                                        self.header() + slot.encode())
        except InvalidTag:
            raise WrongPassphrase("the passphrase (or the device secret) does not open this vault") from None
        except (KeyError, TypeError, ValueError, AttributeError):  # bad base64, nonce size, shape
            raise VaultCorrupt(f"the key file's '{slot}' key is damaged") from None

    def unwrap_any(self, unlock_key: bytes) -> list[tuple[str, bytes]]:
        """The current key, and a pending one if a key rotation was interrupted."""
        out = [("current", self.unwrap("current", unlock_key))]
        if "pending" in self.wraps:
            out.append(("pending", self.unwrap("pending", unlock_key)))
        return out

    # --- files ---------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "KeyFile":
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            if data.get("format") != FORMAT:
                raise VaultCorrupt("unknown key file format", found=str(data.get("format")))
            kf = cls(device_id=data["device_id"], mode=data["mode"], kdf=KdfParams(**data["kdf"]),
                     hkdf_salt=data["hkdf_salt"], wraps=data["wraps"],
                     escrow=data.get("escrow", {}), format=data["format"],
                     secret_check=str(data.get("secret_check", "")))
            # The shape of every field, so that a damaged file is refused here and not later.
            if not isinstance(kf.device_id, str) or not isinstance(kf.wraps, dict) \
                    or not isinstance(kf.escrow, dict) or not all(isinstance(w, dict) for w in kf.wraps.values()) \
                    or not all(type(n) is int for n in (kf.kdf.memory_kib, kf.kdf.iterations, kf.kdf.lanes)) \
                    or not kf.secret_check.isascii() or len(unb64(kf.kdf.salt)) < 8:
                raise TypeError("wrong field types")
            unb64(kf.kdf.salt), unb64(kf.hkdf_salt)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise VaultCorrupt("the key file is damaged", reason=type(exc).__name__) from None
        if kf.mode not in MODES:
            raise VaultCorrupt("the key file names an unknown mode")
        return kf

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            with open(path, "rb") as f:
                data = f.read((1 << 20) + 1)  # a key file is a few KiB: never read a huge one whole
        except FileNotFoundError:
            raise VaultCorrupt("the key file is missing", path=str(path)) from None
        try:
            if len(data) > 1 << 20:
                raise ValueError("too large")
            return cls.from_json(data.decode("utf-8"))
        except ValueError:  # too large, or not UTF-8
            raise VaultCorrupt("the key file is damaged", path=str(path)) from None

    def save(self, path: Path) -> None:
        write_atomic(Path(path), self.to_json().encode("utf-8"))


def secret_check(device_secret: bytes) -> str:
    return b64(hmac.new(device_secret, INFO_SECRET_CHECK, "sha256").digest()[:8])


def new_keyfile(device_id: str, mode: str, kdf: KdfParams | None = None) -> KeyFile:
    if mode not in MODES:
        raise ValueError(mode)
    return KeyFile(device_id=device_id, mode=mode, kdf=kdf or KdfParams.for_mode(mode),
                   hkdf_salt=b64(secrets.token_bytes(16)))


def write_atomic(path: Path, data: bytes) -> None:
    """Write a small file so that a crash leaves the old or the new content, never a mix;
    the file is 0600 from its first byte (paths.write_private)."""
    try:
        write_private(Path(path), data)
    except OSError as exc:
        if is_disk_full(exc):
            raise StorageFull("the disk is full: the file was not changed; free some space and "
                              "try again", file=Path(path).name) from exc
        raise
