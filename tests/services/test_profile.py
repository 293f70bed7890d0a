"""Profiles: create, unlock, wrong passphrase, missing device secret, no keyring, backoff,
passphrase change, rekey (and its crash window), backup and restore."""

import hashlib

import keyring.backends.fail
import pytest

from inspector_desk.app.profile import KEYFILE, VAULT, Profiles, backoff_seconds
from inspector_desk.core.errors import (
    DeviceSecretChanged, DeviceSecretMissing, KeyringLocked, KeyringUnavailable, UnlockThrottled,
    VaultExists, WeakPassphrase, WrongPassphrase,
)
from inspector_desk.core.services import PersonInput
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams, KeyFile
from tests.conftest import PASSPHRASE


def digest(folder):
    return {f: hashlib.sha256((folder / f).read_bytes()).hexdigest()
            for f in (VAULT, KEYFILE) if (folder / f).exists()}


def add_person(session, last="Есенова"):
    return session.services.people.add_person(PersonInput(last_name=last, first_name="Гүлнар")).created


def test_create_then_unlock(profiles, session):
    pid = add_person(session)
    session.lock()
    again = profiles.unlock("default", PASSPHRASE)
    assert again.services.people.get_person(pid).first_name == "Гүлнар"
    assert again.inspector.login == "A-1047"
    again.lock()


def test_weak_passphrase_is_refused_and_nothing_is_created(profiles, inspector):
    with pytest.raises(WeakPassphrase):
        profiles.create("default", "short", inspector)
    assert not profiles.folder("default").exists()


def test_existing_profile_is_not_overwritten(profiles, session, inspector):
    with pytest.raises(VaultExists):
        profiles.create("default", PASSPHRASE, inspector)


def test_wrong_passphrase_is_typed_and_changes_nothing(profiles, session):
    add_person(session)
    session.lock()
    before = digest(profiles.folder("default"))
    with pytest.raises(WrongPassphrase):
        profiles.unlock("default", PASSPHRASE + "x")
    assert digest(profiles.folder("default")) == before


def test_missing_device_secret_is_its_own_error(profiles, session, memory_keyring):
    device = session.keyfile.device_id
    session.lock()
    before = digest(profiles.folder("default"))
    memory_keyring.delete_password("inspector-desk", f"device-secret:{device}")
    with pytest.raises(DeviceSecretMissing):
        profiles.unlock("default", PASSPHRASE)
    assert digest(profiles.folder("default")) == before


def test_changed_device_secret_is_told_apart_from_a_wrong_passphrase(profiles, session,
                                                                    memory_keyring):
    """A reset keyring that now holds another secret: its own error, before any key
    derivation, no failed attempt counted, nothing changed; the old entry back opens again."""
    import base64
    import os

    device = session.keyfile.device_id
    session.lock()
    entry = ("inspector-desk", f"device-secret:{device}")
    original = memory_keyring.get_password(*entry)
    memory_keyring.set_password(*entry, base64.b64encode(os.urandom(32)).decode())
    before = digest(profiles.folder("default"))
    for _ in range(5):  # more than the free attempts: still no back-off
        with pytest.raises(DeviceSecretChanged):
            profiles.unlock("default", PASSPHRASE)
    assert digest(profiles.folder("default")) == before
    assert profiles._read_state("default").get("failures", 0) == 0
    memory_keyring.set_password(*entry, original)
    profiles.unlock("default", PASSPHRASE).lock()


class _SilentKeyring(keyring.backends.fail.Keyring):
    """A keyring whose service hangs (a locked Secret Service waiting for a prompt)."""

    priority = 1

    def get_password(self, service, username):
        import time

        time.sleep(3)
        return None


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, _SilentKeyring])
def test_keyring_that_fails_or_hangs_at_unlock(profiles, session, backend, clock, forms):
    """The vault needs the keyring and the keyring errors out or does not answer: a typed
    error within the time limit, no failed attempt counted, nothing changed."""
    import time

    session.lock()
    other = Profiles(profiles.home, KeyringSecrets(backend(), timeout=0.3), clock,
                     kdf=KdfParams.fast_for_tests(), forms=forms)
    before = digest(profiles.folder("default"))
    started = time.monotonic()
    with pytest.raises(KeyringLocked):
        other.unlock("default", PASSPHRASE)
    assert time.monotonic() - started < 2
    assert digest(profiles.folder("default")) == before
    assert other._read_state("default").get("failures", 0) == 0
    profiles.unlock("default", PASSPHRASE).lock()  # with the keyring back, it opens


def test_vault_copied_with_its_key_file_needs_the_device_secret(profiles, session, tmp_path,
                                                               clock, forms):
    """Another computer: the files alone (and the right passphrase) do not open the vault."""
    session.lock()
    other = Profiles(tmp_path / "elsewhere", KeyringSecrets(type(profiles.secrets._backend)()),
                     clock, kdf=KdfParams.fast_for_tests(), forms=forms)
    import shutil
    shutil.copytree(profiles.folder("default"), other.folder("default"))
    with pytest.raises(DeviceSecretMissing):
        other.unlock("default", PASSPHRASE)


