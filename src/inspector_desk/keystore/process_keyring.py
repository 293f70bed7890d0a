"""A keyring that lives in this process only: where a throwaway device secret is kept by the
self-test (selftest.py) and the headquarters demo's laptops (hqdesk/demo.py).

Hand it to ``KeyringSecrets(backend=...)`` (keystore/device_secret.py). Deliberately not a
``keyring.backend.KeyringBackend`` subclass: those register themselves process-wide and could
be picked as the machine's default keyring; this one is used only where it is handed in, and
its secrets die with the process.
"""

from __future__ import annotations


class ProcessKeyring:
    """The three calls of a keyring backend over a dict."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


__all__ = ["ProcessKeyring"]
