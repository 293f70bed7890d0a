"""Both command lines as people run them: real processes, real KDFs, files in between."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEVICE_PW = "Көктем-2026-Есіл!"
HQ_PW = "штаб-пароль-2026"


@pytest.fixture
def run(tmp_path):
    files = {}
    for name, pw in (("pw", DEVICE_PW), ("hq", HQ_PW), ("o1", "көктем өзен қарағай 1961 терезе"),
                     ("o2", "сосна ракета облако Тараз 77"), ("new", "Жаңа-құпия-2027!"),
                     ("user", "сарапшы Ботагөз шешім 2026 терезе")):
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(pw + "\n", encoding="utf-8")
    env = {**os.environ, "INSPECTOR_DESK_HOME": str(tmp_path / "home"),
           "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
           "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"), "PYTHONPATH": str(ROOT),
           "INSPECTOR_DESK_LANG": "en", "INSPECTOR_DESK_HQ_HOME": str(tmp_path / "hq")}

    def device(*args: str, ok: bool = True):
        p = subprocess.run([sys.executable, "-m", "inspector_desk", "--passphrase-file",
                            str(files["pw"]), *args], capture_output=True, text=True, env=env,
                           cwd=tmp_path, timeout=300)
        assert not ok or p.returncode == 0, p.stderr
        return p

    def hq(*args: str, ok: bool = True):
        p = subprocess.run([sys.executable, "-c", "from inspector_desk.hq.cli import main; "
                            "raise SystemExit(main())", "--passphrase-file", str(files["hq"]),
                            "--officer-passphrase-file", str(files["o1"]),
                            "--officer-passphrase-file", str(files["o2"]),
                            "--user-passphrase-file", str(files["user"]), *args],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
        assert not ok or p.returncode == 0, p.stderr
        return p

    return device, hq, files, env


@pytest.mark.slow
def test_enrol_export_import_receipt_report_recover(run, tmp_path):
    device, hq, files, env = run
    out = hq("keys", "init").stdout
    assert "Fingerprint" in out
    fingerprint = out.strip().split(": ")[-1]
    # People at headquarters: the first user is an admin; from then on every change names one.
    assert "added" in hq("users", "add", "botagoz.s", "--name", "Ботагөз С.", "--role", "admin",
                         "--new-passphrase-file", str(files["user"])).stdout
    weak = hq("--user", "botagoz.s", "users", "add", "den.k", "--name", "Д. К.",
              "--new-passphrase-file", str(files["hq"]), ok=False)
    assert weak.returncode == 2 and "too easy to guess" in weak.stderr
    nameless = hq("devices", "revoke", "0" * 32, "--reason", "test", ok=False)
    assert nameless.returncode == 2 and "--user" in nameless.stderr
    env["INSPECTOR_DESK_HQ_USER"] = "botagoz.s"
    device("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--district", "Есиль")
    device("enrol", "request", "--to", str(tmp_path))
    [req] = tmp_path.glob("*.idreq")
    hq("enrol", "approve", str(req), "--prefix", "K7QM")
    [enrol] = tmp_path.glob("*.idenrol")
    bad = device("enrol", "import", str(enrol), "--hq-fingerprint", "0000", ok=False)
    assert bad.returncode == 2 and "fingerprint" in bad.stderr.lower()
    assert "K7QM" in device("enrol", "import", str(enrol), "--hq-fingerprint", fingerprint).stdout
    device("demo", "--households", "3")
    address = device("case", "list").stdout.splitlines()[0].split("\t")[-1]
    assert len(address) > 10
    device("export", "--to", str(tmp_path / "usb"))
    [bundle] = (tmp_path / "usb").glob("*.idb")
    imported = hq("import", str(tmp_path / "usb"))
    assert "accepted" in imported.stdout and "bundle 1" in imported.stdout
    [receipt] = (tmp_path / "hq" / "outbox" / "receipts").glob("*.idr")
    assert "acknowledged: 1" in device("import-receipt", str(receipt)).stdout
    again = hq("import", str(bundle))  # the same file again: "already imported", not a refusal
    assert "already imported" in again.stdout and "REFUSED" not in again.stdout and bundle.exists()
    assert "No open conflicts" in hq("conflicts").stdout
    assert any(line.split()[1:3] == ["botagoz.s", "enrol"] for line in hq("audit").stdout.splitlines())
    assert "K7QM" in hq("devices").stdout
    hq("report", "--month", "2026-11", "--by", "inspector", "--out", str(tmp_path / "r.csv"))
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8-sig")))
    assert rows[-1]["inspector"] == "*" and int(rows[-1]["cases_supervised"]) >= 1
    # A forgotten passphrase: request, headquarters (both officers), apply.
    keyring = tmp_path / "keyring.json"  # stays: recovery needs the laptop's device secret
    device("recover", "request", "--to", str(tmp_path), "--new-passphrase-file", str(files["new"]))
    [rq] = tmp_path.glob("*.idrecreq")
    hq("recover", "approve", str(rq))
    [answer] = tmp_path.glob("*.idrec")
    device("recover", "apply", str(answer), "--new-passphrase-file", str(files["new"]))
    p = subprocess.run([sys.executable, "-m", "inspector_desk", "--passphrase-file", str(files["new"]),
                        "doctor"], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                       env={**os.environ, "INSPECTOR_DESK_HOME": str(tmp_path / "home"),
                            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
                            "TEST_KEYRING_FILE": str(keyring), "PYTHONPATH": str(ROOT),
                            "INSPECTOR_DESK_LANG": "en"})
    assert p.returncode == 0, p.stderr
    # No family's data in any file outside the encrypted ones (bundles, packs, HQ database).
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert address.encode() not in f.read_bytes(), f
