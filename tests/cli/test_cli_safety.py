"""The command line's own safety (issue 13, items 10, 12 and 13): a first enrolment only on
headquarters' fingerprint, nothing stored can act on the terminal, usage errors are usage
errors, and an unexpected error lands in a private log whose path the message names."""

from __future__ import annotations

import dataclasses
import logging
import os
import stat

import pytest

from inspector_desk.cli import main, printable
from tests.conftest import CLI_PASSPHRASE as PASSPHRASE
from tests.sync.fixtures import hq_home, hq_keys_dir, sqlite_hub, unlocked_hq  # noqa: F401 - fixtures
from tests.sync.forged_hq import forge_enrolment

POSIX = os.name == "posix"


# --- printing: never a raw control character ----------------------------------------------


def test_printable_escapes_controls_escapes_and_bidi():
    assert printable("Зверев\x1b[2J") == "Зверев\\x1b[2J"
    assert printable("\u202eИван\u202c") == "\\u202eИван\\u202c"
    raw = "a\x00b\x07c\rd\x7fe\x9bf\u200eg\u200fh\u2066i\u2069j\u061ck\u2028l\udcff"
    out = printable(raw)
    assert out == ("a\\x00b\\x07c\\x0dd\\x7fe\\x9bf\\u200eg\\u200fh\\u2066i\\u2069j\\u061ck"
                   "\\u2028l\\udcff")
    assert all(ch.isprintable() for ch in out)
    keep = "Сәрсенбаева Айгүл\tИИН 880315400010\nул. Қабанбай батыр, 11 «кв. 4» — №5"
    assert printable(keep) == keep


def _store_hostile_name(cli) -> None:
    """Give the person in the vault a name with ANSI and bidi characters, straight through the
    store (the services strip them on input, issue 13 item 12: this is the older vault)."""
    from inspector_desk.app.profile import Profiles
    from inspector_desk.core.records import Person
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from tests.support.keyrings import FileKeyring

    profiles = Profiles(cli.home, KeyringSecrets(FileKeyring(cli.tmp / "keyring.json")))
    s = profiles.unlock("default", PASSPHRASE)
    try:
        [person] = s.store.find(Person)
        with s.store.transaction():
            s.store.put(dataclasses.replace(person, last_name="Зверев\x1b[2J\x1b]0;pwned\x07",
                                            first_name="\u202eИван", version=person.version + 1))
    finally:
        s.lock()


def test_stored_control_characters_are_printed_escaped(cli):
    cli("init", "--name", "Тест", "--badge", "T-1")
    case_no = cli("case", "new", "--address", "пр. Абая, 1", "--district", "Нура",
                  "--source", "102").stdout.split()[-1]
    cli("person", "add", "--case", case_no, "--role", "affected", "--last-name", "Зверев",
        "--first-name", "Иван")
    _store_hostile_name(cli)
    for out in (cli("case", "show", case_no).stdout, cli("search", "Зверев").stdout):
        assert "Зверев\\x1b[2J\\x1b]0;pwned\\x07" in out and "\\u202eИван" in out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, out


# --- usage errors -----------------------------------------------------------------------


def test_usage_errors_are_usage_errors(cli):
    for args, reason in (
            (("--profile", "../other", "doctor"), "invalid profile name '../other'"),
            (("--profile", "", "doctor"), "invalid profile name ''"),
            (("person", "add", "--case", "X", "--role", "child", "--last-name", "A",
              "--first-name", "B", "--birth-date", "2020-13-01"), "not a date"),
            (("print", "statistics", "--month", "2026-13", "--to", "s.pdf"), "not a month"),
            (("enrol", "import", "x.idenrol", "--hq-fingerprint", "0000"), "not a key fingerprint")):
        p = cli(*args, ok=False)
        assert p.returncode == 2, (args, p.stderr)
        assert "usage: inspector-desk" in p.stderr and reason in p.stderr, (args, p.stderr)
        assert "Unexpected" not in p.stderr and "ValueError" not in p.stderr
    p = cli("--lang", "ru", "--profile", "a/b", "doctor", ok=False)
    assert p.returncode == 2 and "недопустимое имя профиля «a/b»" in p.stderr
    # The same check in-process, where a bad name used to be "Unexpected error (ValueError)".
    assert main(["--home", str(cli.tmp / "h"), "--profile", "..", "doctor"]) == 2


def test_enrol_import_needs_the_fingerprint_before_anything(cli):
    p = cli("enrol", "import", "nowhere.idenrol", pwfile=False, ok=False)  # no passphrase asked
    assert p.returncode == 2
    assert p.stderr.startswith("usage: inspector-desk enrol import")
    assert "--hq-fingerprint" in p.stderr and "inspector-desk-hq keys show" in p.stderr
    ru = cli("--lang", "ru", "enrol", "import", "nowhere.idenrol", pwfile=False, ok=False)
    assert ru.returncode == 2 and "отпечаток ключа штаба" in ru.stderr


