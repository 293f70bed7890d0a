"""Restore (issue 13, items 8 and 9): the backup is checked in full before anything of the
profile is touched; "not a backup" and "damaged" are told apart; a wrong passphrase counts
against the back-off like any other attempt and a waiting profile refuses the restore; every
failure leaves the profile's files byte-identical; success says where the old files went.

Real vault files in tmp_path, the real keyring backend class (in memory), cheap KDF."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil

import pytest

from inspector_desk.app.core import AppCore
from inspector_desk.app.profile import KEYFILE, UNLOCK_STATE, VAULT, Profiles
from inspector_desk.core.errors import (
    BackupDamaged, NotABackup, UnlockThrottled, VaultCorrupt, WrongPassphrase,
)
from inspector_desk.core.services import PersonInput
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring

WRONG = "Жаз-2026-Астана?"


def files_of(folder):
    """Every file of the profile but the back-off counter, with its bytes' digest."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != UNLOCK_STATE}


def add_person(session, last):
    return session.services.people.add_person(PersonInput(last_name=last, first_name="Гүлнар")).created


@pytest.fixture
def backup(profiles, session, tmp_path):
    """A backup holding one person; afterwards the live vault gains a second one."""
    add_person(session, "Бекенова")
    info = profiles.backup(session, "default", PASSPHRASE, tmp_path / "stick")
    add_person(session, "Позднее")
    session.lock()
    return info.path


def copy_of(backup, tmp_path, name="copy.idbackup"):
    target = tmp_path / "copies" / name
    shutil.copytree(backup, target)
    return target


def failures(profiles, name="default"):
    return profiles._read_state(name).get("failures", 0)


def test_not_a_backup_is_told_apart_and_changes_nothing(profiles, backup, tmp_path):
    folder = profiles.folder("default")
    before = files_of(folder)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a backup")
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other-program"
    other.mkdir()
    (other / "manifest.json").write_text(json.dumps({"format": "something-else/3"}))
    for path in (a_file, empty, other, tmp_path / "missing"):
        with pytest.raises(NotABackup):
            profiles.restore("default", path, PASSPHRASE)
    assert files_of(folder) == before
    assert failures(profiles) == 0  # no passphrase was tried


@pytest.mark.parametrize("damage", ["vault_garbage", "vault_missing", "vault_truncated",
                                    "keyfile_json", "keyfile_missing", "keyfile_kdf", "manifest"])
