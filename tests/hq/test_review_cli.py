"""The analyst's commands as a person runs them (real ``inspector-desk-hq`` processes on a
real headquarters folder): ``conflicts`` lists the case number, the people, the inspectors
and the times; ``show`` the diff against the common base; ``resolve`` needs the analyst's
own login and passphrase, decides per field with a note and writes the update packs the
devices take; the HQ audit names the analyst."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from inspector_desk.app import sync
from inspector_desk.core.records import FamilyCase
from tests.hq.test_authority import forge, leak, open_case, send, two_devices
from tests.sync.fixtures import HQ_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
ANALYST = "сарапшы Ботагөз шешім 2026 терезе"


def test_an_analyst_decides_a_held_change_from_the_command_line(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    case = open_case(a)
    leak(hub, case, b, tmp_path / "leak")
    # B's laptop writes straight into its vault (the services would strip the bidi mark).
    mine = b.store.get(FamilyCase, case.id)
    forge(b, dataclasses.replace(mine, version=mine.version + 1, beat="Береке \u202e7",
                                 address="ул. Сарыарқа 3"))
    send(hub, b, tmp_path / "b1")
    a.services.cases.update_case(case.id, beat="Есіл 4")
    send(hub, a, tmp_path / "a2")

    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "hq").write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    (secrets / "analyst").write_text(ANALYST + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INSPECTOR_DESK_LANG": "en"}

    def hq(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
        p = subprocess.run([sys.executable, "-c", "from inspector_desk.hq.cli import main; "
                            "raise SystemExit(main())", "--home", str(hub.home),
                            "--passphrase-file", str(secrets / "hq"),
                            "--user-passphrase-file", str(secrets / "analyst"), *args],
                           capture_output=True, text=True, env=env, timeout=300)
        assert not ok or p.returncode == 0, p.stderr
        return p

    listed = hq("conflicts").stdout
    [line] = [x for x in listed.splitlines() if x.startswith("H-")]
    ref = line.split()[0]
    assert case.case_no in line and "A-1, B-2" in line and "1 to decide" in line, line
    shown = hq("conflicts", "show", ref).stdout
    assert "! beat" in shown and "  address" in shown and "common base" in shown
    assert "\u202e" not in shown and "\\u202e" in shown, "a device's text cannot act on the terminal"
    # Deciding needs a person: no user yet, then a wrong passphrase, are refused.
    nobody = hq("conflicts", "resolve", ref, "--take", "beat=1", "--note", "x", ok=False)
    assert nobody.returncode == 2 and "users add" in nobody.stderr
    hq("users", "add", "botagoz.s", "--name", "Ботагөз С.", "--role", "admin",
       "--new-passphrase-file", str(secrets / "analyst"))
    (secrets / "wrong").write_text("не тот пароль совсем 2026\n", encoding="utf-8")
    wrong = subprocess.run([sys.executable, "-c", "from inspector_desk.hq.cli import main; "
                            "raise SystemExit(main())", "--home", str(hub.home), "--passphrase-file",
                            str(secrets / "hq"), "--user", "botagoz.s", "--user-passphrase-file",
                            str(secrets / "wrong"), "conflicts", "resolve", ref, "--take", "beat=1",
                            "--note", "x"], capture_output=True, text=True, env=env, timeout=300)
    assert wrong.returncode == 2 and "refused" in wrong.stderr
    undecided = hq("--user", "botagoz.s", "conflicts", "resolve", ref, "--note", "x", ok=False)
    assert undecided.returncode == 2 and "beat" in undecided.stderr
    out = tmp_path / "packs"
    done = hq("--user", "botagoz.s", "conflicts", "resolve", ref, "--set", "beat=Есіл 4а",
              "--note", "уточнено у участкового", "--out", str(out)).stdout
    assert "decided" in done and done.count("update pack") == 2, done
    assert "No open conflicts" in hq("conflicts").stdout
    decisions = hq("conflicts", "decisions").stdout
    assert "botagoz.s" in decisions and "уточнено у участкового" in decisions
    audit = hq("audit").stdout.splitlines()
    assert any(x.split()[1:3] == ["botagoz.s", "resolve"] for x in audit), audit
    for session in (a, b):
        [pack] = [p for p in out.iterdir() if session.actor.device_id[:8] in p.name]
        sync.import_update(session, pack)
        mine = session.store.get(FamilyCase, case.id)
        assert (mine.beat, mine.address) == ("Есіл 4а", "ул. Сарыарқа 3")