def test_first_enrolment_refuses_a_forged_headquarters(cli, sqlite_hub, tmp_path):
    from inspector_desk.hq import devices

    hub, real = sqlite_hub, sqlite_hub.keys.public.signing_key_id
    cli("init", "--name", "Тест", "--badge", "T-1")
    cli("enrol", "request", "--to", str(tmp_path))
    [req] = tmp_path.glob("*.idreq")
    forged, forger = forge_enrolment(req.read_bytes())
    fake = tmp_path / "forged.idenrol"
    fake.write_bytes(forged)
    _row, genuine = devices.approve(hub.repo, hub.keys, req.read_bytes(), case_prefix="K7QM",
                                    at="t", actor="t")
    good = tmp_path / "genuine.idenrol"
    good.write_bytes(genuine)

    def not_enrolled() -> None:
        p = cli("export", "--to", str(tmp_path / "usb"), ok=False)
        assert p.returncode == 2 and "not enrolled" in p.stderr, p.stderr

    for file in (fake, good):  # (b) no fingerprint: refused, the genuine file included
        p = cli("enrol", "import", str(file), ok=False)
        assert p.returncode == 2 and "--hq-fingerprint" in p.stderr
    not_enrolled()
    # (a) the forged file against the real headquarters' fingerprint, as its letter prints it
    letter = " ".join(real[i:i + 4] for i in range(0, 16, 4)).upper()
    p = cli("enrol", "import", str(fake), "--hq-fingerprint", letter, ok=False)
    assert p.returncode == 2 and "fingerprint is not the expected one" in p.stderr, p.stderr
    assert forger not in p.stderr  # nothing from the forger is echoed as if it were news
    not_enrolled()
    out = cli("enrol", "import", str(good), "--hq-fingerprint", letter).stdout
    assert "K7QM" in out and real in out


# --- the program log ----------------------------------------------------------------------


def test_unexpected_error_goes_to_a_private_log_named_in_the_message(cli, tmp_path):
    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047")
    # A folder where a receipt file belongs: not a typed error anywhere below, so it is the
    # "unexpected" path (if it ever becomes a typed one, pick another such input).
    p = cli("import-receipt", str(tmp_path), ok=False)
    assert p.returncode == 3, p.stderr
    log = cli.home / "logs" / "inspector-desk.log"
    assert p.stderr.strip() == ("Unexpected error (IsADirectoryError). No data was lost; "
                                f"details are in the program log: {log}")
    text = log.read_text(encoding="utf-8")
    assert "INFO inspector_desk.cli: command init" in text
    assert "ERROR inspector_desk.cli: unexpected error in import_receipt" in text
    assert "builtins.IsADirectoryError" in text and "in cmd_import_receipt" in text  # code locations
    assert "Сәрсенбаева" not in text and "A-1047" not in text and PASSPHRASE not in text
    assert str(tmp_path) not in text  # the exception's message (it named the folder) is not logged
    if POSIX:
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    ru = cli("--lang", "ru", "import-receipt", str(tmp_path), ok=False)
    assert f"подробности в журнале программы: {log}" in ru.stderr


@pytest.mark.skipif(not POSIX, reason="file modes: POSIX")
def test_log_files_are_private_whatever_the_umask_and_rotation(tmp_path):
    from inspector_desk.app.logs import PrivateRotatingFileHandler, current_log, setup_logging

    old = os.umask(0o022)
    root = logging.getLogger("inspector_desk")
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "home" / "logs")
        assert setup_logging(tmp_path / "home" / "logs") == path == current_log()
        assert sum(isinstance(h, PrivateRotatingFileHandler) for h in root.handlers) == 1
        other = setup_logging(tmp_path / "other" / "logs")  # another data folder replaces it
        assert current_log() == other and sum(
            isinstance(h, PrivateRotatingFileHandler) for h in root.handlers) == 1
        small = PrivateRotatingFileHandler(tmp_path / "home" / "logs" / "small.log", maxBytes=200,
                                           backupCount=2, encoding="utf-8")
        for i in range(40):
            small.emit(logging.makeLogRecord({"msg": f"line {i} " + "x" * 40}))
        small.close()
        files = sorted((tmp_path / "home" / "logs").glob("small.log*"))
        assert len(files) == 3
        for f in [*files, path, other]:
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        for d in (tmp_path / "home", path.parent, other.parent):
            assert stat.S_IMODE(d.stat().st_mode) == 0o700, d
    finally:
        os.umask(old)
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        for h in before:
            if h not in root.handlers:
                root.addHandler(h)


def test_the_desktop_program_uses_the_same_log(tmp_path):
    pytest.importorskip("PySide6")
    from inspector_desk.app.logs import PrivateRotatingFileHandler
    from inspector_desk.ui.errors import setup_logging

    root = logging.getLogger("inspector_desk")
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "logs")
        assert path == tmp_path / "logs" / "inspector-desk.log"
        assert any(isinstance(h, PrivateRotatingFileHandler) and h.baseFilename == str(path)
                   for h in root.handlers)
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        for h in before:
            if h not in root.handlers:
                root.addHandler(h)