def test_damaged_backup_is_its_own_error_and_changes_nothing(profiles, backup, tmp_path, damage):
    copy = copy_of(backup, tmp_path)
    if damage == "vault_garbage":
        (copy / VAULT).write_bytes(os.urandom(8192))
    elif damage == "vault_missing":
        (copy / VAULT).unlink()
    elif damage == "vault_truncated":
        data = (copy / VAULT).read_bytes()
        (copy / VAULT).write_bytes(data[: len(data) // 2])
    elif damage == "keyfile_json":
        (copy / KEYFILE).write_text((copy / KEYFILE).read_text()[:40])
    elif damage == "keyfile_missing":
        (copy / KEYFILE).unlink()
    elif damage == "keyfile_kdf":
        kf = json.loads((copy / KEYFILE).read_text())
        kf["kdf"]["memory_kib"] = 1 << 30  # a tampered cost: refused, never run
        (copy / KEYFILE).write_text(json.dumps(kf))
    else:
        (copy / "manifest.json").write_text("{ not json")
    folder = profiles.folder("default")
    before = files_of(folder)
    with pytest.raises(BackupDamaged) as exc:
        profiles.restore("default", copy, PASSPHRASE)
    assert exc.value.code == "backup_damaged"
    assert not isinstance(exc.value, NotABackup)
    assert files_of(folder) == before
    assert failures(profiles) == 0


def test_wrong_passphrase_is_counted_and_then_throttled(profiles, backup, clock):
    folder = profiles.folder("default")
    before = files_of(folder)
    for n in range(1, 4):
        with pytest.raises(WrongPassphrase):
            profiles.restore("default", backup, WRONG)
        assert failures(profiles) == n
    # The profile now waits: restore refuses before any key derivation, even the right
    # passphrase, and so does unlock (one counter for every attempt).
    with pytest.raises(UnlockThrottled) as exc:
        profiles.restore("default", backup, PASSPHRASE)
    assert exc.value.params["retry_after"] >= 1
    with pytest.raises(UnlockThrottled):
        profiles.unlock("default", PASSPHRASE)
    assert failures(profiles) == 3  # a refused attempt is not another failure
    assert files_of(folder) == before
    clock.advance(seconds=2)
    kept = profiles.restore("default", backup, PASSPHRASE)
    assert kept.is_dir() and failures(profiles) == 0  # the right passphrase clears the count


def test_unlock_failures_throttle_restore(profiles, backup):
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            profiles.unlock("default", WRONG)
    with pytest.raises(UnlockThrottled):
        profiles.restore("default", backup, PASSPHRASE)


def test_restoring_into_another_profile_name_counts_against_the_device(profiles, backup):
    """A fresh profile name is no fresh counter: the guess is against the same device
    secret, so it also counts against the profile made with it."""
    for name in ("x1", "x2", "x3"):
        with pytest.raises(WrongPassphrase):
            profiles.restore(name, backup, WRONG)
    assert failures(profiles, "default") == 3
    with pytest.raises(UnlockThrottled):
        profiles.restore("x4", backup, PASSPHRASE)
    with pytest.raises(UnlockThrottled):
        profiles.unlock("default", PASSPHRASE)


def test_every_passphrase_path_counts(profiles, session, tmp_path):
    """backup, change_passphrase and rekey take a passphrase: each wrong one counts."""
    with pytest.raises(WrongPassphrase):
        profiles.backup(session, "default", WRONG, tmp_path)
    with pytest.raises(WrongPassphrase):
        profiles.change_passphrase("default", WRONG, "ql8Vz-Рт3ш-Ұх9q-Pw2m")
    with pytest.raises(WrongPassphrase):
        profiles.rekey(session, "default", WRONG)
    assert failures(profiles) == 3
    with pytest.raises(UnlockThrottled):
        profiles.backup(session, "default", PASSPHRASE, tmp_path)
    assert not list(tmp_path.glob("*.idbackup"))


class WatchingKeyring(MemoryKeyring):
    """The real in-memory backend, which also notes the back-off count each time the
    program reads the device secret (that is, in the middle of a passphrase attempt)."""

    def __init__(self, state_file):
        super().__init__()
        self.state_file = state_file
        self.seen: list[int] = []

    def get_password(self, service, username):
        self.seen.append(json.loads(self.state_file.read_text()).get("failures", 0)
                         if self.state_file.exists() else 0)
        return super().get_password(service, username)


def test_an_attempt_is_counted_before_it_runs(tmp_path, clock, forms, inspector):
    """Killing the program during the key derivation must not give a free guess: the
    failure is on disk before the attempt starts, and taken back only by the right one."""
    home = tmp_path / "home"
    ring = WatchingKeyring(home / "profiles" / "default" / UNLOCK_STATE)
    p = Profiles(home, KeyringSecrets(ring), clock, kdf=KdfParams.fast_for_tests(), forms=forms)
    s = p.create("default", PASSPHRASE, inspector)
    info = p.backup(s, "default", PASSPHRASE, tmp_path / "stick")
    s.lock()
    ring.seen.clear()
    with pytest.raises(WrongPassphrase):
        p.restore("default", info.path, WRONG)
    with pytest.raises(WrongPassphrase):
        p.unlock("default", WRONG)
    p.restore("default", info.path, PASSPHRASE)
    assert ring.seen[:3] == [1, 2, 3]  # each attempt ran with its failure already written
    assert p._read_state("default")["failures"] == 0


def test_success_keeps_the_previous_files_and_says_where(profiles, backup, tmp_path):
    folder = profiles.folder("default")
    old = {f: (folder / f).read_bytes() for f in (VAULT, KEYFILE)}
    kept = profiles.restore("default", backup, PASSPHRASE)
    assert kept.parent == folder and kept.name.startswith("before-restore-")
    assert {f: (kept / f).read_bytes() for f in (VAULT, KEYFILE)} == old
    s = profiles.unlock("default", PASSPHRASE)
    try:
        assert s.vault.doctor().ok
        assert s.store.conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
    finally:
        s.lock()
    again = profiles.restore("default", backup, PASSPHRASE)  # same second: a second folder
    assert again != kept and again.is_dir() and kept.is_dir()


def test_a_failure_while_replacing_puts_every_file_back(profiles, backup):
    """The checks passed, then opening the placed copy fails (here: a key that does not fit
    it): the previous files return byte for byte and no before-restore folder is left."""
    folder = profiles.folder("default")
    before = files_of(folder)
    checked = profiles.check_backup("default", backup, PASSPHRASE)
    broken = dataclasses.replace(checked, dek=os.urandom(32))
    with pytest.raises(VaultCorrupt):
        profiles.install_backup("default", broken)
    assert files_of(folder) == before
    assert not list(folder.glob("before-restore-*"))
    profiles.unlock("default", PASSPHRASE).lock()


def test_core_restore_keeps_the_session_open_on_failure(profiles, backup, tmp_path):
    core = AppCore(profiles, "default")
    core.unlock(PASSPHRASE)
    count = lambda: core.session.store.conn.execute("SELECT count(*) FROM persons").fetchone()[0]  # noqa: E731
    rows = count()
    assert rows == 2
    damaged = copy_of(backup, tmp_path)
    (damaged / VAULT).write_bytes(os.urandom(4096))
    for path, passphrase, error in ((tmp_path, PASSPHRASE, NotABackup),
                                    (damaged, PASSPHRASE, BackupDamaged),
                                    (backup, WRONG, WrongPassphrase)):
        generation = core.generation
        with pytest.raises(error):
            core.restore(path, passphrase)
        assert core.unlocked and core.generation == generation and count() == rows
    kept = core.restore(backup, PASSPHRASE)
    assert core.unlocked and count() == 1  # the restored vault, open
    assert (kept / VAULT).exists()
    core.lock()
