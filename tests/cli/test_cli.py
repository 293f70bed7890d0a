"""The command line as a user (or a script) runs it: a real process, real KDF, a keyring
backend selected through PYTHON_KEYRING_BACKEND, passphrases from a file or stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


from tests.conftest import CLI_PASSPHRASE as PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_whole_command_line_flow(cli, tmp_path):
    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--district", "Есиль")
    out = cli("case", "new", "--address", "г. Астана, ул. Қабанбай батыр, д. 11, кв. 4",
              "--district", "Есиль", "--source", "111").stdout
    case_no = out.strip().split()[-1]
    cli("person", "add", "--case", case_no, "--role", "affected", "--relation", "self",
        "--last-name", "Нұрпейісова", "--first-name", "Әсел", "--iin", "880315400010",
        "--phone", "+7 701 555 12 34")
    bad = cli("person", "add", "--case", case_no, "--role", "offender", "--last-name", "Х",
              "--first-name", "Y", "--iin", "880315400012", ok=False)
    assert bad.returncode == 2
    assert "check digit" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    found = cli("search", "нурпейисова").stdout
    assert "Нұрпейісова Әсел" in found and case_no in found
    assert cli("case", "list").stdout.count(case_no) == 1
    show = cli("case", "show", case_no).stdout
    assert "Нұрпейісова" in show and "affected" in show
    assert case_no in cli("due", "--days", "30").stdout
    doctor = cli("doctor")
    assert "All checks passed" in doctor.stdout
    backup = cli("backup", "--to", str(tmp_path)).stdout
    assert "verified" in backup
    # Nothing personal on disk outside the encrypted files.
    for f in cli.home.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            assert "Нұрпейісова".encode() not in data, f
            assert b"880315400010" not in data, f


def test_wrong_passphrase_from_stdin_is_one_clear_line(cli):
    cli("init", "--name", "Тест", "--badge", "T-1")
    p = cli("doctor", stdin="not the passphrase\n", pwfile=False, ok=False)
    assert p.returncode == 2
    assert p.stderr.strip() == ("Wrong passphrase. Nothing was changed. Check the keyboard "
                                "layout and Caps Lock.")
    assert cli("doctor", stdin=PASSPHRASE + "\n", pwfile=False).returncode == 0


def test_no_keyring_asks_for_consent(cli):
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    p = cli("init", "--name", "Тест", "--badge", "T-1", ok=False)
    assert p.returncode == 2 and "--passphrase-only" in p.stderr
    assert not (cli.home / "profiles" / "default" / "vault.db").exists()
    # Passphrase alone is the only protection then: it must be stronger (docs/vault.md).
    strong = cli.tmp / "strong.txt"
    strong.write_text("Сарыарқа-шоқпар-маймыл-кілем-19\n", encoding="utf-8")
    p = cli("--passphrase-file", str(strong), "init", "--name", "Тест", "--badge", "T-1",
            "--passphrase-only", pwfile=False)
    assert "WARNING" in p.stdout


def test_passwd_and_visit_from_json(cli, tmp_path):
    cli("init", "--name", "Тест", "--badge", "T-1")
    case_no = cli("case", "new", "--address", "пр. Абая, 1", "--district", "Нура",
                  "--source", "102").stdout.split()[-1]
    answers = tmp_path / "visit.json"
    answers.write_text("{not json", encoding="utf-8")
    p = cli("visit", "add", "--case", case_no, "--answers", str(answers), ok=False)
    assert p.returncode == 2 and "Could not read the file" in p.stderr
    new = tmp_path / "new.txt"
    new.write_text("графин тюльпан кочерга янтарь\n", encoding="utf-8")
    pid = cli("person", "add", "--case", case_no, "--role", "affected", "--last-name", "Әлімжанова",
              "--first-name", "Ақмарал").stdout.split()[-1]
    answers.write_text(json.dumps({
        "visit_at": "2026-01-10T15:00", "visit_type": "planned", "place": "home",
        "visit_address": "пр. Абая, 1", "persons_met": [{"person": pid, "role": "affected"}],
        "conversation_held": "no", "intoxication": "no", "children_present": "no",
        "rights_explained": ["line_111"], "measure_in_force": "no", "risk_reassessed": "no",
        "next_visit": "2026-01-24"}), encoding="utf-8")
    assert "Visit saved" in cli("visit", "add", "--case", case_no, "--answers", str(answers)).stdout
    answers.write_text(json.dumps({"visit_at": "2026-01-10T15:00"}), encoding="utf-8")
    p = cli("visit", "add", "--case", case_no, "--answers", str(answers), ok=False)
    assert p.returncode == 2 and "visit_type" in p.stderr and "Traceback" not in p.stderr
    cli("passwd", "--new-passphrase-file", str(new))
    assert cli("doctor", ok=False).returncode == 2
    p = subprocess.run([sys.executable, "-m", "inspector_desk", "--passphrase-file", str(new), "doctor"],
                       env=cli.env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_version_and_usage_errors(cli):
    from inspector_desk import __version__

    assert __version__ in cli("--version", pwfile=False).stdout
    p = cli("case", "frobnicate", ok=False)
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_missing_profile_is_a_clear_error(cli):
    p = cli("doctor", ok=False)
    assert p.returncode == 2 and "inspector-desk init" in p.stderr


def test_demo_and_russian_messages(cli):
    cli("init", "--name", "Тест", "--badge", "T-1")
    out = cli("demo", "--households", "5").stdout
    assert "households" in out
    cli.env["INSPECTOR_DESK_LANG"] = "ru"
    p = cli("doctor")
    assert "Проверка пройдена" in p.stdout


def test_forms_check(cli, tmp_path):
    p = cli("forms", "check", pwfile=False)
    assert "Result: OK" in p.stdout and "risk_checklist: v1" in p.stdout
    broken = tmp_path / "forms"
    import shutil
    shutil.copytree(ROOT / "forms", broken)
    f = broken / "referral.v1.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("label:", "lable:", 1), encoding="utf-8")
    p = cli("forms", "check", "--dir", str(broken), pwfile=False, ok=False)
    assert p.returncode == 1 and "lable" in p.stdout and "did you mean 'label'" in p.stdout
