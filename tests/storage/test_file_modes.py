"""Every file and folder the program or headquarters writes is for its user alone (0600 /
0700), even under the common umask 022 that the command line and headquarters do not
change; ``doctor`` reports wider modes and ``doctor --repair`` fixes them (docs/vault.md,
"File modes")."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from inspector_desk.app import sync
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.app.settings import Settings
from inspector_desk.core.errors import WrongPassphrase
from inspector_desk.hq import cli as hq_cli, devices, keys as hq_keys, report as hq_report, updates
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.importer import Importer, Rejection
from inspector_desk.hq.receipts import write_receipt
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.paths import resource_dir
from inspector_desk.sync.updates import PackContent
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name == "nt", reason="mode bits: Windows gets a user-only ACL")

HQ_PASSPHRASE = "штаб-пароль-2026"
OFFICERS = ["офицер-первый-2026", "офицер-второй-2026"]  # at least two (hq/keys.py)


@pytest.fixture
def umask022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def open_to_others(*roots: Path, include_roots: bool = True) -> list[str]:
    """Every file or folder under ``roots`` that the group or others may read or enter."""
    out = []
    for root in roots:
        for p in [root] * include_roots + sorted(root.rglob("*")):
            if mode(p) & 0o077:
                out.append(f"{p}: {mode(p):04o}")
    return out


def test_everything_the_program_and_hq_write_is_private(umask022, tmp_path, memory_keyring,
                                                        clock, forms):
    # Folders the person chose (a USB stick): they exist, with the umask's 0755.
    stick = tmp_path / "stick"
    stick.mkdir()
    assert mode(stick) == 0o755, "the test must run where a new folder gets 0755"
    backups, bundles = stick / "backups", stick / "bundles"
    backups.mkdir()
    bundles.mkdir()

    # --- the device: a profile, a save, the unlock state, settings, a backup ------------------
    home = tmp_path / "device-home"
    profiles = Profiles(home, KeyringSecrets(memory_keyring), clock,
                        kdf=KdfParams.fast_for_tests(), forms=forms)
    s = profiles.create("default", PASSPHRASE,
                        InspectorInfo(name="Сәрсенбаева Айгүл", login="A-1047", district="Есиль"))
    s.services.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="111")
    with pytest.raises(WrongPassphrase):
        profiles.unlock("default", "not the passphrase at all")
    assert (profiles.folder("default") / "unlock-state.json").exists()
    Settings(language="kk").save(home)
    backup = profiles.backup(s, "default", PASSPHRASE, backups).path

    # --- headquarters: keys, database, enrolment, import, quarantine, receipt, update, report --
    hq_home = tmp_path / "hq-home"
    hq_keys.init_keys(hq_home, HQ_PASSPHRASE, OFFICERS, dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    keys = hq_keys.unlock(hq_home, HQ_PASSPHRASE)
    repo = Repository(open_backend(None, hq_home, keys.db_key))
    try:
        request = sync.enrolment_request(s, stick)
        _row, data = devices.approve(repo, keys, request.read_bytes(), case_prefix="K7QM",
                                     at=clock.now().isoformat(), actor="test")
        enrolment = stick / "a.idenrol"
        enrolment.write_bytes(data)
        sync.import_enrolment(s, enrolment, expect_hq_key_id=keys.public.signing_key_id,
                              profiles=profiles, profile="default", passphrase=PASSPHRASE)
        job = sync.export(s, bundles)
        for _ in job:
            pass
        [bundle] = job.result
        (bundles / "idesk-00000000-000009.idb").write_bytes(b"IDB1 not a bundle")  # quarantined
        results = Importer(repo, keys, hq_home, now=clock.now).import_paths([bundles])
        assert sum(isinstance(r, Rejection) for r in results) == 1
        assert sum(not isinstance(r, Rejection) for r in results) == 1
        receipt = write_receipt(repo, keys, hq_home, s.actor.device_id, clock.now().isoformat(),
                                hq_home / "outbox" / "receipts")
        sync.import_receipt(s, receipt)
        rules = json.loads((resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8"))
        pack = updates.issue(repo, keys, s.actor.device_id,
                             PackContent(rules=json.dumps(rules, ensure_ascii=False).encode()),
                             hq_home / "outbox" / "updates", "t", "t")
        sync.import_update(s, pack)
        groups = list(hq_report.figures(repo, clock.now().strftime("%Y-%m"), "district", clock.now()))
        hq_report.write_csv(groups, "district", "m", hq_home / "reports" / "statistics.csv")
        new_request = sync.recovery_request(profiles, "default", "Жаңа-құпия-2027-Есіл!", stick)

        # Walked while the vault and the HQ database are open: their -wal and -shm exist.
        assert (profiles.folder("default") / "vault.db-wal").exists()
        assert (hq_home / "hq.db-wal").exists()
        wide = open_to_others(home, hq_home)
        made_on_stick = [request, bundle.path, new_request]
        wide += open_to_others(backup) + [f"{p}: {mode(p):04o}" for p in made_on_stick
                                          if p.exists() and mode(p) & 0o077]
    finally:
        repo.close()
        s.lock()
    assert not wide, "\n".join(wide)
    for name in (hq_keys.SECRET, hq_keys.RECOVERY, "hq.db"):
        assert mode(hq_home / name) == 0o600
    assert mode(hq_home / "quarantine") == 0o700 and len(list((hq_home / "quarantine").iterdir())) == 3
    # The person's own folders are left as they were; what the program put there is private.
    assert mode(stick) == mode(backups) == mode(bundles) == 0o755
    assert mode(backup) == 0o700 and mode(backup / "vault.db") == 0o600
    assert mode(bundle.path) == 0o600 and mode(request) == 0o600


def test_a_missing_destination_is_made_private(umask022, session, profiles, tmp_path):
    backup = profiles.backup(session, "default", PASSPHRASE, tmp_path / "new" / "backups").path
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "backups") == 0o700
    assert not open_to_others(backup)


def test_an_existing_data_home_is_tightened(umask022, tmp_path, memory_keyring, clock, forms):
    home = tmp_path / "home"
    (home / "profiles").mkdir(parents=True)  # e.g. made by an earlier version under umask 022
    assert mode(home) == 0o755
    profiles = Profiles(home, KeyringSecrets(memory_keyring), clock,
                        kdf=KdfParams.fast_for_tests(), forms=forms)
    profiles.create("default", PASSPHRASE, InspectorInfo(name="Тест", login="T-1")).lock()
    assert not open_to_others(home)


def test_doctor_reports_a_readable_vault_and_repair_fixes_it(umask022, cli):
    cli("init", "--name", "Тест", "--badge", "T-1")
    cli("doctor")  # the log and the unlock state, if any, are made now too
    assert not open_to_others(cli.home), "everything the command line made is private"
    vault = cli.home / "profiles" / "default" / "vault.db"
    os.chmod(vault, 0o644)
    os.chmod(vault.parent, 0o755)

    p = cli("doctor")
    assert p.returncode == 0, "a wide mode is a warning: the vault itself is fine"
    assert f"other users of this computer can read {vault} (mode 0644, should be 0600)" in p.stdout
    assert f"{vault.parent} (mode 0755, should be 0700)" in p.stdout
    assert "Files and folders other users can read: 2. To repair: inspector-desk doctor --repair" in p.stdout
    assert "All checks passed" in p.stdout
    assert mode(vault) == 0o644, "without --repair nothing is changed"

    p = cli("doctor", "--repair")
    assert f"Repaired: {vault} (mode 0644 → 0600)" in p.stdout
    assert mode(vault) == 0o600 and mode(vault.parent) == 0o700
    assert "only you can read the program's files and folders" in cli("doctor").stdout
    assert not open_to_others(cli.home)


def test_hq_doctor_reports_and_repairs(umask022, tmp_path, capsys):
    home = tmp_path / "hq"
    home.mkdir()
    (home / "notes.txt").write_text("x", encoding="utf-8")
    assert hq_cli.main(["--home", str(home), "--lang", "en", "doctor"]) == 1
    out = capsys.readouterr().out
    assert f"{home / 'notes.txt'} (mode 0644, should be 0600)" in out and "To repair" in out
    pw = tmp_path / "pw.txt"
    pw.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    # Commands that open the keys warn first (here they then find no keys at all).
    assert hq_cli.main(["--home", str(home), "--lang", "en", "--passphrase-file", str(pw), "devices"]) == 2
    assert ("Files and folders other users can read: 2. To repair: inspector-desk-hq doctor --repair"
            in capsys.readouterr().err)
    assert hq_cli.main(["--home", str(home), "--lang", "en", "doctor", "--repair"]) == 0
    assert mode(home) == 0o700 and mode(home / "notes.txt") == 0o600
    assert hq_cli.main(["--home", str(home), "--lang", "en", "doctor"]) == 0
    assert "only you can read" in capsys.readouterr().out
