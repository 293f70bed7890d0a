"""Passphrase recovery through headquarters (SECURITY.md §3, T15): the database key is
escrowed at enrolment and follows every key change; recovery needs headquarters' recovery
key (every officer) and the laptop's device secret, works without the forgotten
passphrase, rotates the database key and is audited (tests/sync/test_recovery_binding.py:
what it refuses)."""

from __future__ import annotations

import pytest

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.errors import VaultCorrupt, WrongPassphrase
from inspector_desk.core.records import Person
from inspector_desk.hq import devices, recovery
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.storage.vault import Vault
from inspector_desk.sync.canonical import parse_canonical
from inspector_desk.sync.errors import RecoveryRejected
from inspector_desk.sync.escrow import make_response, open_on_device, read_request, unwrap_escrow
from tests.sync.fixtures import PASSPHRASE

NEW = "Күз-2027-Қостанай!"


def test_escrow_is_written_once_enrolled_and_follows_rekey(sqlite_hub, make_device, recovery_identity):
    hub = sqlite_hub
    s = make_device()
    profiles = s.profiles
    assert profiles.load_keyfile("default").escrow == {}
    hub.enrol(s, "K7QM")  # no passphrase given: the escrow is owed until the next unlock
    assert profiles.load_keyfile("default").escrow == {}
    s.lock()
    s = profiles.unlock("default", PASSPHRASE)
    escrow = profiles.load_keyfile("default").escrow
    device_id, box = unwrap_escrow(escrow["wraps"]["current"], recovery_identity)
    assert device_id == s.actor.device_id
    dek = open_on_device(box, _secret(profiles), device_id)
    Vault.open(profiles.folder("default") / "vault.db", dek).close()  # the escrowed key opens it
    profiles.change_passphrase("default", PASSPHRASE, NEW)  # a new passphrase keeps the escrow
    assert profiles.load_keyfile("default").escrow == escrow
    profiles.change_passphrase("default", NEW, PASSPHRASE)
    profiles.rekey(s, "default", PASSPHRASE)
    after = profiles.load_keyfile("default").escrow
    assert set(after["wraps"]) == {"current"} and after["check"] != escrow["check"]
    new_dek = open_on_device(unwrap_escrow(after["wraps"]["current"], recovery_identity)[1],
                             _secret(profiles), device_id)
    assert new_dek != dek
    s.lock()
    with pytest.raises(VaultCorrupt):
        Vault.open(profiles.folder("default") / "vault.db", dek)
    Vault.open(profiles.folder("default") / "vault.db", new_dek).close()


def _secret(profiles):
    return profiles._device_secret(profiles.load_keyfile("default"))


def test_recovery_without_passphrase(sqlite_hub, make_device, recovery_identity, tmp_path, clock):
    hub = sqlite_hub
    s = make_device()
    profiles = s.profiles
    sync.import_enrolment(s, _enrolment(hub, s, tmp_path), profiles=profiles, passphrase=PASSPHRASE,
                          expect_hq_key_id=hub.keys.public.signing_key_id)
    generate(s, households=2, seed=3)
    people = sorted(p.id for p in s.store.find(Person))
    device_id = s.actor.device_id
    s.lock()
    device_secret = _secret(profiles)
    request = sync.recovery_request(profiles, "default", NEW, tmp_path)
    body = read_request(request.read_bytes(), clock.now())
    assert body["device_id"] == device_id
    # Headquarters, with every officer's key share, answers.
    _req, response = recovery.approve(hub.repo, hub.keys, recovery_identity, request.read_bytes(),
                                      officers=["officer 1", "officer 2"],
                                      at=clock.now().isoformat(), actor="hq")
    (tmp_path / "answer.idrec").write_bytes(response)
    with pytest.raises(WrongPassphrase):
        sync.recover(profiles, "default", tmp_path / "answer.idrec", "not the new one at all")
    sync.recover(profiles, "default", tmp_path / "answer.idrec", NEW)
    s2 = profiles.unlock("default", NEW)
    try:
        assert sorted(p.id for p in s2.store.find(Person)) == people
        assert [e.action for e in s2.store.audit_entries(action="recover")] == ["recover"]
        assert s2.vault.doctor().ok
    finally:
        s2.lock()
    # The escrowed key that headquarters saw is retired.
    old_dek = open_on_device(unwrap_escrow(body["escrow"], recovery_identity)[1], device_secret, device_id)
    with pytest.raises(VaultCorrupt):
        Vault.open(profiles.folder("default") / "vault.db", old_dek)
    assert ("recover" in [e[2] for e in hub.repo.events()])
    # The same answer cannot be used twice (the pending request is gone).
    with pytest.raises(RecoveryRejected) as exc:
        sync.recover(profiles, "default", tmp_path / "answer.idrec", NEW)
    assert exc.value.code == "recovery_no_request"


def _enrolment(hub, s, tmp_path):
    req = sync.enrolment_request(s, tmp_path)
    _row, data = devices.approve(hub.repo, hub.keys, req.read_bytes(), case_prefix="K7QM", at="t", actor="t")
    path = tmp_path / "e.idenrol"
    path.write_bytes(data)
    return path


def test_recovery_is_refused_when_it_must_be(sqlite_hub, make_device, recovery_identity, tmp_path, clock):
    hub = sqlite_hub
    plain = make_device("plain", "P-1")
    with pytest.raises(RecoveryRejected) as exc:  # never enrolled: nothing escrowed
        sync.recovery_request(plain.profiles, "default", NEW, tmp_path / "x.idrecreq")
    assert exc.value.code == "recovery_no_escrow"
    s = make_device()
    profiles = s.profiles
    sync.import_enrolment(s, _enrolment(hub, s, tmp_path), profiles=profiles, passphrase=PASSPHRASE,
                          expect_hq_key_id=hub.keys.public.signing_key_id)
    device_id = s.actor.device_id
    s.lock()
    request = sync.recovery_request(profiles, "default", NEW, tmp_path)
    body = read_request(request.read_bytes(), clock.now())
    box = unwrap_escrow(body["escrow"], recovery_identity)[1]
    # An answer not signed by headquarters.
    forged = make_response(body, box, "t", ["x"], SigningKey.generate())
    (tmp_path / "forged.idrec").write_bytes(forged)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recover(profiles, "default", tmp_path / "forged.idrec", NEW)
    assert exc.value.code == "recovery_signature_invalid"
    # Signed by headquarters but sealing a box that is not this device's.
    wrong = make_response(body, {**box, "sealed": box["sealed"][:-4] + "AAA="}, "t", ["x"], hub.keys.signer)
    (tmp_path / "wrong.idrec").write_bytes(wrong)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recover(profiles, "default", tmp_path / "wrong.idrec", NEW)
    assert exc.value.code == "recovery_key_invalid"
    assert profiles.unlock("default", PASSPHRASE).lock() is None  # nothing changed
    # A revoked device (a stolen laptop) gets no recovery.
    devices.revoke(hub.repo, device_id, "stolen", "t", "t")
    with pytest.raises(RecoveryRejected) as exc:
        recovery.approve(hub.repo, hub.keys, recovery_identity, request.read_bytes(),
                         officers=["a", "b"], at=clock.now().isoformat(), actor="hq")
    assert exc.value.code == "recovery_device_revoked"
    assert parse_canonical(request.read_bytes())["type"] == "idesk-recovery-request/2"