def test_no_keyring_needs_explicit_consent(tmp_path, clock, forms, inspector):
    p = Profiles(tmp_path / "home", KeyringSecrets(keyring.backends.fail.Keyring()), clock,
                 kdf=KdfParams.fast_for_tests(), forms=forms)
    with pytest.raises(KeyringUnavailable):
        p.create("default", PASSPHRASE, inspector)
    assert not (p.folder("default") / VAULT).exists()
    # passphrase alone: the policy asks for 10^12 guesses (docs/passphrase.md)
    only = "аспан жылқы терезе бұлт"
    s = p.create("default", only, inspector, allow_passphrase_only=True)
    assert s.keyfile.mode == "passphrase_only"
    s.lock()
    p.unlock("default", only).lock()
    text = (p.folder("default") / KEYFILE).read_text()
    assert "passphrase_only" in text


def test_backoff_grows_after_failures(profiles, session, clock):
    session.lock()
    assert [backoff_seconds(n) for n in range(1, 8)] == [0, 0, 1, 2, 4, 8, 16]
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            profiles.unlock("default", "not the passphrase")
    with pytest.raises(UnlockThrottled) as exc:
        profiles.unlock("default", PASSPHRASE)
    assert exc.value.params["retry_after"] >= 1
    clock.advance(seconds=2)
    profiles.unlock("default", PASSPHRASE).lock()
    # success resets the count
    with pytest.raises(WrongPassphrase):
        profiles.unlock("default", "not the passphrase")
    profiles.unlock("default", PASSPHRASE).lock()


def test_change_passphrase_rewraps_only(profiles, session):
    pid = add_person(session)
    session.lock()
    vault_before = hashlib.sha256((profiles.folder("default") / VAULT).read_bytes()).hexdigest()
    profiles.change_passphrase("default", PASSPHRASE, "сирень трамвай медведь окно")
    assert hashlib.sha256((profiles.folder("default") / VAULT).read_bytes()).hexdigest() == vault_before
    with pytest.raises(WrongPassphrase):
        profiles.unlock("default", PASSPHRASE)
    s = profiles.unlock("default", "сирень трамвай медведь окно")
    assert s.services.people.get_person(pid)
    s.lock()


def test_rekey_changes_the_database_key(profiles, session):
    pid = add_person(session)
    old = dict(session.keyfile.wraps)
    profiles.rekey(session, "default", PASSPHRASE)
    session.lock()
    kf = KeyFile.load(profiles.folder("default") / KEYFILE)
    assert kf.wraps["current"] != old["current"] and "pending" not in kf.wraps
    s = profiles.unlock("default", PASSPHRASE)
    assert s.services.people.get_person(pid)
    assert s.vault.doctor().ok
    s.lock()


def test_interrupted_rekey_opens_with_the_pending_key(profiles, session):
    """Crash after re-encryption but before the key file switched over."""
    pid = add_person(session)
    folder = profiles.folder("default")
    kf = KeyFile.load(folder / KEYFILE)
    key = kf.unlock_key(PASSPHRASE, profiles.secrets.get(kf.device_id))
    import secrets as _s
    new_dek = _s.token_bytes(32)
    kf.wrap("pending", new_dek, key)
    kf.save(folder / KEYFILE)
    session.vault.rekey(new_dek)
    session.lock()  # "crash": the key file still names the old key as current
    s = profiles.unlock("default", PASSPHRASE)
    assert s.services.people.get_person(pid)
    s.lock()
    healed = KeyFile.load(folder / KEYFILE)
    assert "pending" not in healed.wraps


def test_interrupted_rekey_before_reencryption_opens_with_the_current_key(profiles, session):
    pid = add_person(session)
    folder = profiles.folder("default")
    kf = KeyFile.load(folder / KEYFILE)
    key = kf.unlock_key(PASSPHRASE, profiles.secrets.get(kf.device_id))
    import secrets as _s
    kf.wrap("pending", _s.token_bytes(32), key)
    kf.save(folder / KEYFILE)
    session.lock()
    s = profiles.unlock("default", PASSPHRASE)
    assert s.services.people.get_person(pid)
    s.lock()


def test_backup_and_restore(profiles, session, tmp_path):
    pid = add_person(session, "Бекенова")
    info = profiles.backup(session, "default", PASSPHRASE, tmp_path)
    assert info.path.name.endswith(".idbackup")
    data = (info.path / VAULT).read_bytes()
    assert b"SQLite format 3" not in data and "Бекенова".encode() not in data
    # Work goes on, then the laptop's vault is lost and restored from the backup.
    later = add_person(session, "Позднее")
    session.lock()
    (profiles.folder("default") / VAULT).write_bytes(b"\0" * 4096)
    kept = profiles.restore("default", info.path, PASSPHRASE)
    assert (kept / VAULT).exists()  # the damaged file is kept, never deleted
    s = profiles.unlock("default", PASSPHRASE)
    assert s.services.people.get_person(pid).last_name == "Бекенова"
    from inspector_desk.core.errors import NotFound
    with pytest.raises(NotFound):
        s.services.people.get_person(later)
    assert s.vault.doctor().ok
    s.lock()


def test_restore_with_wrong_passphrase_changes_nothing(profiles, session, tmp_path):
    info = profiles.backup(session, "default", PASSPHRASE, tmp_path)
    session.lock()
    before = digest(profiles.folder("default"))
    with pytest.raises(WrongPassphrase):
        profiles.restore("default", info.path, "wrong passphrase!!")
    assert digest(profiles.folder("default")) == before
