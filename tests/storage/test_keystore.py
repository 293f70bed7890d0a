"""The key file and the keyring adapter, with real keyring backend classes."""

import secrets

import keyring.backends.fail
import keyring.backends.null
import pytest

from inspector_desk.core.errors import DeviceSecretChanged, KeyringUnavailable, VaultCorrupt, WrongPassphrase
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams, KeyFile, new_keyfile


def make(mode="keyring"):
    return new_keyfile("dev-1", mode, KdfParams.fast_for_tests())


def test_wrap_and_unwrap_needs_passphrase_and_device_secret():
    kf = make()
    dek, dev = secrets.token_bytes(32), secrets.token_bytes(32)
    kf.wrap("current", dek, kf.unlock_key("correct horse battery", dev))
    again = KeyFile.from_json(kf.to_json())
    assert again.unwrap("current", again.unlock_key("correct horse battery", dev)) == dek
    with pytest.raises(WrongPassphrase):
        again.unwrap("current", again.unlock_key("wrong horse battery", dev))
    with pytest.raises(DeviceSecretChanged):  # told apart before the KDF runs
        again.unlock_key("correct horse battery", secrets.token_bytes(32))
    older = KeyFile.from_json(kf.to_json().replace(kf.secret_check, ""))  # made before the check
    with pytest.raises(WrongPassphrase):
        older.unwrap("current", older.unlock_key("correct horse battery", secrets.token_bytes(32)))


def test_passphrase_only_mode_needs_no_device_secret():
    kf = make("passphrase_only")
    dek = secrets.token_bytes(32)
    kf.wrap("current", dek, kf.unlock_key("correct horse battery", None))
    assert kf.unwrap("current", kf.unlock_key("correct horse battery", None)) == dek


def test_editing_kdf_parameters_in_the_file_breaks_the_wrap():
    kf = make()
    dek, dev = secrets.token_bytes(32), secrets.token_bytes(32)
    kf.wrap("current", dek, kf.unlock_key("correct horse battery", dev))
    text = kf.to_json().replace('"iterations": 1', '"iterations": 2')
    weakened = KeyFile.from_json(text)
    with pytest.raises(WrongPassphrase):
        weakened.unwrap("current", weakened.unlock_key("correct horse battery", dev))


def test_the_key_file_holds_no_secret_in_plain_text():
    kf = make()
    dek, dev = secrets.token_bytes(32), secrets.token_bytes(32)
    kf.wrap("current", dek, kf.unlock_key("correct horse battery", dev))
    text = kf.to_json()
    for secret in (dek, dev):
        assert secret.hex() not in text
        import base64
        assert base64.b64encode(secret).decode() not in text
    assert "correct horse" not in text


@pytest.mark.parametrize("text", ["", "{}", '{"format": "other"}', "not json",
                                  '{"format": "inspector-desk-keyfile/1"}'])
def test_damaged_key_file_is_a_clear_error(text):
    with pytest.raises(VaultCorrupt):
        KeyFile.from_json(text)


def test_keyring_round_trip(memory_keyring):
    store = KeyringSecrets(memory_keyring)
    assert store.available()[0]
    secret = secrets.token_bytes(32)
    store.put("dev-1", secret)
    assert store.get("dev-1") == secret
    store.delete("dev-1")
    assert store.get("dev-1") is None


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],
                         ids=["fail", "null"])
def test_fail_and_null_backends_count_as_no_keyring(backend):
    store = KeyringSecrets(backend)
    usable, name = store.available()
    assert not usable
    with pytest.raises(KeyringUnavailable):
        store.put("dev-1", secrets.token_bytes(32))


def test_a_backend_that_drops_writes_is_caught_by_the_read_back(memory_keyring):
    class Forgetful(type(memory_keyring)):
        def set_password(self, service, username, password):
            pass  # like the Null backend, but claiming a positive priority

    with pytest.raises(KeyringUnavailable, match="did not keep"):
        KeyringSecrets(Forgetful()).put("dev-1", secrets.token_bytes(32))


def test_a_hanging_keyring_times_out(memory_keyring):
    import threading

    gate = threading.Event()

    class Hanging(type(memory_keyring)):
        def get_password(self, service, username):
            gate.wait(5)
            return None

    try:
        with pytest.raises(KeyringUnavailable, match="did not answer"):
            KeyringSecrets(Hanging(), timeout=0.2).get("dev-1")
    finally:
        gate.set()
