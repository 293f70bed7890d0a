"""The device secret in the OS keyring.

The secret is 32 random bytes per installation, kept by the OS keyring (Windows Credential
Locker, macOS Keychain, Secret Service, KWallet) and never written anywhere else. Every call
runs off the caller's thread with a time limit (a locked Secret Service may block forever),
every write is read back (the ``Null`` backend silently drops writes), and the ``fail`` and
``Null`` backends count as "no keyring".
"""

from __future__ import annotations

import base64
import concurrent.futures
from typing import Any, Callable, Protocol, TypeVar

from inspector_desk.core.errors import KeyringUnavailable

SERVICE = "inspector-desk"
TIMEOUT_S = 5.0
T = TypeVar("T")


class SecretStore(Protocol):
    """Where the device secret lives. Tests use the real adapter over a keyring backend."""

    def available(self) -> tuple[bool, str]: ...
    def put(self, device_id: str, secret: bytes) -> None: ...
    def get(self, device_id: str) -> bytes | None: ...
    def delete(self, device_id: str) -> None: ...


def _username(device_id: str) -> str:
    return f"device-secret:{device_id}"


class KeyringSecrets:
    """SecretStore over the ``keyring`` package (the default backend, or one handed in)."""

    def __init__(self, backend: Any | None = None, timeout: float = TIMEOUT_S) -> None:
        self._backend = backend
        self._timeout = timeout

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        backend = keyring.get_keyring()
        # Windows: keep the secret on this machine; the default persistence roams.
        if hasattr(backend, "persist"):
            try:
                backend.persist = "local machine"
            except Exception:  # noqa: BLE001 - an older backend without the setting
                pass
        return backend

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
        try:
            return pool.submit(fn, *args).result(timeout=self._timeout)
        except concurrent.futures.TimeoutError:
            raise KeyringUnavailable("the OS keyring did not answer in time (is it locked?)") from None
        except KeyringUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - every backend error means "not usable"
            raise KeyringUnavailable(f"the OS keyring failed: {type(exc).__name__}") from None
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def available(self) -> tuple[bool, str]:
        """(usable, backend name). ``fail`` and ``Null`` backends are not usable."""
        try:
            backend = self._call(self._keyring)
        except KeyringUnavailable as exc:
            return False, str(exc)
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        module = type(backend).__module__
        if module.endswith(("backends.fail", "backends.null")) or getattr(backend, "priority", 1) <= 0:
            return False, name
        return True, name

    def put(self, device_id: str, secret: bytes) -> None:
        ok, name = self.available()
        if not ok:
            raise KeyringUnavailable("no usable OS keyring", backend=name)
        value = base64.b64encode(secret).decode("ascii")
        kr = self._keyring()
        self._call(kr.set_password, SERVICE, _username(device_id), value)
        if self._call(kr.get_password, SERVICE, _username(device_id)) != value:
            raise KeyringUnavailable("the OS keyring did not keep the secret", backend=name)

    def get(self, device_id: str) -> bytes | None:
        kr = self._keyring()
        value = self._call(kr.get_password, SERVICE, _username(device_id))
        if value is None:
            return None
        try:
            secret = base64.b64decode(value, validate=True)
        except ValueError:
            return None
        return secret if len(secret) == 32 else None

    def delete(self, device_id: str) -> None:
        kr = self._keyring()
        try:
            self._call(kr.delete_password, SERVICE, _username(device_id))
        except KeyringUnavailable:
            pass
