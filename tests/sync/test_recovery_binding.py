"""Recovery needs the laptop (issue 14, item 6; docs/recovery.md).

A copy of the key file, headquarters' recovery key and every officer's passphrase do not
open a vault: the escrowed key is sealed under the device secret too. A request is signed
with a key derived from the device secret and bound to the enrolled device key, expires
after 72 hours (checked at headquarters and on the laptop), and a revoked device gets
nothing. The pending file and headquarters' answer give nothing without the laptop's
keyring. At least two officers, each passphrase judged by the inspectors' estimator; every
scrypt layer headquarters writes has the documented work factor (2^20)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import keyring.backends.fail
import pyrage
import pytest

from inspector_desk.app import sync
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.core.errors import VaultCorrupt, WrongPassphrase
from inspector_desk.hq import devices, keys as hq_keys, recovery
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.storage.vault import Vault
from inspector_desk.sync.canonical import b64, canonical, parse_canonical, sign_document, unb64
from inspector_desk.sync.errors import RecoveryRejected
from inspector_desk.sync.escrow import (
    REQUEST_TYPE, make_response, open_on_device, read_request, recovery_signer, unwrap_escrow,
)
from inspector_desk.sync.recovery import PENDING
from tests.support.keyrings import MemoryKeyring
from tests.sync.fixtures import HQ_PASSPHRASE, OFFICERS, PASSPHRASE

NEW = "Күз-2027-Қостанай!"
ROOT = Path(__file__).resolve().parents[2]


def _enrolled(hub, make_device, tmp_path, name="a", login="A-1047", prefix="K7QM"):
    s = make_device(name, login)
    req = sync.enrolment_request(s, tmp_path)
    _row, data = devices.approve(hub.repo, hub.keys, req.read_bytes(), case_prefix=prefix, at="t", actor="t")
    path = tmp_path / f"{prefix}.idenrol"
    path.write_bytes(data)
    sync.import_enrolment(s, path, profiles=s.profiles, passphrase=PASSPHRASE,
                          expect_hq_key_id=hub.keys.public.signing_key_id)
    return s


def _dek(profiles) -> bytes:
    kf = profiles.load_keyfile("default")
    return kf.unwrap("current", kf.unlock_key(PASSPHRASE, profiles._device_secret(kf)))


def _approve(hub, identity, request: bytes, at: dt.datetime) -> bytes:
    return recovery.approve(hub.repo, hub.keys, identity, request, officers=["o1", "o2"],
                            at=at.isoformat(), actor="hq")[1]


def _code(exc_info) -> str:
    return exc_info.value.code


def test_copied_key_file_with_hq_recovery_key_and_officers_opens_nothing(
        sqlite_hub, make_device, recovery_identity, tmp_path, clock, forms):
    hub = sqlite_hub
    s = _enrolled(hub, make_device, tmp_path)
    profiles = s.profiles
    device_id = s.actor.device_id
    dek = _dek(profiles)
    s.lock()
    # The thief copies the profile folder (vault and key file), not the OS keyring.
    stolen = tmp_path / "thief" / "profiles" / "default"
    shutil.copytree(profiles.folder("default"), stolen)
    escrow = json.loads((stolen / "keyfile.json").read_text())["escrow"]
    # Headquarters' recovery key, opened with every officer's passphrase, opens the outer layer ...
    identity = hq_keys.unlock_recovery(hub.home, OFFICERS)
    plain = pyrage.decrypt(unb64(escrow["wraps"]["current"]), [identity])
    # ... which does not hold the database key in any form,
    for form in (dek, dek.hex().encode(), b64(dek).encode(), base64.b64encode(dek).rstrip(b"=")):
        assert form not in plain
    got_id, box = unwrap_escrow(escrow["wraps"]["current"], identity)
    assert got_id == device_id
    # only a box sealed under the device secret: any other secret gets nothing.
    for _ in range(3):
        with pytest.raises(RecoveryRejected) as exc:
            open_on_device(box, secrets.token_bytes(32), device_id)
        assert _code(exc) == "recovery_key_invalid"
    for value in (unb64(box["sealed"]), unb64(box["nonce"])):
        for i in range(0, max(1, len(value) - 31)):
            with pytest.raises(VaultCorrupt):
                Vault.open(stolen / "vault.db", value[i:i + 32].ljust(32, b"\0"))
    # The thief's computer cannot even make a request: no device secret in its keyring.
    thief = Profiles(tmp_path / "thief", KeyringSecrets(MemoryKeyring()), clock,
                     kdf=KdfParams.fast_for_tests(), forms=forms)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recovery_request(thief, "default", NEW, tmp_path)
    assert _code(exc) == "recovery_needs_device_secret"
    # A request the thief signs with a key of their own, carrying the real binding (from the
    # key file) or one they sign themselves, is refused at headquarters.
    fake = pyrage.x25519.Identity.generate()
    now = clock.now()
    body = {"request_id": "00000000-0000-4000-8000-00000000000a", "device_id": device_id,
            "created_at": now.isoformat(), "expires_at": (now + dt.timedelta(hours=1)).isoformat(),
            "escrow": escrow["wraps"]["current"], "recovery_key_id": escrow["recovery_key_id"],
            "binding": escrow["binding"], "reply_to": str(fake.to_public()), "note": ""}
    own = SigningKey.generate()
    with pytest.raises(RecoveryRejected) as exc:
        _approve(hub, identity, sign_document(REQUEST_TYPE, body, own), now)
    assert _code(exc) == "recovery_not_this_device"
    binding = sign_document("idesk-recovery-binding/1",
                            {"device_id": device_id, "device_key_id": own.key_id,
                             "recovery_signing_key": b64(own.public_bytes()),
                             "recovery_key_id": escrow["recovery_key_id"]}, own)
    with pytest.raises(RecoveryRejected) as exc:
        _approve(hub, identity, sign_document(REQUEST_TYPE, {**body, "binding": b64(binding)}, own), now)
    assert _code(exc) == "recovery_not_this_device"
    # An insider answering the thief anyway hands over the sealed box, and the box alone
    # does not open on the thief's computer (a random secret in its keyring changes nothing).
    forged = make_response({**body}, box, now.isoformat(), ["insider"], hub.keys.signer)
    thief.secrets.put(device_id, secrets.token_bytes(32))
    (tmp_path / "forged.idrec").write_bytes(forged)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recover(thief, "default", tmp_path / "forged.idrec", NEW)
    assert _code(exc) == "recovery_needs_device_secret"
    assert not [e for e in hub.repo.events() if e[2] == "recover"]


def test_recovery_on_the_laptop_end_to_end_and_pending_file_alone_gives_nothing(
        sqlite_hub, make_device, recovery_identity, tmp_path, clock, forms):
    hub = sqlite_hub
    s = _enrolled(hub, make_device, tmp_path)
    profiles = s.profiles
    device_id = s.actor.device_id
    s.lock()
    request = sync.recovery_request(profiles, "default", NEW, tmp_path)
    pending_text = (profiles.folder("default") / PENDING).read_text()
    pending = json.loads(pending_text)
    assert pending["device_id"] == device_id
    assert dt.datetime.fromisoformat(pending["expires_at"]) - clock.now() == dt.timedelta(hours=72)
    answer = tmp_path / "answer.idrec"
    answer.write_bytes(_approve(hub, recovery_identity, request.read_bytes(), clock.now()))
    # The pending file and the answer, copied elsewhere, with the RIGHT new passphrase but
    # without this laptop's device secret: nothing.
    other = tmp_path / "copy" / "profiles" / "default"
    shutil.copytree(profiles.folder("default"), other)
    copy = Profiles(tmp_path / "copy", KeyringSecrets(MemoryKeyring()), clock,
                    kdf=KdfParams.fast_for_tests(), forms=forms)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recover(copy, "default", answer, NEW)
    assert _code(exc) == "recovery_needs_device_secret"
    # On the laptop, one wrong guess of the new passphrase: nothing, and nothing changed.
    before = {p.name: p.read_bytes() for p in profiles.folder("default").iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        sync.recover(profiles, "default", answer, NEW + "!")
    after = {p.name: p.read_bytes() for p in profiles.folder("default").iterdir() if p.is_file()}
    assert {k: v for k, v in after.items() if k != "unlock-state.json"} == \
        {k: v for k, v in before.items() if k != "unlock-state.json"}
    # The right passphrase on the laptop: the vault opens, doctor is ok, the pending file is gone.
    sync.recover(profiles, "default", answer, NEW)
    assert not (profiles.folder("default") / PENDING).exists()
    s2 = profiles.unlock("default", NEW)
    try:
        assert s2.vault.doctor().ok
        assert [e.action for e in s2.store.audit_entries(action="recover")] == ["recover"]
    finally:
        s2.lock()
    escrow = profiles.load_keyfile("default").escrow
    assert escrow["format"] == "idesk-escrow/2" and set(escrow["wraps"]) == {"current"}
    with pytest.raises(RecoveryRejected) as exc:  # used once
        sync.recover(profiles, "default", answer, NEW)
    assert _code(exc) == "recovery_no_request"


def test_an_expired_request_is_refused_on_both_sides(sqlite_hub, make_device, recovery_identity,
                                                     tmp_path, clock):
    hub = sqlite_hub
    s = _enrolled(hub, make_device, tmp_path)
    profiles = s.profiles
    s.lock()
    start = clock.now()
    request = sync.recovery_request(profiles, "default", NEW, tmp_path)
    # Headquarters, 73 hours later.
    with pytest.raises(RecoveryRejected) as exc:
        _approve(hub, recovery_identity, request.read_bytes(), start + dt.timedelta(hours=73))
    assert _code(exc) == "recovery_expired"
    # Answered in time, applied too late: refused, and the pending file is removed.
    answer = tmp_path / "answer.idrec"
    answer.write_bytes(_approve(hub, recovery_identity, request.read_bytes(), start + dt.timedelta(hours=71)))
    clock.advance(hours=73)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recover(profiles, "default", answer, NEW)
    assert _code(exc) == "recovery_expired"
    assert not (profiles.folder("default") / PENDING).exists()
    # A request claiming a longer life than 72 hours is not accepted either.
    doc = parse_canonical(request.read_bytes())
    body = {**doc["body"], "expires_at": (start + dt.timedelta(days=30)).isoformat()}
    kf = profiles.load_keyfile("default")
    resigned = sign_document(REQUEST_TYPE, body, recovery_signer(profiles._device_secret(kf), kf.device_id))
    with pytest.raises(RecoveryRejected) as exc:
        read_request(resigned, start)
    assert _code(exc) == "recovery_malformed"
    # An expired pending file is removed at the next unlock too.
    sync.recovery_request(profiles, "default", NEW, tmp_path / "again.idrecreq")
    clock.advance(hours=80)
    profiles.unlock("default", PASSPHRASE).lock()
    assert not (profiles.folder("default") / PENDING).exists()


def test_a_revoked_or_rekeyed_device_gets_no_recovery(sqlite_hub, make_device, recovery_identity,
                                                      tmp_path, clock):
    hub = sqlite_hub
    s = _enrolled(hub, make_device, tmp_path)
    profiles = s.profiles
    device_id = s.actor.device_id
    s.lock()
    request = sync.recovery_request(profiles, "default", NEW, tmp_path)
    devices.revoke(hub.repo, device_id, "stolen", "t", "t")
    with pytest.raises(RecoveryRejected) as exc:
        _approve(hub, recovery_identity, request.read_bytes(), clock.now())
    assert _code(exc) == "recovery_device_revoked"
    assert not [e for e in hub.repo.events() if e[2] == "recover"]


def test_old_format_escrow_is_replaced_at_unlock_and_refused_before(sqlite_hub, make_device,
                                                                    recovery_identity, tmp_path, clock):
    hub = sqlite_hub
    s = _enrolled(hub, make_device, tmp_path)
    profiles = s.profiles
    dek = _dek(profiles)
    s.lock()
    path = profiles.folder("default") / "keyfile.json"
    kf = profiles.load_keyfile("default")
    old_wrap = b64(pyrage.encrypt(canonical({"format": "idesk-escrow/1", "device_id": kf.device_id,
                                             "dek": dek.hex()}),
                                  [pyrage.x25519.Recipient.from_str(kf.escrow["recipient"])]))
    kf.escrow = {k: v for k, v in kf.escrow.items() if k != "binding"}
    kf.escrow.update(format="idesk-escrow/1", wraps={"current": old_wrap})
    kf.save(path)
    with pytest.raises(RecoveryRejected) as exc:
        sync.recovery_request(profiles, "default", NEW, tmp_path)
    assert _code(exc) == "recovery_old_escrow"
    old_request = canonical({"type": "idesk-recovery-request/1", "body": {"escrow": old_wrap}})
    with pytest.raises(RecoveryRejected) as exc:
        _approve(hub, recovery_identity, old_request, clock.now())
    assert _code(exc) == "recovery_old_escrow"
    profiles.unlock("default", PASSPHRASE).lock()  # the next unlock re-escrows
    escrow = profiles.load_keyfile("default").escrow
    assert escrow["format"] == "idesk-escrow/2" and escrow["binding"]
    assert old_wrap not in json.dumps(escrow)
    _id, box = unwrap_escrow(escrow["wraps"]["current"], recovery_identity)
    assert open_on_device(box, profiles._device_secret(profiles.load_keyfile("default")), kf.device_id) == dek


def test_passphrase_only_vault_has_no_escrow(sqlite_hub, tmp_path, clock, forms):
    hub = sqlite_hub
    only = "қасқыр тоғай шелек 1987 ракета"
    p = Profiles(tmp_path / "home", KeyringSecrets(keyring.backends.fail.Keyring()), clock,
                 kdf=KdfParams.fast_for_tests(), forms=forms)
    s = p.create("default", only, InspectorInfo(name="Инспектор", login="P-1", district="Есиль"),
                 allow_passphrase_only=True)
    req = sync.enrolment_request(s, tmp_path)
    _row, data = devices.approve(hub.repo, hub.keys, req.read_bytes(), case_prefix="P7QM", at="t", actor="t")
    (tmp_path / "p.idenrol").write_bytes(data)
    sync.import_enrolment(s, tmp_path / "p.idenrol", profiles=p, passphrase=only,
                          expect_hq_key_id=hub.keys.public.signing_key_id)
    s.lock()
    p.unlock("default", only).lock()
    assert p.load_keyfile("default").escrow == {}
    with pytest.raises(RecoveryRejected) as exc:
        sync.recovery_request(p, "default", only + " жаңа", tmp_path)
    assert _code(exc) == "recovery_passphrase_only"


# --- headquarters' keys ----------------------------------------------------------------------

STRONG = ["көктем өзен қарағай 1961 терезе", "сосна ракета облако Тараз 77"]


@pytest.mark.parametrize("officers, code", [
    (STRONG[:1], "hq_officers_too_few"),
    ([STRONG[0], STRONG[0]], "hq_officer_passphrase_reused"),
    ([STRONG[0], "officer-two-2026"], "hq_officer_passphrase_weak"),
    (["qwerty123456789", STRONG[1]], "hq_officer_passphrase_weak"),
])
def test_officers_are_at_least_two_with_strong_passphrases(tmp_path, officers, code):
    with pytest.raises(Exception) as exc:
        hq_keys.init_keys(tmp_path / "hq", HQ_PASSPHRASE, officers, dt.datetime(2026, 11, 1))
    assert exc.value.code == code
    assert not (tmp_path / "hq" / hq_keys.PUBLIC).exists()


def test_keys_init_with_one_officer_is_refused_by_the_command_line(tmp_path):
    files = []
    for i, pw in enumerate([HQ_PASSPHRASE, STRONG[0]]):
        f = tmp_path / f"p{i}"
        f.write_text(pw + "\n", encoding="utf-8")
        files.append(f)
    p = subprocess.run([sys.executable, "-c", "from inspector_desk.hq.cli import main; raise SystemExit(main())",
                        "--home", str(tmp_path / "hq"),
                        "--passphrase-file", str(files[0]), "--officer-passphrase-file", str(files[1]),
                        "keys", "init", "--officers", "1"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "INSPECTOR_DESK_LANG": "en"})
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert "At least 2 recovery officers" in p.stderr
    assert not (tmp_path / "hq" / hq_keys.PUBLIC).exists()


def test_work_factors_of_the_key_files_headquarters_writes(hq_keys_dir):
    """The files `keys init` wrote for this run (tests/sync/fixtures.py), layer by layer."""
    secret = (hq_keys_dir / hq_keys.SECRET).read_bytes()
    assert hq_keys.scrypt_work_factor(secret) == hq_keys.SCRYPT_LOG_N == 20
    layer = (hq_keys_dir / hq_keys.RECOVERY).read_bytes()
    for officer in reversed(OFFICERS):  # officer 1's layer innermost
        assert hq_keys.scrypt_work_factor(layer) == 20
        assert layer.count(b"\n-> ") == 1  # one stanza: a passphrase layer and nothing else
        layer = pyrage.passphrase.decrypt(layer, officer)
    assert layer.startswith(b"AGE-SECRET-KEY-1")
    assert json.loads((hq_keys_dir / hq_keys.PUBLIC).read_text())["recovery_officers"] == len(OFFICERS) >= 2
